"""unanswered-question checks the first `max-questions` questions of a letter: each costs about a millisecond
against a long reply, and a pasted questionnaire must not hold up a send."""

from __future__ import annotations

import pytest

import replylint

QUESTIONS = {
    "en": "Is parcel {i} insured?",
    "ru": "Посылка {i} застрахована?",
    "uk": "Посилка {i} застрахована?",
}
REPLY = {
    "en": "Hi Anna,\n\nAll our parcels leave the warehouse within a day.\n\nKind regards,\nTom",
    "ru": "Анна, здравствуйте!\n\nВсе наши посылки уходят со склада в течение дня.\n\nС уважением,\nТом",
    "uk": "Анно, добрий день!\n\nУсі наші посилки виходять зі складу протягом дня.\n\nЗ повагою,\nТом",
}


def _letter(lang: str, count: int) -> str:
    return "Hello,\n\n" + " ".join(QUESTIONS[lang].format(i=i) for i in range(1, count + 1)) + "\n\nAnna"


def _asked(lang: str, count: int, options: dict[str, int] | None = None) -> list[str]:
    config = {"rules": {"unanswered-question": options}} if options else None
    report = replylint.Linter(config=config).lint(REPLY[lang], _letter(lang, count))
    return [str(f.data["full_question"]) for f in report.by_rule("unanswered-question")]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_first_fifty_questions_are_checked(lang: str) -> None:
    assert sorted(_asked(lang, 60)) == sorted(QUESTIONS[lang].format(i=i) for i in range(1, 51))


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_zero_checks_every_question(lang: str) -> None:
    assert len(_asked(lang, 60, {"max-questions": 0})) == 60


def test_a_letter_within_the_limit_is_checked_whole() -> None:
    assert len(_asked("en", 3, {"max-questions": 3})) == 3
    assert sorted(_asked("en", 4, {"max-questions": 3})) == [QUESTIONS["en"].format(i=i) for i in (1, 2, 3)]


def test_questions_quoted_between_blocks_count_towards_the_limit() -> None:
    """A reply written between quoted blocks may quote questions the original does not have: they fill what the
    original leaves of the limit, and the blocks past it are not read."""
    blocks = [
        "\n".join(f"> Is parcel {i} insured?" for i in range(start, start + 30))
        + "\n\nAll our parcels leave within a day."
        for start in (1, 31)
    ]
    reply = "Hi Anna,\n\n" + "\n\n".join(blocks) + "\n\nKind regards,\nTom"
    original = "Hello,\n\nIs parcel 0 insured?\n\nAnna"
    found = replylint.Linter().lint(reply, original).by_rule("unanswered-question")
    assert 30 < len(found) <= 50
