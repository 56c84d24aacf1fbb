"""The classes round 56 taught, in new wording, each beside a counterexample that stays answered."""

from __future__ import annotations

import pytest
from uq_cases import questions_left as _uq


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
        # "how many hours" asks how long: a battery's capacity in mA·h is no time, its hours are
        ("Здравствуйте! На сколько часов хватает зарядки у колонки JBL Flip 6? И есть ли чехол в комплекте?\nИгорь",
         "Игорь, здравствуйте!\n\nАккумулятор у Flip 6 ёмкостью 4800 мА·ч, заряжается через USB-C. Чехла в "
         "комплекте нет.\n\nС уважением,\nАнна", ["На сколько часов хватает зарядки у колонки JBL Flip 6?"]),
        ("Здравствуйте! На сколько часов хватает зарядки у колонки JBL Flip 6? И есть ли чехол в комплекте?\nИгорь",
         "Игорь, здравствуйте!\n\nЗарядки у Flip 6 хватает примерно на 12 часов. Чехла в комплекте нет."
         "\n\nС уважением,\nАнна", []),
        ("Добрий день! Скільки годин працює від батареї колонка JBL Flip 6? І чи є чохол у комплекті?\nІгор",
         "Добрий день, Ігорю!\n\nАкумулятор у Flip 6 ємністю 4800 мА·год, заряджається через USB-C. Чохла в "
         "комплекті немає.\n\nЗ повагою,\nАнна", ["Скільки годин працює від батареї колонка JBL Flip 6?"]),
        ("Добрий день! Скільки годин працює від батареї колонка JBL Flip 6? І чи є чохол у комплекті?\nІгор",
         "Добрий день, Ігорю!\n\nВід батареї Flip 6 працює до 12 годин. Чохла в комплекті немає."
         "\n\nЗ повагою,\nАнна", []),
        ("Hello,\n\nHow many hours does the JBL Flip 6 play on one charge? And is a case included?\n\nIgor",
         "Hi Igor,\n\nThe Flip 6 has a 4800 mAh battery and charges over USB-C. A case isn't included.\n\nKind "
         "regards,\nAnna", ["How many hours does the JBL Flip 6 play on one charge?"]),
        ("Hello,\n\nHow many hours does the JBL Flip 6 play on one charge? And is a case included?\n\nIgor",
         "Hi Igor,\n\nThe Flip 6 plays for about 12 hours on one charge. A case isn't included.\n\nKind regards,"
         "\nAnna", []),
    ],
)  # fmt: skip
def test_a_question_wants_the_kind_of_answer_it_names(original: str, body: str, expected: list[str]) -> None:
    """A colours question wants a colour named, an hours question a time: a count, a material or a capacity said
    about the same thing is on its subject and still no answer."""
    assert _uq(original, body) == expected
