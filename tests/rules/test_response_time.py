"""Edge cases of response-time: thresholds, time zones, missing and skewed dates, facts over headers."""

from __future__ import annotations

from typing import Any

import pytest

from replylint import lint
from replylint.model import Report, Severity

BODY = "Hi Anna,\n\nThe cable is 1 metre long, USB-C at both ends.\n\nKind regards,\nMarta"


def _original(date: str | None) -> str:
    head = "From: Anna Lee <anna@example.com>\nTo: support@shop.example\nSubject: Cable\n"
    if date:
        head += f"Date: {date}\n"
    return head + "\nHi, how long is the cable?\n\nAnna"


def _reply(date: str | None) -> str:
    head = "From: Support <support@shop.example>\nTo: Anna Lee <anna@example.com>\nSubject: Re: Cable\n"
    if date:
        head += f"Date: {date}\n"
    return head + "\n" + BODY


def _run(reply: str, original: str | None = None, **kwargs: Any) -> Report:
    return lint(reply, original, select=["response-time"], **kwargs)


@pytest.mark.parametrize(
    ("sent", "kind", "severity"),
    [
        ("Mon, 2 Jun 2025 10:00:00 +0100", None, None),  # exactly one hour: not more than the limit
        ("Mon, 2 Jun 2025 10:01:00 +0100", "late", Severity.INFO),
        ("Tue, 3 Jun 2025 09:00:00 +0100", "late", Severity.INFO),  # exactly 24 h
        ("Tue, 3 Jun 2025 09:30:00 +0100", "slow", Severity.WARNING),
    ],
)
def test_thresholds(sent: str, kind: str | None, severity: Severity | None) -> None:
    report = _run(_reply(sent), _original("Mon, 2 Jun 2025 09:00:00 +0100"))
    found = report.by_rule("response-time")
    assert [f.kind for f in found] == ([kind] if kind else [])
    if severity is not None:
        assert found[0].severity is severity


def test_time_zones_are_compared_in_real_time() -> None:
    # 23:50 +0100 is 22:50 UTC; 00:30 +0000 the next day is 1 h 40 min later, not "yesterday".
    report = _run(_reply("Fri, 13 Jun 2025 00:30:00 +0000"), _original("Thu, 12 Jun 2025 23:50:00 +0100"))
    [finding] = report.by_rule("response-time")
    assert finding.kind == "late"
    assert finding.data["hours"] == 2
    assert finding.data["elapsed"] == "1 h 40 min"


def test_clock_skew_reply_before_original_is_silent() -> None:
    report = _run(_reply("Mon, 2 Jun 2025 08:00:00 +0100"), _original("Mon, 2 Jun 2025 12:00:00 +0100"))
    assert report.by_rule("response-time") == []


@pytest.mark.parametrize(
    ("reply_date", "original_date"),
    [(None, "Mon, 2 Jun 2025 09:00:00 +0100"), ("Wed, 4 Jun 2025 09:00:00 +0100", None)],
)
def test_one_date_missing_is_silent(reply_date: str | None, original_date: str | None) -> None:
    assert _run(_reply(reply_date), _original(original_date)).by_rule("response-time") == []


def test_no_original_at_all_is_silent() -> None:
    assert _run(_reply("Wed, 4 Jun 2025 09:00:00 +0100")).by_rule("response-time") == []


def test_facts_override_headers() -> None:
    report = _run(
        _reply("Wed, 4 Jun 2025 09:00:00 +0100"),
        _original("Mon, 2 Jun 2025 09:00:00 +0100"),
        context={"received_at": "2025-06-04T08:30:00+01:00"},
    )
    assert report.by_rule("response-time") == []


def test_naive_fact_is_read_in_the_other_sides_zone() -> None:
    # received_at has no offset: it is taken as +0300 like the reply, so the gap is 30 min, not 3.5 h.
    report = _run(_reply("Mon, 2 Jun 2025 10:30:00 +0300"), context={"received_at": "2025-06-02T10:00:00"})
    assert report.by_rule("response-time") == []


def test_days_in_message_and_options() -> None:
    facts = {"received_at": "2025-06-02T09:00:00+00:00", "sent_at": "2025-06-04T13:00:00+00:00"}
    [finding] = _run(BODY, context=facts).by_rule("response-time")
    assert finding.kind == "slow"
    assert "2 days 4 h" in finding.message and "24 h" in finding.message
    relaxed = _run(BODY, context=facts, options={"response-time": {"warn-after-hours": 72}})
    assert [f.kind for f in relaxed.by_rule("response-time")] == ["late"]
