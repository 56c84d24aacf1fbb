"""Edge cases of quote-unrecognised: attributions the splitter misses, inline answers, pasted originals."""

from __future__ import annotations

from replylint import lint
from replylint.model import Report

ORIGINAL = "Hi,\n\nDoes the Grain-Free Turkey kibble suit a puppy of four months?\n\nZara"
ANSWER = "Hi Zara,\n\nNot yet: the Grain-Free Turkey is an adult recipe.\n\nThanks,\nZoe"


def _run(reply: str, original: str | None = None) -> Report:
    return lint(reply, original, context={"language": "en"}, select=["quote-unrecognised"])


def _found(reply: str, original: str | None = None) -> list[tuple[str, str]]:
    report = _run(reply, original)
    return [(f.kind, report.text[f.start : f.end]) for f in report.by_rule("quote-unrecognised")]


def test_inline_answers_under_a_recognised_header_are_fine() -> None:
    reply = (
        "Hi Louise,\n\nOn Tue, 3 Jun 2025 at 09:12, Louise <louise@example.org> wrote:\n"
        "> Can I swap the jacket for navy?\n\nYes, the label is in your inbox.\n\n"
        "> And can I keep the belt?\n\nOf course.\n\nKind regards,\nSophie"
    )
    assert _found(reply) == []


def test_you_asked_is_an_attribution() -> None:
    reply = "Hi Paul,\n\nYou asked:\n> Is the water tank dishwasher-safe?\n\nNo, please wash it by hand.\n\nBest,\nMaya"
    assert _found(reply) == []


def test_a_colon_line_without_a_verb_of_writing_is_not_an_attribution() -> None:
    reply = "Hi Paul,\n\nYour question:\n> Is the water tank dishwasher-safe?\n\nNo, wash it by hand.\n\nBest,\nMaya"
    assert _found(reply) == [("no-header", "> Is the water tank dishwasher-safe?")]


def test_pasted_original_needs_the_original() -> None:
    reply = ANSWER + "\n\n" + ORIGINAL
    assert _found(reply) == []
    assert _found(reply, ORIGINAL) == [("pasted", ORIGINAL)]


def test_pasted_under_a_rule_line_and_with_different_spacing() -> None:
    reply = (
        ANSWER + "\n\n________________________________\nHi,\nDoes the Grain-Free  Turkey kibble suit a puppy of "
        "four months?\nZara"
    )
    [(kind, span)] = _found(reply, ORIGINAL)
    assert kind == "pasted" and span.startswith("Hi,") and span.endswith("Zara")


def test_repeating_a_sentence_inside_the_answer_is_not_a_paste() -> None:
    reply = (
        "Hi Zara,\n\nDoes the Grain-Free Turkey kibble suit a puppy of four months?\n\n"
        "Not yet: it is an adult recipe.\n\nThanks,\nZoe"
    )
    assert _found(reply, ORIGINAL) == []


def test_only_greeting_and_name_in_common_is_not_a_paste() -> None:
    assert _found("Hi,\n\nThe kibble ships today.\n\nZara", ORIGINAL) == []


def test_a_reply_that_is_only_the_customers_text_is_not_a_paste() -> None:
    assert _found(ORIGINAL, ORIGINAL) == []


def test_a_client_quote_in_html_is_attributed_by_its_structure() -> None:
    """Gmail's quote markup says a quote starts there even when its header is in a language nobody listed."""
    reply = (
        '<div dir="ltr">Hi Zara,<br><br>Not yet: it is an adult recipe.<br><br>Thanks,<br>Zoe</div>'
        '<div class="gmail_quote"><div class="gmail_attr">Ven 30 Aprili 2025 saa 15:19, Zara '
        '&lt;zara@example.com&gt; aliandika:<br></div><blockquote class="gmail_quote">Does it suit a puppy?'
        "</blockquote></div>"
    )
    assert _found(reply) == []


def test_a_bare_blockquote_in_html_has_no_header() -> None:
    reply = (
        "<p>Hi Zara,</p><blockquote>Does the Grain-Free Turkey kibble suit a puppy?</blockquote>"
        "<p>Not yet: it is an adult recipe.</p><p>Thanks,<br>Zoe</p>"
    )
    assert _found(reply) == [("no-header", "> Does the Grain-Free Turkey kibble suit a puppy?")]
