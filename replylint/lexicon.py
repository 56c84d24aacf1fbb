"""Phrase lists as data, matched by lemma so inflected Russian and Ukrainian forms need no listing.

Where: `<root>/<rule-id>/<name>.<lang>.txt` for a list one rule reads, `<root>/shared/<name>.<lang>.txt` for one
several rules (or the mail-structure helpers) read; `lexicon_file` looks in that order, and `lexicon_entries` /
`load_lexicon` are the one loader (raw lines, or compiled and matched by lemma), each cached per process.

A lexicon file is `<name>.<lang>.txt`: one entry per line, `#` starts a comment, blank lines are skipped. Most
lexicons are phrase lists; a few are read as plain word lists or as lines of related words (`name_variants`,
`equivalents`), with the same line format. Inside a phrase:
- a plain word matches any form that shares a lemma with it ("знаю" matches "знаем", "знала");
- `"word"` (in double quotes) matches that exact form only, for words whose lemma is too broad;
- `*` matches any one token; `...` matches a gap of up to four tokens.
Matching ignores case. Phrases are tokenised with the same pipeline as the text, so punctuation inside a phrase
("Re:", "P.S.") lines up with how the text is split.
"""

from __future__ import annotations

import bisect
import collections
import os
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from replylint.model import Lang
from replylint.nlp import Analysis, Pipeline, pipeline

GAP_TOKENS = 4
"""How many tokens `...` may skip: enough for "не совсем точно знаю", not enough to bridge sentences."""
_GAP_STOPS = frozenset({".", "!", "?", "?!", "!?", "!!", "??"})
"""Tokens a gap never skips: the end of a sentence ("order now. Order before" is two calls, not one phrase); not
an ellipsis, which hesitates ("I'm... not sure") more often than it ends one."""


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


def read_entries(path: Path) -> list[str]:
    """The entries of a lexicon file, one a line: `#` starts a comment, blank lines are skipped. Also for word lists
    read without compiling them (no pipeline is built for those)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [entry for entry in (ln.split("#", 1)[0].strip() for ln in lines) if entry]


SHARED = "shared"
"""The folder of the lexicons several rules read."""


def lexicon_file(root: Path, owner: str, name: str, lang: Lang) -> Path:
    """`<root>/<owner>/<name>.<lang>.txt`, else the shared folder's; FileNotFoundError naming both places."""
    return _lexicon_file(root, owner, name, lang)


@lru_cache(maxsize=2048)
def _lexicon_file(root: Path, owner: str, name: str, lang: Lang) -> Path:
    """perf: resolved once per (rule, lexicon, language); rules ask for lexicons ~20 times a reply.

    A language pack that brings its own lists (`LanguagePack.lexicon_dir`, laid out like a rule's root) is looked
    in after the rule's root: that is how a new language covers the installed rules without touching them."""
    from replylint.languages import pack

    roots = [root]
    extra = pack(lang).lexicon_dir
    if extra is not None:
        roots.append(extra)
    tried = []
    for base in roots:
        for folder in (owner, SHARED):
            path = base / folder / f"{name}.{lang}.txt"
            if path.is_file():
                return path
            tried.append(str(path))
    raise FileNotFoundError(f"lexicon {name!r} has no {lang} list at {' or '.join(tried)}")


@lru_cache(maxsize=2048)
def lexicon_entries(root: Path, owner: str, name: str, lang: Lang) -> tuple[str, ...]:
    """The entries of a lexicon, read once per process (lexicons are read-only package data)."""
    return tuple(read_entries(_lexicon_file(root, owner, name, lang)))


@lru_cache(maxsize=512)
def load_lexicon(root: Path, owner: str, name: str, lang: Lang) -> Lexicon:
    """The lexicon compiled for matching with `lang`'s pipeline, once per process; rules that read the same file
    (a shared list) get the same instance.

    perf: a text's matches are kept per lexicon instance (`Analysis.memo`), so one instance per file lets every
    rule that reads a shared list (pushy and familiar-tone both read `reported_speech`) reuse what the first one
    found in a reply instead of matching the list again.
    """
    return _compiled(_lexicon_file(root, owner, name, lang), lang)


@lru_cache(maxsize=512)
def _compiled(path: Path, lang: Lang) -> Lexicon:
    return Lexicon(path.name, tuple(read_entries(path)), pipeline(lang))


class _Whole(list[Match]):
    """A lexicon's whole-text matches, with their first tokens for bisection (listed on first use)."""

    __slots__ = ("_firsts",)

    def __init__(self, matches: Iterable[Match]) -> None:
        super().__init__(matches)
        self._firsts: list[int] | None = None

    def firsts(self) -> list[int]:
        """The first token of each match, in order (the matches are disjoint and sorted)."""
        if self._firsts is None:
            self._firsts = [m.first_token for m in self]
        return self._firsts


_Entry = tuple[str, tuple[_Slot, ...], int]
"""A phrase as a candidate at a start token: the phrase as listed, its slots, and how much of it the form index has
already matched there (`_SKIP_*`)."""

_SKIP_NONE, _SKIP_FIRST, _SKIP_ALL = 0, 1, 2
"""`_go` checks every slot from the start; the first slot is a lemma slot standing at the start, which the start
was found by, so `_go` begins at the second; the phrase is that one lemma slot and has matched."""

_Plan = tuple[_Entry, int, tuple[str, ...], frozenset[str], tuple[frozenset[str], ...]]
"""How a phrase finds its starts in a text: its entry, its leading wildcards, the forms of its first concrete word,
then what else a text it matches must hold somewhere: the words of one form (quoted, or their own lemma) as one set,
all of which must occur, and each other word's forms, one of which must."""

_Candidates = tuple[dict[int, list[_Entry]], list[int]]
_NO_CANDIDATES: _Candidates = ({}, [])


def _starts_before(analysis: Analysis, positions: list[int], lead: int) -> Iterator[int]:
    """Where a phrase opening with `lead` wildcards starts, for each position of its first concrete word: `lead`
    tokens back, within the paragraph (positions too near its start give none)."""
    spaces, breaks = analysis.token_spaces, analysis.token_breaks
    for pos in positions:
        begin = pos
        for _ in range(lead):  # walk back over the leading wildcards, within the paragraph
            begin -= 1
            while begin >= 0 and spaces[begin] and not breaks[begin]:
                begin -= 1
            if begin < 0 or spaces[begin]:
                break
        else:
            yield begin


def _trigger(slots: tuple[_Slot, ...], frequency: dict[str, int]) -> int:
    """The concrete slot a phrase is looked up by in a text: the one least likely to occur in it.

    perf: a text is asked first which phrases could match at all, through one word of each; asked through the
    phrase's first word, it touched four phrases for every one whose words all occurred ("не", "you", "we" open
    dozens of phrases of a list). A long word is rare in text, and among equals a form few of the list's phrases
    share; on realistic mail this touches under half as many phrases. Which slot is chosen changes the cost only:
    the phrase still needs all its words present, and its starts still come from its first concrete word.
    """
    concrete = [k for k, slot in enumerate(slots) if slot.kind in ("lemma", "exact")]
    return min(
        concrete,
        key=lambda k: (-min(len(form) for form in slots[k].forms), sum(frequency[form] for form in slots[k].forms)),
    )


class Lexicon:
    """One language's phrase list, indexed by one word of each phrase (see `_trigger`).

    A phrase's candidate starts in a text are the positions of its first concrete word; one that opens with `*`
    wildcards starts that many tokens earlier, so no phrase forces a try at every token of the text.
    """

    def __init__(self, name: str, phrases: Iterable[str], pipeline: Pipeline) -> None:
        self.name = name
        self.phrases: tuple[str, ...] = tuple(dict.fromkeys(p for p in phrases if p))
        compiled: list[tuple[str, int, tuple[_Slot, ...]]] = []  # (phrase, leading wildcards, slots), as listed
        for phrase in self.phrases:
            slots = _compile(phrase, pipeline)
            while slots and slots[0].kind == "gap":
                slots = slots[1:]  # a leading gap matches nothing
            lead = 0
            while lead < len(slots) and slots[lead].kind == "any":
                lead += 1
            if lead < len(slots):  # only wildcards would match every token: not a phrase
                compiled.append((phrase, lead, slots))
        frequency: dict[str, int] = defaultdict(int)  # how many phrases of the list name each form
        for _, _, slots in compiled:
            for forms in {slot.forms for slot in slots if slot.kind in ("lemma", "exact")}:
                for form in forms:
                    frequency[form] += 1
        # perf: what `_candidates_in` reads per phrase, built once; a plan's number is its listing order
        self._plans: list[_Plan] = []
        triggers: dict[str, list[int]] = defaultdict(list)
        for number, (phrase, lead, slots) in enumerate(compiled):
            first = slots[lead]
            skip = _SKIP_NONE
            if lead == 0 and first.kind == "lemma":
                skip = _SKIP_ALL if len(slots) == 1 else _SKIP_FIRST
            trigger = _trigger(slots, frequency)
            needs = [slot.forms for k, slot in enumerate(slots) if k != trigger and slot.kind in ("lemma", "exact")]
            single = frozenset(form for forms in needs if len(forms) == 1 for form in forms)
            several = tuple(dict.fromkeys(forms for forms in needs if len(forms) > 1))
            self._plans.append(((phrase, slots, skip), lead, tuple(sorted(first.forms)), single, several))
            for form in slots[trigger].forms:
                triggers[form].append(number)
        self._triggers: dict[str, tuple[int, ...]] = {form: tuple(numbers) for form, numbers in triggers.items()}
        self._registry = _registry(pipeline.lang)
        self._number = self._registry.add(self)

    @classmethod
    def load(cls, path: Path, pipeline: Pipeline) -> Lexicon:
        return cls(path.name, read_entries(path), pipeline)

    def __len__(self) -> int:
        return len(self.phrases)

    def find(self, analysis: Analysis, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Yield non-overlapping matches, leftmost-longest, lying within the character range [start, end).

        perf: a whole-text query is computed once per analysis and lexicon (rules ask it repeatedly); a range
        query tries only the positions inside the range. A plain function returning an iterator, not a
        generator: rules ask ~160 times a reply, most of them for the whole text, already computed.
        """
        size = len(analysis.text)
        stop = size if end is None else end
        if start <= 0 and stop >= size:
            known: _State | None = analysis.lexicon_states.get(self)  # perf: `_whole` inlined, for the commonest
            if known is not None and known.whole is not None:  # question: the whole text's matches, again
                return iter(known.whole)
            return iter(self._whole(analysis))
        if stop >= size:
            return self._suffix(analysis, start)
        return self._scan(analysis, start, stop)

    def _state(self, analysis: Analysis) -> _State:
        """This lexicon's state for `analysis`, worked out on first use and kept in `Analysis.lexicon_states`."""
        states = analysis.lexicon_states
        state: _State | None = states.get(self)
        if state is None:
            candidates = self._candidates_in(analysis)
            state = states[self] = _NOTHING if candidates is _NO_CANDIDATES else _State(candidates)
        return state

    def _whole(self, analysis: Analysis) -> _Whole:
        state = self._state(analysis)
        whole = state.whole
        if whole is None:
            whole = state.whole = _Whole(self._scan(analysis, 0, len(analysis.text), state))
        return whole

    def _suffix(self, analysis: Analysis, start: int) -> Iterator[Match]:
        """The matches from `start` to the end of the text, derived from the whole-text scan.

        perf: rules ask "what comes after this point?" once per finding, and scanning the rest of the text each
        time was quadratic (honest-unknown on 100,000 characters of "I don't know, call us " took 520 s).
        Whether a phrase matches at a token depends only on the token and the end of the range, so a candidate
        the whole-text scan tried and rejected is rejected here too, and one where it matched matches the same
        way, after which both scans go on identically. The only candidates to try are those the whole-text scan
        skipped because a match of its own covered them, i.e. inside the whole-text match that straddles the
        current position.
        """
        whole = self._whole(analysis)
        firsts = whole.firsts()
        starts = analysis.token_starts
        stop = len(analysis.text)
        candidates, order = self._candidates(analysis)
        resume = bisect.bisect_left(starts, start)
        while True:
            k = bisect.bisect_right(firsts, resume) - 1
            if k < 0 or not firsts[k] < resume <= whole[k].last_token:
                yield from whole[bisect.bisect_left(firsts, resume) :]
                return
            covered = whole[k].last_token
            for n in range(bisect.bisect_left(order, resume), len(order)):
                i = order[n]
                if i > covered:
                    break
                if i < resume:
                    continue
                best = self._best_at(analysis, candidates[i], i, stop)
                if best is not None:
                    last, phrase = best
                    yield Match(starts[i], analysis.token_ends[last], phrase, i, last)
                    resume = last + 1
            resume = max(resume, covered + 1)

    def _candidates(self, analysis: Analysis) -> _Candidates:
        """Start token -> phrases that may match there, from the text's form index, and the start tokens in order
        (both cached per analysis)."""
        return self._state(analysis).candidates

    def _candidates_in(self, analysis: Analysis) -> _Candidates:
        states, registry = analysis.lexicon_states, self._registry
        hits: _Hits | None = states.get(registry)  # the text's pass over the registry, kept beside the states
        if hits is None:
            hits = states[registry] = _hits_of(analysis, registry)
        if self._number < hits.known:
            mine = hits.get(self._number)
            if mine is None:
                return _NO_CANDIDATES  # perf: a third of the lexicons asked about a text share no word with it
        else:  # built after the text's pass was made (it looks for itself, once)
            triggers = self._triggers
            mine = [triggers[form] for form in frozenset(triggers) & analysis.form_set]
            if not mine:
                return _NO_CANDIDATES
        viable = self._viable(mine, analysis.form_set)
        if not viable:
            return _NO_CANDIDATES  # perf: most of the rest have no phrase whose words all occur
        # In listing order, which is how `_best_at` breaks ties (the set iterations behind `mine` follow string
        # hashes, which differ between processes): each start's list is then built in that order.
        viable.sort()
        plans, index = self._plans, analysis.form_index
        out: dict[int, list[_Entry]] = {}
        for number in viable:
            entry, lead, first_forms, _, _ = plans[number]
            positions: list[int] = []  # the first word is the trigger or one of the words checked: never left empty
            for form in first_forms:
                found = index.get(form)
                if found is not None:
                    # two forms of one word ("знаю", "знать") may stand on the same tokens: each start once
                    positions = sorted({*positions, *found}) if positions else found
            for begin in _starts_before(analysis, positions, lead) if lead else positions:
                listed = out.get(begin)
                if listed is None:
                    out[begin] = [entry]
                else:
                    listed.append(entry)
        return out, sorted(out)

    def _viable(self, mine: list[tuple[int, ...]], here: frozenset[str]) -> list[int]:
        """The phrases, among those whose trigger words occur (`mine`, per form), whose other words all occur too.

        perf: a phrase one of whose words occurs nowhere in the text cannot match; most phrases are ruled out here,
        once per text, instead of by a walk at every occurrence of their first word.
        """
        plans = self._plans
        viable: list[int] = []
        tried: set[int] = set()  # a phrase is listed under each form of its trigger word, and a text may hold two
        once = len(mine) == 1
        for numbers in mine:
            for number in numbers:
                if not once:
                    if number in tried:
                        continue
                    tried.add(number)
                _, _, _, single, several = plans[number]
                if single <= here:
                    for need in several:
                        if here.isdisjoint(need):
                            break
                    else:
                        viable.append(number)
        return viable

    def _scan(self, analysis: Analysis, start: int, stop: int, state: _State | None = None) -> Iterator[Match]:
        """The one scan, for a range and (from `_whole`) for the whole text.

        perf: the first candidate at or after `start` is found by bisection, so a range query costs its range,
        not the whole text: rules query once per sentence, and a scan from the top each time was quadratic
        (100,000 characters of "wrote:\n" took 20 s in familiar-tone's reported-speech check)."""
        candidates, order = (state or self._state(analysis)).candidates
        if not order:
            return  # perf: most lexicons asked about a text have no candidate in it
        starts, ends = analysis.token_starts, analysis.token_ends
        best_at = self._best_at
        resume = 0
        first = bisect.bisect_left(order, bisect.bisect_left(starts, start)) if start > 0 else 0
        for k in range(first, len(order)):
            i = order[k]
            if i < resume:
                continue
            if starts[i] >= stop:
                break
            phrases = candidates[i]
            if len(phrases) == 1 and phrases[0][2] == _SKIP_ALL:  # perf: `_best_at`'s commonest case, inlined
                yield Match(starts[i], ends[i], phrases[0][0], i, i)
                resume = i + 1
                continue
            best = best_at(analysis, phrases, i, stop)
            if best is not None:
                last, phrase = best
                yield Match(starts[i], ends[last], phrase, i, last)
                resume = last + 1

    @staticmethod
    def _best_at(analysis: Analysis, phrases: list[_Entry], i: int, stop: int) -> tuple[int, str] | None:
        """The longest phrase matching from token i (the first listed among equals), as (last token, phrase).

        Callers pass only a start that lies before `stop` (`_go` would otherwise refuse even a phrase's first
        word), which is what lets a lemma slot standing at the start count as matched.
        """
        if len(phrases) == 1 and phrases[0][2] == _SKIP_ALL:
            return i, phrases[0][0]  # perf: a start of one one-word phrase, the commonest, needs no walk
        best: tuple[int, str] | None = None
        lowers, starts, spaces = analysis.token_lowers, analysis.token_starts, analysis.token_spaces
        breaks, lemma_sets = analysis.token_breaks, analysis.lemma_sets
        for phrase, slots, skip in phrases:
            if skip == _SKIP_ALL:
                last: int | None = i
            else:
                last = _go(lowers, starts, spaces, breaks, lemma_sets, slots, stop, i + skip, skip, i)
            if last is not None and (best is None or last > best[0]):
                best = (last, phrase)
        return best

    def search(self, analysis: Analysis, start: int = 0, end: int | None = None) -> Match | None:
        """The first match of `find`, or None."""
        if start <= 0 and (end is None or end >= len(analysis.text)):
            whole = self._whole(analysis)
            return whole[0] if whole else None
        return next(self.find(analysis, start, end), None)

    def at(self, analysis: Analysis, start: int, end: int | None = None) -> Match | None:
        """The first match of `find(analysis, start, end)` if it begins exactly at `start`, else None.

        perf: the mail structure asks this ~15 times a lint (is this line a greeting, a closing?). Whether a phrase
        matches at a token depends only on the token and the end of the range, and a match beginning at `start`
        must begin at the token starting there, the first one `find` would try: one look-up and one attempt, not
        a range scan (or, up to the end of the text, the whole-text scan `find` derives a suffix from).
        """
        starts = analysis.token_starts
        i = bisect.bisect_left(starts, start)
        stop = len(analysis.text) if end is None else end
        if i == len(starts) or starts[i] != start or start >= stop:
            return None
        phrases = self._state(analysis).candidates[0].get(i)
        if phrases is None:
            return None
        best = self._best_at(analysis, phrases, i, stop)
        if best is None:
            return None
        last, phrase = best
        return Match(start, analysis.token_ends[last], phrase, i, last)


def _compile(phrase: str, pipeline: Pipeline) -> tuple[_Slot, ...]:
    slots: list[_Slot] = []
    for part in phrase.split():
        if part == "*":
            slots.append(_Slot("any"))
        elif part == "...":
            slots.append(_Slot("gap"))
        elif len(part) > 2 and part.startswith('"') and part.endswith('"'):
            for word in _words(part[1:-1], pipeline):
                slots.append(_Slot("exact", frozenset({word.lower()})))
        else:
            variants = _sound_variants(pipeline.lang)
            for word in _words(part, pipeline):
                lower = word.lower()
                slots.append(_Slot("lemma", pipeline.lemmatizer.lemmas(word) | variants.get(lower, {lower})))
    while slots and slots[-1].kind == "gap":
        slots.pop()
    return tuple(slots)


@lru_cache(maxsize=16)
def _sound_variants(lang: Lang) -> dict[str, frozenset[str]]:
    """Each form of a short word its language varies by sound (`LanguagePack.sound_variants`) -> all its forms."""
    from replylint.languages import pack

    return {form: group for group in pack(lang).sound_variants for form in group}


def _words(part: str, pipeline: Pipeline) -> list[str]:
    """The token texts spaCy splits `part` into.

    perf: letters alone are one token unless listed as a special case ("cannot", "dont"): every prefix, suffix
    and infix rule needs a non-letter. Asking the tokenizer for each of the thousands of lexicon words made half
    the cost of loading the lexicons in a pre-send hook run.
    """
    if part.isalpha() and part not in pipeline.special_cases:
        return [part]
    return [tok.text for tok in pipeline.nlp.make_doc(part)]


def _go(  # noqa: PLR0917 - a hot loop; a context object would cost an attribute lookup per token
    lowers: list[str],
    starts: list[int],
    spaces: list[bool],
    breaks: list[bool],
    lemma_sets: tuple[frozenset[str], ...],
    slots: tuple[_Slot, ...],
    stop: int,
    pos: int,
    k: int,
    last: int,
) -> int | None:
    """perf: a plain loop over the slots (no closures per call); recursion only to try the lengths of `...`."""
    n = len(lowers)
    while True:
        while pos < n and spaces[pos] and not breaks[pos]:
            pos += 1
        if k == len(slots):
            return last
        if pos >= n or spaces[pos] or starts[pos] >= stop:
            return None
        slot = slots[k]
        kind = slot.kind
        if kind == "gap":
            for _ in range(GAP_TOKENS + 1):
                found = _go(lowers, starts, spaces, breaks, lemma_sets, slots, stop, pos, k + 1, last)
                if found is not None:
                    return found
                if lowers[pos] in _GAP_STOPS:
                    return None  # "order now. Order before Sunday": a gap never bridges two sentences
                pos += 1
                while pos < n and spaces[pos] and not breaks[pos]:
                    pos += 1
                if pos >= n or spaces[pos] or starts[pos] >= stop:
                    return None
            return None
        if kind == "exact":
            if lowers[pos] not in slot.forms:
                return None
        elif kind == "lemma" and lowers[pos] not in slot.forms and slot.forms.isdisjoint(lemma_sets[pos]):
            return None
        last, pos, k = pos, pos + 1, k + 1


class _State:
    """What one lexicon has worked out about one text: its candidate starts, and its whole-text matches once a
    rule asks for them. perf: one entry of `Analysis.lexicon_states` serves both."""

    __slots__ = ("candidates", "whole")

    def __init__(self, candidates: _Candidates, whole: _Whole | None = None) -> None:
        self.candidates = candidates
        self.whole = whole


_NOTHING = _State(_NO_CANDIDATES, _Whole(()))
"""The state of every lexicon with no candidate in a text (most of them): shared, as nothing in it changes."""


class _Registry:
    """The trigger words (`_trigger`) of every live lexicon of one language in one table: form -> ((lexicon
    number, the numbers of the phrases that form triggers), ...).

    perf: ~45 lexicons are asked about each text. Intersecting each one's words with the text's took a set
    operation and a Python call per lexicon, most of them to find nothing; one pass of the text's forms over this
    table (`_hits_of`) tells every lexicon at once which of its phrases' trigger words occur. A lexicon leaves the
    table when it is collected, so lexicons built and dropped (tests, plugins) do not make every pass slower.
    """

    __slots__ = ("_forms", "_lock", "_pending", "issued", "table")

    def __init__(self) -> None:
        self.table: dict[str, tuple[tuple[int, tuple[int, ...]], ...]] = {}
        self.issued = 0
        """Lexicon numbers handed out; every lexicon numbered below it is wholly in the table."""
        self._forms: frozenset[str] | None = frozenset()
        self._lock = threading.Lock()
        self._pending: collections.deque[tuple[int, tuple[str, ...]]] = collections.deque()
        """Removals of collected lexicons, applied under the lock by the next `add` or `forms`."""

    def add(self, lexicon: Lexicon) -> int:
        with self._lock:
            self._apply_pending()
            number = self.issued
            table = self.table
            for form, numbers in lexicon._triggers.items():
                table[form] = (*table.get(form, ()), (number, numbers))  # a new tuple: a pass may be reading
            self._forms = None
            self.issued = number + 1  # last: a pass that sees this number sees all the lexicon's words
        weakref.finalize(lexicon, self._drop, number, tuple(lexicon._triggers))
        return number

    def _drop(self, number: int, forms: tuple[str, ...]) -> None:
        """A lexicon's finalizer. It can run on a thread that holds the lock (a collection set off by an allocation
        inside `add` or `forms`, freeing a lexicon caught in a reference cycle), so it must not take the (non-
        reentrant) lock: it queues the removal. Until applied, the dead lexicon's entries cost a little time and
        nothing else: lexicon numbers are never reused, so no live lexicon reads them."""
        self._pending.append((number, forms))
        self._forms = None

    def _apply_pending(self) -> None:
        """Apply queued removals; the caller holds the lock."""
        table = self.table
        while self._pending:
            number, forms = self._pending.popleft()
            for form in forms:
                kept = tuple(entry for entry in table.get(form, ()) if entry[0] != number)
                if kept:
                    table[form] = kept
                else:
                    table.pop(form, None)

    def forms(self) -> frozenset[str]:
        """The table's forms as a set (a set against a set intersects in one C call), rebuilt after a change."""
        forms = self._forms
        if forms is None:
            with self._lock:
                self._apply_pending()
                forms = self._forms = frozenset(self.table)
        return forms


_REGISTRIES: dict[Lang, _Registry] = {}


def _renew_locks_after_fork() -> None:
    """lint_many forks workers; a registry lock held by another thread at that moment would stay held in the child."""
    for registry in _REGISTRIES.values():
        registry._lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_renew_locks_after_fork)


def _registry(lang: Lang) -> _Registry:
    found = _REGISTRIES.get(lang)
    if found is None:
        found = _REGISTRIES.setdefault(lang, _Registry())
    return found


class _Hits(dict[int, list[tuple[int, ...]]]):
    """One text's pass over a registry: lexicon number -> the phrase numbers of each of its trigger forms the
    text holds (lexicons numbered from `known` on were not in the table yet and must look for themselves)."""

    __slots__ = ("known",)

    def __init__(self, known: int) -> None:
        super().__init__()
        self.known = known


def _hits_of(analysis: Analysis, registry: _Registry) -> _Hits:
    """perf: the one walk of a text's forms for all the lexicons of a language (see `_Registry`); kept in
    `Analysis.lexicon_states` under the registry."""
    hits = _Hits(registry.issued)  # read first: every lexicon numbered below it is in the table read next
    table = registry.table
    for form in registry.forms() & analysis.form_set:
        for number, numbers in table.get(form, ()):
            found = hits.get(number)
            if found is None:
                hits[number] = [numbers]
            else:
                found.append(numbers)
    return hits
