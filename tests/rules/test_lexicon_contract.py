"""The lexicon contract: a rule declares the lexicons it reads, each exists in every installed language, and every
file under a lexicon root belongs to a rule that declares it (or to the shared folder, read by some rule)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from replylint.lexicon import SHARED
from replylint.model import LANGUAGES
from replylint.registry import discover
from replylint.rule import Rule, RuleContext

RULES = discover().classes()


def _roots() -> dict[Path, list[type[Rule]]]:
    roots: dict[Path, list[type[Rule]]] = defaultdict(list)
    for cls in RULES:
        roots[cls.lexicon_path().parent].append(cls)
    return roots


@pytest.mark.parametrize("cls", RULES, ids=lambda c: c.id)
def test_every_declared_lexicon_exists_in_every_language(cls: type[Rule]) -> None:
    assert len(set(cls.lexicons)) == len(cls.lexicons), f"{cls.id} declares a lexicon twice"
    for name in cls.lexicons:
        for lang in LANGUAGES:
            assert cls.lexicon_file(name, lang).is_file()


def test_every_lexicon_file_is_declared_by_its_rule() -> None:
    for root, classes in _roots().items():
        by_id = {cls.id: cls for cls in classes}
        declared_anywhere = {name for cls in classes for name in cls.lexicons}
        for path in sorted(root.rglob("*.txt")):
            folder, name = path.parent.name, path.name.split(".")[0]
            assert path.parent.parent == root, f"{path}: lexicons sit one folder below the root"
            if folder == SHARED:
                assert name in declared_anywhere, f"{path}: no rule declares this shared lexicon"
                assert not any((root / rid / path.name).exists() for rid in by_id), f"{path}: also in a rule folder"
            else:
                assert folder in by_id, f"{path}: the folder names no installed rule"
                assert name in by_id[folder].lexicons, f"{path}: {folder} does not declare {name!r}"


def test_shared_folder_holds_only_what_several_rules_or_helpers_read() -> None:
    """A lexicon in a rule's own folder is read through that rule alone; one that another rule needs is shared."""
    for root, classes in _roots().items():
        for cls in classes:
            own = {p.name.split(".")[0] for p in (root / cls.id).glob("*.txt")}
            for other in classes:
                if other is not cls:
                    assert not own & set(other.lexicons), (cls.id, other.id, own & set(other.lexicons))


def test_an_undeclared_lexicon_is_refused_by_name() -> None:
    rule = next(cls for cls in RULES if cls.id == "pushy")()
    with pytest.raises(LookupError, match="'closings' without declaring it"):
        rule.lexicon("closings", "en")
    assert rule.lexicon("pressure", "en").phrases


def test_a_missing_lexicon_names_both_places(tmp_path: Path) -> None:
    class Lonely(Rule):
        """Reads a lexicon nobody wrote."""

        id = "lonely"
        messages = {"x": "x"}
        lexicons = ("nowhere",)
        lexicon_dir = tmp_path

        def check(self, ctx: RuleContext):  # type: ignore[no-untyped-def]
            return iter(())

    with pytest.raises(FileNotFoundError) as err:
        Lonely().lexicon("nowhere", "en")
    assert "lonely" in str(err.value) and SHARED in str(err.value)


def _clear_lexicon_caches() -> None:
    """Forget every loaded lexicon, so the next rule's reads all reach the file lookup again."""
    import sys

    from replylint import lexicon, rule

    modules = [
        lexicon,
        *(
            m
            for name, m in sys.modules.items()
            if name.startswith(("replylint_rules", "replylint.mail", "replylint.placeholders")) and m
        ),
    ]
    for module in modules:
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()
    rule._LEXICONS.clear()  # Rule.lexicon's own per-class table


@pytest.mark.parametrize("cls", [c for c in RULES if c.examples], ids=lambda c: c.id)
def test_every_lexicon_a_rule_reads_is_declared(cls: type[Rule], monkeypatch: pytest.MonkeyPatch) -> None:
    """Declarations hold for the lists read through the engine's mail structure (`ctx.greeting`...) and shared
    helpers too, not only through `self.lexicon`."""
    from replylint import lexicon
    from replylint.testing import iter_examples, lint_example

    read: set[str] = set()
    find = lexicon._lexicon_file

    def recording(root: Path, owner: str, name: str, lang: str) -> Path:
        read.add(name)
        return find(root, owner, name, lang)

    _clear_lexicon_caches()
    monkeypatch.setattr(lexicon, "_lexicon_file", recording)
    try:
        for _, example in iter_examples(cls):
            lint_example(cls, example)
    finally:
        monkeypatch.undo()
        _clear_lexicon_caches()
    # another rule's own lists, read through that rule (unanswered-question asks autoreply whether a reply is
    # automatic), are declared by that rule
    undeclared = {name for name in read - set(cls.lexicons) if not _read_through_another_rule(cls, name)}
    assert not undeclared, f"{cls.id} reads {sorted(undeclared)} without declaring them"


def _read_through_another_rule(cls: type[Rule], name: str) -> bool:
    """A lexicon in another rule's own folder is that rule's: reading it means calling into that rule."""
    return any(other is not cls and (other.lexicon_path() / f"{name}.en.txt").is_file() for other in RULES)
