"""benchmarks/ab.py exports the old code where a worker imports it by the names the installed package uses."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs the git checkout")
def test_export_lays_out_replylint_and_its_rules_as_imported(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("benchmarks_ab", ROOT / "benchmarks" / "ab.py")
    assert spec is not None and spec.loader is not None
    ab = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ab)
    ab.export("HEAD", tmp_path)
    assert (tmp_path / "replylint" / "__init__.py").is_file()
    assert (tmp_path / "replylint_rules" / "__init__.py").is_file()
    assert not (tmp_path / "rules").exists()
