"""Morphology from pymorphy3 tags, shared by the Russian and Ukrainian packs.

The rules used to ask pymorphy3 themselves (tags, scores, `inflect`); the questions they asked live here, each
answer kept per word, so a rule asks `analysis.morphology.imperative(word)` whatever the analyser behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from replylint.languages import Lemmatizer, Morphology
from replylint.nlp import MorphLemmatizer, remember

_LIKELY = 0.05
"""Parses scored below this are ignored where every reading must agree ("мой" is my, rarely wash!)."""


def _grammemes(parse: Any) -> frozenset[str]:
    """A parse's grammemes as plain strings: the uk tag set rejects membership tests for ru-only grammemes."""
    return frozenset(str(g) for g in parse.tag.grammemes)


def _tag(parse: Any) -> str:
    return str(getattr(parse, "tag", ""))


def _pos(parse: Any) -> str:
    """The part of speech, the tag's first grammeme ("VERB" of "VERB,impf sing,2per,impr")."""
    return _tag(parse).split(",", 1)[0].split(" ", 1)[0]


_VERB_FORMS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
"""Parts of speech that are forms of a verb: a reading as one of them does not make an imperative doubtful."""


_COMMITMENT = frozenset({"VERB", "perf", "1per", "futr"})
"""The grammemes of a first-person perfective future («упакуем», «додамо»): a deed the writer binds themself to."""


def _as_likely_as_first(parses: list[Any], reading: Callable[[Any], bool]) -> bool:
    """Whether a reading `reading` accepts scores as high as pymorphy3's first one (it may be the first): the ties
    the imperative and past-tense questions each settle their own way."""
    top = getattr(parses[0], "score", 1.0)
    return any(reading(p) and getattr(p, "score", 0.0) >= top for p in parses)


def _past_verb_tied(parses: list[Any]) -> bool:
    """A past verb as likely as the first reading: «нашли» is "found" as often as the imperative of «наслать» to
    pymorphy3, and a reply tells what was found far more often than it bids anything sent down. Only where the
    dictionary weighs its readings (Russian); the Ukrainian one gives every reading 1.0, so a tie there says
    nothing («прибула» would be a verb as much as a noun)."""
    if getattr(parses[0], "score", 1.0) >= 1.0:
        return False
    return _as_likely_as_first(parses, lambda p: _pos(p) == "VERB" and "past" in _tag(p))


@dataclass(frozen=True)
class Forms:
    """The polite words a formal suggestion is built from, and the informal lemmas they replace."""

    informal_you: frozenset[str]
    """Lemmas of the informal pronoun ("ты", "ти")."""
    informal_your: frozenset[str]
    """Lemmas of the informal possessive ("твой", "твій")."""
    formal_you: str
    formal_your: str
    formal_you_fallback: str = "Вам"
    """The suggestion for an informal pronoun the analyser does not read as one (uk "тобі" parses as Toby)."""


class PymorphyMorphology(Morphology):
    """pymorphy3's answers for one language. `vocative_names`: whether names are addressed in the vocative."""

    names_by_grammeme = True
    tense_by_grammeme = True

    def __init__(self, lemmatizer: Lemmatizer, forms: Forms, *, vocative_names: bool = False) -> None:
        if not isinstance(lemmatizer, MorphLemmatizer):
            raise TypeError("PymorphyMorphology needs the pack's MorphLemmatizer")
        self._morph = lemmatizer
        self._forms = forms
        self._vocative_names = vocative_names
        # perf: one dict per question, made here; `setdefault(question, {})` built an empty dict on each of the
        # ~100 calls a reply makes
        self._imperative: dict[str, bool] = {}
        self._past: dict[str, bool] = {}
        self._commitment: dict[str, bool] = {}
        self._informal_verbs: dict[str, Literal["impr", "2sg"] | None] = {}
        self._formal_verbs: dict[str, bool] = {}

    def name_tags(self, word: str) -> frozenset[str]:
        return self._morph.name_tags(word)

    def imperative(self, word: str) -> bool:
        found = self._imperative.get(word)
        if found is not None:
            return found
        parses = self._morph.parses(word)
        if not parses:
            remember(self._imperative, word, False)
            return False
        first = _tag(parses[0])
        # The most likely reading decides ("коли" is "when" before it is "stab!"); Russian "сообщите" reads
        # equally as future and imperative, and in a reply to a customer it is the imperative.
        tied = "2per" in first and "plur" in first and _as_likely_as_first(parses, lambda p: "impr" in _tag(p))
        # The Ukrainian dictionary scores every parse 1.0, so its first is only the first listed: "синій" (blue) is
        # listed as the imperative of "синіти" before the adjective. An imperative that reads as well, with as
        # good a score, as a word that is not a verb is not taken for an instruction (a first reading that is no
        # verb form is no imperative either, so it may count among the rivals).
        rival = _as_likely_as_first(parses, lambda p: _pos(p) not in _VERB_FORMS)
        answer = ("impr" in first and not rival) or tied
        remember(self._imperative, word, answer)
        return answer

    def past(self, word: str, lemmas: frozenset[str]) -> bool:
        found = self._past.get(word)
        if found is not None:
            return found
        if word.isascii():
            # perf: pymorphy3 reads no word without a Cyrillic letter as a verb (its tags for them are LATN, NUMB,
            # ROMN, UNKN, PNCT and, in Ukrainian, a fixed abbreviation): no tracking code needs parsing here
            return False
        parses = self._morph.parses(word)
        answer = bool(parses) and ("past" in _tag(parses[0]) or _past_verb_tied(parses))
        remember(self._past, word, answer)
        return answer

    def present_or_future(self, word: str) -> bool:
        parses = self._morph.parses(word)
        return bool(parses) and any(g in _tag(parses[0]) for g in ("futr", "pres"))

    def counted(self, word: str) -> bool:
        if word.isascii():
            return False  # perf: as in `past`, pymorphy3 reads no word without a Cyrillic letter as a noun's case
        parses = self._morph.parses(word)
        return bool(parses) and {"gent", "plur"} <= _grammemes(parses[0]) and _pos(parses[0]) in ("NOUN", "NUMR")

    def commitment(self, word: str) -> bool:
        if word.isascii():
            return False  # perf: as in `past`, no word without a Cyrillic letter is a verb to pymorphy3
        found = self._commitment.get(word)
        if found is not None:
            return found
        # any reading: «положим» is first read as the parenthetic "let's say", and a promise as well
        answer = any(_COMMITMENT.issubset(_grammemes(p)) for p in self._morph.parses(word))
        remember(self._commitment, word, answer)
        return answer

    def informal_verb(self, word: str) -> Literal["impr", "2sg"] | None:
        """Every plausible parse must agree, so "мой" (my / wash!) and "три" (three / rub!) are not read as
        verbs. Russian pymorphy3 scores parses, so very unlikely ones are ignored; the Ukrainian dictionary scores
        all 1.0."""
        memo = self._informal_verbs
        if word in memo:
            return memo[word]
        answer = self._informal_verb(word)
        remember(memo, word, answer)
        return answer

    def _informal_verb(self, word: str) -> Literal["impr", "2sg"] | None:
        parses = [p for p in self._morph.parses(word) if p.score >= _LIKELY]
        if not parses:
            return None
        kinds: set[Literal["impr", "2sg"]] = set()
        for p in parses:
            tag = _grammemes(p)
            if "VERB" not in tag or "sing" not in tag or {"Name", "Surn", "Patr", "Abbr"} & tag:
                return None
            if "impr" in tag and "incl" not in tag:
                kinds.add("impr")
            elif "2per" in tag:
                kinds.add("2sg")
            else:
                return None
        return kinds.pop() if len(kinds) == 1 else None

    def imperative_or_noun(self, word: str) -> bool:
        if not self.known_word(word):
            return False  # a guess from the ending alone, as in `_informal_verb`
        tags = [_grammemes(p) for p in self._morph.parses(word) if p.score >= _LIKELY]
        verbs = [t for t in tags if "VERB" in t]
        return (
            bool(verbs)
            and all({"sing", "impr"} <= t and "incl" not in t for t in verbs)
            and all("VERB" in t or ("NOUN" in t and not {"Name", "Surn", "Patr", "Abbr"} & t) for t in tags)
        )

    def role_noun(self, word: str) -> bool:
        parses = [p for p in self._morph.parses(word) if p.score >= _LIKELY]
        return bool(parses) and all(
            {"NOUN", "nomn"} <= _grammemes(p) and not {"Name", "Surn", "Patr", "Abbr"} & _grammemes(p) for p in parses
        )

    def kind_noun(self, word: str) -> bool:
        tags = [_grammemes(p) for p in self._morph.parses(word) if p.score >= _LIKELY]
        return any({"NOUN", "nomn"} <= t and not {"Name", "Surn", "Patr", "Abbr"} & t for t in tags) and not any(
            "VERB" in t or "INFN" in t or "PREP" in t for t in tags
        )

    def genitive_noun(self, word: str) -> bool:
        tags = [_grammemes(p) for p in self._morph.parses(word) if p.score >= _LIKELY]
        return any({"NOUN", "gent"} <= t and not {"Name", "Surn", "Patr", "Abbr"} & t for t in tags) and not any(
            "VERB" in t or "INFN" in t or "PREP" in t for t in tags
        )

    def formal_verb(self, word: str) -> bool:
        memo = self._formal_verbs
        found = memo.get(word)
        if found is None:
            likely = [_grammemes(p) for p in self._morph.parses(word) if p.score >= _LIKELY]
            found = bool(likely) and all(
                "VERB" in g and "plur" in g and ("2per" in g or ("impr" in g and "incl" not in g)) for g in likely
            )
            remember(memo, word, found)
        return bool(found)

    def formal_form(self, word: str, lemma: str) -> str | None:
        forms = self._forms
        parses = self._morph.parses(word)
        if not parses:
            return None
        source = next((p for p in parses if p.normal_form == lemma), None)
        if source is None:
            if lemma not in forms.informal_you:
                return None
            return forms.formal_you_fallback
        target_word = forms.formal_you if lemma in forms.informal_you else None
        if lemma in forms.informal_your:
            target_word = forms.formal_your
        if target_word is None:
            inflected = source.inflect({"plur"})
            if inflected is None:
                return None
            plural: str = inflected.word
            return plural[:1].upper() + plural[1:] if word[:1].isupper() else plural
        grammemes = {g for g in (source.tag.case, source.tag.number, source.tag.gender) if g}
        if lemma in forms.informal_you:
            grammemes.discard("sing")
            grammemes.add("plur")
        for target in self._morph.parses(target_word):
            inflected = target.inflect(grammemes - {"gent"} if "accs" in grammemes else grammemes)
            if inflected is not None:
                word_form: str = inflected.word
                return word_form[:1].upper() + word_form[1:]
        return None

    def vocative(self, name: str) -> str:
        if not self._vocative_names or not any("\u0400" <= ch <= "\u04ff" for ch in name):
            return name
        for parse in self._morph.parses(name):
            tag = parse.tag
            if "Name" in tag and "nomn" in tag:
                try:
                    inflected = parse.inflect({"voct"})
                except ValueError:
                    return name
                if inflected is not None:
                    word: str = inflected.word
                    return word[:1].upper() + word[1:]
        return name

    def known_word(self, word: str) -> bool:
        return any(getattr(p, "is_known", False) for p in self._morph.parses(word))
