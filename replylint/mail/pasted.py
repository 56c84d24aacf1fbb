"""The customer's own message pasted under the reply with no quote marks or header: quote-unrecognised reports
it (`pasted`), and the rules that read the reply's end (its closing and signer) look above it."""

from __future__ import annotations

import re

from replylint.model import ParsedMessage

MIN_PASTED_WORDS = 4
"""A pasted block needs a line of at least this many words: "Hi," and "Anna" alone are not a copied message."""

_RULE_LINE = re.compile(r"^[ \t]*([-_=~*—–])\1{3,}[ \t]*$")
_WORD = re.compile(r"[^\W_]+")


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def pasted_original(text: str, original: ParsedMessage | None) -> tuple[int, int] | None:
    """The span of the customer's own message copied verbatim to the end of `text`, if it is there.

    Only the tail of the reply is considered, line by line upwards, and every line of the block must be a line
    of the original (separator rules aside): a reply that repeats one of the customer's sentences inside its
    answer is not a pasted message.
    """
    if original is None:
        return None
    known = {_norm(ln) for block in (original.text, original.signature or "") for ln in block.split("\n")}
    known.discard("")
    if not known:
        return None
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    start_line: int | None = None
    substantive = False
    for i in range(len(lines) - 1, -1, -1):
        raw = lines[i][1]
        if not raw.strip() or _RULE_LINE.match(raw):
            continue
        if _norm(raw) not in known:
            break
        start_line = i
        substantive = substantive or len(_WORD.findall(raw)) >= MIN_PASTED_WORDS
    if start_line is None or not substantive:
        return None
    if all(not raw.strip() or _RULE_LINE.match(raw) for _, raw in lines[:start_line]):
        return None  # nothing but the customer's words: a test message or an echo, not a reply with a paste
    end = max(i for i, (_, raw) in enumerate(lines) if raw.strip())
    return lines[start_line][0], lines[end][0] + len(lines[end][1])
