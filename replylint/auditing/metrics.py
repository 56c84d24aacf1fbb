"""The numbers a support lead reads, from the pairs and their lint results (definitions: docs/audit.md)."""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from replylint.auditing.hours import Schedule
from replylint.auditing.mail import date_text
from replylint.auditing.pairing import Pair, Threading
from replylint.auditing.records import Problem, Record

HOUR, DAY = 3600.0, 86400.0
BENCHMARK = {"within_24h": 0.68, "within_1h_extra": 0.13}
"""A reply within a day satisfies 68 % of customers, within an hour 13 % more (the project's seed articles)."""
_WEIGHT = {"error": 5, "warning": 2, "info": 1}


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least q of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def summary_of(values: Sequence[float]) -> dict[str, Any]:
    return {
        "count": len(values),
        "median": statistics.median(values) if values else None,
        "p90": percentile(values, 0.9),
    }


def rows(threading: Threading, lint: Mapping[str, Mapping[str, Any]], schedule: Schedule) -> list[dict[str, Any]]:
    """One row per team message: where it is, what it answers, how long it took, what the linter found."""
    out = []
    for pair in threading.pairs:
        result = lint.get(pair.reply.id, {})
        out.append(_row(pair, result, schedule))
    return out


def _row(pair: Pair, result: Mapping[str, Any], schedule: Schedule) -> dict[str, Any]:
    reply, orig, since = pair.reply, pair.original, pair.waiting_since
    wait = business = None
    if since is not None and since.date is not None and reply.date is not None and reply.date >= since.date:
        wait = reply.date - since.date
        business = schedule.business_seconds(since.date, reply.date)
    findings = list(result.get("findings", ()))
    severities = Counter(f["severity"] for f in findings)
    local = schedule.local(reply.date) if reply.date is not None else None
    arrived = schedule.local(since.date) if since is not None and since.date is not None else None
    return {
        "reply_id": reply.id,
        "file": reply.file,
        "offset": reply.offset,
        "locator": reply.locator,
        "where": reply.where,
        "message_id": reply.message_id,
        "thread": pair.thread,
        "agent": reply.sender,
        "agent_name": reply.sender_name,
        "customer": orig.sender if orig is not None else (reply.recipients[0] if reply.recipients else ""),
        "subject": reply.subject,
        "date": date_text(reply.date),
        "week": f"{local.isocalendar().year}-W{local.isocalendar().week:02d}" if local else "",
        "original_id": orig.id if orig is not None else "",
        "original_where": orig.where if orig is not None else "",
        "original_message_id": orig.message_id if orig is not None else "",
        "pair_method": pair.method,
        "pair_confidence": pair.confidence,
        "pair_note": pair.note,
        "auto": reply.auto,
        "first_reply": pair.first,
        "waiting_since": date_text(since.date) if since is not None else "",
        "arrival_hour_of_week": arrived.weekday() * 24 + arrived.hour if arrived else None,
        "reply_seconds": wait,
        "business_seconds": business,
        "language": result.get("language") or "",
        "findings": len(findings),
        "errors": severities["error"],
        "warnings": severities["warning"],
        "infos": severities["info"],
        "rules": ";".join(sorted({f"{f['rule']}:{f['kind']}" if f.get("kind") else f["rule"] for f in findings})),
        "score": sum(_WEIGHT.get(f["severity"], 0) for f in findings),
        "lint_error": result.get("error", ""),
        "excerpt": result.get("excerpt", ""),
        "finding_list": findings,
    }


def compute(
    table: list[dict[str, Any]],
    threading: Threading,
    *,
    records_total: int,
    problems: Iterable[Problem],
    archive_end: float | None,
    grace_days: float,
    rule_meta: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    human = [r for r in table if not r["auto"]]
    timed = [r for r in human if r["reply_seconds"] is not None]
    first = [r for r in timed if r["first_reply"]]
    problem_list = list(problems)
    cutoff = archive_end - grace_days * DAY if archive_end is not None else None
    unanswered = [u for u in threading.unanswered if cutoff is None or u.date is None or u.date <= cutoff]
    within_1h = sum(1 for r in timed if r["reply_seconds"] <= HOUR)
    within_24h = sum(1 for r in timed if r["reply_seconds"] <= DAY)
    n_timed = len(timed)
    return {
        "counts": {
            "messages": records_total,
            "malformed": len(problem_list),
            "malformed_skipped": sum(1 for p in problem_list if p.skipped),
            "duplicates": threading.duplicates,
            "threads": threading.threads,
            "team_messages": len(table),
            "replies": len(human),
            "automatic": len(table) - len(human),
            "customer_messages": sum(1 for role in threading.roles.values() if role == "customer"),
            "paired": sum(1 for r in table if r["original_id"]),
            "weak_pairs": sum(1 for r in table if r["pair_method"] == "subject"),
            "lint_failures": sum(1 for r in table if r["lint_error"]),
            "findings": sum(r["findings"] for r in table),
        },
        "first_reply": _timing(first),
        "every_reply": _timing(timed),
        "buckets": {
            "within_1h": within_1h,
            "within_24h": within_24h - within_1h,
            "later": n_timed - within_24h,
            "share_within_1h": within_1h / n_timed if n_timed else None,
            "share_within_24h": within_24h / n_timed if n_timed else None,
            "benchmark": BENCHMARK,
        },
        "unanswered": {"count": len(unanswered), "grace_days": grace_days, "messages": [_where(u) for u in unanswered]},
        "delays_without_apology": sum(1 for r in human if "delay-notice:no-apology" in r["rules"].split(";")),
        "replies_with_unanswered_questions": sum(1 for r in human if "unanswered-question" in _rules(r)),
        "rules": _per_rule(table, rule_meta),
        "agents": _per_agent(table),
        "weeks": _per_week(table),
        "hour_of_week": _hour_of_week(timed),
        "histogram": histogram([r["reply_seconds"] for r in timed]),
        "pair_methods": dict(Counter(r["pair_method"] for r in table)),
    }


def _rules(row: Mapping[str, Any]) -> set[str]:
    return {f["rule"] for f in row["finding_list"]}


def _timing(timed: list[dict[str, Any]]) -> dict[str, Any]:
    calendar = [r["reply_seconds"] for r in timed]
    business = [r["business_seconds"] for r in timed if r["business_seconds"] is not None]
    return {"calendar": summary_of(calendar), "business": summary_of(business)}


def _where(record: Record) -> dict[str, Any]:
    return {
        "where": record.where,
        "message_id": record.message_id,
        "from": record.sender,
        "subject": record.subject,
        "date": date_text(record.date),
    }


def _per_rule(table: list[dict[str, Any]], meta: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    replies_hit: Counter[str] = Counter()
    for row in table:
        found = [f["rule"] for f in row["finding_list"]]
        counts.update(found)
        replies_hit.update(set(found))
    n = len(table)
    out = {}
    for rid in sorted(set(meta) | set(counts)):
        out[rid] = {
            **meta.get(rid, {}),
            "findings": counts[rid],
            "replies": replies_hit[rid],
            "per_100_replies": round(100 * counts[rid] / n, 2) if n else 0.0,
        }
    return out


def _per_agent(table: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in table:
        groups[row["agent"]].append(row)
    out = {}
    for agent, mine in sorted(groups.items()):
        rules: Counter[str] = Counter(f["rule"] for r in mine for f in r["finding_list"])
        waits = [r["reply_seconds"] for r in mine if r["reply_seconds"] is not None and not r["auto"]]
        out[agent] = {
            "name": next((r["agent_name"] for r in mine if r["agent_name"]), ""),
            "replies": len(mine),
            "findings": sum(rules.values()),
            "per_100_replies": round(100 * sum(rules.values()) / len(mine), 2),
            "reply_time": summary_of(waits),
            "rules": dict(rules),
        }
    return out


def _per_week(table: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in table:
        if row["week"]:
            groups[row["week"]].append(row)
    out = {}
    for week, mine in sorted(groups.items()):
        rules: Counter[str] = Counter(f["rule"] for r in mine for f in r["finding_list"])
        out[week] = {
            "replies": len(mine),
            "rules": dict(rules),
            "per_100_replies": {rid: round(100 * c / len(mine), 2) for rid, c in sorted(rules.items())},
        }
    return out


def _hour_of_week(timed: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """For customer messages arriving in each local weekday × hour: how many, and their median wait."""
    cells: dict[int, list[float]] = defaultdict(list)
    for row in timed:
        if row["arrival_hour_of_week"] is not None:
            cells[row["arrival_hour_of_week"]].append(row["reply_seconds"])
    return [
        [
            {
                "count": len(cells[d * 24 + h]),
                "median": statistics.median(cells[d * 24 + h]) if cells[d * 24 + h] else None,
            }
            for h in range(24)
        ]
        for d in range(7)
    ]


HISTOGRAM_EDGES = (0, 900, 1800, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 12 * HOUR, DAY, 2 * DAY, 4 * DAY, 7 * DAY)
"""Bucket edges in seconds (15 min ... 7 days, then "later"), as helpdesks bucket reply times."""


def histogram(values: Iterable[float]) -> list[dict[str, Any]]:
    edges = HISTOGRAM_EDGES
    counts = [0] * len(edges)
    for value in values:
        i = len(edges) - 1
        for j in range(1, len(edges)):
            if value <= edges[j]:
                i = j - 1
                break
        counts[i] += 1
    return [
        {"from": edges[i], "to": edges[i + 1] if i + 1 < len(edges) else None, "count": counts[i]}
        for i in range(len(edges))
    ]
