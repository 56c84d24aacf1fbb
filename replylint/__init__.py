"""replylint: lint customer-support e-mail replies before they are sent, and audit them after."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replylint.api import Job, Linter, lint, lint_many
    from replylint.auditing import audit
    from replylint.config import Config, load_config
    from replylint.errors import (
        ConfigError,
        InputTooLargeError,
        ReplylintError,
        ReplyParseError,
        RuleLoadError,
        WorkerError,
    )
    from replylint.model import Context, Finding, Headers, ParsedMessage, Report, Severity
    from replylint.rule import Example, Hit, Rule, RuleContext, bad, good

_HOME = {
    **dict.fromkeys(("Job", "Linter", "lint", "lint_many"), "replylint.api"),
    "audit": "replylint.auditing",
    **dict.fromkeys(("Config", "load_config"), "replylint.config"),
    **dict.fromkeys(
        ("ConfigError", "InputTooLargeError", "ReplylintError", "ReplyParseError", "RuleLoadError", "WorkerError"),
        "replylint.errors",
    ),
    **dict.fromkeys(("Context", "Finding", "Headers", "ParsedMessage", "Report", "Severity"), "replylint.model"),
    **dict.fromkeys(("Example", "Hit", "Rule", "RuleContext", "bad", "good"), "replylint.rule"),
}
"""Where each public name lives. They are imported on first use (PEP 562), not with the package: `replylint
--version`, `--help` and a plugin that only needs `replylint.rule` should not load the linter, the parser and
every language's patterns."""


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'replylint' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


__version__ = "0.1.0"

__all__ = [
    "Config",
    "ConfigError",
    "Context",
    "Example",
    "Finding",
    "Headers",
    "Hit",
    "InputTooLargeError",
    "Job",
    "Linter",
    "ParsedMessage",
    "ReplyParseError",
    "ReplylintError",
    "Report",
    "Rule",
    "RuleContext",
    "RuleLoadError",
    "Severity",
    "WorkerError",
    "__version__",
    "audit",
    "bad",
    "good",
    "lint",
    "lint_many",
    "load_config",
]
