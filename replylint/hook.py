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
import email.parser
import email.policy
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, TextIO

from replylint._process import gc_paused
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

    def render(self) -> str:
        """A short report for a terminal or a mail client's error pager; every character from the mail is made safe."""
        if self.outcome == "skipped":
            return f"replylint: check skipped ({self.reason}); message passed on unchecked\n"
        if self.outcome == "clean":
            return ""
        how = (f"send it unchanged once with {SKIP_ENV}=1 in the environment or the header "
               f"'{SKIP_HEADER}: yes'")
        if self.outcome == "error":
            return f"replylint: not sent: {terminal_safe(self.reason)}\nFix the problem, or {how}.\n"
        failing = self.failing
        noun = "finding" if len(failing) == 1 else "findings"
        lines = [f"replylint: not sent: {len(failing)} {noun} at or above {self.fail_on}:"]
        text = self.report.text if self.report is not None else ""
        for f in failing[:_MAX_SHOWN]:
            lines.append(f"  line {f.line}:{f.column} {f.severity} {f.rule}: {terminal_safe(f.message)}")
            excerpt = text[f.start:f.end].strip()
            if excerpt:
                lines.append(f"      | {terminal_safe(excerpt[:100])}")
        if len(failing) > _MAX_SHOWN:
            lines.append(f"  ... and {len(failing) - _MAX_SHOWN} more")
        lines.append(f"Fix the draft and send again, or {how}.")
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
            return f"{SKIP_HEADER} header"
    return None


def _header_block(raw: bytes) -> bytes:
    """The header section only: the body is never parsed just to look for one header."""
    ends = [i + len(sep) // 2 for sep in (b"\n\n", b"\r\n\r\n") if (i := raw.find(sep)) >= 0]
    return raw[: min(ends)] if ends else raw


def check_outgoing(raw: bytes, *, config: ConfigInput = None, fail_on: Severity | str | None = None,
                   context: ContextInput = None, linter: Linter | None = None,
                   environ: Mapping[str, str] | None = None) -> Verdict:
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
        return Verdict(False, "error", level or Severity.WARNING, reason=str(exc))
    if report.fails(level):
        return Verdict(False, "findings", level, report)
    return Verdict(True, "clean", level, report)


def _lintable(data: bytes, max_bytes: int) -> bytes:
    """The message to lint: as it is, or, when attachments push it over `max_bytes`, a copy without them.

    A reply with a large PDF attached is still a reply to check; only its text parts matter to the rules. The copy
    is only linted, never sent.
    """
    if len(data) <= max_bytes:
        return data
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() != "text" or part.get_content_disposition() == "attachment":
            part.set_payload("")
    return message.as_bytes()


# ---------------------------------------------------------------------------------------------- the command

_OURS_WITH_VALUE = ("--fail-on", "--config", "--select", "--ignore")
_CLIENT_OPTIONS_WITH_VALUE = frozenset({"-f", "-F", "-N", "-R", "-r", "-B", "-V", "-X", "-L", "-O", "-o"})
"""sendmail options that take the next word as their value, when a mail client puts them before our `--`."""


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="replylint sendmail",
        usage="replylint sendmail [--fail-on LEVEL] [--config FILE] [--select IDS] [--ignore IDS] [-- COMMAND ...]",
        description="Read a complete message on stdin, lint it, and only if it passes run COMMAND with the "
                    "unchanged bytes on its stdin (exit status: COMMAND's). Without COMMAND, only check. "
                    f"Skip the check once with {SKIP_ENV}=1 or the header '{SKIP_HEADER}: yes'.",
    )
    parser.add_argument("--fail-on", choices=["error", "warning", "info"], help="lowest severity that stops a message")
    parser.add_argument("--config", metavar="FILE", help="a replylint.toml or pyproject.toml to use")
    parser.add_argument("--select", metavar="IDS", help="comma-separated rule ids to run (replaces the config)")
    parser.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids to skip")
    return parser


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


def main(argv: Sequence[str], *, stdin: BinaryIO | None = None, stderr: TextIO | None = None,
         environ: Mapping[str, str] | None = None) -> int:
    """`replylint sendmail`: the exit status is COMMAND's when the message is passed on."""
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
    reason = skip_reason(raw, environ)
    if reason is not None:
        # Decided before any config is read, so a broken config cannot block the override.
        verdict = Verdict(True, "skipped", reason=reason)
    else:
        try:
            with gc_paused():  # one message per process: start-up is the whole run
                verdict = check_outgoing(raw, linter=_linter(args), fail_on=args.fail_on, environ={})
        except ReplylintError as exc:
            verdict = Verdict(False, "error", reason=str(exc))
        except Exception as exc:  # noqa: BLE001 - a crash must not pass for "sent"; say so and keep the draft
            verdict = Verdict(False, "error", reason=f"internal error: {type(exc).__name__}: {exc}")
    err.write(verdict.render())
    err.flush()
    if not verdict.send:
        return EXIT_FINDINGS if verdict.outcome == "findings" else EXIT_ERROR
    if not command:
        return EXIT_OK
    return deliver(raw, command, err)


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


def deliver(raw: bytes, command: Sequence[str], err: TextIO) -> int:
    """Run COMMAND with exactly `raw` on its stdin; its stdout and stderr are the client's. Returns its status."""
    try:
        done = subprocess.run(list(command), input=raw, check=False)
    except FileNotFoundError:
        err.write(f"replylint: not sent: command not found: {terminal_safe(command[0])}\n")
        return EXIT_NOT_FOUND
    except PermissionError:
        err.write(f"replylint: not sent: cannot run {terminal_safe(command[0])}: permission denied\n")
        return EXIT_NOT_EXECUTABLE
    # A command killed by a signal reports it the way a shell does (128 + signal number).
    return done.returncode if done.returncode >= 0 else 128 - done.returncode


__all__ = ["SKIP_ENV", "SKIP_HEADER", "Verdict", "check_outgoing", "deliver", "main", "skip_reason", "split_command"]
