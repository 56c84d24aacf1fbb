"""Extract, update and compile replylint's gettext catalogs with Babel (a development tool, not needed to lint).

`extract_rules` is a Babel extraction method for rule modules. A rule declares its texts as data rather than
as calls (the `messages` dict and the docstring), so Babel's Python extractor cannot see them; this one reads
the class declarations from the source, without importing it, and gives each text the rule id as msgctxt. It
also passes the file to Babel's Python extractor for the `tr(lang, "...")` and `N_("...")` calls (the
suggestions a rule writes into the reply).

    python -m replylint.babel_extract            # extract, merge into the .po files, compile the .mo files
    python -m replylint.babel_extract --check    # exit 1 if a catalog is missing a message or is stale

The compiled .mo files are committed, so an install from a checkout (`pip install -e .`) needs no build step and
no Babel; tests/test_i18n.py fails when they or the .po files are out of date.
"""

from __future__ import annotations

import argparse
import ast
import copy
import io
import sys
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from replylint import __version__
from replylint.i18n import DOMAIN, LOCALE_DIR, TRANSLATED, doc_parts

REPO = Path(__file__).resolve().parents[1]
KEYWORDS: dict[str, Any] = {
    "tr": (2,),
    "ntr": (2, 3),
    "ptr": ((2, "c"), 3),
    "N_": None,
    "pgettext": ((1, "c"), 2),
    "Text": (1,),
    "_": None,
}
"""Our call forms: the language comes first, so Babel's defaults (`_`, `gettext`) do not fit."""
METHOD_MAP = [
    ("rules/**.py", "replylint.babel_extract:extract_rules"),
    ("replylint/**.py", "python"),
    ("replylint/auditing/templates/**.j2", "jinja2.ext:babel_extract"),
]
"""Which extractor reads which files, relative to the repository (Babel's mapping, as in a babel.cfg)."""

LANGUAGE_NAMES = {"ru": "Russian", "uk": "Ukrainian"}
Extracted = tuple[int, str, Any, list[str]]


def extract_rules(
    fileobj: Any, keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[Extracted]:
    """Babel extraction method: each rule class's summary, rationale and message templates (msgctxt = rule id),
    then the file's `tr`/`N_` calls."""
    source = fileobj.read()
    text = source.decode(options.get("encoding", "utf-8")) if isinstance(source, bytes) else source
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            yield from _rule_declaration(node)
    from babel.messages import extract

    python: Any = extract.extract_python  # typed for its own keyword mapping; Babel passes the keys, as here
    yield from python(io.BytesIO(text.encode("utf-8")), keywords, comment_tags, options)


def _rule_declaration(node: ast.ClassDef) -> Iterator[Extracted]:
    rule_id: str | None = None
    messages: ast.Dict | None = None
    for stmt in node.body:
        target, value = _assignment(stmt)
        if target == "id" and isinstance(value, ast.Constant) and isinstance(value.value, str):
            rule_id = value.value
        elif target == "messages" and isinstance(value, ast.Dict):
            messages = value
    if rule_id is None or messages is None:
        return
    summary, rationale = doc_parts(ast.get_docstring(node, clean=False))
    first = node.body[0].lineno if node.body else node.lineno
    for text in (summary, rationale):
        if text:
            yield first, "pgettext", (rule_id, text), [f"rule {rule_id}: page text"]
    for key, value in zip(messages.keys, messages.values, strict=True):
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            kind = str(key.value) if isinstance(key, ast.Constant) else "?"
            yield value.lineno, "pgettext", (rule_id, value.value), [f"rule {rule_id}, finding kind {kind}"]


def _assignment(stmt: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id, stmt.value
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return stmt.target.id, stmt.value
    return None, None


def extract_catalog(root: Path = REPO) -> Any:
    """A fresh template catalog (.pot) of every translatable text in the source tree."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="replylint", domain=DOMAIN, charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(root), METHOD_MAP, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
    ):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_po(path: Path) -> Any:
    from babel.messages.pofile import read_po as babel_read_po

    with path.open("rb") as fh:
        return babel_read_po(fh)


def update(locale_dir: Path = LOCALE_DIR, root: Path = REPO) -> list[Path]:
    """Merge new texts into each .po (new ones untranslated, vanished ones dropped) and compile the .mo files."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import write_po

    template = extract_catalog(root)
    written = []
    for lang in TRANSLATED:
        path = po_path(lang, locale_dir)
        from babel.messages.catalog import Catalog

        catalog = read_po(path) if path.is_file() else Catalog(locale=lang, domain=DOMAIN, project="replylint")
        dates = catalog.creation_date, catalog.revision_date
        memory = dict(catalog.obsolete)
        # a copy each: Babel adds the template's new Message objects themselves, so a translation revived into
        # one language's catalog would otherwise appear in the next language's too
        catalog.update(copy.deepcopy(template), no_fuzzy_matching=True)
        catalog.obsolete = {**memory, **catalog.obsolete}
        _revive(catalog)
        # A header that changes only when the texts do, so re-running the tool leaves a clean `git diff`.
        catalog.creation_date, catalog.revision_date = dates
        catalog.fuzzy = False
        catalog.header_comment = (
            f"# {LANGUAGE_NAMES[lang]} "
            "translations of replylint's findings, suggestions, rule pages and CLI errors.\n"
            "# Edit the msgstr lines only; `python -m replylint.babel_extract` adds new texts "
            "and compiles the .mo file."
        )
        catalog.version = __version__
        catalog.copyright_holder = "the replylint authors"
        catalog.msgid_bugs_address = ""
        catalog.last_translator = "the replylint authors"
        catalog.language_team = LANGUAGE_NAMES[lang]
        po, mo = io.BytesIO(), io.BytesIO()  # rendered whole before either file is touched
        write_po(po, catalog, width=116, omit_header=False, sort_output=False, include_lineno=False)
        write_mo(mo, catalog)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po.getvalue())
        path.with_suffix(".mo").write_bytes(mo.getvalue())
        written += [path, path.with_suffix(".mo")]
    return written


def _revive(catalog: Any) -> None:
    """Obsolete entries (`#~`) are the catalog's memory, as with GNU msgmerge: a text that comes back into the
    source (a reverted edit, a branch merged later) gets its translation back instead of an empty one."""
    for message in catalog:
        if not message.id or message.string:
            continue
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id  # as Babel keys its entries
        old = catalog.obsolete.pop((msgid, message.context) if message.context else msgid, None)
        if old is not None and old.string:
            message.string = old.string


def problems(locale_dir: Path = LOCALE_DIR, root: Path = REPO) -> list[str]:
    """What is wrong with the committed catalogs: texts missing or stale, untranslated, fuzzy, with other
    placeholders than the English, or .mo files that differ from their .po."""
    from replylint.i18n import placeholders

    wanted = {(m.context, m.id) for m in extract_catalog(root) if m.id}
    found: list[str] = []
    for lang in TRANSLATED:
        path = po_path(lang, locale_dir)
        if not path.is_file():
            found.append(f"{lang}: no catalog at {path}")
            continue
        catalog = read_po(path)
        have = {(m.context, m.id) for m in catalog if m.id}
        found += [f"{lang}: missing {_show(key)}" for key in sorted(wanted - have, key=str)]
        found += [f"{lang}: stale {_show(key)}" for key in sorted(have - wanted, key=str)]
        for m in catalog:
            if not m.id:
                continue
            ids = m.id if isinstance(m.id, tuple) else (m.id,)
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            if not all(strings) or m.fuzzy:
                found.append(f"{lang}: untranslated {_show((m.context, m.id))}")
            elif any(placeholders(s) != placeholders(ids[-1]) for s in strings):
                found.append(f"{lang}: placeholders differ in {_show((m.context, m.id))}")
        found += _mo_problems(lang, path, catalog)
    return found


def _mo_problems(lang: str, po: Path, catalog: Any) -> list[str]:
    """The .mo must hold exactly the .po's translations (compared as catalogs, not bytes)."""
    import gettext

    mo = po.with_suffix(".mo")
    if not mo.is_file():
        return [f"{lang}: no compiled catalog at {mo}"]
    with mo.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    expected: dict[Any, str] = {}
    for m in catalog:
        if not m.id or m.fuzzy:
            continue
        key = m.id[0] if isinstance(m.id, tuple) else m.id
        key = f"{m.context}\x04{key}" if m.context else key
        if isinstance(m.string, tuple):
            expected.update({(key, n): form for n, form in enumerate(m.string) if form})
        elif m.string:
            expected[key] = m.string
    catalog_of_mo = compiled._catalog  # type: ignore[attr-defined]  # the only view of a .mo's entries
    actual = {k: v for k, v in catalog_of_mo.items() if k}
    return [] if expected == actual else [f"{lang}: {mo.name} is stale; run `python -m replylint.babel_extract`"]


def _show(key: tuple[str | None, Any]) -> str:
    context, msgid = key
    msgid = msgid[0] if isinstance(msgid, tuple) else msgid
    short = msgid if len(msgid) <= 70 else msgid[:67] + "..."
    return f"[{context}] {short!r}" if context else repr(short)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replylint.babel_extract")
    parser.add_argument("--check", action="store_true", help="report stale or incomplete catalogs, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    for path in update():
        print(f"wrote: {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    left = [p for p in problems() if "untranslated" in p]
    for line in left:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
