"""From whatever the caller has (text, bytes, a file, a Message) to a `ParsedMessage` with its body split.

Everything that can go wrong while reading input surfaces as `ReplyParseError` (or `InputTooLargeError`),
never as a dependency's exception: callers lint batches and must be able to skip one bad message and go on.

Input policy, in one place:

* `str`: an RFC 822 message when it starts with a header block (a known header such as From/To/Subject/Date,
  then an empty line), otherwise the body itself. A `str` is never opened as a file, even if it names one.
* `bytes`: the same test; bare bytes are decoded as UTF-8 or detected Cyrillic (windows-1251, KOI8-R/U).
* `os.PathLike`: the file's bytes; `.txt` is always body text, `.eml` always a message, `.html`/`.htm` HTML,
  anything else is sniffed. Missing or unreadable files and directories raise ReplyParseError naming the path.
* A body (not a message) that starts like an HTML document or block (`<html>`, `<div>`, `<p>`...) is converted
  to text as an HTML-only e-mail would be.
* `email.message.Message`: serialised and parsed like bytes.
* Binary data (over 30% control or undecodable characters) raises ReplyParseError rather than producing a
  "reply" of garbage; empty input is an empty reply, not an error.
"""

from __future__ import annotations

import email.message
import os
import re
from typing import TypeAlias

from replylint.errors import ReplylintError, ReplyParseError
from replylint.i18n import Text
from replylint.model import Headers, ParsedMessage
from replylint.parsing.coerce import Coerced, clean_text, coerce_input, decode_bytes, is_junk
from replylint.parsing.html import html_structure
from replylint.parsing.split import QuoteHint, Split, split_body

__all__ = ["ReplyInput", "Split", "parse_input", "split_body"]

ReplyInput: TypeAlias = str | bytes | os.PathLike[str] | email.message.Message

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|body|div|p|table)\b", re.IGNORECASE | re.DOTALL
)


def parse_input(value: ReplyInput, *, max_bytes: int = 5_000_000) -> tuple[ParsedMessage, str]:
    """Return the parsed, split message and a source name ('<string>', '<bytes>', the path, '<message>').

    A `str` is always content (a message or a body), never a file name: wrap paths in `pathlib.Path`.
    """
    message, coerced = parse_coerced(value, max_bytes=max_bytes)
    return message, coerced.source


def parse_coerced(value: ReplyInput, *, max_bytes: int = 5_000_000) -> tuple[ParsedMessage, Coerced]:
    """`parse_input`, returning the raw input as read too (the linter places findings in a file from it)."""
    coerced = coerce_input(value, max_bytes)
    try:
        return _parse(coerced), coerced
    except ReplylintError:
        raise
    except RecursionError:
        raise ReplyParseError(Text("{source}: message nesting is too deep to parse", source=coerced.source)) from None
    except Exception as exc:  # noqa: BLE001 - no dependency's exception may escape to the caller
        raise ReplyParseError(
            Text("{source}: cannot parse ({type}: {exc})", source=coerced.source, type=type(exc).__name__, exc=exc)
        ) from None


def _parse(coerced: Coerced) -> ParsedMessage:
    if coerced.is_message:
        # imported here: bare-text linting never needs the MIME code or the stdlib's email parser
        from replylint.parsing.mime import parse_message

        data = coerced.data if isinstance(coerced.data, bytes) else coerced.data.encode("utf-8")
        mime = parse_message(data)
        _reject_junk(mime.body, coerced.source)
        return _build(clean_text(mime.body), mime.html_only, mime.defects, mime.headers, mime.hint)
    notes: tuple[str, ...] = ()
    if isinstance(coerced.data, bytes):
        text, note = decode_bytes(coerced.data)
        notes = (note,) if note else ()
    else:
        text = coerced.data
    _reject_junk(text, coerced.source)
    text = clean_text(text)
    html = _is_html(text, coerced.source)
    hint = None
    if html:
        text, hint = html_structure(text)
    return _build(text, html, notes, None, hint)


def _is_html(text: str, source: str) -> bool:
    """Bare HTML (a saved .html file, or markup pasted as a string) is converted like an HTML-only e-mail."""
    if source.lower().endswith((".html", ".htm")):
        return True
    return _HTML_START.match(text[:2000]) is not None and "</" in text


def _reject_junk(text: str, source: str) -> None:
    if is_junk(text):
        raise ReplyParseError(
            Text("{source} does not look like text or email (mostly control or undecodable bytes)", source=source)
        )


def _build(
    body: str, html_only: bool, defects: tuple[str, ...], headers: Headers | None, hint: QuoteHint | None
) -> ParsedMessage:
    split = split_body(body, hint=hint)
    return ParsedMessage(
        text=split.text,
        quote=split.quote,
        signature=split.signature,
        headers=headers,
        quote_header=split.quote_header,
        unmarked_quote=split.unmarked_quote,
        split_confidence=split.confidence,
        html_only=html_only,
        defects=defects,
        body=body,
    )
