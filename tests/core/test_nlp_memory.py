"""Memory stays bounded in a long-running process: pipelines are rebuilt as their vocabulary grows, and the
lemma memos skip one-off tokens and stop at a fixed size."""

from __future__ import annotations

import dataclasses

import pytest

import replylint
from replylint import nlp


@pytest.fixture(autouse=True)
def _renew_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A renewal waits until ten times its cost has been spent linting; these tests lint a few short replies."""
    monkeypatch.setattr(nlp, "RENEWAL_CPU_SHARE", float("inf"))


REPLY = (
    "Hello Anna,\n\nYour parcel {code} left our warehouse today and will arrive on Thursday. I am sorry it "
    "took longer than we promised.\n\nKind regards,\nTom"
)


def test_a_grown_pipeline_is_rebuilt_and_findings_do_not_change(monkeypatch: pytest.MonkeyPatch) -> None:
    linter = replylint.Linter()
    before = linter.lint(REPLY.format(code="AB123"))
    first = nlp.pipeline("en")
    kept = first.analyse("Words made before the swap stay readable.")
    monkeypatch.setattr(nlp, "MAX_NEW_LEXEMES", 20)
    for i in range(10):
        linter.lint(REPLY.format(code=f"new{i} unseen{i} words{i}"))
    assert nlp.pipeline("en") is not first
    after = linter.lint(REPLY.format(code="AB123"))
    assert after.findings == before.findings
    assert [t.text for t in kept.doc][:2] == ["Words", "made"]
    assert kept.doc[0].lemma_ == "word"


def test_one_off_tokens_are_not_memoised() -> None:
    lemmatizer = nlp.lemmatizer("ru")
    assert lemmatizer.lemma("TRK0012345XY") == "trk0012345xy"
    assert lemmatizer.lemma("посылки") == "посылка"
    memo = lemmatizer._entries  # type: ignore[attr-defined]
    assert "посылки" in memo and "trk0012345xy" not in memo


def test_memos_stop_at_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    memo: dict[str, object] = {}
    monkeypatch.setattr(nlp, "LEMMA_CACHE_SIZE", 3)
    for word in ("a", "b", "c", "d"):
        nlp.remember(memo, word, word)
    assert list(memo) == ["a", "b", "c"]


def test_a_replaced_pipeline_is_freed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Caches of analyses are emptied at a renewal: their Docs would otherwise keep every replaced vocabulary (the
    whole old pipeline) alive, since the same short texts (the agent's name) come back in every reply."""
    import gc
    import weakref

    reply = REPLY.replace("Tom", "Quentin Marlowe")  # a name no other test lints: first analysed here
    linter = replylint.Linter()
    old = weakref.ref(nlp.pipeline("en").nlp)
    for i in range(3):
        linter.lint(reply.format(code=f"warm{i}"))
    monkeypatch.setattr(nlp, "MAX_NEW_LEXEMES", 20)
    for i in range(10):
        linter.lint(reply.format(code=f"fresh{i} unseen{i} tokens{i}"))
    monkeypatch.setattr(nlp, "MAX_NEW_LEXEMES", 10**9)
    for i in range(3):
        linter.lint(reply.format(code=f"after{i}"))
    gc.collect()
    assert old() is None


def test_lemmas_read_back_after_a_renewal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lemma hashes are memoised per string store: a renewed pipeline has a new store, in which the hashes
    memoised for the old one name nothing (spaCy raises E018 on reading them)."""
    text = "Пиши нам завтра, посылку уже отправили."
    before = [t.lemma_ for t in nlp.pipeline("ru").analyse(text).doc]
    monkeypatch.setattr(nlp, "MAX_NEW_LEXEMES", 0)
    first = nlp.pipeline("ru")
    first.analyse("совершенно новые словоформы ради обновления")
    renewed = nlp.pipeline("ru")
    assert renewed is not first
    monkeypatch.setattr(nlp, "MAX_NEW_LEXEMES", 10**9)
    assert [t.lemma_ for t in renewed.analyse(text).doc] == before
    assert [t.lemma_ for t in first.analyse(text).doc] == before  # a thread still holding the old one
    assert [t.lemma_ for t in renewed.analyse(text).doc] == before


def test_one_off_tokens_are_kept_for_the_moment_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tracking code is asked about several times in one lint (its lemma, its lemma set, its grammar): it is
    parsed once, and the memo that holds such words never grows past `RECENT_WORDS`."""
    lemmatizer = nlp.MorphLemmatizer("ru")
    parsed: list[str] = []
    real = lemmatizer._morph_parse

    def counting(word: str) -> list[object]:
        parsed.append(word)
        return real(word)

    monkeypatch.setattr(lemmatizer, "_morph_parse", counting)
    for _ in range(3):
        assert lemmatizer.lemma("TRK0012345XY") == "trk0012345xy"
        assert lemmatizer.lemmas("TRK0012345XY") == frozenset({"trk0012345xy"})
        assert lemmatizer.parses("TRK0012345XY")
    assert parsed == ["trk0012345xy"]
    assert "trk0012345xy" not in lemmatizer._entries
    monkeypatch.setattr(nlp, "RECENT_WORDS", 5)
    for i in range(23):
        lemmatizer.lemma(f"код{i}")
    assert 0 < len(lemmatizer._recent_entries) <= 5


def test_the_recent_memo_takes_words_once_the_main_one_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    memo: dict[str, object] = {}
    recent: dict[str, object] = {}
    monkeypatch.setattr(nlp, "LEMMA_CACHE_SIZE", 2)
    monkeypatch.setattr(nlp, "RECENT_WORDS", 2)
    for word in ("a", "b", "c", "d", "e", "x1"):
        nlp.remember(memo, word, word, recent)
    assert list(memo) == ["a", "b"]
    assert list(recent) == ["e", "x1"]  # emptied when "e" came to a full memo: at most two words at any time


def test_a_renewal_waits_until_linting_has_paid_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Letters full of new words cross the vocabulary bound in every lint; rebuilding in each doubled their cost."""
    clock = [1000.0]
    monkeypatch.setattr(nlp, "_cpu_clock", lambda: clock[0])
    monkeypatch.setattr(nlp, "MAX_NEW_LEXEMES", 0)
    first = nlp.pipeline("uk")
    first.analyse("зовсім нові слова для оновлення")
    fresh = nlp.pipeline("uk")  # the autouse fixture lets it renew at once: a build at a known clock
    assert fresh is not first
    monkeypatch.setattr(nlp, "RENEWAL_CPU_SHARE", 0.1)
    # a build that cost 0.2 s of CPU, ended at the clock's present reading
    monkeypatch.setitem(nlp._pipelines, "uk", dataclasses.replace(nlp._pipelines["uk"], done=clock[0], cost=0.2))
    fresh.analyse("ще одна порція небачених слів")
    assert nlp.pipeline("uk") is fresh  # grown, but no CPU time has been spent since the build
    clock[0] += 1.9
    assert nlp.pipeline("uk") is fresh  # 1.9 s spent: not yet ten times the build's cost
    clock[0] += 0.2
    assert nlp.pipeline("uk") is not fresh  # 2.1 s: renewed


def test_a_forked_worker_counts_its_pipelines_as_built_at_the_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child's CPU clock starts at zero: without the reset it would wait for the parent's whole CPU time."""
    monkeypatch.setattr(nlp, "_cpu_clock", lambda: 0.5)
    nlp.pipeline("en")
    monkeypatch.setitem(nlp._pipelines, "en", dataclasses.replace(nlp._pipelines["en"], done=5000.0))
    nlp._renew_lock_after_fork()
    assert nlp._pipelines["en"].done == 0.5
