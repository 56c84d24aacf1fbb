"""The documentation site builds offline with warnings as errors, and its worked example matches the files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from replylint.docs import write_all_docs
from replylint.registry import discover

REPO = Path(__file__).resolve().parents[1]


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="mkdocs is not installed (it is in the test, docs and dev extras)")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    # The rule pages are generated; build with fresh ones (test_docs_fresh checks the committed ones are fresh).
    write_all_docs(tmp_path / "docs" / "rules", discover().classes())
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(tmp_path / "mkdocs.yml"),
            "-d",
            str(tmp_path / "site"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    site = tmp_path / "site"
    for page in (
        "index.html",
        "cli/index.html",
        "configuration/index.html",
        "api/index.html",
        "pytest/index.html",
        "hooks/index.html",
        "helpdesk/index.html",
        "writing-rules/index.html",
        "rules/index.html",
        "rules/greeting-name/index.html",
        "ru/rules/index.html",
        "uk/rules/greeting-name/index.html",
    ):
        assert (site / page).is_file(), page
    assert "set sendmail=" in (site / "hooks" / "index.html").read_text(encoding="utf-8")


def test_the_worked_plugin_example_in_the_docs_is_the_real_package() -> None:
    page = (REPO / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    shown = re.findall(r"\*\*`(examples/[^`]+)`\*\*\n\n```[a-z]*\n(.*?)\n```\n", page, re.DOTALL)
    assert {name for name, _ in shown} == {
        "examples/replylint-plugin-example/pyproject.toml",
        "examples/replylint-plugin-example/src/replylint_plugin_example/internal_link.py",
        "examples/replylint-plugin-example/tests/test_internal_link.py",
    }
    for name, content in shown:
        assert content + "\n" == (REPO / name).read_text(encoding="utf-8"), f"writing-rules.md shows a stale {name}"


def test_the_hook_docs_show_the_shipped_git_hook() -> None:
    page = (REPO / "docs" / "hooks.md").read_text(encoding="utf-8")
    block = re.search(r"Its working part:\n\n```sh\n(.*?)\n```", page, re.DOTALL)
    assert block is not None
    hook = (REPO / "replylint" / "examples" / "sendemail-validate").read_text(encoding="utf-8")
    assert block.group(1) in hook
