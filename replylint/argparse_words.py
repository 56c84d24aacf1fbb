"""Argparse's usage errors in the agent's language.

Argparse builds its error texts inside the parse ("unrecognized arguments: --nope") with `gettext` in the
process-wide domain, so the only ways to have them in Russian or Ukrainian are to swap `argparse._` (which
changes every other argparse user in the process, pytest's own when `main` runs in-process, and is not
thread-safe) or to recognise the finished English text and say it again. This module does the latter: each
template argparse uses is turned into a pattern once, a message that matches one is rebuilt from our catalog's
wording with the same values, and a message that matches none (a future Python's new wording) stays English
rather than being lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from replylint.i18n import N_, tr

_TEMPLATES: tuple[tuple[str, str], ...] = (
    # (argparse's printf template, ours in str.format form); "argument X: ..." wraps another message
    ("argument %(argument_name)s: %(message)s", N_("argument {argument_name}: {message}")),
    ("unrecognized arguments: %s", N_("unrecognized arguments: {arguments}")),
    ("invalid choice: %(value)r (choose from %(choices)s)", N_("invalid choice: {value} (choose from {choices})")),
    ("the following arguments are required: %s", N_("the following arguments are required: {arguments}")),
    ("one of the arguments %s is required", N_("one of the arguments {arguments} is required")),
    ("not allowed with argument %s", N_("not allowed with argument {argument}")),
    ("invalid %(type)s value: %(value)r", N_("invalid {type} value: {value}")),
    ("ambiguous option: %(option)s could match %(matches)s", N_("ambiguous option: {option} could match {matches}")),
    ("ignored explicit argument %r", N_("ignored explicit argument {argument}")),
    ("expected one argument", N_("expected one argument")),
    ("expected at most one argument", N_("expected at most one argument")),
    ("expected at least one argument", N_("expected at least one argument")),
)
_FIELD = re.compile(r"%(?:\((\w+)\))?[sr]")
_LONGEST = 1000
"""Longer messages (a pasted draft as an argument) stay English: matching two open fields is not worth it."""


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """Each template as a full-match pattern, with our template and the names of its fields in order."""
    compiled = []
    for printf, ours in _TEMPLATES:
        names = tuple(re.findall(r"\{(\w+)\}", ours))
        parts, fields = [], iter(names)
        last = 0
        for field in _FIELD.finditer(printf):
            parts.append(re.escape(printf[last : field.start()]))
            name = next(fields)
            # an argument's name never holds ": ", so the wrapper's first field stops at the first one
            parts.append(f"(?P<{name}>[^:]*)" if name == "argument_name" else f"(?P<{name}>.*)")
            last = field.end()
        parts.append(re.escape(printf[last:]))
        compiled.append((re.compile("".join(parts), re.DOTALL), ours, names))
    return tuple(compiled)


def translate(message: str, lang: str) -> str:
    """`message` (argparse's English) in `lang`; unchanged for English, for unknown wording and for long texts."""
    if lang == "en" or len(message) > _LONGEST:
        return message
    return _translate(message, lang, depth=0)


def _translate(message: str, lang: str, depth: int) -> str:
    for pattern, ours, names in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = {name: found[name] for name in names}
        if "message" in values and depth == 0:
            values["message"] = _translate(values["message"], lang, depth + 1)
        return tr(lang, ours).format(**values)
    return message
