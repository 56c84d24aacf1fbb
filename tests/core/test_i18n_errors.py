"""Everything else a user reads in their language: config and parser errors, `replylint sendmail`, suppression
directives, durations inside findings and --show-settings (issue 14)."""

from __future__ import annotations

import contextlib
import io
import pickle
from pathlib import Path

import pytest

from replylint import lint
from replylint.cli import main
from replylint.errors import ConfigError
from replylint.hook import check_outgoing
from replylint.i18n import Text, error_text

RU_REPLY = "Здравствуйте, Ольга!\n\nЗаказ 48213 привезут в четверг, до 18:00.\n\nС уважением,\nМарина\n"


def _cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        list(args), stdin=io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"), stdout=out, stderr=err
    )
    return code, out.getvalue(), err.getvalue()


def test_config_errors_and_their_hints_are_translated(tmp_path: Path) -> None:
    config = tmp_path / "replylint.toml"
    config.write_text('message-language = "ru"\nselct = ["length"]\n', encoding="utf-8")
    reply = tmp_path / "r.txt"
    reply.write_text(RU_REPLY, encoding="utf-8")
    code, _, err = _cli("check", str(reply), "--message-language", "uk")
    assert code == 2
    assert err == f"replylint: error: {config}: невідомий ключ 'selct' (можливо, мали на увазі 'select'?)\n"
    code, _, err = _cli("check", str(reply), "--message-language", "en")
    assert err == f"replylint: error: {config}: unknown key 'selct' (did you mean 'select'?)\n"


def test_a_missing_file_is_reported_in_the_configured_language(tmp_path: Path) -> None:
    (tmp_path / "replylint.toml").write_text('message-language = "ru"\n', encoding="utf-8")
    missing = tmp_path / "nope.eml"
    code, _, err = _cli("check", str(missing), "--config", str(tmp_path / "replylint.toml"))
    assert code == 2 and err == f"replylint: error: {missing}: файл не найден\n"


def test_the_locale_speaks_when_nothing_else_does(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANGUAGE", "uk_UA")
    monkeypatch.chdir(tmp_path)
    code, _, err = _cli("check", "--config", str(tmp_path / "absent.toml"), "x.txt")
    assert code == 2 and err == f"replylint: error: файл налаштувань не знайдено: {tmp_path / 'absent.toml'}\n"
    code, _, err = _cli("check", "-", "--fix", stdin=RU_REPLY)
    assert code == 2 and "щоб побачити виправлення, скористайтеся --diff" in err


def test_text_is_english_until_translated_and_survives_pickling() -> None:
    text = Text(
        "{where}: unknown key {key!r}{hint}",
        where="a{b}.toml",
        key="x",
        hint=Text(" (did you mean {rule}?)", rule=repr("y")),
    )
    assert text == "a{b}.toml: unknown key 'x' (did you mean 'y'?)"
    assert text.translated("ru") == "a{b}.toml: неизвестный ключ 'x' (возможно, имелось в виду 'y'?)"
    again = pickle.loads(pickle.dumps(ConfigError(text)))
    assert error_text(again, "uk") == "a{b}.toml: невідомий ключ 'x' (можливо, мали на увазі 'y'?)"
    assert error_text(ConfigError("plain", "two args"), "ru") == str(ConfigError("plain", "two args"))


def test_suppression_problems_speak_the_findings_language() -> None:
    report = lint("replylint: disable=Bad Id\n" + RU_REPLY, select=["length"])
    [bad] = [f for f in report.findings if f.rule == "invalid-suppression"]
    assert bad.message.startswith("директива replylint записана с ошибкой")
    assert type(bad.message) is str  # translated once, not a Text carried into the report


@pytest.mark.parametrize(
    ("lang", "late", "expected"),
    [
        ("ru", "Mon, 10 Nov 2025 19:28:00 +0300", "9 ч 28 мин"),
        ("uk", "Wed, 12 Nov 2025 14:00:00 +0300", "2 дні 4 год"),
        ("en", "Tue, 11 Nov 2025 10:00:00 +0300", "1 day"),
    ],
)
def test_response_time_durations_are_written_in_the_findings_language(lang: str, late: str, expected: str) -> None:
    original = "From: Ольга <olga@example.ru>\nSubject: Доставка\nDate: Mon, 10 Nov 2025 10:00:00 +0300\n\nКогда?\n"
    reply = f"From: Support <s@shop.example>\nTo: olga@example.ru\nSubject: Re: Доставка\nDate: {late}\n\n{RU_REPLY}"
    report = lint(reply, original, select=["response-time"], context={"message_language": lang})
    [finding] = report.findings
    assert expected in finding.message


def test_sendmail_report_is_in_the_reply_language() -> None:
    message = (
        "From: Support <s@shop.example>\nTo: olga@example.ru\nSubject: Заказ\n\nПривет!\n\nЗаказ 48213 "
        "привезут в четверг.\n\nПока!\n"
    ).encode()
    verdict = check_outgoing(message, config={"select": ["familiar-tone"]}, environ={})
    text = verdict.render()
    # «Привет!» (a greeting for friends) and «Пока!» (a goodbye for friends): two familiar-tone findings, plural form
    assert text.startswith("replylint: не отправлено: 2 замечания уровня warning или выше:\n  строка ")
    assert "Исправьте черновик и отправьте снова или отправьте его один раз без изменений с REPLYLINT_SKIP=1" in text
    broken = check_outgoing(message, config={"selct": []}, environ={})
    assert broken.render("uk").startswith("replylint: не надіслано: config: невідомий ключ 'selct'")


def test_show_settings_is_translated(tmp_path: Path) -> None:
    code, out, _ = _cli("check", "--show-settings", "--message-language", "uk", "--config", str(_config(tmp_path)))
    assert code == 0 and out.startswith(f"файл налаштувань: {tmp_path / 'replylint.toml'}\n")
    assert "language: визначається для кожної відповіді" in out and "include: " in out


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "replylint.toml"
    path.write_text('fail-on = "warning"\n', encoding="utf-8")
    return path


def test_help_is_in_the_asked_or_the_locale_language(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = _cli("check", "--help", "--message-language", "uk")
    assert code == 0 and "лист клієнта, на який відповідає відповідь" in out
    monkeypatch.setenv("LANGUAGE", "ru")
    _, out, _ = _cli("check", "--help")
    assert "письмо клиента, на которое отвечает ответ" in out
    _, out, _ = _cli("--help", "--message-language=en")
    assert "lint replies (files, .eml, or - for stdin)" in out
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()) as shown:
        main(["sendmail", "--help"], stderr=err)
    assert "Прочитать письмо целиком из stdin" in shown.getvalue()


def test_a_snake_case_option_is_an_error_with_the_hyphenated_name(tmp_path: Path) -> None:
    (tmp_path / "replylint.toml").write_text("[rules.length]\nmax_words = 200\n", encoding="utf-8")
    reply = tmp_path / "r.txt"
    reply.write_text(RU_REPLY, encoding="utf-8")
    code, _, err = _cli("check", str(reply), "--message-language", "ru")
    assert code == 2 and "нет параметра 'max_words' (возможно, имелось в виду 'max-words'?" in err
    with pytest.raises(ConfigError, match="did you mean 'max-words'"):
        lint(RU_REPLY, options={"length": {"max_words": 200}})
    assert lint(RU_REPLY, options={"length": {"max-words": 200}}) is not None
