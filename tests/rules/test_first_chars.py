"""The first-character lookahead must leave every match of a pattern exactly as it was."""

from __future__ import annotations

import random
import re

import pytest

from replylint._first_chars import with_first_chars
from replylint_rules import _answers


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


_TIME_WORDS = (
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
)
"""Pieces of ru/uk/en time expressions (and near-misses) that random texts are built from."""
_GAPS = (" ", "\n", ",", ".")


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_time_patterns_match_as_before(lang: str) -> None:
    rng = random.Random(lang)
    words = [*_TIME_WORDS, "«завтра»", "’today", "-5", "№12", *_GAPS]
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
    from replylint import emoticons, placeholders
    from replylint.parsing import split

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
    for fast in (split._DEVICE, split._PHONE, split._END_CUE, placeholders._EXTRA_PLACEHOLDER, emoticons.EMOTICON):
        assert fast.pattern.startswith("(?=[")
        plain = _unwrapped(fast)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
            assert _spans(fast, text) == _spans(plain, text)


def _with_prefix(source: str, flags: int = 0, length: int = 4) -> re.Pattern[str] | None:
    from replylint._first_chars import prefix_lookahead

    lookahead = prefix_lookahead(re.compile(source, flags), length)
    return None if lookahead is None else re.compile(lookahead + f"(?:{source})", flags)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?<!\w)(?:x?\d+|[a-c]z|\sq)(?=y)", re.IGNORECASE),
        (r"\b(?:через|до)\s+\d{1,2}\s+(?:дн\w+|год)", re.IGNORECASE),
        (r"(?:ab){2,}c|a(?:b|)d|e{0,3}f", 0),
        (r"(?:\d+|two|три)\s*(?:days?|дн\w*)?\s*ago", re.IGNORECASE),
        (r"n(?:o)?w|[Ss]oon|(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)", 0),
    ],
)
def test_prefix_lookahead_keeps_every_match(source: str, flags: int) -> None:
    """The trie of first characters is never narrower than the pattern: random texts over its own pieces (and
    case changes) give the same matches with it as without."""
    plain = re.compile(source, flags)
    for length in (1, 2, 4):
        fast = _with_prefix(source, flags, length)
        assert fast is not None, (source, length)
        rng = random.Random(f"{source}{length}")
        pieces = [
            "ab",
            "c",
            "d",
            "ad",
            "now",
            "nw",
            "Soon",
            "acegi",
            "ACEGI",
            "12",
            "7",
            "two",
            "ТРИ",
            "days",
            "дня",
            "ago",
            "через",
            "До",
            "год",
            "x",
            "z",
            "q",
            "y",
            "eef",
            "f",
            " ",
            "\n",
            "-",
        ]
        for _ in range(400):
            text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 10)))
            assert _spans(fast, text) == _spans(plain, text), (source, length, text)


def test_prefix_lookahead_rules_out_word_starts_by_their_first_letters() -> None:
    fast = _with_prefix(r"(?<!\w)(?:tomorrow|today|tonight)", re.IGNORECASE)
    assert fast is not None
    assert [m.start() for m in fast.finditer("to Tomorrow, top today")] == [3, 17]
    assert fast.pattern.startswith("(?=to")  # one shared first letter, tested once


def test_prefix_lookahead_gives_up_where_it_cannot_tell() -> None:
    from replylint._first_chars import prefix_lookahead

    for source in (r"[^a]b", r".x", r"(a)?\1b", r"a*", r"(?i:a)b", r"", r"(?:a|)"):
        assert prefix_lookahead(re.compile(source)) is None, source
    letters = "abcdefghij"
    many = "|".join(f"{a}{b}{c}{d}" for a in letters for b in letters for c in letters for d in letters[:5])
    assert prefix_lookahead(re.compile(f"(?:{many})x")) is None  # too many distinct starts to pay


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_time_gate_opens_where_it_did(lang: str) -> None:
    """The gate with the four-character trie opens at exactly the word starts it opened at with one character."""
    gate = _answers._time_gate(lang)
    assert gate is not None
    patterns = [rx for _, rx in _answers._time_patterns(lang)]
    either = "|".join(f"(?:{rx.pattern})" for rx in patterns)
    plain = re.compile(f"{_answers._B}(?={either})", patterns[0].flags)
    rng = random.Random(f"gate-{lang}")
    words = [*_TIME_WORDS, "сегодня", "Завтра", "next Monday", "по", "на", "тому", *_GAPS]
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 14)))
        assert [m.start() for m in gate.finditer(text)] == [m.start() for m in plain.finditer(text)], text


def test_first_chars_source_is_the_text_with_first_chars_compiles() -> None:
    from replylint._first_chars import first_chars_source

    for source, flags in ((r"(?<!\w)(?:x?\d+|[a-c]z|\sq)(?=y)", re.IGNORECASE), (r"ab|c\d", 0), (r".x", 0), ("", 0)):
        assert first_chars_source(source, flags) == with_first_chars(re.compile(source, flags)).pattern
