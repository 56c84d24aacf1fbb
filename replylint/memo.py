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
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")
MISSING: Any = object()
"""No value yet (a computed value may be None)."""


class Memo:
    """Values computed from one owner, by (function, arguments)."""

    __slots__ = ("values",)

    def __init__(self) -> None:
        self.values: dict[tuple[Hashable, ...], Any] = {}
        """By `(compute, *args)`: an owner's `memo` method may read and fill it directly, as `get` does."""

    def get(self, owner: Any, compute: Callable[..., T], args: tuple[Hashable, ...]) -> T:
        """`compute(owner, *args)`, computed the first time and remembered. The owner is passed in, not stored,
        so the memo holds no reference back to it."""
        key = (compute, *args)
        values = self.values
        found = values.get(key, MISSING)  # perf: one lookup on a hit (rules ask ~80,000 times in 400 lints)
        if found is not MISSING:
            return found  # type: ignore[no-any-return]
        value = values[key] = compute(owner, *args)
        return value

    def __len__(self) -> int:
        return len(self.values)


class cached_property(Generic[T]):
    """`functools.cached_property` without its lock: computed on first access and stored in the instance.

    perf: on Python 3.11 the functools version takes a lock shared by every instance on each first access (~50 a
    lint, each a few times the cost of the lookup it guards). The lock only stops two threads from computing the
    same value twice, which is harmless here: every value is a pure function of its owner, and Python 3.12
    dropped the lock for the same reason. As with functools', the value lands in the instance `__dict__`, which
    later reads find before this (non-data) descriptor, so they cost one attribute lookup.
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object, owner: type | None = None) -> T | cached_property[T]:
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("cannot use cached_property without calling __set_name__ on it")
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value
