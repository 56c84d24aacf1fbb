"""Typed finding locations: a rule says whether a problem is in the text, a header, the signature block or the
whole reply, and suppression, allowlists, file positions, the outputs and the example checks read that type."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import replylint
from replylint.formats import render
from replylint.model import Location
from replylint.registry import Registry
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint.testing import example_problems

REPLY = "Subject: Re: order\nFrom: dana@shop.example\n\nHello Anna,\n\nYour parcel ships today.\n\n-- \nAcme Team\n"


class Everywhere(Rule):
    """Report one problem of each location kind.

    Used to check that each kind reaches the finding and every consumer of it.
    """

    id = "everywhere"
    messages: ClassVar[dict[str, str]] = {
        "span": "a span",
        "header": "in {header}",
        "signature": "in the signature",
        "reply": "the reply",
    }

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        start = ctx.text.index("parcel")
        yield Hit("span", start, start + len("parcel"))
        yield Hit.in_header("header", "Subject", {"note": "x"})
        signature = ctx.reply.signature or ""
        at = signature.index("Acme")
        yield Hit.in_signature("signature", at, at + len("Acme"))
        yield Hit.whole_reply("reply")


def _lint(reply: str | bytes | Path, **kwargs: object) -> replylint.Report:
    return replylint.lint(reply, registry=Registry.from_classes([Everywhere]), **kwargs)  # type: ignore[arg-type]


def _by_kind(report: replylint.Report) -> dict[str, replylint.Finding]:
    return {f.kind: f for f in report.findings if f.rule == "everywhere"}


def test_each_kind_reaches_the_finding_with_an_anchor_in_the_text() -> None:
    report = _lint(REPLY)
    found = _by_kind(report)
    assert found["span"].location == Location() and report.flagged(found["span"]) == "parcel"
    assert found["header"].location == Location("header", header="Subject")
    assert found["header"].data == {"kind": "header", "header": "Subject", "note": "x"}
    assert found["header"].message == "in Subject"
    assert found["reply"].location.kind == "reply" and (found["reply"].start, found["reply"].end) == (0, 0)
    sig = found["signature"]
    assert sig.location.kind == "signature" and report.flagged(sig) == "Acme"
    # shown on the text's last line, which the signature block follows
    assert report.text[sig.start : sig.end] == "Your parcel ships today."
    assert report.flagged(found["header"]) == report.flagged(found["reply"]) == ""


def test_json_and_sarif_carry_the_location_kind() -> None:
    report = _lint(REPLY)
    data = report.to_dict()
    assert data["schema"] == 3
    kinds = {f["data"]["kind"]: f["location"] for f in data["findings"]}
    assert kinds == {
        "span": {"kind": "text"},
        "header": {"kind": "header", "header": "Subject"},
        "signature": {"kind": "signature", "start": 4, "end": 8},
        "reply": {"kind": "reply"},
    }
    sarif = json.loads(render("sarif", [report]))
    located = {
        r["properties"]["data"]["kind"]: r["properties"]["location"]["kind"] for r in sarif["runs"][0]["results"]
    }
    assert located == {"span": "text", "header": "header", "signature": "signature", "reply": "reply"}


def test_text_output_shows_the_signature_text_a_finding_covers() -> None:
    out = render("text", [_lint(REPLY)], show_source=True)
    assert "~ | Acme Team\n  | ^^^^\n" in out and "3 | Your parcel ships today.\n  |      ^^^^^^\n" in out


def test_a_header_finding_is_placed_on_its_header_line_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_text(REPLY, encoding="utf-8")
    found = _by_kind(_lint(path))
    assert found["header"].file_line == 1
    assert found["reply"].file_line == 4  # the text's first line: a whole-reply finding is shown there
    assert found["signature"].file_line == 6


def test_only_an_open_disable_reaches_header_and_whole_reply_findings() -> None:
    # A disable-next-line for the first line used to hide findings about the whole reply: they sat at offset 0.
    first_line = _by_kind(_lint(REPLY.replace("Hello Anna,", "replylint: disable-next-line=everywhere\nHello Anna,")))
    assert set(first_line) == {"span", "header", "signature", "reply"}
    left_open = _by_kind(_lint(REPLY.replace("Hello Anna,", "replylint: disable=everywhere\nHello Anna,")))
    assert set(left_open) == set()


def test_a_disable_left_open_after_the_last_line_reaches_the_signature() -> None:
    reply = REPLY.replace("ships today.\n", "ships today.\nreplylint: disable=everywhere\n")
    assert set(_by_kind(_lint(reply))) == {"span"}


def test_an_allowed_phrase_is_looked_for_where_the_finding_is() -> None:
    found = _by_kind(_lint(REPLY, config={"allow": {"everywhere": ["Acme Team"]}}))
    assert set(found) == {"span", "header", "reply"}
    found = _by_kind(_lint(REPLY, config={"allow": {"everywhere": ["parcel ships"]}}))
    assert set(found) == {"header", "signature", "reply"}  # the last line holds it, but not the signature


@pytest.mark.parametrize(
    ("hit", "error"),
    [
        (Hit("reply", 1, 2, where="reply"), "has no span"),
        (Hit("header", where="header"), "needs the header field's name"),
        (Hit("signature", 0, 99, where="signature"), "outside the signature"),
        (Hit("span", 0, 999), "outside the text"),
        (Hit.in_header("header", "To", {"header": "Cc"}), "may not be named 'header'"),
        (Hit("span", where="margin"), "unknown location"),  # type: ignore[arg-type]
    ],
)
def test_a_malformed_location_is_the_rules_bug(hit: Hit, error: str) -> None:
    class Broken(Everywhere):
        """Return one malformed hit.

        The engine must report it as the rule's failure.
        """

        id = "broken"

        def check(self, ctx: RuleContext) -> Iterator[Hit]:
            yield hit

    report = replylint.lint(REPLY, registry=Registry.from_classes([Broken]))
    assert [f.rule for f in report.findings] == ["internal-error"]
    assert "malformed finding" in report.findings[0].message and error in report.findings[0].message
    assert report.findings[0].location.kind == "reply"


def test_an_example_flag_may_quote_the_signature() -> None:
    class SignatureOnly(Everywhere):
        """Report the signature only.

        For the example checks.
        """

        id = "signature-only"
        examples = (bad("en", REPLY, ("signature", "Acme")), good("en", "Hello,\n\nDone.\n"))

        def check(self, ctx: RuleContext) -> Iterator[Hit]:
            yield from (h for h in super().check(ctx) if h.where == "signature")

    assert example_problems(SignatureOnly, SignatureOnly.examples[0]) == []
    wrong = bad("en", REPLY, ("signature", "Team"))
    assert "expected signature exactly at 'Team'" in example_problems(SignatureOnly, wrong)[0]
