"""The classes blind round 43 taught: "I don't have an exact date yet" is an admission (unanswered-question,
honest-unknown); pushy's «залишилося лише» ("only ... left") before a verb in the infinitive is a step left to take
(«залишилося лише підтвердити його»), not goods running out."""

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


def test_no_exact_date_yet_is_an_admission() -> None:
    original = "Hi there,\n\nWhen do you think the autumn seed range will be on the website?\n\nGreg"
    body = (
        "Hi Greg,\n\nI don't have an exact date yet, but I expect the range to go live around mid-August, as that's "
        "when last year's did.\n\nBest wishes,\nSara"
    )
    found = {f.rule for f in lint(body, original=original).findings}
    assert "unanswered-question" not in found
    assert "honest-unknown" not in found
