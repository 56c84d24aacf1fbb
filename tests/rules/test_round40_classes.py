"""The classes blind round 40 taught, tested in new wording in three languages.

False alarms: an admission that the date is not known yet, in a sentence another question covers better; an
alternative of small words only ("on their own") said back; "What happens if...?" is no "why"; a subjectless
"Roughly?" after a "when" asks it again; «знадобляться», «понадобятся» ask what is needed; a perfective verb
(«зарезервувати») is its imperfective («резервувати») with a prefix. Misses: "I'd like to know whether" after a
short lead-in; a yes with a clause of time ("once the kitchen has been fitted") picks no way to pay; a price is no
count of capsules; a measure the question gave itself ("65W") is no length.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWhen will the Fell jacket be back in size 12? And do you do petite lengths?\n\nAmy",
         "Hi Amy,\n\nI can't give you a date for size 12 yet: the supplier hasn't confirmed. I'll email you by "
         "Friday with news.\n\nWe don't make the Fell in petite lengths, but the sleeves have adjustable cuffs.\n\n"
         "Best,\nJo"),
        ("ru", "Здравствуйте! Когда куртка «Фелл» снова будет в 46 размере? И бывают ли укороченные модели?\nАня",
         "Аня, здравствуйте!\n\nСрок поступления 46 размера пока не знаю: поставщик его не подтвердил. Напишу вам в "
         "пятницу.\n\nУкороченных моделей «Фелл» не бывает, но рукава регулируются манжетами.\n\nС уважением,\nЖанна"),
        ("uk", "Добрий день! Коли куртка «Фелл» знову буде в 46 розмірі? І чи бувають укорочені моделі?\nАня",
         "Аню, добрий день!\n\nТермін надходження 46 розміру поки не знаю: постачальник його не підтвердив. Напишу "
         "вам у п'ятницю.\n\nУкорочених моделей «Фелл» не буває, але рукави регулюються манжетами.\n\nЗ повагою,\n"
         "Жанна"),
    ],
)  # fmt: skip
def test_a_date_not_known_yet_answers_when(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


def test_an_alternative_of_small_words_said_back_is_picked() -> None:
    original = "Hello,\n\nDo you sell the lids on their own, or only with the jars?\n\nLiv"
    picked = "Hi Liv,\n\nWe sell them on their own as well: a lid is £2.\n\nBest,\nBeth"
    vague = "Hi Liv,\n\nOur lids are made of bamboo and close tightly.\n\nBest,\nBeth"
    assert (_uq(original, picked), _uq(original, vague)) == (0, 1)


def test_what_happens_if_is_no_why() -> None:
    original = "Hi,\n\nWhat happens if the sofa doesn't fit through my door?\n\nHarry"
    body = (
        "Hi Harry,\n\nOur drivers can take the feet off, and if it still won't go in, we take it back for a full "
        "refund.\n\nKind regards,\nSofia"
    )
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nWhen will my fridge be delivered?\n\nThanks,\nLara\n\nP.S. Roughly?",
         "Hi Lara,\n\nYour fridge will be delivered on Friday, 5 December, between 2 and 6 pm.\n\nBest,\nIvan", 0),
        ("ru", "Здравствуйте! Когда привезут холодильник?\n\nСпасибо,\nЛариса\n\nP.S. Хотя бы примерно?",
         "Лариса, здравствуйте!\n\nХолодильник привезём в пятницу, 5 декабря, с 14 до 18 часов.\n\nС уважением,\n"
         "Иван", 0),
        ("uk", "Добрий день! Коли привезуть холодильник?\n\nДякую,\nЛариса\n\nP.S. Хоча б приблизно?",
         "Ларисо, добрий день!\n\nХолодильник привеземо в п'ятницю, 5 грудня, з 14 до 18 години.\n\nЗ повагою,\n"
         "Іван", 0),
        ("uk", "Добрий день! Коли привезуть холодильник?\n\nДякую,\nЛариса\n\nP.S. Хоча б приблизно?",
         "Ларисо, добрий день!\n\nХолодильник уже на складі, дякуємо за замовлення.\n\nЗ повагою,\nІван", 2),
    ],
)  # fmt: skip
def test_a_bare_roughly_asks_the_when_again(lang: Lang, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Какие инструменты понадобятся для сборки полки «Лофт»?\nАртём",
         "Артём, здравствуйте!\n\nПонадобится только крестовая отвёртка, шестигранник есть в комплекте.\n\n"
         "С уважением,\nСтас"),
        ("uk", "Добрий день! Які інструменти знадобляться для збирання полиці «Лофт»?\nАртем",
         "Артеме, добрий день!\n\nЗнадобиться лише хрестова викрутка, шестигранник є в комплекті.\n\nЗ повагою,\n"
         "Стас"),
    ],
)  # fmt: skip
def test_what_will_be_needed_is_answered_by_the_need_told(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Можете забронировать для меня духи «Лаванда» до понедельника?\nЖанна",
         "Жанна, здравствуйте!\n\nК сожалению, бронировать товары мы не можем: продаём их только через сайт.\n\n"
         "С уважением,\nВика"),
        ("uk", "Добрий день! Чи можете зарезервувати для мене парфуми «Лаванда» до понеділка?\nЖанна",
         "Жанно, добрий день!\n\nНа жаль, резервувати товари ми не можемо: продаємо їх лише через сайт.\n\n"
         "З повагою,\nВіка"),
    ],
)  # fmt: skip
def test_a_perfective_is_its_imperfective_with_a_prefix(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


def test_i_would_like_to_know_after_a_lead_in_asks() -> None:
    original = (
        "Hello,\n\nWe ordered the Harlow sofa (order 66310). With a dog in the house I'd like to know whether the "
        "covers can be washed. Please also confirm the delivery date.\n\nPeter"
    )
    body = "Hi Peter,\n\nYour Harlow sofa will be delivered on Thursday, 24 July.\n\nKind regards,\nSandra"
    assert _uq(original, body) == 1


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nCan I pay the balance by card, or only by bank transfer?\n\nNeil",
         "Hi Neil,\n\nYes, you can pay the balance once the kitchen has been fitted.\n\nKind regards,\nSandra"),
        ("ru", "Здравствуйте! Можно оплатить остаток картой, или только переводом?\nНиколай",
         "Николай, здравствуйте!\n\nДа, оплатить остаток можно после того, как кухню установят.\n\nС уважением,\n"
         "Сандра"),
        ("uk", "Добрий день! Чи можна оплатити залишок карткою, чи лише переказом?\nМикола",
         "Миколо, добрий день!\n\nТак, оплатити залишок можна після того, як кухню встановлять.\n\nЗ повагою,\n"
         "Сандра"),
    ],
)  # fmt: skip
def test_a_yes_with_a_clause_of_time_picks_no_way_to_pay(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 1


@pytest.mark.parametrize(
    ("lang", "original", "priced", "counted"),
    [
        ("en", "Hi,\n\nHow many capsules are in a box of Lavazza Intenso?\n\nGeorge",
         "Hi George,\n\nA box of Lavazza Intenso costs £6.90.\n\nBest,\nAlice",
         "Hi George,\n\nA box of Lavazza Intenso holds 10 capsules and costs £6.90.\n\nBest,\nAlice"),
        ("ru", "Здравствуйте! Сколько капсул в упаковке Lavazza Intenso?\nГеоргий",
         "Георгий, здравствуйте!\n\nУпаковка Lavazza Intenso стоит 690 ₽.\n\nС уважением,\nАлиса",
         "Георгий, здравствуйте!\n\nВ упаковке Lavazza Intenso 10 капсул, стоит она 690 ₽.\n\nС уважением,\nАлиса"),
        ("uk", "Добрий день! Скільки капсул в упаковці Lavazza Intenso?\nГеоргій",
         "Георгію, добрий день!\n\nУпаковка Lavazza Intenso коштує 290 грн.\n\nЗ повагою,\nАліса",
         "Георгію, добрий день!\n\nВ упаковці Lavazza Intenso 10 капсул, коштує вона 290 грн.\n\nЗ повагою,\nАліса"),
    ],
)  # fmt: skip
def test_a_price_is_no_count(lang: Lang, original: str, priced: str, counted: str) -> None:
    assert (_uq(original, priced), _uq(original, counted)) == (1, 0)


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nWhat is the cable length of the Baseus 65W charger?\n\nArthur",
         "Hi Arthur,\n\nThe Baseus 65W charges laptops over USB-C with Power Delivery.\n\nBest,\nDennis"),
        ("uk", "Добрий день. Яка довжина кабелю в зарядного Baseus 65W?\nАртур",
         "Артуре, добрий день!\n\nЗарядний пристрій Baseus 65W заряджає ноутбуки через USB-C.\n\nЗ повагою,\nДенис"),
    ],
)  # fmt: skip
def test_a_measure_said_back_from_the_question_is_no_length(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 1
