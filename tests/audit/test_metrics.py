"""Metric definitions: business hours (weekends, holidays, daylight-saving changes), percentiles, buckets."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from replylint.auditing.hours import Schedule
from replylint.auditing.metrics import compute, histogram, percentile, rows
from replylint.auditing.pairing import thread
from replylint.auditing.settings import AuditSettings, settings_from_mapping
from replylint.errors import ConfigError
from tests.audit.conftest import rec

KYIV = ZoneInfo("Europe/Kyiv")


def at(*args: int, zone: ZoneInfo = KYIV) -> float:
    return datetime(*args, tzinfo=zone).timestamp()


def test_business_hours_skip_nights_weekends_and_holidays() -> None:
    s = Schedule(AuditSettings(timezone="Europe/Kyiv", holidays=("2025-11-12",)))
    # Friday 17:00 to Monday 10:00 (Kyiv): 1 h on Friday + 1 h on Monday.
    assert s.business_seconds(at(2025, 11, 7, 17), at(2025, 11, 10, 10)) == 2 * 3600
    # Tuesday 17:00 to Thursday 09:30 across the Wednesday holiday: 1 h + 30 min.
    assert s.business_seconds(at(2025, 11, 11, 17), at(2025, 11, 13, 9, 30)) == 1.5 * 3600
    assert s.business_seconds(at(2025, 11, 8, 10), at(2025, 11, 8, 12)) == 0  # Saturday
    assert s.business_seconds(at(2025, 11, 10, 12), at(2025, 11, 10, 11)) == 0  # backwards
    assert s.business_seconds(at(2020, 1, 1), at(2025, 1, 1)) is None  # past MAX_DAYS


def test_business_hours_across_a_daylight_saving_change() -> None:
    round_the_clock = {d: "00:00-24:00" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    s = Schedule(AuditSettings(timezone="Europe/Kyiv", hours=round_the_clock))
    # Kyiv moved its clocks forward at 03:00 on Sunday 30 March 2025: that local day lasted 23 hours.
    assert s.business_seconds(at(2025, 3, 30, 0), at(2025, 3, 31, 0)) == 23 * 3600
    # ... and back at 04:00 on Sunday 26 October 2025: 25 hours.
    assert s.business_seconds(at(2025, 10, 26, 0), at(2025, 10, 27, 0)) == 25 * 3600
    office = Schedule(
        AuditSettings(timezone="Europe/Kyiv", hours={"sat": "09:00-18:00", "sun": "09:00-18:00", "mon": "09:00-18:00"})
    )
    # Saturday 17:00 to Monday 10:00 across the change: 1 h + 9 h + 1 h, with the hours still at 09:00 local.
    assert office.business_seconds(at(2025, 3, 29, 17), at(2025, 3, 31, 10)) == 11 * 3600
    assert office.business_seconds(at(2025, 3, 30, 8), at(2025, 3, 30, 10)) == 3600


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"hours": {"monday": "09:00-18:00"}}, "not a weekday"),
        ({"hours": {"mon": "18:00-09:00"}}, "not a time span"),
        ({"hours": {"mon": "09:00-13:00, 12:00-18:00"}}, "overlap"),
        ({"holidays": ["2025-13-01"]}, "not a YYYY-MM-DD"),
        ({"subject-token": "[#("}, "not a regular expression"),
        ({"team": "shop.example"}, "list of strings"),
        ({"tem": ["x"]}, "did you mean 'team'"),
        ({"unanswered-after-days": -1}, "number of days"),
    ],
)
def test_settings_are_validated(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        settings_from_mapping(data)


def test_team_matches_addresses_and_domains() -> None:
    s = AuditSettings(team=("@shop.example", "owner@gmail.com"))
    assert s.is_team("Marta@Shop.Example") and s.is_team("a@eu.shop.example") and s.is_team("owner@gmail.com")
    assert not s.is_team("other@gmail.com") and not s.is_team("a@notshop.example")


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 0.9) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([float(i) for i in range(1, 11)], 0.9) == 9.0
    assert percentile([float(i) for i in range(1, 101)], 0.9) == 90.0


def test_histogram_buckets() -> None:
    counts = [b["count"] for b in histogram([0, 900, 901, 3600, 3601, 86400, 86401, 30 * 86400])]
    assert counts == [2, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1]


def test_summary_definitions() -> None:
    h = 3600.0
    settings = AuditSettings(team=("shop.example",), unanswered_after_days=1)
    records = [
        rec(1, "a@example.com", 0.0),
        rec(2, "m@shop.example", 0.5 * h, in_reply_to="m1@x"),
        rec(3, "b@example.com", 0.0),
        rec(4, "m@shop.example", 5 * h, in_reply_to="m3@x"),
        rec(5, "c@example.com", 0.0),
        rec(6, "m@shop.example", 30 * h, in_reply_to="m5@x"),
        rec(7, "d@example.com", 1 * h),  # never answered
        rec(8, "e@example.com", 30 * h),  # within the archive's last day: not counted yet
    ]
    t = thread(records, settings)
    lint = {
        records[1].id: {"findings": [{"rule": "delay-notice", "kind": "no-apology", "severity": "warning"}]},
        records[3].id: {
            "findings": [
                {"rule": "unanswered-question", "kind": "", "severity": "warning"},
                {"rule": "length", "kind": "", "severity": "info"},
            ]
        },
    }
    table = rows(t, lint, Schedule(settings))
    summary = compute(
        table,
        t,
        records_total=len(records),
        problems=[],
        archive_end=30 * h,
        grace_days=1,
        rule_meta={"length": {"id": "length"}},
    )
    assert summary["every_reply"]["calendar"] == {"count": 3, "median": 5 * h, "p90": 30 * h}
    assert summary["first_reply"]["calendar"]["count"] == 3
    assert summary["buckets"]["within_1h"] == 1 and summary["buckets"]["within_24h"] == 1
    assert summary["buckets"]["later"] == 1 and summary["buckets"]["share_within_24h"] == pytest.approx(2 / 3)
    assert summary["unanswered"]["count"] == 1
    assert summary["delays_without_apology"] == 1 and summary["replies_with_unanswered_questions"] == 1
    assert summary["rules"]["length"]["per_100_replies"] == pytest.approx(33.33)
    assert summary["agents"]["m@shop.example"]["findings"] == 3


def test_audit_table_in_the_configuration() -> None:
    from replylint.config import config_from_mapping

    config = config_from_mapping({"audit": {"team": ["shop.example"], "timezone": "Europe/Kyiv"}})
    assert settings_from_mapping(config.audit).timezone == "Europe/Kyiv"
    with pytest.raises(ConfigError, match=r"\[audit\] must be a table"):
        config_from_mapping({"audit": "shop.example"})


def test_progress_bar_only_on_a_terminal_and_never_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from replylint.auditing.run import _progress

    class Tty:
        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stderr", Tty())
    monkeypatch.delenv("CI", raising=False)
    assert not _progress(3, "scan", None).disable
    monkeypatch.setenv("CI", "true")
    assert _progress(3, "scan", None).disable
    assert not _progress(3, "scan", True).disable
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _progress(3, "scan", None).disable
