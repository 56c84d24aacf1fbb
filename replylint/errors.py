"""The exceptions replylint lets escape: unusable input or configuration, never a finding."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class ReplylintError(Exception):
    """Base of every error replylint raises on purpose, so callers can catch one type."""


class ReplyParseError(ReplylintError):
    """The input cannot be read as a reply at all (not a type we accept, unreadable file, too large)."""


class InputTooLargeError(ReplyParseError):
    """The input is over the configured size limit; linting it would cost more than it is worth."""


class ConfigError(ReplylintError):
    """The configuration is invalid: unknown key or rule id, wrong type, unreadable file."""


class RuleLoadError(ReplylintError):
    """A rule plugin could not be imported or does not follow the plugin contract."""


def did_you_mean(word: object, choices: Iterable[str], lang: str = "en") -> str:
    """The " (did you mean 'x'?)" an error about an unknown name ends with, or "" when nothing is close: one
    wording for every unknown key, rule id and option, translated for the command line."""
    close = closest(word, choices)
    if close is None:
        return ""
    from replylint import i18n

    return i18n.tr(lang, " (did you mean {rule}?)").format(rule=repr(close))


def closest(word: object, choices: Iterable[str]) -> str | None:
    """The known name an unknown one was probably meant to be, or None: the one matcher behind every hint."""
    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return close[0] if close else None


class WorkerError(ReplylintError):
    """`lint_many` could not lint an item: the worker process linting it died or hung twice, or none could start."""
