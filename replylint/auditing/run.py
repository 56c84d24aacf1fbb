"""The audit on Dask: scan shards in parallel, thread on the client over headers only, lint pairs in parallel,
then compute and write. One code path: a local cluster sized to the machine by default, any cluster by address.

Each finished shard is written to DIR/.shards/ at once; a rerun with the same inputs, configuration and
replylint version finds them there (their names are hashes of all three, listed in DIR/.shards/manifest.json)
and submits only what is missing, so an interrupted audit resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from replylint import __version__
from replylint.auditing import sources
from replylint.auditing.hours import Schedule
from replylint.auditing.metrics import compute, rows
from replylint.auditing.pairing import Pair, thread
from replylint.auditing.records import Problem, Record, ScanResult
from replylint.auditing.settings import AuditSettings
from replylint.config import Config

LINT_BATCH = 100
"""Pairs per lint task: big enough that task overhead is noise, small enough to resume with little lost work."""
EXCERPT_CHARS = 600
_PLUGIN = "replylint-linter"


@dataclass
class RunStats:
    shards: int = 0
    reused: int = 0
    seconds: float = 0.0
    workers: int = 0


@dataclass
class AuditOutcome:
    """What an audit produced: the summary (as in audit.json), the per-reply table and where files went."""

    summary: dict[str, Any]
    table: list[dict[str, Any]]
    problems: list[Problem]
    out: Path
    stats: RunStats = field(default_factory=RunStats)

    def fails(self, level: str | None) -> bool:
        if level is None:
            return False
        order = ("info", "warning", "error")
        floor = order.index(level)
        return any(f["severity"] in order[floor:] for row in self.table for f in row["finding_list"])


# --- worker side -------------------------------------------------------------------------------------------


class LinterPlugin(WorkerPlugin):
    """Builds one Linter per worker when the worker starts (or joins), and warms the three pipelines there, so
    no task ever loads spaCy. Registered under one name, so the next audit's configuration replaces it."""

    name = _PLUGIN

    def __init__(self, config: Config) -> None:
        self.config = config

    def setup(self, worker: Any) -> None:
        worker.replylint_linter = _build_linter(self.config)

    def teardown(self, worker: Any) -> None:
        worker.replylint_linter = None


def _build_linter(config: Config) -> Any:
    from replylint.api import Linter
    from replylint.model import LANGUAGES
    from replylint.nlp import pipeline

    linter = Linter(config)
    for lang in LANGUAGES:
        pipeline(lang)
    return linter


def _worker_linter(config: Config) -> Any:
    """The worker's Linter; built here only if the plugin missed this worker (dask/distributed#7035)."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except ValueError:
        return _build_linter(config)
    linter = getattr(worker, "replylint_linter", None)
    if linter is None or linter.config != config:
        linter = _build_linter(config)
        setattr(worker, "replylint_linter", linter)  # noqa: B010 - Worker declares no such attribute
    return linter


def scan_task(shard: sources.Shard) -> dict[str, Any]:
    try:
        return sources.scan(shard).to_dict()
    except Exception as exc:  # noqa: BLE001 - one unreadable shard is listed, it must not end a long audit
        where = shard.paths[0] if len(shard.paths) == 1 else f"{shard.paths[0]} (+{len(shard.paths) - 1} files)"
        return ScanResult(
            problems=[Problem(where, shard.start, f"could not be read: {type(exc).__name__}: {exc}")]
        ).to_dict()


def lint_task(items: list[tuple[dict[str, Any], dict[str, Any] | None]], config: Config) -> dict[str, Any]:
    linter = _worker_linter(config)
    out = {}
    for reply_data, original_data in items:
        reply = Record.from_dict(reply_data)
        original = Record.from_dict(original_data) if original_data else None
        out[reply.id] = lint_one(linter, reply, original)
    return out


def lint_one(linter: Any, reply: Record, original: Record | None) -> dict[str, Any]:
    """Lint one reply against what it answers; an unreadable one is a row with its reason, never an exception."""
    from replylint.errors import ReplylintError

    try:
        data = sources.message_bytes(reply)
        orig = sources.message_bytes(original) if original is not None else None
        report = linter.lint(data, orig)
    except (ReplylintError, OSError, LookupError, ValueError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}", "findings": [], "language": None, "excerpt": ""}
    except Exception as exc:  # noqa: BLE001 - a reply the linter cannot handle is a row with its reason
        return {
            "error": f"internal error: {type(exc).__name__}: {exc}",
            "findings": [],
            "language": None,
            "excerpt": "",
        }
    text = report.text
    return {
        "language": report.language,
        "excerpt": text[:EXCERPT_CHARS],
        "findings": [
            {
                "rule": f.rule,
                "kind": f.kind,
                "severity": str(f.severity),
                "message": f.message,
                "line": f.line,
                "column": f.column,
                "text": text[f.start : f.end][:200],
            }
            for f in report.findings
        ],
        "error": "",
    }


# --- client side -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def client_for(scheduler: Any, workers: int | None) -> Iterator[Any]:
    """A Dask client: the given one, one connected to `scheduler` (an address or a scheduler file), or a local
    cluster of one single-threaded worker process per core (rule time limits need each rule on a main thread)."""
    from distributed import Client, LocalCluster

    if scheduler is not None and not isinstance(scheduler, str | os.PathLike):
        yield scheduler
        return
    if scheduler is not None:
        target = str(scheduler)
        kwargs = {"scheduler_file": target} if target.endswith(".json") else {"address": target}
        try:
            client = Client(**kwargs, timeout=30)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            from replylint.auditing import AuditError

            raise AuditError(f"cannot reach the Dask scheduler at {target}: {exc}") from None
        with client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    # Loopback only: a local cluster has no business listening on the network.
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,  # type: ignore[no-untyped-call]
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def config_hash(config: Config, settings: AuditSettings) -> str:
    data = {"config": repr(config.__dict__ | {"path": None}), "audit": settings.to_dict(), "version": __version__}
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


class Store:
    """DIR/.shards: one JSON file per finished shard, named by what it was computed from."""

    def __init__(self, out: Path, salt: str) -> None:
        self.dir = out / ".shards"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.salt = salt
        self.used: set[str] = {"manifest.json"}

    def path(self, stage: str, key: str) -> Path:
        name = f"{stage}-{hashlib.sha256((self.salt + key).encode()).hexdigest()[:24]}.json"
        self.used.add(name)
        return self.dir / name

    def load(self, path: Path) -> Any:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save(self, path: Path, data: Any) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)  # a shard file is whole or absent: an interrupted write never looks finished

    def prune(self) -> None:
        for path in self.dir.iterdir():
            if path.name not in self.used:
                path.unlink(missing_ok=True)


def _progress(total: int, label: str, show: bool | None) -> Any:
    from tqdm import tqdm

    if show is None:
        show = sys.stderr.isatty() and not os.environ.get("CI")
    return tqdm(total=total, desc=label, unit="shard", disable=not show, file=sys.stderr, leave=False)


def run_stage(
    client: Any,
    store: Store,
    stage: str,
    jobs: Sequence[tuple[str, Callable[..., Any], tuple[Any, ...]]],
    *,
    show: bool | None,
    stats: RunStats,
    on_done: Callable[[int], None] | None = None,
) -> list[Any]:
    """Submit the jobs whose shard file is missing, write each result as it finishes; results in job order."""
    from distributed import as_completed

    results: list[Any] = [None] * len(jobs)
    pending = {}
    for i, (key, func, args) in enumerate(jobs):
        path = store.path(stage, key)
        cached = store.load(path) if path.exists() else None
        if cached is not None:
            results[i] = cached
            stats.reused += 1
        else:
            pending[client.submit(func, *args, pure=False)] = (i, path)
    stats.shards += len(jobs)
    with _progress(len(jobs), stage, show) as bar:
        bar.update(len(jobs) - len(pending))
        for future in as_completed(list(pending)):  # type: ignore[no-untyped-call]
            i, path = pending.pop(future)
            results[i] = future.result()
            store.save(path, results[i])
            bar.update(1)
            if on_done is not None:
                on_done(i)
    return results


def execute(
    paths: Sequence[str | os.PathLike[str]],
    config: Config,
    settings: AuditSettings,
    out: Path,
    *,
    scheduler: Any = None,
    workers: int | None = None,
    progress: bool | None = None,
    rule_meta: Mapping[str, Mapping[str, Any]] | None = None,
    on_shard: Callable[[str, int], None] | None = None,
) -> AuditOutcome:
    """Scan, thread, lint and measure; `on_shard(stage, index)` is called as each shard is saved (the tests
    interrupt a run there to check resumption)."""
    started = time.perf_counter()
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / ".shards").mkdir(exist_ok=True)
    except OSError as exc:
        from replylint.auditing import AuditError

        raise AuditError(f"cannot write to {out}: {exc.strerror or exc}") from None
    shards, problems = sources.discover(paths, shard_bytes=settings.shard_mb << 20, exclude=out)
    salt = config_hash(config, settings)
    store = Store(out, salt)
    stats = RunStats()
    with client_for(scheduler, workers) as client:
        stats.workers = len(client.nthreads())
        client.register_plugin(LinterPlugin(config), name=_PLUGIN)  # replaces an earlier audit's plugin
        scans = run_stage(
            client,
            store,
            "scan",
            [(s.key(), scan_task, (s,)) for s in shards],
            show=progress,
            stats=stats,
            on_done=(lambda i: on_shard("scan", i)) if on_shard else None,
        )
        records: list[Record] = []
        for data in scans:
            part = ScanResult.from_dict(data)
            records.extend(part.records)
            problems.extend(part.problems)
        del scans  # the records now hold everything; keep one copy of an archive's headers, not two
        threading = thread(records, settings)
        if records and not any(role == "team" for role in threading.roles.values()):
            from replylint.auditing import AuditError

            raise AuditError(
                "no message is the team's: give --team ADDRESS_OR_DOMAIN (or team = [...] under "
                "[tool.replylint.audit]); only helpdesk exports, Sent folders and Gmail's Sent label "
                "say so by themselves"
            )
        batches = _lint_batches(threading.pairs)
        fingerprints: dict[str, str] = {}
        jobs = [(_batch_key(batch, fingerprints), lint_task, (_payload(batch), config)) for batch in batches]
        linted: dict[str, Any] = {}
        for part in run_stage(
            client,
            store,
            "lint",
            jobs,
            show=progress,
            stats=stats,
            on_done=(lambda i: on_shard("lint", i)) if on_shard else None,
        ):
            linted.update(part)
    schedule = Schedule(settings)
    table = rows(threading, linted, schedule)
    dates = [r.date for r in records if r.date is not None]
    summary = compute(
        table,
        threading,
        records_total=len(records),
        problems=problems,
        archive_end=max(dates) if dates else None,
        grace_days=settings.unanswered_after_days,
        rule_meta=rule_meta or {},
    )
    summary["problems"] = [p.to_dict() for p in problems]
    _write_manifest(store, paths, shards, salt, settings)
    store.prune()
    stats.seconds = time.perf_counter() - started
    return AuditOutcome(summary, table, problems, out, stats)


def _lint_batches(pairs: list[Pair]) -> list[list[Pair]]:
    ordered = sorted(pairs, key=lambda p: (p.reply.file, p.reply.offset, p.reply.locator))
    return [ordered[i : i + LINT_BATCH] for i in range(0, len(ordered), LINT_BATCH)]


def _payload(batch: list[Pair]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    return [(p.reply.to_dict(), p.original.to_dict() if p.original else None) for p in batch]


def _batch_key(batch: list[Pair], fingerprints: dict[str, str]) -> str:
    digest = hashlib.sha256()
    for pair in batch:
        for record in (pair.reply, pair.original):
            if record is None:
                digest.update(b"-")
                continue
            if record.file not in fingerprints:
                fingerprints[record.file] = sources.fingerprint(Path(record.file))
            digest.update(f"{record.id}|{record.length}|{fingerprints[record.file]}".encode())
    return digest.hexdigest()


def _write_manifest(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    shards: list[sources.Shard],
    salt: str,
    settings: AuditSettings,
) -> None:
    files = sorted({p for s in shards for p in s.paths})
    manifest = {
        "replylint": __version__,
        "config_hash": salt,
        "audit": settings.to_dict(),
        "inputs": [str(p) for p in paths],
        "files": {p: sources.fingerprint(Path(p)) for p in files},
        "shards": sorted(store.used - {"manifest.json"}),
    }
    store.save(store.dir / "manifest.json", manifest)
