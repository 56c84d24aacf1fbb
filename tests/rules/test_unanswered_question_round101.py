"""unanswered-question: what blind round 101 taught, in new wordings, each with a good and a bad side: a status
question is not told by a thank-you or by another question's answer; a length is not answered by a price (in
Russian and Ukrainian, where the length is asked in so many words); "as soon as" names no time; a colour said back
in another form is no new colour; a temperature is not a percentage."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang

STATUS = {
    "en": "Where is my order 5512? And can I pay for delivery by card when it comes?",
    "ru": "Где мой заказ 5512? И можно ли оплатить доставку картой при получении?",
    "uk": "Де моє замовлення 5512? І чи можна оплатити доставку карткою при отриманні?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the other question's yes, though it names the order, says nothing of where it is
        ("en", "Yes, you can pay for the delivery of order 5512 by card when it comes.", False),
        ("ru", "Да, оплатить доставку заказа 5512 картой при получении можно.", False),
        ("uk", "Так, оплатити доставку замовлення 5512 карткою при отриманні можна.", False),
        # a thank-you for the order neither
        ("en", "Thank you for your order 5512! Yes, you can pay by card when it comes.", False),
        ("ru", "Спасибо за заказ 5512! Да, картой при получении оплатить можно.", False),
        ("uk", "Дякуємо за замовлення 5512! Так, карткою при отриманні оплатити можна.", False),
        # the order named with how it stands does
        ("en", "Order 5512 went out today and arrives on Friday. Yes, you can pay by card when it comes.", True),
        ("ru", "Заказ 5512 отправили сегодня, он придёт в пятницу. Да, картой при получении оплатить можно.", True),
        ("uk", "Замовлення 5512 відправили сьогодні, воно прийде в п'ятницю. Так, карткою при отриманні можна.", True),
    ],
)
def test_a_status_question_is_told_how_the_thing_stands(lang: Lang, answer: str, answered: bool) -> None:
    question = STATUS[lang].split("?")[0] + "?"
    assert (question not in uq.unanswered(lang, uq.letter(lang, STATUS[lang]), answer)) is answered


CABLE = {
    "en": "How long is the cable on the Halo lamp? And what does a spare bulb cost?",
    "ru": "Какая длина кабеля у лампы «Гало»? И сколько стоит запасная лампочка?",
    "uk": "Яка довжина кабелю в лампи «Гало»? І скільки коштує запасна лампочка?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        ("ru", "Запасная лампочка для «Гало» стоит 650 ₽. Это светодиод на 9 Вт.", False),
        ("uk", "Запасна лампочка для «Гало» коштує 150 грн. Це світлодіод на 9 Вт.", False),
        ("en", "A spare bulb for the Halo costs £6.50, and the cable is 1.8 m long.", True),
        ("ru", "Запасная лампочка для «Гало» стоит 650 ₽, длина кабеля — 1,8 м.", True),
        ("uk", "Запасна лампочка для «Гало» коштує 150 грн, довжина кабелю — 1,8 м.", True),
    ],
)
def test_a_length_is_not_answered_by_a_price(lang: Lang, answer: str, answered: bool) -> None:
    question = CABLE[lang].split("?")[0] + "?"
    assert (question not in uq.unanswered(lang, uq.letter(lang, CABLE[lang]), answer)) is answered


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # a wait for another event names no time
        (
            "en",
            "When will you send the size 11s?",
            "The size 11s will go out as soon as the exchange is approved.",
            False,
        ),
        ("ru", "Когда вы отправите 43-й размер?", "43-й размер отправим, как только одобрят обмен.", False),
        ("uk", "Коли ви відправите 43-й розмір?", "43-й розмір відправимо, як тільки схвалять обмін.", False),
        ("en", "When will you send the size 11s?", "The size 11s will go out right away, today.", True),
        ("ru", "Когда вы отправите 43-й размер?", "43-й размер отправим сразу, сегодня.", True),
        ("uk", "Коли ви відправите 43-й розмір?", "43-й розмір відправимо одразу, сьогодні.", True),
    ],
)
def test_as_soon_as_names_no_time(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [letter])


COLOURS = {
    "ru": "Плед «Хюгге» есть в горчичном цвете? И какие цвета есть ещё, кроме горчичного?",
    "uk": "Плед «Хюґе» є в гірчичному кольорі? І які кольори є ще, крім гірчичного?",
    "en": "Do you have the Hygge throw in mustard? And what other colours are there besides mustard?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the asked colour said back in another form is no other colour; counting them names none
        ("ru", "Горчичный плед «Хюгге» есть в наличии. Кроме горчичного, он бывает ещё в пяти оттенках.", False),
        ("uk", "Гірчичний плед «Хюґе» є в наявності. Крім гірчичного, він буває ще в п'яти відтінках.", False),
        ("en", "The mustard Hygge throw is in stock. Besides mustard, it comes in five other shades.", False),
        ("ru", "Горчичный плед «Хюгге» есть в наличии. Ещё он бывает серым, синим и бежевым.", True),
        ("uk", "Гірчичний плед «Хюґе» є в наявності. Ще він буває сірим, синім і бежевим.", True),
        ("en", "The mustard Hygge throw is in stock. It also comes in grey, navy and beige.", True),
    ],
)
def test_a_colour_said_back_in_another_form_is_no_new_colour(lang: Lang, answer: str, answered: bool) -> None:
    question = COLOURS[lang].split("? ")[1]
    assert (question not in uq.unanswered(lang, uq.letter(lang, COLOURS[lang]), answer)) is answered


TABLECLOTH = {
    "uk": "За якої температури можна прати скатертину «Прованс»? І чи сильно вона сідає після прання?",
    "ru": "При какой температуре можно стирать скатерть «Прованс»? И сильно ли она садится после стирки?",
    "en": "What temperature can I wash the Provence tablecloth at? And does it shrink much after washing?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # a share is no temperature
        ("uk", "Скатертину «Прованс» сушіть розправленою. Після прання льон сідає лише на 2–3 %.", False),
        ("ru", "Скатерть «Прованс» сушите расправленной. После стирки лён садится лишь на 2–3 %.", False),
        ("en", "Dry the Provence tablecloth flat. After washing the linen shrinks by only 2-3 %.", False),
        ("uk", "Скатертину «Прованс» періть при 40 °C. Після прання льон сідає лише на 2–3 %.", True),
        ("ru", "Скатерть «Прованс» стирайте при 40 °C. После стирки лён садится лишь на 2–3 %.", True),
        ("en", "Wash the Provence tablecloth at 40 °C. After washing the linen shrinks by only 2-3 %.", True),
    ],
)
def test_a_temperature_is_not_a_percentage(lang: Lang, answer: str, answered: bool) -> None:
    question = TABLECLOTH[lang].split("?")[0] + "?"
    assert (question not in uq.unanswered(lang, uq.letter(lang, TABLECLOTH[lang]), answer)) is answered


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # "right away" after a wait for another event is straight after that event: no time
        (
            "ru",
            "Когда будет готова гравировка?",
            "Как только гравировка будет готова, мы сразу пришлём вам SMS.",
            False,
        ),
        (
            "uk",
            "Коли буде готове гравіювання?",
            "Як тільки гравіювання буде готове, ми одразу надішлемо вам SMS.",
            False,
        ),
        ("en", "When will the engraving be ready?", "As soon as it's ready, we'll text you right away.", False),
        ("ru", "Когда будет готова гравировка?", "Гравировку сделаем сразу, сегодня.", True),
        ("uk", "Коли буде готове гравіювання?", "Гравіювання зробимо одразу, сьогодні.", True),
        ("en", "When will the engraving be ready?", "We'll do the engraving right away.", True),
    ],
)
def test_right_away_after_a_wait_names_no_time(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [letter])


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        # an impersonal admission closed by an aside is still an admission (here and for honest-unknown)
        ("en", "Details of the next shipment from our importer are not available at the moment."),
        ("en", "Details of the next shipment from our importer are not available, unfortunately."),
        ("ru", "Информации о следующей поставке от импортёра, к сожалению, пока нет."),
        ("uk", "Інформації про наступну поставку від імпортера, на жаль, поки немає."),
    ],
)
def test_an_admission_closed_by_an_aside_answers(lang: Lang, answer: str) -> None:
    letter = {
        "en": "The Yirgacheffe beans have been sold out for weeks. Do you know when they'll be back?",
        "ru": "Зёрна «Иргачеффе» уже несколько недель нет в продаже. Не знаете, когда они появятся?",
        "uk": "Зерен «Іргачеффе» вже кілька тижнів немає в продажу. Не знаєте, коли вони з'являться?",
    }[lang]
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == []
