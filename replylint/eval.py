"""Measure rules against a labelled corpus: precision and recall per rule and language.

    python -m replylint.eval tests/corpus [--rule ID] [--lang ru] [--errors] [--json]

A case is a TOML table (see tests/corpus/README.md) naming the rule ids that must fire; every other rule must
stay quiet. A rule "fires" on a case when it yields at least one finding of any severity.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replylint.api import Linter
from replylint.engine import ENGINE_IDS


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    reply: str
    expect: frozenset[str]
    original: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    file: str = ""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Outcome:
    case: Case
    fired: frozenset[str]
    messages: dict[str, list[str]]
    internal: list[str]


def load_cases(root: Path) -> list[Case]:
    """Every case under root/<lang>/*.toml, sorted by file then position; ids must be unique."""
    cases: list[Case] = []
    seen: set[str] = set()
    for path in sorted(root.glob("*/*.toml")):
        lang = path.parent.name
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for raw in data.get("case", []):
            cid = raw["id"]
            if cid in seen:
                raise ValueError(f"{path}: duplicate case id {cid!r}")
            seen.add(cid)
            cases.append(Case(id=cid, lang=lang, reply=raw["reply"], expect=frozenset(raw.get("expect", [])),
                              original=raw.get("original"), context=dict(raw.get("context", {})),
                              note=raw.get("note", ""), file=str(path)))
    return cases


def run(cases: Iterable[Case], rule_ids: Sequence[str] | None = None) -> tuple[list[Outcome], list[str]]:
    linter = Linter(select=rule_ids)
    outcomes = []
    for case in cases:
        report = linter.lint(case.reply, case.original, context=case.context or None)
        messages: dict[str, list[str]] = {}
        for f in report.findings:
            messages.setdefault(f.rule, []).append(f"{f.data.get('kind', '')}: {f.message}")
        internal = messages.pop("internal-error", [])
        for eid in ENGINE_IDS:
            messages.pop(eid, None)
        outcomes.append(Outcome(case, frozenset(messages), messages, internal))
    return outcomes, linter.rule_ids


def score(outcomes: Iterable[Outcome], rule_ids: Sequence[str]) -> dict[tuple[str, str], Score]:
    table: dict[tuple[str, str], Score] = {}
    for out in outcomes:
        for rid in rule_ids:
            s = table.setdefault((rid, out.case.lang), Score())
            expected, fired = rid in out.case.expect, rid in out.fired
            if expected and fired:
                s.tp += 1
            elif fired:
                s.fp += 1
            elif expected:
                s.fn += 1
            else:
                s.tn += 1
    return table


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def format_table(table: dict[tuple[str, str], Score], langs: Sequence[str]) -> str:
    rules = sorted({r for r, _ in table})
    head = f"{'rule':<22}" + "".join(f" | {lang:^23}" for lang in langs)
    sub = f"{'':<22}" + "".join(f" | {'P':>5} {'R':>5} {'tp':>3} {'fp':>3} {'fn':>3}" for _ in langs)
    lines = [head, sub, "-" * len(sub)]
    for rid in rules:
        row = f"{rid:<22}"
        for lang in langs:
            s = table.get((rid, lang), Score())
            row += f" | {_fmt(s.precision)} {_fmt(s.recall)} {s.tp:>3} {s.fp:>3} {s.fn:>3}"
        lines.append(row)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replylint.eval", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="tests/corpus")
    parser.add_argument("--rule", action="append", help="only this rule (repeatable)")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list every wrong case")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--min-precision", type=float, default=None)
    parser.add_argument("--min-recall", type=float, default=None)
    args = parser.parse_args(argv)
    cases = [c for c in load_cases(Path(args.corpus)) if not args.lang or c.lang in args.lang]
    if not cases:
        print(f"no cases under {args.corpus}", file=sys.stderr)
        return 2
    outcomes, rule_ids = run(cases, args.rule)
    table = score(outcomes, rule_ids)
    langs = sorted({c.lang for c in cases})
    if args.json:
        print(json.dumps({f"{r}/{lang}": {"precision": s.precision, "recall": s.recall, "tp": s.tp, "fp": s.fp,
                                          "fn": s.fn} for (r, lang), s in sorted(table.items())}, indent=2))
    else:
        print(f"{len(cases)} cases: " + ", ".join(f"{lang} {sum(c.lang == lang for c in cases)}" for lang in langs))
        print(format_table(table, langs))
    if args.errors:
        for out in outcomes:
            wrong = sorted((out.fired ^ out.case.expect) & set(rule_ids))
            if wrong or out.internal:
                print(f"\n{out.case.id} ({Path(out.case.file).name}): expected {sorted(out.case.expect)}, "
                      f"fired {sorted(out.fired)}")
                for rid in wrong:
                    for msg in out.messages.get(rid, ["(did not fire)"]):
                        print(f"    {rid}: {msg}")
                for msg in out.internal:
                    print(f"    internal-error: {msg}")
    failed = False
    for s in table.values():
        if args.min_precision is not None and s.precision is not None and s.precision < args.min_precision:
            failed = True
        if args.min_recall is not None and s.recall is not None and s.recall < args.min_recall:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
