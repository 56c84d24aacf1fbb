"""Where a reply greets, signs off and names the customer: helpers shared by the rules about mail structure.

Several rules need the same facts about one reply (who the customer is, whether and how the reply opens, whether
it closes with a name), so they are worked out here once and kept stable for every rule that imports them:

- `customer_name(ctx)` / `customer_names(ctx)`: the customer's name and where it came from;
- `find_greeting(ctx)`: the opening salutation, the names it uses, a generic "Dear customer", a placeholder;
- `find_sign_off(ctx)`: the closing line ("Kind regards,") and the person or team named after it;
- `same_name(a, b, lang, short_forms=)` / `uses_name(greeting, names, lang)`: name comparison that survives inflection;
- `find_placeholders(text)`: unfilled merge fields ("{{name}}", "%FIRSTNAME%", "[Ім'я]"), on top of
  `replylint.placeholders`;
- `mail_lexicon(name, lang)`, `word_list(name, lang)`: small
  building blocks.

Their phrase lists live in `lexicons/shared/` beside this module, one file per language; the rules that read them
through these helpers declare them in their `lexicons`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from replylint.languages import LINGUA_FRANCA, fallback, morphology, of_script, pack
from replylint.lexicon import SHARED, Lexicon, Match, lexicon_entries
from replylint.mail.lines import Line, text_lines
from replylint.model import LANGUAGES, Lang
from replylint.nlp import Analysis, lemmatizer, on_renewal, pipeline
from replylint.rule import RuleContext

LEXICONS = Path(__file__).resolve().parent / "lexicons"
"""The lexicon root of the built-in rules: `<rule-id>/` and `shared/` folders of `<name>.<lang>.txt` files."""

NameSource = Literal["context", "from", "to", "signature"]
"""Where a customer's name was learnt: the caller's facts, the original's From, the reply's To, the original's
own signature line."""

NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
"""A word that can be (part of) a personal name: letters, joined by hyphens or apostrophes ("Anne-Marie",
"O'Brien", "Ім'я")."""

_CONNECTORS = frozenset({"and", "&", "и", "і", "та", "й", "/"})
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "bin",
                             "ibn", "al", "el", "ter", "ten", "y", "e"})
_SEPARATORS = " \t,.!;:—–-"
_NOT_SIGNER = re.compile(r"https?://|www\.|@|\d[\d\s()+-]{4,}\d|\?")
_SEPARATOR_LINE = re.compile(r"^[\s\-_=*~—–.]+$")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")
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


@dataclass(frozen=True, slots=True)
class Word:
    """A piece of text and where it is (`start`/`end` index the text it was found in)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NameInfo:
    """The customer's name as one source gives it.

    `name` is the name as written (cleaned of quotes and stray punctuation); `parts` are its words without titles
    or initials ("Dr. Raj Patel" -> ("Raj", "Patel")); `title` is a title written before it, if any, so a
    surname-only name can be addressed properly ("Mr Walsh").
    """

    name: str
    parts: tuple[str, ...]
    source: NameSource
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Greeting:
    """The reply's opening salutation.

    `start`/`end` cover the salutation in `ctx.text` (greeting words and whom they address, without the final
    punctuation): "Добрий день, Олено", "Dear Ms. Smith", "Ольга, добрый день". `phrase` is the greeting
    words as written ("" when the reply opens with a bare formula like "To whom it may concern"). `names` are
    the capitalised or name-tagged words addressing someone; `personal` the subset that is clearly a personal
    name (pymorphy3 Name/Surn/Patr in ru/uk; any capitalised word that is not a title or filler in en).
    `generic` is a mass-mailing salutation ("Dear Customer", "уважаемый клиент") and `placeholder` an
    unfilled merge field in the addressee's place ("Hi {{first_name}}").
    """

    start: int
    end: int
    phrase: str
    names: tuple[Word, ...] = ()
    personal: tuple[Word, ...] = ()
    generic: Word | None = None
    placeholder: Word | None = None


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


# --------------------------------------------------------------------------------------------------- basics


@lru_cache(maxsize=256)
def mail_lexicon(name: str, lang: Lang, *, with_english: bool = False) -> Lexicon:
    """The `name` phrase list for `lang`, with the related language's phrases merged in (see `_langs`).

    perf: the borrowed phrases are compiled with `lang`'s own pipeline, so a Russian reply never builds the
    Ukrainian or English pipeline (each costs ~0.2 s of tokenizer set-up and a dictionary load at cold start).
    Forms match exactly, and inflected ones wherever `lang`'s analyser reads them alike.
    """
    also = LINGUA_FRANCA if with_english and LINGUA_FRANCA in LANGUAGES and lang != LINGUA_FRANCA else None
    langs = _langs(lang) + ((also,) if also else ())
    phrases = [entry for each in langs for entry in _entries(name, each)]
    return Lexicon(f"{name}.{lang}", phrases, pipeline(lang))


def _entries(name: str, lang: Lang) -> tuple[str, ...]:
    """A shared lexicon's lines (`lexicons/shared/<name>.<lang>.txt`), through the one lexicon loader."""
    return lexicon_entries(LEXICONS, SHARED, name, lang)


@lru_cache(maxsize=64)
def word_list(name: str, lang: Lang) -> frozenset[str]:
    """A one-word-per-line lexicon (with the related language's words) as a set of lower-case forms.

    Read straight from the files: membership tests need no tokenizer, so none is built for them.
    """
    words = {entry.strip('"').casefold() for each in _langs(lang) for entry in _entries(name, each)}
    return frozenset(words - {""})


def _langs(lang: Lang) -> tuple[Lang, ...]:
    """Russian and Ukrainian replies borrow each other's formulas, and language detection confuses them on short
    texts, so phrase lookups for one also try the other."""
    return (lang, *pack(lang).related)


def _in_lingua_franca(word: str, name: str) -> bool:
    """Whether `word` is in the lingua franca's list `name` too: "Support" signs Russian replies as well."""
    return LINGUA_FRANCA in LANGUAGES and _in_words(word, name, LINGUA_FRANCA)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _in_words(word: str, name: str, lang: Lang) -> bool:
    """Whether `word` (any inflected form) is listed in the one-word lexicon `name`."""
    low = word.casefold().rstrip(".")
    forms = word_list(name, lang)
    return low in forms or bool(lemmatizer(lang).lemmas(low) & forms)


_BANNER_LINE = re.compile(
    r"[\[(<]*\s*(?:https?://\S+|www\.\S+|\{\{?[^{}\n]{1,80}\}\}?|%\{?[A-Za-z_.]{1,60}\}?%?)\s*[\])>]*"
)
"""A line holding only a URL or a merge field (optionally bracketed): the banner of shop templates."""


INFORMAL_CLOSING_LINES = 4
"""How many of the reply's last lines are searched for a closing meant for friends ("Пока!", "Бувай")."""
INFORMAL_CLOSING_NAME = 2
"""Words that may follow the informal closing on its line (the writer's name: "Пока, Марина")."""


def informal_closing(ctx: RuleContext) -> Match | None:
    """A closing for friends on a line of its own near the end ("Пока!", "Бувай, Марина", "See ya"): the reply
    is closed, but too casually (familiar-tone reports it, and sign-off does not call the reply unclosed)."""
    return ctx.shared("replylint_rules.informal_closing", lambda: _informal_closing(ctx))


def _informal_closing(ctx: RuleContext) -> Match | None:
    if not ctx.text.strip():
        return None
    analysis = ctx.analysis
    for line in text_lines(ctx.text)[-INFORMAL_CLOSING_LINES:]:
        found = _phrase_at("informal_closings", ctx.language, analysis, line.start, line.end + 1)
        if found is None:
            continue
        rest = [w for w in re.findall(r"\w+", ctx.text[found.end:line.end])]
        if len(rest) <= INFORMAL_CLOSING_NAME and not any(ch in ctx.text[found.end:line.end] for ch in ".?"):
            return found
    return None


def informal_greeting(phrase: str, lang: Lang) -> bool:
    """Whether a greeting phrase is one for friends ("Привіт", "hey"): never kept in a suggested greeting."""
    return phrase.strip(" ,!").casefold() in _informal_greetings(lang)


@cache
def _informal_greetings(lang: Lang) -> frozenset[str]:
    return frozenset(entry.casefold() for entry in _entries("informal_greetings", lang))


def _phrase_at(name: str, lang: Lang, analysis: Analysis, start: int, end: int, *,
               with_english: bool = False) -> Match | None:
    """A phrase of lexicon `name` that begins exactly at `start` and ends before `end`."""
    found = mail_lexicon(name, lang, with_english=with_english).search(analysis, start, end)
    return found if found is not None and found.start == start else None


def _skip_blanks(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] in " \t":
        pos += 1
    return pos


def _analyse(text: str, lang: Lang) -> Analysis:
    """Analyses of short snippets (a name, a signature line) are cheap but repeat across rules: keep them.

    Only short ones, and only a few hundred: the repeats are within one reply (several rules ask about the same
    name or signature line); 2,048 cached Docs grew a long-running service by megabytes and kept vocabularies of
    replaced pipelines (see `replylint.nlp.MAX_NEW_LEXEMES`) alive.
    """
    return _analyse_short(text, lang) if len(text) <= 200 else pipeline(lang).analyse(text)


@lru_cache(maxsize=256)
def _analyse_short(text: str, lang: Lang) -> Analysis:
    return pipeline(lang).analyse(text)


on_renewal(_analyse_short.cache_clear)  # memory: its Docs would keep each replaced vocabulary alive


# ------------------------------------------------------------------------------------------------ names


def name_tags(word: str, lang: Lang) -> frozenset[str]:
    """pymorphy3's Name/Surn/Patr grammemes for a Cyrillic word (empty for other scripts and for en)."""
    if not _is_cyrillic(word):
        return frozenset()
    use = lang if morphology(lang).names_by_grammeme and pack(lang).script == "cyrillic" else fallback("cyrillic")
    return morphology(use).name_tags(word) if use is not None else frozenset()


def _fold(word: str) -> str:
    """Case- and accent-insensitive form: "Zoë" and "Zoe" compare equal; Cyrillic й/ї keep their marks."""
    out = []
    for ch in unicodedata.normalize("NFC", word.casefold()):
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out).replace("ё", "е").replace("’", "'").replace("ʼ", "'")


_CYR_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "",
}


def _skeleton(word: str) -> str:
    """A loose Latin spelling for comparing a name across scripts ("Olha" ~ "Ольга", "Yulia" ~ "Юлія").

    Romanisation systems disagree on g/h, y/i/j and doubled letters, so those are merged; this is only used
    to accept a match between two scripts, never to declare two names different.
    """
    latin = "".join(_CYR_LAT.get(ch, ch) for ch in _fold(word))
    for old, new in (("kh", "h"), ("zh", "z"), ("ts", "c"), ("shch", "s"), ("ch", "c"), ("sh", "s"),
                     ("g", "h"), ("j", "i"), ("y", "i"), ("w", "v"), ("x", "ks"), ("'", "")):
        latin = latin.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", latin)


def _name_lemmas(word: str, lang: Lang) -> frozenset[str]:
    folded = _fold(word)
    if not _is_cyrillic(folded):
        return frozenset({folded})
    forms: set[str] = {folded}
    for each in of_script("cyrillic"):
        forms |= lemmatizer(each.code).lemmas(folded)
    return frozenset(_fold(f) for f in forms)


def same_name(a: str, b: str, lang: Lang, *, short_forms: bool = True) -> bool:
    """Whether two written names are the same name, whatever case or form they are in.

    "Олено" = "Олена", "Ивана" = "Иван", "Zoë" = "zoe", "Anne-Marie" = "Anne", and across scripts "Olena" =
    "Олена", "Olga" = "Ольга", "Andrii" = "Андрію". Everyday short forms listed in the `name_variants` lexicons
    match their full form ("Екатерина" = "Катя", "Katherine" = "Kate"); other nicknames are out of scope. With
    `short_forms=False`, `a` may be the full form of `b`'s short one but not a short form of it: a greeting
    "Катя" to a customer known only as "Екатерина" uses a nickname she never used.
    """
    fa, fb = _fold(a.strip(".")), _fold(b.strip("."))
    if len(fa) < 2 or len(fb) < 2:
        return False
    if fa == fb:
        return True
    pieces_a, pieces_b = fa.split("-"), fb.split("-")
    if len(pieces_a) > 1 or len(pieces_b) > 1:
        return any(same_name(x, y, lang, short_forms=short_forms) for x in pieces_a for y in pieces_b)
    lemmas_a, lemmas_b = _name_lemmas(fa, lang), _name_lemmas(fb, lang)
    if lemmas_a & lemmas_b:
        return True
    # Across scripts ("Olena"/"Олена"), and between the Russian and Ukrainian spelling of one name ("Ирина"/
    # "Ірино", "Наталья"/"Наталія"), the loose Latin spelling decides; only ever to accept a match.
    skeletons_a = {_skeleton(x) for x in lemmas_a if len(x) >= 4}
    skeletons_b = {_skeleton(x) for x in lemmas_b if len(x) >= 4}
    if skeletons_a & skeletons_b:
        return True
    # Listed variants, in any script: "Oleksandr" (a Latin spelling of Олександр) is Александр too.
    keys_a, keys_b = lemmas_a | skeletons_a, lemmas_b | skeletons_b
    return any(group & keys_a and group & keys_b and (short_forms or full & keys_a)
               for group, full in _variant_groups())


@cache
def _variant_groups() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Full and short forms of first names (`name_variants` lexicons) as sets of folded forms, lemmas and their
    Latin skeletons (so a transliterated spelling finds its group), each with the full form's own keys (the
    first word of its line)."""
    groups = []
    # Every language's lists whatever the reply's: an English reply may greet "Олена", a Russian one "Kate".
    for each in LANGUAGES:
        # perf: read as text; a Lexicon would build each language's spaCy pipeline just to list the lines
        for line in _entries("name_variants", each):
            words = [w for w in line.split() if w != "="]
            forms: set[str] = set()
            for word in words:
                forms |= _name_lemmas(word, each)
            # "олена = елена": spellings of one full name; otherwise the first word is the full form
            full_words = words if "=" in line.split() else words[:1]
            full = {lem for word in full_words for lem in _name_lemmas(word, each)}
            full |= {_skeleton(f) for f in full if len(f) >= 4}
            forms |= {_skeleton(f) for f in forms if len(f) >= 4}
            groups.append((frozenset(forms), frozenset(full)))
    return tuple(groups)


def person_name(raw: str, lang: Lang, *, trusted: bool = False) -> tuple[tuple[str, ...], str | None] | None:
    """The words of `raw` if it reads as a personal name, and a title written before them; else None.

    Addresses, digits, "Customer", company words ("Ltd", "ООО", "Support") and more than four name words rule a
    string out. Unless `trusted` (the caller's own fact, or a line right after "Thanks,"), a Cyrillic name must
    have a word pymorphy3 knows as a first name, surname or patronymic, since an untrusted display name is as
    likely to be a shop ("Ромашка") as a person. "Last, First" is read as "First Last".
    """
    text = _name_text(raw)
    if text is None:
        return None
    words = _name_words(text, lang)
    if words is None:
        return None
    parts, title = words
    checked = _plausible_name(parts, lang, trusted=trusted)
    return None if checked is None else (checked, title)


def _name_text(raw: str) -> str | None:
    """The string with quotes stripped and "Last, First" turned round; None if it cannot be a name."""
    text = raw.strip().strip("\"'«»“”„ ")
    if not text or len(text) > 80 or re.search(r"[@\d/\\_:;()\[\]{}<>|#%+=*?!]", text):
        return None
    if text.count(",") == 1:
        last, first = (p.strip() for p in text.split(","))
        if not last or not first:
            return None
        return f"{first} {last}"
    return None if "," in text else text


def _name_words(text: str, lang: Lang) -> tuple[list[str], str | None] | None:
    """The name words and a title before them ("Ms. Smith"); initials and connectors skipped."""
    parts: list[str] = []
    title: str | None = None
    for token in text.split():
        word = token.strip(".,")
        if not word or word.casefold() in _CONNECTORS:
            continue
        if _in_words(word, "honorifics", lang) and not parts:
            title = token
            continue
        if not NAME_WORD.fullmatch(word):
            return None
        if len(word) == 1:
            continue  # an initial: "J. Smith"
        parts.append(word)
    return parts, title


def _plausible_name(parts: list[str], lang: Lang, *, trusted: bool) -> tuple[str, ...] | None:
    """The name words if they read as a person's name (see `person_name`), capitalised when trusted."""
    if not 1 <= len(parts) <= 4:
        return None
    if any(_in_words(p, "non_person_names", lang) or _in_lingua_franca(p, "non_person_names") for p in parts):
        return None
    if all(p.islower() for p in parts):
        if not trusted or len(parts) > 1:
            return None  # "got it" is not a name; a lone "anna" under "thanks" is
        parts = [p.capitalize() for p in parts]
    elif any(p[:1].islower() and p not in _NAME_PARTICLES for p in parts):
        return None  # "Anna for everything": a sentence that starts with a name
    if not trusted:
        if any(p.isupper() and len(p) > 1 for p in parts) and len(parts) == 1:
            return None  # "ACME", "IKEA": a brand in capitals, not a person
        if any(_is_cyrillic(p) for p in parts) and not any(name_tags(p, lang) for p in parts):
            return None
    return tuple(parts)


def _name_info(raw: str, source: NameSource, lang: Lang, *, trusted: bool) -> NameInfo | None:
    found = person_name(raw, lang, trusted=trusted)
    if found is None:
        return None
    parts, title = found
    shown = " ".join(raw.strip().strip("\"'«»“”„ ").split())
    return NameInfo(shown, parts, source, title)


def customer_names(ctx: RuleContext) -> tuple[NameInfo, ...]:
    """Every name the customer is known by, most trusted source first (computed once per reply)."""
    return ctx.shared("replylint_rules.customer_names", lambda: _customer_names(ctx))


def _customer_names(ctx: RuleContext) -> tuple[NameInfo, ...]:
    """Every name the customer is known by, most trustworthy first.

    Sources, in order: the caller's `customer_name` fact; the display name in the original's From; the display
    name in the reply's To; the name the customer signed the original with ("Thanks,\\nAnna", or "Ольга" alone
    on the last line). A source that does not read as a personal name is skipped. Several are returned because
    they may all be right: From says "Katherine Moore", she signs "Kate", and a greeting with either is fine.
    """
    found: list[NameInfo] = []

    def add(info: NameInfo | None) -> None:
        if info is not None and not any(info.parts == f.parts for f in found):
            found.append(info)

    lang = ctx.language
    orig_lang = ctx.original_language or lang
    fact = (ctx.facts.customer_name or "").strip()
    if fact:
        # the caller's own record may be all lower case ("anna lee"); it is still a name
        add(_name_info(fact.title() if fact.islower() else fact, "context", lang, trusted=True))
    orig = ctx.original
    if orig is not None and orig.headers is not None and orig.headers.from_:
        add(_name_info(orig.headers.from_[0].name, "from", orig_lang, trusted=False))
    if ctx.reply.headers is not None and ctx.reply.headers.to:
        add(_name_info(ctx.reply.headers.to[0].name, "to", lang, trusted=False))
    add(signed_name(ctx))
    return tuple(found)


def customer_name(ctx: RuleContext) -> NameInfo | None:
    """The customer's name from the most trustworthy source that has one (see `customer_names`), or None."""
    names = customer_names(ctx)
    return names[0] if names else None


def signed_name(ctx: RuleContext) -> NameInfo | None:
    """The name the customer signed the original with, if the original ends with one.

    Accepted: a name line right after a closing line ("Kind regards,\\nHelen Ward", even with a phone number
    below), a closing and a name on one line ("Thanks, Anna"), or a name line standing alone at the end after a
    blank line or a finished sentence ("...dispatched yet?\\n\\nTomasz"). The original's signature block is
    tried when its text does not end with a name.
    """
    orig = ctx.original
    if orig is None:
        return None
    lang = ctx.original_language or ctx.language
    for block in (orig.text, orig.signature or ""):
        if not block.strip():
            continue
        # perf: the original's text is analysed once per lint already; analysing it again here was 5% of a lint
        found = _signed_name_in(block, lang, ctx.original_analysis if block is orig.text else None)
        if found is not None:
            return found
    return None


def _signed_name_in(block: str, lang: Lang, analysis: Analysis | None = None) -> NameInfo | None:
    lines = text_lines(block)[-5:]
    if not lines:
        return None
    if analysis is None or analysis.lang != lang or analysis.text != block:
        analysis = _analyse(block, lang)
    # A closing line near the end: the name is on it after a comma or dash, or on the line right under it (a
    # job title, company or phone number may follow the name).
    opening = text_lines(block)[0].start
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        closing = _phrase_at("closings", lang, analysis, line.start, line.end)
        if closing is None:
            continue
        if line.start == opening and _phrase_at("greetings", lang, analysis, line.start, line.end):
            break  # "Добрий день!" over a short letter greets; read as "Have a good day," it would sign nothing
        rest = block[closing.end:line.end]
        same_line = rest.strip(_SEPARATORS)
        if not same_line and i + 1 == len(lines):
            return None  # the letter ends on its closing ("Thanks"): signed with no name, not by a "Thanks"
        if same_line and rest.lstrip()[:1] in ",—–-":
            # "Thanks, Anna" but not "Thanks, done": a name on the closing line is written with a capital
            return _name_info(same_line, "signature", lang, trusted=True) if same_line[:1].isupper() else None
        if (not rest.strip(_SEPARATORS) or line.text.endswith(",")) and i + 1 < len(lines):
            return _name_info(lines[i + 1].text, "signature", lang, trusted=True)
    # Otherwise a name alone on the last line, after a blank line or a finished sentence ("...yet?\n\nTomasz").
    last = lines[-1]
    prev = lines[-2] if len(lines) > 1 else None
    standalone = prev is None or "\n\n" in block[prev.end:last.start].replace("\r", "") or prev.text[-1:] in ".?!)"
    if standalone and not _phrase_at("greetings", lang, analysis, last.start, last.end):
        return _name_info(last.text.rstrip("."), "signature", lang, trusted=False)
    return None


def _whole_line_closing(analysis: Analysis, lang: Lang, text: str, line: Line) -> bool:
    found = _phrase_at("closings", lang, analysis, line.start, line.end)
    return found is not None and not text[found.end:line.end].strip(_SEPARATORS)


def given_name(info: NameInfo, lang: Lang) -> str:
    """The word to address the customer by: the first name if one is recognisable, else the first part."""
    if morphology(lang).names_by_grammeme:
        for part in info.parts:
            if "Name" in name_tags(part, lang):
                return part
    return info.parts[0]


def vocative(name: str, lang: Lang) -> str:
    """The name as the reply's language addresses its bearer (Ukrainian: the vocative, "Олено", "Іване")."""
    return morphology(lang).vocative(name)


def suggest_greeting(info: NameInfo, lang: Lang, phrase: str = "") -> str:
    """A greeting that uses the name, keeping the reply's own greeting words when there are any."""
    if info.title and len(info.parts) == 1:
        who = f"{info.title} {info.parts[0]}"
    elif phrase.casefold().startswith("dear") and info.title:
        who = f"{info.title} {info.parts[-1]}"
    else:
        who = vocative(given_name(info, lang), lang)
    if phrase and informal_greeting(phrase, lang):
        phrase = ""  # "Привіт, Тарасе!" would be suggesting the familiar tone the reply should avoid
    phrase = phrase[:1].upper() + phrase[1:]  # "Катя, здравствуйте!" suggests "Здравствуйте, Екатерина!"
    phrases = pack(lang).phrases
    return phrases.greeting_format.format(greeting=phrase or phrases.greeting, name=who)


# ---------------------------------------------------------------------------------------------- template view


@dataclass(frozen=True, slots=True)
class TemplateView:
    """The reply's text as the greeting and sign-off helpers read it.

    Linting a template, statements such as `{% if ticket.requester.first_name %}`, `{%- else -%}`, `{{#if name}}`
    and `{{/if}}` are markup: the customer never sees them, and a greeting written right after one
    (`{% if name %}Hello {{name}},`) still opens the reply. They are blanked with spaces (newlines kept), so
    every offset is the same as in `ctx.text`. `tags` are the blanked statements with their keyword (`if`,
    `else`, `endif`, `#if`, `/if`). A rendered reply, or a template without statements, is read as it is.
    """

    text: str
    analysis: Analysis
    tags: tuple[tuple[int, int, str], ...] = ()


def template_view(ctx: RuleContext) -> TemplateView:
    """The text with template statements blanked out (computed once per reply; see `TemplateView`)."""
    return ctx.shared("replylint_rules.template_view", lambda: _template_view(ctx))


def _template_view(ctx: RuleContext) -> TemplateView:
    if ctx.facts.template:
        from replylint.placeholders import blank_out
        from replylint.placeholders import find_placeholders as shared_placeholders

        markup = [p for p in shared_placeholders(ctx.text) if not p.is_variable]
        if markup:
            text = blank_out(ctx.text, markup)
            tags = tuple((p.start, p.end, p.name.split(" ", 1)[0].strip("-~ ").casefold()) for p in markup)
            return TemplateView(text, pipeline(ctx.language).analyse(text), tags)
    return TemplateView(ctx.text, ctx.analysis)


_OPENERS = frozenset({"if", "unless", "case", "ifchanged"})
_BRANCHES = frozenset({"else", "elsif", "elif", "when", "elseif"})
_MAX_BRANCHES = 8
"""Greeting candidates read in one conditional; real templates have two or three branches."""


def _is_opener(keyword: str) -> bool:
    return keyword in _OPENERS or keyword[:1] in ("#", "^")


def _is_end(keyword: str) -> bool:
    return keyword.startswith(("end", "/"))


def _branch_lines(view: TemplateView, first: Line) -> list[Line]:
    """The first line of prose and, when it opens a conditional (`{% if name %}Hello {{name}},{% else %}Hello,
    {% endif %}`), the first line of each other branch: any of them may be what the customer reads first. Each
    branch ends where the next one (or the conditional) does, so "Hello," is not read as addressing "Hello"."""
    before = [t for t in view.tags if t[1] <= first.start]
    if not before or not _is_opener(before[-1][2]) or view.text[before[-1][1]:first.start].strip():
        return [first]
    starts = [first.start]
    stops: list[int] = []
    depth = 1
    for start, end, keyword in view.tags[len(before):]:
        if _is_opener(keyword):
            depth += 1
            continue
        if not (_is_end(keyword) or keyword in _BRANCHES) or depth > 1:
            depth -= _is_end(keyword)
            continue
        stops.append(start)
        if _is_end(keyword) or len(starts) >= _MAX_BRANCHES:
            break
        starts.append(end)
    out: list[Line] = []
    for i, start in enumerate(starts):
        line = _next_line(view.text, start)
        if line is None:
            continue
        stop = min(line.end, stops[i]) if i < len(stops) else line.end
        text = view.text[line.start:stop].rstrip()
        if text:
            out.append(Line(line.start, line.start + len(text), text))
    return out


def _next_line(text: str, pos: int) -> Line | None:
    """The first non-blank line of `text` from `pos` on (its part from `pos`), stripped like `text_lines`."""
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        stripped = text[pos:end].strip()
        if stripped:
            start = pos + text[pos:end].index(stripped[0])
            return Line(start, start + len(stripped), stripped)
        pos = end + 1
    return None


def _greeting_rank(found: Greeting) -> int:
    """Which branch's greeting speaks for the template: a name placeholder, then a name, then a plain greeting,
    then a form-letter salutation (the fallback for a customer with no name on file)."""
    if found.placeholder is not None:
        return 0
    if found.names:
        return 1
    return 3 if found.generic is not None else 2


# --------------------------------------------------------------------------------------------- greeting


def find_greeting(ctx: RuleContext) -> Greeting | None:
    """The reply's opening salutation (computed once per reply; see `_find_greeting`)."""
    return ctx.shared("replylint_rules.greeting", lambda: _find_greeting(ctx))


def _find_greeting(ctx: RuleContext) -> Greeting | None:
    """The salutation the reply opens with, or None when its first line is not one.

    Recognised: a greeting phrase at the start of the first line, with whom it addresses ("Hello Anna", "Добрый
    день, Ольга Петровна", "Dear Mr and Mrs Hughes", "Вітаю, пане Іване"); the name first ("Ольга, добрый
    день!"); a bare generic formula ("To whom it may concern", "Уважаемый клиент"). Only the first line of
    prose is considered (a greeting further down is not an opening); lines before it that are only a link, a
    merge field or a bracketed shop name, as in the banner of many shop templates, are skipped.
    """
    view = template_view(ctx)
    lines = opening_lines(view.text)
    if not lines:
        return None
    best: Greeting | None = None
    for line in _branch_lines(view, lines[0]) if view.tags else lines[:1]:
        found = _greeting_in_line(view.text, view.analysis, ctx.language, line)
        # A greeting in another of our languages above the body ("Hi Olena," over a Russian reply, "Добрий
        # день" over a Russian one): the greeting formulas are distinct enough to try each.
        for other in LANGUAGES:
            if found is not None:
                break
            if other != ctx.language:
                found = _greeting_in_line(view.text, view.analysis, other, line)
        if found is not None and (best is None or _greeting_rank(found) < _greeting_rank(best)):
            best = found
    return best


def opening_lines(text: str) -> list[Line]:
    """The non-blank lines from the first line of prose on (banner lines of links and merge fields skipped)."""
    lines = text_lines(text)
    skip = 0
    while skip < min(3, len(lines)) and _BANNER_LINE.fullmatch(lines[skip].text):
        skip += 1
    return lines[skip:]


def _greeting_in_line(text: str, analysis: Analysis, lang: Lang, line: Line) -> Greeting | None:
    generic = _generic_at(text, analysis, lang, line.start, line.end)
    if generic is not None:
        return Greeting(generic.start, generic.end, "", generic=generic)
    phrase = _phrase_at("greetings", lang, analysis, line.start, line.end)
    if phrase is not None:
        addressee = _addressee(text, analysis, lang, phrase.end, line.end, after_greeting=True)
        generic_word = addressee.generic
        if generic_word is not None and not text[phrase.end:generic_word.start].strip():
            # "Dear Customer": the greeting word is part of the formula
            generic_word = Word(text[phrase.start:generic_word.end], phrase.start, generic_word.end)
        return Greeting(phrase.start, max(phrase.end, addressee.end), text[phrase.start:phrase.end],
                        addressee.names, addressee.personal, generic_word, addressee.placeholder)
    leading = _addressee(text, analysis, lang, line.start, line.end, after_greeting=False)
    if not leading.names:
        return None
    pos = _skip_blanks(text, leading.end, line.end)
    if pos >= line.end or text[pos] != ",":
        return None
    pos = _skip_blanks(text, pos + 1, line.end)
    phrase = _phrase_at("greetings", lang, analysis, pos, line.end)
    if phrase is None or _phrase_at("closings", lang, analysis, line.start, line.end) is not None:
        return None  # "Thanks, hi" is not "Anna, hi"
    # English has no grammeme to tell "Anna, hello" from "Yes, hello": a capitalised first word is taken as a
    # name the greeting uses, never as proof of a wrong name
    personal = leading.personal if morphology(lang).names_by_grammeme else ()
    return Greeting(line.start, phrase.end, text[phrase.start:phrase.end], leading.names, personal)


def _generic_at(text: str, analysis: Analysis, lang: Lang, start: int, stop: int) -> Word | None:
    """A generic salutation at `start`, if punctuation or the end of the line follows it ("Dear Customer,")."""
    found = _phrase_at("generic_salutations", lang, analysis, start, stop)
    if found is None:
        return None
    after = _skip_blanks(text, found.end, stop)
    if after < stop and text[after] not in ",.!;:—–-":
        return None  # "Customer Service here", "клиент сообщил": not a salutation
    return Word(text[found.start:found.end], found.start, found.end)


_MAX_ADDRESS_WORDS = 12
"""More than "Dear Mr and Mrs John and Jane Smith-Jones, Dr A. B. Lee" needs; the words after it are not read,
which bounds the walk along a long line of capitalised words (100,000 characters of "On " took 0.3 s here)."""


@dataclass(frozen=True, slots=True)
class _Addressee:
    end: int
    names: tuple[Word, ...] = ()
    personal: tuple[Word, ...] = ()
    generic: Word | None = None
    placeholder: Word | None = None


def _addressee(text: str, analysis: Analysis, lang: Lang, pos: int, stop: int, *,
               after_greeting: bool) -> _Addressee:
    """Whom a greeting addresses: titles, names, "and", fillers ("there", "всем"), up to anything else."""
    end = pos
    p = _skip_blanks(text, pos, stop)
    if after_greeting and p < stop and text[p] == ",":
        p = _skip_blanks(text, p + 1, stop)
    if after_greeting:
        generic = _generic_at(text, analysis, lang, p, stop)
        if generic is not None:
            return _Addressee(generic.end, generic=generic)
        holder = placeholder_at(text, p, stop)
        if holder is not None:
            return _Addressee(holder.end, placeholder=holder)
    words: list[tuple[str, Word]] = []
    while len(words) < _MAX_ADDRESS_WORDS:  # the rest of a long line of capitalised words addresses no one
        p = _skip_blanks(text, p, stop)
        if p >= stop:
            break
        if text[p] in "&/":
            words.append(("and", Word(text[p], p, p + 1)))
            p += 1
            continue
        if text[p] == "," and words and words[-1][0] == "filler":
            p += 1  # "Приветствую Вас, Ольга", "Hello again, Anna"
            continue
        found = NAME_WORD.match(text, p)
        if found is None or found.end() > stop:
            break
        classified = _address_word(text, Word(found.group(), found.start(), found.end()), lang, stop)
        if classified is None:
            break
        words.append(classified)
        p = classified[1].end
    while words and words[-1][0] == "and":
        words.pop()
    if not words:
        return _Addressee(end)
    names = tuple(w for kind, w in words if kind == "name")
    return _Addressee(words[-1][1].end, names, _personal(words, lang))


def _address_word(text: str, word: Word, lang: Lang, stop: int) -> tuple[str, Word] | None:
    """What one word of an address is: "and", a title (with its full stop), a filler ("there", "всем"), a name,
    or None for anything else (the address ends there)."""
    if word.text.casefold() in _CONNECTORS:
        return "and", word
    if _in_words(word.text, "honorifics", lang) or (len(word.text) == 1 and word.text.isupper()):
        # a title, or an initial ("J. Smith"): part of the address, too short to compare as a name
        if word.end < stop and text[word.end] == ".":
            word = Word(word.text + ".", word.start, word.end + 1)
        return "title", word
    if _in_words(word.text, "greeting_fillers", lang):
        return "filler", word
    if word.text[:1].isupper() or (morphology(lang).names_by_grammeme and "Name" in name_tags(word.text, lang)):
        return "name", word
    return None


def _personal(words: Sequence[tuple[str, Word]], lang: Lang) -> tuple[Word, ...]:
    """The name words that are clearly a person's name, so a mismatch is a wrong name, not a missing one.

    English has no morphology to ask, so any capitalised word after the greeting counts. For Cyrillic words the
    Name grammeme decides; Surn and Patr are too common on ordinary words ("Вера", "Ромашка" are surnames to
    pymorphy3) and count only next to a title or a first name ("пане Коваленко", "Иван Петрович").
    """
    out: list[Word] = []
    for i, (kind, word) in enumerate(words):
        if kind != "name":
            continue
        if not _is_cyrillic(word.text):
            out.append(word)
            continue
        tags = name_tags(word.text, lang)
        if "Name" in tags:
            out.append(word)
        elif tags & {"Surn", "Patr"}:
            neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            if any(k == "title" or (k == "name" and "Name" in name_tags(w.text, lang)) for k, w in neighbours):
                out.append(word)
    return tuple(out)


def uses_name(greeting: Greeting, names: Sequence[NameInfo], lang: Lang) -> bool:
    """Whether the greeting addresses the customer by any known name, in any form (first, sur-, full name)."""
    return any(same_name(word.text, part, lang, short_forms=False)
               for word in greeting.names for info in names for part in info.parts)


# --------------------------------------------------------------------------------------------- sign-off


def find_sign_off(ctx: RuleContext, *, window: int = 12) -> SignOff | None:
    """The closing line and its signer (computed once per reply and window; see `_find_sign_off`)."""
    return ctx.shared(f"replylint_rules.sign_off.{window}", lambda: _find_sign_off(ctx, window=window))


def _find_sign_off(ctx: RuleContext, *, window: int = 12) -> SignOff | None:
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
    # "> " lines are a quote the splitter did not recognise; the sign-off is above them
    lines = [ln for ln in text_lines(text) if not ln.text.startswith(">")]
    first = 1 if len(lines) > 1 and not _closing_first(view, lang, lines[0]) else 0  # the opening line greets
    candidates = lines[max(first, len(lines) - window):]
    signature = ctx.reply.signature or ""
    sig_lines = text_lines(signature)
    following: list[tuple[Literal["text", "signature"], Line]] = [("signature", ln) for ln in sig_lines]
    for line in reversed(candidates):
        found = _closing_line(view.analysis, lang, text, line, where="text", following=following,
                              template=template)
        if found is not None:
            return found
        following.insert(0, ("text", line))
    sig_analysis = ctx.signature_analysis
    if sig_analysis is None:
        return None
    for i, line in enumerate(sig_lines[:3]):
        rest: list[tuple[Literal["text", "signature"], Line]] = [("signature", ln) for ln in sig_lines[i + 1:]]
        found = _closing_line(sig_analysis, lang, signature, line, where="signature", following=rest,
                              template=template)
        if found is not None:
            return found
    return None


def signature_field(ctx: RuleContext, *, window: int = 12) -> Word | None:
    """In a template, a line near the end that is only the helpdesk's signature merge field (`%{signature}`,
    `{{ current_user.signature }}`): the helpdesk writes the closing and the name there when it sends."""
    if not ctx.facts.template:
        return None
    from replylint.placeholders import find_placeholders as shared_placeholders
    from replylint.placeholders import names_signature

    for line in text_lines(ctx.text)[-window:]:
        fields = [p for p in shared_placeholders(line.text) if p.is_variable]
        if (len(fields) == 1 and names_signature(fields[0].name)
                and not (line.text[:fields[0].start] + line.text[fields[0].end:]).strip(_SEPARATORS)):
            return Word(fields[0].name, line.start + fields[0].start, line.start + fields[0].end)
    return None


def _closing_first(view: TemplateView, lang: Lang, line: Line) -> bool:
    """Whether a reply opens with its closing ("Kind regards,\nGeorge" above the quote, nothing written): a
    closing formula on a line of its own ending in a comma, which no greeting is, so a name must follow."""
    if not line.text.rstrip().endswith(","):
        return False
    analysis = view.analysis
    closing = _phrase_at("closings", lang, analysis, line.start, line.end)
    return (closing is not None and not view.text[closing.end:line.end].strip(_SEPARATORS)
            and _phrase_at("greetings", lang, analysis, line.start, line.end) is None)


def _closing_line(analysis: Analysis, lang: Lang, src: str, line: Line, *, where: Literal["text", "signature"],
                  following: Sequence[tuple[Literal["text", "signature"], Line]],
                  template: bool = False) -> SignOff | None:
    found = _phrase_at("closings", lang, analysis, line.start, line.end)
    if found is None:
        return None
    base = SignOff(src[found.start:found.end], found.start, found.end, line.end, where)
    rest = src[found.end:line.end]
    core = rest.strip(_SEPARATORS)
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
    if (nxt is not None and nxt[0] == where and "\n\n" not in src[line.end:nxt[1].start]
            and not _SENTENCE_INSIDE.search(core) and is_signer(nxt[1].text, lang, template=template)):
        # one sentence opening with a closing formula ("Thanks for your patience."), the name right under it:
        # that is the sign-off; "Thanks! Your order shipped today." followed by a paragraph break is not
        return _with_name(base, nxt[1], nxt[0])
    return None


def _with_name(base: SignOff, line: Line, where: Literal["text", "signature"]) -> SignOff:
    text = line.text.strip().lstrip("-–—•* ").rstrip(" ,.!;")
    start = line.start + line.text.index(text)
    return SignOff(base.phrase, base.start, base.end, base.line_end, base.where, text, start, start + len(text),
                   where)


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
    if find_placeholders(text):
        return template and _merge_field_signs(_MARKDOWN_LINK.sub(r"\1", text), lang)
    words = text.split()
    if len(words) > 8:
        return False
    # "Дарья, служба заботы о клиентах «Косметика+»": a name, then what she is, may run long in lower case
    named_first = "," in text and person_name(text.split(",", 1)[0], lang, trusted=True) is not None
    if not named_first and not _team_or_name_shaped(raw, text, words, lang):
        return False
    snippet = _analyse(text, lang)
    if _phrase_at("device_footers", lang, snippet, 0, len(text), with_english=True):
        return False
    # "Thanks" under "Kind regards" is a second closing, not a name
    second_closing = _phrase_at("closings", lang, snippet, 0, len(text), with_english=True) is not None
    return not (second_closing and not any(ch.isupper() for ch in text[1:]))


_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
"""`[{shop_name}]({shop_url})`: what the customer reads is the link's text."""


def _merge_field_signs(text: str, lang: Lang) -> bool:
    """Whether a template's signer line is name merge fields, optionally with a role or team after them."""
    from replylint.placeholders import find_placeholders as shared_placeholders
    from replylint.placeholders import names_a_name, names_signature

    fields = [p for p in shared_placeholders(text) if p.is_variable]
    if len(fields) != len(find_placeholders(text)):
        return False  # "[Agent Name]", "XXX": a blank someone must fill in by hand
    if not fields or any(p.is_customer_name or not (p.is_agent_name or names_a_name(p.name) or names_signature(p.name))
                         for p in fields):
        return False
    pieces: list[str] = []
    pos = 0
    for merge_field in fields:
        pieces.append(text[pos:merge_field.start])
        pos = merge_field.end
    pieces.append(text[pos:])
    core = " ".join(" ".join(pieces).split()).strip(_SEPARATORS + "()|")
    return not core or is_signer(core, lang)


def _team_or_name_shaped(raw: str, text: str, words: Sequence[str], lang: Lang) -> bool:
    lower = [w for w in words if w[:1].islower() and len(w) > 2 and w.casefold() not in _CONNECTORS]
    if len(lower) > 3 or (raw[-1:] in ".!" and len(words) >= 3 and lower):
        return False  # a sentence, not a name
    first_letter = next((ch for ch in text if ch.isalpha()), "")
    return first_letter.isupper() or any(_in_words(w.strip(",.«»\"'"), "team_words", lang) for w in words[:2])


# ------------------------------------------------------------------------------------------ placeholders


def find_placeholders(text: str) -> list[Word]:
    """Unfilled merge fields and template markup in `text`, in order, none overlapping.

    Everything `replylint.placeholders` recognises ("{{name}}", "{%customer.firstName%}", "{name}",
    "%FIRSTNAME%", "*|FNAME|*", "[Name]", "{% if %}"; not `{# comments #}`), plus "$name", "<имя>", "[Agent
    Name]", "[номер заказа]" and "XXX". Square and angle brackets are common in real text (a button "[Pair]", a
    footnote "[1]", "<b>"), so bracketed text counts only when it names a merge field ("name", "ім'я", "номер
    заказа", ...) or is an identifier with an underscore ("[first_name]").
    """
    return list(_placeholders(text))


@lru_cache(maxsize=4)  # keyed by a whole reply: the one being linted is all that repeats
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


def placeholder_at(text: str, pos: int, stop: int) -> Word | None:
    """The placeholder that starts exactly at `pos` and ends by `stop`, if any."""
    return next((w for w in _placeholders(text) if w.start == pos and w.end <= stop), None)


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
        if ("cyrillic" if _is_cyrillic(inner) else "latin") != pack(lang).script:
            continue
        for found in mail_lexicon("placeholder_words", lang).find(_analyse(inner, lang)):
            if found.start == 0 if pack(lang).head_first else found.end == len(inner):
                return True
    return False
