"""The blind rounds as a ratchet: no rule may get more false alarms or misses on them than it had when the baseline
was last recorded.

The rounds were written from the rule pages alone by people who never saw the code (tests/holdout/ROUNDS.md), and
after their first run they are development data; this test keeps a later change from quietly undoing what they
taught. A change that fixes cases lowers the counts: record them again with
`python tests/test_rounds.py --update`, in the same commit, so the ratchet tightens.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from replylint.eval import load_cases, run, score, totals
from replylint.model import Severity

ROUNDS = Path(__file__).parent / "rounds"
BASELINE = ROUNDS / "baseline.json"


def current() -> dict[str, dict[str, int]]:
    """Per rule over every round and language: false alarms and misses, scored at warning as the rounds are."""
    cases = load_cases(ROUNDS)
    outcomes, rule_ids = run(cases, None, Severity.WARNING)
    assert not [o.case.id for o in outcomes if o.internal], "rules crashed on round cases"
    per_rule, _ = totals(score(outcomes, rule_ids))
    return {rid: {"fp": s.fp, "fn": s.fn, "tp": s.tp} for rid, s in sorted(per_rule.items())}


@pytest.fixture(scope="module")
def counts() -> dict[str, dict[str, int]]:
    return current()


def test_no_rule_does_worse_on_the_blind_rounds_than_recorded(counts: dict[str, dict[str, int]]) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = [
        f"{rid}: {kind} {now[kind]} > {baseline[rid][kind]} recorded"
        for rid, now in counts.items()
        if rid in baseline
        for kind in ("fp", "fn")
        if now[kind] > baseline[rid][kind]
    ]
    assert not worse, "worse on the blind rounds than recorded:\n" + "\n".join(worse)


def test_every_round_is_scored(counts: dict[str, dict[str, int]]) -> None:
    assert set(counts) == set(json.loads(BASELINE.read_text(encoding="utf-8")))
    assert len(load_cases(ROUNDS)) >= 450


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    BASELINE.write_text(json.dumps(current(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE}")
