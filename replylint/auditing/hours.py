"""Business hours: how much of a wait fell inside the team's working time, in the team's time zone.

Each working interval is placed on the calendar day by day and converted to UTC through zoneinfo, so a day on
which the clocks change is as long as it really was (a 09:00-18:00 day is 9 h either way; a 00:00-24:00 day is
23 h or 25 h). Waits longer than MAX_DAYS are not measured in business hours: no support metric needs it, and it
keeps the cost bounded whatever dates an archive holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from replylint.auditing.settings import AuditSettings, holiday_dates, week_hours

MAX_DAYS = 400


class Schedule:
    def __init__(self, settings: AuditSettings) -> None:
        self.zone = ZoneInfo(settings.timezone)
        self.week = week_hours(settings.hours)
        self.holidays = holiday_dates(settings.holidays)

    def local(self, seconds: float) -> datetime:
        return datetime.fromtimestamp(seconds, UTC).astimezone(self.zone)

    def business_seconds(self, start: float, end: float) -> float | None:
        """Seconds of working time between two instants (UTC epoch seconds); None past MAX_DAYS."""
        if end <= start:
            return 0.0
        if end - start > MAX_DAYS * 86400:
            return None
        day = self.local(start).date() - timedelta(days=1)
        last = self.local(end).date()
        total = 0.0
        while day <= last:
            if day not in self.holidays:
                for a, b in self.week[day.weekday()]:
                    lo = self._instant(day, a)
                    hi = self._instant(day, b)
                    total += max(0.0, min(hi, end) - max(lo, start))
            day += timedelta(days=1)
        return total

    def _instant(self, day: date, minutes: int) -> float:
        if minutes >= 24 * 60:
            return datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.zone).timestamp()
        return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=self.zone).timestamp()
