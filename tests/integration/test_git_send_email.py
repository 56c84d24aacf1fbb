"""The `sendemail-validate` recipe, run by a real `git send-email` that delivers to a local sink program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import replylint

HOOK = Path(replylint.__file__).resolve().parent / "examples" / "sendemail-validate"
GIT = shutil.which("git")


def _send_email_installed() -> bool:
    if GIT is None:
        return False
    exec_path = subprocess.run([GIT, "--exec-path"], capture_output=True, text=True, check=False).stdout.strip()
    return (Path(exec_path) / "git-send-email").is_file()


pytestmark = pytest.mark.skipif(
    not _send_email_installed(),
    reason="git send-email is not installed; .ci/run installs it with apt-get (apt-get install git-email), "
    "which was unavailable or failed here",
)

GOOD = """\
From: Support <support@example.com>
To: anna@example.com
Subject: Re: Where is my order 48213?

Hello Anna,

Your order 48213 left our warehouse today and should arrive on Thursday.

Best regards,
Tom
"""

BAD = GOOD.replace("Your order 48213 left our warehouse today and should arrive on Thursday.\n\n", "").replace(
    "Best regards,\nTom\n", "Done.\n"
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    hooks = repo / ".git" / "hooks"
    shutil.copy(HOOK, hooks / "sendemail-validate")
    (hooks / "sendemail-validate").chmod(0o755)
    (repo / "replylint.toml").write_text('select = ["length", "subject-missing"]\n', encoding="utf-8")
    (tmp_path / "sink.sh").write_text(f'#!/bin/sh\ncat > "{tmp_path}/sent.eml"\n', encoding="utf-8")
    (tmp_path / "sink.sh").chmod(0o755)
    return repo


def _send(repo: Path, message: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    path = repo.parent / "message.eml"
    path.write_text(message, encoding="utf-8")
    bin_dir = str(Path(sys.executable).parent)
    if shutil.which("replylint", path=bin_dir) is None:
        pytest.skip(f"the replylint command is not installed next to {sys.executable}")
    environ = {k: v for k, v in os.environ.items() if k != "REPLYLINT_SKIP"}
    environ.update(
        {
            "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
            "GIT_AUTHOR_NAME": "T",
            "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "T",
            "GIT_COMMITTER_EMAIL": "t@example.com",
            **(env or {}),
        }
    )
    return subprocess.run(
        [
            "git",
            "send-email",
            "--confirm=never",
            "--quiet",
            "--from=support@example.com",
            "--to=anna@example.com",
            f"--smtp-server={repo.parent / 'sink.sh'}",
            str(path),
        ],
        cwd=repo,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        check=False,
    )


def test_a_good_reply_is_sent(repo: Path) -> None:
    done = _send(repo, GOOD)
    assert done.returncode == 0, done.stderr
    assert "Your order 48213 left our warehouse today" in (repo.parent / "sent.eml").read_text(encoding="utf-8")


def test_a_bad_reply_is_rejected_before_anything_is_sent(repo: Path) -> None:
    done = _send(repo, BAD)
    assert done.returncode != 0
    assert "replylint: not sent" in done.stderr and "length" in done.stderr
    assert "rejected by sendemail-validate hook" in done.stderr
    assert not (repo.parent / "sent.eml").exists()


def test_the_override_lets_it_through(repo: Path) -> None:
    done = _send(repo, BAD, env={"REPLYLINT_SKIP": "1"})
    assert done.returncode == 0, done.stderr
    assert (repo.parent / "sent.eml").exists()
