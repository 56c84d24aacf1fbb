"""The sign-off and signature block of a message: where the customer asks nothing and the agent answers nothing.

"Thanks,\nSam Jones\nHead of Purchasing\nNeed help? Visit acme.example/help" under the customer's question asks
nothing of the shop, and "Kind regards,\nIsla\nWoolly Nook" under the agent's answer says nothing about wool: a
shop's name or a job title that shares a word with the question must not count as taking it up.
"""

from __future__ import annotations

import re

from replylint.mail.lines import POSTSCRIPT_LINE
from replylint.nlp import Analysis
from replylint_rules._answers import LexiconSource

_PHRASE_WORDS = re.compile(r"\w+")

_SIG_DELIMITER = re.compile(r"^[ \t]*(?:--|__+|—)[ \t]*$", re.MULTILINE)
CLOSING_SLACK = 3
"""A closing line may hold this many words besides the closing phrase ("Thanks a lot, Sam")."""


def signature_blocks(
    analysis: Analysis, lex: LexiconSource, names: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Character ranges of the customer's sign-off and signature, where nothing is asked of the shop.

    "Thanks,\nSam Jones\nHead of Purchasing\nNeed help? Visit acme.example/help" and "Sent from my iPhone"
    are the customer's signature (or their company's), kept in the text when the parser did not split it off. The
    block starts at a closing line ("Thanks,", "З повагою,"), a device footer, a "--" line or a line that is only
    the customer's own name (`names`, lower-cased words of the names the customer is known by: "Мария Гусева\nСтудия
    йоги «Прана» — а вы уже пробовали утреннюю практику?" is a tagline under the name, asked of nobody), and runs to
    the end of the message or to a postscript ("P.S. Can I also pay by card?"), which asks again.
    """
    text = analysis.text
    starts = [m.start() for m in _SIG_DELIMITER.finditer(text)]
    starts += [m.start for m in lex("device_footers").find(analysis) if _line_start(text, m.start) == m.start]
    # the last closing line only: "Thanks for your order!" over a short sentence early in a message is no
    # signature, and the sign-off proper comes last
    starts += [m.start for m in lex("closings").find(analysis) if _closing_line(text, m.start, m.end)][-1:]
    named = _named_start(text, names)
    if named is None:
        # a postscript after the signature ("Ирина Соколова\nфотограф | «Зачем ждать?»\n+7 916...\nP.S. ...?")
        # leaves the name and its tagline the last lines before it (one above the name leaves them last anyway)
        named = _named_start(text[: next((m.start() for m in POSTSCRIPT_LINE.finditer(text)), len(text))], names)
    if named is not None:
        starts.append(named)
    if not starts:
        return []
    start = min(starts)
    resume = next((m.start() for m in POSTSCRIPT_LINE.finditer(text, start)), len(text))
    return [(start, resume)]


def _named_start(text: str, names: frozenset[str]) -> int | None:
    """Where the customer's name opens the signature in `text`: over contact lines, or on a line of its own."""
    found = _name_over_contacts(text)[-1:] + (_own_name_lines(text, names)[-1:] if names else [])
    return min(found) if found else None


_NAME_LINE = re.compile(r"^[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}[ \t]*$", re.MULTILINE)
_PHONE = re.compile(r"\+?\d[\d \t()-]{6,}\d")
CONTACT_REACH = 3
"""Lines under a name within which a phone number marks the lines as a signature block."""


def _name_over_contacts(text: str) -> list[int]:
    """Where a signature with no closing line starts: a name line ("Ben Howard") whose next few lines give a phone
    number ("Howard Build Ltd\nNeed a quote? Call us on 0161 555 0144"): the company's own line, not a question to
    the shop."""
    found = []
    for m in _NAME_LINE.finditer(text, _last_lines_start(text)):
        words = m.group().split()
        if not words or not all(w[:1].isupper() for w in words):
            continue
        end = m.end()
        for _ in range(CONTACT_REACH):  # perf: the next lines found one by one, never a copy of the rest
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
        if _PHONE.search(text, m.end(), end):
            found.append(m.start())
    return found


def _last_lines_start(text: str) -> int:
    """Where the message's last lines begin (the name line and the lines a tagline may take under it): only a name
    among them can sign the message, so only they are searched; every candidate costs a copy of the text, which
    over all lines would grow with the square of a long message."""
    tail = len(text.rstrip())
    for _ in range(TAGLINE_LINES + 1):
        tail = text.rfind("\n", 0, tail)
        if tail < 0:
            break
    return tail + 1


TAGLINE_LINES = 3
"""Lines a name line may have under it, to the end of the message, and still be a signature ("Мария Гусева\nСтудия
йоги «Прана» — а вы уже пробовали утреннюю практику?")."""


def _own_name_lines(text: str, names: frozenset[str]) -> list[int]:
    """Where the customer signs with nothing but their own name ("Мария Гусева", "Maria"), under the message's
    last sentence: after a blank line or a line ending a sentence, with at most a few lines right under it and
    nothing after them. A name in an address block, a contact form ("Name:\nMaria Lopez\nMessage: ..."), a list
    ("Sage\nRose\nIvory") or a sentence broken over lines is followed by more of the message, or follows a line
    that does not end a sentence; an afterthought under the name ("Maria\n\nSorry, forgot to ask: ...?") is set
    off by a blank line, and asks."""
    found = []
    for m in _NAME_LINE.finditer(text, _last_lines_start(text)):
        words = m.group().split()
        if not words or not all(w.rstrip(".").lower() in names for w in words):
            continue
        before = text[: m.start()].rstrip(" \t")
        if not before.endswith("\n"):
            continue
        above = before.rstrip()
        if above and not before.endswith("\n\n") and not above.endswith((".", "!", "?", "…", ")", "»", '"')):
            continue
        lines = text[m.end() :].rstrip().split("\n")[1:]  # the lines under the name, to the end
        if len(lines) <= TAGLINE_LINES and all(line.strip() for line in lines):
            found.append(m.start())
    return found


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _closing_line(text: str, start: int, end: int) -> bool:
    """A closing phrase that is (nearly) its whole line, and not the message's first line: "Thanks," above the
    name, not "Thanks, and can I also pay by card?"."""
    line_start = _line_start(text, start)
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if line_start == 0 or "?" in line or text[line_start:start].strip():
        return False
    if len(_PHRASE_WORDS.findall(line)) > len(_PHRASE_WORDS.findall(text[start:end])) + CLOSING_SLACK:
        return False
    # what follows is a name ("Sam Jones") or nothing: "Thanks!\nCan I also pay by card?" goes on asking
    after = text[len(text) if line_end < 0 else line_end :].lstrip().split("\n", 1)[0]
    # a short sentence ("It arrives on Monday.") is no name: a name line does not end a sentence
    return not after or (
        "?" not in after and not after.rstrip().endswith((".", "!")) and len(_PHRASE_WORDS.findall(after)) <= NAME_WORDS
    )


NAME_WORDS = 4
"""Words in the line under a closing that can still be a name ("Dr Anna Maria Smith")."""
