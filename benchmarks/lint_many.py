"""`lint_many` throughput, one process against several, on realistic reply + original pairs, in one run.

    python benchmarks/lint_many.py                 # 3,000 pairs, 1 and 2 processes
    python benchmarks/lint_many.py -n 6000 -p 1 2 3

The pairs are the project's corpus cases (tests/corpus, reply and original as a helpdesk would pass them), with the
order numbers varied so no reply repeats. Each line gives replies/s over the whole call (worker start-up
included: each worker is a fresh interpreter that imports spaCy and builds its pipelines once) and from the first
result on (start-up excluded), and the speed-up against one process. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import re
import time
import tomllib
from pathlib import Path

import replylint

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def pairs() -> list[tuple[str, str | None]]:
    found = []
    for path in sorted(CORPUS.glob("*/*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            found.append((case["reply"], case.get("original")))
    return found


def items(n: int) -> list[replylint.Job]:
    base = pairs()
    out = []
    for i in range(n):
        reply, original = base[i % len(base)]
        number = str(60000 + i)
        out.append(
            replylint.Job(
                re.sub(r"\b\d{4,5}\b", number, reply), re.sub(r"\b\d{4,5}\b", number, original) if original else None
            )
        )
    return out


def measure(jobs: list[replylint.Job], processes: int, chunksize: int) -> tuple[float, float]:
    started = time.perf_counter()
    first = None
    count = 0
    for _ in replylint.lint_many(jobs, processes=processes, chunksize=chunksize, errors="return"):
        count += 1
        if first is None:
            first = time.perf_counter()
    end = time.perf_counter()
    assert first is not None
    return count / (end - started), (count - 1) / max(end - first, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=3000, help="pairs to lint (default 3000)")
    parser.add_argument("-p", type=int, nargs="+", default=[1, 2], help="process counts (default 1 2)")
    parser.add_argument("--chunksize", type=int, default=16)
    args = parser.parse_args()
    jobs = items(args.n)
    print(f"{len(jobs)} reply + original pairs from {len(pairs())} corpus cases")
    base = None
    for processes in args.p:
        whole, steady = measure(jobs, processes, args.chunksize)
        base = base or whole
        print(
            f"processes={processes}: {whole:6.0f} replies/s whole call, {steady:6.0f} from the first result; "
            f"{whole / base:.2f}x one process"
        )


if __name__ == "__main__":
    main()
