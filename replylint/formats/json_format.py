"""JSON output: a list of `Report.to_dict()` objects (schema version inside each), stable key order."""

from __future__ import annotations

from collections.abc import Sequence

from replylint.formats.safe import json_text
from replylint.model import Report


def render(reports: Sequence[Report], **_: object) -> str:
    return json_text([r.to_dict() for r in reports]) + "\n"
