"""Step 3 of unanswered-question: which part of the reply addresses which question.

Each question is matched to the reply sentences that share its subject (one of its key words, or a word of the
same topic), found through the reply's word index. A sentence several questions share belongs to the ones it
covers best, words rare in the reply weighing more (ties, and questions with a word of their own there, share
it); a date, a yes or an amount in it answers those questions and no other. The question's passage is its
sentences and, within the same paragraph and a few sentences of them, the sentences no other question lays claim
to ("Yes, it will. The bookcase is in stock..."). A question that no sentence is about is unanswered unless it
is the only one (then the whole reply is its answer) or the reply has sentences no question claims on its
subject or on none.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from replylint.memo import cached_property
from replylint_rules._answers import TOPIC_CREDIT, Bag, Term
from replylint_rules.unanswered_question.passages import Reply
from replylint_rules.unanswered_question.questions import HOW_LONG, WEIGHT, Question

T = TypeVar("T")

PARAGRAPH_REACH = 3
"""How many sentences before or after a question's own sentences its passage reaches, inside their paragraph."""


@dataclass(frozen=True)
class Scope:
    """A set of reply sentences: given explicitly, every sentence, or every sentence no question lays claim to.

    What no question claims is not taken whole: a sentence there about a subject of its own (its topics, none of
    them the question's) answers that subject, not the question: "Your refund went out on Monday" does not date
    the delivery asked about. (The whole reply, the scope of a lone question, is taken whole: its one question
    is answered in whatever words the agent chose.)
    """

    explicit: frozenset[int] | None
    unclaimed: bool = False


EVERYWHERE = Scope(None)
UNCLAIMED = Scope(None, unclaimed=True)


@dataclass(frozen=True)
class _LemmaUsers:
    """How many questions use each lemma (among their key words or the words they point back to), and per
    pointed-back-to word list, how many use a lemma only there: what `Claims.distinct` subtracts."""

    all: Counter[str]
    context_only: dict[tuple[Term, ...], Counter[str]]

    @classmethod
    def of(cls, questions: Sequence[Question]) -> _LemmaUsers:
        users: Counter[str] = Counter()
        context_only: dict[tuple[Term, ...], Counter[str]] = {}
        for q in questions:
            keys = {lem for t in q.key_terms for lem in t.lemmas}
            context = {lem for t in q.context for lem in t.lemmas}
            users.update(keys | context)
            if context - keys:
                context_only.setdefault(q.context, Counter()).update(context - keys)
        return cls(users, context_only)


@dataclass
class Claims:
    """Every question's sentences, which of them each question owns, and how many questions own each sentence.

    A sentence that shares words with several questions belongs to those it covers best: "The sofa will be
    delivered on Monday" shares "delivered" with "When will the chair be delivered?" but is about the sofa, so
    its date answers the sofa question only. Ties are shared ("You can pay by card, and it comes on Thursday").
    """

    related: list[set[int]]
    """Sentences that share the question's subject (its words, their topics, the question it points back to)."""
    owned: list[set[int]]
    own: list[set[int]]
    """Sentences that share the question's own subject (not the subject of the question it points back to)."""
    linked: list[set[int]]
    """Sentences that use one of the question's key words themselves."""
    counts: Counter[int]
    everything: set[int]
    reply: Reply
    questions: Sequence[Question] = ()
    kept: list[set[int]] = field(default_factory=list)
    """Each question's sentences on its own words, before a question pointing back borrows those of the question
    before it: what the follow-up borrows stays the first question's ("Does the duvet come with a cover? And is
    it warm?" - "Yes, a cotton cover comes with it" is still the first one's yes)."""
    _groups: dict[str, dict[frozenset[str], bool]] = field(default_factory=dict)
    _reached: dict[int, bool] = field(default_factory=dict)
    """Per evidence group (by identity: the groups live as long as the reply), whether one is unclaimed."""
    _distinct: dict[tuple[int, bool], tuple[Term, ...]] = field(default_factory=dict)
    _free: dict[str, frozenset[int]] = field(default_factory=dict)
    _owned_by: dict[tuple[str, ...], tuple[frozenset[int], Counter[int], frozenset[int]]] = field(default_factory=dict)
    _once: dict[Hashable, object] = field(default_factory=dict)

    def owned_by(
        self, kinds: tuple[str, ...], asks: Callable[[Question], bool]
    ) -> tuple[frozenset[int], Counter[int], frozenset[int]]:
        """The questions that ask for these kinds of evidence (`asks`), how many of them own each sentence, and the
        sentences holding such evidence that none of them owns (perf: once per reply and kinds, not per question
        and sentence: N colour questions testing each sentence against every other one's claims was cubic)."""
        found = self._owned_by.get(kinds)
        if found is None:
            askers = frozenset(n for n, q in enumerate(self.questions) if asks(q))
            counts = Counter(i for n in askers for i in self.owned[n])
            held = frozenset().union(*(self.reply.evidence(kind) for kind in kinds))
            found = self._owned_by[kinds] = (askers, counts, frozenset(i for i in held if not counts[i]))
        return found

    def once(self, key: Hashable, find: Callable[[], T]) -> T:
        """A figure about the reply and all its questions, worked out once per reply and key (`find`) and then read
        by each question: where the first word of the customer's that advice says back stands, how many questions
        ask for one quantity, which sentences measure it (perf: each question working it out over every sentence
        or every question was quadratic or cubic)."""
        if key not in self._once:
            self._once[key] = find()
        return cast("T", self._once[key])

    def free_of(self, name: str) -> frozenset[int]:
        """The sentences holding evidence `name` that no question owns (perf: once per reply; a question testing
        each such sentence against the others' claims was quadratic)."""
        found = self._free.get(name)
        if found is None:
            found = self._free[name] = frozenset(i for i in self.reply.evidence(name) if not self.counts[i])
        return found

    def mine_of(self, n: int, name: str) -> set[int]:
        """The sentences holding evidence `name` that question n owns alone, or that no question owns: where its
        answer may be without being another's (the members of `others(n)`' complement, found without a pass over
        every sentence)."""
        found = self.reply.evidence(name)
        alone = {i for i in self.kept[n] if i in found and self.counts[i] <= 1} if n < len(self.kept) else set()
        return alone | self.free_of(name)

    @classmethod
    def of(cls, questions: Sequence[Question], reply: Reply) -> Claims:
        related, own, linked = [], [], []
        for q in questions:
            own.append(reply.related(q.key_terms))
            related.append(own[-1] | reply.related(q.context))
            linked.append(reply.linked(q.key_terms))
        owned, kept = _owners(questions, reply, related, own)
        counts = Counter(i for r in kept for i in r)
        return cls(related, owned, own, linked, counts, set().union(*related), reply, questions, kept)

    @cached_property
    def requests_pointing_back(self) -> dict[tuple[Term, ...], list[int]]:
        """The requests that point back to another question, by the key words they borrowed (perf: looked up per
        request instead of a pass over every question for each one, which was quadratic)."""
        found: dict[tuple[Term, ...], list[int]] = {}
        for m, q in enumerate(self.questions):
            if q.requests and q.context:
                found.setdefault(q.context, []).append(m)
        return found

    @cached_property
    def unclaimed(self) -> frozenset[int]:
        """The reply's sentences no question's words reach (perf: worked out once, not per question and answer
        type)."""
        return frozenset(range(len(self.reply.sentences))) - self.everything

    @cached_property
    def kinds_asked(self) -> Counter[str]:
        """How many questions ask each kind, and how many ask for a weight or how long (perf: counted once, not per
        question)."""
        found = Counter(q.kind for q in self.questions)
        found["weight"] = sum(1 for q in self.questions if WEIGHT.search(q.text))
        found["how-long"] = sum(1 for q in self.questions if HOW_LONG.search(q.text))
        return found

    @cached_property
    def lemma_users(self) -> _LemmaUsers:
        """How many questions use each word, counted once for `distinct`."""
        return _LemmaUsers.of(self.questions)

    @cached_property
    def owners(self) -> dict[int, list[int]]:
        """Per sentence, the questions that own it (built once from the owned sets)."""
        found: dict[int, list[int]] = {}
        for n, mine in enumerate(self.owned):
            for i in mine:
                found.setdefault(i, []).append(n)
        return found

    @property
    def first_yes_no(self) -> int:
        """The index of the customer's first yes/no question (-1 for none)."""
        return next((n for n, q in enumerate(self.questions) if q.kind == "yes-no"), -1)

    def distinct(self, n: int, *, strict: bool = False) -> tuple[Term, ...]:
        """Question n's key words that no other question uses (among its key words or the ones it points back
        to): what tells its answer from theirs in a sentence they share ("boards" and "sell", not "cake").

        Words another question borrowed from this one ("Подойдёт ли сыворотка, и можно ли её сочетать с
        витамином С?") stay this one's own, unless `strict`: then they are the subject both share ("Чи цей
        рюкзак водонепроникний? І коли він буде в синьому?"), which tells neither answer apart.
        """
        found = self._distinct.get((n, strict))
        if found is None:
            found = self._distinct[n, strict] = self._distinct_terms(n, strict)
        return found

    def _distinct_terms(self, n: int, strict: bool) -> tuple[Term, ...]:
        """perf: "used by another question" is a count of the questions using each word, less question n's own
        use, instead of a set of every other question's words per question (quadratic: 640 questions against
        640 sentences took 8 s)."""
        users = self.lemma_users
        q = self.questions[n]
        mine = q.key_terms
        own = {lem for t in (*mine, *q.context) for lem in t.lemmas}
        # not strict: a question pointing back to exactly these words lends them its key words only
        lent = None if strict else users.context_only.get(mine)

        def theirs(lemma: str) -> bool:
            count = users.all[lemma] - (lemma in own)
            if lent is not None:
                count -= lent[lemma]
            return count > 0

        return tuple(t for t in mine if not any(theirs(lem) for lem in t.lemmas))

    def others(self, n: int) -> Others:
        """Sentences another question owns (perf: a membership test on the counts, never a set per question)."""
        return Others(self.counts, self.kept[n])

    def holds(self, scope: Scope, name: str, q: Question) -> bool:
        """Whether one of the `name` evidence sentences is in the question's scope."""
        evidence = self.reply.evidence(name)
        if scope.explicit is not None:
            return not scope.explicit.isdisjoint(evidence)
        if not scope.unclaimed:
            return bool(evidence)
        # perf: the evidence grouped by the topics of its sentences, once per reply; a question then asks each
        # group (there are few) instead of each sentence
        return any(unclaimed and on_subject(topics, q) for topics, unclaimed in self._grouped(name, evidence).items())

    def reaches(self, scope: Scope, sentences: set[int]) -> bool:
        """Whether the scope holds one of `sentences` (a group of evidence with the same words, so few)."""
        if scope.explicit is not None:
            return not scope.explicit.isdisjoint(sentences)
        if not scope.unclaimed:
            return True
        key = id(sentences)
        if key not in self._reached:
            self._reached[key] = not sentences <= self.everything
        return self._reached[key]

    def _grouped(self, name: str, evidence: set[int]) -> dict[frozenset[str], bool]:
        """Topics of the evidence sentences -> whether one of them is outside every question's sentences."""
        found = self._groups.get(name)
        if found is None:
            found = {}
            for i in evidence:
                topics = frozenset(self.reply.bags[i].topics)
                found[topics] = found.get(topics, False) or i not in self.everything
            self._groups[name] = found
        return found


MONEY_TOPICS = frozenset({"topic_price", "topic_discount"})
"""Topics of what a thing costs (topic_price, topic_discount): a sentence on one of them that gives an amount or a
percentage answers the question asking it."""


def on_subject(topics: frozenset[str] | set[str], q: Question) -> bool:
    """A sentence with these topics may answer `q`: it has no subject of its own, or shares one with `q`, or `q`
    names no topic to compare with. A price and a discount are one subject, what the thing costs: "What would two
    desks cost?" - "Two desks are £30 off, so £270"."""
    if not topics or not q.topics or not q.topics.isdisjoint(topics):
        return True
    return not q.topics.isdisjoint(MONEY_TOPICS) and not topics.isdisjoint(MONEY_TOPICS)


def _owners(
    questions: Sequence[Question], reply: Reply, related: list[set[int]], own: list[set[int]]
) -> tuple[list[set[int]], list[set[int]]]:
    """Each question's sentences, less those another question covers better with nothing of this one's own.

    A question keeps a sentence it covers best (ties shared; a question borrowing the story before it competes
    with none), one that uses a word of its own no other question
    there has ("Річна підписка коштує ..., призупинити її можна ..." answers both), and, when no sentence takes up
    its own words, one it reaches through the question it points back to ("Сколько это будет стоить?" shares the
    subject of the question before).
    """
    owned: list[set[int]] = [set() for _ in questions]
    askers: dict[int, list[int]] = {}
    for n in range(len(questions)):
        for i in related[n]:
            askers.setdefault(i, []).append(n)
    # perf: a sentence only one question relates to is that question's whatever it scores (its best is its own
    # score), so only sentences two or more questions share are scored, each question weighed once at most
    weights: dict[int, Weighted] = {}
    for i, ns in askers.items():
        if len(ns) == 1:
            owned[ns[0]].add(i)
            continue
        found: list[tuple[float, int]] = []
        literal: set[int] = set()
        for n in ns:
            weighted = weights.get(n)
            if weighted is None:
                q = questions[n]
                weighted = weights[n] = Weighted.of(q.key_terms or q.context, reply)
            score, said = weighted.score_said(reply.bags[i])
            found.append((score, n))
            if said:
                literal.add(n)
        # a question whose words are the customer's story ("Почему так?" after it) covers every sentence about
        # that story best and takes none away from the question that names its own subject ("И когда ждать
        # доставку?" keeps "шкаф привезём в пятницу"); and a word said as such counts above a word of the same
        # topic: a question the sentence reaches only through topics is never the best of one that says a word of
        # another's ("Джинсы 501 маломерят? И какая у них длина?" - «Они маломерят» is the first's: a size word
        # of the second's topic does not tie it)
        contenders = [(s, n) for s, n in found if not questions[n].borrowed] or found
        best = max((s for s, n in contenders if n in literal), default=max(s for s, _ in contenders))
        shared: Counter[str] | None = None
        for s, n in found:
            if s < best - TIE:
                shared = shared if shared is not None else _lemma_counts(questions, found)
                if not _distinct(questions[n], shared, reply.bags[i]):
                    continue
            owned[n].add(i)
    kept = [set(mine) for mine in owned]
    for n, q in enumerate(questions):
        # only a question with no sentence of its own (`own`: on its key words) takes the ones it reaches through
        # the question before: "How waterproof is it, and does the hood fit over a helmet?" - the hood's clause
        # has the hood sentence, and the measurement in the waterproofing sentence stays the first clause's answer
        if q.context and not own[n]:
            owned[n] |= related[n]
    return owned, kept


def _lemma_counts(questions: Sequence[Question], found: list[tuple[float, int]]) -> Counter[str]:
    """How many of the questions sharing a sentence have each lemma among their key words."""
    counts: Counter[str] = Counter()
    for _, n in found:
        counts.update({lem for t in questions[n].key_terms for lem in t.lemmas})
    return counts


def _distinct(q: Question, shared: Counter[str], bag: Bag) -> bool:
    """Whether `q` has a key word in the sentence that none of the other questions sharing it has among its own
    (perf: by counts over all of them, not by comparing each pair)."""
    mine = {lem for t in q.key_terms for lem in t.lemmas}
    # perf: the counts first, the bag (a stem search) only for a word of its own
    return any(all(shared[lem] <= (lem in mine) for lem in t.lemmas) and bag.has(t) for t in q.key_terms)


TIE = 1e-9


@dataclass(frozen=True)
class Others:
    """The sentences some other question owns, as a membership test: owned by anyone, and not by this
    question alone."""

    counts: Counter[int]
    mine: set[int]

    def __contains__(self, i: object) -> bool:
        if not isinstance(i, int):
            return False
        count = self.counts.get(i, 0)
        return count > 1 or (count == 1 and i not in self.mine)


def near_sentences(reply: Reply, sentences: set[int], others: Others) -> set[int]:
    """`sentences` and their neighbours in the same paragraph (at most `PARAGRAPH_REACH` away) that no other
    question lays claim to: "I'd order the 39. The Fjord runs small" answers in the sentence before."""
    out = set(sentences)
    for i in sentences:
        for j in range(i - PARAGRAPH_REACH, i + PARAGRAPH_REACH + 1):
            if j != i and reply.same_paragraph(i, j) and j not in others:
                out.add(j)
    return out


def score(terms: Sequence[Term], bag: Bag, reply: Reply | None = None) -> float:
    """How much of the question's subject a sentence covers, a topic word counting for less.

    With `reply`, each word also weighs by how rare it is in the reply: a word in one sentence points at that
    sentence, a word in every sentence ("order", "заказ") hardly at any. This is frequency weighting taken from
    the reply itself, which is what matters for telling its passages apart (a general word-frequency list would
    cost ~0.2 s to import and up to 0.6 s per language to load, more than the whole lint).
    """
    return Weighted.of(terms, reply).score(bag)


@dataclass(frozen=True, slots=True)
class Weighted:
    """A question's words with their weights in one reply, for scoring many sentences against them.

    perf: a word's weight (its rarity in the reply) depends on the question and the reply, not on the sentence;
    worked out once per question, not once per question and sentence."""

    terms: tuple[tuple[Term, float], ...]
    total: float

    @classmethod
    def of(cls, terms: Sequence[Term], reply: Reply | None = None) -> Weighted:
        weighted = []
        total = 0.0
        for t in terms:
            weight = t.weight * (rarity(reply, t) if reply is not None else 1.0)
            total += weight
            weighted.append((t, weight))
        return cls(tuple(weighted), total)

    def score(self, bag: Bag) -> float:
        """The share of the weight `bag` covers (summed in the words' order, as `score` always did)."""
        return self.score_said(bag)[0]

    def score_said(self, bag: Bag) -> tuple[float, bool]:
        """The share of the weight `bag` covers, and whether it says one of the words as such (not only a word of
        the same topic)."""
        got = 0.0
        said = False
        for t, weight in self.terms:
            if bag.has(t):
                got += weight
                said = True
            elif t.topics & bag.topics:
                got += weight * TOPIC_CREDIT
        return (got / self.total if self.total else 0.0), said


def rarity(reply: Reply, t: Term) -> float:
    """1 for a word in at most one sentence of the reply, less the more sentences use it (1/(1+log2 n))."""
    n = reply.index.count(t)
    return 1.0 / (1.0 + math.log2(n)) if n > 1 else 1.0


def closest(q: Question, reply: Reply, candidates: set[int]) -> int | None:
    """The reply sentence judged closest to the question: the one covering most of its words, earliest first."""
    weighted = Weighted.of(q.terms or q.context, reply)
    best, best_score = None, 0.0
    for i in sorted(candidates):
        s = weighted.score(reply.bags[i])
        if s > best_score:
            best, best_score = i, s
    return best
