"""`--diff` and `--fix`: apply the suggestions that are safe to apply, and only those.

A suggestion is usually advice ("say when the answer will come"), not text to paste. It is applied only when
all of this holds, so that a fix never changes what the reply says, only how it greets or closes:

- the rule and kind replace a greeting or a closing line by a whole line of the reply's language and register
  (`SAFE_KINDS`): a generic or wrongly named greeting, a greeting without the customer's name, an informal
  closing. Word-level fixes (ты -> Вы) are not applied: the verbs and adjectives around the word must agree.
- the suggestion is one line, and the flagged text is that line's greeting or closing: nothing but punctuation
  after it, and only a greeting word before it ("Привет, Петя!" becomes "Здравствуйте, Иван!"; "Hello Peter,
  thanks for your mail" is left alone);
- the line is in the reply's own text, placed on a file line that reads exactly as the reply's line (never in
  quoted text, never in HTML markup or an encoded body);
- every finding on that line that has a safe fix suggests the same line (two rules flagging "Dear Valued
  Customer" agree; if they disagreed, nothing is applied);
- in a template, only closings are fixed: a greeting suggestion names the sample customer, not a merge field.

Files are changed line by line as bytes: the other lines, the line endings and the encoding stay as they were.
An .eml is fixed only when its body is one text/plain part sent as 7bit or 8bit (a base64 or quoted-printable
body, HTML or several parts would need re-encoding that a mail client does better). A file that is not UTF-8 and
declares no charset is not changed, since its encoding cannot be told for certain.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from replylint.i18n import tr
from replylint.model import Finding, Report
from replylint.parsing.coerce import normalise_label, without_no_break_spaces

SAFE_KINDS = frozenset(
    {
        ("familiar-tone", "informal-closing"),
        ("greeting-name", "no-name"),
        ("greeting-name", "wrong-name"),
        ("mass-mailing", "generic-salutation"),
    }
)
"""(rule, kind) pairs whose suggestion is a whole greeting or closing line that replaces the flagged one."""
CLOSINGS = frozenset({("familiar-tone", "informal-closing")})
"""The safe kinds that are also safe in a template (see the module docstring)."""
_MAX_LEAD = 40
"""Characters a greeting word before the flagged name may have ("Добрый день, "): more is a sentence."""
_SENTENCE_END = re.compile(r"[.!?;:]")


@dataclass(frozen=True)
class Edit:
    """One file line replaced: 1-based `line`, its text before and after, and the findings it fixes."""

    line: int
    old: str
    new: str
    findings: tuple[Finding, ...]


@dataclass
class Plan:
    """What fixing one report's file would do; `refused` says why nothing can be changed in it at all."""

    source: str
    edits: list[Edit] = field(default_factory=list)
    refused: str | None = None
    codec: str = "utf-8"

    @property
    def fixed(self) -> int:
        return sum(len(e.findings) for e in self.edits)


def fixable(f: Finding, *, template: bool = False) -> bool:
    """Whether the finding's kind and suggestion can be a fix at all (its place in the file is checked later)."""
    kinds = CLOSINGS if template else SAFE_KINDS
    return (
        (f.rule, f.kind) in kinds
        and f.location.kind == "text"
        and bool(f.suggestion)
        and "\n" not in (f.suggestion or "")
        and bool((f.suggestion or "").strip())
        and f.end > f.start
    )


def plan(report: Report, data: bytes, *, lang: str = "en", template: bool = False) -> Plan:
    """The edits that would fix `report`'s safe findings in the file whose bytes are `data`."""
    result = Plan(report.source)
    candidates = [f for f in report.findings if fixable(f, template=template)]
    if not candidates:
        return result
    codec, refused = _file_codec(report, data, lang)
    if codec is None:
        result.refused = refused
        return result
    result.codec = codec
    raw_lines = data.split(b"\n")
    by_line: dict[int, list[tuple[Finding, str]]] = {}
    for f in candidates:
        line = _target_line(f, report.text, raw_lines, codec)
        if line is not None:
            by_line.setdefault(line, []).append((f, (f.suggestion or "").strip()))
    for number, found in sorted(by_line.items()):
        if len({new for _, new in found}) != 1:
            continue  # two rules suggest different lines: not unambiguous, left to the writer
        old = _decode(raw_lines[number - 1], codec)
        assert old is not None  # _target_line decoded it
        body = old.rstrip("\r")
        indent = body[: len(body) - len(body.lstrip(" \t"))]
        new = indent + found[0][1] + old[len(body) :]
        try:
            new.encode(codec)
        except UnicodeEncodeError:
            continue  # the suggestion's letters do not exist in the file's charset: left to the writer
        result.edits.append(Edit(number, old, new, tuple(f for f, _ in found)))
    return result


def _file_codec(report: Report, data: bytes, lang: str) -> tuple[str | None, str | None]:
    """The codec to re-encode a changed line with, or None and why the file is not changed."""
    headers = report.headers.raw if report.headers is not None else {}
    content_type = headers.get("content-type", "").strip()
    kind = content_type.split(";", 1)[0].strip().lower()
    encoding = headers.get("content-transfer-encoding", "").strip().lower()
    if kind and kind != "text/plain":
        return None, tr(lang, "not fixed: the body is {type}; edit it in the mail client").format(type=kind)
    if encoding and encoding not in ("7bit", "8bit"):
        return None, tr(
            lang, "not fixed: the body is {encoding}-encoded; only 7bit and 8bit plain text is changed"
        ).format(encoding=encoding)
    charset = re.search(r"charset\s*=\s*\"?([^\s\";]+)", content_type, re.IGNORECASE)
    if charset:
        codec = normalise_label(charset.group(1))
        if codec is None:
            return None, tr(lang, "not fixed: unknown charset {charset}").format(charset=charset.group(1))
        if _decode(data, codec) is None:
            return None, tr(lang, "not fixed: the body is not {charset} as declared").format(charset=charset.group(1))
        if encoding == "7bit" or (codec in ("ascii", "us-ascii")):
            return "ascii" if data.isascii() else codec, None
        return codec, None
    if data.isascii() and (encoding == "7bit" or report.headers is not None):
        return "ascii", None  # a message that names no charset is US-ASCII (RFC 2045): no letters may be added
    if _decode(data, "utf-8") is not None:
        return ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"), None
    return None, tr(lang, "not fixed: the file is not UTF-8 and names no charset, so its encoding is not certain")


def _decode(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _target_line(f: Finding, text: str, raw_lines: Sequence[bytes], codec: str) -> int | None:
    """The file line the finding's fix replaces, if the flagged text is that line's greeting or closing and the
    file line reads exactly as the reply's line."""
    if f.file_line is None or not 0 < f.file_line <= len(raw_lines):
        return None
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.start)
    end = len(text) if end < 0 else end
    if f.end > end:
        return None
    before, after = text[start : f.start], text[f.end : end]
    if any(c.isalnum() for c in after) or len(before.strip()) > _MAX_LEAD or _SENTENCE_END.search(before):
        return None
    raw = raw_lines[f.file_line - 1]
    if f.file_line == 1 and codec.startswith("utf-8"):
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    line = _decode(raw, codec)
    if line is None:
        return None
    shown = without_no_break_spaces(line).strip()
    if not shown or shown.startswith(">") or shown != without_no_break_spaces(text[start:end]).strip():
        return None
    return f.file_line


def apply(data: bytes, edits: Sequence[Edit], codec: str) -> bytes:
    """`data` with each edited line replaced; every other byte as it was."""
    lines = data.split(b"\n")
    for edit in edits:
        raw = lines[edit.line - 1]
        bom = b"\xef\xbb\xbf" if edit.line == 1 and raw.startswith(b"\xef\xbb\xbf") else b""
        lines[edit.line - 1] = bom + edit.new.encode("utf-8" if codec == "utf-8-sig" else codec)
    return b"\n".join(lines)


def unified_diff(source: str, plan: Plan, data: bytes) -> str:
    """What applying the plan to `data` would change, as `diff -u` prints it (three lines of context)."""
    if not plan.edits:
        return ""
    codec = "utf-8" if plan.codec == "utf-8-sig" else plan.codec
    before = [line.rstrip("\r") + "\n" for line in data.decode(codec, "replace").split("\n")]
    after = list(before)
    for edit in plan.edits:
        after[edit.line - 1] = edit.new.rstrip("\r") + "\n"
    if data.endswith(b"\n"):
        before, after = before[:-1], after[:-1]  # the empty piece after the last line ending is no line
    return "".join(difflib.unified_diff(before, after, fromfile=source, tofile=source))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file's content in one step (a reader sees the old file or the new one, never half), keeping
    its permissions; a symlink keeps pointing at the file it named, which is what gets the new content."""
    target = path.resolve()
    mode = target.stat().st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".replylint")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
