"""The classes blind round 22 taught, each with a good and a bad side.

unanswered-question:
- a question about what will happen is not answered by "already" told of another, past event («Пальто мы
  получили, его уже проверили» does not say when the money reaches the card);
- "X, or only Y?" is not answered by a yes whose clause says the letter back ("Yes, you can pay when the wardrobe
  is delivered"), and a clause of time or condition after the first alternative ("by card when it is delivered,
  or only in cash?") is no alternative;
- "which yarn?", "what colours?" take a material or a colour named: steps beside them (a dispatch told after the
  stock) name neither.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered as _unanswered

from replylint.model import Lang

CASES = [
    (
        "ru",
        "Здравствуйте! Вернула вам пальто 1 декабря через пункт выдачи. Когда деньги придут на карту?\nВиктория",
        "Пальто мы получили 3 декабря, деньги уже вернули на карту, они придут в течение трёх дней.",
        "Пальто мы получили 3 декабря, его уже проверили, замечаний нет.",
    ),
    (
        "uk",
        "Добрий день! Повернула вам пальто 1 грудня через відділення. Коли гроші надійдуть на картку?\nВікторія",
        "Пальто ми отримали 3 грудня, гроші вже повернули на картку.",
        "Пальто ми отримали 3 грудня, його вже перевірили, зауважень немає.",
    ),
    (
        "en",
        "Hi,\n\nI sent the coat back on 1 December. When will the money reach my card?\n\nVictoria",
        "We received the coat on 3 December and the money is already on its way back to your card.",
        "We received the coat on 3 December and have already checked it: everything is in order.",
    ),
    (
        "en",
        "Hi,\n\nCan I pay by card when the wardrobe is delivered, or only in cash?\n\nSteve",
        "Yes, you can pay by card when the wardrobe is delivered: the driver carries a terminal.",
        "Yes, you can pay when the wardrobe is delivered, and the driver will hand you a receipt.",
    ),
    (
        "ru",
        "Здравствуйте! Заказываю холодильник. Оплатить при доставке можно картой или только наличными?\nЛариса",
        "Да, у курьера есть терминал, оплатить холодильник можно при доставке.",
        "Да, оплатить холодильник можно при доставке, курьер привезёт чек.",
    ),
    (
        "uk",
        "Добрий день! Замовляю холодильник. Оплатити при доставці можна карткою чи лише готівкою?\nЛариса",
        "Так, у кур'єра є термінал, оплатити холодильник можна при доставці.",
        "Так, оплатити холодильник можна при доставці, кур'єр привезе чек.",
    ),
    (
        "ru",
        "Здравствуйте! Есть ли у вас плед «Хюгге» в сером цвете? И из какой он пряжи?\nЕлена",
        "Да, серый плед «Хюгге» есть в наличии. Он связан из мериносовой шерсти, отправим его в день заказа.",
        "Да, серый плед «Хюгге» есть в наличии. Он стоит 1 290 рублей, отправим его в день заказа.",
    ),
    (
        "uk",
        "Добрий день! Чи є у вас плед «Хюгге» в сірому кольорі? І з якої він пряжі?\nОлена",
        "Так, сірий плед «Хюгге» є в наявності. Він із мериносової вовни, відправимо його в день замовлення.",
        "Так, сірий плед «Хюгге» є в наявності. Він коштує 1 290 грн, відправимо його в день замовлення.",
    ),
    (
        "en",
        "Hi,\n\nDo you have the Hygge throw in grey? And what is it made of?\n\nHelen",
        "Yes, the grey Hygge throw is in stock. It is knitted from merino wool, and we'll send it the day you order.",
        "Yes, the grey Hygge throw is in stock. It costs £39, and we'll send it the day you order.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "good", "bad"), CASES)
def test_round_22_answers_and_non_answers(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []
