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
    try:
        into: list[str] = []
        if _first(_parser.parse(pattern.pattern, pattern.flags), into) or not into:
            return pattern
        chars = "".join(dict.fromkeys(into))
        close = "\n)" if pattern.flags & re.VERBOSE else ")"  # a verbose pattern may end in a comment
        return re.compile(f"(?=[{chars}])(?:{pattern.pattern}{close}", pattern.flags)
    except (_GiveUp, re.error, RecursionError, ValueError):
        return pattern
