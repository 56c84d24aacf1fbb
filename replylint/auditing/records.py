"""The header-only record every reader produces, and the problem list a reader keeps instead of stopping.

Threading and metrics run over these records alone, so an archive's memory cost is its headers, not its bodies;
a body is read again from `file`/`offset`/`length` (or `locator`, for helpdesk exports) only when its reply is
linted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Role = Literal["team", "customer"]


@dataclass(frozen=True, slots=True)
class Record:
    """One message of an archive: where it is, how it threads, who sent it and when."""

    file: str
    offset: int
    """Byte offset of the message's first header line in `file` (0 for one-message files and helpdesk items)."""
    length: int
    """Bytes of the message in `file` (0 for helpdesk items, which are found by `locator`)."""
    kind: str
    """The reader that produced it: mbox, maildir, eml, zendesk, helpscout, freshdesk."""
    locator: str = ""
    """For helpdesk exports: which ticket and comment ("ticket 12 / comment 901")."""
    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    thread_index: str = ""
    """Outlook's conversation key: the first 22 bytes of Thread-Index, hex."""
    gm_thrid: str = ""
    ticket: str = ""
    """A helpdesk's own ticket or conversation id (already threaded)."""
    subject: str = ""
    sender: str = ""
    """The From address, lower-cased."""
    sender_name: str = ""
    recipients: tuple[str, ...] = ()
    """To and Cc addresses, lower-cased."""
    date: float | None = None
    """UTC seconds since the epoch; None when the Date header is missing or unreadable."""
    auto: bool = False
    """Auto-Submitted (RFC 3834) or a similar header says no person wrote it."""
    role: Role | None = None
    """Set by a helpdesk export (the author's type); mail gets its role from the team settings."""
    sent_hint: bool = False
    """The archive itself says it was sent by the mailbox owner (a Sent folder, Gmail's "Sent" label)."""
    public: bool = True
    """False for a helpdesk's internal note, which no customer sees."""

    @property
    def id(self) -> str:
        return f"{self.file}#{self.locator}" if self.locator else f"{self.file}:{self.offset}"

    @property
    def where(self) -> str:
        """The location as a person looks it up: a file and byte offset, or a ticket."""
        if self.locator:
            return f"{self.file} ({self.locator})"
        return f"{self.file} @ byte {self.offset}" if self.kind == "mbox" else self.file

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("references", "recipients"):
            values[key] = tuple(values.get(key, ()))
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Problem:
    """A message (or file) the audit could not use fully, and why; listed in the report, never fatal."""

    file: str
    offset: int
    reason: str
    message_id: str = ""
    skipped: bool = True
    """True when the message was left out; False when it was kept with a gap (no Date: not timed)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ScanResult:
    """What one shard of input yields."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"records": [r.to_dict() for r in self.records], "problems": [p.to_dict() for p in self.problems]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScanResult:
        return cls(
            [Record.from_dict(r) for r in data.get("records", [])], [Problem(**p) for p in data.get("problems", [])]
        )
