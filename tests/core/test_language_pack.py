"""A fourth language from an installed pack alone: no file of replylint or of its rules changes.

The test writes a small distribution into a temporary folder (a module with a `LanguagePack`, its phrase lists
for every installed rule, and a `.dist-info` whose entry point joins the `replylint.languages` group), then runs a
fresh interpreter with that folder on its path, as `pip install` would leave it. The pack is a toy language,
"xx", with a few words of its own: enough for several rules to find something in it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from replylint.languages import Grammar, LanguagePack, Phrases, pack
from replylint.model import LANGUAGES
from replylint.registry import discover

PACK_MODULE = """
from collections.abc import Callable
from pathlib import Path

from replylint.languages import Grammar, LanguagePack, Phrases

PACK = LanguagePack(
    code="xx",
    title="Xxish",
    script="latin",
    letters=frozenset("ǎǑ"),
    alphabet="abcdefghijklmnopqrstuvwxyzǎ",
    words=frozenset({"salut", "comandǎ", "mersi"}),
    grammar=Grammar(numbers=r"\\d{1,3}|unu|doi|trei", units=r"(?:zile|ore)", duration_lead=r"(?:dupǎ|ȋn)",
                    weekdays=r"(?:luni|marti|joi)", restrictive=frozenset({"doar"}), currency=r"lei"),
    phrases=Phrases(greeting="Salut", greeting_format="{greeting}, {name}!", closing="Cu drag,",
                    name_placeholder="<numele tǎu>"),
    lexicon_dir=Path(__file__).parent / "lexicons",
    sample="Salut Ana,\\n\\nComandǎ plecat joi.\\n\\nCu drag,\\nIon",
)
"""

WORDS = {
    "greetings": ["salut", "bunǎ ziua"],
    "closings": ["cu drag", "mersi"],
    "spam_phrases": ["gratis total"],
    "pressure": ["cumpǎrǎ acum"],
    "unknown_admissions": ["nu ştiu"],
}
"""The toy language's phrase lists; every other declared lexicon gets an empty file ("nothing listed yet")."""

CHILD = """
import json, sys
import replylint
from replylint.engine import describe
from replylint.language import detect
from replylint.model import LANGUAGES
from replylint.registry import discover

ran = {}
rules = discover().classes()
for cls in rules:
    def wrapped(self, ctx, _check=cls.check, _id=cls.id):
        ran.setdefault(_id, set()).add(ctx.language)
        return _check(self, ctx)
    cls.check = wrapped

original = "Salut, cand ajunge comandǎ mea? Se poate plǎti cu cardul?"
replies = [
    "GRATIS TOTAL!!! cumpǎrǎ acum, doar azi. nu ştiu cand ajunge.",
    "Salut Ana,\\n\\nComandǎ ajunge joi, dupǎ trei zile. Pretul este 100 lei.\\n\\nCu drag,\\nIon",
]
out = {"languages": list(LANGUAGES), "detected": [detect(r) for r in replies], "findings": []}
for reply in replies:
    for context in ({"language": "xx"}, {}):
        report = replylint.lint(reply, original, context=context)
        out["findings"].append([[f.rule, f.kind, f.message, f.suggestion] for f in report.findings])
out["ran"] = {k: sorted(v) for k, v in ran.items()}
out["rules"] = sorted(cls.id for cls in rules)
out["missing"] = [f"{cls.id}:{name}" for cls in rules for name in cls.lexicons
                  if not cls.lexicon_file(name, "xx").is_file()]
print(json.dumps(out))
"""


def _write_pack(root: Path) -> None:
    package = root / "xxpack"
    package.mkdir()
    (package / "__init__.py").write_text(PACK_MODULE, encoding="utf-8")
    for cls in discover().classes():
        for name in cls.lexicons:
            folder = cls.lexicon_file(name, "en").parent.name  # the rule's own folder, or "shared"
            path = package / "lexicons" / folder / f"{name}.xx.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            lines = WORDS.get(name, ["# nothing listed for xx yet"])
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    info = root / "xxpack-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: xxpack\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.languages]\nxx = xxpack:PACK\n", encoding="utf-8")


@pytest.fixture(scope="module")
def with_xx(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("site")
    _write_pack(root)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_pack_joins_the_installed_languages(with_xx: dict[str, object]) -> None:
    assert with_xx["languages"] == [*LANGUAGES, "xx"]
    assert with_xx["missing"] == []


def test_its_letters_and_words_tell_it_from_english(with_xx: dict[str, object]) -> None:
    assert with_xx["detected"] == ["xx", "xx"]


def test_every_rule_runs_on_it_without_an_error(with_xx: dict[str, object]) -> None:
    ran = with_xx["ran"]
    assert isinstance(ran, dict)
    assert sorted(ran) == with_xx["rules"]
    assert all("xx" in langs for langs in ran.values())
    findings = with_xx["findings"]
    assert isinstance(findings, list)
    assert not [f for report in findings for f in report if f[0] == "internal-error"]


def test_its_words_and_phrases_are_what_the_rules_use(with_xx: dict[str, object]) -> None:
    findings = with_xx["findings"]
    assert isinstance(findings, list)
    shouted, polite = findings[0], findings[2]
    kinds = {(f[0], f[1]) for f in shouted}
    # its lexicons: spam and pressure phrases, an admission without an offer; its phrases: the suggested closing
    assert {("mass-mailing", "spam-phrase"), ("pushy", "pressure"), ("honest-unknown", "nothing-offered")} <= kinds, (
        kinds
    )
    assert any(f[0] == "sign-off" and f[3] and f[3].startswith("Cu drag,\n<numele tǎu>") for f in shouted), shouted
    # its greetings and closings: a reply that greets and signs off in xx is not flagged for either
    assert not {f[0] for f in polite} & {"greeting-name", "sign-off"}, polite


def test_a_pack_needs_only_a_code_a_script_and_a_greeting() -> None:
    minimal = LanguagePack(code="zz", title="Zz", script="latin", phrases=Phrases(greeting="Hi"))
    assert minimal.lemmatizer().lemmas("Words") == frozenset({"words"})
    assert minimal.grammar == Grammar()
    assert pack("uk").morphology(pack("uk").lemmatizer()).vocative("Олена") == "Олено"


def test_a_broken_pack_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    from replylint import languages
    from replylint.errors import ReplylintError

    def fake(value: str) -> Callable[..., list[EntryPoint]]:
        return lambda group: [EntryPoint(name="qq", value=value, group=group)]

    monkeypatch.setattr(languages, "entry_points", fake("replylint.languages.en:PACK"))
    with pytest.raises(languages.LanguageError, match=r"'qq'.*whose code is 'qq'"):
        languages.installed.__wrapped__()
    monkeypatch.setattr(languages, "entry_points", fake("no_such_module_here:PACK"))
    with pytest.raises(ReplylintError, match=r"language pack 'qq' .* failed to load"):
        languages.installed.__wrapped__()
    with pytest.raises(languages.LanguageError, match="no language pack for 'qq'"):
        pack("qq")
