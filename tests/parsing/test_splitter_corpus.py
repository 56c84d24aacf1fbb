"""Agreement with the peer splitters' expectations on the shared benchmark (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.parsing import splitter_eval

BENCHMARK = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "splitter" / "replies.jsonl"
TARGET = 0.96
"""Agreement on the shared set when the splitter was last extended (137 of 142); a change may not lose cases."""


@pytest.fixture(scope="module")
def outcomes() -> list[splitter_eval.Outcome]:
    if not BENCHMARK.is_file():
        pytest.skip("../shared/corpus/splitter/replies.jsonl is not present in this checkout")
    return splitter_eval.evaluate(splitter_eval.load(BENCHMARK))


def test_overall_agreement_meets_the_target(outcomes: list[splitter_eval.Outcome]) -> None:
    agreed = sum(o.ok for o in outcomes)
    failed = [o.id for o in outcomes if not o.ok]
    assert agreed / len(outcomes) >= TARGET, f"{agreed}/{len(outcomes)} agree; failing: {failed}"


def test_every_source_is_evaluated(outcomes: list[splitter_eval.Outcome]) -> None:
    per_source = splitter_eval.summary(outcomes)
    assert len(per_source) >= 2
    assert sum(total for _, total in per_source.values()) == len(outcomes)


def test_compare_modes_are_applied_literally() -> None:
    record = {"compare": "remove_all_whitespace", "expected_visible": "Hi.\n\nThanks,\nAlex"}
    assert splitter_eval.agrees(record, "Hi. Thanks, Alex")
    assert not splitter_eval.agrees({**record, "compare": "exact"}, "Hi. Thanks, Alex")
    assert splitter_eval.agrees({"compare": "strip_both", "expected_visible": " a \n"}, "a")
    contains = {
        "compare": "contains",
        "expected_visible": None,
        "expected_contains": ["a"],
        "expected_not_contains": ["b"],
    }
    assert splitter_eval.agrees(contains, "xa")
    assert not splitter_eval.agrees(contains, "ab")


def test_eval_script_exits_cleanly_without_the_benchmark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert splitter_eval.main([str(tmp_path / "missing.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err
