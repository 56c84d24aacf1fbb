"""The plugin path, exercised the way a third-party package would use it: a distribution with entry points."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import replylint
from replylint.errors import RuleLoadError
from replylint.registry import Registry, discover

PLUGIN = '''
from dataclasses import dataclass
from replylint import Hit, Rule, bad, good


class NoLorem(Rule):
    """Do not send placeholder Latin.

    Lorem ipsum in a reply means a template was sent unfinished.
    """

    id = "no-lorem"
    messages = {"lorem": "Placeholder text {word!r} left in the reply."}
    examples = (bad("en", "Hello, lorem ipsum.", ("lorem", "lorem")), good("en", "Hello, all done."))

    def check(self, ctx):
        at = ctx.text.lower().find("lorem")
        if at >= 0:
            yield Hit("lorem", at, at + 5, {"word": ctx.text[at:at + 5]})


class Crashes(Rule):
    """Always crashes.

    For testing isolation.
    """

    id = "crashes"
    messages = {"x": "never"}

    def check(self, ctx):
        raise RuntimeError("boom")
        yield


class BadSpan(Rule):
    """Returns a span outside the text.

    For testing validation of hits.
    """

    id = "bad-span"
    messages = {"x": "never"}

    def check(self, ctx):
        yield Hit("x", 0, len(ctx.text) + 10)


class WrongId(Rule):
    """Registered under another name.

    For testing the id check.
    """

    id = "not-the-entry-point-name"
    messages = {"x": "never"}

    def check(self, ctx):
        return iter(())
'''

ENTRY_POINTS = """
[replylint.rules]
no-lorem = demo_plugin:NoLorem
crashes = demo_plugin:Crashes
bad-span = demo_plugin:BadSpan
wrong-id = demo_plugin:WrongId
missing-module = demo_plugin_missing:Nope
"""


@pytest.fixture
def plugin_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "demo_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "demo_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: demo-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(textwrap.dedent(ENTRY_POINTS), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_entry_point_plugin_is_discovered_and_runs(plugin_dist: Path) -> None:
    registry = discover()
    assert {"no-lorem", "crashes", "length"} <= set(registry.ids)
    assert registry.get("no-lorem").distribution == "demo-plugin"
    report = replylint.lint("Hello Anna, lorem ipsum dolor sit amet.", select=["no-lorem"])
    [finding] = report.findings
    assert (finding.rule, finding.start, finding.end, finding.data["kind"]) == ("no-lorem", 12, 17, "lorem")
    assert finding.message == "Placeholder text 'lorem' left in the reply."


def test_a_crashing_rule_becomes_a_finding_and_others_still_run(plugin_dist: Path) -> None:
    report = replylint.lint("Hello, lorem.", select=["crashes", "no-lorem"])
    rules = [f.rule for f in report.findings]
    assert "no-lorem" in rules
    [crash] = report.by_rule("internal-error")
    assert crash.data["failed_rule"] == "crashes"
    assert "RuntimeError: boom" in crash.message


def test_malformed_hit_is_reported(plugin_dist: Path) -> None:
    report = replylint.lint("Hello.", select=["bad-span"])
    [finding] = report.findings
    assert finding.rule == "internal-error" and "malformed finding" in finding.message


@pytest.mark.parametrize(("rule_id", "why"), [("wrong-id", "must be equal"), ("missing-module", "failed to load")])
def test_load_failures_are_findings(plugin_dist: Path, rule_id: str, why: str) -> None:
    report = replylint.lint("Hello.", select=[rule_id])
    [finding] = report.findings
    assert finding.rule == "internal-error" and why in finding.message
    with pytest.raises(RuleLoadError):
        discover().get(rule_id).load()


def test_duplicate_ids_are_rejected() -> None:
    from replylint_rules.length import Length

    with pytest.raises(RuleLoadError, match="defined twice"):
        Registry.from_classes([Length, Length])


def test_rule_class_contract_is_checked_at_definition() -> None:
    with pytest.raises(TypeError, match="kebab-case"):
        type("Bad", (replylint.Rule,), {"__doc__": "x", "id": "Bad_Id", "messages": {"a": "b"}})
    with pytest.raises(TypeError, match="docstring"):
        type("NoDoc", (replylint.Rule,), {"id": "no-doc", "messages": {"a": "b"}})


HANGS = '''
import time
from replylint import Hit, Rule


class Hangs(Rule):
    """Never returns.

    For testing the time budget.
    """

    id = "hangs"
    messages = {"x": "never"}

    def check(self, ctx):
        while True:
            try:
                time.sleep(0.01)
            except Exception:
                pass  # a rule that swallows exceptions must still be stopped
        yield Hit("x")
'''


def test_a_hanging_rule_is_stopped_and_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    (tmp_path / "hang_plugin.py").write_text(HANGS, encoding="utf-8")
    info = tmp_path / "hang_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hang-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\nhangs = hang_plugin:Hangs\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    replylint.lint("Done.", select=["length"])  # its first run loads dictionaries, which may take over 0.3 s
    started = time.monotonic()
    report = replylint.lint("Done.", select=["hangs", "length"], config={"rule-timeout": 0.3})
    assert time.monotonic() - started < 10  # a hang guard, not a speed target
    timeouts = [f for f in report.findings if f.rule == "internal-error"]
    assert [f.data["kind"] for f in timeouts] == ["timeout"]
    assert "time budget of 0.3 s" in timeouts[0].message
    assert report.by_rule("length"), "the other rules still ran"
