"""Measure rules against a labelled corpus: precision and recall per rule and language.

    python -m replylint.eval tests/corpus [--rule ID] [--lang ru] [--errors] [--json] [--min-severity warning]

A case is a TOML table (see tests/corpus/README.md) or one line of a JSON-lines file (the blind rounds' format,
see tests/holdout/ROUNDS.md) naming the rule ids that must fire and, optionally, the rules whose firing is
defensible either way (`allow`, scored neither right nor wrong); every other rule must stay quiet. A rule
"fires" on a case when it yields at least one finding at or above `--min-severity` (default: any severity; blind
rounds are scored at `warning`, which is what their writers label).
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
from replylint.model import Severity


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
    allow: frozenset[str] = frozenset()


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
    """Every case under root: root/<lang>/*.toml and any *.jsonl below root (or root itself, a .jsonl file).

    Sorted by file then position so that runs compare line by line; ids must be unique across all files.
    """
    cases: list[Case] = []
    seen: set[str] = set()
    files = [root] if root.is_file() else sorted([*root.glob("*/*.toml"), *root.rglob("*.jsonl")])
    for path in files:
        for raw, lang in _raw_cases(path):
            cid = raw["id"]
            if cid in seen:
                raise ValueError(f"{path}: duplicate case id {cid!r}")
            seen.add(cid)
            cases.append(
                Case(
                    id=cid,
                    lang=lang,
                    reply=raw["reply"],
                    expect=frozenset(raw.get("expect", [])),
                    original=raw.get("original"),
                    context=dict(raw.get("context", {})),
                    note=raw.get("note", ""),
                    file=str(path),
                    allow=frozenset(raw.get("allow", [])),
                )
            )
    return cases


def _raw_cases(path: Path) -> Iterable[tuple[dict[str, Any], str]]:
    """The raw case tables of one file with their language: a TOML file's folder names it, a JSON line says it."""
    if path.suffix == ".toml":
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        return [(raw, path.parent.name) for raw in data.get("case", [])]
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not a JSON object: {exc}") from None
        missing = [key for key in _REQUIRED if not isinstance(raw, dict) or key not in raw]
        if missing:
            # a judge's questions or a run record beside the cases: say which file, not a KeyError
            raise ValueError(f"{path}:{number}: not a case (no {', '.join(missing)})")
        out.append((raw, raw["lang"]))
    return out


_REQUIRED = ("id", "lang", "reply")


def run(
    cases: Iterable[Case], rule_ids: Sequence[str] | None = None, min_severity: Severity = Severity.INFO
) -> tuple[list[Outcome], list[str]]:
    linter = Linter(select=rule_ids)
    outcomes = []
    for case in cases:
        report = linter.lint(case.reply, case.original, context=case.context or None)
        messages: dict[str, list[str]] = {}
        for f in report.findings:
            if f.severity < min_severity and f.rule != "internal-error":
                continue
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
            if rid in out.case.allow and rid not in out.case.expect:
                continue
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


def totals(table: dict[tuple[str, str], Score]) -> tuple[dict[str, Score], Score]:
    """Per-rule scores over every language, and the micro total over every rule and language."""
    per_rule: dict[str, Score] = {}
    micro = Score()
    for (rid, _lang), s in table.items():
        r = per_rule.setdefault(rid, Score())
        for acc in (r, micro):
            acc.tp += s.tp
            acc.fp += s.fp
            acc.fn += s.fn
            acc.tn += s.tn
    return per_rule, micro


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def format_table(table: dict[tuple[str, str], Score], langs: Sequence[str]) -> str:
    rules = sorted({r for r, _ in table})
    per_rule, micro = totals(table)
    columns = [*langs, "all"]
    head = f"{'rule':<22}" + "".join(f" | {col:^23}" for col in columns)
    sub = f"{'':<22}" + "".join(f" | {'P':>5} {'R':>5} {'tp':>3} {'fp':>3} {'fn':>3}" for _ in columns)
    lines = [head, sub, "-" * len(sub)]
    for rid in rules:
        row = f"{rid:<22}"
        for s in [*(table.get((rid, lang), Score()) for lang in langs), per_rule[rid]]:
            row += f" | {_fmt(s.precision)} {_fmt(s.recall)} {s.tp:>3} {s.fp:>3} {s.fn:>3}"
        lines.append(row)
    lines.append(
        f"micro: precision {_fmt(micro.precision).strip()}, recall {_fmt(micro.recall).strip()} "
        f"(tp {micro.tp}, fp {micro.fp}, fn {micro.fn})"
    )
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
    parser.add_argument(
        "--min-severity",
        default="info",
        choices=["info", "warning", "error"],
        help="a rule counts as fired only at or above this severity (blind rounds: warning)",
    )
    args = parser.parse_args(argv)
    try:
        cases = [c for c in load_cases(Path(args.corpus)) if not args.lang or c.lang in args.lang]
    except (OSError, ValueError, tomllib.TOMLDecodeError) as exc:
        print(f"replylint.eval: {exc}", file=sys.stderr)
        return 2
    if not cases:
        print(f"no cases under {args.corpus}", file=sys.stderr)
        return 2
    outcomes, rule_ids = run(cases, args.rule, Severity.parse(args.min_severity))
    table = score(outcomes, rule_ids)
    langs = sorted({c.lang for c in cases})
    if args.json:
        print(
            json.dumps(
                {
                    f"{r}/{lang}": {"precision": s.precision, "recall": s.recall, "tp": s.tp, "fp": s.fp, "fn": s.fn}
                    for (r, lang), s in sorted(table.items())
                },
                indent=2,
            )
        )
    else:
        print(f"{len(cases)} cases: " + ", ".join(f"{lang} {sum(c.lang == lang for c in cases)}" for lang in langs))
        print(format_table(table, langs))
    if args.errors:
        for out in outcomes:
            wrong = sorted(((out.fired ^ out.case.expect) - (out.case.allow - out.case.expect)) & set(rule_ids))
            if wrong or out.internal:
                print(
                    f"\n{out.case.id} ({Path(out.case.file).name}): expected {sorted(out.case.expect)}, "
                    f"fired {sorted(out.fired)}"
                )
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
