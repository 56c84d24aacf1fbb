"""unanswered-question: the classes blind round 14 taught, each with a good and a bad side, in new wordings.

- "Can it be fixed?", «Это можно исправить?», «Це можна виправити?» with nothing but a pronoun for what is broken
  asks about the trouble told before it: what can be done about that trouble answers it;
- a yes that opens a second clause after ", and" takes a position ("…, and yes, you can");
- "how long it is" asks for a length, which a measurement answers (not a date);
- a pleasantry about the agent's week («Як ваш тиждень?») asks nothing;
- a Russian question about a greeting card is taken up by a Ukrainian «листівка».
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


GREETING = {"en": "Hi,\n\n", "ru": "Здравствуйте!\n\n", "uk": "Вітаю!\n\n"}
CLOSING = {"en": "\n\nKind regards,\nAnna", "ru": "\n\nС уважением,\nАнна", "uk": "\n\nЗ повагою,\nАнна"}

REMEDY = {
    "en": ("Hi,\n\nThe zip on my Arlo rucksack has come off its track and the bag won't close. Can it be fixed? Will "
           "the bag stay waterproof?\n\nTom",
           "We can replace the zip slider: send the rucksack to our workshop with the free label attached. Yes, it "
           "stays waterproof after the repair.",
           "Yes, it stays waterproof."),
    "ru": ("Здравствуйте! У рюкзака «Арло» молния сошла с дорожки, и он не закрывается. Это можно исправить? Он "
           "останется непромокаемым?\nТимур",
           "Бегунок молнии можно заменить: отправьте рюкзак в нашу мастерскую по бесплатной накладной. Да, после "
           "ремонта он останется непромокаемым.",
           "Да, он останется непромокаемым."),
    "uk": ("Вітаю! У рюкзака «Арло» блискавка зійшла з доріжки, і він не закривається. Це можна виправити? Він "
           "залишиться непромокальним?\nТарас",
           "Бігунок блискавки можна замінити: надішліть рюкзак у нашу майстерню за безкоштовною накладною. Так, "
           "після ремонту він залишиться непромокальним.",
           "Так, він залишиться непромокальним."),
}  # fmt: skip

AND_YES = {
    "en": ("Hi,\n\nDoes the lamp come with a bulb? Can I dim it?\n\nTom",
           "The lamp comes with a warm LED bulb, and yes, you can dim it with the switch on the cable.",
           "The lamp comes with a warm LED bulb, and the cable is two metres long."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_remedy_asked_of_a_pronoun_is_about_the_trouble_before(lang: Lang) -> None:
    original, good, bad = REMEDY[lang]
    assert _unanswered(lang, original, GREETING[lang] + good + CLOSING[lang]) == []
    assert len(_unanswered(lang, original, GREETING[lang] + bad + CLOSING[lang])) == 1


def test_a_yes_opening_a_second_clause_takes_a_position() -> None:
    original, good, bad = AND_YES["en"]
    assert _unanswered("en", original, GREETING["en"] + good + CLOSING["en"]) == []
    assert _unanswered("en", original, GREETING["en"] + bad + CLOSING["en"]) == ["Can I dim it?"]


def test_how_long_it_is_asks_for_a_length() -> None:
    original = "Hi,\n\nI'd like to know whether the Oak table extends, and how long it is when extended.\n\nJo"
    good = "Yes, the Oak table extends with a leaf under the top. It is 150 cm closed and 200 cm extended."
    bad = "Yes, the Oak table extends with a leaf stored under the top."
    assert _unanswered("en", original, GREETING["en"] + good + CLOSING["en"]) == []
    assert _unanswered("en", original, GREETING["en"] + bad + CLOSING["en"]) == ["and how long it is when extended"]


@pytest.mark.parametrize(
    ("lang", "original"),
    [
        ("uk", "Доброго ранку! Як ваш тиждень, не завалили замовленнями?\n\nЧи є шарф у сірому кольорі?\nЛеся"),
        ("ru", "Доброе утро! Как ваша неделя, не завалили заказами?\n\nЕсть ли шарф в сером цвете?\nЛеся"),
        ("en", "Morning! How's your weekend going?\n\nDo you have the scarf in grey?\nLesya"),
    ],
)
def test_a_pleasantry_about_the_week_asks_nothing(lang: Lang, original: str) -> None:
    reply = {"uk": "Так, сірий шарф є в наявності.", "ru": "Да, серый шарф есть в наличии.",
             "en": "Yes, the grey scarf is in stock."}[lang]  # fmt: skip
    assert _unanswered(lang, original, GREETING[lang] + reply + CLOSING[lang]) == []


def test_a_greeting_card_across_russian_and_ukrainian() -> None:
    original = "Здравствуйте! Сколько стоит доставка торта на Оболонь? И можно ли добавить открытку?\nИнна"
    good = "Доставка торта на Оболонь коштує 120 грн. Листівку додамо безкоштовно."
    bad = "Доставка торта на Оболонь коштує 120 грн."
    assert _unanswered("uk", original, GREETING["uk"] + good + CLOSING["uk"]) == []
    assert _unanswered("uk", original, GREETING["uk"] + bad + CLOSING["uk"]) == ["И можно ли добавить открытку?"]


MATERIAL = {
    "en": ("Hi,\n\nWhich wood is the Cloud cot made of? And does it come with a mattress?\n\nUla",
           "The Cloud cot is made of solid birch with a water-based lacquer. Yes, a foam mattress comes with it.",
           "The Cloud cot has a lovely smooth finish. Yes, a foam mattress comes with it."),
    "ru": ("Здравствуйте! Из какого дерева кроватка «Облачко»? И идёт ли в комплекте матрас?\nУльяна",
           "Кроватка «Облачко» сделана из массива бука и покрыта водным лаком. Да, матрас идёт в комплекте.",
           "Кроватка «Облачко» очень гладкая и покрыта водным лаком. Да, матрас идёт в комплекте."),
    "uk": ("Вітаю! З якого дерева ліжечко «Хмаринка»? І чи йде в комплекті матрац?\nУляна",
           "Ліжечко «Хмаринка» зроблене з масиву бука й покрите водним лаком. Так, матрац іде в комплекті.",
           "Ліжечко «Хмаринка» дуже гладке й покрите водним лаком. Так, матрац іде в комплекті."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_material_named_answers_what_it_is_made_of(lang: Lang) -> None:
    original, good, bad = MATERIAL[lang]
    assert _unanswered(lang, original, GREETING[lang] + good + CLOSING[lang]) == []
    assert len(_unanswered(lang, original, GREETING[lang] + bad + CLOSING[lang])) == 1


REQUEST = {
    "en": ("Hi,\n\nOne of the six mugs arrived broken. Will you send a replacement?\n\nGeorge",
           "I'm sorry about the broken mug. A new one went out to you today.",
           "I'm sorry about the broken mug. Our mugs are packed in recycled paper."),
    "ru": ("Здравствуйте! Из шести кружек одна приехала разбитой. Вы пришлёте замену?\nГеннадий",
           "Простите за разбитую кружку. Новую кружку мы отправили сегодня.",
           "Простите за разбитую кружку. Мы упаковываем кружки в переработанную бумагу."),
    "uk": ("Вітаю! Із шести чашок одна приїхала розбитою. Ви надішлете заміну?\nГеннадій",
           "Перепрошуємо за розбиту чашку. Нову чашку ми відправили сьогодні.",
           "Перепрошуємо за розбиту чашку. Ми пакуємо чашки в перероблений папір."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_request_in_the_future_tense_is_answered_by_doing_it(lang: Lang) -> None:
    original, good, bad = REQUEST[lang]
    assert _unanswered(lang, original, GREETING[lang] + good + CLOSING[lang]) == []
    assert len(_unanswered(lang, original, GREETING[lang] + bad + CLOSING[lang])) == 1


@pytest.mark.parametrize(
    ("lang", "original", "reply"),
    [
        # a compound that is no term ("for 3-year-olds", "your 12-month subscription") does not say when
        ("en", "Hi,\n\nWhen will the balance bike be back in stock?\n\nSam",
         "The balance bike is a great choice for 3-year-olds, and we'll email you as soon as it is back."),
        ("ru", "Здравствуйте! Когда беговел снова появится в продаже?\nСаша",
         "Беговел отлично подходит для 3-летних детей, мы сообщим вам, как только он появится."),
        ("en", "Hi,\n\nWhen will my refund for the 12-month subscription reach my card?\n\nSam",
         "We have cancelled your 12-month subscription and your refund is being processed."),
        # the trouble told back does not say whether it can be fixed
        ("en", "Hi,\n\nThe zip on my backpack came off after two weeks. Can it be fixed?\n\nSam",
         "I'm so sorry the zip on your backpack came off after only two weeks."),
        ("ru", "Здравствуйте! У чайника сломалась петля крышки. Можно ли это починить?\nСаша",
         "Спасибо за фото петли крышки чайника. Чайник ещё на гарантии."),
        ("uk", "Вітаю! У чайника зламалася петля кришки. Чи можна це відремонтувати?\nСашко",
         "Дякуємо за фото петлі кришки чайника. Чайник ще на гарантії."),
        # a question that opens like a pleasantry but goes on asking
        ("en", "Hi,\n\nHow is your weekend delivery charged?\n\nSam", "Thanks for getting in touch."),
        ("ru", "Здравствуйте! Как ваша неделя скидок работает — скидка на всё?\nСаша", "Спасибо за письмо."),
        ("uk", "Вітаю! Як ваш день доставки визначається — за районом?\nСашко", "Дякуємо за лист."),
        # a yes after a condition answers the question its clause is about, not another
        ("en", "Hi,\n\nIs the blue throw machine washable? And will it arrive before Christmas?\n\nSam",
         "If you order the blue throw today, yes, it will arrive before Christmas."),
        ("ru", "Здравствуйте! Синий плед можно стирать в машинке?\nСаша",
         "Если закажете синий плед сегодня, да, он приедет до Нового года."),
        # «а так» is "otherwise", not "and yes"
        ("uk", "Вітаю! Чи можна прати плед у пральній машині?\nСашко",
         "Плед з вовни мериноса, а так, він дуже м'який і теплий."),
    ],
)  # fmt: skip
def test_readings_the_review_found_too_broad(lang: Lang, original: str, reply: str) -> None:
    assert len(_unanswered(lang, original, GREETING[lang] + reply + CLOSING[lang])) == 1


@pytest.mark.parametrize(
    ("original", "reply"),
    [
        ("Hi,\n\nCould you tell me how long the oak bench is?\n\nSam", "The oak bench is 160 cm long and 35 cm deep."),
        ("Hi,\n\nI'd like to know how long the velvet curtains are.\n\nSam", "The velvet curtains are 250 cm long."),
    ],
)
def test_how_long_with_its_object_asks_a_length(original: str, reply: str) -> None:
    assert _unanswered("en", original, GREETING["en"] + reply + CLOSING["en"]) == []


def test_a_yes_no_about_a_verb_of_substance_needs_it_said_back() -> None:
    """«Чи підійде?» is not settled by a stock «є»; a verb that says little («даєте») leaves the noun to settle it."""
    original = "Вітаю! Мій зріст 182 см, вага 85 кг. Чи підійде мені светр «Карпати» в розмірі L?\nАндрій"
    assert (
        _unanswered("uk", original, GREETING["uk"] + "Так, светр «Карпати» в розмірі L Вам підійде." + CLOSING["uk"])
        == []
    )
    discount = "Вітаю! Чи даєте ви знижку на замовлення від десяти крісел?\nСвітлана"
    assert (
        _unanswered("uk", discount, GREETING["uk"] + "На замовлення від десяти крісел діє знижка 7%." + CLOSING["uk"])
        == []
    )
    assert len(_unanswered("uk", discount, GREETING["uk"] + "Крісла можна замовити на сайті." + CLOSING["uk"])) == 1


def test_a_fit_question_is_not_settled_by_what_the_thing_is_made_of() -> None:
    original = "Здравствуйте, подойдёт ли чехол Flex на iPhone 15 Pro?\n\nДенис"
    reply = "Чехол Flex сделан из мягкого силикона с микрофиброй внутри и выпускается в пяти цветах."
    assert len(_unanswered("ru", original, GREETING["ru"] + reply + CLOSING["ru"])) == 1
    assert (
        _unanswered("ru", original, GREETING["ru"] + "Да, чехол Flex подойдёт на iPhone 15 Pro." + CLOSING["ru"]) == []
    )
