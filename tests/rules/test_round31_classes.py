"""The classes blind round 31 taught, and the page sentence rounds 27, 28 and 30 could not settle.

- unanswered-question: for "X, or only Y?" a yes followed by when or where the paying happens («Да, оплатить
  можно при получении») leaves the choice open; the page said a word of the agent's own after the yes takes a
  position, and three blind judges could not tell whether «при получении» was such a word.
- delay-notice: "Could you move my sofa delivery to Saturday?" asks for the move (a word between the verb and the
  delivery), and a reply that says so ("as you asked", «как вы просили») tells a request done.
- pushy: "once it has gone through" (a refund) is a process done, not stock running out.
- unanswered-question (round 32): "What tools will I need?" is answered by what will be needed («Знадобляться
  хрестова викрутка...») or that nothing is; a yes/no on a quality («Шумный ли он?») by its measure («около 60 дБ»).
"""

from __future__ import annotations

import pytest
from uq_cases import GREETING, kinds, unanswered

from replylint import lint
from replylint.model import Lang

PAY = {
    "en": "Hello,\n\nCan I pay the driver for order 5530 by card, or only in cash?\n\nNora",
    "ru": "Здравствуйте! Заказ 5530 можно будет оплатить водителю картой или только наличными?\nНора",
    "uk": "Добрий день! Замовлення 5530 можна буде оплатити водієві карткою, чи тільки готівкою?\nНора",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Nora,\n\nYes, you can settle up on delivery.\n\nBest,\nZoe"),
        ("en", "Hi Nora,\n\nYes, you can pay the driver when the order arrives at your door.\n\nBest,\nZoe"),
        ("ru", "Нора, добрый день!\n\nДа, заказ 5530 можно будет оплатить при получении.\n\nЗоя"),
        ("ru", "Нора, добрый день!\n\nДа, расплатиться можно на месте, после того как водитель всё занесёт.\n\nЗоя"),
        ("uk", "Норо, добрий день!\n\nТак, розрахуватися можна під час отримання.\n\nЗоя"),
        ("uk", "Норо, добрий день!\n\nТак, оплатити замовлення 5530 можна буде при доставці.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_yes_with_when_to_pay_picks_no_alternative(lang: Lang, reply: str) -> None:
    assert len(unanswered(lang, PAY[lang], reply)) == 1


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Nora,\n\nYes, the driver carries a card reader, so pay however suits you.\n\nBest,\nZoe"),
        ("ru", "Нора, добрый день!\n\nДа, при получении можно оплатить и картой: у водителя есть терминал.\n\nЗоя"),
        ("uk", "Норо, добрий день!\n\nТак, при отриманні можна розрахуватися й карткою.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_yes_that_names_the_way_to_pay_answers(lang: Lang, reply: str) -> None:
    assert unanswered(lang, PAY[lang], reply) == []


MOVE = {
    "en": "Hi,\n\nI won't be home on Thursday. Could you move my sofa delivery to Saturday 28 June instead?\n\nChloe",
    "ru": "Здравствуйте! В четверг меня не будет дома. Можно передвинуть доставку дивана на субботу, 28 июня?\nХлоя",
    "uk": "Добрий день! У четвер мене не буде вдома. Можна пересунути доставку дивана на суботу, 28 червня?\nХлоя",
}
MOVED = {
    "en": "I've rescheduled your sofa delivery to Saturday, 28 June.",
    "ru": "Доставку дивана перенесли на субботу, 28 июня.",
    "uk": "Доставку дивана перенесли на суботу, 28 червня.",
}
AS_ASKED = {"en": " as you asked", "ru": ", как вы просили", "uk": ", як ви просили"}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_move_the_customer_asked_for_is_no_delay(lang: Lang) -> None:
    """Asked with a word between the verb and the delivery ("move my sofa delivery"), or said in the reply
    ("as you asked") when the customer's message is not given."""
    assert kinds("delay-notice", lang, MOVED[lang], MOVE[lang]) == []
    told = MOVED[lang].rstrip(".") + AS_ASKED[lang] + "."
    assert kinds("delay-notice", lang, told) == []
    assert kinds("delay-notice", lang, MOVED[lang]) == ["no-apology"]


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "The refund reaches your card within 5 days; you'll get an email once it has gone through.", False),
        ("en", "Only three left in oak: once it's gone, it's gone!", True),
        ("ru", "Деньги вернутся на карту за 5 дней, мы напишем, как только платёж пройдёт.", False),
        ("ru", "Осталось всего три штуки, берите, пока не разобрали!", True),
        ("uk", "Гроші повернуться на картку за 5 днів, ми напишемо, щойно платіж пройде.", False),
        ("uk", "Залишилося лише три штуки, беріть, поки не розібрали!", True),
    ],
)
def test_gone_through_is_no_scarcity(lang: Lang, body: str, found: bool) -> None:
    assert ("pressure" in kinds("pushy", lang, body)) is found


# Round 32's false alarms: "which tools are needed?" answered by what will be needed, and a yes/no on a quality
# («Шумный ли он?») answered by its measure.

TOOLS = {
    "en": "Hi,\n\nCan I assemble the wardrobe myself? What tools will I need?\n\nPaul",
    "ru": "Здравствуйте. Можно ли собрать шкаф самому? Какие инструменты для этого нужны?\nПавел",
    "uk": "Добрий день. Чи можна зібрати шафу самостійно? Які інструменти для цього потрібні?\nПавло",
}


@pytest.mark.parametrize(
    ("lang", "body", "open_"),
    [
        ("en", "Yes, you can assemble it yourself. You will need a Phillips screwdriver and a drill.", False),
        ("ru", "Да, шкаф можно собрать самому. Понадобятся крестовая отвёртка и шуруповёрт.", False),
        ("uk", "Так, шафу можна зібрати самостійно. Знадобляться хрестова викрутка і шуруповерт.", False),
        ("ru", "Да, шкаф можно собрать самому, инструменты не понадобятся.", False),
        ("uk", "Так, шафу можна зібрати самостійно, інструменти не знадобляться.", False),
        ("en", "Yes, you can assemble it yourself with the instructions in the box.", True),
        ("ru", "Да, шкаф можно собрать самому, инструкция лежит в коробке.", True),
        ("uk", "Так, шафу можна зібрати самостійно, інструкція є в коробці.", True),
    ],
)  # fmt: skip
def test_what_is_needed_is_answered_by_naming_it(lang: Lang, body: str, open_: bool) -> None:
    assert bool(unanswered(lang, TOOLS[lang], body)) is open_


NOISY = {
    "en": "Hi,\n\nWill the trainer fit a 29-inch bike? Is it noisy?\n\nPaul",
    "ru": "Здравствуйте! Подойдёт ли станок к велосипеду 29 дюймов? Шумный ли он?\nПавел",
    "uk": "Добрий день! Чи підійде станок до велосипеда 29 дюймів? Чи шумний він?\nПавло",
}


@pytest.mark.parametrize(
    ("lang", "body", "open_"),
    [
        ("ru", "Да, станок подходит к колёсам 29 дюймов. Работает тихо: около 60 дБ.", False),
        ("uk", "Так, станок підходить до коліс 29 дюймів. Працює тихо: близько 60 дБ.", False),
        ("ru", "Да, станок подходит к колёсам 29 дюймов. Весит он 12 кг.", True),
        ("en", "Yes, the trainer fits 29-inch wheels. It weighs 12 kg.", True),
    ],
)  # fmt: skip
def test_a_quality_is_settled_by_its_measure(lang: Lang, body: str, open_: bool) -> None:
    """English is not there yet: "Is it noisy?" - "It runs at about 60 dB" is read as not taking up "noisy" at
    all, before any answer is looked for (left for a later round)."""
    assert bool(unanswered(lang, NOISY[lang], body)) is open_


def _greeted(lang: Lang, customer: str, greeting: str) -> list[str]:
    first = customer.split(maxsplit=1)[0]
    original = f"From: {customer} <y.o@gmail.com>\nTo: shop@example.com\nSubject: Order\n\nQ?\n\n{first}"
    body = {
        "en": "Yes, you can pay in instalments.",
        "ru": "Да, оплата частями доступна.",
        "uk": "Так, оплата частинами доступна.",
    }
    closing = {"en": "Kind regards,\nMira", "ru": "С уважением,\nМира", "uk": "З повагою,\nМіра"}
    reply = (
        f"From: Shop <shop@example.com>\nTo: {customer} <y.o@gmail.com>\nSubject: Re: Order\n\n"
        f"{greeting}\n\n{body[lang]}\n\n{closing[lang]}"
    )
    report = lint(reply, original, context={"language": lang}, select=["greeting-name"])
    return [str(f.data.get("kind")) for f in report.findings]


@pytest.mark.parametrize(
    ("lang", "customer", "greeting", "wrong"),
    [
        ("uk", "Ярослава Олійник", "Добрий день, Ярославе!", True),
        ("uk", "Ярослава Олійник", "Добрий день, Ярославо!", False),
        ("uk", "Ярослав Олійник", "Добрий день, Ярославе!", False),
        ("ru", "Ярослава Олейник", "Добрый день, Ярослав!", True),
        ("ru", "Ярослава Олейник", "Добрый день, Ярослава!", False),
        ("en", "Yaroslava Oliinyk", "Hello Yaroslav,", True),
        ("en", "Yaroslava Oliinyk", "Hello Yaroslava,", False),
    ],
)
def test_a_mans_vocative_is_not_her_name(lang: Lang, customer: str, greeting: str, wrong: bool) -> None:
    """«Ярославе» calls Ярослав in Ukrainian; that the same letters are the Russian dative of «Ярослава» makes it no
    way to greet her (round 32)."""
    assert (_greeted(lang, customer, greeting) == ["wrong-name"]) is wrong


@pytest.mark.parametrize(
    ("lang", "original", "body", "open_"),
    [
        ("uk", "Здравствуйте! Заказ 10542. Можно ли упаковать книги в подарочную бумагу?\nЕлена",
         "Так, усі три книги упакуємо в подарунковий папір.", False),
        ("ru", "Добрий день! Замовлення 10542. Чи можна запакувати книжки в подарунковий папір?\nОлена",
         "Да, все три книги упакуем в подарочную бумагу.", False),
        ("uk", "Добрый день. Делаете ли вы подключение котла?\nАнатолий",
         "Підключення теж робимо: майстер під'єднає котел до газу за 2 500 грн.", False),
        ("en", "Hi,\n\nCould you gift wrap the three books from order 10542?\n\nEllen",
         "Yes, all three books will go out in gift wrapping.", False),
        ("uk", "Здравствуйте! Заказ 10542. Можно ли упаковать книги в подарочную бумагу?\nЕлена",
         "Замовлення 10542 відправимо завтра Новою поштою.", True),
        ("ru", "Добрий день! Замовлення 10542. Чи можна запакувати книжки в подарунковий папір?\nОлена",
         "Заказ 10542 отправим завтра.", True),
    ],
)  # fmt: skip
def test_wrapping_and_connecting_across_languages(lang: Lang, original: str, body: str, open_: bool) -> None:
    """A Russian letter answered in Ukrainian and the other way round (round 32's development cases): wrapping,
    paper and connecting are the same concepts in the three languages."""
    assert bool(unanswered(lang, original, body)) is open_


TUBE = {
    "en": "Hi,\n\nWill the Schwalbe SV19 tube fit a 29x2.25 tyre? Is it in stock now?\n\nDan",
    "ru": "Здравствуйте. Подойдёт ли камера Schwalbe SV19 на покрышку 29x2.25? Она сейчас есть в наличии?\nДмитрий",
    "uk": "Добрий день. Чи підійде камера Schwalbe SV19 на покришку 29x2.25? Вона зараз є в наявності?\nДмитро",
}


@pytest.mark.parametrize(
    ("lang", "body", "open_"),
    [
        ("en", "Yes, the Schwalbe SV19 tube fits 29-inch tyres from 2.10 to 2.60. We have 14 of these tubes in our "
               "warehouse.", False),
        ("ru", "Да, камера Schwalbe SV19 подойдёт на 29x2.25. На складе сейчас 14 таких камер.", False),
        ("uk", "Так, камера Schwalbe SV19 підійде на 29x2.25. На складі зараз 14 таких камер.", False),
        ("ru", "Да, камера Schwalbe SV19 подойдёт на 29x2.25. Отправим её в день заказа.", True),
        ("uk", "Так, камера Schwalbe SV19 підійде на 29x2.25. Відправимо її в день замовлення.", True),
    ],
)  # fmt: skip
def test_stock_told_of_the_thing_pointed_back_to(lang: Lang, body: str, open_: bool) -> None:
    """ "Is it in stock now?" names its thing only in the question before, which shares the sentence telling the
    stock; the warehouse's shelves tell it as well as "in stock" does (round 25's uk false alarm)."""
    assert bool(unanswered(lang, TUBE[lang], body)) is open_


@pytest.mark.parametrize(
    ("lang", "question", "body", "open_"),
    [
        ("en", "Will your drivers take the old machine away when they deliver the new one?",
         "Yes, our two-person team will take the old machine away for recycling.", False),
        ("en", "Do your fitters remove the old carpet when they lay the new one?",
         "Yes, they lift and remove the old carpet and underlay.", False),
        ("ru", "Заберут ли грузчики старую машину, когда привезут новую?",
         "Да, грузчики заберут старую машину на утилизацию.", False),
        ("uk", "Чи заберуть вантажники стару машину, коли привезуть нову?",
         "Так, вантажники заберуть стару машину на утилізацію.", False),
        ("en", "Will your drivers take the old machine away when they deliver the new one?",
         "Our showroom is open until 6pm.", True),
    ],
)  # fmt: skip
def test_when_in_a_yes_no_says_which_moment(lang: Lang, question: str, body: str, open_: bool) -> None:
    """ "Will your drivers...when they deliver?" asks whether, and "when" only says which moment: an auxiliary
    before "your" opens a yes/no as one before "you" does (round 25's and 23's en false alarms)."""
    assert bool(unanswered(lang, f"{GREETING[lang]}{question}\n\nBob", body)) is open_


@pytest.mark.parametrize(
    ("lang", "question", "body", "open_"),
    [
        ("en", "Anyway, what I'd like to know is whether you take the old mattress away when you deliver the new one?",
         "Yes, our drivers take your old mattress away for £30.", False),
        ("en", "Anyway, what I'd like to know is whether you take the old mattress away when you deliver the new one?",
         "Our showroom is open until 6pm.", True),
        ("ru", "Хотела бы узнать, заберёте ли вы старый матрас, когда привезёте новый?",
         "Да, старый матрас водители заберут за 500 рублей.", False),
        ("uk", "Хотіла б дізнатися, чи заберете ви старий матрац, коли привезете новий?",
         "Так, старий матрац водії заберуть за 200 грн.", False),
    ],
)  # fmt: skip
def test_whether_asks_whether_wherever_it_stands(lang: Lang, question: str, body: str, open_: bool) -> None:
    """ "...is whether you take the old mattress away when you deliver?" asks whether (round 31's en false alarm);
    in Russian and Ukrainian «ли», «чи» after a comma did so already."""
    assert bool(unanswered(lang, f"{GREETING[lang]}{question}\n\nBob", body)) is open_


TAGLINED = {
    "ru": (
        "From: Ирина Соколова <irina@example.ru>\nSubject: Рамки\n\nЗдравствуйте!\n"
        "Есть ли рамки «Классика» 30×40 в наличии?\n\nИрина Соколова\n"
        "фотограф | «Зачем ждать особого случая?»\n+7 916 555-20-31\n\n"
        "P.S. А подарочная упаковка у вас есть?"
    ),
    "uk": (
        "From: Ірина Соколова <iryna@example.ua>\nSubject: Рамки\n\nДобрий день!\n"
        "Чи є рамки «Класика» 30×40 в наявності?\n\nІрина Соколова\n"
        "фотограф | «Навіщо чекати особливого випадку?»\n+380 67 555 20 31\n\n"
        "P.S. А подарункове пакування у вас є?"
    ),
    "en": (
        "From: Irene Sokol <irene@example.com>\nSubject: Frames\n\nHello,\n"
        "Are the Classic 30x40 frames in stock?\n\nIrene Sokol\n"
        "Photographer | Why wait for a special occasion?\n+44 7700 900123\n\n"
        "P.S. Do you also have gift wrapping?"
    ),
}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_tagline_under_the_name_asks_nothing_when_a_postscript_follows(lang: Lang) -> None:
    """The name, its tagline and phone are still the signature when a P.S. comes after them (round 33)."""
    body = {
        "ru": "Да, рамки «Классика» 30×40 есть в наличии. Подарочная упаковка у нас есть, 150 рублей за рамку.",
        "uk": "Так, рамки «Класика» 30×40 є в наявності. Подарункове пакування у нас є, 60 грн за рамку.",
        "en": "Yes, the Classic 30x40 frames are in stock. We do have gift wrapping, at £2 a frame.",
    }[lang]
    assert unanswered(lang, TAGLINED[lang], body) == []
    unasked = body.split(". ")[0] + "."
    assert len(unanswered(lang, TAGLINED[lang], unasked)) == 1  # the P.S. still asks


@pytest.mark.parametrize(
    ("lang", "original", "body", "open_"),
    [
        ("en", "Hi,\n\nI ordered the Frost fridge freezer. Does the driver take card, or is it cash only?\n\nKwame",
         "Yes, you can pay the driver when the fridge freezer is delivered on Friday.", True),
        ("en", "Hi,\n\nDoes the driver take card, or is it cash only?\n\nKwame",
         "The driver carries a card reader, so card is fine.", False),
        ("en", "Hi,\n\nIs the Cove table lamp battery-powered or mains only?\n\nMaya",
         "The Cove runs on a built-in rechargeable battery that lasts about 12 hours.", False),
        ("ru", "Здравствуйте! Курьеру можно заплатить картой или только наличными?\nКвами",
         "Да, заплатить курьеру можно при получении в пятницу.", True),
        ("uk", "Добрий день! Кур'єру можна заплатити карткою чи лише готівкою?\nКвамі",
         "Так, заплатити кур'єру можна при отриманні в п'ятницю.", True),
    ],
)  # fmt: skip
def test_or_is_it_only_is_an_exclusive_either_or(lang: Lang, original: str, body: str, open_: bool) -> None:
    """ "..., or is it cash only?" excludes as "or only cash" does, and a day told after the yes says when the
    paying happens, not how (round 33's en miss)."""
    assert bool(unanswered(lang, original, body)) is open_


@pytest.mark.parametrize(
    ("lang", "original", "body", "found"),
    [
        ("ru", "Здравствуйте! В заказе стояло 22 декабря, а сегодня пришло SMS с другой датой. Когда привезут?\nБорис",
         "К сожалению, доставку перенесли. Диван привезём в пятницу, 26 декабря.", ["no-apology"]),
        ("ru", "Здравствуйте! Можно привезти диван в другой день?\nБорис",
         "Доставку перенесли на пятницу, 26 декабря.", []),
        ("uk", "Добрий день! У замовленні було 22 грудня, а сьогодні прийшло SMS з іншою датою. Коли привезуть?\nБорис",
         "На жаль, доставку перенесли. Диван привеземо в п'ятницю, 26 грудня.", ["no-apology"]),
        ("uk", "Добрий день! Чи можна привезти диван в інший день?\nБорис",
         "Доставку перенесли на п'ятницю, 26 грудня.", []),
        ("en", "Hi,\n\nIt said 22 December, but today I got a text with another day. When is it coming?\n\nBoris",
         "Unfortunately, your delivery has been rescheduled. The sofa will arrive on Friday, 26 December.",
         ["no-apology"]),
        ("en", "Hi,\n\nCould you bring the sofa on another day?\n\nBoris",
         "I've rescheduled the delivery to Friday, 26 December.", []),
    ],
)  # fmt: skip
def test_another_day_is_asked_for_only_in_a_question(lang: Lang, original: str, body: str, found: list[str]) -> None:
    """ "пришло SMS с другой датой" tells the shop's move; «Можно в другой день?» asks for one (round 33's ru miss)."""
    assert kinds("delay-notice", lang, body, original) == found


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("uk", "Дякуємо за лист! Наша майстерня зачинена на літню відпустку. Ми відповімо на всі листи, щойно "
               "повернемося."),
        ("ru", "Спасибо за письмо! Наша мастерская закрыта на летний отпуск. Мы ответим на все письма, как только "
               "вернёмся."),
        ("en", "Thanks for your email! Our workshop is closed for the summer holidays. We will reply to every email "
               "as soon as we are back."),
    ],
)  # fmt: skip
def test_closed_for_the_summer_break_is_a_holiday_notice(lang: Lang, body: str) -> None:
    """A workplace closed for a leave, not only for public holidays, is an automatic notice; with no date for the
    return it says when nothing ends (round 33's uk miss)."""
    assert "no-timeframe" in kinds("autoreply", lang, body)


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "I'm not sure whether the Aero 500 filter fits the Aero 300, so I'm checking with our technical team "
               "and will get back to you.", ["no-timeframe"]),
        ("ru", "Не знаю точно, подойдёт ли фильтр Aero 500 к Aero 300, поэтому уточняю у технического отдела и "
               "вернусь к вам.", ["no-timeframe"]),
        ("uk", "Не знаю напевно, чи підійде фільтр Aero 500 до Aero 300, тому уточнюю в технічному відділі й "
               "повернуся до вас.", ["no-timeframe"]),
        ("en", "I'm not sure whether it fits; our technical team will get back to you.", []),
        ("en", "I'm not sure whether it fits, so I'm checking with our technical team and will get back to you by "
               "Friday.", []),
    ],
)  # fmt: skip
def test_checking_with_the_team_is_a_promise(lang: Lang, body: str, found: list[str]) -> None:
    """ "I'm checking with our technical team and will get back to you" is the agent finding out, a promise that
    needs its time; the team getting back to the customer is someone who knows (round 33's en miss)."""
    assert kinds("honest-unknown", lang, body) == found


COMING = {
    "uk": ("Добрий день! Кур'єр мав привезти продукти до 15:00, вже 15:40, нікого немає. Він узагалі приїде?\nЖанна"),
    "ru": (
        "Здравствуйте! Курьер должен был привезти продукты до 15:00, уже 15:40, никого нет. Он вообще приедет?\nЖанна"
    ),
    "en": "Hi,\n\nThe courier was due by 3pm, it is 3:40 and nobody has come. Is he coming at all?\n\nJane",
}


@pytest.mark.parametrize(
    ("lang", "body", "open_"),
    [
        ("uk", "Кур'єр запізнюється приблизно на годину через затор. Він буде у Вас між 16:30 і 17:00.", False),
        ("ru", "Курьер опаздывает примерно на час из-за пробки. Он будет у Вас между 16:30 и 17:00.", False),
        ("en", "The courier is running about an hour late. He will be with you between 4:30 and 5pm.", False),
        ("uk", "Кур'єр запізнюється приблизно на годину через затор. Вибачте за незручності.", True),
        ("ru", "Курьер опаздывает примерно на час из-за пробки. Извините за неудобства.", True),
    ],
)  # fmt: skip
def test_being_with_the_customer_is_coming(lang: Lang, body: str, open_: bool) -> None:
    """ "Will he come at all?" is settled by when he will be with the customer (round 33's uk false alarm)."""
    assert bool(unanswered(lang, COMING[lang], body)) is open_


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("uk", "Добрий день! Хочу замовити шафу «Норд». Оплатити при отриманні можна буде карткою, чи лише готівкою?"
               "\nСвітлана", "Так, оплатити можна при отриманні шафи, передоплата не потрібна."),
        ("ru", "Здравствуйте! Хочу заказать шкаф «Норд». Оплатить при получении можно будет картой или только "
               "наличными?\nСветлана", "Да, оплатить можно при получении шкафа."),
        ("en", "Hi,\n\nI'm ordering two beds. Can I pay the driver by card, or only in cash?\n\nSue",
         "Yes, you can pay when the bed is delivered."),
    ],
)  # fmt: skip
def test_a_short_word_of_the_letter_in_another_case_is_still_the_letters(lang: Lang, original: str, body: str) -> None:
    """«шафи» is the letter's «шафу»: a word too short for a shared stem is matched by its lemma, so the yes still
    only says the letter back and picks no way to pay (round 34's uk miss)."""
    assert len(unanswered(lang, original, body)) == 1


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "I'm not sure of the exact date, but it's likely to be late August, as the weaver ships monthly.", []),
        ("en", "Your order will be late, it now arrives on Friday, 5 September.", ["no-apology"]),
        ("ru", "Точной даты пока нет, но скорее всего это будет конец августа: ткач присылает партию раз в месяц.", []),
        ("uk", "Точної дати поки немає, але найімовірніше це буде кінець серпня: ткаля надсилає партію щомісяця.", []),
    ],
)  # fmt: skip
def test_late_in_a_date_is_no_delay(lang: Lang, body: str, found: list[str]) -> None:
    """ "late August" says when, not that anything is late (round 34's judge found the page silent on it)."""
    assert kinds("delay-notice", lang, body) == found


@pytest.mark.parametrize(
    ("lang", "customer", "greeting", "wrong"),
    [
        ("ru", "Евгения Лаврова", "Евгений, здравствуйте!", True),
        ("ru", "Евгения Лаврова", "Евгения, здравствуйте!", False),
        ("uk", "Євгенія Лаврова", "Євгене, добрий день!", True),
        ("uk", "Євгенія Лаврова", "Євгеніє, добрий день!", False),
        ("en", "Evgenia Lavrova", "Hello Evgeny,", True),
        ("en", "Evgenia Lavrova", "Hello Evgenia,", False),
    ],
)
def test_a_mans_name_is_not_hers_in_any_script(lang: Lang, customer: str, greeting: str, wrong: bool) -> None:
    """«Евгения» as the customer gives it is her name only, though it is also the genitive of «Евгений»: a stray
    reading of the word in the other language's dictionary no longer hides that (round 34's ru miss)."""
    assert (_greeted(lang, customer, greeting) == ["wrong-name"]) is wrong


# A fresh-eyes review of this session's changes found each of these reading too much; they stay as they were.


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Подойдёт ли стеллаж в нишу 80 см? Легко ли его собрать одному?\nИра",
         "Да, в нишу 80 см он встанет. Вес упаковки 24 кг."),
        ("uk", "Добрий день! Чи підійде стелаж у нішу 80 см? Чи легко його зібрати самому?\nІра",
         "Так, у нішу 80 см він стане. Вага упаковки 24 кг."),
        ("en", "Hi,\n\nDoes the desk lamp come with a light bulb? And can you ship to Leeds?\n\nSue",
         "Yes, we ship to Leeds. The lamp weighs 1.2 kg."),
        ("en", "Hi,\n\nCan I assemble the wardrobe myself? What tools will I need?\n\nPaul",
         "Yes, you can assemble it yourself; no experience needed."),
        ("ru", "Здравствуйте. Можно ли собрать шкаф самому? Какие инструменты для этого нужны?\nПавел",
         "Да, шкаф можно собрать самому, нужно только следовать инструкции."),
        ("ru", "Здравствуйте! Подойдёт ли камера Vega к ноутбуку? Она сейчас есть в наличии?\nИра",
         "Да, камера Vega подойдёт к ноутбуку. Камеру упакуют на складе и отправят в день заказа."),
        ("ru", "Здравствуйте! Когда привезёте диван Лофт? Он вообще приедет?\nИра",
         "Мы проверяем ваш заказ у поставщика. Ответ будет у вас в течение дня."),
    ],
)  # fmt: skip
def test_near_words_that_do_not_answer(lang: Lang, original: str, body: str) -> None:
    """«Легко ли собрать?» asks how easy, not how heavy; "a light bulb" is a lamp; "no experience needed" and «нужно
    следовать инструкции» name no tool; «упакуют на складе» tells where it is packed; «Ответ будет у вас» is no
    courier coming."""
    assert len(unanswered(lang, original, body)) == 1


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Unfortunately we could not deliver as agreed, and your delivery was postponed because our van broke down.",
        ),
        ("ru", "К сожалению, мы не смогли привезти заказ, как вы просили, и доставку перенесли из-за поломки машины."),
        ("uk", "На жаль, ми не змогли привезти замовлення, як ви просили, і доставку перенесли через поломку авто."),
    ],
)
def test_the_failed_plan_before_a_move_is_no_wish(lang: Lang, body: str) -> None:
    """ "as you asked" before the move names the plan that failed, not the customer's wish for the move."""
    assert kinds("delay-notice", lang, body) == ["no-new-date", "no-apology"]


@pytest.mark.parametrize(
    ("lang", "original"),
    [
        ("en", "Hi,\n\nCan you move my order to the express tariff?\n\nBo"),
        ("ru", "Здравствуйте! Почему мою доставку перенесли на другой день?\nБорис"),
        ("uk", "Добрий день! Чому мою доставку перенесли на інший день?\nБорис"),
    ],
)
def test_a_why_about_the_shops_move_asks_for_none(lang: Lang, original: str) -> None:
    body = {
        "en": "Unfortunately your delivery was postponed because our van broke down. Sorry.",
        "ru": "К сожалению, доставку перенесли из-за поломки машины. Извините.",
        "uk": "На жаль, доставку перенесли через поломку авто. Вибачте.",
    }[lang]
    assert kinds("delay-notice", lang, body, original) == ["no-new-date"]


def test_gone_out_of_stock_is_still_scarcity() -> None:
    assert kinds("pushy", "en", "Only 3 left! Once it has gone out of stock, it won't be back this year.") == [
        "pressure"
    ]


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "I'm not sure whether it fits. Our technical team has your question and will get back to you.", []),
        ("en", "We can't say yet whether it is covered, so I've passed your photos to the manufacturer and will be in "
               "touch once they reply.", ["no-timeframe"]),
        ("ru", "Не знаю точно, подойдёт ли он. Наш технический отдел получил ваш вопрос и свяжется с вами.", []),
        ("uk", "Не знаю напевно, чи підійде він. Наш технічний відділ отримав ваше питання і зв'яжеться з вами.", []),
    ],
)  # fmt: skip
def test_whose_will_it_is(lang: Lang, body: str, found: list[str]) -> None:
    """ "I've passed them on and will be in touch" is the agent's promise; the team that will get back is someone
    who knows."""
    assert kinds("honest-unknown", lang, body) == found
