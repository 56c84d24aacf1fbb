"""unanswered-question: a request whose own sentences only promise to look into it and get back in touch («С
кабелем разберёмся и вернёмся к вам», "I'll look into a replacement and get back to you") is not done; a sentence it
shares with another question is that question's answer."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang

LETTER = {
    "en": "The charger was missing from the box of my Vela 3 lamp. Could you send me a charger? And does the lamp "
    "work on batteries too?",
    "ru": "В коробке с лампой Vela 3 не оказалось зарядки. Можете дослать зарядку? И лампа работает от батареек?",
    "uk": "У коробці з лампою Vela 3 не було зарядки. Можете надіслати зарядку? І лампа працює від батарейок?",
}
REQUEST = {
    "en": "Could you send me a charger?",
    "ru": "Можете дослать зарядку?",
    "uk": "Можете надіслати зарядку?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the request's own sentence looks into it and promises to come back: not done
        ("en", "Yes, the Vela 3 lamp also runs on four AA batteries. I'll look into a charger for you and get back to "
         "you.", False),
        ("ru", "Да, лампа Vela 3 работает и от четырёх батареек АА. С зарядкой мы разберёмся и вернёмся к вам.", False),
        ("uk", "Так, лампа Vela 3 працює і від чотирьох батарейок АА. Щодо зарядки ми розберемося й повернемося до "
         "вас.", False),
        # the deed done, and a promise to get back in touch about something else
        ("en", "Yes, the Vela 3 lamp also runs on four AA batteries. A new charger went out to you today by Royal "
         "Mail. If it does not arrive by Friday, we'll get back to you.", True),
        ("ru", "Да, лампа Vela 3 работает и от четырёх батареек АА. Зарядку дослали сегодня Почтой России. Если "
         "что-то пойдёт не так, вернёмся к вам.", True),
        ("uk", "Так, лампа Vela 3 працює і від чотирьох батарейок АА. Зарядку надіслали сьогодні Укрпоштою. Якщо "
         "щось піде не так, повернемося до вас.", True),
    ],
)  # fmt: skip
def test_a_request_only_looked_into(lang: Lang, answer: str, answered: bool) -> None:
    assert (REQUEST[lang] not in uq.unanswered(lang, uq.letter(lang, LETTER[lang]), answer)) is answered


CALL = {
    "en": "Could you call me back about the charger for my Vela 3 lamp?",
    "ru": "Можете перезвонить мне насчёт зарядки для лампы Vela 3?",
    "uk": "Можете передзвонити мені щодо зарядки для лампи Vela 3?",
}


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "Of course: I'll look into the charger for the Vela 3 and get back to you by phone this afternoon."),
        ("ru", "Конечно: разберёмся с зарядкой для Vela 3 и свяжемся с вами по телефону сегодня после обеда."),
        ("uk", "Звісно: розберемося із зарядкою для Vela 3 і зв'яжемося з вами телефоном сьогодні по обіді."),
    ],
)
def test_getting_back_in_touch_does_a_request_to_be_contacted(lang: Lang, answer: str) -> None:
    assert uq.unanswered(lang, uq.letter(lang, CALL[lang]), answer) == []


INVOICE = {
    "en": "Could you email me a VAT invoice for order 90114? And when will the refund reach my account?",
    "ru": "Можете прислать мне счёт-фактуру по заказу 90114? И когда вернут деньги за возврат?",
    "uk": "Можете надіслати мені рахунок-фактуру за замовленням 90114? І коли повернуть гроші за повернення?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # a bare thank-you names the customer's doing ("your email"), not the emailing asked: the request is handed on
        ("en", "Thank you for your email. I've passed your request for the VAT invoice to our accounts team. The "
         "refund was processed today and reaches your account within 3 to 5 working days.", False),
        ("ru", "Спасибо за письмо! Ваш запрос на счёт-фактуру я передала в бухгалтерию. Деньги за возврат поступят на "
         "карту в течение 3–5 рабочих дней.", False),
        ("uk", "Дякуємо за ваш лист! Ваш запит щодо рахунку-фактури я передала до бухгалтерії. Гроші за повернення "
         "надійдуть на картку протягом 3–5 робочих днів.", False),
        # the same thank-you beside the deed done
        ("en", "Thank you for your email. I've attached the VAT invoice for order 90114. The refund was processed "
         "today and reaches your account within 3 to 5 working days.", True),
        ("ru", "Спасибо за письмо! Счёт-фактуру по заказу 90114 прикрепила к письму. Деньги за возврат поступят на "
         "карту в течение 3–5 рабочих дней.", True),
        ("uk", "Дякуємо за ваш лист! Рахунок-фактуру за замовленням 90114 додала до листа. Гроші за повернення "
         "надійдуть на картку протягом 3–5 робочих днів.", True),
    ],
)  # fmt: skip
def test_a_thank_you_takes_up_no_request(lang: Lang, answer: str, answered: bool) -> None:
    request = INVOICE[lang].split("?")[0] + "?"
    assert (request not in uq.unanswered(lang, uq.letter(lang, INVOICE[lang]), answer)) is answered


COLOURS = {
    "en": "Does the CamShield case fit the Galaxy S23? And what colours does it come in?",
    "ru": "Подойдёт ли чехол CamShield к Galaxy S23? Какие у него есть цвета?",
    "uk": "Чи підійде чохол CamShield до Galaxy S23? Який у чохла колір?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the colours counted, none named
        ("en", "Yes, the CamShield fits the Galaxy S23. It comes in several colours.", False),
        ("ru", "Да, чехол CamShield подходит к Galaxy S23. Он есть в пяти цветах.", False),
        ("uk", "Так, чохол CamShield підходить до Galaxy S23. Він є в кількох кольорах.", False),
        # named
        ("en", "Yes, the CamShield fits the Galaxy S23. It comes in black, blue and green.", True),
        ("ru", "Да, чехол CamShield подходит к Galaxy S23. Он есть в чёрном, синем и зелёном цветах.", True),
        ("uk", "Так, чохол CamShield підходить до Galaxy S23. Він є в чорному та синьому кольорах.", True),
    ],
)
def test_colours_counted_are_not_named(lang: Lang, answer: str, answered: bool) -> None:
    question = COLOURS[lang].split("?")[1].strip() + "?"
    assert (question not in uq.unanswered(lang, uq.letter(lang, COLOURS[lang]), answer)) is answered


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        ("To stop pilling, use only two or three drops and wait a minute before the SPF goes on.", True),
        ("Use 2 drops of the Glow serum and let it sink in before make-up.", True),
        ("The Glow serum pills under make-up for some people, mostly with two or three layers.", False),
    ],
)
def test_an_english_instruction_may_open_with_a_quantity(answer: str, answered: bool) -> None:
    letter = uq.letter("en", "How do I stop the Glow serum pilling under make-up?")
    assert (uq.unanswered("en", letter, answer) == []) is answered


@pytest.mark.parametrize(
    ("lang", "question", "answer", "answered"),
    [
        # a "which colour" offering its own answer is a yes/no on it, however many words stand between
        ("ru", "Какой у него цвет каркаса, чёрный?", "Да, каркас чёрный, порошковая покраска.", True),
        ("uk", "Який у нього колір каркаса, чорний?", "Так, каркас чорний, порошкове фарбування.", True),
        ("en", "What colour is the frame, black?", "Yes, the frame is black, powder-coated.", True),
        ("ru", "Какой у него цвет каркаса, чёрный?", "Каркас у стола металлический, порошковая покраска.", False),
        ("uk", "Який у нього колір каркаса, чорний?", "Каркас у стола металевий, порошкове фарбування.", False),
        ("en", "What colour is the frame, black?", "The frame is powder-coated steel.", False),
    ],
)
def test_a_colour_offered_in_the_question_is_confirmed_by_a_yes(
    lang: Lang, question: str, answer: str, answered: bool
) -> None:
    assert (uq.unanswered(lang, uq.letter(lang, question), answer) == []) is answered


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        # the deed told done, and a promise to get in touch in the same sentence: the sentence is the deed's
        ("en", "Could you refund order 5530?", "I have refunded order 5530 in full and will contact you if the bank "
         "asks for anything."),
        ("ru", "Можете вернуть деньги за заказ 5530?", "Мы вернули деньги за заказ 5530 и свяжемся с вами, если банк "
         "что-то запросит."),
        ("uk", "Чи можете скасувати замовлення 5530?", "Замовлення 5530 скасували й зв'яжемося з вами, щойно гроші "
         "повернуться на картку."),
    ],
)  # fmt: skip
def test_a_deed_done_beside_a_promise_to_get_in_touch(lang: Lang, question: str, answer: str) -> None:
    assert uq.unanswered(lang, uq.letter(lang, question), answer) == []


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        # a thank-you joined to the answer by "and" goes on to it: the sentence is no bare thank-you
        ("en", "Could you email me a VAT invoice for order 90114?", "Thank you for your patience and here is the VAT "
         "invoice for order 90114 as a PDF. I have passed your request for a paper copy to our accounts team."),
        ("ru", "Можете прислать счёт-фактуру по заказу 90114?", "Спасибо за ожидание и вот счёт-фактура по заказу "
         "90114 во вложении. Запрос на бумажный экземпляр я передала в бухгалтерию."),
        ("uk", "Можете надіслати рахунок-фактуру за замовленням 90114?", "Дякуємо за очікування і ось рахунок-фактура "
         "за замовленням 90114 у вкладенні. Запит на паперовий примірник я передала до бухгалтерії."),
    ],
)  # fmt: skip
def test_a_thank_you_that_goes_on_to_the_answer(lang: Lang, question: str, answer: str) -> None:
    assert uq.unanswered(lang, uq.letter(lang, question), answer) == []


@pytest.mark.parametrize(
    ("lang", "question", "answer", "answered"),
    [
        # a colour temperature is a temperature, given in kelvins; "кольорова" asks no colour
        ("en", "What colour temperature is the Hue White E27 bulb?", "It gives a warm white light of 2700 K.", True),
        ("ru", "Какая цветовая температура у лампы Hue White E27?", "Она светит тёплым белым светом 2700 К.", True),
        ("uk", "Яка кольорова температура в лампи Hue White E27?", "Вона світить теплим білим світлом 2700 K.", True),
        ("en", "What colour temperature is the Hue White E27 bulb?", "It gives a warm white light.", False),
        ("ru", "Какая цветовая температура у лампы Hue White E27?", "Она светит тёплым белым светом.", False),
        ("uk", "Яка кольорова температура в лампи Hue White E27?", "Вона світить теплим білим світлом.", False),
    ],
)
def test_a_colour_temperature_in_kelvins(lang: Lang, question: str, answer: str, answered: bool) -> None:
    assert (uq.unanswered(lang, uq.letter(lang, question), answer) == []) is answered


@pytest.mark.parametrize(
    ("lang", "question", "answer", "answered"),
    [
        # another paper attached is not the one asked for; the one asked for, or "it", is
        ("en", "Could you send me a copy of the receipt for order 3310?", "I've attached the invoice for order 3310.",
         False),
        ("ru", "Можете прислать товарную накладную по заказу 3310?", "Прикрепила к письму чек по заказу 3310.", False),
        ("uk", "Можете надіслати видаткову накладну за замовленням 3310?", "Додала до листа чек за замовленням 3310.",
         False),
        ("en", "Could you send me a copy of the receipt for order 3310?", "I've attached the receipt for order 3310.",
         True),
        ("en", "Could you send me a copy of the receipt for order 3310?", "Of course, I've attached it to this email.",
         True),
        ("ru", "Можете прислать товарную накладную по заказу 3310?", "Товарную накладную по заказу 3310 прикрепила к "
         "письму.", True),
        ("uk", "Можете надіслати видаткову накладну за замовленням 3310?", "Видаткову накладну за замовленням 3310 "
         "додала до листа.", True),
    ],
)  # fmt: skip
def test_another_paper_attached_is_not_the_one_asked(lang: Lang, question: str, answer: str, answered: bool) -> None:
    assert (uq.unanswered(lang, uq.letter(lang, question), answer) == []) is answered


@pytest.mark.parametrize(
    ("lang", "question", "answer", "answered"),
    [
        # shades are colours asked; a count of them names none, and a workshop's town is no colour
        ("en", "Which shades does the Velvet Matte lipstick come in?", "It comes in brick red, plum and nude beige.",
         True),
        ("en", "Which shades does the Velvet Matte lipstick come in?", "It comes in twelve shades.", False),
        ("ru", "Какие оттенки есть у помады Velvet Matte?", "Она есть в красном, бежевом и сливовом оттенках.", True),
        ("ru", "Какие оттенки есть у помады Velvet Matte?", "Она есть в двенадцати оттенках.", False),
        ("uk", "Які відтінки є в помади Velvet Matte?", "Вона є в червоному, бежевому та сливовому відтінках.", True),
        ("uk", "Які відтінки є в помади Velvet Matte?", "Вона є в дванадцяти відтінках.", False),
        ("en", "What colours is the Alba armchair available in?", "The Alba is available in six colours, each made to "
         "order in our Leicester workshop.", False),
    ],
)  # fmt: skip
def test_shades_are_colours_asked(lang: Lang, question: str, answer: str, answered: bool) -> None:
    assert (uq.unanswered(lang, uq.letter(lang, question), answer) == []) is answered
