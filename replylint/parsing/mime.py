"""RFC 822/MIME messages to headers and one decoded body.

The standard library's `email` parser does the structural parse (it records defects instead of raising); the
text decoding is done here because a declared charset cannot be trusted: a reply labelled utf-8 but written in
windows-1251 must still lint as Russian, not as replacement characters. perf: mail-parser was used before and cost
0.55 ms a message against 0.04 ms for the parse alone, decoding every part and header we never read.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.message
import email.utils
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.policy import compat32

from replylint.model import Address, Headers
from replylint.parsing.coerce import clean_text, decode_bytes
from replylint.parsing.html import html_structure, html_to_text
from replylint.parsing.split import QuoteHint

__all__ = ["MimeBody", "decode_header", "parse_addresses", "parse_message"]

_MAX_PARTS_DEPTH = 40
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([QqBb])\?([^?\s]{0,4000})\?=")
_FOLD = re.compile(r"\r?\n[ \t]*")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_MAX_FIELD = 64 * 1024
_MAX_ADDRESSES = 1000
"""Addresses kept per header; more is a mass mailing's To: line, and parsing them all would only cost time."""
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MimeBody:
    """What the rest of the pipeline needs from a message: headers, the chosen body text and diagnostics."""

    headers: Headers
    body: str
    html_only: bool
    defects: tuple[str, ...]
    hint: QuoteHint | None = None
    """Where an HTML-only message's own client markup put the quote (see `html_structure`)."""


def parse_message(data: bytes) -> MimeBody:
    """Parse raw message bytes. Exceptions are the caller's to wrap; the stdlib parser itself rarely raises."""
    notes: set[str] = set()
    data = _cap_header_fields(data, notes)
    message = _single_part(data) or email.message_from_bytes(data)
    headers = _headers(message, notes)
    body, html_only, hint = _body(message, notes)
    found = {type(defect).__name__ for part in message.walk() for defect in part.defects}
    defects = tuple(sorted(found)) + tuple(sorted(notes))
    return MimeBody(headers, body, html_only, defects, hint)


_HEADER_LINE = re.compile(r"(?:[!-9;-~]++:|[ \t])[^\r\n]*+(?:\r\n|\r|\n)")
"""One line of a well-formed header block: a named field or a continuation, with its line end. The name's
characters are those of the stdlib parser's `headerRE`; lines end where its reader ends them (CR, LF, CRLF)."""


def _single_part(data: bytes) -> email.message.Message | None:
    """The message `email.message_from_bytes` builds, for a well-formed message that is not multipart or
    message/*; None for any other, which the stdlib parser then reads.

    perf: the stdlib's feed parser reads a message line by line through a generator and a line buffer, which
    costs more than everything else replylint does with a single-part message's headers. For a header block of
    "Name: value" and continuation lines ended by an empty line, its result is known: it stores each field as
    `compat32.header_source_parse` gives it and the rest of the input as the payload, with no defect; this
    builds the same `Message` from those pieces. Everything irregular (an mbox "From " line, a continuation
    first, a field without a name, no empty line after the header block, a multipart or message/* type, whose
    bodies the parser reads differently) is left to the stdlib parser.
    """
    text = data.decode("ascii", "surrogateescape")  # what BytesParser.parsebytes does first
    read = _header_fields(text, 0, len(text))
    if read is None:
        return None
    fields, pos = read
    if not fields or not text.startswith(("\r", "\n"), pos):
        return None
    body = pos + (2 if text.startswith("\r\n", pos) else 1)
    message = email.message.Message()
    for lines in fields:
        message.set_raw(*compat32.header_source_parse(lines))
    maintype = message.get_content_maintype()
    if maintype == "message":
        return None
    if maintype == "multipart":
        return message if _multipart(message, text, body) else None
    message.set_payload(text[body:])
    return message


_LINE_END = re.compile(r"\r\n|\r|\n")


def _multipart(message: email.message.Message, text: str, start: int) -> bool:
    """Give `message` (its headers set) the parts the stdlib parser would read from `text[start:]`, for a
    well-formed multipart body of single-part parts; False, with `message` unusable, for any other.

    perf: every third customer writes multipart/alternative, and the stdlib's line-by-line parse of it cost more
    than the rest of parsing the message. Taken, with the stdlib's rules (`email.feedparser`): a boundary line is
    "--" + boundary at a line start, then "--" for the closing one, then only blanks to the line end; the line end
    before a boundary line belongs to it, not to the part above; what precedes the first boundary is the preamble
    and what follows the closing one the epilogue. Left to the stdlib: anything that gives a defect or reads
    otherwise (no or an odd boundary, a transfer encoding on the multipart, no opening or closing boundary, two
    boundary lines in a row, a part whose header block is irregular, a part that is multipart or message/*
    itself, multipart/digest, whose parts default to message/rfc822).
    """
    if message.get_content_type() == "multipart/digest":
        return False
    boundary = message.get_boundary()
    if not boundary or str(message.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        return False
    lines = _boundary_lines(text, start, "--" + boundary)
    if not lines or lines[0][2] or not lines[-1][2] or any(closing for _, _, closing in lines[1:-1]):
        return False  # no opening boundary, no closing one, or text after a closing one that another follows
    if start < lines[0][0]:
        message.preamble = _strip_line_end(text[start : lines[0][0]])
    for (_, part_start, _), (part_end, _, _) in itertools.pairwise(lines):
        part = _part(text, part_start, part_end)
        if part is None:
            return False
        message.attach(part)
    message.epilogue = text[lines[-1][1] :]
    return True


def _boundary_lines(text: str, start: int, separator: str) -> list[tuple[int, int, bool]]:
    """(line start, line end with its line break, closing?) of each boundary line in `text[start:]`."""
    out: list[tuple[int, int, bool]] = []
    at = text.find(separator, start)
    while at >= 0:
        if at == start or text[at - 1] in "\r\n":
            brk = _LINE_END.search(text, at)
            stop, end = (brk.start(), brk.end()) if brk else (len(text), len(text))
            rest = text[at + len(separator) : stop]
            closing = rest.startswith("--")
            if not (rest[2:] if closing else rest).strip(" \t"):
                out.append((at, end, closing))
            at = text.find(separator, end)
        else:
            at = text.find(separator, at + 1)
    return out


def _header_fields(text: str, pos: int, stop: int) -> tuple[list[list[str]], int] | None:
    """The header lines from `pos`, each field with its continuation lines, and where they end; None when the
    block opens with a continuation line (the stdlib parser reads that as a defect, so the fast paths give up)."""
    fields: list[list[str]] = []
    while (line := _HEADER_LINE.match(text, pos, stop)) is not None:
        if line.group()[0] in " \t":
            if not fields:
                return None
            fields[-1].append(line.group())
        else:
            fields.append([line.group()])
        pos = line.end()
    return fields, pos


def _part(text: str, start: int, stop: int) -> email.message.Message | None:
    """The part between two boundary lines, as the stdlib parser builds it, if it is a single part with a regular
    header block; None for any other."""
    read = _header_fields(text, start, stop)
    if read is None:
        return None
    fields, pos = read
    if not fields or pos >= stop or text[pos] not in "\r\n":
        return None
    body = pos + (2 if text.startswith("\r\n", pos, stop) else 1)
    part = email.message.Message()
    for lines in fields:
        part.set_raw(*compat32.header_source_parse(lines))
    if part.get_content_maintype() in ("multipart", "message"):
        return None
    part.set_payload(_strip_line_end(text[body:stop]))
    return part


def _strip_line_end(text: str) -> str:
    """`text` less one final line break (CRLF, CR or LF), which RFC 2046 gives to the boundary line below it."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\r", "\n")) else text


# ------------------------------------------------------------------------------------------------ headers


def _cap_header_fields(data: bytes, notes: set[str]) -> bytes:
    """Cut any header field longer than `_MAX_FIELD` bytes before parsing.

    The stdlib's encoded-word decoder slows down badly on megabyte-long fields;
    no real Subject or To comes near the cap, so cutting there loses nothing but the attack.
    """
    ends = [i for i in (data.find(b"\n\n"), data.find(b"\r\n\r\n")) if i >= 0]
    end = min(ends) if ends else len(data)
    head = data[:end]
    if len(head) <= _MAX_FIELD:
        return data
    out: list[bytes] = []
    size = 0
    for line in head.split(b"\n"):
        continuation = line[:1] in (b" ", b"\t") and bool(out)
        size = size + len(line) if continuation else len(line)
        if size > _MAX_FIELD:
            notes.add("header-truncated")
            if not continuation:
                out.append(line[:_MAX_FIELD])
            continue
        out.append(line)
    return b"\n".join(out) + data[end:]


def _headers(message: email.message.Message, notes: set[str]) -> Headers:
    undecoded: dict[str, str] = {}
    for name, value in message.raw_items():
        key = str(name).strip().lower()
        if key and key not in undecoded:
            undecoded[key] = _recover(str(value), notes)
    raw = {key: _decoded(value, notes) for key, value in undecoded.items()}

    def addresses(key: str) -> tuple[Address, ...]:
        # split before decoding: an encoded display name may hide a comma ("=?utf-8?B?Rm9vLCBCYXI=?=")
        return parse_addresses(undecoded.get(key, ""), notes)

    return Headers(
        subject=raw.get("subject"),
        from_=addresses("from"),
        to=addresses("to"),
        cc=addresses("cc"),
        reply_to=addresses("reply-to"),
        date=_date(raw.get("date")),
        message_id=raw.get("message-id") or None,
        in_reply_to=raw.get("in-reply-to") or None,
        raw=raw,
    )


def decode_header(value: str, notes: set[str] | None = None) -> str:
    """Unfold, recover raw 8-bit bytes (UTF-8 or legacy Cyrillic) and decode RFC 2047 encoded words."""
    return _decoded(_recover(value, notes), notes)


def _decoded(value: str, notes: set[str] | None) -> str:
    """`_finish(_decode_words(value))`, the value of a header field as rules read it.

    perf: most fields (Message-ID, Date, Received, plain ASCII names) are printable ASCII with no encoded word;
    for them decoding and cleaning change nothing but the surrounding space, and the regex passes are skipped.
    """
    if value.isascii() and value.isprintable() and "=?" not in value:
        return value.strip()
    return _finish(_decode_words(value, notes))


def _recover(value: str, notes: set[str] | None) -> str:
    """Unfold, and decode raw 8-bit header bytes (kept by the parser as surrogate escapes)."""
    if value.isascii():
        # perf: no surrogate escape can hide in ASCII, and only a line break can be unfolded
        return _FOLD.sub(" ", value) if "\n" in value else value
    if _ESCAPED_BYTE.search(value):
        text, note = decode_bytes(value.encode("utf-8", "surrogateescape"))
        if note and notes is not None:
            notes.add(note)
        value = text
    return _FOLD.sub(" ", value)


def _finish(value: str) -> str:
    return clean_text(value).replace("\n", " ").strip()


def _decode_words(value: str, notes: set[str] | None) -> str:
    """RFC 2047: adjacent encoded words join without the whitespace between them, and their bytes are decoded
    together, since senders split multi-byte characters across words."""
    out: list[str] = []
    pending: list[tuple[str, bytes]] = []
    pos = 0
    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        if gap and (gap.strip() or not pending):
            _flush(pending, out, notes)
            out.append(gap)
        charset = match.group(1).split("*", 1)[0]
        pending.append((charset, _word_bytes(match.group(2), match.group(3))))
        pos = match.end()
    _flush(pending, out, notes)
    out.append(value[pos:])
    return "".join(out)


def _word_bytes(encoding: str, text: str) -> bytes:
    try:
        if encoding in "Bb":
            return base64.b64decode(text + "=" * (-len(text) % 4))
        return binascii.a2b_qp(text.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return text.encode("ascii", "replace")


def _flush(pending: list[tuple[str, bytes]], out: list[str], notes: set[str] | None) -> None:
    i = 0
    while i < len(pending):
        charset = pending[i][0]
        chunks = []
        while i < len(pending) and pending[i][0].lower() == charset.lower():
            chunks.append(pending[i][1])
            i += 1
        text, note = _decode_word(b"".join(chunks), charset)
        if note and notes is not None:
            notes.add(note)
        out.append(text)
    pending.clear()


def _decode_word(data: bytes, charset: str) -> tuple[str, str | None]:
    """`decode_bytes` for the text of encoded words.

    perf: a thread repeats its words (the customer's name is the original's From and the reply's To, the
    subject comes back with "Re:"), and scoring a reading's letters costs more than the lookup; `decode_bytes` is
    a pure function, so a small cache of short words changes nothing but the time.
    """
    if len(data) > _MAX_CACHED_WORD:
        return decode_bytes(data, charset)
    return _decode_short_word(data, charset)


_MAX_CACHED_WORD = 256


@functools.lru_cache(maxsize=1024)
def _decode_short_word(data: bytes, charset: str) -> tuple[str, str | None]:
    return decode_bytes(data, charset)


def parse_addresses(value: str, notes: set[str] | None = None) -> tuple[Address, ...]:
    """Addresses with their raw text kept, even when broken ("ivan@@mail.ru"), so a rule can point at them.

    `value` may still hold RFC 2047 encoded words; each address is decoded after splitting.
    """
    out: list[Address] = []
    for item in _rejoin_display_names(_address_items(value)):
        if len(out) >= _MAX_ADDRESSES:
            if notes is not None:
                notes.add("address-list-truncated")
            break
        raw = _decoded(item, notes)
        if raw:
            name, addr = _one_address(raw)
            out.append(Address(name=name, email=addr, raw=raw))
    return tuple(out)


def _rejoin_display_names(items: Iterator[str]) -> Iterator[str]:
    """Put back a comma that a client left unquoted in a display name ("ХатаТех, відділ доставки <d@x.ua>").

    RFC 5322 wants such a name quoted, but mail clients and shop systems often write it bare, and splitting on
    it yields a fake address "ХатаТех" that address-invalid would report. A piece with neither "@" nor an angle
    address, followed by a piece that is "name <address>", is the start of that name: nothing else reads so.
    """
    held: list[str] = []
    for item in items:
        if "@" not in item and "<" not in item and item.strip() and len(held) < 4:
            held.append(item)
            continue
        if held and "<" in item and not item.lstrip().startswith("<"):
            yield ",".join([*held, item])
        else:
            yield from held
            yield item
        held = []
    yield from held


def _address_items(value: str) -> Iterator[str]:
    """Split on commas outside quotes, angle brackets and comments; drop RFC 5322 group names."""
    if "," not in value and ";" not in value:
        yield _drop_group_name(value)  # perf: one address, the usual case: no walk over its characters
        return
    depth_angle = depth_paren = 0
    quoted = False
    start = 0
    for i, ch in enumerate(value):
        if ch == '"' and (i == 0 or value[i - 1] != "\\"):
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "<":
            depth_angle += 1
        elif ch == ">":
            depth_angle = max(0, depth_angle - 1)
        elif ch == "(":
            depth_paren += 1
        elif ch == ")":
            depth_paren = max(0, depth_paren - 1)
        elif ch in ",;" and not depth_angle and not depth_paren:
            yield _drop_group_name(value[start:i])
            start = i + 1
    yield _drop_group_name(value[start:])


_GROUP_NAME = re.compile(r'\s*[^:<>@"]{1,80}:(?!//)')
_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>\s*$")
_COMMENT_ADDRESS = re.compile(r"^(\S+)\s*\((.*)\)\s*$")


def _drop_group_name(item: str) -> str:
    if ":" not in item:
        return item  # perf: no group name without its colon
    found = _GROUP_NAME.match(item)
    return item[found.end() :] if found else item


def _one_address(raw: str) -> tuple[str, str]:
    angle = _ANGLE_ADDRESS.search(raw)
    if angle:
        addr = angle.group(1).strip()
        name = raw[: angle.start()].strip()
    else:
        comment = _COMMENT_ADDRESS.match(raw)
        addr, name = (comment.group(1), comment.group(2).strip()) if comment else (raw, "")
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\").strip()
    if not name and "(" in raw:
        parsed_name, parsed_addr = email.utils.parseaddr(raw)
        if parsed_addr == addr and parsed_name:
            name = parsed_name
    return name, addr


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# --------------------------------------------------------------------------------------------------- body


def _body(message: email.message.Message, notes: set[str]) -> tuple[str, bool, QuoteHint | None]:
    """Prefer text/plain; fall back to HTML converted to text when there is no usable plain part.

    A single HTML part is split on its client's own reply markup (Gmail's gmail_quote, Outlook's divRplyFwdMsg,
    Apple's blockquote type=cite...) before it becomes text, as a bare HTML file is; several are joined as text.
    """
    pieces = list(_pieces(message, notes, 0))
    plain = [text for kind, text in pieces if kind == "plain" and text.strip()]
    if plain:
        return "\n".join(plain), False, None
    html = [text for kind, text in pieces if kind == "html" and text.strip()]
    if len(html) == 1:
        text, hint = html_structure(clean_text(html[0]))
        return text, True, hint
    if html:
        return "\n\n".join(html_to_text(text) for text in html), True, None
    return "\n".join(text for _, text in pieces), False, None


def _pieces(part: email.message.Message, notes: set[str], depth: int) -> Iterator[tuple[str, str]]:
    if depth > _MAX_PARTS_DEPTH:
        return
    ctype = part.get_content_type()
    if part.is_multipart():
        children = [c for c in part.get_payload() if isinstance(c, email.message.Message)]
        if ctype == "multipart/alternative":
            yield from _alternative(children, notes, depth)
        elif not ctype.startswith("message/"):
            for child in children:
                yield from _pieces(child, notes, depth + 1)
        return
    if _is_attachment(part):
        return
    if ctype == "text/html":
        yield "html", _decode_part(part, notes, html=True)
    elif ctype == "text/plain" or ctype.startswith("multipart/"):
        # a multipart type without a usable boundary is parsed as a single text part: read it as text
        yield "plain", _unflow(part, _decode_part(part, notes, html=False))


def _alternative(children: list[email.message.Message], notes: set[str], depth: int) -> Iterator[tuple[str, str]]:
    options = [list(_pieces(child, notes, depth + 1)) for child in children]
    for wanted in ("plain", "html"):
        for option in options:
            if any(kind == wanted and text.strip() for kind, text in option):
                yield from option
                return
    for option in options:
        if option:
            yield from option
            return


def _is_attachment(part: email.message.Message) -> bool:
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    return disposition == "attachment"


def _decode_part(part: email.message.Message, notes: set[str], *, html: bool) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "surrogateescape")
    charset = _content_charset(part)
    if html and not charset:
        meta = _META_CHARSET.search(payload[:4096])
        charset = meta.group(1).decode("ascii", "replace") if meta else None
    text, note = decode_bytes(payload, charset)
    if note:
        notes.add(note)
    return clean_text(text)


_TOKEN = r"[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]+"
_ONE_CHARSET = re.compile(rf'{_TOKEN}/{_TOKEN};[ \t]*charset=("?)({_TOKEN})\1', re.IGNORECASE)
"""A Content-Type of a type and a charset parameter alone, the value a token (RFC 2045), quoted or not."""


def _content_charset(part: email.message.Message) -> str | None:
    """`part.get_content_charset()`.

    perf: the stdlib parses every parameter of the field, RFC 2231 continuations and quoting included, to answer;
    for the usual "text/plain; charset=utf-8" its answer is the token lower-cased, which is read here directly.
    """
    value = part.get("content-type")
    if isinstance(value, str):
        found = _ONE_CHARSET.fullmatch(value)
        if found is not None:
            return found.group(2).lower()
    return part.get_content_charset()


def _unflow(part: email.message.Message, text: str) -> str:
    """RFC 3676 format=flowed: join soft-broken lines so sentences are not cut at the sender's wrap column.

    perf: the stdlib parses every parameter of the Content-Type to answer `get_param`; a parameter named "format"
    (in any case, or split RFC 2231-style into "format*0"...) has the word in the field's text, so a field without
    it has no such parameter and needs no parsing.
    """
    ctype = part.get("content-type")
    if ctype is None or "format" not in str(ctype).lower():
        return text
    if str(part.get_param("format", "")).lower() != "flowed":
        return text
    return _join_flowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")


def _join_flowed(text: str, *, delsp: bool) -> str:
    out: list[str] = []
    carry: str | None = None
    carry_depth = 0
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing
        if carry is not None and depth == carry_depth:
            body = carry + body
        elif carry is not None:
            out.append(">" * carry_depth + (" " if carry_depth else "") + carry)
        carry = None
        if body.endswith(" ") and body.rstrip() != "--":
            carry, carry_depth = (body[:-1] if delsp else body), depth
            continue
        out.append(">" * depth + (" " if depth and body else "") + body)
    if carry is not None:
        out.append(">" * carry_depth + (" " if carry_depth else "") + carry)
    return "\n".join(out)
