"""replylint's speed and memory, measured: cold start, steady state, batch, scaling, adversarial input.

    python benchmarks/run.py            # the full table (about a minute on 2 cores)
    python benchmarks/run.py --quick    # fewer repetitions, for a smoke run

Targets (2-core machine): cold start <= 1.0 s, >= 300 replies/s per core, <= 400 MB peak RSS, linear scaling.
Every figure is printed with what it measures; nothing here asserts, so a slow machine reports, never fails.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPLIES = sorted((HERE / "replies").glob("*.txt"))
SENT = re.compile(r"(?<=[.!?…])\s+|\n{2,}")
ADVERSARIAL = [">", "> ", "-", "--\n", "!", "?", ".", "{", "{{", "}", "%", "<", "[", "(", ")", ":)", "=", "@",
               "A", "Я ", "a ", " ", "\n", "\n\n", "On ", "http://", "*", "'", '"', "й", "\u200b", "😀"]


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def cold_start(runs: int) -> list[tuple[str, float, float, float]]:
    """A fresh `python -m replylint check` per run, all rules, as a pre-send hook would start.

    Measured as installed: one unmeasured run first lets Python cache replylint's compiled modules (pip does the
    same for a regular install), even where PYTHONDONTWRITEBYTECODE is set; without that cache every run would
    also compile replylint's ~50 modules from source, which added ~80 ms here.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rows = []
    for name in ("en1.txt", "ru1.txt", "uk1.txt"):
        path = HERE / "replies" / name
        command = [sys.executable, "-m", "replylint", "check", str(path), "--format", "json"]
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        walls, rss, cpus = [], [], []
        for _ in range(runs):
            t = time.perf_counter()
            proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            _, status, usage = os.wait4(proc.pid, 0)
            walls.append(time.perf_counter() - t)
            cpus.append(usage.ru_utime + usage.ru_stime)
            rss.append(usage.ru_maxrss / 1024)
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                raise SystemExit(f"cold start run failed: {proc.stderr.read().decode() if proc.stderr else ''}")
        rows.append((name, statistics.median(walls), statistics.median(cpus), max(rss)))
    return rows


def steady_state(seconds: float) -> tuple[float, float, int, float]:
    """Replies per second on one core after warm-up, with the order number varied so no reply repeats."""
    import replylint

    texts = [p.read_text(encoding="utf-8") for p in REPLIES]
    linter = replylint.Linter()
    for text in texts:
        linter.lint(text)
    done = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for text in texts:
            linter.lint(text.replace("48213", str(48213 + done)))
            done += 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return done / elapsed, done / cpu, done, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch(n: int, processes: int) -> tuple[float, float]:
    import replylint

    texts = [p.read_text(encoding="utf-8") for p in REPLIES]
    items = [texts[i % len(texts)].replace("48213", str(50000 + i)) for i in range(n)]
    t = time.perf_counter()
    count = sum(1 for _ in replylint.lint_many(items, processes=processes, chunksize=32))
    elapsed = time.perf_counter() - t
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return count / elapsed, children


def scaling(runs: int) -> list[tuple[int, float]]:
    """Time per reply for bodies of 1 KB to 1 MB, built from real paragraphs (so every rule has work)."""
    import replylint

    paragraphs = [p.read_text(encoding="utf-8").split("\n\n")[1] for p in REPLIES]
    linter = replylint.Linter(config={"max-bytes": 5_000_000})
    rows = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        body, i = "Hello Anna,\n\n", 0
        while len(body.encode()) < size:
            body += paragraphs[i % 3] + "\n\n"  # the English ones, so detection does not change language
            i += 1
        body = body.encode()[:size].decode(errors="ignore")
        linter.lint(body)
        rows.append((size, _median_ms(lambda b=body: linter.lint(b), runs)))  # type: ignore[misc]
    return rows


def floor_us() -> float:
    """Read the file and split sentences with one regular expression: the least any linter must do."""
    t = time.perf_counter()
    n = 0
    for _ in range(500):
        for path in REPLIES:
            SENT.split(path.read_text(encoding="utf-8"))
            n += 1
    return (time.perf_counter() - t) / n * 1e6


def proselint_us() -> float | None:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    texts = [p.read_text(encoding="utf-8") for p in REPLIES if p.name.startswith("en")]
    for text in texts:
        LintFile("x", text).lint()
    t = time.perf_counter()
    n = 0
    for _ in range(20):
        for text in texts:
            LintFile("x", text).lint()
            n += 1
    return (time.perf_counter() - t) / n * 1e6


def adversarial(repeat: int) -> list[tuple[str, float]]:
    """100,000 repetitions of each kind of character the parser and rules look for; must stay linear."""
    import replylint

    linter = replylint.Linter(config={"max-bytes": 5_000_000})
    rows = []
    for unit in ADVERSARIAL:
        text = unit * (repeat // max(1, len(unit)))
        t = time.perf_counter()
        linter.lint(text)
        rows.append((repr(unit), (time.perf_counter() - t) * 1000))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    q = args.quick
    print(f"replylint benchmark — Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"{len(REPLIES)} replies of ~150 words (en/ru/uk)\n")

    rows = cold_start(3 if q else 7)
    print("cold start: python -m replylint check <reply>, all rules (median wall, median CPU, peak RSS)")
    for name, wall, cpu, rss in rows:
        print(f"  {name:<10} {wall * 1000:7.0f} ms wall  {cpu * 1000:7.0f} ms CPU   {rss:6.0f} MiB")

    floor = floor_us()
    rate, cpu_rate, done, rss = steady_state(3 if q else 10)
    per_reply_us = 1e6 / rate
    print(f"\nsteady state, one core: {rate:7.0f} replies/s wall, {cpu_rate:7.0f} per CPU-second "
          f"({per_reply_us:6.0f} µs/reply, {done} replies), peak RSS {rss:.0f} MiB")
    print(f"floor (read + regex sentence split): {floor:6.1f} µs/reply  -> replylint = {per_reply_us / floor:5.0f}x "
          "the floor")
    pl = proselint_us()
    if pl is None:
        print("proselint: not installed (pip install proselint) — peer figure skipped")
    else:
        print(f"proselint (en only, 124 checks): {pl:7.0f} µs/reply -> replylint en+ru+uk = "
              f"{per_reply_us / pl:4.2f}x proselint")
    cores = os.cpu_count() or 1
    brate, brss = batch(600 if q else 3000, cores)
    print(f"batch API, lint_many(processes={cores}): {brate:7.0f} replies/s, worker peak RSS {brss:.0f} MiB")

    print("\nscaling (one reply of each size, median):")
    base = None
    for size, ms in scaling(2 if q else 3):
        per_kb = ms / (size / 1000)
        base = base or per_kb
        print(f"  {size / 1000:>7.0f} KB  {ms:9.1f} ms   {per_kb:7.2f} ms/KB  ({per_kb / base:4.2f}x the 1 KB rate)")

    print("\nadversarial: 100,000 characters of one kind (ms):")
    worst = adversarial(20_000 if q else 100_000)
    worst.sort(key=lambda r: -r[1])
    print("  " + ", ".join(f"{u} {ms:.0f}" for u, ms in worst[:8]) + f"  … (slowest of {len(worst)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
