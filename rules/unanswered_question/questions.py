"""Step 1 of unanswered-question: the questions in the customer's message.

A question is a clause that asks something: a sentence ending in "?", a clause opened by an indirect-question
phrase ("Подскажите, ...", "Цікавить, чи ...", "I was wondering whether ..."), wherever in the paragraph it
sits. Not questions: pleasantries ("How are you?"), formulas ("Can you help?"), rhetorical questions ("Неужели
так сложно?"), questions the customer answers themselves ("Did I order the wrong size? No, I checked."),
questions about what someone else asked or might ask (reported speech), and lines quoting an earlier mail.
Each question gets a type (when, how much, where, yes/no...) and the words it is about, weighted.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from replylint.languages import Morphology, morphology
from replylint.lexicon import Match
from replylint.memo import cached_property
from replylint.model import Lang
from replylint.nlp import Analysis
from replylint_rules._answers import (
    NAME_WEIGHT,
    LexiconSource,
    Term,
    content_terms,
    find_times,
    next_solid,
    past_tense,
    prev_solid,
    stop_words,
    topic_lexicons,
    topics_by_token,
)
from replylint_rules.unanswered_question.passages import glued_stop, quoted_line
from replylint_rules.unanswered_question.signature import signature_blocks
from replylint_rules.unanswered_question.stems import StemIndex, any_stop_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

QUESTION_KINDS = ("when", "how-much", "where", "status", "compare", "why", "which", "how", "yes-no")
"""Question types with a lexicon of question words each (`question_<type>`, "how-much" as `question_howmuch`)."""

TYPED = frozenset({"when", "how-much", "where"})
"""Types whose answer has a recognisable shape (a time, an amount, a place): talking about the subject without
giving that shape does not answer them ("Next-day delivery is available..." does not say what it costs)."""

RHETORIC_REACH = 3
"""A rhetorical opener counts among the first words of a sentence: after an interjection ("Honestly, how hard is
it...?", "Ну неужели...?"), it still opens the complaint."""

WEIGHT = re.compile(
    r"(?<!\w)(?:weigh\w*|heav\w*|вес|веса|весу|весит|весят|весить|тяж[её]л\w*|важить|важать|вага|ваги|вагу|важк\w*"
    r"|(?:how\s+many|сколько|скільки)\s+(?:grams|kilos|kilograms|грам\w*|кілограм\w*|килограм\w*))(?!\w)",
    re.IGNORECASE,
)
"""Words asking how much something weighs, or how many grams: a "how much" question with one wants a weight
("Скільки грамів корму давати на день?" - "60-80 г")."""
HOW_LONG = re.compile(
    r"(?<!\w)(?:how\s+long|скільки\s+часу|сколько\s+времени|как\s+долго|як\s+довго|скільки\s+трива\w*"
    r"|сколько\s+длит\w*|скільки\s+займ\w*|сколько\s+займ\w*)(?!\w)",
    re.I,
)
"""Words asking how long something takes or lasts ("How long does assembly take?", «Скільки часу на ньому можна
готувати?»)."""

MEASURED = re.compile(
    r"(?<!\w)(?:voltage|wattage|power|capacity|dimensions|length|width|height|depth|temperature|volume|distance"
    r"|resolution|разрешени[еяю]|роздільн\w+\s+здатн\w*|расстояни\w*|дальност\w*|відстан\w*|дальніст\w*"
    r"|напряжени\w*|мощност\w*|[её]мкост\w*|объ[её]м\w*|габарит\w*|длин\w*|ширин\w*|высот\w*|глубин\w*"
    r"|температур\w*|напруг\w*|потужн\w*|ємн\w*|об'?[єе]м\w*|довжин\w*|висот\w*|глибин\w*"
    r"|how\s+(?:long|wide|tall|high|deep|thick)\s+(?:is|are)|how\s+(?:wide|tall|high|deep|thick))(?!\w)",
    re.IGNORECASE,
)
"""Words naming a quantity measured in units ("What voltage does it use?", «Какая мощность?», «Яка довжина?», "How
long are the sleeves?"): a number with its unit answers a "what" or "how much" question about one, and a name does
not ("How long is the warranty?" is a "when" by its own question words, answered by a time)."""

REQUEST_KINDS = frozenset({"yes-no", "how"})
"""Types a request takes: "Could you send a replacement?" (yes/no), "How do I get a replacement?" (how)."""

STATUS_WORDS = 1
"""A yes/no question with at most this many words of its own ("Всё в силе?", "Have you received it yet?") may ask
how the customer's story stands."""

OPENER_REACH = 8
"""An indirect-question opener counts among the first words of a sentence (after a short lead-in: "With two small
children I'd like to know whether ..."), or anywhere after a clause break ("I ordered a lamp last week, and I'd
like to know whether ...")."""


@dataclass(frozen=True, slots=True)
class Question:
    """One question from the customer's message: where it is there, its type, and the words it is about."""

    text: str
    start: int
    end: int
    kind: str
    terms: tuple[Term, ...]
    timed: bool
    """Its type may name a time (see `asks_time`): not a "why", "how much" or "where"."""
    about_money: bool
    borrowed: bool = False
    """Its words are the sentence before ("Почему так получилось?"): they name the subject, not the answer."""
    words: frozenset[str] = frozenset()
    """Every word of the question, lower-cased: names the reply repeats from it answer nothing."""
    context: tuple[Term, ...] = ()
    """Key words of the question before, when this one points back to it ("І чи можна замовити його...?")."""
    seeks_advice: bool = False
    """It asks for a judgement ("Is it worth it?", "Стоит ли брать?"), which advice on the subject answers."""
    asks_quantity: bool = False
    """A yes/no about a quantity ("Чи багато їх залишилося?"): a number on its subject answers it."""
    asks_charge: bool = False
    """It asks about a charge or discount ("Is there a charge?", "Есть ли скидка?"): an amount answers it."""
    requests: bool = False
    """It asks the shop to act ("Could you send a replacement?", "Можно вернуть деньги?"): doing it answers."""
    asks_remedy: bool = False
    """A yes/no whether a trouble can be put right ("Can it be fixed?", «Це можна якось виправити?»): what can be
    done, or the steps to do it, answer it."""
    ahead: bool = False
    """It asks when something will happen: no verb in it is told as past ("When will the refund reach my card?",
    not "When did you get it?"), so a date of what already happened does not answer it."""
    conditional: bool = False
    """It opens with "if so" («если да», «якщо так»): asked only if the answer to the question before is yes, so a
    no to that one leaves nothing to answer here."""
    unless_yes: bool = False
    """It opens with "if not" («если нет», «якщо ні»): asked only if the answer to the question before is no, so a
    yes to that one leaves nothing to answer here."""
    scene: bool = False
    """A yes/no after a "when" clause that sets its scene ("When you deliver the replacement, will the driver take
    the packaging away?"): the delivery's date answers the scene, not the question."""
    story: tuple[Term, ...] = ()
    """Key words of the sentence before a yes/no on how things stand, with at most one word of its own ("I sent
    the rug back last Thursday. Have you received it yet?"): the story whose state it asks about."""
    happened: frozenset[str] = frozenset()
    """The lemmas of the step a yes/no asks has happened by now ("Has my refund gone through yet?"): a dated
    statement about its own thing that says the step back answers it ("Your refund went through this morning")."""
    key_terms: tuple[Term, ...] = dataclasses.field(init=False, repr=False, compare=False)
    """Its words that name its subject (`terms` weighing at least `NAME_WEIGHT`). perf: picked once when it is
    made; matching and judging asked for them ~60 times a lint, each time a new tuple."""

    lang: Lang = "en"
    """The language it is written in (for the times it names)."""
    daytime: bool = False
    """It names a part of the day or week ("Do you deliver only in the evening?"), found when it is `timed`."""
    quality: str = ""
    """The quality a "how + quality" question asks the degree of ("warm" in "How warm is the jacket?")."""
    told: tuple[Sequence[str], int] = dataclasses.field(default=((), 0), repr=False, compare=False)
    """The customer's message as lower-cased tokens (one list shared by its questions) and how many of them come up
    to this question's end: see `message_words`."""
    told_from: int = dataclasses.field(default=0, repr=False, compare=False)
    """How many tokens of the customer's message come before the question: see `words_before`."""
    first_seen: Mapping[str, int] = dataclasses.field(default_factory=dict, repr=False, compare=False)
    """Each word of the customer's message at its first position (one mapping shared by its questions): see
    `said_before`."""
    story_stems: StemIndex = dataclasses.field(default_factory=lambda: StemIndex(()), repr=False, compare=False)
    """The customer's message's words by stem (one index shared by its questions): see `told_from`."""
    letter: frozenset[str] = dataclasses.field(default=frozenset(), repr=False, compare=False)
    """Every word of the customer's message (one set shared by its questions): see `letter_words`."""
    _asks_time: list[bool] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_terms", tuple(t for t in self.terms if t.weight >= NAME_WEIGHT))
        object.__setattr__(self, "_asks_time", [])

    @property
    def asks_time(self) -> bool:
        """It names a time itself ("Will it come before the 20th?"), so a date answers it whatever its type.

        perf: its times are found on first asking, once: most questions are answered (or not) before it is asked.
        A "why", "how much" or "where" names none ("Why was my last box two days late?" asks for a reason; a time
        in "how much is next-day delivery" says which service), and a part of the day names one ("Do you deliver
        only in the evening?": the actual times answer it as a date does), as does making it in time («Встигне до
        цієї дати?», "Will it arrive in time?": the date it comes tells)."""
        found = self._asks_time
        if not found:
            found.append(self.timed and (self.daytime or _in_time(self.text) or _names_a_moment(self.text, self.lang)))
        return found[0]

    @property
    def message_words(self) -> frozenset[str]:
        """Every word of the customer's message up to the question's end, lower-cased: what the reply says back
        from the letter adds nothing of its own. perf: built when asked (rarely), not per question: a set per
        question of all the words before it was quadratic in a message of many questions."""
        tokens, end = self.told
        return frozenset(tokens[:end])

    @property
    def words_before(self) -> frozenset[str]:
        """The words of the customer's message before the question, lower-cased: the thing the letter has already
        named ("Заказал шкаф-купе «Модена»... Соберут ли мастера шкаф на месте, или самому?") is no alternative."""
        return frozenset(self.told[0][: self.told_from])

    def said_before(self, word: str) -> bool:
        """Whether the customer's message has `word` (lower-cased) before the question: `words_before` asked of one
        word (perf: by the message's first-occurrence index, not a set of every word before each question, which
        was quadratic in a message of many questions)."""
        first = self.first_seen.get(word)
        return first is not None and first < self.told_from

    @property
    def letter_words(self) -> frozenset[str]:
        """Every word of the customer's message, lower-cased: what else the customer wrote of. perf: the set its
        questions share (`Markup.letter`); built per question from the message's words, it was quadratic in a
        message of many questions."""
        return self.letter or frozenset(self.told[0])

    @property
    def topics(self) -> frozenset[str]:
        """The topics of all its words, generic ones too ("When will my order arrive?" is about delivery)."""
        return frozenset(topic for t in (*self.terms, *self.context) for topic in t.topics)


class Markup:
    """Where the customer's message has question words, openers, formulas and topic words, each found once.

    perf: only the question words and openers are found up front, since they decide whether a sentence asks at
    all; every other phrase list is read on first use (a message whose sentences ask nothing, or ask nothing of
    a kind that needs it, never reads it: `remedy` is asked of a yes/no only, `story_state` of a short one)."""

    def __init__(self, analysis: Analysis, lex: LexiconSource) -> None:
        self._analysis, self._lex = analysis, lex
        kinds: list[tuple[str, Match]] = []
        lowers = analysis.token_lowers
        for kind in QUESTION_KINDS:
            kinds += [
                (kind, m)
                for m in lex("question_" + kind.replace("-", "")).find(analysis)
                if not _conjunction_that(lowers, m) and not _indefinite(analysis, m)
            ]
        indirect = sorted(lex("question_indirect").find(analysis), key=lambda m: m.first_token)
        self.kinds = kinds
        self.indirect = indirect
        self.starts = frozenset(m.first_token for _, m in kinds) | frozenset(m.first_token for m in indirect)
        self.kind_index = _kind_index(kinds)
        """`kinds` as (first token, position in `kinds`, kind, match) sorted by first token, with the first tokens
        alone for bisection: a question's own question words are found without a scan of the whole message."""
        self.indirect_index = [m.first_token for m in indirect]
        self.stops = stop_words(analysis.lang)
        self.texts, self.spaces = analysis.table.texts, analysis.table.spaces

    @classmethod
    def of(cls, analysis: Analysis, lex: LexiconSource) -> Markup:
        return cls(analysis, lex)

    def _matches(self, name: str) -> list[Match]:
        return list(self._lex(name).find(self._analysis))

    def _tokens(self, name: str) -> frozenset[int]:
        return frozenset(i for m in self._matches(name) for i in range(m.first_token, m.last_token + 1))

    def _firsts(self, name: str) -> frozenset[int]:
        return frozenset(m.first_token for m in self._matches(name))

    @cached_property
    def rhetorical(self) -> frozenset[int]:
        return self._firsts("question_rhetorical")

    @cached_property
    def joiners(self) -> frozenset[int]:
        return self._firsts("question_joiners")

    @cached_property
    def if_so(self) -> dict[int, int]:
        """First token -> last token of each "if so" («если да», «якщо так») that ends its clause: a comma, a dash,
        «то» / "then" or a question word comes next ("If you do not, ..." and «если так будет и дальше» are no
        "if so")."""
        return self._clause_conditions("question_if_so")

    @cached_property
    def if_not(self) -> dict[int, int]:
        """The same for "if not" («если нет», «якщо ні»): a question asked only after a no to the one before."""
        return self._clause_conditions("question_if_not")

    def _clause_conditions(self, lexicon: str) -> dict[int, int]:
        texts = self.texts
        out: dict[int, int] = {}
        for m in self._matches(lexicon):
            after = _next_token(self, m.last_token)
            if after < len(texts) and (
                texts[after] in _IF_SO_ENDS or texts[after].lower() in _THEN or after in self.starts
            ):
                out[m.first_token] = m.last_token
        return out

    @cached_property
    def money(self) -> list[Match]:
        # "on a full charge" is a battery's, not a price: the exact "charge" after "full" / "one" / "single"
        lowers = self._analysis.token_lowers
        return [
            m
            for m in self._matches("question_money")
            if not (
                m.first_token == m.last_token
                and lowers[m.first_token] == "charge"
                and m.first_token > 0
                and lowers[prev_solid(self._analysis, m.first_token, 0)] in _BATTERY_CHARGE
            )
        ]

    @cached_property
    def first_seen(self) -> dict[str, int]:
        """Each lower-cased word of the message at its first token position, for `Question.said_before`."""
        first: dict[str, int] = {}
        for k, word in enumerate(self._analysis.token_lowers):
            first.setdefault(word, k)
        return first

    @cached_property
    def letter(self) -> frozenset[str]:
        """Every lower-cased word of the message, for `Question.letter_words`."""
        return frozenset(self.first_seen)

    @cached_property
    def story_stems(self) -> StemIndex:
        """The message's words but stop words by stem, for what the reply says back of the letter."""
        return StemIndex(self._analysis.token_lowers, skip=any_stop_words())

    @cached_property
    def counts(self) -> list[Match]:
        """A quantity asked for ("minimum order", «мінімальна партія», «скільки мішків»): a number of items answers
        it."""
        return self._matches("question_count") + self._how_many_of()

    def _how_many_of(self) -> list[Match]:
        """«Скільки мішків цементу вміщається в машину при доставці?»: "how many" with a noun in the genitive after
        it counts things, whatever money word («доставка») stands further on; not money or time itself («сколько
        денег», «скільки днів»)."""
        analysis = self._analysis
        lowers = analysis.token_lowers
        morph = morphology(analysis.lang)
        out: list[Match] = []
        for i, word in enumerate(lowers[:-1]):
            if word not in _HOW_MANY:
                continue
            if _counted_noun(lowers[i + 1], morph):
                token = analysis.doc[i + 1]
                out.append(Match(analysis.doc[i].idx, token.idx + len(token.text), "", i, i + 1))
        return out

    @cached_property
    def price(self) -> frozenset[int]:
        """Tokens of words that ask for a price ("cost", "цена", "вартість")."""
        return self._tokens("question_price")

    @cached_property
    def generic(self) -> frozenset[int]:
        return self._tokens("question_generic")

    @cached_property
    def skipped(self) -> frozenset[int]:
        return self._tokens("question_skip")

    @cached_property
    def topics(self) -> dict[int, frozenset[str]]:
        return topics_by_token(self._analysis, topic_lexicons(self._lex))

    @cached_property
    def back_refs(self) -> frozenset[int]:
        return self._tokens("question_back_refs")

    @cached_property
    def advice(self) -> list[Match]:
        return self._matches("question_advice")

    @cached_property
    def charge(self) -> list[Match]:
        return self._matches("question_charge")

    @cached_property
    def quantity(self) -> list[Match]:
        return self._matches("question_quantity")

    @cached_property
    def requests(self) -> list[Match]:
        """Frames of a request for the shop to act ("could you", "можно", "чи можна")."""
        return self._matches("question_request")

    @cached_property
    def self_answers(self) -> frozenset[int]:
        """First tokens of a bare yes/no or maybe the customer gives themselves ("No, I checked.")."""
        return self._firsts("question_self_answers")

    @cached_property
    def reported(self) -> frozenset[int]:
        """Tokens of a frame that reports someone's question rather than asking one ("I was going to ask")."""
        return self._tokens("question_reported")

    @cached_property
    def daytime(self) -> list[Match]:
        """Parts of the day or week ("in the evening", «вечером», «ввечері»): the actual times answer a question
        on them."""
        return self._matches("question_daytime")

    @cached_property
    def remedy(self) -> list[Match]:
        """Words asking whether a trouble can be put right ("fix", «исправить», «виправити»)."""
        return self._matches("question_remedy")

    @cached_property
    def story_state(self) -> list[Match]:
        """Words of a yes/no on how the customer's story stands ("received", "в силе")."""
        return self._matches("question_story_state")

    @cached_property
    def past(self) -> list[int]:
        """Tokens of past-tense verbs, sorted: a question with one asks about what happened."""
        return sorted(past_tense(self._analysis))

    @cached_property
    def small_talk(self) -> list[Match]:
        """Small talk that opens a sentence ("How are you", "Как ваши дела"): the rest of it is small talk too."""
        return self._matches("question_small_talk")

    def kinds_between(self, lo: int, hi: int) -> list[tuple[str, Match]]:
        """The entries of `kinds` whose match starts at a token in [lo, hi), in their order in `kinds`."""
        keys, entries = self.kind_index
        found = entries[bisect.bisect_left(keys, lo) : bisect.bisect_left(keys, hi)]
        return [(kind, m) for _, _, kind, m in sorted(found, key=operator.itemgetter(1))]

    def opener_at(self, words: Sequence[Token]) -> Match | None:
        """An indirect-question opener ("Подскажите", "I'd like to know") among the first words of a clause."""
        if not words:
            return None
        lo = bisect.bisect_left(self.indirect_index, words[0].i)
        first = {w.i for w in words[:OPENER_REACH]}
        for m in self.indirect[lo : lo + OPENER_REACH]:
            if m.first_token in first:
                return m
        return None

    def opener_after_break(self, words: Sequence[Token]) -> Match | None:
        """An indirect-question opener that starts a later clause of the sentence: "I ordered the lamp on
        Monday, and I was wondering whether it ships before Friday"."""
        if not words:
            return None
        lo = bisect.bisect_left(self.indirect_index, words[0].i)
        hi = bisect.bisect_right(self.indirect_index, words[-1].i)
        # perf: the token table, not the Doc (a Token per index)
        texts, spaces, lowers = self._analysis.table.texts, self._analysis.table.spaces, self._analysis.token_lowers
        for m in self.indirect[lo:hi]:
            j = m.first_token - 1
            linked = False
            while j > words[0].i and (spaces[j] or lowers[j] in _CLAUSE_LINKS):
                linked = linked or not spaces[j]
                j -= 1
            # "..., and I was wondering whether", "... for the bedroom and wanted to check whether"
            phrase = m.last_token > m.first_token
            if j > words[0].i and (texts[j] in {",", ";", ":", "—", "–", "-"} or (linked and phrase)):
                return m
        return None


_CLAUSE_LINKS = frozenset(
    {"and", "but", "also", "so", "и", "а", "но", "также", "поэтому", "і", "й", "та", "але", "також", "тому"}
)  # "..., тому хотілося б знати, скільки коштуватиме підйом"


_THAT_AFTER = frozenset({"потому", "оттого", "так", "тому", "те", "то"})
"""Words before «что» / «що» that make it a conjunction: «потому что», «так что», «тому що», «через те що»."""


def _conjunction_that(lowers: Sequence[str], m: Match) -> bool:
    """Whether a one-word «что» / «що» is the conjunction of «потому что», not the question word "what", or a «как» /
    «як» that of «так как» / «так як» ("since"), not "how"."""
    i = m.first_token
    if m.last_token != i or lowers[i] not in ("что", "що", "как", "як"):
        return False
    j = i - 1
    while j >= 0 and not lowers[j].strip():
        j -= 1
    if lowers[i] in ("как", "як"):
        return j >= 0 and lowers[j] == "так"
    return j >= 0 and lowers[j] in _THAT_AFTER


_INDEFINITE_AFTER = frozenset({"то", "нибудь", "либо", "небудь"})
_MANNER = frozenset({"как", "як"})
"""«Можно это как-то исправить?» asks how as much as whether: «как-то» keeps its question word."""
_INDEFINITE_BEFORE = frozenset({"кое", "кой", "будь", "казна", "хтозна", "бозна"})


def _indefinite(analysis: Analysis, m: Match) -> bool:
    """Whether a question word is part of an indefinite pronoun written with a hyphen, which spaCy splits («что-то»,
    «кто-нибудь», «кое-где», «будь-коли»): "something", "someone" ask nothing («Нужно ли мне ещё что-то
    отправить?» is one question, not a second one opening at «что»)."""
    lowers, text = analysis.token_lowers, analysis.text
    i, last = m.first_token, m.last_token
    if lowers[i] in _MANNER:
        return False
    starts, ends = analysis.token_starts, analysis.token_ends
    after = last + 2 < len(lowers) and lowers[last + 1] == "-" and ends[last] == starts[last + 1]
    if after and lowers[last + 2] in _INDEFINITE_AFTER and starts[last + 2] == ends[last + 1]:
        return True
    return i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] in _INDEFINITE_BEFORE and text[starts[i] - 1] == "-"


def _kind_index(kinds: list[tuple[str, Match]]) -> tuple[list[int], list[tuple[int, int, str, Match]]]:
    entries = sorted(((m.first_token, n, kind, m) for n, (kind, m) in enumerate(kinds)), key=operator.itemgetter(0, 1))
    return [e[0] for e in entries], entries


def find_questions(
    analysis: Analysis, lex: LexiconSource, names: frozenset[str] = frozenset(), limit: int | None = None
) -> list[Question]:
    """The questions in the customer's message, one per clause that asks something; `names` are the lower-cased
    words of the customer's own names, under which a line asks nothing (see `signature_blocks`).

    perf: with a `limit`, reading stops once more than `limit` questions are found (the callers keep the first
    `limit`; one past it is read because a following fragment such as "Or only in the evening?" may still join
    the last question kept): each question costs its judging about a millisecond, and a letter of thousands must
    not hold up a send.
    """
    if "?" not in analysis.text and lex("question_indirect").search(analysis) is None:
        return []  # perf: a message with no "?" and no "Подскажите" asks nothing; skip the markup entirely
    mk = Markup.of(analysis, lex)
    out: list[Question] = []
    previous: tuple[int, int] | None = None
    sentences = _pieces(analysis)
    signature = signature_blocks(analysis, lex, names)
    last: tuple[int, tuple[int, int] | None] | None = None  # the token the last question starts at, its context
    joined_from = 0  # questions before this index are across a signature: none of them is joined to a later one
    for n, sent in enumerate(sentences):
        if limit is not None and len(out) > limit:
            break
        words = _words(analysis, sent.start, sent.end)
        # a sentence that runs out of the signature ("Олеся\n\nP.S. И сколько стоит доставка?") asks in the P.S.
        if _inside(signature, sent.end_char - 1):
            # a P.S. under the signature is asked afresh: the questions above the name are not its subject
            joined_from = len(out)
            continue
        if not words or quoted_line(analysis.text, sent.start_char):
            continue
        context, previous = previous, (sent.start_char, sent.end_char)
        first = _asking_from(analysis, mk, sent, words, sentences[n + 1] if n + 1 < len(sentences) else None)
        if first is None:
            previous = _story_after(analysis, sent, context, previous)
            continue
        for k, (lo, hi) in enumerate(_clauses(mk, words, first, sent.end)):
            if last is not None and out and _alternative_to_last(analysis, lo, hi, out[-1]):
                # "Can I use it in the morning? Or only in the evening?": one either/or asked in two sentences
                merged = _question(analysis, mk, last[0], hi, last[1])
                if merged is not None:
                    out[-1] = dataclasses.replace(merged, context=out[-1].context)
                    last = None  # perf: one fragment joins a question; a chain of "Or ...?" would re-read it each time
                    continue
            if _only_ps(analysis, lo, hi):
                # a "P.S." the sentence splitter left on its own asks nothing; the question after it asks afresh
                joined_from = len(out)
                continue
            q = _question(analysis, mk, lo, hi, context)
            if q is None:
                continue
            last = (lo, context)
            if out and q.borrowed and q.kind == "yes-no" and not mk.kinds_between(lo, hi):
                # «Коли її привезуть? ... P.S. Хоча б приблизно?», "Roughly?": no question word and no word of its
                # own, so it asks the question before again, of its kind, not about the line above it
                before = out[-1]
                out.append(
                    dataclasses.replace(
                        q,
                        terms=(),
                        borrowed=False,
                        context=before.key_terms,
                        kind=before.kind,
                        timed=before.timed,
                        ahead=before.ahead,
                    )
                )
                continue
            joinable = bool(out) and (len(out) > joined_from or not q.key_terms)
            leans_on = out[-1] if joinable else None
            q = _in_context(analysis, mk, q, (lo, hi), before=leans_on, opening=not out, joined=k > 0, context=context)
            out.append(_term_asked(q))
    return out


def _in_context(
    analysis: Analysis,
    mk: Markup,
    q: Question,
    span: tuple[int, int],
    *,
    before: Question | None,
    opening: bool,
    joined: bool,
    context: tuple[int, int] | None,
) -> Question:
    """The question with the subject it leans on: the question `before` it (when it may join it), or the
    sentence before it (`context`); `span` is its clause's tokens, `opening` whether no question came before it.

    "Коли будуть знижки і які товари братимуть участь?", "...and can I pay for it on delivery?": a question joined
    to the one before (`joined`: a later clause of one sentence), or pointing back to it, shares its subject; so
    does one with no subject of its own right after it ("Замовлення ще не відправили? Коли чекати?"). Across a
    signature only a question with no subject of its own leans on the one before ("P.S. When, roughly?"); "P.S.
    And how much is delivery?" asks afresh (the caller passes no `before` then).
    """
    lo, hi = span
    subjectless = before is not None and not q.key_terms and context is not None and before.end >= context[0]
    # "If so, how long?", «Если есть, сколько процентов?»: an "if so" points back to the question before
    points_back = q.conditional or any(i in mk.back_refs for i in range(lo, hi))
    if before is not None and not q.borrowed and (joined or subjectless or points_back):
        return dataclasses.replace(q, context=before.key_terms)
    if (
        opening
        and not q.borrowed
        and context is not None
        and (_demonstrative(analysis, lo, hi) or (q.kind == "how" and _HOW_THIS.search(q.text) is not None))
    ):
        return dataclasses.replace(q, context=_story_terms(analysis, mk, context))
    if opening and not q.borrowed and context is not None and q.requests and _asks_for_it(analysis, q, lo, hi):
        told = _story_terms(analysis, mk, context)
        if any("topic_documents" in t.topics for t in told):
            return dataclasses.replace(q, context=told)
    if not q.context and context is not None and OF_THEM.search(analysis.text, q.start, q.end):
        return dataclasses.replace(q, context=_named_in(analysis, mk, context))
    return q


_DEMONSTRATIVES = frozenset(
    {"этот", "эта", "этой", "эту", "этого", "этому", "этим", "этом", "эти", "этих"}
    | {"цей", "ця", "цієї", "цій", "цю", "цього", "цим", "цьому", "ці", "цих"}
)
"""Russian and Ukrainian demonstratives that point at a thing just named («к этой дате», «на цю адресу»). A
personal pronoun ("Does it come in blue?") names the thing asked about in almost every question, and «это», «це»,
"this", "that" stand as often for the whole trouble ("Is that normal?", «Это нормально?»), which the question asks
about itself: neither takes the story."""


JUDGES_THE_STORY = re.compile(
    r"(?<!\w)(?:(?:is|was)\s+(?:that|this|it)\s+(?:normal|ok|okay|usual|expected|a\s+defect|a\s+fault)(?!\s+to\b)"
    r"|(?:это|це)\s+(?:нормально|норма|брак|дефект)|так\s+(?:и\s+)?(?:должно|має|повинно))(?!\w)",
    re.IGNORECASE,
)
"""A yes/no judging what the letter told ("Is that normal for a new machine?", «Это нормально?»): only a position
on it answers, never the thing's name said back. Not "is it OK to ...", which asks leave."""


_HOW_THIS = re.compile(r"(?<!\w)(?:как|як)\s+(?:мне\s+|мені\s+|можно\s+|можна\s+)?(?:это|це)\s+\w+", re.IGNORECASE)
"""A Russian or Ukrainian "how" whose object is «это», «це», the story before it («Мені щодня приходять листи з
акціями. Як це вимкнути?»): it asks how to deal with what that sentence tells. Not "How do I reset it?", whose "it"
is the thing, nor «как их заряжать», whose «их» is the headphones."""


def _demonstrative(analysis: Analysis, lo: int, hi: int) -> bool:
    lowers = analysis.token_lowers
    return any(lowers[i] in _DEMONSTRATIVES for i in range(lo, hi))


def _asks_for_it(analysis: Analysis, q: Question, lo: int, hi: int) -> bool:
    """A request to send "it" ("I need the receipt for order 33871. Could you send it to me?", «Можете прислать
    его?»): the one kind of question whose personal pronoun stands for a thing of the story rather than of the
    question, since a paper is sent, and the caller takes the story only when it names a paper. Other requests
    with "it" ("Could you deliver it on Saturday?") keep their own subject (see `_DEMONSTRATIVES`)."""
    lowers = analysis.token_lowers
    return _SEND_ASKED.search(q.text) is not None and any(lowers[i] in IT_WORDS for i in range(lo, hi))


IT_WORDS = frozenset({"it", "его", "её", "ее", "його", "її"})
"""The pronoun a request to send a paper asks for it by ("Could you send it?", «Можете прислать его?», «Можете
надіслати його?»)."""
_SEND_ASKED = re.compile(
    r"(?<!\w)(?:send|e-?mail|forward|resend|прислать|пришлите|выслать|вышлите|отправить|отправьте|переслать"
    r"|перешлите|скинуть|скиньте|надіслати|надішліть|вислати|вишліть|відправити|відправте|переслати|перешліть"
    r"|скинути)(?!\w)",
    re.IGNORECASE,
)
"""The verbs of a request to send something."""


def _story_terms(analysis: Analysis, mk: Markup, span: tuple[int, int]) -> tuple[Term, ...]:
    """The words of the sentence before the first question, when the question points back at it: «Хочу заказать
    торт на субботу, 29 ноября. Успеете к этой дате?» asks about the cake and the day the sentence names."""
    return tuple(t for t in _told_in(analysis, mk, span) if t.weight >= 1.0)


def _told_in(analysis: Analysis, mk: Markup, span: tuple[int, int]) -> list[Term]:
    """Every content word of a sentence of the letter (a story a question points back to)."""
    return content_terms(analysis, span[0], span[1], skip=set(), generic=mk.generic, topics=mk.topics)


OF_THEM = re.compile(
    r"(?<!\w)(?:из\s+(?:них|этих|двух)|з\s+(?:них|цих|двох)|of\s+(?:them|the\s+two|these|those))(?!\w)", re.IGNORECASE
)
"""A choice among things named before the question ("Which of them is quieter?", «Какой из них посоветуете?», «Який
з них тихіший?»)."""


def _named_in(analysis: Analysis, mk: Markup, span: tuple[int, int]) -> tuple[Term, ...]:
    """The names of the sentence before («Ветеринар посоветовал Royal Canin, а сын говорит, что лучше Brit Care»):
    the things a "which of them" chooses among, which a reply naming one of them answers."""
    return tuple(
        t for t in _told_in(analysis, mk, span) if t.weight == NAME_WEIGHT or (t.weight >= 1.0 and not t.text.islower())
    )


_OR_WORDS = frozenset({"or", "или", "либо", "або", "чи"})
_OR_FRAMES = frozenset({"is", "are", "does", "do", "can", "will", "would", "should"})
_OR_SUBJECTS = frozenset({"it", "they", "this", "that", "these", "those"})
ALTERNATIVE_WORDS = 6
"""An "or" fragment after a question is short ("Or only in the evening?", «Или лучше 46?», «Чи лише ввечері?»);
longer, it is a question of its own."""
_PREDICATE_TAGS = frozenset({"VERB", "INFN", "PRED", "GRND"})


def _alternative_to_last(analysis: Analysis, lo: int, hi: int, last: Question) -> bool:
    """Whether the question in tokens [lo, hi) is a short "or" fragment right after the customer's last yes/no
    question: the second alternative of one either/or question split over two sentences. Ukrainian «чи» also
    opens a plain yes/no ("Чи є знижка?"), so a fragment it opens must have no verb of its own («Чи лише
    ввечері?»)."""
    words = _words(analysis, lo, hi)
    if last.kind != "yes-no" or not words or words[0].lower_ not in _OR_WORDS:
        return False  # "When will it come? Or can I collect it?" asks two things: only a yes/no takes an "or"
    # "Or is it only for the evening?": the "is it" repeats the question's frame and adds no words of its own
    framed = len(words) > 2 and words[1].lower_ in _OR_FRAMES and words[2].lower_ in _OR_SUBJECTS
    if not 1 < len(words) - (2 if framed else 0) <= ALTERNATIVE_WORDS:
        return False
    if analysis.text[last.end : words[0].idx].strip():
        return False  # something stands between them: not a continuation
    if words[0].lower_ != "чи":
        return True
    morph = morphology(analysis.lang)
    return not any(
        w.lower_ in _PREDICATES
        or (len(w.lower_) >= 4 and w.lower_.endswith(_INFINITIVES))
        or morph.present_or_future(w.lower_)
        or morph.past(w.lower_, analysis.lemma_sets[w.i])
        for w in words[1:]
    )


_PREDICATES = frozenset({"можна", "треба", "потрібно", "варто", "слід"})
"""Words that say something of their own in a Ukrainian «чи» question with no verb ("Чи можна..?", «Чи треба..?»)."""
_INFINITIVES = ("ти", "тися", "тись")


def _pieces(analysis: Analysis) -> list[Span]:
    """The message's sentences, each cut after every "?" inside it: a question buried mid-paragraph ("... is in
    the depot, when will it be delivered? i need it for a party") is a sentence of its own even when the
    sentence splitter ran it on into the next words.

    perf: read from the analysis's token texts and whitespace flags; iterating the sentences built a Token per
    token of the message, twice."""
    doc = analysis.doc
    texts, spaces = analysis.table.texts, analysis.table.spaces
    out: list[Span] = []
    for sent in _whole_sentences(analysis):
        lo = sent.start
        last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not _closer(texts[i], spaces[i])), lo)
        for i in range(sent.start, last):
            if "?" in texts[i] or (texts[i][-1:] == "." and glued_stop(texts, i)):  # perf: see _sentences
                out.append(doc[lo : i + 1])
                lo = i + 1
        out.append(doc[lo : sent.end])
    return out


def _words(analysis: Analysis, lo: int, hi: int) -> list[Token]:
    """The word tokens among tokens [lo, hi) (those `is_word` keeps). perf: found by bisection in the analysis's
    word positions, so a Token is built for each word only, not for every space and punctuation mark."""
    indexes, doc = analysis.word_indexes, analysis.doc
    return [doc[i] for i in indexes[bisect.bisect_left(indexes, lo) : bisect.bisect_left(indexes, hi)]]


_INITIAL = re.compile(r"[A-ZА-ЯІЇЄҐ]\.")


def _whole_sentences(analysis: Analysis) -> list[Span]:
    """The message's sentences, with a break after an initial undone: "собрание сочинений К. Г. Паустовского в 9
    томах?" is one question, not a statement ending at "К." and a question starting at "Г."."""
    doc, texts = analysis.doc, analysis.table.texts
    out: list[Span] = []
    for sent in analysis.sentences:
        before = out[-1] if out else None
        if before is not None and before.end == sent.start and _INITIAL.fullmatch(texts[before.end - 1]):
            out[-1] = doc[before.start : sent.end]
        else:
            out.append(sent)
    return out


def _closer(text: str, space: bool) -> bool:
    """Spaces, more question marks and closing quotes or brackets ("??", "?»") end a question, not a sentence."""
    return space or text in _CLOSERS or set(text) <= {"?", "!"}


_CLOSERS = frozenset({'"', "'", ")", "»", "”", "’"})


_PS_MARK = re.compile(r"(?:p\.?s\.?|п\.?с\.?)", re.IGNORECASE)


def _only_ps(analysis: Analysis, lo: int, hi: int) -> bool:
    words = _words(analysis, lo, hi)
    return bool(words) and all(_PS_MARK.fullmatch(t.text) for t in words)


_LINKS_ONLY = frozenset({"а", "и", "і", "й", "та", "но", "але", "ну", "ещё", "ще", "іще", "также", "також", "and",
                         "but", "so", "also", "plus"})  # fmt: skip
"""The joining words a clause cut may leave on their own before the asking words of the next clause."""


def _only_links(analysis: Analysis, lo: int, hi: int) -> bool:
    """A clause of joining words alone with no "?" ("А", «И», "And"): what a clause cut leaves before the asking
    words of the next one. Not any stop word: "Why, and when will they arrive?" asks why."""
    words = _words(analysis, lo, hi)
    if not words or "?" in analysis.text[words[0].idx : analysis.token_ends[hi - 1]]:
        return False
    lowers = analysis.token_lowers
    return all(lowers[t.i] in _LINKS_ONLY for t in words)


_CLAUSE_DASHES = frozenset({"—", "–", "--"})
"""Dashes between clauses; a hyphen is one only with a space before it ("Wi-Fi", "2-in-1" join words)."""


def _rhetorical_after_dash(analysis: Analysis, words: list[Token]) -> bool:
    """A complaint that opens the clause after a dash ends the sentence's asking: «Пишу вам третий раз — неужели
    так сложно ответить?», "Third email this week - is it really that hard to reply?"."""
    lowers, starts, text = analysis.token_lowers, analysis.token_starts, analysis.text
    for k in range(1, len(words)):
        before = words[k].i - 1
        while before > words[k - 1].i and not lowers[before].strip():
            before -= 1
        dash = lowers[before] in _CLAUSE_DASHES or (
            lowers[before] == "-" and starts[before] > 0 and text[starts[before] - 1].isspace()
        )
        if dash and _EFFORT_COMPLAINT.match(text, words[k].idx):
            return True
    return False


_EFFORT_COMPLAINT = re.compile(
    r"(?:(?:seriously|honestly|честно|серьёзно|серйозно)\s*,?\s+)?"
    r"(?:(?:неужели|невже)(?:\s+\w+){0,2}?\s+(?:так\s+|настолько\s+|настільки\s+)?"
    r"(?:сложно|трудно|складно|важко|нельзя|неможливо|невозможно)"
    r"|сколько можно|скільки можна"
    r"|(?:is|was)\s+it\s+(?:really\s+)?(?:that|so)\s+(?:hard|difficult)|how\s+hard\s+(?:is\s+it|can\s+it\s+be|was\s+it))",
    re.IGNORECASE,
)
"""A complaint about effort after a dash («— неужели так сложно ответить?», "- is it really that hard to reply?"): the
other rhetorical openers ("это нормально?", «разве она не бесплатная?») ask real questions there."""


def _inside(blocks: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in blocks)


def _asking_from(analysis: Analysis, mk: Markup, sent: Span, words: list[Token], following: Span | None) -> int | None:
    """The token the sentence's question starts at, or None when it asks nothing (or only seems to)."""
    asks = _ends_with_question_mark(analysis, sent)
    opener = mk.opener_at(words)
    if opener is None and not asks:
        opener = mk.opener_after_break(words)
    if not asks and opener is None:
        return None
    if _wish(analysis, mk, words):
        return None  # "Hi, hope your week is going well?", "Надеюсь, у вас всё хорошо?"
    if _small_talk(mk, words):
        return None  # "Как ваши дела, не завалили предновогодними заказами?" asks after the shop, not of it
    if any(w.i in mk.rhetorical for w in words[:RHETORIC_REACH]) or _rhetorical_after_dash(analysis, words):
        return None  # "Неужели так сложно?", "Honestly, how hard is it to pack a mug?"
    if asks and opener is None and any(t.i in mk.reported for t in words):
        return None  # "My husband asked me: why so expensive?" reports a question, it does not ask one
    if asks and following is not None and _answers_itself(analysis, mk, following):
        return None  # "Did I pick the wrong size? No, I measured twice."
    if (
        not asks
        and opener is not None
        and following is not None
        and _names_the_subject(analysis, mk, opener, sent)
        and _asks(analysis, mk, following)
    ):
        # «Интересует ноутбук Lenovo IdeaPad. Он есть в наличии?», «... Подскажите, сколько он работает от
        # батареи»: the next question's subject
        return None
    if not asks and opener is not None and _explain_what(analysis, mk, opener, sent):
        return None  # «Прошу пояснити ситуацію.»: a demand for an account, which no question word makes a question
    return opener.first_token if opener is not None and not asks else sent.start


def _asks(analysis: Analysis, mk: Markup, sent: Span) -> bool:
    """Whether a sentence reads as a question at first sight: it ends in "?" or opens with an indirect opener."""
    return _ends_with_question_mark(analysis, sent) or mk.opener_at(_words(analysis, sent.start, sent.end)) is not None


_EXPLAIN = ("поясн", "расскаж", "розкаж")
"""Openers that ask for an account («поясните», «прошу пояснити», «расскажите»): a question only with a question
word after them («Поясніть, чому замовлення скасували»)."""


def _explain_what(analysis: Analysis, mk: Markup, opener: Match, sent: Span) -> bool:
    """Whether the opener asks for an account of a thing, with no question word after it: «Прошу пояснити
    ситуацію», «Расскажите подробнее» are instructions, as the page says a request without "?" and question word is."""
    lowers = analysis.token_lowers
    if not any(lowers[k].startswith(_EXPLAIN) for k in range(opener.first_token, opener.last_token + 1)):
        return False
    return not mk.kinds_between(opener.last_token + 1, sent.end)


_INTEREST = frozenset({"интересует", "интересно", "цікавить", "цікаво"})
"""Openers that say what the customer is interested in: with a clause after them they ask ("Интересует, можно ли
...", «Цікавить, чи ...»); with a thing alone they may name what the next question asks about."""


def _names_the_subject(analysis: Analysis, mk: Markup, opener: Match, sent: Span) -> bool:
    """An interest opener followed by a thing, not a clause: no comma or colon after it and no question word in the
    rest of the sentence («Интересует ноутбук Lenovo IdeaPad Slim 5», «Цікавить крісло Ergo»)."""
    texts = analysis.table.texts
    if texts[opener.first_token].lower() not in _INTEREST or opener.last_token + 1 >= sent.end:
        return False
    if texts[opener.last_token + 1] in {",", ":", "—", "-"}:
        return False
    # «Интересует наличие куртки», «Цікавить вартість доставки»: what is asked about the thing, a question
    if analysis.lemma_sets[opener.last_token + 1] & _ASKED_NOUNS:
        return False
    return not mk.kinds_between(opener.last_token + 1, sent.end)


_ASKED_NOUNS = frozenset(
    {"наличие", "срок", "сроки", "стоимость", "цена", "возможность", "условие", "условия", "вариант", "варианты"}
    | {"наявність", "термін", "терміни", "вартість", "ціна", "можливість", "умова", "умови", "варіант", "варіанти"}
)
"""Nouns that ask something about a thing after an interest opener («Интересует наличие ...», «Цікавить вартість
...»): the sentence is a question, not the next question's subject."""


_WISHES = frozenset({"hope", "hoping", "trust", "надеяться", "надеюсь", "сподіватися", "сподіваюся", "сподіваюсь"})
WISH_REACH = 3
"""A wish opens the sentence: among its first words, after a greeting ("Hi, hope ...")."""
_GREETING_WORDS = frozenset(
    {"hi", "hello", "hey", "dear", "good", "привет", "здравствуйте", "добрый", "доброе", "доброго", "привіт", "вітаю"}
    | {"добрий", "доброго", "здрастуйте"}
)
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "day"})
_GREETING_REACH = 6
"""A greeting with the shop's name ("Hi Garden team,", «Добрый день, магазин «Уют»,») is at most this many
words before its comma."""


def _story_after(
    analysis: Analysis, sent: Span, before: tuple[int, int] | None, this: tuple[int, int]
) -> tuple[int, int] | None:
    """The sentence a question after `sent` (which asks nothing) points back to: «Чайник прийшов із тріщиною. Хіба так
    важко запакувати? Що мені тепер робити?» - a question that asks nothing (rhetorical, small talk) is no
    story, so the one before it stays."""
    return before if _ends_with_question_mark(analysis, sent) else this


def _typed(mk: Markup, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) ask "when", "how much" or "where" after an opener ("Do you know how much...?")."""
    return any(kind in TYPED for kind, _ in mk.kinds_between(lo, hi))


def _greeted(mk: Markup, words: list[Token]) -> int:
    """How many of the sentence's first words are a greeting before its comma ("Hi Garden team, ...", «Добрый
    день, ...»): they name no subject of the question after them."""
    if not words or words[0].lower_ not in _GREETING_WORDS:
        return 0
    if words[0].lower_ == "good" and (len(words) < 2 or words[1].lower_ not in _TIMES_OF_DAY):
        return 0  # "Good quality, but does it fold?" opens with no greeting
    texts = mk.texts
    comma = next(
        (k for k, w in enumerate(words[:_GREETING_REACH]) if w.i + 1 < len(texts) and texts[w.i + 1] == ","), None
    )
    return 0 if comma is None else comma + 1


def _opening(mk: Markup, words: list[Token]) -> list[Token]:
    """The sentence's first words after a greeting that opens it ("Hi Garden team, how's your week going?"):
    where a wish or small talk may begin."""
    return words[: _greeted(mk, words) + WISH_REACH]


def _wish(analysis: Analysis, mk: Markup, words: list[Token]) -> bool:
    """A wish shaped as a question ("Hi, hope your week is going well?"): "hope" among the first words and no
    question word but a yes/no frame, so "Hope you can tell me when it ships?" still asks when."""
    if not any(w.lower_ in _WISHES or analysis.lemma_sets[w.i] & _WISHES for w in _opening(mk, words)):
        return False
    return all(kind == "yes-no" for kind, _ in mk.kinds_between(words[0].i, words[-1].i + 1))


def _small_talk(mk: Markup, words: list[Token]) -> bool:
    """A sentence opened by small talk ("How are you, swamped with orders?") that goes on without a question
    word or a request of its own: "How are you? When will it ship?" and "How are you, and when will it ship?"
    still ask when."""
    first = {w.i for w in _opening(mk, words)}
    lo, hi = words[0].i, words[-1].i + 1
    # or opening a clause after a comma, the words before it a remark of the customer's ("Бачила вашу рекламу в
    # метро, як ваші справи, не завалили замовленнями?"), which the check below keeps free of question words
    talk = next(
        (
            m
            for m in mk.small_talk
            if (m.first_token in first or (lo < m.first_token < hi and _after_comma(mk, m.first_token)))
            and _talk_ends(mk, m.last_token)
        ),
        None,
    )
    if talk is None:
        return False
    if _any_between(mk.requests, words[0].idx, words[-1].idx + 1):
        return False
    # after a remark, the talk ends the sentence and nothing else in it asks: "I ordered the lamp, how are you, has
    # it shipped?" still asks whether it shipped
    opening = talk.first_token in first
    return all(
        (kind == "yes-no" and opening) or talk.first_token <= m.first_token <= talk.last_token
        for kind, m in mk.kinds_between(lo, hi)
    )


def _after_comma(mk: Markup, i: int) -> bool:
    """Whether token i comes right after a comma (spaces between): where small talk may open a clause of its own
    after the customer's remark («Бачила вашу рекламу в метро, як ваші справи?»)."""
    k = i - 1
    while k >= 0 and mk.spaces[k]:
        k -= 1
    return k >= 0 and mk.texts[k] == ","


_TALK_TAILS = frozenset({"going", "been", "so", "treating", "проходит", "минає", "идут", "ідуть"})
"""Words a pleasantry may end with ("How's your week going?"); any other word makes it a question of its own ("How
is your weekend delivery charged?")."""
_TALK_NOUNS = frozenset({"week", "weekend", "day", "неделя", "день", "выходные", "тиждень", "вихідні"})
"""Nouns a pleasantry ends in that may as well name something asked about ("your weekend delivery", «ваша неделя
скидок», «ваш день доставки»)."""


def _talk_ends(mk: Markup, last: int) -> bool:
    """Whether the small-talk phrase ending at token `last` ends there: not before a "with" («Как дела с моим
    заказом?»); one ending in a noun that may name a service (`_TALK_NOUNS`) must be followed by punctuation, the
    end, or a word that finishes a pleasantry, so "Як ваш тиждень, не завалили замовленнями?" is small talk and
    "Как ваша неделя скидок работает?" is not."""
    k = last + 1
    while k < len(mk.texts) and mk.spaces[k]:
        k += 1
    if k >= len(mk.texts):
        return True
    text = mk.texts[k]
    if text.lower() in _TALK_ABOUT and _customers_thing(mk, k + 1):
        return False  # «Как дела с моим заказом?», "How are things with my order?": the order's status asked
    if mk.texts[last].lower() not in _TALK_NOUNS:
        return True
    return not text[:1].isalnum() or text.lower() in _TALK_TAILS


_TALK_ABOUT = frozenset({"with", "с", "со", "з", "із", "зі"})
"""A preposition after a pleasantry's words that turns them to a thing of the customer's («как дела с заказом»)."""
_CUSTOMERS_THING = re.compile(
    r"(?:my|our|the|мо\w*|наш\w*|заказ\w*|замовлен\w*|доставк\w*|возврат\w*|поверненн\w*|посылк\w*|посилк\w*"
    r"|order\w*|deliver\w*|refund\w*|return\w*|parcel\w*)",
    re.IGNORECASE,
)
"""What a pleasantry followed by "with" asks about: the customer's own thing or an order's («как дела с моим
заказом», «як справи з доставкою»), not the shop's news («як справи з ремонтом офісу?» is small talk)."""


def _customers_thing(mk: Markup, k: int) -> bool:
    """Whether the first word at or after token k is one of `_CUSTOMERS_THING`."""
    while k < len(mk.texts) and mk.spaces[k]:
        k += 1
    return k < len(mk.texts) and _CUSTOMERS_THING.fullmatch(mk.texts[k]) is not None


def _answers_itself(analysis: Analysis, mk: Markup, following: Span) -> bool:
    """The customer's next sentence opens with their own yes, no or maybe: the question was thinking aloud.
    (perf: its first word found by bisection in the word positions, not by building its Tokens.)"""
    words = analysis.word_indexes
    k = bisect.bisect_left(words, following.start)
    return k < len(words) and words[k] < following.end and words[k] in mk.self_answers


def _clauses(mk: Markup, words: list[Token], first: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the questions in one sentence: "..., and can I change the address?" / "; how much is
    it?" start a second question."""
    bounds = [first]
    texts = mk.texts
    for w in words[1:]:
        # perf: the joiners (a phrase list) are read only before a question word
        joined = _question_next(mk, w.i) and w.i in mk.joiners
        after_semicolon = texts[w.i - 1] == ";" and w.i in mk.starts
        # "Does it come with a warranty, and if so, how long is it?": the second asks only if the first is a yes
        if_so = mk.if_so.get(w.i, mk.if_not.get(w.i))
        conditional = if_so is not None and _asks_after(mk, if_so)
        if w.i > first and (joined or after_semicolon or conditional):
            bounds.append(w.i)
    bounds.append(end)
    return list(itertools.pairwise(bounds))


def _question(analysis: Analysis, mk: Markup, lo: int, hi: int, context: tuple[int, int] | None) -> Question | None:
    if _only_links(analysis, lo, hi):
        return None  # «А ще скажіть, ... скільки коштує?»: the «А» cut off before the asking words asks nothing
    doc = analysis.doc
    last = hi - 1
    while last > lo and (doc[last].is_space or (doc[last].is_punct and doc[last].text != "?")):
        last -= 1
    span_start, span_end = analysis.token_starts[lo], analysis.token_ends[last]
    words = _words(analysis, lo, hi)
    opener = mk.opener_at(words)
    skip = {i for i in range(lo, hi) if i in mk.skipped}  # perf: this question's tokens, not the message's
    skip |= {t.i for t in words if _PS_MARK.fullmatch(t.text)}  # "P.S." names no subject
    if opener is not None:
        skip |= set(range(opener.first_token, opener.last_token + 1))
    skip |= _lead_in(analysis, lo, hi)
    skip |= {t.i for t in words[: _greeted(mk, words)]}  # "Hello, where is my parcel?": "Hello" is no subject
    formula = any(t.i in mk.skipped for t in words) or opener is not None
    if not words or (
        formula and all(t.i in skip for t in words if t.lower_ not in mk.stops) and not _typed(mk, lo, hi)
    ):
        # "How are you?", "Can you help?", "Расскажите подробнее.": formulas, not questions; "Do you know how much it
        # would be?" asks a price, of the thing the question before it named
        return None
    kind = _kind(analysis, mk, lo, hi, skip)
    if _BARE_HOW_LONG.fullmatch(" ".join(t.lower_ for t in words)):
        # "...a warranty, and how long?": nothing after it, so it asks for a term, as "how long does it last?"
        # does ("how long the bench is" asks a length and stays a "what")
        kind = "when"
        skip |= {t.i for t in words}
    quality = _degree_asked(words) if kind == "how" else ""
    degree = bool(quality)
    if degree:
        kind = "yes-no"  # "How waterproof is it?": a measurement settles it, as it does "Is it warm enough?"
    terms, borrowed = _subject(analysis, mk, kind, (span_start, span_end), skip, context=context)
    if terms is None:
        return None
    text = analysis.text[span_start:span_end].strip()
    # "What is the minimum order for the trade price?" asks for a number of items, whatever price it names
    about_money = _any_between(mk.money, span_start, span_end) and not _any_between(mk.counts, span_start, span_end)
    # "на сайті ціна 1 699 грн, вона зараз є?": a price told with its amount is the story, not a price asked
    priced = any(t.i in mk.price and not _amount_follows(analysis, t.i) for t in words)
    if kind == "which" and any(t.i in mk.price and not _stands_or_costs(analysis, t.i) for t in words):
        kind = "how-much"  # "What does express delivery cost?", "Яка ціна доставки?": only an amount answers
    if kind == "yes-no" and priced and opener is not None and not mk.kinds_between(lo, hi):
        kind = "how-much"  # "Хотіла б дізнатися вартість збирання", "I'd like to know the price of ...": no "whether"
    # "Why was my last box two days late?": a why asks for a reason, and no date gives one
    # a time in a "how much" or "where" question ("next-day delivery", "...since his birthday is on Saturday")
    # says which service or why it matters; only an amount or a place answers it (see `Question.asks_time`)
    timed = kind not in _UNTIMED
    story: tuple[Term, ...] = ()
    if (
        kind == "yes-no"
        and context is not None
        and len(terms) <= STATUS_WORDS
        and _any_between(mk.story_state, span_start, span_end)
    ):
        told = content_terms(analysis, context[0], context[1], skip=skip, generic=mk.generic, topics=mk.topics)
        story = tuple(t for t in told if t.weight >= NAME_WEIGHT)
    q = Question(
        text,
        span_start,
        span_end,
        kind,
        terms,
        timed,
        about_money,
        borrowed,
        frozenset(t.lower_ for t in words),
        lang=analysis.lang,
        daytime=timed and _any_between(mk.daytime, span_start, span_end),
        seeks_advice=_any_between(mk.advice, span_start, span_end),
        asks_charge=_any_between(mk.charge, span_start, span_end),
        asks_quantity=degree or _any_between(mk.quantity, span_start, span_end),
        quality=quality,
        requests=kind in REQUEST_KINDS and _any_between(mk.requests, span_start, span_end),
        asks_remedy=kind == "yes-no" and _any_between(mk.remedy, span_start, span_end),
        story=story,
        happened=_happened(analysis, mk, kind, span_start, span_end),
        conditional=_opens_with(analysis, mk.if_so, lo, hi),
        unless_yes=_opens_with(analysis, mk.if_not, lo, hi),
        scene=kind == "yes-no" and _sets_a_scene(analysis, mk, lo, hi),
        # what the customer wrote up to the question's end: a wish told after it ("I'd prefer Apple Pay") is an
        # alternative the reply may pick, not the letter said back
        told=(analysis.token_lowers, bisect.bisect_left(analysis.token_starts, span_end)),
        told_from=lo,
        first_seen=mk.first_seen,
        story_stems=mk.story_stems,
        letter=mk.letter,
    )
    # "When will the refund reach my card?" asks ahead; "When did you get it?" does not (its times found only
    # when the past verbs leave it open, see `Question.asks_time`)
    if not _any_token_between(mk.past, lo, hi) and (kind == "when" or q.asks_time):
        q = dataclasses.replace(q, ahead=True)
    return q


_TERM_TOPICS = frozenset({"topic_warranty", "topic_validity"})
"""Things that last for a term: a warranty, a voucher's validity."""
_HOW_LONG = re.compile(r"(?<!\w)how\s+long(?!\w)", re.IGNORECASE)


def _term_asked(q: Question) -> Question:
    """ "Does it come with a warranty, and if so, how long is it?": a "how long" of its own words asks about the
    thing before it, and of a warranty or a voucher it asks the term, which a time answers ("two years"), not
    a length; of a process named in its words (`_LASTING`) it asks the duration."""
    if q.kind != "how-much" or not _HOW_LONG.search(q.text):
        return q
    if q.key_terms:
        # "How long is delivery?", "how long is assembly?": a length of a process is its duration (not "what would
        # delivery cost, and how long would it take?", a price asked beside it)
        if not _HOW_LONG_IS.search(q.text) or not any(t.lemmas & _LASTING for t in q.key_terms):
            return q
    elif not q.context or _TERM_TOPICS.isdisjoint(topic for t in q.context for topic in t.topics):
        return q
    return dataclasses.replace(q, kind="when", timed=True)


_HOW_LONG_IS = re.compile(r"(?<!\w)how\s+long\s+(?:is|are)(?!\w)", re.IGNORECASE)
_LASTING = frozenset(
    {"delivery", "shipping", "dispatch", "transit", "turnaround", "processing", "assembly", "installation", "repair",
     "refund", "wait"}
)  # fmt: skip
"""What an English "how long is ...?" asks the duration of, not the length: a process, not a thing ("How long is
delivery?" - "10 to 14 working days"; "How long is the cable?" - "1.5 m")."""


def _opens_with(analysis: Analysis, conditions: dict[int, int], lo: int, hi: int) -> bool:
    """Whether one of `conditions` (`Markup.if_so`, `Markup.if_not`) is the question's first words ("and if so, how
    long is it?", «Если да, на какой срок?», "If not, when will it be back?")."""
    words = analysis.word_indexes
    k = bisect.bisect_left(words, lo)
    return k < len(words) and words[k] < hi and words[k] in conditions


def _any_token_between(tokens: list[int], lo: int, hi: int) -> bool:
    k = bisect.bisect_left(tokens, lo)
    return k < len(tokens) and tokens[k] < hi


_STAND_OR_COST = frozenset({"стоить", "стоять"})


_PRICE_TOLD = re.compile(
    r"[\s:–—-]*(?:(?:is|of|=|—|-|составляет|становить)\s+)?(?:[£$€₴₽]\s?\d|\d[\d\s.,]*\s?(?:₽|₴|€|\$|£|руб\w*|р\."
    r"|грн\w*|гривн\w*|eur\w*|euros?|usd|dollars?|pounds?|uah|rub)(?!\w))",
    re.IGNORECASE,
)
"""A price word's amount right after it («ціна 1 699 грн», "price is £40"): a sum of money, not any number ("the
price of 2 metres" asks it)."""


def _amount_follows(analysis: Analysis, i: int) -> bool:
    """Whether a sum of money follows the price word at token i, within a few characters (`_PRICE_TOLD`, anchored)."""
    return _PRICE_TOLD.match(analysis.text, analysis.token_ends[i]) is not None


def _stands_or_costs(analysis: Analysis, i: int) -> bool:
    """«стоят» is "cost" and "stand" alike: «Какие струны на ней стоят с завода?» asks which strings are fitted,
    which a price would not answer; asked "which", only the price nouns («Какая цена?») make it a price question."""
    return _STAND_OR_COST.issubset(analysis.lemma_sets[i])


_UNTIMED = frozenset({"why", "how-much", "where"})

_BARE_HOW_LONG = re.compile(
    r"(?:(?:and|but|or)\s+)?(?:if\s+(?:so|yes|there\s+is|there\s+are|it\s+does|any)\s+)?(?:for\s+)?how\s+long"
)
"""A "how long" with nothing after it (the question's words, lower case, joined by spaces), also after an "if so"
("...a warranty on it - if there is, how long?")."""

_NOT_DEGREE = frozenset(
    {
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "is",
        "are",
        "was",
        "were",
        "come",
        "exactly",
        "else",
        "then",
        "so",
        "to",
        "about",
        "often",
        "soon",
        "much",
        "many",
        "long",
        "far",
        "old",
    }
)
_COPULAS = frozenset({"is", "are", "was", "were", "will", "would", "does", "do", "did"})


def _degree_asked(words: list[Token]) -> str:
    """ "How waterproof is it?", "How warm are these boots?": "how", a word of quality, then the verb. It asks how
    much of a quality the thing has, not how to do something: a measurement or the quality said back answers it,
    steps do not. ("How long is", "how big" are amount questions already; "how exactly is it done?" asks a way.)"""
    lowers = [t.lower_ for t in words]
    for k in range(len(lowers) - 2):
        if lowers[k] == "how":
            quality = lowers[k + 1]
            asked = quality.isalpha() and quality not in _NOT_DEGREE and lowers[k + 2] in _COPULAS
            return quality if asked else ""
    return ""


_LEAD_NOUNS = frozenset({"question", "query", "вопрос", "питання", "запитання"})
"""Nouns that announce the customer's question: "my actual question:", "Вопрос такой:", "Питання:"."""


def _lead_in(analysis: Analysis, lo: int, hi: int) -> set[int]:
    """The tokens of a lead-in before a colon that announces the question ("Anyway, my actual question: do you
    offer a trial?"): they say a question follows, not what it is about. A subject before a colon ("Delivery to
    Kyiv: how much?") names no such noun and stays."""
    texts, lowers = analysis.table.texts, analysis.token_lowers  # perf: not a Token per index
    colon = next((i for i in range(lo, hi) if texts[i] == ":"), None)
    if colon is None or not any(
        analysis.lemma_sets[i] & _LEAD_NOUNS or lowers[i] in _LEAD_NOUNS for i in range(lo, colon)
    ):
        return set()
    return set(range(lo, colon + 1))


_HOW_MANY = frozenset({"сколько", "скільки"})
_NOT_COUNTED = re.compile(
    r"денег|грошей|коштів|рубл\w*|гривен\w*|гривн\w*|копе\w*|долар\w*|доллар\w*|евро|євро|процент\w*|відсот\w*"
    r"|времени|часу|часов|годин\w*|дней|дня|днів|недель|неделю|тижнів|місяців|месяцев|лет|років|минут|хвилин|секунд"
    r"|зараз|сейчас|всего|всього|примерно|приблизно|вообще|взагалі|километр\w*|кілометр\w*|метр\w*|сантиметр\w*"
    r"|литр\w*|літр\w*|грамм\w*|грам\w*|килограмм\w*|кілограм\w*|ватт\w*|градус\w*",
)
"""After "how many", money, time, a unit or an adverb («скільки зараз коштує»), not things counted."""


def _counted_noun(word: str, morph: Morphology) -> bool:
    """Whether `word`, after «сколько»/«скільки», names things counted («мешков», «мішків»): a noun in the
    genitive that is no money or time."""
    return _NOT_COUNTED.fullmatch(word) is None and morph.genitive_noun(word)


_BATTERY_CHARGE = frozenset({"full", "one", "single", "each", "per"})
"""Words before "charge" that make it a battery's ("on a full charge", "per charge"), not a price."""


def _any_between(matches: list[Match], start: int, end: int) -> bool:
    """Whether a match (of one lexicon, so in text order) starts in [start, end): by bisection, once per
    question, where a scan of the message's matches per question was quadratic."""
    k = bisect.bisect_left(matches, start, key=operator.attrgetter("start"))
    return k < len(matches) and matches[k].start < end


def _kind(analysis: Analysis, mk: Markup, lo: int, hi: int, skip: set[int]) -> str:
    """The question's type from its question words; they join `skip`, since they say nothing of the subject."""
    # a status asked in a pleasantry's words («Как дела с моим заказом?», «Як справи з замовленням?») still asks it
    inside = [(k, m) for k, m in mk.kinds_between(lo, hi) if m.first_token not in skip or k == "status"]
    if not inside:
        return "yes-no"
    # A wh-word beats the yes/no frame around it ("Could you tell me when...", "Is it possible to know
    # where..."), and a bare "what"/"что" is the weakest wh-word ("What are the opening hours?").
    inside.sort(key=lambda km: (_tier(km[0], km[1]), km[1].first_token, -(km[1].last_token - km[1].first_token)))
    kind, m = inside[0]
    for k, y in inside:
        # "статус" names the subject of "де подивитися статус?"; question words proper say nothing. A marker of
        # another type that lost to this one is words of the subject: "How much extra is an early slot?" asks the
        # price of the early slot, whatever "earliest slot" would ask in a "when"
        if (k != "status" or y is m) and (k in (kind, "yes-no") or y.first_token <= m.first_token):
            skip |= _question_words(analysis, y)
    frames = [y for k, y in inside if k == "yes-no"]
    if (
        _subordinate(analysis, m, frames)
        or _after_whether(analysis, m, frames)
        or _setting(analysis, kind, m, frames)
        or _modal_before(analysis, kind, m, lo)
        or (kind == "when" and _modal_after_scene(analysis, m, hi))
    ):
        return "yes-no"
    if kind == "when" and _counts_after_how_soon(analysis, m):
        return "how-much"
    return _governing(analysis, m, inside, lo) or kind


_THROUGH = frozenset({"через"})
_TIME_COUNTED = re.compile(
    r"(?:секунд|минут|часов|дней|суток|недель|месяцев|лет|годов|хвилин|годин|днів|діб|тижнів|місяців|років)",
    re.IGNORECASE,
)


def _counts_after_how_soon(analysis: Analysis, m: Match) -> bool:
    """ "Через сколько" asks a "when" («Через сколько деньги вернутся?»), unless a count follows it that is no
    time: «Через сколько страниц закончится картридж?», «через скільки кілометрів міняти ланцюг?» ask a number."""
    lowers = analysis.token_lowers
    if lowers[m.first_token] not in _THROUGH:
        return False
    k = next_solid(analysis, m.last_token)
    if k >= len(lowers) or _TIME_COUNTED.fullmatch(lowers[k]):
        return False
    return analysis.morphology.counted(lowers[k])


_KNOWING = frozenset(
    {
        "know",
        "tell",
        "say",
        "let",
        "advise",
        "confirm",
        "check",
        "find",
        "ask",
        "update",
        "inform",
        "wonder",
        "clarify",
        "see",
        "узнать",
        "знать",
        "сказать",
        "подсказать",
        "уточнить",
        "сообщить",
        "понять",
        "выяснить",
        "дізнатися",
        "знати",
        "сказати",
        "підказати",
        "уточнити",
        "повідомити",
        "зрозуміти",
        "з'ясувати",
    }
)
"""Verbs between a frame and a wh-word that make the wh-word the thing asked: "Could you tell me when..."."""
FRAME_REACH = 2
"""A frame that governs a later wh-word opens the question: among its first words."""


def _governing(analysis: Analysis, wh: Match, inside: list[tuple[str, Match]], lo: int) -> str | None:
    """The kind of a frame that opens the question and governs a later wh-word with no verb of knowing between:
    "What are its dimensions when fully extended?" asks what, "Is there any delay when watching videos?" asks
    whether; "when" only says in which state. ("Could you tell me when it ships?" asks when.)"""
    # perf: the words from the word positions and the token lists, not Tokens built from the Doc
    words, lowers = analysis.word_indexes, analysis.token_lowers
    k0 = bisect.bisect_left(words, lo)
    opening = words[k0 : min(k0 + FRAME_REACH, bisect.bisect_left(words, wh.first_token))]
    for k, y in inside:
        if y.first_token >= wh.first_token or y.first_token not in opening or y is wh:
            continue
        between = range(y.last_token + 1, wh.first_token)
        if all(lowers[i] in _LINKS or not lowers[i].isalpha() for i in between):
            continue  # "What is the last day to order?": the frame only introduces what is asked
        if not any(lowers[i] in _KNOWING or analysis.lemma_sets[i] & _KNOWING for i in between):
            return k
    return None


_LINKS = frozenset({"is", "are", "was", "the", "a", "an", "s", "это", "є", "це"})
"""Words between "What" and the phrase it introduces ("What is the ..."), which govern nothing."""


def _subordinate(analysis: Analysis, wh: Match, frames: list[Match]) -> bool:
    """A wh-word in a clause of its own after a yes/no frame: "Можно ли расплатиться картой, когда привезут
    холодильник?" asks whether, and "when" only says which moment. ("Could you tell me when..." has no break.)"""
    texts = analysis.table.texts
    return any(
        y.last_token < wh.first_token
        and any(texts[i] in {",", ";", "—", "–"} for i in range(y.last_token + 1, wh.first_token))
        for y in frames
    )


def _sets_a_scene(analysis: Analysis, mk: Markup, lo: int, hi: int) -> bool:
    """Whether the yes/no in tokens [lo, hi) follows a "when" clause of its setting (see `_setting`), whose date a
    reply may give without answering it."""
    inside = mk.kinds_between(lo, hi)
    frames = [m for k, m in inside if k == "yes-no"]
    return any(
        k == "when" and (_setting(analysis, k, m, frames) or _modal_after_scene(analysis, m, hi)) for k, m in inside
    )


def _modal_after_scene(analysis: Analysis, wh: Match, hi: int) -> bool:
    """«Когда в пятницу привезут комод, можно будет расплатиться картой?»: a "can" with no «ли»/«чи» right after the
    comma closing a "when" clause asks whether, as «можно ли» there would (`_setting`)."""
    if wh.first_token != wh.last_token:
        return False
    comma = _scene_comma(analysis.table.texts, wh.last_token + 1, hi)
    if comma is None:
        return False
    nxt = next_solid(analysis, comma)
    return nxt < hi and analysis.token_lowers[nxt] in _MODALS_ASKING


_MODALS_ASKING = frozenset({"можна", "можно", "можу", "можемо", "можем", "могу", "зможу", "смогу"})


def _modal_before(analysis: Analysis, kind: str, wh: Match, lo: int) -> bool:
    """«Можна буде оплатити карткою, коли кур'єр привезе?»: a "can" with no «ли»/«чи» frame before a comma and a
    "when" clause asks whether; the "when" only says at which moment."""
    if kind != "when" or wh.first_token <= lo:
        return False
    texts, lowers = analysis.table.texts, analysis.token_lowers
    k = prev_solid(analysis, wh.first_token, lo)
    if k < lo or texts[k] != ",":
        return False
    # «Можно узнать, когда его отправят?» asks the "when" politely: a verb of asking after the modal keeps it
    if any(not analysis.lemma_sets[i].isdisjoint(_KNOWING) for i in range(lo, k)):
        return False
    return any(lowers[i] in _MODALS_ASKING for i in range(lo, k))


_WH_AUXILIARIES = frozenset(
    {"will", "would", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "shall", "might"}
)


def _setting(analysis: Analysis, kind: str, wh: Match, frames: list[Match]) -> bool:
    """A "when" clause that sets the scene before a yes/no ("When the wardrobe is delivered on Friday, can I pay by
    card?", «Когда привезут шкаф, можно ли оплатить картой?»): the question asks whether, and "when" only says
    which moment. Not "When will it arrive, do you know?" (its verb asks) nor a frame of knowing ("..., could you
    tell me?"), which asks the "when" itself."""
    if kind != "when" or wh.first_token != wh.last_token:
        return False
    texts, lowers, lemma_sets = analysis.table.texts, analysis.token_lowers, analysis.lemma_sets
    nxt = next_solid(analysis, wh.last_token)
    if nxt < len(texts) and lowers[nxt] in _WH_AUXILIARIES:
        return False
    return any(
        y.first_token > wh.last_token
        and _clause_before_comma(texts, wh.last_token + 1, y.first_token)
        and all(lemma_sets[i].isdisjoint(_KNOWING) for i in range(y.first_token, min(len(texts), y.last_token + 4)))
        for y in frames
    )


SCENE_WORDS = 2
"""Words a clause of time has before its comma ("when | the wardrobe is delivered,"): "When roughly, can you...?"
has one, a hedge, and asks the "when"."""


def _clause_before_comma(texts: Sequence[str], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) hold a comma with at least `SCENE_WORDS` words before it."""
    return _scene_comma(texts, lo, hi) is not None


def _scene_comma(texts: Sequence[str], lo: int, hi: int) -> int | None:
    """The first comma in tokens [lo, hi), when at least `SCENE_WORDS` words stand before it (a clause of time's
    end: "when | the wardrobe is delivered,"), else None."""
    words = 0
    for i in range(lo, hi):
        if texts[i] == ",":
            return i if words >= SCENE_WORDS else None
        words += any(ch.isalnum() for ch in texts[i])
    return None


def _after_whether(analysis: Analysis, wh: Match, frames: list[Match]) -> bool:
    """ "What I'd like to know is whether you take the old mattress away when you deliver": wherever it stands,
    "whether" asks whether, and a "when" after it only says which moment."""
    lowers = analysis.token_lowers
    return any(y.last_token < wh.first_token and lowers[y.first_token] == "whether" for y in frames)


def _question_words(analysis: Analysis, m: Match) -> set[int]:
    """The tokens of a question-word match that are grammar, not subject. In "* ли" the word before "ли" is the
    subject ("доставляете ли"); in "what ... cost" the gap is ("What does express delivery cost?")."""
    first = m.first_token + 1 if m.phrase.startswith("*") else m.first_token
    tokens = range(first, m.last_token + 1)
    if "..." not in m.phrase:
        # "Який розмір брати?": the size is what the answer names ("43-й розмір"), so it stays a subject word
        return {i for i in tokens if m.first_token == m.last_token or analysis.lemma_sets[i].isdisjoint(_MEASURES)}
    listed = {w.casefold() for w in _PHRASE_WORDS.findall(m.phrase)}
    lowers = analysis.token_lowers
    return {i for i in tokens if lowers[i] in listed or analysis.lemma_sets[i] & listed}


_PHRASE_WORDS = re.compile(r"\w+")
_MEASURES = frozenset(
    {
        "size",
        "colour",
        "color",
        "length",
        "width",
        "height",
        "weight",
        "model",
        "размер",
        "цвет",
        "длина",
        "ширина",
        "высота",
        "вес",
        "модель",
        "розмір",
        "колір",
        "довжина",
        "висота",
        "вага",
    }
)
"""Nouns inside a question phrase ("what size", "какого размера", "якого розміру") that name what is asked."""


def _subject(
    analysis: Analysis, mk: Markup, kind: str, span: tuple[int, int], skip: set[int], *, context: tuple[int, int] | None
) -> tuple[tuple[Term, ...] | None, bool]:
    """The words the question is about, and whether they were borrowed from the sentence before."""
    start, end = span
    condition = _condition_tokens(analysis, start, end, reasons=kind == "yes-no")
    terms = content_terms(analysis, start, end, skip=skip | condition, generic=mk.generic, topics=mk.topics)
    if condition and not terms:
        terms = content_terms(analysis, start, end, skip=skip, generic=mk.generic, topics=mk.topics)
    if kind == "yes-no" and context is not None:
        told = _remedy_subject(analysis, mk, span, skip | condition, context)
        if told is not None:
            return told, True
    if kind in TYPED or any(t.weight >= NAME_WEIGHT for t in terms) or (kind == "status" and terms):
        return tuple(terms), False
    # "Почему так получилось?", "What happened?": the subject is the sentence before.
    if context is None:
        return None, False
    terms = content_terms(analysis, context[0], context[1], skip=skip, generic=mk.generic, topics=mk.topics)
    if not any(t.weight >= NAME_WEIGHT for t in terms):
        return None, False
    return tuple(terms), True


def _remedy_subject(
    analysis: Analysis, mk: Markup, span: tuple[int, int], skip: set[int], context: tuple[int, int]
) -> tuple[Term, ...] | None:
    """The trouble told before "Can it be fixed?", «Це можна виправити?»: a remedy asked with nothing but a pronoun
    for what is broken asks about the sentence before (the snapped hinge, the sound delay), which is what the
    answer names ("We can replace the hinge"), not the word "fix". None when the question names its own subject
    ("Can the hinge be fixed?") or the sentence before names none."""
    start, end = span
    remedy = _tokens_between(mk.remedy, start, end)
    if not remedy:
        return None
    rest = content_terms(analysis, start, end, skip=skip | remedy, generic=mk.generic, topics=mk.topics)
    if any(t.weight >= NAME_WEIGHT for t in rest):
        return None
    told = content_terms(analysis, context[0], context[1], skip=skip, generic=mk.generic, topics=mk.topics)
    return tuple(told) if any(t.weight >= NAME_WEIGHT for t in told) else None


_ANAPHORIC = re.compile(
    r"(?<!\w)(?:same|тот же|тот самый|той же|того же|той самий|того ж|той же|той самый)(?!\w)", re.IGNORECASE
)
"""A time that points back ("в тот же день, что и доставку", "the same day") names no moment a date answers."""

_PER_PERIOD = re.compile(
    r"\s*(?:a|an|per|each|every|в|на|у|за)\s+(?:day|week|fortnight|month|year|день|неделю|месяц|год|тиждень"
    r"|місяць|рік)(?!\w)",
    re.IGNORECASE,
)
"""A period after a length of time that makes it a frequency ("three days | a week", «три дня | в неделю»)."""
_TIMES_BEFORE = re.compile(r"(?<!\w)(?:once|twice|times|раз|раза|рази)\s*$", re.IGNORECASE)
"""A count of times before a period ("twice | a month", «два раза | в месяц»): a frequency too."""
TIMES_BEFORE_CHARS = 8
"""How far back "once", «раз» is looked for before a period ("twice a month"): a regex anchored at the end, tried
from every start, would be quadratic in a run of spaces."""


_ARRIVES = r"(?:придёт|придет|доставят|привезут|прибудет|дойдёт|дойдет|прийде|доставлять|привезуть|прибуде|дійде)"
_ON_TIME_WORDS = r"(?:вовремя|в\s+срок|вчасно|своєчасно|в\s+строк|у\s+строк)"
"""Goods arriving on time («придёт в срок?», «вчасно прийде?»), by the date they were promised for: the date they come
tells. Not a person coming («мастер будет вовремя?», "will the engineer be there on time?"): the booked day says
nothing of whether they will be late."""
_GAP = r"\s+(?:\w+\s+){0,2}?"
IN_TIME = re.compile(
    r"(?<!\w)(?:встигн(?:е|уть|ете|емо|ути)|встигти|успе(?:ет|ют|ете|ем|ть)"
    r"|(?:arrive|get\s+(?:here|there)|come|be\s+(?:here|there|delivered)|make\s+it)\s+(?:\w+\s+){0,3}?in\s+time"
    r"|(?:arrive|be\s+delivered)\s+(?:\w+\s+){0,3}?on\s+time"
    rf"|{_ARRIVES}{_GAP}{_ON_TIME_WORDS}|{_ON_TIME_WORDS}{_GAP}{_ARRIVES})(?!\w)",
    re.IGNORECASE,
)
_DEED_INFINITIVE = re.compile(r"(?<!\w)\w{4,}(?:ть|ти|ться|тися|тись)(?!\w)", re.IGNORECASE)
"""An infinitive after «успеете», «встигнете»: a deed to be done in time («успеете его укоротить?»); six letters
at least, so the date's own «до цієї дати» is none."""
"""A question whether a thing makes it in time («Успеете к этой дате?», «Встигне до суботи?», "Will it arrive in
time?"): a date asked about, though the question may name it only by pointing back. Not one whether a deed can be
done in time (`_in_time`; "Can you pipe a message on it in time?"): the date says nothing of the deed."""


def _in_time(text: str) -> bool:
    """Whether the question asks if a thing arrives in time (`IN_TIME`), with no deed after the verb («Успеете ли вы
    ещё сделать надпись?» asks for the deed)."""
    found = IN_TIME.search(text) or (_GOODS_ON_TIME.search(text) if _GOODS.search(text) else None)
    return found is not None and _DEED_INFINITIVE.search(text, found.end()) is None


_GOODS = re.compile(
    r"(?<!\w)(?:заказ\w*|посылк\w*|замовленн\w*|посилк\w*|товар\w*|order|parcel|package)(?!\w)", re.IGNORECASE
)
_GOODS_ON_TIME = re.compile(
    rf"(?<!\w)(?:(?:приедет|будет|приїде|буде){_GAP}{_ON_TIME_WORDS}|{_ON_TIME_WORDS}{_GAP}(?:приедет|будет|приїде|буде))"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A verb that may as well be said of a person («приїде», «будет»), asking on time only of goods the question names
(«Моє замовлення приїде вчасно?», not «Майстер приїде вчасно?»)."""


def _names_a_moment(text: str, lang: Lang) -> bool:
    """Whether a time in the question names a moment a date answers: not one that points back ("the same day"),
    nor a frequency ("I work from the office three days a week", «три дня в неделю», "twice a month"), which tells
    how the customer lives, not when anything is asked about."""
    skip = -1
    for f in find_times(text, lang):
        if f.start < skip or _ANAPHORIC.search(f.text):
            continue
        per = _PER_PERIOD.match(text, f.end)
        if per is not None:
            skip = per.end()  # "three days | a week": the period after it is the frequency's too
            continue
        if _TIMES_BEFORE.search(text, max(0, f.start - TIMES_BEFORE_CHARS), f.start) is not None:
            continue
        if _in_a_when_clause(text, f.start, f.end):
            continue
        return True
    return False


_CLAUSE_BREAK = re.compile(r"[,;:.!?—–]")
_WHEN_CLAUSE = re.compile(r"(?<!\w)(?:when|once|while|когда|коли|пока|поки)\s+\w+\s+\w+", re.IGNORECASE)
"""A clause of time with a verb of its own ("when the wardrobe is delivered", «когда шкаф привезут»): a date
inside it names the moment the question is set in, not what it asks."""
CLAUSE_CHARS = 80
"""How far back a question's clause is read for a "when" (a clause is short; the bound keeps the scan linear)."""


def _in_a_when_clause(text: str, start: int, end: int) -> bool:
    """Whether the time lies at the end of a "when" clause that sets the question's scene ("when the wardrobe is
    delivered on Friday, can I pay by card?"): the clause is read back to the last clause break, and a comma
    after the time ends it before the question proper."""
    if not text[end : end + 2].lstrip().startswith(","):
        return False
    lo = max(0, start - CLAUSE_CHARS)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    return _WHEN_CLAUSE.search(text, breaks[-1] if breaks else lo, start) is not None


_BY_NOW = re.compile(r"(?<!\w)(?:yet|already|уже|вже)(?!\w)", re.IGNORECASE)
_PERFECT_OPENING = re.compile(r"\W*(?:(?:and|so|also)\s+)?(?:has|have|did)\s", re.IGNORECASE)
"""A question on whether something has happened by now ("Has it arrived?", "...gone through yet?", «Он уже у
вас?»), not whether it will or can ("Can I pay when it arrives?")."""


def _happened(analysis: Analysis, mk: Markup, kind: str, start: int, end: int) -> frozenset[str]:
    """The lemmas of the step a yes/no asks has happened by now ("gone through", «прийти»), or none: a dated
    statement answers it only by saying that step back (`answer_types._status_of_the_story`)."""
    if kind != "yes-no":
        return frozenset()
    text = analysis.text
    if _BY_NOW.search(text, start, end) is None and _PERFECT_OPENING.match(text, start, end) is None:
        return frozenset()
    lemmas = analysis.lemma_sets
    return frozenset(lem for i in _tokens_between(mk.story_state, start, end) for lem in lemmas[i])


def _tokens_between(matches: list[Match], start: int, end: int) -> set[int]:
    """The tokens of the matches (sorted by start) that start within [start, end): a question's own remedy or
    story-state words. perf: found by bisection, not a pass over the message's matches for each question."""
    k = bisect.bisect_left(matches, start, key=operator.attrgetter("start"))
    out: set[int] = set()
    while k < len(matches) and matches[k].start < end:
        out.update(range(matches[k].first_token, matches[k].last_token + 1))
        k += 1
    return out


_CONDITIONS = frozenset({"если", "ежели", "якщо", "if", "unless"})
_REASONS = frozenset({"because", "since", "cause", "cos", "поскольку", "ибо", "бо", "оскільки", "адже"})
"""Words that open a clause of reason after a comma ("..., because I work days", «..., бо їду у відпустку»)."""
_REASONS_OF_TWO = frozenset({("потому", "что"), ("тому", "що")})
_AS_LIKE = frozenset({("так", "как"), ("так", "як")})
_SUBJECTS = frozenset(
    {"i", "we", "my", "our", "it", "they", "he", "she", "я", "мы", "он", "она", "они", "ми", "він", "вона", "вони",
     "мне", "мені", "нам", "у"}
)  # fmt: skip
"""What opens a clause after "as" or «так как» / «так як» when they give a reason ("as I need to store them", «так
как мне нужно», «так як у нас»); otherwise they compare ("as in the photo", «так як на фото»: like)."""


_CIRCUMSTANCES = frozenset({"after", "before", "upon", "после", "перед", "після"})
"""Prepositions of a trailing circumstance: "...take the packaging away after delivery?" asks about the packaging."""
CIRCUMSTANCE_WORDS = 3
"""A trailing circumstance is short: "after delivery", «после сборки», «після доставки».
(Longer, it is what the question is about.)"""


def _trailing(analysis: Analysis, i: int, end: int) -> bool:
    """Whether the phrase from token i runs to the end of the question in a few words."""
    texts, starts, words = analysis.table.texts, analysis.token_starts, analysis.word_indexes
    j = i + 1
    while j < len(texts) and starts[j] < end and texts[j] not in {"?", ".", "!"}:
        if texts[j] in {",", ";", ":"}:
            return False
        j += 1
    count = bisect.bisect_left(words, j) - bisect.bisect_left(words, i + 1)
    return 0 < count <= CIRCUMSTANCE_WORDS


def _condition_tokens(analysis: Analysis, start: int, end: int, *, reasons: bool = False) -> set[int]:
    """Tokens of a trailing condition or circumstance: "можно ли обменять, если не подойдёт?" asks about
    exchanging, "can your drivers take the packaging away after delivery?" about the packaging.

    The condition's words ("подойдёт", "delivery") name the circumstance, not what is asked, so a reply that uses
    them (about the size, the delivery date) has not answered the question (about the exchange, the packaging).
    perf: read from the analysis's per-token lists; the Doc's Token objects were built for the whole message.
    """
    out: set[int] = set()
    texts, lowers, spaces, starts = (
        analysis.table.texts,
        analysis.token_lowers,
        analysis.table.spaces,
        analysis.token_starts,
    )
    i = bisect.bisect_left(starts, start)
    prev = ""
    while i < len(texts) and starts[i] < end:
        low = lowers[i]
        if (
            (low in _CONDITIONS and prev == ",")
            or (reasons and prev == "," and _opens_a_reason(lowers, spaces, i))
            or (low in _CIRCUMSTANCES and prev and _trailing(analysis, i, end))
        ):
            j = i
            while j < len(texts) and starts[j] < end and texts[j] not in {"?", ".", "!"}:
                out.add(j)
                j += 1
            return out
        if not spaces[i]:
            prev = texts[i]
        i += 1
    return out


def _opens_a_reason(lowers: Sequence[str], spaces: Sequence[bool], i: int) -> bool:
    """Whether token i opens a clause of reason ("..., as I'd need to store them", «..., так как мне нужно», «...,
    бо їду у відпустку»): why the customer asks, which a reply need not take up, not what. "As" and «так как» /
    «так як» give a reason only when a subject follows them; "as in the photo", «так як на фото» compare."""
    k = _word_after(spaces, i)
    after = lowers[k] if k < len(lowers) else ""
    if lowers[i] in _REASONS or (lowers[i], after) in _REASONS_OF_TWO:
        return True
    if lowers[i] == "as":
        return after in _SUBJECTS or _verb_within(lowers, spaces, i)
    if (lowers[i], after) in _AS_LIKE:
        k = _word_after(spaces, k)
        return k < len(lowers) and lowers[k] in _SUBJECTS
    return False


_FINITE = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "am",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "do",
        "does",
        "did",
        "need",
        "needs",
        "'s",
        "’s",
    }
)
"""Verbs that make the words after "as" a clause ("as desk space is tight"), not a likeness ("as in the photo")."""
REASON_REACH = 4
"""Words after "as" within which the clause's verb stands ("as | desk space | is")."""


def _verb_within(lowers: Sequence[str], spaces: Sequence[bool], i: int) -> bool:
    k = i
    for _ in range(REASON_REACH):
        k = _word_after(spaces, k)
        if k >= len(lowers):
            return False
        if lowers[k] in _FINITE:
            return True
    return False


def _word_after(spaces: Sequence[bool], i: int) -> int:
    """The next token after i that is not whitespace."""
    k = i + 1
    while k < len(spaces) and spaces[k]:
        k += 1
    return k


def _tier(kind: str, m: Match) -> int:
    if kind == "yes-no":
        return 2
    return 1 if kind == "which" and m.first_token == m.last_token else 0


def _ends_with_question_mark(analysis: Analysis, sent: Span) -> bool:
    """perf: read backwards from the analysis's token texts, where a list of the sentence's Tokens was built."""
    texts, spaces = analysis.table.texts, analysis.table.spaces
    for i in range(sent.end - 1, sent.start - 1, -1):
        if spaces[i] or texts[i] in _CLOSERS:
            continue
        return "?" in texts[i]
    return False


_IF_SO_ENDS = frozenset({",", "—", "–", "-", ":"})
_THEN = frozenset({"то", "then"})
"""«Если да, то на какой срок?», "If so, then how much?": the word after an "if so" that opens its question."""


def _next_token(mk: Markup, i: int) -> int:
    """The next token after i that is not whitespace."""
    return _word_after(mk.spaces, i)


def _asks_after(mk: Markup, i: int) -> bool:
    """Whether a question word comes right after token i, past a comma, a «то» / "then" and a preposition («и если
    да, то на какой срок?»)."""
    j = _next_word(mk, i)
    if j < len(mk.texts) and mk.texts[j].lower() in _THEN:
        j = _next_word(mk, j)
    return j in mk.starts or _next_word(mk, j) in mk.starts


_LEAD_PREPOSITIONS = frozenset(
    {"на", "в", "во", "у", "до", "с", "со", "з", "із", "зі", "за", "по", "о", "об", "від", "от", "для", "під", "под",
     "for", "in", "on", "at", "by", "to", "from", "with", "until", "till"}
)  # fmt: skip
"""Prepositions a question word may follow ("..., і на який термін?", "and for how long?")."""


def _question_next(mk: Markup, i: int) -> bool:
    """Whether a question word starts right after token i, or after a preposition: «гарантія..., і на який термін?»
    asks a second question as "..., and how long?" does."""
    k = _next_word(mk, i)
    if k < len(mk.texts) and k not in mk.starts and mk.texts[k].lower() in _LEAD_PREPOSITIONS:
        k = _next_word(mk, k)
    return k in mk.starts


def _next_word(mk: Markup, i: int) -> int:
    texts, spaces = mk.texts, mk.spaces
    j = i + 1
    while j < len(texts) and (spaces[j] or texts[j] == ","):
        j += 1
    return j
