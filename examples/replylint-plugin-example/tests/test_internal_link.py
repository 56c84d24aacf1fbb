"""The plugin's tests: its examples behave as declared and its documentation contract holds."""

from replylint.testing import check_examples, contract_problems

from replylint_plugin_example.internal_link import InternalLink


def test_examples() -> None:
    check_examples(InternalLink)


def test_contract() -> None:
    assert contract_problems(InternalLink) == []
