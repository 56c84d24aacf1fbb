"""The letter statistics behind charset detection, counted fast, equal the plain per-character definition."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from replylint.parsing.coerce import (
    _LOGFREQ,
    _MIN_LOGFREQ,
    _RU_UK,
    _is_cyr,
    _is_odd,
    _Shape,
    _shape_of,
)

POOL = (
    "абвгдАБВГДЁёЇїІіҐґЪъыЫэЭЀЂЃЄЅӀӏѢѣabcXYZ .,\n\u00a4\u00a6\u00ad\u00b6\ufffd\x85\x9f\u2500\u2580"
    "\u00a7\u00b7\u00a8\u00b8\u00a9\u00ae\u00b5\u00b9éüßÐÑ€²½_1"
    # the edges of the Cyrillic block, and characters outside the Basic Multilingual Plane whose code has the
    # Cyrillic block's middle byte (U+10400, U+10441: the counting reads one byte of each code at a time)
    "\u0400\u04ff\u0500\u03ff\U0001f600\U00010400\U00010441\U00020404"
)


def walk(text: str) -> _Shape:
    """The definition: one pass over the characters (the implementation before it was made fast)."""
    letters = upper = foreign = inversions = odd = 0
    total = 0.0
    prev_lower = False
    prev = ""
    for i, ch in enumerate(text):
        if _is_cyr(ch):
            low = ch.lower()
            letters += 1
            foreign += low not in _RU_UK
            total += _LOGFREQ.get(low, _MIN_LOGFREQ)
            is_upper = ch != low
            upper += is_upper
            inversions += prev_lower and is_upper
            prev_lower = not is_upper
        else:
            prev_lower = False
            if ch.isascii():
                odd += ch.isalpha() and (_is_cyr(prev) or _is_cyr(text[i + 1 : i + 2] or " "))
            else:
                odd += _is_odd(ch, prev, text[i + 1 : i + 2])
        prev = ch
    return _Shape(letters, upper, foreign, inversions, total / letters if letters else 0.0, odd)


def same(a: _Shape, b: _Shape) -> bool:
    # the sum of log frequencies is added in another order: equal up to rounding
    return (a.letters, a.upper, a.foreign, a.inversions, a.odd) == (
        b.letters,
        b.upper,
        b.foreign,
        b.inversions,
        b.odd,
    ) and math.isclose(a.mean_logfreq, b.mean_logfreq, abs_tol=1e-12)


@settings(max_examples=3000)
@given(st.text(alphabet=st.sampled_from(POOL), max_size=40))
def test_fast_shape_equals_the_walk(text: str) -> None:
    assert same(_shape_of(text), walk(text))


@settings(max_examples=500)
@given(st.text(max_size=60))
def test_fast_shape_equals_the_walk_on_any_text(text: str) -> None:
    assert same(_shape_of(text), walk(text))


def test_mojibake_readings() -> None:
    text = "Здравствуйте, Ольга! Посылка приедет в четверг, 14 ноября. Ёжик, Їжак, ґанок.\n"
    for codec in ("cp1251", "koi8-r", "koi8-u", "cp1252", "latin-1", "cp866", "mac-cyrillic"):
        garbled = text.encode("utf-8").decode(codec, "replace")
        assert same(_shape_of(garbled), walk(garbled)), codec
    assert same(_shape_of(text), walk(text))


def test_lone_surrogates_count_as_the_walk_counts_them() -> None:
    # text kept with surrogate escapes (undecodable bytes) reaches the statistics too
    for text in ("а\udc80b", "\ud800Я", "Пр\udcffивет\ud83d", "\udcd0\udc9f"):
        assert same(_shape_of(text), walk(text)), repr(text)


@settings(max_examples=300)
@given(st.lists(st.integers(min_value=0, max_value=37), min_size=200, max_size=900).map(bytes))
def test_the_weighted_sum_is_the_same_float_with_and_without_numpy(index: bytes) -> None:
    """Counted in one numpy pass when spaCy has loaded numpy, weight by weight otherwise: bit for bit the same."""
    import sys

    import numpy  # noqa: F401 - loaded, as it is once spaCy is

    from replylint.parsing import coerce

    with_numpy = coerce._weighted_sum(index)
    saved = sys.modules.pop("numpy")
    try:
        without = coerce._weighted_sum(index)
    finally:
        sys.modules["numpy"] = saved
    by_definition = 0.0
    for k in range(1, len(coerce._WEIGHTS) + 1):
        by_definition += coerce._WEIGHTS[k - 1] * index.count(k)
    assert with_numpy == without == by_definition
