"""Edge cases of greeting-name: where the name comes from, inflected and partial names, wrong names, options."""

from __future__ import annotations

from typing import Any

import pytest

from replylint import lint
from replylint.model import Report

BODY_EN = "\n\nYour order 48213 left our warehouse this morning and arrives on Thursday.\n\nKind regards,\nMarta"
BODY_RU = "\n\nЗаказ 48213 передан курьеру, он привезёт его в четверг.\n\nС уважением,\nМарина"
BODY_UK = "\n\nЗамовлення 48213 передано кур'єру, він привезе його в четвер.\n\nЗ повагою,\nМарина"


def _run(reply: str, original: str | None = None, **context: Any) -> Report:
    return lint(reply, original, context=context or None, select=["greeting-name"])


def _kinds(report: Report) -> list[str]:
    return [f.kind for f in report.by_rule("greeting-name")]


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Dear Mr Walsh,", "Peter Walsh"),
        ("Good afternoon Dr. Patel,", "Dr. Raj Patel"),
        ("Hello Anne-Marie,", "Anne-Marie Dubois"),
        ("Hi Zoe,", "Zoë"),
        ("Dear Anna and Mark,", "Mark Hughes"),
    ],
)
def test_english_forms_of_the_name(greeting: str, name: str) -> None:
    assert _kinds(_run(greeting + BODY_EN, language="en", customer_name=name)) == []


@pytest.mark.parametrize(
    ("lang", "greeting", "name", "kinds"),
    [
        # a nickname the customer never used is not their name; the full form for a short one is fine
        ("en", "Hi Tom,", "Thomas Brown", ["wrong-name"]),
        ("en", "Hi Kate,", "Katherine Moore", ["wrong-name"]),
        ("en", "Hi Katherine,", "Kate", []),
        ("ru", "Катя, здравствуйте!", "Екатерина Смирнова", ["wrong-name"]),
        ("ru", "Екатерина, здравствуйте!", "Катя", []),
        ("uk", "Добрий день, Олено!", "Елена", []),
        # a transliterated name is the same name
        ("en", "Hi Olga,", "Ольга Смирнова", []),
    ],
)
def test_short_forms_only_when_the_customer_used_them(lang: str, greeting: str, name: str, kinds: list[str]) -> None:
    body = {
        "en": BODY_EN,
        "ru": "\n\nЗаказ передан курьеру.\n\nС уважением,\nМарина",
        "uk": "\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
    }[lang]
    assert _kinds(_run(greeting + body, language=lang, customer_name=name)) == kinds


@pytest.mark.parametrize(
    ("greeting", "name", "lang"),
    [
        ("Иван Петрович, здравствуйте!", "Петров Иван", "ru"),
        ("Добрый день, Анна Сергеевна!", "Анна Сергеевна Котова", "ru"),
        ("Здравствуйте, господин Смирнов!", "Алексей Смирнов", "ru"),
        ("Наталья, добрый вечер!", "Наталия", "ru"),
        ("Добрий день, Олено Петрівно!", "Олена", "uk"),
        ("Доброго дня, пані Шевченко!", "Олена Шевченко", "uk"),
        ("Вітаю, Сергію!", "Serhii Bondar", "uk"),
    ],
)
def test_inflected_and_partial_names(greeting: str, name: str, lang: str) -> None:
    body = BODY_RU if lang == "ru" else BODY_UK
    assert _kinds(_run(greeting + body, language=lang, customer_name=name)) == []


@pytest.mark.parametrize(
    ("lang", "greeting", "name", "kinds"),
    [
        # a three-letter name is the same name across scripts: the whole word matches, only the script differs
        ("ru", "Том, здравствуйте!", "Tom Lee", []),
        ("en", "Hi Tom,", "Том Ли", []),
        ("uk", "Вітаю, Леве!", "Lev Shevchuk", []),
        ("ru", "Тим, здравствуйте!", "Tom Lee", ["wrong-name"]),
        # a Latin spelling of the Ukrainian vocative is the name as an agent who writes Ukrainian calls her
        ("en", "Dear Oleno,", "Олена Коваль", []),
        ("en", "Hi Serhiyu,", "Сергій Бондар", []),
        ("en", "Dear Ivane,", "Іван Петренко", []),
        # ... but only the vocative: another name's ending stays another name
        ("en", "Dear Ivana,", "Іван Петренко", ["wrong-name"]),
        ("en", "Hi Oleh,", "Ольга Коваль", ["wrong-name"]),
    ],
)
def test_names_across_scripts(lang: str, greeting: str, name: str, kinds: list[str]) -> None:
    body = {"en": BODY_EN, "ru": BODY_RU, "uk": BODY_UK}[lang]
    assert _kinds(_run(greeting + body, language=lang, customer_name=name)) == kinds


def test_name_from_the_original_from_header() -> None:
    original = "From: Olivia Grant <olivia.grant@example.com>\nSubject: Saturday\n\nDo you deliver on Saturdays?"
    report = _run("Hi there," + BODY_EN, original, language="en")
    [finding] = report.by_rule("greeting-name")
    assert finding.kind == "no-name"
    assert finding.data["name"] == "Olivia Grant"
    assert report.text[finding.start : finding.end] == "Hi there"
    assert finding.suggestion == "Hi Olivia,"


def test_name_from_the_reply_to_header() -> None:
    reply = (
        "From: Shop <help@shop.example>\nTo: Marcus Hill <marcus@example.com>\nSubject: Re: Desk\n\n"
        "Good morning," + BODY_EN
    )
    assert _kinds(_run(reply, language="en")) == ["no-name"]


def test_name_the_customer_signed_with_in_the_quote() -> None:
    reply = (
        "Hello," + BODY_EN + "\n\nOn Tue, 3 Jun 2025 at 21:04, Gary Mills <gary@example.com> wrote:\n"
        "> Where is my order?\n>\n> Gary"
    )
    assert _kinds(_run(reply, language="en")) == ["no-name"]
    assert _kinds(_run(reply.replace("Hello,", "Dear Gary,"), language="en")) == []


def test_company_display_name_is_not_a_customer_name() -> None:
    original = "From: Linen Lane Orders <orders@example.com>\n\nWhere is my order?"
    assert _kinds(_run("Hello," + BODY_EN, original, language="en")) == []


def test_wrong_name_reports_both_names() -> None:
    report = _run("Hi Sarah," + BODY_EN, "Is shade 214 discontinued?\n\nPriya", language="en")
    [finding] = report.by_rule("greeting-name")
    assert finding.kind == "wrong-name"
    assert (finding.data["name"], finding.data["found"]) == ("Priya", "Sarah")
    assert report.text[finding.start : finding.end] == "Sarah"


def test_wrong_surname_with_title() -> None:
    report = _run("Dear Ms Wood," + BODY_EN, "Can the table be extended?\n\nRegards,\nHelen Ward", language="en")
    assert _kinds(report) == ["wrong-name"]


def test_cyrillic_word_that_is_not_clearly_a_name_is_no_name_not_wrong_name() -> None:
    report = _run("Здравствуйте, Коллега!" + BODY_RU, language="ru", customer_name="Ольга")
    assert _kinds(report) == ["no-name"]


def test_placeholder_instead_of_name() -> None:
    report = _run("Hi {{first_name}}," + BODY_EN, "My cat food was charged twice.\n\nNathan", language="en")
    assert _kinds(report) == ["no-name"]


def test_no_name_known_and_no_greeting_is_still_missing() -> None:
    report = _run("Your order left today." + BODY_EN, language="en")
    [finding] = report.by_rule("greeting-name")
    assert finding.kind == "missing"
    assert report.text[finding.start : finding.end] == "Your order left today."
    assert finding.suggestion is None


def test_missing_greeting_suggests_one_with_the_name() -> None:
    report = _run("Замовлення передано." + BODY_UK, language="uk", customer_name="Олена")
    [finding] = report.by_rule("greeting-name")
    assert finding.kind == "missing" and finding.suggestion == "Добрий день, Олено!"


def test_missing_greeting_can_be_switched_off() -> None:
    report = lint(
        "Your order left today." + BODY_EN,
        context={"language": "en"},
        select=["greeting-name"],
        options={"greeting-name": {"require-greeting": False}},
    )
    assert report.by_rule("greeting-name") == []


def test_greeting_further_down_is_not_an_opening() -> None:
    report = _run(
        "Your order left today.\n\nHello Anna, it arrives Thursday." + BODY_EN, language="en", customer_name="Anna"
    )
    assert _kinds(report) == ["missing"]


def test_russian_and_ukrainian_spellings_of_one_name_match() -> None:
    import replylint

    body = "\n\nЗамовлення відправлено сьогодні, кур'єр привезе його завтра.\n\nЗ повагою,\nМарина"
    for greeting, name in (("Добрий день, Ірино!", "Ирина"), ("Добрий день, Наталіє!", "Наталья")):
        report = replylint.lint(greeting + body, context={"customer_name": name}, select=["greeting-name"])
        assert not report.findings, greeting
    other = replylint.lint("Добрий день, Олено!" + body, context={"customer_name": "Ирина"}, select=["greeting-name"])
    assert [f.data["kind"] for f in other.findings] == ["wrong-name"]


@pytest.mark.parametrize(
    ("reply", "original"),
    [
        (
            "Hi Olena,\n\nВаш заказ отправлен сегодня, номер для отслеживания пришлём в SMS.\n\nС уважением,\nМарина",
            "Где мой заказ?\nОлена",
        ),
        (
            "Привіт, Anna!\n\nYour order ships today; we will email you the tracking number.\n\nBest regards,\nDana",
            "Where is my order?\nAnna",
        ),
        (
            "Добрий день, Олено!\n\nВаш заказ отправлен сегодня, номер для отслеживания пришлём в SMS.\n\nС уважением,\n"  # noqa: E501 (a test's literal text)
            "Марина",
            "Где мой заказ?\nЕлена",
        ),
    ],
)
def test_a_greeting_in_another_of_our_languages_is_a_greeting(reply: str, original: str) -> None:
    assert not [f for f in lint(reply, original).findings if f.rule == "greeting-name"]


def test_a_greeting_in_another_language_still_needs_the_right_name() -> None:
    report = lint(
        "Hi Olga,\n\nВаш заказ отправлен сегодня, номер пришлём в SMS.\n\nС уважением,\nМарина",
        "Где мой заказ?\nИрина Петрова",
    )
    assert [f.kind for f in report.findings if f.rule == "greeting-name"] == ["wrong-name"]


@pytest.mark.parametrize(
    ("greeted", "signed"),
    [("Олено", "Елена"), ("Сергію", "Сергей"), ("Тетяно", "Татьяна"), ("Дарино", "Дарья"), ("Катерино", "Екатерина")],
)
def test_ukrainian_greeting_of_a_name_signed_in_russian(greeted: str, signed: str) -> None:
    report = lint(
        f"Добрий день, {greeted}!\n\nВаше замовлення відправлено сьогодні, номер надішлемо в SMS.\n\n"
        "З повагою,\nМарина",
        f"Где мой заказ?\n{signed}",
    )
    assert not [f for f in report.findings if f.rule == "greeting-name"]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Anna & Boris & Carl & Dana & Eve & Fred & Gina,",
        "Hi Anna Thank You For Choosing Volt And Co We Hope You Enjoy It",
    ],
)
def test_a_long_addressee_line_still_uses_the_name(greeting: str) -> None:
    report = lint(f"{greeting}\n\nYour parcel ships today.\n\nKind regards,\nDana", "Where is it?\nAnna Smith")
    assert not [f for f in report.findings if f.rule == "greeting-name"]


def test_listed_variants_match_across_scripts() -> None:
    report = lint(
        "Добрый день, Александр!\n\nYour parcel ships today from Kyiv.\n\nKind regards,\nDana",
        "Where is my parcel?\nOleksandr",
    )
    assert not [f for f in report.findings if f.rule == "greeting-name"]


@pytest.mark.parametrize(
    ("salutation", "body", "name"),
    [
        ("Dear Valued Customer,", BODY_EN, "Anna Smith"),
        ("Dear Sir/Madam,", BODY_EN, "Eleanor Hughes"),
        ("Уважаемый клиент!", BODY_RU, "Иван Петров"),
        ("Здравствуйте, уважаемый покупатель!", BODY_RU, "Роман"),
        ("Шановний клієнте!", BODY_UK, "Тарас Шевчук"),
        ("Шановний покупцю!", BODY_UK, "Геннадій Білик"),
    ],
)
def test_a_generic_salutation_is_reported_once_by_mass_mailing(salutation: str, body: str, name: str) -> None:
    """Both rules used to report the same line with the same advice; mass-mailing owns it (and suggests the name)."""
    report = lint(salutation + body, context={"customer_name": name}, select=["greeting-name", "mass-mailing"])
    assert [(f.rule, f.kind, f.line) for f in report.findings] == [("mass-mailing", "generic-salutation", 1)]
    [finding] = report.findings
    assert finding.suggestion and name.split(maxsplit=1)[0][:3] in finding.suggestion


@pytest.mark.parametrize(
    ("greeting", "body", "name"),
    [
        ("Hello,", BODY_EN, "Anna Smith"),
        ("Good morning!", BODY_EN, "Anna Smith"),
        ("Здравствуйте!", BODY_RU, "Иван Петров"),
        ("Доброго дня!", BODY_UK, "Тарас Шевчук"),
    ],
)
def test_a_greeting_without_the_known_name_is_still_greeting_names(greeting: str, body: str, name: str) -> None:
    report = lint(greeting + body, context={"customer_name": name}, select=["greeting-name", "mass-mailing"])
    assert [(f.rule, f.kind) for f in report.findings] == [("greeting-name", "no-name")]


@pytest.mark.parametrize(
    ("lang", "greeting", "name", "kinds"),
    [
        # a vocative spelling no dictionary lists, of a name it knows: any spelling of the name counts
        ("uk", "Добрий день, Іллє!", "Ілля Савчук", []),
        ("ru", "Здравствуйте, Ильє!", "Илья Соколов", []),
        ("uk", "Добрий день, Іллє!", "Ілько Савчук", ["no-name"]),
        # names of their own, each a form the dictionaries know, stay apart
        ("uk", "Добрий день, Іване!", "Іванна Савчук", ["wrong-name"]),
        ("uk", "Добрий день, Іванно!", "Іван Савчук", ["wrong-name"]),
        ("ru", "Здравствуйте, Ольга!", "Олег Смирнов", ["wrong-name"]),
        ("ru", "Здравствуйте, Маша!", "Саша Смирнова", ["wrong-name"]),
    ],
)
def test_unlisted_spellings_of_a_name_and_names_that_stay_apart(
    lang: str, greeting: str, name: str, kinds: list[str]
) -> None:
    body = BODY_UK if lang == "uk" else BODY_RU
    assert _kinds(_run(greeting + body, language=lang, customer_name=name)) == kinds


def test_an_english_name_has_no_inflections_to_match() -> None:
    assert _kinds(_run("Hi Ann," + BODY_EN, language="en", customer_name="Anna Smith")) == ["wrong-name"]


@pytest.mark.parametrize(
    ("lang", "greeting", "signed", "footer", "body"),
    [
        ("ru", "Юля, здравствуйте!", "Юля", "Отправлено с iPhone", BODY_RU),
        ("uk", "Добрий день, Юлю!", "Юля", "Надіслано з iPhone", BODY_UK),
        ("en", "Hi Maggie,", "Maggie", "Sent from my iPhone", BODY_EN),
    ],
)
def test_the_name_signed_above_a_mobile_footer(lang: str, greeting: str, signed: str, footer: str, body: str) -> None:
    full = {"ru": "Юлия Зайцева", "uk": "Юлія Зайцева", "en": "Margaret Ellis"}[lang]
    original = f"From: {full} <customer@example.com>\nSubject: Order\n\nWhere is my order 48213?\n\n{signed}\n{footer}"
    assert _kinds(_run(greeting + body, original, language=lang)) == []
    # the short form the customer never signed with stays the wrong name
    unsigned = original.replace(f"\n\n{signed}\n", "\n\n")
    assert _kinds(_run(greeting + body, unsigned, language=lang)) == ["wrong-name"]


@pytest.mark.parametrize(
    ("lang", "greeting", "last_line", "signed", "kinds"),
    [
        # a sentence finished inside its closing quote, the name on the next line
        ("ru", "Катя, здравствуйте!", "Надпись: «С днём рождения, мама!»", "Катя", []),
        ("uk", "Добрий день, Юлю!", "Напис: «З днем народження!»", "Юля", []),
        ("en", "Hi Maggie,", 'The card should say "Happy birthday, Mum!"', "Maggie", []),
        # a quote that ends no sentence leaves the next line part of the letter, not its signature
        ("ru", "Катя, здравствуйте!", "Надпись: «С днём рождения»", "Катя", ["wrong-name"]),
    ],
)
def test_the_name_signed_under_a_quoted_sentence(
    lang: str, greeting: str, last_line: str, signed: str, kinds: list[str]
) -> None:
    full = {"ru": "Екатерина Соловьёва", "uk": "Юлія Зайцева", "en": "Margaret Ellis"}[lang]
    body = {"ru": BODY_RU, "uk": BODY_UK, "en": BODY_EN}[lang]
    head = f"From: {full} <customer@example.com>\nSubject: Cake\n\n"
    original = f"{head}Can I order a cake for Saturday? {last_line}\n{signed}"
    assert _kinds(_run(greeting + body, original, language=lang)) == kinds
