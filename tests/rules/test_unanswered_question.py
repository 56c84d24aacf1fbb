"""Edge cases of unanswered-question: which sentences are questions, and what counts as answering one."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Finding, Lang

RULE = "unanswered-question"


def _findings(lang: Lang, original: str | None, reply: str) -> list[Finding]:
    return lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)


def _unanswered(lang: Lang, original: str | None, reply: str) -> list[str]:
    return [str(f.data["full_question"]) for f in _findings(lang, original, reply)]


def test_without_the_customers_message_there_is_nothing_to_check() -> None:
    assert _unanswered("en", None, "Hi Anna,\n\nThanks for your message.\n\nBest,\nTom") == []


def test_the_finding_quotes_the_question_and_points_at_the_start() -> None:
    original = "Hi,\n\nWhen will my order arrive, and can I change the delivery address to my office?\n\nBeth"
    reply = "Hi Beth,\n\nYour order will be delivered on Thursday, 12 June.\n\nKind regards,\nRuth"
    [finding] = _findings("en", original, reply)
    assert finding.data["question"] == "and can I change the delivery address to my office?"
    assert finding.data["question_type"] == "yes-no"
    assert (finding.start, finding.end) == (0, 0)
    assert "can I change the delivery address" in finding.message
    assert finding.suggestion


def test_a_long_question_is_shortened_in_the_message() -> None:
    original = (
        "Could you tell me whether the washable cushion covers of the large three-seater Harlow sofa in "
        "green velvet can also be bought separately as spare parts?\n\nLena"
    )
    reply = "Hi Lena,\n\nThank you for your order, it is confirmed.\n\nKind regards,\nTom"
    [finding] = _findings("en", original, reply)
    assert len(str(finding.data["question"])) <= 80
    assert str(finding.data["question"]).endswith("…")
    assert len(str(finding.data["full_question"])) > 80


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        # the second question of two is ignored
        (
            "en",
            "Hi, can I pay by PayPal? Also, do you deliver on Saturdays?\n\nSam",
            "Hi Sam,\n\nYes, PayPal is available at checkout.\n\nBest,\nAnna",
            ["Also, do you deliver on Saturdays?"],
        ),
        # ...and answered in the same paragraph, by a weekday rather than the word "deliver"
        (
            "en",
            "Hi, can I pay by PayPal? Also, do you deliver on Saturdays?\n\nSam",
            "Hi Sam,\n\nYes, PayPal is available at checkout. Our couriers work Monday to Saturday, 8am to 8pm.\n\n"
            "Best,\nAnna",
            [],
        ),
        # the subject without the price does not answer "how much"
        (
            "en",
            "How much is shipping to Germany?\n\nLukas",
            "Hi Lukas,\n\nWe ship to Germany with DHL, it takes 3-4 days.\n\nBest,\nAnna",
            ["How much is shipping to Germany?"],
        ),
        (
            "en",
            "How much is shipping to Germany?\n\nLukas",
            "Hi Lukas,\n\nShipping to Germany is €9.90, free over €100.\n\nBest,\nAnna",
            [],
        ),
        # an indirect question; mentioning the product is not answering about its colour
        (
            "en",
            "Hello, I was wondering if you have this lamp in black.\n\nJo",
            "Hi Jo,\n\nThanks for your interest! Our lamps are handmade in Portugal.\n\nBest,\nAnna",
            ["I was wondering if you have this lamp in black"],
        ),
        (
            "en",
            "Hello, I was wondering if you have this lamp in black.\n\nJo",
            "Hi Jo,\n\nWe do, the black one is in stock.\n\nBest,\nAnna",
            [],
        ),
        # "why" answered with the reason; ignored otherwise
        (
            "en",
            "Why was my order cancelled?\n\nTom",
            "Hi Tom,\n\nYour order was cancelled because the payment failed three times.\n\nBest,\nAnna",
            [],
        ),
        (
            "en",
            "Why was my order cancelled?\n\nTom",
            "Hi Tom,\n\nThanks for reaching out. You can place a new order any time on our website.\n\nBest,\nAnna",
            ["Why was my order cancelled?"],
        ),
        # "what should I do?" takes its subject from the sentence before, and is answered by steps
        (
            "en",
            "Hi there,\n\nMy parcel says delivered but I haven't got it. What should I do?\n\nGrace",
            "Hi Grace,\n\nThank you for shopping with us, we hope to see you again soon.\n\nKind regards,\nTom",
            ["What should I do?"],
        ),
        (
            "en",
            "Hi there,\n\nMy parcel says delivered but I haven't got it. What should I do?\n\nGrace",
            "Hi Grace,\n\nI'm sorry about this. Please check with your neighbours first. If it hasn't turned up by "
            "tomorrow, reply to this email and I'll open a claim with the courier.\n\nKind regards,\nTom",
            [],
        ),
        # a "Yes" that belongs to the first question does not answer the "how" after it
        (
            "en",
            "Hello,\n\nMy Orbit kettle is leaking. Is it still under warranty? What do I need to do to get it "
            "repaired?\n\nRachel",
            "Hi Rachel,\n\nI'm sorry to hear that. Yes, the Orbit is covered by our two-year warranty.\n\n"
            "Kind regards,\nNina",
            ["What do I need to do to get it repaired?"],
        ),
        # a "which" question is answered by naming the choice
        (
            "en",
            "Which size of the Trail harness should I get for my beagle?\n\nElif",
            "Hi Elif,\n\nMost beagles wear a Medium.\n\nThanks,\nZoe",
            [],
        ),
    ],
)
def test_english_replies(lang: Lang, original: str, reply: str, unanswered: list[str]) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("original", "reply", "unanswered"),
    [
        (
            "Добрый день. Подскажите, есть ли у вас эта куртка в синем цвете? И когда будет поставка?\nИгорь",
            "Игорь, добрый день!\n\nК сожалению, синей куртки сейчас нет, есть чёрная и зелёная.\n\nС уважением,\nОльга",  # noqa: E501 (a test's literal text)
            ["И когда будет поставка?"],
        ),
        (
            "Здравствуйте! Подскажите, можно ли вернуть товар, купленный по акции? И как это сделать?\nЕлена",
            "Елена, здравствуйте!\n\nДа, товары по акции можно вернуть в течение 14 дней. Оформите заявку в личном "
            "кабинете, и курьер заберёт товар.\n\nС уважением,\nОльга",
            [],
        ),
        (
            "Здравствуйте! Подскажите, можно ли вернуть товар, купленный по акции? И как это сделать?\nЕлена",
            "Елена, здравствуйте!\n\nДа, товары по акции можно вернуть в течение 14 дней.\n\nС уважением,\nОльга",
            ["И как это сделать?"],
        ),
        # "где забрать" is not answered by a stray "магазин" in a thank-you
        (
            "Здравствуйте, где забрать мой заказ 5521?\nАнна",
            "Анна, здравствуйте!\n\nСпасибо, что выбрали наш магазин! Надеемся, покупка вам понравится.\n\n"
            "С уважением,\nОльга",
            ["Здравствуйте, где забрать мой заказ 5521?"],
        ),
        (
            "Здравствуйте, где забрать мой заказ 5521?\nАнна",
            "Анна, здравствуйте!\n\nЗаказ ждёт вас в пункте выдачи на ул. Ленина, 5, с 9:00 до 21:00.\n\n"
            "С уважением,\nОльга",
            [],
        ),
        # "Почему так получилось?" is about the sentence before it
        (
            "Добрый день. Деньги списались два раза. Почему так получилось? И когда отправите заказ?\nМихаил",
            "Михаил, здравствуйте!\n\nЗаказ отправлен сегодня, посылка будет в пятницу.\n\nС уважением,\nЕвгения",
            ["Почему так получилось?"],
        ),
    ],
)
def test_russian_replies(original: str, reply: str, unanswered: list[str]) -> None:
    assert _unanswered("ru", original, reply) == unanswered


@pytest.mark.parametrize(
    ("original", "reply", "unanswered"),
    [
        # one sentence answers both; the second question points back with "його"
        (
            "Доброго дня! Скільки коштує збирання шафи? І чи можна замовити його на вихідних?\nМарко",
            "Доброго дня, Марку!\n\nЗбирання шафи коштує 600 грн, майстри працюють і в суботу.\n\nЗ повагою,\nОксана",
            [],
        ),
        (
            "Доброго дня! Скільки коштує збирання шафи? І чи можна замовити його на вихідних?\nМарко",
            "Доброго дня, Марку!\n\nЗбирання шафи коштує 600 грн.\n\nЗ повагою,\nОксана",
            ["І чи можна замовити його на вихідних?"],
        ),
        # "Що для цього потрібно?": "що" is not "чому", and instructions answer it
        (
            "Добрий день! Хочу повернути блендер, він мені не підійшов. Що для цього потрібно?\nДарина",
            "Добрий день, Дарино!\n\nНадішліть блендер Новою поштою на наш склад і додайте заяву на повернення.\n\n"
            "З повагою,\nСтаніслав",
            [],
        ),
        (
            "Чому мені прийшов не той колір футболки?\nМарко",
            "Доброго дня, Марку!\n\nПерепрошуємо: на складі переплутали артикули. Правильну футболку відправимо "
            "завтра.\n\nЗ повагою,\nОксана",
            [],
        ),
        (
            "Скажіть, будь ласка, який у вас графік роботи?\nАнна",
            "Добрий день, Анно!\n\nМи працюємо щодня з 9:00 до 20:00.\n\nЗ повагою,\nІрина",
            [],
        ),
        (
            "Цікавить, чи є гарантія на цей блендер.\nОлег",
            "Вітаю, Олеже!\n\nБлендер потужністю 1000 Вт, у комплекті три насадки.\n\nЗ повагою,\nІрина",
            ["Цікавить, чи є гарантія на цей блендер"],
        ),
    ],
)
def test_ukrainian_replies(original: str, reply: str, unanswered: list[str]) -> None:
    assert _unanswered("uk", original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original"),
    [
        ("en", "Hi! How are you? Hope all is well. Please cancel my order 1234.\n\nJo"),
        ("en", "Hi, I tried the code SPRING20 and it failed. Can you help?\n\nBen"),
        ("ru", "Здравствуйте! Как дела? Отмените, пожалуйста, заказ 1234.\nИрина"),
        ("ru", "Неужели так сложно нормально упаковать? Отмените заказ 1234.\nГеоргий"),
        ("uk", "Добрий день! Як ваші справи? Скасуйте, будь ласка, замовлення 1234.\nОлена"),
        ("uk", "Хіба так можна пакувати скло? Скасуйте замовлення 1234.\nЯрослава"),
    ],
)
def test_pleasantries_and_rhetorical_questions_need_no_answer(lang: Lang, original: str) -> None:
    reply = {
        "en": "Hi Jo,\n\nDone: order 1234 is cancelled.\n\nBest,\nAnna",
        "ru": "Здравствуйте!\n\nЗаказ 1234 отменён.\n\nС уважением,\nОльга",
        "uk": "Добрий день!\n\nЗамовлення 1234 скасовано.\n\nЗ повагою,\nІрина",
    }[lang]
    assert _unanswered(lang, original, reply) == []


def test_the_customers_quoted_history_is_not_asked_again() -> None:
    original = (
        "Exchange, please. A size M would be great.\n\nRhys\n\n"
        "> Would you prefer a refund or an exchange for the Harbour jacket?"
    )
    reply = "Hi Rhys,\n\nI've set up the exchange for a size M.\n\nKind regards,\nSophie"
    assert _unanswered("en", original, reply) == []


def test_a_question_quoted_in_the_reply_is_not_its_own_answer() -> None:
    original = "Hi,\n\nIs the Brew Pro's water tank dishwasher-safe?\n\nPaul"
    repeats_only = "Hi Paul,\n\n> Is the Brew Pro's water tank dishwasher-safe?\n\nThanks for asking!\n\nBest,\nMaya"
    answers = (
        "Hi Paul,\n\n> Is the Brew Pro's water tank dishwasher-safe?\n\nNo, please wash it by hand.\n\nBest,\nMaya"
    )
    assert _unanswered("en", original, repeats_only) == ["Is the Brew Pro's water tank dishwasher-safe?"]
    assert _unanswered("en", original, answers) == []


def test_an_honest_not_yet_counts_as_an_answer() -> None:
    original = "Hi, could you tell me when my order will ship?\n\nAl"
    reply = (
        "Hi Al,\n\nI'm afraid I don't know yet, but I'll check with the warehouse and get back to you by "
        "tomorrow noon.\n\nBest,\nAnna"
    )
    assert _unanswered("en", original, reply) == []


def test_a_russian_question_answered_in_ukrainian_by_a_date() -> None:
    original = "Здравствуйте! Когда привезут мой заказ 48213?\nОльга"
    reply = "Добрий день, Ольго!\n\nКур'єр привезе замовлення в четвер, 14 листопада.\n\nЗ повагою,\nМарина"
    assert _unanswered("uk", original, reply) == []


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        # a comparison is answered by talking about both things, and "is it worth it" by advice
        (
            "en",
            "Hello, what's the difference between the Brew Pro and the Brew Lite? Is it worth paying extra?\n\nKen",
            "Hi Ken,\n\nThe Brew Pro has a built-in grinder and a steam wand; the Lite has neither. If you mostly drink "  # noqa: E501 (a test's literal text)
            "espresso from pre-ground coffee, the Lite is the better value.\n\nBest,\nAnna",
            [],
        ),
        # "where is my refund" asks how it stands, not for an address
        (
            "en",
            "This is the third time I'm writing!!! Where is my refund??\n\nDan",
            "Hi Dan,\n\nI'm really sorry. Your refund of £64.00 was processed today and will reach your card within "
            "3 working days.\n\nKind regards,\nNina",
            [],
        ),
        (
            "en",
            "This is the third time I'm writing!!! Where is my refund??\n\nDan",
            "Hi Dan,\n\nI'm really sorry. We value your feedback and are always working to improve.\n\nKind regards,\n"
            "Nina",
            ["Where is my refund??"],
        ),
        # the product's name and noun are the thing asked about, not the answer
        (
            "en",
            "Hello, what materials is the Luna backpack made from?\n\nRaj",
            "Hi Raj,\n\nThe Luna backpack is one of our bestsellers and comes in four colours.\n\nBest,\nTom",
            ["Hello, what materials is the Luna backpack made from?"],
        ),
        # the question's verb said back is a yes
        (
            "ru",
            "Здравствуйте! А доставляете ли вы в Казахстан?\nАйгуль",
            "Айгуль, здравствуйте!\n\nДоставляем: в Алматы и Астану посылки идут 7–10 дней.\n\nС уважением,\nОльга",
            [],
        ),
        (
            "ru",
            "Здравствуйте! ГДЕ МОЙ ЗАКАЗ 80412???\nГеннадий",
            "Геннадий, здравствуйте!\n\nЗаказ 80412 приехал в пункт выдачи сегодня утром.\n\nС уважением,\nОльга",
            [],
        ),
        # a question joined to the one before shares its subject; a date does not name the products
        (
            "uk",
            "Вітаю! Коли будуть знижки на Чорну п'ятницю і які товари братимуть участь?\nЮлія",
            "Вітаю, Юліє!\n\nРозпродаж почнеться 28 листопада.\n\nЗ повагою,\nІрина",
            ["і які товари братимуть участь?"],
        ),
        (
            "uk",
            "Вітаю! Коли будуть знижки на Чорну п'ятницю і які товари братимуть участь?\nЮлія",
            "Вітаю, Юліє!\n\nРозпродаж почнеться 28 листопада, знижки будуть на всю техніку Bosch і Philips.\n\n"
            "З повагою,\nІрина",
            [],
        ),
    ],
)
def test_subjects_things_and_echoes(lang: Lang, original: str, reply: str, unanswered: list[str]) -> None:
    assert _unanswered(lang, original, reply) == unanswered


def test_an_unpunctuated_yes_still_answers_but_no_problem_is_not_a_no() -> None:
    original = "Hi,\n\nAre you able to log in now?\n\nDan"
    assert _unanswered("en", original, "Hi Dan,\n\nyes we're fine now, thanks\n\nNina") == []
    assert _unanswered("en", original, "Hi Dan,\n\nNo problem at all, happy to help.\n\nNina") == [
        "Are you able to log in now?"
    ]


def test_answers_written_between_quoted_questions() -> None:
    original = "Добрый день! Можно ли стирать плед в машинке? И он сильно линяет?\nСофья"
    reply = (
        "Софья, добрый день!\n\n> Можно ли стирать плед в машинке?\n\nДа, в деликатном режиме при 30 °C.\n\n"
        "> И он сильно линяет?\n\nНет, плед почти не оставляет ворса.\n\nС уважением,\nЛидия"
    )
    assert _unanswered("ru", original, reply) == []
    skipped = reply.replace("Нет, плед почти не оставляет ворса.", "Спасибо за вопрос!")
    assert _unanswered("ru", original, skipped) == ["И он сильно линяет?"]


@pytest.mark.parametrize(
    ("original", "reply", "unanswered"),
    [
        (
            "Где мой заказ?\nЕлена",
            "Добрий день, Олено!\n\nВаше замовлення відправлено сьогодні, номер надішлемо в SMS.\n\nЗ повагою,\nМарина",
            [],
        ),
        (
            "Де моє замовлення?\nОлена",
            "Здравствуйте, Елена!\n\nВаш заказ отправлен сегодня, номер пришлём в SMS.\n\nС уважением,\nМарина",
            [],
        ),
        (
            "Где мой заказ?\nЕлена",
            "Hello Olena,\n\nYour order was shipped today; the tracking number follows by SMS.\n\nBest regards,\nDana",
            [],
        ),
        (
            "Можно ли вернуть товар, если не подошёл размер?\nЕлена",
            "Добрий день, Олено!\n\nПовернути товар можна протягом 14 днів, якщо розмір не підійшов.\n\nЗ повагою,\nМарина",  # noqa: E501 (a test's literal text)
            [],
        ),
        # Another language does not make any reply an answer:
        (
            "Можно ли вернуть товар, если не подошёл размер?\nЕлена",
            "Добрий день, Олено!\n\nВаше замовлення відправлено сьогодні.\n\nЗ повагою,\nМарина",
            ["Можно ли вернуть товар, если не подошёл размер?"],
        ),
    ],
)
def test_questions_answered_in_another_language(original: str, reply: str, unanswered: list[str]) -> None:
    found = [f.data["question"] for f in lint(reply, original).findings if f.rule == "unanswered-question"]
    assert found == unanswered


# ------------------------------------------------------------------------------------------------------------------
# The rebuilt matching: each question against the part of the reply that addresses it
# ------------------------------------------------------------------------------------------------------------------


def test_a_yes_or_a_date_about_something_else_is_no_answer_and_the_finding_says_why() -> None:
    [finding] = _findings(
        "en",
        "Hi,\n\nWhen will my order arrive?\n\nBeth",
        "Hi Beth,\n\nYes, you can pay by card on delivery.\n\nKind regards,\nRuth",
    )
    assert finding.data["full_question"] == "When will my order arrive?"
    assert finding.data["closest_passage"] == "Yes, you can pay by card on delivery."
    assert "no date or time" in str(finding.data["reason"])


def test_a_question_the_reply_never_takes_up_has_no_closest_passage() -> None:
    [finding] = _findings(
        "en", "Do you sell gift cards?\n\nBeth", "Hi Beth,\n\nThanks for your message.\n\nBest,\nRuth"
    )
    assert finding.data["closest_passage"] == ""
    assert "does not take up" in str(finding.data["reason"])


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        # the date belongs to the sentence about the sofa; the chair's question has no answer
        (
            "en",
            "When will the sofa be delivered? When will the chair be delivered?\n\nTom",
            "Hi Tom,\n\nThe sofa will be delivered on Monday.\n\nBest,\nAnna",
            ["When will the chair be delivered?"],
        ),
        (
            "en",
            "When will the sofa be delivered? When will the chair be delivered?\n\nTom",
            "Hi Tom,\n\nThe sofa will be delivered on Monday and the chair on Wednesday.\n\nBest,\nAnna",
            [],
        ),
        (
            "ru",
            "Когда доставят диван? Когда доставят кресло?\n\nОльга",
            "Ольга, здравствуйте!\n\nДиван доставим в понедельник.\n\nС уважением,\nИгорь",
            ["Когда доставят кресло?"],
        ),
        (
            "uk",
            "Коли доставлять диван? Коли доставлять крісло?\n\nОльга",
            "Вітаю, Ольго!\n\nДиван доставимо в понеділок.\n\nЗ повагою,\nІгор",
            ["Коли доставлять крісло?"],
        ),
        # one sentence that answers both questions belongs to both
        (
            "uk",
            "Скільки коштує річна підписка? Чи можна її призупинити?\n\nОлег",
            "Вітаю, Олегу!\n\nРічна підписка коштує 4 800 гривень, призупинити її можна один раз на 30 днів.\n\n"
            "З повагою,\nІрина",
            [],
        ),
    ],
)
def test_each_sentence_belongs_to_the_question_it_covers_best(
    lang: Lang, original: str, reply: str, unanswered: list[str]
) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        # indirect questions without "?", at the start of a sentence or after a clause break
        (
            "ru",
            "Здравствуйте! Интересует, есть ли у вас доставка в Казань.\n\nОльга",
            "Ольга, здравствуйте!\n\nСпасибо за заказ.\n\nС уважением,\nИгорь",
            ["Интересует, есть ли у вас доставка в Казань"],
        ),
        (
            "uk",
            "Добрий день! Цікавить, чи можна оплатити карткою при отриманні.\n\nОльга",
            "Вітаю, Ольго!\n\nТак, оплатити карткою при отриманні можна.\n\nЗ повагою,\nІгор",
            [],
        ),
        (
            "en",
            "Hi, I ordered the Orbit lamp on Monday, and I was wondering whether it ships before Friday.\n\nJo",
            "Hi Jo,\n\nThanks for your order!\n\nBest,\nAnna",
            ["I was wondering whether it ships before Friday"],
        ),
        (
            "en",
            "Hi, I ordered the Orbit lamp on Monday, and I was wondering whether it ships before Friday.\n\nJo",
            "Hi Jo,\n\nYes, the Orbit lamp ships on Thursday.\n\nBest,\nAnna",
            [],
        ),
        # a question buried mid-paragraph, run on into the next words
        (
            "en",
            "Hi, the tracking says the parcel is at the depot, when will it be delivered? i need it for a "
            "party on saturday and also the box looked damaged in the photo\n\nJo",
            "Hi Jo,\n\nSorry to hear about the box. Please reply with a photo of it.\n\nBest,\nAnna",
            ["Hi, the tracking says the parcel is at the depot, when will it be delivered?"],
        ),
        # a price question answered without a price
        (
            "en",
            "What does express delivery cost?\n\nJo",
            "Hi Jo,\n\nExpress delivery is available for all orders and is very fast.\n\nBest,\nAnna",
            ["What does express delivery cost?"],
        ),
        ("en", "What does express delivery cost?\n\nJo", "Hi Jo,\n\nExpress delivery is £6.\n\nBest,\nAnna", []),
        (
            "uk",
            "Яка вартість доставки до Львова?\n\nОлег",
            "Вітаю, Олегу!\n\nДоставка до Львова займає 1–2 дні.\n\nЗ повагою,\nІрина",
            ["Яка вартість доставки до Львова?"],
        ),
        # "when" in a clause of its own under a yes/no frame: a yes answers it
        (
            "ru",
            "Здравствуйте, можно ли будет расплатиться картой, когда привезут холодильник?\nТимур",
            "Тимур, здравствуйте!\n\nДа, у водителя будет терминал.\n\nС уважением,\nКирилл",
            [],
        ),
    ],
)
def test_indirect_buried_and_price_questions(lang: Lang, original: str, reply: str, unanswered: list[str]) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original"),
    [
        # the customer's own signature and device footer ask the shop nothing
        (
            "en",
            "Hi, can I pay by PayPal?\n\nThanks,\nSam Jones\nHead of Purchasing | Acme Ltd\nNeed help? Visit "
            "acme.example/help\nWhy not follow us on Twitter?",
        ),
        ("en", "Hi, can I pay by PayPal?\n\nSam\n--\nAcme Ltd. Questions about our products? Call 0800 123 456"),
        # questions the customer answers themselves, or reports
        ("en", "Hi, can I pay by PayPal? Did I pick the wrong size for the jacket? No, I measured twice.\n\nSam"),
        ("ru", "Здравствуйте, можно оплатить через PayPal? Муж спросил меня: зачем нам второй чайник?\n\nОльга"),
        # pleasantries and rhetorical questions
        ("uk", "Добрий день! Як минули вихідні? Чи можна оплатити через PayPal?\n\nОльга"),
        ("en", "Hi, can I pay by PayPal? Why would anyone pay by cheque these days?\n\nSam"),
        ("ru", "Здравствуйте, можно оплатить через PayPal? Какой смысл в чеках?\n\nОльга"),
    ],
)
def test_only_the_real_question_needs_an_answer(lang: Lang, original: str) -> None:
    reply = {
        "en": "Hi Sam,\n\nYes, PayPal is available at checkout.\n\nBest,\nAnna",
        "ru": "Ольга, здравствуйте!\n\nДа, PayPal можно выбрать при оформлении.\n\nС уважением,\nИгорь",
        "uk": "Вітаю, Ольго!\n\nТак, PayPal можна вибрати під час оформлення.\n\nЗ повагою,\nІгор",
    }[lang]
    assert _unanswered(lang, original, reply) == []


def test_a_postscript_after_the_signature_asks_again() -> None:
    original = "Hi, can I pay by PayPal?\n\nThanks,\nSam\n\nP.S. Do you deliver on Saturdays?"
    reply = "Hi Sam,\n\nYes, PayPal is available at checkout.\n\nBest,\nAnna"
    assert _unanswered("en", original, reply) == ["P.S. Do you deliver on Saturdays?"]


INTERLEAVED = """Hi Sam,

Answers below.

On Mon, 3 Jun 2024 at 10:00, Sam <sam@example.com> wrote:
> Can I pay by PayPal?

Yes, PayPal is available at checkout.

> Do you deliver on Saturdays?

Yes, our couriers work on Saturdays.

> How much is shipping to Germany?

{answer}

Best,
Anna"""


@pytest.mark.parametrize(
    ("answer", "unanswered"),
    [
        ("It is 9.90 EUR.", []),
        ("We ship there with DHL.", ["How much is shipping to Germany?"]),
    ],
)
def test_an_interleaved_reply_answers_each_quoted_question_under_it(answer: str, unanswered: list[str]) -> None:
    """The recovered original holds only the first quoted block; the later ones are questions too."""
    assert _unanswered("en", None, INTERLEAVED.format(answer=answer)) == unanswered


def test_an_automatic_acknowledgement_is_left_to_the_autoreply_rule() -> None:
    original = "Hi, when will my order 40017 arrive? Can I change the address?\n\nBeth"
    reply = "Hello,\n\nWe have received your message and will reply within one working day.\n\nThe Volt & Co Team"
    assert _unanswered("en", original, reply) == []
    assert lint(reply, original, context={"language": "en"}, select=["autoreply"]).by_rule("autoreply")


def test_a_word_the_reply_uses_everywhere_weighs_less_than_a_rare_one() -> None:
    """Frequency weighting from the reply itself: "delivery" in every sentence points at none of them."""
    from functools import partial

    from replylint.nlp import pipeline
    from replylint_rules.unanswered_question import UnansweredQuestion
    from replylint_rules.unanswered_question.matching import rarity, score
    from replylint_rules.unanswered_question.passages import build_reply
    from replylint_rules.unanswered_question.questions import find_questions

    rule = UnansweredQuestion()
    text = "Delivery is quick. Delivery takes two days. The lamp is in stock. Delivery drivers call ahead."
    reply = build_reply(pipeline("en").analyse(text), partial(rule.lexicon, lang="en"))
    [q] = find_questions(pipeline("en").analyse("Is delivery of the lamp free?"), partial(rule.lexicon, lang="en"))
    weights = {t.text.lower(): rarity(reply, t) for t in q.key_terms}
    assert weights["lamp"] == 1.0
    assert weights["delivery"] < 0.5
    # the sentence naming the lamp covers the question better than one that only says "delivery" (without the
    # weighting both would cover one word of three)
    assert score(q.key_terms, reply.bags[2], reply) > score(q.key_terms, reply.bags[0], reply)


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        # small talk that opens a sentence carries the rest of it along
        (
            "ru",
            "Здравствуйте! Как ваши дела, не завалили заказами?\nКогда привезут диван?\n\nЛилия",
            "Лилия, здравствуйте!\n\nДиван привезём в пятницу, 14 ноября.\n\nС уважением,\nОльга",
            [],
        ),
        # ... but a question word of its own after the small talk still asks
        (
            "en",
            "Hi, how are you, and when will my Orbit kettle ship?\n\nRachel",
            "Hi Rachel,\n\nWe're very well, thank you!\n\nKind regards,\nNina",
            ["and when will my Orbit kettle ship?"],
        ),
        # a question the customer reports someone else asking, after a colon
        (
            "uk",
            "Добрий день! Чоловік мене питає: навіщо нам третій чайник? Чи є чайник KLF03 у синьому кольорі?\n\nЛариса",
            "Добрий день, Ларисо!\n\nТак, KLF03 у синьому кольорі є в наявності.\n\nЗ повагою,\nМаксим",
            [],
        ),
        (
            "ru",
            "Здравствуйте! Муж меня спрашивает: зачем нам второй пылесос? Есть ли пылесос V8 в наличии?\n\nИрина",
            "Ирина, здравствуйте!\n\nДа, пылесос V8 есть в наличии.\n\nС уважением,\nОльга",
            [],
        ),
        # a lead-in that announces the question names no subject of it
        (
            "en",
            "Hi,\n\nAnyway, my actual question: do you offer a trial period on the Nordic mattress?\n\nChiara",
            "Hi Chiara,\n\nYes, every Nordic mattress comes with a 100-night trial.\n\nKind regards,\nSofia",
            [],
        ),
        # a lead-in does not hide the question after it
        (
            "en",
            "Hi,\n\nMy question: how much is delivery of the Nordic mattress to Leeds?\n\nChiara",
            "Hi Chiara,\n\nThe Nordic mattress is delivered by our own van.\n\nKind regards,\nSofia",
            ["My question: how much is delivery of the Nordic mattress to Leeds?"],
        ),
    ],
)
def test_small_talk_reported_questions_and_lead_ins(
    lang: Lang, original: str, reply: str, unanswered: list[str]
) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        (
            "uk",
            "Добрий день! Курʼєр мав привезти пилосос сьогодні. Усе в силі?\n\nОлена",
            "Олено, добрий день!\n\nНа жаль, доставку перенесли: курʼєр привезе пилосос у четвер, 4 грудня.\n\n"
            "З повагою,\nМаксим",
            [],
        ),
        # the dated sentence must be about the story: a date for a discount does not say the parcel came
        (
            "en",
            "Hi,\n\nI sent the Kilim rug back last Thursday. Have you received it yet?\n\nOwen",
            "Hi Owen,\n\nOur summer sale starts on Monday, 16 June.\n\nKind regards,\nIsabel",
            ["Have you received it yet?"],
        ),
        # a property question with one word of its own is no status question: a delivery date does not answer it
        (
            "en",
            "Hello,\n\nWe've ordered the Oslo table and four Oslo chairs. Do they stack?\n\nRachel",
            "Hi Rachel,\n\nThe Oslo table and the four chairs will be delivered on Wednesday, 6 August.\n\n"
            "Kind regards,\nIsabel",
            ["Do they stack?"],
        ),
    ],
)
def test_a_status_question_is_answered_by_a_dated_statement_on_its_story(
    lang: Lang, original: str, reply: str, unanswered: list[str]
) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        (
            "ru",
            "Здравствуйте. Шкаф по заказу 77120 должны были привезти вчера, но никто не приехал. Почему так? И когда "
            "теперь ждать доставку?\nРоман",
            "Роман, здравствуйте!\n\nДоставка задержалась, потому что на складе повредили дверь шкафа. Шкаф привезём "
            "в пятницу, 14 ноября, с 10:00 до 14:00.\n\nС уважением,\nОльга",
            [],
        ),
        (
            "uk",
            "Добрий день. Шафу за замовленням 77120 мали привезти вчора, але ніхто не приїхав. Чому так? І коли тепер "
            "чекати доставку?\nРоман",
            "Романе, добрий день!\n\nДоставка затрималася, бо на складі пошкодили двері шафи. Шафу привеземо в "
            "пʼятницю, 14 листопада, з 10:00 до 14:00.\n\nЗ повагою,\nОльга",
            [],
        ),
        # the why still needs its reason: the new date answers only the when
        (
            "en",
            "Hello. The wardrobe for order 77120 was due yesterday, but nobody came. Why did that happen? And when "
            "will it be delivered now?\nRoman",
            "Hi Roman,\n\nWe will deliver the wardrobe on Friday, 14 November, between 10am and 2pm.\n\n"
            "Kind regards,\nOlga",
            ["Why did that happen?"],
        ),
    ],
)
def test_a_question_borrowing_the_story_takes_no_sentence_from_the_next(
    lang: Lang, original: str, reply: str, unanswered: list[str]
) -> None:
    assert _unanswered(lang, original, reply) == unanswered
