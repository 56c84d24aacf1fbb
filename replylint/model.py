"""The data replylint passes around: small frozen values, JSON-safe where they leave the library."""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from replylint.languages import codes

Lang = str
"""A language code ("en", "ru", "uk", or that of another installed language pack, see replylint.languages)."""
LANGUAGES: tuple[Lang, ...] = codes()
"""The installed language packs' codes, sorted."""

JSONValue = Any
"""JSON-safe value (str, int, float, bool, None, list, dict); kept loose because mypy cannot express it."""

SCHEMA_VERSION = 3
"""Version of the `Report.to_dict()` layout; bumped when its shape changes (see docs/api.md). 2: `message_language`;
3: each finding's `location`."""
MESSAGE_LANGUAGES = ("auto", "en", "ru", "uk")
"""What `message-language` accepts: a language for findings and rule pages, or "auto" for the reply's own."""


class Severity(enum.IntEnum):
    """Ordered so that `severity >= fail_on` decides whether a run fails."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r}; use one of: error, warning, info") from None


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox from an address header; `raw` keeps what was written so bad syntax can be shown."""

    name: str
    email: str
    raw: str


@dataclass(frozen=True, slots=True)
class Headers:
    """The headers rules care about, decoded (RFC 2047) and with addresses split out."""

    subject: str | None = None
    from_: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    raw: Mapping[str, str] = field(default_factory=dict)
    """Every header by lower-case name (first occurrence), decoded, for plugins that need more."""


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """One parsed email (the reply or the original), body split into its parts.

    `text` is what the author wrote in this message; `quote` is the earlier message it quotes and `signature`
    the closing block (contact details, "Sent from my phone"). Bare text input has `headers=None`.
    """

    text: str
    quote: str | None = None
    signature: str | None = None
    headers: Headers | None = None
    quote_header: str | None = None
    """The line that introduced the quote ("On ... wrote:"), when one was recognised."""
    unmarked_quote: str | None = None
    """Quoted-looking text ("> ..." lines) that no recognised header introduced; kept in `text`."""
    split_confidence: Literal["structural", "attribution", "heuristic"] | None = None
    """How the splitter found the quote: the HTML client's structure, a recognised quote header, or only "> "
    markers with no header (then the quote stays in `text`); None when nothing is quoted."""
    html_only: bool = False
    defects: tuple[str, ...] = ()
    """MIME problems found while parsing, for diagnostics: the standard library parser's defect classes
    (`StartBoundaryNotFoundDefect`...) and replylint's notes (`charset-repaired`, `header-truncated`...)."""
    body: str = ""
    """The whole decoded body before splitting."""


@dataclass(frozen=True, slots=True)
class Context:
    """Facts the caller knows and the message may not say. Anything left out is inferred where possible."""

    customer_name: str | None = None
    language: Lang | None = None
    subject: str | None = None
    received_at: datetime | None = None
    """When the customer's message arrived (overrides the original's Date header)."""
    sent_at: datetime | None = None
    """When the reply was (or will be) sent (overrides the reply's Date header)."""
    template: bool = False
    """Lint as a template: placeholders are expected, not unfilled."""
    message_language: str | None = None
    """The language of the findings' messages ("auto", "en", "ru", "uk"); None leaves it to the Linter/config."""

    def __post_init__(self) -> None:
        """A Context built in code is checked like one coerced from a mapping (the language picks the analyser)."""
        from replylint.errors import ConfigError

        if self.language not in (None, *LANGUAGES):
            raise ConfigError(f"context language must be one of {', '.join(LANGUAGES)}, not {self.language!r}")
        if self.message_language not in (None, *MESSAGE_LANGUAGES):
            raise ConfigError(
                f"context message_language must be one of {', '.join(MESSAGE_LANGUAGES)}, not {self.message_language!r}"
            )
        for key in ("customer_name", "subject"):
            value = getattr(self, key)
            if value is not None and not isinstance(value, str):
                raise ConfigError(f"context {key} must be a string, not {type(value).__name__}")
        for key in ("received_at", "sent_at"):
            value = getattr(self, key)
            if value is not None and not isinstance(value, datetime):
                raise ConfigError(f"context {key} must be a datetime, not {type(value).__name__}")

    @classmethod
    def coerce(cls, value: Context | Mapping[str, Any] | None) -> Context:
        """Accept a mapping too, since callers often hold these facts in a dict (a ticket, a JSON payload)."""
        from replylint.errors import ConfigError

        if value is None:
            return cls()
        if isinstance(value, Context):
            return value._without_lone_surrogates()
        known = set(cls.__dataclass_fields__)
        unknown = sorted(str(key) for key in value if key not in known)
        if unknown:
            raise ConfigError(f"unknown context key(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        data = dict(value)
        for key in ("received_at", "sent_at"):
            if isinstance(data.get(key), str):
                try:
                    data[key] = datetime.fromisoformat(data[key])
                except ValueError:
                    raise ConfigError(f"context {key} is not an ISO 8601 date: {data[key]!r}") from None
        if data.get("language") not in (None, *LANGUAGES):
            raise ConfigError(f"context language must be one of {', '.join(LANGUAGES)}")
        for key, kinds, what in _CONTEXT_TYPES:
            item = data.get(key)
            if item is not None and (not isinstance(item, kinds) or (kinds is not bool and isinstance(item, bool))):
                raise ConfigError(f"context {key} must be {what}, not {type(item).__name__}")
        return cls(**data)._without_lone_surrogates()

    def _without_lone_surrogates(self) -> Context:
        """A name or subject decoded with errors="surrogateescape" holds lone surrogates, which no tokenizer or
        output stream can encode; they become U+FFFD like any other undecodable input."""

        def fix(text: str | None) -> str | None:
            return _LONE_SURROGATE.sub("\ufffd", text) if text is not None else None

        name, subject = fix(self.customer_name), fix(self.subject)
        if name == self.customer_name and subject == self.subject:
            return self
        return dataclasses.replace(self, customer_name=name, subject=subject)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTEXT_TYPES: tuple[tuple[str, type | tuple[type, ...], str], ...] = (
    ("customer_name", str, "a string"),
    ("subject", str, "a string"),
    ("received_at", datetime, "a datetime or an ISO 8601 string"),
    ("sent_at", datetime, "a datetime or an ISO 8601 string"),
    ("template", bool, "true or false"),
)
"""What each context key must hold once ISO dates are parsed: a wrong type would only surface as a rule crash."""


LocationKind = Literal["text", "header", "signature", "reply"]
"""What a finding is about: a span of the reply's text, a header field, a span of the signature block, or the
reply as a whole (an unanswered question, a missing subject, an empty draft)."""
LOCATION_KINDS: tuple[LocationKind, ...] = ("text", "header", "signature", "reply")


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points, as a type rather than a convention.

    A finding's `start`/`end`/`line`/`column` always index `Report.text`, so every consumer can show it somewhere;
    for a finding that is not about a span of that text they are an anchor: (0, 0) for a header or the whole reply,
    the text's last line for the signature block (which follows it). Suppression, allowlists, file positions and
    the outputs read `kind` to know which: a header finding is placed on its header's line in the file, a
    signature finding's own span is `start`/`end` here, indexing `Report.signature`.
    """

    kind: LocationKind = "text"
    header: str | None = None
    """The header field's name ("Subject", "To"), for kind "header"."""
    start: int = 0
    end: int = 0
    """For kind "signature", the flagged span in `Report.signature`; 0 otherwise."""

    def to_dict(self) -> dict[str, JSONValue]:
        out: dict[str, JSONValue] = {"kind": self.kind}
        if self.kind == "header":
            out["header"] = self.header
        elif self.kind == "signature":
            out["start"], out["end"] = self.start, self.end
        return out


TEXT = Location()
WHOLE_REPLY = Location("reply")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a reply. `start`/`end` index `Report.text`; `line`/`column` are 1-based and count within it.

    `file_line`/`file_column` place the finding in the file that was linted, when the input was a path and every
    line of the reply's text was found there in order; they are None for other input and for a body the file
    holds encoded (base64, quoted-printable), reflowed or as HTML. Headers, front matter and removed
    suppression directives are what make the two differ.
    """

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    suggestion: str | None = None
    data: Mapping[str, JSONValue] = field(default_factory=dict)
    file_line: int | None = None
    file_column: int | None = None
    location: Location = TEXT
    """What the finding is about (see `Location`): `start`/`end` are its span only when the kind is "text"."""

    @property
    def kind(self) -> str:
        return str(self.data.get("kind", ""))

    @property
    def position(self) -> tuple[int, int]:
        """Where to show the finding: in the file when known, else in the reply's text."""
        if self.file_line is not None and self.file_column is not None:
            return self.file_line, self.file_column
        return self.line, self.column

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "suggestion": self.suggestion,
            "data": dict(self.data),
            "file_line": self.file_line,
            "file_column": self.file_column,
            "location": self.location.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of linting one reply."""

    source: str
    text: str
    findings: tuple[Finding, ...]
    language: Lang | None = None
    quote: str | None = None
    signature: str | None = None
    headers: Headers | None = None
    original_source: Literal["given", "quote"] | None = None
    """Where the customer's message came from: passed in, recovered from the reply's quote, or unknown."""
    message_language: Lang = "en"
    """The language the findings' messages are written in (suggestions are in the reply's `language`)."""

    def fails(self, fail_on: Severity | str = Severity.WARNING) -> bool:
        """Whether a gate at `fail_on` would stop this reply; "warning" is accepted as the CLI and config spell it."""
        level = Severity.parse(fail_on)
        return any(f.severity >= level for f in self.findings)

    def by_rule(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]

    def flagged(self, finding: Finding) -> str:
        """The text a finding covers, wherever it is: in the reply's text, in the signature block, or none for a
        finding about a header or the whole reply."""
        where = finding.location
        if where.kind == "text":
            return self.text[finding.start : finding.end]
        if where.kind == "signature":
            return (self.signature or "")[where.start : where.end]
        return ""

    def to_dict(self) -> dict[str, JSONValue]:
        h = self.headers
        return {
            "schema": SCHEMA_VERSION,
            "source": self.source,
            "language": self.language,
            "message_language": self.message_language,
            "text": self.text,
            "quote": self.quote,
            "signature": self.signature,
            "original_source": self.original_source,
            "headers": None
            if h is None
            else {
                "subject": h.subject,
                "from": [a.raw for a in h.from_],
                "to": [a.raw for a in h.to],
                "cc": [a.raw for a in h.cc],
                "reply_to": [a.raw for a in h.reply_to],
                "date": h.date.isoformat() if h.date else None,
                "message_id": h.message_id,
                "in_reply_to": h.in_reply_to,
            },
            "findings": [f.to_dict() for f in self.findings],
        }
