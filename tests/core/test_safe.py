"""terminal_safe: no character from a message reaches a terminal that could move the cursor, recolour it, change
text direction, hide text or break a line."""

from __future__ import annotations

import json
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from replylint.formats.safe import json_text, terminal_safe

_DANGEROUS = ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs")


def _dangerous(ch: str, *, newline_ok: bool) -> bool:
    return not (newline_ok and ch == "\n") and unicodedata.category(ch) in _DANGEROUS


def test_every_control_format_and_separator_character_is_escaped() -> None:
    """Checked against this Python's Unicode database, so a newer Unicode version that adds format characters
    fails here instead of passing them to a terminal."""
    missed = [
        f"U+{cp:04X}"
        for cp in range(sys.maxunicode + 1)
        if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Zl", "Zp")
        and chr(cp) != "\n"
        and any(_dangerous(c, newline_ok=True) for c in terminal_safe(chr(cp), keep_newlines=True))
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J\x1b]0;pwned\x07", "\\e[2J\\e]0;pwned\\x07"),
        ("a\u202eevil\u202c", "a\\u202eevil\\u202c"),
        ("line\u2028break", "line\\u2028break"),
        ("tag\U000e0041s", "tag\\U000e0041s"),
        ("soft\u00adhyphen", "soft\\xadhyphen"),
        ("private\ue000", "private\\ue000"),
        ("tab\there", "tab here"),
        ("two\nlines", "two\\nlines"),
    ],
)
def test_escapes_are_visible_and_unambiguous(raw: str, shown: str) -> None:
    assert terminal_safe(raw) == shown


def test_ordinary_text_is_unchanged() -> None:
    text = "Здравствуйте, Ольга! Добрий день, Олено! Hi Anna 😀 — «ok» №48213"
    assert terminal_safe(text) == text


@given(st.text())
def test_nothing_dangerous_survives(text: str) -> None:
    assert not any(_dangerous(c, newline_ok=False) for c in terminal_safe(text))
    assert not any(_dangerous(c, newline_ok=True) for c in terminal_safe(text, keep_newlines=True))


def test_json_keeps_cyrillic_readable() -> None:
    text = json_text({"message": "Олено, добрий день", "name": "Ольга"})
    assert "Олено" in text
    assert json.loads(text) == {"message": "Олено, добрий день", "name": "Ольга"}


@given(st.text())
def test_json_passes_nothing_dangerous_and_round_trips(text: str) -> None:
    out = json_text([text])
    assert not any(_dangerous(c, newline_ok=True) for c in out)
    assert json.loads(out) == [text]
    out.encode("utf-8")  # lone surrogates from undecodable mail are escaped, never written raw
