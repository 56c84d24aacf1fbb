from __future__ import annotations

import re
from pathlib import Path

import pytest

import replylint
from replylint.config import Config, config_from_mapping, find_config, load_config
from replylint.errors import ConfigError
from replylint.model import Severity
from replylint.registry import Registry
from replylint_rules.length import Length
from replylint_rules.subject_missing import SubjectMissing

REG = Registry.from_classes([Length, SubjectMissing])


def test_defaults_select_everything() -> None:
    assert Config().selected(REG) == ["length", "subject-missing"]


def test_select_ignore_severity_and_options() -> None:
    cfg = config_from_mapping(
        {
            "select": ["length", "subject-missing"],
            "ignore": ["subject-missing"],
            "fail-on": "error",
            "severity": {"length": "info"},
            "rules": {"length": {"max-words": 50}},
        },
        registry=REG,
    )
    assert cfg.selected(REG) == ["length"]
    assert cfg.fail_on is Severity.ERROR
    assert cfg.severity == {"length": Severity.INFO}
    assert cfg.rule_options("length", Length.Options).max_words == 50


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"selct": ["length"]}, "unknown key 'selct' (did you mean 'select'?)"),
        ({"select": ["lenght"]}, "unknown rule 'lenght' (did you mean 'length'?)"),
        ({"ignore": ["nope-rule"]}, "unknown rule 'nope-rule'"),
        ({"rules": {"length": {"max-word": 5}}}, "has no option 'max-word' (did you mean 'max-words'?)"),
        ({"rules": {"length": {"max-words": "many"}}}, "must be int"),
        ({"rules": {"subject-missing": {"x": 1}}}, "takes no options"),
        ({"fail-on": "fatal"}, "unknown severity 'fatal'"),
        ({"severity": {"length": "loud"}}, "unknown severity 'loud'"),
        ({"max-bytes": -1}, "max-bytes must be a positive integer"),
        ({"max-bytes": 2**31}, "at most 1,073,741,823"),  # spaCy's tokenizer refuses 2**30 characters
        ({"select": "length,,subject-missing", "templates": 3}, "templates must be a list of strings"),
    ],
)
def test_config_errors_are_clear(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=None) as info:
        config_from_mapping(data, registry=REG)
    assert message in str(info.value)


def test_find_config_walks_up_and_skips_foreign_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.replylint]\nfail-on = 'error'\n", encoding="utf-8")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.black]\nline-length = 80\n", encoding="utf-8")
    reply = inner / "reply.txt"
    reply.write_text("Hello", encoding="utf-8")
    assert find_config(reply) == tmp_path / "pyproject.toml"
    assert load_config(start=reply, registry=REG).fail_on is Severity.ERROR


def test_replylint_toml_wins_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.replylint]\nfail-on = 'error'\n", encoding="utf-8")
    (tmp_path / "replylint.toml").write_text("fail-on = 'info'\n", encoding="utf-8")
    assert load_config(start=tmp_path, registry=REG).fail_on is Severity.INFO


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "replylint.toml"
    bad.write_text("fail-on = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def test_allow_drops_findings_inside_an_allowed_phrase_only() -> None:
    reply = (
        "Hello Anna,\n\nYour parcel NOVA POSHTA EXPRESS SERVICE left today; hey bro, the mug is in it.\n"
        "PLEASE CHECK THE PARCEL.\n\nBest regards,\nDana"
    )
    plain = {(f.rule, reply[f.start : f.end]) for f in replylint.lint(reply).findings}
    assert ("mass-mailing", "NOVA POSHTA EXPRESS SERVICE") in plain and ("familiar-tone", "bro") in plain
    allowed = replylint.lint(
        reply, config={"allow": {"mass-mailing": ["nova  poshta express\nservice"], "familiar-tone": ["Bro"]}}
    )
    found = {(f.rule, reply[f.start : f.end]) for f in allowed.findings}
    assert found == {("mass-mailing", "PLEASE CHECK THE PARCEL")}  # not inside an allowed phrase: still reported


def test_allow_is_per_rule_and_whole_words() -> None:
    reply = "Hello Anna,\n\nYour parcel NOVA POSHTA EXPRESS SERVICE left today.\n\nBest regards,\nDana"
    other_rule = replylint.lint(reply, config={"allow": {"pushy": ["NOVA POSHTA EXPRESS SERVICE"]}})
    assert any(f.rule == "mass-mailing" for f in other_rule.findings)
    partial = replylint.lint(reply, config={"allow": {"mass-mailing": ["NOVA POSHTA EXPRESS SERVICES"]}})
    assert any(f.rule == "mass-mailing" for f in partial.findings)


@pytest.mark.parametrize(
    ("allow", "message"),
    [
        ({"mass-mailling": ["x"]}, "did you mean 'mass-mailing'"),
        ({"mass-mailing": "NOVA POSHTA"}, "list of words and phrases"),
        ({"mass-mailing": ["ok", 3]}, "list of strings"),
        ({"mass-mailing": [" "]}, "empty phrase"),
        (["mass-mailing"], "[allow] must be a table"),
    ],
)
def test_allow_is_validated(allow: object, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        replylint.lint("Hello Anna, thanks.", config={"allow": allow})
