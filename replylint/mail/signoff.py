"""The reply's closing: the closing line ("Kind regards,"), who signs it, a closing meant for friends."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from replylint.emoticons import without_trailing_emoticons
from replylint.languages import morphology, pack
from replylint.lexicon import Match
from replylint.mail.lexicons import Word, analyse_snippet, in_words, phrase_at, word_list
from replylint.mail.lines import PARAGRAPH_BREAK, Line, text_lines
from replylint.mail.names import CONNECTORS, SEPARATORS, person_name
from replylint.mail.pasted import pasted_original
from replylint.mail.template import TemplateView, template_view
from replylint.model import Lang
from replylint.nlp import Analysis, MorphLemmatizer, lemmatizer
from replylint.placeholders import find_placeholders

if TYPE_CHECKING:
    from replylint.rule import RuleContext


_NOT_SIGNER = re.compile(r"https?://|www\.|@|\d[\d\s()+-]{4,}\d|\?")


_SEPARATOR_LINE = re.compile(r"^[\s\-_=*~—–.]+$")


_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")


@dataclass(frozen=True, slots=True)
class SignOff:
    """The reply's closing line and who signs it.

    `where` says which text the offsets index: `"text"` is `ctx.text`, `"signature"` is `ctx.reply.signature`
    (when the splitter put the whole closing into the signature block). `start`/`end` cover the closing phrase
    ("Kind regards", "З повагою"); `line_end` the end of its line. `name` is the person or team after it (same
    line after a comma or dash, or the next line, possibly the signature's first line), or None.
    """

    phrase: str
    start: int
    end: int
    line_end: int
    where: Literal["text", "signature"]
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    name_where: Literal["text", "signature"] | None = None


INFORMAL_CLOSING_LINES = 4
"""How many of the reply's last lines are searched for a closing meant for friends ("Пока!", "Бувай")."""


INFORMAL_CLOSING_NAME = 2
"""Words that may follow the informal closing on its line (the writer's name: "Пока, Марина")."""


def informal_closing(ctx: RuleContext) -> Match | None:
    """A closing for friends on a line of its own near the end ("Пока!", "Бувай, Марина", "See ya"): the reply
    is closed, but too casually (familiar-tone reports it, and sign-off does not call the reply unclosed)."""
    return ctx.memo(_informal_closing)


def _informal_closing(ctx: RuleContext) -> Match | None:
    if not ctx.text.strip():
        return None
    analysis = ctx.analysis
    for line in text_lines(ctx.text)[-INFORMAL_CLOSING_LINES:]:
        found = phrase_at("informal_closings", ctx.language, analysis, line.start, line.end + 1)
        if found is None:
            continue
        rest = [w for w in re.findall(r"\w+", ctx.text[found.end : line.end])]
        if len(rest) <= INFORMAL_CLOSING_NAME and not any(ch in ctx.text[found.end : line.end] for ch in ".?"):
            return found
    return None


def find_sign_off(ctx: RuleContext, *, window: int = 12) -> SignOff | None:
    """The closing line and its signer (computed once per reply and window; see `_find_sign_off`)."""
    return ctx.memo(_find_sign_off, window)


def _find_sign_off(ctx: RuleContext, window: int) -> SignOff | None:
    """The reply's closing line and the name after it, or None when it has none.

    A closing line starts with a closing formula ("Kind regards", "С уважением", "Дякуємо") and is either the
    whole line (punctuation aside), carries the name after a comma or dash ("Thanks, Priya", "Дякуємо! —
    Анна"), or is directly followed by a name line ("Thanks for your patience.\\nHarriet"). Only the last
    `window` non-blank lines of the reply count (a "Thanks!" that opens the body is not a sign-off), then the
    first lines of the signature block. The name is a short line with a capital letter and no address, link,
    phone number, placeholder or "Sent from my iPhone".
    """
    lang = ctx.language
    view = template_view(ctx)
    text = view.text
    template = ctx.facts.template
    # "> " lines are a quote the splitter did not recognise, and the customer's message pasted under the reply
    # is theirs ("Добрий день!\n...\nФіліп"): the sign-off is above both
    pasted = pasted_original(text, ctx.original)
    below = pasted[0] if pasted is not None else len(text) + 1
    lines = [ln for ln in text_lines(text) if not ln.text.startswith(">") and ln.start < below]
    first = 1 if len(lines) > 1 and not _closing_first(view, lang, lines[0]) else 0  # the opening line greets
    candidates = lines[max(first, len(lines) - window) :]
    signature = ctx.reply.signature or ""
    sig_lines = text_lines(signature)
    following: list[tuple[Literal["text", "signature"], Line]] = [("signature", ln) for ln in sig_lines]
    for line in reversed(candidates):
        found = _closing_line(view.analysis, lang, text, line, where="text", following=following, template=template)
        if found is not None:
            return found
        following.insert(0, ("text", line))
    sig_analysis = ctx.signature_analysis
    if sig_analysis is None:
        return None
    for i, line in enumerate(sig_lines[:3]):
        rest: list[tuple[Literal["text", "signature"], Line]] = [("signature", ln) for ln in sig_lines[i + 1 :]]
        found = _closing_line(sig_analysis, lang, signature, line, where="signature", following=rest, template=template)
        if found is not None:
            return found
    return None


def signature_field(ctx: RuleContext, *, window: int = 12) -> Word | None:
    """In a template, a line near the end that is only the helpdesk's signature merge field (`%{signature}`,
    `{{ current_user.signature }}`): the helpdesk writes the closing and the name there when it sends."""
    if not ctx.facts.template:
        return None
    from replylint.placeholders import names_signature

    for line in text_lines(ctx.text)[-window:]:
        fields = [p for p in find_placeholders(line.text) if p.is_variable]
        if (
            len(fields) == 1
            and names_signature(fields[0].name)
            and not (line.text[: fields[0].start] + line.text[fields[0].end :]).strip(SEPARATORS)
        ):
            return Word(fields[0].name, line.start + fields[0].start, line.start + fields[0].end)
    return None


def _closing_first(view: TemplateView, lang: Lang, line: Line) -> bool:
    """Whether a reply opens with its closing ("Kind regards,\nGeorge" above the quote, nothing written): a
    closing formula on a line of its own ending in a comma, which no greeting is, so a name must follow."""
    if not line.text.rstrip().endswith(","):
        return False
    analysis = view.analysis
    closing = phrase_at("closings", lang, analysis, line.start, line.end)
    return (
        closing is not None
        and not view.text[closing.end : line.end].strip(SEPARATORS)
        and phrase_at("greetings", lang, analysis, line.start, line.end) is None
    )


def _closing_line(
    analysis: Analysis,
    lang: Lang,
    src: str,
    line: Line,
    *,
    where: Literal["text", "signature"],
    following: Sequence[tuple[Literal["text", "signature"], Line]],
    template: bool = False,
) -> SignOff | None:
    found = phrase_at("closings", lang, analysis, line.start, line.end)
    if found is None or _greeting_only(src[found.start : found.end], lang):
        return None
    base = SignOff(src[found.start : found.end], found.start, found.end, line.end, where)
    rest = src[found.end : line.end]
    core = rest.strip(SEPARATORS)
    nxt = next(((w, ln) for w, ln in following if not _SEPARATOR_LINE.match(ln.text)), None)
    if not core:
        if nxt is not None and is_signer(nxt[1].text, lang, template=template):
            return _with_name(base, nxt[1], nxt[0])
        return base
    stripped = rest.lstrip()
    if stripped[:1] in ",—–-":
        same_line = is_signer(stripped.lstrip(" \t,—–-"), lang, template=template)
    elif stripped[:1] in "!." and stripped[1:].lstrip()[:1] in "—–-":
        same_line = is_signer(core, lang, template=template)  # "Дякуємо! — Анна"
    elif stripped[:1] in "!.":
        same_line = False  # "Thanks! Your order shipped today." is a sentence, not a signature
    else:
        same_line = person_name(core, lang, trusted=True) is not None  # "Best wishes Anna"
    if same_line:
        start = found.end + rest.index(core)
        return _with_name(base, Line(start, start + len(core), core), where)
    if (
        nxt is not None
        and nxt[0] == where
        and PARAGRAPH_BREAK.search(src, line.end, nxt[1].start) is None
        and not _SENTENCE_INSIDE.search(core)
        and is_signer(nxt[1].text, lang, template=template)
    ):
        # one sentence opening with a closing formula ("Thanks for your patience."), the name right under it:
        # that is the sign-off; "Thanks! Your order shipped today." followed by a paragraph break is not
        return _with_name(base, nxt[1], nxt[0])
    return None


def _greeting_only(phrase: str, lang: Lang) -> bool:
    """Whether a closing formula found by its lemmas is written as a greeting and as no closing: "Добрий день"
    shares its lemmas with the closing "Доброго дня" but only greets. "Доброго дня", listed as both, closes."""
    written = " ".join(phrase.split()).casefold()
    return written in word_list("greetings", lang) and written not in word_list("closings", lang)


def _with_name(base: SignOff, line: Line, where: Literal["text", "signature"]) -> SignOff:
    text = line.text.strip().lstrip("-–—•* ").rstrip(" ,.!;")
    start = line.start + line.text.index(text)
    return SignOff(base.phrase, base.start, base.end, base.line_end, base.where, text, start, start + len(text), where)


def is_signer(line: str, lang: Lang, *, template: bool = False) -> bool:
    """Whether a line after a closing names who signs: a person or a team, not a link, address or footer.

    Accepted: "Marta", "Jenna Walsh", "The Pawsome Pantry Team", "Марина, служба поддержки", "— Анна",
    "команда магазина" (a team word may start in lower case). Rejected: "https://shop.example", "[Agent Name]",
    "Sent from my iPhone", "Tel: 0117 496 0123", and sentences ("Let me know if you need anything.").
    In a `template`, a merge field that holds a name other than the customer's signs too ("{{ agent.first_name
    }}, Support team", "%{staff.name}", "{shop_name}"): the helpdesk fills it in when the reply is sent.
    """
    raw = line.strip()
    text = raw.lstrip("-–—•* ").rstrip(" ,.!;")
    if not text or len(text) > 80 or _NOT_SIGNER.search(text):
        return False
    if find_placeholders(text, loose=True):
        return template and _merge_field_signs(_MARKDOWN_LINK.sub(r"\1", text), lang)
    words = text.split()
    if len(words) > 8:
        return False
    # "Дарья, служба заботы о клиентах «Косметика+»": a name, then what she is, may run long in lower case
    head = text.split(",", 1)[0]
    named_first = ("," in text and person_name(head, lang, trusted=True) is not None) or _role_then_name(head, lang)
    if not named_first and not _team_or_name_shaped(raw, text, words, lang):
        return False
    snippet = analyse_snippet(text, lang)
    if phrase_at("device_footers", lang, snippet, 0, len(text), with_english=True):
        return False
    # "Thanks" under "Kind regards" is a second closing, not a name
    second_closing = phrase_at("closings", lang, snippet, 0, len(text), with_english=True) is not None
    return not (second_closing and not any(ch.isupper() for ch in text[1:]))


ROLE_WORDS = 2
"""Lower-case words of a role a signer may put before the name («адміністраторка Дарина», «мастер-приёмщик
Андрей», "support agent Priya")."""


def _role_then_name(text: str, lang: Lang) -> bool:
    """Whether the line (or its part before a comma) is a role in lower case, then a person's name: «адміністраторка
    Дарина, салон «Локон»» signs as «Дарина, адміністраторка» would. The role ends in a word for a person who does
    a job (an animate noun, in English a job word), so «уважаемый Иван», «телефон Анны», "your Account" are none."""
    words = text.split()
    k = next((n for n, w in enumerate(words) if w[:1].isupper()), len(words))
    if not 0 < k <= ROLE_WORDS or k == len(words):
        return False
    role = words[:k]
    if not all(w.replace("-", "").isalpha() and w.islower() for w in role):
        return False
    if not (_job_word(role[-1], lang) and all(_role_modifier(w, lang) for w in role[:-1])):
        return False  # "please call Anna" is a sentence, not a role
    return person_name(" ".join(words[k:]), lang, trusted=True) is not None


_EN_JOBS = frozenset(
    {"agent", "advisor", "adviser", "assistant", "consultant", "coordinator", "manager", "specialist", "technician"}
    | {"engineer", "representative", "rep", "florist", "stylist", "baker", "fitter", "courier", "driver"}
)
_EN_MODIFIERS = frozenset({"your", "customer", "support", "service", "sales", "store", "shop", "care", "senior"})


def _job_word(word: str, lang: Lang) -> bool:
    """The word that ends a role: an animate noun that is no customer or form of address («менеджер»,
    «адміністраторка»), in English one of a few job words."""
    return _role_word(
        word,
        lang,
        _EN_JOBS,
        lambda p: p.tag.POS == "NOUN" and "anim" in p.tag and p.normal_form not in _NOT_STAFF,
    )


_NOT_STAFF = frozenset({"клиент", "покупатель", "заказчик", "клієнт", "покупець", "замовник", "пан", "пані"})
"""People a signature line does not sign as: the customer («клиент Иванов»), a form of address («пані Ірина»)."""


def _role_modifier(word: str, lang: Lang) -> bool:
    """A word before the job word: an adjective or possessive («ваш», «старший»), in English one of a few."""
    return _role_word(word, lang, _EN_MODIFIERS, lambda p: str(p.tag.POS) in _ROLE_POS)


def _role_word(word: str, lang: Lang, english: frozenset[str], reading: Callable[[Any], bool]) -> bool:
    """Whether pymorphy's likeliest reading of the word passes `reading`; an English word, which carries no part of
    speech here, must be one of `english`."""
    morph = lemmatizer(lang)
    if not isinstance(morph, MorphLemmatizer):
        return word in english
    parses = morph.parses(word)
    return bool(parses) and reading(parses[0])


_ROLE_POS = frozenset({"NOUN", "ADJF", "NPRO"})


_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
"""`[{shop_name}]({shop_url})`: what the customer reads is the link's text."""


def _merge_field_signs(text: str, lang: Lang) -> bool:
    """Whether a template's signer line is name merge fields, optionally with a role or team after them."""
    from replylint.placeholders import names_a_name, names_signature

    fields = [p for p in find_placeholders(text) if p.is_variable]
    if len(fields) != len(find_placeholders(text, loose=True)):
        return False  # "[Agent Name]", "XXX": a blank someone must fill in by hand
    if not fields or any(
        p.is_customer_name or not (p.is_agent_name or names_a_name(p.name) or names_signature(p.name)) for p in fields
    ):
        return False
    pieces: list[str] = []
    pos = 0
    for merge_field in fields:
        pieces.append(text[pos : merge_field.start])
        pos = merge_field.end
    pieces.append(text[pos:])
    core = " ".join(" ".join(pieces).split()).strip(SEPARATORS + "()|")
    return not core or is_signer(core, lang)


_KIND_AND_NAME = re.compile(
    r"((?:[^\W\d_][\w'’-]*[ \t]+){1,2})[«\"„“]([^\W\d_][^«»\"„“”\n]{0,60})[»\"”]"
    r"(?:,[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4})?"
)
"""«квіти «Півонія»», «зоомагазин «Лапки»», «майстерня свічок «Віск і Льон»»: what the shop is, in lower case,
then its name in quotes, and perhaps, after a comma, the team in it («..., відділ гуртових продажів»)."""


def _kind_and_shop_name(text: str, lang: Lang) -> bool:
    """Whether the line is a shop's name after the word for what it is: a bare shop name is a team's name (the
    page says so), and «квіти «Півонія»» is the same name said the way Ukrainian and Russian shops sign. Only a
    noun may stand before the name: «дякуємо за «Лапки»» is a sentence."""
    found = _KIND_AND_NAME.fullmatch(text)
    if found is None or not found.group(2)[0].isupper():
        return False
    words = [w.casefold() for w in found.group(1).split()]
    morph = morphology(lang)
    if len(words) == 1 and words[0].endswith(_PLACE_ADJECTIVES):
        return True  # «кондитерская «Тортик»», «обжарочная «Зерно»», «майстерська «Віск»»: a place's adjective
    if morph.kind_noun(words[0]) and all(morph.genitive_noun(w) for w in words[1:]):
        return True  # «майстерня свічок «Віск і Льон»»: what it is, then what it deals in
    return morph.kind_noun(words[-1]) and all(morph.kind_noun(w) or w.endswith(_ADJECTIVE_ENDINGS) for w in words[:-1])


_PLACE_ADJECTIVES = ("ская", "цкая", "ная", "вая", "ська", "цька")
"""Adjectives that stand for a place on their own («кондитерская», «мастерская», «обжарочная», «пельменная»,
«кондитерська»), which the analyser reads as adjectives, not nouns."""
_ADJECTIVE_ENDINGS = ("ий", "ій", "ый", "ой", "а", "я", "е", "є", "і", "ые", "ие")
"""«книжковий магазин «Сова»»: an adjective may say what kind of shop it is."""


def _team_or_name_shaped(raw: str, text: str, words: Sequence[str], lang: Lang) -> bool:
    if raw[-1:] not in ".!" and _kind_and_shop_name(text, lang):
        return True  # «пекарня «Хлібна хата», відділ гуртових продажів»: its lower-case words name, not tell
    lower = [w for w in words if w[:1].islower() and len(w) > 2 and w.casefold() not in CONNECTORS]
    if len(lower) > 3 or (raw[-1:] in ".!" and len(words) >= 3 and lower):
        return False  # a sentence, not a name
    first_letter = next((ch for ch in text if ch.isalpha()), "")
    if first_letter.isupper() or any(in_words(w.strip(",.«»\"'"), "team_words", lang) for w in words[:2]):
        return True
    # a role in lower case before the name: «фармацевт Алёна Кравец», «менеджер Ольга», "pharmacist Amy Reid"
    # only a word the language pack knows for a noun: «звоните Ольге», «спасибо Ольга» are no roles (English has
    # no analyser here, and writes the role after the name: "Amy Reid, Pharmacist")
    if not 2 <= len(words) <= 4 or not words[0].isalpha() or not morphology(lang).role_noun(words[0].casefold()):
        return False
    return person_name(" ".join(words[1:]), lang) is not None


MAX_WISH = 80
"""A closing wish is a short line; longer ones are sentences of the body and are never tried."""


def is_closing_wish(line: str, lang: Lang) -> bool:
    """Whether `line` has the language pack's shape of a closing wish ("Wishing you a quick recovery", «Смачної
    кави!», «Хорошей ночи!», a genitive adjective and noun). The shape alone proves nothing: the sign-off rule
    takes it as a closing only with a name under it, the autoreply helpers only above the sender's name lines."""
    # a smiley after the wish («Приятного чтения :)», "Happy baking! 🙂") leaves it a wish
    return len(line) <= MAX_WISH and _closing_wish(lang).fullmatch(without_trailing_emoticons(line)) is not None


@cache
def _closing_wish(lang: Lang) -> re.Pattern[str]:
    """The pack's shape compiled once per language; a pack without one matches nothing."""
    return re.compile(pack(lang).grammar.closing_wish, re.IGNORECASE)
