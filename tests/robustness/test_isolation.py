"""A rule plugin cannot end, stall or corrupt the caller: every way out of a rule becomes a finding.

Regression tests for issue 12, items 1, 5 and 9: `sys.exit()` in a rule or at its import, BaseException subclasses,
a hostile `__str__`, a runaway rule off the main thread, and the caller's own interval timer.
"""

from __future__ import annotations

import signal
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import replylint
from replylint import Hit, Rule, RuleContext
from replylint.api import Linter
from replylint.engine import INTERNAL_ERROR, RuleTimeout
from replylint.registry import Registry, discover

TEXT = "Hello Anna,\n\nYour refund was sent today.\n\nBest regards,\nTom"


def _rule(rule_id: str, body: Any) -> type[Rule]:
    """A one-off rule class whose check() is `body(ctx)`."""

    def check(self: Rule, ctx: RuleContext) -> Iterator[Hit]:
        body(ctx)
        yield from ()

    return type(
        rule_id.title().replace("-", ""),
        (Rule,),
        {
            "__doc__": "A test rule.\n\nIt misbehaves on purpose.",
            "id": rule_id,
            "messages": {"x": "x"},
            "check": check,
        },
    )


class CustomBase(BaseException):
    pass


class Unprintable(Exception):
    def __str__(self) -> str:
        raise SystemExit(3)


def _raise(exc: BaseException) -> Any:
    def body(ctx: RuleContext) -> None:
        raise exc

    return body


@pytest.mark.parametrize(
    "exc, shown",
    [
        (SystemExit(0), "SystemExit: sys.exit(0)"),
        (SystemExit(1), "SystemExit: sys.exit(1)"),
        (SystemExit(), "SystemExit: sys.exit(None)"),
        (GeneratorExit(), "GeneratorExit"),
        (CustomBase("odd"), "CustomBase: odd"),
        (Unprintable(), "Unprintable: <unprintable>"),
    ],
)
def test_any_base_exception_from_a_rule_is_a_finding(exc: BaseException, shown: str) -> None:
    registry = Registry.from_classes([_rule("exits", _raise(exc)), *discover().classes()])
    report = replylint.lint(TEXT, registry=registry, select=["exits", "length"])
    [failure] = report.by_rule(INTERNAL_ERROR)
    assert failure.data == {"kind": "rule-failure", "failed_rule": "exits"}
    assert shown in failure.message
    assert report.fails(replylint.Severity.ERROR)  # a CI gate fails: sys.exit(0) in a plugin is not a pass


def test_keyboard_interrupt_is_the_users_and_stops_the_run() -> None:
    registry = Registry.from_classes([_rule("interrupts", _raise(KeyboardInterrupt()))])
    with pytest.raises(KeyboardInterrupt):
        replylint.lint(TEXT, registry=registry)


def test_a_rule_whose_constructor_exits_is_reported() -> None:
    cls = _rule("ctor-exits", lambda ctx: None)

    def init(self: Rule, options: Any = None) -> None:
        sys.exit(0)

    cls.__init__ = init  # type: ignore[method-assign]
    report = replylint.lint(TEXT, registry=Registry.from_classes([cls]))
    [failure] = report.by_rule(INTERNAL_ERROR)
    assert "could not run" in failure.message and "sys.exit(0)" in failure.message


def test_a_plugin_that_exits_at_import_is_a_load_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "exit_plugin.py").write_text("import sys\nsys.exit(0)\n", encoding="utf-8")
    info = tmp_path / "exit_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: exit-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\nexits-at-import = exit_plugin:Nope\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    report = replylint.lint(TEXT, select=["exits-at-import"])
    [failure] = report.by_rule(INTERNAL_ERROR)
    assert "failed to load: SystemExit: sys.exit(0)" in failure.message


def _spin(seconds: float) -> Any:
    """Pure-Python work for `seconds`, swallowing ordinary exceptions as a careless rule would."""

    def body(ctx: RuleContext) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                sum(range(100))
            except Exception:  # noqa: BLE001 - the point: RuleTimeout is not an Exception
                continue

    return body


def _lint_in_thread(linter: Linter) -> tuple[replylint.Report, float]:
    out: list[tuple[replylint.Report, float]] = []

    def work() -> None:
        started = time.monotonic()
        report = linter.lint(TEXT)
        out.append((report, time.monotonic() - started))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the budget did not stop the rule"
    return out[0]


def test_the_budget_stops_a_runaway_rule_off_the_main_thread() -> None:
    registry = Registry.from_classes([_rule("spins", _spin(30)), _rule("quick", lambda ctx: None)])
    linter = Linter({"rule-timeout": 0.3}, registry=registry)
    report, took = _lint_in_thread(linter)
    assert took < 10  # stopped near 0.3 s, not after 30 s; a hang guard, not a speed target
    [failure] = report.by_rule(INTERNAL_ERROR)
    assert failure.data == {"kind": "timeout", "failed_rule": "spins"}


def test_the_callers_interval_timer_and_handler_are_left_alone() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        registry = Registry.from_classes([_rule("spins", _spin(30))])
        report = Linter({"rule-timeout": 0.2}, registry=registry).lint(TEXT)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30, "lint() must not cancel or reset the caller's timer"
        assert report.by_rule(INTERNAL_ERROR)[0].data["kind"] == "timeout"
        assert signal.getsignal(signal.SIGALRM) is not previous and not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_timeout_never_surfaces_after_the_rule_returned() -> None:
    """Rules that finish right at their deadline: the interruption is either caught as the rule's timeout or
    withdrawn, never raised later in the engine or the caller's code."""
    registry = Registry.from_classes([_rule("edge", _spin(0.02)), _rule("quick", lambda ctx: None)])
    linter = Linter({"rule-timeout": 0.02}, registry=registry)
    for _ in range(60):
        try:
            linter.lint(TEXT)
            end = time.monotonic() + 0.03
            while time.monotonic() < end:  # the caller's own code after lint() returned
                pass
        except RuleTimeout:  # pragma: no cover - the failure this test exists to catch
            pytest.fail("a RuleTimeout escaped into the caller")


def test_the_budget_holds_in_many_threads_at_once() -> None:
    registry = Registry.from_classes([_rule("spins", _spin(30))])
    linter = Linter({"rule-timeout": 0.3}, registry=registry)
    results: list[replylint.Report] = []
    threads = [threading.Thread(target=lambda: results.append(linter.lint(TEXT))) for _ in range(4)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert time.monotonic() - started < 20
    assert len(results) == 4
    assert all(r.by_rule(INTERNAL_ERROR)[0].data["kind"] == "timeout" for r in results)


def test_deadlines_armed_from_many_threads_are_never_missed() -> None:
    """Arming and disarming take no lock: a deadline armed while the watchdog works out its next wake-up, from any
    of several threads, must still fire, and one disarmed in time must never fire later."""
    from replylint.engine import _WATCHDOG

    failures: list[str] = []

    def work() -> None:
        for n in range(25):
            quick = _WATCHDOG.arm(30.0)  # a later deadline armed around the short one, as the other rules' are
            if _WATCHDOG.disarm(quick):
                failures.append("a 30 s deadline fired at once")
            armed = _WATCHDOG.arm(0.005 + (n % 3) * 0.002)
            try:
                end = time.monotonic() + 5
                while time.monotonic() < end:
                    sum(range(50))
                failures.append("a deadline was missed")
            except RuleTimeout:
                pass
            finally:
                _WATCHDOG.disarm(armed)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads)
    assert failures == []


def test_a_plugin_print_does_not_corrupt_json_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from replylint.cli import main

    (tmp_path / "noisy_plugin.py").write_text(
        textwrap.dedent('''
        from replylint import Rule
        print("noise at import")
        class Noisy(Rule):
            """Prints.

            On purpose.
            """
            id = "noisy"
            messages = {"x": "x"}
            def check(self, ctx):
                print("noise in check")
                yield from ()
        '''),
        encoding="utf-8",
    )
    info = tmp_path / "noisy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: noisy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\nnoisy = noisy_plugin:Noisy\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    reply = tmp_path / "reply.txt"
    reply.write_text(TEXT, encoding="utf-8")
    import io

    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    code = main(["check", "--format", "json", "--select", "noisy,length", str(reply)], stdout=out, stderr=err)
    assert code in (0, 1)
    json.loads(out.getvalue())  # nothing but the report on stdout
    assert "noise in check" in err.getvalue()


def test_keyboard_interrupt_in_a_plugin_is_one_line_and_exit_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from replylint.cli import main

    (tmp_path / "ki_plugin.py").write_text(
        textwrap.dedent('''
        from replylint import Rule
        class Interrupts(Rule):
            """Raises KeyboardInterrupt.

            On purpose.
            """
            id = "interrupts"
            messages = {"x": "x"}
            def check(self, ctx):
                raise KeyboardInterrupt
                yield
        '''),
        encoding="utf-8",
    )
    info = tmp_path / "ki_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: ki-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\ninterrupts = ki_plugin:Interrupts\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    reply = tmp_path / "reply.txt"
    reply.write_text(TEXT, encoding="utf-8")
    err = io.StringIO()
    assert main(["check", "--select", "interrupts", str(reply)], stdout=io.StringIO(), stderr=err) == 130
    assert err.getvalue() == "replylint: interrupted\n"


def test_check_does_not_pass_when_a_plugin_exits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12, item 1: `replylint check` exited 0 with no output (a CI gate passed) when a plugin called
    sys.exit(0); now the plugin's exit is a reported internal error and the status says findings."""
    import io

    from replylint.cli import main

    (tmp_path / "exit_check_plugin.py").write_text(
        textwrap.dedent('''
        import sys
        from replylint import Rule
        class Exits(Rule):
            """Exits.

            On purpose.
            """
            id = "exits"
            messages = {"x": "x"}
            def check(self, ctx):
                sys.exit(0)
                yield
        '''),
        encoding="utf-8",
    )
    info = tmp_path / "exit_check_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: exit-check\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\nexits = exit_check_plugin:Exits\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    reply = tmp_path / "reply.txt"
    reply.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    assert main(["check", "--select", "exits,length", str(reply)], stdout=out, stderr=io.StringIO()) == 1
    assert "internal-error" in out.getvalue() and "sys.exit(0)" in out.getvalue()
    import replylint

    results = list(replylint.lint_many([TEXT, TEXT], config={"select": ["exits"]}, processes=2))
    assert all(r.by_rule(INTERNAL_ERROR) for r in results)  # type: ignore[union-attr]
