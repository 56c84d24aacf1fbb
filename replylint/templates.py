"""Reply templates on disk: front matter or a sidecar file with a sample customer message, linted in template mode.

A canned reply answers a typical customer message; keeping that message beside the template lets rules such as
`unanswered-question` check the template against it. It can sit in the template itself, as front matter

    ---                                   +++
    original: |                           original = '''
      Where is my order 48213?            Where is my order 48213?
    language: en                          '''
    subject: Re: Where is my order?       language = "en"
    ---                                   +++

or in a sidecar file beside the template: `refund.txt` → `refund.original.txt` or `refund.original.eml`.

The `---` block is a deliberately small, strict subset of YAML (no PyYAML dependency, and no YAML surprises such
as `no` turning into false): `key: value` lines and `key: |` / `key: |-` literal blocks, full-line `#` comments,
keys `original`, `language` and `subject` only. Anything else is an error that names the line. The `+++` block
is TOML, read with the standard library.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replylint.engine import INVALID_SUPPRESSION
from replylint.errors import ReplylintError
from replylint.locate import directive_line, match_lines, text_lines_of
from replylint.model import LANGUAGES, Context, Finding, Report

if TYPE_CHECKING:
    from replylint.api import Linter

FRONT_MATTER_KEYS = ("language", "original", "subject")
SIDECAR_SUFFIXES = (".original.txt", ".original.eml")


class TemplateError(ReplylintError):
    """A template's front matter or sidecar file is unusable."""


@dataclass(frozen=True)
class Template:
    """A template file split into what is linted and what describes it."""

    path: Path
    body: bytes
    """The template without its front matter, byte for byte as in the file."""
    body_line: int = 1
    """The file line (1-based) the body starts on, so findings can point into the file."""
    original: str | Path | None = None
    """The sample customer message: text from the front matter, or the sidecar file's path."""
    facts: Mapping[str, Any] = field(default_factory=dict)
    """`language` and `subject` from the front matter, passed to the linter as context."""

    @property
    def is_eml(self) -> bool:
        return self.path.suffix.lower() == ".eml"

    def context(self, extra: Mapping[str, Any] | None = None) -> Context:
        """The lint context: the front matter's facts, then the caller's, always in template mode."""
        return replace(Context.coerce({**self.facts, **(extra or {})}), template=True)


def expand_globs(root: Path, patterns: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The template files the globs name under `root`, sorted and resolved, and the globs that name none.

    pathlib's `**` matches any depth, as users expect from `.gitignore`; sample messages beside a template
    (sidecars) are never templates themselves. A glob that is absolute or malformed raises ValueError, since the
    pytest plugin and the command line report it in their own way.
    """
    found: set[Path] = set()
    unmatched: list[str] = []
    for pattern in patterns:
        if Path(pattern).is_absolute() or pattern.startswith(("/", "\\")):
            raise ValueError(f"template glob {pattern!r} must be relative to {root}")
        try:
            matches = list(root.glob(pattern))
        except ValueError as exc:
            raise ValueError(f"bad template glob {pattern!r}: {exc}") from None
        files = {p.resolve() for p in matches if p.is_file() and not is_sidecar(p)}
        if not files:
            unmatched.append(pattern)
        found |= files
    return sorted(found), unmatched


def is_sidecar(path: Path) -> bool:
    """True for `x.original.txt` / `x.original.eml`: the sample message of another template, not a template."""
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in SIDECAR_SUFFIXES)


def load_template(path: Path) -> Template:
    """Read a template, split off its front matter and find its sidecar sample message."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None
    facts: dict[str, Any] = {}
    original: str | Path | None = None
    body, body_line = data, 1
    fence = _fence(data)
    if fence is not None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"{path}: a template with front matter must be UTF-8") from None
        values, body_text, body_line = parse_front_matter(text, fence, str(path))
        body = body_text.encode("utf-8")
        original = values.pop("original", None)
        facts = values
    sidecars = [p for p in (_sidecar(path, s) for s in SIDECAR_SUFFIXES) if p.is_file()]
    if len(sidecars) > 1:
        raise TemplateError(f"{path}: two sample messages ({sidecars[0].name}, {sidecars[1].name}); keep one")
    if sidecars:
        if original is not None:
            raise TemplateError(
                f"{path}: the sample message is both in the front matter and in {sidecars[0].name}; keep one"
            )
        original = sidecars[0]
    return Template(path, body, body_line, original, facts)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name[: -len(path.suffix)] + suffix if path.suffix else path.name + suffix)


def _fence(data: bytes) -> str | None:
    first = data.split(b"\n", 1)[0].rstrip(b"\r")
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    return {b"---": "---", b"+++": "+++"}.get(first)


def parse_front_matter(text: str, fence: str, where: str = "template") -> tuple[dict[str, Any], str, int]:
    """Split `text` into front-matter values, the body after the closing fence, and the body's first line."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    for end in range(1, len(lines)):
        if lines[end].rstrip("\r\n") == fence:
            break
    else:
        raise TemplateError(f"{where}: front matter opened with {fence!r} on line 1 is never closed")
    block = lines[1:end]
    values = _toml(block, where) if fence == "+++" else _yaml_subset(block, where)
    return values, "".join(lines[end + 1 :]), end + 2


def _check(key: str, value: Any, where: str) -> None:
    if key not in FRONT_MATTER_KEYS:
        raise TemplateError(f"{where}: unknown key {key!r}; use {', '.join(FRONT_MATTER_KEYS)}")
    if not isinstance(value, str):
        raise TemplateError(f"{where}: {key!r} must be text")
    if key == "language" and value not in LANGUAGES:
        raise TemplateError(f"{where}: language must be one of {', '.join(LANGUAGES)}")


def _toml(block: list[str], where: str) -> dict[str, Any]:
    try:
        values = tomllib.loads("".join(block))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{where}: front matter is not valid TOML: {exc}") from None
    for key, value in values.items():
        _check(key, value, f"{where}: front matter")
    return values


def _yaml_subset(block: list[str], where: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    i = 0
    while i < len(block):
        raw = block[i].rstrip("\r\n")
        lineno = i + 2
        i += 1
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[:1].isspace():
            raise TemplateError(f"{where}: front matter line {lineno}: unexpected indentation")
        key, sep, rest = raw.partition(":")
        key = key.strip()
        if not sep or not key or " " in key:
            raise TemplateError(f"{where}: front matter line {lineno}: expected 'key: value'")
        if key in values:
            raise TemplateError(f"{where}: front matter line {lineno}: {key!r} is given twice")
        rest = rest.strip()
        if rest in ("|", "|-"):
            body, i = _literal_block(block, i, where)
            value = body if rest == "|" else body.rstrip("\n")
        elif rest[:1] in ("|", ">", "[", "{", "&", "*", "!"):
            raise TemplateError(f"{where}: front matter line {lineno}: only plain values and '|' blocks are supported")
        else:
            value = _plain(rest, where, lineno)
        _check(key, value, f"{where}: front matter line {lineno}")
        values[key] = value
    return values


def _literal_block(block: list[str], i: int, where: str) -> tuple[str, int]:
    """A YAML `|` block: lines indented deeper than the key, indentation of the first one removed."""
    out: list[str] = []
    indent: int | None = None
    while i < len(block):
        raw = block[i].rstrip("\r\n")
        if raw.strip():
            if "\t" in raw[: len(raw) - len(raw.lstrip())]:
                raise TemplateError(f"{where}: front matter line {i + 2}: indent with spaces, not tabs")
            here = len(raw) - len(raw.lstrip(" "))
            if here == 0:
                break
            if indent is None:
                indent = here
            elif here < indent:
                raise TemplateError(f"{where}: front matter line {i + 2}: less indented than the block's first line")
            out.append(raw[indent:])
        else:
            out.append("")
        i += 1
    while out and not out[-1]:
        out.pop()
    if not out:
        raise TemplateError(f"{where}: front matter line {i + 1}: the '|' block is empty")
    return "\n".join(out) + "\n", i


def _plain(value: str, where: str, lineno: int) -> str:
    if value[:1] in ("'", '"'):
        if len(value) < 2 or value[-1] != value[0]:
            raise TemplateError(f"{where}: front matter line {lineno}: unterminated quoted value")
        inner = value[1:-1]
        if value[0] in inner:
            raise TemplateError(
                f"{where}: front matter line {lineno}: quotes inside a quoted value are not supported; use a '|' block"
            )
        return inner
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()
    return value


def lint_template(template: Template, linter: Linter, context: Mapping[str, Any] | None = None) -> Report:
    """Lint a loaded template in template mode (placeholders expected) against its sample message.

    `linter` is a `replylint.Linter`. A template without front matter is linted from its path, exactly as
    `replylint check --template` would; one with front matter is linted from the bytes after it.
    """
    ctx = template.context(context)
    reply: Path | bytes | str = template.path if template.body_line == 1 else template.body
    if template.body_line != 1 and not template.is_eml:
        reply = template.body.decode("utf-8")
    report = linter.lint(reply, template.original, context=ctx)
    return replace(report, source=str(template.path))


def file_lines(template: Template, report: Report) -> list[int]:
    """For each line of `report.text`, the template file's line it came from (1-based).

    Finding lines count within the reply's own text, which leaves out front matter, headers of an `.eml` and
    suppression directive lines; a person reading `refund.txt:7` wants the file's line 7. The reply's lines are
    matched in order against the file's; if that fails (an encoded `.eml` body), the front matter offset alone
    is applied.
    """
    body = text_lines_of(template.body)
    start = body.index("") + 1 if template.is_eml and "" in body else 0
    mapped = match_lines(report.text, body[start:])
    offset = template.body_line - 1 + start
    if mapped is None:
        return [n + 1 + offset for n in range(len(report.text.split("\n")))]
    return [n + offset for n in mapped]


def file_line(
    template: Template,
    report: Report,
    finding: Finding,
    lines: list[int] | None = None,
    used: set[tuple[int, str]] | None = None,
) -> int:
    """The file line of one finding (see `file_lines`).

    A finding about a suppression directive sits where the directive was removed from the text, i.e. at the start
    of the next kept line; it is moved back onto the directive's own line, which is what needs fixing. Two bad
    directives on consecutive lines were both removed before the same kept line: pass the same `used` set for all
    findings of one report so that each is put on its own directive's line, not both on the last one.
    """
    table = lines if lines is not None else file_lines(template, report)
    if not 0 < finding.line <= len(table):
        return finding.line + template.body_line - 1
    line = table[finding.line - 1]
    if finding.rule == INVALID_SUPPRESSION and finding.column == 1:
        previous = table[finding.line - 2] if finding.line > 1 else template.body_line - 1
        return directive_line(
            text_lines_of(template.body),
            line,
            previous,
            first=template.body_line,
            finding=finding,
            used=used if used is not None else set(),
        )
    return line


def with_file_positions(template: Template, report: Report) -> Report:
    """The report with every finding's `file_line`/`file_column` set to where it is in the template file."""
    table = file_lines(template, report)
    used: set[tuple[int, str]] = set()
    findings = tuple(
        f
        if f.file_line is not None
        else replace(f, file_line=file_line(template, report, f, table, used), file_column=f.column)
        for f in report.findings
    )
    return replace(report, findings=findings)


__all__ = [
    "FRONT_MATTER_KEYS",
    "Template",
    "TemplateError",
    "file_line",
    "file_lines",
    "is_sidecar",
    "lint_template",
    "load_template",
    "parse_front_matter",
    "with_file_positions",
]
