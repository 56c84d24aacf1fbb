"""Classes mended in the twenty-eighth session, each beside counterexamples that stay flagged: "how do I
unsubscribe?" answered by doing it, and a question's own word said first in a short clause with a word of position
after it."""

from __future__ import annotations

import pytest
from uq_cases import questions_left as _uq


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # the page's own example: leaving the mailing list is what "unsubscribe" asks for
        (
            "Hello, I get three of your promo emails a week. How do I unsubscribe?\nOlivia",
            "Hi Olivia,\n\nI've taken your address off our mailing list today.\n\nBest,\nChloe",
            [],
        ),
        (
            "Hello, I get three of your promo emails a week. How do I unsubscribe?\nOlivia",
            "Hi Olivia,\n\nOur newsletter goes out on Fridays with the week's offers.\n\nBest,\nChloe",
            ["How do I unsubscribe?"],
        ),
        (
            "Hello, has my refund for the boots gone through yet?\nPaul",
            "Hi Paul,\n\nRefunded yesterday, £64 to your card.\n\nBest,\nAnna",
            [],
        ),
        # a name said first takes no position
        (
            "Hello, does the Galaxy A55 have wireless charging?\nPaul",
            "Hi Paul,\n\nGalaxy A55 today, a great choice for the price.\n\nBest,\nAnna",
            ["Hello, does the Galaxy A55 have wireless charging?"],
        ),
    ],
)
def test_english_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        (
            "Здравствуйте! Письма с акциями приходят почти каждый день. Как от них отписаться?\nПолина",
            "Полина, здравствуйте!\n\nМы уже исключили ваш адрес из рекламной рассылки.\n\nС уважением,\nАнна",
            [],
        ),
        (
            "Здравствуйте! Письма с акциями приходят почти каждый день. Как от них отписаться?\nПолина",
            "Полина, здравствуйте!\n\nНаша рассылка выходит по пятницам.\n\nС уважением,\nАнна",
            ["Как от них отписаться?"],
        ),
        (
            "Добрый день. Деньги за возвращённые свечи зажигания уже вернули?\nВадим",
            "Вадим, добрый день!\n\nВернули сегодня — 1 180 рублей на карту.\n\nС уважением,\nСергей",
            [],
        ),
        (
            "Добрый день. Телевизор LG OLED55 можно повесить на стену? Кронштейн в комплекте?\nВадим",
            "Вадим, добрый день!\n\nПовесить можно, крепление VESA 300×200, но кронштейн в комплект не входит.\n\n"
            "С уважением,\nДенис",
            [],
        ),
        # the thing said first, then what will be done with it: no position on whether it can be returned
        (
            "Добрый день! Если платье не подойдёт по размеру, его можно будет вернуть?\nКатерина",
            "Катерина, добрый день!\n\nПлатье отправим завтра, 29 октября, вместе с заказом.\n\nС уважением,\nАнна",
            ["Если платье не подойдёт по размеру, его можно будет вернуть?"],
        ),
    ],
)
def test_russian_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        (
            "Добрий день! Листи з акціями приходять щодня. Як від них відписатися?\nОльга",
            "Добрий день, Ольго!\n\nМи вже прибрали Вашу адресу з розсилки.\n\nЗ повагою,\nІрина",
            [],
        ),
        (
            "Добрий день! Чи можна повісити телевізор LG на стіну?\nВадиме",
            "Добрий день, Вадиме!\n\nПовісити можна, кріплення VESA 300×200 підходить.\n\nЗ повагою,\nДенис",
            [],
        ),
        (
            "Добрий день! Якщо сукня не підійде за розміром, чи можна буде її повернути?\nКатерина",
            "Добрий день, Катерино!\n\nСукню відправимо завтра, 29 жовтня, разом із Вашим замовленням.\n\n"
            "З повагою,\nІрина",
            ["Якщо сукня не підійде за розміром, чи можна буде її повернути?"],
        ),
    ],
)
def test_ukrainian_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected
