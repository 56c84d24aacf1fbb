"""A regular expression told which characters its matches can start with, so a scan skips the other positions.

perf: Python's `re` finds no literal prefix in a case-insensitive pattern that opens with a lookbehind, so
`finditer` tries every alternative of a time expression ("один|одна|два|...") at every word start of the text;
the time recognisers were about a fifth of a realistic lint. A lookahead `(?=[...])` listing the possible first
characters fails at most positions after one class test. The class is derived from the parsed pattern and is
never narrower than what the pattern can match, so the matches are exactly the same; whenever the derivation
meets a construct it does not handle (a negated class, `.`, a back-reference, a pattern that can match the empty
string, inline flags) it gives up and the pattern is used as it is.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser is private to `re`; without it (another Python) the patterns are simply used unchanged
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython 3.11+ has it
    _parser = None

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _GiveUp(Exception):
    """The pattern holds something whose first characters are not worked out here."""


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(re.escape(chr(av)))
        elif name == "RANGE":
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:  # NEGATE and anything else
            raise _GiveUp
    return out


def _first(seq: Any, into: list[str]) -> bool:
    """Add to `into` the characters a match of `seq` may start with; whether `seq` can match the empty string."""
    for op, av in seq:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes from what follows
        if name == "LITERAL":
            into.append(re.escape(chr(av)))
            return False
        if name == "IN":
            into.extend(_class_items(av))
            return False
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _GiveUp
            if not _first(sub, into):
                return False
        elif name == "BRANCH":
            nullable = False
            for alternative in av[1]:
                nullable = _first(alternative, into) or nullable
            if not nullable:
                return False
        elif name in _REPEATS:
            low, _high, sub = av
            if not _first(sub, into) and low > 0:
                return False
        else:  # ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP, ...
            raise _GiveUp
    return True


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead for its possible first characters in front: the same matches, found faster."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return pattern
    source = first_chars_source(pattern.pattern, pattern.flags)
    if source == pattern.pattern:
        return pattern
    try:
        return re.compile(source, pattern.flags)
    except (re.error, RecursionError, ValueError):
        return pattern


def first_chars_source(source: str, flags: int = 0) -> str:
    """The text of `with_first_chars` for a pattern not compiled yet (`source` itself when nothing is gained).

    perf: a large pattern built only to be wrapped (spaCy's suffix rules, ~10 ms to compile) is compiled once,
    wrapped, instead of twice: the cold start of a pre-send hook pays for every compilation."""
    if _parser is None:
        return source
    try:
        into: list[str] = []
        if _first(_parser.parse(source, flags), into) or not into:
            return source
    except (_GiveUp, re.error, RecursionError, ValueError):
        return source
    chars = "".join(dict.fromkeys(into))
    close = "\n)" if flags & re.VERBOSE else ")"  # a verbose pattern may end in a comment
    return f"(?=[{chars}])(?:{source}{close}"


_Prefix = tuple[tuple[str, ...], bool]
"""The first characters of a match, up to the length asked for (each as a regex atom: a literal or a class), and
whether the match ends there (so the next element of a sequence supplies the rest)."""

_MAX_PREFIXES = 4000
"""More distinct starts than this and `prefix_lookahead` gives up (the lookahead would cost more than it saves)."""


def _class_atom(items: list[tuple[Any, Any]]) -> str:
    return "[" + "".join(_class_items(items)) + "]"


def _seq_starts(seq: Any, k: int) -> set[_Prefix]:
    """The starts, up to `k` characters, of what `seq` matches (see `_Prefix`)."""
    out: set[_Prefix] = {((), True)}
    for item in seq:
        grown: set[_Prefix] = set()
        for chars, ended in out:
            if not ended or len(chars) >= k:
                grown.add((chars, False))
                continue
            for more, more_ended in _item_starts(item, k - len(chars)):
                grown.add((chars + more, more_ended))
        out = grown
        if len(out) > _MAX_PREFIXES:
            raise _GiveUp
    return out


def _item_starts(item: tuple[Any, Any], k: int) -> set[_Prefix]:
    op, av = item
    name = str(op)
    if name in _ZERO_WIDTH:
        return {((), True)}  # consumes nothing (a wider set of starts than the assertion allows: still a superset)
    if name == "LITERAL":
        return {((re.escape(chr(av)),), True)}
    if name == "IN":
        return {((_class_atom(av),), True)}
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _GiveUp
        return _seq_starts(sub, k)
    if name == "BRANCH":
        return {prefix for alternative in av[1] for prefix in _seq_starts(alternative, k)}
    if name in _REPEATS:
        return _repeat_starts(av, k)
    raise _GiveUp  # ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP, ...


def _repeat_starts(av: Any, k: int) -> set[_Prefix]:
    """A repeat's starts: as many copies of its body as fit in `k` characters, at least `low` of them to end."""
    low, high, sub = av
    body = _seq_starts(sub, k)
    out: set[_Prefix] = set()
    states: set[tuple[tuple[str, ...], int]] = {((), 0)}
    for _ in range(k + 1):
        following: set[tuple[tuple[str, ...], int]] = set()
        for chars, count in states:
            if count >= low:
                out.add((chars, True))
            if count >= high:
                continue
            for more, ended in body:
                whole = chars + more[: k - len(chars)]
                if ended and len(whole) < k:
                    following.add((whole, count + 1))
                else:
                    out.add((whole, False))
        states = following
    out.update((chars, False) for chars, _count in states)  # more copies than were followed: anything after
    return out


def prefix_lookahead(pattern: re.Pattern[str], length: int = 4) -> str | None:
    """A lookahead, `(?=...)`, for the first `length` characters a match of `pattern` can start with (a trie of
    literals and classes), or None when they are not worked out (the constructs `with_first_chars` gives up on,
    too many different starts, or a pattern that can match the empty string).

    perf: a gate that opens at every word start whose first letter could begin a match still opens at most word
    starts of a Russian text (в, п, н, с, д, т, м, к, ...), and trying every time expression there was most of the
    cost of finding times; the first four letters rule out five in six of them. Like `with_first_chars`, never
    narrower than the pattern: assertions are skipped, and a match shorter than `length` leaves the rest free.
    """
    if _parser is None or not isinstance(pattern.pattern, str) or length < 1:
        return None
    try:
        prefixes = _seq_starts(_parser.parse(pattern.pattern, pattern.flags), length)
        starts = sorted({chars for chars, _ended in prefixes})
        if not starts or not starts[0]:
            return None  # can match the empty string, or start anywhere
        lookahead = f"(?={_trie(starts)})"
        re.compile(lookahead, pattern.flags)
    except (_GiveUp, re.error, RecursionError, ValueError):
        return None
    return lookahead


def _trie(starts: list[tuple[str, ...]]) -> str:
    """`starts` (sorted, none empty) as one alternation, grouped by their first atom: a failing position is
    rejected after one test per distinct first character, not one per start."""
    free: list[str] = []
    after: dict[str, list[tuple[str, ...]]] = {}
    for chars in starts:
        if len(chars) == 1:
            free.append(chars[0])
        else:
            after.setdefault(chars[0], []).append(chars[1:])
    alternatives = list(dict.fromkeys(free))
    alternatives += [first + _trie(rest) for first, rest in after.items() if first not in free]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
