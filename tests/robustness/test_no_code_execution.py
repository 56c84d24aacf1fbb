"""No code from configuration or messages is ever executed.

Python format fields, Jinja/Liquid tags, `__import__` calls, shell substitutions and JNDI lookups are put in reply
text, headers, HTML, the customer name, configuration values (mapping and TOML file), template front matter and
command-line arguments. A CPython audit hook watches while they are linted: nothing may compile or import code that
names the payload marker, start a process, open a socket or touch the sentinel file; and no finding, suggestion
or output may show an evaluated result (`<class ...>`, `49` for `7*7`, the contents of `__globals__`).

tests/core/test_api.py has the small in-message case; this file covers every place a string enters.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from _robustness_checks import check_outputs, check_report, linter, registry

from replylint import cli
from replylint.api import Linter
from replylint.errors import ReplylintError
from replylint.formats import render
from replylint.model import Report
from replylint.templates import TemplateError, lint_template, load_template

MARKER = "rl_pwned_5f1c"
"""A name no real code uses: an import, compile or file access naming it can only come from a payload."""
SENTINEL = Path(tempfile.gettempdir()) / f"{MARKER}.flag"

PAYLOADS = [
    "{0.__class__}",
    "{0.__class__.__mro__[1].__subclasses__()}",
    "{self.__init__.__globals__}",
    "{x!r:>{y}}",
    "%(name)s %s %d",
    "{{7*7}}",
    "{{ ''.__class__.__mro__[1] }}",
    "{% for x in range(7) %}{{x}}{% endfor %}",
    "{{ config.items() }}",
    "${7*7}",
    "${jndi:ldap://127.0.0.1/a}",
    "#{7*7}",
    "<%= 7*7 %>",
    "`touch " + str(SENTINEL) + "`",
    "$(touch " + str(SENTINEL) + ")",
    f"__import__('{MARKER}')",
    f"__import__('os').system('touch {SENTINEL}')",
    f"eval(\"__import__('{MARKER}')\")",
    f"exec(\"open('{SENTINEL}', 'w')\")",
    f"open('{SENTINEL}', 'w').write('x')",
    "{__builtins__}",
    "!!python/object/apply:os.system ['id']",
    "<script>alert(7*7)</script>",
    "=cmd|' /C calc'!A0",
]
EVALUATED = ("<class ", "<function ", "<module ", "<built-in", "__builtins__':", "'__name__':", "[<class", "49")
FORBIDDEN_EVENTS = (
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.startfile",
    "subprocess.Popen",
    "socket.",
    "pickle.find_class",
    "ctypes.",
    "webbrowser.open",
    "urllib.Request",
    "shutil.",
)

_seen: list[tuple[str, str]] = []
_watching = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _watching:
        return
    text = repr(args)[:500]
    if event.startswith(FORBIDDEN_EVENTS) or (event in ("compile", "exec", "import", "open") and MARKER in text):
        _seen.append((event, text))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one is inert outside `watching()`


@contextmanager
def watching() -> Iterator[None]:
    global _watching  # noqa: PLW0603 - the audit hook is process-wide by design
    _seen.clear()
    SENTINEL.unlink(missing_ok=True)
    _watching = True
    try:
        yield
    finally:
        _watching = False
    assert not _seen, f"code ran or a resource was touched while linting: {_seen[:5]}"
    assert not SENTINEL.exists(), "a payload created the sentinel file"


def _assert_not_evaluated(report: Report) -> None:
    check_report(report)
    check_outputs(report)
    shown = [f.message for f in report.findings] + [f.suggestion or "" for f in report.findings]
    # The file name is pytest's own temporary path ("pytest-49"), not anything a payload produced.
    shown.append(render("text", [report], show_source=True).replace(report.source, "<source>"))
    for text in shown:
        for sign in EVALUATED:
            assert sign not in text, f"evaluated output {sign!r} in {text!r}"


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load every pipeline and lazy module first, so imports during the watched lints can only be payloads."""
    for text in (
        "Hello Anna,\n\nIt ships today.\n\nBest,\nTom",
        "Здравствуйте, Ольга!\n\nЗаказ в пути.\n\nМарина",
        "Добрий день, Олено!\n\nЗамовлення в дорозі.\n\nОлег",
        "From: a@b.c\nSubject: x\nContent-Type: text/html\n\n<p>Hi</p><blockquote>q</blockquote>",
    ):
        linter().lint(text, "Where is my order?")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_reply_text_headers_html_and_context_are_never_run(payload: str) -> None:
    plain = f"Hello {payload},\n\nYour order ships {payload} today.\n\nBest regards,\n{payload}\n"
    headers = (
        f"From: {payload} <a@b.c>\nTo: Anna <anna@example.com>\nSubject: Re: {payload}\n"
        f"X-Replylint-Disable: {payload}\nReply-To: {payload}\n\n{plain}"
    )
    html = (
        f"From: a@b.c\nSubject: x\nContent-Type: text/html\n\n<html><body><p>Hi {payload},</p>"
        f'<a href="{payload}">{payload}</a><blockquote>{payload}?</blockquote></body></html>'
    )
    with watching():
        for reply in (plain, headers, html, plain.encode("utf-8")):
            _assert_not_evaluated(linter().lint(reply, f"Where is {payload}?"))
        for template in (False, True):
            context = {"customer_name": payload, "subject": payload, "template": template}
            _assert_not_evaluated(linter().lint(plain, context=context))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_configuration_are_never_run(payload: str, tmp_path: Path) -> None:
    mappings: list[dict[str, Any]] = [
        {"select": [payload]},
        {"ignore": payload},
        {"fail-on": payload},
        {"language": payload},
        {"templates": [payload]},
        {"severity": {"length": payload}},
        {"severity": {payload: "error"}},
        {"rules": {payload: {}}},
        {"rules": {"length": {payload: 1}}},
        {"rules": {"length": {"max-words": payload}}},
        {payload: 1},
        {"max-bytes": payload},
        {"rule-timeout": payload},
    ]
    escaped = payload.replace("\\", "\\\\").replace('"', '\\"')
    toml = tmp_path / "replylint.toml"
    toml.write_text(
        f'select = ["{escaped}"]\nfail-on = "{escaped}"\n[severity]\n"{escaped}" = "error"\n', encoding="utf-8"
    )
    with watching():
        for mapping in mappings:
            try:
                built = Linter(mapping, registry=registry())
            except ReplylintError as exc:
                assert not any(sign in str(exc) for sign in EVALUATED if sign != "49"), str(exc)
                continue
            _assert_not_evaluated(built.lint("Hello Anna,\n\nIt ships today.\n\nBest,\nTom"))
        with pytest.raises(ReplylintError):
            Linter(str(toml), registry=registry())


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_payloads_in_template_front_matter_are_never_run(fence: str, tmp_path: Path) -> None:
    for payload in PAYLOADS:
        value = payload.replace("\\", "\\\\").replace('"', '\\"')
        if fence == "+++":
            front = f'+++\noriginal = "Where is {value}?"\nsubject = "{value}"\n+++\n'
        else:
            front = f"---\noriginal: |\n  Where is {payload}?\nsubject: {payload}\n---\n"
        path = tmp_path / "reply.txt"
        path.write_text(front + f"Hello {{{{ customer.first_name }}}},\n\n{payload}\n\nBest,\nTom\n", encoding="utf-8")
        with watching():
            try:
                template = load_template(path)
            except TemplateError:
                continue
            _assert_not_evaluated(lint_template(template, linter()))


def test_payloads_on_the_command_line_are_never_run(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Hello Anna,\n\nIt ships today.\n\nBest,\nTom\n", encoding="utf-8")
    with watching():
        for payload in PAYLOADS:
            for argv in (
                ["check", str(reply), "--customer-name", payload, "--show-source"],
                ["check", str(reply), "--select", payload],
                ["explain", payload],
                ["check", str(tmp_path / payload.replace("/", "_")[:60])],
            ):
                out, err = io.StringIO(), io.StringIO()
                code = cli.main(argv, stdout=out, stderr=err)
                assert code in (cli.EXIT_OK, cli.EXIT_FINDINGS, cli.EXIT_ERROR)
                for text in (out.getvalue(), err.getvalue()):
                    assert "Traceback" not in text
                    assert not any(sign in text for sign in EVALUATED if sign != "49"), text
