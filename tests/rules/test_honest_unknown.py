"""Edge cases of honest-unknown: what is an admission, and what counts as offering something after it."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Finding, Lang

RULE = "honest-unknown"


def _findings(lang: Lang, reply: str, original: str | None = None) -> list[Finding]:
    return lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)


def _kinds(lang: Lang, body: str) -> list[str]:
    greeting, closing = {
        "en": ("Hi Jo,", "Best,\nMaya"),
        "ru": ("Ирина, здравствуйте!", "С уважением,\nОльга"),
        "uk": ("Вітаю, Олено!", "З повагою,\nІрина"),
    }[lang]
    return [f.kind for f in _findings(lang, f"{greeting}\n\n{body}\n\n{closing}")]


@pytest.mark.parametrize(
    ("lang", "body", "kinds"),
    [
        ("en", "I'm not sure whether the blue one will be restocked.", ["nothing-offered"]),
        (
            "en",
            "I'm not sure whether the blue one will be restocked, but you can sign up for an alert on the "
            "product page.",
            [],
        ),
        ("en", "I don't know the exact weight. I'll ask the warehouse and let you know.", ["no-timeframe"]),
        ("en", "I don't know the exact weight. I'll ask the warehouse and let you know by Thursday.", []),
        ("en", "The parcel left today. I can't say exactly when it will arrive.", ["nothing-offered"]),
        (
            "en",
            "I'm not sure the courier can deliver on a Sunday. DPD's own team can confirm this on 0800 123 4567.",
            [],
        ),
        ("en", "To be honest, I don't know. Sorry.", ["nothing-offered"]),
        ("ru", "Не могу точно сказать, когда будет поставка.", ["nothing-offered"]),
        ("ru", "Не могу точно сказать, когда будет поставка, обычно она приходит раз в две недели.", []),
        ("ru", "Затрудняюсь ответить, подойдёт ли этот фильтр. Вероятно, да: размеры совпадают.", []),
        ("ru", "Я не уверена, что этот чехол подойдёт. Уточню у поставщика и напишу вам.", ["no-timeframe"]),
        ("ru", "Я не уверена, что этот чехол подойдёт. Уточню у поставщика и напишу вам до конца дня.", []),
        ("uk", "Не можу сказати, коли буде знижка на цю модель.", ["nothing-offered"]),
        ("uk", "Не можу сказати, коли буде знижка на цю модель. Підпишіться на розсилку, і ви дізнаєтеся першою.", []),
        (
            "uk",
            "Я не впевнена, чи буде ця модель у продажу восени. Уточню в постачальника й напишу вам.",
            ["no-timeframe"],
        ),
        (
            "uk",
            "Я не впевнена, чи буде ця модель у продажу восени. Уточню в постачальника й напишу вам у понеділок.",
            [],
        ),
    ],
)
def test_what_follows_the_admission(lang: Lang, body: str, kinds: list[str]) -> None:
    assert _kinds(lang, body) == kinds


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "If you don't know your size, our size guide will help."),
        ("en", "I don't know of any problems with this model, and it has excellent reviews."),
        ("en", "I'm sure you'll love it!"),
        ("ru", "Если вы не уверены в размере, посмотрите таблицу размеров на сайте."),
        ("ru", "Я уверена, что вам понравится!"),
        ("uk", "Не знаю, як вам дякувати за такий теплий відгук!"),
        ("uk", "Якщо ви не впевнені щодо розміру, напишіть нам свої мірки."),
    ],
)
def test_look_alikes_are_not_admissions(lang: Lang, body: str) -> None:
    assert _kinds(lang, body) == []


def test_the_customers_own_not_knowing_does_not_count() -> None:
    original = "Я не знаю, який розмір обрати: у мене 39,5. Брати 39 чи 40?\nМілана"
    reply = "Вітаю, Мілано!\n\nБеріть 40: ці кросівки трохи маломірять.\n\nЗ повагою,\nІрина"
    assert _findings("uk", reply, original) == []


def test_the_finding_covers_the_admission_and_names_it() -> None:
    reply = "Hi Freya,\n\nUnfortunately, I'm not sure when the tan boots will be back.\n\nKind regards,\nAnders"
    [finding] = _findings("en", reply)
    assert reply[finding.start : finding.end] == "I'm not sure"
    assert finding.data["phrase"] == "I'm not sure"
    assert "I'm not sure" in finding.message
    assert finding.suggestion


def test_one_finding_when_several_admissions_share_the_same_empty_tail() -> None:
    reply = "Hi Jo,\n\nI don't know. I'm really not sure at all.\n\nBest,\nMaya"
    assert [f.kind for f in _findings("en", reply)] == ["nothing-offered"]


def test_a_later_admission_is_checked_on_its_own_tail() -> None:
    reply = (
        "Hi Jo,\n\nI don't know the weight, but the spec sheet lists it: https://shop.example/spec\n\n"
        "I'm also not sure about the colour.\n\nBest,\nMaya"
    )
    [finding] = _findings("en", reply)
    assert reply[finding.start : finding.end] == "I'm also not sure"


@pytest.mark.parametrize(
    ("lang", "reply", "kinds"),
    [
        # the team that signs refers the customer nowhere: what is offered is in the message, not the signature
        (
            "ru",
            "Георгий, добрый день!\n\nПосылка задерживается на складе. Когда её передадут курьеру, пока неизвестно.\n\n"
            "С уважением,\nСтанислав\nслужба поддержки «ДомТех»",
            ["nothing-offered"],
        ),
        (
            "uk",
            "Артеме, добрий день!\n\nПосилка затримується на митниці. Коли її випустять, поки невідомо.\n\n"
            "З повагою,\nОлег\nслужба підтримки «ТехноДім»",
            ["nothing-offered"],
        ),
        # impersonal admissions: plural, and a long subject between the words
        (
            "ru",
            "Любовь, добрый день!\n\nК сожалению, сроки следующей поставки корма пока неизвестны.\n\n"
            "С уважением,\nНикита",
            ["nothing-offered"],
        ),
        (
            "ru",
            "Марат, здравствуйте!\n\nИнформации о поступлении кресла «Груша» в зелёном цвете пока нет.\n\n"
            "С уважением,\nИрина",
            ["nothing-offered"],
        ),
        (
            "uk",
            "Ніно, добрий день!\n\nНа жаль, дати наступного постачання чаю поки невідомі.\n\nЗ повагою,\nІра",
            ["nothing-offered"],
        ),
        # with a dated promise in the message it is fine, signature or not
        (
            "ru",
            "Любовь, добрый день!\n\nСроки поставки корма пока неизвестны, я напишу вам до пятницы.\n\n"
            "С уважением,\nНикита\nслужба поддержки «ЗооДруг»",
            [],
        ),
    ],
)
def test_impersonal_admissions_and_the_signature(lang: Lang, reply: str, kinds: list[str]) -> None:
    assert [f.kind for f in _findings(lang, reply)] == kinds


@pytest.mark.parametrize(
    ("lang", "body", "kinds"),
    [
        # the time answers another question (a yes before it): nothing is offered about the unknown thing
        (
            "en",
            "Information about the next batch of biscuits isn't available yet. Yes, we deliver on Saturdays "
            "between 8am and 1pm.",
            ["nothing-offered"],
        ),
        (
            "ru",
            "Информации о следующей партии печенья пока нет. Да, по субботам доставляем с 8 до 13 часов.",
            ["nothing-offered"],
        ),
        (
            "uk",
            "Інформації про наступну партію печива поки немає. Так, у суботу доставляємо з 8 до 13 години.",
            ["nothing-offered"],
        ),
        # a time further on, about something else
        (
            "en",
            "I don't know when the blue mug will be back. Your other order is packed. It leaves on Friday.",
            ["nothing-offered"],
        ),
        # the next sentence continues the admission: its time is something to plan with
        ("en", "I don't know when the blue mug will be back. Our supplier confirms on Monday.", []),
        ("ru", "Не знаю, когда кружка снова появится. Поставщик подтвердит поставку в понедельник.", []),
        ("uk", "Не знаю, коли чашка знову з'явиться. Постачальник підтвердить поставку в понеділок.", []),
        # further on, but about the same thing
        (
            "en",
            "I don't know when the blue mug will be back. The factory is moving. The blue mug should return by "
            "mid-June.",
            [],
        ),
    ],
)
def test_a_time_counts_only_about_what_is_not_known(lang: Lang, body: str, kinds: list[str]) -> None:
    assert _kinds(lang, body) == kinds


@pytest.mark.parametrize(
    "body",
    [
        "There's no news on the restock yet.",
        "We don't have that information yet.",
        "We have no news about the green jumper.",
    ],
)
def test_the_shop_having_no_information_is_an_admission(body: str) -> None:
    assert _kinds("en", body) == ["nothing-offered"]


def test_no_information_with_a_dated_promise_is_enough() -> None:
    body = "There's no news on the restock yet; I'll email you by Friday, 6 June."
    assert _kinds("en", body) == []


@pytest.mark.parametrize(
    ("lang", "body", "kinds"),
    [
        # the time may stand before the promise in its sentence, after the admission's clause
        ("ru", "Точную дату пока не знаю: поставщик подтвердит график в пятницу, 21 ноября, и в тот же день я Вам "
               "напишу.", []),
        ("uk", "Точної дати поки не знаю: постачальник підтвердить графік у п'ятницю, 21 листопада, і того ж дня я "
               "Вам напишу.", []),
        ("en", "I don't know when the boots are back, but our supplier confirms on Monday and I'll email you then.",
         []),
        # a time inside the admission's own clause is what is not known
        ("en", "I don't know what time it comes tomorrow; I'll check.", ["no-timeframe"]),
    ],
)  # fmt: skip
def test_a_time_before_the_promise_in_its_sentence(lang: Lang, body: str, kinds: list[str]) -> None:
    assert _kinds(lang, body) == kinds


@pytest.mark.parametrize(
    ("lang", "body", "kinds"),
    [
        # an aside between commas does not end the impersonal admission's clause
        ("ru", "Информации о поступлении серого дивана на склад у нас, к сожалению, пока нет.", ["nothing-offered"]),
        ("uk", "Інформації про нову поставку чохлів у нас, на жаль, поки немає.", ["nothing-offered"]),
        ("en", "Information about the next delivery is, unfortunately, not available yet.", ["nothing-offered"]),
        # the admission crossed its aside and ends at the absence: the next sentence's time is about it
        ("ru", "Информации о поставке у нас, к сожалению, пока нет. Поставщик пришлёт график в пятницу.", []),
        # an admission complete before a trailing aside stays one, whatever clause follows
        ("en", "Details of the next delivery are unavailable, sadly, and the warehouse has not replied.",
         ["nothing-offered"]),
        ("ru", "Сведений о поставке синего пледа нет, к сожалению, и склад нам ещё не ответил.", ["nothing-offered"]),
        ("uk", "Відомостей про поставку синього пледа немає, на жаль, і склад ще не відповів.", ["nothing-offered"]),
        # past an aside, only a clause that is nothing but the absence continues the statement
        ("ru", "Информация о составе есть на ярлыке пледа, к сожалению, на сайте её нет.", []),
        ("uk", "Інформація про склад є на етикетці пледа, на жаль, на сайті її немає.", []),
        ("en", "Care information is on the label, unfortunately, the online version is unavailable.", []),
        # an aside does not make an admission of a clause that the absence does not close
        ("ru", "Данные вы ввели, к сожалению, неверно, ошибки в заказе нет.", []),
        ("en", "Information, unfortunately, is what we lack; the supplier confirms on Monday.", []),
    ],
)  # fmt: skip
def test_an_aside_inside_an_impersonal_admission(lang: Lang, body: str, kinds: list[str]) -> None:
    assert _kinds(lang, body) == kinds


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # «синій» is listed first as the imperative of «синіти»: an adjective is no instruction to the customer
        ("На жаль, не знаю, коли синій рюкзак знову з'явиться в нас.", ["nothing-offered"]),
        # a real instruction still is
        ("На жаль, не знаю, коли синій рюкзак знову з'явиться. Перевірте сторінку товару в п'ятницю.", []),
    ],
)
def test_a_word_that_reads_as_well_as_an_adjective_is_no_instruction(body: str, kinds: list[str]) -> None:
    assert _kinds("uk", body) == kinds


@pytest.mark.parametrize(
    ("lang", "body", "kinds"),
    [
        # a place name inside the sentence is no instruction, whatever the dictionary guesses of it
        ("ru", "Пока не знаю, когда пуэр вернётся: чайная фабрика из Фуцзяни ещё не подтвердила отгрузку.",
         ["nothing-offered"]),
        ("uk", "Поки не знаю, коли пуер повернеться: чайна фабрика з Фуцзяні ще не підтвердила відвантаження.",
         ["nothing-offered"]),
        # an instruction opening its sentence still is one
        ("ru", "Пока не знаю, когда пуэр вернётся. Подпишитесь на уведомление на странице товара.", []),
    ],
)  # fmt: skip
def test_a_name_inside_the_sentence_is_no_instruction(lang: Lang, body: str, kinds: list[str]) -> None:
    assert _kinds(lang, body) == kinds


@pytest.mark.parametrize(
    ("lang", "body", "kinds"),
    [
        # "I'll send you a date" promises to find out: with its time it is enough, alone it is undated
        ("en", "The glaze schedule isn't known yet; the kiln plan is set on Friday, 4 December, and I'll send you a "
               "ready date that day.", []),
        ("en", "The glaze schedule isn't known yet. I'll send you a ready date.", ["no-timeframe"]),
        ("ru", "График обжига пока неизвестен; я пришлю вам точную дату в пятницу, 4 декабря.", []),
        ("uk", "Графік випалу поки невідомий; я надішлю вам точну дату в п'ятницю, 4 грудня.", []),
    ],
)  # fmt: skip
def test_sending_a_date_is_a_promise_to_find_out(lang: Lang, body: str, kinds: list[str]) -> None:
    assert _kinds(lang, body) == kinds


def test_no_date_of_any_kind_yet_is_an_admission() -> None:
    assert _kinds("en", "I can't give you a restock date yet.") == ["nothing-offered"]
    assert _kinds("en", "I can't give you a restock date yet, but I'll email you by Tuesday, 8 July.") == []


@pytest.mark.parametrize(
    ("lang", "original", "body", "kinds"),
    [
        # the customer's own part number said back is no phone to call
        (
            "ru",
            "Когда появятся колодки Toyota 04466-42060?",
            "Не знаю, когда появятся колодки Toyota 04466-42060: дилер не подтверждает сроки.",
            ["nothing-offered"],
        ),
        (
            "uk",
            "Коли з'являться колодки Toyota 04466-42060?",
            "Не знаю, коли з'являться колодки Toyota 04466-42060: дилер не підтверджує терміни.",
            ["nothing-offered"],
        ),
        (
            "en",
            "When will the Toyota pads 04466-42060 be back?",
            "I don't know when the Toyota pads 04466-42060 will be back: the dealer hasn't confirmed.",
            ["nothing-offered"],
        ),
        # a number of the agent's own still is one
        (
            "ru",
            "Когда появятся колодки Toyota 04466-42060?",
            "Не знаю, когда появятся колодки. Позвоните дилеру: 8 800 555-35-35.",
            [],
        ),
        (
            "uk",
            "Коли з'являться колодки Toyota 04466-42060?",
            "Не знаю, коли з'являться колодки. Зателефонуйте дилеру: 0 800 555 353.",
            [],
        ),
        (
            "en",
            "When will the Toyota pads 04466-42060 be back?",
            "I don't know when the pads will be back. Please call the dealer on 0800 555 3535.",
            [],
        ),
    ],
)
def test_a_number_said_back_from_the_letter_is_no_phone(lang: Lang, original: str, body: str, kinds: list[str]) -> None:
    found = _findings(lang, body, original)
    assert [f.kind for f in found if f.rule == "honest-unknown"] == kinds


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        # (review) the customer's own phone said back, or a tracking link, is still something offered
        (
            "uk",
            "Мій телефон 067 123 45 67. Коли з'являться колодки?",
            "Не знаю, коли з'являться колодки. Ми передзвонимо Вам на номер 067 123 45 67 у п'ятницю.",
        ),
        (
            "ru",
            "Мой телефон +7 912 345-67-89. Когда появятся колодки?",
            "Не знаю, когда появятся колодки. Перезвоним вам на +7 912 345-67-89 в пятницу.",
        ),
        (
            "en",
            "My number is 07700 900123. When will the pads be back?",
            "I don't know when the pads will be back. We'll ring you on 07700 900123 on Friday.",
        ),
        (
            "ru",
            "Мой заказ 1234567 не пришёл. Когда он придёт?",
            "Пока не знаю, когда он придёт. Отслеживать можно тут: https://track.example.ru/1234567",
        ),
    ],
)
def test_a_phone_or_link_from_the_letter_still_counts(lang: Lang, original: str, body: str) -> None:
    assert [f.kind for f in _findings(lang, body, original) if f.rule == "honest-unknown"] == []
