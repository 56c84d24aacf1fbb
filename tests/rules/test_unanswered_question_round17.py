"""unanswered-question and honest-unknown: the classes blind round 17 taught, each with a good and a bad side, in new
wordings.

- a document sent with the reply itself ("Please find attached the invoice", «Во вложении счёт», «У вкладенні
  рахунок») does the request for it;
- where on the thing itself («на наклейке на дне корпуса», "on the sticker underneath") answers "where";
- "Can I turn it down somehow?" («Можно это как-то убавить?», «Чи можна це якось зменшити?») asks for a way, which
  a way or steps answer;
- an impersonal admission with an aside keeps its holder after it («Даних щодо часу висихання, на жаль, у нас
  немає»): still an admission, which honest-unknown checks.
"""

from __future__ import annotations

import pytest
from uq_cases import CLOSING, GREETING
from uq_cases import unanswered as _unanswered

from replylint import lint
from replylint.model import Lang

CASES = [
    # a document sent with the reply itself
    (
        "en",
        "Hello,\n\nCould you email me a copy of the invoice for order 31077?\n\nDan",
        "Please find attached the invoice for order 31077.",
        "Order 31077 was delivered on Monday.",
    ),
    (
        "ru",
        "Добрый день! Можете прислать копию счёта по заказу 31077?\nДаниил",
        "Во вложении копия счёта по заказу 31077.",
        "Заказ 31077 доставлен в понедельник.",
    ),
    (
        "uk",
        "Добрий день. Можете надіслати копію рахунку за замовленням 31077?\nДанило",
        "У вкладенні копія рахунку за замовленням 31077.",
        "Замовлення 31077 доставлено в понеділок.",
    ),
    # where on the thing itself
    (
        "en",
        "Hello,\n\nThe kettle stopped working. Where do I find its serial number for the warranty claim?\n\nDan",
        "The serial number of the kettle is on the sticker on its underside.",
        "The serial number of the kettle is needed for every warranty claim.",
    ),
    (
        "ru",
        "Добрый день! Чайник перестал работать. Где найти его серийный номер для гарантии?\nДаниил",
        "Серийный номер чайника указан на наклейке на дне корпуса.",
        "Серийный номер чайника нужен для гарантийного обращения.",
    ),
    (
        "uk",
        "Добрий день. Чайник перестав працювати. Де знайти його серійний номер для гарантії?\nДанило",
        "Серійний номер чайника вказано на наклейці на дні корпусу.",
        "Серійний номер чайника потрібен для гарантійного звернення.",
    ),
    # a way asked for
    (
        "en",
        "Hello,\n\nThe fan on the Breeze 40 heater is quite loud. Can I turn it down somehow?\n\nDan",
        "You can: switch the Breeze 40 to Night mode with the moon button and the fan runs at half speed.",
        "The Breeze 40 heater has a two-year warranty.",
    ),
    (
        "ru",
        "Добрый день! Вентилятор обогревателя «Бриз 40» довольно громкий. Его можно как-то убавить?\nДаниил",
        "Можно: включите на «Бризе 40» ночной режим кнопкой с луной, и вентилятор будет работать вполсилы.",
        "На обогреватель «Бриз 40» действует гарантия два года.",
    ),
    (
        "uk",
        "Добрий день. Вентилятор обігрівача «Бриз 40» доволі гучний. Його можна якось зменшити?\nДанило",
        "Можна: увімкніть на «Бризі 40» нічний режим кнопкою з місяцем, і вентилятор працюватиме вдвічі тихіше.",
        "На обігрівач «Бриз 40» діє гарантія два роки.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "good", "bad"), CASES)
def test_round_17_answers_and_non_answers(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []


ADMISSIONS = [
    (
        "ru",
        "Информации о сроке поставки, к сожалению, у нас пока нет.",
        "Информация о сроке поставки, к сожалению, есть только на сайте.",
    ),
    (
        "uk",
        "Даних щодо часу висихання лаку, на жаль, у нас немає.",
        "Дані щодо часу висихання лаку, на жаль, є лише на сайті.",
    ),
]


@pytest.mark.parametrize(("lang", "admission", "not_one"), ADMISSIONS)
def test_an_aside_before_the_holder_keeps_the_admission(lang: Lang, admission: str, not_one: str) -> None:
    """Nothing offered after it: honest-unknown reports the admission; a statement that something exists is none."""

    def reported(body: str) -> bool:
        reply = GREETING[lang] + body + CLOSING[lang]
        return bool(lint(reply, context={"language": lang}, select=["honest-unknown"]).by_rule("honest-unknown"))

    assert reported(admission)
    assert not reported(not_one)
