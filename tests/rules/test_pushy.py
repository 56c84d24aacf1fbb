"""Edge cases of pushy: facts that look like urgency, negations, echoes of the customer, and counting calls."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang


def _found(
    lang: Lang, body: str, original: str | None = None, options: dict[str, dict[str, int]] | None = None
) -> list[tuple[str, str]]:
    report = lint(body, original, context={"language": lang}, select=["pushy"], options=options)
    return [(f.kind, report.text[f.start : f.end]) for f in report.by_rule("pushy")]


EN = "Hi Sam,\n\n{}\n\nKind regards,\nTom"
RU = "Анна, здравствуйте!\n\n{}\n\nС уважением,\nМарина"
UK = "Олено, добрий день!\n\n{}\n\nЗ повагою,\nМарина"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", EN.format("If you're in a hurry, choose express delivery at checkout.")),
        ("en", EN.format("There's no need to hurry: the size exchange is free for 30 days.")),
        ("en", EN.format("The spring offer expired last week, so the code no longer works.")),
        ("en", EN.format("Your parcel reached our depot only today, so it will arrive on Friday.")),
        (
            "ru",
            RU.format(
                "Мы спешим сообщить, что заказ собран. Если успеете забрать его до 20:00, он будет у вас сегодня."
            ),
        ),
        ("ru", RU.format("Не торопитесь с решением: вернуть товар можно в течение 14 дней.")),
        ("ru", RU.format("Куртка лежит в разделе «Последний шанс» и стоит 4 900 рублей.")),
        ("uk", UK.format("Ми встигнемо доставити замовлення до суботи. Не поспішайте з оплатою.")),
    ],
)
def test_facts_stay_quiet(lang: Lang, body: str) -> None:
    assert _found(lang, body) == []


def test_customer_own_words_are_echoed_not_pressure() -> None:
    original = "Hi,\n\nIs the Alder desk in your Last Chance section?\n\nImran"
    body = EN.format("Yes, the Alder desk is in our Last Chance section at £149.")
    assert _found("en", body, original) == []
    assert _found("en", body) == [("pressure", "Last Chance")]


def test_contextual_urgency_needs_a_sales_sentence() -> None:
    assert _found("en", EN.format("Don't wait for the courier to call; he rings the bell.")) == []
    assert _found("en", EN.format("The deal won't last, so don't wait.")) == [
        ("pressure", "won't last"),
        ("pressure", "don't wait"),
    ]


def test_calls_are_counted_across_the_reply() -> None:
    two = RU.format("Закажите сегодня. Оформите заказ на завтра.")
    assert _found("ru", two) == []
    three = RU.format("Закажите сегодня. Оформите заказ на завтра. Купите сразу два.")
    assert _found("ru", three) == [("repeated-call", "Купите")]
    assert _found("ru", two, options={"pushy": {"min-calls": 2}}) == [("repeated-call", "Оформите заказ")]


def test_a_service_step_is_not_a_call_to_order() -> None:
    """«Оформите обмен/возврат/доставку» tells the customer how to use a service, it does not sell."""
    steps = RU.format("Оформите обмен в личном кабинете. Оформите возврат там же. Оформите доставку на завтра.")
    assert _found("ru", steps, options={"pushy": {"min-calls": 2}}) == []
    uk = UK.format("Оформіть обмін в особистому кабінеті, а потім оформіть повернення.")
    assert _found("uk", uk, options={"pushy": {"min-calls": 2}}) == []


def test_buy_now_pay_later_is_a_payment_option() -> None:
    assert _found("en", EN.format("We offer buy now, pay later through Klarna at checkout.")) == []


def test_answering_an_until_when_question_is_not_pressure() -> None:
    body = RU.format("Да, скидка действует только сегодня, до 23:59.")
    asked = "Добрый день! До какого числа действует скидка на наушники?\nИгорь"
    assert _found("ru", body, asked) == []
    assert _found("ru", body, "Добрый день! Есть ли наушники в наличии?\nИгорь") == [("pressure", "только сегодня")]
    # a strong phrase is pressure even in an answer to a timing question
    assert _found("ru", RU.format("Успейте: скидка действует только сегодня."), asked) == [("pressure", "Успейте")]


@pytest.mark.parametrize(
    ("lang", "body", "original"),
    [
        # a price rise told as a fact, in answer to the customer's question about the price, informs
        (
            "uk",
            UK.format("Ціна зросла, бо постачальник з 1 липня підняв закупівельні ціни на 20%."),
            "Добрий день! Чому ціна на каструлі так зросла?",
        ),
        (
            "ru",
            RU.format("Цена выросла, потому что поставщик с 1 июля поднял закупочные цены на 20%."),
            "Здравствуйте! Почему цена на кастрюли так выросла?",
        ),
        (
            "en",
            EN.format("The price went up because our supplier raised its prices by 20% on 1 July."),
            "Hello, why has the price of the pan set gone up so much?",
        ),
        ("uk", UK.format("Так, ціни на цю серію подорожчали ще в травні."), None),
        ("ru", RU.format("Да, цены на эту серию поднялись ещё в мае."), None),
    ],
)
def test_a_price_rise_told_as_a_fact_is_not_pressure(lang: Lang, body: str, original: str | None) -> None:
    assert _found(lang, body, original) == []


@pytest.mark.parametrize(
    ("lang", "body", "phrase"),
    [
        # the threat of a rise, to make the customer act now, is pressure
        ("uk", UK.format("З понеділка ціна зросте на 20%, тож замовляйте сьогодні."), "ціна зросте"),
        ("ru", RU.format("С понедельника цены вырастут, так что оформляйте заказ."), "цены вырастут"),
        ("en", EN.format("Prices will go up on Monday, so order today."), "Prices will go up"),
    ],
)
def test_a_threatened_price_rise_is_pressure(lang: Lang, body: str, phrase: str) -> None:
    assert ("pressure", phrase) in _found(lang, body)


@pytest.mark.parametrize(
    ("lang", "body", "pressed"),
    [
        # a rise to come pushes in the singular too (found in review); a rise that happened is a fact
        ("en", EN.format("Yes, it is in stock. The price is going up next week, so order today!"), True),
        ("en", EN.format("Yes, it is in stock. The price's going up on Monday, so better order now."), True),
        ("en", EN.format("Yes, it is in stock. The price went up last month because of the supplier."), False),
        ("ru", RU.format("Да, чайник есть. Цена поднимется в понедельник, так что заказывайте сегодня!"), True),
        ("ru", RU.format("Да, чайник есть. Цена выросла в марте из-за поставщика."), False),
        ("uk", UK.format("Так, чайник є. Ціна зросте в понеділок, тож замовляйте сьогодні!"), True),
        ("uk", UK.format("Так, чайник є. Ціна зросла в березні через постачальника."), False),
    ],
)
def test_a_price_rise_to_come_is_pressure_one_that_happened_is_not(lang: Lang, body: str, pressed: bool) -> None:
    assert any(kind == "pressure" for kind, _ in _found(lang, body)) is pressed


@pytest.mark.parametrize(
    ("lang", "body", "pressed"),
    [
        ("ru", "Да, крем «Гавань» для сухой кожи. Закажите, пока он есть на складе.", "пока он есть"),
        ("uk", "Так, крем «Гавань» для сухої шкіри. Замовляйте, поки він є на складі.", "поки він є"),
    ],
)
def test_scarcity_told_with_a_pronoun_is_pressure(lang: Lang, body: str, pressed: str) -> None:
    found = _found(lang, {"en": EN, "ru": RU, "uk": UK}[lang].format(body))
    assert ("pressure", pressed) in found


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "We can hold the jacket for you while it's in stock; just let us know by Friday."),
        ("ru", "Посылка лежит в пункте выдачи. Пока она есть там, её можно забрать с паспортом."),
        ("ru", "Вернуть плед, купленный со скидкой 20%, можно, пока чек есть у вас."),
        ("uk", "Посилка у відділенні. Поки вона є там, її можна забрати з паспортом."),
    ],
)
def test_a_pronoun_with_is_there_outside_a_sale_is_no_pressure(lang: Lang, body: str) -> None:
    assert _found(lang, {"en": EN, "ru": RU, "uk": UK}[lang].format(body)) == []


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("uk", "Так, крем для сухої шкіри. Замовляйте його на сайті. Додайте крем у кошик. Оформіть замовлення."),
        ("ru", "Да, крем для сухой кожи. Заказывайте его на сайте. Добавьте крем в корзину. Оформите заказ."),
    ],
)
def test_in_and_into_the_basket_are_one_call(lang: Lang, body: str) -> None:
    found = _found(lang, {"en": EN, "ru": RU, "uk": UK}[lang].format(body))
    assert [kind for kind, _ in found] == ["repeated-call"]


def test_add_to_the_basket_with_do_is_a_call() -> None:
    body = UK.format("Замовляйте на сайті. Додайте до кошика ще й пуф. Оформіть замовлення до неділі, і ми покладемо "
                     "подарунок.")  # fmt: skip
    assert [kind for kind, _ in _found("uk", body)] == ["repeated-call"]
