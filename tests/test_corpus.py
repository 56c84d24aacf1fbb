"""The accuracy targets: every rule, every language, on the labelled corpus in tests/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.eval import load_cases, run, score

CORPUS = Path(__file__).parent / "corpus"
MIN_PRECISION = 0.95
MIN_RECALL = 0.90
MIN_CASES_PER_LANGUAGE = 80


@pytest.fixture(scope="module")
def table() -> dict[tuple[str, str], object]:
    outcomes, rule_ids = run(load_cases(CORPUS))
    assert not [o.case.id for o in outcomes if o.internal], "rules crashed on corpus cases"
    return score(outcomes, rule_ids)  # type: ignore[return-value]


def test_corpus_size() -> None:
    cases = load_cases(CORPUS)
    assert len(cases) >= 300
    for lang in ("en", "ru", "uk"):
        assert sum(c.lang == lang for c in cases) >= MIN_CASES_PER_LANGUAGE


def test_every_rule_has_positive_cases_in_every_language(table: dict[tuple[str, str], object]) -> None:
    missing = [key for key, s in table.items() if s.tp + s.fn == 0]  # type: ignore[attr-defined]
    assert not missing, f"rules with no labelled positives: {missing}"


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_precision_and_recall_targets(table: dict[tuple[str, str], object], lang: str) -> None:
    below = []
    for (rid, case_lang), s in sorted(table.items()):
        if case_lang != lang:
            continue
        p, r = s.precision, s.recall  # type: ignore[attr-defined]
        if (p is not None and p < MIN_PRECISION) or (r is not None and r < MIN_RECALL):
            below.append(f"{rid}: precision {p}, recall {r}")
    assert not below, f"{lang} below target (precision {MIN_PRECISION}, recall {MIN_RECALL}):\n" + "\n".join(below)
