"""GitHub Actions workflow commands, so findings show up as annotations on a pull request's files."""

from __future__ import annotations

from collections.abc import Sequence

from replylint.formats.safe import terminal_safe
from replylint.i18n import tr
from replylint.model import Report, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(reports: Sequence[Report], **_: object) -> str:
    out = []
    for report in reports:
        for f in report.findings:
            message = f.message
            if f.file_line is not None:
                where = f"line={f.file_line},col={f.file_column or 1},"
            else:
                # A line of the reply's text is not a line of the file: the annotation goes on the file, and says
                # where in the reply's text, as the text output does.
                where = ""
                message += (
                    " ("
                    + tr(report.message_language, "in the reply's text, line {line}, column {column}").format(
                        line=f.line, column=f.column
                    )
                    + ")"
                )
            props = f"file={_escape_property(terminal_safe(report.source))},{where}title={_escape_property(f.rule)}"
            out.append(f"::{_LEVEL[f.severity]} {props}::{_escape_data(terminal_safe(message))}")
    return "\n".join(out) + ("\n" if out else "")
