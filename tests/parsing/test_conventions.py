"""The per-language conventions tables: every shipped file is valid, complete enough, and extendable as data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from replylint.parsing import _conventions as conv
from replylint.parsing.split import split_body

REQUIRED = [
    "en",
    "ru",
    "uk",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "sv",
    "da",
    "no",
    "fi",
    "hu",
    "ro",
    "tr",
    "ja",
    "zh",
    "ar",
]


def test_every_required_language_has_a_table() -> None:
    assert set(REQUIRED) <= set(conv.conventions().languages)


@pytest.mark.parametrize("lang", REQUIRED)
def test_each_table_names_attributions_headers_forwards_footers_and_sign_offs(lang: str) -> None:
    tables = conv._read(conv.DIRECTORY / f"{lang}.toml")
    assert tables["attribution"]["verbs"]
    assert {"from", "subject"} <= set(tables["header"])
    assert tables["header"].get("sent") or tables["header"].get("date")
    assert tables["forward"]["separators"]
    assert tables["mobile"]["footers"]
    assert tables["signature"]["sign_offs"]


def test_labels_map_to_their_field() -> None:
    fields = conv.conventions().fields
    assert fields["от кого"] == "from"
    assert fields["de la"] == "from"
    assert fields["差出人"] == "from"
    assert fields["تم الإرسال"] == "sent"


def test_a_new_entry_is_picked_up_without_code(tmp_path: Path) -> None:
    (tmp_path / "sw.toml").write_text(
        '[attribution]\nverbs = ["aliandika"]\n[header]\nfrom = ["Kutoka"]\nsubject = ["Mada"]\n', encoding="utf-8"
    )
    loaded = conv.load(tmp_path)
    assert loaded.languages == ("sw",)
    assert loaded.verbs == ("aliandika",)
    assert loaded.fields == {"kutoka": "from", "mada": "subject"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[attribution]\nverb = ['x']\n", "unknown key attribution.verb"),
        ("[headers]\nfrom = ['x']\n", "unknown section [headers]"),
        ("[attribution]\nverbs = 'wrote'\n", "must be a list"),
        ("[attribution]\nverbs = ['']\n", "must be a list"),
        ("[attribution\n", "cannot read"),
    ],
)
def test_a_broken_table_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "xx.toml").write_text(content, encoding="utf-8")
    with pytest.raises(conv.ConventionsError, match=re.escape(message)) as caught:
        conv.load(tmp_path)
    assert "xx.toml" in str(caught.value)


def test_an_empty_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(conv.ConventionsError, match="no conventions tables"):
        conv.load(tmp_path)


def test_entries_are_text_not_patterns() -> None:
    pattern = re.compile(f"^(?:{conv.alternation(['a.b', 'c+', 'de la'])})$", re.IGNORECASE)
    assert pattern.match("a.b") and pattern.match("c+") and pattern.match("DE \t la")
    assert not pattern.match("axb")
    assert not pattern.match("cc")


def test_alternation_of_nothing_matches_nothing() -> None:
    assert re.search(conv.alternation([]), "anything") is None


def test_shared_prefixes_are_merged() -> None:
    assert conv.alternation(["od", "odesláno", "oggetto"]) == "o(?:d(?:esláno)?|ggetto)"


def test_every_shipped_footer_is_recognised_as_a_footer() -> None:
    for footer in conv.conventions().footers:
        line = footer if footer.endswith(("iphone", "ios", "android")) else f"{footer} iPhone"
        split = split_body(f"Hello,\n\nIt is done.\n\n{line}\n")
        assert split.signature is not None, footer


def test_every_shipped_verb_closes_an_attribution() -> None:
    for verb in conv.conventions().verbs:
        body = f"It is done.\n\nOn 30.04.2025 15:19, Anna <anna@example.com> {verb}:\n> Where is it?\n"
        assert split_body(body).quote == "Where is it?", verb
