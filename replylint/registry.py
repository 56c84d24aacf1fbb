"""Finding rules: entry points in the `replylint.rules` group, built-in rules included, loaded lazily.

No module-level registry: `discover()` returns a value, so tests and API callers can build their own with
`Registry.from_classes`. Entry points are sorted by name so the run order, and hence the output, is the same on
every machine.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points

from replylint.errors import RuleLoadError
from replylint.rule import Rule

GROUP = "replylint.rules"


@dataclass
class RuleEntry:
    """A rule known by id; the class is imported only when first needed."""

    id: str
    entry_point: EntryPoint | None = None
    cls: type[Rule] | None = None
    distribution: str = ""
    error: RuleLoadError | None = None

    def load(self) -> type[Rule]:
        """Import the rule class, or raise RuleLoadError saying what is wrong with the plugin."""
        if self.cls is not None:
            return self.cls
        if self.error is not None:
            raise self.error
        assert self.entry_point is not None
        try:
            obj = self.entry_point.load()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            from replylint.engine import describe

            self.error = RuleLoadError(
                f"rule {self.id!r} from {self.distribution or 'unknown distribution'} failed to load: {describe(exc)}"
            )
            raise self.error from exc
        if not (isinstance(obj, type) and issubclass(obj, Rule)):
            self.error = RuleLoadError(f"entry point {self.id!r} does not name a replylint.Rule subclass")
            raise self.error
        if obj.id != self.id:
            self.error = RuleLoadError(
                f"entry point {self.id!r} loads a rule whose id is {obj.id!r}; they must be equal"
            )
            raise self.error
        self.cls = obj
        return obj


@dataclass
class Registry:
    """The rules available to a run, by id."""

    entries: dict[str, RuleEntry] = field(default_factory=dict)

    @classmethod
    def from_classes(cls, classes: Iterable[type[Rule]]) -> Registry:
        reg = cls()
        for rule_cls in classes:
            if rule_cls.id in reg.entries:
                raise RuleLoadError(f"rule id {rule_cls.id!r} is defined twice")
            reg.entries[rule_cls.id] = RuleEntry(rule_cls.id, cls=rule_cls, distribution="<api>")
        return reg

    @property
    def ids(self) -> list[str]:
        return sorted(self.entries)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.entries

    def __iter__(self) -> Iterator[RuleEntry]:
        return (self.entries[k] for k in self.ids)

    def get(self, rule_id: str) -> RuleEntry:
        return self.entries[rule_id]

    def classes(self) -> list[type[Rule]]:
        """Every rule class that loads; failures are skipped here (the engine reports them per run)."""
        out = []
        for entry in self:
            try:
                out.append(entry.load())
            except RuleLoadError:
                continue
        return out


def discover() -> Registry:
    """Every installed rule. Two distributions claiming one id is an error naming both."""
    reg = Registry()
    names: dict[int, str] = {}

    def dist_name(ep: EntryPoint) -> str:
        # perf: a distribution's name is parsed from its METADATA file on every access; its entry points share
        # one distribution object, so the name is read once per distribution, not twice per rule
        dist = getattr(ep, "dist", None)
        if dist is None:
            return ""
        if id(dist) not in names:
            names[id(dist)] = getattr(dist, "name", "") or ""
        return names[id(dist)]

    eps = sorted(entry_points(group=GROUP), key=lambda ep: (ep.name, dist_name(ep)))
    for ep in eps:
        dist = dist_name(ep)
        if ep.name in reg.entries:
            other = reg.entries[ep.name]
            if other.distribution == dist and other.entry_point is not None and other.entry_point.value == ep.value:
                continue  # the same distribution seen twice on sys.path (editable + site): harmless
            raise RuleLoadError(f"rule id {ep.name!r} is registered by both {other.distribution} and {dist}")
        reg.entries[ep.name] = RuleEntry(ep.name, entry_point=ep, distribution=dist)
    return reg


_installed: tuple[tuple[tuple[str, int | None], ...], Registry] | None = None
_installed_lock = threading.Lock()
_checked: tuple[list[str], float, Registry] | None = None
"""sys.path as it was when the folders' times were last read, when (time.monotonic()), and the registry then."""

RECHECK_SECONDS = 1.0
"""How long the folders' times read by `installed()` are trusted while sys.path stays the same."""


def _path_state() -> tuple[tuple[str, int | None], ...]:
    """sys.path with each folder's modification time: installing or removing a distribution (a new
    .dist-info folder or .pth file) changes the folder's time, adding a folder changes the path."""
    state = []
    for entry in sys.path:
        try:
            mtime: int | None = os.stat(entry or ".").st_mtime_ns
        except (OSError, ValueError):
            mtime = None
        state.append((entry, mtime))
    return tuple(state)


def installed() -> Registry:
    """`discover()`, shared within the process while sys.path and its folders stay as they are.

    perf: reading every distribution's entry points takes ~5 ms, more than linting a short reply; `replylint.lint`
    calls this instead of `discover()` on every call. Rule classes then load once per process, not once per call.
    A change of sys.path is seen at once; a distribution installed into a folder already on it is seen within
    `RECHECK_SECONDS`: reading every folder's time on every call (~20 µs) was a visible part of a short lint.
    """
    global _installed, _checked  # noqa: PLW0603 - one shared registry per process is the point
    checked = _checked  # one read: the path, the time and the registry belong together
    if checked is not None and checked[0] == sys.path and time.monotonic() - checked[1] < RECHECK_SECONDS:
        return checked[2]
    now = time.monotonic()
    path = list(sys.path)
    state = _path_state()
    with _installed_lock:
        if _installed is None or _installed[0] != state:
            _installed = (state, discover())
        # the times read are trusted only for the path they were read with (another thread may have changed it)
        _checked = (path, now, _installed[1]) if tuple(entry for entry, _ in state) == tuple(path) else None
        return _installed[1]
