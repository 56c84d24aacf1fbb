"""The response-time rule: how long the customer waited for this reply."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from replylint import i18n
from replylint.i18n import ntr, tr
from replylint.model import Severity
from replylint.rule import Hit, Rule, RuleContext, bad, good

_ORIGINAL_EN = (
    "From: Anna Lee <anna@example.com>\nSubject: Cable length\nDate: Mon, 2 Jun 2025 09:05:00 +0100\n\n"
    "Hi, how long is the charging cable?\n\nAnna"
)
_ORIGINAL_RU = (
    "From: Ольга <olga@example.ru>\nSubject: Доставка\nDate: Mon, 10 Nov 2025 10:00:00 +0300\n\n"
    "Здравствуйте! Когда привезут заказ 48213?\n\nОльга"
)
_ORIGINAL_UK = (
    "From: Олена <olena@example.ua>\nSubject: Доставка\nDate: Mon, 12 May 2025 10:00:00 +0300\n\n"
    "Добрий день! Коли привезуть замовлення 5521?\n\nОлена"
)


def _reply(date: str, body: str, to: str, subject: str) -> str:
    return f"From: Support <support@shop.example>\nTo: {to}\nSubject: {subject}\nDate: {date}\n\n{body}"


_BODY_EN = "Hi Anna,\n\nThe cable is 1 metre long, USB-C at both ends.\n\nKind regards,\nMarta"
_BODY_RU = "Ольга, добрый день!\n\nЗаказ 48213 привезут в четверг, 13 ноября, до 18:00.\n\nС уважением,\nМарина"
_BODY_UK = "Олено, добрий день!\n\nЗамовлення 5521 привезуть у четвер, 15 травня, до 18:00.\n\nЗ повагою,\nМарина"


def _elapsed(hours: float, lang: str = "en") -> str:
    """A duration the way a person says it, in the findings' language: "3 h 10 min", "2 days 4 h", «2 дня 4 ч»."""
    minutes = round(hours * 60)
    days, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    hours_part = tr(lang, "{count} h").format(count=h)
    if days:
        return ntr(lang, "{count} day", "{count} days", days).format(count=days) + (f" {hours_part}" if h else "")
    return hours_part + (" " + tr(lang, "{count} min").format(count=m) if m else "")


def _aligned(received: datetime, sent: datetime) -> tuple[datetime, datetime]:
    """Make the two instants comparable when only one carries a UTC offset.

    A naive time usually comes from a helpdesk fact written in the same local clock as the other side, so it is
    read in the other side's offset rather than in UTC (which would shift it by hours and invent a delay).
    """
    if (received.tzinfo is None) == (sent.tzinfo is None):
        return received, sent
    if received.tzinfo is None:
        return received.replace(tzinfo=sent.tzinfo), sent
    return received, sent.replace(tzinfo=received.tzinfo)


class ResponseTime(Rule):
    """Answer within the hour, and never make a customer wait more than a day.

    A customer who writes to support is usually stuck: an order they cannot track, a charge they do not
    recognise. Every hour without an answer makes them more likely to write again, call, open a dispute or leave.
    The rule compares when the customer's message arrived (the `received_at` fact or the original's Date header)
    with when the reply is sent (the `sent_at` fact or the reply's Date header), in real time across time zones.
    Without both times it says nothing. A reply dated *before* the message it answers says nothing either: that
    is clock skew or a wrongly attached original, and no answer to it would be about the agent's speed.
    A reply later than `info-after-hours` but within `warn-after-hours` (exactly 24 hours by default is still
    within) is `late` and reported only as info (the
    examples below mark it "Noted"): worth knowing in a team's statistics, not a reason to hold the reply back.
    Over `warn-after-hours` it is `slow`, a warning.
    """

    id = "response-time"
    tags = ("headers", "service")

    @dataclass(frozen=True)
    class Options:
        warn_after_hours: float = field(
            default=24, metadata={"doc": "A reply later than this many hours is a warning (`slow`)."}
        )
        info_after_hours: float = field(
            default=1, metadata={"doc": "A reply later than this many hours is reported as info (`late`)."}
        )

    messages = {
        "slow": "The customer waited {elapsed} for this reply (about {hours} h); reply within {limit} h, "
        "and apologise for the wait.",
        "late": "The reply went out {elapsed} after the customer's message (about {hours} h); aim for under {limit} h.",
    }
    examples = (
        bad(
            "en",
            _reply("Wed, 4 Jun 2025 10:30:00 +0100", _BODY_EN, "Anna Lee <anna@example.com>", "Re: Cable length"),
            "slow",
            original=_ORIGINAL_EN,
        ),
        bad(
            "en",
            _reply("Mon, 2 Jun 2025 12:10:00 +0100", _BODY_EN, "Anna Lee <anna@example.com>", "Re: Cable length"),
            "late",
            original=_ORIGINAL_EN,
            note="three hours is info, not warning",
        ),
        good(
            "en",
            _reply("Mon, 2 Jun 2025 09:35:00 +0100", _BODY_EN, "Anna Lee <anna@example.com>", "Re: Cable length"),
            original=_ORIGINAL_EN,
        ),
        good(
            "en",
            _reply("Mon, 2 Jun 2025 11:40:00 +0300", _BODY_EN, "Anna Lee <anna@example.com>", "Re: Cable length"),
            original=_ORIGINAL_EN,
            note="09:05 +0100 to 11:40 +0300 is 08:05 UTC to 08:40 UTC: time zones are compared in real time",
        ),
        good("en", _BODY_EN, note="plain text with no dates: nothing to measure"),
        bad(
            "ru",
            _reply("Tue, 11 Nov 2025 13:00:00 +0300", _BODY_RU, "Ольга <olga@example.ru>", "Re: Доставка"),
            "slow",
            original=_ORIGINAL_RU,
        ),
        bad(
            "ru",
            _BODY_RU,
            "late",
            facts={"received_at": "2025-11-10T10:00:00+03:00", "sent_at": "2025-11-10T11:32:00+03:00"},
            note="caller facts work for plain text",
        ),
        good(
            "ru",
            _reply("Mon, 10 Nov 2025 07:40:00 +0000", _BODY_RU, "Ольга <olga@example.ru>", "Re: Доставка"),
            original=_ORIGINAL_RU,
            note="10:00 +0300 is 07:00 UTC: 40 minutes",
        ),
        bad(
            "uk",
            _reply("Mon, 12 May 2025 09:45:00 +0000", _BODY_UK, "Олена <olena@example.ua>", "Re: Доставка"),
            "late",
            original=_ORIGINAL_UK,
            note="12:45 Kyiv time: 2 h 45 min",
        ),
        bad(
            "uk",
            _BODY_UK,
            "slow",
            facts={"received_at": "2025-05-12T10:00:00+03:00", "sent_at": "2025-05-17T10:00:00+03:00"},
        ),
        good(
            "uk",
            _reply("Mon, 12 May 2025 10:55:00 +0300", _BODY_UK, "Олена <olena@example.ua>", "Re: Доставка"),
            original=_ORIGINAL_UK,
        ),
        good(
            "uk",
            _BODY_UK,
            facts={"received_at": "2025-05-12T10:00:00+03:00", "sent_at": "2025-05-13T12:00:00+03:00"},
            options={"warn-after-hours": 48, "info-after-hours": 48},
            note="thresholds are options",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        received, sent = ctx.received_at, ctx.sent_at
        if received is None or sent is None:
            return
        received, sent = _aligned(received, sent)
        hours = (sent - received).total_seconds() / 3600
        if hours <= 0:
            return
        opts = self.options
        lang = i18n.resolve(ctx.facts.message_language, ctx.language)
        if hours > opts.warn_after_hours:
            kind, limit, severity = "slow", opts.warn_after_hours, None
        elif hours > opts.info_after_hours:
            kind, limit, severity = "late", opts.info_after_hours, Severity.INFO
        else:
            return
        yield Hit.in_header(
            kind,
            "Date",
            {"hours": round(hours), "limit": _number(limit), "elapsed": _elapsed(hours, lang)},
            severity=severity,
        )


def _number(value: float) -> float | int:
    """24.0 reads better as 24 in a message."""
    return int(value) if float(value).is_integer() else value
