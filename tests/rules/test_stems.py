"""`StemIndex` must answer exactly what `same_stem` answers word by word: it replaced that scan for speed, and any
difference would change which advice counts as speaking of the customer's story."""

from __future__ import annotations

import random

from replylint_rules.unanswered_question.stems import StemIndex, same_stem

_LETTERS = "абвовнаиуюьsaeo12"


def _words(rng: random.Random, n: int) -> list[str]:
    # a small alphabet and short words, so that fronts, endings and whole words collide often
    return ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 8))) for _ in range(n)]


def test_index_agrees_with_word_by_word_comparison() -> None:
    rng = random.Random(1)
    for _ in range(200):
        told = _words(rng, 30)
        index = StemIndex(told, skip={"вовна"})
        for word in _words(rng, 30):
            for end in (0, 7, 15, 30):
                expected = any(same_stem(a, word) for a in told[:end] if a != "вовна")
                assert index.told_before(word, end) is expected, (told, word, end)


def test_declined_forms_of_a_short_word_share_a_stem() -> None:
    index = StemIndex(["сумка", "оригинал", "2024"])
    assert index.told_before("сумку", 3)  # an ending in a word of just five letters
    assert index.told_before("оригинальные", 3)
    assert not index.told_before("сумочка", 3)
    assert not index.told_before("20245", 3)  # numbers are equal or nothing
    assert index.told_before("2024", 3)
    assert not index.told_before("оригинал", 1)  # told after the end
