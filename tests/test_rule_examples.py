"""Every example of every installed rule runs as a test; the same examples are the rule's documentation."""

from __future__ import annotations

import pytest

from replylint.registry import discover
from replylint.rule import Example, Rule
from replylint.testing import contract_problems, example_problems, iter_examples

RULES = discover().classes()
CASES = [pytest.param(cls, ex, id=name) for cls in RULES for name, ex in iter_examples(cls)]


def test_builtin_rules_all_load() -> None:
    registry = discover()
    failures = []
    for entry in registry:
        try:
            entry.load()
        except Exception as exc:  # noqa: BLE001 - the test reports every failure at once
            failures.append(f"{entry.id}: {exc}")
    assert not failures


@pytest.mark.parametrize(("rule_cls", "example"), CASES)
def test_example(rule_cls: type[Rule], example: Example) -> None:
    problems = example_problems(rule_cls, example)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("rule_cls", RULES, ids=[c.id for c in RULES])
def test_contract(rule_cls: type[Rule]) -> None:
    problems = contract_problems(rule_cls)
    assert not problems, "\n".join(problems)
