"""Phrase lists as data, matched by lemma so inflected Russian and Ukrainian forms need no listing.

A lexicon file is `<name>.<lang>.txt`: one phrase per line, `#` starts a comment. Inside a phrase:
- a plain word matches any form that shares a lemma with it ("знаю" matches "знаем", "знала");
- `"word"` (in double quotes) matches that exact form only, for words whose lemma is too broad;
- `*` matches any one token; `...` matches a gap of up to four tokens.
Matching ignores case. Phrases are tokenised with the same pipeline as the text, so punctuation inside a phrase
("Re:", "P.S.") lines up with how the text is split.
"""

from __future__ import annotations

import bisect
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
        """Yield non-overlapping matches, leftmost-longest, lying within the character range [start, end).

        perf: a whole-text query is computed once per analysis and lexicon (rules ask it repeatedly); a range
        query scans only the tokens inside the range, found by bisection.
        """
        stop = len(analysis.text) if end is None else end
        if start <= 0 and stop >= len(analysis.text):
            cache = analysis.match_cache
            hit = cache.get(id(self))
            if hit is None or hit[0] is not self:
                hit = (self, list(self._scan(analysis, 0, len(analysis.text))))
                cache[id(self)] = hit
            yield from hit[1]
            return
        yield from self._scan(analysis, start, stop)

    def _scan(self, analysis: Analysis, start: int, stop: int) -> Iterator[Match]:
        lowers, starts = analysis.token_lowers, analysis.token_starts
        lemma_sets = analysis.lemma_sets
        n = len(lowers)
        first = bisect.bisect_left(starts, start)
        if self._wild_first:
            positions: Iterable[int] = range(first, n)
        else:
            # perf: only tokens that can begin some phrase are tried; the text's form index makes that a
            # handful of dict lookups instead of a pass over every token.
            index = analysis.form_index
            found: set[int] = set()
            for form in self._by_first.keys() & index.keys():
                found.update(index[form])
            positions = sorted(p for p in found if p >= first)
        resume = first
        spaces = analysis.token_spaces
        for i in positions:
            if i < resume or spaces[i]:
                continue
            if starts[i] >= stop:
                break
            heads = lemma_sets[i]
            if lowers[i] not in heads:
                heads = heads | {lowers[i]}
            candidates = self._wild_first + [entry for form in heads for entry in self._by_first.get(form, ())]
            best: tuple[int, str] | None = None
            for phrase, slots in candidates:
                last = _match_at(analysis, i, slots, stop)
                if last is not None and (best is None or last > best[0]):
                    best = (last, phrase)
            if best is None:
                continue
            last, phrase = best
            yield Match(starts[i], analysis.token_ends[last], phrase, i, last)
            resume = last + 1

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
    """Index of the last token if `slots` match from token i (skipping line-break whitespace), else None."""
    lowers, starts, spaces = analysis.token_lowers, analysis.token_starts, analysis.token_spaces
    breaks = analysis.token_breaks
    lemma_sets = analysis.lemma_sets
    n = len(lowers)

    def skip(pos: int) -> int:
        while pos < n and spaces[pos] and not breaks[pos]:
            pos += 1
        return pos

    def go(pos: int, k: int, last: int) -> int | None:
        pos = skip(pos)
        if k == len(slots):
            return last
        if pos >= n or spaces[pos] or starts[pos] >= stop:
            return None
        slot = slots[k]
        if slot.kind == "gap":
            for _ in range(GAP_TOKENS + 1):
                found = go(pos, k + 1, last)
                if found is not None:
                    return found
                pos = skip(pos + 1)
                if pos >= n or spaces[pos] or starts[pos] >= stop:
                    return None
            return None
        if slot.kind == "any":
            ok = True
        elif slot.kind == "exact":
            ok = lowers[pos] in slot.forms
        else:
            ok = lowers[pos] in slot.forms or not slot.forms.isdisjoint(lemma_sets[pos])
        return go(pos + 1, k + 1, pos) if ok else None

    return go(i, 0, i)
