"""unanswered-question: what blind round 102 taught, in new wordings, each with a good and a bad side: another
question's deed on the order, or a thank-you naming the shop, tells no status; "when will you send the
replacement?" asks a time, which a promise to send it does not give."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang

STATUS = {
    "en": "Where is my order 48120? Also, can I still add a second Harbour mug to it?",
    "ru": "Где мой заказ 48120? И можно ли добавить в него ещё одну кружку «Гавань»?",
    "uk": "Де моє замовлення 48120? І чи можна додати до нього ще одну чашку «Гавань»?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the other question's deed on the order, and a thank-you with the shop's name in it, tell no status
        ("en", "Thank you for ordering from our shop. Yes, I've added a second mug to order 48120.", False),
        ("ru", "Спасибо за заказ в нашем магазине. Да, вторую кружку мы добавили в заказ 48120.", False),
        ("uk", "Дякуємо за замовлення в нашому магазині. Так, другу чашку ми додали до замовлення 48120.", False),
        # a time said of the order does
        ("en", "Order 48120 goes out today. Yes, I've added a second mug to it.", True),
        ("ru", "Заказ 48120 уедет к вам сегодня. Да, вторую кружку мы в него добавили.", True),
        ("uk", "Замовлення 48120 поїде до вас сьогодні. Так, другу чашку ми до нього додали.", True),
    ],
)
def test_another_questions_deed_tells_no_status(lang: Lang, answer: str, answered: bool) -> None:
    question = STATUS[lang].split("?")[0] + "?"
    assert (question not in uq.unanswered(lang, uq.letter(lang, STATUS[lang]), answer)) is answered


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # "when" of a replacement asks a time, not the deed
        ("en", "When will you send the replacement?", "We'll send the new jumper to you.", False),
        ("ru", "Когда вы отправите замену?", "Новый свитер мы вам отправим.", False),
        ("uk", "Коли ви надішлете заміну?", "Новий светр ми вам надішлемо.", False),
        ("en", "When will you send the replacement?", "We'll send the new jumper on Monday.", True),
        ("ru", "Когда вы отправите замену?", "Новый свитер мы отправим в понедельник.", True),
        ("uk", "Коли ви надішлете заміну?", "Новий светр ми надішлемо в понеділок.", True),
        # a new one sent on a date answers it, in any words (round 103)
        ("ru", "Когда пришлёте замену?", "Новую кружку отправили сегодня, 12 ноября, Почтой России.", True),
        ("uk", "Коли надішлете заміну?", "Нову чашку відправили сьогодні, 12 листопада, Укрпоштою.", True),
        ("en", "When will you send a replacement?", "A new mug went out today, 12 November, by Royal Mail.", True),
    ],
)
def test_when_of_a_replacement_asks_a_time(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [letter])
