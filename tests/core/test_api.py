"""The public API: input kinds, context, determinism, the recovered original, batches, typed errors."""

from __future__ import annotations

import email
import json
import socket
from pathlib import Path

import pytest

import replylint
from replylint import ConfigError, ReplyParseError

REPLY = (
    "From: Marina <support@shop.example>\nTo: Olga Smirnova <olga@example.ru>\nSubject: Re: Заказ 48213\n"
    "Date: Mon, 10 Nov 2025 09:40:00 +0300\n\n"
    "Здравствуйте, Ольга!\n\nЗаказ 48213 привезут в четверг, 13 ноября. Оплатить картой курьеру можно.\n\n"
    "С уважением,\nМарина, служба поддержки\n\n"
    "10 ноября 2025 г., в 9:12, Ольга Смирнова <olga@example.ru> написал(а):\n"
    "> Здравствуйте! Когда привезут мой заказ 48213? Можно ли оплатить картой при получении?\n> Ольга\n"
)


def test_every_input_kind_gives_the_same_report(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(REPLY.encode("utf-8"))
    message = email.message_from_bytes(REPLY.encode("utf-8"))
    reports = [replylint.lint(x) for x in (REPLY, REPLY.encode("utf-8"), path, message)]
    dicts = [{k: v for k, v in r.to_dict().items() if k != "source"} for r in reports]
    assert all(d == dicts[0] for d in dicts)
    assert [r.source for r in reports] == ["<string>", "<bytes>", str(path), "<message>"]


def test_quote_becomes_the_original_and_a_good_reply_is_clean() -> None:
    report = replylint.lint(REPLY)
    assert report.original_source == "quote"
    assert report.language == "ru"
    assert "Когда привезут" in (report.quote or "")
    assert "написал(а)" not in report.text and "Когда привезут" not in report.text
    assert [f.rule for f in report.findings] == []


def test_report_is_json_safe_and_deterministic() -> None:
    first = json.dumps(replylint.lint(REPLY).to_dict(), sort_keys=True)
    second = json.dumps(replylint.lint(REPLY).to_dict(), sort_keys=True)
    assert first == second


def test_findings_are_sorted_with_consistent_positions() -> None:
    report = replylint.lint("Уважаемый клиент!\n\nВаш заказ задерживается. Только сегодня скидка — успейте!\n")
    assert report.findings
    keys = [(f.start, f.end, f.rule) for f in report.findings]
    assert keys == sorted(keys)
    lines = report.text.split("\n")
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(report.text)
        assert sum(len(line) + 1 for line in lines[: f.line - 1]) + f.column - 1 == f.start


def test_context_as_mapping_and_its_errors() -> None:
    report = replylint.lint(
        "Hello,\n\nYour parcel left today.\n\nBest,\nTom", context={"customer_name": "Anna"}, select=["greeting-name"]
    )
    assert [f.data["kind"] for f in report.findings] == ["no-name"]
    with pytest.raises(ConfigError, match="unknown context key"):
        replylint.lint("Hello", context={"customer": "Anna"})
    with pytest.raises(ConfigError, match=r"ISO 8601"):
        replylint.lint("Hello", context={"received_at": "yesterday"})


@pytest.mark.parametrize("value", [42, None, ["a"], 3.5, object()])
def test_unsupported_input_types_raise_a_typed_error(value: object) -> None:
    with pytest.raises(ReplyParseError):
        replylint.lint(value)  # type: ignore[arg-type]


def test_missing_file_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ReplyParseError, match=r"missing\.eml"):
        replylint.lint(tmp_path / "missing.eml")


def test_oversize_input_is_a_clear_error() -> None:
    with pytest.raises(replylint.InputTooLargeError):
        replylint.lint("x" * 2000, config={"max-bytes": 1000})


def test_empty_input_lints_without_error() -> None:
    report = replylint.lint("")
    assert report.text == "" and report.language is None


def test_lint_many_keeps_order_and_can_use_processes() -> None:
    items = ["Done.", REPLY, ("Hello Anna, it ships today. Best, Tom", None), replylint.Job("Сделано.")]
    serial = [r.to_dict() for r in replylint.lint_many(items)]  # type: ignore[union-attr]
    parallel = [r.to_dict() for r in replylint.lint_many(items, processes=2)]  # type: ignore[union-attr]
    assert serial == parallel
    assert [d["source"] for d in serial] == ["<string>"] * 4


def test_lint_many_can_return_errors_in_place() -> None:
    results = list(replylint.lint_many(["Done.", 42, "Сделано."], errors="return"))
    assert isinstance(results[1], ReplyParseError)
    assert isinstance(results[0], replylint.Report) and isinstance(results[2], replylint.Report)
    with pytest.raises(ReplyParseError):
        list(replylint.lint_many(["Done.", 42]))


def test_no_network_is_ever_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network use during lint: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html = (
        "From: shop@shop.example\nTo: anna@пример.рф\nSubject: Re: refund\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        '<html><body><img src="http://tracker.example/p.gif"><p>Hello Anna,</p>'
        '<p>See <a href="https://shop.example/faq">our FAQ</a>.</p>'
        '<link rel="stylesheet" href="http://cdn.example/x.css"></body></html>\n'
    )
    replylint.lint(html, "From: Anna <anna@пример.рф>\nSubject: refund\n\nWhere is my refund?")
    replylint.lint(REPLY)


def test_text_from_messages_is_never_evaluated() -> None:
    evil = "Hello {0.__class__} ${jndi:ldap://x} {{7*7}} %(name)s,\n\n{__import__('os').system('false')}"
    report = replylint.lint(evil)
    assert all("<class" not in f.message and "49" not in f.message for f in report.findings)


def test_fails_takes_the_severity_as_the_cli_spells_it() -> None:
    report = replylint.lint("hi")
    assert report.fails("warning") == report.fails(replylint.Severity.WARNING) is True
    assert report.fails("ERROR ") == report.fails(replylint.Severity.ERROR)
    with pytest.raises(ValueError, match="unknown severity"):
        report.fails("fatal")
