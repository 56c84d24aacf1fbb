"""docs/rules is generated from the rule declarations; a stale page fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.docs import render_rule, write_all_docs, write_readme_table
from replylint.registry import discover
from replylint_rules.length import Length

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"
README = Path(__file__).resolve().parents[1] / "README.md"


def test_rule_docs_are_fresh() -> None:
    stale = write_all_docs(DOCS, discover().classes(), check=True)
    assert not stale, f"stale rule docs {[str(p) for p in stale]}: run `python -m replylint.docs` to regenerate"


def test_rule_pages_exist_in_russian_and_ukrainian() -> None:
    for lang, heading in (("ru", "## Почему это важно"), ("uk", "## Чому це важливо")):
        page = (DOCS.parent / lang / "rules" / "length.md").read_text(encoding="utf-8")
        assert heading in page and "`max-words`" in page, lang
        assert render_rule(Length, lang) == page


def test_readme_rule_table_is_fresh() -> None:
    stale = write_readme_table(README, discover().classes(), check=True)
    assert not stale, "the README's rule table is stale: run `python -m replylint.docs` to regenerate"


def test_rule_page_has_every_section() -> None:
    page = render_rule(Length)
    for heading in (
        "# length",
        "## Why it matters",
        "### English",
        "### Русский",
        "### Українська",
        "## Messages",
        "## Options",
        "`max-words`",
        "## Suppression",
    ):
        assert heading in page


def test_a_rule_that_fails_to_load_stops_generation_instead_of_losing_its_pages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from replylint import docs
    from replylint.errors import RuleLoadError
    from replylint.registry import Registry, RuleEntry

    registry = Registry.from_classes([Length])
    broken = RuleEntry("broken-rule", distribution="x", error=RuleLoadError("rule 'broken-rule' failed to load: boom"))
    registry.entries["broken-rule"] = broken
    monkeypatch.setattr("replylint.registry.discover", lambda: registry)
    folder = tmp_path / "docs" / "rules"
    assert docs.main([str(folder), "--readme", str(tmp_path / "README.md")]) == 2
    assert "boom" in capsys.readouterr().err
    assert not folder.exists()
