"""Across languages: a customer who wrote in Russian answered in Ukrainian (common in Ukraine), or in English.

The reply cannot repeat the customer's words ("заказ" is "замовлення"). So the everyday words of the
`equivalents` lists become pseudo-words on both sides: a translation counts as the customer's own word. A word of
the same topic counts as it does within one language, in part: topics are broad ("отправить" and "відділення"
are both delivery), and full credit made a reply about dispatch answer "can I pay on receipt?".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from replylint.lexicon import lexicon_entries
from replylint.model import Lang
from replylint.nlp import lemmatizer
from replylint_rules._answers import Term
from replylint_rules.unanswered_question.passages import Reply
from replylint_rules.unanswered_question.questions import Question

CONCEPT_WORD = "\x00concept:"
"""Prefix of the pseudo-word an everyday word becomes ("заказ" and "замовлення" are both concept:order). It
starts with a character no text keeps (clean_text drops C0 controls), so no real word shares its stem."""


def across_languages(
    questions: list[Question], reply: Reply, question_lang: Lang, reply_lang: Lang, folder: Path
) -> list[Question]:
    """The questions with their words' concepts added, and the reply's sentences with theirs; between Russian
    and Ukrainian, each word's common spelling too (`kindred`)."""
    kin = {question_lang, reply_lang} == {"ru", "uk"}
    return _with_concepts(
        questions, reply, equivalents(folder, question_lang), equivalents(folder, reply_lang), CONCEPT_WORD, kin=kin
    )


SYNONYM_WORD = "\x00synonym:"
"""Prefix of the pseudo-word a word of the `synonyms` lists becomes ("buy" and "purchase" are both synonym:buy);
like `CONCEPT_WORD`, it cannot share a stem with a real word."""


def with_synonyms(
    questions: list[Question], reply: Reply, question_lang: Lang, reply_lang: Lang, folder: Path
) -> list[Question]:
    """The questions and the reply's sentences with the `synonyms` concepts of their words added: an answer in the
    agent's own words ("Can I buy a sample?" - "Samples can be purchased") is on the question's subject as if it
    repeated the customer's. The lists are narrow by design (one meaning in a shop's mail), unlike `equivalents`,
    whose concepts are broad enough to bridge two languages ("give back" is a return and a refund)."""
    return _with_concepts(
        questions,
        reply,
        equivalents(folder, question_lang, "synonyms"),
        equivalents(folder, reply_lang, "synonyms"),
        SYNONYM_WORD,
    )


def _with_concepts(
    questions: list[Question],
    reply: Reply,
    question_concepts: dict[str, frozenset[str]],
    reply_concepts: dict[str, frozenset[str]],
    prefix: str,
    *,
    kin: bool = False,
) -> list[Question]:
    """The one way a concept list reaches matching: each word's concepts become `prefix` pseudo-words, in the
    reply's sentences and in the questions' words alike (with `kin`, each word's Russian/Ukrainian common spelling
    too). perf: the word index is rebuilt, and a question copied, only when something was added to it."""
    changed = kin
    for bag in [reply.whole, *reply.bags]:
        # straight into the set, not through Bag.add: pseudo-words must match exactly, never as shared stems
        words = list(bag.lemmas)
        extra = {prefix + c for lem in words for c in reply_concepts.get(lem, ())}
        if extra:
            bag.lemmas |= extra
            changed = True
        if kin:
            bag.add({kindred(lem) for lem in words if not lem.startswith(CONCEPT_WORD)})  # stems: through add
    if changed:
        reply.reindex()

    def widened(terms: tuple[Term, ...]) -> tuple[Term, ...]:
        out = []
        for t in terms:
            extra = {prefix + c for lem in t.lemmas for c in question_concepts.get(lem, ())}
            if kin:
                extra |= {kindred(lem) for lem in t.lemmas}
            out.append(replace(t, lemmas=t.lemmas | extra) if extra else t)
        return tuple(out)

    out = []
    for q in questions:
        terms, context = widened(q.terms), widened(q.context)
        same = terms == q.terms and context == q.context
        out.append(q if same else replace(q, terms=terms, context=context))
    return out


@cache
def equivalents(folder: Path, lang: Lang, name: str = "equivalents") -> dict[str, frozenset[str]]:
    """Lemma or lower-cased form -> the concepts of `<name>.<lang>.txt` it names."""
    lemmas = lemmatizer(lang).lemmas
    out: dict[str, set[str]] = {}
    for line in lexicon_entries(folder.parent, folder.name, name, lang):
        if ":" not in line:
            continue
        concept, words = (part.strip() for part in line.split(":", 1))
        for word in words.split():
            for form in lemmas(word) | {word.lower()}:
                out.setdefault(form, set()).add(concept)
    return {form: frozenset(concepts) for form, concepts in out.items()}


_KINDRED = str.maketrans(
    {
        "і": "и",
        "ї": "и",
        "ы": "и",
        "є": "е",
        "э": "е",
        "ё": "е",
        "ґ": "г",
        "ь": None,
        "ъ": None,
        "'": None,
        "’": None,
        "ʼ": None,
    }
)
_KINDRED_PREFIXES = (("від", "от"), ("роз", "раз"))


def kindred(word: str) -> str:
    """A Russian or Ukrainian word in a spelling the two languages share, so cognates meet: "отправляете" and
    "відправляємо" both become "отправляе...", "платёж" and "платіж" "плате"/"плати" (a shared stem then
    matches them as it matches two forms of one word). Letters that only spell the same sound differently (і/и,
    є/е, ё/е), the soft and hard signs and the apostrophe are dropped or merged, and the Ukrainian prefixes
    від-/роз- read as their Russian от-/раз-."""
    low = word.lower()
    for uk, ru in _KINDRED_PREFIXES:
        if low.startswith(uk) and len(low) > len(uk) + 3:
            low = ru + low[len(uk) :]
            break
    return low.translate(_KINDRED)
