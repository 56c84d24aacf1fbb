"""The first-character lookahead must leave every match of a pattern exactly as it was."""

from __future__ import annotations

import random
import re

import pytest

from replylint._first_chars import with_first_chars
from replylint_rules import _answers


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_time_patterns_match_as_before(lang: str) -> None:
    rng = random.Random(lang)
    words = [
        "3 дня",
        "18:00",
        "14.11",
        "Tomorrow",
        "через",
        "в понеділок",
        "9am",
        "2 weeks",
        "вчора",
        "15-го",
        "до кінця дня",
        "in 2 days",
        "з 9 до 18",
        "«завтра»",
        "’today",
        "-5",
        "№12",
        " ",
        "\n",
        ",",
        ".",
    ]
    for kind, fast in _answers._time_patterns(lang):
        assert fast.pattern.startswith("(?=["), kind  # every time pattern got its lookahead
        plain = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -1], fast.flags)
        for _ in range(300):
            text = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 12)))
            assert _spans(fast, text) == _spans(plain, text)


def test_unhandled_constructs_leave_the_pattern_unchanged() -> None:
    for source in (r"[^a]b", r".x", r"(a)?\1b", r"a*", r"(?i:a)b", r"", r"(?:a|)"):
        rx = re.compile(source)
        assert with_first_chars(rx) is rx


def test_lookahead_lists_every_possible_first_character() -> None:
    rx = with_first_chars(re.compile(r"(?<!\w)(?:x?\d+|[a-c]z|\sq)(?=y)", re.IGNORECASE))
    assert rx is not None and rx.pattern.startswith("(?=[")
    for text in ("X1", "7", "Bz", " q", "a b", "1x", "\tqy", "Cz y"):
        assert _spans(rx, text) == _spans(re.compile(r"(?<!\w)(?:x?\d+|[a-c]z|\sq)(?=y)", re.IGNORECASE), text)


def _unwrapped(fast: re.Pattern[str]) -> re.Pattern[str]:
    tail = 2 if fast.flags & re.VERBOSE else 1
    return re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -tail], fast.flags)


def test_wrapped_module_patterns_match_as_before() -> None:
    from replylint import placeholders
    from replylint.parsing import split
    from replylint_rules import familiar_tone

    rng = random.Random(7)
    pieces = [
        "iPhone",
        "Sent from my",
        ":)",
        ")))",
        "((",
        "xD",
        "+7 (999) 123-45-67",
        "$name",
        "[Agent]",
        "<имя>",
        "XXX",
        "XX.XX",
        "wrote:",
        "писал(а):",
        "Uhr:",
        "(a)",
        "2))",
        " ",
        "\n",
        "word",
        "Х",
    ]
    for fast in (split._DEVICE, split._PHONE, split._END_CUE, placeholders._EXTRA_PLACEHOLDER, familiar_tone._EMOTICON):
        assert fast.pattern.startswith("(?=[")
        plain = _unwrapped(fast)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
            assert _spans(fast, text) == _spans(plain, text)
