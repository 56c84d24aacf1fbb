"""Worker processes for `lint_many(processes > 1)`: a batch that finishes whatever happens to a worker.

Why not `multiprocessing.Pool`: its `imap` waits forever for the results of a worker that was killed (the OOM
killer) or exited (a plugin's `os._exit`), and a batch must never hang. Here the parent watches every worker's
process handle as well as its pipe, with a deadline per item:

- Where the caller is provably single-threaded (Linux; no Python thread runs but the caller's and replylint's own
  watchdog), workers are `fork`s of it: they start with the rules, pipelines and dictionaries the caller already
  loaded (perf: a fresh worker spends ~1.2 CPU-seconds importing spaCy and building them, which on 2 cores ate
  most of what a second process gains on a batch of a few hundred replies). Elsewhere they are fresh interpreters
  (`python -m replylint._pool`), never a fork: a fork copies the locks other threads of the caller hold (a web
  server's, `functools.cached_property`'s), and the child then deadlocks on them. Neither re-imports the caller's
  `__main__`, so a script without an `if __name__ == "__main__":` guard works; a fresh worker gets the caller's
  `sys.path`, so it finds the same plugins.
- Each worker builds its `Linter` (rules, spaCy pipelines) once, then lints chunks of items sent over a pipe and
  sends each result back as soon as it is ready, so the parent always knows which items a dead worker left.
- A worker that dies or overruns the deadline is killed and replaced. The item it was on is the suspect: it is
  retried alone, once; if it kills a worker again it becomes a `WorkerError`. The others are simply sent again.
- Results come back in input order; the input is read lazily, a bounded window ahead of what was yielded.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from replylint._process import child_environment
from replylint.config import Config
from replylint.errors import ReplylintError, ReplyParseError, WorkerError

STARTUP_ALLOWANCE = 300.0
"""Seconds a new worker may take to import spaCy and build its pipelines (about one on an idle machine)."""
MAX_START_FAILURES = 3
"""Workers that die before linting anything, in a row, before the batch gives up rather than retry forever."""


@dataclass
class _Item:
    index: int
    blob: bytes
    suspect: bool = False
    """It was being linted when a worker died: it is sent alone, and a second death makes it an error."""
    first_death: str = ""
    """How that first worker ended, for the error: two different causes tell a crash from a hostile item."""


class _Forked:
    """A forked worker's process handle: the part of `subprocess.Popen`'s interface the batch uses."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped by someone else (a caller that ignores SIGCHLD): it is gone
                self.returncode = 0
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0.0)
            time.sleep(0.005)
        return code

    def kill(self) -> None:
        if self.poll() is None:  # not reaped yet, so the pid is still this child's (a zombie at worst)
            os.kill(self.pid, signal.SIGKILL)


@dataclass
class _Worker:
    process: subprocess.Popen[bytes] | _Forked
    requests: Connection
    conn: Connection
    """Results; end of file on it means the worker is gone."""
    started: float
    ready: bool = False
    gone: bool = False
    """Its results pipe reached end of file: it exited, or closed the pipe, which is as good as dead."""
    inflight: deque[_Item] = field(default_factory=deque)
    deadline: float = 0.0
    since: float = 0.0
    """When the current deadline was set."""


def _serve(requests: Connection, results: Connection) -> None:  # pragma: no cover - runs in the worker
    """Build one Linter, then lint what arrives until told to stop; every outcome of an item is sent back."""
    from replylint.api import Linter
    from replylint.engine import describe

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    try:
        linter = Linter(pickle.loads(requests.recv_bytes()))
        warm_up(linter)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which cannot see this process's stderr
        results.send_bytes(pickle.dumps(("fatal", describe(exc))))
        os._exit(1)
    results.send_bytes(pickle.dumps(("ready",)))
    while True:
        try:
            chunk = pickle.loads(requests.recv_bytes())
        except (EOFError, OSError):
            break
        if chunk is None:
            break
        for index, blob in chunk:
            results.send_bytes(_result(linter, index, blob, describe))
    results.close()
    os._exit(0)  # perf: no interpreter teardown (freeing spaCy's objects one by one): nothing is left to flush


def warm_up(linter: Any) -> None:
    """Lint each installed language's sample, then freeze what the worker holds; only ever in a worker.

    Each language's pipeline and dictionaries load on first use: here, inside the start-up allowance, rather than
    inside the first item's deadline. perf: what the warm-up built (rules, pipelines, dictionaries) lives as long
    as the worker, which is replylint's own process (the caller's is never touched): frozen out of the
    collector's reach, a full collection walks only what the items leave behind. A fresh worker builds all of it
    here (its collections took 0.57 -> 0.30 ms a reply over 400 realistic pairs); a fork froze the caller's heap
    at birth, and this adds only the little the warm-up built.
    """
    from replylint.languages import installed

    for lang, each in installed().items():
        linter.lint(each.sample, context={"language": lang})
    gc.freeze()


def _result(linter: Any, index: int, blob: bytes, describe: Any) -> bytes:  # pragma: no cover - worker side
    try:
        job = pickle.loads(blob)
        result: Any = linter.lint(job.reply, job.original, context=job.context)
    except ReplylintError as exc:
        result = exc
    except BaseException as exc:  # noqa: BLE001 - a bug must come back as this item's error, not end the batch
        result = WorkerError(f"internal error while linting: {describe(exc)}")
    try:
        return pickle.dumps(("done", index, result))
    except Exception as exc:  # noqa: BLE001 - a plugin's error type that cannot be pickled
        return pickle.dumps(("done", index, WorkerError(f"the result could not be sent back: {describe(exc)}")))


def can_fork() -> bool:
    """Whether a worker may be a fork of this process: Linux (where fork is the system's own way to start one and
    nothing in the C libraries we load forbids it) and no Python thread but this one and replylint's watchdog.

    `sys._current_frames` lists every thread that runs Python code, including those started without `threading`;
    one that does not (a BLAS pool) holds no Python lock. Locks the calling thread itself holds are not a concern:
    it is inside `lint_many`, which takes none across the fork.
    """
    from replylint.engine import own_threads

    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False  # the child would have no main thread, and signal handling needs one
    others = set(sys._current_frames()) - {threading.get_ident()} - own_threads()
    return not others


def _serve_forked(requests: int, results: int) -> None:  # pragma: no cover - runs in the forked worker
    """Become a worker: the caller's signal handlers and pending output are the caller's, not this process's."""
    for signum in signal.valid_signals():
        with contextlib.suppress(OSError, ValueError, TypeError):
            if callable(signal.getsignal(signum)):
                signal.signal(signum, signal.SIG_DFL)  # a caller's SIGTERM handler must not run here
    os.dup2(2, 1)  # a plugin's print() goes to stderr, as a fresh worker's does
    sys.stdout = sys.stderr  # and what the caller had buffered for stdout is never written twice
    # perf: what the caller built is never garbage here; collections would walk it and copy its pages
    gc.freeze()
    _serve(Connection(requests, writable=False), Connection(results, readable=False))


class Batch:
    """One `lint_many` run over worker processes; iterate it for the results in input order."""

    def __init__(self, config: Config, jobs: Iterable[Any], processes: int, chunksize: int, timeout: float) -> None:
        self._config = config
        self._jobs = enumerate(jobs)
        self._processes = processes
        self._chunksize = max(1, chunksize)
        self._timeout = timeout
        self._workers: list[_Worker] = []
        self._queue: deque[_Item] = deque()
        self._results: dict[int, Any] = {}
        self._next = 0
        self._read = 0
        self._exhausted = False
        self._start_failures = 0
        self._fatal: str | None = None
        self._window = processes * self._chunksize * 4

    def __iter__(self) -> Iterator[Any]:
        try:
            while True:
                while self._next in self._results:
                    yield self._results.pop(self._next)
                    self._next += 1
                if self._exhausted and self._next >= self._read:
                    return
                self._step()
        finally:
            self._close()

    # -------------------------------------------------------------------------------------------- one step

    def _step(self) -> None:
        self._fill()
        if self._fatal is not None:
            self._fail_everything_left()
            return
        self._staff()
        for worker in self._workers:
            if worker.ready and not worker.inflight:
                self._send(worker)
        now = time.monotonic()
        deadlines = [w.deadline for w in self._workers if self._watched(w)]
        timeout = max(0.0, min(deadlines) - now) if deadlines else None
        ready = wait([w.conn for w in self._workers], timeout)
        for worker in list(self._workers):
            if worker.conn in ready:
                self._receive(worker)
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.gone or (worker.process.poll() is not None and not _pending(worker.conn)):
                self._lost(worker, self._how_it_ended(worker))
            elif self._watched(worker) and now > worker.deadline:
                what = "an answer" if worker.ready else "start-up"
                self._lost(worker, f"it was stopped after waiting {now - worker.since:.0f} s for {what}")

    @staticmethod
    def _watched(worker: _Worker) -> bool:
        """A worker is on the clock while it starts or has items; an idle one may wait forever."""
        return not worker.ready or bool(worker.inflight)

    def _fill(self) -> None:
        """Read items from the input until the window ahead of the caller is full."""
        while not self._exhausted and self._read - self._next < self._window:
            try:
                index, job = next(self._jobs)
            except StopIteration:
                self._exhausted = True
                return
            self._read = index + 1
            try:
                self._queue.append(_Item(index, pickle.dumps(job)))
            except Exception as exc:  # noqa: BLE001 - pickling runs the item's own code (__reduce__)
                self._results[index] = ReplyParseError(
                    f"item {index} cannot be sent to a worker process: {type(exc).__name__}: {exc}"
                )

    def _staff(self) -> None:
        """Start workers up to the number asked for, but no more than there is work for."""
        wanted = min(self._processes, len(self._queue) + sum(len(w.inflight) for w in self._workers))
        while len(self._workers) < wanted:
            self._workers.append(self._start())

    def _start(self) -> _Worker:
        requests, to_worker = os.pipe()
        results, from_worker = os.pipe()
        if can_fork():
            process: subprocess.Popen[bytes] | _Forked = self._fork(requests, from_worker, (to_worker, results))
            os.close(requests)
            os.close(from_worker)
            return self._started(process, to_worker, results)
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "replylint._pool", str(requests), str(from_worker)],
                env=child_environment(),
                stdin=subprocess.DEVNULL,
                stdout=sys.__stderr__ if _has_fd(sys.__stderr__) else subprocess.DEVNULL,
                pass_fds=(requests, from_worker),
            )
        finally:
            os.close(requests)
            os.close(from_worker)
        return self._started(process, to_worker, results)

    def _fork(self, requests: int, results: int, theirs: tuple[int, int]) -> _Forked:
        """A worker forked from this process (see `can_fork`), serving on the `requests` and `results` pipes."""
        ours = [fd for w in self._workers for fd in (w.requests.fileno(), w.conn.fileno())]
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking with any other OS thread (BLAS pools, our watchdog): can_fork has
            # checked that none of them runs Python code that could hold a lock the child needs.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid:
            return _Forked(pid)
        try:  # pragma: no cover - the child; covered through lint_many's tests
            for fd in (*theirs, *ours):  # the parent's ends of this and the other workers' pipes
                os.close(fd)
            _serve_forked(requests, results)
        finally:
            os._exit(70)

    def _started(self, process: subprocess.Popen[bytes] | _Forked, to_worker: int, results: int) -> _Worker:
        worker = _Worker(
            process, Connection(to_worker, readable=False), Connection(results, writable=False), time.monotonic()
        )
        worker.deadline = worker.started + STARTUP_ALLOWANCE
        worker.since = worker.started
        with contextlib.suppress(OSError):  # a worker that died at once is found by the next step
            worker.requests.send_bytes(pickle.dumps(self._config))
        return worker

    def _send(self, worker: _Worker) -> None:
        if not self._queue:
            return
        if self._queue[0].suspect:
            chunk = [self._queue.popleft()]
        else:
            chunk = []
            while self._queue and not self._queue[0].suspect and len(chunk) < self._chunksize:
                chunk.append(self._queue.popleft())
        worker.inflight.extend(chunk)
        self._clock(worker)
        with contextlib.suppress(OSError):  # it died: its sentinel says so, and its items are sent again
            worker.requests.send_bytes(pickle.dumps([(item.index, item.blob) for item in chunk]))

    def _receive(self, worker: _Worker) -> None:
        while True:
            try:
                if not worker.conn.poll():
                    return
                message = pickle.loads(worker.conn.recv_bytes())
            except (EOFError, OSError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
                worker.gone = True  # the pipe ended or held garbage: either way this worker is done
                return
            if message[0] == "ready":
                worker.ready = True
                self._start_failures = 0
                self._clock(worker)
            elif message[0] == "fatal":
                self._fatal = f"worker processes cannot start: {message[1]}"
            elif message[0] == "done":
                _, index, result = message
                if worker.inflight and worker.inflight[0].index == index:
                    worker.inflight.popleft()
                    self._results[index] = result
                self._clock(worker)

    def _clock(self, worker: _Worker) -> None:
        worker.since = time.monotonic()
        worker.deadline = worker.since + self._timeout

    def _lost(self, worker: _Worker, how: str) -> None:
        """A worker died or hung: stop it, blame the item it was on, send the others again."""
        self._stop(worker)
        self._workers.remove(worker)
        if not worker.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                self._fatal = f"worker processes keep dying during start-up ({how})"
            self._queue.extendleft(reversed(worker.inflight))
            return
        if not worker.inflight:
            return
        suspect, *others = worker.inflight
        self._queue.extendleft(reversed(others))
        if suspect.suspect:
            again = "the same way" if how == suspect.first_death else f"then {how}"
            self._results[suspect.index] = WorkerError(
                f"item {suspect.index}: the worker process linting it ended twice ({suspect.first_death}; {again})"
            )
        else:
            suspect.suspect = True
            suspect.first_death = how
            self._queue.appendleft(suspect)

    def _how_it_ended(self, worker: _Worker) -> str:
        try:
            code = worker.process.wait(5)
        except subprocess.TimeoutExpired:
            return "its results pipe closed"
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"it was killed by {signal.Signals(-code).name}"
        return f"it exited with status {code}"

    def _fail_everything_left(self) -> None:
        """Start-up is hopeless: every item read so far, and every later one as it is read, is a WorkerError."""
        for worker in self._workers:
            self._queue.extend(worker.inflight)
            self._stop(worker)
        self._workers.clear()
        while self._queue:
            item = self._queue.popleft()
            self._results[item.index] = WorkerError(f"item {item.index}: {self._fatal}")

    # ------------------------------------------------------------------------------------------- shutdown

    def _stop(self, worker: _Worker) -> None:
        for conn in (worker.requests, worker.conn):
            with contextlib.suppress(OSError, ValueError):
                conn.close()
        if worker.process.poll() is None:
            with contextlib.suppress(OSError):
                worker.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.process.wait(5)

    def _close(self) -> None:
        """Stop every worker: politely when idle (they exit at once), by force otherwise."""
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                if not worker.inflight:
                    worker.requests.send_bytes(pickle.dumps(None))
        deadline = time.monotonic() + 5
        for worker in self._workers:
            if not worker.inflight:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    worker.process.wait(max(0.0, deadline - time.monotonic()))
            self._stop(worker)
        self._workers.clear()


def _pending(conn: Connection) -> bool:
    try:
        return conn.poll()
    except (OSError, ValueError, EOFError):
        return False


def _has_fd(stream: Any) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


if __name__ == "__main__":  # pragma: no cover - the worker process
    _serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
