"""Classes mended in the twenty-second session, each beside a counterexample that stays open."""

from __future__ import annotations

import pytest
from uq_cases import questions_left as _uq


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # "Is that normal?" asks for a judgement in every language: not a rhetorical complaint, so it needs one
        ("Здравствуйте. Холодильник LG гудит по ночам. Это нормально для нового холодильника?\nОлег",
         "Олег, здравствуйте!\n\nХолодильник LG можно вернуть в течение 14 дней.\n\nС уважением,\nМарина",
         ["Это нормально для нового холодильника?"]),
        ("Здравствуйте. Холодильник LG гудит по ночам. Это нормально для нового холодильника?\nОлег",
         "Олег, здравствуйте!\n\nДа, это нормально первые две недели: компрессор выходит на режим.\n\n"
         "С уважением,\nМарина", []),
        ("Добрий день. Холодильник LG гуде вночі. Це нормально?\nОлег",
         "Добрий день, Олеже!\n\nХолодильник можна повернути протягом 14 днів.\n\nЗ повагою,\nМарина",
         ["Це нормально?"]),
        ("Добрий день. Холодильник LG гуде вночі. Це нормально?\nОлег",
         "Добрий день, Олеже!\n\nНі, це не нормально: гул означає несправність, майстер приїде в четвер.\n\n"
         "З повагою,\nМарина", []),
        ("Hello, my new fridge hums loudly at night. Is that normal?\nOleg",
         "Hi Oleg,\n\nYou can return the fridge within 14 days.\n\nKind regards,\nMarina", ["Is that normal?"]),
        ("Hello, my new fridge hums loudly at night. Is that normal?\nOleg",
         "Hi Oleg,\n\nThat hum isn't acceptable in a new fridge: an engineer will call on Thursday.\n\nKind regards,\n"
         "Marina", []),
        ("Здравствуйте! Курьер обратился ко мне на «ты». Это нормально?\nАнна",
         "Анна, здравствуйте!\n\nНет, так с покупателями говорить недопустимо, простите нас.\n\nС уважением,\nМарина",
         []),
        # a talk asked for, told as held, in another verb of talking
        ("Здравствуйте. Курьер нагрубил мне. Вы будете с ним разговаривать?\nТамара",
         "Тамара, здравствуйте!\n\nРуководитель службы доставки уже поговорил с ним сегодня.\n\nС уважением,\nДина",
         []),
        ("Добрий день. Кур'єр мені нагрубив. Ви з ним поговорите?\nТамара",
         "Добрий день, Тамаро!\n\nКерівник служби доставки вже провів із ним розмову.\n\nЗ повагою,\nДіна", []),
        ("Hello, the courier was rude to me. Will you talk to him?\nTamara",
         "Hi Tamara,\n\nOur delivery manager has spoken with him today.\n\nKind regards,\nDina", []),
        ("Здравствуйте. Курьер нагрубил мне. Вы будете с ним разговаривать?\nТамара",
         "Тамара, здравствуйте!\n\nКурьер работает у нас третий год.\n\nС уважением,\nДина",
         ["Вы будете с ним разговаривать?"]),
    ],
)
def test_session_22_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected
