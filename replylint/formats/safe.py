"""Make e-mail text safe to print: nothing from a message may move the cursor, recolour or retitle a terminal."""

from __future__ import annotations

import json
import re
import unicodedata

_UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f"  # C0 (newline aside), DEL, C1: ESC/CSI sequences, bells, title changes
    # Unicode format characters (category Cf: invisible, or changing text direction) and the line and paragraph
    # separators (Zl, Zp), which some terminals break lines at. tests/core/test_safe.py checks this class against
    # the unicodedata of the running Python.
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch == "\x1b":
        return "\\e"
    if ch == "\r":
        return "\\r"
    if ch == "\t":
        return " "
    return _code(ch)


def _code(ch: str) -> str:
    """Python's own escape notation, so the width of the number is never ambiguous."""
    n = ord(ch)
    return f"\\x{n:02x}" if n <= 0xFF else f"\\u{n:04x}" if n <= 0xFFFF else f"\\U{n:08x}"


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """Escape C0/C1 controls (ESC included), format characters and line separators as visible `\\x..` text.

    Bidi controls can make a line read differently from what it says ("Trojan Source"); zero-width and tag
    characters hide inside words (tags can smuggle a whole invisible sentence); U+2028/U+2029 break a one-line
    report in some terminals. Newlines are escaped too unless the caller prints multi-line text on purpose.
    """
    out = _UNSAFE.sub(_escape, text)
    if not keep_newlines:
        out = out.replace("\n", "\\n")
    # Unassigned or private-use code points can render as anything; show them by number.
    if any(unicodedata.category(c) in ("Co", "Cn", "Cs") for c in out):
        out = "".join(_code(c) if unicodedata.category(c) in ("Co", "Cn", "Cs") else c for c in out)
    return out


def json_text(value: object) -> str:
    """JSON that keeps Cyrillic readable (`ensure_ascii=False`) but nothing a terminal would act on.

    Readers of `--format json` in a terminal or a CI log see "Олено" instead of "\\u041e...", while every
    character `terminal_safe` would neutralise (C1 controls, bidi and other format characters, separators,
    surrogates from undecodable bytes, private-use and unassigned code points) is still written as a JSON escape,
    so the text decodes to exactly what the mail held.
    """
    out = _UNSAFE.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=2))
    if any(unicodedata.category(c) in ("Co", "Cn", "Cs") for c in out):
        out = "".join(_json_escape_char(c) if unicodedata.category(c) in ("Co", "Cn", "Cs") else c for c in out)
    return out


def _json_escape(match: re.Match[str]) -> str:
    return _json_escape_char(match.group(0))


def _json_escape_char(ch: str) -> str:
    n = ord(ch)
    if n <= 0xFFFF:
        return f"\\u{n:04x}"
    n -= 0x10000
    return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"
