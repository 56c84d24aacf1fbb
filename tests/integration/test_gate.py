"""The gate's contract: COMMAND gets the complete message or nothing; a failure of replylint is never a send.

Regression tests for issue 12 (items 1, 2, 3, 7 and 9), through the real command line: each hostile plugin is an
installed distribution (an entry point on PYTHONPATH), each run is a fresh `python -m replylint sendmail`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

GOOD = (
    b"From: Support <support@example.com>\nTo: anna@example.com\nSubject: Re: Where is my order 48213?\n"
    b"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    b"Hello Anna,\n\nYour parcel left our warehouse today and should arrive on Thursday.\n\nBest,\nTom\n"
)

SINK = """
import sys
data = sys.stdin.buffer.read()
with open(sys.argv[1], "wb") as fh:
    fh.write(data)
"""

EARLY_CLOSE = """
import os, sys
os.read(0, 100)
os.close(0)
sys.exit(0)
"""

SLOW_READER = """
import os, signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # keep reading: whatever it sees before end of input is recorded
signal.signal(signal.SIGHUP, signal.SIG_IGN)
total = 0
with open(sys.argv[1] + ".pid", "w") as fh:
    fh.write(str(os.getppid()))
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    total += len(chunk)
    time.sleep(0.002)
with open(sys.argv[1], "w") as fh:
    fh.write(str(total))
"""

PLUGINS = {
    "exits-in-check": "import sys\n{rule}\n    def check(self, ctx):\n        sys.exit(0)\n        yield\n",
    "exits-at-import": "import sys\nsys.exit(0)\n{rule}\n",
    "exits-1-in-check": "import sys\n{rule}\n    def check(self, ctx):\n        sys.exit(1)\n        yield\n",
    "os-exit": "import os\n{rule}\n    def check(self, ctx):\n        os._exit(0)\n        yield\n",
    "loops-at-import": "while True:\n    pass\n{rule}\n",
    "interrupts": "{rule}\n    def check(self, ctx):\n        raise KeyboardInterrupt\n        yield\n",
    "prints": "import sys\nprint('noise at import')\n{rule}\n    def check(self, ctx):\n        print('noise')\n"
    "        yield from ()\n",
}

RULE = '''
from replylint import Rule
class Plugin(Rule):
    """A hostile plugin.

    For the gate's tests.
    """
    id = "{id}"
    messages = {{"x": "x"}}
'''


def _plugin(tmp_path: Path, rule_id: str) -> Path:
    """A distribution providing rule `rule_id`, installed by putting its folder on PYTHONPATH."""
    where = tmp_path / f"plugin-{rule_id}"
    where.mkdir()
    module = rule_id.replace("-", "_")
    (where / f"{module}.py").write_text(PLUGINS[rule_id].format(rule=RULE.format(id=rule_id)), encoding="utf-8")
    info = where / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[replylint.rules]\n{rule_id} = {module}:Plugin\n", encoding="utf-8")
    return where


def _env(*paths: Path) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("REPLYLINT_SKIP", "PYTHONPATH")}
    environ["PYTHONPATH"] = os.pathsep.join(map(str, paths))
    return environ


def _sendmail(
    tmp_path: Path, args: list[str], message: bytes = GOOD, *, script: str = SINK, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[bytes], Path]:
    sink = tmp_path / "sink.py"
    sink.write_text(script, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "replylint", "sendmail", *args, "--", sys.executable, str(sink), str(out)],
        input=message,
        capture_output=True,
        env=env or _env(),
        timeout=300,
        check=False,
    )
    return done, out


@pytest.mark.parametrize(
    "rule_id, why",
    [
        ("exits-in-check", "crashed: SystemExit: sys.exit(0)"),
        ("exits-1-in-check", "crashed: SystemExit: sys.exit(1)"),
        ("exits-at-import", "failed to load: SystemExit: sys.exit(0)"),
        ("os-exit", "ended without a verdict (exit status 0)"),
        ("interrupts", "interrupted"),
    ],
)
def test_a_plugin_that_exits_stops_the_message(tmp_path: Path, rule_id: str, why: str) -> None:
    done, out = _sendmail(tmp_path, ["--select", f"length,{rule_id}"], env=_env(_plugin(tmp_path, rule_id)))
    assert done.returncode == 2, done.stderr
    assert not out.exists(), "COMMAND must not run"
    stderr = done.stderr.decode()
    assert stderr.startswith("replylint: not sent: ") and why in stderr.splitlines()[0]
    assert "Traceback" not in stderr


def test_a_plugin_that_loops_at_import_is_stopped_by_the_whole_run_budget(tmp_path: Path) -> None:
    started = time.monotonic()
    done, out = _sendmail(
        tmp_path,
        ["--timeout", "3", "--select", "length,loops-at-import"],
        env=_env(_plugin(tmp_path, "loops-at-import")),
    )
    assert time.monotonic() - started < 60
    assert done.returncode == 2 and not out.exists()
    assert "did not finish within 3 s" in done.stderr.decode()


def test_plugin_output_never_reaches_stdout(tmp_path: Path) -> None:
    done, out = _sendmail(tmp_path, ["--select", "length,prints"], env=_env(_plugin(tmp_path, "prints")))
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    assert b"noise" in done.stderr
    assert out.read_bytes() == GOOD


def test_a_command_that_stops_reading_early_is_a_failed_send(tmp_path: Path) -> None:
    done, _ = _sendmail(tmp_path, ["--select", "length"], script=EARLY_CLOSE)
    assert done.returncode == 2
    assert f"read only 100 of the message's {len(GOOD)} bytes" in done.stderr.decode()


def test_a_command_that_reads_nothing_is_a_failed_send(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "replylint", "sendmail", "--select", "length", "--", "true"],
        input=GOOD,
        capture_output=True,
        env=_env(),
        timeout=300,
        check=False,
    )
    assert done.returncode == 2
    assert "read only 0 of" in done.stderr.decode()


def _big_message(size: int) -> bytes:
    body = GOOD.split(b"\n\n", 1)[1]
    head = (
        b"From: support@example.com\nTo: anna@example.com\nSubject: Re: order 48213\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
    )
    blob = os.urandom(size // 4 * 3).hex().encode()[:size]
    return (
        head
        + body
        + b"\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment\n\n"
        + b"\n".join(blob[i : i + 76] for i in range(0, len(blob), 76))
        + b"\n--b--\n"
    )


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_while_sending_never_gives_command_a_truncated_message(tmp_path: Path, signum: int) -> None:
    message = _big_message(20_000_000)
    sink = tmp_path / "sink.py"
    sink.write_text(SLOW_READER, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "replylint",
            "sendmail",
            "--select",
            "length",
            "--",
            sys.executable,
            str(sink),
            str(out),
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write(message)
    proc.stdin.close()
    pid_file = Path(f"{out}.pid")
    deadline = time.monotonic() + 120
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid_file.exists(), proc.stderr.read().decode()
    time.sleep(0.3)  # COMMAND is reading
    os.kill(proc.pid, signum)
    assert proc.wait(120) == 128 + signum
    stderr = proc.stderr.read().decode()
    assert f"interrupted by {signal.Signals(signum).name}" in stderr
    # COMMAND ignored the signal and read to the end of its input: the end came only after the whole message.
    deadline = time.monotonic() + 120
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert int(out.read_text()) == len(message)


def test_a_signal_during_the_check_sends_nothing(tmp_path: Path) -> None:
    plugin = _plugin(tmp_path, "loops-at-import")
    sink = tmp_path / "sink.py"
    sink.write_text(SINK, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "replylint",
            "sendmail",
            "--select",
            "length,loops-at-import",
            "--",
            sys.executable,
            str(sink),
            str(out),
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(plugin),
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write(GOOD)
    proc.stdin.close()
    time.sleep(2)
    os.kill(proc.pid, signal.SIGTERM)
    assert proc.wait(60) == 128 + signal.SIGTERM
    assert "not sent: interrupted by SIGTERM" in proc.stderr.read().decode()
    assert not out.exists()


def test_in_process_main_uses_a_fresh_interpreter_for_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Called from a threaded process (this test run), the checking process is spawned, not forked."""
    import io
    import threading

    from replylint.hook import main

    monkeypatch.setenv("PYTHONPATH", str(_plugin(tmp_path, "os-exit")))
    stderr = io.StringIO()
    other = threading.Event()
    busy = threading.Thread(target=other.wait)  # a caller's thread: forking now would not be provably safe
    busy.start()
    try:
        assert main(["--select", "length,os-exit"], stdin=io.BytesIO(GOOD), stderr=stderr, environ={}) == 2
    finally:
        other.set()
        busy.join()
    assert "ended without a verdict" in stderr.getvalue()
    assert textwrap.dedent(stderr.getvalue()).count("\n") == 2  # the reason, then how to override


# ------------------------------------------------------------------------------------------ oversized messages
# Issue 12, item 8: parts the rules never read must not get a reply refused for its size.

_BODY = GOOD.split(b"\n\n", 1)[1]
_HEX = os.urandom(3_400_000).hex().encode()
_BLOB = b"\n".join(_HEX[i : i + 76] for i in range(0, len(_HEX), 76))
_PDF = b"Content-Type: application/pdf\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n"


def _multipart(extra_headers: bytes, part: bytes) -> bytes:
    return (
        b"From: support@example.com\nTo: anna@example.com\nSubject: Re: Where is my order 48213?\n"
        + extra_headers
        + b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="BB"\n\n--BB\n'
        b"Content-Type: text/plain; charset=utf-8\n\n" + _BODY + b"\n--BB\n" + part + b"\n--BB--\n"
    )


OVERSIZED = {
    "forwarded-message": _multipart(
        b"", b"Content-Type: message/rfc822\n\nFrom: x@example.org\nSubject: fwd\nContent-Type: text/plain\n\n" + _BLOB
    ),
    "csv-without-disposition": _multipart(b"", b"Content-Type: text/csv\n\n" + _BLOB),
    "bare-cr-in-a-header": _multipart(b"X-Note: one\rtwo\n", _PDF + _BLOB),
    "x1c-in-a-header": _multipart(b"X-Note: one\x1ctwo\n", _PDF + _BLOB),
    "form-feed-in-a-long-header": _multipart(b"Subject2: " + b"word " * 40 + b"\x0c end\n", _PDF + _BLOB),
}


@pytest.mark.parametrize("message", OVERSIZED.values(), ids=OVERSIZED.keys())
def test_parts_the_rules_do_not_read_do_not_count_against_the_size_limit(message: bytes) -> None:
    from replylint.hook import check_outgoing

    assert len(message) > 5_000_000
    small = message.replace(_BLOB, b"x")
    expected = check_outgoing(small, config={"select": ["length", "greeting-name", "sign-off"]}, environ={})
    verdict = check_outgoing(message, config={"select": ["length", "greeting-name", "sign-off"]}, environ={})
    assert verdict.outcome != "error", verdict.reason  # linted, not refused for its size
    if b"\r" not in message[:300]:  # (a bare CR ends the header block for the parser of small messages)
        assert verdict.outcome == expected.outcome == "clean"


def test_a_text_part_over_the_limit_is_still_refused() -> None:
    from replylint.hook import check_outgoing

    message = _multipart(b"", b"Content-Type: text/plain\n\n" + b"Words and more words.\n" * 300_000)
    verdict = check_outgoing(message, config={"select": ["length"]}, environ={})
    assert verdict.outcome == "error" and "limit" in verdict.reason


@pytest.mark.parametrize(
    "header",
    [
        b"Subject: Re: order\x1c 48213",
        b'To: "Anna\x1c Smith" <anna@example.com>',
        b"Message-ID: <a\x1cb@example.com>",
        b"From: =?utf-8?q?\x1c?= <a@b.c>",
    ],
)
def test_control_characters_in_headers_never_raise(header: bytes) -> None:
    from replylint.hook import check_outgoing

    message = header + b"\n" + GOOD
    verdict = check_outgoing(message, config={"select": ["length"]}, environ={})
    assert verdict.outcome in ("clean", "findings", "error")
