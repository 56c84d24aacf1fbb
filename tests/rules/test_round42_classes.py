"""The classes blind round 42 taught: its four unanswered-question false alarms, in new wording.

"Talk me through..." asks how; "Switch on...", «Включите...», «Увімкніть...» are steps; a "which" about a kind is
answered by the question's noun said with a word of the reply's own before it («средней обжарки»); «Можна буде
оплатити карткою, коли кур'єр привезе?» asks whether, and the "when" only says at which moment.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

from replylint.model import Lang


def test_talk_me_through_is_answered_by_steps() -> None:
    original = "Hi,\n\nThe Oslo shelf arrived today. Could you talk me through putting it together?\n\nDan"
    body = (
        "Hi Dan,\n\nOf course. First screw the four legs into the base, then slide the shelves into the grooves and "
        "tighten the side bolts with the Allen key.\n\nBest,\nMia"
    )
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nThe sound is behind the picture when I use the Pulse headphones with my laptop. Can it be "
               "fixed?\n\nSam",
         "Hi Sam,\n\nA short delay over Bluetooth is normal. Switch on Low Latency mode in the Pulse app and it "
         "becomes barely noticeable.\n\nBest,\nDenis"),
        ("ru", "Здравствуйте! Звук в наушниках Pulse отстаёт от картинки, когда смотрю фильмы. Это можно "
               "исправить?\nСемён",
         "Семён, здравствуйте!\n\nНебольшая задержка по Bluetooth нормальна. Включите режим низкой задержки в "
         "приложении Pulse, и она станет почти незаметной.\n\nС уважением,\nДенис"),
        ("uk", "Добрий день! Звук у навушниках Pulse відстає від картинки, коли дивлюся фільми. Це можна "
               "виправити?\nСемен",
         "Семене, добрий день!\n\nНевелика затримка через Bluetooth нормальна. Увімкніть режим низької затримки в "
         "застосунку Pulse, і вона стане майже непомітною.\n\nЗ повагою,\nДенис"),
    ],
)  # fmt: skip
def test_switching_a_setting_on_is_a_step(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nWhat roast are the Santos beans?\n\nAnn",
         "Hi Ann,\n\nThe Santos beans are a medium roast, good for espresso.\n\nBest,\nTom", 0),
        ("ru", "Здравствуйте! Какой степени обжарки зёрна «Сантос»?\nАнна",
         "Анна, здравствуйте!\n\n«Сантос» у нас средней обжарки, под эспрессо и для турки.\n\nС уважением,\nОлег", 0),
        ("ru", "Здравствуйте! Какой степени обжарки зёрна «Сантос»?\nАнна",
         "Анна, здравствуйте!\n\nЭти зёрна у нас сейчас в наличии.\n\nС уважением,\nОлег", 1),
    ],
)  # fmt: skip
def test_a_kind_is_named_by_the_questions_noun_with_a_word_of_its_own(
    lang: Lang, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Можно будет оплатить картой, когда курьер привезёт?\nОлег",
         "Олег, здравствуйте!\n\nДа, у курьера будет терминал, картой оплатить можно.\n\nС уважением,\nИра"),
        ("uk", "Добрий день! Можна буде оплатити карткою, коли кур'єр привезе?\nОлег",
         "Олеже, добрий день!\n\nТак, у кур'єра буде термінал, карткою оплатити можна.\n\nЗ повагою,\nІра"),
    ],
)  # fmt: skip
def test_a_can_before_a_when_clause_asks_whether(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте. Интересует, доставляете ли вы по выходным: в будни меня дома не бывает.\nЛев",
         "Лев, здравствуйте!\n\nДоставка по Москве стоит 299 рублей. Курьер звонит за час до приезда.\n\n"
         "С уважением,\nОля", 1),
        ("ru", "Здравствуйте. Интересует, доставляете ли вы по выходным: в будни меня дома не бывает.\nЛев",
         "Лев, здравствуйте!\n\nДа, доставляем и в субботу, и в воскресенье, с 10 до 18 часов.\n\n"
         "С уважением,\nОля", 0),
        ("en", "Hi,\n\nDo you deliver at weekends? I'm at work all week.\n\nLeo",
         "Hi Leo,\n\nDelivery costs £4.99 and the driver calls an hour before arriving.\n\nBest,\nOlga", 1),
    ],
)  # fmt: skip
def test_a_part_of_the_week_takes_a_day_or_an_hour_not_a_length(
    lang: Lang, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected
