"""The phrase lists the mail structure is found with, and the small helpers every part of it uses.

The lists are the built-in rules' shared lexicons (`<name>.<lang>.txt`); Russian and Ukrainian replies borrow each
other's formulas (see `_langs`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from replylint.languages import LINGUA_FRANCA, pack
from replylint.lexicon import SHARED, Lexicon, Match, lexicon_entries
from replylint.model import LANGUAGES, Lang
from replylint.nlp import Analysis, lemmatizer, on_renewal, pipeline

LEXICONS = Path(str(resources.files("replylint_rules"))) / "lexicons"
"""The lexicon root of the built-in rules (`<rule-id>/` and `shared/` folders of `<name>.<lang>.txt` files): the
mail structure reads the shared ones, and the rules that read them through it declare them in their `lexicons`."""


@dataclass(frozen=True, slots=True)
class Word:
    """A piece of text and where it is (`start`/`end` index the text it was found in)."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=256)
def mail_lexicon(name: str, lang: Lang, *, with_english: bool = False) -> Lexicon:
    """The `name` phrase list for `lang`, with the related language's phrases merged in (see `_langs`).

    perf: the borrowed phrases are compiled with `lang`'s own pipeline, so a Russian reply never builds the
    Ukrainian or English pipeline (each costs ~0.2 s of tokenizer set-up and a dictionary load at cold start).
    Forms match exactly, and inflected ones wherever `lang`'s analyser reads them alike.
    """
    also = LINGUA_FRANCA if with_english and LINGUA_FRANCA in LANGUAGES and lang != LINGUA_FRANCA else None
    langs = _langs(lang) + ((also,) if also else ())
    phrases = [entry for each in langs for entry in shared_entries(name, each)]
    return Lexicon(f"{name}.{lang}", phrases, pipeline(lang))


def shared_entries(name: str, lang: Lang) -> tuple[str, ...]:
    """A shared lexicon's lines (`lexicons/shared/<name>.<lang>.txt`), through the one lexicon loader."""
    return lexicon_entries(LEXICONS, SHARED, name, lang)


@lru_cache(maxsize=64)
def word_list(name: str, lang: Lang) -> frozenset[str]:
    """A one-word-per-line lexicon (with the related language's words) as a set of lower-case forms.

    Read straight from the files: membership tests need no tokenizer, so none is built for them.
    """
    words = {entry.strip('"').casefold() for each in _langs(lang) for entry in shared_entries(name, each)}
    return frozenset(words - {""})


def _langs(lang: Lang) -> tuple[Lang, ...]:
    """Russian and Ukrainian replies borrow each other's formulas, and language detection confuses them on short
    texts, so phrase lookups for one also try the other."""
    return (lang, *pack(lang).related)


def in_lingua_franca(word: str, name: str) -> bool:
    """Whether `word` is in the lingua franca's list `name` too: "Support" signs Russian replies as well."""
    return LINGUA_FRANCA in LANGUAGES and in_words(word, name, LINGUA_FRANCA)


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def in_words(word: str, name: str, lang: Lang) -> bool:
    """Whether `word` (any inflected form) is listed in the one-word lexicon `name`."""
    low = word.casefold().rstrip(".")
    forms = word_list(name, lang)
    return low in forms or bool(lemmatizer(lang).lemmas(low) & forms)


def informal_greeting(phrase: str, lang: Lang) -> bool:
    """Whether a greeting phrase is one for friends ("Привіт", "hey"): never kept in a suggested greeting."""
    return phrase.strip(" ,!").casefold() in _informal_greetings(lang)


@cache
def _informal_greetings(lang: Lang) -> frozenset[str]:
    return frozenset(entry.casefold() for entry in shared_entries("informal_greetings", lang))


def phrase_at(
    name: str, lang: Lang, analysis: Analysis, start: int, end: int, *, with_english: bool = False
) -> Match | None:
    """A phrase of lexicon `name` that begins exactly at `start` and ends before `end`."""
    return mail_lexicon(name, lang, with_english=with_english).at(analysis, start, end)


def skip_blanks(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] in " \t":
        pos += 1
    return pos


def analyse_snippet(text: str, lang: Lang) -> Analysis:
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
