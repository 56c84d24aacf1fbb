"""Lines and paragraphs: the units the structure of a reply is found in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line; `start`/`end` index the text it came from and leave out surrounding whitespace."""

    start: int
    end: int
    text: str


def text_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, with offsets."""
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            out.append(Line(start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def last_line_span(text: str) -> tuple[int, int]:
    """Span of the last non-blank line: where a finding about something missing at the end is shown."""
    lines = text_lines(text)
    if not lines:
        return 0, 0
    return lines[-1].start, lines[-1].end
