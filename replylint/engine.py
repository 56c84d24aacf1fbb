"""Run the selected rules on one shared context, isolating each, and turn their hits into findings."""

from __future__ import annotations

import bisect
import itertools
import json
import math
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from replylint import i18n
from replylint.errors import RuleLoadError
from replylint.model import LOCATION_KINDS, TEXT, WHOLE_REPLY, Finding, JSONValue, Location, Severity
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


def _async_raiser() -> Callable[[int, type[BaseException] | None], int] | None:
    """CPython's way to raise an exception in another thread, or None where it does not exist (PyPy)."""
    try:
        import ctypes

        function = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return None
    function.argtypes = [ctypes.c_ulong, ctypes.py_object]
    function.restype = ctypes.c_int

    def raise_in(thread_id: int, exc: type[BaseException] | None) -> int:
        # An empty py_object is a NULL pointer: it withdraws an exception that was set but not yet raised.
        return int(function(thread_id, ctypes.py_object(exc) if exc is not None else ctypes.py_object()))

    return raise_in


class _Watchdog:
    """Stops a rule that runs past its budget by raising RuleTimeout in the thread running it, in any thread.

    Why not SIGALRM and setitimer, as before: they work only in the main thread, and they take over the caller's
    process-wide timer and handler, which a library must not touch (a web server's own alarm would be cancelled).
    Instead one daemon thread per process waits for the earliest deadline and raises RuleTimeout asynchronously in
    the rule's thread (CPython's PyThreadState_SetAsyncExc). The exception is raised at the rule's next Python
    instruction, so a pure-Python loop is stopped wherever it runs; a call that stays in C (time.sleep, a
    catastrophic regular expression) is stopped only when it returns, and the overrun is then reported after the
    fact. Callers that need a hard bound (the mail gate, `lint_many`) run rules in a child process they can kill.

    Each deadline fires at most once: whichever of the watchdog (firing) and `disarm` (the rule returned) removes
    its entry from the dict first wins, a removal being one atomic dict operation. The watchdog fires while holding
    its lock, so a `disarm` that finds its entry gone takes the lock once (the raise is then done) and withdraws the
    exception: once `disarm` returns, no RuleTimeout can be pending for that rule, so none can surface later in the
    caller's code.

    perf: arming is a dict entry and disarming a dict removal, without the lock (it cost two lock round trips per
    rule, ~14 rules a lint). The lock is taken only to wake the thread for a deadline earlier than the one it
    already waits for (with one budget for every rule, about once per budget period, not per rule) and by a disarm
    whose deadline fired.
    """

    def __init__(self) -> None:
        self._raise = _async_raiser()
        self._state: _Watched | None = None

    @property
    def usable(self) -> bool:
        return self._raise is not None

    def arm(self, seconds: float) -> tuple[_Watched, int]:
        deadline = time.monotonic() + seconds
        state = self._state
        if state is None or state.pid != os.getpid():
            # First use, or a child after fork(): the thread did not survive it, and its lock may be held. Two
            # threads racing here each start one; both watch their own deadlines correctly.
            state = self._state = _Watched(self._raise)  # type: ignore[arg-type]
        token = next(state.tokens)
        # Published before `wakes_at` is read: see _Watched._watch for why the thread then never sleeps past it.
        state.armed[token] = (deadline, threading.get_ident())
        if deadline < state.wakes_at:
            with state.lock:
                state.wake.notify()
        return state, token

    def disarm(self, armed: tuple[_Watched, int]) -> bool:
        """Forget a deadline; True if it had fired (the rule was interrupted or is about to be)."""
        state, token = armed
        if state.armed.pop(token, None) is not None:
            return False
        # It fired: the watchdog removed the entry and raises under its lock, so once the lock is ours the
        # exception is set. If it is still pending (the rule returned first), withdraw it so it cannot be raised in
        # the engine or the caller. If it is raised right here instead, the engine catches it.
        with state.lock:
            state.raise_in(threading.get_ident(), None)
        return True


class _Watched:
    """The deadlines one watchdog thread watches, and the thread."""

    def __init__(self, raise_in: Callable[[int, type[BaseException] | None], int]) -> None:
        self.raise_in = raise_in
        self.pid = os.getpid()
        self.lock = threading.Lock()
        self.wake = threading.Condition(self.lock)
        self.armed: dict[int, tuple[float, int]] = {}
        self.tokens = itertools.count()
        self.wakes_at = 0.0  # until the thread first waits, arming need not wake it
        self.thread = threading.Thread(target=self._watch, name="replylint-rule-budget", daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        """Fire what is due, then sleep until the earliest deadline left.

        Other threads add and remove deadlines without the lock, so the dict is only read through copies (each
        `list(...)` of it is one atomic step). An `arm` that read `wakes_at` before it was published below did not
        notify; its deadline was stored before that read, so the second copy taken after publishing holds it, and
        the loop goes round again if it is due earlier. An `arm` that reads it after publishing notifies under
        the lock, which it gets only once this thread waits.
        """
        with self.lock:
            while True:
                now = time.monotonic()
                for token, (deadline, thread_id) in list(self.armed.items()):
                    # fires once: the removal that wins against disarm's decides, then raises under the lock
                    if deadline <= now and self.armed.pop(token, None) is not None:
                        self.raise_in(thread_id, RuleTimeout)
                earliest = min((d for d, _ in list(self.armed.values())), default=math.inf)
                self.wakes_at = earliest
                if any(d < earliest for d, _ in list(self.armed.values())):
                    continue  # armed while the earliest was worked out
                self.wake.wait(None if earliest == math.inf else earliest - now)
                self.wakes_at = 0.0  # awake: a new deadline needs no notify before the next wait


_WATCHDOG = _Watchdog()


def own_threads() -> frozenset[int]:
    """Idents of the threads replylint itself runs in this process (the budget watchdog): `lint_many` may fork
    past them, since none holds a lock the child would need (the child starts its own watchdog)."""
    state = _WATCHDOG._state
    if state is None or state.pid != os.getpid() or state.thread.ident is None:
        return frozenset()
    return frozenset({state.thread.ident})


class _Budget:
    """Runs rules under a per-rule time budget (see _Watchdog), and reports what overran."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.usable = seconds is not None and 0 < seconds < math.inf and _WATCHDOG.usable

    def check(self, rule: Rule, ctx: RuleContext) -> list[Hit]:
        """The rule's hits, listed under the budget (a generator's work happens while it is consumed)."""
        if not self.usable:
            return list(rule.check(ctx))
        armed = _WATCHDOG.arm(self.seconds)  # type: ignore[arg-type]
        try:
            return list(rule.check(ctx))
        finally:
            _WATCHDOG.disarm(armed)


def run(
    plan: Iterable[Planned], ctx: RuleContext, index: LineIndex | None = None, budget: float | None = None
) -> list[Finding]:
    """Run each rule once on the shared context; a failure of any kind becomes an internal-error finding.

    "Any kind" includes SystemExit and other BaseExceptions a plugin may raise: a plugin's `sys.exit(0)` must not
    end the caller's program, pass for a clean run or stall a worker. KeyboardInterrupt is the exception: the
    engine cannot tell a plugin's from the user's Ctrl-C, and swallowing the user's would make a run unstoppable.
    """
    index = index or LineIndex(ctx.text)
    findings: list[Finding] = []
    limit = _Budget(budget)
    for item in plan:
        if item.rule is None:
            findings.append(
                _internal(
                    item.rule_id,
                    i18n.Text("rule {rule} could not run: {error}", rule=item.rule_id, error=str(item.error)),
                    index,
                )
            )
            continue
        started = time.perf_counter()
        try:
            if ctx.language not in item.rule.languages:
                continue
            hits = limit.check(item.rule, ctx)
        except RuleTimeout:
            findings.append(
                _internal(
                    item.rule_id,
                    i18n.Text(
                        "rule {rule} was stopped after its time budget of {budget:g} s",
                        rule=item.rule_id,
                        budget=budget,
                    ),
                    index,
                    kind="timeout",
                )
            )
            continue
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - one broken rule must not take the others down
            findings.append(
                _internal(
                    item.rule_id,
                    i18n.Text("rule {rule} crashed: {error}", rule=item.rule_id, error=describe(exc)),
                    index,
                )
            )
            continue
        elapsed = time.perf_counter() - started
        if budget is not None and elapsed > budget:
            findings.append(
                _internal(
                    item.rule_id,
                    i18n.Text(
                        "rule {rule} took {elapsed:.1f} s, over its time budget of {budget:g} s",
                        rule=item.rule_id,
                        elapsed=elapsed,
                        budget=budget,
                    ),
                    index,
                    kind="timeout",
                )
            )
            continue
        findings.extend(_findings(item, hits, ctx, index))
    return findings


def _findings(item: Planned, hits: list[Hit], ctx: RuleContext, index: LineIndex) -> list[Finding]:
    out = []
    for hit in hits:
        try:
            out.append(to_finding(item, hit, ctx, index))
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - a Hit subclass or a param may run plugin code here too
            out.append(
                _internal(
                    item.rule_id,
                    i18n.Text(
                        "rule {rule} returned a malformed finding: {error}",
                        rule=item.rule_id,
                        error=describe(exc, with_type=False),
                    ),
                    index,
                )
            )
    return out


def describe(exc: BaseException, *, with_type: bool = True) -> str:
    """`Type: message` for a report, even when the exception's own `__str__` is what is broken."""
    try:
        text = str(exc)
    except KeyboardInterrupt:
        raise
    except BaseException:  # noqa: BLE001 - a hostile __str__ must not turn a report into a crash
        text = "<unprintable>"
    if isinstance(exc, SystemExit):
        text = f"sys.exit({exc.code!r})"
    return f"{type(exc).__name__}: {text}" if with_type else text


def to_finding(item: Planned, hit: Hit, ctx: RuleContext, index: LineIndex) -> Finding:
    """Validate a hit and add what the engine knows: id, severity, message, location, line and column."""
    rule = item.rule
    assert rule is not None
    if not isinstance(hit, Hit):
        raise TypeError(f"expected a Hit, got {type(hit).__name__}")
    if hit.kind not in rule.messages:
        raise KeyError(f"unknown kind {hit.kind!r}")
    start, end, location = _located(hit, ctx)
    if hit.severity is not None and not isinstance(hit.severity, Severity):
        raise TypeError(f"severity must be a replylint.Severity or None, got {hit.severity!r}")
    if hit.suggestion is not None and not isinstance(hit.suggestion, str):
        raise TypeError(f"suggestion must be a string or None, got {type(hit.suggestion).__name__}")
    params = dict(hit.params)
    if "kind" in params:
        raise ValueError("params may not be named 'kind': the engine stores the hit's kind there")
    if location.kind == "header":
        if "header" in params:
            raise ValueError("a header hit's params may not be named 'header': the engine stores the field there")
        params = {"header": location.header, **params}
    json.dumps(params)  # raises TypeError for values that cannot leave the library
    # Translated before the params are filled: a translation may place them differently.
    lang = i18n.resolve(ctx.facts.message_language, ctx.language)
    message = i18n.rule_message(lang, item.rule_id, rule.messages[hit.kind], params)
    severity = item.severity
    if hit.severity is not None and not item.overridden:
        severity = hit.severity  # a per-hit level applies unless the user set the rule's level
    line, column = index.position(start)
    data: dict[str, JSONValue] = {"kind": hit.kind, **params}
    return Finding(item.rule_id, severity, message, start, end, line, column, hit.suggestion, data, location=location)


def _located(hit: Hit, ctx: RuleContext) -> tuple[int, int, Location]:
    """The finding's span in `ctx.text` and its typed location. A span outside the text it indexes, or a header
    hit without a field name, is the rule's bug and fails here, not in an output."""
    where, start, end = hit.where, hit.start, hit.end
    if not (isinstance(start, int) and isinstance(end, int)):
        raise IndexError(f"span {start!r}..{end!r} is not a pair of offsets")
    if where == "text":
        if not 0 <= start <= end <= len(ctx.text):
            raise IndexError(f"span {start}..{end} is outside the text (length {len(ctx.text)})")
        return start, end, TEXT
    if where == "signature":
        signature = ctx.reply.signature or ""
        if not 0 <= start <= end <= len(signature):
            raise IndexError(f"span {start}..{end} is outside the signature (length {len(signature)})")
        # Anchored on the text's last line, which the signature block follows: every output can show it there.
        anchor = ctx.last_line
        return anchor[0], anchor[1], Location("signature", start=start, end=end)
    if start or end:
        raise IndexError(f"a {where!r} hit has no span, got {start}..{end}")
    if where == "header":
        if not isinstance(hit.header, str) or not hit.header:
            raise ValueError(f"a header hit needs the header field's name, got {hit.header!r}")
        return 0, 0, Location("header", header=hit.header)
    if where == "reply":
        return 0, 0, WHOLE_REPLY
    raise ValueError(f"unknown location {where!r}; use one of {', '.join(LOCATION_KINDS)}")


def _internal(rule_id: str, message: str, index: LineIndex, kind: str = "rule-failure") -> Finding:
    return Finding(
        INTERNAL_ERROR,
        Severity.ERROR,
        message,
        0,
        0,
        1,
        1,
        None,
        {"kind": kind, "failed_rule": rule_id},
        location=WHOLE_REPLY,
    )


def sort_key(f: Finding) -> tuple[int, int, str, str]:
    return (f.start, f.end, f.rule, f.message)


def plan_rules(
    rule_ids: Iterable[str],
    registry: object,
    config: object,
    overrides: Mapping[str, Mapping[str, object]] | None = None,
) -> list[Planned]:
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
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - see run(): a plugin's sys.exit() is its failure, not ours
            planned.append(Planned(rid, None, Severity.ERROR, RuleLoadError(describe(exc))))
            continue
        planned.append(Planned(rid, rule, severity, overridden=rid in config.severity))
    return planned
