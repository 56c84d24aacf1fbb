"""pytest plugin: every reply template the project configures becomes one test item, linted in template mode.

Support teams keep canned replies and macros in a repository; with replylint installed, `pytest` there checks them
all. Which files are templates comes from `templates = [...]` in `[tool.replylint]` (pyproject.toml or
replylint.toml) or from the `replylint_templates` ini option, as globs relative to the rootdir. A failing template
shows its findings as `path:line:col rule-id message`, not a traceback.

Shaped like pytest's own "collect YAML files" example and pytest-ruff: state lives in `config.stash` and only
replylint's public API is used. In a project without replylint configuration the plugin reads no rules and loads
no language pipelines, so having replylint installed costs other test suites next to nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import ExceptionInfo, TerminalRepr

    from replylint.api import Linter
    from replylint.config import Config
    from replylint.model import Severity

INI_TEMPLATES = "replylint_templates"
MARKER = "replylint"


@dataclass
class _Settings:
    """What the plugin needs for the whole session, built once in `pytest_configure`."""

    templates: frozenset[Path]
    config: Config
    """fail-on, rule selection and options, as the command line would use them."""
    linter: Linter | None = None
    collected: set[Path] = field(default_factory=set)
    """The templates this session collected; the rest were left out by testpaths or by the command line."""


SETTINGS = pytest.StashKey[_Settings]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        INI_TEMPLATES,
        type="linelist",
        default=[],
        help="globs (relative to the rootdir) of reply templates for replylint to lint; overrides "
        "`templates` in [tool.replylint]",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: a reply template linted by replylint")
    patterns = [p for p in config.getini(INI_TEMPLATES) if p.strip()]
    from replylint.config import find_config, load_config
    from replylint.errors import ReplylintError

    found = find_config(config.rootpath)
    if not patterns and found is None:
        return  # perf: no replylint config at all, nothing to collect and nothing more to import
    try:
        settings = load_config(found) if found is not None else None
    except ReplylintError as exc:
        raise pytest.UsageError(f"replylint: {exc}") from None
    if settings is None:
        from replylint.config import Config

        settings = Config()
    if not patterns:
        patterns = list(settings.templates)
    if not patterns:
        return
    templates, unmatched = _expand(config.rootpath, patterns)
    from replylint.i18n import tr

    for pattern in unmatched:
        # A typo in a glob would otherwise mean templates are silently never checked.
        config.issue_config_time_warning(
            pytest.PytestConfigWarning(
                "replylint: "
                + tr(_ui(settings), "template glob {pattern} matches no file under {root}").format(
                    pattern=repr(pattern), root=config.rootpath
                )
            ),
            stacklevel=2,
        )
    config.stash[SETTINGS] = _Settings(templates, settings)


def _ui(config: Config) -> str:
    """The language of the plugin's own lines: the configured message language, else the locale's."""
    from replylint.i18n import environment_language

    return config.message_language if config.message_language in ("en", "ru", "uk") else environment_language()


def _expand(root: Path, patterns: list[str]) -> tuple[frozenset[Path], list[str]]:
    from replylint.templates import expand_globs

    try:
        found, unmatched = expand_globs(root, patterns)
    except ValueError as exc:
        raise pytest.UsageError(f"replylint: {exc}") from None
    return frozenset(found), unmatched


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    settings = parent.config.stash.get(SETTINGS, None)
    if settings is None or file_path.resolve() not in settings.templates:
        return None
    settings.collected.add(file_path.resolve())
    template: TemplateFile = TemplateFile.from_parent(parent, path=file_path)
    return template


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Say so when `testpaths` keeps pytest from ever seeing some configured templates.

    Only for a bare `pytest` run (collection from testpaths): naming files or folders on the command line
    leaves templates out on purpose.
    """
    settings = config.stash.get(SETTINGS, None)
    if settings is None or config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return
    missed = sorted(settings.templates - settings.collected)
    if not missed:
        return
    shown = [_relative(p, config.rootpath) for p in missed]
    terminalreporter.write_sep("-", "replylint", yellow=True)
    from replylint.i18n import tr

    lang = _ui(settings.config)
    terminalreporter.write_line(
        tr(
            lang,
            "{count} configured template(s) were not checked: testpaths = {testpaths} "
            "does not include them. Add their folder to testpaths, or run `pytest "
            "{folder}`.",
        ).format(count=len(missed), testpaths=config.getini("testpaths"), folder=shown[0].split("/")[0])
    )
    for name in shown[:10]:
        terminalreporter.write_line(f"  {name}")
    if len(shown) > 10:
        terminalreporter.write_line("  ... " + tr(lang, "and {count} more").format(count=len(shown) - 10))


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


class TemplateFile(pytest.File):
    """A reply template on disk; it holds exactly one item, the lint."""

    def collect(self) -> Iterator[pytest.Item]:
        item: TemplateItem = TemplateItem.from_parent(self, name="replylint")
        item.add_marker(MARKER)
        yield item


class TemplateFindings(Exception):
    """The template has findings at or above `fail-on`; carries them already formatted for the report."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class TemplateItem(pytest.Item):
    """Lints one template; fails with the findings as `path:line:col rule-id message`."""

    def runtest(self) -> None:
        from replylint.api import Linter
        from replylint.errors import ReplylintError
        from replylint.i18n import tr
        from replylint.templates import lint_template, load_template, with_file_positions

        settings = self.config.stash[SETTINGS]
        if settings.linter is None:
            try:
                settings.linter = Linter(settings.config)
            except ReplylintError as exc:
                raise TemplateFindings([f"replylint: {exc}"]) from None
        shown = self._shown_path()
        try:
            template = load_template(self.path)
            report = lint_template(template, settings.linter)
        except ReplylintError as exc:
            raise TemplateFindings([f"{shown}: error: {_safe(str(exc))}"]) from None
        fail_on: Severity = settings.config.fail_on
        failing = [f for f in report.findings if f.severity >= fail_on]
        if not failing:
            return
        # placed over the whole report, so that of two bad directives in a row each keeps its own line
        placed = {
            id(f): p for f, p in zip(report.findings, with_file_positions(template, report).findings, strict=True)
        }
        lines = [f"{shown}:{placed[id(f)].file_line}:{f.column} {f.rule} {_safe(f.message)}" for f in failing]
        quieter = len(report.findings) - len(failing)
        if quieter:
            lines.append(
                "("
                + tr(_ui(settings.config), "not shown: {count} more below fail-on={fail_on}").format(
                    count=quieter, fail_on=fail_on
                )
                + ")"
            )
        raise TemplateFindings(lines)

    def _shown_path(self) -> str:
        return _relative(self.path, self.config.rootpath)

    def repr_failure(self, excinfo: ExceptionInfo[BaseException], style: Any = None) -> str | TerminalRepr:
        if isinstance(excinfo.value, TemplateFindings):
            return "\n".join(excinfo.value.lines)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"replylint: {self._shown_path()}"


def _safe(text: str) -> str:
    from replylint.formats.safe import terminal_safe

    return terminal_safe(text)
