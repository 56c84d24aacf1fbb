"""Phrase matching's shortcuts must give what trying every phrase at every token gives.

`Lexicon` finds a phrase's candidate starts through one rare word of it (`_trigger`), rules out phrases one of whose
words is missing from the text, skips re-checking a first word the index has matched, and shares one pass of the
text's forms among all the lexicons of a language (`_Registry`). These tests pin all of that to the slow, obvious
matcher below: leftmost-longest, ties to the phrase listed first, whole-text, range, suffix and `at` queries alike.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from replylint import lexicon as lx
from replylint import nlp
from replylint.lexicon import Lexicon, Match
from replylint.model import Lang

PHRASES_EN = [
    "I don't know",
    '"know"',
    "know",
    "not sure",
    "we are looking into",
    "we ... looking",
    "* urgent",
    "please reply",
    "reply",
    "thank you for waiting",
    "thank you",
    "as soon as possible",
    "asap",
    "we will",
    "will call",
    "call * back",
]
TEXTS_EN = [
    "",
    "I don't know. We know!\n\nThanks, I do not know, we are still looking into it.",
    "Urgent: please reply asap. We will call you back as soon as possible; really urgent, reply",
    "Thank you for waiting.\n\nThank you! We are   looking into your order; we will\ncall her back.",
    "know know knows knew known knowing\n\n* urgent * urgent",
    "We will call. Call me back. Call them right back. We   kept on looking.",
]
PHRASES_RU = ["не знаю", "знать", '"знаю"', "к сожалению", "мы ... проверим", "* срочно", "свяжемся с вами"]
TEXTS_RU = [
    "Я не знаю. Мы не знаем, но проверим. Не знала! Знаю, знает.\n\nК сожалению, срочно свяжемся с вами.",
    "Мы обязательно это проверим. Очень срочно — мы свяжемся с Вами. не   знаю",
]


def _slow_find(lexicon: Lexicon, analysis: nlp.Analysis, start: int, stop: int) -> list[Match]:
    """Every listed phrase tried at every token in [start, stop), through `_go` alone: no index, no trigger word,
    no viability test, no skipped first word."""
    plans = [(phrase, slots) for phrase, slots in _slots(lexicon)]
    starts, ends = analysis.token_starts, analysis.token_ends
    lowers, spaces = analysis.token_lowers, analysis.token_spaces
    breaks, lemma_sets = analysis.token_breaks, analysis.lemma_sets
    found: list[Match] = []
    i = 0
    while i < len(starts):
        if starts[i] < start or spaces[i]:
            i += 1
            continue
        if starts[i] >= stop:
            break
        best: tuple[int, str] | None = None
        for phrase, slots in plans:
            last = lx._go(lowers, starts, spaces, breaks, lemma_sets, slots, stop, i, 0, i)
            if last is not None and (best is None or last > best[0]):
                best = (last, phrase)
        if best is None:
            i += 1
            continue
        found.append(Match(starts[i], ends[best[0]], best[1], i, best[0]))
        i = best[0] + 1
    return found


def _slots(lexicon: Lexicon) -> list[tuple[str, tuple[lx._Slot, ...]]]:
    return [(entry[0], entry[1]) for entry, *_ in lexicon._plans]


def _cases() -> list[tuple[Lang, list[str], str]]:
    return [("en", PHRASES_EN, text) for text in TEXTS_EN] + [("ru", PHRASES_RU, text) for text in TEXTS_RU]


@pytest.mark.parametrize(("lang", "phrases", "text"), _cases())
def test_find_is_every_phrase_tried_at_every_token(lang: Lang, phrases: list[str], text: str) -> None:
    pipe = nlp.pipeline(lang)
    lexicon = Lexicon("test", phrases, pipe)
    analysis = pipe.analyse(text)
    size = len(text)
    assert list(lexicon.find(analysis)) == _slow_find(lexicon, analysis, 0, size)
    assert lexicon.search(analysis) == next(iter(_slow_find(lexicon, analysis, 0, size)), None)
    bounds = sorted({0, size, *analysis.token_starts, *analysis.token_ends})
    for start in bounds:
        assert list(lexicon.find(analysis, start)) == _slow_find(lexicon, analysis, start, size), start
        for end in bounds[::3]:
            expected = _slow_find(lexicon, analysis, start, end)
            assert list(lexicon.find(analysis, start, end)) == expected, (start, end)
            first = next(iter(expected), None)
            assert lexicon.search(analysis, start, end) == first, (start, end)
            assert lexicon.at(analysis, start, end) == (first if first and first.start == start else None)


def test_ties_go_to_the_phrase_listed_first_and_longer_wins() -> None:
    pipe = nlp.pipeline("en")
    analysis = pipe.analyse("I know it. We will call.")
    assert [m.phrase for m in Lexicon("a", ['"know"', "know"], pipe).find(analysis)] == ['"know"']
    assert [m.phrase for m in Lexicon("b", ["know", '"know"'], pipe).find(analysis)] == ["know"]
    assert [m.phrase for m in Lexicon("c", ["we will", "will call", "we will call"], pipe).find(analysis)] == [
        "we will call"
    ]


@pytest.mark.parametrize(
    ("lang", "phrase", "text", "found"),
    [
        ("uk", "додайте в кошик", "Додайте крем у кошик, поки він є.", False),  # a gap is the list's to allow
        ("uk", "додайте в кошик", "Додайте у кошик, будь ласка.", True),
        ("uk", "розмова з оператором", "Розмова із оператором коротка.", True),
        ("ru", "напишите в чат", "Напишите во чат поддержки.", True),
        ("uk", '"в" кошик', "Додайте у кошик.", False),  # a quoted form is that form only
    ],
)
def test_a_word_that_changes_by_sound_matches_its_other_forms(lang: Lang, phrase: str, text: str, found: bool) -> None:
    """Ukrainian writes «в» or «у», «з», «із» or «зі» by the sound of the neighbours: one word, listed once."""
    pipe = nlp.pipeline(lang)
    assert bool(list(Lexicon("t", [phrase], pipe).find(pipe.analyse(text)))) is found


def test_a_phrase_looked_up_by_a_later_word_still_starts_at_its_first() -> None:
    """The trigger word is the longest ("investigating"), not the first; the match still begins at "we"."""
    pipe = nlp.pipeline("en")
    lexicon = Lexicon("t", ["we are investigating"], pipe)
    number = lexicon._triggers["investigating"][0]
    assert lexicon._plans[number][0][0] == "we are investigating"
    text = "So we are investigating now, we are."
    (found,) = lexicon.find(pipe.analyse(text))
    assert text[found.start : found.end] == "we are investigating"


def test_a_lexicon_built_after_a_texts_pass_looks_for_itself() -> None:
    pipe = nlp.pipeline("en")
    analysis = pipe.analyse("Please reply as soon as possible.")
    first = Lexicon("first", ["please reply"], pipe)
    assert [m.phrase for m in first.find(analysis)] == ["please reply"]  # the text's pass is made here
    later = Lexicon("later", ["as soon as possible"], pipe)
    assert later._number >= analysis.lexicon_states[later._registry].known
    assert [m.phrase for m in later.find(analysis)] == ["as soon as possible"]


def test_a_collected_lexicon_leaves_the_registry() -> None:
    pipe = nlp.pipeline("en")
    lexicon = Lexicon("gone", ["zyzzyvas are rare"], pipe)
    registry, number = lexicon._registry, lexicon._number
    assert any(entry[0] == number for entry in registry.table["zyzzyvas"])
    del lexicon
    gc.collect()
    assert "zyzzyvas" not in registry.forms()  # the removal is queued by the finalizer, applied here
    assert all(entry[0] != number for entry in registry.table.get("zyzzyvas", ()))


LEXICONS = Path(__file__).resolve().parents[2] / "rules" / "lexicons"
_CYCLES_SCRIPT = """
import sys
from pathlib import Path

from replylint.lexicon import Lexicon, read_entries
from replylint.nlp import pipeline

pipe = pipeline("en")
files = sorted(Path(sys.argv[1]).rglob("*.en.txt"))
words = [entry for f in files for entry in read_entries(f)][:400]  # real phrases: lemma sets, many allocations


class Holder:
    pass


for n in range(20):
    holder = Holder()
    holder.me = holder  # a plugin's lexicon kept in a reference cycle: freed by a collection, not on del
    holder.lexicon = Lexicon(f"plugin{n}", words, pipe)
    del holder
print("done")
"""


def test_lexicons_freed_by_a_collection_inside_the_registry_do_not_deadlock() -> None:
    # A finalizer that took the registry's lock hung the thread that held it (a collection set off while adding).
    done = subprocess.run(
        [sys.executable, "-c", _CYCLES_SCRIPT, str(LEXICONS)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("done")


def test_a_phrase_of_wildcards_or_gaps_alone_is_no_phrase() -> None:
    pipe = nlp.pipeline("en")
    lexicon = Lexicon("w", ["*", "* *", "...", "... *"], pipe)
    assert len(lexicon) == 4
    assert list(lexicon.find(pipe.analyse("anything at all"))) == []


_HASH_SCRIPT = """
from replylint import nlp
from replylint.lexicon import Lexicon
pipe = nlp.pipeline("en")
phrases = [f"word{k} know" for k in range(40)] + ['"know"', "know", "know it", "i know", "i"]
text = " ".join(f"word{k} know it" for k in range(0, 40, 3)) + " I know it. I knew."
print([(m.start, m.end, m.phrase) for m in Lexicon("h", phrases, pipe).find(pipe.analyse(text))])
"""


def test_matches_do_not_depend_on_the_hash_seed() -> None:
    """Sets of forms are walked in string-hash order, which changes between processes."""
    runs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _HASH_SCRIPT], env=env, capture_output=True, text=True, check=True)
        runs.add(done.stdout)
    assert len(runs) == 1 and runs.pop().startswith("[(")
