"""A class mended in the twenty-eighth session: a question's own word said first in a clause of two words whose
second word is a position, beside a fresh-eyes review's counterexamples that stay flagged (the word another question
uses too; the thing said first, then what will be done with it; a form other than the one asked)."""

from __future__ import annotations

import pytest
from uq_cases import questions_left as _uq


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        (
            "Hello, has my refund for the boots gone through yet?\nPaul",
            "Hi Paul,\n\nRefunded yesterday, £64 to your card.\n\nBest,\nAnna",
            [],
        ),
        (
            "Hello, will you refund the return postage as well?\nPaul",
            "Hi Paul,\n\nRefunded today: £64 for the boots.\n\nBest,\nAnna",
            ["Hello, will you refund the return postage as well?"],
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
            "Добрый день. Деньги за возвращённые свечи зажигания уже вернули?\nВадим",
            "Вадим, добрый день!\n\nВернули сегодня — 1 180 рублей на карту.\n\nС уважением,\nСергей",
            [],
        ),
        (
            "Добрый день. Телевизор LG OLED55 можно повесить на стену?\nВадим",
            "Вадим, добрый день!\n\nПовесить можно, крепление VESA 300×200, подойдёт любой кронштейн.\n\n"
            "С уважением,\nДенис",
            [],
        ),
        (
            "Добрый день. Интересует, есть ли у Galaxy A55 защита от воды.\nКонстантин",
            "Константин, добрый день!\n\nЗащита есть, IP67.\n\nС уважением,\nИлья",
            [],
        ),
        # the word another question uses too says which of them it answers no more than it says the thing
        (
            "Добрый день. Деньги за свечи уже вернули? А за доставку тоже вернут?\nВадим",
            "Вадим, добрый день!\n\nВернули сегодня — 1 180 рублей на карту.\n\nС уважением,\nСергей",
            ["А за доставку тоже вернут?"],
        ),
        (
            "Здравствуйте! Зарядка в комплекте есть? Если нет, зарядку можно купить у вас отдельно?\nАнна",
            "Анна, здравствуйте!\n\nЗарядки нет, в коробке только кабель USB-C.\n\nС уважением,\nСергей",
            ["Если нет, зарядку можно купить у вас отдельно?"],
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
            "Добрий день! Чи можна повісити телевізор LG на стіну?\nВадим",
            "Добрий день, Вадиме!\n\nПовісити можна, кріплення VESA 300×200 підходить.\n\nЗ повагою,\nДенис",
            [],
        ),
        (
            "Добрий день! Чи можна замовити доставку на суботу? А замовити підйом на поверх можна?\nОльга",
            "Добрий день, Ольго!\n\nЗамовити можна, доставка в суботу з 10 до 18.\n\nЗ повагою,\nІрина",
            ["А замовити підйом на поверх можна?"],
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
