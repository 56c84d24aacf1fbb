"""Finding positions in the linted file, not only in the reply's text.

`Report.text` is the reply as the rules see it: headers, front matter and suppression directive lines are gone,
so its line 3 may be the file's line 14. An editor, a SARIF viewer or a GitHub annotation needs the file's line.
The reply's lines are looked for in the file in order; when every one is found the mapping is exact, and when
one is not (a base64 or quoted-printable body, format=flowed lines joined, HTML turned into text) there is no
honest file position and none is given.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator, Sequence

from replylint.engine import INVALID_SUPPRESSION
from replylint.model import Finding
from replylint.parsing.coerce import clean_text, decode_bytes, without_no_break_spaces


def text_lines_of(raw: bytes | str) -> list[str]:
    """A file's lines as the linter reads text: decoded, line endings and stray controls normalised."""
    return clean_text(_decoded(raw)).split("\n")


def _decoded(raw: bytes | str) -> str:
    return raw if isinstance(raw, str) else decode_bytes(raw)[0]


def match_lines(text: str, lines: Sequence[str]) -> list[int] | None:
    """For each line of `text`, the 1-based number of the line of `lines` it is, matched in order; None when one
    is missing. Trailing spaces and no-break spaces do not count (the linter's text has them as plain spaces)."""
    positions: dict[str, list[int]] = {}
    for number, line in enumerate(lines, 1):
        positions.setdefault(without_no_break_spaces(line).rstrip(), []).append(number)
    mapped: list[int] = []
    after = 0
    for line in text.split("\n"):
        # perf: the next occurrence by bisection over where each line occurs, not a scan of the file per line
        found = positions.get(without_no_break_spaces(line).rstrip(), [])
        k = bisect.bisect_right(found, after)
        if k == len(found):
            return None
        after = found[k]
        mapped.append(after)
    return mapped


def file_lines(text: str, raw: bytes | str) -> list[int] | None:
    """For each line of `text`, the 1-based line of the file (`raw`) it came from, or None if one is missing."""
    return match_lines(text, text_lines_of(raw))


def directive_line(
    lines: Sequence[str],
    line: int,
    previous: int,
    first: int = 1,
    *,
    finding: Finding | None = None,
    used: set[tuple[int, str]] | None = None,
) -> int:
    """Where a finding about a malformed suppression directive belongs: the directive was removed from the text,
    so the finding sits at the start of the next kept line (`line`); the directive is one of the lines above it
    and below `previous`. `lines` hold the file from its line `first` on.

    Without `finding`, the nearest line in that gap that names replylint is taken. With it, the line must be the
    finding's own directive (its text, or the rule id it names), and `used` (shared by the findings of one
    report) keeps two directives in one gap apart: two bad directives on consecutive lines are both removed
    before the same kept line, and each must still be reported on its own line, in order.
    """
    if finding is None:
        for candidate in range(line - 1, previous, -1):
            index = candidate - first
            if 0 <= index < len(lines) and "replylint" in lines[index].lower():
                return candidate
        return line
    wanted = _directive_key(finding)
    taken = used if used is not None else set()
    fallback = None
    for candidate in range(previous + 1, line):
        index = candidate - first
        if not 0 <= index < len(lines) or "replylint" not in lines[index].lower():
            continue
        if (candidate, wanted) in taken:
            continue
        if fallback is None:
            fallback = candidate
        if _is_directive_of(lines[index], finding):
            taken.add((candidate, wanted))
            return candidate
    if fallback is not None:
        taken.add((fallback, wanted))
        return fallback
    return line


def _directive_key(finding: Finding) -> str:
    """What tells apart two findings on one directive line (a directive may name two unknown rules)."""
    rule_id = finding.data.get("rule_id")
    return f"rule:{rule_id}" if isinstance(rule_id, str) else f"{finding.data.get('kind')}:{finding.message}"


def _is_directive_of(line: str, finding: Finding) -> bool:
    directive = finding.data.get("directive")
    if isinstance(directive, str) and directive:
        return line.strip() == directive
    rule_id = finding.data.get("rule_id")
    return isinstance(rule_id, str) and rule_id in line


def with_file_positions(findings: Sequence[Finding], text: str, raw: bytes | str) -> list[Finding]:
    """The findings with `file_line`/`file_column` set, when the text's lines can be placed in the file.

    A finding about a malformed suppression directive is moved back onto the directive's own line (see
    `directive_line`). A finding about a header field (location kind "header") is placed on that header's line,
    which is what an editor should open; when the file has no such line it is placed like any other finding.
    """
    decoded = _decoded(raw)  # once: both the cleaned lines and the file's own lines come from it
    lines = clean_text(decoded).split("\n")
    table = match_lines(text, lines)
    uncleaned = _uncleaned_lines(decoded, len(lines))
    out = []
    used: set[tuple[int, str]] = set()
    for f in findings:
        header = f.location.header
        if f.location.kind == "header" and header is not None:
            line = _header_line(lines, header)
            if line is not None:
                out.append(dataclasses.replace(f, file_line=line, file_column=1))
                continue
        if table is None or not 0 < f.line <= len(table):
            out.append(f)
            continue
        line = table[f.line - 1]
        if f.rule == INVALID_SUPPRESSION and f.column == 1:
            line = directive_line(lines, line, table[f.line - 2] if f.line > 1 else 0, finding=f, used=used)
        # The text's line may have lost characters the file's line has (zero-width spaces, controls), so the
        # column is counted again over the file's own line.
        column = raw_index(uncleaned[line - 1], f.column - 1) + 1 if uncleaned and 0 < line <= len(lines) else f.column
        out.append(dataclasses.replace(f, file_line=line, file_column=column))
    return out


def _uncleaned_lines(decoded: str, count: int) -> list[str] | None:
    """The file's lines as written (decoded, line endings normalised, nothing removed), when there are `count`
    of them, as in `text_lines_of`; None when cleaning changed the line count and columns cannot be mapped."""
    lines = decoded.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines if len(lines) == count else None


def raw_index(raw: str, column: int, *, end: bool = False) -> int:
    """The index in the file's (or editor buffer's) line `raw` of `column` of the same line as the linter cleaned
    it: at the character there for a start (dropped characters before it are skipped, not flagged), just after the one
    before it for an end (dropped characters after a flagged word are not flagged either)."""
    if clean_text(raw) == raw:
        return min(max(column, 0), len(raw))
    if end and column <= 0:
        return 0
    kept = 0
    for index, char in enumerate(raw):
        if not clean_text(char):
            continue
        if not end and kept == column:
            return index
        kept += 1
        if end and kept == column:
            return index + 1
    return len(raw)


def _header_line(lines: list[str], name: str) -> int | None:
    """The 1-based line of header field `name` in the message's header block (up to the first blank line)."""
    wanted = name.lower() + ":"
    for number, line in enumerate(lines, 1):
        if not line.strip():
            return None
        if line.lower().startswith(wanted):
            return number
    return None


_MIN_NEEDLE = 3
"""Characters a piece of the reply must have to be looked for in the file: "!" or "a" is found anywhere."""
_SCAN_BUDGET = 50_000_000
"""Characters of the body all searches together may read: many findings in a huge HTML file are placed as far as
this goes and the rest keep their position in the reply's text, so placing stays linear in the file's size."""


def place_by_text(
    findings: Sequence[Finding], text: str, raw: bytes | str, *, has_headers: bool = False
) -> list[Finding]:
    """The findings `with_file_positions` could not place, placed where their text is found in the file.

    A reply made from HTML or with joined lines (format=flowed) has lines that are not the file's lines, yet its
    words are usually in the file: "Your order shipped!!!" is inside `<p>Your order shipped!!!</p>`. A finding is
    placed when its reply line, or the part of that line up to or from the flagged text, or the flagged text
    itself, occurs exactly once in the file's body; otherwise (a base64 or quoted-printable body, text split by
    tags or entities) it keeps its position in the reply's text, which every output says is what it is.
    Cost: each distinct piece is searched for once, and all searches together read at most `_SCAN_BUDGET`
    characters.
    """
    if all(f.file_line is not None or f.start >= f.end for f in findings):
        return list(findings)
    lines = text_lines_of(raw)
    first = lines.index("") + 1 if has_headers and "" in lines else 0
    body = without_no_break_spaces("\n".join(lines[first:]))
    search = _Search(body)
    starts: list[int] = []
    out = []
    for f in findings:
        placeable = f.file_line is None and f.start < f.end and f.location.kind == "text"
        found = _find_once(search, text, f.start, f.end) if placeable else None
        if found is None:
            out.append(f)
            continue
        if not starts:
            starts = [0, *(i + 1 for i, line in _line_ends(body))]
        row = bisect.bisect_right(starts, found) - 1
        out.append(dataclasses.replace(f, file_line=first + row + 1, file_column=found - starts[row] + 1))
    return out


def _line_ends(body: str) -> Iterator[tuple[int, str]]:
    """(offset, "\n") for each line break of `body`, found by C (str.find), not by a Python loop per character."""
    at = body.find("\n")
    while at >= 0:
        yield at, "\n"
        at = body.find("\n", at + 1)


class _Search:
    """Where a piece occurs in the body if exactly once, remembered per piece, within the scan budget."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.left = _SCAN_BUDGET
        self.seen: dict[str, int | None] = {}

    def once(self, needle: str) -> int | None:
        if needle in self.seen:
            return self.seen[needle]
        if self.left < 2 * len(self.body):
            return None  # over budget: not remembered, so nothing claims the piece is absent
        self.left -= 2 * len(self.body)
        at = self.body.find(needle)
        found = at if at >= 0 and self.body.find(needle, at + 1) < 0 else None
        self.seen[needle] = found
        return found


def _find_once(search: _Search, text: str, start: int, end: int) -> int | None:
    """The body offset of text[start] when a piece of its line around it occurs in the body exactly once."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    stop = min(end, line_end)
    for first, last in ((line_start, line_end), (line_start, stop), (start, line_end), (start, stop)):
        left, right = first, last
        while left < start and text[left] in " \t":
            left += 1
        while right > max(left, stop) and text[right - 1] in " \t":
            right -= 1
        needle = text[left:right]
        if len(needle.strip()) < _MIN_NEEDLE:
            continue
        at = search.once(needle)
        if at is not None:
            return at + start - left
    return None
