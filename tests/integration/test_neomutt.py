"""End to end with a real mail client: neomutt in batch mode sends through `replylint sendmail`.

A recorder sits between neomutt and replylint and keeps exactly what neomutt handed over; the sink behind
replylint keeps exactly what it passed on. A good reply must arrive byte-identical to what neomutt produced; a bad
one must not arrive at all, with neomutt reporting the failure. A second run with a plain `cat > file` sendmail
shows the message is the same one neomutt sends without replylint in the way (up to the Date, Message-ID and MIME
boundary neomutt generates afresh on every run).

Batch mode has no compose screen to return to: on a send failure neomutt prints "Could not send the message",
exits 1 and writes nothing to `$postponed` or a dead.letter, and the draft it was given is left untouched. That is
what is asserted below.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from replylint.i18n import tr

NEOMUTT = shutil.which("neomutt")

pytestmark = pytest.mark.skipif(
    NEOMUTT is None,
    reason="neomutt is not installed; .ci/run installs it with apt-get (apt-get install neomutt), which was "
    "unavailable or failed here",
)

RECORD = """
import subprocess, sys
data = sys.stdin.buffer.read()
with open(sys.argv[1], "wb") as fh:
    fh.write(data)
sys.exit(subprocess.run(sys.argv[2:], input=data).returncode)
"""

SINK = """
import json, sys
data = sys.stdin.buffer.read()
with open(sys.argv[1], "wb") as fh:
    fh.write(data)
with open(sys.argv[1] + ".argv", "w") as fh:
    json.dump(sys.argv[2:], fh)
"""

CAT_SINK = 'cat > "$1"\n'

GOOD_BODY = (
    "Добрий день, Олено!\n\n"
    "Кошти за замовлення 48213 повернуто сьогодні, вони надійдуть на картку протягом трьох днів.\n"
    "Квитанцію додаю до листа.\n\n"
    "З повагою,\nМарина\n"
)
BAD_BODY = "Готово.\n"
NOT_SENT = tuple("replylint: " + tr(lang, "not sent: {reason}").format(reason="") for lang in ("en", "ru", "uk"))
"""How a refusal starts, in each language the report may be written in."""
SUBJECT = "Відповідь: повернення коштів за замовлення 48213"
TO = "olena@example.ua"


@dataclass
class Run:
    returncode: int
    output: str
    received: Path
    """What neomutt handed to its sendmail program."""
    delivered: Path
    """What replylint passed on to the real sendmail."""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "record.py").write_text(RECORD, encoding="utf-8")
    (tmp_path / "sink.py").write_text(SINK, encoding="utf-8")
    (tmp_path / "cat-sink.sh").write_text(CAT_SINK, encoding="utf-8")
    (tmp_path / "replylint.toml").write_text(
        # Two stable rules keep this test about the hook, not about how other rules judge the wording.
        'select = ["length", "subject-missing"]\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    attachment = random.Random(4).randbytes(3000)
    (tmp_path / "receipt.pdf").write_bytes(attachment)
    return home


def _muttrc(tmp_path: Path, sendmail: str) -> Path:
    muttrc = tmp_path / "muttrc"
    muttrc.write_text(
        textwrap.dedent(f"""\
        set sendmail="{sendmail}"
        set from="support@example.com"
        set realname="Marina"
        set use_from=yes
        set use_envelope_from=yes
        set charset="utf-8"
        set send_charset="utf-8"
        set copy=no
        set record=""
        set postponed="{tmp_path}/postponed"
        """),
        encoding="utf-8",
    )
    return muttrc


def _hook_command(tmp_path: Path) -> str:
    python = sys.executable
    return (
        f"{python} {tmp_path}/record.py {tmp_path}/received.eml {python} -m replylint sendmail "
        f"--config {tmp_path}/replylint.toml -- {python} {tmp_path}/sink.py {tmp_path}/delivered.eml"
    )


def _neomutt(
    tmp_path: Path, home: Path, body: str, sendmail: str, *extra: str, env: dict[str, str] | None = None
) -> Run:
    assert NEOMUTT is not None
    if " " in str(tmp_path) or " " in sys.executable:
        pytest.skip("neomutt splits $sendmail on spaces; the temporary path or Python path contains one")
    draft = tmp_path / "draft.txt"
    draft.write_text(body, encoding="utf-8")
    muttrc = _muttrc(tmp_path, sendmail)
    environ = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "TMPDIR": str(tmp_path),
        **(env or {}),
    }
    for key in ("VIRTUAL_ENV", "PYTHONPATH"):
        if key in os.environ:
            environ[key] = os.environ[key]
    with draft.open("rb") as stdin:
        done = subprocess.run(
            [NEOMUTT, "-n", "-F", str(muttrc), "-s", SUBJECT, *extra, "-a", str(tmp_path / "receipt.pdf"), "--", TO],
            stdin=stdin,
            capture_output=True,
            env=environ,
            timeout=180,
            check=False,
        )
    assert draft.read_text(encoding="utf-8") == body, "neomutt must leave the draft it was given untouched"
    output = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    return Run(done.returncode, output, tmp_path / "received.eml", tmp_path / "delivered.eml")


def _normalised(message: bytes) -> bytes:
    """The message without what neomutt generates anew each run: Date, Message-ID and the MIME boundary."""
    boundary = re.search(rb'boundary="?([^";\s]+)"?', message)
    if boundary:
        message = message.replace(boundary.group(1), b"BOUNDARY")
    message = re.sub(rb"(?m)^Date: .*$", b"Date: X", message)
    return re.sub(rb"(?m)^Message-ID: .*$", b"Message-ID: X", message)


def test_a_good_reply_arrives_byte_identical(tmp_path: Path, home: Path) -> None:
    run = _neomutt(tmp_path, home, GOOD_BODY, _hook_command(tmp_path))
    assert run.returncode == 0, run.output
    received = run.received.read_bytes()
    delivered = run.delivered.read_bytes()
    assert delivered == received  # not a byte changed on the way through replylint
    # The message is the real thing: UTF-8 8bit text, a RFC 2047 subject, a base64 attachment, LF line ends.
    assert GOOD_BODY.encode("utf-8") in delivered
    assert b"multipart/mixed" in delivered and b"=?utf-8?" in delivered.lower()
    attachment = (tmp_path / "receipt.pdf").read_bytes()
    encoded = base64.b64encode(attachment).decode("ascii")
    body_b64 = "".join(re.findall(r"(?m)^[A-Za-z0-9+/=]{20,}$", delivered.decode("utf-8", "replace")))
    assert encoded in body_b64
    # neomutt put -f before replylint's `--` ($use_envelope_from); it reaches the real sendmail before the recipient.
    argv = json.loads((tmp_path / "delivered.eml.argv").read_text(encoding="utf-8"))
    assert argv == ["-f", "support@example.com", TO]

    # The same draft through a plain `cat > file` sendmail: the same message, up to what neomutt regenerates.
    plain = _neomutt(tmp_path, home, GOOD_BODY, f"/bin/sh {tmp_path}/cat-sink.sh {tmp_path}/plain.eml")
    assert plain.returncode == 0, plain.output
    assert _normalised((tmp_path / "plain.eml").read_bytes()) == _normalised(delivered)


def test_a_bad_reply_is_stopped_and_the_draft_kept(tmp_path: Path, home: Path) -> None:
    run = _neomutt(tmp_path, home, BAD_BODY, _hook_command(tmp_path))
    assert run.returncode != 0
    assert run.received.exists(), "neomutt did hand the message to replylint"
    assert not run.delivered.exists(), "nothing may reach the real sendmail"
    # The report is in the reply's language (BAD_BODY is Cyrillic), as its findings are.
    assert any(prefix in run.output for prefix in NOT_SENT) and "length" in run.output
    assert "Could not send the message" in run.output  # neomutt's own report of the failure
    assert not (tmp_path / "postponed").exists() and not (home / "dead.letter").exists()


def test_override_with_the_environment(tmp_path: Path, home: Path) -> None:
    run = _neomutt(tmp_path, home, BAD_BODY, _hook_command(tmp_path), env={"REPLYLINT_SKIP": "1"})
    assert run.returncode == 0, run.output
    assert run.delivered.read_bytes() == run.received.read_bytes()


def test_override_with_a_header_which_is_sent_as_is(tmp_path: Path, home: Path) -> None:
    run = _neomutt(tmp_path, home, BAD_BODY, _hook_command(tmp_path), "-e", "my_hdr X-Replylint-Skip: yes")
    assert run.returncode == 0, run.output
    delivered = run.delivered.read_bytes()
    assert delivered == run.received.read_bytes()
    assert b"\nX-Replylint-Skip: yes\n" in delivered


# ------------------------------------------------------------------------------------ the gate under attack
# Regression tests for issue 12: what neomutt records when replylint's check is sabotaged by a plugin, when the
# sending command misbehaves, or when replylint is signalled while the message is on its way.

EXITING_PLUGIN = '''
import os, sys
from replylint import Rule
class Plugin(Rule):
    """Ends the process.

    For the gate's tests.
    """
    id = "{id}"
    messages = {{"x": "x"}}
    def check(self, ctx):
        {how}
        yield
'''

EARLY_CLOSE = """
import os, sys
os.read(0, 100)
os.close(0)
sys.exit(0)
"""

SLOW_READER = """
import os, signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # keep reading: what it sees before end of input is recorded
signal.signal(signal.SIGHUP, signal.SIG_IGN)
with open(sys.argv[1] + ".pid", "w") as fh:
    fh.write(str(os.getppid()))
total = 0
while chunk := os.read(0, 65536):
    total += len(chunk)
    time.sleep(0.002)
with open(sys.argv[1], "w") as fh:
    fh.write(str(total))
"""


def _exiting_plugin(tmp_path: Path, rule_id: str, how: str) -> Path:
    where = tmp_path / "plugin"
    where.mkdir()
    module = rule_id.replace("-", "_")
    (where / f"{module}.py").write_text(EXITING_PLUGIN.format(id=rule_id, how=how), encoding="utf-8")
    info = where / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[replylint.rules]\n{rule_id} = {module}:Plugin\n", encoding="utf-8")
    return where


def _gate_command(tmp_path: Path, sink: str, *ours: str) -> str:
    python = sys.executable
    return (
        f"{python} {tmp_path}/record.py {tmp_path}/received.eml {python} -m replylint sendmail "
        f"--config {tmp_path}/replylint.toml {' '.join(ours)} -- {python} {tmp_path}/{sink} "
        f"{tmp_path}/delivered.eml"
    )


@pytest.mark.parametrize(
    "how, why",
    [
        # the reply is Ukrainian, so the engine's own finding is written in Ukrainian too
        ("sys.exit(0)", tr("uk", "rule {rule} crashed: {error}").format(rule="exits", error="SystemExit: sys.exit(0)")),
        ("os._exit(0)", "the check ended without a verdict (exit status 0)"),
    ],
)
def test_a_plugin_that_exits_does_not_pass_for_a_send(tmp_path: Path, home: Path, how: str, why: str) -> None:
    plugin = _exiting_plugin(tmp_path, "exits", how)
    run = _neomutt(
        tmp_path,
        home,
        GOOD_BODY,
        _gate_command(tmp_path, "sink.py", "--select", "length,exits"),
        env={"PYTHONPATH": str(plugin)},
    )
    assert run.returncode != 0, run.output
    assert run.received.exists() and not run.delivered.exists()
    [line] = [x for x in run.output.splitlines() if x.startswith(NOT_SENT)]
    assert why in line
    assert "Could not send the message" in run.output and "Traceback" not in run.output


def test_a_sender_that_stops_reading_early_is_a_failed_send(tmp_path: Path, home: Path) -> None:
    (tmp_path / "early.py").write_text(EARLY_CLOSE, encoding="utf-8")
    run = _neomutt(tmp_path, home, GOOD_BODY, _gate_command(tmp_path, "early.py"))
    assert run.returncode != 0, run.output
    assert "read only 100 of the message's" in run.output
    assert "Could not send the message" in run.output


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_mid_send_never_hands_on_a_truncated_message(tmp_path: Path, home: Path, signum: int) -> None:
    """The audit's case: a 20 MB message, replylint signalled while the sender reads it. The sender here ignores
    the signal and reads to the end of its input, so it records exactly what it would have sent."""
    (tmp_path / "slow.py").write_text(SLOW_READER, encoding="utf-8")
    (tmp_path / "receipt.pdf").write_bytes(random.Random(5).randbytes(15_000_000))
    result: list[Run] = []
    worker = threading.Thread(
        target=lambda: result.append(_neomutt(tmp_path, home, GOOD_BODY, _gate_command(tmp_path, "slow.py")))
    )
    worker.start()
    pid_file = tmp_path / "delivered.eml.pid"
    deadline = time.monotonic() + 170
    while not pid_file.exists() and time.monotonic() < deadline and worker.is_alive():
        time.sleep(0.05)
    assert pid_file.exists(), "the sender never started"
    time.sleep(0.3)
    os.kill(int(pid_file.read_text()), signum)
    worker.join(200)
    [run] = result
    assert run.returncode != 0, "neomutt must not record the message as sent"
    assert f"interrupted by {signal.Signals(signum).name}" in run.output
    assert "Could not send the message" in run.output
    deadline = time.monotonic() + 120
    while not run.delivered.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert int(run.delivered.read_text()) == run.received.stat().st_size  # the end came after the last byte


def test_a_plugin_that_never_finishes_importing_is_stopped_by_the_budget(tmp_path: Path, home: Path) -> None:
    where = tmp_path / "plugin"
    where.mkdir()
    (where / "loops.py").write_text("while True:\n    pass\n", encoding="utf-8")
    info = where / "loops-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: loops\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[replylint.rules]\nloops = loops:Plugin\n", encoding="utf-8")
    started = time.monotonic()
    run = _neomutt(
        tmp_path,
        home,
        GOOD_BODY,
        _gate_command(tmp_path, "sink.py", "--timeout", "5", "--select", "length,loops"),
        env={"PYTHONPATH": str(where)},
    )
    assert time.monotonic() - started < 120
    assert run.returncode != 0 and not run.delivered.exists()
    assert "replylint: not sent: the check did not finish within 5 s" in run.output
    assert "Could not send the message" in run.output
