"""Edge cases of familiar-tone: homonyms of ты-forms, cited words, vocatives, and what counts as an emoticon."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.mail.voice import quoted_spans
from replylint.model import Lang
from replylint_rules.familiar_tone import emoticon_spans


def _found(lang: Lang, body: str) -> list[tuple[str, str]]:
    report = lint(body, context={"language": lang}, select=["familiar-tone"])
    return [(f.kind, report.text[f.start : f.end]) for f in report.by_rule("familiar-tone")]


RU_SIGN = "\n\nС уважением,\nМарина"
UK_SIGN = "\n\nЗ повагою,\nМарина"


@pytest.mark.parametrize(
    "body",
    [
        # "мой" is also "wash!", "три" is also "rub!", "см" is also "see!": none is an order to the reader.
        "Анна, здравствуйте!\n\nМой коллега проверил: ширина три см, как в описании." + RU_SIGN,
        # generic 2nd person in an otherwise polite reply
        "Анна, здравствуйте!\n\nНичего не поделаешь, склад закрыт на инвентаризацию. Ваш заказ отправим "
        "в понедельник, 17 ноября." + RU_SIGN,
        # "на ты" names a form of address
        "Анна, здравствуйте!\n\nИзвините, что курьер обращался к Вам на ты. Мы передали жалобу в службу "
        "доставки." + RU_SIGN,
        # reported speech after a verb of saying and a colon
        "Анна, здравствуйте!\n\nВ письме поставщик написал: твой заказ готов. Это шаблон поставщика, "
        "Ваш заказ действительно готов." + RU_SIGN,
        # a title in „German“ quotes
        "Анна, здравствуйте!\n\nКнига „Ты справишься“ есть в наличии, стоит 590 рублей." + RU_SIGN,
        # the customer's own words in the quoted original do not count
        "Анна, здравствуйте!\n\nДа, заказ отправлен сегодня.\n\nС уважением,\nМарина\n\n"
        "12.11.2025 10:15, Анна <anna@example.ru> написала:\n> Ты можешь проверить мой заказ?",
    ],
)
def test_ru_polite_replies_stay_quiet(body: str) -> None:
    assert _found("ru", body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Олено, добрий день!\n\nБудь ласка, оформіть замовлення на сайті, будь-який розмір є в наявності." + UK_SIGN,
        "Олено, добрий день!\n\nАктивувати гарантію можна протягом тижня, Тимофій з Житомира вже отримав "
        "посилку." + UK_SIGN,
        "Олено, добрий день!\n\nНа футболці буде напис «Ти — моє сонце», як Ви просили." + UK_SIGN,
    ],
)
def test_uk_polite_replies_stay_quiet(body: str) -> None:
    assert _found("uk", body) == []


def test_informal_verbs_and_generic_you_in_an_informal_reply() -> None:
    found = _found("ru", "Привет!\n\nНичего не поделаешь, склад закрыт. Зайди в понедельник." + RU_SIGN)
    assert ("informal-you", "поделаешь") in found and ("informal-you", "Зайди") in found


def test_suggestion_gives_the_polite_form() -> None:
    report = lint(
        "Привет!\n\nТвоя посылка у курьера, подожди до вечера." + RU_SIGN,
        context={"language": "ru"},
        select=["familiar-tone"],
    )
    assert [f.suggestion for f in report.by_rule("familiar-tone")] == ["Здравствуйте", "Ваша", "подождите"]


@pytest.mark.parametrize(
    ("reply", "word", "polite"),
    [
        (
            "Привет, Иван!\n\nЗаказ передан курьеру, он привезёт его в четверг.\n\nС уважением,\nМарина",
            "Привет",
            "Здравствуйте",
        ),
        (
            "Привіт, Тарасе!\n\nЗамовлення передано кур'єру, він привезе його в четвер.\n\nЗ повагою,\nМарина",
            "Привіт",
            "Добрий день",
        ),
        (
            "Тарасе, привіт!\n\nЗамовлення передано кур'єру, він привезе його в четвер.\n\nЗ повагою,\nМарина",
            "привіт",
            "добрий день",
        ),
        ("Hey John!\n\nYour order left today and arrives on Thursday.\n\nKind regards,\nMarta", "Hey", "Hello"),
    ],
)
def test_a_greeting_for_friends_is_too_casual(reply: str, word: str, polite: str) -> None:
    [found] = lint(reply, select=["familiar-tone"]).findings
    assert (found.kind, reply[found.start : found.end], found.suggestion) == ("informal-greeting", word, polite)
    fixed = reply[: found.start] + polite + reply[found.end :]
    assert not lint(fixed, select=["familiar-tone"]).findings


@pytest.mark.parametrize(
    "reply",
    [
        "Hi John,\n\nYour order left today and arrives on Thursday.\n\nKind regards,\nMarta",
        "Hello John,\n\nYour order left today and arrives on Thursday.\n\nKind regards,\nMarta",
        "Здравствуйте, Иван!\n\nЗаказ передан курьеру, он привезёт его в четверг.\n\nС уважением,\nМарина",
        "Добрий день, Тарасе!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
        "Добрий день!\n\nКурьер передал: «Привет, скоро буду». Замовлення буде завтра.\n\nЗ повагою,\nМарина",
    ],
)
def test_polite_greetings_and_a_quoted_hello_are_fine(reply: str) -> None:
    assert not lint(reply, select=["familiar-tone"]).findings


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Sam,\n\nMy mate at the warehouse checked, the man from DPD has it.\n\nBest,\nTom", []),
        ("Hi Sam,\n\nYes, it shipped today. Thanks mate!\n\nBest,\nTom", [("slang", "mate")]),
        ("Hi Sam,\n\nThe bag fits a 10 yo child. Size U is one-size.\n\nBest,\nTom", []),
        (
            "Hi Sam,\n\nWe're gonna send it today, and u will get a text.\n\nBest,\nTom",
            [("slang", "gonna"), ("slang", "u")],
        ),
        ("Hi Sam,\n\nThe courier wrote: dude, nobody was home. We will redeliver tomorrow.\n\nBest,\nTom", []),
    ],
)
def test_english_slang(body: str, expected: list[tuple[str, str]]) -> None:
    assert _found("en", body) == expected


def test_ru_slang_after_a_number_is_a_head_count() -> None:
    assert _found("ru", "Здравствуйте!\n\nСтолик на 4 чел забронирован на пятницу." + RU_SIGN) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Спасибо))) Ждём вас снова)) Жаль((", 3),
        ("Steps: 1) open the lid, 2) fill it, 3) close it.", 0),
        ("See the manual (section (b)).", 0),
        ("Done ✓ Delivered ✔ Call ☎ 0800 123", 0),
        ("A family 👨\u200d👩\u200d👧 and a thumbs-up 👍🏽", 2),
        ("Times 10:30, ratio 16:9, https://x.example/a:b", 0),
        ("Thanks:) xD ;-)", 3),
    ],
)
def test_emoticon_counting(text: str, count: int) -> None:
    assert len(emoticon_spans(text)) == count


def test_emoticon_threshold_is_an_option() -> None:
    body = "Hi Lily 😊\n\nYes, it's back 🎉 It's £12.\n\nBest,\nChloe"
    assert _found("en", body) == []
    report = lint(
        body, context={"language": "en"}, select=["familiar-tone"], options={"familiar-tone": {"max-emoticons": 1}}
    )
    assert [f.kind for f in report.by_rule("familiar-tone")] == ["emoticons"]


def test_quoted_spans_survive_inch_signs_across_paragraphs() -> None:
    text = 'The 6" screen fits.\n\nThe "Yo Dude" shirt is in stock.'
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ['"Yo Dude"']


def test_generic_second_person_alone_is_not_informal_address() -> None:
    body = "Здравствуйте!\n\nК сожалению, ничего не поделаешь: курьерская служба не работает в праздники." + RU_SIGN
    assert _found("ru", body) == []


def test_slang_word_inside_a_name_is_not_slang() -> None:
    body = "Hi Tom,\n\nMy colleague Dude Perignon packed the Bro Code game today.\n\nBest,\nAnna"
    assert _found("en", body) == []
