"""The report in a real browser: it renders, the console stays empty, and the page requests nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from replylint.auditing.outputs import render_html
from tests.audit.browser import chromium, inspect


@pytest.mark.skipif(chromium() is None, reason="Chromium is not installed (apt-get install chromium)")
def test_report_renders_offline_without_console_errors(tmp_path: Path) -> None:
    import json

    # audit.json of the bundled samples, with a hostile subject and reply text added to the drill-down
    doc: dict[str, Any] = json.loads((Path(__file__).parent / "report-fixture.json").read_text(encoding="utf-8"))
    page = tmp_path / "report.html"
    page.write_text(render_html(doc), encoding="utf-8")
    seen = inspect(page.as_uri(), screenshot=tmp_path / "shot.png")
    assert seen["svg"] >= 5 and seen["tables"] >= 5 and seen["scripts"] == 0
    assert seen["requests"] == [] and seen["console"] == [] and seen["exceptions"] == []
    assert [e for e in seen["log"] if e.get("level") in ("error", "warning")] == []
    assert (tmp_path / "shot.png").stat().st_size > 10_000
