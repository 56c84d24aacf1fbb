"""The `replylint` command: check replies, list rules, explain one.

Exit codes: 0 clean, 1 findings at or above the fail severity, 2 usage, configuration or input error (one line
on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from replylint import __version__, i18n
from replylint._process import exit_fast, gc_paused
from replylint.config import Config, load_config
from replylint.errors import InputTooLargeError, ReplylintError, ReplyParseError, did_you_mean
from replylint.formats import FORMATS, render
from replylint.formats.safe import terminal_safe
from replylint.model import LANGUAGES, MESSAGE_LANGUAGES, Report, Severity
from replylint.registry import Registry, discover

if TYPE_CHECKING:
    from replylint.api import Linter  # imported where a reply is linted: --version and --help need no linter

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """One line on stderr for a usage error, like every other error, and exit code 2; argparse's own words of the
    help page ("usage:", "options:", "positional arguments:", -h's help) in `lang`.

    Those words are argparse's `gettext` calls in the global domain; they are given here (section titles set
    after construction, the usage prefix passed in, -h added by us) rather than by swapping `argparse._`, which
    would change every other argparse user in the process (pytest's own, when `main` runs in-process) and is
    not thread-safe. Argparse's error texts ("invalid choice", "the following arguments are required") are made
    inside argparse in English and said again in `lang` by `replylint.argparse_words`.
    """

    lang = "en"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = i18n.tr(self.lang, "positional arguments")
        self._optionals.title = i18n.tr(self.lang, "options")
        self.add_argument("-h", "--help", action="help", help=i18n.tr(self.lang, "show this help message and exit"))

    def format_usage(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups, self._usage_prefix())
        return formatter.format_help()

    def format_help(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups, self._usage_prefix())
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _usage_prefix(self) -> str:
        return i18n.tr(self.lang, "usage: ")

    def error(self, message: str) -> None:  # type: ignore[override]
        from replylint.argparse_words import translate

        said = translate(message, self.lang)
        raise _UsageError(said + " " + i18n.tr(self.lang, "(see '{prog} --help')").format(prog=self.prog))


@lru_cache(maxsize=4)
def _parser_class(lang: str) -> type[_Parser]:
    """A parser class that writes argparse's own words in `lang` (subparsers are made by class, not instance)."""
    return type(f"_Parser_{lang}", (_Parser,), {"lang": lang})


class _UsageError(Exception):
    pass


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The command line, its help texts and argparse's own words ("usage:", "options:") in `lang`."""

    def _(text: str) -> str:
        return i18n.tr(lang, text)

    parser_class = _parser_class(lang)
    parser = parser_class(prog="replylint", description=_("Lint customer-support e-mail replies (ru, uk, en)."))
    parser.add_argument(
        "--version", action="version", version=f"replylint {__version__}", help=_("show the version and exit")
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=parser_class)

    check = sub.add_parser("check", help=_("lint replies (files, .eml, or - for stdin)"))
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=_(
            "reply files (.txt, .eml, .html), directories (files matching `include`, minus "
            "`exclude`) or - for stdin; none: the configured templates"
        ),
    )
    check.add_argument("--original", metavar="PATH", help=_("the customer's message the reply answers"))
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--select", metavar="IDS", help=_("comma-separated rule ids to run (replaces the config)"))
    check.add_argument("--ignore", metavar="IDS", help=_("comma-separated rule ids to skip"))
    check.add_argument("--config", metavar="FILE", help=_("a replylint.toml or pyproject.toml to use"))
    check.add_argument("--fail-on", choices=["error", "warning", "info"], help=_("lowest severity that fails"))
    check.add_argument("--customer-name", metavar="NAME", help=_("the customer's name, if the mail does not say"))
    check.add_argument("--language", choices=LANGUAGES, help=_("skip detection, lint as this language"))
    check.add_argument("--template", action="store_true", help=_("lint as a template: placeholders are expected"))
    check.add_argument(
        "--show-source", action="store_true", help=_("print each finding's line with carets under the flagged text")
    )
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    check.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help=_("in directories, lint files matching this glob (repeatable; replaces the config's)"),
    )
    check.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help=_("in directories, skip files matching this glob (repeatable; adds to the config's)"),
    )
    check.add_argument("--statistics", action="store_true", help=_("print the number of findings per rule instead"))
    check.add_argument("--output-file", "-o", metavar="FILE", help=_("write the findings to FILE, not stdout"))
    check.add_argument("--quiet", "-q", action="store_true", help=_("print findings only, no summary line"))
    check.add_argument("--exit-zero", action="store_true", help=_("exit 0 even when findings fail the run"))
    check.add_argument(
        "--show-settings",
        action="store_true",
        help=_("print the configuration file, rules and options that would be used, and exit"),
    )
    check.add_argument(
        "--message-language",
        choices=MESSAGE_LANGUAGES,
        help=_("language of the findings (auto: each reply's own; default: the config's, else auto)"),
    )
    fixing = check.add_mutually_exclusive_group()
    fixing.add_argument(
        "--diff",
        action="store_true",
        help=_("print the safe fixes as a unified diff and change nothing (docs/cli.md says which)"),
    )
    fixing.add_argument(
        "--fix", action="store_true", help=_("apply the safe fixes to the files, then report what is left")
    )

    from replylint.auditing.cli import add_parser as add_audit

    add_audit(sub, lang)
    rules = sub.add_parser("rules", help=_("list the installed rules"))
    rules.add_argument(
        "--message-language",
        choices=MESSAGE_LANGUAGES,
        help=_("language of the summaries (auto or unset: the locale's, else English)"),
    )
    explain = sub.add_parser("explain", help=_("print a rule's rationale, options and examples"))
    explain.add_argument("rule", metavar="RULE")
    explain.add_argument(
        "--message-language",
        choices=MESSAGE_LANGUAGES,
        help=_("language of the page (auto or unset: the locale's, else English)"),
    )
    server = sub.add_parser(
        "server", help=_("run the Language Server for editors, over stdin/stdout (docs/editors.md)")
    )
    server.add_argument(
        "--stdio", action="store_true", help=_("accepted for clients that pass it; stdio is the default")
    )
    server.add_argument(
        "--debounce",
        type=float,
        default=50,
        metavar="MS",
        help=_("least time between two lints of a draft; faster edits are linted once (default 50)"),
    )
    # Listed here for `replylint --help`; main() hands its arguments to replylint.hook, which parses them itself.
    sub.add_parser(
        "sendmail",
        help=_(
            "lint a message on stdin and pass it unchanged to COMMAND only if it passes "
            "(mutt's $sendmail); see `replylint sendmail --help`"
        ),
    )
    return parser


def run() -> None:
    """The `replylint` console command: `main` on the process's arguments, then a fast exit."""
    exit_fast(main)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
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
            args = build_parser(_argv_language(words)).parse_args(words)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except _UsageError as exc:
        err.write(f"replylint: error: {terminal_safe(str(exc))}\n")
        return EXIT_ERROR
    try:
        if args.command == "rules":
            return _rules(out, _ui_language(args.message_language))
        if args.command == "explain":
            return _explain(args.rule, out, err, _ui_language(args.message_language))
        if args.command == "audit":
            from replylint.auditing.cli import run as audit

            return audit(args, out, err)
        if args.command == "server":
            return _server(args.debounce)
        return _check(args, stdin or sys.stdin, out, err)
    except ReplylintError as exc:
        err.write(f"replylint: error: {terminal_safe(i18n.error_text(exc, _args_language(args)))}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:  # Ctrl-C, or a plugin raising it (which replylint cannot tell apart): no traceback
        err.write("replylint: " + i18n.tr(_args_language(args), "interrupted") + "\n")
        return 130


def _argv_language(words: Sequence[str]) -> str:
    """The language of `--help` and of usage errors, before the arguments are parsed: `--message-language` if the
    command line names one, else the locale's."""
    for i, word in enumerate(words):
        value = (
            word.split("=", 1)[1]
            if word.startswith("--message-language=")
            else (words[i + 1] if word == "--message-language" and i + 1 < len(words) else None)
        )
        if value is not None:
            return _ui_language(value)
    return _ui_language(None)


def _args_language(args: argparse.Namespace) -> str:
    """The language to report an error in: the configuration's, once `check` has read it, else the flag's or
    the locale's."""
    found = getattr(args, "ui_language", None)
    return found if isinstance(found, str) else _ui_language(getattr(args, "message_language", None))


def _server(debounce_ms: float) -> int:
    try:
        from replylint.lsp.server import serve
    except ImportError as exc:
        raise ReplylintError(
            i18n.Text(
                "the server needs the 'lsp' extra ({module} is missing): pip install -e '.[lsp]'", module=exc.name
            )
        ) from None
    if not 0 <= debounce_ms <= 10_000:
        raise ReplylintError(i18n.Text("--debounce takes 0 to 10000 milliseconds"))
    return serve(debounce=debounce_ms / 1000)


def _ui_language(setting: str | None) -> str:
    """The language of what the CLI itself says (errors, `explain`): message-language when it names one (flag,
    then config), else the user's locale; no reply's language applies to them."""
    return i18n.resolve(setting, i18n.environment_language())


def _split_ids(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _check(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    # A plugin's print() goes to stderr: stdout carries only the report (`--format json` must stay parseable).
    with contextlib.ExitStack() as startup, contextlib.redirect_stdout(err):
        startup.enter_context(gc_paused())  # released once the first reply is linted (the pipeline is built)
        return _check_paths(args, stdin, out, err, startup)


def _check_paths(
    args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO, startup: contextlib.ExitStack
) -> int:
    registry = discover()
    config = _configured(args, registry)
    if args.show_settings:
        out.write(show_settings(config, registry, _ui_language(config.message_language)))
        return EXIT_OK
    lang = _ui_language(config.message_language)
    args.ui_language = lang
    if args.fix and "-" in args.paths:
        raise ReplylintError(i18n.tr(lang, "--fix changes files and cannot change stdin; use --diff to see the fixes"))
    paths = _inputs(args, config)
    from replylint.api import Linter

    linter = Linter(config, registry=registry)
    context = {k: v for k, v in (("customer_name", args.customer_name), ("language", args.language)) if v}
    if args.template:
        context["template"] = True
    original = _input_file(args.original, lang) if args.original else None
    stdin_data: dict[str, bytes] = {}  # what was read from stdin, for --show-source and --diff

    def lint(raw: str, as_template: bool) -> Report:
        return _lint_one(
            raw,
            linter,
            original,
            {**context, "template": True} if as_template else context,
            stdin=stdin,
            stdin_data=stdin_data,
        )

    linted: list[tuple[Report, str, bool]] = []
    unreadable = 0
    for raw, as_template in paths:
        try:
            linted.append((lint(raw, as_template), raw, as_template))
        except ReplyParseError as exc:
            # One unreadable reply must not hide the findings of the others: say so, go on, exit 2 at the end.
            err.write(f"replylint: error: {terminal_safe(i18n.error_text(exc, lang))}\n")
            unreadable += 1
        finally:
            startup.close()
    if linted and not args.message_language and config.message_language == "auto":
        languages = {report.message_language for report, _, _ in linted}
        lang = languages.pop() if len(languages) == 1 else lang  # what the findings are written in, if one
    if args.diff:
        changes = _show_diff(linted, stdin_data, out, err, quiet=args.quiet, lang=lang)
        return EXIT_ERROR if unreadable else EXIT_FINDINGS if changes else EXIT_OK
    if args.fix:
        linted = _apply_fixes(linted, lint, err, quiet=args.quiet, lang=lang)
    reports = [report for report, _, _ in linted]
    if reports or not unreadable:  # nothing could be read: the errors on stderr are the whole story
        _write_output(args, reports, registry, out, stdin_data)
    if unreadable:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if any(r.fails(config.fail_on) for r in reports) else EXIT_OK


def _configured(args: argparse.Namespace, registry: Registry) -> Config:
    """The configuration file (given, or found from the first path) with the command line's overrides."""
    first = next((p for p in args.paths if p != "-"), None)
    if args.config:
        config = load_config(Path(args.config), registry=registry)
    else:
        config = load_config(start=Path(first) if first else Path.cwd(), registry=registry)
    config = config.with_overrides(
        select=_split_ids(args.select), ignore=_split_ids(args.ignore), fail_on=args.fail_on, registry=registry
    )
    if args.message_language:
        config = dataclasses.replace(config, message_language=args.message_language)
    if args.include or args.exclude:
        config = dataclasses.replace(
            config, include=tuple(args.include or config.include), exclude=config.exclude + tuple(args.exclude or ())
        )
    return config


def _read_back(raw: str, stdin_data: dict[str, bytes]) -> bytes:
    return stdin_data["<stdin>"] if raw == "-" else Path(raw).read_bytes()


def _show_diff(
    linted: Sequence[tuple[Report, str, bool]],
    stdin_data: dict[str, bytes],
    out: TextIO,
    err: TextIO,
    *,
    quiet: bool,
    lang: str,
) -> int:
    """`--diff`: print what `--fix` would change, change nothing; the number of findings it would fix."""
    from replylint import fix

    fixed = left = 0
    for report, raw, as_template in linted:
        try:
            data = _read_back(raw, stdin_data)
        except OSError as exc:
            err.write(f"replylint: error: {terminal_safe(report.source)}: {exc.strerror or exc}\n")
            continue
        plan = fix.plan(report, data, lang=report.message_language, template=as_template)
        if plan.refused:
            err.write(f"{terminal_safe(report.source)}: {plan.refused}\n")
        out.write(terminal_safe(fix.unified_diff(report.source, plan, data), keep_newlines=True))
        fixed += plan.fixed
        left += len(report.findings) - plan.fixed
    if not quiet:
        err.write(_fix_summary(lang, fixed, left, would=True) + "\n")
    return fixed


def _apply_fixes(
    linted: list[tuple[Report, str, bool]], lint: Callable[[str, bool], Report], err: TextIO, *, quiet: bool, lang: str
) -> list[tuple[Report, str, bool]]:
    """`--fix`: write each file's safe fixes (atomically), then lint it again, so what is printed is what is left."""
    from replylint import fix

    fixed = 0
    result = []
    for linted_report, raw, as_template in linted:
        report = linted_report
        try:
            data = _read_back(raw, stdin_data={})
            plan = fix.plan(report, data, lang=report.message_language, template=as_template)
            if plan.refused:
                err.write(f"{terminal_safe(report.source)}: {plan.refused}\n")
            if plan.edits and Path(raw).resolve().stat().st_nlink > 1:
                # The new content goes into a new file renamed over the old one (a reader never sees half a
                # file); the file's other names would keep the old text, so such a file is not changed at all.
                err.write(
                    f"{terminal_safe(report.source)}: "
                    + i18n.tr(lang, "not fixed: the file has other hard links, which a safe rewrite would separate")
                    + "\n"
                )
            elif plan.edits:
                fix.write_atomically(Path(raw), fix.apply(data, plan.edits, plan.codec))
                fixed += plan.fixed
                report = lint(raw, as_template)
        except OSError as exc:
            # One unwritable file (read-only folder, full disk) must not leave the others unfixed or unreported.
            reason = exc.strerror or str(exc)
            err.write(
                i18n.tr(lang, "cannot write {path}: {reason}").format(path=terminal_safe(report.source), reason=reason)
                + "\n"
            )
        result.append((report, raw, as_template))
    if not quiet:
        err.write(_fix_summary(lang, fixed, sum(len(r.findings) for r, _, _ in result), would=False) + "\n")
    return result


def _fix_summary(lang: str, fixed: int, left: int, *, would: bool) -> str:
    if would:
        done = i18n.ntr(lang, "{count} finding would be fixed", "{count} findings would be fixed", fixed)
    else:
        done = i18n.ntr(lang, "{count} finding fixed", "{count} findings fixed", fixed)
    rest = i18n.ntr(lang, "{count} left", "{count} left", left)
    return f"{done.format(count=fixed)}, {rest.format(count=left)}"


def _write_output(
    args: argparse.Namespace, reports: list[Report], registry: Registry, out: TextIO, stdin_data: dict[str, bytes]
) -> None:
    """Render once, to stdout or to `--output-file` (written whole, so a reader never sees half a SARIF file)."""
    to_file = args.output_file is not None
    color = not to_file and (
        args.color == "always" or (args.color == "auto" and _isatty(out) and "NO_COLOR" not in os.environ)
    )
    if args.statistics:
        languages = {r.message_language for r in reports}  # the findings' language, when all replies share one
        lang = languages.pop() if len(languages) == 1 else _ui_language(args.message_language)
        text = statistics(reports, registry, quiet=args.quiet, lang=lang)
    else:
        options: dict[str, object] = {}
        if args.format == "text":
            options = {
                "color": color,
                "show_source": args.show_source,
                "summary": not args.quiet,
                "sources": _source_lines(reports, stdin_data) if args.show_source else None,
            }
        elif args.format == "sarif":
            options = {"rules": registry.classes()}
        text = render(args.format, reports, **options)
    if not to_file:
        out.write(text)
        return
    try:
        Path(args.output_file).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ReplylintError(
            i18n.tr(_ui_language(args.message_language), "cannot write {path}: {reason}").format(
                path=args.output_file, reason=exc.strerror or exc
            )
        ) from None


def statistics(reports: Sequence[Report], registry: Registry, *, quiet: bool = False, lang: str = "en") -> str:
    """Findings counted per rule, most frequent first, as ruff's --statistics: what to fix or tune first."""
    counts: dict[str, int] = {}
    severities: dict[str, str] = {}
    for report in reports:
        for f in report.findings:
            counts[f.rule] = counts.get(f.rule, 0) + 1
            severities.setdefault(f.rule, str(f.severity))
    lines = []
    for rule, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        summary = (
            i18n.rule_summary(lang, registry.get(rule).load())
            if rule in registry
            else i18n.tr(lang, "reported by replylint itself")
        )
        lines.append(f"{count:>6}  {severities[rule]:<7}  {rule:<22} {summary}")
    if not quiet:
        total = sum(counts.values())
        findings = i18n.ntr(lang, "{count} finding", "{count} findings", total).format(count=total)
        replies = i18n.ntr(lang, "{count} reply", "{count} replies", len(reports)).format(count=len(reports))
        lines.append(i18n.tr(lang, "{findings} in {replies}").format(findings=findings, replies=replies))
    return "".join(f"{line}\n" for line in lines)


def show_settings(config: Config, registry: Registry, lang: str = "en") -> str:
    """What a run would use, so "why did (not) this rule fire?" is answered without reading the code.

    Keys and values are the configuration's own words (as written in replylint.toml); the rest is in `lang`."""
    nothing, none = i18n.tr(lang, "(nothing)"), i18n.tr(lang, "(none)")
    label, found = i18n.tr(lang, "config file"), config.path or i18n.tr(lang, "(none found: defaults)")
    detected, failed = i18n.tr(lang, "detected per reply"), i18n.tr(lang, "failed to load")
    lines = [
        f"{label}: {found}",
        f"fail-on: {config.fail_on}",
        f"max-bytes: {config.max_bytes}",
        f"rule-timeout: {config.rule_timeout:g} s",
        f"language: {config.language or detected}",
        f"message-language: {config.message_language}",
        f"include: {', '.join(config.include) or nothing}",
        f"exclude: {', '.join(config.exclude) or nothing}",
        f"templates: {', '.join(config.templates) or none}",
        "rules:",
    ]
    for rid in config.selected(registry):
        try:
            cls = registry.get(rid).load()
        except ReplylintError as exc:
            lines.append(f"  {rid}: {failed}: {i18n.error_text(exc, lang)}")
            continue
        severity = config.severity.get(rid, cls.severity)
        lines.append(f"  {rid} ({severity})")
        options = config.rule_options(rid, cls.Options)
        for f in dataclasses.fields(options):
            lines.append(f"    {f.name.replace('_', '-')} = {getattr(options, f.name)!r}")
        for phrase in config.allow.get(rid, ()):
            lines.append(f"    allow: {phrase!r}")
    skipped = [rid for rid in registry.ids if rid not in config.selected(registry)]
    if skipped:
        lines.append(i18n.tr(lang, "not run") + ": " + ", ".join(skipped))
    return "".join(f"{terminal_safe(line)}\n" for line in lines)


def _inputs(args: argparse.Namespace, config: Config) -> list[tuple[str, bool]]:
    """Every input to lint, with whether it is a template: files as given, directories walked, or by default the
    configured templates (so `replylint check` in a template repository does what `pytest` would)."""
    lang = _ui_language(config.message_language)
    if args.paths.count("-") > 1:
        raise ReplylintError(i18n.tr(lang, "'-' (stdin) may be given only once"))
    if not args.paths:
        if not config.templates:
            raise ReplylintError(
                i18n.tr(lang, "no paths given and no `templates` configured (see 'replylint check --help')")
            )
        from replylint.templates import expand_globs

        root = config.path.parent if config.path else Path.cwd()
        try:
            found, _ = expand_globs(root, config.templates)
        except ValueError as exc:
            raise ReplylintError(str(exc)) from None
        if not found:
            raise ReplylintError(
                i18n.tr(lang, "the configured templates ({templates}) match no file under {root}").format(
                    templates=", ".join(config.templates), root=root
                )
            )
        return [(str(p), True) for p in found]
    inputs: list[tuple[str, bool]] = []
    for raw in args.paths:
        if raw != "-" and _is_dir(raw):
            files = walk(Path(raw), config.include, config.exclude)
            if not files:
                raise ReplylintError(
                    i18n.tr(lang, "{path}: no file matches include ({globs})").format(
                        path=raw, globs=", ".join(config.include)
                    )
                )
            inputs += [(str(p), bool(args.template)) for p in files]
        else:
            inputs.append((raw, bool(args.template)))
    return inputs


def _is_dir(raw: str) -> bool:
    try:
        return Path(raw).is_dir()
    except (OSError, ValueError):
        return False


def walk(folder: Path, include: Sequence[str], exclude: Sequence[str]) -> list[Path]:
    """The regular files below `folder` whose relative path or name matches an include glob and no exclude glob,
    sorted; hidden folders (.git, .venv) are not entered and symlinked folders are not followed, so a walk ends.
    A template's sample message (`x.original.txt`) is the customer's mail, not a reply, and is left out."""
    import fnmatch

    from replylint.templates import is_sidecar

    def matches(rel: str, name: str, globs: Sequence[str]) -> bool:
        return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in globs)

    found: list[Path] = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            path = Path(here) / name
            rel = path.relative_to(folder).as_posix()
            if (
                matches(rel, name, include)
                and not matches(rel, name, exclude)
                and not is_sidecar(path)
                and path.is_file()
            ):
                found.append(path)
    return sorted(found)


def _lint_one(
    raw: str,
    linter: Linter,
    original: Path | None,
    context: dict[str, object],
    *,
    stdin: TextIO,
    stdin_data: dict[str, bytes],
) -> Report:
    if raw == "-":
        # Read at most one byte (character) over the limit, so an endless stdin is refused, not buffered.
        limit = linter.config.max_bytes + 1
        data = stdin.buffer.read(limit) if hasattr(stdin, "buffer") else stdin.read(limit).encode("utf-8")
        if len(data) >= limit:
            raise InputTooLargeError(
                i18n.tr(
                    _ui_language(linter.config.message_language),
                    "<stdin> is longer than the {limit}-byte limit (raise max-bytes in the configuration to lint it)",
                ).format(limit=f"{limit - 1:,}")
            )
        stdin_data["<stdin>"] = data
        try:
            report = linter.lint(data, original, context=context or None)
        except ReplyParseError as exc:
            raise _named_stdin(exc) from None
        return _renamed(_placed(report, data), "<stdin>")
    path = _input_file(raw, _ui_language(linter.config.message_language))
    from replylint.auditing.mail import holds_several_messages

    if path.is_file() and holds_several_messages(path):
        raise ReplyParseError(
            i18n.Text(
                "{path} is an mbox archive of many messages, not one reply; run "
                "'replylint audit {path}' to lint each reply in it",
                path=raw,
            )
        )
    if context.get("template"):
        return _lint_template(path, linter, original, context)
    report = linter.lint(path, original, context=context or None)
    if any(f.file_line is None and f.end > f.start for f in report.findings):
        with contextlib.suppress(OSError):
            report = _placed(report, path.read_bytes())
    return report


def _source_lines(reports: Sequence[Report], stdin_data: dict[str, bytes]) -> dict[str, list[str]]:
    """Each report's file as lines, for --show-source; a file that cannot be read again shows the reply's text."""
    from replylint.locate import text_lines_of

    lines: dict[str, list[str]] = {}
    for report in reports:
        if report.source in lines or not any(f.file_line is not None for f in report.findings):
            continue
        data = stdin_data.get(report.source)
        if data is None:
            try:
                data = Path(report.source).read_bytes()
            except (OSError, ValueError):
                continue
        lines[report.source] = text_lines_of(data)
    return lines


def _named_stdin(exc: ReplyParseError) -> ReplyParseError:
    """The parser names bytes it was given "<bytes>"; read from standard input they are "<stdin>" to the user, as
    in the findings."""
    message = exc.args[0] if exc.args else ""
    if isinstance(message, i18n.Text) and message.params.get("source") == "<bytes>":
        return ReplyParseError(i18n.Text(message.template, **{**message.params, "source": "<stdin>"}))
    return exc


def _placed(report: Report, data: bytes) -> Report:
    """The report with findings placed on the lines of the file (or stdin) they were read from, where the
    reply's text can be found in it (see replylint.locate): an editor's buffer or a pipe from a mail client is a
    file to its user, and an HTML body's words are usually in the file even though its lines are not."""
    if not report.findings:
        return report
    from replylint.locate import place_by_text, with_file_positions

    findings = list(report.findings)
    content_type = report.headers.raw.get("content-type", "") if report.headers else ""
    if not content_type.lower().lstrip().startswith("text/html"):
        findings = with_file_positions(findings, report.text, data)
    findings = place_by_text(findings, report.text, data, has_headers=report.headers is not None)
    return dataclasses.replace(report, findings=tuple(findings))


def _input_file(raw: str, lang: str) -> Path:
    """The path, if it names a regular file: a FIFO would block the run in open() for ever, a device never ends.

    One stat decides; `lang` is the language the CLI speaks in (a directory is the usual mistake, so its message
    is translated)."""
    import stat

    from replylint._toml import file_kind

    path = Path(raw)
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return path  # missing or unusable: reading it reports that, in the usual words
    if stat.S_ISDIR(mode):
        raise ReplyParseError(
            i18n.tr(lang, "{path} is a directory; pass reply files (a shell glob works: {path}/*.eml)").format(path=raw)
        )
    if not stat.S_ISREG(mode):
        raise ReplyParseError(
            i18n.Text(
                "{path} is {kind}, not a message file (pipe a message in with '-')", path=raw, kind=file_kind(mode)
            )
        )
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
    report = lint_template(template, linter, context)
    return with_file_positions(template, report)


def _renamed(report: Report, source: str) -> Report:
    from dataclasses import replace

    return replace(report, source=source)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _rules(out: TextIO, lang: str = "en") -> int:
    registry = discover()
    for entry in registry:
        try:
            cls = entry.load()
        except ReplylintError as exc:
            failed = i18n.tr(lang, "failed to load")
            out.write(f"{entry.id:<22} ({failed}: {i18n.error_text(exc, lang)})\n")
            continue
        langs = ",".join(sorted(cls.languages))
        out.write(f"{cls.id:<22} {cls.severity!s:<8} {langs:<9} {i18n.rule_summary(lang, cls)}\n")
    return EXIT_OK


def _explain(rule_id: str, out: TextIO, err: TextIO, lang: str = "en") -> int:
    from replylint.docs import ENGINE_PAGES, engine_page, render_rule

    if rule_id in ENGINE_PAGES:
        out.write(engine_page(rule_id, lang))
        return EXIT_OK
    registry = discover()
    if rule_id not in registry:
        hint = did_you_mean(rule_id, registry.ids, lang)
        message = i18n.tr(lang, "unknown rule {rule}").format(rule=repr(terminal_safe(rule_id)))
        err.write(f"replylint: error: {message}{hint}\n")
        return EXIT_ERROR
    out.write(render_rule(registry.get(rule_id).load(), lang))
    return EXIT_OK


__all__ = ["Config", "Severity", "main"]
