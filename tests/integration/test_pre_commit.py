"""The repository's .pre-commit-hooks.yaml, run by pre-commit itself on a repository of templates.

The hook definition is used as published, inside a `repo: local` entry (pre-commit copies a hook's id, entry,
language, files and exclude from there): `language: python` builds pre-commit's own environment without the
network, and the `replylint` of this test's environment is found on PATH, so the test runs offline. What a
consumer gets from `repo: https://...` is the same definition with replylint installed into that environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml", reason="pre-commit (and its PyYAML) is in the test extras")

ROOT = Path(__file__).resolve().parents[2]
BAD = "Hi,\n\nYour order shipped today and will arrive on Friday.\n\nBye!\nAnna\n"
GOOD = "Hi,\n\nYour order shipped today and will arrive on Friday.\n\nKind regards,\nAnna\n"


def _pre_commit() -> str:
    found = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    if found is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]' installs it)")
    return found


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.com",
        },
    )


def _run(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(
        [_pre_commit(), "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [hook] = [h for h in hooks if h["id"] == "replylint"]
    assert hook["language"] == "python"
    repo = tmp_path / "templates-repo"
    (repo / "replies").mkdir(parents=True)
    _git(repo, "init", "-q")
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "replies" / "shipped.txt").write_text(BAD, encoding="utf-8")
    # A template's sample customer message is not a reply: the hook's `exclude` leaves it out.
    (repo / "replies" / "shipped.original.txt").write_text("where is my order?? bye!!!\n", encoding="utf-8")
    (repo / "notes.py").write_text("print('not a template')\n", encoding="utf-8")
    # The repository's own README is Markdown but not a reply: the hook's exclude leaves it out (else the run
    # below that expects a pass once the template is fixed would fail on it).
    (repo / "README.md").write_text("Our support macros.\n", encoding="utf-8")
    _git(repo, "add", "-A")
    return repo


def test_the_hook_fails_a_bad_template_and_passes_it_once_fixed(repo: Path, tmp_path: Path) -> None:
    result = _run(repo, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "replies/shipped.txt:5:1: warning familiar-tone" in output
    assert "shipped.original.txt" not in output and "notes.py" not in output
    (repo / "replies" / "shipped.txt").write_text(GOOD, encoding="utf-8")
    _git(repo, "add", "-A")
    result = _run(repo, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
