"""Threads and pairs: which customer message each team reply answers, and how sure we are.

Threads are connected components over every key two messages can share, strongest first: a helpdesk ticket,
Message-ID links (JWZ: References and In-Reply-To both link, a parent missing from the archive still joins its
children, a cycle is just a component), Outlook's Thread-Index conversation, Gmail's X-GM-THRID, a subject token
such as "[#123]"; a message that none of these joins to anything is matched, weakly, by normalised subject, the
customer's address and a time window. Within a thread messages are ordered by date; a team reply is paired with
the latest customer message before it, and its wait is measured from the earliest customer message still
unanswered at that point.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from replylint.auditing.records import Record
from replylint.auditing.settings import AuditSettings

METHODS: dict[str, float] = {
    "ticket": 1.0,
    "in-reply-to": 1.0,
    "references": 0.95,
    "references-thread": 0.9,
    "thread-index": 0.85,
    "gmail-thread": 0.85,
    "subject-token": 0.75,
    "subject": 0.4,
    "none": 0.0,
}
"""pair_confidence of each way a reply can be tied to what it answers (docs/audit.md explains each)."""

_PREFIX = re.compile(
    # One optional whitespace run between the prefix and the colon (the counter's own is inside its group), so a
    # long run of spaces cannot be split two ways: linear even on a megabyte-long subject.
    r"\s*(?:re|fwd?|aw|wg|sv|vs|antw|odp|ha|отв|ответ|відп|відповідь|пересл)(?:\s*(?:\[\d{1,4}\]|\(\d{1,4}\)))?\s*:",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Pair:
    reply: Record
    original: Record | None
    """The latest customer message before the reply in its thread: what the reply is linted against."""
    waiting_since: Record | None
    """The earliest customer message the team had not answered yet: the reply time runs from it."""
    thread: str
    method: str
    first: bool
    """The thread's first person-written team reply to a customer who started the thread."""
    note: str = ""

    @property
    def confidence(self) -> float:
        return METHODS[self.method]


@dataclass
class Threading:
    pairs: list[Pair]
    unanswered: list[Record]
    """Customer messages with no team reply after them in their thread."""
    threads: int
    duplicates: int
    roles: dict[str, str]
    """Record id -> "team" | "customer"."""


def normalise_subject(subject: str, token: re.Pattern[str] | None = None) -> str:
    text = subject
    for _ in range(20):  # "Re: Fwd: RE[2]:" chains; bounded, each pass strips one prefix
        found = _PREFIX.match(text)
        if not found:
            break
        text = text[found.end() :]
    if token is not None:
        text = token.sub(" ", text)
    return _SPACES.sub(" ", text).strip().lower()


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, key: Hashable) -> Hashable:
        root = key
        while (up := self.parent.setdefault(root, root)) != root:
            root = up
        while key != root:  # path compression keeps later finds near O(1)
            key, self.parent[key] = self.parent[key], root
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def role_of(record: Record, settings: AuditSettings) -> str:
    if record.role is not None:
        return record.role
    return "team" if record.sent_hint or settings.is_team(record.sender) else "customer"


def _keys(record: Record, token: re.Pattern[str] | None) -> Iterable[Hashable]:
    if record.ticket:
        yield ("ticket", record.ticket)
    if record.message_id:
        yield ("mid", record.message_id)
    if record.in_reply_to:
        yield ("mid", record.in_reply_to)
    for ref in record.references:
        yield ("mid", ref)
    if record.thread_index:
        yield ("ti", record.thread_index)
    if record.gm_thrid:
        yield ("gm", record.gm_thrid)
    if token is not None:
        found = token.search(record.subject)
        if found:
            yield ("tok", found.group(1) if found.groups() else found.group(0))


def thread(records: Iterable[Record], settings: AuditSettings) -> Threading:
    token = re.compile(settings.subject_token) if settings.subject_token else None
    unique: list[Record] = []
    seen: set[str] = set()
    duplicates = 0
    for record in records:
        if record.message_id and not record.locator:
            if record.message_id in seen:
                duplicates += 1  # the same message in two folders (Inbox and All Mail, a copy in Sent)
                continue
            seen.add(record.message_id)
        unique.append(record)
    roles = {r.id: role_of(r, settings) for r in unique}
    union = _Union()
    for i, record in enumerate(unique):
        union.find(("rec", i))
        for key in _keys(record, token):
            union.union(("rec", i), key)
    # A record is "linked" when another record shares its component: counted once every key is in.
    sizes: dict[Hashable, int] = defaultdict(int)
    for i in range(len(unique)):
        sizes[union.find(("rec", i))] += 1
    linked = {i for i in range(len(unique)) if sizes[union.find(("rec", i))] > 1}
    _weak_links(unique, roles, linked, union, settings=settings, token=token)
    members: dict[Hashable, list[Record]] = defaultdict(list)
    for i, record in enumerate(unique):
        members[union.find(("rec", i))].append(record)
    pairs: list[Pair] = []
    unanswered: list[Record] = []
    for n, group in enumerate(sorted(members.values(), key=lambda g: _order(g[0]))):
        group.sort(key=_order)
        _pair_thread(group, f"t{n + 1}", roles, token=token, pairs=pairs, unanswered=unanswered)
    return Threading(pairs, unanswered, len(members), duplicates, roles)


def _order(record: Record) -> tuple[bool, float, str, int]:
    return (record.date is None, record.date or 0.0, record.file, record.offset)


def _weak_links(
    unique: list[Record],
    roles: dict[str, str],
    linked: set[int],
    union: _Union,
    *,
    settings: AuditSettings,
    token: re.Pattern[str] | None,
) -> None:
    """Join lone messages by normalised subject and customer address within the window: a customer's lone
    messages of one subject each to the previous one, and a lone team message to the latest such message sent to
    one of its recipients before it. O(n log n): each message is compared with one neighbour, found by bisection."""
    window = settings.subject_window_days * 86400
    by_customer: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for i, record in enumerate(unique):
        if i not in linked and roles[record.id] == "customer" and record.date is not None:
            by_customer[(normalise_subject(record.subject, token), record.sender)].append((record.date, i))
    if not by_customer:
        return
    for items in by_customer.values():
        items.sort()
        for (a_date, a), (b_date, b) in itertools.pairwise(items):
            if b_date - a_date <= window:
                union.union(("rec", a), ("rec", b))
    for i, record in enumerate(unique):
        if i in linked or roles[record.id] != "team" or record.date is None:
            continue
        subject = normalise_subject(record.subject, token)
        for addr in record.recipients:
            found = by_customer.get((subject, addr))
            if not found:
                continue
            k = bisect.bisect_right(found, (record.date, len(unique))) - 1
            if k >= 0 and record.date - found[k][0] <= window:
                union.union(("rec", i), ("rec", found[k][1]))


def _pair_thread(
    group: list[Record],
    name: str,
    roles: dict[str, str],
    *,
    token: re.Pattern[str] | None,
    pairs: list[Pair],
    unanswered: list[Record],
) -> None:
    waiting: list[Record] = []
    last_customer: Record | None = None
    answered_once = False
    started_by_customer = roles[group[0].id] == "customer" and not group[0].auto
    by_id = {r.message_id: r for r in group if r.message_id}
    for record in group:
        if roles[record.id] == "customer":
            if not record.auto:
                waiting.append(record)
                last_customer = record
            continue
        original, note = last_customer, ""
        parent = by_id.get(record.in_reply_to)
        if original is None and parent is not None and roles[parent.id] == "customer":
            original, note = parent, "answers a message dated after it (clock skew)"
        first = not record.auto and not answered_once and started_by_customer and bool(waiting)
        pairs.append(
            Pair(
                record,
                original,
                waiting[0] if waiting and not record.auto else None,
                name,
                method(record, original, token),
                first,
                note,
            )
        )
        if not record.auto:
            answered_once = answered_once or bool(waiting)
            waiting = []
    unanswered.extend(waiting)


def method(reply: Record, original: Record | None, token: re.Pattern[str] | None) -> str:
    """The strongest evidence that `reply` answers `original`, as a METHODS key."""
    if original is None:
        return "none"
    if reply.ticket and reply.ticket == original.ticket:
        return "ticket"
    if original.message_id:
        if original.message_id == reply.in_reply_to:
            return "in-reply-to"
        if original.message_id in reply.references:
            return "references"
    mine = {reply.in_reply_to, *reply.references, reply.message_id} - {""}
    theirs = {original.in_reply_to, *original.references, original.message_id} - {""}
    if mine & theirs:
        return "references-thread"
    if reply.thread_index and reply.thread_index == original.thread_index:
        return "thread-index"
    if reply.gm_thrid and reply.gm_thrid == original.gm_thrid:
        return "gmail-thread"
    if token is not None:
        a, b = token.search(reply.subject), token.search(original.subject)
        if a and b and a.group(0) == b.group(0):
            return "subject-token"
    return "subject"
