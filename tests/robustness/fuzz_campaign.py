"""A fuzz campaign: the property tests under fresh random seeds, round after round, for a fixed time.

    python tests/robustness/fuzz_campaign.py               # at least 10 minutes (make fuzz)
    python tests/robustness/fuzz_campaign.py --minutes 60 --factor 8

CI runs the same property tests derandomized (the `ci` profile: the same examples every run, so a red run is
reproducible and a green one stays green). This explores instead: each round runs every property test under the
`fuzz` profile with `--factor` times the CI example counts and a new Hypothesis seed, and rounds are started until
`--minutes` have passed (the last one finishes, so the campaign lasts at least that long). At the end it prints,
per test, the inputs tried and how many misbehaved (a failing example: an undocumented exception, a span out of
range, a hang past the rule budget, an unsafe character on a terminal, a wrong verdict), as a table; the exit
status is 1 if any did. A failing round's seed is printed, with the pytest command that replays it.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TESTS = ["test_properties.py", "test_fuzz_gate_config.py"]
_TEST = re.compile(r"^(\S+::\S+):$")
_COUNTS = re.compile(r"- (\d+) passing, (\d+) failing")


def run_round(seed: int, factor: int, extra: list[str]) -> tuple[dict[str, list[int]], int, str]:
    """One pytest run of the property tests; per test, [inputs, misbehaved]."""
    env = dict(os.environ, REPLYLINT_HYPOTHESIS_PROFILE="fuzz", REPLYLINT_FUZZ_FACTOR=str(factor))
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        f"--hypothesis-seed={seed}",
        *[str(HERE / t) for t in TESTS],
        *extra,
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    current = None
    for line in done.stdout.splitlines():
        if (found := _TEST.match(line.strip())) is not None:
            current = found.group(1).split("::", 1)[1]
        elif current and (found := _COUNTS.search(line)) is not None:
            counts[current][0] += int(found.group(1)) + int(found.group(2))
            counts[current][1] += int(found.group(2))
    return counts, done.returncode, done.stdout[-4000:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="start rounds until this much time has passed")
    parser.add_argument("--factor", type=int, default=4, help="CI example counts times this, per round (default 4)")
    parser.add_argument("-k", default=None, help="only the property tests matching this pytest -k expression")
    args = parser.parse_args()
    extra = ["-k", args.k] if args.k else []
    started = time.monotonic()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failed_seeds = []
    rounds = 0
    while rounds == 0 or time.monotonic() - started < args.minutes * 60:
        seed = random.SystemRandom().randrange(2**32)
        counts, code, tail = run_round(seed, args.factor, extra)
        rounds += 1
        for test, (inputs, bad) in counts.items():
            totals[test][0] += inputs
            totals[test][1] += bad
        elapsed = (time.monotonic() - started) / 60
        print(
            f"round {rounds}: seed {seed}, {sum(c[0] for c in counts.values()):,} inputs, pytest exit {code}, "
            f"{elapsed:.1f} min so far",
            flush=True,
        )
        if code not in (0, 5):
            failed_seeds.append(seed)
            print(tail, flush=True)
            print(
                f"replay: REPLYLINT_HYPOTHESIS_PROFILE=fuzz REPLYLINT_FUZZ_FACTOR={args.factor} python -m pytest "
                f"--hypothesis-seed={seed} tests/robustness/{' tests/robustness/'.join(TESTS)}",
                flush=True,
            )
    minutes = (time.monotonic() - started) / 60
    print(f"\n{rounds} rounds in {minutes:.1f} minutes\n")
    print("| test | inputs | misbehaved |")
    print("|---|---:|---:|")
    for test in sorted(totals):
        inputs, bad = totals[test]
        print(f"| {test} | {inputs:,} | {bad} |")
    print(f"| **total** | {sum(t[0] for t in totals.values()):,} | {sum(t[1] for t in totals.values())} |")
    return 1 if failed_seeds or any(t[1] for t in totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
