"""Edge cases of sign-off: where the name may be, what is not a name, the signature block, options."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Report

OPEN_EN = "Hi Anna,\n\nYour order 48213 left our warehouse this morning and arrives on Thursday.\n\n"
OPEN_RU = "Здравствуйте, Ольга!\n\nЗаказ 48213 передан курьеру, он привезёт его в четверг.\n\n"
OPEN_UK = "Добрий день, Олено!\n\nЗамовлення 48213 передано кур'єру, він привезе його в четвер.\n\n"


def _run(reply: str, lang: str = "en") -> Report:
    return lint(reply, context={"language": lang}, select=["sign-off"])


def _kinds(report: Report) -> list[str]:
    return [f.kind for f in report.by_rule("sign-off")]


@pytest.mark.parametrize(
    ("ending", "lang"),
    [
        ("Best,\nAl", "en"),
        ("Cheers!\nTom", "en"),
        ("Regards\nJohn Smith\nHead of Support", "en"),
        ("Thanks for your patience.\nHarriet", "en"),
        ("Best regards,\n\nJohn Smith | Customer Care | Acme\n+44 20 7946 0000", "en"),
        (
            "Kind regards,\nJenna Walsh\n\nThis email and any attachments are confidential and intended solely for the "
            "addressee.",
            "en",
        ),
        ("Have a great day!\n\nBest,\nSarah", "en"),
        ("Thanks,\n\nJohn\n\nP.S. Your discount code is BEN10.", "en"),
        ("С уважением, Марина Ковалёва", "ru"),
        ("Спасибо, что выбрали нас!\nМарина", "ru"),
        ("Хорошего дня!\n\nМенеджер Ирина", "ru"),
        ("С уважением,\nДарья, служба заботы о клиентах «Косметика+»", "ru"),
        ("Дякуємо за звернення!\nОлександра, служба підтримки", "uk"),
        ("З повагою,\nсервісний центр «ТехноДім»", "uk"),
        ("З повагою,\nкоманда інтернет-магазину «Сонечко»", "uk"),
        # what the shop is, in lower case, then its name in quotes
        ("З повагою,\nквіти «Півонія»", "uk"),
        ("З повагою,\nкнижковий магазин «Сова»", "uk"),
        ("С уважением,\nцветы «Роза»", "ru"),
        # a role in lower case before the name
        ("С уважением,\nфармацевт Алёна Кравец\nаптека «Здравица»", "ru"),
        ("З повагою,\nменеджерка Олена Коваль", "uk"),
    ],
)
def test_signed_replies(ending: str, lang: str) -> None:
    opening = {"en": OPEN_EN, "ru": OPEN_RU, "uk": OPEN_UK}[lang]
    assert _kinds(_run(opening + ending, lang)) == []


@pytest.mark.parametrize(
    ("ending", "lang", "kind"),
    [
        ("Let me know if you have any other questions.\n\nJake", "en", "missing"),
        ("Thanks for your patience.", "en", "no-name"),
        ("Kind regards,\nSent from my iPhone", "en", "no-name"),
        ("Thanks,\nLet me know if anything else comes up.", "en", "no-name"),
        ("Shipped today. Best regards from all of us here!", "en", "missing"),
        ("Всего доброго!", "ru", "no-name"),
        ("С уважением,\n{{agent_name}}", "ru", "no-name"),
        ("Марина\nСлужба поддержки", "ru", "missing"),
        ("Гарного дня!", "uk", "no-name"),
        ("С уважением,\nзвоните Ольге", "ru", "no-name"),  # an instruction naming someone is not who signs
        ("З повагою,\nтелефонуйте Олені", "uk", "no-name"),
        ("С уважением,\nскоро Ольга", "ru", "no-name"),
        ("З повагою,\nдякуємо за «Лапки»", "uk", "no-name"),  # a sentence, not what the shop is
        ("З повагою,\nчекаємо «Лапки»", "uk", "no-name"),
        ("Thanks,\nemail Amy Reid", "en", "no-name"),
        ("Thanks,\n• \u2003,", "en", "no-name"),  # only a bullet and a wide space under the closing: no crash
    ],
)
def test_unsigned_replies(ending: str, lang: str, kind: str) -> None:
    opening = {"en": OPEN_EN, "ru": OPEN_RU, "uk": OPEN_UK}[lang]
    assert _kinds(_run(opening + ending, lang)) == [kind]


def test_body_line_starting_with_thanks_is_not_a_closing() -> None:
    report = _run("Hi Anna,\n\nThanks! Your order shipped today.\n\nMarta")
    [finding] = report.by_rule("sign-off")
    assert finding.kind == "missing"
    assert report.text[finding.start : finding.end] == "Marta"


def test_quote_the_splitter_missed_does_not_hide_the_sign_off() -> None:
    reply = OPEN_EN + "Best wishes,\nChloe\nGlow Apothecary\n\n> Can I use it on my face?\n>\n> Hannah"
    assert _kinds(_run(reply)) == []


def test_no_name_points_at_the_closing_and_suggests_a_name() -> None:
    report = _run(OPEN_EN + "Kind regards,\nhttps://shop.example")
    [finding] = report.by_rule("sign-off")
    assert report.text[finding.start : finding.end] == "Kind regards"
    assert finding.data["closing"] == "Kind regards"
    assert finding.suggestion == "Kind regards,\n<your name>"


def test_closing_in_the_signature_block() -> None:
    reply = OPEN_EN.rstrip() + "\n-- \nKind regards,\nOliver\nLinen Lane"
    report = _run(reply)
    assert _kinds(report) == []


def test_name_may_be_left_out_by_option() -> None:
    report = lint(
        OPEN_EN + "Kind regards,",
        context={"language": "en"},
        select=["sign-off"],
        options={"sign-off": {"require-name": False}},
    )
    assert report.by_rule("sign-off") == []


def test_window_limits_how_far_up_a_closing_may_be() -> None:
    tail = "\n".join(f"Line {i} of the legal notice" for i in range(6))
    reply = OPEN_EN + "Kind regards,\nMarta\n" + tail
    assert _kinds(_run(reply)) == []
    report = lint(reply, context={"language": "en"}, select=["sign-off"], options={"sign-off": {"window": 3}})
    assert [f.kind for f in report.by_rule("sign-off")] == ["missing"]


def test_suggestions_are_in_the_reply_language() -> None:
    [missing] = _run(OPEN_UK + "Замовлення вже в дорозі.", "uk").by_rule("sign-off")
    assert missing.suggestion == "З повагою,\n<ваше ім'я>"
    [no_name] = _run(OPEN_RU + "Спасибо за обращение!", "ru").by_rule("sign-off")
    assert no_name.suggestion == "Спасибо за обращение!\n<ваше имя>"


def test_a_merge_field_signs_a_template() -> None:
    import replylint

    template = (
        "Hi {{ customer.first_name }},\n\nYour order left the warehouse today.\n\nKind regards,\n{{ agent.first_name }}"
    )
    assert not replylint.lint(template, context={"template": True}, select=["sign-off"]).findings
    rendered_badly = replylint.lint(template, select=["sign-off"]).findings
    assert [f.data["kind"] for f in rendered_badly] == ["no-name"]


@pytest.mark.parametrize(
    ("reply", "lang"),
    [
        (
            "Здравствуйте!\n\nНаш офис закрыт до 9 января, ответим после праздников.\n\nС наступающим Новым годом!\n"
            "Команда «Ёлкин двор»",
            "ru",
        ),
        ("Вітаємо!\n\nНаш офіс зачинено до 9 січня, відповімо після свят.\n\nЗі святами!\nКоманда «Ялинка»", "uk"),
    ],
)
def test_a_seasonal_greeting_over_the_team_name_closes_the_letter(reply: str, lang: str) -> None:
    assert _kinds(_run(reply, lang)) == []


@pytest.mark.parametrize(
    ("lang", "reply", "original"),
    [
        (
            "en",
            "Hi Tom,\n\nYes, we collect the old fridge when we deliver the new one.\n\nBest regards,\nKate, Cool Co"
            "\n\nGood morning!\nCan you take away my old fridge when you bring the new one?\nThanks!",
            "Good morning!\nCan you take away my old fridge when you bring the new one?\nThanks!",
        ),
        (
            "ru",
            "Здравствуйте, Филипп!\n\nДа, старый холодильник заберут при доставке.\n\nС уважением,\nКирилл, "
            "«Холод Сервис»\n\nДобрый день!\nМожно сдать старый холодильник, когда привезут новый?\nФилипп",
            "Добрый день!\nМожно сдать старый холодильник, когда привезут новый?\nФилипп",
        ),
        (
            "uk",
            "Добрий день, Філіпе!\n\nТак, старий холодильник заберуть під час доставки.\n\nЗ повагою,\nКирило, "
            "«Холод Сервіс»\n\nДобрий день!\nЧи можна здати старий холодильник, коли привезуть новий?\nФіліп",
            "Добрий день!\nЧи можна здати старий холодильник, коли привезуть новий?\nФіліп",
        ),
    ],
)
def test_the_customers_message_pasted_under_the_name_is_not_searched_for_the_closing(
    lang: str, reply: str, original: str
) -> None:
    report = lint(reply, original, context={"language": lang}, select=["sign-off"])
    assert _kinds(report) == []


@pytest.mark.parametrize(
    ("lang", "reply", "kinds"),
    [
        ("ru", "Здравствуйте!\n\nЗаказ передан курьеру.\n\nДобрый день!", ["missing"]),
        ("uk", "Вітаю!\n\nЗамовлення передано кур'єру.\n\nДобрий день!", ["missing"]),
        ("uk", "Вітаю!\n\nЗамовлення передано кур'єру.\n\nДоброго дня!", ["no-name"]),
        ("ru", "Здравствуйте!\n\nЗаказ передан курьеру.\n\nДоброго дня!\nМарина", []),
    ],
)
def test_a_greeting_is_not_a_closing_but_a_formula_that_is_both_closes(lang: str, reply: str, kinds: list[str]) -> None:
    assert _kinds(_run(reply, lang)) == kinds
