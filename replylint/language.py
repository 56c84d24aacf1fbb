"""Which installed language a text is in: script and letters first, then frequent words, then langdetect limited
to the installed languages' profiles.

The language packs (replylint.languages) hold the data: each pack's script, the letters only it uses among the
installed languages of its script, its frequent words and its langdetect profile. With the built-in packs, Latin
text is English (the only Latin pack); letters settle most Ukrainian text outright (і ї є ґ are common) and some
Russian (ы э ъ ё). For the rest, a detector restricted to the installed profiles is both faster to load (5 ms
against ~0.5 s for all 55) and more accurate on short text, because it cannot answer "bg" or "mk". The seed is
fixed so the same text always gets the same answer.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from replylint.languages import LanguagePack, Script, fallback, installed, of_script
from replylint.model import Lang

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_SAMPLE_CHARS = 4000
"""langdetect's answer settles long before this; cutting keeps detection constant-time on huge input."""
_lock = threading.Lock()


def _renew_lock_after_fork() -> None:
    """A lock held by another thread when lint_many forks would stay held in the worker forever."""
    global _lock  # noqa: PLW0603 - the module lock itself is what must be replaced
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_lock_after_fork)


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    profiles = []
    for lang in _profiles():
        with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)
    return factory


def detect(text: str) -> Lang | None:
    """The installed language the text is in (see the module docstring), or None when it has too few letters."""
    sample = text[:_SAMPLE_CHARS]
    # perf: counted in C over the UTF-8 bytes (a Python loop over the characters was 3% of a lint): U+0400-U+04FF
    # are exactly the two-byte sequences led by 0xD0-0xD3, and ASCII letters are single bytes.
    raw = sample.encode("utf-8", "surrogatepass")
    cyrillic = sum(raw.count(lead) for lead in _CYRILLIC_LEADS)
    latin = len(raw.translate(None, _NOT_ASCII_LETTERS))
    if cyrillic + latin < 2:
        return None
    if latin > cyrillic * 2:
        return _within_script("latin", sample)
    if cyrillic >= latin / 2:
        by_letters = _letter_vote(of_script("cyrillic"), sample)
        if by_letters:
            return by_letters
    if cyrillic > latin:
        vote = _function_word_vote(of_script("cyrillic"), sample)
        if vote:
            return vote
    cyr_only = "".join(ch for ch in sample if "\u0400" <= ch <= "\u04ff" or not ch.isalpha())
    return _langdetect(cyr_only if cyrillic else sample) or fallback("cyrillic" if cyrillic else "latin")


SHORT_TEXT_LETTERS = 40
"""Fewer letters than this leave a text's language to the one it answers, unless its own letters or frequent words
tell ("Да." is Russian or Ukrainian alike; «Так, звісно.» is Ukrainian by its «і»)."""


def detect_beside(text: str, other: str) -> Lang | None:
    """The language of a text written in answer to `other`: its own, unless it is too short to tell and `other`,
    in the same script, tells ("Да." answering «Можно ли оплатить картой?» is Russian, where langdetect guessed)."""
    found = detect(text)
    theirs = detect(other)
    if found is None or theirs is None or found == theirs:
        return found or theirs
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) >= SHORT_TEXT_LETTERS:
        return found
    packs = installed()
    if found not in packs or theirs not in packs or packs[found].script != packs[theirs].script:
        return found
    script = of_script(packs[found].script)
    if _letter_vote(script, sample) or _function_word_vote(script, sample):
        return found
    return theirs


def _within_script(script: Script, sample: str) -> Lang | None:
    """Which of the languages writing in `script` a text mostly in that script is: the only one, or the one its
    letters and then its frequent words point to, or the script's fallback language."""
    packs = of_script(script)
    if len(packs) == 1:
        return packs[0].code
    return _letter_vote(packs, sample) or _function_word_vote(packs, sample) or fallback(script)


def _letter_vote(packs: Sequence[LanguagePack], sample: str) -> Lang | None:
    """Letters only one language of the script uses (і ї є ґ for uk, ы э ъ ё for ru): the language with the most
    wins; on a tie the later code, as uk won over ru before packs existed."""
    counts = [(sum(map(sample.count, p.letters)), p.code) for p in packs if p.letters]
    present = [c for c in counts if c[0]]
    return max(present)[1] if present else None


@lru_cache(maxsize=8)
def _word_pattern(packs: tuple[LanguagePack, ...]) -> re.Pattern[str]:
    letters = sorted({ch for p in packs for ch in p.alphabet})
    return re.compile("[" + re.escape("".join(letters)) + "]+") if letters else re.compile(r"(?!)")


def _function_word_vote(packs: Sequence[LanguagePack], text: str) -> Lang | None:
    """Frequent words that exist in only one of the languages; they decide short texts that letters alone cannot.
    A language wins with more such words than every other."""
    counts = dict.fromkeys((p.code for p in packs), 0)
    for word in _word_pattern(tuple(packs)).findall(text.lower()):
        owners = [p.code for p in packs if word in p.words]
        if len(owners) == 1:
            counts[owners[0]] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _langdetect(text: str) -> Lang | None:
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        detector = _factory().create()
        detector.set_max_text_length(_SAMPLE_CHARS)
    detector.seed = 0  # NOTE: deterministic answers; without it short texts flip between ru and uk.
    detector.append(text)
    try:
        found = detector.detect()
    except LangDetectException:
        return None
    return _profiles().get(found)


def _profiles() -> dict[str, Lang]:
    """langdetect profile -> installed language, for the packs that name a profile."""
    return {p.langdetect: p.code for p in installed().values() if p.langdetect}
