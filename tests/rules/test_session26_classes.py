"""Classes mended in the twenty-sixth session (round 82's), each beside a counterexample that stays open or flagged."""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import questions_left as _uq

from replylint import lint
from replylint.model import Lang


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # being at home is one need in any words
        (
            "Hi, the rug comes on Friday. Do I have to be home for it?\nPaul",
            "Hi Paul,\n\nYou don't have to stay in: the driver can leave it in your porch.\n\nBest,\nMia",
            [],
        ),
        (
            "Hi, the rug comes on Friday. Do I have to be home for it?\nPaul",
            "Hi Paul,\n\nYou don't have to sign anything: the driver takes a photo.\n\nBest,\nMia",
            ["Do I have to be home for it?"],
        ),
        # a regret with an "only" is a no, which leaves the "if so" question moot; an "only" alone is not
        (
            "Hello, do you deliver plants to the Isle of Man, and if so, what is the charge?\nRuth",
            "Hi Ruth,\n\nUnfortunately we only deliver plants to mainland addresses.\n\nBest,\nMia",
            [],
        ),
        (
            "Hello, do you deliver plants to the Isle of Man, and if so, what is the charge?\nRuth",
            "Hi Ruth,\n\nWe deliver plants to the Isle of Man only on Tuesdays.\n\nBest,\nMia",
            ["and if so, what is the charge?"],
        ),
        # a new one "in the post" is a replacement done; another thing in the post is not
        (
            "Hi, the handle of my mug snapped off. Could you replace it?\nJo",
            "Hi Jo,\n\nSo sorry! A new mug is in the post and should reach you by Thursday.\n\nBest,\nMia",
            [],
        ),
        (
            "Hi, the handle of my mug snapped off. Could you replace it?\nJo",
            "Hi Jo,\n\nSo sorry! Our catalogue is in the post to all customers.\n\nBest,\nMia",
            ["Could you replace it?"],
        ),
        # "which sizes" asks a size, answered by sizes in words; colours name none
        (
            "Hello, which sizes does the Pilot bed come in?\nTom",
            "Hi Tom,\n\nThe Pilot bed comes in single, double and king.\n\nBest,\nMia",
            [],
        ),
        (
            "Hello, which sizes does the Pilot bed come in?\nTom",
            "Hi Tom,\n\nThe Pilot bed comes in oak and walnut.\n\nBest,\nMia",
            ["Hello, which sizes does the Pilot bed come in?"],
        ),
        # "what is it made of?" wants a material, not the thing described
        (
            "Hi, what is the seat of the Nord stool made of?\nTom",
            "Hi Tom,\n\nThe seat of the Nord stool is carved from a single piece of ash.\n\nBest,\nMia",
            [],
        ),
        (
            "Hi, what is the seat of the Nord stool made of?\nTom",
            "Hi Tom,\n\nThe seat of the Nord stool is 35 cm across and sits 45 cm high.\n\nBest,\nMia",
            ["Hi, what is the seat of the Nord stool made of?"],
        ),
        # "what time?" is not answered by years
        (
            "Hello, the piano tuner is booked for Monday. What time will he come?\nAnn",
            "Hi Ann,\n\nHe will come between 9 and 11 am.\n\nBest,\nMia",
            [],
        ),
        (
            "Hello, the piano tuner is booked for Monday. What time will he come?\nAnn",
            "Hi Ann,\n\nOur tuner has worked with us for twelve years and will bring all his tools.\n\nBest,\nMia",
            ["What time will he come?"],
        ),
        # advice inside a description on the product's name alone takes no position on what a yes/no asks; advice
        # that opens its sentence does
        (
            "Hi, before I order the Calm Balm: is it tested on animals?\nAnn",
            "Hi Ann,\n\nThe Calm Balm has shea and calendula and suits dry, sensitive skin.\n\nBest,\nMia",
            ["Hi, before I order the Calm Balm: is it tested on animals?"],
        ),
        (
            "Hi, can I put the linen throw in the tumble dryer?\nAnn",
            "Hi Ann,\n\nBetter not: dry it flat, away from the radiator.\n\nBest,\nMia",
            [],
        ),
    ],
)
def test_english_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # «через сколько» asks a "when", of money too: a length of time answers it
        (
            "Здравствуйте! Вернула куртку в пятницу. Через сколько придут деньги?\nОля",
            "Ольга, здравствуйте!\n\nДеньги придут на карту через 3–5 рабочих дней.\n\nС уважением,\nИгорь",
            [],
        ),
        (
            "Здравствуйте! Вернула куртку в пятницу. Через сколько придут деньги?\nОля",
            "Ольга, здравствуйте!\n\nДеньги вернём на ту же карту, с которой оплачен заказ.\n\nС уважением,\nИгорь",
            ["Через сколько придут деньги?"],
        ),
        # a stock question asked with a pronoun is answered by stock told on its subject, not by a delivery time
        (
            "Добрый день! Нужны 6 стульев «Верона» для кухни. Они сейчас есть в наличии?\nОля",
            "Ольга, добрый день!\n\nНа складе сейчас 9 таких стульев, отправим в день оплаты.\n\nС уважением,\nИгорь",
            [],
        ),
        # arriving on time is answered by the date it comes
        (
            "Добрый день! Заказ 4471 придёт в срок? У дочки праздник в субботу.\nОля",
            "Ольга, добрый день!\n\nЗаказ 4471 будет у вас в пятницу, 12 декабря.\n\nС уважением,\nИгорь",
            [],
        ),
        (
            "Добрый день! Заказ 4471 придёт в срок? У дочки праздник в субботу.\nОля",
            "Ольга, добрый день!\n\nПоздравляем дочку с праздником!\n\nС уважением,\nИгорь",
            ["Заказ 4471 придёт в срок?"],
        ),
        # a bare either/or after a "which" offers its options: the material named answers both
        (
            "Здравствуйте! Из чего сделан корпус комода «Нора»? Массив или МДФ?\nОля",
            "Ольга, здравствуйте!\n\nКорпус целиком из массива сосны, фасады покрыты лаком.\n\nС уважением,\nИгорь",
            [],
        ),
        (
            "Здравствуйте! Из чего сделан корпус комода «Нора»? Массив или МДФ?\nОля",
            "Ольга, здравствуйте!\n\nКомод привезём в среду.\n\nС уважением,\nИгорь",
            ["Из чего сделан корпус комода «Нора»?", "Массив или МДФ?"],
        ),
        (
            "Здравствуйте! Из чего сделан корпус комода «Нора»?\nОля",
            "Ольга, здравствуйте!\n\nКомод привезём в среду.\n\nС уважением,\nИгорь",
            ["Из чего сделан корпус комода «Нора»?"],
        ),
    ],
)
def test_russian_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # whether the money has come is answered by its sending, dated
        (
            "Добрий день! Кошти за повернену сукню вже надійшли?\nОля",
            "Добрий день, Олю!\n\nГроші ми переказали на Вашу картку вчора о 16:20.\n\nЗ повагою,\nІгор",
            [],
        ),
        (
            "Добрий день! Кошти за повернену сукню вже надійшли?\nОля",
            "Добрий день, Олю!\n\nСукню ми отримали вчора, дякуємо.\n\nЗ повагою,\nІгор",
            ["Кошти за повернену сукню вже надійшли?"],
        ),
        # "пів року" is a period of a frequency
        (
            "Добрий день! Як часто треба змащувати ланцюг велосипеда?\nОля",
            "Добрий день, Олю!\n\nПриблизно раз на пів року, а після дощових поїздок частіше.\n\nЗ повагою,\nІгор",
            [],
        ),
        # small talk after a remark of the customer's asks nothing; «як справи з доставкою» does
        (
            "Добрий день! Бачила вас на ярмарку, як ваші справи? Коли буде нова партія свічок?\nОля",
            "Добрий день, Олю!\n\nНова партія свічок буде 15 грудня.\n\nЗ повагою,\nІгор",
            [],
        ),
        (
            "Добрий день! Як справи з доставкою дивана?\nОля",
            "Добрий день, Олю!\n\nДякуємо, що обрали нас.\n\nЗ повагою,\nІгор",
            ["Як справи з доставкою дивана?"],
        ),
    ],
)
def test_ukrainian_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # a device that responds with a slight delay is technical latency, not a late order
        ("en", "The pad responds to taps with a slight delay over Bluetooth; use the cable and it goes away.", []),
        ("en", "Your order is on its way with a slight delay.", ["no-new-date", "no-apology"]),
    ],
)
def test_a_device_responding_slowly_is_no_delay(lang: Lang, body: str, found: list[str]) -> None:
    assert kinds("delay-notice", lang, body) == found


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a fresh-eyes review's counterexamples to the session's first change: each now as the page says
        # "subscribe in" holds no "be in"; waiting in a queue is no being at home
        (
            "Hi, the sofa comes on Friday. Do I need to be home for it?\nPaul",
            "Hi Paul,\n\nYou don't need to subscribe in advance; the driver rings an hour before.\n\nBest,\nMia",
            ["Do I need to be home for it?"],
        ),
        # a regret with an "only" that names the place asked is a yes with a condition: the cost is still owed
        (
            "Hello, do you post to Guernsey, and if so, how much does it cost?\nPaul",
            "Hi Paul,\n\nSadly, post to Guernsey is only possible with our tracked service.\n\nBest,\nMia",
            ["and if so, how much does it cost?"],
        ),
        # "what time period" asks a term, which years answer
        (
            "Hi, what time period does the warranty on the kettle cover?\nPaul",
            "Hi Paul,\n\nThe kettle's warranty covers two years from the date of purchase.\n\nBest,\nMia",
            [],
        ),
        # "made of" in a relative clause asks no material; steps answer the "how"
        (
            "Hi, what's the best way to clean a worktop made of oak?\nPaul",
            "Hi Paul,\n\nWipe it with a damp cloth and dry it straight away.\n\nBest,\nMia",
            [],
        ),
        # small talk after a remark leaves a yes/no in the same sentence asked
        (
            "Hi, I ordered the lamp two weeks ago, how are you, has it been dispatched yet?\nPaul",
            "Hi Paul,\n\nThank you for your order and your kind words.\n\nBest,\nMia",
            ["Hi, I ordered the lamp two weeks ago, how are you, has it been dispatched yet?"],
        ),
        # advice on the product's name alone, opening its sentence, takes no position on animal testing
        (
            "Hi, before I order the Dew Serum: is it tested on animals?\nPaul",
            "Hi Paul,\n\nBetter to pair the Dew Serum with our night cream for the best results.\n\nBest,\nMia",
            ["Hi, before I order the Dew Serum: is it tested on animals?"],
        ),
        # a person on time is no delivery dated
        (
            "Hi, will the engineer be there on time? Last time he was three hours late.\nPaul",
            "Hi Paul,\n\nYour visit is booked for Friday 12 December.\n\nBest,\nMia",
            ["Hi, will the engineer be there on time?"],
        ),
        # a bare either/or has no verb of its own: "Pay by card or cash?" is a question of its own
        (
            "Hi, which colour is the Lyra sofa in your photo? Pay by card or cash?\nPaul",
            "Hi Paul,\n\nYou can pay by card or cash; the grey cushions are extra.\n\nBest,\nMia",
            ["Hi, which colour is the Lyra sofa in your photo?"],
        ),
        # «через сколько» before a count that is no time asks a number
        (
            "Здравствуйте! Через сколько страниц закончится картридж?\nОля",
            "Ольга, здравствуйте!\n\nКартриджа хватает примерно на 1500 страниц.\n\nС уважением,\nИгорь",
            [],
        ),
        # the customer's payment come to the shop is not told by a refund the shop sent
        (
            "Добрий день! Я оплатила замовлення переказом у понеділок. Гроші вже надійшли до вас?\nОля",
            "Добрий день, Олю!\n\nГроші за минуле повернення ми переказали Вам 3 грудня.\n\nЗ повагою,\nІгор",
            ["Гроші вже надійшли до вас?"],
        ),
        # a pleasantry "with" the shop's own news is small talk; a stock of another named thing is not the chairs'
        (
            "Добрий день! Як ваші справи з ремонтом офісу, закінчили? Коли відправите лампу?\nОля",
            "Добрий день, Олю!\n\nЛампу відправимо у п'ятницю, 12 грудня.\n\nЗ повагою,\nІгор",
            [],
        ),
        (
            "Добрый день! Нужны 6 стульев «Верона» для кухни. Они сейчас есть в наличии?\nОля",
            "Ольга, добрый день!\n\nНа складе сейчас 9 столов «Милан», отправим в день оплаты.\n\nС уважением,\nИгорь",
            ["Они сейчас есть в наличии?"],
        ),
    ],
)
def test_reviewed_paths_hold(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


def test_a_long_word_in_a_bare_either_or_stays_linear() -> None:
    """The either/or of bare options is read by words: a 1,200-letter file name is no backtracking case."""
    original = "Hi, what is the desk top made of? Oak or walnut_" + "x" * 1200 + ".jpg?\nPaul"
    body = "Hi Paul,\n\nThe desk top is solid oak.\n\nBest,\nMia"
    assert "internal-error" not in {f.rule for f in lint(body, original=original).findings}


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # round 83's classes
        # a length in words with "and a half" is a length
        (
            "Hi, how long does the bunk bed take to put together?\nPaul",
            "Hi Paul,\n\nMost couples need about three and a half hours.\n\nBest,\nMia",
            [],
        ),
        # a topic of no question's in the sentence leaves its length this question's
        (
            "Hi, can you deliver the tulip bouquet to a school? And how long will the flowers last?\nPaul",
            "Hi Paul,\n\nYes, we deliver to schools. Tulips last a week if you change the water often.\n\nBest,\nMia",
            [],
        ),
        # a change asked is done in another verb of changing
        (
            "Hi, could you change the scarf in order 2291 from red to grey?\nPaul",
            "Hi Paul,\n\nI've switched the scarf to grey.\n\nBest,\nMia",
            [],
        ),
        # a kind said before the thing ("a gift tag") need not be said back; the thing must
        (
            'Hi, could you add a gift tag saying "For Tom"?\nPaul',
            "Hi Paul,\n\nWe'll tuck a tag with your words in on top.\n\nBest,\nMia",
            [],
        ),
        # a regret with an "only" that leaves out the place asked is a no; one about another side of the thing is not
        (
            "Здравствуйте! Доставляете ли вы в Казахстан?\nОля",
            "Ольга, здравствуйте!\n\nК сожалению, отправляем посылки только по России.\n\nС уважением,\nИгорь",
            [],
        ),
        (
            "Hi, is the Luna lamp dimmable?\nPaul",
            "Hi Paul,\n\nUnfortunately we only have it in white.\n\nBest,\nMia",
            ["Hi, is the Luna lamp dimmable?"],
        ),
        # an order on time is dated by when it comes; a person on time is not
        (
            "Добрий день! Моє замовлення 4410 приїде вчасно?\nОля",
            "Добрий день, Олю!\n\nЗамовлення 4410 прибуде у відділення в четвер, 5 березня.\n\nЗ повагою,\nІгор",
            [],
        ),
        (
            "Добрий день! Майстер приїде вчасно?\nОля",
            "Добрий день, Олю!\n\nМайстра записано на четвер, 5 березня.\n\nЗ повагою,\nІгор",
            ["Майстер приїде вчасно?"],
        ),
    ],
)
def test_round_83_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # "what colour is it?" with a pronoun between asks a colour: the colours named answer it
        (
            "Добрий день! Сумка «Ліра» тримає форму? І якого вона кольору буває?\nОля",
            "Добрий день, Олю!\n\nТак, дно жорстке. Буває чорна, руда та оливкова.\n\nЗ повагою,\nІгор",
            [],
        ),
        # "which packs?" asks a size, which weights name
        (
            "Добрий день! Які фасування кави у вас є?\nОля",
            "Добрий день, Олю!\n\nЄ пачки по 250 г та 1 кг.\n\nЗ повагою,\nІгор",
            [],
        ),
        (
            "Добрий день! Які фасування кави у вас є?\nОля",
            "Добрий день, Олю!\n\nКаву обсмажуємо щотижня.\n\nЗ повагою,\nІгор",
            ["Які фасування кави у вас є?"],
        ),
        # a Russian dishwasher is a Ukrainian one
        (
            "Здравствуйте! Можно ли мыть этот казан в посудомойке?\nЕлена",
            "Добрий день, Олено!\n\nУ посудомийній машині його мити не можна.\n\nЗ повагою,\nМаксим",
            [],
        ),
        # a way out asked after a trouble told is answered by the shop's deed on it; handing it on is none
        (
            "Здравствуйте! Сегодня привезли комод, и у него сломана ручка. Как вы собираетесь это решать?\nОля",
            "Ольга, здравствуйте!\n\nНовую ручку для комода привезём в четверг.\n\nС уважением,\nИгорь",
            [],
        ),
        (
            "Здравствуйте! Сегодня привезли комод, и у него сломана ручка. Как вы собираетесь это решать?\nОля",
            "Ольга, здравствуйте!\n\nПередали вашу жалобу по комоду руководству.\n\nС уважением,\nИгорь",
            ["Как вы собираетесь это решать?"],
        ),
        (
            "Hi, the vase arrived chipped. How do I get a new one?\nPaul",
            "Hi Paul,\n\nSo sorry! A new vase went out to you this morning.\n\nBest,\nMia",
            [],
        ),
    ],
)
def test_round_83_answers_in_other_words(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # a wish by its shape may name whom it wishes with an "and": a name under it signs it
        ("uk", "Раджу м'яку переноску.\n\nЩасливої дороги Вам і котові!\nНазар, зоомагазин «Лапа»", []),
        ("ru", "Советую мягкую переноску.\n\nХорошей поездки вам и коту!\nНазар", []),
        # not a sentence of the body that happens to open with a genitive adjective
        ("uk", "Раджу м'яку переноску.\n\nНової партії чекаємо у березні.\nНазар", ["missing"]),
    ],
)
def test_a_wish_to_two_still_closes(lang: Lang, body: str, found: list[str]) -> None:
    reply = (
        "From: s@shop.example\nTo: a@example.com\nSubject: Re: x\n\n"
        + {"uk": "Вітаю, Олю!", "ru": "Ольга, здравствуйте!"}[lang]
        + "\n\n"
        + body
    )
    assert [str(f.data.get("kind")) for f in lint(reply, select=["sign-off"]).by_rule("sign-off")] == found
