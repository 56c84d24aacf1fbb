"""The classes this session taught, in new wording: an older emoji (✅ ❤️ ✈, below the emoji planes) ends a
sentence as the newer ones do.
"""

from __future__ import annotations

import pytest

from replylint.model import Lang
from replylint.nlp import pipeline


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Yes, we deliver on Saturdays ✅ The gift wrap is free.", 2),
        ("en", "Thank you ❤️ See you in the shop.", 2),
        ("ru", "Да, в субботу доставляем ✅ Подарочная упаковка бесплатно.", 2),
        ("uk", "Так, у суботу доставляємо ✈ Подарункове пакування безкоштовне.", 2),
        ("en", "Thanks ✅ and see you soon.", 1),
        ("ru", "Спасибо. ❤️ До встречи.", 2),
    ],
)  # fmt: skip
def test_an_older_emoji_ends_a_sentence(lang: Lang, text: str, expected: int) -> None:
    assert len(pipeline(lang).analyse(text).sentences) == expected
