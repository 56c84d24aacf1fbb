"""Step 3 of unanswered-question: which part of the reply addresses which question.

Each question is matched to the reply sentences that share its subject (one of its key words, or a word of the
same topic), found through the reply's word index. A sentence several questions share belongs to all of them; a
sentence only one question shares is that question's alone, and a date, a yes or an amount there answers that
question and no other. The question's passage is its sentences and, within the same paragraph and a few
sentences of them, the sentences no other question lays claim to ("Yes, it will. The bookcase is in stock...").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from replylint_rules._answers import TOPIC_CREDIT, Bag, Term
from replylint_rules.unanswered_question.passages import Reply
from replylint_rules.unanswered_question.questions import Question

PARAGRAPH_REACH = 3
"""How many sentences before or after a question's own sentences its passage reaches, inside their paragraph."""


@dataclass(frozen=True)
class Scope:
    """A set of reply sentences: given explicitly, every sentence, or every sentence no question lays claim to."""

    explicit: frozenset[int] | None
    unclaimed: bool = False

    def holds(self, evidence: set[int], outside_all: set[int]) -> bool:
        """Whether one of the `evidence` sentences is in the scope. `outside_all` is the evidence outside every
        question's sentences, worked out once per reply, so an implicit scope costs nothing per question."""
        if self.explicit is not None:
            return not self.explicit.isdisjoint(evidence)
        return bool(outside_all) if self.unclaimed else bool(evidence)


EVERYWHERE = Scope(None)
UNCLAIMED = Scope(None, unclaimed=True)


@dataclass
class Claims:
    """Every question's sentences, and how many questions share each sentence."""

    related: list[set[int]]
    own: list[set[int]]
    """Sentences that share the question's own subject (not the subject of the question it points back to)."""
    linked: list[set[int]]
    """Sentences that use one of the question's key words themselves."""
    counts: Counter[int]
    everything: set[int]
    _outside: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, questions: Sequence[Question], reply: Reply) -> Claims:
        related, own, linked = [], [], []
        for q in questions:
            own.append(reply.related(q.key_terms))
            related.append(own[-1] | reply.related(q.context))
            linked.append(reply.linked(q.key_terms))
        counts = Counter(i for r in related for i in r)
        return cls(related, own, linked, counts, set(counts))

    def others(self, n: int) -> frozenset[int]:
        """Sentences another question lays claim to (perf: from the counts, not a union of the other sets)."""
        return frozenset(self.everything - {i for i in self.related[n] if self.counts[i] == 1})

    def outside(self, name: str, evidence: set[int]) -> set[int]:
        """Evidence sentences that no question lays claim to, worked out once per kind of evidence."""
        found = self._outside.get(name)
        if found is None:
            found = self._outside[name] = evidence - self.everything
        return found


def near_sentences(reply: Reply, sentences: set[int], others: frozenset[int]) -> set[int]:
    """`sentences` and their neighbours in the same paragraph (at most `PARAGRAPH_REACH` away) that no other
    question lays claim to: "I'd order the 39. The Fjord runs small" answers in the sentence before."""
    out = set(sentences)
    for i in sentences:
        for j in range(i - PARAGRAPH_REACH, i + PARAGRAPH_REACH + 1):
            if j != i and reply.same_paragraph(i, j) and j not in others:
                out.add(j)
    return out


def score(terms: Sequence[Term], bag: Bag) -> float:
    """How much of the question's subject a sentence covers, a topic word counting for less."""
    total = sum(t.weight for t in terms)
    if not total:
        return 0.0
    got = 0.0
    for t in terms:
        if bag.has(t):
            got += t.weight
        elif t.topics & bag.topics:
            got += t.weight * TOPIC_CREDIT
    return got / total


def closest(q: Question, reply: Reply, candidates: set[int]) -> int | None:
    """The reply sentence judged closest to the question: the one covering most of its words, earliest first."""
    terms = q.terms or q.context
    best, best_score = None, 0.0
    for i in sorted(candidates):
        s = score(terms, reply.bags[i])
        if s > best_score:
            best, best_score = i, s
    return best
