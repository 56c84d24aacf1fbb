"""`lint_many(processes > 1)` always ends: killed, exiting and hanging workers, a threaded caller, early stops.

Regression tests for issue 12, item 4. Workers are fresh interpreters, so each test pays a second or two of start-up
per worker; the batches are small but long enough that a worker is killed mid-batch.
"""

from __future__ import annotations

import gc
import os
import re
import signal
import threading
import time
import warnings
from pathlib import Path

import pytest

import replylint
from replylint import WorkerError
from replylint.api import Linter

REPLIES = [
    "Hello Anna,\n\nYour parcel {n} left our warehouse today and should arrive on Thursday.\n\nBest,\nTom",
    "Здравствуйте, Анна!\n\nЗаказ {n} отправлен сегодня, курьер привезёт его в четверг.\n\nС уважением,\nМарина",
    "Добрий день, Олено!\n\nКошти за замовлення {n} повернуто сьогодні.\n\nЗ повагою,\nМарина",
]
CONFIG = {"select": ["length", "sign-off", "greeting-name"]}

POISON = "POISON-PILL"

PLUGIN = '''
import os, time
from replylint import Rule
class Plugin(Rule):
    """Misbehaves on one reply.

    For the batch tests.
    """
    id = "{id}"
    messages = {{"x": "x"}}
    def check(self, ctx):
        if "POISON-PILL" in ctx.text:
            {how}
        yield from ()
'''


def _items(n: int) -> list[str]:
    return [REPLIES[i % len(REPLIES)].format(n=10000 + i) for i in range(n)]


def _plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rule_id: str, how: str) -> None:
    module = rule_id.replace("-", "_")
    (tmp_path / f"{module}.py").write_text(PLUGIN.format(id=rule_id, how=how), encoding="utf-8")
    info = tmp_path / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[replylint.rules]\n{rule_id} = {module}:Plugin\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # workers get the caller's sys.path, so they find it too


def _workers() -> list[int]:
    """Our worker processes: live children of this process (fresh `replylint._pool` interpreters, or forks of this
    one when it is single-threaded; the tests start no other children while a batch runs)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        state, parent = stat.rsplit(")", 1)[1].split()[:2]
        if int(parent) == os.getpid() and state != "Z":
            found.append(int(entry))
    return found


def _findings(reports: list[object]) -> list[tuple[str, ...]]:
    assert all(isinstance(r, replylint.Report) for r in reports), [r for r in reports if isinstance(r, Exception)]
    return [tuple(sorted(f.rule for f in r.findings)) for r in reports]  # type: ignore[attr-defined]


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds workers through /proc")


def test_results_match_one_process_and_come_in_order() -> None:
    items = _items(40)
    expected = [Linter(CONFIG).lint(item) for item in items]
    got = list(replylint.lint_many(items, config=CONFIG, processes=2, chunksize=4))
    assert [r.text for r in got] == [r.text for r in expected]  # type: ignore[union-attr]
    assert _findings(got) == _findings(expected)  # type: ignore[arg-type]


@needs_proc
def test_a_worker_killed_mid_batch_costs_nothing() -> None:
    """As the OOM killer would: SIGKILL one worker after some results; every item still gets its report."""
    items = _items(400)
    results = []
    killed = None
    for result in replylint.lint_many(items, config=CONFIG, processes=2, chunksize=8):
        results.append(result)
        if len(results) == 20 and killed is None:
            killed = _workers()[0]
            os.kill(killed, signal.SIGKILL)
    assert killed is not None
    assert len(results) == 400
    assert _findings(results) == _findings([Linter(CONFIG).lint(item) for item in items])


@pytest.mark.parametrize(
    "how, why",
    [
        ("os._exit(0)", "exited with status 0"),
        ("os.kill(os.getpid(), 9)", "killed by SIGKILL"),
    ],
)
def test_an_item_that_kills_its_worker_is_retried_once_then_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, why: str
) -> None:
    _plugin(tmp_path, monkeypatch, "kills", how)
    items = _items(30)
    items[7] = items[7] + "\n" + POISON
    results = list(
        replylint.lint_many(items, config={"select": ["length", "kills"]}, processes=2, chunksize=4, errors="return")
    )
    assert len(results) == 30
    error = results[7]
    assert isinstance(error, WorkerError) and "item 7" in str(error) and why in str(error)
    assert f"{why}; the same way)" in str(error)
    assert all(isinstance(r, replylint.Report) for i, r in enumerate(results) if i != 7)
    with pytest.raises(WorkerError):
        list(replylint.lint_many(items, config={"select": ["length", "kills"]}, processes=2, chunksize=4))


def test_a_worker_stuck_in_c_is_stopped_by_the_item_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _plugin(tmp_path, monkeypatch, "sleeps", "time.sleep(1000)")  # in C: no per-rule budget can interrupt it
    items = _items(6)
    items[2] = items[2] + "\n" + POISON
    started = time.monotonic()
    results = list(
        replylint.lint_many(
            items, config={"select": ["length", "sleeps"]}, processes=2, chunksize=2, errors="return", timeout=3
        )
    )
    assert time.monotonic() - started < 120
    assert isinstance(results[2], WorkerError) and "waiting" in str(results[2])
    assert sum(isinstance(r, replylint.Report) for r in results) == 5


def test_workers_that_cannot_start_fail_the_items_not_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "dies_at_import.py"
    module.write_text("import os\nos._exit(3)\n", encoding="utf-8")
    info = tmp_path / "dies_at_import-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: dies-at-import\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\ndies = dies_at_import:Nope\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    results = list(replylint.lint_many(_items(50), config={"select": ["dies"]}, processes=2, errors="return"))
    assert len(results) == 50
    assert all(isinstance(r, WorkerError) and "start-up" in str(r) for r in results)


def test_a_threaded_server_can_call_it_while_other_threads_lint() -> None:
    """The audit's web-server case: other threads lint (holding replylint's and Python's internal locks at random
    moments) while one thread starts a batch. A fork would copy those locks held; the workers are not forks."""
    linter = Linter(CONFIG)
    stop = threading.Event()

    def busy() -> None:
        i = 0
        while not stop.is_set():
            linter.lint(REPLIES[i % 3].format(n=i))
            i += 1

    others = [threading.Thread(target=busy) for _ in range(3)]
    for t in others:
        t.start()
    try:
        for _ in range(3):
            out: list[object] = []

            def run(into: list[object] = out) -> None:
                into.extend(replylint.lint_many(_items(30), config=CONFIG, processes=2, chunksize=4))

            batch = threading.Thread(target=run)
            batch.start()
            batch.join(180)
            assert not batch.is_alive(), "lint_many hung"
            assert len(out) == 30
    finally:
        stop.set()
        for t in others:
            t.join()


@needs_proc
def test_stopping_early_stops_the_workers() -> None:
    # Only this batch's workers count: an earlier test's unfinished generator still held by a reference cycle
    # keeps its own workers until the collector runs, which under load made this test fail now and then.
    gc.collect()
    before = set(_workers())
    results = replylint.lint_many(_items(200), config=CONFIG, processes=2, chunksize=4)
    first = next(results)
    assert isinstance(first, replylint.Report)
    assert set(_workers()) - before
    results.close()  # what a `break` out of the loop does, or the generator being collected
    deadline = time.monotonic() + 30
    while set(_workers()) - before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not set(_workers()) - before


def test_an_item_that_cannot_be_pickled_is_its_own_error() -> None:
    items: list[object] = [_items(1)[0], replylint.Job(threading.Lock()), _items(2)[1]]  # type: ignore[arg-type]
    results = list(replylint.lint_many(items, config=CONFIG, processes=2, errors="return"))
    assert isinstance(results[0], replylint.Report) and isinstance(results[2], replylint.Report)
    assert isinstance(results[1], replylint.ReplyParseError) and "cannot be sent" in str(results[1])


_FORK_PROBE = """
import os, signal, sys, threading
from pathlib import Path
import replylint

flag = Path(sys.argv[1])
signal.signal(signal.SIGTERM, lambda *_: flag.write_text("the caller's handler ran in " + str(os.getpid())))
if sys.argv[2] == "threaded":
    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()  # a caller's thread: forking is not provably safe
items = [f"Hello Anna,\\n\\nParcel {n} ships today.\\n\\nBest,\\nTom" for n in range(60)]
kinds, done = set(), 0
for report in replylint.lint_many(items, config={"select": ["length", "sign-off"]}, processes=2, chunksize=4):
    assert isinstance(report, replylint.Report), report
    done += 1
    if done == 5:
        own = Path("/proc/self/cmdline").read_bytes()
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid():
                    kinds.add("fork" if cmdline == own else "fresh")
                    os.kill(int(entry), signal.SIGTERM)
print(done, " ".join(sorted(kinds)))
"""


@needs_proc
@pytest.mark.parametrize("caller, kind", [("single", "fork"), ("threaded", "fresh")])
def test_workers_are_forks_only_of_a_single_threaded_caller(tmp_path: Path, caller: str, kind: str) -> None:
    """A single-threaded caller's workers are forks (warm: no second import of spaCy); with another thread running
    they are fresh interpreters. Either way a worker stopped by SIGTERM is replaced, and never runs the caller's
    SIGTERM handler."""
    import subprocess
    import sys

    script = tmp_path / "probe.py"
    script.write_text(_FORK_PROBE, encoding="utf-8")
    flag = tmp_path / "flag"
    for attempt in range(2):
        done = subprocess.run(
            [sys.executable, str(script), str(flag), caller], capture_output=True, text=True, timeout=300, check=False
        )
        # Once in a few hundred runs a worker ends before the probe's SIGTERM (first cause: anything but that
        # signal), and the probe then kills the worker retrying its item: the item's error is the batch working
        # as documented, not a failure of the replacement under test. Run once more and say so.
        first = re.search(r"ended twice \(([^;]*);", done.stderr)
        if attempt or done.returncode == 0 or first is None or first.group(1) == "it was killed by SIGTERM":
            break
        warnings.warn(f"a worker ended before the probe's SIGTERM ({first.group(1)}); run again", stacklevel=1)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["60", kind]
    assert not flag.exists(), flag.read_text()


def test_a_worker_freezes_what_its_warm_up_built_out_of_the_collectors_reach() -> None:
    """perf: a full collection in a worker walks only what the items leave behind, not the pipelines and
    dictionaries (run in a process of its own: freezing is for replylint's workers, never for the caller)."""
    import subprocess
    import sys

    probe = (
        "import gc, replylint\n"
        "from replylint._pool import warm_up\n"
        "linter = replylint.Linter()\n"
        "before = gc.get_freeze_count()\n"
        "warm_up(linter)\n"
        "print(before, gc.get_freeze_count())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    before, after = map(int, done.stdout.split())
    assert before == 0
    assert after > 50_000  # the rules, every installed language's pipeline and dictionaries


def test_the_callers_collector_is_left_as_it_was() -> None:
    import gc

    frozen, enabled, thresholds = gc.get_freeze_count(), gc.isenabled(), gc.get_threshold()
    assert len(list(replylint.lint_many(_items(6), config=CONFIG, processes=2, chunksize=2))) == 6
    assert (gc.get_freeze_count(), gc.isenabled(), gc.get_threshold()) == (frozen, enabled, thresholds)


def test_can_fork_sees_a_python_thread_of_the_caller() -> None:
    from replylint._pool import can_fork

    if not can_fork():
        pytest.skip("this test run has threads of its own")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        other.join()
    assert can_fork()
