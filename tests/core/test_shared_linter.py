"""`replylint.lint()` reuses a Linter between calls with equal arguments, and nothing leaks between them."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import replylint
from replylint import api, registry
from replylint.config import Config

LONG = "Hi Anna,\n\n" + "We have checked your order and it is on its way to you now. " * 8 + "\n\nBest,\nBob"


def test_equal_arguments_share_one_linter() -> None:
    first = api._shared_linter({"max-bytes": 100_000}, None, ["length"])
    assert api._shared_linter({"max-bytes": 100_000}, None, ["length"]) is first
    assert api._shared_linter({"max-bytes": 100_001}, None, ["length"]) is not first
    assert api._shared_linter({"max-bytes": 100_000}, None, ["pushy"]) is not first


def test_different_configs_give_their_own_results() -> None:
    loose = replylint.lint(LONG, select=["length"], options={"length": {"max-words": 500}})
    tight = replylint.lint(LONG, select=["length"], options={"length": {"max-words": 20}})
    again = replylint.lint(LONG, select=["length"])
    assert not loose.findings and tight.findings
    assert again.findings == replylint.Linter(select=["length"]).lint(LONG).findings


def test_config_objects_are_matched_by_identity() -> None:
    a, b = Config(select=("length",)), Config(select=("length",))
    assert api._shared_linter(a, None, None) is api._shared_linter(a, None, None)
    assert api._shared_linter(a, None, None) is not api._shared_linter(b, None, None)


def test_a_config_file_is_read_on_every_call(tmp_path: Path) -> None:
    path = tmp_path / "replylint.toml"
    path.write_text('select = ["length"]\n', encoding="utf-8")
    assert api._shared_linter(path, None, None) is not api._shared_linter(path, None, None)


def test_unkeyable_arguments_still_lint() -> None:
    report = replylint.lint(
        "Hi Anna,\n\nThanks.\n\nBob", config={"max-bytes": 100_000, "language": "en"}, select=iter(["length"])
    )
    assert report.language == "en"


def test_errors_are_not_cached() -> None:
    for _ in range(2):
        with pytest.raises(replylint.ConfigError):
            replylint.lint("Hi", config={"no-such-key": 1})


def test_the_installed_registry_is_reread_when_sys_path_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = registry.installed()
    assert registry.installed() is before
    monkeypatch.syspath_prepend(str(tmp_path))
    assert registry.installed() is not before


def test_a_distribution_installed_into_a_folder_on_the_path_is_seen_once_the_times_are_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    before = registry.installed()
    assert registry.installed() is before  # within RECHECK_SECONDS: the folders' times are trusted
    info = tmp_path / "late_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: late-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\nlate-rule = late_plugin:Rule\n", encoding="utf-8")
    os.utime(tmp_path, ns=(0, 10**18))  # the folder's time changes, as an install changes it, whatever the clock
    monkeypatch.setattr(registry, "RECHECK_SECONDS", 0.0)
    after = registry.installed()
    assert after is not before
    assert "late-rule" in after and "late-rule" not in before


def test_the_folders_are_not_read_again_within_the_recheck_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    registry.installed()
    reads: list[int] = []
    real = registry._path_state

    def counted() -> tuple[tuple[str, int | None], ...]:
        reads.append(1)
        return real()

    monkeypatch.setattr(registry, "_path_state", counted)
    monkeypatch.setattr(registry, "RECHECK_SECONDS", 3600.0)
    registry.installed()  # may read once (the entry before may have been for another path)
    reads.clear()
    for _ in range(5):
        registry.installed()
    assert reads == []
    monkeypatch.setattr(registry, "RECHECK_SECONDS", 0.0)
    registry.installed()
    assert reads == [1]


def test_threads_share_the_linter_safely() -> None:
    expected = replylint.Linter().lint(LONG).findings
    results: list[object] = []

    def work() -> None:
        results.extend(replylint.lint(LONG).findings == expected for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 20
