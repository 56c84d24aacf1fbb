"""The classes blind round 28 taught.

- unanswered-question: a "how + quality" question ("How warm is the Summit down jacket?") is settled by a measure of
  that quality (degrees for warmth, millimetres of hydrostatic head for waterproofing, lumens for brightness) in a
  sentence on its own subject, also when the thing is named in several words the reply does not all repeat; a
  measure of another quality ("weighs 1.2 kg") is no answer. Rounds 7, 26 and 28 each brought it back.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered as _unanswered

WARMTH = {
    "en": "Hi, how warm is the Summit down jacket? And is the hood removable?\nHugo",
    "ru": "Здравствуйте. Насколько тёплая куртка «Саммит» на гусином пуху? И капюшон отстёгивается?\nИгорь",
    "uk": "Добрий день. Наскільки тепла куртка «Саміт» на гусячому пуху? І чи знімається капюшон?\nІгор",
}
RATED = {
    "en": "The Summit is rated to -15 °C. Yes, the hood zips off.",
    "ru": "Куртка «Саммит» рассчитана на -15 °C. Да, капюшон отстёгивается.",
    "uk": "Куртка «Саміт» розрахована на -15 °C. Так, капюшон знімається.",
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_measure_of_the_quality_answers_how_warm(lang: str) -> None:
    assert _unanswered(lang, WARMTH[lang], RATED[lang]) == []


def test_a_measure_of_another_quality_does_not() -> None:
    assert _unanswered("en", WARMTH["en"], "The Summit weighs 1.2 kg. Yes, the hood zips off.") != []
    assert _unanswered("en", WARMTH["en"], "Yes, the hood zips off.") != []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How bright is the Lumo 2 head torch?", "The Lumo 2 gives 400 lumens on its highest setting."),
        ("How waterproof is the Tidewater raincoat?", "The Tidewater has a 15,000 mm hydrostatic head."),
        ("How heavy is the Arlo folding cot?", "The Arlo weighs 4.5 kg and folds flat."),
    ],
)
def test_each_quality_has_its_measure(question: str, answer: str) -> None:
    original = f"Hi, {question} And does it come with a bag?\nJo"
    assert _unanswered("en", original, answer + " Yes, a carry bag is included.") == []
    assert _unanswered("en", original, "It comes in green. Yes, a carry bag is included.") != []
