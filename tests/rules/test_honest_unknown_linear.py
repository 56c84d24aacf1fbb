"""honest-unknown stays linear on replies made of admissions (each once looked at its whole line's quotes)."""

from __future__ import annotations

import time

import pytest

import replylint


@pytest.mark.parametrize(
    "unit",
    ["не знаю ", "I don't know ", "«не знаю» ", "I don't know of any problem ", "If you're not sure, I don't know. "],
)
def test_many_admissions_in_linear_time(unit: str) -> None:
    linter = replylint.Linter(select=["honest-unknown"], config={"max-bytes": 5_000_000})
    small, large = unit * (10_000 // len(unit)), unit * (160_000 // len(unit))
    linter.lint(small)
    started = time.process_time()
    linter.lint(small)
    base = time.process_time() - started
    started = time.process_time()
    report = linter.lint(large)
    took = time.process_time() - started
    assert report.language is not None
    assert took < max(40 * base, 3.0)  # 16x the text; a hang guard here, the helper below checks linearity


def test_quote_check_does_not_rescan_the_line() -> None:
    from replylint_rules._answers import _inside_quotes, quote_marks_in

    text = "«не знаю» " * 40_000  # one 400,000-character line
    positions = range(0, len(text), 200)
    started = time.process_time()
    marks = quote_marks_in(text)
    inside = [_inside_quotes(text, p, marks) for p in positions]
    # counting the marks in the line before each position took seconds here (2,000 x 6 counts of ~200 KB)
    assert time.process_time() - started < 0.5
    assert inside[:3] == [False, False, False] and _inside_quotes(text, 3, marks)


def test_quoted_admission_is_still_ignored() -> None:
    report = replylint.lint(
        'Hi Anna,\n\nYou wrote "I don\'t know the size" and asked about it.\n\nBest,\nTom', select=["honest-unknown"]
    )
    assert not report.findings
    report = replylint.lint(
        "Hi Anna,\n\nI don't know when the boots come back.\n\nBest,\nTom", select=["honest-unknown"]
    )
    assert [f.data["kind"] for f in report.findings] == ["nothing-offered"]
