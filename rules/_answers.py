"""Shared machinery of the answer rules: time expressions, amounts, links, the customer's questions, coverage.

`unanswered-question`, `honest-unknown` and `delay-notice` all ask "does the reply say *when*?", and the first
also asks "does it name a price, a place, a yes or a no, or talk about the same thing?". The recognisers live
here so the three rules agree on what counts as a date.

Time expressions are a small grammar (numbers, ranges, case endings, "15-го", "9am") rather than a phrase list,
so they are regular expressions over the raw text; everything that is a list of words or phrases (question
words, topic synonyms, yes/no markers) is a lexicon file under `lexicons/`, matched by lemma.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replylint._first_chars import prefix_lookahead, with_first_chars
from replylint.languages import NEVER, installed, pack
from replylint.lexicon import Lexicon, Match
from replylint.model import Lang
from replylint.nlp import Analysis, numbered

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

LexiconSource = Callable[[str], Lexicon]
"""A lexicon by name, already bound to one language (`functools.partial(rule.lexicon, lang=...)`)."""


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised expression: character span in the searched text, what sort it is, and the text itself."""

    start: int
    end: int
    kind: str
    text: str


# --------------------------------------------------------------------------------------------------------------
# Time expressions
# --------------------------------------------------------------------------------------------------------------

_B = r"(?<![\w'’ʼ-])"  # start of a word (no letter, digit, apostrophe or hyphen before it)
_E = r"(?![\w'’ʼ])"  # end of a word

# The words of time expressions are each language pack's `Grammar` (replylint.languages); the patterns that
# combine them, and the numeric forms every language writes alike, are here.
_NUMERIC_DATE = with_first_chars(
    re.compile(
        r"(?<![\d.,/£$€₽₴#№-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/]|[.,]\d)"
    )
)
_ISO_DATE = with_first_chars(re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"))
_CLOCK = with_first_chars(
    re.compile(
        r"(?<![\d.,:£$€₽₴])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d%]|[.,]\d)"
        r"|(?<![\d.,£$€₽₴])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?![a-z])",
        re.IGNORECASE,
    )
)


@cache
def _not_a_date_after() -> re.Pattern[str]:
    """What, right after a number, makes it a quantity rather than a date or a clock time: a percent or currency
    sign, an ISO currency code, a unit symbol, inches, degrees, or any installed language's measure words."""
    words = "|".join(each.grammar.measures for each in installed().values() if each.grammar.measures)
    signs = r"%|[£$€₽₴]|uah|usd|eur|rub|gbp|cm|mm|kg|g\b|ml|\"|”|°|x\b"
    return re.compile(rf"\s*(?:{signs}|{words or NEVER})", re.IGNORECASE)


@cache
def _time_patterns(lang: Lang) -> list[tuple[str, re.Pattern[str]]]:
    """Compiled on first use per language (perf: ~35 ms each, and a pre-send hook lints one language)."""
    g = pack(lang).grammar
    num = rf"(?:{g.numbers})"
    num_range = rf"{num}(?:{g.range_join}{num})?"
    unit = g.units
    day = g.day
    month = g.months
    day_month = rf"{day}(?:\s*(?:-|–|—)\s*{day})?(?:\s+of)?\s+{month}(?:,?\s+\d{{4}})?"
    month_day = rf"{month}\s+{day}(?:,?\s+\d{{4}})?" if g.month_first else None
    patterns: list[tuple[str, str]] = [
        ("past", g.past),
        ("date", day_month),
        ("date", rf"{g.month_lead}\s+{month}"),
        ("weekday", g.weekdays),
        ("relative", g.relative),
        ("duration", rf"{g.duration_lead}\s+(?:(?:the\s+|a\s+)?{num_range}\s+)?{unit}"),
        ("duration", rf"{num_range}\s+{unit}"),
        ("length", rf"{g.length_lead}\s+{unit}"),
        ("date", g.ordinal),
        ("time", g.clock_hours),
        ("time", g.from_to_hours),
    ]
    if month_day:
        patterns.insert(1, ("date", month_day))
    return [(kind, with_first_chars(re.compile(_B + "(?:" + rx + ")" + _E, re.IGNORECASE))) for kind, rx in patterns]


def _valid_numeric_date(m: re.Match[str], text: str) -> bool:
    a, b = int(m.group("a")), int(m.group("b"))
    year = m.group("y")
    day_month = 1 <= a <= 31 and 1 <= b <= 12
    month_day = 1 <= a <= 12 and 1 <= b <= 31  # US order, 6/13
    if not (day_month or month_day):
        return False
    if year is None and len(m.group("b")) < 2:
        # "15.6 inch", "3/4 cup": a one-digit second part without a year is a decimal or a fraction.
        return False
    if year is None and m.group("sep") == "." and _CLOCK_LIKE.match(m.group(0)):
        return False  # "18.30" is a clock time, recognised as one below
    return not _not_a_date_after().match(text, m.end())


_CLOCK_LIKE = re.compile(r"(?:1[3-9]|2[0-3])\.[0-5]\d$")


def find_times(text: str, lang: Lang) -> list[Found]:
    """Dates, weekdays, relative days, durations and clock times in `text`, leftmost-longest, not overlapping.

    What counts is what a customer can plan with: "Thursday", "14.11", "через 3 дня", "до кінця дня", "18:00".
    "Soon", "shortly", "найближчим часом" and "as soon as possible" are deliberately not times.
    """
    found: list[Found] = []
    for m in _NUMERIC_DATE.finditer(text):
        if _valid_numeric_date(m, text):
            found.append(Found(m.start(), m.end(), "date", m.group(0)))
    for m in _ISO_DATE.finditer(text):
        found.append(Found(m.start(), m.end(), "date", m.group(0)))
    for m in _CLOCK.finditer(text):
        if not _not_a_date_after().match(text, m.end()) or m.group(0)[-1:].lower() == "m":
            found.append(Found(m.start(), m.end(), "time", m.group(0)))
    found += [_lasting(f) if f.kind == "length" else f for f in _time_words(text, lang)]
    return _leftmost_longest(found)


def _lasting(f: Found) -> Found:
    """ "занимает неделю": the unit after the one-word lead is the duration, the lead only showed it was one."""
    cut = len(f.text) - len(f.text.split(None, 1)[1])
    return Found(f.start + cut, f.end, "duration", f.text[cut:])


def _time_words(text: str, lang: Lang) -> list[Found]:
    """Every pattern of `_time_patterns`, each as its own `finditer` finds it, in the patterns' order.

    perf: the patterns were each run over the whole text, ten scans that each tried every position; they were
    the largest cost of the answer rules. `_time_gate` finds in one scan the positions where at least one
    pattern matches, and only there is each pattern tried, from where its own previous match ended: exactly the
    matches its `finditer` gives (a pattern's match must start where the gate matches, the gate being that
    word start followed by any of the patterns).
    """
    patterns = _time_patterns(lang)
    gate = _time_gate(lang)
    gated = None if gate is None else _gated(text, patterns, gate)
    if gated is not None:
        return gated
    return [Found(m.start(), m.end(), kind, m.group(0)) for kind, rx in patterns for m in rx.finditer(text)]


def _gated(text: str, patterns: list[tuple[str, re.Pattern[str]]], gate: re.Pattern[str]) -> list[Found] | None:
    """The patterns' matches tried only where `gate` matches; None if a pattern matched the empty string there
    (finditer's rule for empty matches is not reproduced, so the caller scans the plain way)."""
    per: list[list[Found]] = [[] for _ in patterns]
    resume = [0] * len(patterns)
    for g in gate.finditer(text):
        at = g.start()
        for k, (kind, rx) in enumerate(patterns):
            if at < resume[k]:
                continue
            m = rx.match(text, at)
            if m is not None:
                end = m.end()
                if end == at:
                    return None
                per[k].append(Found(at, end, kind, m.group(0)))
                resume[k] = end
    return [f for each in per for f in each]


@cache
def _time_gate(lang: Lang) -> re.Pattern[str] | None:
    """Word starts where some time pattern of `lang` matches, or None when the patterns cannot be joined into
    one (groups, whose numbers would shift, or differing flags): every pattern opens with the word start `_B`."""
    patterns = [rx for _, rx in _time_patterns(lang)]
    if not patterns or any(rx.groups or rx.flags != patterns[0].flags for rx in patterns):
        return None
    either = "|".join(f"(?:{rx.pattern})" for rx in patterns)
    try:
        # the first characters any of them can start with, as `with_first_chars` works them out, go in front
        joined = with_first_chars(re.compile(f"(?:{either})", patterns[0].flags)).pattern
        tail = f"(?:(?:{either}))"
        first = joined[: -len(tail)] if joined.endswith(tail) and joined.startswith("(?=[") else ""
        # then, at a word start, their possible first four characters (perf: the first letter alone let through
        # most word starts of a Russian text, and each was tried against every pattern)
        prefix = prefix_lookahead(re.compile(f"(?:{either})", patterns[0].flags)) or ""
        return re.compile(f"{first}{_B}{prefix}(?={either})", patterns[0].flags)
    except re.error:
        return None


@cache
def _restrictive() -> frozenset[str]:
    """Every installed language's "only" words: a restriction in one language before a time in another counts."""
    return frozenset(word for each in installed().values() for word in each.grammar.restrictive)


def plan_times(analysis: Analysis, lex: LexiconSource) -> list[Found]:
    """Times a customer can plan with, minus the deadlines of a sales offer.

    "Только сегодня скидка 20%" names a day, but it is the offer's day, not the order's: it neither answers
    "when will my order come?" nor gives a delayed order its new date. A time counts as an offer deadline when a
    restricting word ("только", "лише", "only") stands right before it and its sentence is about buying.
    """
    text = analysis.text
    out = []
    for t in times_in(analysis):
        before = text[max(0, t.start - 12) : t.start].split()
        if before and before[-1].casefold().strip('«"(') in _restrictive():
            sent = sentence_at(analysis, t.start)
            if sent is not None and lex("sales_terms").search(analysis, sent.start_char, sent.end_char):
                continue
        out.append(t)
    return out


def times_in(analysis: Analysis) -> list[Found]:
    """`find_times` of the whole analysed text, found once per analysis (do not modify the list).

    perf: a realistic lint asked for the times of the same reply about four times (unanswered-question and
    delay-notice through `plan_times`, honest-unknown through `offers_after`, unanswered-question for its names),
    and the time patterns were the largest single cost of a lint after the lexicons.
    """
    return analysis.memo(_found_in_text, find_times)[0]


def _leftmost_longest(found: Iterable[Found]) -> list[Found]:
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


# --------------------------------------------------------------------------------------------------------------
# Amounts, links and contacts
# --------------------------------------------------------------------------------------------------------------

_AMOUNT = r"\d+(?:[\s\u00a0\u202f,.]\d+)*"
"""Digit groups with one separator between them ("1 190", "4,590.50"): a run of numbers is one amount from its
first digit, and a start inside it is refused (`_money`), so no run is scanned from each of its digits again."""


@cache
def _money() -> re.Pattern[str]:
    """Amounts with a currency symbol, ISO code or any installed language's currency words (a magnitude word may
    stand between: «45 тыс. рублей»), and percentages."""
    grammars = [each.grammar for each in installed().values()]
    words = "|".join(g.currency for g in grammars if g.currency)
    currency = rf"(?:[£$€₽₴]|uah|usd|eur|rub|gbp|pln|{words})" if words else r"(?:[£$€₽₴]|uah|usd|eur|rub|gbp|pln)"
    # one alternative per word: Russian and Ukrainian both list «млн», «млрд»
    magnitudes = "|".join(dict.fromkeys(word for g in grammars if g.magnitude for word in g.magnitude.split("|")))
    times = rf"(?:(?:{magnitudes})\s?)?" if magnitudes else ""
    # a number starts only where no number runs on into it: from every digit of "1 1 1 1 ..." the run to its end
    # was tried again (quadratic: 8,000 characters took 7 s, "1, 1, ..." at 60,000 characters 97 s)
    return re.compile(
        rf"(?:[£$€₽₴]\s?(?:{_AMOUNT}))|(?<![\w.])(?<!\d[\s\u00a0\u202f,.])(?:{_AMOUNT})\s?{times}{currency}(?![\w])"
        rf"|(?<![\w.])\d{{1,3}}(?:[.,]\d+)?\s?%",
        re.IGNORECASE,
    )


URL = re.compile(
    r"\bhttps?://[^\s<>()\"']+|\bwww\.[^\s<>()\"']+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ua|ru|uk|"
    r"example|shop|info|io)/[^\s<>()\"']*",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\s\u00a0()-]*\d){6,14}(?![\w])")


def find_money(text: str) -> list[Found]:
    """Amounts with a currency ("£89.99", "1 190 грн", "4 590 рублей") and percentages ("15%")."""
    return [Found(m.start(), m.end(), "money", m.group(0)) for m in _money().finditer(text)]


def find_links(text: str) -> list[Found]:
    """URLs, e-mail addresses and phone numbers: places a customer can go to or call."""
    found = [Found(m.start(), m.end(), "url", m.group(0).rstrip(".,;:")) for m in URL.finditer(text)]
    found += [Found(m.start(), m.end(), "email", m.group(0)) for m in EMAIL.finditer(text)]
    found += [
        Found(m.start(), m.end(), "phone", m.group(0))
        for m in PHONE.finditer(text)
        if sum(ch.isdigit() for ch in m.group(0)) >= 7 and not _is_date_or_id(m.group(0))
    ]
    return _leftmost_longest(found)


def _is_date_or_id(s: str) -> bool:
    # A bare run of digits with no separators and no "+" is more often an order, tracking or ticket number;
    # those are still something the customer can use, but they are not a phone to call.
    return s.isdigit() and not s.startswith(("0", "8"))


# --------------------------------------------------------------------------------------------------------------
# Text structure: sentences, clauses, paragraphs
# --------------------------------------------------------------------------------------------------------------

_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "—", "–", "-", "…"})


def tokens_in(analysis: Analysis, start: int, end: int) -> SpacySpan:
    """The tokens starting in the character range [start, end), found by bisection: perf, since rules ask once
    per question or sentence, a walk over the whole document each time was quadratic (an original of 30,000
    characters of "When? " took 21 s in unanswered-question's content_terms)."""
    starts = analysis.token_starts
    return analysis.doc[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def next_solid(analysis: Analysis, i: int) -> int:
    """The first token after token i that is not whitespace (one past the end when there is none): the word or mark
    that follows i in the text, past spaces and line breaks."""
    texts = analysis.table.texts
    k = i + 1
    while k < len(texts) and not texts[k].strip():
        k += 1
    return k


def solid_tokens(analysis: Analysis, lo: int, hi: int) -> list[int]:
    """The tokens of [lo, hi) that are not whitespace, in order."""
    spaces = analysis.token_spaces
    return [i for i in range(lo, hi) if not spaces[i]]


def prev_solid(analysis: Analysis, i: int, lo: int) -> int:
    """The last token before token i, from token lo on, that is not whitespace (lo - 1 when there is none)."""
    texts = analysis.table.texts
    k = i - 1
    while k >= lo and not texts[k].strip():
        k -= 1
    return k


def sentence_at(analysis: Analysis, char: int) -> SpacySpan | None:
    """The sentence holding character `char`, found by bisection (perf: a scan per call was quadratic when a rule
    asks once per match: 100,000 characters of "delay.\n" took 14 s)."""
    sentences = analysis.sentences
    k = bisect.bisect_right(analysis.memo(_sentence_starts), char) - 1
    if k >= 0 and sentences[k].start_char <= char < sentences[k].end_char:
        return sentences[k]
    return None


def _sentence_starts(analysis: Analysis) -> list[int]:
    return [sent.start_char for sent in analysis.sentences]


def clause_start(analysis: Analysis, token_i: int) -> int:
    """Index of the first token of the clause holding token `token_i` (clauses end at , ; : dashes)."""
    return _clause_bounds(analysis)[0][token_i]


def clause_end(analysis: Analysis, token_i: int) -> int:
    """Index one past the last token of the clause holding token `token_i`."""
    return _clause_bounds(analysis)[1][token_i]


def _clause_bounds(analysis: Analysis) -> tuple[list[int], list[int]]:
    """Clause start and end of every token, in two linear passes, once per analysis.

    perf: walking from each match to its clause's ends (and asking spaCy for its sentence, itself a walk) was
    quadratic in a long sentence: 30,000 characters of "delay " took 20 s in delay-notice.
    """
    return analysis.memo(_clause_bounds_of)


def _clause_bounds_of(analysis: Analysis) -> tuple[list[int], list[int]]:
    texts = analysis.table.texts  # perf: plain lists; iterating the Doc built a Token object per token, twice
    sent_starts = analysis.sent_starts
    n = len(texts)
    breaks = [texts[i] in _CLAUSE_BREAK and not _word_hyphen(analysis, i) for i in range(n)]
    starts = [0] * n
    for i in range(n):
        starts[i] = i if i == 0 or sent_starts[i] or breaks[i - 1] else starts[i - 1]
    ends = [0] * n
    for i in range(n - 1, -1, -1):
        if breaks[i]:
            ends[i] = i
        elif i + 1 == n or sent_starts[i + 1]:
            ends[i] = i + 1
        else:
            ends[i] = ends[i + 1]
    return starts, ends


def _word_hyphen(analysis: Analysis, i: int) -> bool:
    """Whether token `i` is a hyphen inside a word («кресла-мешка», "pick-up"): glued to a word on both sides,
    it joins the word, not two clauses."""
    texts, starts = analysis.table.texts, analysis.table.starts
    if texts[i] != "-" or i == 0 or i + 1 >= len(texts):
        return False
    return (
        starts[i - 1] + len(texts[i - 1]) == starts[i]
        and starts[i] + 1 == starts[i + 1]
        and texts[i - 1][-1:].isalnum()
        and texts[i + 1][:1].isalnum()
    )


def told_as_past(
    analysis: Analysis,
    char: int,
    past: set[int],
    *,
    future: frozenset[str],
    memo: dict[tuple[int, int], bool] | None = None,
    past_sorted: list[int] | None = None,
) -> bool:
    """A date in a clause that tells what already happened ("Мы отправили деньги 5 ноября") is not a new date.

    The clause must have a past-tense verb and no verb about the future ("отправили 5 ноября и привезут 9-го"
    splits at "и" only sometimes, so a future form anywhere in the clause keeps the date). `future` is the words
    that mark a clause as about what will happen (the `future_markers` lexicon, every language at once).

    perf: the answer depends on the clause alone, so `memo` keeps it per clause, and `past_sorted` (the same
    tokens as `past`, sorted) finds a past verb in the clause by bisection: many dates in one long clause were
    quadratic otherwise.
    """
    i = bisect.bisect_right(analysis.token_starts, char) - 1
    if i < 0:
        return False
    lo, hi = clause_start(analysis, i), clause_end(analysis, i)
    if memo is not None and (lo, hi) in memo:
        return memo[(lo, hi)]
    result = _clause_told_as_past(analysis, lo, hi, past, future=future, past_sorted=past_sorted)
    if memo is not None:
        memo[(lo, hi)] = result
    return result


def _clause_told_as_past(
    analysis: Analysis, lo: int, hi: int, past: set[int], *, future: frozenset[str], past_sorted: list[int] | None
) -> bool:
    if past_sorted is not None:
        k = bisect.bisect_left(past_sorted, lo)
        if not (k < len(past_sorted) and past_sorted[k] < hi):
            return False
    elif not any(lo <= j < hi for j in past):
        return False
    present_or_future = analysis.morphology.present_or_future
    for j in range(lo, hi):
        low = analysis.token_lowers[j]
        if low in future:
            return False
        if j not in past and present_or_future(low):
            return False
    return True


# --------------------------------------------------------------------------------------------------------------
# Content words and overlap
# --------------------------------------------------------------------------------------------------------------

GENERIC_WEIGHT = 0.3
NAME_WEIGHT = 0.5
NUMBER_WEIGHT = 0.3
TOPIC_CREDIT = 0.6
"""A question word met only through its topic ("arrive" answered by "courier") counts for a bit over half."""

STEM_MIN = 5


@cache
def stop_words(lang: Lang) -> frozenset[str]:
    """The language pack's stop words (spaCy's, unless the pack lists its own), read on first use."""
    return pack(lang).stop_word_set()


@dataclass(frozen=True, slots=True)
class Term:
    """One content word of a question: its lemmas, how much it counts, and the topics it belongs to."""

    text: str
    lemmas: frozenset[str]
    weight: float
    topics: frozenset[str] = frozenset()


LONG_STEM = 8
"""A shared prefix this long is one word's stem (see `stems_match`)."""


PREFIXED_MIN = 9
"""Letters a word needs before a short prefix on the other ("за-", "по-") is read as its aspect pair: shorter verbs
change their sense with one («ставить» / «доставить»)."""
ASPECT_PREFIX = 3
"""Letters of the longest such prefix («про»)."""
ASPECT_MIN = 6
_ASPECT_LONG = frozenset({"за", "по", "с", "з", "про", "на"})
"""Perfective prefixes read through on long verbs («забронировать», «зарезервувати», «написать»); English "un-",
"de-", "dis-" turn a word into its opposite and are never read through."""
_ASPECT_FIRST = frozenset(p[0] for p in _ASPECT_LONG)
PREFIX_CACHE = 4096
"""Words whose prefix offsets and index keys are remembered, the most recently used kept. Both are a few string
tests, so a miss costs little; with room for 65,536 the caches held every one-off word of a long-running service
(order numbers, names, tracking codes) and grew by ~7 MB from lint 5,000 to 20,000 of varied mail."""
_ASPECT = frozenset({"по", "с", "з", "про"})
"""Prefixes that make a shorter verb perfective and keep its sense («ставить» / «поставить», «делать» / «сделать»,
«робити» / «зробити»); «до-», «за-», «о-», «при-» change it («доставить», «заставить», «оставить»)."""


@lru_cache(maxsize=PREFIX_CACHE)
def prefix_offsets(lem: str) -> tuple[int, ...]:
    """Where a word may begin after a perfective's prefix (see `stems_match`): after one of `_ASPECT_LONG` in a
    long word («зарезервувати»), after one of `_ASPECT` in a shorter one («поставить»).

    perf: asked for every word of every bag; a word not starting with a prefix's first letter (most words, and every
    Latin one) is answered at once, and the rest are remembered."""
    if lem[:1] not in _ASPECT_FIRST or len(lem) <= ASPECT_MIN:
        return ()
    return tuple(len(p) for p in _ASPECT_LONG if lem.startswith(p) and _aspect_pair(lem[len(p) :], lem))


@lru_cache(maxsize=PREFIX_CACHE)
def _index_keys(lem: str) -> tuple[str, ...]:
    """The keys a word is indexed and looked up under: its first four letters, and the four after a perfective's
    prefix, so «зарезервувати» meets «резервувати» and «поставить» «ставить»."""
    return (lem[:4], *(lem[k : k + 4] for k in prefix_offsets(lem)))


def _aspect_pair(short: str, long_: str) -> bool:
    """Whether `long_` is `short` with a perfective's prefix that keeps its sense."""
    prefix = long_[: len(long_) - len(short)]
    return (len(short) >= PREFIXED_MIN and prefix in _ASPECT_LONG) or (len(short) >= ASPECT_MIN and prefix in _ASPECT)


def stems_match(a: str, b: str) -> bool:
    """Same word in another part of speech: "delivery"/"delivered", "доставка"/"доставить", "оплата"/"оплатить".

    Lemmas differ across parts of speech, so a stemmer's work is approximated: the shorter word (four letters
    or more) begins the longer one, or they share a prefix of five or more letters that leaves at most three
    letters of the shorter word. Words with digits (model codes) match only themselves.
    """
    if a == b:
        return True
    # perf: a word of letters alone holds no digit, so the per-character test runs only for the rest
    if not (a.isalpha() and b.isalpha()) and (any(ch.isdigit() for ch in a) or any(ch.isdigit() for ch in b)):
        return False  # model codes match exactly: "X2" is not "X3", "nimbus12" is not "nimbus13"
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and long_.startswith(short) and long_[len(short)].isalpha():
        return True  # "sign" / "signature", "шовк" / "шовковою": the whole shorter word begins the longer
    if len(long_) - len(short) <= ASPECT_PREFIX and long_.endswith(short) and _aspect_pair(short, long_):
        return True  # «резервувати» / «зарезервувати», «ставить» / «поставить»: the perfective's prefix
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    # a long shared prefix may leave one letter more: the aspect pairs whose stems alternate a consonant
    # («предупредить» / «предупреждать», «повідомити» / «повідомляти»)
    return n >= STEM_MIN and n >= min(len(a), len(b)) - (4 if n >= LONG_STEM else 3)


def _named(analysis: Analysis, i: int) -> bool:
    """A capitalised word inside a sentence: a product, brand or place name. `i` is a word (`word_indexes`): on
    plain lists, as `content_terms` reads every word of a question and its context."""
    texts = analysis.table.texts
    after = texts[i - 1] if i > 0 else "."
    return (
        not analysis.sent_starts[i]
        and texts[i][:1].isupper()
        and after not in {".", "!", "?", ":"}
        and after.lower().rstrip(".:") not in _POSTSCRIPTS  # "P.S. Гірлянди у вас є?" starts a sentence anew
    )


_POSTSCRIPTS = frozenset({"p.s", "ps", "p.p.s", "pps", "p. s", "п.с", "пс"})


def is_word(tok: Token) -> bool:
    """A token holding a letter or digit. Such a token is never whitespace nor spaCy punctuation (`is_punct`
    wants every character to be punctuation), so the text alone decides, as for `Analysis.word_indexes`.

    perf: one read of the token's text instead of three Cython attributes; rules ask per token of every question.
    """
    text = tok.text
    return text.isalnum() or any(ch.isalnum() for ch in text)


def topics_by_token(
    analysis: Analysis, topics: Sequence[tuple[str, Lexicon]], start: int = 0, end: int | None = None
) -> dict[int, frozenset[str]]:
    """For each token inside a topic phrase ("доставка", "Nova Poshta", "get back"), the topics it belongs to."""
    # perf: most tokens belong to one topic, so each gets that topic's one-name set, shared, and only a token in
    # two or more topics a set of its own; building a set per token and freezing a copy of each cost more.
    out: dict[int, frozenset[str]] = {}
    for name, lex in topics:
        alone: frozenset[str] | None = None
        for m in lex.find(analysis, start, end):
            if alone is None:
                alone = frozenset((name,))
            for i in range(m.first_token, m.last_token + 1):
                known = out.get(i)
                out[i] = alone if known is None else known | alone
    return out


def content_terms(
    analysis: Analysis,
    start: int,
    end: int,
    *,
    skip: Iterable[int] = (),
    generic: frozenset[int] = frozenset(),
    topics: dict[int, frozenset[str]] | None = None,
) -> list[Term]:
    """The words of `analysis.text[start:end]` that carry its subject, with weights.

    Stop words and the tokens in `skip` (question words, "подскажите") do not count; tokens in `generic`
    ("order", "заказ", "please") and numbers count a little, since an order number alone answers nothing.
    """
    stops = stop_words(analysis.lang)
    skip_set = set(skip)
    topics = topics or {}
    terms: dict[str, Term] = {}
    # perf: the words of the range from the analysis's plain lists, not spaCy Token objects (a word is what
    # `is_word` accepts: a token with a letter or digit is neither whitespace nor punctuation)
    starts, texts, lowers = analysis.word_starts, analysis.table.texts, analysis.token_lowers
    lemma_sets, forms = analysis.lemma_sets, analysis.token_forms
    for i in analysis.word_indexes[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if i in skip_set:
            continue
        lemmas = lemma_sets[i]
        low = lowers[i]
        if (low in stops or (lemmas & stops and len(low) <= 4) or len(low) == 1) and not _acronym(analysis, i):
            continue
        if low[0] in _APOSTROPHES:
            continue  # a clitic split off a name ("Levi's" in a Russian letter: "'s"), which names nothing
        key = min(lemmas) if lemmas else low
        if i in generic:
            weight = GENERIC_WEIGHT
        elif _named(analysis, i) and not texts[i].isupper():
            weight = NAME_WEIGHT  # "Nova", "Осло": the thing asked about, which any reply repeats
        elif not any(ch.isalpha() for ch in low) or numbered(low):
            # an order or ticket number, a day ("the 3rd", «5-го»); model names like "X2" or "A54" keep full weight
            weight = NUMBER_WEIGHT
        else:
            weight = 1.0
        prev = terms.get(key)
        if prev is None or prev.weight < weight:
            terms[key] = Term(texts[i], forms[i], weight, topics.get(i, frozenset()))
    return list(terms.values())


_APOSTROPHES = frozenset("'\u2019")
"""What a clitic the tokenizer splits off a word begins with ("'s", "'ll", "’re"): English stop words hold the
English ones, but a Russian or Ukrainian letter naming "Levi's" has its "'s" counted as a word of its own."""

ACRONYMS = frozenset({"US", "UPS"})
"""Stop words that, written in capitals, are names: "the US" is the country, not "us" ("will it work in the US?"),
"via UPS" the carrier, not "up". Any shouted word would be too many: "NOT", "NOW", «ЩЕ» are emphasis."""


def _acronym(analysis: Analysis, i: int) -> bool:
    """Whether token i is one of `ACRONYMS` among words not in capitals (beside others in capitals it is shouting,
    "SHIP IT TO US")."""
    texts = analysis.table.texts  # perf: a plain list; most stop words are lower-case and go no further
    if texts[i] not in ACRONYMS:
        return False
    return not any(0 <= k < len(texts) and len(texts[k]) >= 2 and texts[k].isupper() for k in (i - 1, i + 1))


@dataclass
class Bag:
    """The words of a stretch of the reply, for asking "does it mention this?" cheaply and repeatedly.

    Words added through `add` are also indexed by their first four letters, for the shared-stem test in `has`;
    words put straight into `lemmas` are not (they must match exactly).
    """

    lemmas: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    _by_prefix: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    _unindexed: list[AbstractSet[str]] = field(default_factory=list, compare=False, repr=False)
    """Words added but not yet indexed by prefix. perf: most bags answer every `has` by a shared lemma, or are
    never asked; indexing every word of every sentence up front was most of the cost of building them."""

    def add(self, lemmas: Iterable[str]) -> None:
        """perf: only the words new to the bag are kept for the prefix index, found by one set difference
        (bags are filled word by word, and most of a stretch's words are already in)."""
        own = self.lemmas
        fresh: AbstractSet[str] = (lemmas if isinstance(lemmas, (set, frozenset)) else set(lemmas)) - own
        if fresh:
            own |= fresh
            self._unindexed.append(fresh)

    def _prefixes(self) -> dict[str, set[str]]:
        """The prefix index, with the words added since it was last asked for."""
        by_prefix = self._by_prefix
        for fresh in self._unindexed:
            for lem in fresh:
                if len(lem) >= 4:
                    for key in _index_keys(lem):
                        found = by_prefix.get(key)
                        if found is None:
                            by_prefix[key] = {lem}
                        else:
                            found.add(lem)
        self._unindexed.clear()
        return by_prefix

    def has(self, term: Term) -> bool:
        if not term.lemmas.isdisjoint(self.lemmas):  # perf: no intersection set built to be thrown away
            return True
        # perf: the index is brought up to date only when words came in since (a call per `has` otherwise)
        by_prefix = self._prefixes() if self._unindexed else self._by_prefix
        for lem in term.lemmas:
            if len(lem) < 4:
                continue
            for key in _index_keys(lem):
                for other in by_prefix.get(key, ()):
                    if stems_match(lem, other):
                        return True
        return False

    def score(self, term: Term) -> float:
        """How much of `term` this stretch covers: all of it, through its topic, or not at all."""
        if self.has(term):
            return term.weight
        if term.topics & self.topics:
            return term.weight * TOPIC_CREDIT
        return 0.0


def bag_of(analysis: Analysis, start: int, end: int, topics: dict[int, frozenset[str]] | None = None) -> Bag:
    """The words of [start, end). perf: from the analysis's word positions and plain lists (by bisection), not
    spaCy Token objects, which cost more than the rest of the rule on ordinary pairs."""
    bag = Bag()
    starts, words, forms = analysis.word_starts, analysis.word_indexes, analysis.token_forms
    chosen = words[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    # perf: one union and one `add`; adding word by word indexed the same words the same way, one call each
    bag.add(set().union(*[forms[i] for i in chosen]))
    if topics:
        for i in chosen:
            if i in topics:
                bag.topics |= topics[i]
    return bag


def coverage(terms: Sequence[Term], bag: Bag) -> tuple[float, float]:
    """(covered weight, total weight) of `terms` in `bag`."""
    total = sum(t.weight for t in terms)
    return sum(bag.score(t) for t in terms), total


# --------------------------------------------------------------------------------------------------------------
# Admissions of not knowing, and what is offered after them
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Admission:
    """The agent saying they do not know: the phrase's span and what comes after it."""

    start: int
    end: int
    first_token: int
    last_token: int


def admissions(analysis: Analysis, lex: LexiconSource, *, spread: bool = False) -> list[Admission]:
    """Admissions of not knowing in the reply, without the look-alikes; with `spread`, also the impersonal ones
    whose words stand too far apart for a phrase list (`_absent_information`; the caller declares its lexicons).

    Dropped: matches inside a "not an admission" phrase ("не знаю, как вас благодарить", "I don't know of any
    problem"), matches in a clause that is a condition or about the customer ("if you're not sure", "если вы не
    уверены"), and matches inside quotation marks (quoted words are someone else's).
    """
    found = list(lex("unknown_admissions").find(analysis))
    if spread:
        found = sorted([*found, *_absent_information(analysis, lex)], key=lambda m: m.start)
    if not found:
        return []  # perf: most replies admit nothing, and then the look-alike lists need not be matched
    # perf: bisected, not scanned per admission (a reply repeating "I don't know of any problem" was quadratic)
    excluded = sorted((m.start, m.end) for m in lex("unknown_not_admissions").find(analysis))
    excluded_starts = [s for s, _ in excluded]
    widest: list[int] = []  # the furthest end of any excluded phrase starting at or before each one
    for _, e in excluded:
        widest.append(max(e, widest[-1]) if widest else e)
    not_mine = sorted(m.first_token for m in lex("unknown_not_mine").find(analysis))
    out: list[Admission] = []
    for m in found:
        before = bisect.bisect_right(excluded_starts, m.start)
        if before and widest[before - 1] >= m.end:
            continue
        first = clause_start(analysis, m.first_token)
        nearest = bisect.bisect_left(not_mine, first)
        if nearest < len(not_mine) and not_mine[nearest] < m.first_token:
            continue
        if _inside_quotes(analysis.text, m.start, analysis.memo(_quote_marks)):
            continue
        out.append(Admission(m.start, m.end, m.first_token, m.last_token))
    return out


def _absent_information(analysis: Analysis, lex: LexiconSource) -> list[Match]:
    """Impersonal admissions whose noun and "there is none" stand further apart than a lexicon gap reaches.

    «Информации о поступлении кресла-мешка «Груша» в зелёном цвете пока нет» names what is unknown between the
    two, so a phrase list cannot hold it. The construction is a word for information or news
    (`unknown_info_nouns`) followed, in the same clause, by an absence (`unknown_absence`: «нет», «немає», "not
    available") that ends the clause: "no information" said last, as a statement, not «нет ли информации о ...».
    No news of a trouble between them (`unknown_troubles`: «Информации о задержках нет») is reassurance.
    """
    absences = list(lex("unknown_absence").find(analysis))
    if not absences:
        return []
    # «Информации о задержках нет»: no news of a trouble is reassurance, not an admission
    troubles = sorted(m.first_token for m in lex("unknown_troubles").find(analysis))
    texts = analysis.table.texts
    by_last = {a.last_token: a for a in absences}
    asides = {m.first_token: m.last_token for m in lex("unknown_asides").find(analysis)}
    aside_ends = {last: first for first, last in asides.items()}
    last_word: dict[int, int] = {}  # perf: per clause end, its last word found once, not once per noun in it
    out: list[Match] = []

    def tail_at(end: int) -> Match | None:
        """The absence that ends the clause ending at `end`, if one does, before an aside closing it ("Details of the
        next shipment are not available at the moment")."""
        if end not in last_word:
            last = end - 1
            while last > 0 and not texts[last][:1].isalnum():
                last -= 1  # the clause's closing punctuation and quotation marks
            first = aside_ends.get(last)
            if first is not None and last not in by_last:
                last = first - 1
                while last > 0 and not texts[last][:1].isalnum():
                    last -= 1  # a comma before the aside ("not available, unfortunately")
            last_word[end] = last
        return by_last.get(last_word[end])

    for noun in lex("unknown_info_nouns").find(analysis):
        end = clause_end(analysis, noun.first_token)
        tail = tail_at(end)
        if tail is None:
            tail = _tail_past(analysis, asides, noun.last_token, end, tail_at)
        if tail is not None and tail.first_token > noun.last_token:
            k = bisect.bisect_right(troubles, noun.last_token)
            if k < len(troubles) and troubles[k] < tail.first_token:
                continue
            out.append(Match(noun.start, tail.end, noun.phrase, noun.first_token, tail.last_token))
    return out


def _tail_past(
    analysis: Analysis,
    asides: dict[int, int],
    noun_end: int,
    end: int,
    tail_at: Callable[[int], Match | None],
) -> Match | None:
    """The absence that ends the statement past what may stand between the word for information and it.

    «Информации о поставке у нас, к сожалению, пока нет»: past an aside, the absence alone may end it; so past the
    clause the noun governs («Відомостей про те, чи привезе постачальник чохли, у нас поки немає»), and past both
    («Сведений о том, вернётся ли ткань в коллекцию, у нас, к сожалению, пока нет»)."""
    crossed = _past_asides(analysis, asides, end) or _past_object_clause(analysis, noun_end, end)
    if crossed is None:
        return None
    tail = tail_at(crossed[1])
    if tail is not None:
        return tail if _only_holder(analysis, crossed[0], tail.first_token) else None
    again = _past_asides(analysis, asides, crossed[1])
    if again is None or not _only_holder(analysis, crossed[0], crossed[1]):
        return None
    tail = tail_at(again[1])
    return tail if tail is not None and _only_holder(analysis, again[0], tail.first_token) else None


_HOLDERS = frozenset({"у", "в", "нас", "меня", "мене", "пока", "поки", "ещё", "еще", "ще", "наразі", "сейчас", "зараз"})
"""Words that may stand between an aside and the absence after it: who has none and since when («…, на жаль, у нас
поки немає»); anything else after the aside is a statement of its own."""


def _only_holder(analysis: Analysis, first: int, absence: int) -> bool:
    """Whether the words from `first` up to the absence's first token are only `_HOLDERS` (or none)."""
    lowers, words = analysis.token_lowers, analysis.word_indexes
    lo, hi = bisect.bisect_left(words, first), bisect.bisect_left(words, absence)
    return hi - lo <= len(_HOLDERS) and all(lowers[i] in _HOLDERS for i in words[lo:hi])


_ABOUT_THAT = frozenset({"о", "об", "про"})
_THAT = frozenset({"том", "те", "то"})
_OBJECT_CLAUSE_OPENERS = frozenset(
    {"чи", "ли", "когда", "коли", "где", "де", "как", "як", "будет", "буде", "сколько", "скільки"}
)
"""Words that open the clause a word for information governs («о том, когда», «про те, чи»); not «что» / «що»:
«Сведений о том, что посылка повреждена, у нас нет» denies a claim, it admits nothing unknown."""


def _past_object_clause(analysis: Analysis, noun_end: int, end: int) -> tuple[int, int] | None:
    """The first word and the end of the clause after «о том, когда …,» / «про те, чи …,» set off by commas right
    after the word for information, or None: «Відомостей про те, чи привезе постачальник чохли, у нас поки немає»
    says there is no information, and what it is about stands between commas."""
    texts, lowers, words = analysis.table.texts, analysis.token_lowers, analysis.word_indexes
    k = bisect.bisect_right(words, noun_end)
    if k + 2 >= len(words) or lowers[words[k]] not in _ABOUT_THAT or lowers[words[k + 1]] not in _THAT:
        return None
    if end >= len(texts) or texts[end] != "," or words[k + 1] >= end:
        return None
    opener = bisect.bisect_right(words, end)
    # «о том, когда ...», and the Russian «о том, вернётся ли ...» with «ли» after the clause's first word
    if opener >= len(words) or not (
        lowers[words[opener]] in _OBJECT_CLAUSE_OPENERS
        or (opener + 1 < len(words) and lowers[words[opener + 1]] == "ли")
    ):
        return None
    after = clause_end(analysis, words[opener])
    if after >= len(texts) or texts[after] != ",":
        return None
    first = bisect.bisect_right(words, after)
    return (words[first] if first < len(words) else after, clause_end(analysis, after + 1))


MAX_ASIDES = 2
"""Asides crossed in one impersonal admission; more than two set off by commas is not one statement."""


def _past_asides(analysis: Analysis, asides: dict[int, int], end: int) -> tuple[int, int] | None:
    """The first word and the end of the clause after the asides set off by commas (`unknown_asides`) right at
    `end`, or None when no aside stands there.

    «Информации о поставке у нас, к сожалению, пока нет» is one statement: "unfortunately" between commas does
    not end it, and the «нет» after it still says there is none. Only an aside that fills the whole stretch
    between two commas is crossed, so «…, но, к сожалению, …» still ends the clause at «но»; the caller then
    takes the clause after it only when the absence is all it says («…, к сожалению, пока нет»), so «Информация
    есть на ярлыке, к сожалению, на сайте её нет» (a new statement about something else) is none.
    """
    texts, words = analysis.table.texts, analysis.word_indexes
    crossed = None
    for _ in range(MAX_ASIDES):
        last = asides.get(end + 1)
        if end >= len(texts) or texts[end] != "," or last is None:
            break
        after = clause_end(analysis, end + 1)
        if last + 1 != after or after >= len(texts) or texts[after] != ",":
            break
        k = bisect.bisect_right(words, after)
        end = clause_end(analysis, after + 1)
        crossed = (words[k] if k < len(words) else end, end)
    return crossed


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"))


def _inside_quotes(text: str, pos: int, marks: dict[str, list[int]]) -> bool:
    """Whether `pos` is inside quotation marks opened earlier on its line; `marks` are `quote_marks_in(text)`."""
    line_start = text.rfind("\n", 0, pos) + 1

    def count(mark: str) -> int:
        at = marks[mark]
        return bisect.bisect_left(at, pos) - bisect.bisect_left(at, line_start)

    for left, right in _QUOTE_PAIRS:
        if left == right:
            if count(left) % 2 == 1:
                return True
        elif count(left) > count(right):
            return True
    return False


def _quote_marks(analysis: Analysis) -> dict[str, list[int]]:
    return quote_marks_in(analysis.text)


def quote_marks_in(text: str) -> dict[str, list[int]]:
    """Where each quotation mark stands in the text. perf: counting the marks in the line before every admission
    was quadratic on one long line of them (640 KB of "не знаю " took 25 s); bisecting these lists is not."""
    marks: dict[str, list[int]] = {mark: [] for pair in _QUOTE_PAIRS for mark in pair}
    for mark, at in marks.items():
        found = text.find(mark)
        while found >= 0:
            at.append(found)
            found = text.find(mark, found + 1)
    return marks


@dataclass(frozen=True, slots=True)
class Offer:
    """What an admission is followed by. `kind` is guess / link / referral / promise-dated / promise / time."""

    kind: str
    start: int
    end: int


_AGENT_AND = re.compile(r"(?<![\w'’])(?:i|we)(?:['’]\w+)?(?!\w)[^.;:!?]*?\band\s+$", re.IGNORECASE)
AGENT_REACH = 160
"""Characters before a "will ..." looked at for the "I ... and" that makes it the agent's own (bounded, so a long
run of sentences costs no more per match)."""


def _agent_goes_on(text: str, at: int) -> bool:
    """Whether a "will ..." at `at` goes on a clause whose subject is the agent: "I've passed them on and will be
    in touch"."""
    return _AGENT_AND.search(text, max(0, at - AGENT_REACH), at) is not None


def offers_after(analysis: Analysis, lex: LexiconSource, start: int, end: int | None = None) -> list[Offer]:
    """Everything in [start, end) that gives the customer something to go on after an admission.

    A promise to find out counts as a real offer ("promise-dated") only with a stated time in the same
    sentence after it or in the next sentence; on its own it is a "promise". A time expression in a later
    sentence counts by itself ("Our supplier confirms on Monday."), but not one inside the admission's own
    sentence before any promise, since that is what is not known ("I don't know what time it comes tomorrow").
    """
    text = analysis.text
    stop = len(text) if end is None else end
    out: list[Offer] = []
    promises = list(lex("unknown_promises").find(analysis, start, stop))
    out += [Offer("guess", m.start, m.end) for m in lex("unknown_guesses").find(analysis, start, stop)]
    # "I've passed them to the manufacturer and will be in touch": "I" is the subject of "will be in touch" too, so
    # it is the agent's promise, where "the manufacturer will be in touch" points to someone who knows
    referrals = list(lex("unknown_referrals").find(analysis, start, stop))
    agents = [m for m in referrals if _agent_goes_on(text, m.start)]
    if agents:
        promises = sorted([*promises, *agents], key=lambda m: m.start)
    # "I'll ask the warehouse" is the agent's promise, not pointing the customer to the warehouse.
    promise_starts = [p.start for p in promises]
    out += [
        Offer("referral", m.start, m.end)
        for m in referrals
        if not _overlaps_any(promises, promise_starts, m.start, m.end)
    ]
    courtesy = {
        i for m in lex("answer_not_steps").find(analysis, start, stop) for i in range(m.first_token, m.last_token + 1)
    }
    doc = analysis.doc
    # perf: a rule asks once per admission, each time about the rest of the reply; the imperatives, links and
    # times of the whole text are found once per analysis and the ones after `start` taken by bisection (finding
    # them afresh per call was quadratic: 20,000 characters of "не могу назвать " took 92 s in honest-unknown).
    suggestions, positions = analysis.memo(_imperative_positions)
    out += [
        Offer("suggestion", doc[i].idx, doc[i].idx + len(doc[i].text))
        for i in suggestions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, stop)]
        if i not in courtesy
    ]
    out += [Offer("link", f.start, f.end) for f in _found_from(analysis, _links_in, start, stop)]
    first_sentence = sentence_at(analysis, start)
    own_end = first_sentence.end_char if first_sentence is not None else start
    times = [t for t in _found_from(analysis, find_times, start, stop) if t.kind != "past"]
    for m in promises:
        sent = sentence_at(analysis, m.start)
        window_end = sent.end_char if sent is not None else m.end
        nxt = sentence_at(analysis, window_end) if sent is not None else None
        if nxt is not None and nxt.start_char < stop:
            window_end = nxt.end_char
        # the time may come before the promise in its sentence: «поставщик подтвердит график в пятницу, и в тот же
        # день я Вам напишу» (but never from inside the admission, which says what is not known)
        window_start = _clause_end(text, start, m.start) if sent is not None and sent.start_char <= start else m.start
        dated = any(window_start <= t.start < window_end for t in times)
        out.append(Offer("promise-dated" if dated else "promise", m.start, m.end))
    out += [Offer("time", t.start, t.end) for t in times if t.start >= own_end]
    return sorted(out, key=lambda o: o.start)


_ADMISSION_CLAUSE_END = re.compile(r"[,;:—–]|\s(?:but|and|но|и|а|але|і|та)\s", re.IGNORECASE)


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the admission's clause ends (its "when ..." is what is not known: "I don't know what time it comes
    tomorrow; I'll check" has no time to go on), or `limit` (the promise) if no break comes before it."""
    found = _ADMISSION_CLAUSE_END.search(text, start, limit)
    return found.end() if found is not None else limit


def _overlaps_any(spans: Sequence[Offer | Found | Any], starts: list[int], start: int, end: int) -> bool:
    """Whether a span of `spans` (sorted and disjoint, as one lexicon's matches are; `starts` their starts)
    holds `start` or starts inside [start, end); by bisection, since a reply can hold thousands of both."""
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and start < spans[k].end:
        return True
    k = bisect.bisect_left(starts, start)
    return k < len(spans) and starts[k] < end


def _imperative_positions(analysis: Analysis) -> tuple[list[int], list[int]]:
    found = imperatives(analysis)
    return found, [analysis.doc[i].idx for i in found]


def _found_from(analysis: Analysis, find: Callable[[str, Lang], list[Found]], start: int, stop: int) -> list[Found]:
    """`find(text[:stop], lang)` from `start` on; for the whole text, computed once and cut by bisection."""
    text = analysis.text
    if stop < len(text):
        return [f for f in find(text[:stop], analysis.lang) if f.start >= start]
    found, starts = analysis.memo(_found_in_text, find)
    return found[bisect.bisect_left(starts, start) :]


def _found_in_text(analysis: Analysis, find: Callable[[str, Lang], list[Found]]) -> tuple[list[Found], list[int]]:
    found = find(analysis.text, analysis.lang)
    return found, [f.start for f in found]


def _links_in(text: str, lang: Lang) -> list[Found]:
    """`find_links` in the shape `_found_from` calls (links are written alike in every language)."""
    return find_links(text)


def helpful(offers: Iterable[Offer]) -> bool:
    """Whether the offers give the customer something: anything but an undated promise."""
    return any(o.kind != "promise" for o in offers)


# --------------------------------------------------------------------------------------------------------------
# Numbers and topics
# --------------------------------------------------------------------------------------------------------------


@cache
def _number_pattern(lang: Lang) -> re.Pattern[str]:
    return re.compile(_B + rf"(?:{pack(lang).grammar.numbers})" + _E, re.IGNORECASE)


def find_numbers(text: str, lang: Lang) -> list[Found]:
    """Counts in digits or words ("3", "three", "три", "кілька"): what answers "how many"."""
    out = []
    for m in _number_pattern(lang).finditer(text):
        word = m.group(0).lower()
        if word in {"a", "an"} or one_of_many(text, word, m.end()):
            continue
        out.append(Found(m.start(), m.end(), "number", m.group(0)))
    return out


def one_of_many(text: str, word: str, end: int) -> bool:
    """ "One of our best sellers", «один из самых популярных», «один з найпопулярніших»: the word `word` ending at
    `end` is "one" among many, which counts nothing."""
    return word in _ONE and _PARTITIVE.match(text, end) is not None


_ONE = frozenset({"one", "один", "одна", "одно", "одну", "одним", "одной", "одне", "однією", "одного"})
_PARTITIVE = re.compile(r"\s+(?:of|из|з|із)(?!\w)", re.IGNORECASE)


LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@cache
def topic_names() -> tuple[str, ...]:
    """Topics are data: every `topic_<name>.en.txt` in unanswered-question's lexicons adds one (with its other
    languages' lists; unanswered-question declares them all by this listing).

    perf: read once per process; globbing the folder on every call cost ~1.8 ms a lint (rules asked ~20 times).
    Lexicons are package data, read-only while the process runs, like the lexicons themselves (cached too)."""
    return tuple(sorted(p.name.split(".")[0] for p in (LEXICON_DIR / "unanswered-question").glob("topic_*.en.txt")))


def topic_lexicons(lex: LexiconSource) -> list[tuple[str, Lexicon]]:
    return [(name, lex(name)) for name in topic_names()]


def imperatives(analysis: Analysis) -> list[int]:
    """Tokens that are verbs in the imperative ("Виміряйте", "передайте"): instructions.

    The language pack's morphology tells the mood where its analyser tags it (ru, uk); English has no such mark
    on the word, so English instructions come from the `answer_steps` list instead.
    """
    morph = analysis.morphology
    texts, lowers, starts = analysis.table.texts, analysis.token_lowers, analysis.sent_starts
    # A capital inside a sentence is a name, and a word the dictionary does not know is only guessed at: «из
    # Фуцзяни» is a province, not "do it!"
    return [
        i
        for i in analysis.word_indexes
        if texts[i][:1].isalpha()
        and morph.imperative(lowers[i])
        and (starts[i] or not texts[i][:1].isupper())
        and morph.known_word(lowers[i])
    ]


def past_tense(analysis: Analysis) -> list[int]:
    """Verbs in the past tense: a reply telling what happened ("переплутали", "was declined"), as the language
    pack's morphology reads them.

    perf: found once per analysis and shared (honest-unknown, delay-notice and unanswered-question each asked for
    the same reply's); the caller gets its own copy, free to change."""
    return list(analysis.memo(_past_tense_of))


def _past_tense_of(analysis: Analysis) -> list[int]:
    """perf: the verdict depends on the token's text alone (its lower-case form and lemma set follow from it), so
    the morphology is asked once per distinct text, not once per word of the reply."""
    past = analysis.morphology.past
    texts, lowers, lemma_sets = analysis.table.texts, analysis.token_lowers, analysis.lemma_sets
    verdicts: dict[str, bool] = {}
    out = []
    words = analysis.word_indexes
    for k, i in enumerate(words):
        text = texts[i]
        verdict = verdicts.get(text)
        if verdict is None:
            verdict = verdicts[text] = text[:1].isalpha() and past(lowers[i], lemma_sets[i])
        if (
            verdict
            and not _after_state_auxiliary(analysis, words, k)
            and not _modifier(analysis, words, k)
            and not _in_a_name(analysis, words, k)
        ):
            out.append(i)
    return out


def _in_a_name(analysis: Analysis, words: list[int], k: int) -> bool:
    """A capitalised form inside a sentence, after another capitalised word, ends a name ("3 to 4 working days with
    Royal Mail Tracked", "Amazon Prime Certified"): a service or product, no event told."""
    if k == 0:
        return False
    texts, i, before = analysis.table.texts, words[k], words[k - 1]
    text, prev = texts[i], texts[before]
    return (
        not analysis.sent_starts[i]
        and text[:1].isupper()
        and text[1:].islower()
        and prev[:1].isupper()
        and not analysis.sent_starts[before]
    )


_DETERMINERS = frozenset({"a", "an", "the", "your", "our", "my", "its", "their", "his"})


def _modifier(analysis: Analysis, words: list[int], k: int) -> bool:
    """An English "-ed" form right after a determiner describes a thing ("a personalised jigsaw", "the returned
    trimmer", "your delayed order"): no event is told, so a date beside it is not a past one."""
    return analysis.lang == "en" and k > 0 and analysis.token_lowers[words[k - 1]] in _DETERMINERS


_BETWEEN_AUXILIARY = frozenset(
    {"not", "n't", "n’t", "still", "now", "currently", "also", "further", "slightly", "being"}
)
"""Words that may stand between "is" and its participle ("is still delayed", "isn't shipped yet")."""


def _after_state_auxiliary(analysis: Analysis, words: list[int], k: int) -> bool:
    """Whether the k-th word is a passive present pointing ahead: after "is"/"are" (up to three words back) and
    before "until", "to", "for" ("your parcel is delayed until Friday", "is rescheduled for Monday": that day is
    the new date, not a past one). Only then: "the warehouse is flooded since Monday" and "we're closed on Monday"
    tell a state the delay comes from, and their day is no new date."""
    morphology, lowers = analysis.morphology, analysis.token_lowers
    if k + 1 >= len(words) or not morphology.plan_preposition(lowers[words[k + 1]]):
        return False
    auxiliary = morphology.state_auxiliary
    for j in range(k - 1, max(k - 4, -1), -1):
        low = lowers[words[j]]
        if auxiliary(low):
            return True
        if low not in _BETWEEN_AUXILIARY:
            return False
    return False


_QUOTED_NAME = re.compile(r"«([^»]{1,60})»|“([^”]{1,60})”|\"([^\"]{1,60})\"")


def names_in(analysis: Analysis, start: int, end: int) -> set[str]:
    """Names and codes in [start, end), lower-cased: words capitalised mid-sentence ("Medium", "UPS"), words in
    quotation marks ("«Порселейн»") and tokens with digits ("01", "X2"). What a "which" question asks for."""
    out: set[str] = set()
    # A date is not a name: "починається 28 листопада" does not say which products are on sale.
    dated = [(f.start, f.end) for f in find_times(analysis.text[start:end], analysis.lang)]
    for tok in tokens_in(analysis, start, end):
        if not is_word(tok):
            continue
        if any(s <= tok.idx - start < e for s, e in dated):
            continue
        after = analysis.doc[tok.i - 1].text if tok.i > 0 else "."
        mid_sentence = not tok.is_sent_start and after not in {".", "!", "?", ":"} and "\n" not in after
        if any(ch.isdigit() for ch in tok.text) or (mid_sentence and tok.text[:1].isupper()):
            out.add(tok.lower_)
    return out | quoted_names(analysis.text, start, end)


def quoted_names(text: str, start: int, end: int) -> set[str]:
    """The words inside quotation marks in [start, end), lower-cased: "«Порселейн»" names a choice."""
    out: set[str] = set()
    for m in _QUOTED_NAME.finditer(text, start, end):
        inner = next(g for g in m.groups() if g is not None)
        out.update(w.lower() for w in re.findall(r"\w+", inner))
    return out
