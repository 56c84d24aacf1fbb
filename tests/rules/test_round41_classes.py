"""The classes blind round 41 taught, tested in new wording.

- unanswered-question: "how soon", «через сколько», «через скільки» ask a "when", which a length of time anywhere
  answers when only one question asks it; a judgement with no alternatives of its own ("Which is better for my
  back?" after the two were named) is answered by advice; the window and the balcony are where a thing is put.
- autoreply: «не работает в новогодние праздники», «не працює у святкові... свята» with «в», not only «на».
- greeting-name / familiar-tone: "Yo Kyle," greets, too casually: familiar-tone reports it, greeting-name does not.
- sign-off: «кондитерская «Тортик»» under the closing is the shop's name.
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang


def _fired(original: str, body: str) -> set[str]:
    return {f.rule for f in lint(body, original=original).findings if f.severity.name in ("WARNING", "ERROR")}


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nDoes the Root serum help with hair loss? And how soon will I see a difference?\n\nAlice",
         "Hi Alice,\n\nYes, the Root serum strengthens the follicles; most people notice the first changes after "
         "six to eight weeks of daily use.\n\nBest wishes,\nNell"),
        ("ru", "Здравствуйте! Правда ли сыворотка «Корни» помогает от выпадения волос? Через сколько будет заметна "
               "разница?\nАлиса",
         "Алиса, здравствуйте!\n\nДа, сыворотка «Корни» укрепляет луковицы, первые изменения обычно видны через 6–8 "
         "недель ежедневного применения.\n\nС уважением,\nНелли"),
        ("uk", "Добрий день! Чи справді сироватка «Коріння» допомагає від випадіння волосся? Через скільки буде "
               "помітна різниця?\nАліса",
         "Алісо, добрий день!\n\nТак, сироватка «Коріння» зміцнює цибулини, перші зміни зазвичай помітні через 6–8 "
         "тижнів щоденного застосування.\n\nЗ повагою,\nНеллі"),
    ],
)  # fmt: skip
def test_how_soon_is_answered_by_a_length_of_time(lang: Lang, original: str, body: str) -> None:
    assert "unanswered-question" not in _fired(original, body)


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nDoes the Root serum help with hair loss? And how soon will I see a difference?\n\nAlice",
         "Hi Alice,\n\nYes, the Root serum strengthens the follicles. The result is guaranteed.\n\nBest wishes,\n"
         "Nell"),
        ("ru", "Здравствуйте! Помогает ли сыворотка «Корни» от выпадения? Через сколько будет заметна разница?\n"
               "Алиса",
         "Алиса, здравствуйте!\n\nДа, сыворотка «Корни» укрепляет луковицы. Результат гарантирован.\n\n"
         "С уважением,\nНелли"),
    ],
)  # fmt: skip
def test_how_soon_without_a_length_of_time_is_unanswered(lang: Lang, original: str, body: str) -> None:
    assert "unanswered-question" in _fired(original, body)


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nI'm choosing between the Balance and the Flex mattresses. Which is better for my back? "
               "My lower back aches in the mornings.\n\nLiz",
         "Hi Liz,\n\nFor lower back pain I'd recommend the Flex: it is medium-firm and supports the lumbar area "
         "better than the softer Balance.\n\nKind regards,\nDennis"),
        ("ru", "Здравствуйте! Выбираю между матрасами «Баланс» и «Флекс». Какой лучше для спины? У меня болит "
               "поясница.\nЛюдмила",
         "Людмила, здравствуйте!\n\nПри болях в пояснице советую «Флекс»: он средней жёсткости и лучше "
         "поддерживает поясницу, а «Баланс» мягче.\n\nС уважением,\nДенис"),
        ("uk", "Добрий день! Обираю між матрацами «Баланс» і «Флекс». Який краще для спини? У мене болить "
               "поперек.\nЛюдмила",
         "Людмило, добрий день!\n\nПри болях у попереку раджу «Флекс»: він середньої жорсткості й краще "
         "підтримує поперек, а «Баланс» м'якший.\n\nЗ повагою,\nДенис"),
    ],
)  # fmt: skip
def test_a_judgement_between_things_named_before_is_answered_by_advice(lang: Lang, original: str, body: str) -> None:
    assert "unanswered-question" not in _fired(original, body)


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Как часто поливать орхидею и где её лучше поставить?\nКристина",
         "Кристина, здравствуйте!\n\nПоливайте орхидею раз в 7–10 дней. Ставить её лучше на восточное окно, где "
         "много света, но нет прямого солнца.\n\nС уважением,\nВера"),
        ("uk", "Добрий день! Як часто поливати орхідею і де її краще поставити?\nКристина",
         "Кристино, добрий день!\n\nПоливайте орхідею раз на 7–10 днів. Ставити її краще на східне вікно, де "
         "багато світла, але немає прямого сонця.\n\nЗ повагою,\nВіра"),
    ],
)  # fmt: skip
def test_a_window_is_where_a_thing_is_put(lang: Lang, original: str, body: str) -> None:
    assert "unanswered-question" not in _fired(original, body)


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Сколько стоит багет для картины 50×70?\nЛев",
         "Здравствуйте, Лев!\n\nСпасибо за письмо! Мастерская не работает в новогодние праздники. Мы ответим, "
         "когда вернёмся.\n\nС наступающим Новым годом!\nМастерская «Рама»"),
        ("uk", "Добрий день! Скільки коштує багет для картини 50×70?\nЛев",
         "Добрий день, Леве!\n\nДякуємо за лист! Майстерня не працює у новорічні свята. Ми відповімо, коли "
         "повернемося.\n\nЗ наступаючим Новим роком!\nМайстерня «Рама»"),
    ],
)  # fmt: skip
def test_a_holiday_notice_with_v_is_an_autoreply(lang: Lang, original: str, body: str) -> None:
    fired = _fired(original, body)
    assert "autoreply" in fired
    assert "unanswered-question" not in fired


def test_yo_greets_too_casually() -> None:
    fired = _fired(
        "Hi,\n\nAre the wheels tubeless-ready?\n\nKyle Benson",
        "Yo Kyle,\n\nYes, the wheels are tubeless-ready, and we can set them up for £25.\n\nKind regards,\nJonah",
    )
    assert "familiar-tone" in fired
    assert "greeting-name" not in fired


def test_a_shop_kind_in_lower_case_before_its_name_signs() -> None:
    fired = _fired(
        "Здравствуйте! Сколько стоит торт на 3 кг?\nЕлизавета",
        "Елизавета, добрый вечер!\n\nТорт весом 3 кг стоит 7 200 рублей.\n\nС уважением,\nкондитерская «Тортик»",
    )
    assert "sign-off" not in fired


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nDoes the Ortho mattress come in a small double? And how deep is it?\n\nPat",
         "Hi Pat,\n\nYes, the Ortho comes in a small double, with three layers of foam.\n\nBest,\nSofia", 1),
        ("en", "Hi,\n\nDoes the Ortho mattress come in a small double? And how deep is it?\n\nPat",
         "Hi Pat,\n\nYes, the Ortho comes in a small double, and it is 25 cm deep.\n\nBest,\nSofia", 0),
        ("en", "Hello,\n\nDoes the raincoat come in navy? And how long are the sleeves on a size M?\n\nMegan",
         "Hi Megan,\n\nYes, the raincoat comes in navy in every size from XS to XL.\n\nBest,\nLowri", 1),
        ("ru", "Здравствуйте! Работает ли эхолот со льда? И на какую глубину он видит?\nНиколай",
         "Николай, здравствуйте!\n\nДа, эхолот работает со льда. Глубина сканирования — до 50 метров.\n\n"
         "С уважением,\nСергей", 0),
        ("uk", "Добрий день! Яка ширина деки Element Section?\nОлег",
         "Олеже, добрий день!\n\nШирина деки Element Section — 8,25 дюйма, вона в наявності.\n\nЗ повагою,\nІра", 0),
    ],
)  # fmt: skip
def test_a_dimension_takes_a_number_with_its_unit(lang: Lang, original: str, body: str, expected: int) -> None:
    fired = _fired(original, body)
    assert ("unanswered-question" in fired) == bool(expected)
