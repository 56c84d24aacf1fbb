"""The one way replylint keeps a fact derived from one reply: computed on first use, then shared.

A reply's context (`RuleContext.memo`) and an analysis of one text (`Analysis.memo`) each hold a `Memo`. A fact is
keyed by the function that computes it and that function's extra arguments, never by a string or an `id()`: two
helpers cannot collide on a name, a recycled id cannot return another object's value, and the value lives exactly
as long as its owner (one lint of one reply), so nothing keyed by a reply's text outlives it in a module cache.

Pass a module-level function or a method, not a lambda: a new lambda is a new key, and the fact would be computed
again each time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING: Any = object()
"""No value yet (a computed value may be None)."""


class Memo:
    """Values computed from one owner, by (function, arguments)."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict[tuple[Hashable, ...], Any] = {}

    def get(self, owner: Any, compute: Callable[..., T], args: tuple[Hashable, ...]) -> T:
        """`compute(owner, *args)`, computed the first time and remembered. The owner is passed in, not stored,
        so the memo holds no reference back to it."""
        key = (compute, *args)
        values = self._values
        found = values.get(key, _MISSING)  # perf: one lookup on a hit (rules ask ~80,000 times in 400 lints)
        if found is not _MISSING:
            return found  # type: ignore[no-any-return]
        value = values[key] = compute(owner, *args)
        return value

    def __len__(self) -> int:
        return len(self._values)
