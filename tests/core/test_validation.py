"""Objects built in code get the same checks as configuration files; review findings kept fixed."""

from __future__ import annotations

import math

import pytest

import replylint
from replylint import Config, ConfigError, Context, Hit, Rule, Severity
from replylint.api import original_from_quote
from replylint.registry import Registry


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"language": "de"}, "language must be one of"),
        ({"max_bytes": "10"}, "max-bytes"),
        ({"rule_timeout": 0}, "rule-timeout"),
        ({"rule_timeout": math.inf}, "rule-timeout"),
        ({"severity": {"length": "loud"}}, "unknown severity"),
        ({"select": "length"}, "not one string"),
    ],
)
def test_config_objects_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config(**kwargs)  # type: ignore[arg-type]


def test_config_object_severities_are_normalised() -> None:
    report = replylint.lint("Done.", config=Config(severity={"length": "info"}), select=["length"])  # type: ignore[dict-item]
    assert report.findings[0].severity is Severity.INFO
    assert not report.fails(Severity.WARNING)


def test_context_objects_are_validated() -> None:
    with pytest.raises(ConfigError, match="language"):
        Context(language="de")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="customer_name"):
        Context(customer_name=5)  # type: ignore[arg-type]


def test_select_and_options_are_checked() -> None:
    with pytest.raises(ConfigError, match="not one string"):
        replylint.lint("Done.", select="length")
    with pytest.raises(ConfigError, match="did you mean 'length'"):
        replylint.lint("Done.", options={"lenght": {"max-words": 1}})
    assert replylint.Linter(select=[]).rule_ids == []


class _Sloppy(Rule):
    """Returns hits with values of the wrong type.

    For testing validation of hits from plugins.
    """

    id = "sloppy"
    messages = {"x": "bad"}

    def check(self, ctx: object) -> object:
        yield Hit("x", 0, 1, severity="error")  # type: ignore[arg-type]
        yield Hit("x", 0, 1, suggestion=5)  # type: ignore[arg-type]


def test_hits_with_wrong_types_are_malformed_findings() -> None:
    report = replylint.lint("Done.", registry=Registry.from_classes([_Sloppy]))
    assert [f.rule for f in report.findings] == ["internal-error", "internal-error"]
    assert all("malformed" in f.message for f in report.findings)


def test_a_configured_severity_applies_to_per_hit_levels() -> None:
    original = "Date: Mon, 10 Nov 2025 09:00:00 +0000\nFrom: Anna <anna@example.com>\n\nHello?"
    reply = (
        "Date: Mon, 10 Nov 2025 12:00:00 +0000\nTo: Anna <anna@example.com>\nSubject: Re: hello\n\n"
        "Hello Anna,\n\nyes, we are open on Sunday.\n\nBest,\nTom"
    )
    late = replylint.lint(reply, original, select=["response-time"])
    assert [f.severity for f in late.findings] == [Severity.INFO]
    raised = replylint.lint(
        reply, original, select=["response-time"], config={"severity": {"response-time": "warning"}}
    )
    assert [f.severity for f in raised.findings] == [Severity.WARNING]


@pytest.mark.parametrize(
    ("header", "name", "email"),
    [
        (
            "From: Olga Smirnova [mailto:olga@example.ru]\nSent: Monday, November 10, 2025 9:12 AM",
            "Olga Smirnova",
            "olga@example.ru",
        ),
        ("On Mon, Nov 10, 2025 at 9:12 AM Olga Smirnova <olga@example.ru> wrote:", "Olga Smirnova", "olga@example.ru"),
        (
            "10 ноября 2025 г., в 9:12, Ольга Смирнова <olga@example.ru> написал(а):",
            "Ольга Смирнова",
            "olga@example.ru",
        ),
    ],
)
def test_quote_header_sender(header: str, name: str, email: str) -> None:
    sender = original_from_quote("> Hello?", header).headers.from_[0]  # type: ignore[union-attr]
    assert (sender.name, sender.email) == (name, email)
