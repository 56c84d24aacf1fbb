"""Mail-client conventions (attribution verbs, header labels, forward markers, mobile footers, sign-offs) as data.

Clients write the same structures in every language, so the splitter's code knows the shapes and the per-language
tables under `conventions/` know the words. A contributor adds a language or a client's wording by editing one
TOML file; the tables are merged across languages, because the language of a quoted message says nothing about
the language of the reply around it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from replylint.errors import ReplylintError

__all__ = ["FIELDS", "Conventions", "ConventionsError", "alternation", "conventions", "load"]

DIRECTORY = Path(__file__).with_name("conventions")
FIELDS = ("from", "sent", "date", "to", "cc", "subject", "reply-to")
"""Canonical header fields; a header block needs two of them, one of which says who or when."""

_SECTIONS: dict[str, tuple[str, ...]] = {
    "attribution": ("verbs", "openers", "weekdays"),
    "header": FIELDS,
    "forward": ("separators", "intros", "ends"),
    "mobile": ("footers", "sent", "prepositions"),
    "signature": ("sign_offs",),
}
_SPACE = re.compile(r"\s+")


class ConventionsError(ReplylintError):
    """A conventions table is not valid TOML or has a key or value the splitter does not know."""


@dataclass(frozen=True, slots=True)
class Conventions:
    """Every language's words, merged; each tuple is lower-cased, whitespace-normalised and de-duplicated."""

    languages: tuple[str, ...]
    verbs: tuple[str, ...]
    openers: tuple[str, ...]
    weekdays: tuple[str, ...]
    fields: Mapping[str, str]
    """Header label -> canonical field ("от кого" -> "from")."""
    separators: tuple[str, ...]
    intros: tuple[str, ...]
    ends: tuple[str, ...]
    """Separator words that close a forwarded message ("End forwarded message"): text below them is new."""
    footers: tuple[str, ...]
    sent: tuple[str, ...]
    prepositions: tuple[str, ...]
    sign_offs: tuple[str, ...]


def _norm(value: str) -> str:
    return _SPACE.sub(" ", value.strip()).lower()


def _strings(path: Path, where: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConventionsError(f"{path.name}: {where} must be a list of non-empty strings")
    return [_norm(v) for v in value]


def _read(path: Path) -> dict[str, dict[str, list[str]]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConventionsError(f"{path.name}: cannot read conventions ({exc})") from None
    out: dict[str, dict[str, list[str]]] = {}
    for section, table in data.items():
        keys = _SECTIONS.get(section)
        if keys is None or not isinstance(table, dict):
            raise ConventionsError(f"{path.name}: unknown section [{section}] (expected one of {sorted(_SECTIONS)})")
        for key, value in table.items():
            if key not in keys:
                raise ConventionsError(f"{path.name}: unknown key {section}.{key} (expected one of {list(keys)})")
            out.setdefault(section, {})[key] = _strings(path, f"{section}.{key}", value)
    return out


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def load(directory: Path = DIRECTORY) -> Conventions:
    """Read and merge every `*.toml` table in `directory` (raises ConventionsError naming a bad file)."""
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise ConventionsError(f"no conventions tables in {directory}")
    merged: dict[str, list[str]] = {}
    fields: dict[str, str] = {}
    for path in paths:
        for section, table in _read(path).items():
            for key, values in table.items():
                if section == "header":
                    for label in values:
                        fields.setdefault(label, key)
                else:
                    merged.setdefault(key, []).extend(values)

    def get(key: str) -> tuple[str, ...]:
        return _unique(merged.get(key, ()))

    return Conventions(
        languages=tuple(p.stem for p in paths),
        verbs=get("verbs"),
        openers=get("openers"),
        weekdays=get("weekdays"),
        fields=fields,
        separators=get("separators"),
        intros=get("intros"),
        ends=get("ends"),
        footers=get("footers"),
        sent=get("sent"),
        prepositions=get("prepositions"),
        sign_offs=get("sign_offs"),
    )


@cache
def conventions() -> Conventions:
    """The tables shipped with replylint, read once."""
    return load()


def alternation(words: Iterable[str], space: str = r"[ \t\xa0]++") -> str:
    """A regex matching any of the literal phrases, where a space matches a run of `space`.

    The phrases are merged into a prefix tree ("od|odesláno|oggetto" -> "o(?:d(?:esláno)?|ggetto)"): the regex
    engine tries alternatives one by one, so a flat list of two hundred labels would be tried two hundred times
    at every line start. Every phrase is escaped, so table entries are text, never patterns.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(root, space) if root else "(?!)"


_Trie = dict[str, "_Trie"]


def _trie_regex(node: _Trie, space: str) -> str:
    ends = "" in node
    branches = [
        (space if char == " " else re.escape(char)) + _trie_regex(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends else group
