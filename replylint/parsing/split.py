"""Separate what the author wrote from the quoted earlier message and from the signature.

Rules lint only the author's words, so a quote mistaken for text produces findings about the customer's
message, and text mistaken for a quote hides the reply from the linter. The splitter therefore recognises a
quote by its header (the client's attribution line or header block) rather than by "> " markers alone: quoted
lines with no recognised header stay in the text and are reported in `unmarked_quote` for the engine to flag.

Cost is linear in the body whatever it holds: candidate lines are found by anchored whole-body regex scans (in
C), patterns never run on lines longer than a header can be, and Python-level work happens only on candidates
and inside the regions they open, each of which is visited once.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import Literal, TypeAlias, cast

from replylint._first_chars import with_first_chars
from replylint.mail.lines import POSTSCRIPT_LINE
from replylint.parsing._conventions import alternation, conventions

__all__ = ["Confidence", "QuoteHint", "Split", "kept_text", "split_body"]

_MAX_HEADER_LINE = 400
_MAX_HEADER_SPAN = 6
"""An attribution wrapped by the sender's client spans at most this many lines (blank ones included)."""
_MAX_FIELD_BLOCK = 16
_MAX_SIG_LINES = 40
_MAX_RULE_SIG_LINES = 12
_MAX_SOFT_SIG_LINES = 6
_MAX_FOOTER_WORDS = 6
"""A footer naming no known device is short ("Sent from my LG G6"); a longer line is a sentence."""
_MAX_REJECTED = 2000
"""Lines that looked like a header but were not, after which the search stops. A real reply has a handful;
thousands ("wrote:" on every line) mean the body is not a reply, and checking them all would be slow."""
_MAX_REGIONS = 200
"""Quote regions after which the rest of the body is taken as quote (an interleaved reply has a few dozen)."""

# --------------------------------------------------------------------------------------------------- patterns


class _LazyPattern:
    """A module-level pattern compiled on first use. Compiling this module's patterns (built from every
    language's conventions) takes about 0.2 s, which `replylint --version`, `--help` and an import that never
    splits a body should not pay. On first use the module global is replaced by the compiled pattern, so later
    calls go straight to `re`; a reference kept elsewhere still works, through one attribute lookup more."""

    __slots__ = ("_compiled", "_first_chars", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int, first_chars: bool) -> None:
        self._pattern, self._flags, self._first_chars = pattern, flags, first_chars
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(self._pattern, self._flags)
            compiled = self._compiled = with_first_chars(compiled) if self._first_chars else compiled
            space = globals()
            for key in [k for k, v in space.items() if v is self]:
                space[key] = compiled
        return getattr(compiled, name)


def _lazy(pattern: str, flags: int = 0, *, first_chars: bool = False) -> re.Pattern[str]:
    """`first_chars`: a whole-text scan that would try every position gets `with_first_chars`' lookahead."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, first_chars))


_CONV = conventions()
_S = r"[ \t\xa0]"
"""Horizontal space inside a line; a no-break space is one too (clients put it before French colons)."""


def _firsts(words: tuple[str, ...]) -> str:
    """A character class of the words' first letters, checked before the alternation so that the regex engine
    skips most positions without trying each word."""
    letters = sorted({w[0] for w in words} | {w[0].upper() for w in words})
    return re.escape("".join(letters))


_VERB = alternation(_CONV.verbs)
_VERB_AT = rf"(?=[{_firsts(_CONV.verbs)}])(?:{_VERB})"
_END_COLON = _lazy(rf"(?<![^\W\d_]){_VERB_AT}\s*+[:：]\s*+$", re.IGNORECASE)
_END_DASHES = _lazy(rf"(?<![^\W\d_]){_VERB_AT}\s*+[:：]?\s*+-{{2,}}\s*+$", re.IGNORECASE)
_SCHRIEB_AM = _lazy(r"\sschrieb\s+am\s.{4,120}[:：]\s*$", re.IGNORECASE)
_MID_VERB = _lazy(rf"\s{_VERB_AT}\s", re.IGNORECASE)
_TAIL = 100
"""Enough of a header's end to hold the verb, its colon and a run of dashes."""
_BARE_ADDRESS = r"@[\w-]++(?:\.[\w-]++)++"
"""An address's domain with no brackets round it: Mail.ru names a sender with no display name so («Четверг, 20
ноября 2025, 14:22 +03:00 от kot@mail.ru:»)."""
_VERBLESS_END = _lazy(rf"(?:[>)]|{_BARE_ADDRESS})\s*+[:：]\s*+$")
"""A header ending with the sender's address and a colon, bracketed ("X <x@y>:") or bare ("от x@y:")."""
_ADDRESS_END = _lazy(r"@[^\s<>@]++>\s*+[:：]\s*+$")
_BRACKETED_ADDRESS = _lazy(r"[<(\[][^\s<>()\[\]@]++@[^\s<>()\[\]@]++[>)\]]")
_TIME = _lazy(r"\d{1,2}[:.]\d{2}")
_DIGIT = _lazy(r"\d")
_OPENER = _lazy(
    rf"^[-*\s]*+(?:(?:{alternation(_CONV.openers)})\s"
    r"|\d{1,4}[./-]\d{1,2}|\d{1,4}年|\d{1,2}\.?\s+[^\W\d_]"
    rf"|(?:{alternation(_CONV.weekdays)})\.?,?\s++(?:\d|[^\W\d_]{{3,}}\.?,?\s++\d))",
    re.IGNORECASE,
)
_DATE_LINE = _lazy(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b")
_WRAPPED_ADDRESS = _lazy(r"^[\w.+-]{1,64}@[\w.-]{1,255}>\s*+[:：]?$")
_SEPARATOR_WORDS = alternation(_CONV.separators)
_FORWARD_WORDS = alternation(_CONV.intros)
_SEPARATOR_FIRST = _firsts(_CONV.separators + _CONV.intros)
_SEPARATOR = _lazy(rf"^[\s*_=-]*+(?:{_SEPARATOR_WORDS})[\s*_=-]*+$", re.IGNORECASE)
_FORWARD_INTRO = _lazy(rf"^(?:{_FORWARD_WORDS})\s*+[:：]\s*+$", re.IGNORECASE)
_RULE = _lazy(r"^[\s*]*+([-_=~*#+—])\1{3,}[\s*]*+$")
_SOFT_RULE = _lazy(r"^(?:_{2,}+|[—–]|\*(?:[ \t]*+\*){2,}+)$")
"""Rules people draw above a signature: underscores, a lone em or en dash, "* * *"."""
_TRACKER = "\u1427"
""""ᐧ", the mark mail-tracking extensions (Streak, Mailtrack) append to a Gmail message: nobody's words."""

_FIELD_NAMES = dict(_CONV.fields)
_LABEL = rf"(?=[{_firsts(tuple(_FIELD_NAMES))}])(?:{alternation(_FIELD_NAMES)})"
_INLINE_FIELD = _lazy(rf"(?<=\s)({_LABEL}){_S}*+[:：]", re.IGNORECASE)
_FIELD = _lazy(rf"^\**+{_S}*+({_LABEL}){_S}*+\**+{_S}*+[:：]", re.IGNORECASE)

_MOBILE_STRONG = _lazy(
    rf"^[(<\[\s]*+(?:{alternation(_CONV.footers)})"
    r"|^.{0,20}(?:iphone|ipad|android).{0,20}(?:傳送|发送|送信)"
    r"|^\S+\s+from\s+mobile$",
    re.IGNORECASE,
)
_MOBILE_GENERIC = _lazy(
    rf"^[(<\[\s]*+(?:{alternation(_CONV.sent)})\s++(?:{alternation(_CONV.prepositions)})\b",
    re.IGNORECASE,
)
_DEVICE = _lazy(
    r"iphone|ipad|ipod|android|mobil|phone|blackberry|galaxy|samsung|outlook|mail|yahoo|windows|airmail|"
    r"sparrow|mailbox|device|cell|tablet|почт|телефон|мобильн|мобільн|смартфон|айфон|планшет|пошт|"
    r"huawei|xiaomi|nokia|htc|wiko|motorola|oneplus|pixel|яндекс|yandex",
    re.IGNORECASE,
    first_chars=True,
)
_CLAUSE_END = _lazy(r"[,;:!?.](?=\s+\S)")
_SIGN_OFF = _lazy(rf"^(?:{alternation(_CONV.sign_offs)})\b[\s\w,.!]{{0,20}}$", re.IGNORECASE)
_EMAIL = _lazy(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = _lazy(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PHONE = _lazy(r"(?:\+|\()?\d[\d\s().-]{6,}\d", first_chars=True)
_CONTACT_PREFIX = _lazy(
    r"^(?:#\w+#)?\s*(?:t|tel|phone|ph|mob|mobile|cell|fax|f|m|skype|телефон|тел|моб|факс|e-?mail|web)\s*[.:]",
    re.IGNORECASE,
)

# Whole-body scans (MULTILINE, anchored at line starts, possessive where a run could be long) that find the
# few lines worth a closer look.
_M = re.MULTILINE | re.IGNORECASE
_LINE_END = _lazy(rf"[:：-](?<!(?<!-)-){_S}*+$", re.MULTILINE)
"""A colon or "--" ending a line (the lookbehind drops a lone dash). A pattern that starts with a character
class lets the regex engine skip to candidates instead of trying every position."""
_END_CUE = _lazy(
    rf"{_VERB_AT}|[>)]{_S}*+[:：]|uhr{_S}*+[:：]|{_BARE_ADDRESS}{_S}*+[:：]", re.IGNORECASE, first_chars=True
)
"""What a line ending like an attribution must also hold: a verb of writing, "<addr>:" / "(...):", "Uhr:", or a
bare address before the colon (Mail.ru with no display name: «... 14:22 +03:00 от kot@mail.ru:»)."""
_WORD_RE = r"[^\W\d_][\w'-]{0,20}+"
_FIELD_LINE_RE = rf"[ \t>*_=-]*+{_WORD_RE}(?:{_S}++{_WORD_RE}){{0,2}}+{_S}*+\**+{_S}*+[:：][^\n]*+(?:\n|\Z)"
_SCAN_START = _lazy(
    r"^(?:[ \t>*_=-]*+(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b)"
    rf"|[ \t>*_=-]*+(?P<sep>(?=[{_SEPARATOR_FIRST}])(?:{_SEPARATOR_WORDS}|{_FORWARD_WORDS}))"
    rf"|(?=[ \t>*_=-]*+\**+{_S}*+(?P<field>{_LABEL}){_S}*+\**+{_S}*+[:：])(?:{_FIELD_LINE_RE})++)",
    _M,
)
"""Lines that may open a header: an old-Gmail date, a separator ("-----Original Message-----") or a run of
"Name: value" lines starting with a known label, matched whole so that only the run's first line is reported.
Every repeat is possessive or bounded, so a line of spaces, tabs or header-like words costs its length once."""
_GLUED_SEPARATOR = _lazy(
    rf"(?<!-)(-{{3,}}+{_S}*+(?=[{_SEPARATOR_FIRST}])(?:{_SEPARATOR_WORDS}){_S}*+-{{3,}}+){_S}*+", re.IGNORECASE
)
"""A dashed separator anywhere in a line; only a run's first dash may start one, so a dash run costs its length."""
_SCAN_DELIM = _lazy(r"^[ \t]*+--[ \t]*+$", _M)
_SCAN_FORWARD_END = _lazy(rf"^[ \t*_=-]*+(?=[{_firsts(_CONV.ends)}])(?:{alternation(_CONV.ends)})[ \t*_=-]*+$", _M)
"""The line that closes a forwarded message ("-------- Конец пересылаемого сообщения --------")."""
_UNQUOTED_TEXT = _lazy(r"^(?![ \t]*+>)[ \t]*+\S", re.MULTILINE)
_NONBLANK = _lazy(r"\S")
_QUOTED_LINE = _lazy(r"^[ \t]*+>[^\n]*+", re.MULTILINE)
_ONE_LEVEL = _lazy(r"^[ \t]*> ?", re.MULTILINE)


# ------------------------------------------------------------------------------------------------ the result


Confidence: TypeAlias = Literal["structural", "attribution", "heuristic"]
"""How the split knows where the quote is: the client's HTML structure said so, a quote header (attribution,
header block, separator) was recognised in the text, or only "> " markers suggest a quote no header introduces."""


@dataclass(frozen=True, slots=True)
class Split:
    """The parts of one body. `text` keeps a sign-off ("Best regards,\\nAnna"); `signature` is only the
    delimiter/mobile/contact block; `quote` is the quoted message without its header and one level of "> ".
    `confidence` is None when nothing in the body is quoted."""

    text: str
    quote: str | None = None
    signature: str | None = None
    quote_header: str | None = None
    unmarked_quote: str | None = None
    confidence: Confidence | None = None


@dataclass(frozen=True, slots=True)
class QuoteHint:
    """Where the sending client's HTML put the quoted message, in line numbers of the converted text: its first
    line, the last line of the client's header element when it has one, and whether the structure is certain
    (`checked=False`: Outlook's border-top box, a quote only when it holds header fields)."""

    start: int
    header_end: int | None = None
    checked: bool = True


@dataclass(frozen=True, slots=True)
class _Header:
    start: int
    end: int  # inclusive
    block: bool  # an Outlook-style header block or separator, not an attribution line


@dataclass(frozen=True, slots=True)
class _Region:
    header: _Header
    stop: int  # exclusive
    dequote: bool
    closer: int | None = None  # the line that closes a forward, part of the region but not of the quote


class _Body:
    """The body as lines, with line offsets for mapping regex hits to lines and lazily computed line facts."""

    def __init__(self, body: str) -> None:
        self.text = body
        self.lines = body.split("\n")
        self.n = len(self.lines)
        cumulative = itertools.accumulate(map(len, self.lines), initial=0)
        self.starts = list(map(operator.add, cumulative, range(self.n + 1)))
        self._content: dict[int, str] = {}
        self._weighty: dict[int, bool] = {}

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def hits(self, pattern: re.Pattern[str]) -> list[int]:
        return [self.line_of(m.start()) for m in pattern.finditer(self.text)]

    def end_hits(self) -> list[int]:
        """Lines that may end an attribution: a colon or "--" within `_MAX_HEADER_LINE` characters of the line
        start, then only blanks, with a cue (`_END_CUE`) on the line."""
        out: list[int] = []
        text = self.text
        for m in _LINE_END.finditer(text):
            at = m.start()
            i = self.line_of(at)
            start = self.starts[i]
            if at - start <= _MAX_HEADER_LINE and _END_CUE.search(text, start, m.end()):
                out.append(i)
        return out

    def start_hits(self) -> dict[int, int]:
        """Lines `_SCAN_START` flags, with what it saw; of a run of "Name:" lines only the first can open a
        header block, so the rest are dropped here rather than checked one by one."""
        out: dict[int, int] = {}
        for m in _SCAN_START.finditer(self.text):
            i = self.line_of(m.start())
            if m.group("date"):
                out[i] = _DATE
            elif m.group("sep"):
                out[i] = _SEP
            elif m.group("field"):
                out[i] = _FIELD_LINE
        return out

    def first_hit(self, pattern: re.Pattern[str], start: int, stop: int) -> int | None:
        end = self.starts[stop] if stop < self.n else len(self.text)
        found = pattern.search(self.text, self.starts[start], end)
        return None if found is None else self.line_of(found.start())

    def last_nonblank(self, start: int, stop: int) -> int:
        """Index of the last non-blank line in [start, stop), or start - 1."""
        end = self.starts[stop] - 1 if stop < self.n else len(self.text)
        chunk = self.text[self.starts[start] : end].rstrip()
        return self.line_of(self.starts[start] + len(chunk) - 1) if chunk else start - 1

    def quoted(self, i: int) -> bool:
        line = self.lines[i]
        head = line[:1]
        return head == ">" or (head in (" ", "\t") and line.lstrip(" \t")[:1] == ">")

    def blank(self, i: int) -> bool:
        return not self.lines[i].strip()

    def weighty(self, i: int) -> bool:
        """Whether the line holds a digit, an "@" or starts with a dash: every attribution needs one."""
        found = self._weighty.get(i)
        if found is None:
            text = self.content(i)
            found = text.startswith("-") or "@" in text or _DIGIT.search(text) is not None
            self._weighty[i] = found
        return found

    def content(self, i: int) -> str:
        """The line without quote markers and surrounding space, cut to header length."""
        found = self._content.get(i)
        if found is None:
            found = self.lines[i][: _MAX_HEADER_LINE + 2].lstrip(" \t>").strip()
            self._content[i] = found
        return found

    def next_nonblank(self, i: int) -> int:
        if i >= self.n:
            return self.n
        found = _NONBLANK.search(self.text, self.starts[i])
        return self.n if found is None else self.line_of(found.start())

    def next_unquoted_text(self, i: int) -> int:
        if i >= self.n:
            return self.n
        found = _UNQUOTED_TEXT.search(self.text, self.starts[i])
        return self.n if found is None else self.line_of(found.start())


@dataclass(slots=True)
class _Layout:
    body: _Body
    hint: QuoteHint | None = None
    regions: list[_Region] = field(default_factory=list)
    signatures: list[tuple[int, int]] = field(default_factory=list)
    structural: bool = False  # the first region is where the client's structure put it


def split_body(body: str, *, hint: QuoteHint | None = None) -> Split:
    """Split a decoded body (any line endings) into new text, quote, signature and unmarked quote.

    `hint` is where an HTML client's structure put the quote (from `html.html_structure`); the text's own
    headers are still used for everything the hint does not settle.
    """
    layout = _layout(body, hint)
    lines = layout.body.lines
    text = _trim(_join(lines, _kept_ranges(layout, signature=False)))
    sig = _trim("\n\n".join(_join(lines, [r]) for r in layout.signatures))
    unmarked = _QUOTED_LINE.findall(text)
    confidence: Confidence | None = None
    if layout.regions:
        confidence = "structural" if layout.structural else "attribution"
    elif unmarked:
        confidence = "heuristic"
    return Split(
        text=text,
        quote=_quote_text(layout),
        signature=sig or None,
        quote_header=_header_text(layout),
        unmarked_quote="\n".join(unmarked) if unmarked else None,
        confidence=confidence,
    )


def kept_text(body: str, *, signature: bool, hint: QuoteHint | None = None) -> str:
    """The body minus its quotes, with or without the signature, as the lines stood (for evaluations that
    compare against tools which keep signatures in the reply)."""
    layout = _layout(body, hint)
    return _trim(_join(layout.body.lines, _kept_ranges(layout, signature=signature)))


def _join(lines: list[str], ranges: list[tuple[int, int]]) -> str:
    return "\n".join(itertools.chain.from_iterable(lines[a:b] for a, b in ranges))


def _trim(text: str) -> str:
    """Drop leading blank lines and trailing whitespace, keeping the first line's indentation."""
    found = _NONBLANK.search(text)
    if found is None:
        return ""
    return text[text.rfind("\n", 0, found.start()) + 1 :].rstrip()


def _layout(body: str, hint: QuoteHint | None = None) -> _Layout:
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    # a hint counts lines of the text as converted; ungluing would shift them (and HTML has no glued lines)
    layout = _Layout(_Body(text if hint else _unglue_separators(text)), hint)
    _find_regions(layout)
    _find_signatures(layout)
    return layout


def _segments(layout: _Layout) -> list[tuple[int, int]]:
    """Line ranges outside every quote region."""
    out = []
    pos = 0
    for region in layout.regions:
        if region.header.start > pos:
            out.append((pos, region.header.start))
        pos = region.stop
    if pos < layout.body.n:
        out.append((pos, layout.body.n))
    return out


def _kept_ranges(layout: _Layout, *, signature: bool) -> list[tuple[int, int]]:
    out = []
    for start, stop in _segments(layout):
        pos = start
        if not signature:
            for sig_start, sig_stop in layout.signatures:
                if start <= sig_start < stop:
                    out.append((pos, sig_start))
                    pos = sig_stop
        out.append((pos, stop))
    return [(a, b) for a, b in out if b > a]


def _quote_text(layout: _Layout) -> str | None:
    parts = []
    for region in layout.regions:
        stop = region.stop if region.closer is None else region.closer
        part = _join(layout.body.lines, [(region.header.end + 1, stop)])
        if region.dequote:
            part = _ONE_LEVEL.sub("", part)
        part = _trim(part)
        if part:
            parts.append(part)
    return "\n\n".join(parts) if parts else None


def _header_text(layout: _Layout) -> str | None:
    if not layout.regions:
        return None
    header = layout.regions[0].header
    body = layout.body
    lines = [body.content(i) for i in range(header.start, header.end + 1) if body.content(i)]
    return "\n".join(lines) or None


def _unglue_separators(text: str) -> str:
    """Put a "-----Original Message-----" separator that shares its line with text on a line of its own.

    Clients that re-wrap plain text glue it to the sign-off above ("Mark-----Original-Nachricht-----") or to
    the first header field after it ("-----Original Message----- From: ..."); the header finders look at whole
    lines, so the line is split at the separator. Text without a glued separator is returned unchanged.
    """
    if "---" not in text:
        return text
    pieces: list[str] = []
    pos = 0
    for m in _GLUED_SEPARATOR.finditer(text):
        start, end = m.span()
        glued_before = _glued(text, start, before=True)
        glued_after = _glued(text, end, before=False)
        if not (glued_before or glued_after):
            continue
        pieces.append(text[pos:start])
        pieces.append("\n" if glued_before else "")
        pieces.append(m.group(1))
        pieces.append("\n" if glued_after else "")
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _glued(text: str, pos: int, *, before: bool) -> bool:
    """Whether words share the separator's line on that side (quote markers and "*", "_", "=" decoration
    around the separator do not count). Only `_MAX_HEADER_LINE` characters are looked at: a longer stretch
    is certainly text, and a bounded look keeps many separators on one line linear."""
    if before:
        edge = text.rfind("\n", max(0, pos - _MAX_HEADER_LINE), pos)
        if edge < 0 and pos > _MAX_HEADER_LINE:
            return True
        side = text[edge + 1 : pos]
    else:
        edge = text.find("\n", pos, pos + _MAX_HEADER_LINE)
        if edge < 0 and len(text) - pos > _MAX_HEADER_LINE:
            return True
        side = text[pos : edge if edge >= 0 else len(text)]
    return bool(side.strip(" \t>*_=\xa0"))


# ------------------------------------------------------------------------------------------------ regions


def _find_regions(layout: _Layout) -> None:
    """Scan top-down for quote headers; each header's region runs to the end of the body, or only to the end
    of its "> " block when new text follows it (bottom-posting and interleaved replies)."""
    body = layout.body
    kinds = body.start_hits()
    for i in body.end_hits():
        kinds[i] = kinds.get(i, 0) | _END
    forward_ends: list[int] | None = None
    hint = layout.hint
    if hint is not None and 0 <= hint.start < body.n:
        kinds[hint.start] = kinds.get(hint.start, 0) | _HINT
    floor = 0
    seen_text = False
    rejected = 0
    for i in sorted(kinds):
        if i < floor:
            continue
        if hint is not None and kinds[i] & _HINT:
            header = _hinted_header(body, hint, kinds)
            if header is not None:
                region = _hinted_region(body, header)
                layout.structural = not layout.regions
                layout.regions.append(region)
                floor = region.stop
                if floor >= body.n:
                    break
                continue
        header = _header_at(body, i, floor, kinds[i])
        if header is None:
            rejected += 1
            if rejected > _MAX_REJECTED:
                break
            continue
        seen_text = seen_text or any(not body.blank(k) for k in range(floor, header.start))
        region = _region_for(body, header, at_top=not seen_text)
        if header.block and not region.dequote and region.stop == body.n:
            forward_ends = body.hits(_SCAN_FORWARD_END) if forward_ends is None else forward_ends
            region = _closed_forward(body, region, forward_ends)
        if len(layout.regions) + 1 >= _MAX_REGIONS:
            region = _Region(header, body.n, region.dequote)
        layout.regions.append(region)
        floor = region.stop
        if floor >= body.n:
            break


def _hinted_header(body: _Body, hint: QuoteHint, kinds: dict[int, int]) -> _Header | None:
    """The header at the start of a client-made quote: the client's header element when the HTML marked one,
    else whatever the text detectors find in the quote's first lines, else its first line if that ends with a
    colon; a quote whose header says nothing recognisable is still a quote (the structure says so)."""
    start = hint.start
    if hint.header_end is not None and hint.header_end >= start:
        end = min(hint.header_end, start + _MAX_FIELD_BLOCK, body.n - 1)
    else:
        end = start - 1
        for j in range(start, min(body.n, start + _MAX_HEADER_SPAN)):
            found = _header_at(body, j, start, kinds[j] & ~_HINT) if kinds.get(j, 0) & ~_HINT else None
            if found is not None and found.start == start:
                end = found.end
                break
        content = body.content(start)
        if end < start and content.endswith((":", "：")) and len(content) <= _MAX_HEADER_LINE:
            end = start
    if not hint.checked:
        names = {_field_name(body.content(k)) for k in range(start, end + 1)} - {None}
        if len(names) < 2:
            return None
    return _Header(start, end, block=True)


def _hinted_region(body: _Body, header: _Header) -> _Region:
    """A client-made quote runs to the end of its "> " block; an unquoted one (Outlook's header box) to the end."""
    if body.quoted(header.start):
        return _Region(header, _block_end(body, header.start), dequote=True)
    nxt = body.next_nonblank(header.end + 1)
    if nxt < body.n and body.quoted(nxt):
        return _Region(header, _block_end(body, nxt), dequote=True)
    return _Region(header, body.n, dequote=False)


def _closed_forward(body: _Body, region: _Region, ends: list[int]) -> _Region:
    """An unquoted forward runs to the end of the body unless its client closed it: text below is new."""
    k = bisect.bisect_right(ends, region.header.end)
    if k == len(ends):
        return region
    return _Region(region.header, body.next_nonblank(ends[k] + 1), region.dequote, closer=ends[k])


def _region_for(body: _Body, header: _Header, *, at_top: bool) -> _Region:
    if body.quoted(header.start):
        stop = body.n if header.block else _block_end(body, header.start)
        return _Region(header, stop, dequote=True)
    nxt = body.next_nonblank(header.end + 1)
    if nxt < body.n and body.quoted(nxt):
        # the quoted message ends where its "> " block does: text below it (after a forward too) is new
        return _Region(header, _block_end(body, nxt), dequote=True)
    if at_top and not header.block:
        # an attribution over unquoted text at the very top introduces nothing the reader can see as a quote
        return _Region(header, nxt, dequote=False)
    # a header block or separator on top is a forward with no comment: all of it is the forwarded message
    return _Region(header, body.n, dequote=False)


def _block_end(body: _Body, start: int) -> int:
    """End (exclusive, trailing blank lines included) of the "> " block starting at `start`.

    A single unquoted word between quoted lines is absorbed when the line above holds a link: clients wrap
    long URLs without repeating the quote marker.
    """
    i = body.next_unquoted_text(start)
    while i < body.n and _wrapped_link_tail(body, i):
        i = body.next_unquoted_text(i + 1)
    return i


def _wrapped_link_tail(body: _Body, i: int) -> bool:
    line = body.lines[i].strip()
    if not (0 < i < body.n - 1) or " " in line or len(line) > 200:
        return False
    prev = body.lines[i - 1]
    return body.quoted(i - 1) and body.quoted(i + 1) and ("://" in prev or "mailto:" in prev)


# ------------------------------------------------------------------------------------------------ headers


_END, _FIELD_LINE, _SEP, _DATE, _HINT = 1, 2, 4, 8, 16
"""What a whole-body scan saw on a line, so only the matching detectors run on it."""


def _header_at(body: _Body, i: int, floor: int, kinds: int) -> _Header | None:
    """A quote header that ends or starts at line `i` (never reaching above `floor`)."""
    text = body.content(i)
    if not text or len(text) > _MAX_HEADER_LINE:
        return None
    header = None
    if kinds & _SEP:
        header = _separator_at(body, i)
    if header is None and kinds & _FIELD_LINE:
        header = _field_block_at(body, i, floor)
    if header is None and kinds & _DATE:
        header = _date_line_at(body, i)
    if header is None and kinds & _END:
        header = _attribution_ending_at(body, i, floor)
    if header is None or not _starts_block(body, header.start):
        return None
    return header


def _starts_block(body: _Body, start: int) -> bool:
    """A quoted header counts only as the first line of its "> " block; deeper ones belong to the quote."""
    if not body.quoted(start):
        return True
    k = start - 1
    while k >= 0 and body.blank(k):
        k -= 1
    return k < 0 or not body.quoted(k)


def _separator_at(body: _Body, i: int) -> _Header | None:
    text = body.content(i)
    separator = _SEPARATOR.match(text) is not None and re.search(r"[-_=]{2,}", text) is not None
    if not separator and _FORWARD_INTRO.match(text) is None:
        return None
    end = i
    nxt = body.next_nonblank(i + 1)
    if nxt < body.n and nxt - i <= 2:
        block = _field_block_at(body, nxt, nxt)
        if block is not None:
            end = block.end
        elif body.content(nxt).endswith((":", "：")) and _is_attribution(body, nxt, nxt, body.content(nxt)):
            end = nxt  # Yandex: the separator, then "30.04.2025, 15:19, "Name" <addr>:"
    return _Header(i, end, block=True)


def _field_name(text: str) -> str | None:
    found = _FIELD.match(text[:60])
    return _FIELD_NAMES.get(" ".join(found.group(1).lower().split())) if found else None


def _field_block_at(body: _Body, i: int, floor: int) -> _Header | None:
    """An Outlook-style header block: "From: ... Sent: ... To: ... Subject: ..." in any supported language.

    Only the first field line of a run starts a block, so a long run of "a: b" lines costs one scan.
    """
    first = _field_name(body.content(i))
    if first is None:
        return None
    continues_run = i > floor and not body.blank(i - 1) and body.quoted(i - 1) == body.quoted(i)
    if continues_run and _field_name(body.content(i - 1)) is not None:
        return None
    fields = {first}
    end = i
    j = i + 1
    while j < body.n and j - i < _MAX_FIELD_BLOCK and body.quoted(j) == body.quoted(i):
        if not body.content(j):
            # converted HTML often puts a blank line between the fields; only another field continues the block
            if j + 1 < body.n and body.quoted(j + 1) == body.quoted(i) and _field_name(body.content(j + 1)):
                j += 1
                continue
            break
        name = _field_name(body.content(j))
        if name is not None:
            fields.add(name)
        end = j
        j += 1
    if len(fields) < 2 and first == "from":
        fields |= _inline_fields(body.content(i))
    if len(fields) < 2 or not fields & {"from", "date", "sent"}:
        return None
    return _Header(_rule_above(body, i, floor), end, block=True)


def _inline_fields(text: str) -> set[str]:
    """Fields run together on the "From:" line when a client unwrapped the block ("From: A Sent: ... To: ...").
    Only a line naming both when (sent/date) and what or whom (to/subject) counts, so a sentence with one
    "to:" in it does not."""
    found = {_FIELD_NAMES.get(" ".join(m.group(1).lower().split())) for m in _INLINE_FIELD.finditer(text)}
    if found & {"sent", "date"} and found & {"to", "subject"}:
        return {name for name in found if name}
    return set()


def _rule_above(body: _Body, i: int, floor: int) -> int:
    """Include a "_____" / "-----" line just above a header block: Outlook draws it as part of the header."""
    k = i - 1
    while k >= floor and k >= i - 3 and not body.content(k):
        k -= 1
    if k >= floor and k >= i - 3 and body.quoted(k) == body.quoted(i) and _RULE.match(body.content(k)):
        return k
    return i


def _date_line_at(body: _Body, i: int) -> _Header | None:
    """Old Gmail attributions: "2011/4/7 Name <addr>" and "2016-03-03 17:21 GMT+01:00 Name <addr>:"."""
    text = body.content(i)
    if len(text) > 200 or _DATE_LINE.match(text) is None:
        return None
    end = i
    if text.endswith("<") and i + 1 < body.n and _WRAPPED_ADDRESS.match(body.content(i + 1)):
        end = i + 1  # "2013/11/1 Name <" + "addr>": the client wrapped the address onto its own line
        text += body.content(i + 1)
    if "@" not in text and "GMT" not in text and not text.endswith(":"):
        return None
    return _Header(i, end, block=False)


def _attribution_ending_at(body: _Body, j: int, floor: int) -> _Header | None:
    """ "On <date>, <name> wrote:" and its translations, possibly wrapped over several lines ending at `j`."""
    last = body.content(j)
    if not last.endswith((":", "：", "--")):
        return None
    lowest = max(floor, j - _MAX_HEADER_SPAN + 1)
    if not _may_be_attribution(body, lowest, j):
        return None
    spans = [(k, _joined(body, k, j)) for k in range(j, lowest - 1, -1)]
    for k, joined in spans:
        if body.content(k) and _OPENER.match(body.content(k)) and _is_attribution(body, k, j, joined):
            return _Header(k, j, block=False)
    if _is_attribution(body, j, j, last):
        return _Header(j, j, block=False)
    for k, joined in spans[1:]:
        if body.blank(k):
            # a header wrapped without an opener of its own is one paragraph: "Ірина <addr>:" under a sign-off
            # must not take the reply's last paragraphs above it into its header
            break
        after_blank = k == 0 or body.blank(k - 1)
        if after_blank and _is_attribution(body, k, j, joined):
            return _Header(k, j, block=False)
    return None


def _may_be_attribution(body: _Body, lowest: int, j: int) -> bool:
    """Cheap test on the widest window: every accepted span shares its end, so if the window fails, all do."""
    if not any(body.weighty(k) for k in range(lowest, j + 1)):
        return False
    big = _joined(body, lowest, j)
    if _verb_ending(big) or _VERBLESS_END.search(big[-_TAIL:]):
        return True
    if _MID_VERB.search(big) is None:
        return False
    if _TIME.search(big) is not None and ("@" in big or _quote_follows(body, j)):
        return True
    return any(_OPENER.match(body.content(k)) for k in range(lowest, j + 1))


def _tail(text: str) -> str:
    """The end of `text`, cut at a space so no word is split (a cut "present:" must not read as "sent:")."""
    if len(text) <= _TAIL:
        return text
    tail = text[-_TAIL:]
    space = tail.find(" ")
    return tail[space:] if space >= 0 else ""


def _verb_ending(text: str) -> bool:
    tail = _tail(text)
    if _END_COLON.search(tail) or _END_DASHES.search(tail):
        return True
    return "schrieb" in text.lower() and _SCHRIEB_AM.search(text) is not None


def _joined(body: _Body, k: int, j: int) -> str:
    return " ".join(body.content(x) for x in range(k, j + 1) if body.content(x))


def _is_attribution(body: _Body, k: int, j: int, joined: str) -> bool:
    if len(joined) > _MAX_HEADER_LINE or _ends_sentence(body, k, j):
        return False
    tail = _tail(joined)
    if joined.startswith("-") and _END_DASHES.search(tail) is not None:
        return True
    if _END_COLON.search(tail) or ("schrieb" in joined.lower() and _SCHRIEB_AM.search(joined)):
        return "@" in joined or _DIGIT.search(joined) is not None
    opener = _OPENER.match(body.content(k)) is not None
    dated = _TIME.search(joined) is not None
    verb = _MID_VERB.search(joined) if joined.endswith((":", "：")) else None
    if verb is not None:
        # "Am 21.04.2016 17:48 schrieb X <x@y>:", "Den 15. jun. 2016 kl. 20.42 skrev X <x@y>:", and without an
        # opener only when a bracketed address names the writer before the verb, with a time:
        # "X <x@y> ezt írta (időpont: 2016. ápr. 21., 17:48):", "X <x@y> wrote on 21.04.2016 17:48:"
        if opener:
            return "@" in joined or dated
        if not dated:
            return False
        if _BRACKETED_ADDRESS.search(joined, 0, verb.start()) is not None:
            return True
        # "Светлана Кравчук написала 02.12.2026 в 18:03:" names no address: a header only right above a "> " block
        return _quote_follows(body, j)
    if _VERBLESS_END.search(tail) and "@" in joined and dated:
        # Gmail (ru, ja), Yandex, Mail.ru name no verb: "ср, 30 апр. 2025 г. в 15:19, X <x@y>:". Opening with a
        # date or weekday and ending with the address it is a header whatever follows; otherwise only above a
        # "> " block.
        if opener and _ADDRESS_END.search(tail):
            return True
        return _quote_follows(body, j)
    return False


def _quote_follows(body: _Body, j: int) -> bool:
    nxt = body.next_nonblank(j + 1)
    return nxt < body.n and body.quoted(nxt)


def _ends_sentence(body: _Body, k: int, j: int) -> bool:
    """Lines inside a wrapped attribution never end a sentence with "!" or "?", nor with a full stop after a
    sentence's worth of words: "Заказ приедет сегодня между 17:00 и 19:00, курьер позвонит за 30 минут." above a
    sign-off and "Ирина <i@x>:" is the reply's own text, whose time and the address below made it read as one
    header wrapped over three paragraphs."""
    for x in range(k, j):
        content = body.content(x)
        if content.endswith(("!", "?")) or _sentence_line(content):
            return True
    return False


def _sentence_line(content: str) -> bool:
    """A line of text ending a sentence: a full stop after a lower-case word, a sentence's worth of words before it
    ("... schrieb am Fr., 28." ends on a date, "Jan." on an abbreviation)."""
    words = content.split()
    if len(words) < _SENTENCE_WORDS or not content.endswith("."):
        return False
    last = words[-1][:-1]
    if len(last) >= _SENTENCE_LAST and last.isalpha() and last.islower():
        return True
    # "... забрати його можна до 20:00.": a sentence ending on a time or number, told by its many lower-case words
    # (a header cut at "28." has a handful at most)
    return bool(last) and last[0].isdigit() and sum(w.isalpha() and w.islower() for w in words) >= _SENTENCE_WORDS


_SENTENCE_LAST = 3
"""Letters of the last word before a full stop that make it a word ending a sentence, not an abbreviation."""


_SENTENCE_WORDS = 6
"""Words of a line ending in a full stop from which it is a sentence of text, not a wrapped header's piece."""


# ---------------------------------------------------------------------------------------------- signatures


def _find_signatures(layout: _Layout) -> None:
    body = layout.body
    first_text = body.next_nonblank(0)
    for start, stop in _segments(layout):
        sig = _signature_start(body, start, stop, first_text)
        if sig is not None:
            layout.signatures.append((sig, _before_postscript(body, sig, stop)))


def _before_postscript(body: _Body, sig: int, stop: int) -> int:
    """Where a signature ends: at a "P.S." after a mobile footer ("Sent from my iPhone\n\nP.S. Are the batteries
    replaceable?"), which is the writer going on, not part of the footer; otherwise at the segment's end."""
    lines = body.lines
    mobile = False
    for k in range(sig, stop):
        stripped = lines[k].strip()
        if mobile and POSTSCRIPT_LINE.match(stripped):
            return k
        mobile = mobile or (len(stripped) <= MOBILE_FOOTER_CHARS and is_mobile_footer(stripped))
    return stop


def _signature_start(body: _Body, start: int, stop: int, first_text: int) -> int | None:
    """Where the segment's signature starts: at a "-- " line, a mobile line, a rule over contact details or a
    trailing contact block, whichever comes first."""
    delim = body.first_hit(_SCAN_DELIM, start, stop)
    tail = _Tail(body, start, stop)
    for i in tail.lines():
        if delim is not None and i >= delim:
            break
        stripped = body.lines[i].strip()
        if len(stripped) <= MOBILE_FOOTER_CHARS and is_mobile_footer(stripped) and tail.after_mobile(i):
            return _with_name_line(body, start, i)
        if _RULE.match(stripped[:200]) and tail.after_rule(i):
            return i
        if _SOFT_RULE.match(stripped[:200]) and tail.after_soft_rule(i):
            return i
        if stripped == _TRACKER and tail.after_mobile(i):
            return i
    if delim is not None:
        return delim
    return _contact_block(body, tail, first_text)


class _Tail:
    """Facts about the last lines of a segment, gathered in one backward walk: a signature is short, so only
    the final `_MAX_SIG_LINES` non-blank lines can start one (a "-- " delimiter is found separately).

    perf: the facts below a line (how many lines, how long, how many contact lines...) are asked for only at a
    line that looks like a footer or a rule, which most segments do not have; they are counted on the first
    such question, so a segment without one never runs the contact and footer patterns over its tail.
    """

    def __init__(self, body: _Body, start: int, stop: int) -> None:
        self.body = body
        self.start = start
        self.end = body.last_nonblank(start, stop) + 1  # exclusive end of the last non-blank line
        self._bottom_up: list[tuple[int, str]] = []
        self._after: dict[int, tuple[int, int, int, int, int]] | None = None
        lines = body.lines
        i = self.end - 1
        while i >= start and len(self._bottom_up) <= _MAX_SIG_LINES:
            stripped = lines[i].strip()
            if stripped:
                self._bottom_up.append((i, stripped))
            i -= 1

    @property
    def after(self) -> dict[int, tuple[int, int, int, int, int]]:
        """For each tail line, what the lines below it hold: (count, longest, unsiglike, contacts, asks)."""
        if self._after is None:
            self._after = {}
            longest = unsiglike = contacts = asks = 0
            for count, (i, stripped) in enumerate(self._bottom_up):
                self._after[i] = (count, longest, unsiglike, contacts, asks)
                asks += 1 if stripped.endswith(("?", "!", ":")) else 0
                longest = max(longest, len(stripped))
                siglike = len(stripped) <= 60 or stripped == "--" or is_mobile_footer(stripped[:MOBILE_FOOTER_CHARS])
                unsiglike += 0 if siglike else 1
                contacts += 1 if _is_pure_contact(stripped) else 0
        return self._after

    def lines(self) -> list[int]:
        """The non-blank tail lines, top to bottom."""
        return [i for i, _ in reversed(self._bottom_up)]

    def after_mobile(self, i: int) -> bool:
        facts = self.after.get(i)
        return facts is not None and facts[0] <= _MAX_SIG_LINES and facts[2] == 0

    def after_rule(self, i: int) -> bool:
        facts = self.after.get(i)
        if facts is None:
            return False
        count, longest, _, contacts, _ = facts
        return 0 < count <= _MAX_RULE_SIG_LINES and longest <= 80 and contacts >= 1

    def after_soft_rule(self, i: int) -> bool:
        """Under an underscore or "* * *" rule a few short lines that ask and announce nothing are a signature
        even without contact details; a dashed rule is what agents draw above a pasted message, so it is not."""
        facts = self.after.get(i)
        if facts is None:
            return False
        count, longest, _, _, asks = facts
        return count <= _MAX_SOFT_SIG_LINES and longest <= 60 and asks == 0


MOBILE_FOOTER_CHARS = 160
"""The longest line read as a mobile footer ("Sent from my iPhone", «Отправлено с iPhone»)."""


def is_mobile_footer(line: str) -> bool:
    """A footer names the app or device and stops; "Sent from my desk, is much easier than my phone." goes on
    as a sentence about something else, so a footer whose first clause names no device must end there."""
    # perf: both patterns are anchored at the start of the line (every alternative opens with "^" and neither is
    # MULTILINE), so `match` finds what `search` would without trying every position; the clause is only cut
    # for a line that opens like a footer
    if _MOBILE_STRONG.match(line):
        clause, _, rest = _clause(line)
        return _DEVICE.search(clause) is not None or (not rest and len(line.split()) <= _MAX_FOOTER_WORDS)
    if _MOBILE_GENERIC.match(line):
        clause, _, rest = _clause(line)
        return _DEVICE.search(clause) is not None or (len(line.split()) <= 4 and not rest)
    return False


def _clause(line: str) -> tuple[str, str, str]:
    found = _CLAUSE_END.search(line)
    if found is None:
        return line, "", ""
    return line[: found.start()], found.group(0), line[found.end() :]


def _with_name_line(body: _Body, start: int, i: int) -> int:
    """ "Stavros\\nvia mobile": a lone name just above a mobile line belongs to it, unless signed off."""
    k = i - 1
    if k < start or not _looks_like_name(body.lines[k].strip()):
        return i
    return k if k - 1 < start or body.blank(k - 1) else i


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 4
        and len(line) <= 40
        and not line.endswith((".", ",", "!", "?", ":", ";"))
        and all(w[:1].isupper() for w in words)
        and not _SIGN_OFF.match(line)
    )


def _contact_block(body: _Body, tail: _Tail, first_text: int) -> int | None:
    """A trailing block of name/title/phone/e-mail lines; a sign-off and the name under it stay in text."""
    start, end = tail.start, tail.end
    first = end
    while first > start and not body.blank(first - 1) and end - first < 8:
        line = body.lines[first - 1].strip()
        if _SIGN_OFF.match(line[:80]) or body.quoted(first - 1):
            break
        first -= 1
    if start < first < end and _SIGN_OFF.match(body.lines[first - 1].strip()[:80]):
        first += 1  # the name under "Best regards," is part of the sign-off
    block = [body.lines[x].strip() for x in range(first, end)]
    if len(block) < 2 or first <= first_text:
        return None
    if any(len(b) > 72 or len(b.split()) > 8 or b.endswith(("?", "!", ":")) for b in block):
        return None
    if sum(1 for b in block if _is_pure_contact(b)) < 2:
        return None
    return first


def _is_pure_contact(line: str) -> bool:
    """A line that is mostly an address, phone number or URL (not a sentence that mentions one)."""
    if not line or len(line) > 80:
        return False
    if _CONTACT_PREFIX.match(line):
        return True
    dense = len(line.replace(" ", ""))
    if "@" not in line and "://" not in line and "www." not in line.lower() and _DIGIT.search(line) is None:
        # perf: an address needs "@", a link "://" or "www." (in any case), a phone number digits; a line of
        # prose has none, and the three scans below would cover nothing of it
        return dense == 0
    covered = sum(len(m.group(0).replace(" ", "")) for p in (_EMAIL, _URL, _PHONE) for m in p.finditer(line))
    return covered * 4 >= dense * 3
