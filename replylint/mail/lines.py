"""Lines and paragraphs: the units the structure of a reply is found in."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""What ends a paragraph, everywhere in replylint: a line with nothing but blanks on it."""

POSTSCRIPT_LINE = re.compile(r"^[ \t]*(?:p\.?[ \t]?s\.?|п\.?[ \t]?с\.?)(?!\w)", re.IGNORECASE | re.MULTILINE)
"""A line that opens with a postscript mark ("P.S.", «П.С.»): the writer going on after the signature, so what
follows is read again (the parser gives it back to the text; unanswered-question asks its questions)."""


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line; `start`/`end` index the text it came from and leave out surrounding whitespace."""

    start: int
    end: int
    text: str


def text_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, with offsets.

    perf: the greeting, sign-off, name and signature helpers and several rules each ask this of the same reply in
    one lint (eight times a reply); the lines of the last few texts are kept, and every caller gets its own list
    of the (frozen) lines, so none can change what another sees.
    """
    return list(_text_lines(text))


@functools.lru_cache(maxsize=8)
def _text_lines(text: str) -> tuple[Line, ...]:
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            out.append(Line(start, start + len(stripped), stripped))
        pos += len(raw)
    return tuple(out)


def last_line_span(text: str) -> tuple[int, int]:
    """Span of the last non-blank line: where a finding about something missing at the end is shown."""
    lines = text_lines(text)
    if not lines:
        return 0, 0
    return lines[-1].start, lines[-1].end


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The paragraphs of `text[start:end]` that hold more than blanks, as offsets into `text`: each runs from just
    after the previous break (or `start`) to the next break (or `end`). `strip_paragraph` trims one to its
    first non-blank character, as a finding about it should start."""
    stop = len(text) if end is None else end
    out = []
    pos = start
    for m in PARAGRAPH_BREAK.finditer(text, start, stop):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:stop].strip():
        out.append((pos, stop))
    return out


def strip_paragraph(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` without the blank lines and spaces it starts with."""
    start, end = span
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end
