"""Findings placed in an editor's buffer: ranges in the client's code units, quick fixes and hover text.

Kept apart from the protocol code so that it is plain data in, plain data out: it is tested without a client,
and the server only carries its results over the wire.

Positions: a finding's `start`/`end` index the reply's text, which has lost the buffer's headers, suppression
directives and invisible characters. `locate.with_file_positions` places its start on a buffer line, as for a file
given by path; the end is placed through the same line table, and columns are then counted in the buffer's own
line (dropped invisible characters put back) and converted to the code units the client negotiated (UTF-16
unless it asked for another), since an emoji before a finding is two UTF-16 units but one code point.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from replylint.i18n import N_, tr
from replylint.locate import match_lines, raw_index, text_lines_of, with_file_positions
from replylint.model import Finding, Report

Encoding = Literal["utf-8", "utf-16", "utf-32"]

_BREAK = re.compile(r"\r\n|\r|\n")
"""The protocol's line breaks; the linter's text normalises exactly these to "\\n", so line numbers agree."""
_TRAILING_MARKS = ",!.:;…"
"""Punctuation that closes a greeting ("Hello," "Добрый день!"); a replacement greeting brings its own."""
_WORD = re.compile(r"\w+")
GREETING_FIXES = {("greeting-name", "no-name"), ("greeting-name", "wrong-name"), ("mass-mailing", "generic-salutation")}
"""Findings whose suggestion is a whole greeting line to put in place of the one the reply opens with."""
UNPLACED_NOTE = N_(" (in the reply's text: its line in this buffer could not be found)")
"""In English; shown in the findings' language."""


@dataclass(frozen=True, slots=True)
class Range:
    """Zero-based lines and columns in the client's code units, end exclusive, as the protocol counts them."""

    start_line: int
    start_char: int
    end_line: int
    end_char: int

    def contains(self, line: int, char: int) -> bool:
        """Whether the cursor at (line, char) touches the range; its end counts, as a cursor just after a word."""
        return (self.start_line, self.start_char) <= (line, char) <= (self.end_line, self.end_char)

    def overlaps(self, other: Range) -> bool:
        return (self.start_line, self.start_char) <= (other.end_line, other.end_char) and (
            other.start_line,
            other.start_char,
        ) <= (self.end_line, self.end_char)


@dataclass(frozen=True, slots=True)
class Fix:
    """A text edit that applies a finding's suggestion: `new_text` replaces `range` of the buffer."""

    title: str
    range: Range
    new_text: str


@dataclass(frozen=True, slots=True)
class Placed:
    """A finding as the editor shows it: where, the message (with advice that is not an edit), a quick fix."""

    finding: Finding
    range: Range
    message: str
    fix: Fix | None = None


class Buffer:
    """The buffer's lines as the client counts them, and linter columns turned into the client's code units."""

    def __init__(self, text: str, encoding: Encoding = "utf-16") -> None:
        self.lines = _BREAK.split(text)
        self.encoding = encoding

    def clamp(self, line: int) -> int:
        return min(max(line, 0), len(self.lines) - 1)

    def units(self, line: int, column: int, *, end: bool = False) -> int:
        """Code units before `column` (0-based code points of the line as the linter cleaned it) in buffer line
        `line`. Characters the linter dropped (zero-width spaces, BOM, controls) are counted back in."""
        raw = self.lines[self.clamp(line)]
        return count_units(raw[: raw_index(raw, column, end=end)], self.encoding)

    def line_end(self, line: int) -> int:
        return count_units(self.lines[self.clamp(line)], self.encoding)

    def body_start(self) -> int:
        """The first line after the header block (its blank line), for findings with no place of their own."""
        for number, line in enumerate(self.lines):
            if not line.strip():
                return self.clamp(number + 1)
        return 0


def count_units(text: str, encoding: Encoding) -> int:
    """Length of `text` in the code units of `encoding`; a lone surrogate (JSON allows one) counts as one unit."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class _TextLines:
    """Offsets in the reply's text as 0-based (line, column)."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, offset - self.starts[line]


class _Placer:
    """Reply-text offsets to buffer ranges, through the table of which buffer line each text line is."""

    def __init__(self, report: Report, buffer: Buffer, source: str, html: bool) -> None:
        self.buffer = buffer
        self.text = _TextLines(report.text)
        self.table = None if html else match_lines(report.text, text_lines_of(source))

    def span(self, start: int, end: int) -> Range | None:
        """The range of text offsets [start, end), or None when a line of it is not in the buffer."""
        if self.table is None:
            return None
        (sl, sc), (el, ec) = self.text.position(start), self.text.position(end)
        if sl >= len(self.table) or el >= len(self.table):
            return None
        first, last = self.table[sl] - 1, self.table[el] - 1
        return Range(first, self.buffer.units(first, sc), last, self.buffer.units(last, ec, end=end > start))

    def finding(self, f: Finding) -> Range | None:
        """Where to draw `f`: its span, or from its position to the end of that line when it names no text (a
        whole-reply finding, a header, a directive) since a zero-width mark is easy to miss; None when unplaced."""
        if f.file_line is None or f.file_column is None:
            return None
        line = self.buffer.clamp(f.file_line - 1)
        regular = self.table is not None and 0 < f.line <= len(self.table) and self.table[f.line - 1] == f.file_line
        if regular and f.end > f.start:
            found = self.span(f.start, f.end)
            if found is not None:
                return found
        # file_column already counts the file's own characters (replylint.locate maps it), so no mapping here
        raw = self.buffer.lines[line]
        start = count_units(raw[: f.file_column - 1], self.buffer.encoding)
        end = self.buffer.line_end(line)
        return Range(line, min(start, end), line, end)


def place(report: Report, source: str, encoding: Encoding = "utf-16") -> list[Placed]:
    """The report's findings on the buffer `source` (the text that was linted), in the client's code units."""
    if not report.findings:
        return []
    buffer = Buffer(source, encoding)
    content_type = report.headers.raw.get("content-type", "") if report.headers else ""
    html = content_type.lower().lstrip().startswith("text/html")
    placer = _Placer(report, buffer, source, html)
    findings = list(report.findings) if html else with_file_positions(report.findings, report.text, source)
    out = []
    for f in findings:
        where = placer.finding(f)
        message = f.message
        if where is None:
            body = buffer.body_start() if report.headers is not None else 0
            where = Range(body, 0, body, buffer.line_end(body))
            message += tr(report.message_language, UNPLACED_NOTE)
        fix = _fix(f, report.text, placer, buffer, report.message_language)
        if f.suggestion:
            message += f"\n→ {f.suggestion}"
        out.append(Placed(f, where, message, fix))
    return out


def _fix(f: Finding, text: str, placer: _Placer, buffer: Buffer, lang: str = "en") -> Fix | None:
    """The quick fix for `f`, when its suggestion is a safe replacement of text the buffer holds.

    Safe means the edit's result is exactly what the suggestion says and it removes nothing the finding did not
    flag: a formal pronoun for the informal one, a greeting line with the customer's name for the one the reply
    opens with, a greeting put above a reply that has none, the expected address for the wrong one in a To/Cc
    line. Advice ("Apologise for the delay, e.g. ...") and a sign-off that would bring a "<your name>"
    placeholder are not edits: the editor shows them in the message.
    """
    suggestion = f.suggestion
    if not suggestion or "\n" in suggestion or not suggestion.strip():
        return None
    key = (f.rule, f.kind)
    if key == ("address-invalid", "wrong-recipient"):
        return _recipient_fix(f, suggestion, buffer, lang)
    edit: tuple[int, int, str, str] | None = None
    if key == ("familiar-tone", "informal-you") and f.end > f.start and _WORD.fullmatch(suggestion):
        edit = f.start, f.end, suggestion, tr(lang, "Replace with «{suggestion}»").format(suggestion=suggestion)
    elif key in GREETING_FIXES:
        edit = _greeting_edit(f, text, suggestion, lang)
    elif key == ("greeting-name", "missing"):
        line_start = text.rfind("\n", 0, f.start) + 1
        if not text[line_start : f.start].strip():
            edit = (
                line_start,
                line_start,
                f"{suggestion}\n\n",
                tr(lang, "Add the greeting «{suggestion}»").format(suggestion=suggestion),
            )
    if edit is None:
        return None
    start, end, new_text, title = edit
    where = placer.span(start, end)
    return Fix(title, where, new_text) if where is not None else None


def _greeting_edit(f: Finding, text: str, suggestion: str, lang: str = "en") -> tuple[int, int, str, str] | None:
    """Replace the greeting (from its line's start through the flagged words and the punctuation after them) by
    the suggested one, when both open with the same word (the suggestion keeps the reply's own greeting words), or
    when the flagged text is the whole greeting ("Dear Valued Customer"). A wrong name flagged at the start of its
    line ("Ирина, добрый день!") is not replaced: the suggestion is a whole greeting, the rest of the line another."""
    if f.end <= f.start or "\n" in text[f.start : f.end]:
        return None
    line_start = text.rfind("\n", 0, f.start) + 1
    region = line_start + len(text[line_start : f.start]) - len(text[line_start : f.start].lstrip())
    end = f.end
    while end < len(text) and text[end] in _TRAILING_MARKS:
        end += 1
    old = text[region:end]
    first_old, first_new = _WORD.search(old), _WORD.search(suggestion)
    same_opening = (
        first_old is not None and first_new is not None and first_old.group().casefold() == first_new.group().casefold()
    )
    whole = f.kind != "wrong-name" and f.start == region  # the flagged text is the greeting itself, not a name in it
    if not same_opening and not whole:
        return None
    common = 0
    while common < min(len(old), len(suggestion)) and old[common] == suggestion[common]:
        common += 1
    if old == suggestion:
        return None
    return (
        region + common,
        end,
        suggestion[common:],
        tr(lang, "Replace the greeting with «{suggestion}»").format(suggestion=suggestion),
    )


def _recipient_fix(f: Finding, suggestion: str, buffer: Buffer, lang: str = "en") -> Fix | None:
    """The expected address in place of the wrong one, on the To/Cc line the finding points at, when that line
    holds the one recipient once (a folded or multi-recipient header is left to the author)."""
    recipients = f.data.get("recipients")
    if f.file_line is None or not isinstance(recipients, str) or "," in recipients or "@" not in suggestion:
        return None
    inner = re.search(r"<([^<>]+)>", recipients)
    address = inner.group(1) if inner else recipients.strip()
    line = buffer.clamp(f.file_line - 1)
    raw = buffer.lines[line]
    if not address or raw.count(address) != 1:
        return None
    at = raw.index(address)
    where = Range(
        line, count_units(raw[:at], buffer.encoding), line, count_units(raw[: at + len(address)], buffer.encoding)
    )
    return Fix(tr(lang, "Send to {address}").format(address=suggestion), where, suggestion)


def hover_text(placed: Sequence[Placed], line: int, char: int, page: Callable[[str], str]) -> str | None:
    """Markdown for the findings under the cursor: each one's message, then its rule's page (`page(rule)`, as
    `replylint explain RULE` prints it), each page once."""
    here = [p for p in placed if p.range.contains(line, char)]
    if not here:
        return None
    parts = []
    shown: set[str] = set()
    for p in here:
        f = p.finding
        head = f"**{f.rule}** ({f.severity}): {p.message}"
        if p.fix is not None:
            head += f"\n\nQuick fix: {p.fix.title}"
        parts.append(head)
        if f.rule not in shown:
            shown.add(f.rule)
            parts.append(page(f.rule))
    return "\n\n---\n\n".join(parts)
