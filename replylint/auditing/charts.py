"""Inline SVG charts for the report, drawn here so the page needs no script and makes no request.

Every piece of text placed in a chart goes through `markupsafe.escape` (and `terminal_safe` for mail-derived
labels), so an agent address or a subject cannot inject markup.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from replylint.formats.safe import terminal_safe
from replylint.i18n import ntr, tr

PALETTE = ("#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d")
_FONT = 'font-family="system-ui,sans-serif" font-size="11"'


def label(text: object) -> str:
    """Mail-derived text for a chart or cell: controls and invisible characters shown as escapes, escaped."""
    return str(escape(terminal_safe(str(text))))


def _decimal(value: float, digits: int, lang: str) -> str:
    """Russian and Ukrainian write a decimal comma; a lead reading "1.5 ч" sees an English number."""
    text = f"{value:.{digits}f}"
    return text if lang == "en" else text.replace(".", ",")


def duration(seconds: float | None, lang: str = "en") -> str:
    """A wait as a lead reads it: minutes under an hour, hours under two days, then days, in `lang`."""
    if seconds is None:
        return "–"
    if seconds < 3600:
        return tr(lang, "{value} min").format(value=_decimal(seconds / 60, 0, lang))
    if seconds < 86400 * 2:
        return tr(lang, "{value} h").format(value=_decimal(seconds / 3600, 1, lang))
    return tr(lang, "{value} d").format(value=_decimal(seconds / 86400, 1, lang))


def _svg(width: int, height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{label(title)}" {_FONT}>' + "".join(body) + "</svg>"
    )


def histogram(buckets: Sequence[Mapping[str, Any]], lang: str = "en") -> Markup:
    """Reply times in helpdesk buckets, with dashed lines at the 1 h and 24 h marks."""
    width, height, left, bottom, top = 760, 250, 40, 40, 34
    n = len(buckets)
    peak = max((b["count"] for b in buckets), default=0) or 1
    slot = (width - left - 10) / max(n, 1)
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#999"/>']
    for i, bucket in enumerate(buckets):
        h = (height - bottom - top) * bucket["count"] / peak
        x = left + i * slot
        count = bucket["count"]
        tip = ntr(lang, "{bucket}: {count} reply", "{bucket}: {count} replies", count).format(
            bucket=_bucket_name(bucket, lang), count=count
        )
        body.append(
            f'<rect x="{x + 2:.1f}" y="{height - bottom - h:.1f}" width="{slot - 4:.1f}" height="{h:.1f}" '
            f'fill="{PALETTE[0]}"><title>{label(tip)}</title></rect>'
        )
        body.append(
            f'<text x="{x + slot / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle">'
            f"{label(_bucket_name(bucket, lang))}</text>"
        )
        if bucket["count"]:
            body.append(
                f'<text x="{x + slot / 2:.1f}" y="{height - bottom - h - 3:.1f}" text-anchor="middle" '
                f'fill="#333">{bucket["count"]}</text>'
            )
        for mark, hours in ((3600, 1), (86400, 24)):
            name = tr(lang, "{value} h").format(value=hours)
            if bucket["from"] == mark:
                body.append(
                    f'<line x1="{x:.1f}" y1="6" x2="{x:.1f}" y2="{height - bottom + 4}" '
                    f'stroke="#dc2626" stroke-dasharray="4 3"/><text x="{x + 4:.1f}" y="14" '
                    f'fill="#dc2626">{label(name)}</text>'
                )
    caption = label(tr(lang, "wait until the reply (calendar time)"))
    body.append(f'<text x="{left}" y="{height - 6}" fill="#555">{caption}</text>')
    return _svg(width, height, body, tr(lang, "Reply-time histogram"))


def _bucket_name(bucket: Mapping[str, Any], lang: str) -> str:
    if bucket["to"] is None:
        return f"> {duration(bucket['from'], lang)}"
    return f"≤ {duration(bucket['to'], lang)}"


def percent(value: float, lang: str) -> str:
    """ "68%" in English, "68 %" in Russian and Ukrainian, where the sign is set off by a space."""
    text = f"{value:.0%}"
    return text if lang == "en" else text[:-1] + "\u00a0%"


def shares(share_1h: float | None, share_24h: float | None, benchmark: Mapping[str, float], lang: str = "en") -> Markup:
    """One stacked bar: within 1 h, within 24 h, later; ticks where the benchmark puts customers' satisfaction."""
    width, height, left = 760, 70, 10
    span = width - 2 * left
    body = []
    if share_1h is None or share_24h is None:
        body.append(f'<text x="{left}" y="30">{label(tr(lang, "no timed replies"))}</text>')
        return _svg(width, height, body, tr(lang, "Share answered in time"))
    x = float(left)
    for value, color, name in (
        (share_1h, PALETTE[2], tr(lang, "within 1 h")),
        (share_24h - share_1h, PALETTE[3], tr(lang, "1–24 h")),
        (1 - share_24h, PALETTE[1], tr(lang, "later")),
    ):
        w = span * value
        part = label(f"{name}: {percent(value, lang)}")
        body.append(f'<rect x="{x:.1f}" y="10" width="{w:.1f}" height="26" fill="{color}"><title>{part}</title></rect>')
        if w > 60:
            text = label(f"{name} {percent(value, lang)}")
            body.append(f'<text x="{x + 6:.1f}" y="27" fill="#fff">{text}</text>')
        x += w
    target = benchmark["within_24h"]
    legend = tr(
        lang,
        "black line: the benchmark. A reply within a day satisfies {day} of customers, within an hour {hour} more.",
    ).format(day=percent(target, lang), hour=percent(benchmark["within_1h_extra"], lang))
    body.append(
        f'<line x1="{left + span * target:.1f}" y1="4" x2="{left + span * target:.1f}" y2="42" '
        f'stroke="#111" stroke-width="2"/><text x="{left}" y="58">{label(legend)}</text>'
    )
    return _svg(width, height, body, tr(lang, "Share answered in time"))


def trend(weeks: Mapping[str, Mapping[str, Any]], rules: Sequence[str], lang: str = "en") -> Markup:
    """Findings per 100 replies, week by week, one line per rule."""
    width, height, left, bottom, top = 760, 230, 40, 50, 14
    right = 40  # room for the last week's label
    names = list(weeks)
    if not names or not rules:
        empty = f'<text x="10" y="24">{label(tr(lang, "no dated replies"))}</text>'
        return _svg(width, 40, [empty], tr(lang, "Weekly findings per 100 replies"))
    series = {rid: [weeks[w]["per_100_replies"].get(rid, 0.0) for w in names] for rid in rules}
    peak = max((v for s in series.values() for v in s), default=0) or 1
    step = (width - left - right) / max(len(names) - 1, 1)
    body = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#999"/>',
        f'<text x="4" y="{top + 4}" fill="#555">{peak:.0f}</text>',
        f'<text x="4" y="{height - bottom}" fill="#555">0</text>',
    ]
    every = max(1, math.ceil(len(names) / 12))
    for i, week in enumerate(names):
        if i % every == 0:
            body.append(
                f'<text x="{left + i * step:.1f}" y="{height - bottom + 14}" text-anchor="middle">{label(week)}</text>'
            )
    for n, (rid, values) in enumerate(series.items()):
        color = PALETTE[n % len(PALETTE)]
        points = " ".join(
            f"{left + i * step:.1f},{height - bottom - (height - bottom - top) * v / peak:.1f}"
            for i, v in enumerate(values)
        )
        body.append(
            f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2">'
            f"<title>{label(rid)}</title></polyline>"
        )
        if len(values) == 1:
            body.append(
                f'<circle cx="{left}" cy="{height - bottom - (height - bottom - top) * values[0] / peak:.1f}"'
                f' r="3" fill="{color}"/>'
            )
        lx = left + (n % 4) * 180
        ly = height - 22 + (n // 4) * 14
        body.append(
            f'<rect x="{lx}" y="{ly - 8}" width="10" height="10" fill="{color}"/>'
            f'<text x="{lx + 14}" y="{ly + 1}">{label(rid)}</text>'
        )
    return _svg(width, height + 14 * ((len(series) - 1) // 4), body, tr(lang, "Weekly findings per 100 replies"))


def _number(value: float) -> str:
    return f"{value:.1f}" if value < 1 else f"{value:.0f}"


def heatmap(
    rows: Sequence[Any],
    cols: Sequence[Any],
    value: Any,
    title: str,
    *,
    fmt: Any = _number,
    row_width: int = 200,
    col_labels: Sequence[str] | None = None,
    tip: Any = None,
) -> Markup:
    """A grid coloured by value (white to red); value(r, c) -> float | None, fmt(v) -> str, tip(r, c) -> str."""
    cell_w = max(18, min(60, (760 - row_width) // max(len(cols), 1)))
    cell_h = 20
    head = 120 if col_labels is None else 20
    width = row_width + cell_w * len(cols) + (110 if col_labels is None else 10)
    height = head + cell_h * len(rows) + 10
    values = [[value(r, c) for c in cols] for r in rows]
    peak = max((v for line in values for v in line if v), default=0) or 1
    body = []
    for j, col in enumerate(col_labels or cols):
        x = row_width + j * cell_w + cell_w / 2
        if col_labels is None:
            body.append(
                f'<text transform="translate({x - 4:.1f},{head - 6}) rotate(-45)">{label(str(col)[:24])}</text>'
            )
        else:
            body.append(f'<text x="{x:.1f}" y="{head - 6}" text-anchor="middle">{label(col)}</text>')
    for i, name in enumerate(rows):
        y = head + i * cell_h
        body.append(f'<text x="{row_width - 6}" y="{y + 14}" text-anchor="end">{label(str(name)[:40])}</text>')
        for j, v in enumerate(values[i]):
            shade = 0 if not v else 0.12 + 0.88 * v / peak
            fill = f"rgba(220,38,38,{shade:.2f})" if v else "#f4f4f5"
            text = tip(name, cols[j]) if tip else f"{name} × {cols[j]}: {fmt(v) if v else 0}"
            body.append(
                f'<rect x="{row_width + j * cell_w}" y="{y}" width="{cell_w - 1}" height="{cell_h - 1}" '
                f'fill="{fill}"><title>{label(text)}</title></rect>'
            )
            if v and cell_w >= 26:
                color = "#fff" if shade > 0.6 else "#111"
                body.append(
                    f'<text x="{row_width + j * cell_w + cell_w / 2:.1f}" y="{y + 14}" '
                    f'text-anchor="middle" fill="{color}">{label(fmt(v))}</text>'
                )
    return _svg(width, height, body, title)
