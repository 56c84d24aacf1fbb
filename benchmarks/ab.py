"""Old code against new on realistic work, alternated in one run: the ratio a speed change is committed with.

    python benchmarks/ab.py                    # the working tree against HEAD
    python benchmarks/ab.py --old main         # ... against another revision
    python benchmarks/ab.py --old HEAD --same  # HEAD against itself: how far apart two equal codes measure

Pairs of worker processes are started (`--processes`, the two of a pair with one hash seed), one importing
replylint (and its rules) as they are at `--old` (exported with `git archive` into a temporary directory put first
on PYTHONPATH), one as they are in this working tree. Each warms up, then both take turns on the same blocks of new
realistic pairs (`run.pairs`), the order swapped every round, timing `replylint.lint(reply, original=...)` in CPU
seconds of their own process. The machine is shared and its rate drifts by 2x within an hour, so rates from
separate runs cannot be compared; turns of a fraction of a second each see the same load. Printed: each side's
median rate, the per-round ratios new/old, their geometric mean with a rough 95 % interval (two standard errors),
and their median. On two shared cores one round's ratio varies by ~+-8 %, so 14 rounds resolve ~+-4 % (`--same`
shows it); a change of 1-2 % needs ~100 short rounds (`--rounds 100`, a couple of minutes).
"""

from __future__ import annotations

import argparse
import math
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

    def __init__(self, name: str, pythonpath: Path | None, hash_seed: int) -> None:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        if pythonpath is not None:
            env["PYTHONPATH"] = str(pythonpath)
        env["PYTHONHASHSEED"] = str(hash_seed)
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

    def block(self, seed: int, count: int) -> None:
        self.stdin.write(f"{seed} {count}\n")
        self.stdin.flush()
        self.rates.append(float(self.stdout.readline()))

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def alternate(old: Side, new: Side, rounds: int, block: int, first_seed: int) -> list[float]:
    """Alternate the two on the same blocks; the per-round ratios new/old."""
    for r in range(rounds):
        for side in (old, new) if r % 2 == 0 else (new, old):
            side.block(first_seed + r, block)
    return [n / o for n, o in zip(new.rates, old.rates, strict=True)]


def summary(ratios: list[float], old_rates: list[float], new_rates: list[float]) -> float:
    """Print the rates and ratios; the median ratio."""
    print(f"old: median {statistics.median(old_rates):.1f} replies per CPU-second")
    print(f"new: median {statistics.median(new_rates):.1f} replies per CPU-second")
    print("per-round new/old:", " ".join(f"{x:.3f}" for x in ratios))
    if len(ratios) > 1:
        logs = [math.log(x) for x in ratios]
        spread = 2 * statistics.stdev(logs) / math.sqrt(len(logs))
        mean = statistics.fmean(logs)
        low, high = math.exp(mean - spread), math.exp(mean + spread)
        print(f"geometric mean {math.exp(mean):.3f}, about 95 % within {low:.3f}-{high:.3f}")
    return statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", default="HEAD", help="the revision to compare with (default: HEAD)")
    parser.add_argument("--same", action="store_true", help="run --old on both sides (how large the noise is)")
    parser.add_argument("--rounds", type=int, default=60, help="turns each side takes in all (default: 60)")
    parser.add_argument("--block", type=int, default=30, help="pairs per turn (default: 30)")
    parser.add_argument("--processes", type=int, default=3, help="pairs of workers the rounds are shared by")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return
    folder = Path(tempfile.mkdtemp(prefix="replylint-ab-"))
    ratios: list[float] = []
    old_rates: list[float] = []
    new_rates: list[float] = []
    try:
        export(args.old, folder)
        each = max(1, args.rounds // args.processes)
        for k in range(args.processes):
            # Both workers of a pair hash strings alike: with a random seed each, one process of the pair could be
            # a few per cent faster than the other for the whole run (an A/A run gave 1.026 over 90 rounds).
            old = Side(f"old ({args.old})", folder, hash_seed=k)
            new = Side("new", folder if args.same else None, hash_seed=k)
            try:
                ratios += alternate(old, new, each, args.block, 100 + k * each)
                old_rates += old.rates
                new_rates += new.rates
            finally:
                old.close()
                new.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"old: {args.old}; new: {args.old if args.same else 'the working tree'}")
    ratio = summary(ratios, old_rates, new_rates)
    print(f"ratio new/old, median of {len(ratios)} rounds of {args.block} pairs: {ratio:.3f}")


if __name__ == "__main__":
    main()
