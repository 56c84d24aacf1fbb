"""Who the customer is: names read from the caller's facts, the headers and the original's signature, and name
comparison that survives inflection, nicknames and a change of script ("Olena" = "Олено", "Kate" = "Katherine")."""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Literal

from replylint.languages import fallback, morphology, of_script, pack
from replylint.mail.lexicons import (
    analyse_snippet,
    in_lingua_franca,
    in_words,
    informal_greeting,
    is_cyrillic,
    phrase_at,
    shared_entries,
)
from replylint.mail.lines import PARAGRAPH_BREAK, text_lines
from replylint.model import LANGUAGES, Lang
from replylint.nlp import Analysis, MorphLemmatizer, lemmatizer

if TYPE_CHECKING:
    from replylint.rule import RuleContext


NameSource = Literal["context", "from", "to", "signature"]
"""Where a customer's name was learnt: the caller's facts, the original's From, the reply's To, the original's
own signature line."""


NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
"""A word that can be (part of) a personal name: letters, joined by hyphens or apostrophes ("Anne-Marie",
"O'Brien", "Ім'я")."""


CONNECTORS = frozenset({"and", "&", "и", "і", "та", "й", "/"})


_NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "della",
        "la",
        "le",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
    }
)


SEPARATORS = " \t,.!;:—–-"


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


def name_tags(word: str, lang: Lang) -> frozenset[str]:
    """pymorphy3's Name/Surn/Patr grammemes for a Cyrillic word (empty for other scripts and for en)."""
    if not is_cyrillic(word):
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
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "'": "",
}


_SILENT_H = re.compile(r"([aeiou])h(?![aeiou])")
_HARD_C = re.compile(r"c(?![eiyh])")


def _skeleton(word: str, *, consonants: bool = True) -> str:
    """A loose Latin spelling for comparing a name across scripts ("Olha" ~ "Ольга", "Yulia" ~ "Юлія").

    Romanisation systems disagree on g/h, y/i/j and doubled letters, so those are merged; this is only used
    to accept a match between two scripts, never to declare two names different.
    """
    folded = _fold(word)
    if not is_cyrillic(folded):  # a hard Latin c is a Cyrillic к ("Jessica" «Джессика», "Nick" «Ник»)
        folded = _HARD_C.sub("k", folded.replace("ck", "k"))
    latin = "".join(_CYR_LAT.get(ch, ch) for ch in folded)
    for old, new in (
        ("dzh", "j"),  # «Джон», «Джессика»: an English j written in Cyrillic
        ("kh", "h"),
        ("zh", "z"),
        ("ts", "c"),
        ("shch", "s"),
        ("ch", "c"),
        ("sh", "s"),
        ("g", "h"),
        ("j", "i"),
        ("y", "i"),
        ("w", "v"),
        ("x", "ks"),
        ("'", ""),
    ):
        latin = latin.replace(old, new)
    # an h after a vowel and before a consonant or the end is not pronounced ("John" «Джон», "Sarah" «Сара»), so
    # Cyrillic spellings leave it out; dropped on both sides, it cannot tell two names apart
    latin = _SILENT_H.sub(r"\1", latin)
    # a double consonant tells two Cyrillic names apart ("Іванна"/"Івана", "Алла"/"Ала"); across scripts it is a
    # romanisation's choice ("Ilya"/"Ілля")
    return re.sub(r"(.)\1+" if consonants else r"([aeiou])\1+", r"\1", latin)


_GREEK_CH = re.compile(r"ch(?=[rl])")


def _greek_ch(word: str) -> tuple[str, ...]:
    """A Latin name with "ch" before r or l spells a Greek chi, written «Х» or «К» in Cyrillic ("Christina" is
    «Христина» in Ukrainian and «Кристина» in Russian, "Chloe" «Хлоя»): both readings, besides the word itself."""
    if is_cyrillic(word) or not _GREEK_CH.search(word):
        return (word,)
    return (word, _GREEK_CH.sub("kh", word), _GREEK_CH.sub("k", word))


def _name_lemmas(word: str, lang: Lang) -> frozenset[str]:
    folded = _fold(word)
    if not is_cyrillic(folded):
        return frozenset({folded})
    forms: set[str] = set()
    own = lemmatizer(lang) if lang in {each.code for each in of_script("cyrillic")} else None
    if isinstance(own, MorphLemmatizer):
        # A vocative in the letter's own language is the name it calls ("Ярославе" is Ярослав's in Ukrainian): the
        # other language's reading of the same letters (the Russian dative of «Ярослава») is no way to address her.
        called = {p.normal_form for p in own.parses(folded) if "voct" in p.tag and "Name" in p.tag}
        if called:
            return frozenset({folded} | {_fold(f) for f in called})
    # A lemma that is no name is another reading of the word ("Іван" read as the verb "івати", "Іванна" as the
    # adjective "іванный"): sharing one would make two names one.
    for each in of_script("cyrillic"):
        forms |= {f for f in lemmatizer(each.code).lemmas(folded) if name_tags(f.capitalize(), each.code)}
    return frozenset({folded} | {_fold(f) for f in forms})


def same_name(a: str, b: str, lang: Lang, *, short_forms: bool = True) -> bool:
    """Whether two written names are the same name, whatever case or form they are in.

    "Олено" = "Олена", "Ивана" = "Иван", "Zoë" = "zoe", "Anne-Marie" = "Anne", and across scripts "Olena" =
    "Олена", "Olga" = "Ольга", "Andrii" = "Андрію". Everyday short forms listed in the `name_variants` lexicons
    match their full form ("Екатерина" = "Катя", "Katherine" = "Kate"); other nicknames are out of scope. With
    `short_forms=False`, `a` may be the full form of `b`'s short one but not a short form of it: a greeting
    "Катя" to a customer known only as "Екатерина", or "Kate" to "Katherine", uses a nickname she never used.
    That is how greeting-name compares (`uses_name`), as its page says: "Kate" for Katherine is the wrong name,
    "Katherine" for a customer who signs "Kate" is fine. A first name in its own nominative («Александра», in a
    greeting or as the customer gives it) is that name only, not also the genitive of another («Александр»): a
    name is greeted in the nominative or the vocative, never in the genitive.
    """
    fa, fb = _fold(a.strip(".")), _fold(b.strip("."))
    if len(fa) < 2 or len(fb) < 2:
        return False
    if fa == fb:
        return True
    pieces_a, pieces_b = fa.split("-"), fb.split("-")
    if len(pieces_a) > 1 or len(pieces_b) > 1:
        return any(same_name(x, y, lang, short_forms=short_forms) for x in pieces_a for y in pieces_b)
    lemmas_a, lemmas_b = _listed(fa, lang), _listed(fb, lang)
    if lemmas_a & lemmas_b or _unlisted_form(a, b, lang) or _unlisted_form(b, a, lang):
        return True
    # Across scripts ("Olena"/"Олена"), and between the Russian and Ukrainian spelling of one name ("Ирина"/
    # "Ірино", "Наталья"/"Наталія"), the loose Latin spelling decides; only ever to accept a match.
    across = not (is_cyrillic(fa) and is_cyrillic(fb))
    skeletons_a = {_skeleton(v, consonants=across) for x in lemmas_a if len(x) >= _MIN_SKELETON for v in _greek_ch(x)}
    skeletons_b = {_skeleton(v, consonants=across) for x in lemmas_b if len(x) >= _MIN_SKELETON for v in _greek_ch(x)}
    if skeletons_a & skeletons_b or (across and _across_forms(fa, fb, lemmas_a, lemmas_b, lang)):
        return True
    # Listed variants, in any script: "Oleksandr" (a Latin spelling of Олександр) is Александр too.
    keys_a, keys_b = lemmas_a | skeletons_a, lemmas_b | skeletons_b
    return any(
        group & keys_a and group & keys_b and (short_forms or full & keys_a) for group, full in _variant_groups()
    )


@lru_cache(maxsize=1024)
def _as_given(folded: str, lang: Lang) -> frozenset[str]:
    """A Cyrillic first name written in its own nominative, as a customer gives it, read as itself only (empty if
    it is no such name, or also a vocative): «Александра» is also the genitive of «Александр», a reading a name in a
    greeting, a header or a signature never has."""
    if not is_cyrillic(folded):
        return frozenset()
    parses = [
        p
        for each in of_script("cyrillic")
        if isinstance(morph := lemmatizer(each.code), MorphLemmatizer)
        for p in morph.parses(folded)
    ]
    if any("voct" in p.tag and "Name" in p.tag for p in parses):
        # «Валентино» is a man's name and the vocative of «Валентина»: a greeting means the latter. Only a name's
        # vocative counts: the Ukrainian dictionary reads the Russian «Евгения» as the vocative of an adjective.
        return frozenset()
    if any(
        "Name" in p.tag and "nomn" in p.tag and _fold(p.normal_form) == folded and _in_dictionary(p) for p in parses
    ):
        return frozenset({folded})
    return frozenset()


def _in_dictionary(parse: Any) -> bool:
    """Whether pymorphy3 read the word from its dictionary, not guessed it from its ending (Russian guesses
    «Олександро», a Ukrainian vocative, to be a man's name in the nominative)."""
    stack: tuple[tuple[Any, ...], ...] = tuple(getattr(parse, "methods_stack", ()))
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


_CYRILLIC_ENDING = frozenset("аяоеєиіїуюйь")
"""Letters a Russian or Ukrainian first name ends in or changes to as it declines ("Ілля" > "Ілле", "Олена" >
"Олено", "Сергій" > "Сергію")."""


_MIN_NAME_STEM = 3
"""A stem shorter than this ("Ян"/"Яна") is too little of a name to match an unknown spelling on."""


def _unlisted_form(word: str, name: str, lang: Lang) -> bool:
    """Whether `word`, a Cyrillic word no dictionary knows as a name, is an inflection or spelling of `name` that
    the dictionaries miss ("Іллє", an unusual vocative of "Ілля").

    The dictionaries decline the names they know, so only a word they do not tag as a name is compared by stem:
    one final vowel, "й" or "ь" dropped from each, the rest equal. A form they do know keeps its own lemma, so
    "Іванна" is not "Іван", "Ольга" not "Олег", "Олександре" not "Олександра" (each a name of its own).
    """
    if not (is_cyrillic(word) and is_cyrillic(name)) or name_tags(word, lang):
        return False
    stem_word, stem_name = _name_stem(_fold(word)), _name_stem(_fold(name))
    return len(stem_name) >= _MIN_NAME_STEM and stem_word == stem_name


_MIN_SKELETON = 4
"""Two Cyrillic spellings of one name ("Ирина"/"Ірина") are compared loosely only from this length: in a short
name the vowels the loose spelling merges are most of what tells two names apart."""

_SHORT_NAME = 3
"""Across scripts a three-letter name is compared with another of three letters ("Tom"/«Том», "Lev"/«Лев»): it is
the romanisation, not the name, that differs. Only with its own length: the loose spelling shortens longer names
("Oleg" drops its h to "ole", as «Оле» reads)."""


def _across_forms(fa: str, fb: str, lemmas_a: frozenset[str], lemmas_b: frozenset[str], lang: Lang) -> bool:
    """Whether one of two names in different scripts is a form of the other the loose spelling alone misses: a
    Cyrillic inflection no dictionary knows ("Іоне" for "Ion"), a name of three letters (`_SHORT_NAME`), or a Latin
    spelling of the Cyrillic name's vocative ("Dear Oleno" to Олена, as an agent who writes Ukrainian addresses her
    in English)."""
    if _unlisted_across(fa, fb, lang) or _unlisted_across(fb, fa, lang):
        return True
    short_a = {_skeleton(x) for x in lemmas_a if len(x) == _SHORT_NAME}
    if short_a & {_skeleton(x) for x in lemmas_b if len(x) == _SHORT_NAME}:
        return True
    latin, names = (fa, lemmas_b) if is_cyrillic(fb) else (fb, lemmas_a)
    return _skeleton(latin) in {_vocative_skeleton(name) for name in names}


@lru_cache(maxsize=1024)
def _vocative_skeleton(name: str) -> str:
    """The loose Latin spelling of a Cyrillic name's Ukrainian vocative ("олена" > "Олено" > "oleno"), or "" when
    the dictionary gives it none. Only Ukrainian keeps a vocative in its dictionary; a Russian reply never writes
    a Latin vocative."""
    called = vocative(name.capitalize(), "uk")
    return _skeleton(called) if called.casefold() != name.casefold() else ""


def _unlisted_across(word: str, latin: str, lang: Lang) -> bool:
    """Whether `word`, a Cyrillic form no dictionary knows as a name, declines the Latin name `latin` ("Іоне" is
    the vocative of "Ion"): the stem against the loose Latin spelling, as `_unlisted_form` compares two Cyrillic
    spellings. Short names are let in here ("Ion") because the whole stem must match, not a prefix."""
    if not is_cyrillic(word) or is_cyrillic(latin) or name_tags(word.capitalize(), lang):
        return False
    stem = _name_stem(word)
    return len(stem) >= _MIN_NAME_STEM and _skeleton(stem) == _skeleton(latin)


def _name_stem(folded: str) -> str:
    return folded[:-1] if folded[-1:] in _CYRILLIC_ENDING else folded


@cache
def _variant_groups() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Full and short forms of first names (`name_variants` lexicons) as sets of folded forms, lemmas and their
    Latin skeletons (so a transliterated spelling finds its group), each with the full form's own keys (the
    first word of its line)."""
    groups = []
    # Every language's lists whatever the reply's: an English reply may greet "Олена", a Russian one "Kate".
    for each in LANGUAGES:
        # perf: read as text; a Lexicon would build each language's spaCy pipeline just to list the lines
        for line in shared_entries("name_variants", each):
            words = [w for w in line.split() if w != "="]
            forms: set[str] = set()
            # the lists write names in their nominative: «александра» is that name, not also «александр»'s genitive
            for word in words:
                forms |= _listed(word, each)
            # "олена = елена": spellings of one full name; otherwise the first word is the full form
            full_words = words if "=" in line.split() else words[:1]
            full = {lem for word in full_words for lem in _listed(word, each)}
            full |= {_skeleton(f) for f in full if len(f) >= 4}
            forms |= {_skeleton(f) for f in forms if len(f) >= 4}
            groups.append((frozenset(forms), frozenset(full)))
    return tuple(groups)


def _listed(word: str, lang: Lang) -> frozenset[str]:
    return _as_given(_fold(word), lang) or _name_lemmas(word, lang)


def person_name(raw: str, lang: Lang, *, trusted: bool = False) -> tuple[tuple[str, ...], str | None] | None:
    """The words of `raw` if it reads as a personal name, and a title written before them; else None.

    Addresses, digits, "Customer", company words ("Ltd", "ООО", "Support") and more than four name words rule a
    string out. Unless `trusted` (the caller's own fact, or a line right after "Thanks,"), a Cyrillic name must
    have a word pymorphy3 knows as a first name, surname or patronymic, since an untrusted display name is as
    likely to be a shop ("Ромашка") as a person. "Last, First" is read as "First Last".

    perf: one lint asks about the same display name more than once (the original's From is the reply's To), and
    the answer depends only on the string and the read-only word lists and dictionaries: the last answers are
    kept (immutable tuples).
    """
    return _person_name(raw, lang, trusted)


@lru_cache(maxsize=256)
def _person_name(raw: str, lang: Lang, trusted: bool) -> tuple[tuple[str, ...], str | None] | None:
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
        if not word or word.casefold() in CONNECTORS:
            continue
        if in_words(word, "honorifics", lang) and not parts:
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
    if any(in_words(p, "non_person_names", lang) or in_lingua_franca(p, "non_person_names") for p in parts):
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
        if any(is_cyrillic(p) for p in parts) and not any(name_tags(p, lang) for p in parts):
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
    return known_names(ctx).all()


def known_names(ctx: RuleContext) -> Names:
    """The customer's names as `customer_names` lists them, each source read only when a caller gets that far
    (one object per reply)."""
    return ctx.memo(Names)


class Names:
    """Every name the customer is known by, most trustworthy first, each source read when it is first needed.

    Sources, in order: the caller's `customer_name` fact; the display name in the original's From; the display
    name in the reply's To; the name the customer signed the original with ("Thanks,\\nAnna", or "Ольга" alone
    on the last line). A source that does not read as a personal name is skipped, and so is a name whose words
    an earlier source already gave. Several are listed because they may all be right: From says "Katherine
    Moore", she signs "Kate", and a greeting with either is fine.

    perf: reading the signature means a closing-phrase look-up per line of the original's end; a greeting that
    uses the From name (or a caller that wants only the first name) stops before it. The context is held weakly:
    it keeps this object in its memo, and a cycle would leave every reply's analyses to the cyclic garbage
    collector.
    """

    __slots__ = ("_ctx", "_found", "_read")

    def __init__(self, ctx: RuleContext) -> None:
        self._ctx = weakref.ref(ctx)
        self._found: list[NameInfo] = []
        self._read = 0

    def _next(self) -> bool:
        """Read sources until one adds a name; whether one did. A source that fails is read again next time."""
        ctx = self._ctx()
        found = self._found
        while ctx is not None and self._read < len(_SOURCES):
            info = _SOURCES[self._read](ctx)
            self._read += 1
            if info is not None and not any(info.parts == f.parts for f in found):
                found.append(info)
                return True
        return False

    def __iter__(self) -> Iterator[NameInfo]:
        k = 0
        while k < len(self._found) or self._next():
            yield self._found[k]
            k += 1

    def first(self) -> NameInfo | None:
        """The name from the most trustworthy source that has one, or None."""
        return next(iter(self), None)

    def all(self) -> tuple[NameInfo, ...]:
        while self._next():
            pass
        return tuple(self._found)


def _from_fact(ctx: RuleContext) -> NameInfo | None:
    fact = (ctx.facts.customer_name or "").strip()
    if not fact:
        return None
    # the caller's own record may be all lower case ("anna lee"); it is still a name
    return _name_info(fact.title() if fact.islower() else fact, "context", ctx.language, trusted=True)


def _from_header(ctx: RuleContext) -> NameInfo | None:
    orig = ctx.original
    if orig is None or orig.headers is None or not orig.headers.from_:
        return None
    return _name_info(orig.headers.from_[0].name, "from", ctx.original_language or ctx.language, trusted=False)


def _to_header(ctx: RuleContext) -> NameInfo | None:
    if ctx.reply.headers is None or not ctx.reply.headers.to:
        return None
    return _name_info(ctx.reply.headers.to[0].name, "to", ctx.language, trusted=False)


def customer_name(ctx: RuleContext) -> NameInfo | None:
    """The customer's name from the most trustworthy source that has one (see `customer_names`), or None."""
    return known_names(ctx).first()


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


_SOURCES: tuple[Callable[[RuleContext], NameInfo | None], ...] = (_from_fact, _from_header, _to_header, signed_name)
"""Where `Names` reads the customer's names, most trustworthy first."""


_CLOSE_QUOTES = "»\"”’'"
"""Quotation marks that may close a line after its sentence's final stop."""


def _signed_name_in(block: str, lang: Lang, analysis: Analysis | None = None) -> NameInfo | None:
    # perf: imported here, so the splitter's patterns compile on first use, not at start-up
    from replylint.parsing.split import MOBILE_FOOTER_CHARS, is_mobile_footer

    lines = text_lines(block)
    # a mobile footer under the name ("Юля\nОтправлено с iPhone") signs nothing: the name is the line above it
    while lines and len(lines[-1].text) <= MOBILE_FOOTER_CHARS and is_mobile_footer(lines[-1].text.strip()):
        lines = lines[:-1]
    lines = lines[-5:]
    if not lines:
        return None
    if analysis is None or analysis.lang != lang or analysis.text != block:
        analysis = analyse_snippet(block, lang)
    # A closing line near the end: the name is on it after a comma or dash, or on the line right under it (a
    # job title, company or phone number may follow the name).
    opening = text_lines(block)[0].start
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        closing = phrase_at("closings", lang, analysis, line.start, line.end)
        if closing is None:
            continue
        if line.start == opening and phrase_at("greetings", lang, analysis, line.start, line.end):
            break  # "Добрий день!" over a short letter greets; read as "Have a good day," it would sign nothing
        rest = block[closing.end : line.end]
        same_line = rest.strip(SEPARATORS)
        if not same_line and i + 1 == len(lines):
            return None  # the letter ends on its closing ("Thanks"): signed with no name, not by a "Thanks"
        if same_line and rest.lstrip()[:1] in ",—–-":
            # "Thanks, Anna" but not "Thanks, done": a name on the closing line is written with a capital
            return _name_info(same_line, "signature", lang, trusted=True) if same_line[:1].isupper() else None
        if (not rest.strip(SEPARATORS) or line.text.endswith(",")) and i + 1 < len(lines):
            return _name_info(lines[i + 1].text, "signature", lang, trusted=True)
    # Otherwise a name alone on the last line, after a blank line or a finished sentence ("...yet?\n\nTomasz").
    last = lines[-1]
    prev = lines[-2] if len(lines) > 1 else None
    between = block[prev.end : last.start].replace("\r", "") if prev is not None else ""
    # a sentence may finish inside its closing quote ("Надпись: «С днём рождения, мама!»\nКатя")
    standalone = (
        prev is None or PARAGRAPH_BREAK.search(between) is not None or prev.text.rstrip(_CLOSE_QUOTES)[-1:] in ".?!)"
    )
    if standalone and not phrase_at("greetings", lang, analysis, last.start, last.end):
        return _name_info(last.text.rstrip("."), "signature", lang, trusted=False)
    return None


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
