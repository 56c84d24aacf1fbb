"""Two forms of one word, told apart from two words, by their front letters.

Without trained models the rule cannot lemmatise every inflected or derived form, so what the reply says back of
the customer's words is compared by the letters they share at the front: «оригинал» / «оригинальные», "deliver" /
"delivery". `StemIndex` answers the same test against a whole message at once, by key: comparing every word of a
sentence with every word of the letter, for every question, was cubic in a letter of many questions.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import cache

from replylint_rules._answers import stop_words

STEM = 5
"""Letters two forms of a word share at the front ("оригинал" / "оригинальные", "двумя" / "двух" aside)."""

INFLECTED = frozenset("аяоеєиіїуюыь")
"""Cyrillic letters a noun or adjective's ending may be: where two declined forms of one word part."""


@cache
def any_stop_words() -> frozenset[str]:
    """The stop words of every language: a letter may mix them, and none of them ties two sentences together."""
    return stop_words("en") | stop_words("ru") | stop_words("uk")


def same_stem(a: str, b: str) -> bool:
    """Whether `a` and `b` are two forms of one word: `STEM` letters in common at the front; a word of just `STEM`
    letters may differ in its last, an ending («вовна» / «вовни»); a shorter word or a number must be equal."""
    if a.isdigit() or b.isdigit():
        return a == b
    shorter = min(len(a), len(b))
    if shorter > STEM:
        return a[:STEM] == b[:STEM]
    if shorter == STEM and a[STEM - 1] in INFLECTED and b[STEM - 1] in INFLECTED:
        # a word of just `STEM` letters keeps its ending in them: «вовна» / «вовни», «сумка» / «сумку»
        return a[: STEM - 1] == b[: STEM - 1]
    return a[:STEM] == b[:STEM] if shorter == STEM else a == b


def share_a_stem(ours: Iterable[str], theirs: Collection[str]) -> bool:
    """Whether a word of `ours` and a word of `theirs` share a stem (`same_stem`), for a few words each; against a
    whole message use `StemIndex`."""
    return any(same_stem(a, b) for a in ours for b in theirs)


class StemIndex:
    """The words of a message by the keys `same_stem` compares, each at the first position it is seen, so that
    "does this word share a stem with one told before position p?" is a few lookups, not a scan of the message.

    `same_stem(a, b)` holds exactly when one of these keys is shared: the whole word, where either is shorter than
    `STEM` or a number; the first `STEM` letters, where both have that many; the first `STEM - 1` letters, where
    both end their `STEM` letters in an ending (`INFLECTED`) and one of them has just `STEM` letters.
    """

    def __init__(self, words: Sequence[str], skip: Collection[str] = ()) -> None:
        self._size = len(words)
        self._whole: dict[str, int] = {}
        self._front: dict[str, int] = {}
        self._ending_short: dict[str, int] = {}  # by the front of words of just `STEM` letters
        self._ending_any: dict[str, int] = {}  # by the front of every word of `STEM` letters or more
        for k, word in enumerate(words):
            if word in skip:
                continue
            self._whole.setdefault(word, k)
            if len(word) < STEM or word.isdigit():
                continue
            self._front.setdefault(word[:STEM], k)
            if word[STEM - 1] in INFLECTED:
                self._ending_any.setdefault(word[: STEM - 1], k)
                if len(word) == STEM:
                    self._ending_short.setdefault(word[: STEM - 1], k)

    def __len__(self) -> int:
        return self._size

    def first(self, word: str) -> int | None:
        """The first position of a word sharing a stem with `word`, or None."""
        if len(word) < STEM or word.isdigit():
            return self._whole.get(word)
        found = [self._front.get(word[:STEM])]
        if word[STEM - 1] in INFLECTED:
            endings = self._ending_any if len(word) == STEM else self._ending_short
            found.append(endings.get(word[: STEM - 1]))
        seen = [k for k in found if k is not None]
        return min(seen) if seen else None

    def told_before(self, word: str, end: int) -> bool:
        """Whether a word sharing a stem with `word` comes before position `end`."""
        first = self.first(word)
        return first is not None and first < end
