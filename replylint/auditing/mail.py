"""Mail archives: mbox (mboxo, mboxrd, Gmail Takeout, Thunderbird folders), Maildir and .eml files.

Only header blocks are kept; bodies are skipped while scanning and read again, by offset, for the replies that
get linted. Every regex here is anchored on one line and has no nested quantifier, so scanning is linear.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime
from email.header import Header, decode_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from pathlib import Path

from replylint.auditing.records import Problem, Record, ScanResult

MAX_HEADER_BYTES = 1 << 20
"""A header block larger than this is not mail; the message is listed as malformed and skipped."""
_CHUNK = 1 << 20
"""readline() limit, so a file with no newline for gigabytes is read in bounded pieces."""

_DAY = rb"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MONTH = rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_ZONE = rb"(?:[A-Z]{1,5}|[+-]\d{4})"
_SEPARATOR = re.compile(
    rb"From \S+ +(?:"
    # asctime, as most mbox writers put it ("Mon Jan  1 00:00:00 2024"); Google Groups puts a zone before the year
    + _DAY
    + rb",? +"
    + _MONTH
    + rb" +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})?(?: +"
    + _ZONE
    + rb")? +\d{4}"
    + rb"(?: +"
    + _ZONE
    + rb")?"
    # or an RFC 5322 date ("Mon, 1 Jan 2024 00:00:00 +0000")
    + rb"|(?:"
    + _DAY
    + rb", +)?\d{1,2} +"
    + _MONTH
    + rb" +\d{4} +\d{1,2}:\d{2}(?::\d{2})?(?: +"
    + _ZONE
    + rb")?"
    + rb") *\r?\n?"
)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_ANGLE_ADDR = re.compile(r"<([^<>\s@]{1,64}@[^<>\s@]{1,255})>")
_MSGID = re.compile(r"<([^<>\s]{1,998})>")
_SENT_FOLDERS = frozenset(
    {
        "sent",
        "sent items",
        "sent messages",
        "sent mail",
        "[gmail]/sent mail",
        "outbox",
        "отправленные",
        "надіслані",
        "відправлені",
        "исходящие",
        "вихідні",
    }
)
_AUTO_PRECEDENCE = frozenset({"bulk", "junk", "auto_reply", "auto-reply"})


def is_separator(line: bytes) -> bool:
    """A "From " line starts a message only if it reads `From <addr> <date>`: a body line "From the team..." or
    an unescaped quoted header does not."""
    return line.startswith(b"From ") and _SEPARATOR.fullmatch(line) is not None


def looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return is_separator(fh.readline(4096))
    except (OSError, ValueError):  # ValueError: a NUL or lone surrogate in the path; the caller reports the path
        return False


def holds_several_messages(path: Path) -> bool:
    """An mbox with a second message: `check` refuses it (a saved .eml may start with one envelope line)."""
    if not looks_like_mbox(path):
        return False
    try:
        with path.open("rb") as fh:
            fh.readline(_CHUNK)
            at_line_start = True
            for line in iter(lambda: fh.readline(_CHUNK), b""):
                if at_line_start and is_separator(line):
                    return True
                at_line_start = line.endswith(b"\n")
    except (OSError, ValueError):
        return False
    return False


def is_sent_folder(path: Path) -> bool:
    """A folder (or mbox file) the mailbox owner's own sent mail lives in, by its usual names."""
    for part in path.parts[-3:]:
        name = part.lower().lstrip(".")
        for suffix in (".mbox", ".sbd"):
            name = name.removesuffix(suffix)
        if name in _SENT_FOLDERS:
            return True
    return False


def scan_mbox(path: Path, start: int, end: int, name: str) -> ScanResult:
    """The messages whose separator line begins in [start, end): the last one is read past `end` to its end."""
    out = ScanResult()
    sent = is_sent_folder(path)
    with path.open("rb") as fh:
        if start > 0:
            fh.seek(start - 1)
            fh.readline(_CHUNK)  # to the first line start at or after `start`
        pos = fh.tell()
        first = pos
        current: _Pending | None = None
        at_line_start = True
        for line in iter(lambda: fh.readline(_CHUNK), b""):
            if at_line_start and line.startswith(b"From ") and is_separator(line):
                if current is not None:
                    _finish(current, pos, name, sent, out)
                elif pos > first and start == 0:
                    out.problems.append(Problem(name, 0, 'text before the first "From " line is not a message'))
                if pos >= end:
                    current = None
                    break
                current = _Pending(pos + len(line))
            elif current is not None and current.in_headers:
                current.add(line)
            at_line_start = line.endswith(b"\n")
            pos += len(line)
        if current is not None:
            _finish(current, pos, name, sent, out)
    return out


class _Pending:
    """The message being read: its start and header lines, until the blank line that ends them."""

    __slots__ = ("header", "in_headers", "size", "start", "too_big")

    def __init__(self, start: int) -> None:
        self.start = start
        self.header: list[bytes] = []
        self.in_headers = True
        self.size = 0
        self.too_big = False

    def add(self, line: bytes) -> None:
        if line in (b"\n", b"\r\n"):
            self.in_headers = False
            return
        self.size += len(line)
        if self.size > MAX_HEADER_BYTES:
            self.too_big, self.in_headers = True, False
            self.header = []
            return
        self.header.append(line)


def _finish(pending: _Pending, end: int, name: str, sent: bool, out: ScanResult) -> None:
    if pending.too_big:
        out.problems.append(Problem(name, pending.start, "header block over 1 MB"))
        return
    _add(b"".join(pending.header), name, pending.start, end - pending.start, kind="mbox", sent=sent, out=out)


def scan_file(path: Path, name: str, kind: str) -> ScanResult:
    """One message per file (.eml, Maildir): read up to the end of its header block only."""
    out = ScanResult()
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = _read_header_block(fh)
    except OSError as exc:
        out.problems.append(Problem(name, 0, f"cannot read: {exc.strerror or exc}"))
        return out
    if header is None:
        out.problems.append(Problem(name, 0, "header block over 1 MB"))
        return out
    _add(header, name, 0, size, kind=kind, sent=is_sent_folder(path.parent), out=out)
    return out


def _read_header_block(fh: object) -> bytes | None:
    lines: list[bytes] = []
    size = 0
    for line in iter(lambda: fh.readline(_CHUNK), b""):  # type: ignore[attr-defined]
        if line in (b"\n", b"\r\n"):
            break
        size += len(line)
        if size > MAX_HEADER_BYTES:
            return None
        lines.append(line)
    return b"".join(lines)


def _add(header: bytes, name: str, offset: int, length: int, *, kind: str, sent: bool, out: ScanResult) -> None:
    record, problem = record_from_header(header, name, offset, length, kind=kind, sent=sent)
    if record is not None:
        out.records.append(record)
    if problem is not None:
        out.problems.append(problem)


def record_from_header(
    header: bytes, name: str, offset: int, length: int, *, kind: str, sent: bool = False
) -> tuple[Record | None, Problem | None]:
    """Read the threading and timing headers; a message nobody can attribute is a problem, not a record."""
    if not header.strip():
        return None, Problem(name, offset, "empty message (no header block)")
    msg = BytesHeaderParser(policy=compat32).parsebytes(header)
    if not msg.keys():
        return None, Problem(name, offset, "no header block: the first line is not a header")
    message_id = _first_id(msg.get("Message-ID"))
    sender_name, sender = _sender(msg.get("From"))
    if not sender:
        return None, Problem(name, offset, "no From address", message_id)
    labels = [label.strip().lower() for label in _text(msg.get("X-Gmail-Labels")).split(",")]
    date = _date(msg.get("Date"))
    record = Record(
        file=name,
        offset=offset,
        length=length,
        kind=kind,
        message_id=message_id,
        in_reply_to=_first_id(msg.get("In-Reply-To")),
        references=_ids(msg.get("References")),
        thread_index=_thread_index(msg.get("Thread-Index")),
        gm_thrid=_text(msg.get("X-GM-THRID")).strip(),
        subject=_text(msg.get("Subject")).strip(),
        sender=sender,
        sender_name=sender_name,
        recipients=_addresses(msg, "To", "Cc"),
        date=date,
        auto=is_automatic(msg),
        sent_hint=sent or "sent" in labels or "отправленные" in labels,
    )
    problem = None
    if date is None:
        problem = Problem(name, offset, "no usable Date header: linted, left out of timing", message_id, False)
    return record, problem


def is_automatic(msg: Message) -> bool:
    """RFC 3834's Auto-Submitted, and the older headers autoresponders still send instead."""
    auto = _text(msg.get("Auto-Submitted")).strip().lower()
    if auto and not auto.startswith("no"):
        return True
    if _text(msg.get("Precedence")).strip().lower() in _AUTO_PRECEDENCE:
        return True
    return any(msg.get(h) is not None for h in ("X-Autoreply", "X-Autorespond", "X-Autogenerated"))


def _text(value: object) -> str:
    """A header decoded from RFC 2047; raw 8-bit bytes as UTF-8 (else windows-1251), never an exception."""
    if value is None:
        return ""
    if isinstance(value, Header):  # compat32 hands 8-bit headers over as Header objects of "unknown-8bit"
        try:
            parts = decode_header(value)
        except (ValueError, LookupError, UnicodeError, AssertionError, TypeError):
            return str(value)
        return "".join(p if isinstance(p, str) else _decode(p, c) for p, c in parts)
    raw = str(value)
    try:
        return "".join(p if isinstance(p, str) else _decode(p, c) for p, c in decode_header(raw))
    except (ValueError, LookupError, UnicodeError, AssertionError, TypeError):
        return raw


def _decode(data: bytes, charset: str | None) -> str:
    if charset and charset != "unknown-8bit":
        try:
            return data.decode(charset, "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", "replace")


def _first_id(value: object) -> str:
    ids = _ids(value)
    return ids[0] if ids else ""


def _ids(value: object) -> tuple[str, ...]:
    text = _text(value)
    found = tuple(_MSGID.findall(text))
    if found:
        return found
    bare = text.strip()
    return (bare,) if bare and " " not in bare and len(bare) <= 998 else ()


def _sender(value: object) -> tuple[str, str]:
    text = _text(value)
    name, addr = parseaddr(text)
    if "@" not in addr:
        # parseaddr gives up on display names holding "[" or controls; the <addr> itself is still plain
        found = _ANGLE_ADDR.search(text)
        if found is None:
            return "", ""
        name, addr = text[: found.start()].strip().strip('"'), found.group(1)
    return name.strip(), addr.strip().lower()


def _addresses(msg: Message, *headers: str) -> tuple[str, ...]:
    values = [_text(v) for h in headers for v in msg.get_all(h, [])]
    try:
        pairs = getaddresses(values)
    except (ValueError, IndexError):
        return ()
    return tuple(dict.fromkeys(a.strip().lower() for _, a in pairs if "@" in a))


def _date(value: object) -> float | None:
    text = _text(value).strip()
    if not text:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # RFC 5322 "-0000": the zone is unknown; UTC is the only honest reading
    if not 1970 <= when.year <= 9999:
        return None
    return when.timestamp()


def _thread_index(value: object) -> str:
    """Outlook's Thread-Index: base64 of a 22-byte conversation header, then 5 bytes per reply."""
    text = _text(value).strip()
    if not text:
        return ""
    try:
        raw = base64.b64decode(text, validate=False)
    except (binascii.Error, ValueError):
        return ""
    return raw[:22].hex() if len(raw) >= 22 else ""


def message_bytes(path: Path, offset: int, length: int, kind: str) -> bytes:
    """A message's bytes again, by location; mbox bodies get their ">From " escapes undone (mboxrd rule, which
    for mboxo restores the common case)."""
    with path.open("rb") as fh:
        fh.seek(offset)
        data = fh.read(length)
    if kind == "mbox":
        data = _ESCAPED_FROM.sub(rb"\1", data)
    return data


def date_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")
