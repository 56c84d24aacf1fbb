"""Recognise template placeholders in reply text, and tell which ones stand for the customer's name.

Canned replies and helpdesk macros are written with placeholders that the helpdesk fills in when the reply is
sent. Linting a template, a placeholder is expected: `Hello {{ customer.first_name }},` greets the customer by
name. Linting a rendered reply, the same text means the placeholder was never filled and the customer will see
the braces. Rules need one shared answer to "is this a placeholder, and is it the customer's name?", so it lives
here rather than in each rule.

Recognised syntaxes (`Placeholder.syntax`):

| syntax       | looks like                                            | used by                                   |
|--------------|-------------------------------------------------------|-------------------------------------------|
| `braces`     | `{{ customer.first_name }}`, `{{{name}}}`             | Jinja, Liquid, Mustache, Handlebars,      |
|              | `{{ticket.requester.first_name}}`                     | Zendesk, Freshdesk, Intercom, HubSpot     |
| `tag`        | `{% if customer.first_name %}`, `{%- endif -%}`,      | Jinja and Liquid statements, Mustache and |
|              | `{{#if name}}`, `{{else}}`, `{{/if}}`                 | Handlebars sections                       |
| `comment`    | `{# note for agents #}`                               | Jinja comments                            |
| `helpscout`  | `{%customer.firstName,fallback=there%}`               | Help Scout                                |
| `osticket`   | `%{ticket.name}`, `%{recipient.name.first}`           | osTicket                                  |
|              | `#{ticket.customer.firstname}`                        | Zammad (Ruby interpolation)               |
| `brace`      | `{name}`, `${name}`, `{имя}`                          | Python format strings, mail merges        |
| `percent`    | `%NAME%`, `%FIRST_NAME%`                              | older mailers, Outlook add-ins            |
| `merge-tag`  | `*|FNAME|*`                                           | Mailchimp                                 |
| `bracket`    | `[Customer Name]`, `[ORDER NUMBER]`, `[Имя клиента]`  | hand-written canned responses             |

A bracketed phrase only counts when it names a person (`[name]`, `[Customer Name]`) or is written in capitals
(`[ORDER NUMBER]`), so ordinary bracketed prose ("[sic]", "[1]", a Markdown link) is not taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from replylint._first_chars import with_first_chars

Syntax = Literal[
    "braces",
    "tag",
    "comment",
    "helpscout",
    "osticket",
    "brace",
    "percent",
    "merge-tag",
    "bracket",
    "dollar",
    "angle",
    "field",
    "blank",
]
"""The last four are the hand-typed shapes only `find_placeholders(text, loose=True)` reports."""


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One placeholder in a text: `text[start:end]` is the whole placeholder, delimiters included."""

    start: int
    end: int
    name: str
    """The variable as written, without delimiters, filters or fallback: `customer.first_name`, `NAME`,
    `Customer Name`. For a `tag` or `comment`, the text inside the delimiters."""
    is_customer_name: bool
    """True when the placeholder stands for the customer's (first, last or full) name."""
    syntax: Syntax = "braces"
    fallback: str | None = None
    """What the helpdesk prints when the value is missing (`fallback=there`, `| default: "there"`)."""
    is_agent_name: bool = False
    """True when the placeholder stands for the replying agent's name (`{{ agent.first_name }}`,
    `{%user.firstName%}`, `%{staff.name}`): the helpdesk signs the reply with it."""

    @property
    def is_variable(self) -> bool:
        """False for template statements and comments, which are markup rather than a value."""
        return self.syntax not in ("tag", "comment")


# --------------------------------------------------------------------------------------------------- patterns
# NOTE: the bounded repeats ({1,300}) cap what counts as one placeholder: longer runs are prose with stray braces,
# and the bound keeps every pattern linear on hostile input.

_TRIPLE = re.compile(r"\{\{\{(?P<inner>[^{}]{1,300})\}\}\}")
_DOUBLE = re.compile(r"\{\{(?P<inner>[^{}]{1,300})\}\}")
_HELPSCOUT = re.compile(r"\{%(?P<var>[^\W\d]\w*(?:\.\w+)+)(?:\s*,\s*fallback\s*=\s*(?P<fallback>[^%{}]{0,100}))?%\}")
_OSTICKET = re.compile(r"[%#]\{(?P<var>[^\W\d]\w*(?:\.\w+){0,8})\}")
_TAG = re.compile(r"\{%-?\s*(?P<inner>[a-z]+(?:\s[^{}]{0,300}?)?)\s*-?%\}")
_HANDLEBARS_ELSE = re.compile(r"else(?:\s[^{}]{0,300})?")
_COMMENT = re.compile(r"\{#(?P<inner>[^{}]{0,300}?)#\}")
_BRACE = re.compile(r"(?<![{\w])\$?\{(?P<var>[^\W\d][\w.'’-]{0,60})\}(?!\})")
_PERCENT = re.compile(r"(?<![\w%])%(?P<var>[^\W\d_][\w.'’]{1,60})%(?![\w%])")
_MERGE_TAG = re.compile(r"\*\|(?P<var>[A-Za-z][A-Za-z0-9_:]{0,60})\|\*")
_BRACKET = re.compile(r"(?<![\[\w])\[(?P<var>[^\W\d_][\w .'’-]{0,40})\](?![\[(\w])")

_PATH = re.compile(r"""[^\W\d]\w*(?:\s*\.\s*\w+|\s*\[\s*["'][^"'\[\]]{1,60}["']\s*\])*""")
_SUBSCRIPT = re.compile(r"""\s*\[\s*["']([^"'\[\]]{1,60})["']\s*\]""")
_FALLBACK_FILTER = re.compile(
    r"""\|\s*(?:default|fallback|d)\s*(?::\s*|\(\s*)(?P<q>["'])(?P<fallback>[^"']{0,100})(?P=q)"""
)
_HEX_PAIR = re.compile(r"[0-9A-Fa-f]{2}")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CAMEL = re.compile(r"(?<=[a-zа-яёіїєґ])(?=[A-ZА-ЯЁІЇЄҐ])")

# ------------------------------------------------------------------------------------------ what names a person

_NAME_WORDS = frozenset(
    {
        "name",
        "firstname",
        "lastname",
        "fullname",
        "surname",
        "fname",
        "lname",
        "givenname",
        "familyname",
        "displayname",
        "nickname",
        "middlename",
        "patronymic",
        "forename",
        "имя",
        "фамилия",
        "отчество",
        "фио",
        "ім'я",
        "імя",
        "прізвище",
        "піб",
        "побатькові",
    }
)
"""Words (after joining `first_name` to `firstname`) that mean a person's name."""
_NAME_QUALIFIERS = frozenset({"first", "last", "full", "given", "family", "display", "nick", "middle", "second"})
_NAME_PARTS_AFTER = _NAME_QUALIFIERS | {"short", "formal", "legal", "original", "shortformal"}
"""osTicket writes the part after the name object: `%{recipient.name.first}`, `%{assigner.name.short}`."""
_PERSON_WORDS = frozenset(
    {
        "customer",
        "customers",
        "client",
        "requester",
        "contact",
        "recipient",
        "user",
        "person",
        "visitor",
        "lead",
        "subscriber",
        "member",
        "buyer",
        "to",
        "addressee",
        "клиент",
        "клиента",
        "клиенту",
        "покупатель",
        "покупателя",
        "заказчик",
        "заказчика",
        "получатель",
        "получателя",
        "абонент",
        "абонента",
        "пользователь",
        "пользователя",
        "клієнт",
        "клієнта",
        "клієнту",
        "покупець",
        "покупця",
        "замовник",
        "замовника",
        "одержувач",
        "одержувача",
        "отримувач",
        "отримувача",
        "користувач",
        "користувача",
    }
)
"""Objects whose name is the customer's. `user` is the customer in Intercom and Jinja macros but the agent in
Help Scout (`{%user.firstName%}`), so it is dropped for that syntax."""
_CONTAINER_WORDS = frozenset(
    {
        "ticket",
        "conversation",
        "data",
        "vars",
        "var",
        "context",
        "ctx",
        "message",
        "email",
        "order",
        "case",
        "thread",
        "the",
        "s",
        "his",
        "her",
        "their",
        "of",
    }
)
"""Words that may stand in a path or phrase before the person (`ticket.requester`, `the customer's name`)."""
_AGENT_WORDS = frozenset(
    {
        "agent",
        "agents",
        "staff",
        "assignee",
        "assigned",
        "responder",
        "operator",
        "sender",
        "signer",
        "author",
        "current",
        "me",
        "my",
        "rep",
        "representative",
        "advisor",
        "employee",
        "owner",
        "оператор",
        "оператора",
        "менеджер",
        "менеджера",
        "сотрудник",
        "сотрудника",
        "консультант",
        "консультанта",
        "співробітник",
        "співробітника",
        "працівник",
        "працівника",
    }
)
"""Objects whose name is the replying agent's (`agent.name`, `current_user.first_name` in Zendesk,
`ticket.agent.name` in Freshdesk, `staff.name` in osTicket). `user` is the agent in Help Scout and after
`current` (`current_user`), so it is added for those."""


def _words(name: str) -> list[str]:
    spaced = _CAMEL.sub(" ", name.replace("’", "'"))
    words = [w.lower() for w in _WORDS.findall(spaced)]
    return [w[:-2] if w.endswith("'s") else w for w in words]


def _person_of_name(name: str) -> list[str] | None:
    """The words before the name in a placeholder's variable (`ticket.requester.first_name` -> `ticket,
    requester`), or None when it does not mean a name at all."""
    words = _words(name)
    rest: list[str] = []
    found = False
    i = 0
    while i < len(words):
        word = words[i]
        if word in _NAME_QUALIFIERS and words[i + 1 : i + 2] == ["name"]:
            found = True
            i += 2
            continue
        if word in _NAME_WORDS or (word == "по" and i + 1 < len(words) and words[i + 1] == "батькові"):
            found = True
            i += 2 if word == "по" else 1
            continue
        if found and word in _NAME_PARTS_AFTER and words[i - 1] in _NAME_WORDS:
            i += 1  # `name.first`: the part of the name object
            continue
        rest.append(word)
        i += 1
    return rest if found else None


def names_customer(name: str, syntax: Syntax = "braces") -> bool:
    """Whether a placeholder's variable (`ticket.requester.first_name`, `FNAME`, `Имя клиента`) is the
    customer's name.

    The last part must mean "name" and everything before it must be a person who is the customer
    (`customer`, `requester`, `contact`, …) or a container of one (`ticket`, `order`); so `{{ product.name }}`,
    `{{ ticket.assignee.name }}` and `{%user.firstName%}` (Help Scout's agent) are not the customer's name.
    In osTicket the ticket's own name is its owner's (`%{ticket.name}`).
    """
    rest = _person_of_name(name)
    if rest is None:
        return False
    if syntax == "osticket" and rest == ["ticket"]:
        return True
    persons = _PERSON_WORDS - {"user"} if syntax == "helpscout" else _PERSON_WORDS
    if "current" in rest or any(w in _AGENT_WORDS for w in rest):
        return False  # `current_user` is Zendesk's agent
    if not all(w in persons or w in _CONTAINER_WORDS for w in rest):
        return False
    return not rest or any(w in persons for w in rest)


def names_a_name(name: str) -> bool:
    """Whether a placeholder's variable is somebody's name at all (`shop_name`, `company.name`, `agent.name`),
    as opposed to a number, a link or a date."""
    return _person_of_name(name) is not None


_SIGNATURE_WORDS = frozenset({"signature", "sig", "signoff", "подпись", "підпис"})


def names_signature(name: str) -> bool:
    """Whether a placeholder's variable is a signature block the helpdesk fills in (`%{signature}`,
    `{{ current_user.signature }}`, `{{ ticket.agent.signature }}`): closing line and name in one."""
    words = _words(name)
    return bool(words) and (words[-1] in _SIGNATURE_WORDS or "".join(words[-2:]) in _SIGNATURE_WORDS)


def names_agent(name: str, syntax: Syntax = "braces") -> bool:
    """Whether a placeholder's variable is the replying agent's name: `agent.first_name`, `ticket.agent.name`,
    `current_user.first_name` (Zendesk), `{%user.firstName%}` (Help Scout), `%{staff.name}` (osTicket)."""
    rest = _person_of_name(name)
    if not rest:
        return False
    agents = _AGENT_WORDS | {"user"} if syntax == "helpscout" or "current" in rest else _AGENT_WORDS
    return all(w in agents or w in _CONTAINER_WORDS for w in rest) and any(w in agents for w in rest)


def _expression(inner: str) -> tuple[str, str | None]:
    """The variable path of a `{{ ... }}` expression (filters and fallbacks removed) and its fallback."""
    body = inner.strip().strip("-~").strip()
    fallback_match = _FALLBACK_FILTER.search(body)
    fallback = fallback_match.group("fallback") if fallback_match else None
    path = _PATH.match(body)
    if path is None:
        return body, fallback
    name = _SUBSCRIPT.sub(lambda m: "." + m.group(1), path.group(0))
    name = re.sub(r"\s*\.\s*", ".", name)
    return name, fallback


def _candidates(text: str) -> Iterable[Placeholder]:
    """Every placeholder of every syntax, overlapping ones included.

    perf: each syntax is a scan of the whole reply, and most replies hold none of their marks; a syntax whose
    mark is not in the text (a brace, a percent sign, "*|", a square bracket) cannot match and is not scanned.
    The order of what is found is that of the scans, as before, so ties sort the same way.
    """
    if "{" in text:
        yield from _braced(text)
    if "%" in text:
        yield from _percented(text)
    if "*|" in text:
        yield from _merge_tags(text)
    if "[" in text:
        yield from _bracketed(text)


def _braced(text: str) -> Iterable[Placeholder]:
    """The syntaxes written with braces: Mustache/Liquid/Jinja, Help Scout, osTicket and bare `{name}`."""
    for m in _TRIPLE.finditer(text):
        name, fallback = _expression(m.group("inner"))
        yield Placeholder(m.start(), m.end(), name, names_customer(name), "braces", fallback, names_agent(name))
    for m in _DOUBLE.finditer(text):
        inner = m.group("inner")
        bare = inner.strip().strip("~").strip()
        if bare[:1] in ("#", "/", "^", "!", ">") or _HANDLEBARS_ELSE.fullmatch(bare):
            # Mustache sections, comments and partials, Handlebars `{{else}}`: markup, not values.
            yield Placeholder(m.start(), m.end(), bare, False, "tag")
            continue
        name, fallback = _expression(inner)
        yield Placeholder(m.start(), m.end(), name, names_customer(name), "braces", fallback, names_agent(name))
    for m in _HELPSCOUT.finditer(text):
        name = m.group("var")
        fallback = m.group("fallback")
        yield Placeholder(
            m.start(),
            m.end(),
            name,
            names_customer(name, "helpscout"),
            "helpscout",
            fallback.strip() if fallback is not None else None,
            names_agent(name, "helpscout"),
        )
    for m in _OSTICKET.finditer(text):
        name = m.group("var")
        yield Placeholder(
            m.start(),
            m.end(),
            name,
            names_customer(name, "osticket"),
            "osticket",
            is_agent_name=names_agent(name, "osticket"),
        )
    for m in _TAG.finditer(text):
        yield Placeholder(m.start(), m.end(), m.group("inner").strip(), False, "tag")
    for m in _COMMENT.finditer(text):
        yield Placeholder(m.start(), m.end(), m.group("inner").strip().strip("-").strip(), False, "comment")
    for m in _BRACE.finditer(text):
        name = m.group("var")
        yield Placeholder(
            m.start(), m.end(), name, names_customer(name, "brace"), "brace", is_agent_name=names_agent(name, "brace")
        )


def _percented(text: str) -> Iterable[Placeholder]:
    """`%name%` fields (a percent-encoded byte in a URL is not one)."""
    for m in _PERCENT.finditer(text):
        name = m.group("var")
        if _HEX_PAIR.fullmatch(name):
            continue  # `%E2%` in a percent-encoded URL
        yield Placeholder(
            m.start(),
            m.end(),
            name,
            names_customer(name, "percent"),
            "percent",
            is_agent_name=names_agent(name, "percent"),
        )


def _merge_tags(text: str) -> Iterable[Placeholder]:
    """Mailchimp's `*|FNAME|*`."""
    for m in _MERGE_TAG.finditer(text):
        name = m.group("var")
        yield Placeholder(m.start(), m.end(), name, names_customer(name, "merge-tag"), "merge-tag")


def _bracketed(text: str) -> Iterable[Placeholder]:
    """`[Name]` when it names a merge field or shouts one; other bracketed text is ordinary prose."""
    for m in _BRACKET.finditer(text):
        name = m.group("var").strip()
        is_name = names_customer(name, "bracket")
        letters = [c for c in name if c.isalpha()]
        shouting = len(letters) >= 2 and all(c.isupper() for c in letters)
        if is_name or shouting:
            yield Placeholder(m.start(), m.end(), name, is_name, "bracket")


@lru_cache(maxsize=4)  # keyed by a whole reply: the one being linted is all that repeats
def _find(text: str) -> tuple[Placeholder, ...]:
    # Longest match wins where two syntaxes overlap (`{{name}}` also contains `{name}`).
    found = sorted(_candidates(text), key=lambda p: (p.start, -(p.end - p.start)))
    chosen: list[Placeholder] = []
    end = -1
    for p in found:
        if p.start >= end:
            chosen.append(p)
            end = p.end
    return tuple(chosen)


def find_placeholders(text: str, *, loose: bool = False) -> list[Placeholder]:
    """Every placeholder in `text`, in order, none overlapping.

    Results are cached per text, so several rules asking about the same reply pay for one scan.

    `loose=True` is for a rendered reply, where the question is "was something left unfilled?": template comments
    are left out (the customer never sees them), and the shapes people type by hand are added: "$name" (syntax
    `dollar`), "<имя>" (`angle`), "[Agent Name]", "[номер заказа]" (`field`) and "XXX" (`blank`). Square and
    angle brackets are common in real text (a button "[Pair]", a footnote "[1]", "<b>"), so bracketed text counts
    only when it names a merge field ("name", "ім'я", "номер заказа", ...) or is an identifier with an
    underscore ("[first_name]"); "XXXX 1234" is a masked card number, "$PATH" an environment variable.
    """
    if not loose:
        return list(_find(text))
    found = [p for p in _find(text) if p.syntax != "comment"]
    found.extend(_loose(m) for m in _EXTRA_PLACEHOLDER.finditer(text) if _is_extra_placeholder(m))
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    chosen: list[Placeholder] = []
    for p in found:
        if not chosen or p.start >= chosen[-1].end:
            chosen.append(p)
    return chosen


_LOOSE_SYNTAX: dict[str | None, Syntax] = {"dollar": "dollar", "square": "field", "angle": "angle", "crosses": "blank"}


def _loose(found: re.Match[str]) -> Placeholder:
    syntax = _LOOSE_SYNTAX[found.lastgroup]
    whole = found.group()
    name = whole[1:] if syntax == "dollar" else whole if syntax == "blank" else whole[1:-1].strip()
    return Placeholder(
        found.start(), found.end(), name, names_customer(name, syntax), syntax, is_agent_name=names_agent(name, syntax)
    )


_EXTRA_PLACEHOLDER = with_first_chars(
    re.compile(
        r"""
      (?P<dollar>(?<![\w$])\$[^\W\d_]\w{1,40}(?:\.\w+)*)         # $name, $customer.name
    | (?P<square>\[[^\[\]\n]{1,40}\](?!\())                  # [Agent Name]  (not a markdown link "[text](url)")
    | (?P<angle><[^<>\n@/:]{1,40}>)                          # <имя>  (not <a@b.c>, </b>, <https://...>)
    | (?P<crosses>(?<![\w-])[XХ]{2,}(?:[./:-][XХ]{2,})+(?![\w-])|(?<![\w-])[XХ]{3,}(?![\w-]))   # XXX, XX.XX.XXXX
    """,
        re.VERBOSE,
    )
)
"""Merge-field shapes `replylint.placeholders` leaves out: a bare `$name`, angle brackets, bracketed field
names that are not the customer's ("[Agent Name]", "[номер заказа]"), and "XXX" blanks."""


def _is_extra_placeholder(found: re.Match[str]) -> bool:
    if found.lastgroup == "crosses":
        text = found.string
        before = text[: found.start()].rstrip()[-1:]
        after = text[found.end() :].lstrip()[:1]
        # "XXXX XXXX XXXX 1234", "ending XXXX1234", "card ending in XXXX": a masked card or phone number, not a
        # blank to fill
        masked = ("X", "Х", "*")
        return not (
            before.isdigit()
            or after.isdigit()
            or before in masked
            or after in masked
            or _MASK_LEAD.search(text, max(0, found.start() - 60), found.start()) is not None
        )
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


_ENVIRONMENT_VARIABLES = frozenset(
    {
        "PATH",
        "HOME",
        "USER",
        "USERNAME",
        "SHELL",
        "PWD",
        "OLDPWD",
        "TMPDIR",
        "TMP",
        "TEMP",
        "LANG",
        "LANGUAGE",
        "LC_ALL",
        "EDITOR",
        "VISUAL",
        "PAGER",
        "TERM",
        "HOSTNAME",
        "DISPLAY",
        "PYTHONPATH",
        "JAVA_HOME",
        "GOPATH",
        "APPDATA",
        "LOCALAPPDATA",
        "USERPROFILE",
        "PROGRAMFILES",
        "SYSTEMROOT",
        "WINDIR",
        "COMSPEC",
        "PS1",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "LD_LIBRARY_PATH",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "NO_PROXY",
    }
)
"""Environment variables support replies tell people to set or check; written "$PATH" they are not blanks."""


_MASK_LEAD = re.compile(
    r"(?:\bend(?:s|ing)\s+(?:in|with)|\bending|\blast\s+(?:4|four)(?:\s+digits)?|"
    r"(?:заканчива|оканчива)\w*\s+на|последни[ех]\s+(?:4|четыр[ёе]х?)(?:\s+цифр\w*)?|"
    r"закінчу\w*\s+на|останні\s+(?:4|чотири)(?:\s+цифр\w*)?|"
    r"(?<!\w)(?:card|карт(?:а|ы|у|е|ой|очки|очка)|картк(?:а|и|у|ою|ці))(?:\s+№)?)\s*[:—–-]?\s*$",
    re.IGNORECASE,
)
"""Words right before "XXXX" that say a number is masked ("card ending in XXXX", "закінчується на ХХХХ", «с карты
ХХХХ»: a card is never named by a blank to fill)."""


@lru_cache(maxsize=1024)
def _names_field(inner: str) -> bool:
    """Whether bracketed text is a field name: English ends with the field word ("[Agent Name]"), Russian and
    Ukrainian start with it ("[Имя клиента]", "[номер замовлення]"). The field words are a phrase list matched by
    lemma, so the mail structure's lexicons and analyser are loaded here, on the first bracket only."""
    from replylint.languages import pack
    from replylint.mail.lexicons import analyse_snippet, is_cyrillic, mail_lexicon
    from replylint.model import LANGUAGES

    for lang in LANGUAGES:
        if ("cyrillic" if is_cyrillic(inner) else "latin") != pack(lang).script:
            continue
        for found in mail_lexicon("placeholder_words", lang).find(analyse_snippet(inner, lang)):
            if found.start == 0 if pack(lang).head_first else found.end == len(inner):
                return True
    return False


def name_placeholder_in(text: str, start: int = 0, end: int | None = None) -> Placeholder | None:
    """The first customer-name placeholder that lies within `text[start:end]` (e.g. a greeting line), if any."""
    stop = len(text) if end is None else end
    for p in _find(text):
        if p.is_customer_name and p.start >= start and p.end <= stop:
            return p
    return None


def overlapping(placeholders: Sequence[Placeholder], start: int, end: int) -> list[Placeholder]:
    """The placeholders that overlap the span `start:end` (to drop a rule's hit that is really a placeholder)."""
    return [p for p in placeholders if p.start < end and start < p.end]


def blank_out(text: str, placeholders: Sequence[Placeholder] | None = None, fill: str = " ") -> str:
    """`text` with each placeholder replaced by `fill` characters, keeping every offset and newline in place.

    For rules that match words or punctuation and must not see `{{` or `%NAME%` as part of the prose.
    """
    if len(fill) != 1:
        raise ValueError("fill must be a single character so offsets stay valid")
    spans = find_placeholders(text) if placeholders is None else placeholders
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for p in spans:
        out.append(text[pos : p.start])
        out.append("".join("\n" if ch == "\n" else fill for ch in text[p.start : p.end]))
        pos = p.end
    out.append(text[pos:])
    return "".join(out)


__all__ = [
    "Placeholder",
    "Syntax",
    "blank_out",
    "find_placeholders",
    "name_placeholder_in",
    "names_a_name",
    "names_agent",
    "names_customer",
    "names_signature",
    "overlapping",
]
