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
from collections.abc import Sequence

from replylint.engine import INVALID_SUPPRESSION
from replylint.model import Finding
from replylint.parsing.coerce import NO_BREAK_SPACES, clean_text, decode_bytes


def text_lines_of(raw: bytes | str) -> list[str]:
    """A file's lines as the linter reads text: decoded, line endings and stray controls normalised."""
    return clean_text(raw if isinstance(raw, str) else decode_bytes(raw)[0]).split("\n")


def match_lines(text: str, lines: Sequence[str]) -> list[int] | None:
    """For each line of `text`, the 1-based number of the line of `lines` it is, matched in order; None when one
    is missing. Trailing spaces and no-break spaces do not count (the linter's text has them as plain spaces)."""
    positions: dict[str, list[int]] = {}
    for number, line in enumerate(lines, 1):
        positions.setdefault(line.translate(NO_BREAK_SPACES).rstrip(), []).append(number)
    mapped: list[int] = []
    after = 0
    for line in text.split("\n"):
        # perf: the next occurrence by bisection over where each line occurs, not a scan of the file per line
        found = positions.get(line.translate(NO_BREAK_SPACES).rstrip(), [])
        k = bisect.bisect_right(found, after)
        if k == len(found):
            return None
        after = found[k]
        mapped.append(after)
    return mapped


def file_lines(text: str, raw: bytes | str) -> list[int] | None:
    """For each line of `text`, the 1-based line of the file (`raw`) it came from, or None if one is missing."""
    return match_lines(text, text_lines_of(raw))


def directive_line(lines: Sequence[str], line: int, previous: int, first: int = 1) -> int:
    """Where a finding about a malformed suppression directive belongs: the directive was removed from the text,
    so the finding sits at the start of the next kept line (`line`); the nearest line above it and below
    `previous` that names replylint is the directive. `lines` hold the file from its line `first` on."""
    for candidate in range(line - 1, previous, -1):
        index = candidate - first
        if 0 <= index < len(lines) and "replylint" in lines[index].lower():
            return candidate
    return line


def with_file_positions(findings: Sequence[Finding], text: str, raw: bytes | str) -> list[Finding]:
    """The findings with `file_line`/`file_column` set, when the text's lines can be placed in the file.

    A finding about a malformed suppression directive is moved back onto the directive's own line (see
    `directive_line`). A finding about a header field (location kind "header") is placed on that header's line,
    which is what an editor should open; when the file has no such line it is placed like any other finding.
    """
    lines = text_lines_of(raw)
    table = match_lines(text, lines)
    out = []
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
            line = directive_line(lines, line, table[f.line - 2] if f.line > 1 else 0)
        out.append(dataclasses.replace(f, file_line=line, file_column=f.column))
    return out


def _header_line(lines: list[str], name: str) -> int | None:
    """The 1-based line of header field `name` in the message's header block (up to the first blank line)."""
    wanted = name.lower() + ":"
    for number, line in enumerate(lines, 1):
        if not line.strip():
            return None
        if line.lower().startswith(wanted):
            return number
    return None
