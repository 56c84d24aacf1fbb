"""Classes the first run of round 66 showed, each beside a counterexample that stays open."""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import questions_left as _uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a no after an apology that carries a "please"
        ("Здравствуйте! Мастер точно приедет сегодня?\nЗахар",
         "Захар, здравствуйте!\n\nИзвините, пожалуйста, но нет: мастер заболел, визит переносится на среду, 10:00."
         "\n\nС уважением,\nОксана", []),
        ("Добрий день! Майстер точно приїде сьогодні?\nЗахар",
         "Захаре, добрий день!\n\nВибачте, будь ласка, але ні: майстер захворів, візит переноситься на середу, 10:00."
         "\n\nЗ повагою,\nОксана", []),
        ("Здравствуйте! Мастер точно приедет сегодня?\nЗахар",
         "Захар, здравствуйте!\n\nИзвините, пожалуйста, за долгий ответ. Мастера зовут Игорь.\n\nС уважением,\n"
         "Оксана", ["Мастер точно приедет сегодня?"]),
        # an alternative of five letters, declined in the answer
        ("Здравствуйте! Из чего сделаны ботинки «Олдер», замша или кожа?\nОльга",
         "Ольга, здравствуйте!\n\nБотинки «Олдер» сшиты из натуральной замши, подкладка из байки.\n\nС уважением,\n"
         "Анна", []),
        ("Добрий день! З чого светр «Карпати», вовна чи акрил?\nЗоряна",
         "Добрий день, Зоряно!\n\nСветр «Карпати» на 70% з вовни мериноса, решта кашемір.\n\nЗ повагою,\nМарічка",
         []),
        ("Добрий день! З чого светр «Карпати», вовна чи акрил?\nЗоряна",
         "Добрий день, Зоряно!\n\nСветр «Карпати» в'яжемо в трьох кольорах.\n\nЗ повагою,\nМарічка",
         ["З чого светр «Карпати», вовна чи акрил?"]),
        # a thing asked to be on sale, told as had or sold; after a P.S., its name starts the sentence anew
        ("Добрий вечір! Чи є ялинка «Карпатська» 180 см?\nP.S. Гірлянди до неї у вас теж продаються?\nЛариса",
         "Добрий вечір, Ларисо!\n\nЯлинка «Карпатська» 180 см є на складі. Гірлянди теж маємо: LED-гірлянда на 10 м "
         "коштує 380 грн.\n\nЗ повагою,\nХристина", []),
        ("Добрый вечер! Есть ли ёлка «Таёжная» 180 см?\nP.S. Гирлянды к ней у вас тоже продаются?\nЛариса",
         "Добрый вечер, Лариса!\n\nЁлка «Таёжная» 180 см есть на складе. Гирлянды тоже продаём: LED-гирлянда на 10 м "
         "стоит 990 руб.\n\nС уважением,\nКристина", []),
        ("Добрый вечер! Есть ли ёлка «Таёжная» 180 см?\nP.S. Гирлянды к ней у вас тоже продаются?\nЛариса",
         "Добрый вечер, Лариса!\n\nЁлка «Таёжная» 180 см есть на складе. Гирлянды крепятся на ветки зажимами.\n\n"
         "С уважением,\nКристина", ["P.S. Гирлянды к ней у вас тоже продаются?"]),
        # leave granted or refused, whatever verb the question took
        ("Hello,\n\nCan I bring a pushchair into the theatre?\n\nMia",
         "Hi Mia,\n\nYou're welcome to: there's a supervised pushchair park next to the cloakroom.\n\nKind regards,\n"
         "Tom", []),
        ("Здравствуйте! Можно ли провезти в купе собаку породы бигль? И можно ли поменять одно место на нижнее?\n"
         "Лариса",
         "Лариса, здравствуйте!\n\nБигля в купе везти разрешено, если вы выкупаете все места купе. Одно место я уже "
         "поменяла на нижнее №15.\n\nС уважением,\nЕлизавета", []),
        ("Добрий день! Чи можна взяти собаку в номер?\nІрина",
         "Добрий день, Ірино!\n\nСобак у номерах тримати заборонено, але поруч є готель для тварин.\n\nЗ повагою,\n"
         "Олег", []),
        ("Hello,\n\nCan I bring my dog?\n\nMia",
         "Hi Mia,\n\nPushchairs are welcome, and there's a park for them by the cloakroom.\n\nKind regards,\nTom",
         ["Can I bring my dog?"]),
        # "how many" things, beside a money word further on
        ("Добрий день! Скільки мішків цементу М500 вміщається в одну машину при доставці?\nОлег",
         "Добрий день, Олегу!\n\nВ одну машину вміщається 80 мішків по 25 кг.\n\nЗ повагою,\nСтепан", []),
        ("Здравствуйте! Сколько мешков цемента помещается в одну машину при доставке?\nОлег",
         "Олег, здравствуйте!\n\nВ одну машину помещается 80 мешков по 25 кг.\n\nС уважением,\nСтепан", []),
        ("Здравствуйте! Сколько мешков цемента помещается в одну машину при доставке?\nОлег",
         "Олег, здравствуйте!\n\nЦемент есть в наличии, привезём в четверг.\n\nС уважением,\nСтепан",
         ["Сколько мешков цемента помещается в одну машину при доставке?"]),
        # a deed promised beside a promise to write («напишемо від руки й покладемо»), of a card labelled by its text
        ("Добрий день! Чи можна вкласти в букет листівку з підписом «Найріднішій»?\nСтаніслав",
         "Добрий день, Станіславе!\n\nЛистівку зі словами «Найріднішій» напишемо від руки й покладемо в букет "
         "безкоштовно.\n\nЗ повагою,\nВікторія", []),
        ("Добрий день! Чи можна вкласти в букет листівку з підписом «Найріднішій»?\nСтаніслав",
         "Добрий день, Станіславе!\n\nНапишемо Вам, щойно букет буде готовий.\n\nЗ повагою,\nВікторія",
         ["Чи можна вкласти в букет листівку з підписом «Найріднішій»?"]),
        # a phrasal verb said back around its object
        ("Hello,\n\nDo I need to back up the phone first?\n\nNora",
         "Hi Nora,\n\nYou don't need to back it up, as a screen swap doesn't touch your data.\n\nBest,\nKemal", []),
        ("Hello,\n\nDo I need to back up the phone first?\n\nNora",
         "Hi Nora,\n\nYou don't need to book, just walk in.\n\nBest,\nKemal",
         ["Do I need to back up the phone first?"]),
        # a warranty's term in words before another word and the warranty
        ("Hello,\n\nHow long does the warranty last?\n\nAnna",
         "Hi Anna,\n\nIt comes with a three-year manufacturer's warranty.\n\nBest,\nTom", []),
        # a document attached, told in the past
        ("Здравствуйте! Можете выставить счёт на ООО «Строй-Альянс»?\nИрина",
         "Ирина, здравствуйте!\n\nСчёт № 1204 на ООО «Строй-Альянс» прикрепила к этому письму.\n\nС уважением,\n"
         "Анна", []),
        ("Hello,\n\nCould you send me an invoice for order 4471?\n\nAnna",
         "Hi Anna,\n\nI've attached the invoice for order 4471.\n\nBest,\nTom", []),
        # --- round 66's misses
        # a temperature in words is no size
        ("Hello,\n\nHer chest is 60 cm. Which size of the Brook coat should I get?\n\nHarriet",
         "Hi Harriet,\n\nThe Brook coat is fleece-lined and machine washable at 30 degrees.\n\nKind regards,\nSophie",
         ["Which size of the Brook coat should I get?"]),
        ("Hello,\n\nHer chest is 60 cm. Which size of the Brook coat should I get?\n\nHarriet",
         "Hi Harriet,\n\nFor a 60 cm chest take the Brook coat in size 50.\n\nKind regards,\nSophie", []),
        # a colour the letter named itself, said back, names none of the thing's
        ("Hello,\n\nI'm looking at the Hygge throw for a grey sofa. What colours does it come in?\n\nMoira",
         "Hi Moira,\n\nThe Hygge throw comes in five shades, and every one of them suits a grey sofa.\n\n"
         "Kind regards,\nAstrid", ["What colours does it come in?"]),
        ("Hello,\n\nI'm looking at the Hygge throw for a grey sofa. What colours does it come in?\n\nMoira",
         "Hi Moira,\n\nThe Hygge throw comes in oatmeal, moss and charcoal.\n\nKind regards,\nAstrid", []),
        # a past event that says back only the coming dates nothing asked
        ("Hello,\n\nI returned the Metro backpack last week. When will the refund reach my card?\n\nOlivia",
         "Hi Olivia,\n\nIt reached our warehouse on Monday, 15 September, and passed our check.\n\nKind regards,\n"
         "Zara", ["When will the refund reach my card?"]),
        ("Hello,\n\nI returned the Metro backpack last week. When will the refund reach my card?\n\nOlivia",
         "Hi Olivia,\n\nWe refunded it on Monday, 15 September, so it will show on your card in 3-5 days.\n\n"
         "Kind regards,\nZara", []),
        # a promise to find out is dated only in its own clause
        ("Hi,\n\nWhy did my parcel go to the wrong address?\n\nLeon",
         "Hi Leon,\n\nI'm sorry. I've passed it on to our courier team, and a new parcel will be delivered on "
         "Thursday, 21 August.\n\nKind regards,\nHarvey", ["Why did my parcel go to the wrong address?"]),
        ("Hi,\n\nWhy did my parcel go to the wrong address?\n\nLeon",
         "Hi Leon,\n\nI'm sorry. I'll check with our courier team and email you by Thursday, 21 August.\n\n"
         "Kind regards,\nHarvey", []),
        # "is that normal?" wants the judgement, not the thing named back
        ("Hello,\n\nOur new washing machine bangs loudly on every spin. Is that normal for a new machine?\n\nDiane",
         "Hi Diane,\n\nYou can return the machine within 30 days of delivery.\n\nKind regards,\nPriya",
         ["Is that normal for a new machine?"]),
        ("Hello,\n\nOur new washing machine bangs loudly on every spin. Is that normal for a new machine?\n\nDiane",
         "Hi Diane,\n\nA loud bang on the spin is not normal for a new machine: the transit bolts are probably still "
         "in.\n\nKind regards,\nPriya", []),
        # a request handed on to finance is not done, whatever words of it the sentence says back
        ("Hi,\n\nThe trainers took three days. Could you refund the delivery charge?\n\nPaula",
         "Hi Paula,\n\nI've passed your request about the delivery charge to our finance team.\n\nKind regards,\n"
         "Georgia", ["Could you refund the delivery charge?"]),
        ("Hi,\n\nThe trainers took three days. Could you refund the delivery charge?\n\nPaula",
         "Hi Paula,\n\nI've refunded the delivery charge of £4.99 to your card today.\n\nKind regards,\nGeorgia", []),
        # counting colours names none, whatever else the sentence names
        ("Добрый день! Какие цвета есть у рюкзака «Городской» 25 л?\nДмитрий",
         "Дмитрий, добрый день!\n\n«Городской» на 25 литров выпускается в пяти цветах.\n\nС уважением,\nВика",
         ["Какие цвета есть у рюкзака «Городской» 25 л?"]),
        # an indirect question after "тому", beyond the sentence's first words
        ("Добрий день! Коли привезуть комод? Я живу на 7 поверсі без ліфта, тому хотілося б знати, скільки "
         "коштуватиме підйом.\nНадія",
         "Надіє, добрий день!\n\nКомод привеземо в четвер, 22 травня, з 12:00 до 16:00.\n\nЗ повагою,\nІгор",
         ["хотілося б знати, скільки коштуватиме підйом"]),
        ("Добрий день! Коли привезуть комод? Я живу на 7 поверсі без ліфта, тому хотілося б знати, скільки "
         "коштуватиме підйом.\nНадія",
         "Надіє, добрий день!\n\nКомод привеземо в четвер, 22 травня. Підйом на 7 поверх коштуватиме 350 грн.\n\n"
         "З повагою,\nІгор", []),
    ],
)  # fmt: skip
def test_round_66_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        # the time before the delay in its clause says when it is slow, not when it comes
        ("ru", "Простите, пожалуйста: сборка боксов на этой неделе занимает больше времени, чем мы планировали.",
         ["no-new-date"]),
        ("ru", "Простите: заказ задерживается, привезём его на этой неделе.", []),
        # a filter holding back particles is nothing late
        ("uk", "Так, допоможе: фільтр HEPA H13 затримує 99,97% часток розміром від 0,3 мкм.", []),
        ("ru", "Да, поможет: фильтр HEPA H13 задерживает 99,97% частичек размером от 0,3 мкм.", []),
    ],
)  # fmt: skip
def test_round_66_delays(lang: Lang, body: str, expected: list[str]) -> None:
    assert kinds("delay-notice", lang, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        # a masked card number after the card's name is no blank
        ("ru", "Оплату 2 340 рублей с карты ХХХХ получили, заказ отправим завтра.", []),
        ("uk", "Оплату з картки ХХХХ отримали, замовлення відправимо завтра.", []),
        ("ru", "Номер вашего заказа ХХХХ, отправим завтра.", ["placeholder"]),
    ],
)  # fmt: skip
def test_round_66_masked_cards(lang: Lang, body: str, expected: list[str]) -> None:
    assert kinds("mass-mailing", lang, body) == expected


@pytest.mark.parametrize(
    ("rule", "lang", "body", "expected"),
    [
        # round 67: a word after a colon opens a list, not a command («бури» are drill bits)
        ("familiar-tone", "uk", "Гарантія не поширюється на витратні матеріали: бури, свердла, щітки.", []),
        ("familiar-tone", "uk", "Так, є 😍 Бери, поки є!", ["informal-you"]),
        # thanks in a perfective verb is no admission
        ("honest-unknown", "uk", "Не знаю, як Вам подякувати за такий теплий відгук!", []),
        ("honest-unknown", "ru", "Не знаю, как Вас поблагодарить за такой тёплый отзыв!", []),
        ("honest-unknown", "uk", "Не знаю, коли буде мед з акації.", ["nothing-offered"]),
    ],
)  # fmt: skip
def test_round_67_other_rules(rule: str, lang: Lang, body: str, expected: list[str]) -> None:
    assert kinds(rule, lang, body) == expected
