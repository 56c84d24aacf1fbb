"""The pytest plugin, run by pytest itself (`pytester`) on throwaway template repositories."""

from __future__ import annotations

import os
import textwrap
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

GOOD_EN = """\
Hello {{ customer.first_name }},

Your order 48213 left our warehouse today and should arrive on Thursday.

Best regards,
Tom
"""

ORIGINAL_EN = """\
Hello,

Can I change the delivery address for order 48213?

Thanks,
Anna Smith
"""

ANSWER_EN = """\
Hello {{ customer.first_name }},

Yes, you can change the delivery address: reply with the new address and we will update order 48213 today.

Best regards,
Tom
"""

NO_ANSWER_EN = """\
Hello {{ customer.first_name }},

Thank you for your patience, we are looking into it and will be in touch.

Best regards,
Tom
"""


@pytest.fixture(scope="module", autouse=True)
def _preload() -> None:
    """Import every rule and language pipeline before `pytester` snapshots `sys.modules`.

    pytester runs pytest in this process and afterwards removes the modules the inner run imported; some compiled
    dependencies of the language pipelines cannot be imported a second time ("cannot load module more than once
    per process"). Imported here, they are part of the snapshot and stay.
    """
    import replylint

    for lang, text in (("en", "Hello Anna, thanks?"), ("ru", "Здравствуйте, Анна!"), ("uk", "Добрий день, Олено!")):
        replylint.lint(text, "Where is it?", context={"language": lang})


def _plugin_args() -> list[str]:
    """Load the plugin the way users get it (the pytest11 entry point); name it only if it is not installed."""
    installed = any(ep.name == "replylint" for ep in entry_points(group="pytest11"))
    if installed and not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        return ["-p", "no:cacheprovider"]
    return ["-p", "replylint.pytest_plugin", "-p", "no:cacheprovider"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*_plugin_args(), *args)


def write(pytester: pytest.Pytester, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content), encoding="utf-8")


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    with (REPO / "pyproject.toml").open("rb") as fh:
        project = tomllib.load(fh)["project"]
    assert project["entry-points"]["pytest11"] == {"replylint": "replylint.pytest_plugin"}


def test_templates_from_pyproject_pass_and_fail(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": """\
            [tool.replylint]
            templates = ["replies/**/*.txt", "macros/*.eml"]
            select = ["length", "subject-missing"]
            """,
            "replies/shipping.txt": GOOD_EN,
            "replies/billing/short.txt": "Done.\n",
            "replies/notes.md": "Not a template: the glob does not name it.\n",
            "macros/refund.eml": """\
            Subject: Re: Your refund for order {{ order.id }}

            Hello {{ticket.requester.first_name}},

            The refund for order {{ order.id }} was sent today; it reaches your card within three days.

            Best regards,
            Tom
            """,
        },
    )
    result = run(pytester, "-v")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*macros/refund.eml::replylint PASSED*",
            "*replies/billing/short.txt::replylint FAILED*",
            "*replies/shipping.txt::replylint PASSED*",
            "replies/billing/short.txt:1:1 length The reply is only 1 word(s); say what was done and what happens next.",  # noqa: E501 (a test's literal text)
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert "def runtest" not in result.stdout.str()


def test_two_bad_directives_in_a_row_are_reported_on_their_own_lines(pytester: pytest.Pytester) -> None:
    """Both directives are removed before the same kept line; each finding must still name its own file line."""
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["replies/*.txt"]\nselect = ["length"]\n',
            "replies/welcome.txt": "---\nlanguage: en\n---\nHello {{ name }},\n\nreplylint: disable=Bad Id\n"
            "# replylint: enabel=length\n"
            "Your order shipped today and will arrive on Friday.\n\nKind regards,\nAnna\n",
        },
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    # Only the failure section: pytest's short summary repeats the lines untruncated when the CI variable is set.
    failures = result.stdout.str().split("short test summary info")[0]
    reported = [line.split(" ")[0] for line in failures.splitlines() if line.startswith("replies/welcome.txt:")]
    assert reported == ["replies/welcome.txt:6:1", "replies/welcome.txt:7:1"], result.stdout.str()


def test_the_plugins_own_lines_follow_the_message_language(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["replies/*.txt", "nowhere/*.txt"]\nselect = ["length"]\n'
            'fail-on = "warning"\nmessage-language = "uk"\n[tool.replylint.severity]\nlength = "info"\n',
            "replies/short.txt": "---\nlanguage: en\n---\nDone.\n",
        },
    )
    result = run(pytester, "-W", "default")
    result.assert_outcomes(passed=1)
    assert "replylint: шаблону шляхів 'nowhere/*.txt' не відповідає жоден файл у" in result.stdout.str()


def test_template_ids_are_readable(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["replies/*.txt"]\nselect = ["length"]\n',
            "replies/refund.txt": GOOD_EN,
        },
    )
    result = run(pytester, "--collect-only", "-q")
    result.stdout.fnmatch_lines(["replies/refund.txt::replylint"])


def test_templates_from_the_ini_option(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pytest.ini": """\
            [pytest]
            replylint_templates =
                canned/*.txt
            """,
            # pyproject's globs are overridden by the ini option; its rule selection still applies.
            "replylint.toml": 'templates = ["elsewhere/*.txt"]\nselect = ["length"]\n',
            "canned/a.txt": GOOD_EN,
            "canned/b.txt": "Ok.\n",
            "elsewhere/c.txt": "Not collected.\n",
        },
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["canned/b.txt:1:1 length *"])
    assert "elsewhere" not in result.stdout.str()


def test_fail_on_comes_from_the_config(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["length"]\nfail-on = "error"\n',
            "short.txt": "Done.\n",
        },
    )
    run(pytester).assert_outcomes(passed=1)


def test_suppression_directives_in_templates(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["length"]\n',
            "jinja.txt": "{# replylint: disable=length #}\nDone.\n",
            "plain.txt": "replylint: disable-next-line=length\nDone.\n",
            "typo.txt": "{# replylint: disable=lenght #}\nHello Anna, your parcel left today and arrives Thursday.\n",
        },
    )
    result = run(pytester)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["typo.txt:1:1 invalid-suppression suppression names unknown rule 'lenght'"])


PLACEHOLDER_GREETINGS = {
    "jinja": "Hello {{ customer.first_name }},",
    "zendesk": "Hello {{ticket.requester.first_name}},",
    "freshdesk": "Hello {{ticket.contact.name}},",
    "helpscout": "Hello {%customer.firstName,fallback=there%},",
    "brace": "Hello {name},",
    "percent": "Hello %NAME%,",
    "liquid-default": 'Hello {{ customer.first_name | default: "there" }},',
}


def test_every_placeholder_syntax_is_fine_in_a_template(pytester: pytest.Pytester) -> None:
    body = "\n\nYour order 48213 left our warehouse today and should arrive on Thursday.\n\nBest regards,\nTom\n"
    files = {f"replies/{name}.txt": greeting + body for name, greeting in PLACEHOLDER_GREETINGS.items()}
    files["pyproject.toml"] = '[tool.replylint]\ntemplates = ["replies/*.txt"]\nselect = ["mass-mailing", "length"]\n'
    write(pytester, files)
    run(pytester).assert_outcomes(passed=len(PLACEHOLDER_GREETINGS))


def test_the_same_placeholders_fail_in_a_rendered_reply() -> None:
    """Outside template mode a placeholder means it was never filled: mass-mailing reports it."""
    from replylint.testing import ReplyNotOk, assert_reply_ok

    body = "\n\nYour order 48213 left our warehouse today and should arrive on Thursday.\n\nBest regards,\nTom\n"
    for greeting in PLACEHOLDER_GREETINGS.values():
        with pytest.raises(ReplyNotOk) as caught:
            assert_reply_ok(greeting + body, select=["mass-mailing"], context={"language": "en"})
        assert [f.rule for f in caught.value.report.findings] == ["mass-mailing"]
        assert_reply_ok(greeting + body, select=["mass-mailing"], context={"language": "en"}, template=True)


@pytest.mark.parametrize("where", ["yaml-front-matter", "toml-front-matter", "sidecar-txt", "sidecar-eml"])
def test_a_sample_customer_message_is_checked_against(pytester: pytest.Pytester, where: str) -> None:
    files = {"pyproject.toml": '[tool.replylint]\ntemplates = ["replies/*.txt"]\nselect = ["unanswered-question"]\n'}
    indented = textwrap.indent(ORIGINAL_EN, "  ")
    for name, body in (("answers", ANSWER_EN), ("evades", NO_ANSWER_EN)):
        if where == "yaml-front-matter":
            files[f"replies/{name}.txt"] = (
                f"---\n# the message this reply answers\noriginal: |\n{indented}language: en\n---\n{body}"
            )
        elif where == "toml-front-matter":
            files[f"replies/{name}.txt"] = f"+++\noriginal = '''\n{ORIGINAL_EN}'''\nlanguage = \"en\"\n+++\n{body}"
        elif where == "sidecar-txt":
            files[f"replies/{name}.txt"] = body
            files[f"replies/{name}.original.txt"] = ORIGINAL_EN
        else:
            files[f"replies/{name}.txt"] = body
            files[f"replies/{name}.original.eml"] = (
                "From: Anna Smith <anna@example.com>\nSubject: Address\n\n" + ORIGINAL_EN
            )
    for name, content in files.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=1, failed=1)  # the sidecar files are not templates themselves
    line = 12 if where.endswith("front-matter") else 1  # a file line: the front matter takes lines 1-11
    result.stdout.fnmatch_lines(
        [
            f'replies/evades.txt:{line}:1 unanswered-question The customer asked "Can I change the delivery address '
            'for order 48213?" and the reply does not answer it.',
        ]
    )


def test_a_name_placeholder_satisfies_greeting_name(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["greeting-name"]\n',
            "named.txt": "---\noriginal: |\n" + textwrap.indent(ORIGINAL_EN, "  ") + "---\n" + GOOD_EN,
        },
    )
    run(pytester).assert_outcomes(passed=1)


def test_greeting_name_still_wants_a_name_in_a_template(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["greeting-name"]\n',
            "anonymous.txt": "---\noriginal: |\n"
            + textwrap.indent(ORIGINAL_EN, "  ")
            + "---\n"
            + GOOD_EN.replace("Hello {{ customer.first_name }},", "Hello,"),
        },
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["anonymous.txt:10:1 greeting-name *Anna*"])


def test_bad_front_matter_is_a_readable_failure(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["length"]\n',
            "broken.txt": "---\norignal: |\n  Where is my order?\n---\nHello Anna, your parcel left today.\n",
        },
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["broken.txt: error: *front matter line 2: unknown key 'orignal'*"])
    assert "Traceback" not in result.stdout.str()


def test_the_marker_selects_templates(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["length"]\n',
            "reply.txt": GOOD_EN,
            "test_other.py": "def test_other():\n    pass\n",
        },
    )
    run(pytester, "-m", "replylint").assert_outcomes(passed=1, deselected=1)


def test_a_project_without_replylint_config_is_left_alone(pytester: pytest.Pytester) -> None:
    write(pytester, {"reply.txt": "Done.\n", "test_other.py": "def test_other():\n    pass\n"})
    run(pytester).assert_outcomes(passed=1)


def test_an_invalid_config_stops_the_run_with_a_clear_message(pytester: pytest.Pytester) -> None:
    write(pytester, {"pyproject.toml": '[tool.replylint]\ntemplats = ["*.txt"]\n', "reply.txt": GOOD_EN})
    result = run(pytester)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*replylint:*unknown key 'templats' (did you mean 'templates'?)*"])


def test_an_unknown_rule_in_the_config_is_reported(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["*.txt"]\nselect = ["lenght"]\n',
            "reply.txt": GOOD_EN,
        },
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["replylint: *unknown rule 'lenght' (did you mean 'length'?)*"])


def test_a_glob_that_matches_nothing_is_a_warning(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": '[tool.replylint]\ntemplates = ["replies/*.txt", "macros/*.eml"]\nselect = ["length"]\n',
            "replies/refund.txt": GOOD_EN,
        },
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["*template glob 'macros/*.eml' matches no file*"])


def test_templates_left_out_by_testpaths_are_named(pytester: pytest.Pytester) -> None:
    write(
        pytester,
        {
            "pyproject.toml": """\
            [tool.replylint]
            templates = ["replies/*.txt"]
            select = ["length"]

            [tool.pytest.ini_options]
            testpaths = ["tests"]
            """,
            "replies/refund.txt": GOOD_EN,
            "tests/test_other.py": "def test_other():\n    pass\n",
        },
    )
    result = run(pytester)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*1 configured template(s) were not checked*testpaths*", "  replies/refund.txt"])
    # Naming what to run leaves templates out on purpose: no note then.
    quiet = run(pytester, "tests")
    assert "were not checked" not in quiet.stdout.str()


HELPDESK_TEMPLATES = {
    "en/liquid.txt": "{% if ticket.requester.first_name %}Hello {{ticket.requester.first_name}},{% else %}Hello,"
    "{% endif %}\n\nYour refund for order 48213 was issued today and should reach your card within "
    "five business days.\n\nKind regards,\n{{ agent.first_name }}, Support team\n",
    "ru/liquid.txt": "{%- if ticket.requester.first_name -%}\nЗдравствуйте, {{ticket.requester.first_name}}!\n"
    "{%- else -%}\nЗдравствуйте!\n{%- endif -%}\n\nВозврат по заказу 48213 оформлен сегодня, деньги "
    "поступят на карту в течение пяти рабочих дней.\n\nС уважением,\n{{current_user.first_name}}, "
    "служба поддержки\n",
    "uk/liquid.txt": "{% if ticket.requester.first_name %}Добрий день, {{ticket.requester.first_name}}!{% else %}"
    "Добрий день!{% endif %}\n\nПовернення коштів за замовленням 48213 оформлено сьогодні, гроші "
    "надійдуть на картку протягом п'яти робочих днів.\n\nЗ повагою,\n{{ticket.agent.name}}\n",
    "en/helpscout.txt": "Hi {%customer.firstName,fallback=there%},\n\nYour refund for order 48213 was issued today "
    "and should reach your card within five business days.\n\nThanks,\n{%user.firstName%}\n",
    "ru/osticket.html": "<p>Здравствуйте, %{recipient.name.first}!</p><p>Возврат по заказу №%{ticket.number} "
    "оформлен сегодня, деньги поступят на карту в течение пяти рабочих дней.</p>"
    "<p>С уважением,<br>%{staff.name}</p>",
    "uk/osticket.html": "<p>Доброго дня, %{ticket.name}!</p><p>Повернення коштів за заявкою №%{ticket.number} "
    "оформлено сьогодні, гроші надійдуть на картку протягом п'яти робочих днів.</p>"
    "<p>%{signature}</p>",
    "en/to.eml": "From: Support <support@shop.example>\nTo: {{ customer.email }}\nSubject: Your refund\n\n"
    "Hi {{ customer.first_name }},\n\nYour refund for order 48213 was issued today and should reach "
    "your card within five business days.\n\nKind regards,\n{{ agent.name }}\n",
}


def test_real_helpdesk_template_shapes_pass(pytester: pytest.Pytester) -> None:
    """Conditional greetings, agent merge fields as the signer, osTicket's `%{...}` and an address placeholder:
    none is a finding in a template, with every default rule on."""
    files = dict(HELPDESK_TEMPLATES)
    files["pyproject.toml"] = '[tool.replylint]\ntemplates = ["replies/**/*.*"]\nfail-on = "info"\n'
    write(pytester, {(k if k == "pyproject.toml" else f"replies/{k}"): v for k, v in files.items()})
    result = run(pytester, "-v")
    result.assert_outcomes(passed=len(HELPDESK_TEMPLATES))


def test_the_same_shapes_fail_as_rendered_replies() -> None:
    """Outside template mode the markup and merge fields were never filled in: each reply is reported."""
    from replylint.testing import ReplyNotOk, assert_reply_ok

    for name, text in HELPDESK_TEMPLATES.items():
        with pytest.raises(ReplyNotOk) as caught:
            assert_reply_ok(
                text.encode() if name.endswith(".eml") else text,
                select=["mass-mailing"],
                context={"language": name[:2]},
            )
        assert {f.rule for f in caught.value.report.findings} == {"mass-mailing"}, name
