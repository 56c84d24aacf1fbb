"""Separate what the author wrote from the quoted earlier message and from the signature.

Rules lint only the author's words, so a quote mistaken for text produces findings about the customer's
message, and text mistaken for a quote hides the reply from the linter. The splitter therefore recognises a
quote by its header (the client's attribution line or header block) rather than by "> " markers alone: quoted
lines with no recognised header stay in the text and are reported in `unmarked_quote` for the engine to flag.

Everything works line by line with anchored patterns applied to bounded-length lines, so the cost is linear in
the size of the body whatever it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Split", "kept_text", "split_body"]

_MAX_HEADER_LINE = 400
_MAX_HEADER_SPAN = 6
"""An attribution wrapped by the sender's client spans at most this many lines (blank ones included)."""
_MAX_FIELD_BLOCK = 16
_MAX_SIG_LINES = 40

# --------------------------------------------------------------------------------------------------- patterns

_VERB = (
    r"wrote|writes|sent|schrieb|schreef|geschreven|a\s+[ée]crit|escribi[óo]|escreveu|ha\s+scritto|scrisse|"
    r"napisa[łl](?:\(a\)|a)?|skrev|skrifaði|kirjoitti|írta|napsal(?:\(a\)|a)?|yazdı|έγραψε|đã\s+viết|写道|寫道|"
    r"написал(?:\(а\)|а)?|написала|написав(?:\(ла\)|ла)?|пишет|пише"
)
_END_COLON = re.compile(rf"(?:^|[\s,>)\]\"'])(?:{_VERB})\s*[:：]\s*$", re.IGNORECASE)
_END_DASHES = re.compile(rf"(?:^|[\s,>)\]\"'])(?:{_VERB})\s*[:：]?\s*-{{2,}}\s*$", re.IGNORECASE)
_SCHRIEB_AM = re.compile(r"\sschrieb\s+am\s.{4,120}[:：]\s*$", re.IGNORECASE)
_MID_VERB = re.compile(rf"\s(?:{_VERB})\s", re.IGNORECASE)
_VERBLESS_END = re.compile(r"[>)]\s*[:：]\s*$")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_OPENER = re.compile(
    r"^[-*\s]*(?:(?:on|le|am|el|em|op|il|w\s+dniu|dnia|den|på|vào|dne|dana|στις|в|у|о|at|sent|在|于)\s"
    r"|\d{1,4}[./-]\d{1,2}|\d{1,2}\.?\s+[^\W\d_]|(?:mon|tue|wed|thu|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс|нд|понедельник|вторник|среда|четверг|пятница|"
    r"суббота|воскресенье|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя)[a-zа-яі.,]*[\s,])",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b")
_SEPARATOR_WORDS = (
    r"original\s+message|forwarded\s+message|ursprüngliche\s+nachricht|weitergeleitete\s+nachricht|"
    r"message\s+d'origine|message\s+transféré|mensaje\s+original|mensaje\s+reenviado|messaggio\s+originale|"
    r"messaggio\s+inoltrato|oorspronkelijk\s+bericht|doorgestuurd\s+bericht|originalmeddelande|"
    r"vidarebefordrat\s+meddelande|oprindelig\s+meddelelse|videresendt\s+meddelelse|opprinnelig\s+melding|"
    r"wiadomość\s+oryginalna|wiadomość\s+przekazana|mensagem\s+original|mensagem\s+encaminhada|"
    r"alkuperäinen\s+viesti|původní\s+zpráva|исходное\s+сообщение|пересылаемое\s+сообщение|"
    r"пересланное\s+сообщение|оригінальне\s+повідомлення|переслане\s+повідомлення|пересланий\s+лист"
)
_SEPARATOR = re.compile(rf"^[\s*_=-]*(?:{_SEPARATOR_WORDS})[\s*_=-]*$", re.IGNORECASE)
_FORWARD_INTRO = re.compile(
    r"^(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|начало\s+переадресованного\s+сообщения|"
    r"початок\s+пересланого\s+повідомлення)\s*:\s*$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^[\s*]*([-_=~*#+—])\1{3,}[\s*]*$")

_FIELDS = {
    "from": "from von de da van fra från od от від lähettäjä feladó kimden",
    "sent": "sent gesendet envoyé inviato enviado enviada verzonden sendt skickat wysłano wysłane отправлено "
    "надіслано відправлено lähetetty odesláno",
    "date": "date datum data fecha dato дата päivämäärä dátum",
    "to": "to an à a para aan til till do кому komu vastaanottaja címzett kime",
    "cc": "cc kopie копия копія kopia",
    "subject": "subject betreff objet oggetto asunto onderwerp emne ämne temat тема assunto aihe tárgy konu "
    "předmět",
    "reply-to": "reply-to risposta responder-a",
}
_FIELD_NAMES = {name: canon for canon, names in _FIELDS.items() for name in names.split()}
_FIELD = re.compile(r"^\**\s*([^\W\d_][\w-]{0,20})\s*\**\s*[:：]", re.UNICODE)

_MOBILE_STRONG = re.compile(
    r"^[(<\[\s]*(?:sent\s+)?(?:from|с|со|з|із|von)\s+(?:my|моего|мого|meinem)\s+\S"
    r"|^(?:get|download)\s+\[?outlook\s+for\s+(?:ios|android)"
    r"|^(?:von\s+meinem|diese\s+nachricht\s+wurde\s+von\s+meinem)\b.*\bgesendet"
    r"|^.{0,20}(?:iphone|ipad|android).{0,20}(?:傳送|发送|送信)"
    r"|^via\s+(?:mobile|phone|iphone|ipad|android)\b"
    r"|^\S+\s+from\s+mobile$",
    re.IGNORECASE,
)
_MOBILE_GENERIC = re.compile(
    r"^[(<\[\s]*(?:sent|sendt|skickat|envoyé|enviado|inviato|verzonden|verstuurd|wysłano|wysłane|отправлено|"
    r"надіслано|відправлено|gesendet)\s+(?:from|with|via|using|by|on|depuis|avec|desde|con|da|dal|met|van|"
    r"vanaf|fra|från|med|z|ze|с|со|из|з|із|через|von)\b",
    re.IGNORECASE,
)
_DEVICE = re.compile(
    r"iphone|ipad|ipod|android|mobil|phone|blackberry|galaxy|samsung|outlook|mail|yahoo|windows|airmail|"
    r"sparrow|mailbox|device|cell|tablet|почт|телефон|мобильн|мобільн|смартфон|айфон|планшет|пошт|"
    r"huawei|xiaomi|nokia|htc|яндекс|yandex",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with)\s+(?:regards|wishes|thanks)|regards|best|cheers|sincerely|"
    r"thanks|thank\s+you|many\s+thanks|yours(?:\s+\w+)?|all\s+the\s+best|br|"
    r"с\s+уважением|спасибо|благодарю|всего\s+(?:доброго|хорошего)|с\s+наилучшими\s+пожеланиями|"
    r"з\s+повагою|дякую|щиро\s+дякую|всього\s+найкращого|"
    r"mit\s+freundlichen\s+grüßen|viele\s+grüße|gruß|cordialement|saludos|atentamente|pozdrawiam|"
    r"met\s+vriendelijke\s+groet|med\s+vänliga\s+hälsningar|hälsningar|med\s+vennlig\s+hilsen)\b[\s\w,.!]{0,20}$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\()?\d[\d\s().-]{6,}\d")
_CONTACT_PREFIX = re.compile(
    r"^(?:#\w+#)?\s*(?:t|tel|phone|ph|mob|mobile|cell|fax|f|m|skype|телефон|тел|моб|факс|e-?mail|web)\s*[.:]",
    re.IGNORECASE,
)


# ------------------------------------------------------------------------------------------------ the result


@dataclass(frozen=True, slots=True)
class Split:
    """The parts of one body. `text` keeps a sign-off ("Best regards,\\nAnna"); `signature` is only the
    delimiter/mobile/contact block; `quote` is the quoted message without its header and one level of "> "."""

    text: str
    quote: str | None = None
    signature: str | None = None
    quote_header: str | None = None
    unmarked_quote: str | None = None


@dataclass(frozen=True, slots=True)
class _Header:
    start: int
    end: int  # inclusive
    block: bool  # an Outlook-style header block or separator, not an attribution line


@dataclass(slots=True)
class _Region:
    header: _Header
    stop: int  # exclusive
    dequote: bool


@dataclass(slots=True)
class _Layout:
    lines: list[str]
    quoted: list[bool]
    content: list[str]
    regions: list[_Region] = field(default_factory=list)
    signature: set[int] = field(default_factory=set)


def split_body(body: str) -> Split:
    """Split a decoded body (any line endings) into new text, quote, signature and unmarked quote."""
    layout = _layout(body)
    in_region = _region_mask(layout)
    text_lines = [
        layout.lines[i] for i in range(len(layout.lines)) if not in_region[i] and i not in layout.signature
    ]
    text = _trim("\n".join(text_lines))
    sig = _trim("\n".join(layout.lines[i] for i in sorted(layout.signature)))
    unmarked = [line for line in text_lines if line.lstrip(" \t").startswith(">")]
    return Split(
        text=text,
        quote=_quote_text(layout),
        signature=sig or None,
        quote_header=_header_text(layout),
        unmarked_quote="\n".join(unmarked) if unmarked else None,
    )


def kept_text(body: str, *, signature: bool) -> str:
    """The body minus its quotes, with or without the signature, as the lines stood (for evaluations that
    compare against tools which keep signatures in the reply)."""
    layout = _layout(body)
    in_region = _region_mask(layout)
    keep = [
        line
        for i, line in enumerate(layout.lines)
        if not in_region[i] and (signature or i not in layout.signature)
    ]
    return _trim("\n".join(keep))


def _trim(text: str) -> str:
    """Drop leading blank lines and trailing whitespace, keeping the first line's indentation."""
    start = 0
    while True:
        nl = text.find("\n", start)
        if nl == -1 or text[start:nl].strip():
            break
        start = nl + 1
    return text[start:].rstrip() if text[start:].strip() else ""


# ------------------------------------------------------------------------------------------------- layout


def _layout(body: str) -> _Layout:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    quoted = [line.lstrip(" \t").startswith(">") for line in lines]
    content = [_unquote_all(line) if q else line.strip() for line, q in zip(lines, quoted, strict=True)]
    layout = _Layout(lines, quoted, content)
    _find_regions(layout)
    _find_signatures(layout, _region_mask(layout))
    return layout


def _unquote_all(line: str) -> str:
    return line[:_MAX_HEADER_LINE].lstrip(" \t>").strip()


def _dequote_once(line: str) -> str:
    stripped = line.lstrip(" \t")
    if stripped.startswith(">"):
        stripped = stripped[1:]
        return stripped[1:] if stripped.startswith(" ") else stripped
    return line


def _region_mask(layout: _Layout) -> list[bool]:
    mask = [False] * len(layout.lines)
    for region in layout.regions:
        for i in range(region.header.start, region.stop):
            mask[i] = True
    return mask


def _quote_text(layout: _Layout) -> str | None:
    parts = []
    for region in layout.regions:
        body = layout.lines[region.header.end + 1 : region.stop]
        if region.dequote:
            body = [_dequote_once(line) for line in body]
        part = _trim("\n".join(body))
        if part:
            parts.append(part)
    return "\n\n".join(parts) if parts else None


def _header_text(layout: _Layout) -> str | None:
    if not layout.regions:
        return None
    header = layout.regions[0].header
    lines = [layout.content[i] for i in range(header.start, header.end + 1) if layout.content[i]]
    return "\n".join(lines) or None


# ------------------------------------------------------------------------------------------------ regions


def _find_regions(layout: _Layout) -> None:
    """Scan top-down for quote headers; each header's region runs to the end of the body, or only to the end
    of its "> " block when new text follows it (bottom-posting and interleaved replies)."""
    n = len(layout.lines)
    floor = 0
    seen_text = False
    i = 0
    while i < n:
        header = _header_at(layout, i, floor)
        if header is None:
            seen_text = seen_text or bool(layout.content[i])
            i += 1
            continue
        if any(layout.content[k] for k in range(floor, header.start)):
            seen_text = True
        region = _region_for(layout, header, at_top=not seen_text)
        layout.regions.append(region)
        floor = i = region.stop


def _region_for(layout: _Layout, header: _Header, *, at_top: bool) -> _Region:
    n = len(layout.lines)
    if layout.quoted[header.start]:
        stop = n if header.block else _block_end(layout, header.start)
        return _Region(header, stop, dequote=True)
    nxt = _next_nonblank(layout, header.end + 1)
    if nxt < n and layout.quoted[nxt] and not header.block:
        return _Region(header, _block_end(layout, nxt), dequote=True)
    if at_top:
        return _Region(header, _skip_blank(layout, header.end + 1), dequote=False)
    return _Region(header, n, dequote=False)


def _next_nonblank(layout: _Layout, i: int) -> int:
    n = len(layout.lines)
    while i < n and not layout.lines[i].strip():
        i += 1
    return i


def _skip_blank(layout: _Layout, i: int) -> int:
    return _next_nonblank(layout, i)


def _block_end(layout: _Layout, start: int) -> int:
    """End (exclusive, trailing blank lines included) of the "> " block starting at `start`.

    A single unquoted word between quoted lines is absorbed when the line above holds a link: clients wrap
    long URLs without repeating the quote marker.
    """
    n = len(layout.lines)
    last = start
    i = start
    while i < n:
        line = layout.lines[i]
        if layout.quoted[i]:
            last = i
        elif line.strip():
            if not _wrapped_link_tail(layout, i):
                break
            last = i
        i += 1
    return _skip_blank(layout, last + 1)


def _wrapped_link_tail(layout: _Layout, i: int) -> bool:
    line = layout.lines[i].strip()
    if not (0 < i < len(layout.lines) - 1) or " " in line or len(line) > 200:
        return False
    prev = layout.lines[i - 1]
    return layout.quoted[i - 1] and layout.quoted[i + 1] and ("://" in prev or "mailto:" in prev)


# ------------------------------------------------------------------------------------------------ headers


def _header_at(layout: _Layout, i: int, floor: int) -> _Header | None:
    """A quote header that ends or starts at line `i` (never reaching above `floor`)."""
    text = layout.content[i]
    if not text or len(text) > _MAX_HEADER_LINE:
        return None
    header = _separator_at(layout, i) or _field_block_at(layout, i, floor) or _date_line_at(layout, i)
    header = header or _attribution_ending_at(layout, i, floor)
    if header is None or not _starts_block(layout, header.start):
        return None
    return header


def _starts_block(layout: _Layout, start: int) -> bool:
    """A quoted header counts only as the first line of its "> " block; deeper ones belong to the quote."""
    if not layout.quoted[start]:
        return True
    k = start - 1
    while k >= 0 and not layout.lines[k].strip():
        k -= 1
    return k < 0 or not layout.quoted[k]


def _separator_at(layout: _Layout, i: int) -> _Header | None:
    text = layout.content[i]
    separator = _SEPARATOR.match(text) is not None and re.search(r"[-_=]{2,}", text) is not None
    if not separator and _FORWARD_INTRO.match(text) is None:
        return None
    end = i
    nxt = _next_nonblank(layout, i + 1)
    if nxt < len(layout.lines) and nxt - i <= 2:
        block = _field_block_at(layout, nxt, nxt)
        if block is not None:
            end = block.end
    return _Header(i, end, block=True)


def _field_name(text: str) -> str | None:
    found = _FIELD.match(text[:60])
    return _FIELD_NAMES.get(found.group(1).lower()) if found else None


def _field_block_at(layout: _Layout, i: int, floor: int) -> _Header | None:
    """An Outlook-style header block: "From: ... Sent: ... To: ... Subject: ..." in any supported language."""
    first = _field_name(layout.content[i])
    if first is None:
        return None
    fields = {first}
    end = i
    j = i + 1
    n = len(layout.lines)
    while j < n and j - i < _MAX_FIELD_BLOCK and layout.content[j] and layout.quoted[j] == layout.quoted[i]:
        name = _field_name(layout.content[j])
        if name is not None:
            fields.add(name)
        end = j
        j += 1
    if len(fields) < 2 or not fields & {"from", "date", "sent"}:
        return None
    return _Header(_rule_above(layout, i, floor), end, block=True)


def _rule_above(layout: _Layout, i: int, floor: int) -> int:
    """Include a "_____" / "-----" line just above a header block: Outlook draws it as part of the header."""
    k = i - 1
    while k >= floor and k >= i - 3 and not layout.content[k]:
        k -= 1
    if k >= floor and k >= i - 3 and layout.quoted[k] == layout.quoted[i] and _RULE.match(layout.content[k]):
        return k
    return i


def _date_line_at(layout: _Layout, i: int) -> _Header | None:
    """Old Gmail attributions: "2011/4/7 Name <addr>" and "2016-03-03 17:21 GMT+01:00 Name <addr>:"."""
    text = layout.content[i]
    if len(text) > 200 or _DATE_LINE.match(text) is None:
        return None
    if "@" not in text and "GMT" not in text and not text.endswith(":"):
        return None
    end = i
    if text.endswith("<") and i + 1 < len(layout.lines) and layout.content[i + 1].endswith(":"):
        end = i + 1
    return _Header(i, end, block=False)


def _attribution_ending_at(layout: _Layout, j: int, floor: int) -> _Header | None:
    """"On <date>, <name> wrote:" and its translations, possibly wrapped over several lines ending at `j`."""
    last = layout.content[j]
    if not last.endswith((":", "：", "-")):
        return None
    lowest = max(floor, j - _MAX_HEADER_SPAN + 1)
    spans = [(k, _joined(layout, k, j)) for k in range(j, lowest - 1, -1)]
    for k, joined in spans:
        if layout.content[k] and _OPENER.match(layout.content[k]) and _is_attribution(layout, k, j, joined):
            return _Header(k, j, block=False)
    if _is_attribution(layout, j, j, last):
        return _Header(j, j, block=False)
    for k, joined in spans[1:]:
        after_blank = k == 0 or not layout.lines[k - 1].strip()
        if layout.content[k] and after_blank and _is_attribution(layout, k, j, joined):
            return _Header(k, j, block=False)
    return None


def _joined(layout: _Layout, k: int, j: int) -> str:
    return " ".join(layout.content[x] for x in range(k, j + 1) if layout.content[x])


def _is_attribution(layout: _Layout, k: int, j: int, joined: str) -> bool:
    if len(joined) > _MAX_HEADER_LINE or _ends_sentence(layout, k, j):
        return False
    dashed = joined.startswith("-") and _END_DASHES.search(joined) is not None
    if dashed:
        return True
    if _END_COLON.search(joined) or _SCHRIEB_AM.search(joined):
        return any(ch.isdigit() for ch in joined) or "@" in joined
    opener = _OPENER.match(layout.content[k]) is not None
    if opener and joined.endswith((":", "：")) and _MID_VERB.search(joined):
        # "Am 21.04.2016 17:48 schrieb X <x@y>:", "Den 15. jun. 2016 kl. 20.42 skrev X <x@y>:"
        return "@" in joined or _TIME.search(joined) is not None
    if _VERBLESS_END.search(joined) and "@" in joined and _TIME.search(joined):
        nxt = _next_nonblank(layout, j + 1)
        return nxt < len(layout.lines) and layout.quoted[nxt]
    return False


def _ends_sentence(layout: _Layout, k: int, j: int) -> bool:
    """Lines inside a wrapped attribution never end a sentence with "!" or "?"."""
    return any(layout.content[x].endswith(("!", "?")) for x in range(k, j))


# ---------------------------------------------------------------------------------------------- signatures


def _find_signatures(layout: _Layout, in_region: list[bool]) -> None:
    for start, stop in _segments(in_region):
        sig = _signature_start(layout, start, stop)
        if sig is not None:
            layout.signature.update(range(sig, stop))


def _segments(in_region: list[bool]) -> list[tuple[int, int]]:
    out = []
    start = None
    for i, inside in enumerate(in_region):
        if not inside and start is None:
            start = i
        elif inside and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(in_region)))
    return out


def _signature_start(layout: _Layout, start: int, stop: int) -> int | None:
    lines = layout.lines
    tail_ok = _SigTail(layout, start, stop)
    for i in range(start, stop):
        if layout.quoted[i]:
            continue
        stripped = lines[i].strip()
        if stripped == "--":
            return i
        if len(stripped) <= 160 and _is_mobile(stripped) and tail_ok.after_mobile(i):
            return _with_name_line(layout, start, i)
        if _RULE.match(stripped) and tail_ok.after_rule(i):
            return i
    return _contact_block(layout, start, stop)


class _SigTail:
    """Suffix facts of one segment, precomputed so each candidate line is checked in O(1)."""

    def __init__(self, layout: _Layout, start: int, stop: int) -> None:
        size = stop - start + 1
        self.start = start
        self.count = [0] * size  # non-blank lines after position
        self.longest = [0] * size
        self.unsiglike = [0] * size  # lines that could not sit in a mobile signature block
        self.contacts = [0] * size
        for i in range(stop - 1, start - 1, -1):
            k = i - start
            stripped = layout.lines[i].strip()
            nonblank = 1 if stripped else 0
            self.count[k] = self.count[k + 1] + nonblank
            self.longest[k] = max(self.longest[k + 1], len(stripped))
            siglike = not stripped or len(stripped) <= 60 or stripped == "--" or _is_mobile(stripped[:160])
            self.unsiglike[k] = self.unsiglike[k + 1] + (0 if siglike else 1)
            self.contacts[k] = self.contacts[k + 1] + (1 if _is_pure_contact(stripped) else 0)

    def after_mobile(self, i: int) -> bool:
        k = i - self.start + 1
        return self.count[k] <= _MAX_SIG_LINES and self.unsiglike[k] == 0

    def after_rule(self, i: int) -> bool:
        k = i - self.start + 1
        return 0 < self.count[k] <= 12 and self.longest[k] <= 80 and self.contacts[k] >= 1


def _is_mobile(line: str) -> bool:
    if _MOBILE_STRONG.search(line):
        return True
    if _MOBILE_GENERIC.search(line):
        return _DEVICE.search(line) is not None or len(line.split()) <= 4
    return False


def _with_name_line(layout: _Layout, start: int, i: int) -> int:
    """ "Stavros\\nvia mobile": a lone name just above a mobile line belongs to it, unless signed off."""
    k = i - 1
    if k < start or not _looks_like_name(layout.lines[k].strip()):
        return i
    above = layout.lines[k - 1].strip() if k - 1 >= start else ""
    return k if not above else i


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 4
        and len(line) <= 40
        and not line.endswith((".", ",", "!", "?", ":", ";"))
        and all(w[:1].isupper() for w in words)
        and not _SIGN_OFF.match(line)
    )


def _contact_block(layout: _Layout, start: int, stop: int) -> int | None:
    """A trailing block of name/title/phone/e-mail lines; a sign-off and the name under it stay in text."""
    end = stop
    while end > start and not layout.lines[end - 1].strip():
        end -= 1
    first = end
    while first > start and layout.lines[first - 1].strip() and end - first < 8:
        line = layout.lines[first - 1].strip()
        if _SIGN_OFF.match(line) or layout.quoted[first - 1]:
            break
        first -= 1
    if first < end and first > start and _SIGN_OFF.match(layout.lines[first - 1].strip()):
        first += 1  # the name under "Best regards," is part of the sign-off
    block = [layout.lines[x].strip() for x in range(first, end)]
    if len(block) < 2 or not _any_text_before(layout, first):
        return None
    if any(len(b) > 72 or len(b.split()) > 8 or b.endswith(("?", "!", ":")) for b in block):
        return None
    if sum(1 for b in block if _is_pure_contact(b)) < 2:
        return None
    return first


def _any_text_before(layout: _Layout, i: int) -> bool:
    return any(layout.content[k] for k in range(i))


def _is_pure_contact(line: str) -> bool:
    """A line that is mostly an address, phone number or URL (not a sentence that mentions one)."""
    if not line or len(line) > 80:
        return False
    if _CONTACT_PREFIX.match(line):
        return True
    dense = len(line.replace(" ", ""))
    covered = sum(len(m.group(0).replace(" ", "")) for p in (_EMAIL, _URL, _PHONE) for m in p.finditer(line))
    return covered * 10 >= dense * 6
