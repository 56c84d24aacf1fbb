"""`replylint audit PATH...`: the command-line face of replylint.auditing.audit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from replylint.formats.safe import terminal_safe

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    audit = sub.add_parser("audit", help="audit archives of sent mail or helpdesk exports; write an HTML report")
    audit.add_argument("paths", nargs="+", metavar="PATH",
                       help="mbox files, Maildir or .eml folders, Thunderbird folders, helpdesk JSON exports")
    audit.add_argument("--team", action="append", metavar="ADDRESS_OR_DOMAIN",
                       help="an address or domain whose mail is the team's (repeatable; replaces the config's)")
    audit.add_argument("--out", default="audit", metavar="DIR", help="where the report goes (default: ./audit)")
    audit.add_argument("--scheduler", metavar="ADDRESS",
                       help="a Dask scheduler address or scheduler-file (default: a local cluster)")
    audit.add_argument("--workers", type=int, metavar="N", help="local cluster size (default: one per core)")
    audit.add_argument("--config", metavar="FILE", help="a replylint.toml or pyproject.toml to use")
    audit.add_argument("--fail-on", choices=["error", "warning", "info"],
                       help="exit 1 if any reply has a finding at or above this severity")
    audit.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar (default: only on a terminal, never under CI)")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from replylint.auditing import audit
    from replylint.config import load_config
    from replylint.registry import discover

    if args.workers is not None and args.workers < 1:
        err.write("replylint: error: --workers must be at least 1\n")
        return EXIT_ERROR
    registry = discover()
    if args.config:
        config = load_config(Path(args.config), registry=registry)
    else:
        config = load_config(start=Path(args.paths[0]), registry=registry)
    outcome = audit(args.paths, out=args.out, team=args.team, config=config, scheduler=args.scheduler,
                    workers=args.workers, progress=args.progress)
    c = outcome.summary["counts"]
    stats = outcome.stats
    report = Path(args.out) / "report.html"
    out.write(f"replylint audit: {c['messages']:,} messages ({c['malformed']:,} malformed), {c['replies']:,} replies "
              f"and {c['automatic']:,} automatic messages linted, {c['findings']:,} findings, "
              f"{outcome.summary['unanswered']['count']:,} unanswered; {stats.shards} shards "
              f"({stats.reused} reused) in {stats.seconds:.1f} s; report: {terminal_safe(str(report))}\n")
    return EXIT_FINDINGS if outcome.fails(args.fail_on) else EXIT_OK
