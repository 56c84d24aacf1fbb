"""The `replylint` command: check replies, list rules, explain one.

Exit codes: 0 clean, 1 findings at or above the fail severity, 2 usage, configuration or input error (one line
on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from replylint import __version__
from replylint._process import exit_fast, gc_paused
from replylint.api import Linter
from replylint.config import Config, load_config
from replylint.errors import InputTooLargeError, ReplylintError, ReplyParseError
from replylint.formats import FORMATS, render
from replylint.formats.safe import terminal_safe
from replylint.model import Report, Severity
from replylint.registry import discover

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """One line on stderr for a usage error, like every other error, and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{message} (see '{self.prog} --help')")


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="replylint", description="Lint customer-support e-mail replies (ru, uk, en).")
    parser.add_argument("--version", action="version", version=f"replylint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="lint replies (files, .eml, or - for stdin)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="reply files (.txt, .eml) or - for stdin")
    check.add_argument("--original", metavar="PATH", help="the customer's message the reply answers")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--select", metavar="IDS", help="comma-separated rule ids to run (replaces the config)")
    check.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids to skip")
    check.add_argument("--config", metavar="FILE", help="a replylint.toml or pyproject.toml to use")
    check.add_argument("--fail-on", choices=["error", "warning", "info"], help="lowest severity that fails")
    check.add_argument("--customer-name", metavar="NAME", help="the customer's name, if the mail does not say")
    check.add_argument("--language", choices=["en", "ru", "uk"], help="skip detection, lint as this language")
    check.add_argument("--template", action="store_true", help="lint as a template: placeholders are expected")
    check.add_argument("--show-source", action="store_true", help="print the flagged text under each finding")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")

    sub.add_parser("rules", help="list the installed rules")
    explain = sub.add_parser("explain", help="print a rule's rationale, options and examples")
    explain.add_argument("rule", metavar="RULE")
    # Listed here for `replylint --help`; main() hands its arguments to replylint.hook, which parses them itself.
    sub.add_parser("sendmail", help="lint a message on stdin and pass it unchanged to COMMAND only if it passes "
                                    "(mutt's $sendmail); see `replylint sendmail --help`")
    return parser


def run() -> None:
    """The `replylint` console command: `main` on the process's arguments, then a fast exit."""
    exit_fast(main)


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    for stream in {out, err} & {sys.stdout, sys.stderr}:
        # A terminal or pipe that cannot encode Cyrillic gets escapes, not a UnicodeEncodeError traceback.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["sendmail"]:
        # The mail client owns this command line (it adds -f, --, recipients): argparse must not see it.
        from replylint.hook import main as sendmail

        return sendmail(words[1:], stdin=getattr(stdin or sys.stdin, "buffer", None), stderr=err)
    try:
        with contextlib.redirect_stdout(out):
            args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except _UsageError as exc:
        err.write(f"replylint: error: {terminal_safe(str(exc))}\n")
        return EXIT_ERROR
    try:
        if args.command == "rules":
            return _rules(out)
        if args.command == "explain":
            return _explain(args.rule, out, err)
        return _check(args, stdin or sys.stdin, out, err)
    except ReplylintError as exc:
        err.write(f"replylint: error: {terminal_safe(str(exc))}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:  # Ctrl-C, or a plugin raising it (which replylint cannot tell apart): no traceback
        err.write("replylint: interrupted\n")
        return 130


def _split_ids(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _check(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    # A plugin's print() goes to stderr: stdout carries only the report (`--format json` must stay parseable).
    with contextlib.ExitStack() as startup, contextlib.redirect_stdout(err):
        startup.enter_context(gc_paused())  # released once the first reply is linted (the pipeline is built)
        return _check_paths(args, stdin, out, err, startup)


def _check_paths(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
                 startup: contextlib.ExitStack) -> int:
    registry = discover()
    first = next((p for p in args.paths if p != "-"), None)
    if args.config:
        config = load_config(Path(args.config), registry=registry)
    else:
        config = load_config(start=Path(first) if first else Path.cwd(), registry=registry)
    config = config.with_overrides(select=_split_ids(args.select), ignore=_split_ids(args.ignore),
                                   fail_on=args.fail_on, registry=registry)
    linter = Linter(config, registry=registry)
    context = {k: v for k, v in (("customer_name", args.customer_name), ("language", args.language)) if v}
    if args.template:
        context["template"] = True
    original = _input_file(args.original) if args.original else None
    reports: list[Report] = []
    unreadable = 0
    if args.paths.count("-") > 1:
        raise ReplylintError("'-' (stdin) may be given only once")
    for raw in args.paths:
        try:
            report = _lint_one(raw, linter, original, context, stdin)
        except ReplyParseError as exc:
            # One unreadable reply must not hide the findings of the others: say so, go on, exit 2 at the end.
            err.write(f"replylint: error: {terminal_safe(str(exc))}\n")
            unreadable += 1
            continue
        finally:
            startup.close()
        reports.append(report)
    color = args.color == "always" or (args.color == "auto" and _isatty(out) and "NO_COLOR" not in os.environ)
    options: dict[str, object] = {}
    if args.format == "text":
        options = {"color": color, "show_source": args.show_source}
    elif args.format == "sarif":
        options = {"rules": registry.classes()}
    if reports or not unreadable:  # nothing could be read: the errors on stderr are the whole story
        out.write(render(args.format, reports, **options))
    if unreadable:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.fails(config.fail_on) for r in reports) else EXIT_OK


def _lint_one(raw: str, linter: Linter, original: Path | None, context: dict[str, object], stdin: TextIO) -> Report:
    if raw == "-":
        # Read at most one byte (character) over the limit, so an endless stdin is refused, not buffered.
        limit = linter.config.max_bytes + 1
        data = stdin.buffer.read(limit) if hasattr(stdin, "buffer") else stdin.read(limit).encode("utf-8")
        if len(data) >= limit:
            raise InputTooLargeError(f"<stdin> is longer than the {limit - 1:,}-byte limit (raise max-bytes "
                                     "in the configuration to lint it)")
        return _renamed(linter.lint(data, original, context=context or None), "<stdin>")
    path = _input_file(raw)
    if context.get("template"):
        return _lint_template(path, linter, original, context)
    return linter.lint(path, original, context=context or None)


def _input_file(raw: str) -> Path:
    """The path, if it names a regular file: a FIFO would block the run in open() for ever, a device never ends."""
    import stat

    from replylint._toml import file_kind

    path = Path(raw)
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return path  # missing or unusable: reading it reports that, in the usual words
    if stat.S_ISDIR(mode):
        raise ReplyParseError(f"{raw} is a directory; pass reply files (a shell glob works: {raw}/*.eml)")
    if not stat.S_ISREG(mode):
        raise ReplyParseError(f"{raw} is {file_kind(mode)}, not a message file (pipe a message in with '-')")
    return path


def _lint_template(path: Path, linter: Linter, original: Path | None, context: dict[str, object]) -> Report:
    """A template is read as the pytest plugin reads it: front matter and a sidecar sample message count, and
    findings point at the template file's lines. `--original` wins over both."""
    import dataclasses

    from replylint.templates import TemplateError, lint_template, load_template, with_file_positions

    try:
        template = load_template(path)
    except TemplateError as exc:
        raise ReplyParseError(str(exc)) from None
    if original is not None:
        template = dataclasses.replace(template, original=original)
    return with_file_positions(template, lint_template(template, linter, context))


def _renamed(report: Report, source: str) -> Report:
    from dataclasses import replace

    return replace(report, source=source)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _rules(out: TextIO) -> int:
    registry = discover()
    for entry in registry:
        try:
            cls = entry.load()
        except ReplylintError as exc:
            out.write(f"{entry.id:<22} (failed to load: {exc})\n")
            continue
        langs = ",".join(sorted(cls.languages))
        out.write(f"{cls.id:<22} {cls.severity!s:<8} {langs:<9} {cls.summary()}\n")
    return EXIT_OK


def _explain(rule_id: str, out: TextIO, err: TextIO) -> int:
    from replylint.docs import render_rule

    registry = discover()
    if rule_id not in registry:
        import difflib

        close = difflib.get_close_matches(rule_id, registry.ids, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        err.write(f"replylint: error: unknown rule {terminal_safe(rule_id)!r}{hint}\n")
        return EXIT_ERROR
    out.write(render_rule(registry.get(rule_id).load()))
    return EXIT_OK


__all__ = ["Config", "Severity", "main"]
