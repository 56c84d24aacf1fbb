"""The classes blind round 20 taught, each with a good and a bad side, in every language the class exists in.

unanswered-question:
- a quantity measured in units ("What voltage does it use?", «Какая мощность?») is answered by a number with its
  unit;
- a Russian or Ukrainian demonstrative («к этой дате», «до цієї дати») in the first question points at the
  sentence before it, whose words then locate the answer;
- «Интересует ноутбук X.» / «Цікавить ноутбук X.» before a question names its subject and asks nothing itself;
- «подходит» / «підходить» say back «подойдёт» / «підійде» (one verb's two aspects);
- "how often" is answered by a frequency ("once a year", «раз в год», «щороку»);
- a number names no material or colour ("3 900" is a price, not the yarn asked about), and a list of colours
  or a material in a sentence no question's words reach answers the question asking for one;
- a promise to tell the customer "as soon as" something happens says no when;
- a promise to find out counts as an honest answer only with a date ahead, not a date of what happened;
- two requests joined in one sentence are both done by one sentence doing both ("A new one went out today, and
  this time we've wrapped it better");
- English: an "-ed" form after a determiner ("a personalised jigsaw") tells no past event.
greeting-name: a patronymic alone is not the customer's name («Светлана Игоревна» for Ирина Игоревна).
delay-notice: the customer reporting that the shop moved a date («перенесли») did not ask to move it.
autoreply: office hours before a time ("hours are Monday to Friday, 9am to 5pm") are no reply time.
"""

from __future__ import annotations

import pytest
from uq_cases import CLOSING, GREETING, kinds
from uq_cases import unanswered as _unanswered

from replylint import lint
from replylint.model import Lang

CASES = [
    # a measured quantity
    (
        "en",
        "Hello,\n\nWhat voltage does the Brio grinder use? And can you deliver to Limassol?\n\nSergei",
        "The Brio grinder runs on 220-240 V, 50 Hz. Yes, we can deliver to Limassol: DHL takes 4 to 6 days.",
        "The Brio grinder is our quietest model. Yes, we can deliver to Limassol: DHL takes 4 to 6 days.",
    ),
    (
        "ru",
        "Здравствуйте! Какая мощность у кофемолки Brio? И доставляете ли вы в Казань?\nСергей",
        "Кофемолка Brio работает от сети, 150 Вт. Да, в Казань доставляем за 4–6 дней.",
        "Кофемолка Brio — самая тихая наша модель. Да, в Казань доставляем за 4–6 дней.",
    ),
    (
        "uk",
        "Добрий день! Яка потужність кавомолки Brio? І чи доставляєте ви до Львова?\nСергій",
        "Кавомолка Brio працює від мережі, 150 Вт. Так, до Львова доставляємо за 2–3 дні.",
        "Кавомолка Brio — наша найтихіша модель. Так, до Львова доставляємо за 2–3 дні.",
    ),
    # a demonstrative pointing at the story
    (
        "ru",
        "Здравствуйте! Хочу заказать торт на день рождения сына на субботу, 29 ноября. Успеете к этой дате? И "
        "сколько он будет стоить?\nЖеня",
        "Да, к субботе, 29 ноября, торт испечём. Торт на 12 гостей стоит от 5 400 рублей.",
        "Торты мы печём только из натуральных продуктов. Торт на 12 гостей стоит от 5 400 рублей.",
    ),
    (
        "uk",
        "Добрий день! Хочу замовити торт на день народження сина на суботу, 29 листопада. Встигнете до цієї дати? "
        "І скільки він коштуватиме?\nЖеня",
        "Так, до суботи, 29 листопада, торт спечемо. Торт на 12 гостей коштує від 1 400 гривень.",
        "Торти ми печемо лише з натуральних продуктів. Торт на 12 гостей коштує від 1 400 гривень.",
    ),
    # an interest opener naming the subject of the next question
    (
        "ru",
        "Добрый день! Интересует ноутбук Lenovo IdeaPad Slim 5. Он есть в наличии?\nРустам",
        "Да, на складе сейчас четыре таких ноутбука.",
        "Ноутбуки Lenovo у нас очень популярны.",
    ),
    (
        "uk",
        "Добрий день! Цікавить ноутбук Lenovo IdeaPad Slim 5. Він є в наявності?\nРустам",
        "Так, на складі зараз чотири такі ноутбуки.",
        "Ноутбуки Lenovo у нас дуже популярні.",
    ),
    # a verb's other aspect said back
    (
        "ru",
        "Здравствуйте! Кожа у меня очень чувствительная. Крем «Аква Баланс» мне подойдёт? И какой объём у тюбика?\n"
        "Анастасия",
        "Да, «Аква Баланс» подходит для чувствительной кожи. Объём тюбика — 50 мл.",
        "«Аква Баланс» — наш самый популярный крем. Объём тюбика — 50 мл.",
    ),
    (
        "uk",
        "Добрий день! Шкіра в мене дуже чутлива. Крем «Аква Баланс» мені підійде? І який об'єм тюбика?\nАнастасія",
        "Так, «Аква Баланс» підходить для чутливої шкіри. Об'єм тюбика — 50 мл.",
        "«Аква Баланс» — наш найпопулярніший крем. Об'єм тюбика — 50 мл.",
    ),
    # how often
    (
        "en",
        "Hello,\n\nCan I put a hot pan on the oak table? And how often should I re-oil it?\n\nVadim",
        "No, please use a trivet under hot pans. Re-oil the whole top about once a year.",
        "No, please use a trivet under hot pans. Oil keeps the oak looking warm.",
    ),
    (
        "ru",
        "Здравствуйте! Можно ставить на дубовый стол горячую кастрюлю? И как часто нужно обновлять масло?\nВадим",
        "Нет, горячее ставьте только на подставку. Обновлять масло нужно примерно раз в год.",
        "Нет, горячее ставьте только на подставку. Масло хорошо защищает дерево.",
    ),
    (
        "uk",
        "Добрий день! Чи можна ставити на дубовий стіл гарячу каструлю? І як часто треба оновлювати олію?\nВадим",
        "Ні, гаряче ставте лише на підставку. Оновлювати олію треба приблизно раз на рік.",
        "Ні, гаряче ставте лише на підставку. Олія добре захищає дерево.",
    ),
    # a number is no material; a material in a sentence of its own is
    (
        "en",
        "Hello,\n\nDo you have the Nord throw in beige, 150×200? And what yarn is it made from?\n\nInna",
        "Yes, the Nord throw comes in beige in 150×200 and costs £39.\n\nThe yarn is pure cotton.",
        "Yes, the Nord throw comes in beige in 150×200 and costs £39.\n\nWe can send it tomorrow.",
    ),
    (
        "ru",
        "Здравствуйте! Есть ли плед «Норд» в бежевом цвете, 150×200? И из какой он пряжи?\nИнна",
        "Да, плед «Норд» есть в бежевом цвете в размере 150×200, он стоит 3 900 рублей.\n\nПряжа — чистый хлопок.",
        "Да, плед «Норд» есть в бежевом цвете в размере 150×200, он стоит 3 900 рублей.\n\nОтправить можем завтра.",
    ),
    (
        "uk",
        "Добрий день! Чи є плед «Норд» у бежевому кольорі, 150×200? І з якої він пряжі?\nІнна",
        "Так, плед «Норд» є в бежевому кольорі в розмірі 150×200, він коштує 1 200 гривень.\n\nПряжа — чиста бавовна.",
        "Так, плед «Норд» є в бежевому кольорі в розмірі 150×200, він коштує 1 200 гривень.\n\nНадіслати можемо "
        "завтра.",
    ),
    # a promise to tell "as soon as" says no when
    (
        "en",
        "Hi,\n\nWhen will the Wilfa Svart grinder be back?\n\nTom",
        "The grinder will be back as soon as our supplier ships it, in the week of 12 January.",
        "As soon as the grinder is back in stock, we'll let you know.",
    ),
    (
        "ru",
        "Здравствуйте! Когда снова будет кофемолка Wilfa Svart?\nТарас",
        "Кофемолка снова появится в продаже 12 января.",
        "Как только кофемолка поступит на склад, мы Вам сообщим.",
    ),
    (
        "uk",
        "Добрий день! Коли знову буде кавомолка Wilfa Svart?\nТарас",
        "Кавомолка знову з'явиться в продажу 12 січня.",
        "Щойно кавомолка надійде на склад, ми Вам повідомимо.",
    ),
    # a promise to find out with a date of what happened is no honest answer
    (
        "en",
        "Hi,\n\nI sent the Osprey backpack back last week. When will the money reach my card?\n\nVictor",
        "We received your backpack on Monday, 16 June, and the refund will reach your card by Friday, 20 June.",
        "We received your backpack on Monday, 16 June, and have passed it on for inspection.",
    ),
    (
        "ru",
        "Здравствуйте! Я вернул вам рюкзак Osprey на прошлой неделе. Когда деньги поступят на мою карту?\nВиктор",
        "Мы получили Ваш рюкзак в понедельник, 16 июня; деньги поступят на карту до пятницы, 20 июня.",
        "Мы получили Ваш рюкзак в понедельник, 16 июня, и уже передали его на проверку.",
    ),
    (
        "uk",
        "Добрий день! Я повернув вам рюкзак Osprey минулого тижня. Коли кошти надійдуть на мою картку?\nВіктор",
        "Ми отримали Ваш рюкзак у понеділок, 16 червня; кошти надійдуть на картку до п'ятниці, 20 червня.",
        "Ми отримали Ваш рюкзак у понеділок, 16 червня, і вже передали його на перевірку.",
    ),
    # two requests in one sentence, done in one
    (
        "en",
        "Hi,\n\nMy Shoreline mug arrived broken again. Can you send another one, and could you wrap it better this "
        "time?\n\nJo",
        "A new one went out today by Royal Mail, and this time we've wrapped it better: it is double-boxed.",
        "This time we will wrap it better: it will be double-boxed.",
    ),
    (
        "ru",
        "Здравствуйте! Кружка «Прибой» снова пришла разбитой. Можете прислать другую? И упакуете её получше?\nЯна",
        "Новая кружка уже выехала к Вам, и на этот раз мы упаковали её получше: в двойную коробку.",
        "На этот раз мы упакуем её получше: в двойную коробку.",
    ),
    (
        "uk",
        "Добрий день! Чашка «Прибій» знову прийшла розбитою. Можете надіслати іншу? І запакуєте її краще?\nЯна",
        "Нова чашка вже вирушила до Вас, і цього разу ми запакували її краще: у подвійну коробку.",
        "Цього разу ми запакуємо її краще: у подвійну коробку.",
    ),
    # English: a participle after a determiner tells no past event
    (
        "en",
        "Hello,\n\nI'd like to send a personalised jigsaw to Aberdeen for Christmas. What is the last day to order "
        "for it to arrive in time?\n\nFiona",
        "For delivery to Aberdeen before Christmas, the last day to order a personalised jigsaw is Wednesday, 17 "
        "December.",
        "We ordered the personalised jigsaws from our printer on Monday, 1 December.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "good", "bad"), CASES)
def test_round_20_answers_and_non_answers(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []


def _fired(rule: str, lang: Lang, reply: str, original: str | None = None) -> bool:
    return bool(lint(reply, original, context={"language": lang}, select=[rule]).by_rule(rule))


@pytest.mark.parametrize(
    ("lang", "original", "wrong", "right"),
    [
        (
            "ru",
            "From: Ирина Игоревна Лазарева <i.lazareva@example.com>\nSubject: Договор\n\nПришлите проект договора.\n"
            "Ирина Игоревна",
            "Светлана Игоревна, добрый день!",
            "Ирина Игоревна, добрый день!",
        ),
        (
            "uk",
            "From: Ірина Ігорівна Лазаренко <i.lazarenko@example.com>\nSubject: Договір\n\nНадішліть проєкт договору.\n"
            "Ірина Ігорівна",
            "Світлано Ігорівно, добрий день!",
            "Ірино Ігорівно, добрий день!",
        ),
    ],
)
def test_a_patronymic_alone_is_not_the_customers_name(lang: Lang, original: str, wrong: str, right: str) -> None:
    body = "\n\nПроект договора прикладываю." if lang == "ru" else "\n\nПроєкт договору додаю."

    def reply(greeting: str) -> str:
        return f"From: shop@example.com\nTo: i.l@example.com\nSubject: Re: Договор\n\n{greeting}{body}{CLOSING[lang]}"

    assert _fired("greeting-name", lang, reply(wrong), original)
    assert not _fired("greeting-name", lang, reply(right), original)


@pytest.mark.parametrize(
    ("lang", "reported", "asked", "moved"),
    [
        (
            "en",
            "Hello,\n\nI got a text saying my sofa delivery was rescheduled. Why?\n\nMike",
            "Hello,\n\nCould you reschedule my sofa delivery? I'm away tomorrow.\n\nMike",
            "Unfortunately your sofa delivery was rescheduled because the upholstery had a flaw.",
        ),
        (
            "ru",
            "Здравствуйте. Пришло SMS, что доставку дивана перенесли. Почему?\nМихаил",
            "Здравствуйте. Можно перенести доставку дивана? Меня завтра не будет.\nМихаил",
            "К сожалению, доставку Вашего дивана перенесли: на фабрике нашли дефект обивки.",
        ),
        (
            "uk",
            "Добрий день. Прийшло SMS, що доставку дивана перенесли. Чому?\nМикола",
            "Добрий день. Чи можна перенести доставку дивана? Мене завтра не буде.\nМикола",
            "На жаль, доставку Вашого дивана перенесли: на фабриці знайшли дефект оббивки.",
        ),
    ],
)
def test_a_move_the_customer_reports_is_no_request_to_move(lang: Lang, reported: str, asked: str, moved: str) -> None:
    reply = GREETING[lang] + moved + CLOSING[lang]
    assert _fired("delay-notice", lang, reply, reported)
    assert not _fired("delay-notice", lang, reply, asked)


@pytest.mark.parametrize(
    ("lang", "hours", "timed"),
    [
        (
            "en",
            "We have received your email. Our customer service hours are Monday to Friday, 9am to 5pm, and we will "
            "be in touch as soon as possible.",
            "We have received your email and will be in touch by 5pm tomorrow.",
        ),
        (
            "ru",
            "Ваше письмо получено. Часы работы службы поддержки — с понедельника по пятницу, с 9:00 до 18:00, мы "
            "свяжемся с Вами как можно скорее.",
            "Ваше письмо получено, мы свяжемся с Вами завтра до 18:00.",
        ),
        (
            "uk",
            "Ваш лист отримано. Години роботи служби підтримки — з понеділка по п'ятницю, з 9:00 до 18:00, ми "
            "зв'яжемося з Вами якнайшвидше.",
            "Ваш лист отримано, ми зв'яжемося з Вами завтра до 18:00.",
        ),
    ],
)
def test_office_hours_are_no_time_for_the_answer(lang: Lang, hours: str, timed: str) -> None:
    headers = "From: shop@example.com\nTo: c@example.com\nSubject: Re: Order\nAuto-Submitted: auto-replied\n\n"

    def no_timeframe(body: str) -> bool:
        return "no-timeframe" in kinds("autoreply", lang, body, headers=headers)

    assert no_timeframe(hours)
    assert not no_timeframe(timed)


@pytest.mark.parametrize(
    ("opening", "calls"),
    [("Order a jar today.", True), ("I'll order a replacement jar for you today.", False), ("Buy one now.", True)],
)
def test_an_english_call_to_order_opens_its_sentence(opening: str, calls: bool) -> None:
    """ "Order a jar today." urges; "I'll order a replacement for you today" tells what the agent does."""
    reply = (
        f"Hi Jenny,\n\nYes, the balm suits eczema-prone skin. {opening}\n\nJust add the cleanser to your basket too."
        "\n\nAnd if you buy before Sunday, we'll pop a travel-size serum in your parcel.\n\nWarm regards,\nChloe"
    )
    assert _fired("pushy", "en", reply) is calls
