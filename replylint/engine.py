"""Run the selected rules on one shared context, isolating each, and turn their hits into findings."""

from __future__ import annotations

import bisect
import json
import re
import signal
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from replylint import i18n
from replylint.errors import RuleLoadError
from replylint.model import Finding, JSONValue, Severity
from replylint.rule import Hit, Rule, RuleContext

INTERNAL_ERROR = "internal-error"
"""Id of the finding that stands in for a rule that failed to load, crashed or returned nonsense."""
INVALID_SUPPRESSION = "invalid-suppression"
ENGINE_IDS = (INTERNAL_ERROR, INVALID_SUPPRESSION)


@dataclass(frozen=True)
class Planned:
    """A rule ready to run (or the reason it cannot), with its effective severity."""

    rule_id: str
    rule: Rule | None
    severity: Severity
    error: RuleLoadError | None = None
    overridden: bool = False
    """The user set this rule's severity in the config: it then applies to every finding of the rule."""


_NEWLINE = re.compile("\n")


class LineIndex:
    """Offsets to 1-based line/column by bisecting over line starts: O(log n) per finding."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(m.end() for m in _NEWLINE.finditer(text))  # perf: C finds the breaks

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


class RuleTimeout(BaseException):
    """Raised inside a rule that ran past its budget. A BaseException so a rule's `except Exception` cannot eat it."""


_MAX_TIMER = 1e7
"""Longer (or NaN) budgets would overflow setitimer; they run without a timer and are checked afterwards."""


class _Alarm:
    """Interrupts a rule that runs past its budget with RuleTimeout, where the platform allows it.

    SIGALRM is the one way to stop a runaway pure-Python loop without killing the process, and it works only in
    the main thread on POSIX. Elsewhere the rule runs to completion and the caller reports the overrun after the
    fact. A C-level call that never returns (a catastrophic regular expression) cannot be interrupted either way;
    built-in rules avoid such patterns and the benchmark's adversarial inputs check it. perf: the handler is
    installed once per lint and only the timer is set per rule (swapping handlers per rule was 4% of a lint).
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.usable = (
            seconds is not None and 0 < seconds <= _MAX_TIMER and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
        )
        self._previous: object = None

    def __enter__(self) -> _Alarm:
        if self.usable:
            self._previous = signal.signal(signal.SIGALRM, _expire)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)  # type: ignore[arg-type]

    def check(self, rule: Rule, ctx: RuleContext) -> list[Hit]:
        """The rule's hits, listed under the timer (a generator's work happens while it is consumed)."""
        if not self.usable:
            return list(rule.check(ctx))
        signal.setitimer(signal.ITIMER_REAL, self.seconds)  # type: ignore[arg-type]
        try:
            return list(rule.check(ctx))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _expire(signum: int, frame: object) -> None:
    raise RuleTimeout


def run(plan: Iterable[Planned], ctx: RuleContext, index: LineIndex | None = None,
        budget: float | None = None) -> list[Finding]:
    """Run each rule once on the shared context; a failure of any kind becomes an internal-error finding."""
    index = index or LineIndex(ctx.text)
    findings: list[Finding] = []
    with _Alarm(budget) as alarm:
        for item in plan:
            if item.rule is None:
                findings.append(_internal(item.rule_id, f"rule {item.rule_id} could not run: {item.error}", index))
                continue
            if ctx.language not in item.rule.languages:
                continue
            started = time.perf_counter()
            try:
                hits = alarm.check(item.rule, ctx)
            except RuleTimeout:
                findings.append(_internal(item.rule_id, f"rule {item.rule_id} was stopped after its time budget "
                                          f"of {budget:g} s", index, kind="timeout"))
                continue
            except Exception as exc:  # noqa: BLE001 - one broken rule must not take the others down
                findings.append(_internal(item.rule_id, f"rule {item.rule_id} crashed: {type(exc).__name__}: "
                                          f"{exc}", index))
                continue
            elapsed = time.perf_counter() - started
            if budget is not None and elapsed > budget:
                findings.append(_internal(item.rule_id, f"rule {item.rule_id} took {elapsed:.1f} s, over its "
                                          f"time budget of {budget:g} s", index, kind="timeout"))
                continue
            for hit in hits:
                try:
                    findings.append(to_finding(item, hit, ctx, index))
                except (TypeError, ValueError, KeyError, IndexError) as exc:
                    findings.append(_internal(item.rule_id, f"rule {item.rule_id} returned a malformed finding: "
                                              f"{exc}", index))
    return findings


def to_finding(item: Planned, hit: Hit, ctx: RuleContext, index: LineIndex) -> Finding:
    """Validate a hit and add what the engine knows: id, severity, message, line and column."""
    rule = item.rule
    assert rule is not None
    if not isinstance(hit, Hit):
        raise TypeError(f"expected a Hit, got {type(hit).__name__}")
    if hit.kind not in rule.messages:
        raise KeyError(f"unknown kind {hit.kind!r}")
    if not (isinstance(hit.start, int) and isinstance(hit.end, int) and 0 <= hit.start <= hit.end <= len(ctx.text)):
        raise IndexError(f"span {hit.start!r}..{hit.end!r} is outside the text (length {len(ctx.text)})")
    if hit.severity is not None and not isinstance(hit.severity, Severity):
        raise TypeError(f"severity must be a replylint.Severity or None, got {hit.severity!r}")
    if hit.suggestion is not None and not isinstance(hit.suggestion, str):
        raise TypeError(f"suggestion must be a string or None, got {type(hit.suggestion).__name__}")
    params = dict(hit.params)
    if "kind" in params:
        raise ValueError("params may not be named 'kind': the engine stores the hit's kind there")
    json.dumps(params)  # raises TypeError for values that cannot leave the library
    # Translated before the params are filled: a translation may place them differently.
    lang = i18n.resolve(ctx.facts.message_language, ctx.language)
    message = i18n.rule_message(lang, item.rule_id, rule.messages[hit.kind], params)
    severity = item.severity
    if hit.severity is not None and not item.overridden:
        severity = hit.severity  # a per-hit level applies unless the user set the rule's level
    line, column = index.position(hit.start)
    data: dict[str, JSONValue] = {"kind": hit.kind, **params}
    return Finding(item.rule_id, severity, message, hit.start, hit.end, line, column, hit.suggestion, data)


def _internal(rule_id: str, message: str, index: LineIndex, kind: str = "rule-failure") -> Finding:
    return Finding(INTERNAL_ERROR, Severity.ERROR, message, 0, 0, 1, 1, None, {"kind": kind, "failed_rule": rule_id})


def sort_key(f: Finding) -> tuple[int, int, str, str]:
    return (f.start, f.end, f.rule, f.message)


def plan_rules(rule_ids: Iterable[str], registry: object, config: object,
               overrides: Mapping[str, Mapping[str, object]] | None = None) -> list[Planned]:
    """Instantiate each selected rule with its options; a rule that cannot load is planned as a failure."""
    from replylint.config import Config
    from replylint.registry import Registry

    assert isinstance(registry, Registry) and isinstance(config, Config)
    planned = []
    for rid in rule_ids:
        entry = registry.get(rid)
        try:
            cls = entry.load()
        except RuleLoadError as exc:
            planned.append(Planned(rid, None, Severity.ERROR, exc))
            continue
        severity = config.severity.get(rid, cls.severity)
        options = config.rule_options(rid, cls.Options, (overrides or {}).get(rid))
        try:
            rule = cls(options)
        except Exception as exc:  # noqa: BLE001
            planned.append(Planned(rid, None, Severity.ERROR, RuleLoadError(f"{type(exc).__name__}: {exc}")))
            continue
        planned.append(Planned(rid, rule, severity, overridden=rid in config.severity))
    return planned
