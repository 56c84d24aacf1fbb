"""Text output like established linters: `path:line:col: severity rule-id message`, colour only on a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from replylint.formats.safe import terminal_safe
from replylint.i18n import ntr, tr
from replylint.model import Report, Severity

_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render(reports: Sequence[Report], *, color: bool = False, show_source: bool = False,
           summary: bool = True) -> str:
    lines: list[str] = []
    total = 0
    for report in reports:
        lang = report.message_language
        source = terminal_safe(report.source)
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
                    source=source, line=f.line, column=f.column)
            line = f"{where}: {sev} {rule} {terminal_safe(f.message)}"
            lines.append(line)
            flagged = report.flagged(f) if show_source else ""
            if flagged:
                excerpt = terminal_safe(flagged[:160])
                lines.append(f"    {_DIM if color else ''}| {excerpt}{_RESET if color else ''}")
            if show_source and f.suggestion:
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
