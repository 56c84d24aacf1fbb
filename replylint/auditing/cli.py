"""`replylint audit PATH...`: the command-line face of replylint.auditing.audit."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TextIO

from replylint.formats.safe import terminal_safe
from replylint.i18n import environment_language, tr
from replylint.model import MESSAGE_LANGUAGES

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction, lang: str = "en") -> None:  # type: ignore[type-arg]
    """The `audit` subcommand, its help texts in `lang`."""

    def _(text: str) -> str:
        return tr(lang, text)

    audit = sub.add_parser("audit", help=_("audit archives of sent mail or helpdesk exports; write an HTML report"))
    audit.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=_("mbox files, Maildir or .eml folders, Thunderbird folders, helpdesk JSON exports"),
    )
    audit.add_argument(
        "--team",
        action="append",
        metavar="ADDRESS_OR_DOMAIN",
        help=_("an address or domain whose mail is the team's (repeatable; replaces the config's)"),
    )
    audit.add_argument("--out", default="audit", metavar="DIR", help=_("where the report goes (default: ./audit)"))
    audit.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=_("a Dask scheduler address or scheduler-file (default: a local cluster)"),
    )
    audit.add_argument("--workers", type=int, metavar="N", help=_("local cluster size (default: one per core)"))
    audit.add_argument("--config", metavar="FILE", help=_("a replylint.toml or pyproject.toml to use"))
    audit.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        help=_("exit 1 if any reply has a finding at or above this severity"),
    )
    audit.add_argument(
        "--message-language",
        choices=MESSAGE_LANGUAGES,
        help=_(
            "language of the report and the findings (default: the config's; auto or unset: "
            "the locale's for the report, each reply's own for its findings)"
        ),
    )
    audit.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_("show a progress bar (default: only on a terminal, never under CI)"),
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from replylint.auditing import audit
    from replylint.config import load_config
    from replylint.registry import discover

    lang = args.message_language if args.message_language in ("en", "ru", "uk") else environment_language()
    if args.workers is not None and args.workers < 1:
        err.write("replylint: error: " + tr(lang, "--workers must be at least 1") + "\n")
        return EXIT_ERROR
    registry = discover()
    if args.config:
        config = load_config(Path(args.config), registry=registry)
    else:
        config = load_config(start=Path(args.paths[0]), registry=registry)
    if args.message_language:
        config = dataclasses.replace(config, message_language=args.message_language)
    lang = config.message_language if config.message_language in ("en", "ru", "uk") else lang
    outcome = audit(
        args.paths,
        out=args.out,
        team=args.team,
        config=config,
        scheduler=args.scheduler,
        workers=args.workers,
        progress=args.progress,
    )
    c = outcome.summary["counts"]
    stats = outcome.stats
    report = Path(args.out) / "report.html"
    summary = tr(
        lang,
        "{messages} messages ({malformed} malformed), {replies} replies and {automatic} automatic "
        "messages linted, {findings} findings, {unanswered} unanswered; {shards} shards ({reused} "
        "reused) in {seconds:.1f} s; report: {report}",
    )
    out.write(
        "replylint audit: "
        + summary.format(
            messages=f"{c['messages']:,}",
            malformed=f"{c['malformed']:,}",
            replies=f"{c['replies']:,}",
            automatic=f"{c['automatic']:,}",
            findings=f"{c['findings']:,}",
            unanswered=f"{outcome.summary['unanswered']['count']:,}",
            shards=stats.shards,
            reused=stats.reused,
            seconds=stats.seconds,
            report=terminal_safe(str(report)),
        )
        + "\n"
    )
    return EXIT_FINDINGS if outcome.fails(args.fail_on) else EXIT_OK
