"""The classes round 56 taught, in new wording, each beside a counterexample that stays answered."""

from __future__ import annotations

import pytest

from replylint import lint


def _uq(original: str, body: str) -> list[str]:
    return [str(f.data["question"]) for f in lint(body, original=original).findings if f.rule == "unanswered-question"]


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # "what colours?" wants a colour named: a count of them, or the thing described, is no answer
        ("Hello,\n\nWhich colours is the Harris tweed cap made in? And does it have a lining?\n\nRuth",
         "Hi Ruth,\n\nYes, the cap is lined with quilted cotton. We make it in four colourways, all woven on the "
         "island.\n\nKind regards,\nAnna", ["Which colours is the Harris tweed cap made in?"]),
        ("Hello,\n\nWhich colours is the Harris tweed cap made in? And does it have a lining?\n\nRuth",
         "Hi Ruth,\n\nYes, the cap is lined with quilted cotton. We make it in grey, brown and moss green, all "
         "woven on the island.\n\nKind regards,\nAnna", []),
        # the thing's own material ("wool") named back is not a colour either
        ("Hello,\n\nWhat colours does the merino wool scarf come in?\n\nRuth",
         "Hi Ruth,\n\nThe merino scarf is knitted from pure wool and washes well at 30 degrees.\n\nKind regards,"
         "\nAnna", ["What colours does the merino wool scarf come in?"]),
        ("Здравствуйте! В каких цветах есть плед «Уют»? И можно ли его стирать в машинке?\nЛидия",
         "Лидия, здравствуйте!\n\nСтирать плед можно в машинке при 30 градусах. Расцветок у него несколько, все "
         "спокойные, пастельные.\n\nС уважением,\nАнна", ["В каких цветах есть плед «Уют»?"]),
        ("Здравствуйте! В каких цветах есть плед «Уют»? И можно ли его стирать в машинке?\nЛидия",
         "Лидия, здравствуйте!\n\nСтирать плед можно в машинке при 30 градусах. Он бывает бежевым, серым и "
         "голубым.\n\nС уважением,\nАнна", []),
        ("Добрий день! Які кольори є у рюкзака «Мандрівник»? І чи він водонепроникний?\nОлег",
         "Добрий день, Олеже!\n\nТак, рюкзак «Мандрівник» водонепроникний. Кольорів у нього п'ять, усі "
         "неяскраві.\n\nЗ повагою,\nАнна", ["Які кольори є у рюкзака «Мандрівник»?"]),
        ("Добрий день! Які кольори є у рюкзака «Мандрівник»? І чи він водонепроникний?\nОлег",
         "Добрий день, Олеже!\n\nТак, рюкзак «Мандрівник» водонепроникний. Є чорний, синій і оливковий."
         "\n\nЗ повагою,\nАнна", []),
    ],
)  # fmt: skip
def test_a_colours_question_wants_a_colour_named(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected
