"""The classes blind round 24 taught, each with a good and a bad side.

- delay-notice: a delay denied with words between («затримок із замовленням 66120 не буде») announces none.
- quote-unrecognised: a line with a verb of asking above the quote («Ви запитували:», «Вы интересовались:», "You
  enquired:") says who wrote it; a label alone («Ваш лист:») still does not.
"""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import unanswered as _unanswered

from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "good", "bad"),
    [
        ("uk", "Так, привеземо вчасно: затримок із замовленням 66120 не буде, кур'єр приїде в четвер.",
         "Замовлення 66120 затримується, кур'єр приїде пізніше."),
        ("ru", "Да, привезём вовремя: задержек с заказом 66120 не будет, курьер приедет в четверг.",
         "Заказ 66120 задерживается, курьер приедет позже."),
    ],
)  # fmt: skip
def test_a_delay_denied_with_words_between(lang: Lang, good: str, bad: str) -> None:
    assert kinds("delay-notice", lang, good) == []
    assert kinds("delay-notice", lang, bad) != []


@pytest.mark.parametrize(
    ("lang", "asked", "label"),
    [
        ("uk", "Ви запитували:", "Ваш лист:"),
        ("ru", "Вы интересовались:", "Ваше письмо:"),
        ("en", "You enquired:", "Your message:"),
    ],
)  # fmt: skip
def test_a_verb_of_asking_above_the_quote_is_a_header(lang: Lang, asked: str, label: str) -> None:
    quote = "\n> Чи є кросівки у розмірі 44?\n\n"
    answer = {"uk": "Так, є.", "ru": "Да, есть.", "en": "Yes, they are in stock."}[lang]
    assert kinds("quote-unrecognised", lang, asked + quote + answer) == []
    assert kinds("quote-unrecognised", lang, label + quote + answer) == ["no-header"]


MODAL_AND_COUNT = [
    (
        "uk",
        "Доброго дня. Завтра мені привозять холодильник. Чи треба мені бути вдома весь день? І чи заберете "
        "старий?\nЄвген",
        "Весь день чекати не треба: холодильник привезуть між 12:00 і 16:00. Так, старий холодильник "
        "заберемо безкоштовно.",
        "Холодильник привезуть між 12:00 і 16:00. Так, старий холодильник заберемо безкоштовно.",
    ),
    (
        "ru",
        "Добрый день. Завтра мне привозят холодильник. Нужно ли мне быть дома весь день? И заберёте ли "
        "старый?\nЕвгений",
        "Весь день ждать не нужно: холодильник привезут с 12:00 до 16:00. Да, старый холодильник заберём бесплатно.",
        "Холодильник привезут с 12:00 до 16:00. Да, старый холодильник заберём бесплатно.",
    ),
    (
        "en",
        "Hi,\n\nMy fridge is being delivered tomorrow. Do I need to stay in all day? And will you take the "
        "old one away?\n\nEugene",
        "You don't need to stay in all day: the fridge arrives between 12:00 and 16:00. Yes, we'll take "
        "the old fridge away for free.",
        "The fridge arrives between 12:00 and 16:00. Yes, we'll take the old fridge away for free.",
    ),
    (
        "ru",
        "Здравствуйте. Какая оптовая цена на зерно за килограмм? С какого объёма действует эта цена?\nМихаил",
        "Оптовая цена — 1 650 ₽ за килограмм. Она действует от 10 кг в месяц.",
        "Оптовая цена — 1 650 ₽ за килограмм.",
    ),
    (
        "uk",
        "Добрий день. Яка оптова ціна на зерно за кілограм? З якого обсягу діє ця ціна?\nМихайло",
        "Оптова ціна — 650 грн за кілограм. Вона діє від 10 кг на місяць.",
        "Оптова ціна — 650 грн за кілограм.",
    ),
    (
        "en",
        "Hello,\n\nWhat is your wholesale price for the beans per kilo? From what quantity does this price "
        "apply?\n\nMichael",
        "The wholesale price is £18 per kilo. It applies from 10 kg a month.",
        "The wholesale price is £18 per kilo.",
    ),
]
"""A modal yes/no answered by the modal with words of the question said back ("Весь день чекати не треба"), though
another question's story words put the sentence in its hands; "from what quantity does this price apply?" answered by
a quantity, not by the price."""


@pytest.mark.parametrize(("lang", "original", "good", "bad"), MODAL_AND_COUNT)
def test_modal_said_back_and_quantity_asked(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []
