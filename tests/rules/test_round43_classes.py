"""The class blind round 43 taught the other rules: pushy's «залишилося лише» ("only ... left") before a verb in the
infinitive is a step left to take («залишилося лише підтвердити його»), not goods running out."""

from __future__ import annotations

import pytest

from replylint import lint


def _pushy(original: str, body: str) -> bool:
    return any(f.rule == "pushy" for f in lint(body, original=original).findings)


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Добрий день! Чи можете зарезервувати парфуми «Лаванда»?\nЖанна",
         "Жанно, добрий день!\n\nРезервувати товари ми, на жаль, не можемо. Ваше замовлення вже в кошику, "
         "залишилося лише підтвердити його.\n\nЗ повагою,\nВіка", False),
        ("Здравствуйте! Можете забронировать духи «Лаванда»?\nЖанна",
         "Жанна, здравствуйте!\n\nБронировать товары мы, к сожалению, не можем. Заказ уже в корзине, осталось всего "
         "оформить его.\n\nС уважением,\nВика", False),
        ("Добрий день! Чи є парфуми «Лаванда»?\nЖанна",
         "Жанно, добрий день!\n\nТак, є, але залишилося лише два флакони.\n\nЗ повагою,\nВіка", True),
    ],
)  # fmt: skip
def test_only_a_step_left_is_no_scarcity(original: str, body: str, expected: bool) -> None:
    assert _pushy(original, body) is expected
