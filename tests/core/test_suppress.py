from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

import replylint
from replylint import suppress
from replylint.cli import main


def test_range_directive_is_stripped_and_covers_until_enable() -> None:
    text = "Hi\nreplylint: disable=length\nA\nreplylint: enable=length\nB\n"
    sup = suppress.read(text)
    assert sup.text == "Hi\nA\nB\n"
    assert sup.covers("length", 3, 4)
    assert not sup.covers("length", 5, 6)
    assert not sup.covers("pushy", 3, 4)


def test_open_range_runs_to_the_end_and_comment_wrappers() -> None:
    text = "<!-- replylint: disable=pushy,length -->\nBuy now!\n{# replylint: disable=sign-off #}\nX"
    sup = suppress.read(text)
    assert sup.text == "Buy now!\nX"
    assert sup.covers("pushy", 0, 8) and sup.covers("length", 0, 10) and sup.covers("sign-off", 9, 10)


def test_next_line_only() -> None:
    sup = suppress.read("replylint: disable-next-line=pushy\nBuy now\nBuy now\n")
    assert sup.covers("pushy", 0, 7)
    assert not sup.covers("pushy", 8, 15)


def test_header_disables_whole_message() -> None:
    sup = suppress.read("anything", header="length, pushy")
    assert sup.covers("length", 0, 8) and sup.covers("pushy", 3, 3)


def test_malformed_directives_become_problems() -> None:
    sup = suppress.read("replylint: disable\nreplylint: disable=Length!\nreplylint: enable=pushy\nok")
    assert sup.text == "ok"
    assert len(sup.problems) == 3
    assert "without an earlier" in sup.problems[2].message


def test_prose_mentioning_replylint_is_left_alone() -> None:
    text = "We use replylint: it checks replies.\n"
    sup = suppress.read(text)
    assert sup.text == text
    assert not sup.problems


def test_next_line_skips_blank_lines_and_a_dangling_directive_is_reported() -> None:
    sup = suppress.read("replylint: disable-next-line=pushy\n\nBuy now\n")
    assert sup.covers("pushy", 1, 8)
    dangling = suppress.read("Text\nreplylint: disable-next-line=pushy\n")
    assert dangling.problems and "no line after it" in dangling.problems[0].message


def test_a_finding_is_suppressed_by_where_it_starts() -> None:
    sup = suppress.read("replylint: disable-next-line=length\nA long sentence\nthat wraps.\n")
    assert sup.covers("length", 0, 27)


def test_header_ids_may_be_separated_by_spaces() -> None:
    sup = suppress.read("x", header="pushy length")
    assert sup.covers("pushy", 0, 1) and sup.covers("length", 0, 1)


def test_engine_ids_cannot_be_suppressed() -> None:
    import replylint

    report = replylint.lint("replylint: disable=internal-error\nDone.", select=["length"])
    assert [f.data["kind"] for f in report.by_rule("invalid-suppression")] == ["engine-rule"]


HTML_MAIL = b"""From: Dana <dana@shop.example>
To: anna@example.com
Subject: Your order
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head><!-- replylint: disable=sign-off --></head><body><p>Hello Anna,</p>
<!-- replylint: disable-next-line=mass-mailing -->
<p>We ship it TODAY!!!!!! Really.</p><p>Your order ships tomorrow morning from our Kyiv warehouse.</p>
<p>PLEASE CHECK THE PARCEL!!!!!!</p>
<!-- an ordinary comment --><blockquote><!-- replylint: disable=length --><p>Where is it?</p></blockquote>
</body></html>
"""


def test_directives_in_html_comments_work_in_html_mail() -> None:
    report = replylint.lint(HTML_MAIL)
    assert "replylint" not in report.text and "ordinary comment" not in report.text
    rules = [(f.rule, report.text[f.start : f.end]) for f in report.findings]
    assert not any(rule == "sign-off" for rule, _ in rules)  # disabled in <head>
    # the next line only: the later shouting is still reported, the first is not
    shouting = [f for f in report.findings if f.rule == "mass-mailing"]
    assert [report.text[f.start : f.end] for f in shouting] == ["PLEASE CHECK THE PARCEL", "!!!!!!"]
    assert all(f.start > report.text.index("Kyiv") for f in shouting)


def test_whole_reply_findings_follow_an_open_disable_anywhere() -> None:
    reply = (
        "Subject: Re:\nFrom: dana@shop.example\nTo: anna@example.com\n\nHello Anna,\n\nYour parcel ships today.\n"
        "\n<!-- replylint: disable=subject-missing -->\nBest regards,\nDana\n"
    )
    assert not [f for f in replylint.lint(reply.encode()).findings if f.rule == "subject-missing"]
    directive = "<!-- replylint: disable=subject-missing -->"
    closed = reply.replace(directive, directive + "\nAlso\n<!-- replylint: enable=subject-missing -->")
    assert [f.kind for f in replylint.lint(closed.encode()).findings if f.rule == "subject-missing"] == ["prefix-only"]
    next_line = reply.replace("disable=", "disable-next-line=")
    assert [f.rule for f in replylint.lint(next_line.encode()).findings if f.rule == "subject-missing"]


def test_a_next_line_directive_on_the_last_line_keeps_whole_reply_findings() -> None:
    """Only a `disable=` left open reaches findings about the whole reply; a `disable-next-line` whose line
    happens to be the last, or a range closed at the very end, does not."""
    original = "When will my order 4821 arrive? Also, can I change the colour to blue?\nMarta"
    reply = (
        "Hello Marta,\n\nYour order arrives on Friday.\n\nKind regards,\n"
        "replylint: disable-next-line=unanswered-question\nDana"
    )
    kinds = [f.kind for f in replylint.lint(reply, original).findings if f.rule == "unanswered-question"]
    assert kinds == ["unanswered"]
    closed = reply.replace(
        "disable-next-line=unanswered-question\nDana",
        "disable=unanswered-question\nDana\nreplylint: enable=unanswered-question",
    )
    assert [f.rule for f in replylint.lint(closed, original).findings if f.rule == "unanswered-question"]
    left_open = reply.replace("disable-next-line=", "disable=")
    assert not [f for f in replylint.lint(left_open, original).findings if f.rule == "unanswered-question"]


@pytest.mark.parametrize(
    "shape",
    [
        "replylint:" + " " * 100_000,
        "<!-- replylint: disable=length" + " " * 100_000,
        " " * 100_000 + "x",
        "\t" * 100_000 + "x",
        "replylint: disable=length" + " \t" * 50_000 + "-->",
    ],
    ids=["directive+spaces", "html-directive+spaces", "spaces+char", "tabs+char", "directive+blanks+closer"],
)
def test_directive_lines_are_read_in_linear_time(shape: str) -> None:
    # these took seconds at 2 KB (cubic backtracking); 100 KB must be instant
    started = time.perf_counter()
    suppress.read(shape)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("line", "ids", "malformed"),
    [
        ("replylint: disable=length   ", ["length"], False),
        ("<!-- replylint: disable=length -->", ["length"], False),
        ("{# replylint:disable=pushy #}  ", ["pushy"], False),
        ("  // REPLYLINT : disable = length, pushy", ["length", "pushy"], False),
        ("<!-- replylint: disable=length --> -->", [], True),
        ("replylint: -->", [], True),
    ],
)
def test_directive_forms(line: str, ids: list[str], malformed: bool) -> None:
    sup = suppress.read(line + "\nBuy now\n")
    assert [r.rule for r in sup.ranges] == ids
    assert bool(sup.problems) == malformed


def test_covers_uses_the_union_of_ranges() -> None:
    text = "".join(f"replylint: disable-next-line=pushy\nBuy now {i}\n" for i in range(300))
    sup = suppress.read(text + "Buy later\n")
    starts = [i for i in range(len(sup.text)) if sup.text.startswith("Buy", i)]
    assert all(sup.covers("pushy", s, s + 3) for s in starts[:-1])
    assert not sup.covers("pushy", starts[-1], starts[-1] + 3)
    assert not sup.covers("length", starts[0], starts[0] + 3)


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
def test_bad_directives_on_consecutive_lines_are_each_reported_on_their_own_line(
    tmp_path: Path, stdin: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Hello Ivan,\n\nreplylint: disable=Bad Id\n# replylint: enabel=length\n"
        "<!-- replylint: disable=nosuch,other -->\n# replylint: disable=nosuch\n"
        "Your order shipped today and will arrive on Friday.\n\nKind regards,\nAnna\n"
    )
    path = tmp_path / "reply.txt"
    path.write_text(text, encoding="utf-8")
    if stdin:
        main(["check", "-", "--format", "json"], stdin=io.TextIOWrapper(io.BytesIO(text.encode())))
        findings = json.loads(capsys.readouterr().out)[0]["findings"]
        placed = sorted(
            (f["file_line"], f["data"].get("rule_id") or f["data"]["kind"])
            for f in findings
            if f["rule"] == "invalid-suppression"
        )
    else:
        placed = sorted(
            (f.file_line, str(f.data.get("rule_id") or f.data["kind"]))
            for f in replylint.lint(path).findings
            if f.rule == "invalid-suppression"
        )
    assert placed == [(3, "malformed"), (4, "malformed"), (5, "nosuch"), (5, "other"), (6, "nosuch")]


def test_bad_directives_on_consecutive_lines_of_a_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "welcome.txt"
    path.write_text(
        "---\nlanguage: en\n---\nHello {{ name }},\n\nreplylint: disable=Bad Id\n# replylint: enabel=x\n"
        "Your order shipped today and will arrive on Friday.\n\nKind regards,\nAnna\n",
        encoding="utf-8",
    )
    main(["check", "--template", str(path), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)[0]["findings"]
    assert sorted(f["file_line"] for f in findings if f["rule"] == "invalid-suppression") == [6, 7]
