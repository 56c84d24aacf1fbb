"""replylint: lint customer-support e-mail replies before they are sent, and audit them after."""

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
