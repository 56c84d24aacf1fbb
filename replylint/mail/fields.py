"""Unfilled merge fields in a reply: everything `replylint.placeholders` recognises, plus the looser shapes people
type by hand ("$name", "<имя>", "[Agent Name]", "XXX")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from replylint.mail.lexicons import Word, analyse_snippet, is_cyrillic, mail_lexicon
from replylint.model import LANGUAGES

if TYPE_CHECKING:
    from replylint.rule import RuleContext



_EXTRA_PLACEHOLDER = re.compile(
    r"""
      (?P<dollar>(?<![\w$])\$[^\W\d_]\w{1,40}(?:\.\w+)*)         # $name, $customer.name
    | (?P<square>\[[^\[\]\n]{1,40}\](?!\())                  # [Agent Name]  (not a markdown link "[text](url)")
    | (?P<angle><[^<>\n@/:]{1,40}>)                          # <имя>  (not <a@b.c>, </b>, <https://...>)
    | (?P<crosses>(?<![\w-])[XХ]{2,}(?:[./:-][XХ]{2,})+(?![\w-])|(?<![\w-])[XХ]{3,}(?![\w-]))   # XXX, XX.XX.XXXX
    """,
    re.VERBOSE,
)
"""Merge-field shapes `replylint.placeholders` leaves out: a bare `$name`, angle brackets, bracketed field
names that are not the customer's ("[Agent Name]", "[номер заказа]"), and "XXX" blanks."""


def find_placeholders(text: str) -> list[Word]:
    """Unfilled merge fields and template markup in `text`, in order, none overlapping.

    Everything `replylint.placeholders` recognises ("{{name}}", "{%customer.firstName%}", "{name}",
    "%FIRSTNAME%", "*|FNAME|*", "[Name]", "{% if %}"; not `{# comments #}`), plus "$name", "<имя>", "[Agent
    Name]", "[номер заказа]" and "XXX". Square and angle brackets are common in real text (a button "[Pair]", a
    footnote "[1]", "<b>"), so bracketed text counts only when it names a merge field ("name", "ім'я", "номер
    заказа", ...) or is an identifier with an underscore ("[first_name]").
    """
    return list(_placeholders(text))


def placeholders_in(ctx: RuleContext, text: str) -> tuple[Word, ...]:
    """`find_placeholders(text)` for a text of this reply (its own, or its template view), kept in the reply's
    memo: `ctx.memo(placeholders_in, text)`; `ctx.placeholders` is the reply's own."""
    return _placeholders(text)


def _placeholders(text: str) -> tuple[Word, ...]:
    from replylint.placeholders import find_placeholders as shared_placeholders

    found = [Word(text[p.start:p.end], p.start, p.end) for p in shared_placeholders(text) if p.syntax != "comment"]
    found.extend(Word(m.group(), m.start(), m.end()) for m in _EXTRA_PLACEHOLDER.finditer(text)
                 if _is_extra_placeholder(m))
    found.sort(key=lambda w: (w.start, -(w.end - w.start)))
    chosen: list[Word] = []
    for word in found:
        if not chosen or word.start >= chosen[-1].end:
            chosen.append(word)
    return tuple(chosen)


def placeholder_at(found: Sequence[Word], pos: int, stop: int) -> Word | None:
    """The placeholder of `found` that starts exactly at `pos` and ends by `stop`, if any."""
    return next((w for w in found if w.start == pos and w.end <= stop), None)


def _is_extra_placeholder(found: re.Match[str]) -> bool:
    if found.lastgroup == "crosses":
        text = found.string
        before = text[:found.start()].rstrip()[-1:]
        after = text[found.end():].lstrip()[:1]
        # "XXXX XXXX XXXX 1234", "ending XXXX1234", "card ending in XXXX": a masked card or phone number, not a
        # blank to fill
        masked = ("X", "Х", "*")
        return not (before.isdigit() or after.isdigit() or before in masked or after in masked
                    or _MASK_LEAD.search(text, max(0, found.start() - 60), found.start()) is not None)
    if found.lastgroup == "dollar":
        # "$PATH", "$HOME": an environment variable named in a how-to, not a merge field ("$customer", "$ORDERID")
        return found.group()[1:] not in _ENVIRONMENT_VARIABLES
    if found.lastgroup not in ("square", "angle"):
        return True
    inner = found.group()[1:-1].strip()
    if not inner or len(inner.split()) > 5 or not any(ch.isalpha() for ch in inner):
        return False
    if "_" in inner and re.fullmatch(r"[\w.]+", inner):
        return True
    return _names_field(inner)


_ENVIRONMENT_VARIABLES = frozenset({
    "PATH", "HOME", "USER", "USERNAME", "SHELL", "PWD", "OLDPWD", "TMPDIR", "TMP", "TEMP", "LANG", "LANGUAGE",
    "LC_ALL", "EDITOR", "VISUAL", "PAGER", "TERM", "HOSTNAME", "DISPLAY", "PYTHONPATH", "JAVA_HOME", "GOPATH",
    "APPDATA", "LOCALAPPDATA", "USERPROFILE", "PROGRAMFILES", "SYSTEMROOT", "WINDIR", "COMSPEC", "PS1",
    "XDG_CONFIG_HOME", "XDG_DATA_HOME", "LD_LIBRARY_PATH", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY",
})
"""Environment variables support replies tell people to set or check; written "$PATH" they are not blanks."""


_MASK_LEAD = re.compile(
    r"(?:\bend(?:s|ing)\s+(?:in|with)|\bending|\blast\s+(?:4|four)(?:\s+digits)?|"
    r"(?:заканчива|оканчива)\w*\s+на|последни[ех]\s+(?:4|четыр[ёе]х?)(?:\s+цифр\w*)?|"
    r"закінчу\w*\s+на|останні\s+(?:4|чотири)(?:\s+цифр\w*)?)\s*[:—–-]?\s*$",
    re.IGNORECASE,
)
"""Words right before "XXXX" that say a number is masked ("card ending in XXXX", "закінчується на ХХХХ")."""


@lru_cache(maxsize=1024)
def _names_field(inner: str) -> bool:
    """Whether bracketed text is a field name: English ends with the field word ("[Agent Name]"), Russian and
    Ukrainian start with it ("[Имя клиента]", "[номер замовлення]")."""
    for lang in LANGUAGES:
        if is_cyrillic(inner) == (lang == "en"):
            continue
        for found in mail_lexicon("placeholder_words", lang).find(analyse_snippet(inner, lang)):
            if (lang == "en" and found.end == len(inner)) or (lang != "en" and found.start == 0):
                return True
    return False

