"""Phrase lists as data, matched by lemma so inflected Russian and Ukrainian forms need no listing.

A lexicon file is `<name>.<lang>.txt`: one phrase per line, `#` starts a comment. Inside a phrase:
- a plain word matches any form that shares a lemma with it ("знаю" matches "знаем", "знала");
- `"word"` (in double quotes) matches that exact form only, for words whose lemma is too broad;
- `*` matches any one token; `...` matches a gap of up to four tokens.
Matching ignores case. Phrases are tokenised with the same pipeline as the text, so punctuation inside a phrase
("Re:", "P.S.") lines up with how the text is split.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from replylint.nlp import Analysis, Pipeline

GAP_TOKENS = 4
"""How many tokens `...` may skip: enough for "не совсем точно знаю", not enough to bridge sentences."""


@dataclass(frozen=True, slots=True)
class _Slot:
    kind: str  # "lemma" | "exact" | "any" | "gap"
    forms: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a text: character span, the phrase as listed, and token span."""

    start: int
    end: int
    phrase: str
    first_token: int
    last_token: int


class Lexicon:
    """One language's phrase list, indexed by the lemmas of its first word for a single pass over the text."""

    def __init__(self, name: str, phrases: Iterable[str], pipeline: Pipeline) -> None:
        self.name = name
        self.phrases: tuple[str, ...] = tuple(dict.fromkeys(p for p in phrases if p))
        self._by_first: dict[str, list[tuple[str, tuple[_Slot, ...]]]] = defaultdict(list)
        self._wild_first: list[tuple[str, tuple[_Slot, ...]]] = []
        for phrase in self.phrases:
            slots = _compile(phrase, pipeline)
            if not slots:
                continue
            head = slots[0]
            if head.kind in ("any", "gap"):
                self._wild_first.append((phrase, slots))
            else:
                for form in head.forms:
                    self._by_first[form].append((phrase, slots))

    @classmethod
    def load(cls, path: Path, pipeline: Pipeline) -> Lexicon:
        lines = path.read_text(encoding="utf-8").splitlines()
        phrases = [ln.split("#", 1)[0].strip() for ln in lines]
        return cls(path.name, phrases, pipeline)

    def __len__(self) -> int:
        return len(self.phrases)

    def find(self, analysis: Analysis, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Yield non-overlapping matches, leftmost-longest, within the character range [start, end)."""
        doc = analysis.doc
        stop = len(analysis.text) if end is None else end
        lemma_sets = analysis.lemma_sets
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if token.idx < start or token.is_space:
                i += 1
                continue
            if token.idx >= stop:
                break
            best: tuple[int, str] | None = None
            candidates: list[tuple[str, tuple[_Slot, ...]]] = list(self._wild_first)
            seen: set[str] = set()
            for form in lemma_sets[i] | {token.lower_}:
                for entry in self._by_first.get(form, ()):
                    if entry[0] not in seen:
                        seen.add(entry[0])
                        candidates.append(entry)
            for phrase, slots in candidates:
                last = _match_at(analysis, i, slots, stop)
                if last is not None and (best is None or last > best[0]):
                    best = (last, phrase)
            if best is None:
                i += 1
                continue
            last, phrase = best
            yield Match(token.idx, doc[last].idx + len(doc[last].text), phrase, i, last)
            i = last + 1

    def search(self, analysis: Analysis, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.find(analysis, start, end), None)


def _compile(phrase: str, pipeline: Pipeline) -> tuple[_Slot, ...]:
    slots: list[_Slot] = []
    for part in phrase.split():
        if part == "*":
            slots.append(_Slot("any"))
        elif part == "...":
            slots.append(_Slot("gap"))
        elif len(part) > 2 and part.startswith('"') and part.endswith('"'):
            for tok in pipeline.nlp.make_doc(part[1:-1]):
                slots.append(_Slot("exact", frozenset({tok.lower_})))
        else:
            for tok in pipeline.nlp.make_doc(part):
                slots.append(_Slot("lemma", pipeline.lemmatizer.lemmas(tok.text) | {tok.lower_}))
    while slots and slots[-1].kind == "gap":
        slots.pop()
    return tuple(slots)


def _match_at(analysis: Analysis, i: int, slots: tuple[_Slot, ...], stop: int) -> int | None:
    """Index of the last token if `slots` match from token i (skipping whitespace tokens), else None."""
    doc = analysis.doc
    lemma_sets = analysis.lemma_sets
    n = len(doc)

    def go(pos: int, k: int, last: int) -> int | None:
        while pos < n and doc[pos].is_space and "\n\n" not in doc[pos].text:
            pos += 1
        if k == len(slots):
            return last
        if pos >= n or doc[pos].is_space or doc[pos].idx >= stop:
            return None
        slot = slots[k]
        if slot.kind == "gap":
            for _ in range(GAP_TOKENS + 1):
                found = go(pos, k + 1, last)
                if found is not None:
                    return found
                pos += 1
                while pos < n and doc[pos].is_space and "\n\n" not in doc[pos].text:
                    pos += 1
                if pos >= n or doc[pos].is_space or doc[pos].idx >= stop:
                    return None
            return None
        token = doc[pos]
        if slot.kind == "any":
            ok = True
        elif slot.kind == "exact":
            ok = token.lower_ in slot.forms
        else:
            ok = bool(slot.forms & lemma_sets[pos]) or token.lower_ in slot.forms
        return go(pos + 1, k + 1, pos) if ok else None

    return go(i, 0, i)
