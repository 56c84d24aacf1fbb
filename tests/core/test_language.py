"""Language detection on short texts, where ru/uk confusion is most likely."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.language import detect

RU = [
    "Спасибо, проблема решена.",
    "Верните деньги, пожалуйста.",
    "Перезвоните мне, пожалуйста.",
    "Сколько стоит доставка в Казань?",
    "Ничего не понятно, объясните подробнее.",
    "Когда привезут заказ?",
    "Здравствуйте! Заказ уже в пути.",
    "Хорошо, жду.",
]
UK = [
    "Дякую, все працює.",
    "Добре, чекатиму.",
    "Я вже писав вам учора.",
    "Гроші списали, а замовлення не оформилося.",
    "Коли привезуть замовлення?",
    "Поверніть кошти, будь ласка.",
    "Вітаю! Посилка вже в дорозі.",
    "Добрий день!",
]
EN = ["Thanks, it works now.", "Where is my order?", "Please refund me.", "Hello Anna, your parcel left today."]


@pytest.mark.parametrize("text", RU)
def test_short_russian(text: str) -> None:
    assert detect(text) == "ru"


@pytest.mark.parametrize("text", UK)
def test_short_ukrainian(text: str) -> None:
    assert detect(text) == "uk"


@pytest.mark.parametrize("text", EN)
def test_short_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize("text", ["", "   ", "12345", "!!!", "\x00\x01"])
def test_nothing_to_tell(text: str) -> None:
    assert detect(text) is None


def test_deterministic() -> None:
    texts = RU + UK + EN
    assert [detect(t) for t in texts] == [detect(t) for t in texts]


def test_huge_text_is_sampled() -> None:
    import time

    text = "Здравствуйте, заказ отправлен. " * 100_000
    t = time.perf_counter()
    assert detect(text) == "ru"
    assert time.perf_counter() - t < 1.0


@pytest.mark.parametrize(
    ("reply", "original", "expected"),
    [
        # too short to tell by itself: the letter it answers decides
        ("Да.\n\nОтправлено с iPhone", "Добрый вечер! Можно ли оплатить заказ картой при получении?", "ru"),
        ("Да.", "Добрий вечір! Чи можна оплатити замовлення карткою при отриманні?", "uk"),
        # its own letters or frequent words still tell
        ("Так, звісно.", "Добрый вечер! Можно ли оплатить заказ картой при получении?", "uk"),
        ("Да, конечно, это можно.", "Добрий вечір! Чи можна оплатити карткою?", "ru"),
        # another script is another language, however short
        ("Yes.", "Добрый вечер! Можно ли оплатить картой?", "en"),
    ],
)
def test_a_short_reply_takes_the_language_of_the_letter_it_answers(reply: str, original: str, expected: str) -> None:
    assert lint(reply, original=original).language == expected
