"""Classes mended in the twenty-fourth session, each beside a counterexample that stays open or flagged."""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import questions_left as _uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a power, a voltage or a temperature asked takes a measure in its own unit, wherever it stands when no
        # other question asks the same quantity
        (
            "Добрый день! Какая мощность у обогревателя «Тепло-3»? И он тихий?\nНина",
            "Нина, добрый день!\n\nДа, он работает почти бесшумно. Обогреватель «Тепло-3» весит 3,2 кг.\n\n"
            "С уважением,\nОлег",
            ["Какая мощность у обогревателя «Тепло-3»?"],
        ),
        (
            "Добрый день! Какая мощность у обогревателя «Тепло-3»? И он тихий?\nНина",
            "Нина, добрый день!\n\nДа, он работает почти бесшумно. На полной ступени «Тепло-3» берёт 2 кВт.\n\n"
            "С уважением,\nОлег",
            [],
        ),
        (
            "Добрий день! Яку напругу потребує чайник і скільки він важить?\nЗіна",
            "Добрий день, Зіно!\n\nПрацює від звичайної мережі 220–240 В. Порожній він важить 1,1 кг.\n\n"
            "З повагою,\nСвітлана",
            [],
        ),
        (
            "Hi, what wattage is the Ardent heater? And does it have a timer?\nNia",
            "Hi Nia,\n\nYes, it has a 12-hour timer. The Ardent weighs 4 kg and comes in white.\n\nBest,\nOwen",
            ["Hi, what wattage is the Ardent heater?"],
        ),
        # "how long is" the power cable asks a length, not a power; "how long is it valid" asks a time
        (
            "Hi, how long is the power cable on the Arc lamp?\nDan",
            "Hi Dan,\n\nThe Arc's cable is 1.8 m from base to plug.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, how long is the gift card valid?\nDan",
            "Hi Dan,\n\nGift cards can be used for 18 months from the day you buy them.\n\nBest,\nOwen",
            [],
        ),
        # a number in words with its unit written out is a measure
        (
            "Добрий день! Яка висота стелажа «Бук»?\nОля",
            "Добрий день, Олю!\n\nСтелаж «Бук» заввишки два метри.\n\nЗ повагою,\nІра",
            [],
        ),
        (
            "Добрый день! Сколько времени займёт сборка шкафа?\nОля",
            "Оля, добрый день!\n\nСборка займёт около полутора часов.\n\nС уважением,\nИра",
            [],
        ),
        (
            "Добрый день! Сколько времени займёт сборка шкафа и сколько она стоит?\nОля",
            "Оля, добрый день!\n\nСборка стоит 1 500 рублей.\n\nС уважением,\nИра",
            ["Сколько времени займёт сборка шкафа"],
        ),
        # a count of colours or steps name no colour (a town named still may: «в Бордо» is a colour too)
        (
            "Hi, which colours does the Loom throw come in? It's for a grey sofa.\nMia",
            "Hi Mia,\n\nThe Loom throw comes in nine shades, all woven by hand. Enjoy the sofa!\n\nBest,\nOwen",
            ["Hi, which colours does the Loom throw come in?"],
        ),
        (
            "Hi, which colours does the Loom throw come in? It's for a grey sofa.\nMia",
            "Hi Mia,\n\nThe Loom throw comes in oatmeal, moss and charcoal.\n\nBest,\nOwen",
            [],
        ),
        (
            "Здравствуйте! Какие цвета есть у пледа «Норд»?\nАлла",
            "Алла, здравствуйте!\n\nПлед «Норд» есть в шести оттенках, все на складе.\n\nС уважением,\nИра",
            ["Какие цвета есть у пледа «Норд»?"],
        ),
        # "do I need to be in from morning till evening?" is answered by the need denied for the whole day
        (
            "Добрий день! Пральну машину привезуть у вівторок. Чи треба мені бути вдома з ранку до вечора?\nТимофій",
            "Добрий день, Тимофію!\n\nЧекати цілий день не треба: водій зателефонує за годину.\n\nЗ повагою,\nОля",
            [],
        ),
        (
            "Добрий день! Пральну машину привезуть у вівторок. Чи треба мені бути вдома з ранку до вечора?\nТимофій",
            "Добрий день, Тимофію!\n\nПральну машину привеземо у вівторок, водій має термінал.\n\nЗ повагою,\nОля",
            ["Чи треба мені бути вдома з ранку до вечора?"],
        ),
        # a yes after a condition answers the one question asked on a condition of its own
        (
            "Добрый день! Наушники перестали заряжаться. Если сброс не поможет, можно привезти их к вам?\nИгнат",
            "Игнат, добрый день!\n\nЗажмите кнопку на кейсе на 15 секунд. Если и после этого не заряжаются, да, "
            "привозите, проверка бесплатная.\n\nС уважением,\nМиша",
            [],
        ),
        (
            "Добрый день! Наушники перестали заряжаться. Если сброс не поможет, можно привезти их к вам?\nИгнат",
            "Игнат, добрый день!\n\nЗажмите кнопку на кейсе на 15 секунд.\n\nС уважением,\nМиша",
            ["Если сброс не поможет, можно привезти их к вам?"],
        ),
        # a paper attached and named does a request to issue it, whoever it is for
        (
            "Добрий день! Чи можете виставити рахунок на ФОП Коваль за 5 пачок паперу?\nТетяна",
            "Добрий день, Тетяно!\n\nРахунок на 5 пачок паперу прикріпила до цього листа.\n\nЗ повагою,\nОксана",
            [],
        ),
        (
            "Добрий день! Чи можете виставити рахунок на ФОП Коваль за 5 пачок паперу?\nТетяна",
            "Добрий день, Тетяно!\n\nПрайс-лист на папір прикріпила до цього листа.\n\nЗ повагою,\nОксана",
            ["Чи можете виставити рахунок на ФОП Коваль за 5 пачок паперу?"],
        ),
        # a town where the stock is names no colour; a colour after a bare "в" still does
        (
            "Здравствуйте! Какие цвета есть у пледа «Норд»?\nАлла",
            "Алла, здравствуйте!\n\nПлед «Норд» есть в шести оттенках, все на складе в Казани.\n\nС уважением,\nИра",
            ["Какие цвета есть у пледа «Норд»?"],
        ),
        (
            "Здравствуйте! Какие цвета есть у пледа «Норд»?\nАлла",
            "Алла, здравствуйте!\n\nСейчас плед «Норд» есть только в Бордо.\n\nС уважением,\nИра",
            [],
        ),
        # "where is it made?" takes a town, a country or the place of making, not a place on the thing
        (
            "Hi, where are the Fjord linen napkins made?\nClara",
            "Hi Clara,\n\nThe Fjord napkins are stonewashed linen with a stitched hem along each edge.\n\nBest,\nOwen",
            ["Hi, where are the Fjord linen napkins made?"],
        ),
        (
            "Hi, where are the Fjord linen napkins made?\nClara",
            "Hi Clara,\n\nThe Fjord napkins are woven and hemmed in Kaunas, Lithuania.\n\nBest,\nOwen",
            [],
        ),
        # a place in what the shop did with something else, or the letter's own place named again, is no answer
        (
            "Здравствуйте! Где посмотреть трек-номер заказа 5521?\nАртём",
            "Артём, здравствуйте!\n\nЗаказ 5521 мы передали в Боксберри вчера вечером.\n\nС уважением,\nОля",
            ["Где посмотреть трек-номер заказа 5521?"],
        ),
        (
            "Здравствуйте! Где посмотреть трек-номер заказа 5521?\nАртём",
            "Артём, здравствуйте!\n\nТрек-номер есть в личном кабинете, в разделе «Мои заказы».\n\nС уважением,\nОля",
            [],
        ),
        (
            "Добрий день! Посилка вже в поштоматі. Де він стоїть?\nГаля",
            "Добрий день, Галю!\n\nПоштомат працює цілодобово, посилка чекатиме 5 днів.\n\nЗ повагою,\nОля",
            ["Де він стоїть?"],
        ),
        # the review's counterexamples: each stays as it was before the session
        (
            "Hi, my order is ready. Where do I collect it from?\nDan",
            "Hi Dan,\n\nYou can collect it from the parcel locker at the main entrance.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, what voltage does the Brio kettle need?\nDan",
            "Hi Dan,\n\nThe Brio runs on 230 volts, so any UK socket will do.\n\nBest,\nOwen",
            [],
        ),
        (
            "Здравствуйте! Можете прислать копию договора аренды?\nИнна",
            "Инна, здравствуйте!\n\nКопию прайс-листа прикрепила к письму.\n\nС уважением,\nОля",
            ["Можете прислать копию договора аренды?"],
        ),
        (
            "Здравствуйте! Наушники перестали заряжаться. Если сброс не поможет, можно привезти их к вам?\nИгнат",
            "Игнат, здравствуйте!\n\nЗажмите кнопку на 15 секунд. Если понадобится чехол, да, он есть в наличии.\n\n"
            "С уважением,\nМиша",
            ["Если сброс не поможет, можно привезти их к вам?"],
        ),
    ],
)
def test_session_24_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # thanks alone, a reference with its label, a place in the queue: formulas of an acknowledgement
        ("en", "Thank you. Your repair request (ref. RP-8812) has been received and added to the queue.",
         ["no-timeframe", "no-alternatives"]),
        # a standing promise of the team's with its time is a timeframe
        ("en", "Your message has been received: our care team replies to every email within 24 hours.",
         ["no-alternatives"]),
        # thanks with an answer after them are a person's reply
        ("en", "Thank you, the refund went out today. Your repair request (ref. RP-8812) has been received.", []),
        ("ru", "Спасибо! Ваша заявка (№ 5521) принята и поставлена в очередь.", ["no-timeframe", "no-alternatives"]),
        ("uk", "Дякуємо! Ваш лист отримано. Таблиця розмірів: https://shop.example/rozmiry", ["no-timeframe"]),
        # a guide named in an answer, a request done beside its acknowledgement, an order in a dispatch queue
        ("en", "Your message has been received. Going by our size chart, a 96 cm chest is a size M.", []),
        ("en", "Your cancellation request has been received and processed.", []),
        ("ru", "Ваше обращение получено. Ваш заказ уже в очереди на отправку и уйдёт завтра курьером.", []),
        ("en", "We've received your message and passed your enquiry to our quotes team, who will be in touch.",
         ["no-timeframe", "no-alternatives"]),
    ],
)  # fmt: skip
def test_acknowledgement_formulas(lang: Lang, body: str, found: list[str]) -> None:
    assert sorted(kinds("autoreply", lang, body)) == sorted(found)


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "I don't know when the oak desk is back. Yes, you can pay by bank transfer.", ["nothing-offered"]),
        ("en", "I don't know when the oak desk is back. You can sign up for a restock email on its page.", []),
        ("ru", "Не знаю, когда вернётся дубовый стол. Да, оплатить можно переводом.", ["nothing-offered"]),
        # a yes about the same thing is still about what is unknown
        ("en", "I don't know when the oak desk is restocked. Yes, the oak desk is coming back, probably in June.", []),
    ],
)
def test_advice_after_a_yes_is_another_answer(lang: Lang, body: str, found: list[str]) -> None:
    assert kinds("honest-unknown", lang, body) == found


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "The lip-sync delay comes from Bluetooth; switch on Video Mode and it drops to about 60 ms.", []),
        ("en", "Sorry for the delay with your order.", ["no-new-date"]),
        ("ru", "Рассинхрон звука убирается в настройках: задержка станет почти незаметной.", []),
        ("en", "Our stock system was out of sync, so there is a delay with your sofa.", ["no-new-date", "no-apology"]),
        # no news of a delay announces none
        ("ru", "Информации о задержках на складе нет, посылка идёт по графику.", []),
        ("en", "We have no reports of delays, and your parcel is on schedule.", []),
    ],
)
def test_sound_out_of_step_is_no_late_order(lang: Lang, body: str, found: list[str]) -> None:
    assert kinds("delay-notice", lang, body) == found


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # "books today" tells what was sent, not "book today"
        ("We've sent you new copies of all three books today by tracked post.", []),
        ("Book today to get the Saturday slot.", ["pressure"]),
    ],
)
def test_a_noun_is_no_call_to_book(body: str, found: list[str]) -> None:
    assert kinds("pushy", "en", body) == found
