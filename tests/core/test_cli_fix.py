"""`--diff` shows and `--fix` applies only the safe fixes (replylint.fix says which), keeping bytes, line endings
and encoding; encoded, HTML and multipart bodies, quoted text and ambiguous suggestions are left alone."""

from __future__ import annotations

import base64
import dataclasses
import io
import os
from pathlib import Path

import pytest

import replylint
from replylint import fix
from replylint.cli import main

REPLY = "Hello,\n\nYour order shipped today and will arrive on Friday.\n\nBye!\nAnna\n"
RU_EML = (
    "From: a@example.com\r\nTo: ivan@example.com\r\nSubject: Order\r\n"
    "Content-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Привет, Петя!\r\n\r\nВаш заказ отправлен сегодня, он приедет в пятницу.\r\n\r\nПока!\r\nАнна\r\n"
)


def _run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_diff_prints_a_unified_diff_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    code, out, err = _run("check", str(path), "--customer-name", "Ivan Petrov", "--diff")
    assert code == 1 and path.read_text(encoding="utf-8") == REPLY
    assert out.startswith(f"--- {path}\n+++ {path}\n@@ -1,6 +1,6 @@\n")
    assert "-Hello,\n+Hello Ivan,\n" in out and "-Bye!\n+Kind regards,\n Anna\n" in out
    assert err == "2 findings would be fixed, 0 left\n"
    code, out, _ = _run("check", str(path), "--customer-name", "Anna", "--select", "length", "--diff")
    assert code == 0 and out == ""


def test_fix_writes_bytes_line_endings_and_encoding_and_reports_what_is_left(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(RU_EML.encode("cp1251"))
    os.chmod(path, 0o640)
    code, out, err = _run("check", str(path), "--customer-name", "Иван Петров", "--fix")
    expected = RU_EML.replace("Привет, Петя!", "Здравствуйте, Иван!").replace("Пока!", "С уважением,")
    assert path.read_bytes() == expected.encode("cp1251")
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert err == "исправлено 2 замечания, осталось 0\n"  # in the replies' language, as the findings are
    assert "Петя" not in out and code == 0
    assert not [p for p in tmp_path.iterdir() if p.name != "reply.eml"]  # no temporary file left behind


def test_fix_through_a_symlink_changes_the_file_it_names(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(REPLY, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    _run("check", str(link), "--customer-name", "Ivan Petrov", "--fix")
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("Hello Ivan,\n")


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (REPLY.replace("Hello,", "Hello, thanks for your mail."), None),  # a greeting that goes on is a sentence
        ("<p>Hello,</p>\n" + REPLY.split("\n", 1)[1], None),  # markup around the line: not the reply's line
    ],
)
def test_lines_that_are_more_than_a_greeting_are_not_fixed(tmp_path: Path, body: str, why: str | None) -> None:
    path = tmp_path / ("reply.html" if body.startswith("<p>") else "reply.txt")
    path.write_text(body, encoding="utf-8")
    _, out, _ = _run("check", str(path), "--customer-name", "Ivan Petrov", "--select", "greeting-name", "--diff")
    assert "Hello Ivan" not in out


def test_encoded_and_html_bodies_are_refused_with_the_reason(tmp_path: Path) -> None:
    headers = "From: a@example.com\nTo: ivan@example.com\nSubject: Order\n"
    path = tmp_path / "b64.eml"
    path.write_text(
        headers + "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(REPLY.encode()).decode(),
        encoding="ascii",
    )
    before = path.read_bytes()
    code, _, err = _run("check", str(path), "--customer-name", "Ivan Petrov", "--fix")
    assert code == 1
    assert path.read_bytes() == before
    assert f"{path}: not fixed: the body is base64-encoded; only 7bit and 8bit plain text is changed" in err
    html = tmp_path / "html.eml"
    html.write_text(headers + "Content-Type: text/html\n\n<p>Hello,</p>\n<p>Bye!</p>\n", encoding="ascii")
    _, _, err = _run("check", str(html), "--customer-name", "Ivan Petrov", "--diff", "--message-language", "uk")
    assert "не виправлено: тіло листа — text/html; виправте його в поштовому клієнті" in err


def test_a_7bit_ascii_message_gets_no_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_text(
        "From: a@example.com\nTo: ivan@example.com\nSubject: Order\n\nHello,\n\nYour order shipped "
        "today.\n\nBye!\nAnna\n",
        encoding="ascii",
    )
    _, out, _ = _run("check", str(path), "--customer-name", "Иван", "--diff")
    assert "Kind regards," in out and "Иван" not in out  # "Hello Иван," cannot be written in US-ASCII


def test_quoted_text_is_never_rewritten() -> None:
    report = replylint.lint(REPLY + "\nOn Monday Ivan wrote:\n> Bye!\n", context={"customer_name": "Ivan Petrov"})
    closing = next(f for f in report.findings if f.rule == "familiar-tone")
    quoted_line = (REPLY + "\nOn Monday Ivan wrote:\n> Bye!\n").split("\n").index("> Bye!") + 1
    moved = dataclasses.replace(report, findings=(dataclasses.replace(closing, file_line=quoted_line),))
    data = (REPLY + "\nOn Monday Ivan wrote:\n> Bye!\n").encode()
    assert fix.plan(moved, data).edits == []
    placed = dataclasses.replace(report, findings=(dataclasses.replace(closing, file_line=5),))
    assert [(e.line, e.new) for e in fix.plan(placed, data).edits] == [(5, "Kind regards,")]


def test_disagreeing_suggestions_for_one_line_are_not_applied() -> None:
    report = replylint.lint(REPLY, context={"customer_name": "Ivan Petrov"})
    greeting = next(f for f in report.findings if f.rule == "greeting-name")
    greeting = dataclasses.replace(greeting, file_line=1)
    other = dataclasses.replace(
        greeting, rule="mass-mailing", data={"kind": "generic-salutation"}, suggestion="Dear Ivan,"
    )
    same = dataclasses.replace(other, suggestion=greeting.suggestion)
    data = REPLY.encode()
    assert fix.plan(dataclasses.replace(report, findings=(greeting, other)), data).edits == []
    [edit] = fix.plan(dataclasses.replace(report, findings=(greeting, same)), data).edits
    assert edit.findings == (greeting, same)


def test_templates_get_closings_fixed_but_not_greetings(tmp_path: Path) -> None:
    path = tmp_path / "welcome.txt"
    path.write_text("---\nlanguage: en\n---\n" + REPLY, encoding="utf-8")
    _, out, _ = _run("check", str(path), "--template", "--customer-name", "Ivan Petrov", "--diff")
    assert "+Kind regards," in out and "Hello Ivan" not in out and "@@ -5," in out


def test_fix_refuses_stdin_and_diff_with_fix() -> None:
    code, _, err = _run("check", "-", "--fix", stdin=REPLY.encode())
    assert code == 2 and "use --diff" in err
    code, out, _ = _run("check", "-", "--diff", "--customer-name", "Ivan Petrov", stdin=REPLY.encode())
    assert code == 1 and out.startswith("--- <stdin>\n+++ <stdin>\n")
    code, _, err = _run("check", "-", "--diff", "--fix", stdin=REPLY.encode())
    assert code == 2 and "not allowed with" in err


def test_a_bom_and_crlf_survive_a_fix(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPLY.replace("\n", "\r\n").encode())
    code, _, err = _run("check", str(path), "--customer-name", "Ivan Petrov", "--fix")
    expected = REPLY.replace("Hello,", "Hello Ivan,").replace("Bye!", "Kind regards,").replace("\n", "\r\n")
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.encode()
    assert code == 0 and err == "2 findings fixed, 0 left\n"


def test_a_hard_linked_file_is_not_fixed_since_its_other_names_would_keep_the_old_text(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    os.link(path, tmp_path / "other-name.txt")
    code, _, err = _run("check", str(path), "--customer-name", "Ivan Petrov", "--fix")
    assert code == 1 and "other hard links" in err
    assert path.read_text(encoding="utf-8") == (tmp_path / "other-name.txt").read_text(encoding="utf-8") == REPLY


def test_an_unwritable_file_is_reported_and_the_others_are_still_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked, free = tmp_path / "a.txt", tmp_path / "b.txt"
    locked.write_text(REPLY, encoding="utf-8")
    free.write_text(REPLY, encoding="utf-8")
    write = fix.write_atomically

    def refusing(path: Path, data: bytes) -> None:  # a read-only folder or a full disk (root ignores modes)
        if path.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        write(path, data)

    monkeypatch.setattr(fix, "write_atomically", refusing)
    code, _, err = _run("check", str(locked), str(free), "--customer-name", "Ivan", "--fix")
    assert code == 1 and f"cannot write {locked}: Permission denied" in err
    assert locked.read_text(encoding="utf-8") == REPLY
    assert free.read_text(encoding="utf-8").startswith("Hello Ivan,")


def test_unreadable_stdin_is_named_stdin_in_the_error_as_in_findings() -> None:
    code, _, err = _run("check", "-", stdin=bytes(range(32)) * 40)
    assert code == 2 and "<stdin> does not look like text or email" in err and "<bytes>" not in err
