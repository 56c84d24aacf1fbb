"""`replylint sendmail` and `replylint.hook`: byte-exact pass-through, refusal, overrides, argument handling."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from replylint.hook import check_outgoing, main, skip_reason, split_command

CONFIG = {"select": ["length", "subject-missing"]}

SINK = """
import json, sys
data = sys.stdin.buffer.read()
with open(sys.argv[1], "wb") as fh:
    fh.write(data)
with open(sys.argv[1] + ".argv", "w") as fh:
    json.dump(sys.argv[2:], fh)
sys.exit(int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 0)
"""

GOOD_CRLF = (
    b"From: Support <support@example.com>\r\nTo: anna@example.com\r\nSubject: Re: Where is my order 48213?\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    b"Hello Anna,\r\n\r\nYour parcel left our warehouse today and should arrive on Thursday.\r\n\r\nBest,\r\nTom"
)
"""CRLF line ends and no final newline: both must survive."""

BAD = b"From: support@example.com\nTo: anna@example.com\nSubject: Re: order\n\nDone.\n"


def _cp1251_with_attachment() -> bytes:
    msg = EmailMessage()
    msg["From"] = "support@example.com"
    msg["To"] = "anna@example.ru"
    msg["Subject"] = "Re: Заказ 48213"
    msg.set_content(
        "Здравствуйте, Анна!\n\nЗаказ 48213 отправлен сегодня, курьер привезёт его в четверг.\n\n"
        "С уважением,\nМарина\n",
        charset="windows-1251",
        cte="8bit",
    )
    msg.add_attachment(bytes(range(256)) * 40, maintype="application", subtype="octet-stream", filename="накладная.bin")
    return msg.as_bytes()


@pytest.fixture
def sink(tmp_path: Path) -> tuple[list[str], Path]:
    script = tmp_path / "sink.py"
    script.write_text(SINK, encoding="utf-8")
    return [sys.executable, str(script), str(tmp_path / "out.eml")], tmp_path / "out.eml"


def _run_cli(args: list[str], data: bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    import os

    environ = {k: v for k, v in os.environ.items() if k != "REPLYLINT_SKIP"}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "replylint", "sendmail", *args],
        input=data,
        capture_output=True,
        env=environ,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize("message", [GOOD_CRLF, _cp1251_with_attachment()], ids=["crlf-no-final-newline", "cp1251"])
def test_a_passing_message_is_passed_on_byte_for_byte(
    tmp_path: Path, sink: tuple[list[str], Path], message: bytes
) -> None:
    config = tmp_path / "replylint.toml"
    config.write_text('select = ["length", "subject-missing"]\n', encoding="utf-8")
    command, out = sink
    done = _run_cli(["--config", str(config), "--", *command, "anna@example.com"], message)
    assert done.returncode == 0, done.stderr.decode()
    assert out.read_bytes() == message
    assert json.loads(Path(f"{out}.argv").read_text(encoding="utf-8")) == ["anna@example.com"]


def test_a_failing_message_is_not_passed_on(tmp_path: Path, sink: tuple[list[str], Path]) -> None:
    config = tmp_path / "replylint.toml"
    config.write_text('select = ["length"]\n', encoding="utf-8")
    command, out = sink
    done = _run_cli(["--config", str(config), "--", *command], BAD)
    assert done.returncode == 1
    assert not out.exists()
    report = done.stderr.decode("utf-8")
    assert report.startswith("replylint: not sent: 1 finding at or above warning:")
    assert "length" in report and "REPLYLINT_SKIP=1" in report


def test_the_commands_exit_status_is_returned(tmp_path: Path, sink: tuple[list[str], Path]) -> None:
    command, out = sink
    stderr = io.StringIO()
    status = main(["--select", "length", "--", *command, "75"], stdin=io.BytesIO(GOOD_CRLF), stderr=stderr, environ={})
    assert status == 75 and out.read_bytes() == GOOD_CRLF


def test_missing_command_is_reported_not_raised() -> None:
    stderr = io.StringIO()
    status = main(
        ["--select", "length", "--", "/nonexistent/sendmail"], stdin=io.BytesIO(GOOD_CRLF), stderr=stderr, environ={}
    )
    assert status == 127 and "command not found" in stderr.getvalue()


def test_without_a_command_it_only_checks() -> None:
    assert main(["--select", "length"], stdin=io.BytesIO(GOOD_CRLF), stderr=io.StringIO(), environ={}) == 0
    assert main(["--select", "length"], stdin=io.BytesIO(BAD), stderr=io.StringIO(), environ={}) == 1


@pytest.mark.parametrize(
    ("message", "environ", "skipped"),
    [
        (BAD, {"REPLYLINT_SKIP": "1"}, True),
        (BAD, {"REPLYLINT_SKIP": "0"}, False),
        (b"X-Replylint-Skip: yes\n" + BAD, {}, True),
        (b"X-Replylint-Skip: YES\r\n" + BAD.replace(b"\n", b"\r\n"), {}, True),
        (b"X-Replylint-Skip: no\n" + BAD, {}, False),
        (BAD + b"\nX-Replylint-Skip: yes\n", {}, False),  # in the body it is just text
    ],
)
def test_overrides(message: bytes, environ: dict[str, str], skipped: bool) -> None:
    assert (skip_reason(message, environ) is not None) is skipped
    verdict = check_outgoing(message, config={"select": ["length"]}, environ=environ)
    assert (verdict.outcome == "skipped") is skipped
    if skipped:
        assert verdict.send and verdict.report is None


def test_the_override_header_is_sent_as_is(sink: tuple[list[str], Path]) -> None:
    command, out = sink
    message = b"X-Replylint-Skip: yes\n" + BAD
    stderr = io.StringIO()
    assert main(["--", *command], stdin=io.BytesIO(message), stderr=stderr, environ={}) == 0
    assert out.read_bytes() == message
    assert "check skipped (X-Replylint-Skip header)" in stderr.getvalue()


def test_check_outgoing_api() -> None:
    verdict = check_outgoing(GOOD_CRLF, config=CONFIG, environ={})
    assert verdict.send and verdict.outcome == "clean" and verdict.render() == ""
    verdict = check_outgoing(BAD, config=CONFIG, environ={})
    assert not verdict.send and [f.rule for f in verdict.failing] == ["length"]
    assert check_outgoing(BAD, config=CONFIG, fail_on="error", environ={}).send
    with pytest.raises(TypeError, match="bytes"):
        check_outgoing("text", environ={})  # type: ignore[arg-type]


def test_large_attachments_do_not_stop_a_reply() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "support@example.com", "anna@example.com", "Re: your invoice"
    msg.set_content("Hello Anna,\n\nThe corrected invoice is attached; the total is now 120 EUR.\n\nBest,\nTom\n")
    msg.add_attachment(b"\0" * 200_000, maintype="application", subtype="pdf", filename="invoice.pdf")
    raw = msg.as_bytes()
    verdict = check_outgoing(raw, config={**CONFIG, "max-bytes": 50_000}, environ={})
    assert verdict.send, verdict.render()


def test_unlintable_input_is_not_sent() -> None:
    verdict = check_outgoing(b"x" * 2000, config={**CONFIG, "max-bytes": 1000}, environ={})
    assert not verdict.send and verdict.outcome == "error"
    assert "not sent" in verdict.render() and "REPLYLINT_SKIP" in verdict.render()


def test_findings_from_mail_are_terminal_safe() -> None:
    evil = b"From: a@example.com\nTo: b@example.com\nSubject: Re: x\n\n\x1b]0;pwned\x07Ok.\n"
    verdict = check_outgoing(evil, config={"select": ["length"]}, environ={})
    assert not verdict.send and "\x1b" not in verdict.render()


@pytest.mark.parametrize(
    ("argv", "ours", "command"),
    [
        (["--", "msmtp", "-a", "work", "anna@example.com"], [], ["msmtp", "-a", "work", "anna@example.com"]),
        (
            ["--fail-on", "error", "--config=x.toml", "--", "sendmail", "-oi", "a@b.c"],
            ["--fail-on", "error", "--config=x.toml"],
            ["sendmail", "-oi", "a@b.c"],
        ),
        # neomutt with $use_envelope_from / DSN puts its options before our `--`:
        (
            ["-f", "me@example.com", "-N", "never", "-B8BITMIME", "--", "msmtp", "-a", "work", "a@b.c", "d@e.f"],
            [],
            ["msmtp", "-a", "work", "-f", "me@example.com", "-N", "never", "-B8BITMIME", "a@b.c", "d@e.f"],
        ),
        # Without `--`, COMMAND starts at the first word that is not an option, and is kept verbatim:
        (
            ["--select", "length", "msmtp", "-f", "me@example.com", "--", "a@b.c"],
            ["--select", "length"],
            ["msmtp", "-f", "me@example.com", "--", "a@b.c"],
        ),
        (["--help"], ["--help"], []),
        # A long option that is not ours is a typo of ours, reported, never handed to COMMAND:
        (["--fail-onn=error", "--", "msmtp", "a@b.c"], ["--fail-onn=error"], ["msmtp", "a@b.c"]),
    ],
)
def test_split_command(argv: list[str], ours: list[str], command: list[str]) -> None:
    assert split_command(argv) == (ours, command)


def test_usage_errors_exit_2_and_send_nothing(sink: tuple[list[str], Path]) -> None:
    command, out = sink
    stderr = io.StringIO()
    assert main(["--fail-onn", "error", "--", *command], stdin=io.BytesIO(GOOD_CRLF), stderr=stderr, environ={}) == 2
    assert "--fail-onn" in stderr.getvalue()
    assert (
        main(["--fail-on", "bogus", "--", *command], stdin=io.BytesIO(GOOD_CRLF), stderr=io.StringIO(), environ={}) == 2
    )
    stderr = io.StringIO()
    assert (
        main(["--select", "no-such-rule", "--", *command], stdin=io.BytesIO(GOOD_CRLF), stderr=stderr, environ={}) == 2
    )
    assert "no-such-rule" in stderr.getvalue()
    assert not out.exists()
