"""Edge cases of address-invalid: what the address parser repairs, Reply-To, case, drafts without recipients."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Report

BODY = "Hi Anna,\n\nThe cable is 1 metre long, USB-C at both ends.\n\nKind regards,\nMarta"
ORIGINAL = (
    "From: Anna Lee <anna.lee@example.com>\nTo: support@shop.example\nSubject: Cable\n\n"
    "Hi, how long is the cable?\n\nAnna"
)


def _reply(*headers: str) -> str:
    return "\n".join(("From: Support <support@shop.example>", *headers, "Subject: Re: Cable", "", BODY))


def _kinds(report: Report) -> list[str]:
    return sorted(f.kind for f in report.by_rule("address-invalid"))


def _run(reply: str, original: str | None = ORIGINAL) -> Report:
    return lint(reply, original, select=["address-invalid"])


@pytest.mark.parametrize(
    "header",
    [
        "Reply-To: support @shop.example",  # a parser drops the space; a mail server rejects it
        "Cc: sklad(at)shop.example",  # a parser reads "(at)" as a comment
        "Cc: Team <team@shop..example>",
        "Cc: qa@shop.test",  # reserved name: nothing can be delivered there
    ],
)
def test_syntax_problems_the_parser_would_hide(header: str) -> None:
    report = _run(_reply("To: Anna Lee <anna.lee@example.com>", header))
    assert _kinds(report) == ["invalid-syntax"]
    [finding] = report.by_rule("address-invalid")
    assert (finding.start, finding.end) == (0, 0)
    assert finding.data["address"] in header


def test_invalid_recipient_is_not_also_reported_as_wrong() -> None:
    assert _kinds(_run(_reply("To: Anna Lee <anna.lee@@example.com>"))) == ["invalid-syntax"]


def test_one_matching_recipient_among_several_is_enough() -> None:
    reply = _reply("To: Warehouse <warehouse@shop.example>, Anna <ANNA.LEE@Example.COM>")
    assert _kinds(_run(reply)) == []


def test_wrong_recipient_names_both_addresses() -> None:
    report = _run(_reply("To: Anna Lee <anna.lee@example.org>"))
    [finding] = report.by_rule("address-invalid")
    assert finding.kind == "wrong-recipient"
    assert "anna.lee@example.org" in finding.message and "anna.lee@example.com" in finding.message
    assert finding.suggestion == "anna.lee@example.com"


def test_reply_to_or_from_of_the_original_are_both_accepted() -> None:
    original = ORIGINAL.replace("To: support@shop.example", "Reply-To: office@example.net\nTo: support@shop.example")
    assert _kinds(_run(_reply("To: office@example.net"), original)) == []
    assert _kinds(_run(_reply("To: anna.lee@example.com"), original)) == []
    assert _kinds(_run(_reply("To: someone@example.net"), original)) == ["wrong-recipient"]


def test_plus_address_is_a_different_mailbox() -> None:
    assert _kinds(_run(_reply("To: anna.lee+shop@example.com"))) == ["wrong-recipient"]


def test_draft_without_recipients_or_without_original() -> None:
    assert _kinds(_run(_reply())) == []
    assert _kinds(_run(_reply("To: nobody@example.org"), None)) == []


def test_plain_text_is_not_checked() -> None:
    assert _kinds(_run(BODY)) == []


def test_comment_after_the_address_is_valid() -> None:
    assert _kinds(_run(_reply("To: anna.lee@example.com (Anna Lee)"))) == []
