"""Per-language text analysis: spaCy blank pipelines, built once per process, plus lemma sets for matching.

Why not spaCy's own lemmatizer component: without part-of-speech tags its pymorphy3 mode returns ambiguous words
unchanged (6% of ru, 9% of uk words) and never caches, which makes it ~95% of analysis time; the English lookup
table is case-sensitive. So the pipeline keeps spaCy's tokenizer and adds two small components of our own:
sentence boundaries that understand e-mail line structure, and a lemmatizer that asks pymorphy3 (ru/uk) or the
spacy-lookups-data table (en) once per distinct word and records *every* plausible lemma. Rules match on the set,
so "часов" matches both "час" and "часы" rather than neither.
"""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import operator
import os
import re
import threading
import time
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from replylint._first_chars import first_chars_source
from replylint.languages import Lemmatizer
from replylint.memo import MISSING, Memo, cached_property
from replylint.model import Lang

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from replylint.languages import Morphology

T = TypeVar("T")

LEMMA_CACHE_SIZE = 30_000
"""Distinct words remembered per language (more than a help desk's working vocabulary); bounded so a stream of
new tokens cannot grow memory without end."""

_SENT_END = frozenset({".", "!", "?", "…", "?!", "!?", "...", "!!", "??", "!!!", "???"})
_CLOSERS = frozenset({'"', "'", ")", "»", "”", "’", "]"})
_MAY_END = _SENT_END | _CLOSERS
_ALNUM = re.compile(r"[^\W_]")
"""A character `str.isalnum` accepts: the regular expression engine's word characters are exactly those and "_"."""
_build_lock = threading.Lock()


def _renew_lock_after_fork() -> None:
    """lint_many forks workers; a lock held by another thread at that moment would stay held in the child. A child's
    CPU clock starts again at zero, so the pipelines it inherits count as built now (`RENEWAL_CPU_SHARE` would
    otherwise wait for the child to spend all the CPU time the parent had spent before the build)."""
    global _build_lock  # noqa: PLW0603 - the module lock itself is what must be replaced
    _build_lock = threading.Lock()
    now = _cpu_clock()
    for lang, built in list(_pipelines.items()):
        _pipelines[lang] = dataclasses.replace(built, done=now)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_lock_after_fork)


class MorphLemmatizer:
    """pymorphy3 for ru/uk; results memoised per lower-cased word since a reply repeats most of its words."""

    def __init__(self, lang: Lang) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer(lang=lang)
        self._entries: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}
        self._all_parses: dict[str, tuple[Any, ...]] = {}
        self._recent_entries: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}
        self._recent_parses: dict[str, tuple[Any, ...]] = {}

    def _morph_parse(self, word: str) -> list[Any]:
        try:
            return list(self._morph.parse(word))
        except ValueError:
            # pymorphy3 asks unicodedata.name() of every letter, which raises for the ~6,000 letters that have no
            # name in the database (Tangut, Khitan...): such a word is not Russian or Ukrainian; no parses.
            return []

    def _parse(self, low: str) -> tuple[str, frozenset[str], frozenset[str]]:
        found = self._entries.get(low)
        if found is None:
            found = self._recent_entries.get(low)
            if found is None:
                found = self._parse_uncached(low)
                remember(self._entries, low, found, self._recent_entries)
        return found

    def _parses(self, low: str) -> tuple[Any, ...]:
        found = self._all_parses.get(low)
        if found is None:
            found = self._recent_parses.get(low)
            if found is None:
                found = tuple(self._morph_parse(low))
                remember(self._all_parses, low, found, self._recent_parses)
        return found

    def _parse_uncached(self, word: str) -> tuple[str, frozenset[str], frozenset[str]]:
        number = _NUMBER_WITH_ENDING.fullmatch(word)
        if number is not None:
            # «501-е», «5-го», «43-й»: the number with a case ending written after it; pymorphy3 reads the ending as
            # a word of its own («501-быть»), and a reply saying «501-е маломерят» must name the model "501" asked of
            return number[1], frozenset({word, number[1]}), frozenset()
        if word.isascii() or not any(ch.isalpha() for ch in word):
            # perf: pymorphy3 knows no word without a Cyrillic letter; it gives such a word (a tracking code
            # "kp1776213899uu", "ups", "e-mail", "xiv") back as its own only normal form with no name grammeme, which
            # is this entry. Parsing the codes each e-mail brings was ~1 % of a lint.
            return word, frozenset({word}), frozenset()
        parses = self._all_parses.get(word)
        if parses is None:
            parses = self._recent_parses.get(word)
        if parses is None:
            # perf: kept for the moment, since the rules' grammar questions (`parses`) often follow
            parses = tuple(self._morph_parse(word))
            keep_recent(self._recent_parses, word, parses)
        top = parses[0].normal_form if parses else word
        forms = {word} | {p.normal_form for p in parses if p.score >= 0.01 or p is parses[0]}
        grammemes: set[str] = set()
        for p in parses:
            grammemes |= {g for g in ("Name", "Surn", "Patr") if g in p.tag}
        return top, frozenset(forms), frozenset(grammemes)

    def lemma(self, word: str) -> str:
        return self._parse(word.lower())[0]

    def lemmas(self, word: str) -> frozenset[str]:
        return self._parse(word.lower())[1]

    def name_tags(self, word: str) -> frozenset[str]:
        """Name / Surn / Patr grammemes any parse gives the word: how greeting rules spot personal names."""
        return self._parse(word.lower())[2]

    def parses(self, word: str) -> list[Any]:
        """Every pymorphy3 parse of the word (memoised: rules ask about the same verbs and pronouns repeatedly)."""
        return list(self._parses(word.lower()))


_NUMBER_WITH_ENDING = re.compile(r"(\d+)-[а-яёіїєґ]{1,4}")
"""A number with a Russian or Ukrainian case ending after a hyphen («501-е», «5-го», «10-ти», «3-ї»)."""

_NUMBER_WITH_SUFFIX = re.compile(r"(\d+)(?:st|nd|rd|th)|(\d{3,})s")
"""An English ordinal or a plural number of three digits or more ("3rd", "21st", "the 501s", "the 1990s"; a
model's "6s" is no plural)."""


def numbered(word: str) -> bool:
    """Whether a lower-case word is a number with a case ending or suffix, which the lemmatizers read as the number
    itself (`_NUMBER_WITH_ENDING`, `_NUMBER_WITH_SUFFIX`): rules weigh it as a number, not as a word."""
    return _NUMBER_WITH_ENDING.fullmatch(word) is not None or _NUMBER_WITH_SUFFIX.fullmatch(word) is not None


_VOLATILE = re.compile(r"[\d@/]")
"""Tokens with a digit, an @ or a slash: order numbers, tracking codes, addresses, links. Each e-mail brings new
ones and they rarely come back, so remembering them would only grow memory with every message."""


RECENT_WORDS = 1024
"""One-off tokens (and words met after a memo is full) kept for the moment: a lint asks about each word several
times (its lemma, its lemma set, whether it is a name...), and a tracking code parsed by pymorphy3 four times a
reply was a tenth of the analysis. Emptied when full, so it holds at most this many words, whatever comes."""


def remember(memo: dict[str, Any], word: str, value: Any, recent: dict[str, Any] | None = None) -> None:
    """Keep a word's analysis for next time, unless it is a one-off token or the memo is full; such a word goes
    to `recent`, if given, which is emptied whenever it reaches `RECENT_WORDS`.

    perf/memory: a full memo stops growing rather than evicting (no LRU bookkeeping on the hot path); the words
    seen first in a process are the common ones, so later hits barely change. Resident memory therefore levels
    off after a few thousand replies instead of growing with every new word for the life of a service.
    """
    if len(memo) < LEMMA_CACHE_SIZE and not _VOLATILE.search(word):
        memo[word] = value
    elif recent is not None:
        keep_recent(recent, word, value)


def keep_recent(recent: dict[str, Any], word: str, value: Any) -> None:
    """Keep a word's analysis in a memo of `RECENT_WORDS` at most, emptied when full."""
    if len(recent) >= RECENT_WORDS:
        recent.clear()
    recent[word] = value


class LookupLemmatizer:
    """English lemmas from spacy-lookups-data's table, consulted case-insensitively."""

    def __init__(self) -> None:
        import spacy_lookups_data

        path = resources.files(spacy_lookups_data).joinpath("data/en_lemma_lookup.json.gz")
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            self._table: dict[str, str] = json.load(fh)
        self._entries: dict[str, tuple[str, frozenset[str]]] = {}
        self._recent: dict[str, tuple[str, frozenset[str]]] = {}

    def _cache(self, low: str) -> tuple[str, frozenset[str]]:
        found = self._entries.get(low)
        if found is None:
            found = self._recent.get(low)
            if found is None:
                found = self._lookup(low)
                remember(self._entries, low, found, self._recent)
        return found

    def _lookup(self, low: str) -> tuple[str, frozenset[str]]:
        number = _NUMBER_WITH_SUFFIX.fullmatch(low)
        if number is not None:
            # "the 501s", "the 3rd": the number itself, as "501" is asked of (the table knows no such token)
            digits = number[1] or number[2]
            return digits, frozenset({low, digits})
        found = self._table.get(low)
        # NOTE: the table maps a few function words oddly ("as" -> "a", "hi" -> "hello"); the surface form
        # stays in the set so phrase lists can name the word they mean.
        forms = {low} if found is None else {low, found.lower()}
        return (found or low).lower(), frozenset(forms)

    @property
    def table(self) -> dict[str, str]:
        """The lookup table (form -> lemma), shared with the English morphology's dictionary."""
        return self._table

    def lemma(self, word: str) -> str:
        return self._cache(word.lower())[0]

    def lemmas(self, word: str) -> frozenset[str]:
        return self._cache(word.lower())[1]

    def name_tags(self, word: str) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True)
class Pipeline:
    """One language's tools: the spaCy pipeline and the lemmatizer it shares with the lexicons."""

    lang: Lang
    nlp: Language
    lemmatizer: Lemmatizer

    @cached_property
    def special_cases(self) -> frozenset[str]:
        """The strings the tokenizer splits by rule rather than by affixes ("cannot", "don't", "т.е.")."""
        return frozenset(getattr(self.nlp.tokenizer, "rules", None) or ())

    @cached_property
    def words(self) -> WordForms:
        return WordForms(self.lemmatizer.lemmas)

    @cached_property
    def components(self) -> tuple[Callable[[Doc], Doc], ...]:
        """The pipeline's components in order, read once.

        perf: `Language.__call__` rebuilds its component list (`Language.pipeline`, with an error-code lookup)
        and wraps each call in its error handler on every text, ~0.8 % of a lint for two components that never
        fail. The pipelines are replylint's own (see `_pipeline`), built with their components and never given
        others after."""
        return tuple(proc for _, proc in self.nlp.pipeline)

    def analyse(self, text: str) -> Analysis:
        doc = self.nlp.make_doc(text)
        token_table(doc, text)  # perf: read while the text is at hand; the components and rules share it
        for component in self.components:
            doc = component(doc)
        return Analysis(text=text, doc=doc, pipeline=self)


class WordForms:
    """Each word's lemma set and its forms (the lemma set with the word's own lower-case form), by its exact text.

    perf: every analysis asked the lemmatizer for each distinct word's lemma set (a lower-casing, a method call and
    two lookups each) and then built its forms; a help desk's words recur, so the pair is kept per word and an
    analysis reads it with one lookup. Bounded, and without one-off tokens, as the lemmatizer's own memo is.
    """

    __slots__ = ("entries", "lemmas", "recent")

    def __init__(self, lemmas: Callable[[str], frozenset[str]]) -> None:
        self.lemmas = lemmas
        self.entries: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        """Read directly by `Analysis`, as `of` does first."""
        self.recent: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def of(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """(lemma set, forms) of a word (not a whitespace token)."""
        found = self.entries.get(text)
        if found is None:
            found = self.recent.get(text)
            if found is None:
                lemmas = self.lemmas(text)
                low = text.lower()
                found = (lemmas, lemmas if low in lemmas else lemmas | {low})
                remember(self.entries, text, found, self.recent)
        return found


def lemmatizer(lang: Lang) -> Lemmatizer:
    """Only the lemmatizer of `lang`: for looking up a word without paying for a spaCy tokenizer."""
    with _build_lock:
        return _lemmatizer(lang)


@cache
def _lemmatizer(lang: Lang) -> Lemmatizer:
    from replylint.languages import pack

    return pack(lang).lemmatizer()


MAX_NEW_LEXEMES = 2_500
"""Words a pipeline's vocabulary may gain after it is built before it is built afresh.

spaCy keeps every word it has ever seen (its string store, vocabulary and tokenizer cache), so a service linting
varied mail grew by ~4 KB a reply without end. A new pipeline takes ~0.1 s and comes with ~2,500 new words (a few
thousand replies), so the cost is a few µs a reply and memory stays within a few MB of its level. Docs made before
the swap keep the vocabulary they were made with alive for as long as they live, so nothing is freed under them
(spaCy's own `memory_zone` frees it at the end of a block, unsafe while cached analyses or other threads still
hold Docs).
"""

RENEWAL_CPU_SHARE = 0.1
"""At most about this share of the process's CPU time since a pipeline was built goes to building it afresh.

A stream of long letters full of new words (order numbers, tracking codes, a pasted table) crosses
`MAX_NEW_LEXEMES` in every lint, and a rebuild in each (0.1-0.2 s, most of it spaCy loading its ~1,300 special
cases) made a 100 KB lint take twice as long. Deferring it until ten times its own cost has been spent linting keeps
it amortised; the vocabulary then gains at most what that much linting brings (on realistic mail, which takes
thousands of replies to bring 2,500 words, nothing changes).
"""


@dataclass(frozen=True)
class _Built:
    pipeline: Pipeline
    words: int
    """The vocabulary's size when it was built."""
    done: float
    """`_cpu_clock()` when the build ended."""
    cost: float
    """The build's CPU seconds."""


_pipelines: dict[str, _Built] = {}
_cpu_clock: Callable[[], float] = time.process_time
"""The process's CPU seconds (a name of its own so tests can move the clock)."""
_renewal_hooks: list[Callable[[], object]] = []


def on_renewal(hook: Callable[[], object]) -> None:
    """Call `hook` whenever a pipeline is built afresh: a cache of analyses must be emptied then.

    Why: every cached Analysis holds a Doc, and a Doc holds its whole vocabulary. A cache whose entries are hit
    on every reply (the same agent's name, the same sign-off) is never evicted, so it kept each replaced
    vocabulary alive: resident memory grew by the size of one vocabulary at every renewal, without end.
    """
    _renewal_hooks.append(hook)


def pipeline(lang: Lang) -> Pipeline:
    """The pipeline for `lang`, built on first use in this process and reused after (thread-safe); rebuilt when
    its vocabulary has grown by `MAX_NEW_LEXEMES` words and the rebuild is paid for (`RENEWAL_CPU_SHARE`; see
    `on_renewal`)."""
    with _build_lock:
        found = _pipelines.get(lang)
        if found is None or (
            len(found.pipeline.nlp.vocab) > found.words + MAX_NEW_LEXEMES
            and _cpu_clock() - found.done >= found.cost / RENEWAL_CPU_SHARE
        ):
            # what is loaded once per process (spaCy, the lemmatizer's dictionaries) is no part of a rebuild's cost:
            # counted in the first build's, it made English wait 8 s of CPU for its first renewal instead of 1 s
            import_spacy()
            _lemmatizer(lang)
            started = _cpu_clock()
            built = _pipeline(lang)
            done = _cpu_clock()
            _pipelines[lang] = _Built(built, len(built.nlp.vocab), done, done - started)
            if found is not None:
                for hook in _renewal_hooks:
                    hook()
            return built
        return found.pipeline


def import_spacy() -> Any:
    """Import spaCy without its command-line package, which a blank pipeline never uses.

    perf: `import spacy` runs `from .cli.info import info`, and the CLI package pulls in typer, weasel, rich and
    ~450 other modules: a third of spaCy's import time, paid by every pre-send hook run. A placeholder package
    stands in for `spacy.cli` during the import and is removed right after, so a later `import spacy.cli` (by the
    caller, in the same process) loads the real one; `spacy.info` forwards to the real function when called.
    Code in replylint that needs any spaCy module calls this first.
    """
    import importlib
    import importlib.util
    import os
    import sys
    import types

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None or "spacy.cli" in sys.modules:
        return importlib.import_module("spacy")
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [os.path.join(os.path.dirname(spec.origin), "cli")]
    info_module = types.ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    info_module.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info_module
    try:
        module = importlib.import_module("spacy")
    finally:
        for name, stub in (("spacy.cli.info", info_module), ("spacy.cli", cli)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
        parent = sys.modules.get("spacy")
        if parent is not None and getattr(parent, "cli", None) is cli:
            delattr(parent, "cli")
    return module


def _pipeline(lang: Lang) -> Pipeline:
    import_spacy()
    from spacy.language import Language
    from spacy.util import get_lang_class
    from spacy.vocab import create_vocab

    lemmatizer = _lemmatizer(lang)
    # perf: the same objects `spacy.blank(lang)` builds, without its config round trip (~50 ms) and with the
    # tokenizer built once in its final form: its setters reload every special case (1,347 for en, ~90 ms).
    from replylint.languages import pack

    spacy_lang = pack(lang).spacy
    language = get_lang_class(spacy_lang)
    nlp = language(
        vocab=create_vocab(spacy_lang, language.Defaults), create_tokenizer=_linear_tokenizer, max_length=MAX_TEXT_CHARS
    )
    name = "replylint_sentences"
    if not Language.has_factory(name):
        Language.component(name, func=_mark_sentences)
    nlp.add_pipe(name)

    # perf: a word's lemma, interned, by the word, for the string store it was interned in. A store only grows, so
    # a hash found once stays valid in it; a renewed pipeline has a new store (spaCy keeps the component of the
    # first build, so this memo is shared by every pipeline of the language) and starts a new memo. Each memo is
    # paired with its store and only ever read or written with it, so a thread still using a replaced pipeline
    # cannot mix hashes of two stores. Bounded, and without one-off tokens, as the lemmatizer's memo is.
    memo: list[tuple[object, dict[str, int]]] = [(None, {})]

    def lemmatize(doc: Doc) -> Doc:
        """perf: lemmas looked up per distinct word and written back in one array call (a setter per token
        interned each string separately)."""
        import numpy
        from spacy.attrs import LEMMA

        table = token_table(doc)
        strings = doc.vocab.strings
        owner, interned = memo[0]
        if owner is not strings:
            interned = {}
            memo[0] = (strings, interned)
        add = strings.add
        lemma = lemmatizer.lemma

        def hashed(text: str) -> int:
            found = interned.get(text)
            if found is None:
                found = add(lemma(text))
                remember(interned, text, found)
            return found

        # each distinct word of this text looked up once, remembered or not (whitespace is a property of the text);
        # perf: a remembered word costs one lookup, no call (a lemma's hash is 0 only for "", which hashed() returns)
        known = interned.get
        by_text = {text: 0 if space else (known(text) or hashed(text)) for text, space in table.distinct.items()}
        hashes = list(map(by_text.__getitem__, table.texts))
        if hashes:
            doc.from_array([LEMMA], numpy.array(hashes, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    nlp.add_pipe(_register_lemmatizer(lang, lemmatize))
    return Pipeline(lang=lang, nlp=nlp, lemmatizer=lemmatizer)


MAX_TEXT_CHARS = 2**30 - 1
"""spaCy's default 1,000,000-character limit guards the memory of parsers and NER models, which these pipelines do
not have; the tokenizer's own hard limit is 2**30. How much a caller may lint is the `max-bytes` setting's to say
(5 MB by default), not a ValueError from spaCy halfway through a lint."""

_LONG_CHUNK = 1000
"""A whitespace-free run longer than this is one token: no word, URL or address is that long, and spaCy strips
affixes one character per pass over the whole run, which is quadratic in its length."""
_SUFFIX_WINDOW = 64
"""How far from the end of a run a suffix may start; spaCy's suffixes are a few characters long."""


def _linear_tokenizer(nlp: Language) -> Any:
    """The language's default spaCy tokenizer, kept linear in the text on hostile input (100,000 ">" in a row).

    spaCy peels prefixes and suffixes off a whitespace-free run one at a time, and its suffix pattern (hundreds of
    alternatives each ending in `$`) is searched from the start of what is left: O(n) per suffix, O(n^2) per run
    (perf: 8,000 ">" took 10 s). The suffix search here starts `_SUFFIX_WINDOW` characters before the end (a
    lookbehind still sees what precedes that point, so results are unchanged for suffixes shorter than the window),
    and runs longer than `_LONG_CHUNK` are kept whole, which also bounds the copying and hashing spaCy does per pass.
    """
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex

    defaults = nlp.Defaults
    suffix_search = None
    if defaults.suffixes:
        # perf: told which characters a suffix can start with (the same matches), the search skips the other
        # positions after one class test instead of trying hundreds of alternatives at each: ~40 % off each
        # suffix search, spaCy's costliest step on a chunk it has not cached (a new order number, "12:00,")
        suffix = _suffix_pattern(defaults.suffixes)

        def suffix_search(text: str) -> Any:
            return suffix.search(text, max(0, len(text) - _SUFFIX_WINDOW))

    original = defaults.token_match

    def token_match(text: str) -> bool:
        return len(text) > _LONG_CHUNK or (original is not None and original(text) is not None)

    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=suffix_search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=token_match,
        url_match=defaults.url_match,
    )


def _suffix_pattern(rules: Any) -> re.Pattern[str]:
    """spaCy's `compile_suffix_regex(rules)` with `first_chars_source`'s lookahead, compiled once (perf: the cold
    start of a pre-send hook pays for every compilation of the ~13,000-character pattern)."""
    from spacy.util import compile_suffix_regex

    pieces = list(rules)
    texts = [piece for piece in pieces if isinstance(piece, str)]
    if len(texts) != len(pieces):
        return compile_suffix_regex(pieces)  # not plain strings: spaCy's own answer, whatever it is
    expression = "|".join([piece + "$" for piece in texts if piece.strip()])  # as `compile_suffix_regex` joins
    try:
        return re.compile(first_chars_source(expression))
    except (re.error, RecursionError, ValueError):
        return re.compile(expression)


def _register_lemmatizer(lang: str, func: Callable[[Doc], Doc]) -> str:
    """spaCy components are registered by name globally; one name per language keeps the closures apart."""
    from spacy.language import Language

    name = f"replylint_lemmas_{lang}"
    if not Language.has_factory(name):
        Language.component(name, func=func)
    return name


@dataclass(frozen=True, slots=True)
class TokenTable:
    """The Doc's tokens as plain lists, read in one pass and shared by the components and every rule.

    perf: every iteration or index of a spaCy Doc builds a new Token object per token, and reading an attribute
    of it crosses into Cython; ten such passes per reply were a sixth of a lint.
    """

    texts: list[str]
    spaces: list[bool]
    """Whitespace tokens (spaCy's `is_space`): runs of spaces other than the single one after a word."""
    starts: list[int]
    distinct: dict[str, bool]
    """Each distinct token text -> whether it is whitespace, in order of first occurrence: what is derived from a
    token's text alone (its lemmas, its forms) is worked out once per entry here, not once per token."""


_TABLE_KEY = "replylint.token_table"


def token_table(doc: Doc, text: str | None = None) -> TokenTable:
    """The table for `doc`, read once and kept in the Doc's user data (as plain lists and a dict, so the Doc still
    serialises). `text` is the text the Doc was made from, when the caller has it: `Doc.text` rebuilds it."""
    table = doc.user_data.get(_TABLE_KEY)
    if table is None or len(table[0]) != len(doc):
        from spacy.attrs import IDX, IS_SPACE, SPACY

        # perf: two columns in one array call; each token's text is the document text up to the next token,
        # less the single trailing space spaCy records as a flag
        if not len(doc):
            return TokenTable([], [], [], {})
        if text is None:
            text = doc.text
        if doc.vocab.lex_attr_getters.get(IS_SPACE) is _spacy_is_space():  # type: ignore[attr-defined]
            # perf: spaCy's `is_space` is `str.isspace` of the text, mapped in C (an array column costs twice that)
            starts, trailing = doc.to_array([IDX, SPACY]).T.tolist()
            ends = [*starts[1:], len(text)]
            texts = [text[a : b - s] for a, b, s in zip(starts, ends, trailing, strict=True)]
            spaces = list(map(str.isspace, texts))
        else:  # a language pack whose spaCy language defines whitespace its own way
            starts, space_flags, trailing = doc.to_array([IDX, IS_SPACE, SPACY]).T.tolist()
            ends = [*starts[1:], len(text)]
            texts = [text[a : b - s] for a, b, s in zip(starts, ends, trailing, strict=True)]
            spaces = list(map(bool, space_flags))
        table = (texts, spaces, starts, dict(zip(texts, spaces, strict=True)))
        doc.user_data[_TABLE_KEY] = table
    return TokenTable(*table)


@cache
def _spacy_is_space() -> Callable[[str], bool]:
    from spacy.lang.lex_attrs import is_space

    return is_space


def _mark_sentences(doc: Doc) -> Doc:
    """Sentence starts from punctuation and from line structure.

    E-mail puts a greeting, a sign-off and a name each on its own line without final punctuation, so a line
    break starts a sentence unless it looks like a wrapped line (the next line starts with a lower-case letter
    and the previous did not end a clause). perf: decided on plain lists and written back in one array call.
    """
    import numpy
    from spacy.attrs import SENT_START

    table = token_table(doc)
    texts, spaces = table.texts, table.spaces
    if not texts:
        return doc
    flags = [1] + [-1] * (len(texts) - 1)
    for i, prev in enumerate(texts[:-1], 1):
        # perf: only a token after a line break, a sentence end, a closing mark or a two-character "X." can start
        # a sentence; the rest are passed over by this inline test (a function call per token was half the time)
        if not (
            prev in _MAY_END
            or "\n" in prev
            or (prev[-1:] == "." and (len(prev) == 2 or prev[:1].isdigit() or prev[:1].isupper() or prev in _UNITS))
            or prev[:1] >= _SYMBOLS
        ):
            continue
        text = texts[i]
        if spaces[i - 1] and "\n" in prev:
            before = texts[i - 2] if i >= 2 else None
            wrapped = (
                prev.count("\n") < 2
                and text[:1].islower()
                and before is not None
                and before not in _SENT_END
                and not before.endswith((":", ","))
            )
            start = not wrapped
        elif (
            _initial_ends_sentence(texts, i)
            or _unit_ends_sentence(texts, i)
            or _code_ends_sentence(texts, i)
            or _unit_abbreviation_ends_sentence(texts, spaces, i)
            or _pictograph_ends_sentence(texts, i)
        ):
            start = True
        elif prev in _SENT_END or (prev in _CLOSERS and i >= 2 and texts[i - 2] in _SENT_END):
            start = text not in _CLOSERS and text not in _SENT_END
        else:
            start = False
        flags[i] = 1 if start else -1
    # SENT_START is stored unsigned: -1 ("not a start") travels as its two's complement, as Doc.to_array gives it.
    doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64"))  # type: ignore[arg-type]
    doc.user_data[_SENT_KEY] = flags  # perf: what `Analysis.sent_starts` would read back with an array call
    return doc


_SENT_KEY = "replylint.sent_starts"


def _initial_ends_sentence(texts: list[str], i: int) -> bool:
    """ "bag D. Our team", "up to 100 W. That keeps", «кабель USB-C. Да»: spaCy keeps "D." whole as if it were an
    initial; after a lower-case word, a number or a hyphen (the letter is then a unit, a size or a code's end) it is
    not one."""
    prev = texts[i - 1]
    before = texts[i - 2] if i >= 2 else ""
    return (
        len(prev) == 2
        and prev[1] == "."
        and prev[0].isupper()
        and ((before.isalpha() and before.islower()) or before.isdigit() or before == "-")
        and texts[i][:1].isupper()
    )


_NUMBER_WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]{1,3}\.")


def _unit_ends_sentence(texts: list[str], i: int) -> bool:
    """ "a warm white LED of around 2700K. Yes, it works": spaCy keeps a number with its unit and the full stop as
    one token ("2700K.", "40W."), so the sentence did not end there."""
    return _NUMBER_WITH_UNIT.fullmatch(texts[i - 1]) is not None and texts[i][:1].isupper()


_CODE_WITH_STOP = re.compile(r"[^\W_a-zа-яёіїєґ]+(?:-[^\W_a-zа-яёіїєґ]+)*\.")
"""A code in capitals and digits with the full stop spaCy kept on it ("USB-C.", "LED.", "A4.", «ТЦ.»)."""


def _code_ends_sentence(texts: list[str], i: int) -> bool:
    """ "comes with a USB-C to USB-C cable. Yes, it supports fast charging": spaCy keeps a code in capitals with its
    full stop as one token, so the sentence did not end there. Three characters at least (two are initials, see
    `_initial_ends_sentence`), and the next word begins with a capital."""
    prev = texts[i - 1]
    return (
        len(prev) >= 4
        and _CODE_WITH_STOP.fullmatch(prev) is not None
        and any(ch.isalpha() for ch in prev)
        and texts[i][:1].isupper()
    )


_UNITS = frozenset(
    {"см.", "мм.", "км.", "кг.", "мл.", "шт.", "грн.", "руб.", "cm.", "mm.", "km.", "kg.", "ml.", "м.", "г.", "л."}
)  # fmt: skip
"""Unit abbreviations spaCy keeps with their full stop («200 см.»), which may also end the sentence."""


def _unit_abbreviation_ends_sentence(texts: list[str], spaces: list[bool], i: int) -> bool:
    """«лыжи длиной 200 см. Из нашего ассортимента советуем…»: a unit after a number, with its full stop, before a
    capital ends the sentence (a unit abbreviation inside one is followed by a lower-case word)."""
    if texts[i - 1] not in _UNITS or not texts[i][:1].isupper():
        return False
    k = i - 2
    while k >= 0 and spaces[k]:
        k -= 1
    return k >= 0 and texts[k][-1:].isdigit()


_PICTOGRAPHS = "\U0001f000"
"""Where the emoji planes begin: a token starting at or above it is a pictograph (or a rarer symbol)."""

_SYMBOLS = "\u2600"
"""Where the older emoji begin (☀ ☕ ✅ ✈ ❤ ⭐, the Miscellaneous Symbols and Dingbats blocks): the cheap first test
for a token that may be a pictograph, before `_pictographic` looks at each character."""


def _pictographic(ch: str) -> bool:
    """An emoji a sentence can end with: the emoji planes, and the symbol blocks of U+2600-U+27BF and U+2B00-U+2BFF
    that mail clients' pickers offer beside them (✅ ❤ ⭐); letters of other scripts in between are not."""
    return ch >= _PICTOGRAPHS or _SYMBOLS <= ch <= "\u27bf" or "\u2b00" <= ch <= "\u2bff"


def _pictograph_ends_sentence(texts: list[str], i: int) -> bool:
    """ "we'll bake it by Saturday 🎂 The lettering is free": an emoji closes a sentence the way a full stop does
    when the next word begins a new one; without the split the two answers share one sentence and one question's
    yes reads as the other's. Not before a lower-case word ("thanks 🙂 and see you"). The tokenizer leaves the
    variation selector of "❤️" as a token of its own, so the emoji is looked for before it."""
    k = i - 1
    if k >= 1 and texts[k] and all(ch in _JOINERS for ch in texts[k]):
        k -= 1
    prev = texts[k]
    return (
        _pictographic(prev[:1])
        and all(_pictographic(ch) or ch in _JOINERS for ch in prev)
        and texts[i][:1].isupper()
        and (k < 1 or texts[k - 1] not in _SENT_END)
    )


_JOINERS = "\u200d\ufe0f"
"""The zero-width joiner and the emoji variation selector, parts of an emoji but not pictographs themselves."""


@dataclass(frozen=True)
class Analysis:
    """An analysed text: the spaCy Doc plus lemma sets per token, computed once and shared by every rule."""

    text: str
    doc: Doc
    pipeline: Pipeline

    @property
    def lang(self) -> Lang:
        return self.pipeline.lang

    @cached_property
    def table(self) -> TokenTable:
        return token_table(self.doc)

    @cached_property
    def _lemmas_and_forms(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """Each distinct token text -> its lemma set (empty for whitespace), and -> its lemma set with its own
        lower-case form (see `token_forms`), in order of first occurrence; both in one pass.

        perf: what is derived from a token below (its lemma set, its forms) depends on its text alone (spaCy's
        `is_space` too is a property of the text), so it is worked out once per distinct text, read from the
        pipeline's per-word memo, and spread over the tokens by one C-level `map`, not a Python loop over them."""
        words = self.pipeline.words
        known, of = words.entries.get, words.of
        empty: frozenset[str] = frozenset()
        lemmas_of: dict[str, frozenset[str]] = {}
        forms_of: dict[str, frozenset[str]] = {}
        for text, space in self.table.distinct.items():
            if space:
                lemmas_of[text], forms_of[text] = empty, frozenset({text.lower()})
            else:
                lemmas_of[text], forms_of[text] = known(text) or of(text)
        return lemmas_of, forms_of

    @property
    def _lemmas_of(self) -> dict[str, frozenset[str]]:
        return self._lemmas_and_forms[0]

    @property
    def _forms_of(self) -> dict[str, frozenset[str]]:
        return self._lemmas_and_forms[1]

    @cached_property
    def lemma_sets(self) -> tuple[frozenset[str], ...]:
        return tuple(map(self._lemmas_of.__getitem__, self.table.texts))

    @property
    def _texts_spaces(self) -> tuple[list[str], list[bool]]:
        return self.table.texts, self.table.spaces

    @cached_property
    def tokens(self) -> list[Token]:
        """perf: the Doc's tokens, built once; iterating a Doc creates new Token objects every time."""
        return list(self.doc)

    @cached_property
    def token_lowers(self) -> list[str]:
        """perf: plain lists, because indexing a spaCy Doc builds a Token object on every access (spaCy's
        `lower_` is `str.lower` of the text)."""
        return list(map(str.lower, self.table.texts))

    @cached_property
    def token_starts(self) -> list[int]:
        return self.table.starts

    @cached_property
    def token_ends(self) -> list[int]:
        return list(map(operator.add, self.table.starts, map(len, self.table.texts)))  # perf: mapped in C

    @cached_property
    def token_spaces(self) -> list[bool]:
        return self.table.spaces

    @cached_property
    def sent_starts(self) -> list[bool]:
        """Whether each token starts a sentence (spaCy's `is_sent_start`), read in one array call."""
        from spacy.attrs import SENT_START

        doc = self.doc
        if not len(doc):
            return []
        flags = doc.user_data.get(_SENT_KEY)
        if flags is None or len(flags) != len(doc):  # a Doc not made by `Pipeline.analyse`
            flags = doc.to_array([SENT_START]).tolist()
        return list(map((1).__eq__, flags))  # perf: compared in C

    @cached_property
    def token_breaks(self) -> list[bool]:
        """Whitespace tokens holding a blank line: phrase matches never run across a paragraph break."""
        return [space and "\n\n" in text for text, space in zip(*self._texts_spaces, strict=True)]

    @cached_property
    def token_forms(self) -> tuple[frozenset[str], ...]:
        """Each token's lemma set together with its own lower-case form: every form a phrase list or a bag of
        words may know it by (a whitespace token's is its text alone).

        perf: built once per distinct token text and shared; the lexicon index and the answer rules' bags of
        words each built these sets anew per token.
        """
        return tuple(map(self._forms_of.__getitem__, self.table.texts))

    @cached_property
    def form_index(self) -> dict[str, list[int]]:
        """Every lower-case form and lemma in the text -> the token positions that carry it, in order (the lists
        are shared between forms: read them, never change them).

        perf: a token's forms depend on its text alone, so each distinct text's forms are indexed once with the
        positions of all its tokens; only a form that two texts share ("знаю", "знаем") needs its two lists
        merged and sorted.
        """
        at: dict[str, list[int]] = {}
        for i, text in enumerate(self.table.texts):
            found = at.get(text)
            if found is None:
                at[text] = [i]
            else:
                found.append(i)
        forms_of = self._forms_of
        index: dict[str, list[int]] = {}
        merged: list[str] = []
        for text, positions in at.items():
            for form in forms_of[text]:
                known = index.get(form)
                if known is None:
                    index[form] = positions
                else:
                    index[form] = known + positions  # a new list: the shared ones are never changed
                    merged.append(form)
        for form in merged:
            index[form].sort()
        return index

    @cached_property
    def form_set(self) -> frozenset[str]:
        """The forms of `form_index` as a set. perf: a set against a set intersects from the smaller side in one C
        call; the dict's key view made every lexicon's test a reflected operator call and a walk over its forms."""
        return frozenset(self.form_index)

    @cached_property
    def _memo(self) -> Memo:
        return Memo()

    @cached_property
    def lexicon_states(self) -> dict[object, Any]:
        """What each phrase list has worked out about this text, by the list, and each language's one pass over
        every list's words, by its registry (see `replylint.lexicon`).

        perf: a phrase list is asked about a text ~80 times a lint, most often for matches it already has; keyed by
        the list itself, a question costs one dict lookup, not `memo`'s call and key tuple."""
        return {}

    def memo(self, compute: Callable[..., T], *args: Hashable) -> T:
        """`compute(analysis, *args)` for this text, computed once (see `replylint.memo`): a lexicon's matches,
        sentence starts, clause bounds.

        perf: `Memo.get` inlined (rules and lexicons ask ~110 times a lint); the memo is the same."""
        values = self._memo.values
        key = (compute, *args)
        found = values.get(key, MISSING)
        if found is MISSING:
            found = values[key] = compute(self, *args)
        return found  # type: ignore[no-any-return]

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The sentences (spaCy's `Doc.sents`) that hold more than whitespace.

        perf: cut at the sentence flags `Pipeline.analyse` kept; `Doc.sents` first asks `Doc.has_annotation`, which
        builds a Token object per token, twice (sentence starts, then dependencies), on every call."""
        doc, spaces = self.doc, self.table.spaces
        flags = doc.user_data.get(_SENT_KEY)
        if flags is None or len(flags) != len(doc):  # a Doc not made by `Pipeline.analyse`
            return tuple(s for s in doc.sents if False in spaces[s.start : s.end])
        # as `Doc.sents` cuts: the first sentence starts at token 0 whatever its flag
        bounds = [0, *(i for i in range(1, len(flags)) if flags[i] == 1), len(flags)]
        return tuple(doc[a:b] for a, b in itertools.pairwise(bounds) if False in spaces[a:b])

    @cached_property
    def word_indexes(self) -> list[int]:
        """Positions of the tokens that are words (holding a letter or digit), the unit every length limit counts.

        A token with a letter or digit is never spaCy punctuation (`is_punct` wants every character to be
        punctuation), so the text alone decides. (perf: a regular expression, not a generator per punctuation
        token, finds the letter or digit.)
        """
        return [
            i
            for i, (text, space) in enumerate(zip(*self._texts_spaces, strict=True))
            if not space and (text.isalnum() or _ALNUM.search(text) is not None)
        ]

    @cached_property
    def word_tokens(self) -> list[Token]:
        doc = self.doc
        return [doc[i] for i in self.word_indexes]

    @cached_property
    def word_starts(self) -> list[int]:
        starts = self.table.starts
        return [starts[i] for i in self.word_indexes]

    def words(self) -> Iterator[Token]:
        return iter(self.word_tokens)

    def word_count(self, start: int = 0, end: int | None = None) -> int:
        """Words starting in [start, end), by bisection (rules ask this per sentence and per line)."""
        import bisect

        stop = len(self.text) if end is None else end
        starts = self.word_starts
        return bisect.bisect_left(starts, stop) - bisect.bisect_left(starts, start)

    @cached_property
    def morphology(self) -> Morphology:
        """The language pack's answers about a word's grammar (imperative, past tense, names...).

        perf: kept per analysis; rules ask it per word (~80 times a realistic lint), and the import and the cache
        lookup behind it were a measurable part of familiar-tone's verb checks."""
        from replylint.languages import morphology

        return morphology(self.pipeline.lang)

    def name_tags(self, token: Token) -> frozenset[str]:
        return self.morphology.name_tags(token.text)
