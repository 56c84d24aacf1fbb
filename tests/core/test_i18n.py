"""Findings, suggestions, rule pages and CLI errors in the agent's language (en, ru, uk) through gettext catalogs."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from replylint import Context, Hit, Linter, Rule, RuleContext, bad, lint
from replylint.cli import main
from replylint.config import config_from_mapping
from replylint.errors import ConfigError
from replylint.i18n import (
    environment_language,
    placeholders,
    ptr,
    resolve,
    rule_message,
    rule_rationale,
    rule_summary,
    tr,
)
from replylint.registry import Registry, discover

RU_REPLY = "Привет!\n\nВаш заказ задерживается.\n\nУдачи!\n"
UK_REPLY = "Привіт!\n\nВаше замовлення затримується.\n\nДо зустрічі,\n"
EN_REPLY = "Hey,\n\nYour order is delayed.\n\nCheers,\n"


def _cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    raw = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    code = main(list(args), stdin=raw, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- the catalogs -------------------------------------------------------------------------------------------------


def test_catalogs_are_complete_fresh_and_compiled() -> None:
    """Extracts again from the source and compares: a new or changed message, an untranslated or fuzzy entry, a
    translation with other placeholders, or a .mo that differs from its .po fails here."""
    pytest.importorskip("babel", reason="Babel (in the test and dev extras) extracts the catalogs")
    from replylint.babel_extract import problems

    found = problems()
    assert not found, "catalogs out of date (run `python -m replylint.babel_extract`, then translate):\n" + "\n".join(
        found
    )


def test_the_check_notices_a_stale_catalog(tmp_path: Path) -> None:
    """The freshness check itself can fail: a catalog that lost a message and one with a wrong placeholder."""
    pytest.importorskip("babel")
    import shutil

    from replylint.babel_extract import po_path, problems, read_po
    from replylint.i18n import LOCALE_DIR

    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    path = po_path("ru", tmp_path / "locale")
    catalog = read_po(path)
    catalog.delete("Give every reply a subject.", context="subject-missing")
    catalog.get(
        'The subject is only "{subject}"; say what the reply is about.', context="subject-missing"
    ).string = "Тема состоит только из «{topic}»."
    from babel.messages.pofile import write_po

    with path.open("wb") as fh:
        write_po(fh, catalog)
    found = problems(tmp_path / "locale")
    assert any("ru: missing [subject-missing] 'Give every reply a subject.'" in p for p in found)
    assert any("ru: placeholders differ" in p and "subject-missing" in p for p in found)
    assert any("replylint.mo is stale" in p for p in found)


def test_every_builtin_rule_text_is_translated() -> None:
    """What the engine and the pages look up at run time is what the extractor found (same msgid, same msgctxt)."""
    for cls in discover().classes():
        for lang in ("ru", "uk"):
            for template in cls.messages.values():
                assert ptr(lang, cls.id, template) != template, (cls.id, lang, template)
            assert rule_summary(lang, cls) != cls.summary(), (cls.id, lang)
            assert rule_rationale(lang, cls) != cls.rationale(), (cls.id, lang)


def test_the_extractor_reads_rule_declarations_with_the_rule_id_as_context() -> None:
    pytest.importorskip("babel")
    from replylint.babel_extract import extract_rules

    source = b'''
class A(Rule):
    """Summary A.

    Why A.
    """
    id = "rule-a"
    messages = {"x": "Same text {n}."}

class B(Rule):
    """Summary B."""
    id = "rule-b"
    messages = {"y": "Same text {n}."}

def check(ctx):
    return tr(ctx.language, "A suggestion.")
'''
    from babel.messages.extract import extract

    from replylint.babel_extract import KEYWORDS

    found = {(context, message) for _, message, _, context in extract(extract_rules, io.BytesIO(source), KEYWORDS)}
    assert found == {
        ("rule-a", "Summary A."),
        ("rule-a", "Why A."),
        ("rule-a", "Same text {n}."),
        ("rule-b", "Summary B."),
        ("rule-b", "Same text {n}."),
        (None, "A suggestion."),
    }


# --- resolving the setting --------------------------------------------------------------------------------------


def test_auto_means_the_reply_language_and_english_when_unknown() -> None:
    assert resolve("auto", "uk") == "uk"
    assert resolve(None, "ru") == "ru"
    assert resolve("auto", None) == "en"
    assert resolve("ru", "uk") == "ru"


def test_environment_language_reads_the_locale_as_gettext_does() -> None:
    assert environment_language({"LANG": "uk_UA.UTF-8"}) == "uk"
    assert environment_language({"LANGUAGE": "ru:en", "LANG": "uk_UA.UTF-8"}) == "ru"
    assert environment_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert environment_language({"LANG": "C.UTF-8"}) == "en"
    assert environment_language({}) == "en"


def test_placeholders_are_the_format_fields() -> None:
    assert placeholders("The reply is {words} words; keep it under {limit}.") == {"words", "limit"}
    assert placeholders("Hi {{first_name}}") == frozenset()


def test_a_translation_that_cannot_be_filled_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from replylint import i18n

    monkeypatch.setattr(i18n, "ptr", lambda lang, context, message: "Сломано {nope}")
    assert rule_message("ru", "length", "The reply is {words} words.", {"words": 3}) == "The reply is 3 words."


# --- the setting through config, Context, Linter ---------------------------------------------------------------


def test_defaults_give_findings_in_the_reply_language() -> None:
    ru, uk, en = lint(RU_REPLY), lint(UK_REPLY), lint(EN_REPLY)
    assert (ru.message_language, uk.message_language, en.message_language) == ("ru", "uk", "en")
    assert any("нет извинения за задержку" in f.message for f in ru.by_rule("delay-notice"))
    assert any(f.message.startswith("Відповідь закоротка") for f in uk.by_rule("length"))
    assert any(f.message.startswith("The reply is only") for f in en.by_rule("length"))


def test_the_setting_from_config_context_and_linter() -> None:
    assert lint(UK_REPLY, config={"message-language": "en"}).by_rule("length")[0].message.startswith("The reply")
    assert lint(UK_REPLY, context={"message_language": "ru"}).by_rule("length")[0].message.startswith("Ответ")
    linter = Linter(message_language="uk")
    report = linter.lint(EN_REPLY)
    assert report.message_language == "uk" and report.language == "en"
    assert report.by_rule("length")[0].message.startswith("Відповідь")
    # The context wins over the Linter, per reply.
    assert linter.lint(EN_REPLY, context=Context(message_language="auto")).message_language == "en"


@pytest.mark.parametrize("bad_value", ["de", "RU", 1, ""])
def test_a_bad_setting_is_a_config_error(bad_value: object) -> None:
    with pytest.raises(ConfigError, match="message-language"):
        config_from_mapping({"message-language": bad_value})
    with pytest.raises(ConfigError, match="message_language"):
        Context.coerce({"message_language": bad_value})
    with pytest.raises(ConfigError, match="message-language"):
        Linter(message_language=bad_value)  # type: ignore[arg-type]


def test_rule_ids_and_data_never_change_with_the_language() -> None:
    en = lint(UK_REPLY, context={"message_language": "en"})
    uk = lint(UK_REPLY)
    assert [(f.rule, f.kind, f.start, f.end, dict(f.data)) for f in en.findings] == [
        (f.rule, f.kind, f.start, f.end, dict(f.data)) for f in uk.findings
    ]
    assert [f.message for f in en.findings] != [f.message for f in uk.findings]


def test_a_third_party_rule_without_translations_stays_in_english() -> None:
    class Plugin(Rule):
        """Plugin summary."""

        id = "plugin-rule"
        messages = {"x": "Plugin says {what}."}
        examples = (bad("en", "x", "x"),)

        def check(self, ctx: RuleContext) -> Iterator[Hit]:
            yield Hit("x", 0, 1, {"what": "hi"})

    report = lint(UK_REPLY, registry=Registry.from_classes([Plugin]))
    assert [f.message for f in report.findings] == ["Plugin says hi."]


class _Crashes(Rule):
    """Crashes on every reply."""

    id = "crashes-always"
    messages = {"x": "Never shown."}
    examples = (bad("en", "x", "x"),)

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        raise RuntimeError("boom")


class _Malformed(Rule):
    """Returns a hit outside the text."""

    id = "malformed-always"
    messages = {"x": "Never shown."}
    examples = (bad("en", "x", "x"),)

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        yield Hit("x", 0, 10**6)


@pytest.mark.parametrize(
    ("reply", "setting", "crashed", "malformed"),
    [
        (
            RU_REPLY,
            None,
            "правило crashes-always упало с ошибкой: RuntimeError: boom",
            "правило malformed-always вернуло некорректное замечание: span 0..1000000 is outside the text",
        ),
        (
            UK_REPLY,
            None,
            "правило crashes-always впало з помилкою: RuntimeError: boom",
            "правило malformed-always повернуло некоректне зауваження: span 0..1000000 is outside the text",
        ),
        (
            UK_REPLY,
            "en",
            "rule crashes-always crashed: RuntimeError: boom",
            "rule malformed-always returned a malformed finding: span 0..1000000 is outside the text",
        ),
    ],
)
def test_the_engine_reports_a_broken_rule_in_the_findings_language(
    reply: str, setting: str | None, crashed: str, malformed: str
) -> None:
    context = {"message_language": setting} if setting else None
    report = lint(reply, registry=Registry.from_classes([_Crashes, _Malformed]), context=context)
    messages = {f.data["failed_rule"]: f.message for f in report.by_rule("internal-error")}
    assert messages["crashes-always"] == crashed
    assert messages["malformed-always"].startswith(malformed)


class _Unbuildable(Rule):
    """Cannot be constructed."""

    id = "unbuildable"
    messages = {"x": "Never shown."}
    examples = (bad("en", "x", "x"),)

    def __init__(self, options: object = None) -> None:
        raise RuntimeError("no lexicon")

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        yield from ()


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (RU_REPLY, "правило unbuildable не удалось запустить: RuntimeError: no lexicon"),
        (UK_REPLY, "правило unbuildable не вдалося запустити: RuntimeError: no lexicon"),
        (EN_REPLY, "rule unbuildable could not run: RuntimeError: no lexicon"),
    ],
)
def test_the_engine_reports_a_rule_that_could_not_load_in_the_findings_language(reply: str, expected: str) -> None:
    [failed] = lint(reply, registry=Registry.from_classes([_Unbuildable])).findings
    assert (failed.rule, failed.message) == ("internal-error", expected)


def test_a_revived_translation_stays_in_its_own_language(tmp_path: Path) -> None:
    """A text that comes back into the source gets each language's own old translation from the obsolete
    entries, never the language updated before it (Babel adds the template's Message objects themselves)."""
    pytest.importorskip("babel")
    import shutil

    from babel.messages.catalog import Catalog, Message
    from babel.messages.pofile import write_po

    from replylint.babel_extract import po_path, read_po, update
    from replylint.i18n import LOCALE_DIR

    root = tmp_path / "src"
    (root / "replylint").mkdir(parents=True)
    (root / "replylint" / "mod.py").write_text('Text("the widget broke")\n', encoding="utf-8")
    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    for lang, old in (("ru", "виджет сломался"), ("uk", "віджет зламався")):
        path = po_path(lang, tmp_path / "locale")
        catalog = Catalog(locale=lang)
        catalog.obsolete["the widget broke"] = Message("the widget broke", old)
        with path.open("wb") as fh:
            write_po(fh, catalog)
    update(tmp_path / "locale", root)
    assert read_po(po_path("ru", tmp_path / "locale")).get("the widget broke").string == "виджет сломался"
    assert read_po(po_path("uk", tmp_path / "locale")).get("the widget broke").string == "віджет зламався"


# --- suggestions: the reply's language and a polite register, whatever the agent reads -------------------------


def test_suggestions_follow_the_reply_not_the_message_language() -> None:
    report = lint(RU_REPLY, context={"message_language": "en"})
    delay = report.by_rule("delay-notice")
    assert delay and all(f.message.startswith("The reply says") for f in delay)
    assert {f.suggestion for f in delay} == {
        "Извинитесь за задержку, например: «Приносим извинения за ожидание».",
        "Напишите, когда это произойдёт теперь, например: «Заказ придёт в пятницу, 13 июня».",
    }


def test_a_russian_reply_is_offered_a_russian_closing() -> None:
    report = lint(
        "Здравствуйте!\n\nЗаказ 48213 передан курьеру, он привезёт его завтра до 18:00.\n",
        context={"message_language": "en"},
    )
    assert report.by_rule("sign-off")[0].suggestion == "С уважением,\n<ваше имя>"


def test_an_informal_greeting_or_closing_is_never_suggested() -> None:
    uk = lint(UK_REPLY, context={"customer_name": "Тарас Шевченко"})
    assert uk.by_rule("greeting-name")[0].suggestion == "Добрий день, Тарасе!"
    assert uk.by_rule("sign-off")[0].suggestion == "З повагою,\n<ваше ім'я>"
    ru = lint(RU_REPLY, context={"customer_name": "Иван Петров"})
    assert ru.by_rule("greeting-name")[0].suggestion == "Здравствуйте, Иван!"
    assert ru.by_rule("sign-off")[0].suggestion == "С уважением,\n<ваше имя>"
    en = lint(EN_REPLY, context={"customer_name": "John Smith"})
    assert en.by_rule("greeting-name")[0].suggestion == "Hello John,"
    assert en.by_rule("sign-off")[0].suggestion == "Kind regards,\n<your name>"


@pytest.mark.parametrize(
    ("reply", "lang", "expected"),
    [
        ("Не знаю, честно говоря.\n", "ru", "Добавьте то, что можете"),
        ("Не знаю, чесно кажучи.\n", "uk", "Додайте те, що можете"),
    ],
)
def test_advice_suggestions_are_in_the_reply_language(reply: str, lang: str, expected: str) -> None:
    report = lint(reply, context={"language": lang, "message_language": "en"}, select=["honest-unknown"])
    assert report.findings and report.findings[0].suggestion.startswith(expected)  # type: ignore[union-attr]


def test_suggestion_strings_are_translated_for_each_reply_language() -> None:
    import sys

    # The module that declares the rule holds its table of suggestions, wherever the rule's code is laid out.
    module = sys.modules[discover().get("unanswered-question").load().__module__]
    for text in (*module.SUGGESTIONS.values(), module.DEFAULT_SUGGESTION):
        assert tr("ru", text) != text and tr("uk", text) != text and tr("en", text) == text


# --- output and CLI -----------------------------------------------------------------------------------------------


def test_json_records_the_message_language() -> None:
    data = lint(UK_REPLY).to_dict()
    assert data["schema"] == 3 and data["message_language"] == "uk" and data["language"] == "uk"


@pytest.mark.parametrize(
    ("reply", "lang", "words"),
    [
        (RU_REPLY, "ru", ("Ответ слишком короткий", "нет извинения за задержку")),
        (UK_REPLY, "uk", ("Відповідь закоротка", "немає вибачення за затримку")),
    ],
)
def test_the_cli_with_defaults_shows_findings_in_the_reply_language(
    reply: str, lang: str, words: tuple[str, ...]
) -> None:
    code, out, err = _cli("check", "-", stdin=reply)
    assert code == 1 and not err
    for word in words:
        assert word in out
    code, out, _ = _cli("check", "-", "--format", "json", stdin=reply)
    assert json.loads(out)[0]["message_language"] == lang


def test_the_cli_flag_and_sarif(tmp_path: Path) -> None:
    code, out, _ = _cli("check", "-", "--message-language", "en", stdin=UK_REPLY)
    assert "The reply is only" in out and "закоротка" not in out
    code, out, _ = _cli("check", "-", "--format", "sarif", "--message-language", "ru", stdin=UK_REPLY)
    run = json.loads(out)["runs"][0]
    assert run["language"] == "ru"
    assert {r["properties"]["message_language"] for r in run["results"]} == {"ru"}
    assert any(r["message"]["text"].startswith("Ответ") for r in run["results"])
    described = {r["id"]: r["shortDescription"]["text"] for r in run["tool"]["driver"]["rules"]}
    assert described["subject-missing"] == "У каждого ответа должна быть тема."
    config = tmp_path / "replylint.toml"
    config.write_text('message-language = "uk"\n', encoding="utf-8")
    code, out, _ = _cli("check", "-", "--config", str(config), stdin=EN_REPLY)
    assert code == 1 and "Відповідь закоротка" in out
    _, out, _ = _cli("check", "-", "--config", str(config), "--show-settings")
    assert "message-language: uk" in out


def test_explain_in_ukrainian_and_russian() -> None:
    code, out, _ = _cli("explain", "length", "--message-language", "uk")
    assert code == 0 and "## Чому це важливо" in out and "Пишіть по суті" in out and "`max-words`" in out
    code, out, _ = _cli("explain", "internal-error", "--message-language", "ru")
    assert code == 0 and out.startswith("# internal-error") and "## Почему это ошибка" in out
    code, out, _ = _cli("explain", "length")
    assert "## Why it matters" in out


def test_cli_errors_in_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    code, _, err = _cli("explain", "lenght")
    assert code == 2 and err == "replylint: error: невідоме правило 'lenght' (можливо, мали на увазі 'length'?)\n"
    code, _, err = _cli("explain", "lenght", "--message-language", "en")
    assert err == "replylint: error: unknown rule 'lenght' (did you mean 'length'?)\n"
    code, _, err = _cli("check", "-", "-", "--message-language", "ru")
    assert code == 2 and "можно указать только один раз" in err


def test_the_text_output_speaks_the_findings_language() -> None:
    _, out, _ = _cli("check", "-", "--show-source", stdin=UK_REPLY)
    assert out.endswith("5 зауважень у 1 відповіді\n")  # «Привіт» is one of them
    assert "    = варіант: З повагою,\\n<ваше ім'я>" in out  # terminal_safe shows the line break escaped
    _, out, _ = _cli("check", "-", "--statistics", stdin=RU_REPLY)
    assert "Пишите по делу" in out and out.endswith("5 замечаний в 1 ответе\n")
    _, out, _ = _cli("check", "-", stdin=EN_REPLY)
    assert out.endswith("findings in 1 reply\n")


@pytest.mark.parametrize(
    ("n", "ru", "uk"),
    [
        (1, "1 замечание", "1 зауваження"),
        (3, "3 замечания", "3 зауваження"),
        (5, "5 замечаний", "5 зауважень"),
        (21, "21 замечание", "21 зауваження"),
        (12, "12 замечаний", "12 зауважень"),
    ],
)
def test_counts_take_the_right_plural_form(n: int, ru: str, uk: str) -> None:
    from replylint.i18n import ntr

    assert ntr("ru", "{count} finding", "{count} findings", n).format(count=n) == ru
    assert ntr("uk", "{count} finding", "{count} findings", n).format(count=n) == uk
    assert ntr("en", "{count} finding", "{count} findings", n).format(count=n) == f"{n} finding" + ("s" * (n != 1))


def test_rules_lists_summaries_in_the_chosen_language() -> None:
    _, out, _ = _cli("rules", "--message-language", "ru")
    assert "subject-missing" in out and "У каждого ответа должна быть тема." in out


def test_the_testing_helpers_speak_the_locales_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from replylint.testing import ReplyNotOk, assert_reply_ok, contract_problems, example_problems

    monkeypatch.setenv("LANGUAGE", "uk")
    assert "немає доброго прикладу мовою en" in contract_problems(_Crashes)
    assert example_problems(_Crashes, _Crashes.examples[0]) == [
        "внутрішня помилка: rule crashes-always crashed: RuntimeError: boom",
        "очікувалися види ['x'], знайдено []",
    ]
    with pytest.raises(ReplyNotOk, match=r"^у відповіді є зауваження:"):
        assert_reply_ok("Готово.", select=["length"])


@pytest.mark.parametrize(
    ("lang", "usage", "options", "see"),
    [
        ("en", "usage: replylint check", "options:", "(see 'replylint check --help')"),
        ("ru", "использование: replylint check", "параметры:", "(см. 'replylint check --help')"),
        ("uk", "використання: replylint check", "параметри:", "(див. 'replylint check --help')"),
    ],
)
def test_argparses_own_words_follow_the_language(lang: str, usage: str, options: str, see: str) -> None:
    code, out, _ = _cli("check", "--help", "--message-language", lang)
    assert code == 0 and out.startswith(usage) and f"\n{options}\n" in out
    code, _, err = _cli("check", "--format", "nope", "--message-language", lang)
    assert code == 2 and err.rstrip().endswith(see)
    import argparse

    assert argparse._("usage: ") == "usage: "  # argparse itself is left alone for every other user in the process


@pytest.mark.parametrize(
    ("lang", "choice", "unknown", "missing"),
    [
        ("en", "argument --format: invalid choice: 'nope' (choose from", "unrecognized arguments: --nope", "expected"),
        (
            "ru",
            "аргумент --format: недопустимое значение: 'nope' (выберите из",
            "нераспознанные аргументы: --nope",
            "нужно",
        ),
        (
            "uk",
            "аргумент --format: неприпустиме значення: 'nope' (виберіть із",
            "нерозпізнані аргументи: --nope",
            "потрібно",
        ),
    ],
)
def test_argparses_error_texts_follow_the_language(lang: str, choice: str, unknown: str, missing: str) -> None:
    code, _, err = _cli("check", "--format", "nope", "--message-language", lang)
    assert code == 2 and err.startswith(f"replylint: error: {choice} 'github', 'json'"), err
    code, _, err = _cli("check", "x.eml", "--nope", "--message-language", lang)
    assert code == 2 and err.startswith(f"replylint: error: {unknown} ("), err
    code, _, err = _cli("check", "x.eml", "--message-language", lang, "--format")
    assert code == 2 and f": {missing} " in err, err


def test_an_argparse_wording_we_do_not_know_stays_english_and_long_texts_are_left_alone() -> None:
    from replylint.argparse_words import translate

    assert translate("a wording from a future Python: x", "ru") == "a wording from a future Python: x"
    assert (
        translate("argument -o: a wording from a future Python", "uk") == "аргумент -o: a wording from a future Python"
    )
    huge = "unrecognized arguments: " + "x" * 5000
    assert translate(huge, "ru") == huge
    hostile = "invalid choice: " + " (choose from " * 300  # many places the field could end: still quick
    assert translate(hostile, "ru") == hostile
