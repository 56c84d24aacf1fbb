"""The server's scheduling and configuration handling, without a client: coalescing, throttling, closing while a
lint runs, one Linter per configuration reused until the file changes, the main-thread worker.

tests/integration/test_lsp.py drives the whole server over stdio; these pin down the timing rules that a client
cannot observe reliably.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the server needs the 'lsp' extra (pygls)")

from lsprotocol import types

from replylint.lsp.server import MainThreadExecutor, Outcome, ReplylintServer, Workbench

URI = "file:///tmp/replylint-test/draft.txt"


class SlowWorkbench(Workbench):
    """Records what it is asked to lint and takes `seconds` over each lint, finding nothing."""

    def __init__(self, seconds: float) -> None:  # no registry: nothing is really linted
        self.seconds = seconds
        self.linted: list[tuple[float, str]] = []

    def lint(self, text: str, path: str | None, encoding: str) -> Outcome:  # type: ignore[override]
        self.linted.append((time.perf_counter(), text))
        time.sleep(self.seconds)
        return Outcome()


def _server(seconds: float, debounce: float) -> tuple[ReplylintServer, SlowWorkbench, list[tuple[float, int | None]]]:
    bench = SlowWorkbench(seconds)
    server = ReplylintServer(concurrent.futures.ThreadPoolExecutor(1), debounce=debounce, workbench=bench)
    published: list[tuple[float, int | None]] = []

    def record(params: types.PublishDiagnosticsParams) -> None:
        published.append((time.perf_counter(), params.version))

    server.text_document_publish_diagnostics = record  # type: ignore[method-assign]
    return server, bench, published


async def _until(condition: object, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        assert time.perf_counter() < deadline, "timed out"
        await asyncio.sleep(0.005)


def test_a_burst_of_changes_is_linted_once_more_with_the_newest_text() -> None:
    server, bench, published = _server(seconds=0.1, debounce=0.05)

    async def scenario() -> None:
        server.open(URI, "v1", 1)
        await _until(lambda: bench.linted)
        for version in range(2, 12):  # ten keystrokes while the first lint runs
            server.change(URI, f"v{version}", version)
        await _until(lambda: any(v == 11 for _, v in published))
        await asyncio.sleep(0.3)  # nothing further may come

    asyncio.run(scenario())
    assert [text for _, text in bench.linted] == ["v1", "v11"]
    assert [v for _, v in published] == [11]  # v1's findings were stale when ready: never shown


def test_a_change_after_a_quiet_spell_is_linted_at_once() -> None:
    server, bench, _ = _server(seconds=0.0, debounce=0.5)

    async def scenario() -> float:
        server.open(URI, "v1", 1)
        await _until(lambda: len(bench.linted) == 1)
        await asyncio.sleep(0.6)  # longer than the debounce: the server is idle
        changed = asyncio.get_running_loop().time()
        server.change(URI, "v2", 2)
        await _until(lambda: len(bench.linted) == 2)
        return server.documents[URI].started - changed  # on the loop's clock: no debounce waited for

    assert asyncio.run(scenario()) < 0.1


def test_changes_faster_than_the_debounce_wait_for_it() -> None:
    server, bench, _ = _server(seconds=0.0, debounce=0.3)

    async def scenario() -> tuple[float, float]:
        server.open(URI, "v1", 1)
        await _until(lambda: len(bench.linted) == 1)
        first = server.documents[URI].started  # the loop's clock when each lint was started
        server.change(URI, "v2", 2)
        server.change(URI, "v3", 3)
        await _until(lambda: len(bench.linted) == 2)
        return first, server.documents[URI].started

    first, second = asyncio.run(scenario())
    assert [text for _, text in bench.linted] == ["v1", "v3"]
    assert second - first >= 0.3 - 0.001


def test_closing_while_a_lint_runs_publishes_nothing_stale() -> None:
    server, bench, published = _server(seconds=0.1, debounce=0.0)

    async def scenario() -> None:
        server.open(URI, "v1", 1)
        await _until(lambda: bench.linted)
        server.close(URI)
        await asyncio.sleep(0.3)

    asyncio.run(scenario())
    assert [v for _, v in published] == [None]  # only the close's empty list
    assert server.current(URI) == ()


def test_one_linter_per_configuration_reused_until_it_changes(tmp_path: Path) -> None:
    bench = Workbench()
    plain = tmp_path / "plain"
    plain.mkdir()
    assert bench.linter_for(plain) is bench.linter_for(plain) is bench.linter_for(None)
    configured = tmp_path / "team" / "drafts"
    configured.mkdir(parents=True)
    config = tmp_path / "team" / "replylint.toml"
    config.write_text('ignore = ["length"]\n', encoding="utf-8")
    first = bench.linter_for(configured)
    assert first is bench.linter_for(configured)
    assert "length" not in first.rule_ids
    config.write_text('ignore = ["length", "pushy"]\n', encoding="utf-8")
    second = bench.linter_for(configured)
    assert second is not first and "pushy" not in second.rule_ids
    config.unlink()
    assert bench.linter_for(configured) is bench.linter_for(None)


def test_a_broken_configuration_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "replylint.toml").write_text("select = [", encoding="utf-8")
    outcome = Workbench().lint("Hello,\n\nThanks.\n", str(tmp_path / "draft.txt"), "utf-16")
    assert outcome.placed == () and outcome.problem is not None and "configuration" in outcome.problem


def test_main_thread_executor() -> None:
    worker = MainThreadExecutor()
    ran_on: list[threading.Thread] = []
    future = worker.submit(lambda: ran_on.append(threading.current_thread()) or 42)
    failing = worker.submit(lambda: 1 // 0)
    threading.Timer(0.05, worker.shutdown).start()
    worker.run()  # returns once shut down
    assert future.result() == 42 and ran_on == [threading.current_thread()]
    with pytest.raises(ZeroDivisionError):
        failing.result()
    late = worker.submit(lambda: 1)
    with pytest.raises(RuntimeError):
        late.result()
