"""The classes blind rounds 43 and 44 taught: their unanswered-question false alarms, in new wording.

An emoji ends a sentence as a full stop does; stock told in a sentence another question shares, by a word only this
question uses; «платный» / «платний» ("is it paid?") is a price word; "How much would both cost?" asks the price of
what the questions before it asked for; an admission beside the question's sentence in its paragraph answers it; a
yes opening a paragraph no question claims answers the one yes/no beside questions a yes cannot answer; a request for
"the documents" by their class word is done by papers of that class attached. pushy: a phrase's gap ("order ...
before") never bridges two sentences, so "order now. Order before Sunday" is two calls, not one.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

from replylint import lint
from replylint.model import Lang
from replylint.nlp import pipeline


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("en", "Yes, we'll have it ready by Friday 🎉 The card is free. Thanks 🙂 and see you soon", 3),
        ("ru", "Да, букет соберём к пятнице 💐 Открытку вложим бесплатно.", 2),
        ("uk", "Так, кошик зберемо до п'ятниці 🧺 Листівку додамо безкоштовно.", 2),
    ],
)  # fmt: skip
def test_an_emoji_before_a_capital_ends_a_sentence(lang: Lang, text: str, sentences: int) -> None:
    assert len(pipeline(lang).analyse(text).sentences) == sentences


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nWe're throwing a party on 14 June and would like the Rainbow cake for it. Can you make it "
               "by then? And could you pipe 'Happy 40th, Tom' on top?\n\nJess",
         "Hi Jess,\n\nYes, the Rainbow cake will be ready for 14 June 🎂 We'll pipe 'Happy 40th, Tom' on top at no "
         "extra cost.\n\nBest wishes,\nOlivia"),
        ("ru", "Здравствуйте! Хотим заказать торт «Радуга» к 14 июня. Успеете к этому числу? И можно ли написать на "
               "нём «С юбилеем, Том»?\nЕвгения",
         "Евгения, здравствуйте!\n\nДа, торт «Радуга» к 14 июня испечём 🎂 Надпись «С юбилеем, Том» сделаем "
         "кремом.\n\nС уважением,\nОльга"),
        ("uk", "Добрий день! Хочемо замовити торт «Веселка» на 14 червня. Встигнете до цього числа? І чи можна "
               "написати на ньому «З ювілеєм, Томе»?\nЄвгенія",
         "Євгеніє, добрий день!\n\nТак, торт «Веселка» на 14 червня спечемо 🎂 Напис «З ювілеєм, Томе» зробимо "
         "кремом.\n\nЗ повагою,\nОльга"),
    ],
)  # fmt: skip
def test_a_yes_before_an_emoji_is_its_own_sentence(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nWhat colours does the Nordic throw come in? I'd need 6 of them, do you have that many?\n\nAmy",
         "Hi Amy,\n\nThe Nordic throw comes in sand, grey and moss. We have 20 throws of each colour in our "
         "warehouse, so 6 is no problem.\n\nBest,\nLeo", 0),
        ("ru", "Здравствуйте! В каких цветах есть пледы «Норд»? Мне нужно 6 комплектов, столько есть?\nАнна",
         "Анна, здравствуйте!\n\nПледы «Норд» бывают песочные, серые и зелёные. На складе сейчас 20 комплектов "
         "каждого цвета, так что 6 штук соберём.\n\nС уважением,\nЛев", 0),
        ("uk", "Добрий день! У яких кольорах є пледи «Норд»? Мені потрібно 6 комплектів, стільки є?\nГанна",
         "Ганно, добрий день!\n\nПледи «Норд» бувають пісочні, сірі й зелені. На складі зараз 20 комплектів "
         "кожного кольору, тож 6 штук зберемо.\n\nЗ повагою,\nЛев", 0),
        ("ru", "Здравствуйте! В каких цветах есть пледы «Норд»? Мне нужно 6 подушек, столько есть?\nАнна",
         "Анна, здравствуйте!\n\nПледы «Норд» бывают песочные, серые и зелёные. На складе сейчас 20 пледов каждого "
         "цвета.\n\nС уважением,\nЛев", 1),
    ],
)  # fmt: skip
def test_stock_told_in_a_shared_sentence_by_its_own_word(lang: Lang, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Здравствуйте! Можно ли забрать шкаф «Лофт» самовывозом?\nИ платная ли сборка?\nОлег",
         "Олег, здравствуйте!\n\nДа, шкаф можно забрать со склада на ул. Мира, 3. Сборка шкафа стоит 900 рублей, "
         "а при самовывозе отдаём его уже собранным без доплаты.\n\nС уважением,\nИра"),
        ("uk", "Добрий день! Чи можна забрати шафу «Лофт» самовивозом?\nІ чи платне збирання?\nОлег",
         "Олеже, добрий день!\n\nТак, шафу можна забрати зі складу на вул. Миру, 3. Збирання шафи коштує 400 грн, "
         "а при самовивозі віддаємо її вже зібраною без доплати.\n\nЗ повагою,\nІра"),
        ("en", "Hi,\n\nCan I collect the Loft wardrobe from your warehouse? And is there a charge for assembly?"
               "\n\nOleg",
         "Hi Oleg,\n\nYes, you can collect the wardrobe from our warehouse at 3 Mill Road. Assembling the wardrobe "
         "is £40, but if you collect it we hand it over already built for nothing extra.\n\nBest,\nIra"),
    ],
)  # fmt: skip
def test_is_it_paid_is_answered_by_an_amount(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello,\n\nCan you hem the curtains to 210 cm? Can you add tie-backs as well? How much would that "
               "all cost?\n\nRuth",
         "Hi Ruth,\n\nYes, we can hem the curtains to 210 cm. Yes, we can add matching tie-backs too.\n\nHemming is "
         "£18 and the tie-backs are £12, so £30 in all.\n\nBest wishes,\nTom", 0),
        ("ru", "Здравствуйте! Можете подшить шторы до 210 см? И добавить подхваты? Сколько это всё будет стоить?\n"
               "Рита",
         "Рита, здравствуйте!\n\nДа, шторы подошьём до 210 см. Подхваты тоже добавим.\n\nПодшив — 900 рублей, "
         "подхваты — 600 рублей, всего 1 500 рублей.\n\nС уважением,\nТома", 0),
        ("uk", "Добрий день! Можете підшити штори до 210 см? І додати підхвати? Скільки це все коштуватиме?\n"
               "Рита",
         "Рито, добрий день!\n\nТак, штори підшиємо до 210 см. Підхвати теж додамо.\n\nПідшивання — 300 грн, "
         "підхвати — 200 грн, разом 500 грн.\n\nЗ повагою,\nТома", 0),
        ("en", "Hello,\n\nCan you hem the curtains to 210 cm? Can you add tie-backs as well? How much would that "
               "all cost?\n\nRuth",
         "Hi Ruth,\n\nYes, we can hem the curtains to 210 cm. Yes, we can add matching tie-backs too.\n\nBest "
         "wishes,\nTom", 1),
    ],
)  # fmt: skip
def test_how_much_for_both_is_priced_on_what_was_asked_before(
    lang: Lang, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWill the Atlas sofa bed be comfortable for someone who is 6'6\"? And how wide is the "
               "mattress?\n\nKit",
         "Hi Kit,\n\nThe mattress is 140 cm wide. I'm not sure it will be long enough at 6'6\", as it measures "
         "195 cm. I've asked our buyer and will email you by noon on Friday.\n\nBest,\nNia"),
        ("ru", "Здравствуйте! Диван-кровать «Атлас» подойдёт человеку ростом 198 см? И какая ширина матраса?\nКирилл",
         "Кирилл, здравствуйте!\n\nШирина матраса — 140 см. Не могу сказать точно, хватит ли длины при вашем "
         "росте: спальное место 195 см. Я уточнила у закупщика и напишу вам до пятницы, 12:00.\n\n"
         "С уважением,\nНина"),
        ("uk", "Добрий день! Диван-ліжко «Атлас» підійде людині зростом 198 см? І яка ширина матраца?\nКирило",
         "Кириле, добрий день!\n\nШирина матраца — 140 см. Не можу сказати напевно, чи вистачить довжини при "
         "вашому зрості: спальне місце 195 см. Я уточнила в закупника й напишу вам до п'ятниці, 12:00.\n\n"
         "З повагою,\nНіна"),
    ],
)  # fmt: skip
def test_an_admission_beside_its_sentence_answers(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello! Will the lash serum really work? How long do I need to use it for?\n\nAlla",
         "Hi Alla,\n\nYes, most customers see a clear difference with it.\n\nThe first changes usually show "
         "after 4 weeks; a full course is 3 months.\n\nBest,\nKris", 0),
        ("ru", "Здравствуйте! Бальзам для волос точно поможет? Как долго его нужно использовать?\nАлла",
         "Алла, здравствуйте!\n\nДа, при ежедневном применении результат заметен у большинства.\n\nПервые "
         "изменения видны через 4 недели, полный курс — 3 месяца.\n\nС уважением,\nКристина", 0),
        ("uk", "Добрий день! Бальзам для волосся точно допоможе? Як довго його потрібно використовувати?\nАлла",
         "Алло, добрий день!\n\nТак, при щоденному застосуванні результат помітний у більшості.\n\nПерші зміни "
         "видно через 4 тижні, повний курс — 3 місяці.\n\nЗ повагою,\nКристина", 0),
        # beside another yes/no the yes opens the answers in the questions' order: the first one's (session 25)
        ("en", "Hello! Will the lash serum really work? Is it safe with contact lenses?\n\nAlla",
         "Hi Alla,\n\nYes, most customers see a clear difference with it.\n\nBest,\nKris", 1),
    ],
)  # fmt: skip
def test_a_yes_beside_questions_a_yes_cannot_answer(lang: Lang, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello,\n\nCould you send the documents for order 7731? And where in my account can I see all our "
               "invoices?\n\nIrene",
         "Hi Irene,\n\nPlease find attached the receipt and the delivery note for order 7731. All invoices are in "
         "your account under Documents > Invoices.\n\nBest,\nPaul", 0),
        ("ru", "Добрый день! Пришлите, пожалуйста, документы по заказу 7731. И где в личном кабинете найти все "
               "наши счета?\nИрина",
         "Ирина, добрый день!\n\nАкт и накладная по заказу 7731 во вложении. Все счета — в личном кабинете, в "
         "разделе «Документы».\n\nС уважением,\nПавел", 0),
        ("uk", "Добрий день! Надішліть, будь ласка, документи до замовлення 7731. І де в особистому кабінеті "
               "знайти всі наші рахунки?\nІрина",
         "Ірино, добрий день!\n\nАкт і накладна до замовлення 7731 у вкладенні. Усі рахунки — в особистому "
         "кабінеті, у розділі «Документи».\n\nЗ повагою,\nПавло", 0),
        ("en", "Hello,\n\nCould you send the manual for the Atlas heater? And where in my account can I see all our "
               "invoices?\n\nIrene",
         "Hi Irene,\n\nPlease find attached the receipt for order 7731. All invoices are in your account under "
         "Documents > Invoices.\n\nBest,\nPaul", 1),
    ],
)  # fmt: skip
def test_documents_asked_by_class_are_done_by_papers_attached(
    lang: Lang, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Hi Jenny,\n\nYes, the Harlow comes in grey. Order yours today. It's our bestseller, so order now. "
               "Order before Sunday and we'll add two free cushion covers.\n\nWarm regards,\nTom"),
        ("ru", "Женя, здравствуйте!\n\nДа, диван «Харлоу» есть в сером цвете. Закажите его сегодня. Это наш хит "
               "продаж, так что заказывайте сейчас. Закажите до воскресенья, и мы добавим две наволочки в подарок."
               "\n\nС уважением,\nТимур"),
        ("uk", "Женю, добрий день!\n\nТак, диван «Харлоу» є в сірому кольорі. Замовте його сьогодні. Це наш хіт "
               "продажів, тож замовляйте зараз. Замовте до неділі, і ми додамо дві наволочки в подарунок.\n\n"
               "З повагою,\nТиміш"),
    ],
)  # fmt: skip
def test_a_call_ending_a_sentence_is_not_swallowed_by_the_next(lang: Lang, body: str) -> None:
    kinds = [f.data.get("kind") for f in lint(body).findings if f.rule == "pushy"]
    assert kinds == ["repeated-call"]


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nCan I pick up the Loft desk from your Leeds showroom? And how much is assembly?\n\nBen",
         "Hi Ben,\n\nAssembling the desk is £45, and you can add it when you check out.\n\nBest,\nMila"),
        ("ru", "Здравствуйте! Можно ли забрать стол «Лофт» из вашего шоурума в Химках? И сколько стоит сборка?\n"
               "Борис",
         "Борис, здравствуйте!\n\nСборка стола стоит 1 500 рублей, её можно добавить при оформлении заказа.\n\n"
         "С уважением,\nМила"),
        ("uk", "Добрий день! Чи можна забрати стіл «Лофт» із вашого шоуруму на Позняках? І скільки коштує "
               "збирання?\nБогдан",
         "Богдане, добрий день!\n\nЗбирання столу коштує 450 грн, його можна додати під час оформлення "
         "замовлення.\n\nЗ повагою,\nМіла"),
    ],
)  # fmt: skip
def test_a_can_in_anothers_sentence_naming_one_word_in_three_is_no_answer(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 1


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nHow many cycles does the Dreame L10s battery last? And can I buy a spare battery from you?"
               "\n\nVic",
         "Hi Vic,\n\nDreame doesn't publish the cycle count, I'm afraid: their helpline can tell you. A spare "
         "battery for the L10s is in stock at £59.\n\nBest,\nAl"),
        ("ru", "Здравствуйте! Сколько циклов выдерживает аккумулятор Dreame L10s? И можно ли купить у вас "
               "запасной аккумулятор?\nВиталий",
         "Виталий, здравствуйте!\n\nDreame не публикует число циклов, его подскажут на горячей линии. Запасной "
         "аккумулятор для L10s у нас есть, он стоит 4 290 рублей.\n\nС уважением,\nАлексей"),
        ("uk", "Добрий день! Скільки циклів витримує акумулятор Dreame L10s? І чи можна купити у вас запасний "
               "акумулятор?\nВіталій",
         "Віталію, добрий день!\n\nDreame не публікує кількість циклів, її підкажуть на гарячій лінії. Запасний "
         "акумулятор для L10s у нас є, він коштує 1 990 грн.\n\nЗ повагою,\nОлексій"),
    ],
)  # fmt: skip
def test_can_i_buy_it_is_answered_by_the_shop_having_it(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0
