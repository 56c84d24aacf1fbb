"""Classes mended in the twenty-fifth session, each beside a counterexample that stays open or flagged."""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import questions_left as _uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a price and a discount are one subject: an amount in a sentence with a discount word ("off") prices it
        (
            "Hi, how soon can you fit new brake pads, and what would that cost?\nSam",
            "Hi Sam,\n\nIf you drop the bike off by 10, it is ready by 4pm, for £35 with the pads.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, how soon can you fit new brake pads, and what would that cost?\nSam",
            "Hi Sam,\n\nIf you drop the bike off by 10, it is ready by 4pm.\n\nBest,\nOwen",
            ["and what would that cost?"],
        ),
        # "off" is a discount only after an amount or a percentage ("£20 off"), not in "drop the bike off"
        (
            "Hi, when can the desk arrive? And is there a discount for two?\nSam",
            "Hi Sam,\n\nIt can come on Thursday. Two desks are £30 off.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, how soon can you service my bike?\nSam",
            "Hi Sam,\n\nDrop it off on Tuesday and it is ready the same evening.\n\nBest,\nOwen",
            [],
        ),
        # a tracking link answers "where is my order?"; the shop's news page does not
        (
            "Hello, where is parcel 55031? It should have come on Monday.\nAmy",
            "Hi Amy,\n\nSee https://couriers.example/track/55031 for each step.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hello, where is my parcel? It should have come on Monday.\nAmy",
            "Hi Amy,\n\nSorry to hear that. Our news is at https://shop.example/news.\n\nBest,\nOwen",
            ["Hello, where is my parcel?"],
        ),
        # small talk after a greeting with the shop's name asks nothing
        (
            "Добрий день, команда «Сад», як ваш тиждень? Коли привезете розсаду?\nІра",
            "Добрий день, Іро!\n\nРозсаду привеземо в суботу зранку.\n\nЗ повагою,\nОлег",
            [],
        ),
        (
            "Добрий день, команда «Сад», як ваш тиждень? Коли привезете розсаду?\nІра",
            "Добрий день, Іро!\n\nДякуємо, все добре!\n\nЗ повагою,\nОлег",
            ["Коли привезете розсаду?"],
        ),
        # a street address names a place
        (
            "Здравствуйте! Где находится ваш шоурум?\nИнна",
            "Инна, здравствуйте!\n\nШоурум — пр. Мира, 12, второй этаж.\n\nС уважением,\nОлег",
            [],
        ),
        (
            "Здравствуйте! Где находится ваш шоурум?\nИнна",
            "Инна, здравствуйте!\n\nШоурум работает с 10:00 до 20:00.\n\nС уважением,\nОлег",
            ["Где находится ваш шоурум?"],
        ),
        # a distance and a resolution are quantities in units
        (
            "Добрий день! На якій відстані працює пульт від дрона?\nІгор",
            "Добрий день, Ігорю!\n\nПульт тримає зв'язок до 4 км на відкритій місцевості.\n\nЗ повагою,\nОлег",
            [],
        ),
        (
            "Добрий день! На якій відстані працює пульт від дрона?\nІгор",
            "Добрий день, Ігорю!\n\nПульт працює від двох батарейок АА.\n\nЗ повагою,\nОлег",
            ["На якій відстані працює пульт від дрона?"],
        ),
        (
            "Hi, do you print posters from PDF files? And what resolution do I need?\nKim",
            "Hi Kim,\n\nYes, PDF is best. For A2, send at least 4961 × 7016 px.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, do you print posters from PDF files? And what resolution do I need?\nKim",
            "Hi Kim,\n\nYes, PDF is best. A2 posters are printed on 200 g paper.\n\nBest,\nOwen",
            ["And what resolution do I need?"],
        ),
        # "how far ahead" asks a time, not a distance
        (
            "Hi, how far ahead should I book the van?\nKim",
            "Hi Kim,\n\nTwo weeks before your move is usually enough.\n\nBest,\nOwen",
            [],
        ),
        # a yes in the sentence after the one answering the question before answers the next question
        (
            "Добрый день! Сколько действует абонемент? Его можно заморозить?\nЛена",
            "Лена, добрый день!\n\nАбонемент действует 6 месяцев. Да, паузу можно взять на две недели.\n\n"
            "С уважением,\nОлег",
            [],
        ),
        (
            "Hi, when will the sofa arrive? Can I pay in cash?\nKim",
            "Hi Kim,\n\nThe sofa arrives on Friday. Yes, thank you for your patience.\n\nBest,\nOwen",
            ["Can I pay in cash?"],
        ),
        # a yes opening the answers is the yes/no's, not the "which" asked after it
        (
            "Добрый день! Можно заказать кресло «Рим» в другой обивке? Какие есть?\nЛена",
            "Лена, добрый день!\n\nДа, «Рим» шьём в велюре, рогожке и экокоже.\n\nС уважением,\nОлег",
            [],
        ),
        # a plain "not quite" is a no on how things stand
        (
            "Hi, my order has not moved since Monday. Is everything OK with it?\nKim",
            "Hi Kim,\n\nI'm sorry, not quite: it is stuck at the depot after a van broke down.\n\nBest,\nOwen",
            [],
        ),
        # where a thing is seen on it: "видно на ..."
        (
            "Добрий день! Де подивитися серійний номер пральної машини?\nІра",
            "Добрий день, Іро!\n\nСерійний номер видно на наклейці за дверцятами люка.\n\nЗ повагою,\nОлег",
            [],
        ),
        (
            "Добрий день! Де подивитися серійний номер пральної машини?\nІра",
            "Добрий день, Іро!\n\nСерійний номер потрібен для гарантії.\n\nЗ повагою,\nОлег",
            ["Де подивитися серійний номер пральної машини?"],
        ),
        # a lone "where" about the letter's thing, answered by where it lies whatever else the sentence says was done
        (
            "Hi, I can't find my invoice. Where should I look?\nKim",
            "Hi Kim,\n\nYour invoice is in your account under Orders, and I've emailed a copy too.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, where do I find the warranty card?\nKim",
            "Hi Kim,\n\nYour order went out with DPD and is in the van today.\n\nBest,\nOwen",
            ["Hi, where do I find the warranty card?"],
        ),
        # a rhetorical question is no story for the next one to point back to
        (
            "Чайник прийшов із тріщиною. Хіба так важко запакувати? Що мені тепер робити?\nІра",
            "Добрий день, Іро!\n\nВибачте. Новий чайник відправили сьогодні, старий можна не повертати.\n\n"
            "З повагою,\nОлег",
            [],
        ),
        # synonyms of one thing: a mount and a bracket, insurance and insuring, assembly and assembling
        (
            "Добрый день! Есть ли в наличии крепление для телевизора?\nЛена",
            "Лена, добрый день!\n\nКронштейн есть, 1 500 рублей.\n\nС уважением,\nОлег",
            [],
        ),
        (
            "Hi, can I insure the parcel?\nKim",
            "Hi Kim,\n\nInsurance is included in the delivery price.\n\nBest,\nOwen",
            [],
        ),
        # a yes/no ending in a name is not answered by the thing said back with another feature; a place it goes to
        # is settled by the action said back
        (
            "Добрий день! Колонка JBL Flip 6 підтримує Google Assistant?\nІра",
            "Добрий день, Іро!\n\nКолонка JBL Flip 6 грає 12 годин без підзарядки.\n\nЗ повагою,\nОлег",
            ["Колонка JBL Flip 6 підтримує Google Assistant?"],
        ),
        (
            "Добрий день! Ви відправляєте замовлення до Молдови?\nІра",
            "Добрий день, Іро!\n\nНа жаль, за кордон ми не відправляємо.\n\nЗ повагою,\nОлег",
            [],
        ),
        # a number the letter gave before, said back after the same word, answers no "how many" or "how long"
        (
            "Hi, do the Aero 15 headphones come with ear tips? If so, how many?\nKim",
            "Hi Kim,\n\nYes, the Aero 15 come with ear tips in the box.\n\nBest,\nOwen",
            ["If so, how many?"],
        ),
        (
            "Hi, do the Aero 15 headphones come with ear tips? If so, how many?\nKim",
            "Hi Kim,\n\nYes, three pairs come with the Aero 15.\n\nBest,\nOwen",
            [],
        ),
        (
            "Добрый день! Где скачать инструкцию к чайнику «Нова 2»? И какая на него гарантия?\nИнна",
            "Инна, добрый день!\n\nИнструкция есть на https://shop.example/nova2. Гарантия — 2 года.\n\n"
            "С уважением,\nОлег",
            [],
        ),
        # "Do you know how much it would be?" asks a price, of the thing the question before it named
        (
            "Hi, do you sell the Dune lamp in a smaller size? Do you know how much it would be?\nKim",
            "Hi Kim,\n\nYes, a 30 cm Dune is in stock in both colours.\n\nBest,\nOwen",
            ["Do you know how much it would be?"],
        ),
        (
            "Hi, do you sell the Dune lamp in a smaller size? Do you know how much it would be?\nKim",
            "Hi Kim,\n\nYes, a 30 cm Dune is in stock at £45.\n\nBest,\nOwen",
            [],
        ),
        # what a thing goes into or with («в торт», "with my text") need not be said back when the shop promises to
        # put the thing in
        (
            "Добрый день! Можно ли положить в коробку с тортом свечи?\nЛена",
            "Лена, добрый день!\n\nСвечи вложим бесплатно, шесть штук.\n\nС уважением,\nОлег",
            [],
        ),
        (
            "Добрый день! Можно ли положить в коробку с тортом свечи?\nЛена",
            "Лена, добрый день!\n\nТорт будет готов к 10 утра.\n\nС уважением,\nОлег",
            ["Можно ли положить в коробку с тортом свечи?"],
        ),
        # an aside between commas stays in its clause: "we, unfortunately, can't reserve it" refuses the action
        (
            "Добрий день! Чи можна забронювати для мене столик на п'ятницю?\nІра",
            "Добрий день, Іро!\n\nЗабронювати столик ми, на жаль, не можемо: працюємо без броні.\n\nЗ повагою,\nОлег",
            [],
        ),
        # "is there ...?" is answered by "there is" or "there isn't" said of the thing
        (
            "Hi, can I collect it myself? And is there a lift in the building?\nKim",
            "Hi Kim,\n\nYes, from the back door. There's a goods lift by the entrance.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, can I collect it myself? And is there a lift in the building?\nKim",
            "Hi Kim,\n\nYes, from the back door. There's a café by the entrance.\n\nBest,\nOwen",
            ["And is there a lift in the building?"],
        ),
        # a place alone answers a lone "where", as a day word alone answers a "when"
        (
            "Hi, where can I find the care label?\nKim",
            "Hi Kim,\n\nInside the left side seam.\n\nBest,\nOwen",
            [],
        ),
        (
            "Hi, where can I find the care label?\nKim",
            "Hi Kim,\n\nIn time for the weekend.\n\nBest,\nOwen",
            ["Hi, where can I find the care label?"],
        ),
        # a new one on its way is a replacement done
        (
            "Добрий день! Чашка прийшла з тріщиною. Можна її замінити?\nІра",
            "Добрий день, Іро!\n\nВибачте! Нова чашка вже в дорозі.\n\nЗ повагою,\nОлег",
            [],
        ),
        # the shop declining the service in a verb of its topic is a no, whatever it calls the place
        (
            "Hi, do you deliver to Jersey?\nKim",
            "Hi Kim,\n\nI'm sorry, we don't send parcels outside mainland UK.\n\nBest,\nOwen",
            [],
        ),
        # the question's last words negated or given a degree at the start of a sentence take a position
        (
            "Добрый день! Пылесос «Вихрь» шумный?\nЛена",
            "Лена, добрый день!\n\nЧестно, не шумный: около 60 дБ.\n\nС уважением,\nОлег",
            [],
        ),
        (
            "Добрий день! Светр «Хвиля» колеться сильно?\nІра",
            "Добрий день, Іро!\n\nТрохи колеться перші дні, потім м'якшає.\n\nЗ повагою,\nОлег",
            [],
        ),
        # a customer's question pasted back without quote marks is no answer to itself
        (
            "Hi, does the Tide jacket run small?\nKim",
            "Hi Kim,\n\nNo, it is true to size, so take your usual one.\n\nBest,\nOwen\n\nHi, does the Tide jacket run "
            "small?\nKim",
            [],
        ),
        # a size label or a size names no colour
        (
            "Hi, what colours does the Fell fleece come in?\nKim",
            "Hi Kim,\n\nThe Fell fleece comes in six colours, in sizes S to XXL.\n\nBest,\nOwen",
            ["Hi, what colours does the Fell fleece come in?"],
        ),
        (
            "Добрый день! Смотрю покрывало «Нарвик» 200×220. Какие цвета есть?\nИнна",
            "Инна, добрый день!\n\nПокрывало «Нарвик» 200×220 есть в четырёх оттенках.\n\nС уважением,\nОлег",
            ["Какие цвета есть?"],
        ),
        # steps give no measure
        (
            "Hi, what temperature should I iron the linen shirt at?\nKim",
            "Hi Kim,\n\nIron it inside out while it is still a little damp.\n\nBest,\nOwen",
            ["Hi, what temperature should I iron the linen shirt at?"],
        ),
        # a count of what the thing comes in is no count of it; a count of the thing in other words is
        (
            "Добрый день! Сколько пакетиков в одной коробке чая «Сенча»?\nИнна",
            "Инна, добрый день!\n\nКоробка стоит 320 рублей, от двух коробок доставка бесплатная.\n\n"
            "С уважением,\nОлег",
            ["Сколько пакетиков в одной коробке чая «Сенча»?"],
        ),
        (
            "Hi, how many tea bags are in one tin of the Darjeeling?\nKim",
            "Hi Kim,\n\nThere are 50 in each tin.\n\nBest,\nOwen",
            [],
        ),
        # "how many grams" asks a weight; "feed" is no fee
        (
            "Hi, how many grams a day should I feed my kitten?\nKim",
            "Hi Kim,\n\nThe Kitten formula suits kittens up to 12 months.\n\nBest,\nOwen",
            ["Hi, how many grams a day should I feed my kitten?"],
        ),
        (
            "Hi, how many grams a day should I feed my kitten?\nKim",
            "Hi Kim,\n\nAbout 60 g a day, split into three meals.\n\nBest,\nOwen",
            [],
        ),
    ],
)
def test_session_25_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # data or a payment moved into a new document is no date moved
        ("uk", "Оформили нову накладну й перенесли в неї всі дані та оплату.", []),
        ("ru", "Оформили новую накладную и перенесли в неё все данные и оплату.", []),
        ("uk", "Доставку перенесли на п'ятницю.", ["no-apology"]),
    ],
)
def test_data_moved_is_no_delay(lang: Lang, body: str, found: list[str]) -> None:
    assert kinds("delay-notice", lang, body) == found


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # a price that will not come back presses to buy; "order now" is a call, as in English
        ("uk", "Так, він водонепроникний. Таких цін більше не буде!", ["pressure"]),
        ("ru", "Да, он водонепроницаемый. Таких цен больше не будет, заказывайте!", ["pressure"]),
        ("uk", "Так, він водонепроникний. Замовляйте зараз.", []),
        # a cut-off with the day it arrives is a fact
        ("ru", "Если закажете сейчас, доставим в пятницу.", []),
    ],
)
def test_a_price_that_will_not_come_back_presses(lang: Lang, body: str, found: list[str]) -> None:
    assert kinds("pushy", lang, body) == found


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # "how do I unsubscribe?" is answered by doing it, in the mailing list's own words
        (
            "Hi, I get your offers every day. How do I unsubscribe from the newsletter?\nKim",
            "Hi Kim,\n\nI've removed your address from our mailing list today.\n\nBest,\nOwen",
            [],
        ),
        (
            "Добрий день! Мені щодня приходять листи з акціями. Як це вимкнути?\nІра",
            "Добрий день, Іро!\n\nМи вже прибрали Вашу адресу зі списку акційних листів.\n\nЗ повагою,\nОлег",
            [],
        ),
        (
            "Добрий день! Мені щодня приходять листи з акціями. Як це вимкнути?\nІра",
            "Добрий день, Іро!\n\nДякуємо, що написали, гарного дня!\n\nЗ повагою,\nОлег",
            ["Як це вимкнути?"],
        ),
        # "How do I reset it?" still asks for steps, whatever the reply says of the heater
        (
            "Hi, my heater shows an E3 error. How do I reset it? And is it under warranty?\nKim",
            "Hi Kim,\n\nYes, your heater is under our 2-year warranty.\n\nBest,\nOwen",
            ["How do I reset it?"],
        ),
    ],
)
def test_doing_it_answers_how_to_unsubscribe(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a fresh-eyes review's counterexamples to the session's new answer paths: each stays unanswered
        (
            "Hi, is there a warranty on the kettle?\nKim",
            "Hi Kim,\n\nThere is a new kettle in our range.\n\nBest,\nOwen",
            ["Hi, is there a warranty on the kettle?"],
        ),
        (
            "Hi, how long is the pass valid? Can I freeze it?\nKim",
            "Hi Kim,\n\nThe pass is valid for 6 months. Yes, we will email you the details.\n\nBest,\nOwen",
            ["Can I freeze it?"],
        ),
        (
            "Hi, can I collect it myself? And is there a lift?\nKim",
            "Hi Kim,\n\nYes, we got your message. There's a goods lift at the back.\n\nBest,\nOwen",
            ["Hi, can I collect it myself?"],
        ),
        (
            "Hi, where do I find the serial number on my kettle?\nKim",
            "Hi Kim,\n\nThe serial number of your kettle is not found in our records.\n\nBest,\nOwen",
            ["Hi, where do I find the serial number on my kettle?"],
        ),
        (
            "Hi, where is my refund?\nKim",
            "Hi Kim,\n\nYou can track future orders at https://shop.example/track.\n\nBest,\nOwen",
            ["Hi, where is my refund?"],
        ),
        (
            "Hi, where is my order? I bought the vinyl last week.\nKim",
            "Hi Kim,\n\nOur favourite is https://shop.example/soundtrack-vinyl.\n\nBest,\nOwen",
            ["Hi, where is my order?"],
        ),
    ],
)
def test_reviewed_paths_do_not_overreach(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected
