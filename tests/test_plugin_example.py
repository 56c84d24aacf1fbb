"""The worked plugin example in the docs (examples/replylint-plugin-example) really works as a plugin.

Nothing is installed: the example's `src` goes on sys.path with a dist-info folder whose entry points are copied
from the example's own pyproject.toml, which is what `pip install` would produce. So a wrong entry point in the
example's pyproject fails here, as it would for a user.
"""

from __future__ import annotations

import importlib.util
import io
import tomllib
from pathlib import Path

import pytest

import replylint
from replylint.cli import main
from replylint.registry import discover
from replylint.testing import check_examples, contract_problems

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "replylint-plugin-example"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    with (EXAMPLE / "pyproject.toml").open("rb") as fh:
        project = tomllib.load(fh)["project"]
    rules = project["entry-points"]["replylint.rules"]
    info = tmp_path / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n", encoding="utf-8"
    )
    lines = ["[replylint.rules]", *(f"{name} = {target}" for name, target in rules.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    return dict(rules)


def test_the_entry_point_registers_the_rule(installed: dict[str, str]) -> None:
    assert installed == {"internal-link": "replylint_plugin_example.internal_link:InternalLink"}
    entry = discover().get("internal-link")
    assert entry.distribution == "replylint-plugin-example"
    rule = entry.load()
    check_examples(rule)
    assert contract_problems(rule) == []


def test_the_rule_runs_with_options_from_config(installed: dict[str, str]) -> None:
    reply = "Hello Anna,\n\nSee https://desk.example.com/tickets/991 and http://127.0.0.1/x.\n\nBest,\nTom"
    config = {"select": ["internal-link"], "rules": {"internal-link": {"internal-domains": ["desk.example.com"]}}}
    report = replylint.lint(reply, config=config)
    assert [reply[f.start : f.end] for f in report.findings] == [
        "https://desk.example.com/tickets/991",
        "http://127.0.0.1/x",
    ]
    with pytest.raises(replylint.ConfigError, match="did you mean 'internal-domains'"):
        replylint.lint(reply, config={"rules": {"internal-link": {"internal-domain": ["x"]}}})


def test_the_cli_lists_and_explains_it(installed: dict[str, str]) -> None:
    out = io.StringIO()
    assert main(["rules"], stdout=out) == 0
    assert "internal-link" in out.getvalue()
    out = io.StringIO()
    assert main(["explain", "internal-link"], stdout=out) == 0
    assert "internal-domains" in out.getvalue()


def test_the_examples_own_tests_pass(installed: dict[str, str]) -> None:
    spec = importlib.util.spec_from_file_location("example_tests", EXAMPLE / "tests" / "test_internal_link.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in dir(module):
        if name.startswith("test_"):
            getattr(module, name)()
