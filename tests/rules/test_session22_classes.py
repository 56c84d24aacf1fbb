"""Classes mended in the twenty-second session, each beside a counterexample that stays open."""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import questions_left as _uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # "Is that normal?" asks for a judgement in every language: not a rhetorical complaint, so it needs one
        (
            "Здравствуйте. Холодильник LG гудит по ночам. Это нормально для нового холодильника?\nОлег",
            "Олег, здравствуйте!\n\nХолодильник LG можно вернуть в течение 14 дней.\n\nС уважением,\nМарина",
            ["Это нормально для нового холодильника?"],
        ),
        (
            "Здравствуйте. Холодильник LG гудит по ночам. Это нормально для нового холодильника?\nОлег",
            "Олег, здравствуйте!\n\nДа, это нормально первые две недели: компрессор выходит на режим.\n\n"
            "С уважением,\nМарина",
            [],
        ),
        (
            "Добрий день. Холодильник LG гуде вночі. Це нормально?\nОлег",
            "Добрий день, Олеже!\n\nХолодильник можна повернути протягом 14 днів.\n\nЗ повагою,\nМарина",
            ["Це нормально?"],
        ),
        (
            "Добрий день. Холодильник LG гуде вночі. Це нормально?\nОлег",
            "Добрий день, Олеже!\n\nНі, це не нормально: гул означає несправність, майстер приїде в четвер.\n\n"
            "З повагою,\nМарина",
            [],
        ),
        (
            "Hello, my new fridge hums loudly at night. Is that normal?\nOleg",
            "Hi Oleg,\n\nYou can return the fridge within 14 days.\n\nKind regards,\nMarina",
            ["Is that normal?"],
        ),
        (
            "Hello, my new fridge hums loudly at night. Is that normal?\nOleg",
            "Hi Oleg,\n\nThat hum isn't acceptable in a new fridge: an engineer will call on Thursday.\n\nKind "
            "regards,\n"
            "Marina",
            [],
        ),
        (
            "Здравствуйте! Курьер обратился ко мне на «ты». Это нормально?\nАнна",
            "Анна, здравствуйте!\n\nНет, так с покупателями говорить недопустимо, простите нас.\n\nС "
            "уважением,\nМарина",
            [],
        ),
        # where a thing lies, told in a sentence that then says where to put it
        (
            "Здравствуйте! Где взять бланк возврата?\nАндрей",
            "Андрей, добрый день!\n\nБланк возврата лежит в личном кабинете во вкладке «Документы», распечатайте его и "
            "положите в коробку.\n\nС уважением,\nИлья",
            [],
        ),
        (
            "Добрий день! Де взяти бланк повернення?\nАндрій",
            "Добрий день, Андрію!\n\nБланк повернення лежить в особистому кабінеті у вкладці «Документи», роздрукуйте "
            "його й покладіть у коробку.\n\nЗ повагою,\nІлля",
            [],
        ),
        (
            "Hello, where do I find the returns form?\nAndy",
            "Hi Andy,\n\nYou'll find the returns form in your account under the Documents tab; print it and put it in "
            "the box.\n\nKind regards,\nIlya",
            [],
        ),
        (
            "Hello, where do I find the returns form?\nAndy",
            "Hi Andy,\n\nPlease put the returns form in the box with the boots.\n\nKind regards,\nIlya",
            ["Hello, where do I find the returns form?"],
        ),
        # a sum back asked in a sentence of its own after "and", told in the answer to the question before
        (
            "Добрий вечір! Чи можна повернути квиток на концерт? І скільки грошей мені повернуть?\nСоломія",
            "Добрий вечір, Соломіє!\n\nТак, повернути квиток можна до 7 червня. Повернемо 85% вартості, тобто 1 "
            "360 грн."
            "\n\nЗ повагою,\nАндріана",
            [],
        ),
        (
            "Добрый вечер! Можно ли вернуть билет на концерт? И сколько денег мне вернут?\nСоломия",
            "Добрый вечер, Соломия!\n\nДа, вернуть билет можно до 7 июня. Вернём 85% стоимости, то есть 3 400 ₽.\n\n"
            "С уважением,\nАнна",
            [],
        ),
        (
            "Добрий вечір! Чи можна повернути квиток на концерт? І скільки грошей мені повернуть?\nСоломія",
            "Добрий вечір, Соломіє!\n\nТак, повернути квиток можна до 7 червня в особистому кабінеті.\n\nЗ повагою,\n"
            "Андріана",
            ["І скільки грошей мені повернуть?"],
        ),
        # a price told with its amount before a stock question: the question asks stock, not the price
        (
            "Добрий день! Цікавить камера Xiaomi C400, на сайті ціна 1 699 грн, вона зараз є?\nДенис",
            "Добрий день, Денисе!\n\nНа складі зараз 14 камер Xiaomi C400, відправимо сьогодні.\n\nЗ повагою,\n"
            "Олександр",
            [],
        ),
        (
            "Здравствуйте! Интересует камера Xiaomi C400, на сайте цена 6 990 ₽, она сейчас есть?\nДенис",
            "Денис, здравствуйте!\n\nКамера Xiaomi C400 есть в наличии, отправим сегодня.\n\nС уважением,\nАлександр",
            [],
        ),
        (
            "Добрий день! Цікавить камера Xiaomi C400, на сайті ціна 1 699 грн, вона зараз є?\nДенис",
            "Добрий день, Денисе!\n\nКамера Xiaomi C400 знімає в 2.5K і працює з Google Home.\n\nЗ повагою,\nОлександр",
            ["Цікавить камера Xiaomi C400, на сайті ціна 1 699 грн, вона зараз є?"],
        ),
        # "both" points back to the two things the question before named
        (
            "Добрий день! Який об'єктив краще для портретів: Sigma 56mm чи Sony 50mm? І чи є обидва в "
            "наявності?\nТаміла",
            "Добрий день, Таміло!\n\nДля портретів раджу Sigma 56mm: вона різкіша. Обидва об'єктиви зараз на складі: "
            "Sigma коштує 17 900 грн, Sony 9 800 грн.\n\nЗ повагою,\nЄвген",
            [],
        ),
        (
            "Hello, which lens is better for portraits, the Sigma 56mm or the Sony 50mm? And do you have both in "
            "stock?\n"
            "Tamila",
            "Hi Tamila,\n\nFor portraits I'd go for the Sigma 56mm: it is sharper. Both lenses are in stock, the "
            "Sigma at £420 and the Sony at £230.\n\nKind regards,\nEvan",
            [],
        ),
        (
            "Добрий день! Який об'єктив краще для портретів: Sigma 56mm чи Sony 50mm? І чи є обидва в "
            "наявності?\nТаміла",
            "Добрий день, Таміло!\n\nДля портретів раджу Sigma 56mm: вона різкіша на відкритій діафрагмі.\n\n"
            "З повагою,\nЄвген",
            ["І чи є обидва в наявності?"],
        ),
        # the shop's word for the same thing: instalments, coping, the runs it makes
        (
            "Добрий вечір! Чи можна оплатити пральну машину частинами?\nКирило",
            "Добрий вечір, Кириле!\n\nРозстрочку на пральну машину оформлюємо через monobank, до 10 платежів.\n\n"
            "З повагою,\nОлег",
            [],
        ),
        (
            "Добрый вечер! Можно ли оплатить стиральную машину частями?\nКирилл",
            "Кирилл, добрый вечер!\n\nРассрочку на стиральную машину оформляем через Т-Банк, до 10 платежей.\n\n"
            "С уважением,\nОлег",
            [],
        ),
        (
            "Добрий день! Чи впораюся зі збиранням стелажа сам?\nБогдан",
            "Добрий день, Богдане!\n\nОдна людина справляється зі збиранням приблизно за 30 хвилин.\n\nЗ повагою,\n"
            "Руслан",
            [],
        ),
        (
            "Добрый день! Вы возите продукты в Одинцово? И в какие дни вы туда ездите?\nГалина",
            "Галина, добрый день!\n\nВ Одинцово привозим продукты по вторникам и пятницам.\n\nС уважением,\nМария",
            [],
        ),
        (
            "Добрый день! Вы возите продукты в Одинцово? И в какие дни вы туда ездите?\nГалина",
            "Галина, добрый день!\n\nДа, в Одинцово привозим продукты, доставка стоит 350 ₽.\n\nС уважением,\nМария",
            ["И в какие дни вы туда ездите?"],
        ),
        # a Russian question answered in Ukrainian, in the other language's word for it
        (
            "Здравствуйте! Вчера заказала кухонный уголок. Нужна ли предоплата?\nОльга",
            "Добрий день, Ольго!\n\nПередоплата не потрібна: Ви сплатите водієві після огляду меблів.\n\nЗ повагою,\n"
            "Наталія",
            [],
        ),
        # "обычное дело" judges the story
        (
            "Добрый вечер. Распаковали матрас, и в спальне сильный запах. Это нормально?\nДенис",
            "Денис, добрый вечер!\n\nТакой запах у только что распакованного матраса - обычное дело, он "
            "выветривается за "
            "3-5 дней.\n\nС уважением,\nАлина",
            [],
        ),
        # a new one gone out to the customer replaces the broken one
        (
            "Здравствуйте! Кружка пришла разбитой. Можно её заменить? Нужно ли отправлять вам осколки?\nОльга",
            "Ольга, здравствуйте!\n\nНовая кружка уехала к вам сегодня утром. Осколки возвращать не нужно.\n\n"
            "С уважением,\nДарья",
            [],
        ),
        (
            "Добрий день! Чашка прийшла розбитою. Чи можна її замінити? Чи треба надсилати вам уламки?\nОльга",
            "Добрий день, Ольго!\n\nНова чашка поїхала до вас сьогодні вранці. Уламки повертати не треба.\n\n"
            "З повагою,\nДарія",
            [],
        ),
        (
            "Hello, my gears slip after a fall. Could you send me whatever part I need to fix it?\nSteve",
            "Hi Steve,\n\nThe fall bent the hanger, and a new hanger is in the post to you today.\n\nKind "
            "regards,\nPete",
            [],
        ),
        (
            "Вітаю! Замовлення 7781. Цікавить, чи можна буде поміняти крем для обличчя на іншу серію, якщо він мені не "
            "підійде.\nЮлія",
            "Добрий день, Юліє!\n\nКрем уже запакували, і сьогодні ввечері він поїде до Вас Укрпоштою.\n\nЗ повагою,\n"
            "Марія",
            ["Цікавить, чи можна буде поміняти крем для обличчя на іншу серію, якщо він мені…"],
        ),
        # making it in time asks for a date, however the date is named
        (
            "Добрий день! Де зараз посилка? Хочу подарувати книжки в суботу, 22 листопада. Встигне до цієї дати?\n"
            "Костянтин",
            "Вітаю, Костянтине!\n\nПосилка зараз на терміналі в Житомирі. У Ваше відділення вона надійде в четвер, "
            "20 листопада.\n\nЗ повагою,\nСофія",
            [],
        ),
        (
            "Здравствуйте! Где сейчас посылка? Хочу подарить книги в субботу, 22 ноября. Успеет к этой "
            "дате?\nКонстантин",
            "Константин, здравствуйте!\n\nПосылка сейчас на терминале в Твери. В ваш пункт выдачи она "
            "придёт в четверг, "
            "20 ноября.\n\nС уважением,\nСофья",
            [],
        ),
        (
            "Здравствуйте! Торт заказан на 25 октября. Успеете ли вы сделать надпись золотом?\nНаталья",
            "Наталья, добрый день!\n\nТорт испечём к субботе, 25 октября, курьер привезёт его с 11:00 до 13:00.\n\n"
            "С уважением,\nЯна",
            ["Успеете ли вы сделать надпись золотом?"],
        ),
        # a judging question is not answered by advice that judges nothing
        (
            "Добрий вечір. Пральна машина гуркоче під час віджиму, чи це нормально для нової машини?\nОксана",
            "Добрий вечір, Оксано!\n\nПральну машину можна повернути протягом 14 днів, якщо вона Вам не підійде.\n\n"
            "З повагою,\nІлля",
            ["Пральна машина гуркоче під час віджиму, чи це нормально для нової машини?"],
        ),
        (
            "Добрий вечір. Пральна машина гуркоче під час віджиму, чи це нормально для нової машини?\nОксана",
            "Добрий вечір, Оксано!\n\nНі, це не нормально: радимо зняти транспортувальні болти.\n\nЗ повагою,\nІлля",
            [],
        ),
        # a range of skeins names no colour
        (
            "Добрий вечір! Дивлюся пряжу «Альпака Люкс». Які кольори зараз є?\nМарія",
            "Добрий вечір, Маріє!\n\nПряжа «Альпака Люкс» зараз є в п'яти відтінках, моток 50 г коштує 120 грн. На "
            "светр зазвичай іде 5–6 мотків.\n\nЗ повагою,\nВіра",
            ["Які кольори зараз є?"],
        ),
        (
            "Добрий вечір! Дивлюся пряжу «Альпака Люкс». Які кольори зараз є?\nМарія",
            "Добрий вечір, Маріє!\n\nПряжа «Альпака Люкс» зараз є у відтінках 5.0 і 6.1. Моток 50 г коштує 120 грн. На "
            "светр зазвичай іде 5–6 мотків.\n\nЗ повагою,\nВіра",
            [],
        ),
        # a paper attached does not do a deed no paper does
        (
            "Hello, my sofa came five days late. Could you refund the £49 delivery fee?\nKaren",
            "Dear Karen,\n\nI'm sorry for the wait. I've attached our delivery terms, which explain how delivery dates "
            "are set.\n\nKind regards,\nHannah",
            ["Could you refund the £49 delivery fee?"],
        ),
        (
            "Hello, my sofa came five days late. Could you refund the £49 delivery fee?\nKaren",
            "Dear Karen,\n\nI'm sorry for the wait. I've refunded the £49 delivery fee to your card and attached the "
            "receipt.\n\nKind regards,\nHannah",
            [],
        ),
        # a request handed on, beside a sentence near it only in topic
        (
            "Добрий день! Ми оформили замовлення 5530. Чи можете надіслати нам рахунок-фактуру на ТОВ «Вектор»?\n"
            "Оксана",
            "Добрий день, Оксано!\n\nВаш запит на рахунок-фактуру я передала у фінансовий відділ. Замовлення 5530 уже "
            "зібране на складі.\n\nЗ повагою,\nЛюдмила",
            ["Чи можете надіслати нам рахунок-фактуру на ТОВ «Вектор»?"],
        ),
        (
            "Добрий день! Ми оформили замовлення 5530. Чи можете надіслати нам рахунок-фактуру на ТОВ «Вектор»?\n"
            "Оксана",
            "Добрий день, Оксано!\n\nРахунок-фактуру на ТОВ «Вектор» надіслали Вам сьогодні. Замовлення 5530 уже "
            "зібране на складі.\n\nЗ повагою,\nЛюдмила",
            [],
        ),
        # made for whom the question names: a position on whether it suits them
        (
            "Здравствуйте! Хочу взять корм Monge 10 кг. Подходит ли он кошкам после стерилизации?\nСнежана",
            "Снежана, добрый день!\n\nЭто линейка Sterilised, её разработали именно для стерилизованных кошек: в ней "
            "меньше жира.\n\nС уважением,\nЕгор",
            [],
        ),
        (
            "Добрий день! Хочу взяти корм Monge 10 кг. Чи підходить він котам після стерилізації?\nСніжана",
            "Добрий день, Сніжано!\n\nЦе лінійка Sterilised, її розробили саме для стерилізованих котів: у ній менше "
            "жиру.\n\nЗ повагою,\nЄгор",
            [],
        ),
        (
            "Hello, is the Calm serum suitable for sensitive skin?\nLeah",
            "Hi Leah,\n\nThe Calm serum was formulated for sensitive and reactive skin, with no fragrance.\n\n"
            "Kind regards,\nChloe",
            [],
        ),
        (
            "Hello, we only have 125 cm along the wall. Would the Wren cot bed fit once converted?\nHannah",
            "Hi Hannah,\n\nOur Wren sprung mattress is made for the cot bed and costs £89.\n\nKind regards,\nCarys",
            ["Would the Wren cot bed fit once converted?"],
        ),
        # a review's readings too broad: the quote and the signature judge nothing, nor does a sense of "normal"
        # that is no judgement
        (
            "Здравствуйте. Холодильник LG гудит по ночам. Это нормально?\nОлег",
            "Олег, здравствуйте!\n\nХолодильник LG можно вернуть в течение 14 дней.\n\nС уважением,\nМарина\n\n"
            "> Здравствуйте. Холодильник LG гудит по ночам. Это нормально?\n> Олег",
            ["Это нормально?"],
        ),
        (
            "Здравствуйте. Холодильник гудит. Это нормально?\nОлег",
            "Олег, здравствуйте!\n\nДля нормальной работы холодильника оставьте 5 см до стены.\n\nС уважением,\nМарина",
            ["Это нормально?"],
        ),
        (
            "Hello, my new fridge hums at night. Is that normal? And does the warranty cover manufacturing defects?\n"
            "Oleg",
            "Hi Oleg,\n\nYes, the two-year warranty covers all manufacturing defects.\n\nKind regards,\nMarina",
            ["Is that normal?"],
        ),
        # «Это нормально?» after a wish asks leave, which doing it grants
        (
            "Здравствуйте! Хочу поменять заказ 4471 на синий чайник. Это нормально?\nОлег",
            "Олег, здравствуйте!\n\nПоменяли заказ 4471 на синий чайник, отправим завтра.\n\nС уважением,\nАнна",
            [],
        ),
        # a number after a price word is no price told unless it is money
        (
            "Здравствуйте! Подскажите цену на 5 кг кофе «Бразилия».\nИгорь",
            "Игорь, здравствуйте!\n\nДа, кофе «Бразилия» есть в наличии, отправим сегодня.\n\nС уважением,\nАнна",
            ["Подскажите цену на 5 кг кофе «Бразилия"],
        ),
        # a deed to be done in time, with words between
        (
            "Здравствуйте! Торт заказан на 25 октября. Успеете ли вы ещё сделать надпись золотом?\nНаталья",
            "Наталья, добрый день!\n\nТорт испечём к субботе, 25 октября, курьер привезёт его с 11:00 до 13:00.\n\n"
            "С уважением,\nЯна",
            ["Успеете ли вы ещё сделать надпись золотом?"],
        ),
        # a charge in the answer to the question before is no sum paid back
        (
            "Добрий день! Чи можна повернути куртку? І скільки грошей мені повернуть?\nОля",
            "Добрий день, Олю!\n\nТак, куртку можна повернути протягом 14 днів, зворотна доставка коштує 90 грн.\n\n"
            "З повагою,\nАня",
            ["І скільки грошей мені повернуть?"],
        ),
        # not finding a thing is no place for it
        (
            "Hello, where do I find the returns form?\nAndy",
            "Hi Andy,\n\nIf you can't find the returns form, just put a note with your order number in the box.\n\n"
            "Kind regards,\nIlya",
            ["Hello, where do I find the returns form?"],
        ),
        # round 70: a length beside a yes/no that asks none; stock as copies on the shelf, in words
        (
            "Hi, what tools will I need? How long does assembly take? And can two people do it?\nDominic",
            "Hi Dominic,\n\n1. You'll only need a Phillips screwdriver.\n2. It takes about 90 minutes for two people.\n"
            "3. Two people can manage it without a fitter.\n\nKind regards,\nIsabel",
            [],
        ),
        (
            "Hi, do you ship to Ireland? And how long does the Everyday candle burn for?\nSiobhan",
            "Hi Siobhan,\n\nYes, we ship to Ireland: delivery is €6.95 and takes 3-5 working days.\n\nWarm "
            "wishes,\nLottie",
            ["And how long does the Everyday candle burn for?"],
        ),
        (
            "Hello, do you have the illustrated edition of Watership Down in stock?\nBen",
            "Dear Ben,\n\nWe have two copies of the illustrated Watership Down on the shelf.\n\nWith best "
            "wishes,\nImogen",
            [],
        ),
        (
            "Добрий день! Скільки коштує крісло «Ергон» у сірій тканині і чи є воно в наявності?\nРоман",
            "Вітаю, Романе!\n\nКрісло «Ергон» у сірій тканині коштує 6 490 грн, на складі зараз три штуки.\n\n"
            "З повагою,\nІгор",
            [],
        ),
        (
            "Здравствуйте! Сколько стоит кресло «Эргон» в серой ткани и есть ли оно в наличии?\nРоман",
            "Роман, здравствуйте!\n\nКресло «Эргон» в серой ткани стоит 14 990 ₽, на складе сейчас три штуки.\n\n"
            "С уважением,\nИгорь",
            [],
        ),
        (
            "Добрий день! Скільки коштує крісло «Ергон» у сірій тканині і чи є воно в наявності?\nРоман",
            "Вітаю, Романе!\n\nКрісло «Ергон» у сірій тканині коштує 6 490 грн, доставка займає два дні.\n\n"
            "З повагою,\nІгор",
            ["і чи є воно в наявності?"],
        ),
        # a talk asked for, told as held, in another verb of talking
        (
            "Здравствуйте. Курьер нагрубил мне. Вы будете с ним разговаривать?\nТамара",
            "Тамара, здравствуйте!\n\nРуководитель службы доставки уже поговорил с ним сегодня.\n\nС уважением,\nДина",
            [],
        ),
        (
            "Добрий день. Кур'єр мені нагрубив. Ви з ним поговорите?\nТамара",
            "Добрий день, Тамаро!\n\nКерівник служби доставки вже провів із ним розмову.\n\nЗ повагою,\nДіна",
            [],
        ),
        (
            "Hello, the courier was rude to me. Will you talk to him?\nTamara",
            "Hi Tamara,\n\nOur delivery manager has spoken with him today.\n\nKind regards,\nDina",
            [],
        ),
        (
            "Здравствуйте. Курьер нагрубил мне. Вы будете с ним разговаривать?\nТамара",
            "Тамара, здравствуйте!\n\nКурьер работает у нас третий год.\n\nС уважением,\nДина",
            ["Вы будете с ним разговаривать?"],
        ),
    ],
)
def test_session_22_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "pictures"),
    [
        ("en", "The travel size 😊 costs £9 and fits any make-up bag 👜 Perfect for holidays ✈️"),
        ("ru", "Дорожный формат 😊 стоит 790 ₽ и влезет в любую косметичку 👜 Идеально для отпуска ✈️"),
        ("uk", "Дорожній формат 😊 коштує 290 грн і влізе в будь-яку косметичку 👜 Ідеально для відпустки ✈️"),
    ],
)
def test_an_aeroplane_is_an_emoji_too(lang: Lang, pictures: str) -> None:
    assert kinds("familiar-tone", lang, pictures) == ["emoticons"]
    assert kinds("familiar-tone", lang, pictures.replace("👜", "")) == []


def test_an_aeroplane_marking_lines_is_no_emoji() -> None:
    lines = "Shipping options:\n✈ Air mail: 3-5 days\n✈ Express: 1-2 days\n✈ Courier: next day"
    assert kinds("familiar-tone", "en", lines) == []
