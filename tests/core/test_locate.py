"""Findings are placed by file line when the input is a file (CLI, SARIF and GitHub output point at real lines)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

import replylint
from replylint.cli import main
from replylint.locate import file_lines

EML_HEADERS = (
    "From: Dana <dana@shop.example>\r\nTo: anna@example.com\r\nSubject: Your order\r\n"
    "Content-Type: text/plain; charset={charset}\r\n{extra}\r\n"
)
BODY = "Hello Anna,\n\nThanks for your letter!!!!!! We will ship it tomorrow.\n\nBest regards,\nDana\n"


def _shouting(report: replylint.Report) -> replylint.Finding:
    return next(f for f in report.findings if f.rule == "mass-mailing")


def test_text_file_lines_skip_removed_directives(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("<!-- replylint: disable=length -->\n" + BODY, encoding="utf-8")
    f = _shouting(replylint.lint(path))
    assert (f.line, f.column) == (3, 23)  # in the text the rules saw
    assert (f.file_line, f.file_column) == (4, 23)  # in the file
    assert f.position == (4, 23)


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251", "koi8-r"])
def test_eml_lines_count_the_headers(tmp_path: Path, charset: str) -> None:
    body = BODY.replace("Hello Anna", "Здравствуйте, Анна").replace("\n", "\r\n")
    path = tmp_path / "reply.eml"
    path.write_bytes(EML_HEADERS.format(charset=charset, extra="").encode("ascii") + body.encode(charset))
    f = _shouting(replylint.lint(path))
    assert f.file_line == 8  # 4 header lines, a blank line, greeting, blank, then the sentence
    assert f.file_column == f.column == 23


def test_encoded_body_has_no_file_position(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    encoded = base64.encodebytes(BODY.encode("utf-8")).decode("ascii")
    path.write_text(
        EML_HEADERS.format(charset="utf-8", extra="Content-Transfer-Encoding: base64\r\n") + encoded, encoding="ascii"
    )
    f = _shouting(replylint.lint(path))
    assert f.file_line is None and f.file_column is None
    assert f.position == (f.line, f.column)


def test_text_and_bytes_input_have_no_file_position() -> None:
    for reply in (BODY, BODY.encode("utf-8")):
        assert _shouting(replylint.lint(reply)).file_line is None


def test_malformed_directive_points_at_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(
        "Hello Anna,\n\n# replylint: disable=no-such-rule\nThanks!\n\nBest regards,\nDana\n", encoding="utf-8"
    )
    bad = next(f for f in replylint.lint(path).findings if f.rule == "invalid-suppression")
    assert bad.file_line == 3


def test_file_lines_none_when_a_line_is_missing() -> None:
    assert file_lines("a\nb\nc", "a\nx\nb\nc\n") == [1, 3, 4]
    assert file_lines("a\nb", "b\na\n") is None
    assert file_lines("same\nsame", "same\nother\nsame") == [1, 3]


def test_cli_formats_use_file_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("# replylint: disable=length\n" + BODY, encoding="utf-8")
    main(["check", str(path)])
    assert f"{path}:4:23:" in capsys.readouterr().out
    main(["check", str(path), "--format", "github"])
    assert "line=4,col=23" in capsys.readouterr().out
    main(["check", str(path), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert {"startLine": 4, "startColumn": 23} in [{k: r[k] for k in ("startLine", "startColumn")} for r in regions]
    main(["check", str(path), "--format", "json"])
    finding = next(f for f in json.loads(capsys.readouterr().out)[0]["findings"] if f["rule"] == "mass-mailing")
    assert (finding["line"], finding["file_line"]) == (3, 4)


@pytest.mark.parametrize(
    ("source", "uri"),
    [
        ("reply.eml", "reply.eml"),
        ("templates/a b.eml", "templates/a%20b.eml"),
        ("/srv/mail/r 1.eml", "file:///srv/mail/r%201.eml"),
        ("C:\\Users\\ann\\r.eml", "file:///C:/Users/ann/r.eml"),
        ("//tmp/r.eml", "file:///tmp/r.eml"),
        ("\\\\server\\share\\r.eml", "file://server/share/r.eml"),
        ("bad\udcffname.eml", "bad%FFname.eml"),
        ("<stdin>", "stdin"),
    ],
)
def test_sarif_artifact_uris(source: str, uri: str) -> None:
    from replylint.formats.sarif import _uri

    assert _uri(source) == uri


def test_whole_reply_findings_about_a_header_point_at_it(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_text(
        "From: Dana <dana@shop.example>\nTo: anna@example.com\nSubject: Re:\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + BODY,
        encoding="utf-8",
    )
    subject = next(f for f in replylint.lint(path).findings if f.rule == "subject-missing")
    assert (subject.line, subject.column) == (1, 1)  # whole-reply findings sit at the start of the text
    assert (subject.file_line, subject.file_column) == (3, 1)  # and at the Subject line of the file


def test_the_file_column_counts_characters_the_linter_removed_from_the_line(tmp_path: Path) -> None:
    # zero-width spaces are dropped from the reply's text, but an editor counts them on the file's line
    path = tmp_path / "reply.eml"
    body = "\tWe\u200b\u200b\u200b\u200b can offer 😀😀 BUY NOW only today!!!\n"
    path.write_text(f"Subject: hi\nFrom: a@shop.example\nTo: b@example.com\n\n{body}", encoding="utf-8")
    report = replylint.lint(path)
    [pushy] = [f for f in report.findings if f.rule == "pushy" and report.flagged(f) == "BUY NOW"]
    assert pushy.file_line == 5 and pushy.file_column == body.index("BUY") + 1
    assert pushy.column == body.index("BUY") + 1 - 4
