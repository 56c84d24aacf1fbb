"""Pre-send hook: lint an outgoing message and hand it on, byte for byte, only if it passes.

Mail clients such as mutt and neomutt give a complete RFC 822 message to their `$sendmail` program on standard
input. `replylint sendmail [options] -- COMMAND...` stands in that place: it reads the message as bytes, lints it,
and only if it passes runs COMMAND (the real sendmail, msmtp, ...) with the same arguments and exactly those bytes
on its standard input, returning COMMAND's exit status. If it fails, nothing is sent, a short report goes to
stderr and the exit status is 1, so the client reports a send error and keeps the draft.

The bytes are never re-encoded: the message is parsed from a copy for linting, and what is passed on is the
buffer that was read. Attachments, charsets, line endings (LF or CRLF) and a missing final newline all survive.

Overriding the check once:

- `REPLYLINT_SKIP=1` in the environment, or
- a header `X-Replylint-Skip: yes` in the message. The header is sent as it is, like every other byte: removing
  it would mean rewriting the message. Use the environment variable if the recipient must not see it.

Clients written in Python call `check_outgoing(raw)` and send only when `verdict.send` is true.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import email.generator
import email.message
import email.parser
import email.policy
import io
import json
import math
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TextIO

from replylint import i18n
from replylint._process import child_environment, gc_paused
from replylint.engine import INTERNAL_ERROR
from replylint.errors import ReplylintError
from replylint.formats.safe import terminal_safe
from replylint.model import Finding, Report, Severity

if TYPE_CHECKING:
    from replylint.api import ConfigInput, ContextInput, Linter

SKIP_ENV = "REPLYLINT_SKIP"
SKIP_HEADER = "X-Replylint-Skip"
_TRUE = frozenset({"1", "yes", "true", "on", "y"})
_MAX_SHOWN = 10
"""Findings listed on stderr; a mail client's error pager is no place for a long report."""

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_NOT_FOUND, EXIT_NOT_EXECUTABLE = 127, 126
"""What a shell returns when the command is missing or cannot run; mail clients already explain those."""

Outcome = Literal["clean", "findings", "skipped", "error"]


@dataclass(frozen=True)
class Verdict:
    """Whether an outgoing message may be sent, and why."""

    send: bool
    outcome: Outcome
    fail_on: Severity = Severity.WARNING
    report: Report | None = None
    reason: str = ""
    """For `skipped`, what overrode the check; for `error`, what went wrong."""

    @property
    def failing(self) -> list[Finding]:
        """The findings that stop the message (at or above `fail_on`)."""
        if self.report is None:
            return []
        return [f for f in self.report.findings if f.severity >= self.fail_on]

    def render(self, lang: str | None = None) -> str:
        """A short report for a terminal or a mail client's error pager; every character from the mail is made safe.

        In `lang`, else the findings' language (the reply's, unless message-language says otherwise), else the
        user's locale: the agent reads it in the mail client they wrote the reply in."""
        if lang is None:
            lang = self.report.message_language if self.report is not None else i18n.environment_language()
        reason = terminal_safe(i18n.localised(self.reason, lang))
        if self.outcome == "skipped":
            return (
                "replylint: "
                + i18n.tr(lang, "check skipped ({reason}); message passed on unchecked").format(reason=reason)
                + "\n"
            )
        if self.outcome == "clean":
            return ""
        how = i18n.tr(
            lang, "send it unchanged once with {env}=1 in the environment or the header '{header}: yes'"
        ).format(env=SKIP_ENV, header=SKIP_HEADER)
        if self.outcome == "error":
            return (
                "replylint: "
                + i18n.tr(lang, "not sent: {reason}").format(reason=reason)
                + "\n"
                + i18n.tr(lang, "Fix the problem, or {how}.").format(how=how)
                + "\n"
            )
        failing = self.failing
        head = i18n.ntr(
            lang,
            "not sent: {count} finding at or above {level}:",
            "not sent: {count} findings at or above {level}:",
            len(failing),
        )
        lines = [f"replylint: {head.format(count=len(failing), level=self.fail_on)}"]
        text = self.report.text if self.report is not None else ""
        for f in failing[:_MAX_SHOWN]:
            where = i18n.tr(lang, "line {line}:{column}").format(line=f.line, column=f.column)
            lines.append(f"  {where} {f.severity} {f.rule}: {terminal_safe(f.message)}")
            excerpt = text[f.start : f.end].strip()
            if excerpt:
                lines.append(f"      | {terminal_safe(excerpt[:100])}")
        if len(failing) > _MAX_SHOWN:
            more = len(failing) - _MAX_SHOWN
            lines.append("  " + i18n.ntr(lang, "... and {count} more", "... and {count} more", more).format(count=more))
        lines.append(i18n.tr(lang, "Fix the draft and send again, or {how}.").format(how=how))
        return "\n".join(lines) + "\n"


def skip_reason(raw: bytes, environ: Mapping[str, str] | None = None) -> str | None:
    """Why the check is overridden for this message, or None: the environment variable, then the header."""
    env = os.environ if environ is None else environ
    if env.get(SKIP_ENV, "").strip().lower() in _TRUE:
        return f"{SKIP_ENV}={env[SKIP_ENV]}"
    head = _header_block(raw)
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    for value in parsed.get_all(SKIP_HEADER, []):
        if str(value).strip().lower() in _TRUE:
            return i18n.Text("{header} header", header=SKIP_HEADER)
    return None


def _header_block(raw: bytes) -> bytes:
    """The header section only: the body is never parsed just to look for one header."""
    ends = [i + len(sep) // 2 for sep in (b"\n\n", b"\r\n\r\n") if (i := raw.find(sep)) >= 0]
    return raw[: min(ends)] if ends else raw


def check_outgoing(
    raw: bytes,
    *,
    config: ConfigInput = None,
    fail_on: Severity | str | None = None,
    context: ContextInput = None,
    linter: Linter | None = None,
    environ: Mapping[str, str] | None = None,
) -> Verdict:
    """Lint an outgoing message (complete RFC 822 bytes) and say whether it may be sent.

    `config` is what `replylint.lint` accepts (a Config, a mapping or a path); pass a `Linter` as `linter` to reuse
    loaded rules across messages. `fail_on` overrides the config's level. `environ` defaults to `os.environ` and is
    read only for the `REPLYLINT_SKIP` override. A message that cannot be linted is not sent (outcome `error`):
    a pre-send check that silently lets mail through when it breaks would be worse than none.
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"check_outgoing needs the message as bytes, not {type(raw).__name__}")
    data = bytes(raw)
    reason = skip_reason(data, environ)
    level = Severity.parse(fail_on) if fail_on is not None else None
    if reason is not None:
        return Verdict(True, "skipped", level or Severity.WARNING, reason=reason)
    try:
        if linter is None:
            from replylint.api import Linter

            linter = Linter(config)
        level = level or linter.config.fail_on
        report: Report = linter.lint(_lintable(data, linter.config.max_bytes), context=context)
    except ReplylintError as exc:
        return Verdict(False, "error", level or Severity.WARNING, reason=_reason(exc))
    except Exception as exc:  # noqa: BLE001 - a message that breaks the parser is not sent, and the caller not hit
        from replylint.engine import describe

        return Verdict(
            False, "error", level or Severity.WARNING, reason=i18n.Text("internal error: {error}", error=describe(exc))
        )
    broken = [f for f in report.findings if f.rule == INTERNAL_ERROR]
    if broken:
        # A rule that crashed, timed out or would not load is replylint's failure, not the draft's: no "fix the
        # draft" advice, and the status says the check itself failed.
        more = i18n.Text(" (and {count} more)", count=len(broken) - 1) if len(broken) > 1 else ""
        return Verdict(
            False,
            "error",
            level,
            report,
            reason=i18n.Text("the check failed: {message}{more}", message=broken[0].message, more=more),
        )
    if report.fails(level):
        return Verdict(False, "findings", level, report)
    return Verdict(True, "clean", level, report)


def _lintable(data: bytes, max_bytes: int) -> bytes:
    """The message to lint: as it is, or, when other parts push it over `max_bytes`, a copy without them.

    A reply with a large PDF attached, a forwarded message or a CSV export is still a reply to check; only the
    parts the rules read matter: inline text/plain and text/html parts outside any forwarded message (see
    replylint.parsing.mime). Every other part is emptied in the copy, which is only linted, never sent.
    Characters that end a line for the parser or the generator (a bare CR in the header block; \\x0b, \\x0c and
    \\x1c-\\x1e anywhere, which str.splitlines breaks on) would end a header block early and hide the MIME
    structure behind it, so the copy has them as spaces. If the copy cannot be built the message is linted as it
    is, and the size limit then refuses it, saying why.
    """
    if len(data) <= max_bytes:
        return data
    head_end = len(_header_block(data))
    cleaned = _SPLITS_LINES.sub(b" ", data[:head_end]) + _SPLITS_LINES_IN_BODY.sub(b" ", data[head_end:])
    try:
        message = email.message_from_bytes(cleaned, policy=email.policy.compat32)
        for part in message.walk():
            if not _read_by_rules(part):
                # perf and correctness: emptying a message/* part here also stops walk() from descending into it
                del part["Content-Type"], part["Content-Transfer-Encoding"]
                part["Content-Type"] = "application/octet-stream"
                part.set_payload("")
        out = io.BytesIO()
        email.generator.BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(message)
    except Exception:  # noqa: BLE001 - the copy is an optimisation: without it the size limit decides
        return data
    return out.getvalue()


_SPLITS_LINES = re.compile(rb"\r(?!\n)|[\x0b\x0c\x1c-\x1e]")
_SPLITS_LINES_IN_BODY = re.compile(rb"[\x0b\x0c\x1c-\x1e]")


def _read_by_rules(part: email.message.Message) -> bool:
    """Whether replylint's MIME reader would read this part (or look inside it)."""
    ctype = part.get_content_type()
    if ctype.startswith("message/"):
        return False
    if part.is_multipart():
        return True
    disposition = str(part.get("Content-Disposition", "")).split(";", 1)[0].strip().lower()
    return disposition != "attachment" and (ctype in ("text/plain", "text/html") or ctype.startswith("multipart/"))


# ---------------------------------------------------------------------------------------------- the command

_OURS_WITH_VALUE = ("--fail-on", "--config", "--select", "--ignore", "--timeout")
_CLIENT_OPTIONS_WITH_VALUE = frozenset({"-f", "-F", "-N", "-R", "-r", "-B", "-V", "-X", "-L", "-O", "-o"})
"""sendmail options that take the next word as their value, when a mail client puts them before our `--`."""


def _arguments() -> argparse.ArgumentParser:
    """`replylint sendmail`'s options, with help in the locale's language (the mail client's user reads it)."""
    lang = i18n.environment_language()
    parser = argparse.ArgumentParser(
        prog="replylint sendmail",
        usage="replylint sendmail [--fail-on LEVEL] [--config FILE] [--select IDS] [--ignore IDS] [--timeout SECONDS] "
        "[-- COMMAND ...]",
        description=i18n.tr(
            lang,
            "Read a complete message on stdin, lint it, and only if it passes run COMMAND with "
            "the unchanged bytes on its stdin (exit status: COMMAND's). Without COMMAND, only "
            "check. Skip the check once with {env}=1 or the header '{header}: yes'.",
        ).format(env=SKIP_ENV, header=SKIP_HEADER),
    )
    parser.add_argument(
        "--fail-on", choices=["error", "warning", "info"], help=i18n.tr(lang, "lowest severity that stops a message")
    )
    parser.add_argument("--config", metavar="FILE", help=i18n.tr(lang, "a replylint.toml or pyproject.toml to use"))
    parser.add_argument(
        "--select", metavar="IDS", help=i18n.tr(lang, "comma-separated rule ids to run (replaces the config)")
    )
    parser.add_argument("--ignore", metavar="IDS", help=i18n.tr(lang, "comma-separated rule ids to skip"))
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        default=DEFAULT_BUDGET,
        help=i18n.tr(lang, "refuse the message if the whole check takes longer (default {seconds})").format(
            seconds=f"{DEFAULT_BUDGET:g}"
        ),
    )
    return parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 < seconds <= 86_400):
        raise argparse.ArgumentTypeError(
            i18n.tr(
                i18n.environment_language(), "must be a number of seconds between 0 and 86400, not {value!r}"
            ).format(value=value)
        )
    return seconds


def split_command(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split `replylint sendmail` arguments into ours and COMMAND's argv.

    COMMAND starts after `--`, or at the first word that is not an option. mutt and neomutt build the sendmail
    command line themselves: when `$sendmail` contains `--` they insert their own options (`-f ADDR` with
    `$use_envelope_from`, `-N`/`-R` for DSN, `-B8BITMIME`) before it. Those are not ours; they are handed to
    COMMAND just before the recipient addresses at the end, where the client would have put them.
    """
    ours: list[str] = []
    client: list[str] = []
    command: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            command = list(argv[i + 1 :])
            break
        name = word.split("=", 1)[0]
        if word in ("-h", "--help") or name in _OURS_WITH_VALUE:
            takes_next = name in _OURS_WITH_VALUE and "=" not in word and i + 1 < len(argv)
            ours.extend(argv[i : i + (2 if takes_next else 1)])
            i += 2 if takes_next else 1
            continue
        if word.startswith("--"):
            # Mail clients insert only short sendmail options here; a long one is a mistyped option of ours
            # ("--fail-onn"), which argparse then reports, rather than an argument COMMAND would get by surprise.
            ours.append(word)
            i += 1
            continue
        if word.startswith("-") and word != "-":
            takes_next = word in _CLIENT_OPTIONS_WITH_VALUE and i + 1 < len(argv)
            client.extend(argv[i : i + (2 if takes_next else 1)])
            i += 2 if takes_next else 1
            continue
        command = list(argv[i:])
        break
    if command and client:
        # Before the recipients the client appended (the trailing addresses), where it would have put them itself.
        at = len(command)
        while at > 1 and "@" in command[at - 1] and not command[at - 1].startswith("-"):
            at -= 1
        command = [*command[:at], *client, *command[at:]]
    return ours, command


DEFAULT_BUDGET = 120.0
"""Seconds the whole check may take (start-up, configuration, plugins, every rule) before the message is refused.
The per-rule budget bounds each rule; this bounds what it cannot: an import that never returns, a rule stuck in C."""

EXIT_INTERRUPTED = 128
"""Plus the signal number, as a shell reports a command stopped by that signal."""

_FORWARDED = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT") if hasattr(signal, name)
)


@dataclass(frozen=True)
class Decision:
    """What the check decided, as it crosses from the checking process: enough to report and to act."""

    send: bool
    outcome: str
    text: str
    """The report for stderr (already terminal-safe), possibly empty."""
    code: int
    """The exit status when not sent."""

    @classmethod
    def of(cls, verdict: Verdict) -> Decision:
        code = EXIT_OK if verdict.send else EXIT_FINDINGS if verdict.outcome == "findings" else EXIT_ERROR
        return cls(verdict.send, verdict.outcome, verdict.render(), code)

    @classmethod
    def failed(cls, reason: str, code: int = EXIT_ERROR) -> Decision:
        lang = i18n.environment_language()
        return (
            cls.of(Verdict(False, "error", reason=reason))
            if code == EXIT_ERROR
            else cls(
                False,
                "error",
                "replylint: "
                + i18n.tr(lang, "not sent: {reason}").format(reason=terminal_safe(i18n.localised(reason, lang)))
                + "\n",
                code,
            )
        )


class _Signals:
    """While the gate runs: a termination signal stops what it started and makes the run a failure, never a send.

    The default action (dying at once) is what truncated messages before: COMMAND saw the end of a pipe we were
    still writing. Now COMMAND reads the message from a file that is complete before it starts, and a signal is
    recorded here, forwarded to COMMAND (the checking process is killed outright), and reported once the child is
    gone. A child started in the window before it is registered is stopped as soon as it is.
    Handlers are installed only by the command (the main thread of its own process) and restored afterwards.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self._children: dict[int, bool] = {}
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for signum in _FORWARDED:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)

    def _handle(self, signum: int, frame: object) -> None:
        if self.signum is None:
            self.signum = signum
        for pid, forward in list(self._children.items()):
            _kill(pid, signum if forward else signal.SIGKILL)

    def watch(self, pid: int, forward: bool) -> None:
        """Stop `pid` on a signal: COMMAND gets the same signal; a checking process is killed outright."""
        self._children[pid] = forward
        if self.signum is not None:
            self._handle(self.signum, None)

    def forget(self, pid: int) -> None:
        self._children.pop(pid, None)

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name if self.signum is not None else ""


def _kill(pid: int, signum: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signum)


def main(
    argv: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    stderr: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """`replylint sendmail`: the exit status is COMMAND's when the message is passed on.

    The check runs in a child process under a whole-run budget, so nothing a plugin does (sys.exit, os._exit, an
    endless import, a crash of the interpreter) can pass for a clean check: no verdict from the child is a failure.
    """
    err = stderr or sys.stderr
    ours, command = split_command(argv)
    parser = _arguments()
    try:
        with contextlib.redirect_stderr(err):  # usage errors go where the caller reads our messages
            args = parser.parse_args(ours)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_ERROR
    source = stdin if stdin is not None else sys.stdin.buffer
    raw = source.read()
    with _Signals() as signals:
        reason = skip_reason(raw, environ)
        if reason is not None:
            # Decided before any config is read, so a broken config cannot block the override.
            decision = Decision.of(Verdict(True, "skipped", reason=reason))
        else:
            decision = _check_isolated(raw, args, signals)
        if signals.signum is not None:
            decision = Decision.failed(
                i18n.Text("interrupted by {signal} during the check", signal=signals.name),
                EXIT_INTERRUPTED + signals.signum,
            )
        err.write(decision.text)
        err.flush()
        if not decision.send:
            return decision.code
        if not command:
            return EXIT_OK
        return deliver(raw, command, err, signals)


def _verdict_here(raw: bytes, args: argparse.Namespace) -> Verdict:
    """The check itself, in whatever process runs it; every failure is a verdict of "error", never a pass."""
    from replylint.engine import describe

    try:
        with gc_paused():  # one message per process: start-up is the whole run
            return check_outgoing(raw, linter=_linter(args), fail_on=args.fail_on, environ={})
    except ReplylintError as exc:
        return Verdict(False, "error", reason=_reason(exc))
    except KeyboardInterrupt:
        return Verdict(False, "error", reason=i18n.Text("interrupted"))
    except BaseException as exc:  # noqa: BLE001 - a crash must not pass for "sent"; say so and keep the draft
        return Verdict(False, "error", reason=i18n.Text("internal error: {error}", error=describe(exc)))


def _reason(exc: BaseException) -> str:
    """An error's message, kept translatable when it was raised as an i18n.Text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], i18n.Text) else str(exc)


def _check_isolated(raw: bytes, args: argparse.Namespace, signals: _Signals) -> Decision:
    """Run the check in a child process and wait at most the whole-run budget for its decision.

    perf: where this process is provably single-threaded (Linux lists its threads in /proc/self/task), the child is
    a fork(): it starts with this process's imports and the message already in memory, and forking cannot inherit
    a lock another thread holds, since there is none. Elsewhere (another OS, or a caller's threads) the child is a
    fresh interpreter that reads the message on stdin.
    """
    budget = args.timeout
    if hasattr(os, "fork") and _single_threaded():
        return _check_forked(raw, args, signals, budget)
    return _check_spawned(raw, args, signals, budget)


def _single_threaded() -> bool:
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _check_forked(raw: bytes, args: argparse.Namespace, signals: _Signals, budget: float) -> Decision:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; covered by the command-line and neomutt tests
        code = 70
        try:
            os.close(read_end)
            for signum in _FORWARDED:
                signal.signal(signum, signal.SIG_DFL)
            os.dup2(2, 1)  # a plugin's print() must not reach the mail client's stdout
            _write_all(write_end, _encode(Decision.of(_verdict_here(raw, args))))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    signals.watch(pid, forward=False)
    try:
        payload, finished = _read_until(read_end, budget)
        if not finished:
            _kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    finally:
        signals.forget(pid)
        os.close(read_end)
    return _decode(payload, finished, os.waitstatus_to_exitcode(status), budget)


def _check_spawned(raw: bytes, args: argparse.Namespace, signals: _Signals, budget: float) -> Decision:
    child = [sys.executable, "-m", "replylint.hook", *_child_arguments(args)]
    try:
        proc = subprocess.Popen(child, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=child_environment())
    except OSError as exc:
        return Decision.failed(i18n.Text("cannot start the check: {reason}", reason=str(exc.strerror or exc)))
    signals.watch(proc.pid, forward=False)
    try:
        try:
            payload, _ = proc.communicate(raw, timeout=budget)
            finished = True
        except subprocess.TimeoutExpired:
            proc.kill()
            payload, _ = proc.communicate()
            finished = False
    finally:
        signals.forget(proc.pid)
    return _decode(payload, finished, proc.returncode, budget)


def _child_arguments(args: argparse.Namespace) -> list[str]:
    out = []
    for name in ("fail_on", "config", "select", "ignore"):
        value = getattr(args, name)
        if value is not None:
            out.append(f"--{name.replace('_', '-')}={value}")
    return out


def _child_main() -> int:  # pragma: no cover - run as `python -m replylint.hook` by _check_spawned
    """The checking process when it cannot be a fork: the message on stdin, the decision on stdout."""
    verdict_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a plugin's print() goes to stderr, not into the decision
    args = _arguments().parse_args(sys.argv[1:])
    raw = sys.stdin.buffer.read()
    verdict_out.write(_encode(Decision.of(_verdict_here(raw, args))))
    verdict_out.flush()
    return 0


def _encode(decision: Decision) -> bytes:
    return json.dumps(dataclasses.asdict(decision)).encode("utf-8")


def _decode(payload: bytes, finished: bool, status: int, budget: float) -> Decision:
    if not finished:
        return Decision.failed(
            i18n.Text("the check did not finish within {budget:g} s (raise it with --timeout)", budget=budget)
        )
    try:
        data = json.loads(payload)
        decision = Decision(**data)
        if not (isinstance(decision.send, bool) and isinstance(decision.text, str) and isinstance(decision.code, int)):
            raise TypeError("malformed decision")
    except (ValueError, TypeError):
        how = (
            i18n.Text("killed by {signal}", signal=signal.Signals(-status).name)
            if status < 0
            else i18n.Text("exit status {code}", code=status)
        )
        return Decision.failed(
            i18n.Text(
                "the check ended without a verdict ({how}); a rule plugin may have exited or crashed the interpreter",
                how=how,
            )
        )
    return decision


def _read_until(fd: int, budget: float) -> tuple[bytes, bool]:
    """Everything from `fd` until end of file, or what came before the deadline (then False)."""
    deadline = time.monotonic() + budget
    chunks: list[bytes] = []
    poller = select.poll() if hasattr(select, "poll") else None  # poll: no FD_SETSIZE limit on the descriptor
    if poller is not None:
        poller.register(fd, select.POLLIN)
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return b"".join(chunks), False
        ready = poller.poll(left * 1000) if poller is not None else select.select([fd], [], [], left)[0]
        if not ready:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _linter(args: argparse.Namespace) -> Linter:
    from replylint.api import Linter
    from replylint.config import load_config
    from replylint.registry import discover

    registry = discover()
    config = load_config(Path(args.config), registry=registry) if args.config else load_config(registry=registry)
    select = [v.strip() for v in args.select.split(",") if v.strip()] if args.select else None
    ignore = [v.strip() for v in args.ignore.split(",") if v.strip()] if args.ignore else None
    config = config.with_overrides(select=select, ignore=ignore, fail_on=args.fail_on, registry=registry)
    return Linter(config, registry=registry)


def deliver(raw: bytes, command: Sequence[str], err: TextIO, signals: _Signals | None = None) -> int:
    """Run COMMAND with exactly `raw` on its stdin; its stdout and stderr are the client's. Returns its status.

    COMMAND reads the message from an unlinked file written in full before it starts, not from a pipe we feed:
    if this process is killed, COMMAND still has the whole message, never a truncated one, and the signal is
    forwarded to it. After it exits, the file's offset (shared with COMMAND) says how much it read: a COMMAND that
    stopped reading early did not send this message, whatever its exit status says.
    """
    signals = signals or _Signals()
    lang = i18n.environment_language()
    name = terminal_safe(command[0]) if command else ""
    with _message_file(raw) as fd:
        if signals.signum is not None:
            err.write(
                "replylint: " + i18n.tr(lang, "not sent: interrupted by {signal}").format(signal=signals.name) + "\n"
            )
            return EXIT_INTERRUPTED + signals.signum
        try:
            proc = subprocess.Popen(list(command), stdin=fd)
        except FileNotFoundError:
            err.write(
                "replylint: " + i18n.tr(lang, "not sent: command not found: {command}").format(command=name) + "\n"
            )
            return EXIT_NOT_FOUND
        except PermissionError:
            err.write(
                "replylint: "
                + i18n.tr(lang, "not sent: cannot run {command}: permission denied").format(command=name)
                + "\n"
            )
            return EXIT_NOT_EXECUTABLE
        except OSError as exc:
            err.write(
                "replylint: "
                + i18n.tr(lang, "not sent: cannot run {command}: {reason}").format(
                    command=name, reason=exc.strerror or exc
                )
                + "\n"
            )
            return EXIT_NOT_EXECUTABLE
        signals.watch(proc.pid, forward=True)
        try:
            status = proc.wait()
        finally:
            signals.forget(proc.pid)
        read = os.lseek(fd, 0, os.SEEK_CUR)
    # A command killed by a signal reports it the way a shell does (128 + signal number).
    code = status if status >= 0 else 128 - status
    if signals.signum is not None:
        how = (
            i18n.tr(lang, "it had read the whole message")
            if read >= len(raw)
            else i18n.tr(lang, "it had read {read:,} of {size:,} bytes").format(read=read, size=len(raw))
        )
        err.write(
            "replylint: "
            + i18n.tr(
                lang,
                "interrupted by {signal} while {command} was sending; it was stopped "
                "({how}, exit status {code}); the message may not have been sent",
            ).format(signal=signals.name, command=name, how=how, code=code)
            + "\n"
        )
        return EXIT_INTERRUPTED + signals.signum
    if read < len(raw):
        err.write(
            "replylint: "
            + i18n.tr(
                lang,
                "not sent: {command} read only {read:,} of the message's {size:,} "
                "bytes (exit status {code}); a sender that stops reading early did "
                "not send this message",
            ).format(command=name, read=read, size=len(raw), code=code)
            + "\n"
        )
        return code if code != 0 else EXIT_ERROR
    return code


@contextlib.contextmanager
def _message_file(raw: bytes) -> Iterator[int]:
    """A file descriptor at offset 0 of an anonymous file holding `raw`: in memory where Linux allows it."""
    if hasattr(os, "memfd_create"):
        fd = os.memfd_create("replylint-message", 0)
        try:
            _write_all(fd, raw)
            os.lseek(fd, 0, os.SEEK_SET)
            yield fd
        finally:
            os.close(fd)
        return
    with tempfile.TemporaryFile() as fh:
        fh.write(raw)
        fh.flush()
        fh.seek(0)
        yield fh.fileno()


__all__ = ["SKIP_ENV", "SKIP_HEADER", "Verdict", "check_outgoing", "deliver", "main", "skip_reason", "split_command"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(_child_main())
