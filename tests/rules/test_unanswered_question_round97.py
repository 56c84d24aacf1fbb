"""unanswered-question: what blind round 97 taught, in new wordings, each with a good and a bad side: «во сколько
обойдётся» asks a price, not a time; a degree lead answers the first yes/no that asks a degree, even where a later
question shares the sentence's words."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "question", "answer", "answered"),
    [
        ("ru", "Во сколько мне обойдётся подъём шкафа на 7 этаж?", "Подъём шкафа на 7 этаж стоит 700 ₽.", True),
        ("ru", "Во сколько мне обойдётся подъём шкафа на 7 этаж?", "Шкаф поднимут в субботу после обеда.", False),
        ("uk", "У скільки обійдеться підйом шафи на 7 поверх?", "Підйом шафи на 7 поверх коштує 300 грн.", True),
        ("uk", "У скільки обійдеться підйом шафи на 7 поверх?", "Шафу піднімуть у суботу після обіду.", False),
        # a time asked with «во сколько» stays a time
        ("ru", "Во сколько приедут грузчики со шкафом?", "Грузчики приедут со шкафом между 10 и 12 часами.", True),
    ],
)
def test_vo_skolko_with_a_cost_verb_asks_a_price(lang: Lang, question: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, question), answer) == ([] if answered else [question])


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "unanswered"),
    [
        (
            "ru",
            "Смотрю на плед «Туман». Он сильно линяет? И садится ли после стирки?",
            "Совсем чуть-чуть и только в первые две стирки при 30 °C. После стирки плед «Туман» не садится.",
            [],
        ),
        (
            "uk",
            "Дивлюся на плед «Туман». Він дуже линяє? І чи сідає після прання?",
            "Зовсім трохи і лише під час перших двох прань при 30 °C. Після прання плед «Туман» не сідає.",
            [],
        ),
        (
            "en",
            "I like the Fog throw. Does it fade much? And does it shrink after washing?",
            "Only slightly, and only in the first two washes at 30 °C. After washing the Fog throw doesn't shrink.",
            [],
        ),
        # a degree lead answers no question that asks no degree
        (
            "ru",
            "Смотрю на плед «Туман». Он из шерсти? И садится ли после стирки?",
            "Совсем чуть-чуть и только в первые две стирки при 30 °C. После стирки плед «Туман» не садится.",
            ["Он из шерсти?"],
        ),
    ],
)
def test_a_degree_lead_answers_the_degree_asked(lang: Lang, letter: str, answer: str, unanswered: list[str]) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == unanswered


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "unanswered"),
    [
        # an "if not" question is asked only after a no: a yes to the question before leaves nothing to answer
        (
            "en",
            "Do you have the Harbour raincoat in olive? If not, when will it be back?",
            "Yes, the Harbour raincoat is in stock in olive in every size.",
            [],
        ),
        (
            "ru",
            "Есть ли плащ «Гавань» оливкового цвета? Если нет, когда он появится?",
            "Да, плащ «Гавань» оливкового цвета есть во всех размерах.",
            [],
        ),
        (
            "uk",
            "Чи є плащ «Гавань» оливкового кольору? Якщо ні, коли він з'явиться?",
            "Так, плащ «Гавань» оливкового кольору є в усіх розмірах.",
            [],
        ),
        # ... and a no leaves it asked
        (
            "ru",
            "Есть ли плащ «Гавань» оливкового цвета? Если нет, когда он появится?",
            "Нет, оливкового плаща «Гавань» сейчас нет.",
            ["Если нет, когда он появится?"],
        ),
        (
            "en",
            "Do you have the Harbour raincoat in olive? If not, when will it be back?",
            "No, the olive Harbour raincoat is sold out for now.",
            ["If not, when will it be back?"],
        ),
    ],
)
def test_an_if_not_question_after_a_yes_is_moot(lang: Lang, letter: str, answer: str, unanswered: list[str]) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == unanswered


@pytest.mark.parametrize(
    ("question", "answer", "unanswered"),
    [
        # «найближчим часом» is "soon", the time frame of a yes/no, which a no answers (round 98)
        ("Може, очікується знижка на кавомолку найближчим часом?", "Ні, знижок на кавомолку цього року не буде.", []),
        (
            "Може, очікується знижка на кавомолку найближчим часом?",
            "Кавомолка є в наявності.",
            ["Може, очікується знижка на кавомолку найближчим часом?"],
        ),
        # the nearest time asked as a thing still asks a time
        (
            "Який найближчий час доставки кавомолки?",
            "Кавомолка є в наявності.",
            ["Який найближчий час доставки кавомолки?"],
        ),
    ],
)
def test_soon_as_a_time_frame_is_no_when(question: str, answer: str, unanswered: list[str]) -> None:
    assert uq.unanswered("uk", uq.letter("uk", question), answer) == unanswered
