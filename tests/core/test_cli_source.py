"""`--show-source` prints the file's own line with carets, and every output places findings on file lines where
the reply's text can be found in the file (plain, HTML, stdin), or says "in the reply's text" where it cannot."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest

from replylint.cli import main

HEADERS = "From: Support <support@example.com>\nTo: ivan@example.com\nSubject: {subject}\n{extra}\n"
BODY = "Hi John,\n\nThanks for writing. Your order has shipped. ACT NOW!!!\n\nKind regards,\nAnna\n"


def _run(*argv: str, stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        list(argv), stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"), stdout=out, stderr=io.StringIO()
    )
    return code, out.getvalue()


def test_show_source_prints_the_file_line_and_a_caret(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_text(HEADERS.format(subject="Your order", extra="") + BODY, encoding="utf-8")
    _, out = _run("check", str(path), "--show-source", "--select", "mass-mailing", "--color", "never")
    assert f"{path}:7:52: warning mass-mailing" in out
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{path}:7:52:"))
    assert lines[at + 1 : at + 4] == [
        "  |",
        "7 | Thanks for writing. Your order has shipped. ACT NOW!!!",
        "  | " + " " * 51 + "^^^",
    ]


def test_carets_count_terminal_columns_of_cyrillic_and_wide_characters(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(
        "Здравствуйте, Иван!\n\nВаш заказ \U0001f4e6 отправлен!!!\n\nС уважением,\nАнна\n", encoding="utf-8"
    )
    _, out = _run("check", str(path), "--show-source", "--select", "mass-mailing", "--color", "never")
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("3 | "))
    assert lines[at] == "3 | Ваш заказ \U0001f4e6 отправлен!!!"
    assert lines[at + 1].index("^^^") == lines[at].index("!!!") + 1  # the parcel takes two terminal columns


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
def test_html_findings_are_placed_where_their_words_are_in_the_file(tmp_path: Path, stdin: bool) -> None:
    message = (
        HEADERS.format(subject="Your order", extra="Content-Type: text/html; charset=utf-8\n")
        + "<html><body><p>Hi John,</p>\n<p>Your order has shipped. ACT NOW!!!</p>\n"
        "<p>Kind regards,<br>Anna</p></body></html>\n"
    )
    path = tmp_path / "reply.eml"
    path.write_text(message, encoding="utf-8")
    argv = ["check", "-" if stdin else str(path), "--select", "mass-mailing", "--format", "json"]
    _, out = _run(*argv, stdin=message.encode())
    findings = json.loads(out)[0]["findings"]
    assert {(f["data"].get("text", "!!!"), f["file_line"], f["file_column"]) for f in findings} == {
        ("ACT NOW", 7, 28),
        ("!!!", 7, 35),
    }


def test_encoded_body_says_in_the_reply_text_in_every_format(tmp_path: Path) -> None:
    encoded = base64.encodebytes(BODY.encode()).decode("ascii")
    path = tmp_path / "reply.eml"
    path.write_text(
        HEADERS.format(subject="Your order", extra="Content-Transfer-Encoding: base64\n") + encoded, encoding="ascii"
    )
    _, out = _run("check", str(path), "--show-source", "--select", "mass-mailing", "--color", "never")
    assert f"{path} (in the reply's text, 3:45): warning mass-mailing" in out
    assert "3 | Thanks for writing. Your order has shipped. ACT NOW!!!" in out  # the reply's line, not the file's
    _, out = _run("check", str(path), "--select", "mass-mailing", "--format", "github")
    assert ",line=" not in out and "(in the reply's text, line 3, column 45)" in out
    _, out = _run("check", str(path), "--select", "mass-mailing", "--format", "sarif")
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["message"]["text"] == "in the reply's text, line 3, column 45"
    _, out = _run("check", str(path), "--select", "mass-mailing", "--format", "sarif", "--message-language", "uk")
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]
    assert location["message"]["text"] == "у тексті відповіді, рядок 3, позиція 45"


def test_a_header_finding_from_stdin_points_at_the_header_line() -> None:
    message = HEADERS.format(subject="", extra="") + BODY
    _, out = _run(
        "check", "-", "--select", "subject-missing", "--show-source", "--color", "never", stdin=message.encode()
    )
    assert "<stdin>:3:1: warning subject-missing" in out and "3 | Subject:\n  | ^^^^^^^^" in out
    _, out = _run("check", "-", "--select", "subject-missing", "--format", "sarif", stdin=message.encode())
    region = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 1}


def test_a_long_line_is_shown_around_the_flagged_text(tmp_path: Path) -> None:
    path = tmp_path / "reply.html"
    path.write_text(
        "<p>Hi John,</p>"
        + "<p>Your order has shipped today.</p>" * 40
        + "<p>ACT NOW!!!</p>"
        + "<p>Kind regards, Anna</p>" * 40,
        encoding="utf-8",
    )
    _, out = _run("check", str(path), "--select", "mass-mailing", "--show-source", "--color", "never")
    shown = [line for line in out.splitlines() if line.startswith("1 | ")]
    assert shown and all(len(line) < 140 and "ACT NOW!!!" in line and "…" in line for line in shown)


def test_placing_many_findings_in_a_large_html_file_stays_linear() -> None:
    import time

    from replylint.locate import place_by_text
    from replylint.model import Finding, Severity

    lines = [f"Order {i} shipped!!!" for i in range(20_000)]
    text = "\n".join(lines)
    html = "<p>" + "</p><p>".join(lines) + "</p>\n"  # one line of HTML holding every reply line
    findings, at = [], 0
    for number, line in enumerate(lines, 1):
        start = at + line.index("!!!")
        findings.append(Finding("mass-mailing", Severity.WARNING, "!!!", start, start + 3, number, start - at + 1))
        at += len(line) + 1
    started = time.perf_counter()
    placed = place_by_text(findings, text, html)
    assert time.perf_counter() - started < 10
    assert (placed[0].file_line, placed[0].file_column) == (1, html.index("!!!") + 1)
    assert placed[-1].file_line is None  # past the scan budget: left in the reply's text, not guessed
