"""Old code against new on realistic work, alternated in one run: the ratio a speed change is committed with.

    python benchmarks/ab.py                    # the working tree against HEAD
    python benchmarks/ab.py --old main         # ... against another revision
    python benchmarks/ab.py --old HEAD --same  # HEAD against itself: how far apart two equal codes measure

Two worker processes are started, one importing replylint (and its rules) as they are at `--old` (exported with
`git archive` into a temporary directory put first on PYTHONPATH), one as they are in this working tree. Each
warms up, then both take turns on the same blocks of new realistic pairs (`run.pairs`), the order swapped every
round, timing `replylint.lint(reply, original=...)` in CPU seconds of their own process. The machine is shared and
its rate drifts by 2x within an hour, so rates from separate runs cannot be compared; turns of a fraction of a
second each see the same load. Printed: each side's median rate and the median of the per-round ratios new/old.
On two shared cores a ratio within ~4 % of 1 is noise (`--same` shows how much); a change worth committing moves
it further, or is measured over more rounds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def worker() -> None:
    """Lint the blocks the parent asks for (`seed count` a line), answering each with replies per CPU-second."""
    sys.path.insert(0, str(HERE))
    import run

    import replylint

    for reply, original in run.pairs(90, seed=99):  # the caches (lemmas, lexicon tables) filled, as in run.py
        replylint.lint(reply, original=original)
    print("ready", Path(replylint.__file__).parent, flush=True)
    for line in sys.stdin:
        seed, count = map(int, line.split())
        work = run.pairs(count, seed=seed)
        started = time.process_time()
        for reply, original in work:
            replylint.lint(reply, original=original)
        print(count / (time.process_time() - started), flush=True)


def export(revision: str, into: Path) -> None:
    """replylint/ and rules/ (as replylint_rules/, the name they are imported by) at `revision`."""
    data = subprocess.run(
        ["git", "archive", "--format=tar", revision, "replylint", "rules"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as archive:
        archive.extractall(into, filter="data")
    (into / "rules").rename(into / "replylint_rules")


class Side:
    """One worker process and the rates it measured."""

    def __init__(self, name: str, pythonpath: Path | None) -> None:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        if pythonpath is not None:
            env["PYTHONPATH"] = str(pythonpath)
        self.name = name
        self.rates: list[float] = []
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        ready = self.stdout.readline().strip()
        if not ready.startswith("ready"):
            raise SystemExit(f"{name}: the worker did not start")
        print(f"{name}: {ready.removeprefix('ready ')}")

    def block(self, seed: int, count: int) -> None:
        self.stdin.write(f"{seed} {count}\n")
        self.stdin.flush()
        self.rates.append(float(self.stdout.readline()))

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def compare(old: Side, new: Side, rounds: int, block: int) -> float:
    """Alternate the two on the same blocks; the median of the per-round ratios new/old."""
    for r in range(rounds):
        for side in (old, new) if r % 2 == 0 else (new, old):
            side.block(100 + r, block)
    ratios = [n / o for n, o in zip(new.rates, old.rates, strict=True)]
    for side in (old, new):
        print(f"{side.name}: median {statistics.median(side.rates):.1f} replies per CPU-second")
    print("per-round new/old:", " ".join(f"{x:.3f}" for x in ratios))
    return statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", default="HEAD", help="the revision to compare with (default: HEAD)")
    parser.add_argument("--same", action="store_true", help="run --old on both sides (how large the noise is)")
    parser.add_argument("--rounds", type=int, default=14, help="turns each side takes (default: 14)")
    parser.add_argument("--block", type=int, default=60, help="pairs per turn (default: 60)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return
    folder = Path(tempfile.mkdtemp(prefix="replylint-ab-"))
    try:
        export(args.old, folder)
        old = Side(f"old ({args.old})", folder)
        new = Side(f"old ({args.old}) again" if args.same else "new (working tree)", folder if args.same else None)
        try:
            ratio = compare(old, new, args.rounds, args.block)
        finally:
            old.close()
            new.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"ratio new/old, median of {args.rounds} rounds of {args.block} pairs: {ratio:.3f}")


if __name__ == "__main__":
    main()
