"""Snapshot every finding on every input the project has, and compare two snapshots: the check a speed change passes.

    python benchmarks/same_findings.py save before.json [--extra DIR ...]
    ... change the code ...
    python benchmarks/same_findings.py save after.json [--extra DIR ...]
    python benchmarks/same_findings.py compare before.json after.json

Inputs: the labelled corpora (tests/corpus, tests/holdout, reply + original + context as the case gives them),
every example of every installed rule (linted as `replylint.testing` lints it), the blind rounds
(tests/rounds/r*/*.jsonl, records with `reply` + `original`), every file under tests/fixtures and
replylint/examples, and, with `--extra`, directories of `.eml`/`.txt` files or `.jsonl` files of records with
`customer_message`+`agent_reply`, `reply`+`original`, `body` or `raw` fields. Each finding is recorded with its
position in the file too (`file_line`/`file_column`). For message files the parsed headers, body, quote and
defects are recorded too, so a parser change is checked below the findings as well.

A speed change passes when `compare` prints no differences. The snapshot is a plain JSON map of input id to what
was found; nothing here depends on timing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _report_record(report: Any) -> list[list[Any]]:
    return [
        [
            f.rule,
            f.severity.value,
            f.start,
            f.end,
            f.line,
            f.column,
            f.message,
            f.suggestion,
            json.dumps(f.data, sort_keys=True, ensure_ascii=False),
            f.file_line,
            f.file_column,
        ]
        for f in report.findings
    ]


def _safe(fn: Any) -> Any:
    """What a call gives, or the error it raises: an input that failed before must fail the same way after."""
    from replylint.errors import ReplylintError

    try:
        return fn()
    except ReplylintError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}


def _parsed_record(path: Path) -> Any:
    from replylint.parsing import parse_input

    def parse() -> Any:
        message, _ = parse_input(path)
        headers = message.headers
        return {
            "text": message.text,
            "quote": message.quote,
            "signature": message.signature,
            "quote_header": message.quote_header,
            "html_only": message.html_only,
            "defects": list(message.defects),
            "body": message.body,
            "headers": None if headers is None else repr(headers),
        }

    return _safe(parse)


def _corpus_inputs(root: Path) -> Iterator[tuple[str, Any, Any, dict[str, Any]]]:
    from replylint.eval import load_cases

    for case in load_cases(root):
        yield f"{root.name}:{case.id}", case.reply, case.original, dict(case.context)


def _jsonl_inputs(path: Path) -> Iterator[tuple[str, Any, Any, dict[str, Any]]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        record = json.loads(line)
        rid = f"{path.parent.name}/{path.name}:{record.get('id', n)}"
        if "agent_reply" in record:
            yield rid, record["agent_reply"], record.get("customer_message"), {}
            yield rid + ":alone", record["agent_reply"], None, {}
        elif "reply" in record:
            yield rid, record["reply"], record.get("original"), {}
        elif "body" in record:
            yield rid, record["body"], None, {}
        elif "raw" in record:
            yield rid, record["raw"], None, {}


def _file_inputs(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".eml", ".txt", ".html"))


def snapshot(extra: list[Path]) -> dict[str, Any]:
    from replylint.api import Linter
    from replylint.registry import discover
    from replylint.testing import iter_examples, lint_example

    linter = Linter()
    out: dict[str, Any] = {}
    for corpus in (ROOT / "tests" / "corpus", ROOT / "tests" / "holdout"):
        for rid, reply, original, context in _corpus_inputs(corpus):
            out[rid] = _safe(lambda r=reply, o=original, c=context: _report_record(linter.lint(r, o, context=c)))
    for cls in discover().classes():
        for name, example in iter_examples(cls):
            out[f"example:{name}"] = _safe(lambda c=cls, e=example: _report_record(lint_example(c, e)))
    files = [*_file_inputs(ROOT / "tests" / "fixtures"), *_file_inputs(ROOT / "replylint" / "examples")]
    jsonl: list[Path] = sorted((ROOT / "tests" / "rounds").glob("r*/*.jsonl"))
    for folder in extra:
        if folder.is_file() and folder.suffix == ".jsonl":
            jsonl.append(folder)
        else:
            files.extend(_file_inputs(folder))
            jsonl.extend(sorted(folder.rglob("*.jsonl")))
    for path in files:
        key = f"file:{path.relative_to(path.anchor)}"
        out[key] = _safe(lambda p=path: _report_record(linter.lint(p)))
        if path.suffix == ".eml":
            out[key + ":parsed"] = _parsed_record(path)
    for path in jsonl:
        for rid, reply, original, context in _jsonl_inputs(path):
            out[rid] = _safe(lambda r=reply, o=original, c=context: _report_record(linter.lint(r, o, context=c)))
    return out


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    diffs = [f"only before: {key}" for key in before if key not in after]
    diffs += [f"only after: {key}" for key in after if key not in before]
    for key, old in before.items():
        if key in after and old != after[key]:
            diffs.append(
                f"differs: {key}\n  before: {json.dumps(old, ensure_ascii=False)[:600]}\n"
                f"  after:  {json.dumps(after[key], ensure_ascii=False)[:600]}"
            )
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    save = sub.add_parser("save")
    save.add_argument("out", type=Path)
    save.add_argument("--extra", type=Path, action="append", default=[])
    cmp = sub.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "save":
        data = snapshot(args.extra)
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        findings = sum(len(v) for v in data.values() if isinstance(v, list))
        print(f"{len(data)} inputs, {findings} findings -> {args.out}")
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    diffs = compare(before, after)
    for line in diffs:
        print(line)
    print(f"{len(before)} inputs compared: {'identical' if not diffs else f'{len(diffs)} differences'}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
