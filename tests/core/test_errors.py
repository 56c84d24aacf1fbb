"""The "did you mean" hint is written once and reads the same for every kind of unknown name."""

from __future__ import annotations

import pytest

import replylint
from replylint.errors import ConfigError, did_you_mean


def test_hint_names_the_closest_choice_or_nothing() -> None:
    assert did_you_mean("lenght", ["length", "pushy"]) == " (did you mean 'length'?)"
    assert did_you_mean("zzz", ["length", "pushy"]) == ""
    assert did_you_mean("lenght", ["length"], "uk") != did_you_mean("lenght", ["length"])  # translated
    assert "'length'" in did_you_mean("lenght", ["length"], "uk")


@pytest.mark.parametrize(
    "call",
    [
        lambda: replylint.lint("Hi", options={"lenght": {}}),
        lambda: replylint.lint("Hi", config={"select": ["lenght"]}),
    ],
)
def test_unknown_rule_errors_carry_the_same_hint(call: object) -> None:
    with pytest.raises(ConfigError, match=r"\(did you mean 'length'\?\)"):
        call()  # type: ignore[operator]
