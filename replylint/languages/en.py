"""English: spaCy's English tokenizer, spacy-lookups-data's lemma table, no morphological analyser."""

from __future__ import annotations

import gzip
import json
from functools import cached_property
from importlib import resources

from replylint.languages import Grammar, LanguagePack, Lemmatizer, Morphology, Phrases
from replylint.nlp import LookupLemmatizer

_APOS = "['’ʼ]"
NUMBERS = (
    r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred|"
    r"thirty|forty[- ]eight|seventy[- ]two|a\s+few|a\s+couple\s+of|a\s+couple|several|a\s+day\s+or|"
    r"one\s+or|two\s+or|three\s+or|four\s+or|five\s+or|"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half"
)
RANGE_JOIN = r"\s*(?:-|–|—|to|or)\s*"
UNITS = (
    r"(?:(?:working|business|calendar|banking|more)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"weekdays?)"
)
DURATION_LEAD = r"(?:in|within|after|over\s+the\s+next|for\s+the\s+next|in\s+the\s+next)"
WEEKDAYS = r"(?:mon|tues?|wednes|thurs|fri|satur|sun)days?"
MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
)
MONTH_LEAD = (
    r"(?:in|by|until|till|from|since|before|after|early|mid|late|end\s+of|beginning\s+of|start\s+of|"
    r"middle\s+of|the\s+end\s+of|(?:the\s+)?(?:first|second|last|final)\s+(?:half|week|fortnight)\s+of)"
)
RELATIVE = (
    r"(?:today|tonight|tomorrow|the\s+day\s+after\s+tomorrow|"
    r"this\s+(?:morning|afternoon|evening|week|weekend|month)|"
    r"(?:next|this|the\s+following|the\s+coming|coming|early\s+next|later\s+this|end\s+of\s+next)\s+"
    r"(?:week|weekend|month|" + WEEKDAYS + r")|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|today|tomorrow)?(?:day|week|month|today|tomorrow|business)?|"
    r"close\s+of\s+business|eod|cob|noon|midday|midnight|same\s+day|the\s+same\s+day|next\s+working\s+day|"
    r"(?:at|on|over)\s+(?:the\s+)?weekends?|weekdays|"
    r"next\s+business\s+day)"
)
PAST = (
    r"(?:yesterday|the\s+day\s+before\s+yesterday|last\s+(?:night|week|month|" + WEEKDAYS + r")|"
    r"earlier\s+today|this\s+morning|(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+ago)"
)
ORDINAL = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
CLOCK_HOURS = r"\d{1,2}\s*o['’]?clock"
FROM_TO_HOURS = r"between\s+\d{1,2}\s+and\s+\d{1,2}"
CURRENCY = r"dollars?|pounds?|euros?|pence|p\b"

_IRREGULAR_PAST = frozenset(
    {
        # be, have, do, and the verbs a support reply tells what happened with
        "was", "were", "had", "did", "been",
        "arose", "ate", "awoke", "became", "began", "blew", "broke", "brought", "bought", "built", "burnt",
        "caught", "chose", "came", "crept", "dealt", "drew", "drank", "drove", "dug", "fed", "fell", "fought",
        "found", "fled", "flew", "forbade", "forgot", "forgave", "froze", "gave", "went", "got", "grew", "heard",
        "hid", "kept", "knew", "laid", "led", "left", "lent", "lost", "made", "meant", "met", "mislaid", "misled",
        "mistook", "misunderstood", "overtook", "paid", "ran", "rang", "rode", "said", "sang",
        "sank", "sat", "saw", "sent", "shook", "shone", "shot", "shrank", "slept", "slid", "sold", "sought",
        "spoke", "spent", "spun", "stood", "stole", "struck", "swam", "swore", "swept", "swung", "taught",
        "told", "thought", "threw", "took", "tore", "understood", "undertook", "woke", "wore", "won", "wrote",
        "withdrew",
    }
)  # fmt: skip
"""Simple past forms of common irregular verbs ("a machine broke down on Friday", "the parcel got lost", "it came
damaged"); regular ones end in "-ed". Left out are forms that are as often something else in a reply: the same as
the present ("put", "set", "cut", "read", "cost", "hit", "let", "shut"), nouns and adjectives first ("bit",
"felt", "rose", "ground", "wound", "lay", "bent", "lit", "held", "stuck": "held up at the depot" and "stuck in
customs" tell where a parcel is now). "been" is the participle of a perfect ("has been off sick this week"): what
happened up to now, not a plan."""


_STATE_AUXILIARIES = frozenset({"is", "are", "am", "'re", "’re", "'m", "’m", "be", "being", "remains", "remain"})
"""Words before which "-ed" may be a passive present or a plan ("is delayed until Friday", "will be moved to
Monday"), not the past. "was"/"were" are past themselves, and "has been" is a perfect (what happened up to now),
so neither is listed."""
_PLAN_PREPOSITIONS = frozenset({"until", "till", "til", "to", "for"})
"""What must follow such a form for it to point ahead: "is flooded since Monday" and "we're closed on Monday" tell
a state, not a plan."""


class EnglishMorphology(Morphology):
    """English marks little on the word: past tense by "-ed" or a listed irregular form, and a dictionary (spaCy's
    lookup data) for telling a shouted word from a brand."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self._lemmatizer = lemmatizer

    def past(self, word: str, lemmas: frozenset[str]) -> bool:
        return word in _IRREGULAR_PAST or (word.endswith("ed") and any(lem != word for lem in lemmas))

    def state_auxiliary(self, word: str) -> bool:
        return word in _STATE_AUXILIARIES

    def plan_preposition(self, word: str) -> bool:
        return word in _PLAN_PREPOSITIONS

    def known_word(self, word: str) -> bool:
        return word in self._words

    @cached_property
    def _words(self) -> frozenset[str]:
        """English words known to spaCy's data: the lemma lookup table (inflected forms and lemmas, already loaded
        by the lemmatizer), the WordNet lemma index (base forms) and the stop words (function words neither
        lists). It tells "PLEASE NOTE" (words) from "ASUS ROG" or "JBL" (names and codes, written in capitals)."""
        import spacy_lookups_data

        from replylint.nlp import import_spacy

        import_spacy()
        from spacy.lang.en.stop_words import STOP_WORDS

        words: set[str] = set(STOP_WORDS)
        table = self._lemmatizer.table if isinstance(self._lemmatizer, LookupLemmatizer) else {}
        words.update(table)
        words.update(table.values())
        data = resources.files(spacy_lookups_data).joinpath("data")
        with data.joinpath("en_lemma_index.json.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            index: dict[str, list[str]] = json.load(fh)
        for lemmas in index.values():
            words.update(lemmas)
        return frozenset(words)


PACK = LanguagePack(
    code="en",
    title="English",
    script="latin",
    spacy="en",
    lemmatizer=LookupLemmatizer,
    morphology=EnglishMorphology,
    langdetect="en",
    fallback=True,
    alphabet="abcdefghijklmnopqrstuvwxyz'",
    grammar=Grammar(
        closing_wish=(
            r"(?:wishing you|have an? |enjoy |happy |merry |season's greetings|get well|all the best|"
            r"best of luck)[^.?]{0,60}[!,.]?"
        ),
        numbers=NUMBERS,
        range_join=RANGE_JOIN,
        units=UNITS,
        duration_lead=DURATION_LEAD,
        weekdays=WEEKDAYS,
        months=MONTHS,
        month_lead=MONTH_LEAD,
        relative=RELATIVE,
        past=PAST,
        ordinal=ORDINAL,
        clock_hours=CLOCK_HOURS,
        from_to_hours=FROM_TO_HOURS,
        day=r"\d{1,2}(?:st|nd|rd|th)?",
        month_first=True,
        restrictive=frozenset({"only", "just"}),
        currency=CURRENCY,
        magnitude=r"thousand|million|billion",
        measures=r"inch|in\b",
    ),
    sample="Hello Anna,\n\nIt ships today.\n\nBest,\nTom",
    phrases=Phrases(
        greeting="Hello", greeting_format="{greeting} {name},", closing="Kind regards,", name_placeholder="<your name>"
    ),
)
