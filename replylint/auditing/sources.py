"""From the paths a user gives to shards of work: byte ranges of mbox files, batches of one-message files, whole
helpdesk exports. Each shard is scanned on its own (in parallel) and yields header records."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from replylint.auditing import helpdesk, mail
from replylint.auditing.records import Problem, Record, ScanResult
from replylint.errors import ReplylintError

DEFAULT_SHARD_BYTES = 32 << 20
FILES_PER_SHARD = 2000
"""One-message files are packed into batches: one task per file would make a million tiny tasks."""
_IGNORED_SUFFIXES = frozenset(
    {
        ".msf",
        ".dat",
        ".html",
        ".htm",
        ".csv",
        ".parquet",
        ".txt",
        ".md",
        ".pdf",
        ".png",
        ".jpg",
        ".gif",
        ".toml",
        ".py",
        ".sqlite",
        ".db",
    }
)


class AuditInputError(ReplylintError):
    """A path given to the audit does not exist or holds nothing it can read (exit code 2 on the command line)."""


@dataclass(frozen=True)
class Shard:
    """One unit of scanning work."""

    kind: str
    """"mbox" (a byte range of one file), "files" (one-message files), "export" (a helpdesk JSON file)."""
    paths: tuple[str, ...]
    file_kinds: tuple[str, ...] = ()
    start: int = 0
    end: int = 0

    def key(self) -> str:
        """Identifies the shard's input as it is now: its paths, sizes, modification times and, for large files,
        a hash of the first and last 64 KiB (hashing a 20 GB mbox on every run would cost more than the audit)."""
        digest = hashlib.sha256(f"{self.kind}|{self.start}|{self.end}|{self.file_kinds}".encode())
        for path in self.paths:
            digest.update(fingerprint(Path(path)).encode())
        return digest.hexdigest()[:24]


def fingerprint(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}|missing"
    digest = hashlib.sha256()
    if path.is_file() and stat.st_size > 0:
        with path.open("rb") as fh:
            digest.update(fh.read(65536))
            if stat.st_size > 65536:
                fh.seek(max(65536, stat.st_size - 65536))
                digest.update(fh.read(65536))
    return f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{digest.hexdigest()[:16]}"


def discover(
    paths: Iterable[str | os.PathLike[str]], *, shard_bytes: int = DEFAULT_SHARD_BYTES, exclude: Path | None = None
) -> tuple[list[Shard], list[Problem]]:
    """Shards for every readable input under `paths`; a path that does not exist is an input error."""
    shards: list[Shard] = []
    problems: list[Problem] = []
    singles: list[tuple[str, str]] = []
    given = list(paths)
    if not given:
        raise AuditInputError("no input paths given")
    for raw in given:
        path = Path(raw)
        if not path.exists():
            raise AuditInputError(f"{raw}: no such file or directory")
        if path.is_dir():
            for file in _walk(path.resolve(), exclude.resolve() if exclude else None):
                _classify(file, shards, singles, problems, shard_bytes, explicit=False)
        else:
            _classify(path.resolve(), shards, singles, problems, shard_bytes, explicit=True)
    for i in range(0, len(singles), FILES_PER_SHARD):
        batch = singles[i : i + FILES_PER_SHARD]
        shards.append(Shard("files", tuple(p for p, _ in batch), tuple(k for _, k in batch)))
    return shards, problems


def _walk(root: Path, exclude: Path | None) -> Iterable[Path]:
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if exclude is None or (here / d) != exclude)
        if here.name in ("tmp",) and (here.parent / "cur").is_dir():
            continue  # Maildir's tmp holds messages still being delivered
        for name in sorted(files):
            if not name.startswith("."):
                yield here / name


def _classify(
    path: Path,
    shards: list[Shard],
    singles: list[tuple[str, str]],
    problems: list[Problem],
    shard_bytes: int,
    *,
    explicit: bool,
) -> None:
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        shards.append(Shard("export", (str(path),)))
    elif suffix == ".eml":
        singles.append((str(path), "eml"))
    elif path.parent.name in ("cur", "new") and (path.parent.parent / "cur").is_dir():
        singles.append((str(path), "maildir"))
    elif suffix in _IGNORED_SUFFIXES and not explicit:
        return
    elif mail.looks_like_mbox(path):
        size = path.stat().st_size
        for start in range(0, max(size, 1), shard_bytes):
            shards.append(Shard("mbox", (str(path),), start=start, end=min(start + shard_bytes, size)))
    elif explicit or _looks_like_message(path):
        singles.append((str(path), "eml"))


def _looks_like_message(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            first = fh.readline(998)
    except OSError:
        return False
    name, colon, _ = first.partition(b":")
    return bool(colon) and 0 < len(name) <= 76 and all(33 <= b <= 126 and b != 58 for b in name)


def scan(shard: Shard) -> ScanResult:
    """The header records of one shard; anything unreadable becomes a Problem."""
    if shard.kind == "mbox":
        path = Path(shard.paths[0])
        try:
            return mail.scan_mbox(path, shard.start, shard.end, str(path))
        except OSError as exc:
            return ScanResult(problems=[Problem(str(path), shard.start, f"cannot read: {exc.strerror or exc}")])
    if shard.kind == "export":
        return helpdesk.scan_export(Path(shard.paths[0]), shard.paths[0])
    out = ScanResult()
    for name, kind in zip(shard.paths, shard.file_kinds, strict=True):
        part = mail.scan_file(Path(name), name, kind)
        out.records.extend(part.records)
        out.problems.extend(part.problems)
    return out


def message_bytes(record: Record) -> bytes:
    """A record's whole message again, for linting."""
    if record.locator:
        return helpdesk.message_bytes(Path(record.file), record.locator)
    return mail.message_bytes(Path(record.file), record.offset, record.length, record.kind)
