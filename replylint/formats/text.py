"""Text output like established linters: `path:line:col: severity rule-id message`, colour only on a terminal.

With `show_source`, each finding is followed by the line it is on and a caret under the flagged text, as ruff
and rustc print them: the file's own line when the finding could be placed in the file, else the line of the
reply's text (the position then says "in the reply's text").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from replylint.formats.safe import terminal_safe
from replylint.i18n import ntr, tr
from replylint.model import Finding, Report, Severity

_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
_WINDOW = 100
"""Characters of a long line shown around the flagged text (an HTML mail may be one line of 50 KB)."""
_BEFORE = 30


def render(
    reports: Sequence[Report],
    *,
    color: bool = False,
    show_source: bool = False,
    summary: bool = True,
    sources: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """`sources` holds each report's file lines (by `Report.source`) for `show_source`; without a report's lines,
    the excerpt comes from the reply's text, with the text's own line number."""
    lines: list[str] = []
    total = 0
    for report in reports:
        lang = report.message_language
        source = terminal_safe(report.source)
        file_lines = (sources or {}).get(report.source)
        text_lines: list[str] | None = None
        for f in sorted(report.findings, key=lambda f: f.position):  # stable: equal positions keep their order
            total += 1
            sev = str(f.severity)
            rule = f.rule
            if color:
                sev = f"{_COLOURS[f.severity]}{sev}{_RESET}"
                rule = f"{_BOLD}{rule}{_RESET}"
            if f.file_line is not None:
                where = f"{source}:{f.file_line}:{f.file_column}"
            else:
                # No honest line in the file (an encoded or HTML body, a string): a `path:line:col` here would
                # send an editor to the wrong place, so the position is given in the reply's own text.
                where = tr(lang, "{source} (in the reply's text, {line}:{column})").format(
                    source=source, line=f.line, column=f.column
                )
            lines.append(f"{where}: {sev} {rule} {terminal_safe(f.message)}")
            if show_source:
                if text_lines is None:
                    text_lines = report.text.split("\n")
                if f.location.kind == "signature":
                    lines.extend(_signature_excerpt(f, report.signature or "", file_lines, color))
                else:
                    lines.extend(_excerpt(f, report.text, file_lines, text_lines, color))
                if f.suggestion:
                    label = tr(lang, "suggestion")
                    lines.append(f"    = {label}: {terminal_safe(f.suggestion)}")
    if summary:
        files = len(reports)
        languages = {r.message_language for r in reports}
        lang = languages.pop() if len(languages) == 1 else "en"  # replies linted with "auto" may differ
        findings = ntr(lang, "{count} finding", "{count} findings", total).format(count=total)
        replies = ntr(lang, "{count} reply", "{count} replies", files).format(count=files)
        lines.append(tr(lang, "{findings} in {replies}").format(findings=findings, replies=replies))
    return "\n".join(lines) + ("\n" if lines else "")


def _excerpt(
    f: Finding, text: str, file_lines: Sequence[str] | None, text_lines: Sequence[str], color: bool
) -> list[str]:
    """The finding's line, numbered, with carets under the flagged text; nothing for a finding about the whole
    reply that no line stands for."""
    if f.file_line is not None and file_lines is not None and 0 < f.file_line <= len(file_lines):
        number, line, column = f.file_line, file_lines[f.file_line - 1], (f.file_column or 1)
    elif f.file_line is None and f.end > f.start and 0 < f.line <= len(text_lines):
        number, line, column = f.line, text_lines[f.line - 1], f.column
    else:
        return []
    if f.end > f.start:
        # a span over several lines is marked to its line's end (and no more of a long span is read than that)
        flagged = text[f.start : min(f.end, f.start + len(line) + 1)].split("\n", 1)[0]
        length = max(1, min(len(flagged), len(line) - column + 1))
    else:
        length = max(1, len(line.rstrip()) - column + 1)  # a header line stands for the whole finding
    return _marked(str(number), line, column, length, severity=f.severity, color=color)


def _signature_excerpt(f: Finding, signature: str, file_lines: Sequence[str] | None, color: bool) -> list[str]:
    """The signature's flagged line: the block is not part of the reply's text, so the line shown is its own,
    numbered as in the file when that exact line is found there (the last such line, as signatures come last)."""
    start, end = f.location.start, f.location.end
    if not 0 <= start < len(signature):
        return []
    line_start = signature.rfind("\n", 0, start) + 1
    line_end = signature.find("\n", start)
    line_end = len(signature) if line_end < 0 else line_end
    line = signature[line_start:line_end]
    label = "~"
    if file_lines is not None:
        for number in range(len(file_lines), 0, -1):
            if file_lines[number - 1].rstrip("\r") == line:
                label = str(number)
                break
    length = max(1, min(end, line_end) - start)
    return _marked(label, line, start - line_start + 1, length, severity=f.severity, color=color)


def _marked(label: str, line: str, column: int, length: int, *, severity: Severity, color: bool) -> list[str]:
    """A numbered line with carets under `length` characters from `column`, windowed around them."""
    begin = column - 1
    lo = max(0, begin - _BEFORE) if len(line) > _WINDOW else 0
    hi = min(len(line), max(lo + _WINDOW, begin + length)) if len(line) > _WINDOW else len(line)
    head = ("…" if lo else "") + line[lo:begin]
    marked = line[begin : begin + length]
    tail = line[begin + length : hi] + ("…" if hi < len(line) else "")
    shown = terminal_safe(head) + terminal_safe(marked) + terminal_safe(tail)
    carets = " " * _width(terminal_safe(head)) + "^" * max(1, _width(terminal_safe(marked)))
    gutter = " " * len(label)
    dim, reset = (_DIM, _RESET) if color else ("", "")
    red = _COLOURS[severity] if color else ""
    return [
        f"{gutter} {dim}|{reset}",
        f"{label} {dim}|{reset} {shown.rstrip()}",
        f"{gutter} {dim}|{reset} {red}{carets}{reset}",
    ]


def _width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
