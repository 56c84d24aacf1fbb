"""`[tool.replylint.audit]`: whose mail is the team's, the business-hours schedule, threading and report knobs.

Validated as strictly as the rest of the configuration: a typo in a weekday or a time zone must fail the run,
not quietly turn every reply time into calendar time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from replylint.errors import ConfigError, did_you_mean

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_HOURS = {day: "09:00-18:00" for day in WEEKDAYS[:5]}
_INTERVAL = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")
_KEYS = {
    "team",
    "timezone",
    "hours",
    "holidays",
    "subject-token",
    "subject-window-days",
    "unanswered-after-days",
    "worst",
    "shard-mb",
}


@dataclass(frozen=True)
class AuditSettings:
    team: tuple[str, ...] = ()
    """Addresses (support@shop.example) or domains (shop.example, @shop.example) whose mail is the team's."""
    timezone: str = "UTC"
    hours: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_HOURS))
    """Per weekday (mon..sun), comma-separated "HH:MM-HH:MM" intervals of local time; a day left out is closed."""
    holidays: tuple[str, ...] = ()
    subject_token: str = r"\[#(\d+)\]"
    subject_window_days: float = 14.0
    unanswered_after_days: float = 2.0
    """Customer messages from the archive's last N days are not counted as unanswered: the team may still answer."""
    worst: int = 50
    shard_mb: int = 32

    def __post_init__(self) -> None:
        where = "[tool.replylint.audit]"
        if isinstance(self.team, str) or not all(isinstance(t, str) and t.strip() for t in self.team):
            raise ConfigError(f"{where}: team must be a list of addresses or domains")
        object.__setattr__(self, "team", tuple(t.strip().lower().lstrip("@") for t in self.team))
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise ConfigError(
                f"{where}: unknown time zone {self.timezone!r} (use an IANA name such as 'Europe/Kyiv')"
            ) from None
        week_hours(self.hours)
        holiday_dates(self.holidays)
        try:
            re.compile(self.subject_token)
        except (re.error, TypeError) as exc:
            raise ConfigError(f"{where}: subject-token is not a regular expression: {exc}") from None
        for name in ("subject_window_days", "unanswered_after_days"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 3650:
                raise ConfigError(f"{where}: {name.replace('_', '-')} must be a number of days from 0 to 3650")
        for name, top in (("worst", 100_000), ("shard_mb", 4096)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top:
                raise ConfigError(f"{where}: {name.replace('_', '-')} must be an integer from 1 to {top}")

    def with_team(self, team: Iterable[str] | None) -> AuditSettings:
        """--team on the command line replaces the configured team."""
        return self if not team else replace(self, team=tuple(team))

    def is_team(self, address: str) -> bool:
        address = address.lower()
        domain = address.rpartition("@")[2]
        return any(address == t or (("@" not in t) and (domain == t or domain.endswith("." + t))) for t in self.team)

    def to_dict(self) -> dict[str, Any]:
        return {
            "team": list(self.team),
            "timezone": self.timezone,
            "hours": dict(self.hours),
            "holidays": list(self.holidays),
            "subject-token": self.subject_token,
            "subject-window-days": self.subject_window_days,
            "unanswered-after-days": self.unanswered_after_days,
            "worst": self.worst,
            "shard-mb": self.shard_mb,
        }


def settings_from_mapping(data: Mapping[str, Any] | None) -> AuditSettings:
    if not data:
        return AuditSettings()
    if not isinstance(data, Mapping):
        raise ConfigError("[tool.replylint.audit] must be a table")
    for key in data:
        if key not in _KEYS:
            raise ConfigError(f"[tool.replylint.audit]: unknown key {key!r}{did_you_mean(key, sorted(_KEYS))}")
    kwargs: dict[str, Any] = {k.replace("-", "_"): v for k, v in data.items()}
    for key in ("team", "holidays"):
        if key in kwargs:
            value = kwargs[key]
            if isinstance(value, str) or not isinstance(value, list | tuple):
                raise ConfigError(f"[tool.replylint.audit]: {key} must be a list of strings")
            kwargs[key] = tuple(value)
    if "hours" in kwargs and not isinstance(kwargs["hours"], Mapping):
        raise ConfigError('[tool.replylint.audit]: hours must be a table of weekday = "HH:MM-HH:MM"')
    return AuditSettings(**kwargs)


def week_hours(hours: Mapping[str, str]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Minutes-from-midnight intervals per weekday (Monday first), checked and sorted."""
    if not isinstance(hours, Mapping):
        raise ConfigError('[tool.replylint.audit]: hours must be a table of weekday = "HH:MM-HH:MM"')
    week: list[tuple[tuple[int, int], ...]] = []
    for key in hours:
        if key not in WEEKDAYS:
            raise ConfigError(f"[tool.replylint.audit.hours]: {key!r} is not a weekday (use {', '.join(WEEKDAYS)})")
    for day in WEEKDAYS:
        spec = hours.get(day, "")
        if not isinstance(spec, str):
            raise ConfigError(f'[tool.replylint.audit.hours]: {day} must be a string such as "09:00-18:00"')
        intervals = []
        for part in filter(None, (p.strip() for p in spec.split(","))):
            found = _INTERVAL.fullmatch(part)
            if not found:
                raise ConfigError(f"[tool.replylint.audit.hours]: {day}: {part!r} is not HH:MM-HH:MM")
            h1, m1, h2, m2 = map(int, found.groups())
            start, end = h1 * 60 + m1, h2 * 60 + m2
            if m1 > 59 or m2 > 59 or not 0 <= start < end <= 24 * 60:
                raise ConfigError(f"[tool.replylint.audit.hours]: {day}: {part!r} is not a time span within one day")
            intervals.append((start, end))
        intervals.sort()
        if any(a[1] > b[0] for a, b in itertools.pairwise(intervals)):
            raise ConfigError(f"[tool.replylint.audit.hours]: {day}: intervals overlap")
        week.append(tuple(intervals))
    return tuple(week)


def holiday_dates(holidays: Iterable[str]) -> frozenset[date]:
    out = set()
    for value in holidays:
        try:
            out.add(date.fromisoformat(str(value)))
        except ValueError:
            raise ConfigError(f"[tool.replylint.audit]: holiday {value!r} is not a YYYY-MM-DD date") from None
    return frozenset(out)
