"""Helpdesk exports, which are already threaded: Zendesk, Help Scout and Freshdesk (fields read: docs/audit.md).

An export is read whole (these files are JSON); each public comment becomes a header record for threading, and
its text is turned back into a small RFC 5322 message when its reply is linted, so replies from a helpdesk are
linted exactly as replies from a mailbox.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Any

from replylint.auditing.records import Problem, Record, Role, ScanResult

_AUTO_CHANNELS = frozenset({"rule", "automation", "trigger"})
_HELPSCOUT_AUTHORS = {"customer": "customer", "user": "team"}


@dataclass(frozen=True)
class Item:
    """One public message of a ticket, with its text."""

    locator: str
    ticket: str
    subject: str
    sender: str
    sender_name: str
    date: float | None
    role: Role | None
    body: str
    html: bool = False
    auto: bool = False


def read_json_export(path: Path) -> list[Any]:
    """The export's JSON documents: one file, or JSON lines (one API page per line)."""
    text = path.read_bytes().decode("utf-8-sig")
    stripped = text.lstrip()
    if not stripped:
        return []
    try:
        return [json.loads(stripped)]
    except json.JSONDecodeError:
        if path.suffix.lower() != ".jsonl" and not stripped.startswith("{"):
            raise
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def detect(doc: Any) -> str | None:
    if isinstance(doc, Mapping):
        if "ticket_events" in doc:
            return "zendesk"
        embedded = doc.get("_embedded")
        if isinstance(embedded, Mapping) and "conversations" in embedded:
            return "helpscout"
        if "conversations" in doc and isinstance(doc.get("conversations"), list) and "description_text" in doc:
            return "freshdesk"
        if isinstance(doc.get("tickets"), list):
            return "freshdesk"
    if isinstance(doc, list) and doc and isinstance(doc[0], Mapping) and "conversations" in doc[0]:
        return "freshdesk"
    return None


def scan_export(path: Path, name: str) -> ScanResult:
    out = ScanResult()
    try:
        kind, items = _items(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        out.problems.append(Problem(name, 0, f"not a readable helpdesk export: {exc}"))
        return out
    if kind is None:
        out.problems.append(Problem(name, 0, "JSON that is not a Zendesk, Help Scout or Freshdesk export"))
        return out
    for item in items:
        if isinstance(item, Problem):
            out.problems.append(Problem(name, 0, item.reason, item.message_id))
            continue
        out.records.append(
            Record(
                file=name,
                offset=0,
                length=0,
                kind=kind,
                locator=item.locator,
                ticket=f"{kind}:{item.ticket}",
                subject=item.subject,
                sender=item.sender,
                sender_name=item.sender_name,
                date=item.date,
                auto=item.auto,
                role=item.role,
                message_id=f"{kind}-{item.ticket}-{item.locator.replace(' ', '')}@export",
            )
        )
        if item.date is None:
            out.problems.append(
                Problem(name, 0, f"{item.locator}: no usable date: linted, left out of timing", skipped=False)
            )
    return out


def _items(path: Path) -> tuple[str | None, list[Item | Problem]]:
    docs = read_json_export(path)
    kinds = {detect(doc) for doc in docs}
    if len(kinds) != 1 or None in kinds:
        return None, []
    kind = kinds.pop()
    assert kind is not None
    reader = _READERS[kind]
    return kind, [item for doc in docs for item in reader(doc)]


@lru_cache(maxsize=4)
def _index(path: str, mtime_ns: int, size: int) -> dict[str, Item]:
    _, items = _items(Path(path))
    return {item.locator: item for item in items if isinstance(item, Item)}


def message_bytes(path: Path, locator: str) -> bytes:
    """The comment as an RFC 5322 message (From, Subject, Date, its text), for the linter."""
    stat = path.stat()
    item = _index(str(path), stat.st_mtime_ns, stat.st_size).get(locator)
    if item is None:
        raise LookupError(f"{path}: {locator} is no longer in the export")
    msg = EmailMessage()
    msg["From"] = f"{item.sender_name} <{item.sender}>" if item.sender_name and item.sender else item.sender or ""
    msg["Subject"] = item.subject
    if item.date is not None:
        msg["Date"] = format_datetime(datetime.fromtimestamp(item.date, UTC))
    msg.set_content(item.body, subtype="html" if item.html else "plain", cte="8bit")
    return msg.as_bytes()


def _when(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else "" if value is None else str(value)


def _zendesk(doc: Mapping[str, Any]) -> Iterator[Item | Problem]:
    """`GET /api/v2/incremental/ticket_events?include=comment_events` pages, with the `users` side-load."""
    users = {u.get("id"): u for u in doc.get("users") or [] if isinstance(u, Mapping)}
    subjects: dict[Any, str] = {}
    events = [e for e in doc.get("ticket_events") or [] if isinstance(e, Mapping)]
    for event in events:
        for child in event.get("child_events") or []:
            if isinstance(child, Mapping) and child.get("subject") and event.get("ticket_id") not in subjects:
                subjects[event.get("ticket_id")] = _str(child.get("subject"))
    for event in events:
        ticket = event.get("ticket_id")
        for child in event.get("child_events") or []:
            if not isinstance(child, Mapping) or child.get("event_type") != "Comment" or child.get("public") is False:
                continue
            if ticket is None:
                yield Problem("", 0, f"comment {child.get('id')} has no ticket_id")
                continue
            author = users.get(child.get("author_id"), {})
            role = author.get("role")
            via = event.get("via")
            channel = via.get("channel") if isinstance(via, Mapping) else via
            yield Item(
                locator=f"ticket {ticket} / comment {child.get('id')}",
                ticket=str(ticket),
                subject=subjects.get(ticket, ""),
                sender=_str(author.get("email")).lower(),
                sender_name=_str(author.get("name")),
                date=_when(event.get("created_at")) if event.get("created_at") else _when(event.get("timestamp")),
                role=None if role is None else "customer" if role == "end-user" else "team",
                body=_str(child.get("body")),
                auto=_str(channel).lower() in _AUTO_CHANNELS,
            )


def _helpscout(doc: Mapping[str, Any]) -> Iterator[Item | Problem]:
    """`GET /v2/conversations?embed=threads` pages: threads of type customer and reply; notes are skipped."""
    for conv in doc["_embedded"].get("conversations") or []:
        if not isinstance(conv, Mapping):
            continue
        threads = (conv.get("_embedded") or {}).get("threads") or conv.get("threads") or []
        for thread in threads:
            if not isinstance(thread, Mapping) or thread.get("type") not in ("customer", "reply"):
                continue
            author = thread.get("createdBy") or {}
            kind = _str(author.get("type"))
            name = " ".join(p for p in (_str(author.get("first")), _str(author.get("last"))) if p)
            yield Item(
                locator=f"conversation {conv.get('number') or conv.get('id')} / thread {thread.get('id')}",
                ticket=str(conv.get("id")),
                subject=_str(conv.get("subject")),
                sender=_str(author.get("email")).lower(),
                sender_name=name,
                date=_when(thread.get("createdAt")),
                role="customer" if thread.get("type") == "customer" else _helpscout_role(kind),
                body=_str(thread.get("body")),
                html=True,
                auto=kind == "workflow",
            )


def _helpscout_role(kind: str) -> Role:
    return "customer" if _HELPSCOUT_AUTHORS.get(kind) == "customer" else "team"


def _freshdesk(doc: Any) -> Iterator[Item | Problem]:
    """Tickets from `GET /api/v2/tickets/{id}?include=conversations`: the description is the customer's first
    message; conversations have `incoming` (the customer wrote it) and `private` (a note, skipped)."""
    tickets = doc if isinstance(doc, list) else doc.get("tickets") if "tickets" in doc else [doc]
    for ticket in tickets:
        if not isinstance(ticket, Mapping):
            continue
        tid = ticket.get("id")
        requester = ticket.get("requester") or {}
        subject = _str(ticket.get("subject"))
        yield Item(
            locator=f"ticket {tid} / description",
            ticket=str(tid),
            subject=subject,
            sender=_str(requester.get("email")).lower(),
            sender_name=_str(requester.get("name")),
            date=_when(ticket.get("created_at")),
            role="customer",
            body=_str(ticket.get("description_text")),
        )
        for conv in ticket.get("conversations") or []:
            if not isinstance(conv, Mapping) or conv.get("private"):
                continue
            incoming = bool(conv.get("incoming"))
            yield Item(
                locator=f"ticket {tid} / conversation {conv.get('id')}",
                ticket=str(tid),
                subject=subject,
                sender=parseaddr(_str(conv.get("from_email")))[1].lower(),
                sender_name=parseaddr(_str(conv.get("from_email")))[0],
                date=_when(conv.get("created_at")),
                role="customer" if incoming else "team",
                body=_str(conv.get("body_text")),
            )


_READERS: dict[str, Callable[[Any], Iterator[Item | Problem]]] = {
    "zendesk": _zendesk,
    "helpscout": _helpscout,
    "freshdesk": _freshdesk,
}
