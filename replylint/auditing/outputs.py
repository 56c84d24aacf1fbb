"""DIR/audit.json for tools, DIR/replies.csv (and .parquet with pyarrow) for BI, DIR/report.html for people."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from replylint import __version__
from replylint.auditing import charts
from replylint.auditing.run import AuditOutcome
from replylint.formats.safe import terminal_safe
from replylint.i18n import N_, tr, translations

SCHEMA_VERSION = 1
"""Version of audit.json's layout and of the per-reply table's columns (docs/audit.md)."""
COLUMNS = (
    "reply_id",
    "file",
    "offset",
    "locator",
    "message_id",
    "thread",
    "agent",
    "agent_name",
    "customer",
    "subject",
    "date",
    "week",
    "original_id",
    "original_message_id",
    "pair_method",
    "pair_confidence",
    "pair_note",
    "auto",
    "first_reply",
    "waiting_since",
    "reply_seconds",
    "business_seconds",
    "language",
    "findings",
    "errors",
    "warnings",
    "infos",
    "rules",
    "score",
    "lint_error",
)
_MAX_LISTED = 200


def rule_metadata(registry: Any) -> dict[str, dict[str, Any]]:
    meta = {}
    for entry in registry:
        try:
            cls = entry.load()
        except Exception:  # noqa: BLE001 - a broken plugin is reported by check; the audit lists it without metadata
            meta[entry.id] = {"id": entry.id}
            continue
        meta[cls.id] = {
            "id": cls.id,
            "summary": cls.summary(),
            "severity": str(cls.severity),
            "languages": sorted(cls.languages),
            "tags": list(cls.tags),
        }
    return meta


def worst(table: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """The replies a lead should read first: most severe findings, then the longest wait."""
    ranked = sorted(
        (r for r in table if r["findings"]), key=lambda r: (-r["score"], -(r["reply_seconds"] or 0), r["reply_id"])
    )
    return ranked[:n]


def write_all(
    outcome: AuditOutcome, settings: Mapping[str, Any], inputs: list[str], worst_n: int, lang: str = "en"
) -> dict[str, Path]:
    out = outcome.out
    document = {
        "schema_version": SCHEMA_VERSION,
        "replylint": __version__,
        "message_language": lang,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": inputs,
        "settings": dict(settings),
        "run": {
            "seconds": round(outcome.stats.seconds, 2),
            "shards": outcome.stats.shards,
            "reused_shards": outcome.stats.reused,
            "workers": outcome.stats.workers,
        },
        **{k: v for k, v in outcome.summary.items()},
        "worst": [_public(r) for r in worst(outcome.table, worst_n)],
    }
    paths = {"json": out / "audit.json", "csv": out / "replies.csv", "html": out / "report.html"}
    paths["json"].write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    with paths["csv"].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(outcome.table)
    if _write_parquet(outcome.table, out / "replies.parquet"):
        paths["parquet"] = out / "replies.parquet"
    paths["html"].write_text(render_html(document, lang), encoding="utf-8")
    return paths


def _public(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "finding_list"} | {"finding_list": list(row["finding_list"])}


def _write_parquet(table: list[dict[str, Any]], path: Path) -> bool:
    """Parquet only when pyarrow is installed (the `parquet` extra: `pip install -e ".[parquet]"`); CSV always."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        path.unlink(missing_ok=True)
        return False
    types = {
        "offset": pa.int64(),
        "pair_confidence": pa.float64(),
        "auto": pa.bool_(),
        "first_reply": pa.bool_(),
        "reply_seconds": pa.float64(),
        "business_seconds": pa.float64(),
        "findings": pa.int64(),
        "errors": pa.int64(),
        "warnings": pa.int64(),
        "infos": pa.int64(),
        "score": pa.int64(),
    }
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    columns = {c: [row.get(c) for row in table] for c in COLUMNS}
    pq.write_table(pa.table(columns, schema=schema), path)
    return True


def render_html(doc: Mapping[str, Any], lang: str | None = None) -> str:
    """The report page in `lang` (default: the document's `message_language`, else English): its labels go
    through the same gettext catalogs as the findings, by Jinja's i18n extension (`_("...")` in the template,
    extracted by `python -m replylint.babel_extract`)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    lang = lang or str(doc.get("message_language") or "en")
    env = Environment(
        loader=PackageLoader("replylint.auditing", "templates"),
        extensions=["jinja2.ext.i18n"],
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    # old-style: the labels have no variables, and "68 %" must not be read as a format
    env.install_gettext_translations(translations(lang), newstyle=False)  # type: ignore[attr-defined]
    env.filters["safe_text"] = lambda text: terminal_safe(str(text or ""), keep_newlines=True)
    env.filters["duration"] = lambda seconds: charts.duration(seconds, lang)
    env.filters["pct"] = lambda v: "–" if v is None else charts.percent(v, lang)
    return env.get_template("report.html.j2").render(doc=doc, charts=_charts(doc, lang), listed=_MAX_LISTED)


def _short(seconds: float) -> str:
    """A wait in a heatmap cell: "25m", "3h", "2d"."""
    if seconds < 3600:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.0f}h" if seconds < 2 * 86400 else f"{seconds / 86400:.0f}d"


def _charts(doc: Mapping[str, Any], lang: str = "en") -> dict[str, Any]:
    rules = doc["rules"]
    active = sorted((r for r in rules if rules[r]["findings"]), key=lambda r: -rules[r]["findings"])
    agents = sorted(doc["agents"], key=lambda a: -doc["agents"][a]["replies"])[:25]
    hours = doc["hour_of_week"]
    days = tuple(tr(lang, day) for day in (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun")))
    buckets = doc["buckets"]
    return {
        "histogram": charts.histogram(doc["histogram"], lang),
        "shares": charts.shares(buckets["share_within_1h"], buckets["share_within_24h"], buckets["benchmark"], lang),
        "trend": charts.trend(doc["weeks"], active[:8], lang),
        "agents": charts.heatmap(
            agents,
            active,
            lambda a, r: 100 * doc["agents"][a]["rules"].get(r, 0) / doc["agents"][a]["replies"],
            tr(lang, "Findings per 100 replies, agent × rule"),
        )
        if agents and active
        else None,
        "hours": charts.heatmap(
            list(days),
            list(range(24)),
            lambda d, h: hours[days.index(d)][h]["median"],
            tr(lang, "Median wait by arrival hour"),
            fmt=_short,
            row_width=40,
            col_labels=[str(h) for h in range(24)],
            tip=lambda d, h: tr(lang, "{day} {hour:02d}:00: messages {count}, median wait {wait}").format(
                day=d,
                hour=h,
                count=hours[days.index(d)][h]["count"],
                wait=charts.duration(hours[days.index(d)][h]["median"], lang),
            ),
        ),
    }
