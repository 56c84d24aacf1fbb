"""Rule documentation generated from each rule's declaration, so the docs cannot drift from the code.

`python -m replylint.docs` writes docs/rules/*.md, and the same pages in Russian and Ukrainian to
docs/ru/rules/ and docs/uk/rules/ (summary, rationale, messages and headings translated through the gettext
catalogs, see replylint.i18n); `--check` lists stale pages and exits 1 (the test suite runs it).
`replylint explain RULE [--message-language LANG]` prints the same page.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import typing
from collections.abc import Sequence
from pathlib import Path

from replylint.errors import RuleLoadError
from replylint.i18n import N_, TRANSLATED, ptr, rule_rationale, rule_summary, tr
from replylint.languages import pack
from replylint.model import LANGUAGES, Severity
from replylint.rule import Example, Rule
from replylint.testing import lint_example


def _fence(text: str) -> str:
    ticks = "```"
    while ticks in text:
        ticks += "`"
    return f"{ticks}text\n{text.rstrip()}\n{ticks}"


def _example_severities(cls: type[Rule], ex: Example) -> dict[str, Severity]:
    """The severity each expected kind is reported at when the example runs.

    A finding can be downgraded per hit (an autoreply with no help link is only info), and a page that shows it
    under "Flagged" without saying so led blind readers to label such replies as warnings: the page must say
    what a user will see, so the examples are run rather than described.
    """
    if not ex.is_bad:
        return {}
    seen: dict[str, Severity] = {}
    for finding in lint_example(cls, ex).findings:
        if finding.rule == cls.id:
            kind = finding.kind
            seen[kind] = max(seen.get(kind, finding.severity), finding.severity)
    return seen


def _example_block(ex: Example, lang: str = "en", severities: dict[str, Severity] | None = None) -> list[str]:
    out: list[str] = []
    severities = severities or {}
    only_info = ex.is_bad and bool(severities) and max(severities.values()) is Severity.INFO
    label = (
        (tr(lang, "Noted (info, not a warning)") if only_info else tr(lang, "Flagged"))
        if ex.is_bad
        else tr(lang, "Fine")
    )
    head = f"**{label}**"
    if ex.note:
        head += f" — {ex.note}"
    out.append(head)
    out.append("")
    if ex.original:
        out.append(tr(lang, "Customer wrote:"))
        out.append("")
        out.append(_fence(ex.original))
        out.append("")
        out.append(tr(lang, "Reply:"))
        out.append("")
    out.append(_fence(ex.reply))
    extras = []
    if ex.facts:
        extras.append("facts: " + ", ".join(f"`{k}={v}`" for k, v in sorted(ex.facts.items())))
    if ex.options:
        extras.append("options: " + ", ".join(f"`{k}={v}`" for k, v in sorted(ex.options.items())))
    for flag in ex.flags:
        kind = flag[0] if isinstance(flag, tuple) else flag
        shown = f"`{kind}`"
        if severities.get(kind) is Severity.INFO:
            shown += " " + tr(lang, "(info)")
        if isinstance(flag, tuple):
            extras.append(tr(lang, "finds {kind} at «{text}»").format(kind=shown, text=flag[1]))
        else:
            extras.append(tr(lang, "finds {kind}").format(kind=shown))
    if extras:
        out.append("")
        out.append("; ".join(extras))
    out.append("")
    return out


ENGINE_PAGES = {
    "internal-error": N_("""# internal-error

*error · reported by the engine, not a rule*

A rule could not give an answer: it failed to load (a broken plugin, a missing lexicon), raised an exception,
ran past its time budget, or returned something that is not a finding.

## Why it is an error

A check that did not run is not a check that passed. A pre-send hook or a CI gate that treated a crashed rule as
clean would let through exactly the replies the rule exists to stop, so the engine reports the failure in the
rule's place, at error, and the other rules go on. The message names the rule and what went wrong; the finding's
`data` holds the rule id and the kind of failure (`timeout` for a rule stopped by or over its time budget,
`rule-failure` for everything else).

## What to do

Run `replylint rules` to see which rules load; reinstall or fix the plugin that fails; report a crash of a
built-in rule with the reply that caused it. To lint without a broken plugin meanwhile, `--ignore` its rule id.
"""),
    "invalid-suppression": N_("""# invalid-suppression

*warning · reported by the engine, not a rule*

A `replylint: disable=…` / `enable=…` directive (or an `X-Replylint-Disable` header) that cannot be obeyed. The
finding's `data.kind` says which: `malformed` (no rule ids, or a line that only looks like a directive),
`unknown-rule` (an id no installed rule has), `engine-rule` (`internal-error` and `invalid-suppression` report
replylint's own failures and cannot be switched off).

## Why it is a warning

A typo in a directive would otherwise switch nothing off, or the wrong rule, without anyone noticing; one bad
directive must not stop a template test run either, so it is reported instead of raised.

## Examples

```text
replylint: disable=lenght
```

finds `invalid-suppression` (`unknown-rule`). Write the rule id exactly as `replylint rules` lists it:
`replylint: disable=length`, and `replylint: enable=length` where the rule should apply again.
"""),
}
"""The pages `replylint explain` shows for the engine's own finding ids, which no rule class declares."""


def engine_page(rule_id: str, lang: str = "en") -> str:
    return tr(lang, ENGINE_PAGES[rule_id])


def _phrases_block(cls: type[Rule], lang: str) -> list[str]:
    """The phrase lists a rule declares (`Rule.page_phrases`), printed from its data so the page cannot drift."""
    phrases = cls.page_phrases()
    if not phrases:
        return []
    lines = [
        tr(lang, "## Recognised phrases"),
        "",
        tr(
            lang,
            "Generated from the rule's phrase lists; other forms of the same words (cases, word order "
            "where the language allows it) are recognised too, except a word in italics, which is recognised in "
            "that form only.",
        ),
        "",
    ]
    for ex_lang in LANGUAGES:
        listed = list(dict.fromkeys(_shown(p) for p in phrases.get(ex_lang, ())))
        if listed:
            lines += [f"### {pack(ex_lang).title}", "", " · ".join(f"«{p}»" for p in listed), ""]
    return lines


_QUOTED_WORD = re.compile(r'"([^"]+)"')


def _shown(phrase: str) -> str:
    """A lexicon entry as a reader of the page sees it: a wildcard as "…", a word matched in its written form only
    (quoted in the list: «"откладывается"», since «отложить» is also putting an item aside) in italics."""
    words = " ".join(phrase.replace("*", "…").split())
    return _QUOTED_WORD.sub(r"*\1*", words)


def render_rule(cls: type[Rule], lang: str = "en") -> str:
    """The rule's page in `lang`: the texts a rule declares and the page's own words translated, the examples
    (replies in their own languages) and option names as they are."""
    lines = [f"# {cls.id}", ""]
    langs = ", ".join(sorted(cls.languages))
    tags = tr(lang, " · tags: {tags}").format(tags=", ".join(cls.tags)) if cls.tags else ""
    lines += [f"*{cls.severity} · {langs}{tags}*", "", rule_summary(lang, cls), ""]
    if cls.rationale():
        lines += [tr(lang, "## Why it matters"), "", rule_rationale(lang, cls), ""]
    lines += [tr(lang, "## Examples"), ""]
    for ex_lang in LANGUAGES:
        examples = [e for e in cls.examples if e.lang == ex_lang]
        if not examples:
            continue
        lines += [f"### {pack(ex_lang).title}", ""]
        for ex in sorted(examples, key=lambda e: not e.is_bad):
            lines += _example_block(ex, lang, _example_severities(cls, ex))
    lines += _phrases_block(cls, lang)
    lines += [tr(lang, "## Messages"), "", tr(lang, "| kind | message |"), "|---|---|"]
    for kind, template in cls.messages.items():
        escaped = ptr(lang, cls.id, template).replace("|", "\\|")
        lines.append(f"| `{kind}` | {escaped} |")
    lines.append("")
    fields = dataclasses.fields(cls.Options)
    if fields:
        hints = typing.get_type_hints(cls.Options)
        lines += [tr(lang, "## Options"), "", tr(lang, "| option | type | default | meaning |"), "|---|---|---|---|"]
        for f in fields:
            default = (
                f.default
                if f.default is not dataclasses.MISSING
                else (f.default_factory() if f.default_factory is not dataclasses.MISSING else "")
            )
            name = f.name.replace("_", "-")
            kind = getattr(hints[f.name], "__name__", str(hints[f.name]))
            default_text = repr(default).replace("|", "\\|")
            lines.append(f"| `{name}` | {kind} | `{default_text}` | {f.metadata.get('doc', '')} |")
        lines += ["", tr(lang, "Set them in {table}.").format(table=f"`[tool.replylint.rules.{cls.id}]`"), ""]
    lines += _lexicon_lines(cls, lang)
    lines += [
        tr(lang, "## Suppression"),
        "",
        tr(
            lang,
            "In a draft or template: a line {disable} (until {enable}); in an .eml: the header {header}; "
            "everywhere: {ignore} in the config.",
        ).format(
            disable=f"`replylint: disable={cls.id}`",
            enable=f"`replylint: enable={cls.id}`",
            header=f"`X-Replylint-Disable: {cls.id}`",
            ignore=f'`ignore = ["{cls.id}"]`',
        ),
        "",
    ]
    return "\n".join(lines)


def _lexicon_lines(cls: type[Rule], lang: str) -> list[str]:
    """The rule's declared lexicons, each with the folder it is read from (its own or the shared one)."""
    if not cls.lexicons:
        return []
    lines = [
        tr(lang, "## Lexicons"),
        "",
        tr(lang, "Phrase lists the rule reads, one file per language ({pattern}):").format(
            pattern="`<name>.<lang>.txt`"
        ),
        "",
    ]
    for name in cls.lexicons:
        try:
            folder = cls.lexicon_file(name, LANGUAGES[0]).parent.name
        except FileNotFoundError:
            folder = "?"
        lines.append(f"- `{name}` (`lexicons/{folder}/`)")
    return [*lines, ""]


def render_index(classes: Sequence[type[Rule]], lang: str = "en") -> str:
    lines = [tr(lang, "# Rules"), ""]
    lines += [_other_languages(lang), ""]
    lines += [tr(lang, "| rule | severity | summary |"), "|---|---|---|"]
    for cls in sorted(classes, key=lambda c: c.id):
        lines.append(f"| [{cls.id}]({cls.id}.md) | {cls.severity} | {rule_summary(lang, cls)} |")
    return "\n".join(lines) + "\n"


def _other_languages(lang: str) -> str:
    """Links between the three rule indexes (docs/rules, docs/ru/rules, docs/uk/rules)."""
    links = []
    for other in ("en", *TRANSLATED):
        if other == lang:
            links.append(pack(other).title)
            continue
        up = "../" if lang == "en" else "../../"
        target = f"{up}rules/index.md" if other == "en" else f"{up}{other}/rules/index.md"
        links.append(f"[{pack(other).title}]({target})")
    return " · ".join(links)


def pages(classes: Sequence[type[Rule]], lang: str = "en") -> dict[str, str]:
    out = {"index.md": render_index(classes, lang)}
    for cls in classes:
        out[f"{cls.id}.md"] = render_rule(cls, lang)
    return out


def language_folder(folder: Path, lang: str) -> Path:
    """Where the `lang` pages go: the English folder (docs/rules) itself, or docs/<lang>/rules beside it."""
    return folder if lang == "en" else folder.parent / lang / folder.name


def write_all_docs(folder: Path, classes: Sequence[type[Rule]], *, check: bool = False) -> list[Path]:
    """The rule pages in every language; `folder` is the English one."""
    stale = []
    for lang in ("en", *TRANSLATED):
        stale += write_docs(language_folder(folder, lang), classes, check=check, lang=lang)
    return stale


def write_docs(folder: Path, classes: Sequence[type[Rule]], *, check: bool = False, lang: str = "en") -> list[Path]:
    """Write the pages (or, with check, only report them); return the paths that were or would be changed."""
    stale = []
    wanted = pages(classes, lang)
    for name, content in wanted.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(path)
            if not check:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if path.name not in wanted:
            stale.append(path)
            if not check:
                path.unlink()
    return stale


README_START = "<!-- rules-table: generated by `python -m replylint.docs` from the rule declarations -->"
README_END = "<!-- /rules-table -->"


def render_readme_table(classes: Sequence[type[Rule]]) -> str:
    """The README's rule table, so the README cannot drift from the rules a user has installed."""
    lines = [README_START, "", "| rule | default | what it asks of a reply | finds |", "|---|---|---|---|"]
    for cls in sorted(classes, key=lambda c: c.id):
        summary = cls.summary().replace("|", "\\|")
        kinds = ", ".join(f"`{kind}`" for kind in cls.messages)
        lines.append(f"| [`{cls.id}`](docs/rules/{cls.id}.md) | {cls.severity} | {summary} | {kinds} |")
    return "\n".join([*lines, "", README_END])


def write_readme_table(readme: Path, classes: Sequence[type[Rule]], *, check: bool = False) -> bool:
    """Replace the table between the README's markers; return whether it was (or, with check, would be) changed."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        raise ValueError(f"{readme}: no rules-table markers ({README_START!r} ... {README_END!r})")
    new = text[:start] + render_readme_table(classes) + text[end + len(README_END) :]
    if new == text:
        return False
    if not check:
        readme.write_text(new, encoding="utf-8")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    from replylint.registry import discover

    parser = argparse.ArgumentParser(prog="python -m replylint.docs")
    parser.add_argument("folder", nargs="?", default="docs/rules")
    parser.add_argument("--readme", default="README.md", help="the README whose rule table is regenerated")
    parser.add_argument("--check", action="store_true", help="list stale pages, write nothing, exit 1 if any")
    args = parser.parse_args(argv)
    registry = discover()
    # A rule that fails to load would silently lose its pages (and README row) here, so generation stops instead.
    broken = []
    for entry in registry:
        try:
            entry.load()
        except RuleLoadError as exc:
            broken.append(str(exc))
    if broken:
        print("\n".join(broken), file=sys.stderr)
        return 2
    classes = registry.classes()
    stale = write_all_docs(Path(args.folder), classes, check=args.check)
    if write_readme_table(Path(args.readme), classes, check=args.check):
        stale.append(Path(args.readme))
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
