"""The classes blind round 28 taught.

- unanswered-question: a "how + quality" question ("How warm is the Summit down jacket?") is settled by a measure of
  that quality (degrees for warmth, millimetres of hydrostatic head for waterproofing, lumens for brightness) in a
  sentence on its own subject, also when the thing is named in several words the reply does not all repeat; a
  measure of another quality ("weighs 1.2 kg") is no answer. Rounds 7, 26 and 28 each brought it back.
- unanswered-question: "how long" answered by a verb of lasting and a length in a sentence that says the subject in
  other words ("Most couples take about three hours to put it together"), and a question pointing back with a
  prepositional pronoun («Скільки часу на ньому можна готувати?»).
- unanswered-question: a size of one or two digits shared with a request ("Can you exchange it for a 10?" - "A size
  10 dress went out this afternoon") is the thing asked, not an order number.
- delay-notice: a move the carrier made, told in its own past form («курьерская служба перенесла доставку»), and
  "longer than we planned" written with the comma Russian and Ukrainian put before «чем» / «ніж» are delays; a
  comparison ("runs longer than the standard battery") is not.
- pushy: a call that names its thing ("Order the 50 ml jar today.", "Buy both before Sunday.") opens its sentence
  as "Order a jar" does; «не зволікати», «не тянуть» urge a purchase only in a sentence about buying.
- familiar-tone: the hyphen inside a word («иван-чай,») is no dash between sentences, so the word after it opens
  no chat-style order.
- sign-off: a shop's name after what it is and what it deals in («майстерня свічок «Віск і Льон»») is a team's name.
"""

from __future__ import annotations

import pytest
from uq_cases import kinds, signed
from uq_cases import unanswered as _unanswered

WARMTH = {
    "en": "Hi, how warm is the Summit down jacket? And is the hood removable?\nHugo",
    "ru": "Здравствуйте. Насколько тёплая куртка «Саммит» на гусином пуху? И капюшон отстёгивается?\nИгорь",
    "uk": "Добрий день. Наскільки тепла куртка «Саміт» на гусячому пуху? І чи знімається капюшон?\nІгор",
}
RATED = {
    "en": "The Summit is rated to -15 °C. Yes, the hood zips off.",
    "ru": "Куртка «Саммит» рассчитана на -15 °C. Да, капюшон отстёгивается.",
    "uk": "Куртка «Саміт» розрахована на -15 °C. Так, капюшон знімається.",
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_measure_of_the_quality_answers_how_warm(lang: str) -> None:
    assert _unanswered(lang, WARMTH[lang], RATED[lang]) == []


def test_a_measure_of_another_quality_does_not() -> None:
    assert _unanswered("en", WARMTH["en"], "The Summit weighs 1.2 kg. Yes, the hood zips off.") != []
    assert _unanswered("en", WARMTH["en"], "Yes, the hood zips off.") != []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How bright is the Lumo 2 head torch?", "The Lumo 2 gives 400 lumens on its highest setting."),
        ("How waterproof is the Tidewater raincoat?", "The Tidewater has a 15,000 mm hydrostatic head."),
        ("How heavy is the Arlo folding cot?", "The Arlo weighs 4.5 kg and folds flat."),
    ],
)
def test_each_quality_has_its_measure(question: str, answer: str) -> None:
    original = f"Hi, {question} And does it come with a bag?\nJo"
    assert _unanswered("en", original, answer + " Yes, a carry bag is included.") == []
    assert _unanswered("en", original, "It comes in green. Yes, a carry bag is included.") != []


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ru", "Курьерская служба перенесла доставку на завтра, 3 декабря, с 12:00 до 18:00."),
        ("uk", "Служба доставки перенесла доставку на завтра, 3 грудня, з 12:00 до 18:00."),
        ("en", "The courier has postponed the delivery to tomorrow, 3 December, between 12:00 and 18:00."),
        ("ru", "Пошив штор занимает дольше, чем мы планировали: шторы будут готовы в пятницу, 4 июля."),
        ("uk", "Пошиття штор займає довше, ніж ми планували: штори будуть готові в п'ятницю, 4 липня."),
        ("en", "Making the curtains is taking longer than we planned: they will be ready on Friday, 4 July."),
    ],
)
def test_a_move_done_by_the_carrier_and_longer_than_planned_are_delays(lang: str, body: str) -> None:
    """delay-notice: the carrier's own past form («перенесла», «переніс») and "longer, than planned" with the
    comma Russian and Ukrainian write announce a delay; here with a date and no apology."""
    assert kinds("delay-notice", lang, body) == ["no-apology"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ru", "С ним шуруповёрт будет работать в полтора раза дольше, чем со штатным аккумулятором."),
        ("uk", "З ним шуруповерт працюватиме у півтора раза довше, ніж зі штатним акумулятором."),
        ("en", "With it the drill runs half as long again as with the standard battery."),
    ],
)
def test_longer_than_as_a_comparison_is_no_delay(lang: str, body: str) -> None:
    assert kinds("delay-notice", lang, body) == []


def test_calls_to_order_the_thing_named_count() -> None:
    """pushy: "Order the 50 ml jar today.", "Buy both before Sunday." open their sentences with the call, as "Order
    a jar" does; three of them in one reply are too many. Inside a sentence "order the" tells what someone does."""
    body = (
        "Yes, Hydra is made for very dry skin. Order the 50 ml jar today.\n\n"
        "Add the matching body balm to your basket too.\n\nBuy both before Sunday and we'll include a free cleanser."
    )
    assert kinds("pushy", "en", body) == ["repeated-call"]
    assert kinds("pushy", "en", "I'll order the part for you today, and we'll buy the rest from the maker.") == []


@pytest.mark.parametrize(
    ("lang", "body", "pushy"),
    [
        ("uk", "Якщо наліт не прибрати, насос зноситься швидше. Тому з процедурою краще не зволікати.", False),
        ("ru", "Если накипь не убрать, насос износится быстрее. Поэтому с чисткой лучше не тянуть.", False),
        ("uk", "Ціни на ці кавомашини скоро зростуть, тож із замовленням краще не зволікати.", True),
        ("ru", "Цены на эти кофемашины скоро вырастут, так что с заказом лучше не тянуть.", True),
        ("en", "If the scale stays, the pump wears faster, so don't delay the descaling.", False),
    ],
)
def test_not_putting_off_presses_only_about_buying(lang: str, body: str, pushy: bool) -> None:
    """pushy: «не зволікати», «не тянуть» in any form urge a purchase only in a sentence about buying; about care
    of the machine they are advice."""
    assert (kinds("pushy", lang, body) != []) is pushy


@pytest.mark.parametrize(
    ("lang", "body", "informal"),
    [
        ("ru", "В этом сборе иван-чай, чабрец и листья брусники.", False),
        ("uk", "У цьому зборі іван-чай, чебрець і листя брусниці.", False),
        ("ru", "Есть в наличии - Бери, пока есть!", True),
        ("uk", "Так, є — Бери, поки є!", True),
    ],
)
def test_a_hyphen_inside_a_word_opens_no_command(lang: str, body: str, informal: bool) -> None:
    """familiar-tone: a dash between sentences lets «Бери,» open a chat-style order; the hyphen of «иван-чай,» joins
    a word, so «чай,» after it is tea, not «чаять»'s imperative."""
    assert ("informal-you" in kinds("familiar-tone", lang, body)) is informal


@pytest.mark.parametrize(
    ("lang", "signer", "named"),
    [
        ("uk", "майстерня свічок «Віск і Льон»", True),
        ("ru", "мастерская свечей «Воск и Лён»", True),
        ("uk", "зоомагазин «Лапки»", True),
        ("uk", "дякуємо за «Лапки»", False),
        ("ru", "пишите нам «Лён»", False),
    ],
)
def test_what_the_shop_deals_in_before_its_name(lang: str, signer: str, named: bool) -> None:
    """sign-off: «майстерня свічок «Віск і Льон»» is what the shop is, what it deals in (a genitive noun), then its
    name: a team's name, as «зоомагазин «Лапки»» is; a verb before the quotes makes a sentence, not a name."""
    assert (signed(lang, {"uk": "З теплом,", "ru": "С теплом,"}[lang], signer) == []) is named


@pytest.mark.parametrize(
    ("lang", "original", "answer", "elsewhere"),
    [
        (
            "uk",
            "Чи підходить балон Kovea 230 г до пальника Fire-Maple? Скільки часу на ньому можна готувати?\nСтепан",
            "Так, балон Kovea підходить до пальника Fire-Maple. Одного балона вистачає приблизно на 80–90 хвилин.",
            "Так, балон Kovea підходить до пальника Fire-Maple. Пальник важить 300 г.",
        ),
        (
            "ru",
            "Подходит ли баллон Kovea 230 г к горелке Fire-Maple? Сколько времени на нём можно готовить?\nСтепан",
            "Да, баллон Kovea подходит к горелке Fire-Maple. Одного баллона хватает примерно на 80–90 минут.",
            "Да, баллон Kovea подходит к горелке Fire-Maple. Горелка весит 300 г.",
        ),
        (
            "en",
            "Hi, our Aldridge wardrobe arrives on Friday. How long does assembly take for two people? And does it "
            "have to be fixed to the wall?\nChris",
            "Most couples take about three hours to put the Aldridge together. Yes, it must be fixed to the wall.",
            "We are closed on Monday. Yes, it must be fixed to the wall.",
        ),
    ],
)
def test_how_long_told_in_other_words(lang: str, original: str, answer: str, elsewhere: str) -> None:
    """unanswered-question: "how long" answered by a verb of lasting and a length («вистачає на 80 хвилин», "take
    about three hours") with the subject in other words or pointed back to «на ньому» / «на нём»; a date or a
    weight elsewhere is no length."""
    assert _unanswered(lang, original, answer) == []
    assert _unanswered(lang, original, elsewhere) != []


@pytest.mark.parametrize(
    ("lang", "original", "done", "other"),
    [
        (
            "en",
            "My Meadow dress arrived today but it's a 14, and I ordered a 10. Can you exchange it for a 10?\nEllie",
            "A size 10 Meadow dress went out this afternoon by Royal Mail.",
            "Size 10 is in stock in our Leeds shop.",
        ),
        (
            "ru",
            "Пришло платье 48-го размера, а я заказывала 44. Можете поменять его на 44?\nЭлла",
            "Платье 44-го размера мы отправили сегодня Почтой России.",
            "Платья 44-го размера есть в нашем магазине в Казани.",
        ),
        (
            "uk",
            "Прийшла сукня 48 розміру, а я замовляла 44. Можете обміняти її на 44?\nЕлла",
            "Сукню 44 розміру ми відправили сьогодні Новою поштою.",
            "Сукні 44 розміру є в нашому магазині у Львові.",
        ),
    ],
)
def test_a_size_is_no_order_number(lang: str, original: str, done: str, other: str) -> None:
    """unanswered-question: a request done in a sentence that shares only a number with it counts when the number
    is a size or a count (one or two digits), not only an order number; the size said without doing it does not."""
    assert _unanswered(lang, original, done) == []
    assert _unanswered(lang, original, other) != []


# The narrowings a fresh-eyes review of the session's changes asked for (60 cases run on old and new code).


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ru", "Курьер перенёс коробки в подъезд, как вы просили."),
        ("uk", "Водій переніс диван на третій поверх, як Ви просили."),
        ("ru", "Эта сковорода прослужит дольше, чем вы рассчитываете."),
        ("uk", "Ця пательня прослужить довше, ніж Ви очікуєте."),
        ("ru", "В этом кувшине вода остаётся свежей дольше, чем обычно."),
    ],
)
def test_carrying_and_lasting_longer_are_no_delays(lang: str, body: str) -> None:
    """delay-notice: «перенёс» with no delivery, order or date moved is carrying; "longer than" of a product's life
    or not of our own plan compares."""
    assert kinds("delay-notice", lang, body) == []


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("uk", "На жаль, доставка затримується. Є ще один добрий варіант: забрати замовлення самостійно."),
        ("ru", "К сожалению, доставка задерживается. В вашем городе работает только один частный перевозчик."),
    ],
)
def test_one_is_a_count_only_before_a_whole_unit(lang: str, body: str) -> None:
    """Times: «один добрий», «один частный» are no lengths of time now that «один» is a count: units are whole
    words («доба», «час»), so the delay still has no new date."""
    assert "no-new-date" in kinds("delay-notice", lang, body)


def test_thin_millimetres_measure_no_waterproofing() -> None:
    """unanswered-question: 8.5 mm poles are no waterproofing (a hydrostatic head runs to thousands of mm)."""
    original = "Hi, how waterproof is the Ridge tent? And how heavy are the poles?\nJo"
    assert _unanswered("en", original, "The Ridge poles are 8.5 mm aluminium and weigh 600 g.") == [
        "Hi, how waterproof is the Ridge tent?"
    ]


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "Grab the drawer with both hands and lift. Grab it by the sides. Then order a new pair of runners.", []),
        ("ru", "Не откладывайте: размеры быстро заканчиваются.", ["pressure"]),
        ("uk", "Не зволікайте — кількість товару обмежена!", ["pressure"]),
        ("uk", "Не відкладайте, поки діє знижка!", ["pressure"]),
    ],
)
def test_grabbing_is_handling_and_a_bare_do_not_delay_presses(lang: str, body: str, found: list[str]) -> None:
    """pushy: "Grab the drawer" handles a thing; «Не откладывайте:» said on its own presses (one finding, though
    two lists name it)."""
    assert kinds("pushy", lang, body) == found
