"""unanswered-question, honest-unknown and delay-notice: the classes blind round 19 taught, each with a good and a
bad side.

- steps after a purpose clause and the next step after ", then" ("To reset the plug, hold its button ..., then add
  it again") answer "how do I ...?";
- a room or a street address ("in our studio at 14 Mill Lane", «в нашей студии на Садовой») answers "where";
- a price or a discount told in a sentence another question's thing owns ("When you buy two chairs you get 15%
  off") answers the money question, unless another question asks about money too;
- "Has it been sent?" is answered by telling it already done ("I have already refunded £89.00");
- the thing set off to the customer («Нова чашка вирушила до Вас») does a request to send one;
- under the quoted question of an interleaved reply, a measurement answers "how warm / how long is it?";
- honest-unknown: advice on whom to ask in an infinitive («Лучше всего спросить вашего врача») is a referral;
- delay-notice: data a system shows late («система показывает остатки с опозданием») is no late order.
"""

from __future__ import annotations

import pytest
from uq_cases import CLOSING, GREETING, kinds
from uq_cases import unanswered as _unanswered

from replylint import lint
from replylint.model import Lang

CASES = [
    # steps after "To ..., " and ", then"
    (
        "en",
        "Evening,\n\nMy Vela smart plug has dropped off the Wi-Fi. How do I reset it? And does it work with Alexa?\n\n"
        "Peter",
        "To reset the plug, hold its button for 10 seconds until the light flashes blue, then add it again in the "
        "app.\n\nYes, it works with Alexa.",
        "Resetting the plug usually helps when it drops off the Wi-Fi.\n\nYes, it works with Alexa.",
    ),
    (
        "ru",
        "Добрый вечер. Умная розетка Vela отключилась от Wi-Fi. Как мне её сбросить? И работает ли она с Алисой?\nПётр",
        "Чтобы сбросить розетку, зажмите её кнопку на 10 секунд, затем добавьте её заново в приложении.\n\nДа, с "
        "Алисой она работает.",
        "Сброс розетки обычно помогает, когда она отключается от Wi-Fi.\n\nДа, с Алисой она работает.",
    ),
    (
        "uk",
        "Добрий вечір. Розумна розетка Vela відключилася від Wi-Fi. Як мені її скинути? І чи працює вона з Google "
        "Home?\nПетро",
        "Щоб скинути розетку, затисніть її кнопку на 10 секунд, потім додайте її знову в застосунку.\n\nТак, з Google "
        "Home вона працює.",
        "Скидання розетки зазвичай допомагає, коли вона відключається від Wi-Fi.\n\nТак, з Google Home вона працює.",
    ),
    # a room or a street address
    (
        "en",
        "Hello,\n\nCan the pottery voucher be used on a weekday evening? Also, where do the classes take place?\n\n"
        "Linda",
        "Yes, the voucher is valid for our Tuesday evening sessions. All classes take place in our studio at 14 Mill "
        "Lane.",
        "Yes, the voucher is valid for our Tuesday evening sessions. All classes take place on 5 June.",
    ),
    (
        "ru",
        "Здравствуйте! Можно ли использовать сертификат на гончарный класс в будний вечер? И где проходят занятия?\n"
        "Лидия",
        "Да, сертификат действует и на вечерние занятия по вторникам. Все занятия проходят в нашей студии на Садовой.",
        "Да, сертификат действует и на вечерние занятия по вторникам. Все занятия проходят по вечерам.",
    ),
    (
        "uk",
        "Добрий день! Чи можна використати сертифікат на гончарний клас у будній вечір? І де проходять заняття?\nЛідія",
        "Так, сертифікат діє і на вечірні заняття у вівторок. Усі заняття проходять у нашій студії на Садовій.",
        "Так, сертифікат діє і на вечірні заняття у вівторок. Усі заняття проходять щовечора.",
    ),
    # a discount or a price in a sentence another question's thing owns
    (
        "en",
        "Hi,\n\nIf I order the Ergo chair this week, can it arrive by Monday? And is there a discount for two?\n\nToby",
        "Yes: please order by 2pm on Friday to get it on Monday. When you buy two chairs you get 15% off.",
        "Yes: please order by 2pm on Friday to get it on Monday. The chairs come in black and grey.",
    ),
    (
        "ru",
        "Здравствуйте! Вы доставляете букеты в Химки? Хочу заказать на 8 декабря — это возможно? Сколько это будет "
        "стоить?\nВера",
        "Да, в Химки доставляем. Привезти букет 8 декабря получится. Стоимость доставки в Химки — 450 рублей.",
        "Да, в Химки доставляем. Привезти букет 8 декабря получится. Доставка в Химки занимает около часа.",
    ),
    (
        "uk",
        "Добрий день! Ви доставляєте букети в Ірпінь? Хочу замовити на 8 грудня — це можливо? Скільки це коштуватиме?\n"
        "Віра",
        "Так, в Ірпінь доставляємо. Привезти букет 8 грудня вийде. Вартість доставки в Ірпінь — 150 гривень.",
        "Так, в Ірпінь доставляємо. Привезти букет 8 грудня вийде. Доставка в Ірпінь триває близько години.",
    ),
    # a status question answered by the thing done already, or set off to the customer
    (
        "en",
        "Hi,\n\nHas my refund for the returned hedge trimmer been sent?\n\nTom",
        "The shop is closed until Monday, but I have already refunded £89.00 to your card this morning.",
        "The shop is closed until Monday. Our hedge trimmers are very popular this spring.",
    ),
    (
        "ru",
        "Здравствуйте! Чашка «Утро» пришла разбитой. Вы пришлёте замену? И нужно ли возвращать осколки?\nЕвгения",
        "Жаль, что так вышло. Новая чашка «Утро» выехала к Вам сегодня. Нет, осколки возвращать не нужно.",
        "Жаль, что так вышло. Чашки «Утро» у нас очень хрупкие. Нет, осколки возвращать не нужно.",
    ),
    (
        "uk",
        "Добрий день! Чашка «Ранок» прийшла розбитою. Ви надішлете заміну? І чи потрібно повертати уламки?\nЄвгенія",
        "Прикро, що так сталося. Нова чашка «Ранок» вирушила до Вас сьогодні Укрпоштою. Ні, уламки повертати не "
        "потрібно.",
        "Прикро, що так сталося. Чашки «Ранок» у нас дуже крихкі. Ні, уламки повертати не потрібно.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "good", "bad"), CASES)
def test_round_19_answers_and_non_answers(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []


@pytest.mark.parametrize(
    ("lang", "original", "money"),
    [
        (
            "en",
            "Hi,\n\nHow much is the Ergo chair? And how much does delivery cost?\n\nToby",
            "The Ergo chair is £240. We deliver within three days.",
        ),
        (
            "ru",
            "Здравствуйте! Сколько стоит кресло Ergo? И сколько стоит доставка?\nТимур",
            "Кресло Ergo — 24 000 рублей. Доставляем за три дня.",
        ),
        (
            "uk",
            "Добрий день! Скільки коштує крісло Ergo? І скільки коштує доставка?\nТарас",
            "Крісло Ergo — 9 600 гривень. Доставляємо за три дні.",
        ),
    ],
)
def test_one_price_does_not_answer_two_money_questions(lang: Lang, original: str, money: str) -> None:
    assert len(_unanswered(lang, original, money)) == 1


QUOTE_HEADER = {
    "en": "On Sat, 10 Jan 2027 at 16:00, Stepan <stepan@example.com> wrote:",
    "ru": "сб, 10 янв. 2027 г. в 16:00, Степан <stepan@example.com>:",
    "uk": "сб, 10 січ. 2027 р. о 16:00 Степан <stepan@example.com> пише:",
}
WARMTH = {
    "en": (
        "How warm is the Nordway Ural sleeping bag?",
        "Comfort temperature: minus 5 °C, extreme: minus 20 °C.",
        "It is one of our best sellers.",
    ),
    "ru": (
        "Насколько тёплый спальник Nordway Ural?",
        "Температура комфорта — минус 5 °C, экстрим — минус 20 °C.",
        "Это один из самых популярных наших спальников.",
    ),
    "uk": (
        "Наскільки теплий спальник Nordway Ural?",
        "Температура комфорту — мінус 5 °C, екстремальна — мінус 20 °C.",
        "Це один з найпопулярніших наших спальників.",
    ),
}
SECOND = {
    "en": ("When will the 220 cm version be back?", "The 220 cm version is due back on 15 January."),
    "ru": ("Когда снова будет версия на 220 см?", "Версия на 220 см вернётся 15 января."),
    "uk": ("Коли знову буде версія на 220 см?", "Версія на 220 см повернеться 15 січня."),
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_measurement_under_the_quoted_question_answers_how_warm(lang: Lang) -> None:
    asked, measured, unmeasured = WARMTH[lang]
    when, dated = SECOND[lang]
    original = f"{GREETING[lang]}{asked}\n\n{when}\n\nStepan"

    def reply(answer: str) -> str:
        return f"{GREETING[lang]}{QUOTE_HEADER[lang]}\n> {asked}\n\n{answer}\n\n> {when}\n\n{dated}{CLOSING[lang]}"

    def found(answer: str) -> list[str]:
        report = lint(reply(answer), original, context={"language": lang}, select=["unanswered-question"])
        return [str(f.data["full_question"]) for f in report.by_rule("unanswered-question")]

    assert found(measured) == []
    assert found(unmeasured) == [asked]


@pytest.mark.parametrize(
    ("lang", "referred", "alone"),
    [
        (
            "en",
            "I honestly don't know whether it is safe in pregnancy. It is best to ask your doctor about it.",
            "I honestly don't know whether it is safe in pregnancy. It is a popular serum.",
        ),
        (
            "ru",
            "Скажу честно, точно я не знаю. Лучше всего спросить вашего врача, состав есть на странице товара.",
            "Скажу честно, точно я не знаю. Сыворотка очень популярна.",
        ),
        (
            "uk",
            "Скажу чесно, точно я не знаю. Найкраще запитати Вашого лікаря, склад є на сторінці товару.",
            "Скажу чесно, точно я не знаю. Сироватка дуже популярна.",
        ),
    ],
)
def test_advice_on_whom_to_ask_follows_an_admission(lang: Lang, referred: str, alone: str) -> None:
    def reported(body: str) -> bool:
        return bool(kinds("honest-unknown", lang, body))

    assert not reported(referred)
    assert reported(alone)


@pytest.mark.parametrize(
    ("lang", "lagging", "late"),
    [
        (
            "en",
            "I can't say for sure whether it is on the shelf: the system shows stock with a delay. Please call the "
            "shop on 020 7946 0000.",
            "Your order is running with a delay. Please call the shop on 020 7946 0000.",
        ),
        (
            "ru",
            "Есть ли он сейчас в магазине, точно сказать не могу: система показывает остатки с опозданием. Позвоните, "
            "пожалуйста, в магазин по телефону +7 495 222-33-44.",
            "Ваш заказ доставят с опозданием. Позвоните, пожалуйста, в магазин по телефону +7 495 222-33-44.",
        ),
        (
            "uk",
            "Чи є він зараз у магазині, точно сказати не можу: система показує залишки із запізненням. Зателефонуйте, "
            "будь ласка, в магазин за номером +380 44 222 33 44.",
            "Ваше замовлення доставлять із запізненням. Зателефонуйте, будь ласка, в магазин за номером "
            "+380 44 222 33 44.",
        ),
    ],
)
def test_data_a_system_shows_late_is_no_delay(lang: Lang, lagging: str, late: str) -> None:
    def reported(body: str) -> bool:
        return bool(kinds("delay-notice", lang, body))

    assert not reported(lagging)
    assert reported(late)
