"""JSON output: a list of `Report.to_dict()` objects (schema version inside each), stable key order."""

from __future__ import annotations

import json
from collections.abc import Sequence

from replylint.model import Report


def render(reports: Sequence[Report], **_: object) -> str:
    # ensure_ascii keeps control and bidi characters from mail escaped (\u001b) when the JSON is printed.
    return json.dumps([r.to_dict() for r in reports], ensure_ascii=True, indent=2) + "\n"
