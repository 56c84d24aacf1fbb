"""SARIF 2.1.0, the format code-scanning dashboards read; one run, rules described in the driver."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from replylint.formats.safe import json_text
from replylint.i18n import rule_rationale, rule_summary, tr
from replylint.model import Finding, Report, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(reports: Sequence[Report], *, rules: Sequence[Any] = (), **_: object) -> str:
    from replylint import __version__

    # SARIF's run.language is the language of the run's messages; replies linted with "auto" may differ, and then
    # each result says its own (properties.message_language) and the rule descriptions stay English.
    languages = {r.message_language for r in reports}
    run_language = languages.pop() if len(languages) == 1 else None
    described_in = run_language or "en"
    rule_ids = sorted({f.rule for r in reports for f in r.findings} | {getattr(c, "id", "") for c in rules} - {""})
    described = {c.id: c for c in rules}
    driver_rules = []
    for rid in rule_ids:
        entry: dict[str, Any] = {"id": rid}
        cls = described.get(rid)
        if cls is not None:
            summary = rule_summary(described_in, cls)
            entry["shortDescription"] = {"text": summary}
            entry["fullDescription"] = {"text": rule_rationale(described_in, cls) or summary}
            entry["defaultConfiguration"] = {"level": _LEVEL[cls.severity]}
            entry["helpUri"] = f"https://replylint.readthedocs.io/en/latest/rules/{rid}/"
        driver_rules.append(entry)
    index = {rid: i for i, rid in enumerate(rule_ids)}
    results = []
    for report in reports:
        for f in report.findings:
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [_location(report, f)],
                "properties": {
                    "data": dict(f.data),
                    "message_language": report.message_language,
                    "location": f.location.to_dict(),
                },
            }
            if f.suggestion:
                result["properties"]["suggestion"] = f.suggestion
            results.append(result)
    doc: dict[str, Any] = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "replylint",
                        "version": __version__,
                        "informationUri": "https://github.com/replylint/replylint",
                        "rules": driver_rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    if run_language is not None:
        doc["runs"][0]["language"] = run_language
    return json_text(doc) + "\n"


def _location(report: Report, f: Finding) -> dict[str, Any]:
    """The file and, when the finding could be placed in it, the region; otherwise no region (a line of the
    reply's text is not a line of the file, and a viewer would highlight the wrong one) but a location message
    giving the position in the reply's text, as the text output does."""
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(report.source)}}
    location: dict[str, Any] = {"physicalLocation": physical}
    if f.file_line is not None:
        physical["region"] = {"startLine": f.file_line, "startColumn": f.file_column or 1}
    else:
        where = tr(report.message_language, "in the reply's text, line {line}, column {column}")
        location["message"] = {"text": where.format(line=f.line, column=f.column)}
        location["properties"] = {"textLine": f.line, "textColumn": f.column}
    return location


def _uri(source: str) -> str:
    """An artifact URI: absolute paths as file:// URIs (SARIF viewers resolve nothing else), relative ones as
    relative references with "/" separators, "<stdin>" and other pseudo-sources by name.

    Only a drive letter or a backslash makes a path Windows-style: "//tmp/x" is a POSIX path, not a UNC share.
    Undecodable bytes kept in a file name (surrogate escapes) are percent-encoded as the bytes they were.
    """
    if source.startswith("<"):
        return "stdin" if source == "<stdin>" else source.strip("<>")
    import re
    from pathlib import PureWindowsPath
    from urllib.parse import quote

    if re.match(r"[A-Za-z]:[\\/]|\\\\", source):
        return PureWindowsPath(source).as_uri()
    if source.startswith("/"):
        return "file://" + quote("/" + source.lstrip("/"), errors="surrogateescape")
    return quote(source.replace("\\", "/"), errors="surrogateescape")
