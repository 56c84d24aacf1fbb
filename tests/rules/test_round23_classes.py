"""The classes blind round 23 taught, each with a good and a bad side.

- familiar-tone: the hands among the older symbols ("✍️", "✋") are emoji, as "✌" already was.
- unanswered-question: "which size?" takes a size (a number, a measure, "M", "one size up"), not a brand or a yes
  about something else;
  a "can it be fixed?" asked with a pronoun takes steps that say the remedy back («Исправить
  это можно так: ...»), though they never repeat the words of the question before it; an announcement of questions
  ("I'd like to check a few things"), a complaint after a dash ("— неужели так сложно ответить?") and a "P.S." left
  alone by the sentence splitter ask nothing.
- delay-notice: a filter that holds back a percentage of a substance («затримує 99,97 % частинок пилку») is no
  delay; a supplier holding back the filters still is.
- greeting-name: a name is read as written: «Александр» is not «Александра» (whose genitive it shares), and the
  vocative of a name no dictionary knows («Едито» for Едита) is hers.
"""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import unanswered as _unanswered

from replylint import lint
from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "bad", "good"),
    [
        ("en", "Gift wrapping is free 🎁 You can add a card too ✍️ Just type it at checkout 😊",
         "Gift wrapping is free 🎁 You can add a card too. Just type it at checkout 😊"),
        ("ru", "Упаковка бесплатная 🎁 Открытку тоже можно добавить ✍️ Текст впишите при оформлении 😊",
         "Упаковка бесплатная 🎁 Открытку тоже можно добавить. Текст впишите при оформлении 😊"),
        ("uk", "Пакування безкоштовне 🎁 Листівку теж можна додати ✍️ Текст впишіть під час оформлення 😊",
         "Пакування безкоштовне 🎁 Листівку теж можна додати. Текст впишіть під час оформлення 😊"),
    ],
)  # fmt: skip
def test_hands_are_emoji(lang: Lang, bad: str, good: str) -> None:
    assert kinds("familiar-tone", lang, bad) == ["emoticons"]
    assert kinds("familiar-tone", lang, good) == []


@pytest.mark.parametrize(
    ("lang", "good", "bad"),
    [
        ("ru", "Да, HEPA-фильтр очистителя задерживает 99,97 % частиц пыльцы и пыли.",
         "Поставщик задерживает фильтры от пыльцы, поэтому заказ придёт позже."),
        ("uk", "Так, HEPA-фільтр очищувача затримує 99,97 % частинок пилку й пилу.",
         "Постачальник затримує фільтри від пилку, тож замовлення прийде пізніше."),
    ],
)  # fmt: skip
def test_a_filter_holding_back_a_share_is_no_delay(lang: Lang, good: str, bad: str) -> None:
    assert kinds("delay-notice", lang, good) == []
    assert kinds("delay-notice", lang, bad) != []


def _greeting_kinds(lang: Lang, customer: str, greeting: str) -> list[str]:
    """greeting-name's finding kinds for a reply opening with `greeting` to a customer who signs `customer`."""
    original = f"From: {customer} Савчук <c@example.com>\nSubject: Замовлення\n\nДобрий день! Дякую.\n{customer}\n"
    reply = f"To: {customer} Савчук <c@example.com>\nSubject: Re: Замовлення\n\n{greeting}\n\nДякуємо!\n\nОлена"
    report = lint(reply, original, context={"language": lang}, select=["greeting-name"])
    return [str(f.data.get("kind")) for f in report.by_rule("greeting-name")]


@pytest.mark.parametrize(
    ("lang", "customer", "good", "bad"),
    [
        # a name the dictionaries do not know, in the vocative
        ("uk", "Едита", "Добрий вечір, Едито!", "Добрий вечір, Едуарде!"),
        # a woman's name in the nominative is not the genitive of the man's
        ("ru", "Александра", "Александра, добрый вечер!", "Александр, добрый вечер!"),
        ("uk", "Олександра", "Добрий вечір, Олександро!", "Олександр, добрий вечір!"),
        ("en", "Alexandra", "Hi Alexandra,", "Hi Alexander,"),
    ],
)  # fmt: skip
def test_a_name_is_read_as_the_customer_gives_it(lang: Lang, customer: str, good: str, bad: str) -> None:
    assert _greeting_kinds(lang, customer, good) == []
    assert _greeting_kinds(lang, customer, bad) == ["wrong-name"]


@pytest.mark.parametrize(
    ("lang", "original", "good", "bad"),
    [
        ("ru", "Добрый вечер. Купил у вас наушники Sony. Когда смотрю видео на ноутбуке, звук отстаёт от картинки. "
               "Это брак? Можно это как-то исправить?\nИлья",
         "Нет, это не брак. Небольшая задержка звука по Bluetooth бывает у большинства беспроводных наушников.\n\n"
         "Исправить это можно так: обновите драйвер Bluetooth на ноутбуке и подключите наушники заново.",
         "Нет, это не брак. Небольшая задержка звука по Bluetooth бывает у большинства беспроводных наушников."),
        ("uk", "Добрий вечір. Купив у вас навушники Sony. Коли дивлюся відео на ноутбуці, звук відстає від картинки. "
               "Це брак? Чи можна це якось виправити?\nІлля",
         "Ні, це не брак. Невелика затримка звуку через Bluetooth буває в більшості бездротових навушників.\n\n"
         "Виправити це можна так: оновіть драйвер Bluetooth на ноутбуці й підключіть навушники заново.",
         "Ні, це не брак. Невелика затримка звуку через Bluetooth буває в більшості бездротових навушників."),
        ("en", "Good evening. I bought Sony headphones from you. When I watch videos on my laptop, the sound lags "
               "behind the picture. Is it a defect? Can it be fixed somehow?\n\nIlya",
         "No, it isn't a defect. A small Bluetooth sound lag happens with most wireless headphones.\n\n"
         "It can be fixed like this: update the Bluetooth driver on the laptop and pair the headphones again.",
         "No, it isn't a defect. A small Bluetooth sound lag happens with most wireless headphones."),
    ],
)  # fmt: skip
def test_steps_that_say_the_remedy_back_answer_it(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []


@pytest.mark.parametrize(
    ("lang", "original", "good", "bad"),
    [
        ("en", "Hi,\n\nMy spaniel is 14 kg. Which size of the Trailblazer harness should I get? And is it reflective?"
               "\n\nOwen",
         "Go one size up from his collar: the Trailblazer in M. Yes, it has reflective piping on both straps.",
         "Yes, the Trailblazer harness has reflective piping on both straps, so it shows up well in headlights."),
        ("ru", "Здравствуйте! Спаниель весит 14 кг. Какой размер шлейки Trailblazer взять? И есть ли на ней "
               "светоотражатели?\nОлег",
         "Берите размер M, он подходит на обхват груди до 70 см. Да, на обеих лямках есть светоотражающий кант.",
         "Да, на обеих лямках шлейки Trailblazer есть светоотражающий кант, её хорошо видно в свете фар."),
        ("uk", "Добрий день! Спанієль важить 14 кг. Який розмір шлейки Trailblazer узяти? І чи є на ній "
               "світловідбивачі?\nОлег",
         "Беріть на розмір більший за нашийник. Так, на обох лямках є світловідбивний кант.",
         "Так, на обох лямках шлейки Trailblazer є світловідбивний кант, її добре видно у світлі фар."),
    ],
)  # fmt: skip
def test_a_size_is_named(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []


ANNOUNCED_RHETORICAL_PS = [
    (
        "en",
        "Hi,\n\nWe are opening a café. I'd like to check a few things. What is the minimum order of beans? "
        "Do you train baristas?\n\nKate",
        "The minimum order is 10 kg a month. Yes, our trainer runs a two-day course after installation.",
        "The minimum order is 10 kg a month.",
    ),
    (
        "ru",
        "Добрый день! Мы открываем кофейню. Хотела бы уточнить несколько моментов. Какой минимальный заказ "
        "зерна? Обучаете ли вы бариста?\nЕкатерина",
        "Минимальный заказ — 10 кг в месяц. Да, бариста обучаем: после установки тренер проводит двухдневный курс.",
        "Минимальный заказ — 10 кг в месяц.",
    ),
    (
        "uk",
        "Добрий день! Ми відкриваємо кав'ярню. Хотіла б уточнити кілька моментів. Яке мінімальне "
        "замовлення зерна? Чи навчаєте ви бариста?\nКатерина",
        "Мінімальне замовлення — 10 кг на місяць. Так, після встановлення наш тренер проводить дводенне навчання.",
        "Мінімальне замовлення — 10 кг на місяць.",
    ),
    (
        "en",
        "Hi,\n\nThis is my third email about the same thing - is it really that hard to reply? I just need "
        "to know: can I return the garland if the box is open?\n\nLara",
        "Sorry our earlier replies never reached you. Yes, you can return the garland in an opened box within 14 days.",
        "Sorry our earlier replies never reached you.",
    ),
    (
        "ru",
        "Добрый день! Пишу вам третий раз про одно и то же — неужели так сложно ответить? Мне нужно знать "
        "одно: можно ли вернуть гирлянду, если упаковка вскрыта?\nЛариса",
        "Простите, что письма остались без ответа. Да, гирлянду можно вернуть и во вскрытой упаковке в "
        "течение 14 дней.",
        "Простите, что письма остались без ответа.",
    ),
    (
        "uk",
        "Добрий день! Пишу вам утретє про те саме — невже так складно відповісти? Мені треба знати одне: "
        "чи можна повернути гірлянду, якщо упаковку відкрито?\nЛариса",
        "Перепрошуємо, що листи залишилися без відповіді. Так, гірлянду можна повернути й у відкритій "
        "упаковці протягом 14 днів.",
        "Перепрошуємо, що листи залишилися без відповіді.",
    ),
    (
        "ru",
        "Доброе утро! Заказ 5512 ещё не отправлен? Можно добавить в него ещё одну банку корма Almo Nature "
        "с тунцом, 400 г?\nСпасибо,\nСветлана\nP.S. А когда у вас будет акция на наполнитель?",
        "Нет, заказ 5512 ещё не отправлен, поэтому мы добавили в него ещё одну банку Almo Nature с тунцом. "
        "Следующая акция на наполнители начнётся 12 декабря.",
        "Нет, заказ 5512 ещё не отправлен, поэтому мы добавили в него ещё одну банку Almo Nature с тунцом.",
    ),
    (
        "uk",
        "Доброго ранку! Замовлення 5512 ще не відправлене? Чи можна додати до нього ще одну банку корму "
        "Almo Nature з тунцем, 400 г?\nДякую,\nСвітлана\nP.S. А коли у вас буде акція на наповнювач?",
        "Ні, замовлення 5512 ще не відправлене, тож ми додали до нього ще одну банку Almo Nature з тунцем. "
        "Наступна акція на наповнювачі почнеться 12 грудня.",
        "Ні, замовлення 5512 ще не відправлене, тож ми додали до нього ще одну банку Almo Nature з тунцем.",
    ),
    (
        "en",
        "Good morning,\n\nHas order 5512 shipped yet? Can you add one more 400 g tin of Almo Nature tuna "
        "to it?\n\nThanks,\nSvetlana\nP.S. When is your next sale on cat litter?",
        "No, order 5512 hasn't shipped yet, so we've added one more tin of Almo Nature tuna to it. Our "
        "next cat litter sale starts on 12 December.",
        "No, order 5512 hasn't shipped yet, so we've added one more tin of Almo Nature tuna to it.",
    ),
]
"""An announcement of questions ("I'd like to check a few things") asks nothing; a complaint after a dash ("— неужели
так сложно ответить?") is rhetorical; a "P.S." left alone by the sentence splitter is no question, and the question
after it asks afresh."""


@pytest.mark.parametrize(("lang", "original", "good", "bad"), ANNOUNCED_RHETORICAL_PS)
def test_announcements_complaints_and_a_lone_ps_ask_nothing(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []
