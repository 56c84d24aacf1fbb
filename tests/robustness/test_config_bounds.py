"""Configuration discovery reads only replylint's tables, within bounds; anything else is a one-line error.

Regression tests for issue 12, items 6 and 10: another tool's pyproject.toml above the working directory must not
matter however it is written; our own tables that are pathological, and config paths that are not regular
files, give a ConfigError (exit 2 on the command line, one line, no traceback), fast.
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from replylint.cli import main
from replylint.config import find_config, load_config
from replylint.errors import ConfigError
from replylint.registry import discover

REG = discover()
REPLY = "Hello Anna,\n\nYour parcel left our warehouse today and should arrive on Thursday.\n\nBest,\nTom\n"


def _foreign(tmp_path: Path, content: bytes) -> Path:
    """A project whose pyproject.toml holds `content` (another tool's), with a reply one folder below."""
    (tmp_path / "pyproject.toml").write_bytes(content)
    inner = tmp_path / "sub"
    inner.mkdir()
    reply = inner / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    return reply


FOREIGN = {
    "invalid-utf8-in-another-table": b'[tool.black]\nline-length = 80\ncomment = "\xff\xfe"\n',
    "utf16-file": "[tool.black]\nline-length = 80\n".encode("utf-16"),
    "deep-brackets": b"[tool.other]\nx = " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "long-dotted-key": b"[tool.other]\n" + b".".join([b"a"] * 100_000) + b" = 1\n",
    "invalid-toml": b"[tool.other\nx = = 1\n",
    "header-text-inside-a-string": b'[tool.other]\ndoc = """\n[tool.replylint]\nfail-on = "bogus"\n"""\n',
}


@pytest.mark.parametrize("content", FOREIGN.values(), ids=FOREIGN.keys())
def test_another_tools_pyproject_is_never_parsed_as_ours(tmp_path: Path, content: bytes) -> None:
    reply = _foreign(tmp_path, content)
    started = time.monotonic()
    assert find_config(reply) is None
    assert time.monotonic() - started < 5
    err = io.StringIO()
    assert main(["check", "--select", "length", str(reply)], stdout=io.StringIO(), stderr=err) == 0, err.getvalue()


def test_a_huge_sparse_pyproject_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    with path.open("wb") as fh:
        fh.truncate(1 << 30)  # 1 GB of holes: nothing on disk, everything in a naive read
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    started = time.monotonic()
    err = io.StringIO()
    assert main(["check", str(reply)], stdout=io.StringIO(), stderr=err) == 2
    assert time.monotonic() - started < 30
    [line] = err.getvalue().splitlines()
    assert "pyproject.toml is over 1,048,576 bytes" in line


OURS = {
    "deep-brackets": (
        b"[tool.replylint]\nselect = " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "line 2: nested more than 32 levels deep",
    ),
    "long-dotted-key": (
        b"[tool.replylint]\n" + b".".join([b"a"] * 100_000) + b" = 1\n",
        "line 2: a dotted key of more than 16 parts",
    ),
    "long-table-name": (
        b"[tool.replylint." + b".".join([b"a"] * 100_000) + b"]\n",
        "line 1: a table name of more than 16 parts",
    ),
    "invalid-utf8": (b'[tool.black]\nx = 1\n[tool.replylint]\nfail-on = "\xff"\n', "line 4: not UTF-8 text"),
    "invalid-toml": (b"[tool.black]\nx = 1\n\n[tool.replylint]\nfail-on = \n", "invalid TOML"),
}


@pytest.mark.parametrize("content, message", OURS.values(), ids=OURS.keys())
def test_pathological_tables_of_ours_are_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    reply = _foreign(tmp_path, content)
    started = time.monotonic()
    with pytest.raises(ConfigError, match=None) as info:
        load_config(start=reply, registry=REG)
    assert message in str(info.value)
    assert time.monotonic() - started < 5
    err = io.StringIO()
    assert main(["check", str(reply)], stdout=io.StringIO(), stderr=err) == 2
    [line] = err.getvalue().splitlines()
    assert line.startswith("replylint: error: ") and message in line


def test_invalid_toml_errors_point_at_the_files_own_lines(tmp_path: Path) -> None:
    reply = _foreign(
        tmp_path,
        b"[tool.black]\na = 1\nb = 2\n\n[tool.replylint]\nfail-on = 'error'\nselect = [1 2]\n[tool.other]\nc = 3\n",
    )
    with pytest.raises(ConfigError, match=r"line 7"):
        load_config(start=reply, registry=REG)


def test_our_tables_are_read_around_other_tools(tmp_path: Path) -> None:
    reply = _foreign(
        tmp_path,
        (
            b'[tool.replylint]\nfail-on = "error"\n\n[tool.black]\nline-length = 80\nx = """\n[tool.replylint]\n"""\n'
            b'[tool.replylint.severity]\nlength = "info"\n[[tool.other.items]]\nname = "\xff"\n'
        ),
    )
    config = load_config(start=reply, registry=REG)
    assert str(config.fail_on) == "error" and str(config.severity["length"]) == "info"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_config_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "replylint.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(ConfigError, match="is a FIFO"):
        load_config(fifo)
    with pytest.raises(ConfigError, match="is a FIFO"):  # found by discovery too, not skipped or waited for
        load_config(start=tmp_path)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("target, kind", [("/dev/zero", "a device"), ("/", "a directory")])
def test_a_device_or_directory_as_config_file_is_refused(tmp_path: Path, target: str, kind: str) -> None:
    if not Path(target).exists():
        pytest.skip(f"{target} does not exist here")
    link = tmp_path / "replylint.toml"
    link.symlink_to(target)
    with pytest.raises(ConfigError, match=f"is {kind}, not a configuration file"):
        load_config(link)
    err = io.StringIO()
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    assert main(["check", "--config", str(link), str(reply)], stdout=io.StringIO(), stderr=err) == 2
    assert len(err.getvalue().splitlines()) == 1


def test_a_symlink_loop_is_an_error_not_a_crash(tmp_path: Path) -> None:
    loop = tmp_path / "loop.toml"
    loop.symlink_to(tmp_path / "loop.toml")
    with pytest.raises(ConfigError, match="loop of symbolic links"):
        load_config(loop)
    reply_loop = tmp_path / "reply.txt"
    reply_loop.symlink_to(tmp_path / "reply.txt")
    assert find_config(reply_loop) is None
    err = io.StringIO()
    assert main(["check", str(reply_loop)], stdout=io.StringIO(), stderr=err) == 2
    [line] = err.getvalue().splitlines()
    assert line.startswith("replylint: error: ")
