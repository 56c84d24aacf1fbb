"""`replylint audit`: read a team's mail archives or helpdesk exports, pair each reply with what it answers, lint
it, measure how long customers waited, and write a report (docs/audit.md).

Importing this package is cheap; Dask, Jinja2 and the readers load when an audit runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from replylint.auditing.settings import AuditSettings, settings_from_mapping
from replylint.errors import ReplylintError

if TYPE_CHECKING:
    from replylint.api import ConfigInput
    from replylint.auditing.run import AuditOutcome

__all__ = ["AuditError", "AuditSettings", "audit"]


class AuditError(ReplylintError):
    """The audit cannot run as asked (no input, nothing identifiable as the team's mail)."""


def audit(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    out: str | os.PathLike[str] = "audit",
    team: Iterable[str] | None = None,
    config: ConfigInput = None,
    settings: AuditSettings | Mapping[str, Any] | None = None,
    scheduler: Any = None,
    workers: int | None = None,
    progress: bool | None = False,
) -> AuditOutcome:
    """Audit archives and write DIR/audit.json, DIR/replies.csv (.parquet with pyarrow) and DIR/report.html.

    `scheduler` is None for a local Dask cluster of `workers` processes (default: one per core), a scheduler
    address or scheduler-file path, or a `distributed.Client`. `settings` (or the config's
    `[tool.replylint.audit]`) says whose mail is the team's; `team` replaces its list. Rerunning into the same
    `out` reuses every shard already computed for the same inputs and configuration.
    """
    from replylint.api import coerce_config
    from replylint.auditing import outputs, run
    from replylint.i18n import environment_language
    from replylint.model import MESSAGE_LANGUAGES
    from replylint.registry import discover

    registry = discover()
    cfg = coerce_config(config, registry)
    if isinstance(settings, AuditSettings):
        chosen = settings
    else:
        chosen = settings_from_mapping(settings if settings is not None else cfg.audit)
    chosen = chosen.with_team(list(team) if team else None)
    given = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    target = Path(out)
    outcome = run.execute(
        given,
        cfg,
        chosen,
        target,
        scheduler=scheduler,
        workers=workers,
        progress=progress,
        rule_meta=outputs.rule_metadata(registry),
    )
    # the report is read by the team lead, not written into a reply: the configured message language, else the
    # locale's ("auto" has no single reply to follow here)
    lang = cfg.message_language if cfg.message_language in MESSAGE_LANGUAGES[1:] else environment_language()
    outputs.write_all(outcome, chosen.to_dict(), [str(p) for p in given], chosen.worst, lang)
    return outcome
