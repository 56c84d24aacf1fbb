"""HTML-only mail to readable plain text, with quoted history marked by "> " so the splitter can find it.

Only the stdlib parser is used and nothing is ever fetched (no images, no styles, no link targets): linting
must not leak that a message was opened, and must work offline.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from replylint.parsing.split import QuoteHint, Split, split_body

__all__ = ["html_structure", "html_to_text", "split_html"]

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "xml", "object"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param"})
_BLOCK = frozenset(
    {
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "address",
        "center",
        "form",
        "fieldset",
        "figure",
        "figcaption",
        "details",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "dl",
        "dt",
        "dd",
        "ul",
        "ol",
        "blockquote",
        "pre",
    }
)
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "protonmail_quote", "moz-forward-container")
_MARKER_IDS = (
    "divrplyfwdmsg",
    "appendonsend",
    "stopspelling",
    "mail-editor-reference-message-container",
    "olk_src_body_section",
    "zwchr",
)
"""Outlook (Windows, web, Mac), Yandex, Mail.ru and Zimbra mark where the earlier message starts with these ids."""
_MARKER_CLASSES = ("outlookmessageheader",)
_CONTAINER_CLASSES = ("yahoo_quoted", "protonmail_quote", "moz-forward-container", "js-readmsg-msg", "freshdesk_quote")
"""Client quote containers that hold the quoted message (Mail.ru wraps a quoted or forwarded body in
div.js-readmsg-msg)."""
_HEADER_IDS = ("divrplyfwdmsg",)
_HEADER_CLASSES = ("outlookmessageheader", "gmail_attr", "moz-cite-prefix")
"""Elements that hold only the client's header ("On ... wrote:", "From: ... Sent: ...")."""
_BLANK_RUN = re.compile(r"\n{3,}")
_CLIENT_CLASS = re.compile("|".join(("gmail_quote", *_CONTAINER_CLASSES, *_HEADER_CLASSES, *_MARKER_CLASSES)), re.I)
_MARKER_ID = re.compile("|".join(_MARKER_IDS), re.I)
_MARKER_CLASS = re.compile("|".join(_MARKER_CLASSES), re.I)
_QUOTE_CLASS = re.compile("|".join(_QUOTE_CLASSES), re.I)
_HEADER_CLASS = re.compile("|".join(_HEADER_CLASSES), re.I)
_HEADER_ID = re.compile("|".join(_HEADER_IDS), re.I)
_DIGIT = re.compile(r"\d")
_MAX_ATTRIBUTION = 400
_BORDER_TOP = re.compile(r"border-top\s*:\s*solid", re.I)
_MAX_DEPTH = 20
"""Deeper nesting is still quoted; the cap stops a hostile 10,000-deep <blockquote> multiplying output."""

_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body: blocks on their own lines, lists as "- ", links as "text (url)".

    Quote containers (<blockquote>, Gmail/Yahoo quote divs, <blockquote type=cite>) get a "> " per level, and
    everything after an Outlook/Yandex/mail.ru reply marker (div#divRplyFwdMsg, div[id*=appendonsend], ...) is
    quoted too, because those clients put the earlier message after the marker rather than inside it.
    """
    return html_structure(markup)[0]


def html_structure(markup: str) -> tuple[str, QuoteHint | None]:
    """`html_to_text`, plus where the sending client's own reply structure puts the quoted message.

    The hint comes from markup no person types: Gmail's div.gmail_quote and div.gmail_attr, Outlook's
    div#divRplyFwdMsg, div.OutlookMessageHeader and the border-top header box, Apple's
    <blockquote type="cite">, Thunderbird's div.moz-cite-prefix, Yahoo's div.yahoo_quoted, and a <blockquote>
    right under a line ending with ":" (Yandex, Mail.ru). A bare <blockquote> an agent pasted is not a hint:
    nothing says who wrote it.
    """
    builder = _TextBuilder()
    try:
        builder.feed(markup)
        builder.close()
    except (AssertionError, ValueError, IndexError, TypeError):
        # html.parser gives up on a few pathological inputs; keep what was read and strip the rest crudely.
        builder.flush()
        builder.lines.extend(re.sub(r"<[^>]{0,2000}>", " ", markup[builder.consumed :]).split("\n"))
    return builder.result()


def split_html(markup: str) -> Split:
    """Split an HTML body on the client's structure first, falling back to the text heuristics."""
    text, hint = html_structure(markup)
    return split_body(text, hint=hint)


class _TextBuilder(HTMLParser):
    """Streams text into lines, each remembering the quote depth it started at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.consumed = 0
        self._line: list[str] = []
        self._line_depth = 0
        self._skip: list[str] = []
        self._pre = 0
        self._depth = 0
        self._marker = 0
        self._quotes: list[tuple[int, bool, bool]] = []  # (stack height, added depth, gmail container)
        self._stack: list[str] = []
        self._lists = 0
        self._link: tuple[str, list[str]] | None = None
        self.hint_start: int | None = None
        self.hint_header_end: int | None = None
        self.hint_checked = True
        self._header_at: int | None = None  # stack height of the open header element

    # -- structure ---------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs} if attrs else {}
        if self._skip:
            if tag in _SKIP:
                self._skip.append(tag)
            return
        if tag == "body":
            return
        if tag in _SKIP:
            self._skip.append(tag)
            return
        if a:
            self._check_marker(a)
            self._note_structure(tag, a)
        elif tag == "blockquote":
            self._note_structure(tag, a)
        if tag == "br":
            self.flush(force=True)
            return
        if tag == "hr":
            self.flush()
            self._blank()
            return
        if tag in _VOID:
            return
        self._stack.append(tag)
        self._open_block(tag, a)

    def _open_block(self, tag: str, a: dict[str, str]) -> None:
        if tag in _PARAGRAPH:
            self._blank()
        elif tag in _BLOCK or tag == "tr":
            self.flush()
        if tag in ("ul", "ol"):
            self._lists += 1
        elif tag == "li":
            self.flush()
            self._emit("  " * max(0, self._lists - 1) + "- ")
        elif tag == "pre":
            self._pre += 1
        elif tag == "a" and self._link is None:
            self._link = (a.get("href", "").strip(), [])
        elif tag in ("td", "th") and self._line:
            self._emit(" ")
        if self._is_quote(tag, a):
            self._open_quote(tag, a)

    def _is_quote(self, tag: str, a: dict[str, str]) -> bool:
        if tag == "blockquote" or a.get("type", "").lower() == "cite":
            return True
        classes = a.get("class", "")
        return bool(classes) and _QUOTE_CLASS.search(classes) is not None

    def _open_quote(self, tag: str, a: dict[str, str]) -> None:
        gmail = "gmail_quote" in a.get("class", "").lower() and tag != "blockquote"
        # Gmail wraps "On ... wrote:" and its <blockquote> in one div.gmail_quote: that is one level, not two.
        inside_gmail = bool(self._quotes) and self._quotes[-1][2]
        adds = not inside_gmail
        self.flush()
        if adds:
            self._depth += 1
        self._quotes.append((len(self._stack), adds, gmail))

    def _check_marker(self, a: dict[str, str]) -> None:
        if self._marker:
            return
        ident = a.get("id", "")
        classes = a.get("class", "")
        marked = (bool(ident) and _MARKER_ID.search(ident) is not None) or (
            bool(classes) and _MARKER_CLASS.search(classes) is not None
        )
        if marked:
            self.flush()
            self._marker = 1

    def _note_structure(self, tag: str, a: dict[str, str]) -> None:
        """Remember where the first client-made quote starts and where its header element ends."""
        if self.hint_start is not None:
            if self.hint_header_end is None and self._header_at is None and self._is_header(a):
                self._open_header()
            return
        if tag == "blockquote" or a:
            start = self._structure_start(tag, a)
            if start is None:
                return
            self.hint_start = start
            if self._is_header(a) or not self.hint_checked:
                self._open_header()

    def _structure_start(self, tag: str, a: dict[str, str]) -> int | None:
        classes = a.get("class", "")
        cite = a.get("type", "").lower() == "cite"
        if tag == "blockquote" and not classes and not cite:
            # Yandex/Mail.ru: the attribution is a line of text just above a plain <blockquote>
            self.flush()
            last = len(self.lines) - 1
            while last >= 0 and last >= len(self.lines) - 3 and not self.lines[last].strip():
                last -= 1  # at most two blank lines between the attribution and its quote; bounded per tag
            line = self.lines[last][-_MAX_ATTRIBUTION:].rstrip() if last >= 0 else ""
            if not _is_mailer_attribution(line):
                return None  # an agent's own "See below:" over a <blockquote> is not a client's attribution
            self.hint_header_end = last
            return last
        ident = a.get("id", "")
        client = (
            cite
            or (bool(classes) and _CLIENT_CLASS.search(classes) is not None)
            or (bool(ident) and _MARKER_ID.search(ident) is not None)
        )
        style = a.get("style", "") if tag == "div" and not client else ""
        if style and _BORDER_TOP.search(style):
            self.hint_checked = False  # Outlook's header box; a header only if it holds header fields
            client = True
        if not client:
            return None
        self.flush()
        return len(self.lines)

    def _is_header(self, a: dict[str, str]) -> bool:
        classes = a.get("class", "")
        ident = a.get("id", "")
        return (bool(classes) and _HEADER_CLASS.search(classes) is not None) or (
            bool(ident) and _HEADER_ID.search(ident) is not None
        )

    def _open_header(self) -> None:
        self.flush()
        self._header_at = len(self._stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or tag in _SKIP:
            self.handle_starttag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            elif tag == "head" and "head" in self._skip:
                self._skip.clear()
            return
        if tag not in self._stack:
            return
        while self._stack:
            open_tag = self._stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if self._header_at is not None and len(self._stack) <= self._header_at:
            self.flush()
            self._header_at = None
            self.hint_header_end = len(self.lines) - 1
        if tag == "a" and self._link is not None:
            self._finish_link()
        if tag in ("ul", "ol"):
            self._lists = max(0, self._lists - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        if self._quotes and len(self._stack) < self._quotes[-1][0]:
            # the quote element itself closed, not a nested element of the same name
            _, adds, _ = self._quotes.pop()
            self.flush()
            if adds:
                self._depth -= 1
        if tag in _PARAGRAPH:
            self._blank()
        elif tag in _BLOCK or tag in ("li", "tr"):
            self.flush()

    def handle_comment(self, data: str) -> None:
        """Keep a `<!-- replylint: ... -->` directive as a line of its own, so HTML mail and templates can suppress
        findings as plain ones do; every other comment is markup and disappears. One inside a quoted message is
        the quote's business and is dropped with the rest of the comments."""
        body = " ".join(data.split())
        if self._depth or not body.lower().startswith("replylint:"):
            return
        self.flush()
        self.lines.append(f"<!-- {body} -->")

    # -- text --------------------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        self.consumed = self.getpos()[1]
        if self._skip or not data:
            return
        if self._pre:
            parts = data.replace("\r\n", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.flush(force=True)
                self._emit(part)
            return
        text = _SPACES.sub(" ", data.replace("\xa0", " "))  # &nbsp; is layout glue, not content
        if not self._line or self._line[-1].endswith(" "):
            text = text.lstrip(" ")
        self._emit(text)

    def _emit(self, text: str) -> None:
        if not text:
            return
        if not self._line:
            self._line_depth = min(self._depth + self._marker, _MAX_DEPTH)
        self._line.append(text)
        if self._link is not None:
            self._link[1].append(text)

    def _finish_link(self) -> None:
        assert self._link is not None
        href, pieces = self._link
        self._link = None
        shown = "".join(pieces).strip()
        target = href[7:] if href.lower().startswith("mailto:") else href
        if not shown or not target or target.startswith(("#", "javascript:", "cid:")):
            return
        if _same_target(shown, target):
            return
        self._emit(f" ({target})")

    def flush(self, force: bool = False) -> None:
        """End the current line; `force` keeps an empty one (a <br> on its own is a blank line)."""
        line = "".join(self._line).replace("\xa0", " ").rstrip()
        if line or force:
            depth = self._line_depth if self._line else min(self._depth + self._marker, _MAX_DEPTH)
            self.lines.append(_prefix(depth) + line)
        self._line = []

    def _blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1].strip("> "):
            self.lines.append(_prefix(min(self._depth + self._marker, _MAX_DEPTH)))

    def result(self) -> tuple[str, QuoteHint | None]:
        """The text, with blank runs collapsed to one blank line, and the quote hint in its line numbers."""
        self.flush()
        lines = [line.rstrip() for line in self.lines]
        while lines and not lines[-1].strip("> "):
            lines.pop()  # an empty quoted line at the very end says nothing
        if self.hint_start is None:
            return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n"), None
        kept: list[str] = []
        where: list[int] = []  # for each line of `lines`, the index it has in `kept`
        for line in lines:
            if line or (kept and kept[-1]):
                kept.append(line)
            where.append(len(kept) - 1)
        while kept and not kept[-1]:
            kept.pop()
        text = "\n".join(kept)
        return text, self._hint(where, len(kept))

    def _hint(self, where: list[int], total: int) -> QuoteHint | None:
        if self.hint_start is None or self.hint_start >= len(where):
            return None
        header_end = None
        if self.hint_header_end is not None and 0 <= self.hint_header_end < len(where):
            header_end = where[self.hint_header_end]
        start = where[self.hint_start - 1] + 1 if self.hint_start else 0
        if start >= total:
            return None
        return QuoteHint(start, header_end, checked=self.hint_checked)


def _is_mailer_attribution(line: str) -> bool:
    """A line as Yandex and Mail.ru write it above their <blockquote>: a date and an address, then a colon."""
    return line.endswith((":", "：")) and not line.startswith(">") and "@" in line and _DIGIT.search(line) is not None


def _prefix(depth: int) -> str:
    return "> " * depth


def _same_target(shown: str, target: str) -> bool:
    def norm(value: str) -> str:
        value = value.strip().lower()
        for scheme in ("mailto:", "https://", "http://"):
            value = value.removeprefix(scheme)
        return value.removeprefix("www.").rstrip("/")

    return norm(shown) == norm(target) or target in shown
