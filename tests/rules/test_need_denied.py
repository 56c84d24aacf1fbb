"""unanswered-question: a "do I need to" answered by the need denied, as its page promises.

Rounds 21, 24, 26 and 27 each brought the page's own example in new words («Нужно ли быть дома весь день?» -
«Весь день ждать не нужно»): the words said back ("весь день") are too common to put the reply on the question's
subject, so the denial went unread. The denial counts in the clause that says a word of the question back, and the
yes or no opening that sentence then belongs to this question, not to another that shares only its topic.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered as _unanswered

CASES = [
    (
        "ru",
        "Добрый день. Плитку привезут в среду. Нужно ли мне быть дома весь день? И курьер позвонит заранее?\nЕвгений",
        "Весь день ждать не нужно: машина приедет с 14:00 до 18:00. Да, водитель позвонит за час до приезда.",
    ),
    (
        "uk",
        "Добрий день. Холодильник привезуть у четвер. Чи треба бути вдома весь день? І чи заберете старий?\nПавло",
        "Весь день чекати не треба: водій зателефонує за годину. Так, старий холодильник заберемо безкоштовно.",
    ),
    (
        "en",
        "Hi, the sofa comes on Thursday. Do I need to stay in all day? And will you take the old one away?\nTom",
        "You don't need to wait in all day: the driver calls an hour before. Yes, we'll take the old sofa away.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "reply"), CASES, ids=[c[0] for c in CASES])
def test_need_denied_answers_the_need(lang: str, original: str, reply: str) -> None:
    assert _unanswered(lang, original, reply) == []


LEFT_OPEN = [
    # the need denied is of something else: the day is not in its clause
    (
        "ru",
        "Добрый день. Нужно ли мне быть дома весь день?\nЕвгений",
        "Подписывать ничего не нужно, курьер позвонит за день до доставки.",
    ),
    # the "no" and the denial answer the first question; the second is left
    (
        "uk",
        "Добрий день. Чи треба мені бути вдома весь день, коли привезуть пральну машину? І чи заберуть стару?\nРаїса",
        "Ні, весь день чекати не треба: водій зателефонує за годину до приїзду.",
    ),
    (
        "en",
        "Hi, do I need to stay in all day when the washer comes? And will you take the old one?\nRay",
        "No, you don't need to wait in all day: the driver calls an hour before arriving.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "reply"), LEFT_OPEN, ids=[f"{c[0]}-{i}" for i, c in enumerate(LEFT_OPEN)])
def test_other_questions_stay_open(lang: str, original: str, reply: str) -> None:
    assert _unanswered(lang, original, reply) != []


LASTING = [
    ("uk", "Добрий день. Скільки триває сезонне ТО велосипеда?\nОлег", "Сезонне ТО займає один робочий день."),
    ("uk", "Добрий день. Скільки триває сезонне ТО велосипеда?\nОлег", "Сезонне ТО займає близько тижня."),
    ("ru", "Добрый день. Сколько длится ремонт велосипеда?\nОлег", "Ремонт занимает около недели."),
    ("ru", "Добрый день. Сколько длится ремонт велосипеда?\nОлег", "Ремонт занимает один рабочий день."),
    ("en", "Hi, how long does the service take?\nTom", "The service takes one working day."),
]


@pytest.mark.parametrize(("lang", "original", "reply"), LASTING, ids=[f"{c[0]}-{i}" for i, c in enumerate(LASTING)])
def test_a_length_in_words_says_how_long(lang: str, original: str, reply: str) -> None:
    """«один» was missing from the Russian and Ukrainian counts, and a bare unit after «занимает», «около»,
    «триває», «близько» was no duration: "how long" answered in words was reported."""
    assert _unanswered(lang, original, reply) == []
    elsewhere = {"uk": "Сервіс у нас на Подолі.", "ru": "Мастерская у нас на Соколе.", "en": "We are in Leeds."}
    assert _unanswered(lang, original, elsewhere[lang]) != []
