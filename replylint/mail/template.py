"""A template's text as the greeting and sign-off are read in it: statements such as `{% if %}` blanked out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from replylint.mail.lines import Line
from replylint.nlp import Analysis, pipeline

if TYPE_CHECKING:
    from replylint.rule import RuleContext


@dataclass(frozen=True, slots=True)
class TemplateView:
    """The reply's text as the greeting and sign-off helpers read it.

    Linting a template, statements such as `{% if ticket.requester.first_name %}`, `{%- else -%}`, `{{#if name}}`
    and `{{/if}}` are markup: the customer never sees them, and a greeting written right after one
    (`{% if name %}Hello {{name}},`) still opens the reply. They are blanked with spaces (newlines kept), so
    every offset is the same as in `ctx.text`. `tags` are the blanked statements with their keyword (`if`,
    `else`, `endif`, `#if`, `/if`). A rendered reply, or a template without statements, is read as it is.
    """

    text: str
    analysis: Analysis
    tags: tuple[tuple[int, int, str], ...] = ()


def template_view(ctx: RuleContext) -> TemplateView:
    """The text with template statements blanked out (computed once per reply; see `TemplateView`)."""
    return ctx.memo(_template_view)


def _template_view(ctx: RuleContext) -> TemplateView:
    if ctx.facts.template:
        from replylint.placeholders import blank_out, find_placeholders

        markup = [p for p in find_placeholders(ctx.text) if not p.is_variable]
        if markup:
            text = blank_out(ctx.text, markup)
            tags = tuple((p.start, p.end, p.name.split(" ", 1)[0].strip("-~ ").casefold()) for p in markup)
            return TemplateView(text, pipeline(ctx.language).analyse(text), tags)
    return TemplateView(ctx.text, ctx.analysis)


_OPENERS = frozenset({"if", "unless", "case", "ifchanged"})


_BRANCHES = frozenset({"else", "elsif", "elif", "when", "elseif"})


_MAX_BRANCHES = 8
"""Greeting candidates read in one conditional; real templates have two or three branches."""


def _is_opener(keyword: str) -> bool:
    return keyword in _OPENERS or keyword[:1] in ("#", "^")


def _is_end(keyword: str) -> bool:
    return keyword.startswith(("end", "/"))


def branch_lines(view: TemplateView, first: Line) -> list[Line]:
    """The first line of prose and, when it opens a conditional (`{% if name %}Hello {{name}},{% else %}Hello,
    {% endif %}`), the first line of each other branch: any of them may be what the customer reads first. Each
    branch ends where the next one (or the conditional) does, so "Hello," is not read as addressing "Hello"."""
    before = [t for t in view.tags if t[1] <= first.start]
    if not before or not _is_opener(before[-1][2]) or view.text[before[-1][1] : first.start].strip():
        return [first]
    starts = [first.start]
    stops: list[int] = []
    depth = 1
    for start, end, keyword in view.tags[len(before) :]:
        if _is_opener(keyword):
            depth += 1
            continue
        if not (_is_end(keyword) or keyword in _BRANCHES) or depth > 1:
            depth -= _is_end(keyword)
            continue
        stops.append(start)
        if _is_end(keyword) or len(starts) >= _MAX_BRANCHES:
            break
        starts.append(end)
    out: list[Line] = []
    for i, start in enumerate(starts):
        line = _next_line(view.text, start)
        if line is None:
            continue
        stop = min(line.end, stops[i]) if i < len(stops) else line.end
        text = view.text[line.start : stop].rstrip()
        if text:
            out.append(Line(line.start, line.start + len(text), text))
    return out


def _next_line(text: str, pos: int) -> Line | None:
    """The first non-blank line of `text` from `pos` on (its part from `pos`), stripped like `text_lines`."""
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        stripped = text[pos:end].strip()
        if stripped:
            start = pos + text[pos:end].index(stripped[0])
            return Line(start, start + len(stripped), stripped)
        pos = end + 1
    return None
