"""GitHub Actions workflow commands, so findings show up as annotations on a pull request's files."""

from __future__ import annotations

from collections.abc import Sequence

from replylint.formats.safe import terminal_safe
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
            props = (f"file={_escape_property(terminal_safe(report.source))},line={f.position[0]},col={f.position[1]},"
                     f"title={_escape_property(f.rule)}")
            out.append(f"::{_LEVEL[f.severity]} {props}::{_escape_data(terminal_safe(f.message))}")
    return "\n".join(out) + ("\n" if out else "")
