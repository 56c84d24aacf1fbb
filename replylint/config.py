"""Configuration: `[tool.replylint]` in pyproject.toml or a `replylint.toml`, validated strictly.

Unknown keys, rule ids and options are errors with a "did you mean" hint: a typo that silently disables nothing
is how a linter loses its users' trust (flake8 and proselint both learned this the hard way).
"""

from __future__ import annotations

import dataclasses
import math
import os
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from replylint._toml import load_ours
from replylint.errors import ConfigError, RuleLoadError, closest
from replylint.i18n import Text
from replylint.model import LANGUAGES, MESSAGE_LANGUAGES, Severity
from replylint.registry import Registry

CONFIG_FILES = ("replylint.toml", "pyproject.toml")
DEFAULT_MAX_BYTES = 5_000_000
MAX_MAX_BYTES = 2**30 - 1
"""spaCy's tokenizer refuses texts of 2**30 characters or more; a UTF-8 text has no more characters than bytes."""
DEFAULT_RULE_TIMEOUT = 5.0
MAX_RULE_TIMEOUT = 86_400
"""A day: a longer budget overflows the interval timer that enforces it (setitimer takes a C time_t)."""

_TOP_KEYS = {
    "select",
    "ignore",
    "fail-on",
    "max-bytes",
    "severity",
    "rules",
    "templates",
    "rule-timeout",
    "language",
    "allow",
    "include",
    "exclude",
    "audit",
    "message-language",
}
DEFAULT_INCLUDE = ("*.eml", "*.txt", "*.html", "*.htm")
"""Which files `replylint check DIR` lints: drafts, saved messages and HTML mail; templates by their own globs."""


@dataclass(frozen=True)
class Config:
    """A validated configuration. `select=None` means every installed rule."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    max_bytes: int = DEFAULT_MAX_BYTES
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Per-rule options as given (kebab-case keys), validated against each rule's Options dataclass."""
    templates: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    """fnmatch globs, matched against a file's path below a directory given to `check` (and its name)."""
    exclude: tuple[str, ...] = ()
    rule_timeout: float = DEFAULT_RULE_TIMEOUT
    language: str | None = None
    message_language: str = "auto"
    """The language of findings and rule pages: en, ru, uk, or auto (each reply's own language)."""
    allow: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per rule, words and phrases it must not flag: a finding whose text lies inside one of them is dropped (a brand
    "Bro Code" for familiar-tone, "NOVA POSHTA" for mass-mailing) without switching the rule off."""
    audit: Mapping[str, Any] = field(default_factory=dict)
    """`[tool.replylint.audit]` as given; `replylint audit` validates it (replylint.auditing.settings)."""
    path: Path | None = None
    """The file this came from, for messages."""

    def __post_init__(self) -> None:
        """Config objects built in code get the same checks as files: a bad value fails here, once, clearly."""
        where = str(self.path) if self.path else "config"
        for name in ("select", "ignore", "templates", "include", "exclude"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise ConfigError(
                    Text("{where}: {name} must be a sequence of strings, not one string", where=where, name=name)
                )
            if value is not None:
                object.__setattr__(self, name, tuple(_str_list(list(value), name, where)))
        object.__setattr__(self, "fail_on", _severity(self.fail_on, "fail-on", where))
        object.__setattr__(
            self,
            "severity",
            {rid: _severity(level, f"severity.{rid}", where) for rid, level in dict(self.severity).items()},
        )
        if (
            not isinstance(self.max_bytes, int)
            or isinstance(self.max_bytes, bool)
            or not 0 < self.max_bytes <= MAX_MAX_BYTES
        ):
            raise ConfigError(
                Text(
                    "{where}: max-bytes must be a positive integer, at most {limit:,}", where=where, limit=MAX_MAX_BYTES
                )
            )
        timeout = self.rule_timeout
        if (
            not isinstance(timeout, int | float)
            or isinstance(timeout, bool)
            or not math.isfinite(timeout)
            or not 0 < timeout <= MAX_RULE_TIMEOUT
        ):
            raise ConfigError(
                Text(
                    "{where}: rule-timeout must be a positive number of seconds, at most {limit:,}",
                    where=where,
                    limit=MAX_RULE_TIMEOUT,
                )
            )
        object.__setattr__(self, "rule_timeout", float(timeout))
        if self.language not in (None, *LANGUAGES):
            raise ConfigError(
                Text("{where}: language must be one of {choices}", where=where, choices=", ".join(LANGUAGES))
            )
        if self.message_language not in MESSAGE_LANGUAGES:
            raise ConfigError(
                Text(
                    "{where}: message-language must be one of {choices}, not {message_language!r}",
                    where=where,
                    choices=", ".join(MESSAGE_LANGUAGES),
                    message_language=self.message_language,
                )
            )
        if not isinstance(self.options, Mapping) or not all(isinstance(v, Mapping) for v in self.options.values()):
            raise ConfigError(Text("{where}: options must map rule ids to tables of options", where=where))
        if not isinstance(self.allow, Mapping):
            raise ConfigError(Text("{where}: allow must map rule ids to lists of words and phrases", where=where))
        allow: dict[str, tuple[str, ...]] = {}
        for rid, phrases in dict(self.allow).items():
            if isinstance(phrases, str) or not isinstance(phrases, list | tuple):
                raise ConfigError(
                    Text("{where}: allow.{rid} must be a list of words and phrases", where=where, rid=rid)
                )
            listed = tuple(_str_list(list(phrases), f"allow.{rid}", where))
            if any(not p.strip() for p in listed):
                raise ConfigError(
                    Text(
                        "{where}: allow.{rid} holds an empty phrase, which would allow everything", where=where, rid=rid
                    )
                )
            allow[str(rid)] = listed
        object.__setattr__(self, "allow", allow)

    def selected(self, registry: Registry) -> list[str]:
        """Rule ids to run, in registry order."""
        wanted = set(registry.ids if self.select is None else self.select)
        return [rid for rid in registry.ids if rid in wanted and rid not in self.ignore]

    def with_overrides(
        self,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        fail_on: str | None = None,
        registry: Registry | None = None,
    ) -> Config:
        """Command-line flags on top of the file: --select replaces, --ignore adds."""
        if registry is not None:
            for rid in [*(select or ()), *(ignore or ())]:
                _check_rule_id(rid, registry, "command line")
        if isinstance(select, str) or isinstance(ignore, str):
            raise ConfigError("select and ignore take a sequence of rule ids, not one string")
        return dataclasses.replace(
            self,
            select=tuple(select) if select is not None else self.select,
            ignore=self.ignore + tuple(ignore or ()),
            fail_on=Severity.parse(fail_on) if fail_on else self.fail_on,
        )

    def rule_options(self, rule_id: str, options_cls: type, extra: Mapping[str, Any] | None = None) -> Any:
        given = {**self.options.get(rule_id, {}), **(extra or {})}
        return build_options(rule_id, options_cls, given)


def find_config(start: Path) -> Path | None:
    """The nearest replylint.toml, or pyproject.toml with a [tool.replylint] table, walking up from `start`.

    Only replylint's own tables of a pyproject.toml are read (see replylint._toml): another project's file met on
    the way up is skipped however it is written. A replylint.toml, or a pyproject.toml with our table, that cannot
    be read is an error here rather than silently skipped: the user meant it as configuration.
    """
    try:
        here = start.resolve()
        if here.is_file() or not here.exists():
            here = here.parent
    except (OSError, ValueError, UnicodeError, RuntimeError):
        return None  # not a usable path (a NUL byte, a lone surrogate, a symlink loop): reading the input says so
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            try:
                present = os.path.exists(candidate)  # a dangling link or a loop is no configuration
            except (OSError, ValueError):
                present = False
            if not present:
                continue
            if name == "pyproject.toml" and load_ours(candidate, whole=False) is None:
                continue
            return candidate
    return None


def load_config(path: Path | None = None, *, start: Path | None = None, registry: Registry | None = None) -> Config:
    """Load `path`, or the file found from `start` (default: the working directory); defaults when none."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return Config()
    path = Path(path)
    data = load_ours(path, whole=path.name != "pyproject.toml")
    return config_from_mapping(data or {}, registry=registry, path=path)


def config_from_mapping(
    data: Mapping[str, Any], *, registry: Registry | None = None, path: Path | None = None
) -> Config:
    """Validate a mapping shaped like `[tool.replylint]`; also what `lint(config={...})` accepts."""
    where = str(path) if path else "config"
    if not isinstance(data, Mapping):
        raise ConfigError(Text("{where}: [tool.replylint] must be a table", where=where))
    _check_keys(data, where, "[tool.replylint]")
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(
                Text("{where}: unknown key {key!r}{hint}", where=where, key=key, hint=_hint(key, _TOP_KEYS))
            )
    kwargs: dict[str, Any] = {"path": path, **_scalars(data, where), **_tables(data, where)}
    config = Config(**kwargs)
    if registry is not None:
        validate_against(config, registry)
    return config


_SCALARS = {
    "max-bytes": "max_bytes",
    "rule-timeout": "rule_timeout",
    "language": "language",
    "message-language": "message_language",
}
"""Keys taken as given: Config.__post_init__ checks them, for a file and for a Config built in code alike."""


def _scalars(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The plain settings of `[tool.replylint]`, as Config keyword arguments."""
    out: dict[str, Any] = {field: data[key] for key, field in _SCALARS.items() if key in data}
    for key in ("select", "ignore", "templates", "include", "exclude"):
        if key in data:
            out[key] = tuple(_str_list(data[key], key, where))
    if "fail-on" in data:
        out["fail_on"] = _severity(data["fail-on"], "fail-on", where)
    return out


def _tables(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The sub-tables of `[tool.replylint]` (severity, rules, allow, audit), shape-checked."""
    severity = data.get("severity", {})
    if not isinstance(severity, Mapping):
        raise ConfigError(Text("{where}: [severity] must be a table of rule-id = level", where=where))
    _check_keys(severity, where, "[severity]")
    options = data.get("rules", {})
    if not isinstance(options, Mapping) or not all(isinstance(v, Mapping) for v in options.values()):
        raise ConfigError(Text("{where}: [rules.<id>] tables hold per-rule options", where=where))
    _check_keys(options, where, "[rules]")
    for rid, opts in options.items():
        _check_keys(opts, where, f"[rules.{rid}]")
    allow = data.get("allow", {})
    if not isinstance(allow, Mapping):
        raise ConfigError(Text("{where}: [allow] must be a table of rule-id = [phrases]", where=where))
    _check_keys(allow, where, "[allow]")
    return {
        "severity": {rid: _severity(level, f"severity.{rid}", where) for rid, level in severity.items()},
        "options": {rid: dict(opts) for rid, opts in options.items()},
        "allow": dict(allow),
        "audit": _audit_table(data.get("audit", {}), where),
    }


def _audit_table(table: Any, where: str) -> dict[str, Any]:
    """`[tool.replylint.audit]` is kept as given here; replylint.auditing.settings validates its keys."""
    if not isinstance(table, Mapping):
        raise ConfigError(Text("{where}: [audit] must be a table (see docs/audit.md)", where=where))
    return dict(table)


def validate_against(config: Config, registry: Registry) -> None:
    """Check every rule id and option the config names against the installed rules."""
    where = str(config.path) if config.path else "config"
    for rid in [*(config.select or ()), *config.ignore, *config.severity, *config.options, *config.allow]:
        _check_rule_id(rid, registry, where)
    for rid, opts in config.options.items():
        try:
            cls = registry.get(rid).load()
        except RuleLoadError:
            continue  # reported as a finding when the rule would run
        build_options(rid, cls.Options, opts, where=where)


def build_options(rule_id: str, options_cls: type, given: Mapping[str, Any], where: str = "config") -> Any:
    """Build a rule's Options dataclass from kebab-case keys, checking names and types."""
    fields = {f.name: f for f in dataclasses.fields(options_cls)}
    hints = typing.get_type_hints(options_cls)
    kwargs = {}
    for key, value in given.items():
        name = key.replace("-", "_")
        if "_" in key and name in fields:
            # Options are written as in TOML, with hyphens; one spelling keeps configurations greppable and
            # `--show-settings` matching what the user wrote.
            raise ConfigError(
                Text(
                    "{where}: rule {rule!r} has no option {key!r} (did you mean {name!r}? options "
                    "are written with hyphens)",
                    where=where,
                    rule=rule_id,
                    key=key,
                    name=key.replace("_", "-"),
                )
            )
        if name not in fields:
            known = {k.replace("_", "-") for k in fields}
            if not known:
                raise ConfigError(
                    Text(
                        "{where}: rule {rule!r} has no option {key!r} (it takes no options)",
                        where=where,
                        rule=rule_id,
                        key=key,
                    )
                )
            raise ConfigError(
                Text(
                    "{where}: rule {rule!r} has no option {key!r}{hint}",
                    where=where,
                    rule=rule_id,
                    key=key,
                    hint=_hint(key, known),
                )
            )
        if not _type_ok(value, hints[name]):
            raise ConfigError(
                Text(
                    "{where}: option {key!r} of rule {rule_id!r} must be {type_name}, got {value!r}",
                    where=where,
                    key=key,
                    rule_id=rule_id,
                    type_name=_type_name(hints[name]),
                    value=value,
                )
            )
        kwargs[name] = tuple(value) if isinstance(value, list) else value
    return options_cls(**kwargs)


def _type_ok(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_type_ok(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin in (tuple, list, Sequence):
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return isinstance(value, list | tuple) and all(_type_ok(v, args[0]) for v in value) if args else True
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _type_name(hint: Any) -> str:
    return getattr(hint, "__name__", str(hint))


def _check_rule_id(rid: str, registry: Registry, where: str) -> None:
    if rid not in registry:
        raise ConfigError(
            Text("{where}: unknown rule {rid!r}{hint}", where=where, rid=rid, hint=_hint(rid, registry.ids))
        )


def _severity(value: Any, key: str, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(Text("{where}: {key}: {exc}", where=where, key=key, exc=exc)) from None


def _str_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(Text("{where}: {key} must be a list of strings", where=where, key=key))
    return value


def _check_keys(table: Mapping[Any, Any], where: str, name: str) -> None:
    """TOML keys are always strings, but a mapping passed from Python may hold anything."""
    for key in table:
        if not isinstance(key, str):
            raise ConfigError(
                Text(
                    "{where}: {name} keys must be strings, not {type} {key!r}",
                    where=where,
                    name=name,
                    type=type(key).__name__,
                    key=key,
                )
            )


def _hint(word: str, choices: Any) -> str:
    # Lazy (a Text), since a config error is raised before the reader's language is known; same wording and
    # catalog entry as errors.did_you_mean.
    close = closest(word, choices)
    return Text(" (did you mean {rule}?)", rule=repr(close)) if close is not None else ""
