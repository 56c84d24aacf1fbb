"""Readings a fresh-eyes review of the round 19 and 20 fixes found too broad, each confirmed by running it before
it was narrowed: every case here misfired on the code the review read.
"""

from __future__ import annotations

import pytest
from uq_cases import kinds as _kinds

from replylint.model import Lang

AUTO = "From: shop@example.com\nTo: c@example.com\nSubject: Re: Order\nAuto-Submitted: auto-replied\n\n"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Thank you for your email. It arrived outside our office hours, and we will reply on Monday morning."),
        ("en", "We are working extended hours this week and will reply within 24 hours."),
        ("ru", "Мы уже работаем над Вашим запросом и ответим до 18:00 завтра."),
        ("uk", "Ми працюємо над Вашим зверненням і відповімо завтра до 12:00."),
    ],
)
def test_a_promised_time_near_the_word_hours_is_still_a_timeframe(lang: Lang, body: str) -> None:
    assert "no-timeframe" not in _kinds("autoreply", lang, body, headers=AUTO)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "The tracking shows your parcel arriving with a delay."),
        ("ru", "Трекинг показывает, что посылка придёт с задержкой."),
        ("uk", "Система перевізника показує доставку із затримкою на два дні."),
    ],
)
def test_tracking_that_shows_a_late_parcel_is_a_delay(lang: Lang, body: str) -> None:
    assert _kinds("delay-notice", lang, body)


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        (
            "en",
            "Hi, can my sofa delivery be rescheduled to Friday?\nAnna",
            "Your sofa delivery has been rescheduled to Friday, 14 March, as you asked.",
        ),
        (
            "ru",
            "Здравствуйте! Можно сделать так, чтобы доставку дивана перенесли на пятницу?\nАнна",
            "Доставку Вашего дивана перенесли на пятницу, 14 марта, как Вы просили.",
        ),
        (
            "uk",
            "Добрий день! Чи можна, щоб доставку дивана перенесли на п'ятницю?\nАнна",
            "Доставку Вашого дивана перенесли на п'ятницю, 14 березня, як Ви просили.",
        ),
    ],
)
def test_a_move_asked_for_in_any_form_is_no_delay_once_done(lang: Lang, original: str, body: str) -> None:
    assert _kinds("delay-notice", lang, body, original) == []


UQ_REPORTED = [
    (
        "ru",
        "Здравствуйте! Интересует наличие куртки Nord в размере 48. И сколько стоит доставка в Казань?\nАнна",
        "Доставка в Казань стоит 390 рублей.",
    ),
    (
        "uk",
        "Добрий день! Цікавить наявність куртки Nord у розмірі 48. І скільки коштує доставка до Львова?\nАнна",
        "Доставка до Львова коштує 90 гривень.",
    ),
    (
        "en",
        "Hi,\n\nHas my refund for the kettle been processed?\n\nAnna",
        "The kettle has already reached our warehouse.",
    ),
    ("uk", "Добрий день! Чи вже оформлено повернення коштів за чайник?\nАнна", "Чайник вже прибув на наш склад."),
    (
        "en",
        "Hi,\n\nWhere can I collect my order?\n\nAnna",
        "Your order is ready. Our office will email you once it can be collected.",
    ),
    (
        "ru",
        "Здравствуйте! Где можно забрать заказ?\nАнна",
        "Заказ готов, мастерская сообщит, когда его можно будет забрать.",
    ),
    (
        "uk",
        "Добрий день! Де можна забрати замовлення?\nАнна",
        "Замовлення готове, майстерня повідомить, коли його можна буде забрати.",
    ),
    (
        "en",
        "Hi,\n\nHow heavy is the Alpine sleeping bag? And how warm is it?\n\nAnna",
        "On Mon, 2 Jun 2025 at 09:10, Anna <anna@example.com> wrote:\n> How heavy is the Alpine sleeping bag? And how "
        "warm is it?\n\nThe Alpine weighs 1.2 kg.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "body"), UQ_REPORTED)
def test_still_unanswered(lang: Lang, original: str, body: str) -> None:
    assert _kinds("unanswered-question", lang, body, original) == ["unanswered"]


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWhich thread count do the Luna sheets come in?\n\nAnna", "The Luna sheets come in 300 and 600."),
        (
            "ru",
            "Здравствуйте! Какие цвета есть у краски для волос Lumi?\nАнна",
            "Краска Lumi есть в оттенках 5.0, 6.1 и 7.3.",
        ),
    ],
)
def test_numbers_that_are_the_choice_answer_it(lang: Lang, original: str, body: str) -> None:
    assert _kinds("unanswered-question", lang, body, original) == []
