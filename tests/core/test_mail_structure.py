"""The engine's mail structure: lines, paragraphs and the per-reply memo rules share."""

from __future__ import annotations

import re

import pytest

from replylint.mail.lines import last_line_span, paragraphs, strip_paragraph, text_lines
from replylint.memo import Memo

_LENGTH_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")
"""How the length rule found paragraphs before there was one definition: kept here to show they agree."""


def test_paragraphs_are_blank_line_separated() -> None:
    text = "Hi Anna,\n\nFirst line\nsecond line.\n\n\nLast.\n"
    assert [text[s:e].strip() for s, e in paragraphs(text)] == ["Hi Anna,", "First line\nsecond line.", "Last."]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Anna,\n\nFirst line\nsecond line.\n\n\nLast.\n",
        "  lead\n \t \n\n  x\n\t\n",
        "one\n  \ntwo  \n\nthree",
        "\n\n\n",
        "",
        "a\x0b\n\n\x0cb c\n \n",
    ],
)
def test_stripped_paragraphs_are_what_the_length_rule_measured(text: str) -> None:
    for lo, hi in ((0, len(text)), (1, len(text) - 1), (2, len(text))):
        ours = [strip_paragraph(text, p) for p in paragraphs(text, lo, hi)]
        assert ours == [m.span() for m in _LENGTH_PARAGRAPH.finditer(text, lo, hi)]


def test_lines_and_the_last_line() -> None:
    text = "  Hello,\n\n Thanks \n\n"
    assert [(ln.start, ln.end, ln.text) for ln in text_lines(text)] == [(2, 8, "Hello,"), (11, 17, "Thanks")]
    assert last_line_span(text) == (11, 17) and last_line_span(" \n") == (0, 0)


def test_memo_computes_once_per_function_and_arguments() -> None:
    calls: list[tuple[str, int]] = []

    def double(owner: str, n: int) -> str:
        calls.append((owner, n))
        return owner * n

    memo = Memo()
    assert memo.get("ab", double, (2,)) == "abab" and memo.get("ab", double, (2,)) == "abab"
    assert memo.get("ab", double, (3,)) == "ababab"
    assert calls == [("ab", 2), ("ab", 3)] and len(memo) == 2


def test_a_cached_property_computes_once_per_instance_and_lands_in_the_instance() -> None:
    from dataclasses import dataclass

    from replylint.memo import cached_property

    calls: list[int] = []

    @dataclass(frozen=True)
    class Owner:
        n: int

        @cached_property
        def doubled(self) -> int:
            """Twice n."""
            calls.append(self.n)
            return self.n * 2

    a, b = Owner(1), Owner(2)
    assert (a.doubled, a.doubled, b.doubled) == (2, 2, 4)
    assert calls == [1, 2] and vars(a)["doubled"] == 2
    assert isinstance(Owner.__dict__["doubled"], cached_property) and Owner.doubled.__doc__ == "Twice n."


def test_an_owners_memo_lookup_gives_what_memo_get_gives() -> None:
    """`Analysis.memo` and `RuleContext.memo` read the memo's values directly on a hit; a miss computes."""
    from replylint.nlp import pipeline

    analysis = pipeline("en").analyse("Hello there")
    calls: list[int] = []

    def count(owner: object, k: int) -> int:
        calls.append(k)
        return k + 1

    assert analysis.memo(count, 1) == 2 and analysis.memo(count, 1) == 2 and analysis.memo(count, 2) == 3
    assert calls == [1, 2]


def test_the_greeting_name_page_and_the_rule_agree_on_nicknames() -> None:
    """The page says a short form the customer never used is the wrong name and the full form is fine."""
    import replylint
    from replylint_rules.greeting_name import GreetingName

    assert '"Kate" for "Katherine"' in " ".join((GreetingName.__doc__ or "").split())
    body = "Hi {},\n\nYour order left our warehouse today.\n\nKind regards,\nMarta"
    short = replylint.lint(body.format("Kate"), context={"customer_name": "Katherine Moore"}, select=["greeting-name"])
    assert [(f.kind, short.flagged(f)) for f in short.findings] == [("wrong-name", "Kate")]
    full = replylint.lint(body.format("Katherine"), "Where is my order?\n\nKate", select=["greeting-name"])
    assert full.findings == ()


def test_a_line_of_spaces_is_a_paragraph_break_for_the_signed_name_too() -> None:
    """Stated fix: the customer's name alone under a line of spaces is a signature, as under an empty line (the
    signed-name check used to look for a literal blank line, the one definition of a paragraph break does not)."""
    import replylint

    body = "Hello,\n\nYour order left today.\n\nKind regards,\nMarta"
    for gap in ("\n\n", "\n   \n"):
        report = replylint.lint(body, f"I need it by Friday{gap}Tomasz", select=["greeting-name"])
        assert [f.kind for f in report.findings] == ["no-name"], repr(gap)


def test_the_lines_of_a_text_are_each_callers_own() -> None:
    text = "Hello,\n\n  Thanks\n"
    first = text_lines(text)
    first.pop()
    first.append(first[0])
    assert [(ln.start, ln.end, ln.text) for ln in text_lines(text)] == [(0, 6, "Hello,"), (10, 16, "Thanks")]
    assert text_lines("Other\n")[0].text == "Other"
