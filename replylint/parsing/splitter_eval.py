"""Agreement of `split_body` with the expectations of peer splitters (discourse, talon, email_reply_parser).

Run `python -m replylint.parsing.splitter_eval [-v] [replies.jsonl]`. Each record says how its upstream test
compared (`compare`); this script applies that literally. Tools differ in what they count as the visible
reply: discourse's trimmer, email_reply_parser and talon's signature extractor hide signatures, talon's
quotation extractor keeps them, so the signature is included or not per tool, never per record.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from replylint.parsing.html import html_structure, html_to_text
from replylint.parsing.split import kept_text

DEFAULT = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "splitter" / "replies.jsonl"
_KEEPS_SIGNATURE = frozenset({"mailgun/talon"})
"""Tools whose expected output keeps the signature in the reply (talon's extract_from_plain)."""
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Outcome:
    id: str
    source: str
    ok: bool
    got: str | None
    expected: str | None


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def body_of(record: Mapping[str, Any]) -> str:
    """The decoded body to split, following the upstream procedure for each input format."""
    raw = str(record["raw"])
    fmt = record.get("input_format", "plain")
    if fmt == "html":
        return html_to_text(raw)
    if fmt == "eml":
        from replylint.parsing import parse_input

        return parse_input(raw)[0].body
    return raw


def visible(record: Mapping[str, Any]) -> str:
    """The reply as replylint would lint it; HTML is split on the client's structure, as `parse_input` does."""
    keeps_sig = record["source_repo"] in _KEEPS_SIGNATURE and record.get("expected_signature") is None
    if record.get("input_format", "plain") == "html":
        text, hint = html_structure(str(record["raw"]))
        return kept_text(text, signature=keeps_sig, hint=hint)
    return kept_text(body_of(record), signature=keeps_sig)


def agrees(record: Mapping[str, Any], got: str) -> bool:
    mode = record["compare"]
    expected = record.get("expected_visible")
    if mode == "contains":
        must = record.get("expected_contains") or []
        must_not = record.get("expected_not_contains") or []
        return all(str(s) in got for s in must) and not any(str(s) in got for s in must_not)
    if expected is None:
        return False
    if mode in ("exact", "visible_text_exact", "first_fragment_exact"):
        return got == str(expected).rstrip()
    if mode in ("strip_both", "first_fragment_strip"):
        return got.strip() == str(expected).strip()
    if mode == "remove_all_whitespace":
        return _WS.sub("", got) == _WS.sub("", str(expected))
    raise ValueError(f"unknown compare mode {mode!r}")


def evaluate(records: Iterable[Mapping[str, Any]]) -> list[Outcome]:
    out = []
    for record in records:
        got = visible(record)
        ok = agrees(record, got)
        expected = record.get("expected_visible")
        out.append(Outcome(str(record["id"]), str(record["source_repo"]), ok, got, expected))
    return out


def summary(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        per[o.source][0] += o.ok
        per[o.source][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(per.items())}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    path = Path(paths[0]) if paths else DEFAULT
    if not path.is_file():
        print(f"splitter benchmark not found at {path}; pass the path to replies.jsonl", file=sys.stderr)
        return 2
    outcomes = evaluate(load(path))
    for source, (ok, total) in summary(outcomes).items():
        print(f"{source:32} {ok:4}/{total:<4} {ok / total:6.1%}")
    ok = sum(o.ok for o in outcomes)
    print(f"{'overall':32} {ok:4}/{len(outcomes):<4} {ok / len(outcomes):6.1%}")
    if verbose:
        for o in outcomes:
            if not o.ok:
                print(f"\nFAIL {o.id}\n--- got\n{o.got}\n--- expected\n{o.expected}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
