"""The project's own standards, checked where CI checks everything: strict typing, lint rules, complexity.

They run as tests so that a fresh clone that passes `pytest` also passes `mypy` (strict, from pyproject.toml),
`ruff check` (which includes the complexity limit of 15) and `ruff format --check`; a type, lint or format error
then fails CI instead of waiting for someone to run the tools by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / "pyproject.toml").is_file(), reason="not a checkout")
def test_mypy_strict_is_clean() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(not (ROOT / "pyproject.toml").is_file(), reason="not a checkout")
def test_ruff_check_is_clean() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(not (ROOT / "pyproject.toml").is_file(), reason="not a checkout")
def test_ruff_format_is_the_formatting() -> None:
    """`ruff format` is the formatter: a file it would change fails here, so style is never a review topic."""
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
