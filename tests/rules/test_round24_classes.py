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


@pytest.mark.parametrize(
    ("lang", "original", "good"),
    [
        ("ru", "Здравствуйте. Какая оптовая цена на зерно за килограмм? С какого объёма действует эта цена?\nМихаил",
         "Оптовая цена — 1 650 ₽ за килограмм. Она действует от 10 кг в месяц."),
        ("uk", "Добрий день. Яка оптова ціна на зерно за кілограм? З якого обсягу діє ця ціна?\nМихайло",
         "Оптова ціна — 650 грн за кілограм. Вона діє від 10 кг на місяць."),
        ("en", "Hello,\n\nWhat is your wholesale price for the beans per kilo? From what quantity does this price "
               "apply?\n\nMichael",
         "The wholesale price is £18 per kilo. It applies from 10 kg a month."),
    ],
)  # fmt: skip
def test_the_quantity_a_price_applies_from_is_no_money_question(lang: Lang, original: str, good: str) -> None:
    """«С какого объёма действует эта цена?» names a price but asks a quantity (question_count): an amount of
    money it did not ask for is no condition of its answer."""
    assert _unanswered(lang, original, good) == []
