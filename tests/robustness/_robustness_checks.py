"""Invariants every lint must satisfy, shared by the property, malformed-input and adversarial tests.

Kept out of conftest.py so the test modules can import the helpers by name (pytest's default "prepend" import
mode puts this folder on sys.path).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import replylint
from replylint.api import Linter
from replylint.engine import INTERNAL_ERROR
from replylint.errors import ReplylintError, ReplyParseError
from replylint.formats import render
from replylint.model import Report
from replylint.registry import Registry, discover

FUZZ = os.environ.get("REPLYLINT_HYPOTHESIS_PROFILE") == "fuzz"


FUZZ_FACTOR = int(os.environ.get("REPLYLINT_FUZZ_FACTOR", "20"))
"""How many times the CI example counts the `fuzz` profile runs (fuzz_campaign.py sets it per round)."""


def examples(n: int) -> int:
    """`n` examples in CI (derandomized), FUZZ_FACTOR (default twenty) times as many under the `fuzz` profile."""
    return n * FUZZ_FACTOR if FUZZ else n


HANG_GUARD_SECONDS = 60.0
"""Per-rule time budget used by these tests: a hang guard (a rule that never returns), not a speed target."""

UNSAFE_CATEGORIES = ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs")
"""What no output format may contain: controls (C0 except \\n, DEL, C1: ESC and CSI included; a tab too, since
terminal_safe turns it into a space, so one that got through would mean an unescaped path), format characters
(zero-width, bidi embeddings/overrides/isolates, BOM, tags), line and paragraph separators, and private-use,
unassigned or surrogate code points. \\n separates lines in every format and is the one control allowed."""

_OWN_COLOURS = re.compile(r"\x1b\[(?:0|1|2|31|33|36)m")
"""The SGR sequences the text format itself writes with colour on; anything else with ESC came from a message."""


@lru_cache(maxsize=1)
def registry() -> Registry:
    return discover()


@lru_cache(maxsize=1)
def linter() -> Linter:
    """Every installed rule, with a generous per-rule hang guard."""
    return Linter({"rule-timeout": HANG_GUARD_SECONDS}, registry=registry())


def lint_checked(
    reply: Any, original: Any = None, *, context: Mapping[str, Any] | None = None, use: Linter | None = None
) -> Report | ReplyParseError:
    """Lint and check every invariant; a ReplyParseError is a valid outcome for input, and is returned.

    Any other exception propagates and fails the test, as does a broken invariant. The same input is linted twice
    by the same Linter (whose caches are warm the second time) and must give the same report.
    """
    active = use or linter()
    try:
        report = active.lint(reply, original, context=context)
    except ReplyParseError as exc:
        assert str(exc).strip(), "a ReplyParseError must say what is wrong"
        assert "\n" not in str(exc), f"error message should be one line: {exc!r}"
        return exc
    check_report(report)
    again = active.lint(reply, original, context=context)
    assert again.to_dict() == report.to_dict(), "the same input gave a different report"
    check_outputs(report)
    return report


def check_report(report: Report, *, allow_timeouts: bool = False) -> None:
    """Positions index report.text, line/column agree with start, and no built-in rule crashed or overran (unless
    `allow_timeouts`: a configuration may set a budget too small for any rule)."""
    assert isinstance(report, Report)
    text = report.text
    assert isinstance(text, str)
    internal = [
        f
        for f in report.findings
        if f.rule == INTERNAL_ERROR and not (allow_timeouts and f.data.get("kind") == "timeout")
    ]
    assert not internal, f"built-in rule failed: {[f.message for f in internal]}"
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    previous: tuple[int, int, str, str] | None = None
    for f in report.findings:
        assert isinstance(f.start, int) and isinstance(f.end, int)
        assert 0 <= f.start <= f.end <= len(text), f"{f.rule}: span {f.start}..{f.end} outside text of {len(text)}"
        assert f.line >= 1 and f.column >= 1
        assert f.line <= len(line_starts), f"{f.rule}: line {f.line} past the last line"
        assert line_starts[f.line - 1] + f.column - 1 == f.start, (
            f"{f.rule}: line {f.line} col {f.column} does not point at offset {f.start}"
        )
        if f.line < len(line_starts):
            assert f.start < line_starts[f.line], f"{f.rule}: column {f.column} runs past line {f.line}"
        assert isinstance(f.message, str) and f.message.strip(), f"{f.rule}: empty message"
        assert f.suggestion is None or isinstance(f.suggestion, str)
        key = (f.start, f.end, f.rule, f.message)
        assert previous is None or previous <= key, "findings are not sorted"
        previous = key


def check_outputs(report: Report) -> None:
    """Every output format of the report, as the CLI would print it, is free of terminal-moving characters."""
    for name, options in (
        ("text", {"color": False, "show_source": True}),
        ("text", {"color": True, "show_source": True}),
        ("github", {}),
        ("json", {}),
        ("sarif", {"rules": registry().classes()}),
    ):
        assert_terminal_safe(render(name, [report], **options), name)


def assert_terminal_safe(output: str, what: str = "output") -> None:
    plain = _OWN_COLOURS.sub("", output)
    bad = next((i for i, ch in enumerate(plain) if ch != "\n" and unicodedata.category(ch) in UNSAFE_CATEGORIES), None)
    assert bad is None, f"{what} contains {plain[bad]!r} at {bad}: {plain[max(0, bad - 40) :][:80]!r}"


def lint_outcome(reply: Any, **kwargs: Any) -> Report | ReplylintError:
    """`replylint.lint` that returns a ReplylintError instead of raising it; any other exception propagates."""
    try:
        return replylint.lint(reply, **kwargs)
    except ReplylintError as exc:
        return exc
