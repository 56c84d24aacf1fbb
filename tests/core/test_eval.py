"""The evaluator reads the blind rounds' JSON lines the way their writers meant them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from replylint.eval import Case, Outcome, load_cases, main, score, totals
from replylint.model import Severity

ORIGINAL = """From: Anna Smith <anna@example.com>
To: help@shop.example
Subject: Order 4411
Date: Mon, 18 Nov 2024 09:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello, when will order 4411 arrive?
Anna
"""

REPLY = """From: Shop <help@shop.example>
To: Anna Smith <anna@example.com>
Subject: Re: Order 4411
Date: Mon, 18 Nov 2024 09:30:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Anna,

Your order 4411 arrives on Thursday, 21 November, between 9am and 1pm.

Kind regards,
Jonah, Shop support
"""


def _write(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def _case(cid: str, expect: list[str], allow: tuple[str, ...] = ()) -> dict[str, object]:
    return {
        "id": cid,
        "lang": "en",
        "original": ORIGINAL,
        "reply": REPLY,
        "expect": expect,
        "allow": list(allow),
        "note": "n",
    }


def test_jsonl_cases_carry_language_and_allow(tmp_path: Path) -> None:
    _write(tmp_path / "en.jsonl", _case("a", []), _case("b", ["length"], ("pushy",)))
    cases = load_cases(tmp_path)
    assert [(c.id, c.lang, sorted(c.allow)) for c in cases] == [("a", "en", []), ("b", "en", ["pushy"])]
    assert load_cases(tmp_path / "en.jsonl") == cases


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", _case("same", []))
    _write(tmp_path / "b.jsonl", _case("same", []))
    try:
        load_cases(tmp_path)
    except ValueError as exc:
        assert "duplicate case id 'same'" in str(exc)
    else:
        raise AssertionError("duplicate ids were accepted")


def test_an_allowed_rule_is_neither_right_nor_wrong() -> None:
    case = Case(id="c", lang="en", reply="", expect=frozenset({"length"}), allow=frozenset({"pushy", "sign-off"}))
    fired = Outcome(case, frozenset({"pushy", "length", "familiar-tone"}), {}, [])
    table = score([fired], ["pushy", "sign-off", "length", "familiar-tone"])
    assert (table[("pushy", "en")].fp, table[("pushy", "en")].tn) == (0, 0)
    assert (table[("sign-off", "en")].fn, table[("sign-off", "en")].tn) == (0, 0)
    assert table[("length", "en")].tp == 1
    assert table[("familiar-tone", "en")].fp == 1
    per_rule, micro = totals(table)
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 0)
    assert per_rule["length"].precision == 1.0


def test_min_severity_drops_info_findings(tmp_path: Path, capsys: object) -> None:
    # Three days late: response-time reports at warning; the same reply an hour late reports only at info.
    late = REPLY.replace("Mon, 18 Nov 2024 09:30", "Thu, 21 Nov 2024 09:30")
    slowish = REPLY.replace("09:30:00", "11:30:00")
    path = _write(
        tmp_path / "r.jsonl",
        {**_case("late", ["response-time"]), "reply": late},
        {**_case("slowish", []), "reply": slowish},
    )
    assert (
        main(
            [
                str(path),
                "--rule",
                "response-time",
                "--min-severity",
                "warning",
                "--min-precision",
                "1",
                "--min-recall",
                "1",
            ]
        )
        == 0
    )
    assert main([str(path), "--rule", "response-time", "--min-precision", "1"]) == 1
    assert Severity.parse("warning") > Severity.INFO


def test_a_jsonl_that_is_not_cases_is_named_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en.jsonl").write_text('{"id": "c1", "lang": "en", "reply": "Hi", "expect": []}\n', encoding="utf-8")
    (tmp_path / "questions.jsonl").write_text('{"q": 1, "rule": "length"}\n', encoding="utf-8")
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "questions.jsonl:1: not a case (no id, lang, reply)" in err and "Traceback" not in err
