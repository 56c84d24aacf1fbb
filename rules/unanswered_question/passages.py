"""Step 2 of unanswered-question: the reply cut into passages (sentences, paragraphs), each kind of answer
evidence located once, and an index from content word to the sentences that use it.

The index is what keeps the rule linear: a question finds the sentences that share its words by looking its
words up, not by scanning every sentence, and a word the reply uses everywhere (more than `COMMON_POSTINGS`
sentences) says nothing about where a question is answered, so it is not followed at all. That is the in-reply
counterpart of frequency weighting: a word rare in the reply points at one passage, a common one at none.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from replylint.lexicon import Match
from replylint.mail.lines import paragraphs as paragraph_bounds
from replylint.memo import cached_property
from replylint.model import Lang
from replylint.nlp import Analysis
from replylint_rules._answers import (
    ASPECT_MIN,
    Bag,
    Found,
    LexiconSource,
    Term,
    admissions,
    bag_of,
    find_links,
    find_money,
    find_numbers,
    imperatives,
    next_solid,
    one_of_many,
    past_tense,
    plan_times,
    prefix_offsets,
    prev_solid,
    quoted_names,
    sentence_at,
    stems_match,
    stop_words,
    times_in,
    told_as_past,
    topic_lexicons,
    topics_by_token,
)
from replylint_rules.unanswered_question.signature import signature_blocks

if TYPE_CHECKING:
    pass

COMMON_POSTINGS = 24
"""A word used in more sentences of the reply than this locates nothing: it is not followed from a question.
Ordinary replies have fewer sentences than this, so it only bounds the work on very long ones."""

PREFIX = 4
"""Length of the prefix under which lemmas are filed for stem matching (see `stems_match`)."""
PAST_ED = 4
"""An English word longer than this ending in "-ed" is read as a past verb where the dictionary has no entry."""
_PARTICIPLES = frozenset(
    {"taken", "given", "done", "written", "put", "set", "cut", "shut", "gotten", "chosen", "driven", "thrown",
     "drawn", "frozen", "broken", "withdrawn", "undone"}
)  # fmt: skip
"""Irregular participles of deeds ("I've taken you off the list", "We've written to the courier"), which neither
`past_tense`'s list of past forms nor the "-ed" ending finds; not the verbs of seeing, knowing or having ("I've seen
your question" does nothing)."""
_HAVE = frozenset({"have", "'ve", "’ve", "has"})
"""The auxiliary of a perfect: "'s" and "'d" as often mean "is" and "would" ("the list's taken care of")."""
PSEUDO = "\x00"
"""First character of pseudo-words (concepts shared across languages): matched exactly, never by stem."""


@dataclass
class WordIndex:
    """Lemma -> sentences, prefix -> lemmas, topic -> sentences: the reply's words looked up, never scanned."""

    postings: dict[str, set[int]] = field(default_factory=dict)
    topics: dict[str, set[int]] = field(default_factory=dict)
    stemmed: list[str] = field(default_factory=list)
    """The lemmas that take part in stem matching (`PREFIX` letters or more, no pseudo-word), sorted: the ones
    under a prefix are a run of it, found by bisection (`_under`)."""
    prefixed: list[tuple[str, str]] = field(default_factory=list)
    """The long lemmas again, each without its first one to `ASPECT_PREFIX` letters, sorted: «зарезервувати» is
    found under «резе» too, for the aspect pairs `stems_match` reads through a prefix."""
    _counts: dict[frozenset[str], int] = field(default_factory=dict)
    _stems: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, bags: Sequence[Bag]) -> WordIndex:
        """perf: the lemmas are sorted once for the prefix look-ups, in C; filing each under its prefix took a set
        per prefix (most lemmas have a prefix of their own), and the sets were most of the index's allocations."""
        index = cls()
        postings = index.postings
        for i, bag in enumerate(bags):
            for lem in bag.lemmas:
                found = postings.get(lem)
                if found is None:
                    postings[lem] = {i}
                else:
                    found.add(i)
            for topic in bag.topics:
                index.topics.setdefault(topic, set()).add(i)
        index.stemmed = sorted(lem for lem in postings if len(lem) >= PREFIX and not lem.startswith(PSEUDO))
        index.prefixed = sorted((lem[k:], lem) for lem in index.stemmed for k in prefix_offsets(lem))
        return index

    def _prefixed_under(self, prefix: str) -> list[str]:
        """The lemmas that begin with `prefix` after a perfective's prefix of their own: the reply's «зарезервувати»
        for the question's «резервувати», which the sorted `stemmed` cannot find under «резе»."""
        found = self.prefixed
        lo = hi = bisect.bisect_left(found, (prefix, ""))
        while hi < len(found) and found[hi][0].startswith(prefix):
            hi += 1
        return [lem for _, lem in found[lo:hi]]

    def _under(self, prefix: str) -> list[str]:
        """The stemmed lemmas that begin with `prefix` (none for a pseudo-word's)."""
        if prefix.startswith(PSEUDO):
            return []
        lemmas = self.stemmed
        lo = hi = bisect.bisect_left(lemmas, prefix)
        while hi < len(lemmas) and lemmas[hi].startswith(prefix):
            hi += 1
        return lemmas[lo:hi]

    def _candidates(self, lem: str) -> list[str]:
        """The lemmas that may share `lem`'s stem: under its prefix, and for the aspect pairs of long words, under
        its prefix less a short one («зарезервувати» -> «резе») or its prefix after theirs («резервувати»)."""
        found = self._under(lem[:PREFIX])
        if len(lem) >= ASPECT_MIN:
            found = found + self._prefixed_under(lem[:PREFIX])
        for k in prefix_offsets(lem):
            found = found + self._under(lem[k : k + PREFIX])
        return found

    def lemmas_of(self, term: Term) -> set[str]:
        """The reply's lemmas that are `term`'s word: the same lemma, or the same stem in another part of speech.
        perf: each lemma's stems are looked up once per reply, however many questions use it."""
        found: set[str] = set()
        for lem in term.lemmas:
            stems = self._stems.get(lem)
            if stems is None:
                stems = {lem} if lem in self.postings else set()
                if len(lem) >= PREFIX and not any(ch.isdigit() for ch in lem):  # codes match only themselves
                    stems |= {other for other in self._candidates(lem) if stems_match(lem, other)}
                self._stems[lem] = stems
            found |= stems
        return found

    def sentences_with(self, term: Term) -> set[int]:
        """Sentences that use `term` itself; none when the reply uses it (in any of its forms) in more than
        `COMMON_POSTINGS` sentences, since a word used everywhere locates nothing (and following it everywhere
        would make the work per question grow with the reply)."""
        out: set[int] = set()
        postings = self.postings
        for lem in self.lemmas_of(term):
            posting = postings[lem]
            if len(posting) > COMMON_POSTINGS:
                # perf: the union would be as common; merging a posting of every sentence first made each call
                # grow with the reply, and the calls grow with the questions: quadratic on a long pair
                return set()
            out |= posting
            if len(out) > COMMON_POSTINGS:
                return set()
        return out

    def count(self, term: Term) -> int:
        """How many sentences use `term` (all of them, common or not); looked up once per word."""
        found = self._counts.get(term.lemmas)
        if found is None:
            hits: set[int] = set()
            for lem in self.lemmas_of(term):
                hits |= self.postings[lem]
            found = self._counts[term.lemmas] = len(hits)
        return found

    def sentences_on(self, term: Term) -> set[int]:
        """Sentences that use `term` or a word of its topic."""
        out = self.sentences_with(term)
        for topic in term.topics:
            posting = self.topics.get(topic, set())
            if len(posting) <= COMMON_POSTINGS:
                out |= posting
        return out


@dataclass(frozen=True)
class Opener:
    """A sentence's opening clause of two words, the second a word of position («Вернули сегодня», «Повесить
    можно»): its first word (as lemmas and as written) and whether the position tells when it was done."""

    said: Bag
    form: str
    when_done: bool


@dataclass
class Reply:
    """The reply cut into sentences and paragraphs, with every kind of answer evidence located once."""

    analysis: Analysis
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    bags: list[Bag]
    whole: Bag
    echoes: Bag
    """The one word of sentences that are one word and a stop ("Доставляем:", "Підійде.", "Fits!")."""
    openers: dict[int, Opener] = field(default_factory=dict)
    """Per sentence that opens with a clause of `OPENER_WORDS` words and a stop, the second a word of position
    («Вернули сегодня — ...», «Повесить можно, ...», «Защита есть, IP67.»), its first word: the question's word
    said back first, with its position."""
    lex: LexiconSource | None = field(default=None, repr=False)
    quoted: set[int] = field(default_factory=set)
    """Sentences that are not the agent's answer: "> quoted" lines (the customer's words) and the sign-off with the
    signature under it ("Kind regards,\nIsla\nWoolly Nook" says nothing about wool)."""
    token_topics: dict[int, frozenset[str]] = field(default_factory=dict)
    """The topics of each topic word, by token."""
    when_topics: dict[int, tuple[set[str], set[str]]] = field(default_factory=dict)
    """Per sentence with a "when" marker ("on delivery", "при получении"), the words and the topics of its
    markers: a marker that names the very event asked about ("When will it arrive?" - "on delivery") says
    nothing about its time."""
    _evidence: dict[str, set[int]] = field(default_factory=dict, repr=False)
    clause_leads: dict[int, int] = field(default_factory=dict, repr=False)
    """Per sentence with a yes or no opening a clause inside it, where that marker ends (`_yes_no_clause_lead`)."""
    _when_groups: dict[tuple[frozenset[str], frozenset[str]], set[int]] | None = field(default=None, repr=False)
    paragraph_of: list[int] = field(default_factory=list)
    """Each sentence's paragraph (-1 for none)."""
    in_paragraph: dict[int, list[int]] = field(default_factory=dict)
    """Each paragraph's sentences, in order."""
    _index: WordIndex | None = field(default=None, repr=False)
    named_words: dict[str, dict[int, frozenset[str]]] = field(default_factory=dict)
    """Per lexicon of kinds named ("answer_colours"), each sentence's words inside its matches, lower-cased: worked out
    once per reply, however many questions ask for a colour (`answer_types._named_anew`)."""
    ahead_spans: list[tuple[int, int]] = field(default_factory=list)
    """The times not told as past, in text order (see `_times_ahead`)."""
    place_words: dict[int, list[frozenset[str]]] = field(default_factory=dict)
    """Per sentence with a listed place word ("box", "form", «отделение»), the lemmas of each (see `_listed_places`)."""
    event_lemmas: dict[int, list[frozenset[str]]] = field(default_factory=dict)
    event_forms: dict[int, list[str]] = field(default_factory=dict)
    """Each event's verb as written, lower-cased, in the order of `event_lemmas`: the customer's own verb told back
    («вы доставили букет» - «букет действительно доставили») is their story, not an event of the reply's."""
    """Per sentence that tells what happened (see `_events`), the lemmas of each of its events."""

    def when_groups(self) -> dict[tuple[frozenset[str], frozenset[str]], set[int]]:
        """The sentences with "when" markers, grouped by the markers' (words, topics); built once. A marker in a
        promise to tell the customer is left out."""
        if self._when_groups is None:
            groups: dict[tuple[frozenset[str], frozenset[str]], set[int]] = {}
            # "We'll email you the moment it ships", «Сообщим, как только отправим»: the moment is when they will
            # be told, which says nothing of when it happens
            for i in self.evidence("when_markers") - self.evidence("promises"):
                words, topics = self.when_topics[i]
                groups.setdefault((frozenset(words), frozenset(topics)), set()).add(i)
            self._when_groups = groups
        return self._when_groups

    def evidence(self, name: str) -> set[int]:
        """The sentences holding one kind of answer evidence (see `EVIDENCE`), located on first use: most
        questions need two or three kinds, and locating all fourteen was most of the rule's time."""
        found = self._evidence.get(name)
        if found is None:
            assert self.lex is not None
            found = self._evidence[name] = _LOCATORS[name](self, self.lex) - self.quoted
        return found

    @property
    def index(self) -> WordIndex:
        if self._index is None:
            self._index = WordIndex.of(self.bags)
        return self._index

    def reindex(self) -> None:
        """Forget the word index after the bags changed (words added across languages)."""
        self._index = None

    def related(self, terms: Iterable[Term]) -> set[int]:
        """Sentences that share a subject with the terms: one of the words, or a word of the same topic."""
        out: set[int] = set()
        for t in terms:
            out |= self.index.sentences_on(t)
        return out

    def linked(self, terms: Iterable[Term]) -> set[int]:
        """Sentences that use one of the terms themselves (not merely their topic)."""
        out: set[int] = set()
        for t in terms:
            out |= self.index.sentences_with(t)
        return out

    @cached_property
    def names(self) -> list[set[str]]:
        """Per sentence, the names and codes in it ("Medium", "«Порселейн»", "01", "UPS"), lower-cased; found on
        first use, since only a "which" question asks (perf: a third of the rule's time when found for all)."""
        found = _names_by_sentence(self.analysis, self.sentences)
        for i in self.quoted:
            found[i] = set()
        return found

    @cached_property
    def number_words(self) -> set[str]:
        """The numbers the agent's sentences give, as written and lower-cased ("15", "два")."""
        analysis = self.analysis
        return {
            f.text.lower() for f in find_numbers(analysis.text, analysis.lang) if _at(self, f.start) not in self.quoted
        }

    @cached_property
    def past_verbs(self) -> dict[int, Bag]:
        """Per sentence of the agent's, its verbs in the past tense ("Ми вже відписали Вашу адресу", "I've
        cancelled the order"): found on first use, since only a "how do I" question asks."""
        analysis = self.analysis
        found: dict[int, Bag] = {}
        verbs = set(past_tense(analysis))
        if analysis.lang == "en":  # a verb the dictionary does not know ("unsubscribed") by its ending
            lowers = analysis.token_lowers
            verbs.update(i for i in analysis.word_indexes if len(lowers[i]) > PAST_ED and lowers[i].endswith("ed"))
            # an irregular participle after "have": "I've taken your address off the list" is done
            words = analysis.word_indexes
            verbs.update(
                words[k]
                for k in range(1, len(words))
                if lowers[words[k]] in _PARTICIPLES and lowers[words[k - 1]] in _HAVE
            )
        for i in sorted(verbs):
            n = _at(self, analysis.token_starts[i])
            if n not in self.quoted:
                found.setdefault(n, Bag()).add(analysis.lemma_sets[i] | {analysis.token_lowers[i]})
        return found

    def word_count(self, i: int) -> int:
        """How many words sentence `i` has (by bisection over the analysis's word positions)."""
        start, end = self.sentences[i]
        starts = self.analysis.word_starts
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

    def first_word(self, i: int) -> str:
        """Sentence `i`'s first word, lower-cased ("" for none)."""
        words = self.first_words(i, 1)
        return words[0] if words else ""

    def first_words(self, i: int, count: int) -> list[str]:
        """Sentence `i`'s first `count` words (fewer in a shorter sentence), lower-cased, by bisection over the word
        positions."""
        start, end = self.sentences[i]
        a = self.analysis
        k = bisect.bisect_left(a.word_starts, start)
        stop = min(k + count, bisect.bisect_left(a.word_starts, end, k))
        return [a.token_lowers[w] for w in a.word_indexes[k:stop]]

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def same_paragraph(self, i: int, j: int) -> bool:
        return 0 <= j < len(self.sentences) and self.paragraph_of[i] == self.paragraph_of[j]

    def paragraph_mates(self, sentences: Iterable[int]) -> set[int]:
        """Every sentence of the paragraphs that hold `sentences`."""
        out: set[int] = set()
        for p in {self.paragraph_of[i] for i in sentences}:
            out.update(self.in_paragraph.get(p, ()))
        return out


_ABBREVIATIONS = frozenset(
    {
        "ул.",
        "пр.",
        "просп.",
        "вул.",
        "бул.",
        "пер.",
        "д.",
        "кв.",
        "г.",
        "м.",
        "им.",
        "ім.",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "st.",
        "no.",
        "tel.",
        "тел.",
        "вх.",
        "эт.",
        "пов.",
        "см.",
        "т.",
        "e.g.",
        "i.e.",
        "etc.",
        "прим.",
        "напр.",
    }
)


def glued_stop(texts: Sequence[str], i: int) -> bool:
    """A full stop the splitter left glued to a code ("Bosch SMV2ITX22E. Вы делаете установку?"): a word of three
    or more characters ending in "." that is no abbreviation, and a capitalised word right after it.

    perf: read from the analysis's token texts (`analysis.table.texts`); indexing the Doc built a Token per call,
    and this is asked of every token of both messages."""
    text = texts[i]
    if len(text) < 4 or not text.endswith(".") or text.lower() in _ABBREVIATIONS or "." in text[:-1]:
        return False
    first = texts[i + 1][:1] if i + 1 < len(texts) else ""
    return first.isupper() and first.isalpha()


def _sentences(analysis: Analysis) -> list[tuple[int, int]]:
    """The reply's sentences, cut again at full stops the splitter left glued to a word ("— 2,7 м. Так, ми можемо
    вкоротити їх"): each answer gets a sentence of its own."""
    texts, starts = analysis.table.texts, analysis.token_starts
    out: list[tuple[int, int]] = []
    for sent in analysis.sentences:
        start = sent.start_char
        for i in range(sent.start, sent.end - 1):
            if texts[i][-1:] == "." and glued_stop(texts, i):  # perf: the call only for a full stop
                out.append((start, starts[i] + len(texts[i])))
                start = starts[i + 1]
        out.append((start, sent.end_char))
    return out


def build_reply(analysis: Analysis, lex: LexiconSource, asked: Collection[str] = ()) -> Reply:
    """The reply's passages and evidence; "> quoted" lines are the customer's words and the sign-off block is the
    agent's name and shop, neither of them an answer; nor is a sentence that is one of the customer's questions
    (`asked`, as written) over again, as a pasted original without quote marks has them."""
    text = analysis.text
    sentences = _sentences(analysis)
    topics = topics_by_token(analysis, topic_lexicons(lex))
    signature = signature_blocks(analysis, lex)
    quoted = {
        i
        for i, (start, end) in enumerate(sentences)
        if quoted_line(text, start)
        or any(s <= start < e for s, e in signature)
        or (asked and text[start:end].strip() in asked)
    }
    reply = Reply(
        analysis=analysis,
        sentences=sentences,
        paragraphs=paragraph_bounds(text),
        # perf: the customer's quoted lines and the sign-off get an empty bag without their words being gathered
        bags=[Bag() if i in quoted else bag_of(analysis, s, e, topics) for i, (s, e) in enumerate(sentences)],
        whole=Bag(),
        echoes=Bag(),
        quoted=quoted,
    )
    _place_paragraphs(reply)
    reply.lex = lex
    reply.token_topics = topics
    for bag in reply.bags:
        reply.whole.add(bag.lemmas)
        reply.whole.topics |= bag.topics
    reply.echoes, reply.openers = _echoes(analysis, sentences, reply.quoted)
    return reply


def _place_paragraphs(reply: Reply) -> None:
    """Each sentence's paragraph, by bisection over the (ordered, disjoint) paragraphs: linear in the reply."""
    starts = [s for s, _ in reply.paragraphs]
    for n, (start, _) in enumerate(reply.sentences):
        i = bisect.bisect_right(starts, start) - 1
        p = i if i >= 0 and start < reply.paragraphs[i][1] else -1
        reply.paragraph_of.append(p)
        reply.in_paragraph.setdefault(p, []).append(n)


def _at(reply: Reply, char: int) -> int:
    """The sentence holding character `char` (bisection over the sentence starts)."""
    starts = reply.sentence_starts
    i = bisect.bisect_right(starts, char) - 1
    return i if i >= 0 and char < reply.sentences[i][1] else len(reply.sentences) - 1


sentence_of = _at
"""`_at` for the judging steps, which place lexicon matches they read themselves (`answer_types._recommended`)."""


def _where(reply: Reply, matches: Iterable[Match | Found]) -> set[int]:
    return {_at(reply, m.start) for m in matches}


def _listed(name: str) -> Callable[[Reply, LexiconSource], set[int]]:
    """Evidence that is a phrase list: the sentences holding one of its phrases."""
    return lambda reply, lex: _where(reply, lex(name).find(reply.analysis))


DENIALS = frozenset(
    {"not", "n't", "no", "never", "cannot", "не", "нет", "ни", "никогда", "нельзя", "ні", "немає", "нема", "ніколи"}
)
"""Words that say no (the sentences holding one are the `denials` evidence)."""

_AGO_UNITS = frozenset(
    {"секунда", "хвилина", "година", "день", "доба", "тиждень", "місяць", "рік", "давно", "недавно", "нещодавно"}
)
"""Ukrainian words of time before which «тому» means "ago" («два дні тому», «тиждень тому»), not "so"."""


AGO_REACH = 3
"""Words before «тому» a unit of time may stand at («днів п'ять тому», «тиждень-два тому»)."""


def _ago(analysis: Analysis, i: int) -> bool:
    """Whether «тому» at token i follows a word of time within `AGO_REACH` words: "ago", not "so"."""
    words = analysis.word_indexes
    k = bisect.bisect_left(words, i)
    return any(not analysis.lemma_sets[w].isdisjoint(_AGO_UNITS) for w in words[max(0, k - AGO_REACH) : k])


def _reasons(reply: Reply, lex: LexiconSource) -> set[int]:
    """The sentences giving a reason ("because", «из-за», «бо»), less the Ukrainian «тому» of "ago": «Замовлення
    скасували два дні тому» says when, not why."""
    analysis = reply.analysis
    lowers = analysis.token_lowers
    found = [
        m
        for m in lex("answer_because").find(analysis)
        if not (m.first_token == m.last_token and lowers[m.first_token] == "тому" and _ago(analysis, m.first_token))
    ]
    return _where(reply, found)


def _advice(reply: Reply, lex: LexiconSource) -> set[int]:
    """The sentences with a recommendation, less «стоит» before a sum: «стоит взять M» advises, «стоит 390 рублей»
    gives a price."""
    analysis = reply.analysis
    texts = analysis.table.texts
    kept = []
    for m in lex("answer_advice").find(analysis):
        if m.first_token == m.last_token and analysis.token_lowers[m.first_token] in _COSTS:
            k = next_solid(analysis, m.last_token)
            if k < len(texts) and (texts[k][:1].isdigit() or analysis.token_lowers[k] in _ABOUT):
                continue
        kept.append(m)
    return _where(reply, kept)


def _advised_no(reply: Reply, lex: LexiconSource) -> set[int]:
    """The sentences a recommendation against opens («Краще ні, лише ручне прання», "Better not: dry it flat"): a
    no given as advice, which takes a position as a plain no does."""
    text = reply.analysis.text
    return {n for n, (start, end) in enumerate(reply.sentences) if _ADVISED_NO.match(text, start, end) is not None}


_ADVISED_NO = re.compile(
    r"\W*(?:better|best)\s+not(?!\w)|\W*(?:лучше|краще|не\s+советуем|не\s+радимо|не\s+рекомендуем\w*"
    r"|не\s+рекомендуємо)\s*(?:не|ні|нет)?(?!\w)",
    re.IGNORECASE,
)


_COSTS = frozenset({"стоит", "стоят", "стоить", "стоило"})
"""Forms of «стоить», which advises with an infinitive after it and prices with a sum."""
_ABOUT = frozenset({"от", "до", "около", "примерно", "всего", "лишь", "только", "не"})
"""Words that may stand between «стоит» and its sum («стоит от 390 рублей», «стоит всего 299»)."""


def _listed_places(reply: Reply, lex: LexiconSource) -> set[int]:
    """The sentences with a listed place word, each word's lemmas kept in `place_words`: a place word that is the
    very thing asked about ("Where do I find the returns form?" - "Include the returns form with the boots") places
    nothing."""
    analysis = reply.analysis
    lemma_sets, lowers = analysis.lemma_sets, analysis.token_lowers
    for m in lex("answer_places").find(analysis):
        lemmas = frozenset().union(*(lemma_sets[k] | {lowers[k]} for k in range(m.first_token, m.last_token + 1)))
        reply.place_words.setdefault(_at(reply, m.start), []).append(lemmas)
    return set(reply.place_words)


_DONE_NEGATIONS = frozenset({"не", "ни", "ні", "not", "never"})


def _done_matches(reply: Reply, lex: LexiconSource) -> list[Match]:
    """What the shop did or will do: "A new copy went out today", «Замену отправили». Not when the word before
    denies it: «постачальник не передав нам абажури» tells what went wrong, and «ещё не отправили» that nothing was
    done yet."""
    lowers = reply.analysis.token_lowers
    return [
        m
        for m in lex("answer_done").find(reply.analysis)
        if m.first_token == 0 or lowers[m.first_token - 1] not in _DONE_NEGATIONS
    ]


NEW_THING = re.compile(
    r"(?<!\w)(?:нов(?:ый|ая|ое|ую|ые|ого|ий|а|е|у|і)(?!\s+(?:почт|пошт))|new|fresh|replacement|замен[ау]|замін[ау])"
    r"(?!\w)",
    re.I,
)
"""A new one of the thing, or a replacement ("a new desk top", «новую столешницу», «заміну»)."""


_BRINGING = re.compile(
    r"(?<!\w)(?:привез\w*|привоз\w*|доставим\w*|доставл\w*|bring|brings|brought|deliver|delivers|delivered)(?!\w)",
    re.IGNORECASE,
)
"""Bringing the thing to the customer («привеземо», «доставим», "we'll bring"), which no "done" phrase lists."""


def _new_one_brought(reply: Reply, lex: LexiconSource) -> set[int]:
    """Sentences bringing a new one («Нову стільницю привеземо в середу», "A new desk top will be delivered on
    Tuesday"): the replacement given in a verb of delivery."""
    text = reply.analysis.text
    return {
        i
        for i, (start, end) in enumerate(reply.sentences)
        if NEW_THING.search(text, start, end) is not None and _BRINGING.search(text, start, end) is not None
    }


def _done(reply: Reply, lex: LexiconSource) -> set[int]:
    return _where(reply, _done_matches(reply, lex)) | reply.evidence("telegraphic_done")


_HANDING_ON = re.compile(r"pass|forward|escalat|переда|переслал|перенаправ", re.IGNORECASE)
"""The stems of the "done" phrases that hand something on ("I've passed", "we've forwarded", «передала»,
«передамо»)."""


def _handed_on(reply: Reply, lex: LexiconSource) -> set[int]:
    """Sentences whose only deed is handing the matter on to someone else in the shop ("I've passed them to our
    quality team", «Ваш запрос я передала в бухгалтерию», «Ми передамо Ваш запит до бухгалтерії»): asked to do
    something, the shop has not done it yet. Handed to the courier or the post («Заказ передали в службу доставки»)
    it is on its way, so a deed with a carrier after it in its sentence hands nothing on."""
    text = reply.analysis.text
    deeds: dict[int, list[bool]] = {}
    carriers: list[int] | None = None
    for m in _done_matches(reply, lex):
        i = _at(reply, m.start)
        handing = _HANDING_ON.search(text, m.start, m.end) is not None
        if handing:
            # to the courier or the post, the thing is on its way: what it went to follows the deed in its sentence
            # ("I've passed your request about the delivery charge to our finance team" goes to finance); perf: the
            # carriers are found once per reply and each deed looks for the next one by bisection
            if carriers is None:
                carriers = [c.start() for c in _CARRIER.finditer(text)]
            k = bisect.bisect_left(carriers, m.end)
            handing = not (k < len(carriers) and carriers[k] < reply.sentences[i][1])
        deeds.setdefault(i, []).append(handing)
    return {i for i, handing in deeds.items() if all(handing) and i not in reply.evidence("telegraphic_done")}


_CARRIER = re.compile(
    r"(?<!\w)(?:courier\w*|carrier\w*|post(?:al)?\b|royal\s+mail|dpd|dhl|ups|fedex|evri|hermes|delivery\s+(?:service|team|"
    r"company|partner|driver)|driver\w*|курьер\w*|служб\w+\s+доставк\w*|доставк\w*|почт\w*|сдэк|boxberry|кур'єр\w*"
    r"|пошт\w*|укрпошт\w*|перевізник\w*|воді\w*|водител\w*)",
    re.IGNORECASE,
)
"""Who carries a parcel: a thing handed to them is on its way («Заказ передали в службу доставки»)."""


_DONE_PARTICIPLES = frozenset(
    {"sent", "issued", "refunded", "cancelled", "canceled", "replaced", "arranged", "booked", "emailed", "done"}
)  # fmt: skip
"""What a request asks the shop to do, told done; not "updated", "added", "processed", "dispatched", which as often
tell a case's or an order's state ("Case updated with your photos", "Order 5521 dispatched on 2 May")."""
_NOT_A_THING = frozenset(
    {"i", "we", "you", "it", "they", "he", "she", "this", "that", "not", "never", "if", "when", "nothing", "no",
     "none"}
)  # fmt: skip
TELEGRAPHIC_WORDS = 6
"""The most words a clipped report of a thing done has ("Refund sent today.", "Replacement dispatched this
morning.")."""


def _telegraphic_done(reply: Reply) -> set[int]:
    """ "Refund sent today.", "New address updated.": a short English sentence naming the thing and then what was
    done to it, its subject and "has been" left out, as agents write from a phone. Russian and Ukrainian say it
    whole («Возврат оформлен»), which the lexicon lists. Not "If sent today, ..." or "You sent the wrong size"."""
    if reply.analysis.lang != "en":
        return set()
    found: set[int] = set()
    for i in range(len(reply.sentences)):
        if reply.word_count(i) > TELEGRAPHIC_WORDS:
            continue
        first = reply.first_words(i, 3)
        if len(first) < 2 or first[0] in _NOT_A_THING:
            continue
        if first[1] in _DONE_PARTICIPLES or (
            len(first) == 3 and first[2] in _DONE_PARTICIPLES and first[1] not in _NOT_A_THING
        ):
            found.add(i)
    return found


_WE_WILL = re.compile(
    r"(?<!\w)(?:we|i)(?:'ll|\u2019ll|\s+will|\s+shall)\s+(?:(?:also|happily|gladly|then|just|\w+ly)\s+)?(\w+)",
    re.IGNORECASE,
)
"""The English first person's future and the verb it binds ("we'll wrap it", "I will gladly add a card")."""
_NOT_DEEDS = frozenset(
    {"be", "let", "check", "try", "see", "look", "ask", "find", "confirm", "contact", "get", "keep", "need", "have",
     "update", "reply", "respond", "notify", "inform", "consider", "forward", "pass", "discuss", "review",
     "escalate", "think", "raise", "not", "never",
     "уточнить", "проверить", "сообщить", "посмотреть", "постараться", "попробовать", "связаться", "ответить",
     "узнать", "выяснить", "подумать", "перезвонить", "рассмотреть", "передать", "обсудить", "спросить",
     "согласовать", "разобраться", "вернуться",
     "уточнити", "перевірити", "повідомити", "подивитися", "постаратися", "спробувати", "зв'язатися", "відповісти",
     "дізнатися", "з'ясувати", "подумати", "передзвонити", "розглянути", "передати", "обговорити", "запитати",
     "спитати", "погодити", "розібратися", "повернутися"}
)  # fmt: skip
"""Verbs a writer binds themself to without doing anything asked: looking into it, passing it on, answering later
or coming back to it («вернёмся к вам»), and "not", "never", which bind to nothing."""
_PROMISE_NEGATIONS = frozenset({"не", "ни", "ні", "никогда", "ніколи", "вряд", "навряд"})
"""A word that, earlier in the clause, turns a Russian or Ukrainian promise into a refusal («Открытку мы не
положим», «вряд ли положим»)."""
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})


def _promised(reply: Reply, lex: LexiconSource) -> set[int]:
    """Sentences where the shop binds itself to a deed: «Упакуем в крафтовую бумагу», «Листівку покладемо
    безкоштовно», "We'll wrap it in kraft paper". Asked "can you?", a promise of the deed on its subject is a yes
    in other words; a promise to look into it, to pass it on or to answer later is none, nor is one denied earlier
    in its clause."""
    analysis = reply.analysis
    found: set[int] = set()
    # a sentence that promises to write back promises no deed, unless another verb in it does: «Листівку напишемо
    # від руки й покладемо в букет» puts the card in
    beside: set[int] = set()
    if analysis.lang == "en":
        for m in _WE_WILL.finditer(analysis.text):
            if m.group(1).lower() not in _NOT_DEEDS:
                found.add(_at(reply, m.start()))
    else:
        later = {k for m in lex("unknown_promises").find(analysis) for k in range(m.first_token, m.last_token + 1)}
        commitment = analysis.morphology.commitment
        lowers, lemma_sets, starts = analysis.token_lowers, analysis.lemma_sets, analysis.token_starts
        negated, sentence, last = False, -1, -1
        for i in analysis.word_indexes:
            at = _at(reply, starts[i])
            if at != sentence or any(lowers[k] in _CLAUSE_MARKS for k in range(last + 1, i)):
                negated, sentence = False, at  # a new clause: «Не волнуйтесь, упакуем бесплатно» promises
            last = i
            low = lowers[i]
            if low in _PROMISE_NEGATIONS:
                negated = True
            elif not negated and lemma_sets[i].isdisjoint(_NOT_DEEDS) and commitment(low):
                found.add(at)
                if i not in later:
                    beside.add(at)
    return found - reply.quoted - (reply.evidence("promises") - beside) - reply.evidence("deferral")


_ALREADY = frozenset({"уже", "вже", "already"})
_DENIALS = frozenset(
    {
        "не",
        "нет",
        "ни",
        "ні",
        "немає",
        "нема",
        "нельзя",
        "неможливо",
        "невозможно",
        "not",
        "n't",
        "no",
        "never",
        "cannot",
    }
)


def _already_done(reply: Reply, lex: LexiconSource) -> set[int]:
    """Sentences telling that something is already so, with nothing denied or regretted in them: «Новый адрес уже
    в заказе 1207», «Нова тарілка вже виїхала сьогодні», "The new address is already on the order". In a request's
    passage it tells the request done; "The parcel has already left, so I can't change the address" denies it."""
    analysis = reply.analysis
    lowers, starts = analysis.token_lowers, analysis.token_starts
    found: set[int] = set()
    denied = {_at(reply, starts[i]) for i in _regret_tokens(analysis, lex)}
    for i in analysis.word_indexes:
        low = lowers[i]
        if low in _ALREADY:
            found.add(_at(reply, starts[i]))
        elif low in _DENIALS:
            denied.add(_at(reply, starts[i]))
    return found - denied  # `Reply.evidence` leaves out the quoted sentences


WAITING = re.compile(
    r"(?<!\w)(?:as\s+soon\s+as|the\s+moment|once|как\s+только|як\s+тільки)(?!\w)",
    re.IGNORECASE,
)
"""A wait for another event ("as soon as the exchange is approved", «как только гравировка будет готова»): a "right
away" after it («Как только ..., мы сразу пришлём SMS») is straight after that event, no time of its own. Not «после
того, как», which tells the order of the steps the question asks about («заберуть одразу після того, як занесуть
новий» for «заберуть старий, коли привезуть новий?»)."""


WHEN_CLAUSE = 4
"""Words after a "when" marker ("as soon as", "the moment") that say which event it waits for."""


def _when_markers(reply: Reply, lex: LexiconSource) -> set[int]:
    analysis = reply.analysis
    doc = analysis.doc
    for m in lex("answer_when").find(analysis):
        words, topics = reply.when_topics.setdefault(_at(reply, m.start), (set(), set()))
        # the marker with the clause it opens: "the moment it ships" names the very event asked about
        last = m.last_token
        while last + 1 < len(doc) and last < m.last_token + WHEN_CLAUSE and not doc[last + 1].is_punct:
            last += 1
        stops = stop_words(analysis.lang)
        for i in range(m.first_token, last + 1):
            if doc[i].lower_ not in stops:
                words |= analysis.lemma_sets[i] | {doc[i].lower_}
            if i <= m.last_token:  # topics are broad: the marker's own ("on delivery"), not its clause's
                topics |= reply.token_topics.get(i, frozenset())
    return set(reply.when_topics)


def _regret_tokens(analysis: Analysis, lex: LexiconSource) -> frozenset[int]:
    """The tokens of apologies a no may follow ("I'm very sorry, but no"), for `leads`."""
    return frozenset(i for m in lex("answer_regret").find(analysis) for i in range(m.first_token, m.last_token + 1))


def _yes_no_lead(reply: Reply, lex: LexiconSource) -> set[int]:
    analysis = reply.analysis
    regret = _regret_tokens(analysis, lex)
    return _where(reply, (m for m in lex("answer_yesno").find(analysis) if leads(analysis, m, regret=regret))) | _where(
        reply, (m for m in lex("answer_yes_bare").find(analysis) if leads(analysis, m, bare=True))
    )


def _yes_no_clause_lead(reply: Reply, lex: LexiconSource) -> set[int]:
    """A yes or no that opens a clause of its own inside its sentence, after a condition or ", and" ("If it still
    won't charge, yes, it will be repaired under warranty"): where each such clause starts is kept
    (`Reply.clause_leads`), since only the words after the marker say what it answers ("If you order today, yes,
    it will arrive before Christmas" says nothing of whether it is machine washable)."""
    analysis = reply.analysis
    regret = _regret_tokens(analysis, lex)
    found = [
        m
        for m in lex("answer_yesno").find(analysis)
        if not leads(analysis, m, regret=regret) and leads(analysis, m, regret=regret, clause=True)
    ]
    found += [
        m
        for m in lex("answer_yes_bare").find(analysis)
        if not leads(analysis, m, bare=True) and leads(analysis, m, bare=True, clause=True)
    ]
    out: set[int] = set()
    for m in sorted(found, key=lambda m: m.start):
        n = _at(reply, m.start)
        reply.clause_leads.setdefault(n, m.end)
        out.add(n)
    return out


def _yes_no_inline(reply: Reply, lex: LexiconSource) -> set[int]:
    analysis = reply.analysis  # an opening "Yes," is a lead, kept above
    return _where(reply, (m for m in lex("answer_yesno_inline").find(analysis) if not leads(analysis, m)))


def _steps(reply: Reply, lex: LexiconSource) -> set[int]:
    analysis = reply.analysis
    courtesy = {i for m in lex("answer_not_steps").find(analysis) for i in range(m.first_token, m.last_token + 1)}
    found = _where(reply, lex("answer_steps").find(analysis)) | {
        _at(reply, analysis.doc[i].idx) for i in imperatives(analysis) if i not in courtesy
    }
    return found | _english_instructions(reply) if analysis.lang == "en" else found


_CAN = frozenset({"можно", "можна", "можете", "зможете", "сможете", "можем", "сможем", "можемо", "зможемо"})
_MAY = frozenset({"может", "може", "могут", "можуть"})
"""Third-person "can", which is also "may": a way only with a doer's action after it ("Майстер може почистити
фільтр"), not when it says how long or whether ("Возврат может занять до 14 дней", «може тривати»)."""
_NOT_ACTIONS = frozenset(
    {
        "занять",
        "занимать",
        "длиться",
        "продлиться",
        "быть",
        "потребоваться",
        "понадобиться",
        "измениться",
        "отличаться",
        "зайняти",
        "займати",
        "тривати",
        "бути",
        "знадобитися",
        "змінитися",
        "відрізнятися",
    }
)
_EN_CAN = frozenset({"can", "could"})
_EN_DOERS = frozenset({"we", "you", "i", "it", "they", "this", "that"})
_INFINITIVE = ("ть", "ться", "ти", "тись", "тися")
WAY_REACH = 2
"""Words between "можно" and the infinitive it governs ("Можно оплатить через СБП", "відписатися можна в кабінеті")."""
WAY_BACK_REACH = 3
"""How far before "можно" its infinitive may stand, with the object between them ("Вимкнути рекламні SMS можна в
кабінеті")."""


_NEGATIONS = frozenset({"not", "n't", "never", "only"})


def _ways(reply: Reply) -> set[int]:
    """Ways of doing it: "можно"/"можна"/"можем" next to an infinitive ("Можно оплатить через СБП", "Надалі
    відписатися можна в кабінеті", «Мы можем заменить петлю»), and in English a doer's "can" before a verb ("We can
    replace the hinge", "it can be reduced"); a bare "Да, можно" is none."""
    analysis = reply.analysis
    lowers, words = analysis.token_lowers, analysis.word_indexes
    out: set[int] = set()
    if analysis.lang == "en":
        # "We can replace the hinge", "it can be reduced": a doer, a can, and a verb (no not) after it
        for k in range(1, len(words) - 1):
            i = words[k]
            if lowers[i] in _EN_CAN and lowers[words[k - 1]] in _EN_DOERS and lowers[words[k + 1]] not in _NEGATIONS:
                out.add(_at(reply, analysis.doc[i].idx))
        return out
    for k, i in enumerate(words):
        may = lowers[i] in _MAY
        if lowers[i] not in _CAN and not may:
            continue
        # "may" governs the verb after it only; "can" the one on either side ("відписатися можна")
        near = (
            words[k + 1 : k + 1 + WAY_REACH]
            if may
            else words[max(0, k - WAY_BACK_REACH) : k] + words[k + 1 : k + 1 + WAY_REACH]
        )
        if any(
            len(lowers[j]) >= 4 and lowers[j].endswith(_INFINITIVE) and not (may and lowers[j] in _NOT_ACTIONS)
            for j in near
        ):
            out.add(_at(reply, analysis.doc[i].idx))
    return out


_INSTRUCTION_LEADS = frozenset(
    {"please", "never", "always", "just", "simply", "then", "first", "finally", "also", "next"}
)
_CLAUSE_LEADS = frozenset({"if", "when", "once", "after", "before", "to", "for", "in"})
_OBJECTS = frozenset(
    {
        "the",
        "a",
        "an",
        "it",
        "its",
        "them",
        "their",
        "this",
        "that",
        "your",
        "our",
        "us",
        "me",
        "these",
        "those",
        "each",
        "any",
        "both",
        "all",
    }
)
_LIMITING = frozenset({"only", "just"})
"""Words between an instruction's verb and its object ("Use only two drops", "Use just the cap"); not "about",
which follows "Sorry" as readily."""
_QUANTITY_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "half", "few",
     "several"}
)  # fmt: skip
"""Quantities an instruction's object may open with ("Use two or three drops", "Wait a few minutes" opens with "a")."""
_THEN_JOINS = frozenset({",", "and"})
_COMMON_VERBS = frozenset({"keep", "make", "take", "put", "give", "call", "show", "move", "get", "see", "fill"})
"""Verbs among the stop words: "Keep the total the same", "Take a photo of the wiring" are instructions."""
_NOT_INSTRUCTIONS = frozenset({"thank", "thanks", "hope", "enjoy", "see", "have", "let", "wish"})


def _english_instructions(reply: Reply) -> set[int]:
    """English instructions: a verb in its base form opening the sentence, the clause after "If ..., " / "To ..., "
    or ", then", with its object right after it ("Use a breathable protector", "Vacuum the surface", "If you spill
    something, blot it", "..., then add it again"). English marks no mood on the word, so the shape is what tells
    an instruction."""
    analysis = reply.analysis
    texts, lowers, lemma_sets = analysis.table.texts, analysis.token_lowers, analysis.lemma_sets
    stops = stop_words("en") - _COMMON_VERBS
    out: set[int] = set()
    for n, (start, end) in enumerate(reply.sentences):
        lo = bisect.bisect_left(analysis.word_starts, start)
        hi = bisect.bisect_left(analysis.word_starts, end)
        words = analysis.word_indexes[lo:hi]
        k = 0
        while k < len(words) and lowers[words[k]] in _INSTRUCTION_LEADS:
            k += 1
        starts = [k]
        if k < len(words) and lowers[words[k]] in _CLAUSE_LEADS:
            comma = next((m for m in range(k, len(words) - 1) if texts[words[m] + 1] == ","), None)
            starts.append(comma + 1 if comma is not None else len(words))
        # the next step in the same sentence: "hold the button for 10 seconds, then add it again in the app"
        starts += [
            m + 1 for m in range(1, len(words) - 1) if lowers[words[m]] == "then" and texts[words[m] - 1] in _THEN_JOINS
        ]
        # after a colon that introduces them: "It's easy: wrap a strip of paper round your finger"
        starts += [m for m in range(1, len(words) - 1) if texts[words[m] - 1] == ":"]
        for at in starts:
            if at + 1 >= len(words):
                continue
            verb, obj = words[at], words[at + 1]
            low = lowers[verb]
            if low in stops or low in _NOT_INSTRUCTIONS or not texts[verb].isalpha() or obj != verb + 1:
                continue
            gerund = low.endswith("ing") and any(lemma != low for lemma in lemma_sets[verb])
            if low in lemma_sets[verb] and _object_after(words, at + 1, lowers, texts) and not gerund:
                out.add(n)  # not "Resetting the plug usually helps": a gerund names the action, it asks none
    return out


_PARTICLES = frozenset({"on", "off", "up", "down", "out"})
"""The particle of a phrasal verb ("Switch | on Low Latency mode", "Turn | off auto-update")."""


def _object_after(words: Sequence[int], k: int, lowers: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether the verb's object starts at word k ("Use | the protector"), or after its particle ("Switch on | the
    Low Latency mode", "Turn off | Bluetooth", a capitalised name counting as an object there), or is a quantity
    ("Use | two or three drops", "Use only | 2 drops", "Add | 50 ml of water")."""
    if lowers[words[k]] in _OBJECTS:
        return True
    if lowers[words[k]] in _LIMITING and k + 1 < len(words) and words[k + 1] == words[k] + 1:
        k += 1  # "use only two drops", "wait just a minute"
        if lowers[words[k]] in _OBJECTS:
            return True
    if lowers[words[k]] in _QUANTITY_WORDS:
        return True
    # a number with what it counts ("2 drops", "50 ml"), not a phone number ("Call 0800 123 456")
    if texts[words[k]].isdigit() and k + 1 < len(words) and texts[words[k + 1]].isalpha():
        return True
    if lowers[words[k]] not in _PARTICLES or k + 1 >= len(words) or words[k + 1] != words[k] + 1:
        return False
    nxt = words[k + 1]
    return lowers[nxt] in _OBJECTS or texts[nxt][:1].isupper()


def _absent_in_sentence(reply: Reply, lex: LexiconSource) -> set[int]:
    """Impersonal admissions with an aside between the noun and its absence: «Даних про кількість циклів для цієї
    батареї, на жаль, немає», «Информации о сроках, к сожалению, пока нет». A word for information or data
    (`unknown_info_nouns`) and, later in the same sentence, an absence (`unknown_absence`) that ends a clause
    (punctuation or the sentence's end right after it), with no trouble between («Інформації про затримки немає»
    reassures) and no question mark in the sentence («нет ли информации...?» asks). Honest-unknown's own reading
    keeps the two in one clause; a reply's aside ("unfortunately") puts a comma between them."""
    absences = list(lex("unknown_absence").find(reply.analysis))
    if not absences:
        return set()
    analysis = reply.analysis
    texts = analysis.table.texts
    first_noun: dict[int, int] = {}  # per sentence, the first information noun's last token
    for m in lex("unknown_info_nouns").find(analysis):
        first_noun.setdefault(_at(reply, m.start), m.last_token)
    if not first_noun:
        return set()
    troubles = sorted(m.first_token for m in lex("unknown_troubles").find(analysis))
    asking: dict[int, bool] = {}  # perf: each sentence read for a "?" once, however many absences it has
    out: set[int] = set()
    for a in absences:
        n = _at(reply, a.start)
        noun = first_noun.get(n)
        if noun is None or noun >= a.first_token or n in out:
            continue
        start, end = reply.sentences[n]
        if n not in asking:
            asking[n] = "?" in analysis.text[start:end]
        if asking[n]:
            continue
        j = a.last_token + 1
        while j < len(texts) and texts[j].isspace():
            j += 1
        if j < len(texts) and texts[j][:1].isalnum() and analysis.token_starts[j] < end:
            continue  # the absence goes on ("немає проблем з ..."): not said last
        k = bisect.bisect_right(troubles, noun)
        if k < len(troubles) and troubles[k] < a.first_token:
            continue
        out.add(n)
    return out


def _dated_promises(reply: Reply, lex: LexiconSource) -> set[int]:
    """Sentences with a promise to find out and a time ahead in its own clause ("I'll check and email you by
    Friday"): a date in another clause dates something else ("I've passed it on to our courier team, and a new
    controller will be delivered on Thursday" gives no reason, and no date for one)."""
    if not reply.evidence("times_ahead"):  # (which also keeps `reply.ahead_spans`)
        return set()
    text = reply.analysis.text
    spans = reply.ahead_spans
    starts = [s for s, _ in spans]
    found: set[int] = set()
    for m in lex("unknown_promises").find(reply.analysis):
        # the nearest time ahead on each side (perf: bisection, not every pair)
        k = bisect.bisect_left(starts, m.end)
        after = spans[k] if k < len(spans) else None
        before = spans[k - 1] if k > 0 else None
        if (after is not None and _one_clause(text, m.end, after[0])) or (
            before is not None and before[1] <= m.start and _one_clause(text, before[1], m.start)
        ):
            found.add(_at(reply, m.start))
    return found


def _one_clause(text: str, start: int, end: int) -> bool:
    return _CLAUSE_CUT.search(text, start, end) is None


_CLAUSE_CUT = re.compile(r"[,;:.!?\n\u2013\u2014]")
"""What ends a clause between a promise and a time."""


def _honest(reply: Reply, lex: LexiconSource) -> set[int]:
    analysis = reply.analysis
    # A promise to find out counts with a date for it ("I'll email you by Friday with an update"); alone ("We'll
    # email you the moment it leaves") it is no admission that the answer is not known yet, nor with a date of
    # what already happened («Ми отримали рюкзак у понеділок, 16 червня, і вже передали його на перевірку»).
    promised = _dated_promises(reply, lex)
    return (
        # the impersonal ones too ("информации о сроке ... у нас нет"), as honest-unknown reads them: the same
        # admission must not be honest there and an unanswered question here
        {_at(reply, a.start) for a in admissions(analysis, lex, spread=True)}
        | promised
        | _where(reply, lex("answer_unknown").find(analysis))
        | _absent_in_sentence(reply, lex)
    )


LENGTH_UNITS = (
    r"cm|mm|m|km|см|мм|м|км|metres?|meters?|centimet(?:re|er)s?|millimet(?:re|er)s?|inch(?:es)?|feet|foot|метр\w*"
    r"|сантиметр\w*|миллиметр\w*|міліметр\w*|дюйм\w*"
)
"""Units of length, as `_MEASURE` reads them (and a length asked wants one of them)."""
MASS_VOLUME_UNITS = r"kg|g|l|ml|кг|г|л|мл"
POWER_UNITS = r"W|kW|V|mAh|Вт|кВт|В"
"""Units of power, voltage and charge: no size."""
RESOLUTION_UNITS = r"px|pixels?|dpi|ppi|MP|megapixels?|пикс\w*|пікс\w*|Мп|мегапикс\w*|мегапікс\w*"
"""Units of an image's resolution ("2400 × 3600 px", «300 dpi», «2400 × 3600 пикселей»)."""
KELVINS = r"[KК](?!\w)|kelvins?(?!\w)|кельвин\w*|кельвін\w*"
"""A lamp's colour temperature is given in kelvins ("2700 K", «2700 К»)."""
DEGREES_PERCENT = rf"°\s?[CF]?|%|degrees?(?:\s+[CF](?!\w))?(?!\w)|градус\w*|{KELVINS}"
"""Degrees, a percentage, and kelvins: a lamp's colour temperature ("2700 K", «2700 К») is measured in them."""
_UNITS_IN_WORDS = (
    r"metres?|meters?|centimet(?:re|er)s?|millimet(?:re|er)s?|inch(?:es)?|feet|foot|метр\w*|сантиметр\w*"
    r"|миллиметр\w*|міліметр\w*|дюйм\w*|kilos?|kilograms?|grams?|килограмм\w*|кілограм\w*|грам\w*"
    r"|litres?|liters?|литр\w*|літр\w*|degrees|градус\w*|watts?|kilowatts?|ватт\w*|ват(?:и|ів|а|т)?|киловатт\w*"
    r"|кіловат\w*|volts?|вольт\w*"
)
"""Units written out in full ("six metres", «шість метрів», «два литра», "230 volts")."""
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
    r"|half|один|одна|одну|одного|два|две|двух|три|трёх|трех|четыре|четырёх|пять|пяти|шесть|шести|семь|восемь|девять"
    r"|десять|полтора|полторы|полутора|дві|двох|трьох|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|півтора|півтори"
)
"""Numbers in words that take a unit after them ("two metres", «полтора литра», «шість метрів»); not "a", nor a
vague count («кількість», "several"), which measure nothing."""
_MEASURE = re.compile(
    r"(?<![\w.,])[-−+]?\d+(?:[.,]\d+)?(?:\s?[xх×]\s?\d+(?:[.,]\d+)?){0,2}"
    rf"\s?(?:{DEGREES_PERCENT}|(?:л\.\s?с\.|{LENGTH_UNITS}|{MASS_VOLUME_UNITS}|{POWER_UNITS}|{RESOLUTION_UNITS}|hp|bhp|Pa|Па|AW"
    r"|аВт|BTU)(?!\w)"
    rf"|(?i:(?:{_UNITS_IN_WORDS})(?!\w)))"
    rf"|(?i:(?<!\w)(?:{_NUMBER_WORDS})\s+(?:{_UNITS_IN_WORDS})(?!\w))"
)
"""A number with its unit ("-12 °C", "140 cm", "1,9 кг", "230 volts"), or two or three by "x" before it ("140x195 см",
"50 x 30 x 20 cm"), or a number in words with its unit in full ("six metres", «полтора литра», «шість метрів»): a
measurement, which settles "is it warm enough?" and "how wide is it?"."""


def measures_in(reply: Reply, i: int) -> list[str]:
    """The measurements sentence i gives, as written ("140 cm", "65W"), to be told from the ones the question gave
    itself (the "65W" of "the Baseus 65W charger" said back is no length)."""
    return [m.group() for m in _MEASURE.finditer(reply.analysis.text, *reply.sentences[i])]


def _measures(reply: Reply) -> set[int]:
    return {_at(reply, m.start()) for m in _MEASURE.finditer(reply.analysis.text)}


_AGE_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|eighteen"
    r"|одного|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|двенадцати|полугода"
    r"|один|два|три|четыре|пять|шесть|семь|восемь|десять"
    r"|двох|трьох|чотирьох|п'яти|шести|семи|восьми|дев'яти|десяти|дванадцяти|півроку|дві|чотири|п'ять"
)
"""Numbers in words an age is told with ("three years old", «с трёх лет», «від трьох років»)."""

TERM_TOPICS = frozenset({"topic_warranty", "topic_validity"})
"""The topics whose "which" or "what" asks a term ("What's the warranty on it?")."""
MONTHS_TERM = re.compile(
    r"(?<![\w.,])\d+[\s-]?(?:months?|месяц\w*|міс(?:\.|яц\w*)|мес\.)(?!\w)"
    r"|(?<!\w)(?:" + _AGE_WORDS + r"|six|twelve|шести|шість|двенадцати|двенадцать|дванадцять)[\s-]"
    r"(?:months?|месяц\w*|місяц\w*)(?!\w)",
    re.IGNORECASE,
)
"""A term in months ("24 months", "a 24-month warranty", «24 місяці», «шести месяцев», "two months")."""
_AGES = re.compile(
    r"(?<![\w.,])\d+\s?\+|(?<![\w.,])\d+\s+(?:and|or|и|і|й)\s+(?:up|over|older|above|upwards|старше|старші)(?!\w)"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+)?\s?(?:years?|yrs?|months?|mos?|weeks?|y\.?o\.?|лет|года?|год"
    r"|месяц\w*|мес|недел\w*|рок\w*|рік|місяц\w*|міс|тижн\w*|тиждень)(?!\w)"
    r"|(?<!\w)(?:ages?|aged|from|over|under|с|от|старше|младше|з|від|після|старше)\s+\d+(?!\w)"
    r"|(?<!\w)(?:" + _AGE_WORDS + r")(?:\s?[-–]\s?(?:" + _AGE_WORDS + r"))?\s+(?:years?|months?|лет|года?|месяц\w*"
    r"|рок\w*|рік|місяц\w*|and\s+(?:up|over|older))(?!\w)"
    r"|(?<!\w)(?:from\s+birth|newborns?|с\s+рождения|з\s+народження|новорожд\w*|новонарод\w*)(?!\w)",
    re.IGNORECASE,
)
"""An age ("3+", "8 and up", "from 3 years", «от 3 лет», «з 6 місяців», "from birth"): what "from what age?" asks
for."""
_MARKED_AGE = re.compile(
    r"(?<![\w.,])\d+\s?\+|(?<![\w.,])\d+\s+(?:and|or|и|і|й)\s+(?:up|over|older|above|старше|старші)(?!\w)"
    r"|(?<!\w)(?:ages?|aged|from|over|under|с|со|от|старше|младше|з|із|від|після)\s+(?:\d+|\w+)\s+(?:years?|months?"
    r"|weeks?|лет|года?|месяц\w*|недел\w*|рок\w*|рік|місяц\w*|тижн\w*)(?!\w)|years?\s+old|(?<!\w)(?:from\s+birth"
    r"|с\s+рождения|з\s+народження)(?!\w)",
    re.IGNORECASE,
)
"""An age marked as one ("3+", "8 and up", "from 3 years", «с трёх лет», «від 6 місяців», "years old"), which
answers "from what age?" whatever else its sentence answers; a bare "12 months" may be a shelf life."""
_VOLUME_TOLD = re.compile(
    r"\d(?:[.,]\d+)?\s?(?:l|ml|cl|litres?|liters?|gallons?|pints?|fl\.?\s?oz|cups?|mugs?|литр\w*|л|мл|літр\w*"
    r"|чаш\w*|кружк\w*|чашок|горнят\w*|[kmgt]b|гб|тб|мб|кб|db|дб)(?!\w)"
    rf"|(?<!\w)(?:{_NUMBER_WORDS})"
    r"\s+(?:litres?|liters?|gallons?|pints?|cups?|mugs?|литр\w*|літр\w*|чаш\w*|кружк\w*|чашок|горнят\w*)(?!\w)",
    re.IGNORECASE,
)
"""An amount in a unit a volume is told in, in digits or words: of liquid ("1.7 litres", «2,8 л», «полтора литра»),
of memory («256 ГБ»), of sound ("95 dB"); a length ("24 cm across") is none."""
_YEARS = re.compile(
    r"(?:(?<![\w.,])\d+(?:[.,]\d+)?\s?|(?<!\w)(?:one|two|three|four|five|ten|a|один|одна|два|две|три|четыре|пять"
    r"|десять|полтора|півтора|дві|чотири|п'ять|десять)\s)(?:years?|yrs?|год(?:а|у)?|лет|рок(?:и|ів)|рік)(?!\w)"
    r"|(?:(?<![\w.,])\d+|(?<!\w)(?:one|two|three|five|ten|двух|трёх|трех|пяти|двох|трьох|п'яти))-"
    r"(?:years?|months?|летн\w*|річн\w*|месячн\w*|місячн\w*)\s+(?:[\w'’]+\s+){0,2}(?:warranty|guarantee|гаранти\w*|гаранті\w*)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A term in years ("2 years from manufacture", «2 года с даты производства», «3 роки»), also as a compound before
a warranty ("our 2-year warranty", «2-летняя гарантия», "a 12-month guarantee"): the times the language packs find
stop at months written apart, and a shelf life or a warranty term is given in years. Other compounds are no term
("for 3-year-olds", "your 12-month subscription")."""

_PERIODS = (
    r"(?:day|week|fortnight|month|quarter|season|year|days|weeks|months|years"
    r"|день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|квартал|сезон|год|года|лет|полгода"
    r"|тиждень|тижні|тижнів|місяць|місяці|місяців|квартал|сезон|рік|роки|років|півроку|пів\s+року|пол\s+года"
    r"|half\s+a\s+year)"
)
DAY_PART = re.compile(
    r"(?<!\w)(?:morning|afternoon|evening|night|noon|midday|lunchtime|утр\w*|дн[её]м|днём|вечер\w*|ноч\w*|полдень"
    r"|обед\w*|ранок|ранку|зранку|вдень|вечір|вечора|ввечері|увечері|вночі|опівдні|обід\w*)(?!\w)",
    re.IGNORECASE,
)
"""A part of the day ("in the morning", «вечером», «зранку»): what a time of day asked as one answers."""
HOUR_RANGE = re.compile(
    r"(?<!\w)(?:с|со|з|із|від|от|from|between)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:до|по|to|and|till|until|-|–|—)\s*"
    r"\d{1,2}(?:[:.]\d{2})?(?!\d|[:.]\d|\s*(?:[^\W\d_]|%|₴|₽|€|£|\$))",
    re.IGNORECASE,
)
"""Hours from one to another with no unit after them («с 9 до 13», "between 8 and 12"): a range of days or of
money names its unit («с 5 до 7 дней»), which this leaves out."""
FREQUENCY = re.compile(
    r"(?<!\w)(?:(?:once|twice|\d+ times|(?:один |два |три |\d+ )?раз(?:а)?|(?:один |два |три |\d+ )?рази?)"
    r"\s+(?:a|per|every|в|на|у)\s+(?:\d+\s+)?" + _PERIODS + r"(?!\w)"
    r"|(?:every|каждые|каждый|каждую|кожні|кожен|кожного|кожну)\s+(?:\d+\s+|other\s+|two\s+|three\s+|six\s+)?"
    + _PERIODS
    + r"(?!\w)"
    r"|daily|weekly|monthly|yearly|annually|(?:hourly|nightly|fortnightly|quarterly)(?!\s+[^\W\d_])"
    r"|ежечасно|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно"
    r"|що(?:години|дня|доби|ранку|вечора|ночі|тижня|місяця|кварталу|півроку|року"
    r"|понеділка|вівторка|середи|четверга|п['’ʼ]?ятниці|суботи|неділі)"
    r"|раз в полгода|раз на півроку"
    r"|(?:after|before)\s+(?:each|every)\s+\w+|every\s+time|каждый\s+раз|щоразу|кожного\s+разу"
    r"|после\s+кажд\w+\s+\w+|після\s+кожн\w+\s+\w+)(?!\w)",
    re.IGNORECASE,
)
"""How often ("once a year", "every 6 months", «раз в год», «каждые полгода», «раз на рік», «щороку»,
«щопонеділка»): what answers "how often?", which names no date."""

SEASONS = re.compile(
    r"(?<!\w)(?:in (?:the )?(?:early |late |mid-)?(?:spring|summer|autumn|winter|fall)"
    r"|(?:early |late |mid-)?(?:spring|summer|autumn|winter)(?:time)?"
    r"(?=\s*(?:[,.;:!?)]|$|(?:or|and|is|suits|works|would|will|tends)(?!\w)))"
    r"|(?:ранней |поздней )?(?:весной|летом|осенью|зимой)|(?:в начале|в конце|в середине) (?:весны|лета|осени|зимы)"
    r"|(?:ранняя |поздняя |ранней |поздней )?(?:весна|осень|весну)(?=\s*(?:[,.;:!?)]|$|(?:или|и)(?!\w)))"
    r"|(?:ранньої|пізньої) (?:весни|осені)|навесні|весною|влітку|улітку|восени|взимку|узимку"
    r"|(?:рання |пізня |ранню |пізню )?(?:весна|осінь|весну)(?=\s*(?:[,.;:!?)]|$|(?:чи|або|і|й|та)(?!\w)))"
    r"|(?:на початку|наприкінці|у середині) (?:весни|літа|осені|зими))(?!\w)",
    re.IGNORECASE,
)
"""A season ("usually in late spring", «поздней весной», «восени»): a time of year answers "when is the best time
to ...?" as a date does, named as a noun too ("Spring or early autumn suits it best", «Лучшее время — ранняя
весна», «Найкраще — осінь»; only that question asks, and only a season standing as the answer, before a stop,
an "or" or a verb: "after the winter sale", «Осень — время распродаж» are no time to do it)."""

_MASS = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:gsm|g/m²|g/m2|г/м²|г/м2|kg|g|lb|lbs|oz|кг|г|гр|грамм\w*|грам\w*|кило\w*"
    r"|кілограм\w*)(?!\w)"
    r"|(?<!\w)(?:kilos?|grams?|pounds|ounces|килограмм\w*|грамм\w*|кілограм\w*|грам\w*)(?!\w)",
    re.IGNORECASE,
)
"""A weight ("1.9 kg", "7,4 кг", "850 грамів", a paper's "200 gsm"): what answers "how much does it weigh?", which a
size does not."""


_PLACE_PREPOSITIONS = {
    "en": frozenset({"in", "at", "from", "near"}),
    "ru": frozenset({"в", "во", "на", "из", "у", "под", "возле", "около"}),
    "uk": frozenset({"в", "у", "на", "з", "із", "зі", "біля", "під", "поблизу"}),
}
_STREET_WORDS = frozenset(
    {"ул", "улица", "улице", "улицу", "пр", "просп", "проспект", "проспекте", "пер", "переулок", "бульвар", "шоссе"}
    | {"наб", "набережная", "пл", "площадь", "мкр", "вул", "вулиця", "вулиці", "провулок", "пров", "бульв", "шосе"}
    | {"площа", "майдан", "набережна"}
)
"""Words before a street's name («пр. Мира, 12», «вул. Городоцька»): an address names a place as a preposition
does."""
_NOT_PLACES = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "christmas", "easter", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "i",
        "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашему", "вашем", "вашу",
        "вашим", "вашими", "ваших", "ви", "ваші", "вашого", "вашої", "вашому", "вашій",
    }
)  # fmt: skip
"""Capitalised words after "in"/"at" that name a time or the polite "you", not a place ("in June", "at
Christmas", «в Вашем городе»)."""


def _named_places(reply: Reply) -> set[int]:
    """Sentences naming a place: a preposition of place before a capitalised word mid-sentence ("made in our lab in
    Bath", "у Львові", "в Казани"), or before a house number and the street's name ("at 14 Mill Lane"). A name is
    a place however small; the lexicon cannot list them."""
    analysis = reply.analysis
    preps = _PLACE_PREPOSITIONS.get(analysis.lang, frozenset())
    texts, lowers, starts = analysis.table.texts, analysis.token_lowers, analysis.sent_starts
    words = analysis.word_indexes
    stops = stop_words(analysis.lang)  # the polite "на Вас", "у Вашому": pronouns, not places
    out: set[int] = set()
    numbered: list[tuple[int, int]] | None = None
    for k, (a, after) in enumerate(itertools.pairwise(words)):
        b = after
        if k + 2 < len(words) and texts[b].isdigit() and len(texts[b]) <= HOUSE_NUMBER:
            # "at 14 Mill Lane": the house number before the street's name; "on 5 June", "at 10 AM" are times
            if numbered is None:
                numbered = [(f.start, f.end) for f in times_in(analysis)]
            char = analysis.token_starts[b]
            t = bisect.bisect_right(numbered, (char, len(analysis.text))) - 1
            if t >= 0 and char < numbered[t][1]:
                continue
            b = words[k + 2]
        text = texts[b]
        named = text[:1].isupper() and text.isalpha() and not starts[b]
        named = named and lowers[b] not in _NOT_PLACES and lowers[b] not in stops
        if named and (lowers[a] in preps or lowers[a].rstrip(".") in _STREET_WORDS):
            out.add(_at(reply, analysis.doc[b].idx))
    return out


def counted_in(reply: Reply, i: int) -> list[tuple[str, str]]:
    """The counts sentence i gives, each with the word right before it, lower-cased (("has", "52")): numbers that
    are no sum of money and have no unit after them ("120 Hz" is a measurement). The word before tells a model's
    name the letter gave ("the Vista 55") from a count ("В упаковке Lavazza Intenso 10 капсул")."""
    text = reply.analysis.text
    start, end = reply.sentences[i]
    found = []
    for f in _numbers_not_money(text[start:end], reply.analysis.lang):
        if _UNIT_AFTER.match(text, start + f.end) is not None:
            continue
        before = _WORD_BEFORE.search(text, max(start, start + f.start - WORD_REACH), start + f.start)
        found.append((before.group(1).lower() if before is not None else "", f.text.lower()))
    return found


_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")
WORD_REACH = 40
"""Characters looked back from a number for the word before it."""


def _counted_numbers(reply: Reply) -> set[int]:
    """Sentences with a number that is not a sum of money ("10 capsules" yes, "690 ₽" no): what answers "how
    many?", «сколько капсул?», which a price does not."""
    return {_at(reply, f.start) for f in _numbers_not_money(reply.analysis.text, reply.analysis.lang)}


def _numbers_not_money(text: str, lang: Lang) -> list[Found]:
    """The numbers in `text` that are no part of a sum of money ("10 capsules" yes, "690 ₽" no)."""
    money = [(m.start, m.end) for m in find_money(text)]
    starts = [start for start, _ in money]

    def in_money(char: int) -> bool:
        k = bisect.bisect_right(starts, char) - 1
        return k >= 0 and char < money[k][1]

    return [f for f in find_numbers(text, lang) if not in_money(f.start)]


_UNIT_AFTER = re.compile(
    r"(?:[.,]\d+)?\s?(?:Hz|kHz|MHz|GHz|GB|TB|MB|MP|dB|fps|mAh|Wh|W|kW|V|cm|mm|km|kg|ml|°|%|Гц|кГц|ГГц|ГБ|ТБ|МБ|Мп|дБ|мАч|мАг"
    r"|Вт|кВт|см|мм|км|кг|мл)(?!\w)"
)
"""A unit right after a number ("120 Hz", "65 W", «256 ГБ»): a measurement, not a count of things."""


HOUSE_NUMBER = 4
"""Digits of a house number ("at 14 Mill Lane"); a longer number is an order or a year, not an address."""


_STATE_ENDINGS = ("н", "на", "но", "ны", "ні", "ний", "не", "т", "та", "то", "ты", "ті", "тий", "те")
"""Endings of Russian and Ukrainian passive participles ("оплачен", "собрано", "відправлено", "закрыт"): the
morphology reads them as past, but they say how things stand ("заказ оплачен"), not what happened. A finite past
verb ends otherwise ("перепутали", "переплутали", "завис")."""
_ADJECTIVE_ENDINGS = ("ый", "ий", "ая", "ое", "ые", "ого", "ую", "ых", "ым", "ому", "ої", "ою")
_FOR_THE_HARM = frozenset({"за"})
"""«Извините за потраченный день», «вибачте за втрачений час»: a participle after «за» names the harm apologised
for, which is the customer's story, not what went wrong («виной всему сломанный погрузчик» is)."""


def _thanks_clauses(analysis: Analysis, lex: LexiconSource) -> set[int]:
    """Tokens of a thank-you for what the customer did, to the end of its clause ("Спасибо, что сообщили,"):
    the customer's doing, not what went wrong."""
    doc = analysis.doc
    out: set[int] = set()
    for m in lex("answer_thanks").find(analysis):
        i = m.last_token + 1
        while i < len(doc) and i not in out and not doc[i].is_punct:
            out.add(i)
            i += 1
    return out


_CAUSING = frozenset({"cause", "причинить", "вызвать", "завдати", "спричинити", "викликати"})
"""What an apology says the trouble did ("the trouble this has caused", «неудобства, которые это причинило»); not
«доставить», which as often means "deliver"."""
_CAUSED_FOR = frozenset({"you", "вам", "вас", "тебе"})


def _thanks_only(reply: Reply, lex: LexiconSource) -> set[int]:
    """The sentences that are a thank-you and nothing else ("Thank you for your email.", «Спасибо за письмо!»): the
    words in them ("email", «письмо») are the customer's doing and take up nothing asked."""
    text = reply.analysis.text
    out: set[int] = set()
    for m in lex("answer_thanks").find(reply.analysis):
        i = _at(reply, m.start)
        start, end = reply.sentences[i]
        # the thank-you runs to the end of its clause: punctuation, a spaced dash or a conjunction ends it ("Thank
        # you for your patience and here is the invoice" goes on to the answer)
        cut = _THANKS_CLAUSE_END.search(text, m.end, end)
        rest = text[cut.start() : end] if cut is not None else ""
        if not any(ch.isalnum() for ch in text[start : m.start]) and not any(ch.isalnum() for ch in rest):
            out.add(i)
    return out


_THANKS_CLAUSE_END = re.compile(r"[,;:—–(]|\s-\s|(?<!\w)(?:and|but|so|и|а|но|і|й|та|але|тож)(?!\w)", re.IGNORECASE)


def _caused_in_apology(reply: Reply, lex: LexiconSource) -> set[int]:
    """Tokens of "caused" in a sentence that apologises ("I'm sorry for the trouble this has caused"): the
    apology points back at the customer's own story and tells no event. Only a "caused" that ends its clause
    ("...this has caused.", "...caused you.") points back: "Sorry: the snow caused the delay" says what caused
    what, and tells why."""
    analysis = reply.analysis
    sorry = {_at(reply, analysis.doc[m.first_token].idx) for m in lex("answer_apologies").find(analysis)}
    if not sorry:
        return set()
    return {
        i
        for i in past_tense(analysis)
        if not _CAUSING.isdisjoint(analysis.lemma_sets[i])
        and _at(reply, analysis.doc[i].idx) in sorry
        and _ends_its_clause(analysis, i)
    }


def _ends_its_clause(analysis: Analysis, i: int) -> bool:
    """Whether nothing but "you" («вам») stands between token i and the end of its clause."""
    texts, lowers = analysis.table.texts, analysis.token_lowers
    k = next_solid(analysis, i)
    if k < len(texts) and lowers[k] in _CAUSED_FOR:
        k = next_solid(analysis, k)
    return k >= len(texts) or not any(ch.isalnum() for ch in texts[k])


_AUXILIARIES_PAST = frozenset({"was", "were", "had", "did", "been"})
AUXILIARY_REACH = 3
"""Tokens from an English auxiliary to the verb whose tense it makes ("was not yet cancelled")."""


def _events(reply: Reply, lex: LexiconSource) -> set[int]:
    """Sentences that tell what happened: a past verb that is not the shop's remedy ("I've refunded", "вернули",
    "went out": the `done` phrases) nor, in Russian and Ukrainian, a participle of state ("заказ оплачен"). Each
    event's lemmas are kept in `event_lemmas`, so a question can tell its own story told back from an event."""
    analysis = reply.analysis
    remedy = {i for m in _done_matches(reply, lex) for i in range(m.first_token, m.last_token + 1)}
    remedy |= _thanks_clauses(analysis, lex)
    remedy |= _caused_in_apology(reply, lex)
    slavic = analysis.lang in ("ru", "uk")
    lowers, lemma_sets = analysis.token_lowers, analysis.lemma_sets
    past = past_tense(analysis)
    mishaps: set[int] | None = None  # perf: looked for only when a passive present needs them
    for n, i in enumerate(past):
        if i in remedy or (slavic and lowers[i].endswith(_STATE_ENDINGS)):
            continue
        if (
            slavic
            and lowers[i].endswith(_ADJECTIVE_ENDINGS)
            and i > 0
            and lowers[prev_solid(analysis, i, 0)] in _FOR_THE_HARM
        ):
            continue
        # "was" in "The order was cancelled" is the next verb's tense, not an event of its own
        if lowers[i] in _AUXILIARIES_PAST and n + 1 < len(past) and past[n + 1] - i <= AUXILIARY_REACH:
            continue
        # "The jacket is still listed": a passive present tells how things stand, not what happened; unless what
        # stands is a mishap ("Your paint is delayed")
        if _after_present_auxiliary(analysis, i):
            if mishaps is None:
                mishaps = {
                    k for m in lex("answer_mishaps").find(analysis) for k in range(m.first_token, m.last_token + 1)
                }
            if i not in mishaps:
                continue
        # "has been held up": the word after "been" is the event, whether or not the tagger read it as past;
        # «Заказ был отменён»: the participle after «был» is (its state ending would otherwise drop it)
        k = _participle_after(analysis, i) if lowers[i] == "been" else i
        if slavic and lemma_sets[i] & _PAST_AUXILIARY_LEMMAS:
            k = _participle_after(analysis, i)
            if k == i or not lowers[k].endswith(_STATE_ENDINGS):
                k = i  # «Курьер был у вас в 10:00»: «был» is the event itself
        at = _at(reply, analysis.doc[i].idx)
        reply.event_lemmas.setdefault(at, []).append(lemma_sets[k] | {lowers[k]})
        reply.event_forms.setdefault(at, []).append(lowers[k])
    return set(reply.event_lemmas)


_PAST_AUXILIARY_LEMMAS = frozenset({"быть", "бути"})
"""The Russian and Ukrainian "was", which makes a past passive with a short participle («был отменён», «було
скасовано»)."""


def _after_present_auxiliary(analysis: Analysis, i: int) -> bool:
    """Whether token i follows a present "is"/"are" (the pack's `state_auxiliary`) with at most adverbs between:
    "is still listed", "are now closed"."""
    lowers, auxiliary = analysis.token_lowers, analysis.morphology.state_auxiliary
    if i + 1 < len(lowers) and lowers[i + 1] == "by":
        return False  # "is discontinued by the maker": someone did it
    for k in range(i - 1, max(i - 1 - AUXILIARY_REACH, -1), -1):
        low = lowers[k]
        if auxiliary(low):
            return True
        if low not in _BETWEEN_PRESENT_AUXILIARY:
            return False
    return False


_BETWEEN_PRESENT_AUXILIARY = frozenset({"still", "now", "currently", "also", "already"})
"""Adverbs between "is" and its participle ("is still listed"). Not "being" ("is being inspected" is happening) nor
"not" ("is not authorised" tells what went wrong)."""


def _participle_after(analysis: Analysis, i: int) -> int:
    """The word right after token i ("been | held"), or i itself when none follows in reach."""
    texts = analysis.table.texts
    k = next_solid(analysis, i)
    if k < len(texts) and k <= i + AUXILIARY_REACH:
        return k if texts[k].isalpha() else i
    return i


def _times_ahead(reply: Reply, lex: LexiconSource) -> set[int]:
    """Times not told as past: "We received your backpack on Monday, 2 June" dates what happened, and does not say
    when the refund asked about will come."""
    analysis = reply.analysis
    past = set(past_tense(analysis))
    past_sorted = sorted(past)
    future = frozenset(analysis.token_lowers[m.first_token] for m in lex("future_markers").find(analysis))
    memo: dict[tuple[int, int], bool] = {}
    ahead: list[Found] = []
    end, before = -1, False
    for t in plan_times(analysis, lex):
        if not (0 <= end <= t.start and _APPOSITION.fullmatch(analysis.text, end, t.start)):
            # "on Monday, 2 June": a date set beside the one before it is told as that one is
            before = t.kind == "past" or told_as_past(
                analysis, t.start, past, future=future, memo=memo, past_sorted=past_sorted
            )
        end = t.end
        if not before:
            ahead.append(t)
    reply.ahead_spans = [(t.start, t.end) for t in ahead]
    return _where(reply, ahead)


_APPOSITION = re.compile(r"[ ,]{1,3}")


_LOCATORS: dict[str, Callable[[Reply, LexiconSource], set[int]]] = {
    "times": lambda r, lex: _where(r, plan_times(r.analysis, lex)),
    "durations": lambda r, lex: _where(r, (t for t in plan_times(r.analysis, lex) if t.kind == "duration")),
    "moments": lambda r, lex: _where(r, (t for t in plan_times(r.analysis, lex) if t.kind != "duration")),
    "hours": lambda r, lex: (
        _where(r, (t for t in plan_times(r.analysis, lex) if t.kind == "time"))
        | {_at(r, m.start()) for rx in (DAY_PART, HOUR_RANGE) for m in rx.finditer(r.analysis.text)}
    ),
    "times_ahead": _times_ahead,
    "amounts": lambda r, lex: _where(r, find_money(r.analysis.text)) | _listed("answer_free")(r, lex),
    "sums": lambda r, lex: _where(r, (f for f in find_money(r.analysis.text) if not f.text.endswith("%"))),
    "numbers": lambda r, lex: _where(r, find_numbers(r.analysis.text, r.analysis.lang)),
    "counted": lambda r, lex: _counted_numbers(r),
    "links": lambda r, lex: _where(r, find_links(r.analysis.text)),
    "places": lambda r, lex: _listed_places(r, lex) | r.evidence("named_places"),
    "named_places": lambda r, lex: _named_places(r),
    "mass": lambda r, lex: {_at(r, m.start()) for m in _MASS.finditer(r.analysis.text)},
    "measures": lambda r, lex: _measures(r),
    "years": lambda r, lex: {_at(r, m.start()) for m in _YEARS.finditer(r.analysis.text)},
    "frequency": lambda r, lex: {_at(r, m.start()) for m in FREQUENCY.finditer(r.analysis.text)},
    "seasons": lambda r, lex: {_at(r, m.start()) for m in SEASONS.finditer(r.analysis.text)},
    "ages": lambda r, lex: {_at(r, m.start()) for m in _AGES.finditer(r.analysis.text)} - r.quoted,
    "marked_ages": lambda r, lex: {_at(r, m.start()) for m in _MARKED_AGE.finditer(r.analysis.text)} - r.quoted,
    "volumes": lambda r, lex: {_at(r, m.start()) for m in _VOLUME_TOLD.finditer(r.analysis.text)} - r.quoted,
    "promises": _listed("unknown_promises"),
    "waits": lambda r, lex: {_at(r, m.start()) for m in WAITING.finditer(r.analysis.text)},
    "polar": _listed("answer_polarity"),
    "past": lambda r, lex: {_at(r, r.analysis.doc[i].idx) for i in past_tense(r.analysis)},
    "events": _events,
    "advice": _advice,
    "advised_no": _advised_no,
    "regrets": lambda r, lex: _where(r, lex("answer_regret").find(r.analysis)),
    "materials": _listed("answer_materials"),
    "colours": _listed("answer_colours"),
    "mishaps": _listed("answer_mishaps"),
    "done": _done,
    "handed_on": _handed_on,
    "new_one_brought": _new_one_brought,
    "months": lambda r, lex: {_at(r, m.start()) for m in MONTHS_TERM.finditer(r.analysis.text)},
    "terms_told": lambda r, lex: {
        i for i in r.evidence("years") | r.evidence("months") if not TERM_TOPICS.isdisjoint(r.bags[i].topics)
    },
    "deeds": lambda r, lex: r.evidence("done") - r.evidence("handed_on"),
    "telegraphic_done": lambda r, lex: _telegraphic_done(r),
    "promised": _promised,
    "already_done": _already_done,
    "attached": _listed("answer_attached"),
    "thanks": _listed("answer_thanks"),
    "thanks_only": _thanks_only,
    "deferral": _listed("answer_deferral"),
    "counts": lambda r, lex: r.evidence("numbers") | _counted(r, lex) | _measures(r),
    "when_markers": _when_markers,
    "reasons": _reasons,
    "denials": lambda r, lex: {
        _at(r, r.analysis.token_starts[i]) for i, low in enumerate(r.analysis.token_lowers) if low in DENIALS
    },
    "yes_no_lead": _yes_no_lead,
    "yes_no_clause_lead": _yes_no_clause_lead,
    "yes_no_inline": _yes_no_inline,
    "steps": _steps,
    "ways": lambda r, lex: _ways(r),
    "honest": _honest,
}


def _counted(reply: Reply, lex: LexiconSource) -> set[int]:
    """Counts in words («несколько», "a couple"), not "one" among many ("one of our best sellers")."""
    text = reply.analysis.text
    found = lex("answer_count").find(reply.analysis)
    return _where(reply, [m for m in found if not one_of_many(text, text[m.start : m.end].lower(), m.end)])


def quoted_line(text: str, pos: int) -> bool:
    """A line that quotes an earlier mail ("> Would you prefer a refund?")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start : pos + 1].lstrip().startswith(">")


def _names_by_sentence(analysis: Analysis, sentences: list[tuple[int, int]]) -> list[set[str]]:
    """Per sentence, names and codes, lower-cased: words capitalised mid-sentence ("Medium", "UPS"), words in
    quotation marks ("«Порселейн»") and tokens with digits ("01", "X2"). What a "which" question asks for.

    A date is not a name ("починається 28 листопада" does not say which products are on sale); the dates are
    found once in the whole text (perf: once per sentence was the rule's largest cost on ordinary pairs), and
    through `times_in`, whose one scan per reply the other answer rules share.
    """
    dated = [(f.start, f.end) for f in times_in(analysis)]
    date_starts = [s for s, _ in dated]
    out: list[set[str]] = []
    texts, word_starts, words = analysis.table.texts, analysis.word_starts, analysis.word_indexes
    sent_starts, lowers = analysis.sent_starts, analysis.token_lowers
    for start, end in sentences:
        names: set[str] = set()
        for k in range(bisect.bisect_left(word_starts, start), bisect.bisect_left(word_starts, end)):
            i, char = words[k], word_starts[k]
            d = bisect.bisect_right(date_starts, char) - 1
            if d >= 0 and char < dated[d][1]:
                continue
            after = texts[i - 1] if i > 0 else "."
            mid_sentence = not sent_starts[i] and after not in {".", "!", "?", ":"} and "\n" not in after
            if any(ch.isdigit() for ch in texts[i]) or (mid_sentence and texts[i][:1].isupper()):
                names.add(lowers[i])
        names |= quoted_names(analysis.text, start, end)
        out.append(names)
    return out


def _echoes(analysis: Analysis, sentences: list[tuple[int, int]], quoted: set[int]) -> tuple[Bag, dict[int, Opener]]:
    """The words of one-word answers ("Доставляем:", "Підійде.", "Fits!" say the question's verb back), and the
    first words of short opening clauses (`Reply.openers`).

    perf: the first few tokens that are not whitespace are read from the token table (texts, `is_space` flags,
    by bisection over the token starts); a span's Tokens were built for every sentence of every reply."""
    bag, openers = Bag(), dict[int, Opener]()
    texts, spaces, starts = analysis.table.texts, analysis.table.spaces, analysis.token_starts
    lemma_sets, lowers = analysis.lemma_sets, analysis.token_lowers
    for n, (start, end) in enumerate(sentences):
        if n in quoted:
            continue
        i, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        words: list[int] = []  # the sentence's first tokens that are not whitespace, up to the opener's reach
        while i < hi and len(words) <= OPENER_WORDS:
            if not spaces[i]:
                words.append(i)
                if len(words) > 1 and not _is_word_text(texts[i]):
                    break
            i += 1
        if len(words) < 2 or not _is_word_text(texts[words[0]]) or texts[words[-1]] not in _ECHO_STOPS:
            continue
        first = words[0]
        if len(words) == 2:
            bag.add(lemma_sets[first] | {lowers[first]})
        elif lowers[words[1]] in _POSITION_WORDS:
            said = Bag()
            said.add(lemma_sets[first] | {lowers[first]})
            openers[n] = Opener(said, lowers[first], lowers[words[1]] in _WHEN_DONE)
    return bag, openers


_ECHO_STOPS = frozenset({":", ".", "!", ",", "—", "–"})
OPENER_WORDS = 2
"""Words of an opening clause whose first word says a question's word back with a position («Вернули сегодня —»):
the word and its position alone («Крем уже запакували, ...» tells what was done with the cream, no position)."""
_WHEN_DONE = frozenset({"уже", "сегодня", "вчера", "вже", "сьогодні", "вчора", "already", "today", "yesterday"})
"""Position words that tell when a thing was done: they answer only the question's own form said back («Вернули
сегодня» for «уже вернули?», not "Refunded today" for "Will you refund the postage as well?")."""
_POSITION_WORDS = _WHEN_DONE | {
    *("можно", "нельзя", "нужно", "надо", "есть", "нет", "да"),
    *("можна", "треба", "потрібно", "є", "немає", "нема", "так"),
    *("can", "can't", "cannot", "yes", "no"),
}
"""The word after the question's own that makes a short opening clause a position: a modal, being there or not, a
yes or no, or when it was done («Повесить можно», «Защита есть», «Вернули сегодня»); a noun said first and then
what will be done with it («Сукню відправимо завтра, ...») takes none on whether it can be returned."""


def _is_word_text(text: str) -> bool:
    """`is_word` on a token's text: a letter or digit in it."""
    return text.isalnum() or any(ch.isalnum() for ch in text)


def _lead_index(analysis: Analysis) -> tuple[list[int], list[int]]:
    """Tokens that are emoji-like (not space, not punctuation, no letter or digit), and the number of words
    before each token (prefix sums over `is_word`)."""
    return analysis.memo(_lead_index_of)


def _lead_index_of(analysis: Analysis) -> tuple[list[int], list[int]]:
    # perf: from the token table and the word positions, not spaCy Token objects (a tenth of the rule's time)
    table = analysis.table
    texts, spaces = table.texts, table.spaces
    word = [False] * len(texts)
    for i in analysis.word_indexes:
        word[i] = True
    emoji = [
        i
        for i, text in enumerate(texts)
        if not word[i]
        and not spaces[i]
        and text.strip()
        and (not all(unicodedata.category(ch)[0] == "P" for ch in text) or _emoticon(texts, i))
    ]
    words = [0, *itertools.accumulate(word)]
    return emoji, words


_EMOTICON = re.compile(r"[:;=]-?[()\]\[|*]+")
"""A smiley made of punctuation (":)", ";-)", ":)))", ":(("), one token to the tokenizer."""


def _emoticon(texts: Sequence[str], i: int) -> bool:
    """Whether punctuation token `i` ends a smiley, which closes a sentence as an emoji does ("So glad you love it
    :))) Yes, ..."): a ":)"-like token, or the last of two or more brackets in a row with no space between them
    (the Runet "Спасибо))) Да, будет" splits into one token per bracket). A single ")" closes an aside."""
    text = texts[i]
    if _EMOTICON.fullmatch(text):
        return True
    if text not in {")", "("} or (i + 1 < len(texts) and texts[i + 1] == text):
        return False
    return i > 0 and texts[i - 1] == text


def _ends_with_stop(text: str) -> bool:
    return len(text) >= 2 and text.endswith(".") and text[-2].isalpha()


REGRET_WORDS = 8
"""The longest apology read before a no ("I'm really very sorry, but no" is seven words)."""
_BUT = frozenset({"but", "though", "но", "а", "однако", "але", "проте", "однак"})
"""Words that join a regret to the no after it ("I'm very sorry, but no", «Вибачте, але ні»)."""
_PLEASE = frozenset({"please", "пожалуйста", "будь", "ласка"})
"""The "please" an apology may carry («Извините, пожалуйста, но нет»): part of the regret, never one alone."""


def _regret_lead(analysis: Analysis, first: int, marker: int, regret: frozenset[int]) -> bool:
    """Whether every word from `first` up to the marker is a regret or the "but" after it: "I'm very sorry, but
    no:", «Мне очень жаль, но нет», «На жаль, ні» put the no first, however many words the apology takes."""
    words = analysis.word_indexes
    lowers = analysis.token_lowers
    lo, hi = bisect.bisect_left(words, first), bisect.bisect_left(words, marker)
    # bounded: a run of apologies before each of many markers would otherwise be read once per marker
    return (
        0 < hi - lo <= REGRET_WORDS
        and all(words[k] in regret or lowers[words[k]] in _BUT or lowers[words[k]] in _PLEASE for k in range(lo, hi))
        and not all(lowers[words[k]] in _PLEASE for k in range(lo, hi))
    )


CONDITION_WORDS = 12
"""The longest condition read before a yes ("If the reset doesn't help, yes, bring it in" puts the yes first in
its main clause); longer, the sentence is about something else."""
_IF = frozenset({"if", "если", "ежели", "якщо"})


_AND = frozenset({"and", "и", "і", "й", "та"})
"""Words that join a second clause to a sentence, in which a yes may open its clause ("..., and yes, you can")."""


def _condition_lead(analysis: Analysis, first: int, marker: int) -> bool:
    """Whether the marker opens a clause of its own: after one leading condition and its comma («Якщо пилосос і
    далі не заряджається, так, його приймуть у ремонт» answers "and if not, can it be repaired?" with its yes; one
    comma only, right before the marker, so a condition holds no other clause), or right after ", and" ("Our
    vouchers are valid for 24 months, and yes, you can combine both": the second clause answers a second
    question)."""
    words, lowers, texts = analysis.word_indexes, analysis.token_lowers, analysis.table.texts
    if marker >= 2 and lowers[marker - 1] in _AND and texts[marker - 2] == ",":
        return True
    lo, hi = bisect.bisect_left(words, first), bisect.bisect_left(words, marker)
    if not 1 < hi - lo <= CONDITION_WORDS or lowers[words[lo]] not in _IF or texts[marker - 1] != ",":
        return False
    return "," not in texts[words[lo] : marker - 1]


def leads(
    analysis: Analysis, m: Match, *, bare: bool = False, regret: frozenset[int] = frozenset(), clause: bool = False
) -> bool:
    """A yes/no marker that opens its sentence (after at most a short lead-in like "Unfortunately,", or an
    apology of any length, the `regret` tokens) and is followed by punctuation or nothing, so "It is" in "It is
    one of our best sellers" is not a yes. A `bare` marker ("yes") must be the sentence's first word and may be
    followed by anything."""
    doc = analysis.doc
    # perf: sentence start, the last emoji before the marker and the word count in between come from per-text
    # indexes (bisection, prefix sums): walking back to the sentence start per marker was quadratic.
    emoji, words = _lead_index(analysis)
    sent = sentence_at(analysis, m.start)
    first = sent.start if sent is not None else doc[m.first_token].sent.start
    k = bisect.bisect_left(emoji, m.first_token) - 1
    if k >= 0 and emoji[k] >= first:
        first = emoji[k] + 1  # an emoji ends a sentence as well as a full stop does: "So glad he loves it 🐶 We do:"
    lead = words[m.first_token] - words[first]
    if lead and m.first_token > first and _ends_with_stop(doc[m.first_token - 1].text):
        lead = 0  # a full stop the splitter missed: "Довжина — 2,7 м. Так, ми можемо вкоротити їх до 2,4 м."
    if (
        (lead > 2 or (lead and doc[m.first_token - 1].text not in {",", ":", "—", "-", "!"}))
        and not (regret and _regret_lead(analysis, first, m.first_token, regret))
        and not (clause and _condition_lead(analysis, first, m.first_token))
    ):
        return False
    if bare:
        # "yes we're fine": the very first word, or the first of a clause of its own, whatever follows
        return not lead or (clause and _condition_lead(analysis, first, m.first_token))
    j = m.last_token + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if (
        j < len(doc)
        and not lead
        and doc[m.first_token].lower_ in _INTENSIFIERS
        and doc[m.last_token].lower_ in _DEGREES
        and doc[j].lower_ in _CIRCUMSTANCE_HEADS
    ):
        # a degree opening the sentence may say when or how it holds before its comma: "Only a little over the
        # years, and only if...", «Совсем немного со временем, ...»
        k = j
        while k < len(doc) and k - j < DEGREE_TAIL and not (doc[k].is_punct or doc[k].is_space):
            k += 1
        j = k
    return j >= len(doc) or doc[j].is_punct or doc[j].is_sent_start or doc[j].is_space


_DEGREES = frozenset({"little", "slightly", "bit", "немного", "слегка", "незначительно", "трохи", "незначно"})
"""The last word of a degree lead ("Only a little", «Совсем немного», «Зовсім трохи»)."""
_CIRCUMSTANCE_HEADS = frozenset(
    {"over", "at", "in", "after", "during", "with", "on", "со", "с", "на", "в", "во", "после", "при", "за", "з", "зі",
     "у", "після", "під", "протягом"}
)  # fmt: skip
"""Words that open when or how a degree holds ("over the years", «после стирки»), not what it is of ("a little
more care")."""
_INTENSIFIERS = frozenset(
    {"only", "just", "very", "совсем", "лишь", "только", "очень", "зовсім", "лише", "тільки", "дуже"}
)
"""The word a degree lead with a circumstance opens with ("Only a little over the years,"): "A little at a time,
water it" and "A bit after the sale started" are no degrees."""
DEGREE_TAIL = 4
"""Words a degree lead may run on before its comma ("Only a little over the years,")."""
