"""Classes the first runs of rounds 59-62 left open, and round 63's, each beside a counterexample that stays open."""

from __future__ import annotations

import pytest
from uq_cases import questions_left as _uq


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a feature asked about, said to be had, in a sentence that names the feature but not the thing
        ("Hello,\n\nHow do I connect the Bar 300 soundbar to my TV? And does it support Dolby Atmos?\n\nAnna",
         "Hi Anna,\n\nConnect it to the TV's eARC port with the HDMI cable in the box. The Bar 300 has Dolby Atmos "
         "built in.\n\nKind regards,\nTom", []),
        ("Добрый день! Поддерживает ли саундбар Dolby Atmos?\nАнна",
         "Анна, добрый день!\n\nDolby Atmos в нём есть, как и DTS:X.\n\nС уважением,\nТагир", []),
        ("Добрий день! Чи підтримує саундбар Dolby Atmos?\nАнна",
         "Добрий день, Анно!\n\nDolby Atmos у JBL Bar 300 є.\n\nЗ повагою,\nТарас", []),
        # the thing had, but another feature: no position on the one asked about
        ("Hello,\n\nDoes the soundbar support Dolby Atmos?\n\nAnna",
         "Hi Anna,\n\nThe soundbar has an HDMI port and Bluetooth.\n\nKind regards,\nTom",
         ["Does the soundbar support Dolby Atmos?"]),
        ("Добрый день! Поддерживает ли саундбар Dolby Atmos?\nАнна",
         "Анна, добрый день!\n\nУ саундбара есть вход HDMI и оптический вход.\n\nС уважением,\nТагир",
         ["Поддерживает ли саундбар Dolby Atmos?"]),
        ("Добрий день! Чи має ця куртка капюшон?\nАнна",
         "Добрий день, Анно!\n\nКуртка має дві кишені на блискавці.\n\nЗ повагою,\nТарас",
         ["Чи має ця куртка капюшон?"]),
        # stock told in a sentence a "when" shares, of a thing the question names only by pointing back: the
        # "when" asks no stock, so the stock answers this question
        ("Добрий день! Мені сподобалася кавоварка Delonghi Magnifica, вона робить гарне капучино, але потрібна "
         "біла, бо чорна на світлій кухні виглядає дивно. Вона зараз є? Яка на неї гарантія? І скільки днів іде "
         "доставка до Житомира?\nОксана",
         "Добрий день, Оксано!\n\nБіла Delonghi Magnifica є в наявності, на складі зараз 4 штуки. Гарантія від "
         "виробника — 2 роки. До Житомира посилка їде 1–2 дні, відправляємо в день оплати.\n\nЗ повагою,\nДарина",
         []),
        ("Здравствуйте! Мне понравилась кофемашина Delonghi Magnifica, она делает хороший капучино, но нужна "
         "белая, потому что чёрная на светлой кухне смотрится странно. Она сейчас есть? Какая на неё гарантия? И "
         "сколько дней идёт доставка до Твери?\nОксана",
         "Оксана, здравствуйте!\n\nБелая Delonghi Magnifica есть в наличии, на складе сейчас 4 штуки. Гарантия от "
         "производителя — 2 года. До Твери посылка идёт 1–2 дня, отправляем в день оплаты.\n\nС уважением,\nДарья",
         []),
        # a stock question sharing the sentence with another stock question is still told apart by its own words
        ("Здравствуйте! Есть ли у вас свитер «Норд» в синем? И есть ли шарф «Норд»?\nОльга",
         "Ольга, здравствуйте!\n\nСвитер «Норд» в синем есть в наличии.\n\nС уважением,\nАнна",
         ["И есть ли шарф «Норд»?"]),
        # "the US" is the country, not "us": said back, it answers
        ("Hello,\n\nBefore I buy the Philips shaver: how heavy is it? Also, what voltage does the charger take, and "
         "will it work in the US when we move there in summer?\n\nAnna",
         "Hi Anna,\n\nThe shaver weighs 180 g. The charger takes 100-240 V, so it works in the US with a simple plug "
         "adapter.\n\nKind regards,\nTom", []),
        ("Hello,\n\nBefore I buy the Philips shaver: how heavy is it? Also, what voltage does the charger take, and "
         "will it work in the US when we move there in summer?\n\nAnna",
         "Hi Anna,\n\nThe shaver weighs 180 g. The charger takes 100-240 V.\n\nKind regards,\nTom",
         ["and will it work in the US when we move there in summer?"]),
    ],
)  # fmt: skip
def test_round_63_classes(original: str, body: str, expected: list[str]) -> None:
    """Each class beside a counterexample: a feature said to be had, stock told beside a "when", "the US"."""
    assert _uq(original, body) == expected
