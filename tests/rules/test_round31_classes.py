"""The classes blind round 31 taught, and the page sentence rounds 27, 28 and 30 could not settle.

- unanswered-question: for "X, or only Y?" a yes followed by when or where the paying happens («Да, оплатить
  можно при получении») leaves the choice open; the page said a word of the agent's own after the yes takes a
  position, and three blind judges could not tell whether «при получении» was such a word.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered

from replylint.model import Lang

PAY = {
    "en": "Hello,\n\nCan I pay the driver for order 5530 by card, or only in cash?\n\nNora",
    "ru": "Здравствуйте! Заказ 5530 можно будет оплатить водителю картой или только наличными?\nНора",
    "uk": "Добрий день! Замовлення 5530 можна буде оплатити водієві карткою, чи тільки готівкою?\nНора",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Nora,\n\nYes, you can settle up on delivery.\n\nBest,\nZoe"),
        ("en", "Hi Nora,\n\nYes, you can pay the driver when the order arrives at your door.\n\nBest,\nZoe"),
        ("ru", "Нора, добрый день!\n\nДа, заказ 5530 можно будет оплатить при получении.\n\nЗоя"),
        ("ru", "Нора, добрый день!\n\nДа, расплатиться можно на месте, после того как водитель всё занесёт.\n\nЗоя"),
        ("uk", "Норо, добрий день!\n\nТак, розрахуватися можна під час отримання.\n\nЗоя"),
        ("uk", "Норо, добрий день!\n\nТак, оплатити замовлення 5530 можна буде при доставці.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_yes_with_when_to_pay_picks_no_alternative(lang: Lang, reply: str) -> None:
    assert len(unanswered(lang, PAY[lang], reply)) == 1


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Nora,\n\nYes, the driver carries a card reader, so pay however suits you.\n\nBest,\nZoe"),
        ("ru", "Нора, добрый день!\n\nДа, при получении можно оплатить и картой: у водителя есть терминал.\n\nЗоя"),
        ("uk", "Норо, добрий день!\n\nТак, при отриманні можна розрахуватися й карткою.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_yes_that_names_the_way_to_pay_answers(lang: Lang, reply: str) -> None:
    assert unanswered(lang, PAY[lang], reply) == []
