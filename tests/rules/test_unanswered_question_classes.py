"""unanswered-question: the classes of question and answer that blind round 6 taught (issue 9), each in en, ru
and uk, with a good and a bad side: the agent's sign-off and shop name answer nothing, a number settles "enough",
an age question wants an age.

The wordings are new, not the rounds' cases: a fix that only learnt a round's sentences fails here.
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        (
            "en",
            "Hi,\n\nIs the Linen Cloud duvet cover soft after washing? And do you deliver to Cork?\n\nNiamh",
            "Hi Niamh,\n\nYes, we deliver to Cork in 2 to 3 working days.\n\nKind regards,\nAoife\nSoft Linen Cloud",
            ["Is the Linen Cloud duvet cover soft after washing?"],
        ),
        (
            "ru",
            "Здравствуйте! Мягкий ли плед «Облако» после стирки? И доставляете ли вы в Тверь?\nАнна",
            "Анна, здравствуйте!\n\nДа, в Тверь доставляем за 2–3 дня.\n\nС уважением,\nОльга\nМягкий плед «Облако»",
            ["Мягкий ли плед «Облако» после стирки?"],
        ),
        (
            "uk",
            "Добрий день! Чи м'який плед «Хмара» після прання? І чи доставляєте ви до Рівного?\nОксана",
            "Оксано, добрий день!\n\nТак, до Рівного доставляємо за 2–3 дні.\n\nЗ повагою,\nІра\nМ'який плед «Хмара»",
            ["Чи м'який плед «Хмара» після прання?"],
        ),
    ],
)
def test_the_agents_signature_takes_up_no_question(
    lang: Lang, original: str, reply: str, unanswered: list[str]
) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original", "reply"),
    [
        # "enough" is a quantity: a number on the thing settles it
        (
            "en",
            "Hi,\n\nIs the Tundra sleeping bag warm enough for winter?\n\nRory",
            "Hi Rory,\n\nThe Tundra bag is rated to -12 °C, with a comfort limit of -5 °C.\n\nBest,\nMairi",
        ),
        (
            "ru",
            "Здравствуйте! Достаточно ли тёплый спальник «Тундра» для зимы?\nИгорь",
            "Игорь, здравствуйте!\n\nСпальник «Тундра» рассчитан на температуру до −12 °C.\n\nС уважением,\nМарина",
        ),
        (
            "uk",
            "Добрий день! Чи достатньо теплий спальник «Тундра» для зими?\nІгор",
            "Ігорю, добрий день!\n\nСпальник «Тундра» розрахований на температуру до −12 °C.\n\nЗ повагою,\nМарина",
        ),
        # an age question is answered by an age
        (
            "en",
            "Hello,\n\nFrom what age is the Robo Builder kit suitable? And does it need batteries?\n\nKate",
            "Hi Kate,\n\nThe kit is designed for children of 8 and up. It needs two AA batteries, not included.\n\n"
            "Best,\nTom",
        ),
        (
            "ru",
            "Здравствуйте! С какого возраста подходит набор «Робот»? И нужны ли для него батарейки?\nОля",
            "Ольга, здравствуйте!\n\nНабор рассчитан на детей от 8 лет. Для него нужны две батарейки АА.\n\n"
            "С уважением,\nИгорь",
        ),
        (
            "uk",
            "Добрий день! З якого віку підходить набір «Робот»? І чи потрібні для нього батарейки?\nОля",
            "Олю, добрий день!\n\nНабір розрахований на дітей від 8 років. Для нього потрібні дві батарейки АА.\n\n"
            "З повагою,\nІгор",
        ),
    ],
)
def test_a_number_answers_a_quantity_or_an_age(lang: Lang, original: str, reply: str) -> None:
    assert _unanswered(lang, original, reply) == []
