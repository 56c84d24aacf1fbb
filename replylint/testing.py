"""Helpers for testing replies and rules, public so plugin authors test their rules the way the built-ins are."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from replylint.i18n import environment_language, tr
from replylint.model import Finding, Report, Severity
from replylint.registry import Registry
from replylint.rule import Example, Rule


def example_id(rule_cls: type[Rule], example: Example) -> str:
    """`greeting-name[uk-bad-1]`: stable ids, so `pytest -k greeting-name` selects one rule's examples."""
    same = [e for e in rule_cls.examples if e.lang == example.lang and e.is_bad == example.is_bad]
    n = next(i for i, e in enumerate(same, 1) if e is example)
    return f"{rule_cls.id}[{example.lang}-{'bad' if example.is_bad else 'good'}-{n}]"


def iter_examples(rule_cls: type[Rule]) -> Iterator[tuple[str, Example]]:
    for ex in rule_cls.examples:
        yield example_id(rule_cls, ex), ex


def lint_example(rule_cls: type[Rule], example: Example) -> Report:
    """Lint an example with only its rule selected, its options, and its language fixed."""
    from replylint.api import lint

    facts: dict[str, Any] = {"language": example.lang, **example.facts}
    options = {rule_cls.id: dict(example.options)} if example.options else None
    return lint(
        example.reply, example.original, context=facts, options=options, registry=Registry.from_classes([rule_cls])
    )


def example_problems(rule_cls: type[Rule], example: Example) -> list[str]:
    """What is wrong with the rule's behaviour on this example; empty when it behaves as declared."""
    report = lint_example(rule_cls, example)
    lang = environment_language()
    problems = [
        tr(lang, "internal error: {message}").format(message=f.message)
        for f in report.findings
        if f.rule == "internal-error"
    ]
    mine = report.by_rule(rule_cls.id)
    found_kinds = sorted({f.kind for f in mine})
    if not example.is_bad:
        if mine:
            problems.append(
                tr(lang, "a good example was flagged: {found}").format(
                    found="; ".join(f"{f.kind} {report.flagged(f)!r}" for f in mine)
                )
            )
        return problems
    wanted_kinds = sorted({flag if isinstance(flag, str) else flag[0] for flag in example.flags})
    if found_kinds != wanted_kinds:
        problems.append(
            tr(lang, "expected kinds {wanted}, found {found}").format(wanted=wanted_kinds, found=found_kinds)
        )
    for flag in example.flags:
        if isinstance(flag, tuple):
            kind, quoted = flag
            if quoted not in report.text and quoted not in (report.signature or ""):
                problems.append(
                    tr(lang, "flag text {quoted} does not occur in the linted text").format(quoted=repr(quoted))
                )
                continue
            if not any(f.kind == kind and _flags_first(report, f, quoted) for f in mine):
                spans = [(f.kind, report.flagged(f)) for f in mine]
                problems.append(
                    tr(lang, "expected {kind} exactly at {quoted}; found {spans}").format(
                        kind=kind, quoted=repr(quoted), spans=spans
                    )
                )
    return problems


def _flags_first(report: Report, f: Finding, quoted: str) -> bool:
    """Whether `f` covers exactly the first occurrence of `quoted` in the text or signature block it points into."""
    if f.location.kind == "text":
        start, end, source = f.start, f.end, report.text
    elif f.location.kind == "signature":
        start, end, source = f.location.start, f.location.end, report.signature or ""
    else:
        return False
    return source.find(quoted) == start and end == start + len(quoted)


def check_examples(rule_cls: type[Rule]) -> None:
    """Assert every example of a rule behaves as declared (raises AssertionError listing each failure)."""
    failures: list[str] = []
    for name, ex in iter_examples(rule_cls):
        failures.extend(f"{name}: {p}" for p in example_problems(rule_cls, ex))
    if failures:
        raise AssertionError("\n".join(failures))


def contract_problems(rule_cls: type[Rule]) -> list[str]:
    """The documentation contract: a summary and rationale, good and bad examples per language, every kind shown."""
    ui = environment_language()
    problems = []
    if not rule_cls.rationale():
        problems.append(tr(ui, "the docstring needs a rationale after the summary line"))
    for lang in sorted(rule_cls.languages):
        exs = [e for e in rule_cls.examples if e.lang == lang]
        if not any(e.is_bad for e in exs):
            problems.append(tr(ui, "no bad example in {lang}").format(lang=lang))
        if not any(not e.is_bad for e in exs):
            problems.append(tr(ui, "no good example in {lang}").format(lang=lang))
    shown = {flag if isinstance(flag, str) else flag[0] for e in rule_cls.examples for flag in e.flags}
    for kind in rule_cls.messages:
        if kind not in shown:
            problems.append(tr(ui, "message kind {kind} is not shown by any bad example").format(kind=repr(kind)))
    return problems


class ReplyNotOk(AssertionError):
    """Raised by assert_reply_ok; carries the report so test output can show the findings."""

    def __init__(self, report: Report, fail_on: Severity) -> None:
        from replylint.formats.text import render

        self.report = report
        headline = tr(environment_language(), "reply has findings:")
        super().__init__(headline + "\n" + render([report], summary=False, show_source=True))


def assert_reply_ok(
    reply: Any,
    original: Any = None,
    *,
    fail_on: Severity | str = Severity.WARNING,
    template: bool = False,
    **lint_kwargs: Any,
) -> Report:
    """Lint a reply and fail the calling test if anything at or above `fail_on` is found.

    `template=True` lints it as the pytest plugin lints template files: placeholders such as
    `{{ customer.first_name }}` are expected there, while in a rendered reply they mean nobody filled them in.
    """
    from dataclasses import replace

    from replylint.api import lint
    from replylint.model import Context

    level = Severity.parse(fail_on)
    if template:
        lint_kwargs["context"] = replace(Context.coerce(lint_kwargs.get("context")), template=True)
    report = lint(reply, original, **lint_kwargs)
    if report.fails(level):
        raise ReplyNotOk(report, level)
    return report
