"""Inline suppression for templates and drafts: directive lines, read and removed before rules run.

    replylint: disable=length,pushy      (until `replylint: enable=...` or the end of the text)
    replylint: enable=length
    replylint: disable-next-line=familiar-tone
    <!-- replylint: disable=length -->    {# replylint: disable=length #}    (HTML and Jinja templates)

and, for .eml files, the header `X-Replylint-Disable: length, pushy` for the whole message. Rule ids are
required: a blanket "disable everything" hides the next real problem too. A malformed directive is reported as a
finding, not an exception, so one typo in a template does not stop a whole test run.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from replylint.i18n import Text
from replylint.model import LocationKind

HEADER = "x-replylint-disable"
_LINE = re.compile(r"[ \t]*+(?:<!--|\{#|#|//)?+[ \t]*+replylint[ \t]*+:", re.IGNORECASE)
"""A directive's start. perf: possessive, and the end of the line is taken apart by `_body` without a regular
expression: the former single pattern (a lazy body, then optional blanks, closer and blanks) backtracked cubically on
a directive followed by spaces (2 KB took 9 s) and quadratically on any line of leading spaces."""
_CLOSERS = ("-->", "#}")
_BODY = re.compile(r"^[ \t]*(?P<verb>disable-next-line|disable|enable)[ \t]*=[ \t]*(?P<ids>[a-z0-9][a-z0-9, \t-]*)$")
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Range:
    rule: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Problem:
    start: int
    end: int
    message: str
    """In English; a `replylint.i18n.Text`, which the pipeline shows in the findings' language."""
    directive: str


@dataclass
class Suppressions:
    """The text with directive lines removed, and which rules are off where (offsets into that text)."""

    text: str
    ranges: list[Range] = field(default_factory=list)
    whole: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    named: list[tuple[str, int, int]] = field(default_factory=list)
    """Every rule id a directive names, with the directive's position, so unknown ids can be reported."""
    left_open: set[str] = field(default_factory=set)
    """Rules a `disable=` switches off with no `enable=` after it: they also cover findings about a header, the
    signature or the whole reply."""
    _union: tuple[int, dict[str, tuple[list[int], list[int]]]] | None = field(default=None, repr=False, compare=False)

    def covers(self, rule: str, start: int, end: int, where: LocationKind = "text") -> bool:
        """Whether a finding of `rule` starting at `start` is switched off; where it starts decides, so a long
        sentence that begins on a disabled line is off even if it wraps onto the next.

        `where` is the finding's location kind. A finding about a header or the whole reply (a subject, an
        unanswered question) has no place in the text: only a `disable=` of its rule left open to the end turns it
        off, wherever the directive stands. The signature block follows the text, so a `disable=` left open
        reaches it too, as does a range over the text's last line, where the finding is shown (`start`).
        """
        if rule in self.whole:
            return True
        if where != "text" and rule in self.left_open:
            return True
        if where in ("header", "reply"):
            return False
        spans = self._spans().get(rule)
        if not spans:
            return False
        # the union of the rule's ranges, sorted: the last one starting at or before `start` decides
        i = bisect.bisect_right(spans[0], start) - 1
        return i >= 0 and start < spans[1][i]

    def _spans(self) -> dict[str, tuple[list[int], list[int]]]:
        """Per rule, the union of its ranges as sorted starts and ends. perf: a scan of every range per finding
        was quadratic on a template of many `disable-next-line` directives with many findings."""
        if self._union is None or self._union[0] != len(self.ranges):
            merged: dict[str, tuple[list[int], list[int]]] = {}
            for r in sorted(self.ranges, key=lambda r: (r.rule, r.start)):
                if r.start >= r.end:
                    continue  # an empty range covers nothing
                starts, ends = merged.setdefault(r.rule, ([], []))
                if ends and r.start <= ends[-1]:
                    ends[-1] = max(ends[-1], r.end)
                else:
                    starts.append(r.start)
                    ends.append(r.end)
            self._union = (len(self.ranges), merged)
        return self._union[1]


def _body(rest: str) -> str:
    """What follows `replylint:` on a directive line, less trailing blanks and one HTML/Jinja comment closer.

    The same as the shortest body after which only blanks, at most one closer and blanks remain.
    """
    body = rest.rstrip(" \t")
    if body.endswith(_CLOSERS):
        body = body[: -len("-->" if body.endswith("-->") else "#}")].rstrip(" \t")
    return body


def read(text: str, header: str | None = None) -> Suppressions:
    """Strip directive lines from `text` and record what they switch off."""
    out: list[str] = []
    pos = 0  # offset in the stripped text
    open_since: dict[str, int] = {}
    next_line: list[str] = []
    result = Suppressions(text="")
    if header:
        for rid in (p.strip() for p in re.split(r"[,\s]+", header)):
            if rid:
                result.whole.add(rid)
                result.named.append((rid, 0, 0))
    for line in text.splitlines(keepends=True):
        match = _LINE.match(line) if "replylint" in line.lower() else None
        if match is None:
            if next_line and line.strip():  # blank lines between the directive and its line do not use it up
                end = pos + len(line.rstrip("\r\n"))
                result.ranges.extend(Range(rid, pos, end) for rid in next_line)
                next_line = []
            out.append(line)
            pos += len(line)
            continue
        directive = line.strip()
        body = _BODY.match(_body(line[match.end() :].rstrip("\r\n")))
        ids = [p.strip() for p in body.group("ids").split(",") if p.strip()] if body else []
        if body is None or not ids or not all(_ID.match(i) for i in ids):
            result.problems.append(
                Problem(
                    pos,
                    pos,
                    Text("malformed replylint directive; write 'replylint: disable=rule-id[,rule-id]' or 'enable=...'"),
                    directive,
                )
            )
            continue
        verb = body.group("verb")
        for rid in ids:
            result.named.append((rid, pos, pos))
            if verb == "disable":
                open_since.setdefault(rid, pos)
            elif verb == "enable":
                if rid in open_since:
                    result.ranges.append(Range(rid, open_since.pop(rid), pos))
                else:
                    result.problems.append(
                        Problem(
                            pos, pos, Text("'enable={rule}' without an earlier 'disable={rule}'", rule=rid), directive
                        )
                    )
            else:
                next_line.append(rid)
    for rid in next_line:
        result.problems.append(
            Problem(pos, pos, Text("'disable-next-line={rule}' has no line after it", rule=rid), rid)
        )
    result.text = "".join(out)
    for rid, since in open_since.items():
        result.ranges.append(Range(rid, since, len(result.text)))
        result.left_open.add(rid)
    return result
