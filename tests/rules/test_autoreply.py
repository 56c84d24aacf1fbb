"""Edge cases of autoreply: what makes a reply an acknowledgement, and what counts as a time or an alternative."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang, Severity


def _kinds(lang: Lang, body: str) -> list[str]:
    report = lint(body, context={"language": lang}, select=["autoreply"])
    return sorted(f.kind for f in report.by_rule("autoreply"))


EN = "Hello,\n\n{}\n\nKind regards,\nThe Support Team"
RU = "Здравствуйте!\n\n{}\n\nС уважением,\nСлужба поддержки"
UK = "Добрий день!\n\n{}\n\nЗ повагою,\nслужба підтримки"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # the answer follows the acknowledgement in the same sentence or the next one
        ("en", EN.format("We've received your email and refunded £20 to your card today.")),
        ("ru", RU.format("Мы получили ваше письмо. Заказ отправлен сегодня, трек-номер 8001234.")),
        ("uk", UK.format("Ваш лист отримано, замовлення скасовано.")),
        # "back in stock" after "once we're back" is an answer, not a holiday notice's promise
        ("en", EN.format("Thanks for your message. The blue ones sold out; once we're back in stock we'll email you.")),
        # something else was received
        ("en", EN.format("We've received your parcel back and will refund you within 3 days.")),
        # a future "you will receive" is not an acknowledgement
        ("ru", RU.format("Письмо с инструкцией вы получите сегодня до 18:00.")),
        # an acknowledgement quoted from another mail
        (
            "en",
            EN.format(
                'The courier\'s system replied "we have received your request", nothing more. '
                "Your new parcel leaves tomorrow."
            ),
        ),
    ],
)
def test_not_an_autoreply(lang: Lang, body: str) -> None:
    assert _kinds(lang, body) == []


def test_vague_promise_is_not_a_time_and_severities_differ() -> None:
    body = EN.format("Thanks for your message. We've received your request and will get back to you shortly.")
    report = lint(body, context={"language": "en"}, select=["autoreply"])
    found = {f.kind: f.severity for f in report.by_rule("autoreply")}
    assert found == {"no-timeframe": Severity.WARNING, "no-alternatives": Severity.INFO}


def test_time_in_the_registration_stamp_is_not_a_timeframe() -> None:
    body = RU.format(
        "Ваше обращение от 12.11.2025 10:15 зарегистрировано. Мы обязательно ответим вам. "
        "Ответы на частые вопросы: https://shop.example/faq"
    )
    assert _kinds("ru", body) == ["no-timeframe"]


def test_office_hours_are_not_a_timeframe() -> None:
    body = UK.format(
        "Ваш лист отримано. Ми працюємо щодня з 9:00 до 18:00, графік роботи є на сайті https://shop.example/contacts."
    )
    assert _kinds("uk", body) == ["no-timeframe"]


def test_call_back_time_counts_as_the_timeframe() -> None:
    body = RU.format("Ваша заявка принята. Мы перезвоним вам в течение 15 минут.")
    assert _kinds("ru", body) == []


def test_help_link_in_the_signature_counts() -> None:
    body = (
        "Hello,\n\nYour request has been received and we will reply within one working day.\n\n"
        "Kind regards,\nThe Support Team\n-- \nHelp centre: https://shop.example/help"
    )
    assert _kinds("en", body) == []


def test_ticket_number_between_words() -> None:
    body = EN.format("Your ticket #48211 has been created. We will respond as soon as possible.")
    assert _kinds("en", body) == ["no-alternatives", "no-timeframe"]


def test_acknowledgement_late_in_a_long_answer_is_not_an_autoreply() -> None:
    body = EN.format(
        "The cable is 1 metre long. The speaker charges in two hours. It plays for twelve hours. "
        "We have received your message about the colour too."
    )
    assert _kinds("en", body) == []


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "en",
            EN.format(
                "Thanks for reaching out! We've got your message and someone from our team will be in touch soon."
            ),
            ["no-alternatives", "no-timeframe"],
        ),
        (
            "ru",
            RU.format("Ваша заявка №123 принята в работу. Мы свяжемся с вами в течение 2 часов."),
            ["no-alternatives"],
        ),
        (
            "uk",
            UK.format("Ваше звернення зареєстроване за номером 555. Ми зв'яжемося з Вами найближчим часом."),
            ["no-alternatives", "no-timeframe"],
        ),
        (
            "ru",
            RU.format(
                "Спасибо за обращение! Ваше письмо получено, номер обращения 7781. Пожалуйста, не "
                "отвечайте на это письмо."
            ),
            ["no-alternatives", "no-timeframe"],
        ),
        # a reply promised for "as soon as we are back" is a holiday notice's promise, and no time
        (
            "uk",
            UK.format(
                "Дякуємо за лист. Магазин зачинено на травневі свята, ми відповімо, щойно повернемося. Відповіді на "
                "часті питання: https://shop.example/faq"
            ),
            ["no-timeframe"],
        ),
        (
            "ru",
            RU.format("Магазин закрыт на праздники, ответим, как только вернёмся."),
            ["no-alternatives", "no-timeframe"],
        ),
        (
            "en",
            EN.format("Our shop is closed for the holidays. We will reply as soon as we return."),
            ["no-alternatives", "no-timeframe"],
        ),
    ],
)
def test_acknowledgement_wordings(lang: Lang, body: str, expected: list[str]) -> None:
    assert _kinds(lang, body) == expected


def test_an_acknowledgement_does_not_reach_into_the_previous_sentence() -> None:
    body = RU.format("Спасибо за обращение! Ваше письмо получено.")
    report = lint(body, context={"language": "ru"}, select=["autoreply"])
    assert {report.text[f.start : f.end] for f in report.by_rule("autoreply")} == {"письмо получено"}


def test_ticket_sales_wording_is_an_answer() -> None:
    body = EN.format("We've received your request. Your tickets for Saturday's show were sent to your email.")
    assert _kinds("en", body) == []


@pytest.mark.parametrize(
    ("header", "automatic"),
    [
        ("Auto-Submitted: auto-replied", True),
        ("Auto-Submitted: auto-generated", True),
        ("Auto-Submitted: no", False),
        ("X-Autoreply: yes", True),
        ("X-Autorespond: vacation", True),
        ("Precedence: auto_reply", True),
        ("Precedence: bulk", False),
        ("X-Auto-Response-Suppress: All", False),
    ],
)
def test_headers_mark_a_reply_as_automatic(header: str, automatic: bool) -> None:
    """RFC 3834's Auto-Submitted and its common variants make a reply an autoreply without a formula in it."""
    raw = (
        f"From: Volt <support@volt.example>\nTo: Sam <sam@example.com>\nSubject: Re: order\n{header}\n\n"
        "Hello,\n\nA member of our team will be in touch.\n\nVolt & Co\n"
    )
    found = lint(raw.encode(), context={"language": "en"}, select=["autoreply"]).by_rule("autoreply")
    assert bool(found) is automatic


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        (
            "en",
            "Hello,\n\nThank you for contacting Volt & Co. We have received your message and will get back to you."
            "\n\nThe Volt & Co Support Team",
        ),
        ("ru", "Здравствуйте!\n\nВаше обращение получено. Мы ответим как можно скорее.\n\nСлужба поддержки «ТехноДом»"),
        ("uk", "Добрий день!\n\nВаш лист отримано. Ми відповімо найближчим часом.\n\nСлужба підтримки «ТехноДім»"),
        ("en", "Hello,\n\nWe have received your message and will respond in due course.\n\nKind regards,\nVolt & Co"),
        (
            "ru",
            "Здравствуйте!\n\nНаш офис не работает до 8 января. Мы ответим, когда вернёмся.\n\nС уважением,\nТехноДом",
        ),
        ("uk", "Добрий день!\n\nВаша заявка (№48211) отримана і розглядається.\n\nЗ повагою,\nТехноДім"),
    ],
)
def test_acknowledgements_without_a_sign_off_or_with_helpdesk_wording_are_recognised(lang: str, reply: str) -> None:
    kinds = {f.kind for f in lint(reply, context={"language": lang}, select=["autoreply"]).by_rule("autoreply")}
    assert "no-alternatives" in kinds  # recognised as an autoreply at all


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "We have your message (case 61207), and one of our team will reply within one working day."),
        ("ru", "Спасибо за письмо, наш специалист ответит в течение одного рабочего дня."),
        ("uk", "Дякуємо за лист, наш фахівець відповість протягом одного робочого дня."),
    ],
)
def test_a_reply_marked_automatic_by_its_headers_may_give_its_time_in_the_first_sentence(
    lang: str, sentence: str
) -> None:
    """With no acknowledging words to skip, the whole first sentence is where the promise and its time may be."""
    raw = (
        "From: Volt <support@volt.example>\nTo: Sam <sam@example.com>\nSubject: Re: order\n"
        f"Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\n{sentence}\n\nVolt & Co\n"
    )
    found = lint(raw.encode(), context={"language": lang}, select=["autoreply"]).by_rule("autoreply")
    assert "no-timeframe" not in {f.kind for f in found}
    later = raw.replace(sentence, sentence.split(",", maxsplit=1)[0] + ".")
    found = lint(later.encode(), context={"language": lang}, select=["autoreply"]).by_rule("autoreply")
    assert "no-timeframe" in {f.kind for f in found}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a ticket number between the noun and the verb, in brackets or bare, however many tokens it takes
        ("ru", RU.format("Ваша заявка (№71230-118) принята и передана специалисту.")),
        ("ru", RU.format("Ваше обращение [#71230/118-Б] зарегистрировано.")),
        ("uk", UK.format("Ваше звернення (№ 55-A) отримано.")),
        ("uk", UK.format("Ваш запит #4411-2-7 зареєстровано.")),
        ("en", EN.format("Your request #4411-2-7 has been received.")),
        ("en", EN.format("Your request (ticket #4411-2, opened 12.11) has been received.")),
    ],
)
def test_an_acknowledgement_with_a_long_ticket_number_between_its_words(lang: Lang, body: str) -> None:
    assert _kinds(lang, body) == ["no-alternatives", "no-timeframe"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # the number's brackets hold words, not a number: an aside, so no acknowledgement is joined across it
        ("en", EN.format("Your request (the one about the lamp) has been received and the lamp ships today.")),
        # an answer after the numbered acknowledgement
        ("ru", RU.format("Ваша заявка (№71230-118) принята, замену ножки отправили сегодня курьером.")),
        ("uk", UK.format("Ваше звернення (№ 55-A) отримано, кошти повернули на картку.")),
    ],
)
def test_a_numbered_acknowledgement_followed_by_an_answer_is_not_an_autoreply(lang: Lang, body: str) -> None:
    assert _kinds(lang, body) == []


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Thanks for your message! The studio is closed over Christmas and New Year. "
            "We'll reply to all emails when we reopen.",
        ),
        (
            "en",
            "Thanks for your email! Our shop will be closed over the holidays. We'll get back to you once we reopen.",
        ),
        ("ru", "Спасибо за письмо! Магазин не работает до праздников, ответим, когда вернёмся."),
        ("ru", "Спасибо за письмо! Мы на праздниках. Ответим всем после открытия."),
        ("uk", "Дякуємо за лист! Ми на святах, відповімо після повернення."),
        ("uk", "Дякуємо за лист! Крамниця не працює до свят. Відповімо всім, коли відкриємося."),
    ],
)
def test_a_closure_notice_after_thanks_is_an_autoreply(lang: Lang, body: str) -> None:
    fmt = {"en": EN, "ru": RU, "uk": UK}[lang]
    assert "no-timeframe" in _kinds(lang, fmt.format(body))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # an answer next to the closure notice: a person wrote it
        (
            "en",
            "Thanks for your message! The bench is finished with hard-wax oil. The studio is closed over Christmas "
            "and New Year.",
        ),
        ("en", "Thanks for your message! The studio is closed over Christmas and Anna has already sent your bench."),
        ("ru", "Спасибо за письмо! Скатерть льняная. Магазин не работает до праздников."),
        ("uk", "Дякуємо за лист! Скатертина лляна. Ми на святах, відповімо на інші питання після повернення."),
    ],
)
def test_a_closure_notice_with_an_answer_is_not_an_autoreply(lang: Lang, body: str) -> None:
    fmt = {"en": EN, "ru": RU, "uk": UK}[lang]
    assert _kinds(lang, fmt.format(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Здравствуйте!\n\nСпасибо, ваше обращение получено. Офис не работает по понедельникам. Мы обязательно "
        "ответим вам, как только сможем.\n\nС уважением,\nКоманда «Дерево»",
        "Hello,\n\nThanks, your message has been received. The studio is closed over Christmas. We'll reply when "
        "we reopen.\n\nKind regards,\nTimber & Twine",
    ],
)
def test_a_closure_with_no_end_date_gives_no_timeframe(body: str) -> None:
    lang = "ru" if "Офис" in body else "en"
    report = lint(body, context={"language": lang}, select=["autoreply"])
    assert "no-timeframe" in [f.kind for f in report.findings]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a wish shaped like a closing above the team's name closes the letter; after-hours is a formula
        ("ru", "Здравствуйте!\n\nВаше письмо получено. Сейчас нерабочее время, мы ответим при первой возможности."
               "\n\nХорошей ночи!\nФлористы «Цветы района»"),
        ("uk", "Добрий день!\n\nВаш лист отримано. Зараз неробочий час, ми відповімо щойно зможемо.\n\n"
               "Гарної ночі!\nФлористи «Квіти району»"),
        # a time inside the closure says when it is closed, not when the answer comes
        ("en", "Hello,\n\nThanks for your email. Our office is closed at the weekend, and our team will respond "
               "shortly.\n\nBest regards,\nPaper & Ink Customer Care"),
    ],
)  # fmt: skip
def test_round_11_acknowledgements_with_no_time(lang: Lang, body: str) -> None:
    report = lint(body, context={"language": lang}, select=["autoreply"])
    assert "no-timeframe" in [f.kind for f in report.findings]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Hello,\n\nYour enquiry has been received. We answer every email within two working days.\n\n"
               "Best wishes,\nThe Nordhaus Trade Team"),
        ("ru", "Здравствуйте!\n\nВаше обращение получено. Отвечаем на письма в течение двух рабочих дней.\n\n"
               "С уважением,\nКоманда «Нордхаус»"),
        ("uk", "Добрий день!\n\nВаше звернення отримано. Відповідаємо на листи протягом двох робочих днів.\n\n"
               "З повагою,\nКоманда «Нордхаус»"),
    ],
)  # fmt: skip
def test_a_standing_promise_with_a_time_gives_the_timeframe(lang: Lang, body: str) -> None:
    report = lint(body, context={"language": lang}, select=["autoreply"])
    assert "no-timeframe" not in [f.kind for f in report.findings]
