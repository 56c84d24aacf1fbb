"""Make e-mail text safe to print: nothing from a message may move the cursor, recolour or retitle a terminal."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch == "\x1b":
        return "\\e"
    if ch == "\r":
        return "\\r"
    if ch == "\t":
        return " "
    return f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}"


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """Escape C0/C1 controls (ESC included), bidi overrides and zero-width characters as visible `\\x..` text.

    Bidi controls can make a line read differently from what it says ("Trojan Source"); zero-width characters
    hide inside words. Newlines are escaped too unless the caller prints multi-line text on purpose.
    """
    out = _UNSAFE.sub(_escape, text)
    if not keep_newlines:
        out = out.replace("\n", "\\n")
    # Unassigned or private-use code points can render as anything; show them by number.
    if any(unicodedata.category(c) in ("Co", "Cn", "Cs") for c in out):
        out = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Co", "Cn", "Cs") else c for c in out)
    return out
