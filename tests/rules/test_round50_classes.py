"""The classes round 50's preparation taught, in new wording, each beside a counterexample that stays flagged."""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

from replylint import lint


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello,\n\nDo you ship the Oslo side table to Norway, and if so, what does it cost? If not, can I "
         "send it to my brother in Leeds?\n\nIda",
         "Hi Ida,\n\nI'm sorry, we don't ship to Norway, our courier stops at the UK border. Yes, you can send it "
         "to your brother in Leeds: put his address in the delivery field.\n\nBest wishes,\nTom", 0),
        ("en", "Hello,\n\nDo you ship the Oslo side table to Norway, and if so, what does it cost?\n\nIda",
         "Hi Ida,\n\nSorry, we do not ship to Norway for now.\n\nBest wishes,\nTom", 0),
        ("ru", "Здравствуйте! Доставляете ли вы стол «Осло» в Казахстан, и если да, сколько это стоит? Если нет, "
         "можно отправить брату в Омск?\nИда",
         "Ида, здравствуйте!\n\nК сожалению, в Казахстан мы не доставляем. Да, можно отправить брату в Омск: "
         "укажите его адрес при оформлении.\n\nС уважением,\nТомас", 0),
        ("uk", "Добрий день! Чи доставляєте ви стіл «Осло» до Польщі, і якщо так, скільки це коштує? Якщо ні, "
         "чи можна відправити братові у Львів?\nІда",
         "Добрий день, Ідо!\n\nНа жаль, до Польщі ми не доставляємо. Так, відправити братові у Львів можна: "
         "вкажіть його адресу під час оформлення.\n\nЗ повагою,\nТарас", 0),
        # a yes to the shipping itself still owes the cost
        ("en", "Hello,\n\nDo you ship the Oslo side table to Norway, and if so, what does it cost?\n\nIda",
         "Hi Ida,\n\nYes, we ship the Oslo side table to Norway with DHL.\n\nBest wishes,\nTom", 1),
        # a sentence with no "no" in it says nothing of whether it fades
        ("en", "Hello,\n\nDoes the Fjell rug fade in sunlight? And if so, how quickly?\n\nIda",
         "Hi Ida,\n\nThe Fjell rug measures 160 x 230 cm and is hand-tufted.\n\nBest wishes,\nTom", 2),
    ],
)  # fmt: skip
def test_a_no_in_the_sentence_an_if_so_follow_up_shares(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Hello,\n\nDo you accept PayPal for the Vela lamp?\n\nIda",
         "Hi Ida,\n\nWe only accept card payments and bank transfers at the moment.\n\nBest wishes,\nTom", 0),
        ("Hello,\n\nDoes the Vela lamp need a special bulb?\n\nIda",
         "Hi Ida,\n\nNo special bulb: the Vela lamp does not need anything beyond a standard E27.\n\nBest wishes,\nTom",
         0),
        # a "not" about another thing takes no position
        ("Hello,\n\nDoes the Vela lamp have a touch dimmer on the cable?\n\nIda",
         "Hi Ida,\n\nThe Vela lamp does not come in white this year.\n\nBest wishes,\nTom", 1),
    ],
)  # fmt: skip
def test_an_english_only_or_not_on_the_question_s_words(original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день! Шукаю пазл «Карпати» на 1000 елементів для мами. Він є у вас?\nОксана",
         "Добрий день, Оксано!\n\nПазл «Карпати» на 1000 елементів є в наявності, 420 грн.\n\nЗ повагою,\nІра", 0),
        ("ru", "Добрый день! Ищу пазл «Байкал» на 1000 деталей для мамы. Он есть у вас?\nОксана",
         "Оксана, добрый день!\n\nПазл «Байкал» на 1000 деталей есть в наличии, 890 рублей.\n\nС уважением,\nИра", 0),
        # the stock of another thing says nothing of this one
        ("uk", "Добрий день! Шукаю пазл «Карпати» на 1000 елементів для мами. Він є у вас?\nОксана",
         "Добрий день, Оксано!\n\nНастільна гра «Говерла» є в наявності, 320 грн.\n\nЗ повагою,\nІра", 1),
    ],
)  # fmt: skip
def test_is_it_there_with_you_asks_stock(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день! Як вимкнути сповіщення про знижки?\nУляна",
         "Вітаю, Уляно!\n\nВимкнути рекламні сповіщення можна в застосунку, у розділі «Налаштування».\n\n"
         "З повагою,\nМарта", 0),
        ("ru", "Добрый день! Как отключить уведомления о скидках?\nУльяна",
         "Здравствуйте, Ульяна!\n\nОтключить рекламные уведомления можно в приложении, в разделе «Настройки».\n\n"
         "С уважением,\nМарта", 0),
        # telling about the notifications gives no way to switch them off
        ("uk", "Добрий день! Як вимкнути сповіщення про знижки?\nУляна",
         "Вітаю, Уляно!\n\nСповіщення про знижки ми надсилаємо щоп'ятниці, о 10:00.\n\nЗ повагою,\nМарта", 1),
    ],
)  # fmt: skip
def test_an_infinitive_with_its_object_before_can_is_a_way(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день! Чи можна повернути абонемент у басейн і скільки грошей я отримаю назад?\nЛідія",
         "Добрий день, Лідіє!\n\nТак, абонемент можна повернути: ми повертаємо вартість невикористаних занять, "
         "у Вашому випадку 1 200 грн.\n\nЗ повагою,\nОксана", 0),
        ("ru", "Здравствуйте! Можно ли вернуть абонемент в бассейн и сколько денег я получу обратно?\nЛидия",
         "Лидия, здравствуйте!\n\nДа, абонемент можно вернуть: мы возвращаем стоимость неиспользованных занятий, "
         "в вашем случае 2 400 рублей.\n\nС уважением,\nОксана", 0),
        # a share is no sum: how much the assembly costs is still open
        ("uk", "Добрий день! Чи можна зібрати шафу самим? І скільки коштує збирання у вас?\nАртем",
         "Добрий день, Артеме!\n\nШафа приходить зібраною на 80%, зібрати решту самим нескладно.\n\n"
         "З повагою,\nТетяна", 1),
    ],
)  # fmt: skip
def test_a_sum_in_a_sentence_only_a_yes_no_owns_answers_how_much(
    lang: str, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день! Де взяти бланк заяви на обмін? І чи можна відправити чоботи Укрпоштою?\nКирило",
         "Добрий день, Кириле!\n\nТак, відправити чоботи на обмін можна й Укрпоштою, доставку оплачуєте Ви.\n\n"
         "З повагою,\nОлена", 1),
        ("ru", "Здравствуйте! Где взять бланк заявления на обмен? И можно ли отправить сапоги Почтой России?\nКирилл",
         "Кирилл, здравствуйте!\n\nДа, отправить сапоги на обмен можно и Почтой России, доставку оплачиваете вы.\n\n"
         "С уважением,\nЕлена", 1),
        # the place where the form is answers it
        ("uk", "Добрий день! Де взяти бланк заяви на обмін? І чи можна відправити чоботи Укрпоштою?\nКирило",
         "Добрий день, Кириле!\n\nБланк заяви на обмін є на сайті: https://vzuttia.example/obmin.\n"
         "Так, відправити чоботи можна й Укрпоштою.\n\nЗ повагою,\nОлена", 0),
    ],
)  # fmt: skip
def test_a_place_another_question_names_places_nothing_asked_here(
    lang: str, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Добрый день! Можно заказать два пирога с вишней на субботу? И где их забирать?\nИнна",
         "Инна, добрый день!\n\nДа, два пирога с вишней к субботе испечём.\n\n"
         "Забрать можно в пекарне на Садовой, 8, с 9:00 до 18:00.\n\nС уважением,\nПекарня «Колос»", 0),
        ("uk", "Добрий день! Можна замовити два пироги з вишнею на суботу? І де їх забирати?\nІнна",
         "Добрий день, Інно!\n\nТак, два пироги з вишнею до суботи спечемо.\n\n"
         "Забрати можна в пекарні на Садовій, 8, з 9:00 до 18:00.\n\nЗ повагою,\nПекарня «Колос»", 0),
        # the cakes' day is no place to collect them
        ("ru", "Добрый день! Можно заказать два пирога с вишней на субботу? И где их забирать?\nИнна",
         "Инна, добрый день!\n\nДа, два пирога с вишней к субботе испечём.\n\nС уважением,\nПекарня «Колос»", 1),
    ],
)  # fmt: skip
def test_the_other_aspect_of_a_verb_shares_its_topic(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте! Отдал ноутбук на замену клавиатуры. Когда можно будет забрать? "
         "И сохранятся ли файлы?\nВадим",
         "Вадим, здравствуйте!\n\nТочный день готовности пока не знаю: клавиатура едет от поставщика. Уточню у "
         "мастера и напишу вам завтра до 14:00.\n\nФайлы сохранятся: диск мастер не трогает.\n\n"
         "С уважением,\nАртём", 0),
        ("en", "Hello,\n\nI left my laptop for a new keyboard. When can I pick it up? "
         "And will my files be kept?\n\nVal",
         "Hi Val,\n\nI don't know the exact day yet: the keyboard is coming from our supplier. I'll check with the "
         "technician and write to you by 2pm tomorrow.\n\nYour files will be kept: the drive is not touched.\n\n"
         "Best,\nArt", 0),
        # no admission: telling where the part is gives no day
        ("ru", "Здравствуйте! Отдал ноутбук на замену клавиатуры. Когда можно будет забрать? "
         "И сохранятся ли файлы?\nВадим",
         "Вадим, здравствуйте!\n\nФайлы сохранятся: диск мастер не трогает. Клавиатура едет от поставщика."
         "\n\nС уважением,\nАртём", 1),
    ],
)  # fmt: skip
def test_the_day_not_known_yet_answers_the_only_when(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте! Маску для волос Kapous можно оставлять на ночь? И как часто её наносить?\nЭля",
         "Эля, здравствуйте!\n\nНа ночь эту маску не оставляйте: хватит 15 минут.\n\n"
         "Делать её достаточно раз в неделю.\n\nС уважением,\nОльга", 0),
        ("en", "Hello,\n\nCan I leave the Kapous hair mask on overnight? And how often should I use it?\n\nEla",
         "Hi Ela,\n\nPlease don't leave it on overnight: 15 minutes is enough.\n\nOnce a week is plenty.\n\n"
         "Best,\nOlga", 0),
        # a frequency the other question asks for is that one's
        ("en", "Hello,\n\nHow often should I use the Kapous mask? And how often should I use the Kapous oil?\n\nEla",
         "Hi Ela,\n\nThe mask is best used after washing.\n\nOnce a week is plenty for the oil.\n\nBest,\nOlga", 1),
    ],
)  # fmt: skip
def test_a_frequency_no_other_question_asks_answers_how_often(
    lang: str, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день. Пральна машина у вас у ремонті вже два тижні. Прошу пояснити ситуацію.\nСтас",
         "Добрий день, Стасе!\n\nДякуємо за лист.\n\nЗ повагою,\nОля", 0),
        ("ru", "Здравствуйте. Стиральная машина у вас в ремонте уже две недели. Расскажите подробнее.\nСтас",
         "Здравствуйте, Стас!\n\nСпасибо за письмо.\n\nС уважением,\nОля", 0),
        # with a question word after it, it asks
        ("uk", "Добрий день. Пральна машина у вас у ремонті вже два тижні. Поясніть, чому ремонт триває так довго."
         "\nСтас", "Добрий день, Стасе!\n\nДякуємо за лист.\n\nЗ повагою,\nОля", 1),
        ("ru", "Здравствуйте. Прошу пояснить, почему с карты списали деньги дважды.\nСтас",
         "Здравствуйте, Стас!\n\nСпасибо за письмо.\n\nС уважением,\nОля", 1),
    ],
)  # fmt: skip
def test_explain_with_no_question_word_is_a_demand_not_a_question(
    lang: str, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Добрый день. Хочу собрать комод «Лира» сам. Справлюсь ли я со сборкой без опыта? "
         "Сколько времени займёт сборка?"
         "\nВиктор",
         "Виктор, здравствуйте!\n\nСборка у «Лиры» несложная: все детали подписаны.\n\n"
         "У одного человека на всё уходит около трёх часов.\n\nС уважением,\nИгорь", 0),
        ("uk", "Добрий день. Хочу зібрати комод «Ліра» сам. Чи впораюся я зі збиранням без досвіду? "
         "Скільки часу займе збирання?"
         "\nВіктор",
         "Добрий день, Вікторе!\n\nЗбирання «Ліри» нескладне: усі деталі підписані.\n\n"
         "Одній людині на все піде близько трьох годин.\n\nЗ повагою,\nІгор", 0),
        # no difficulty and no length of time told
        ("ru", "Добрый день. Хочу собрать комод «Лира» сам. Справлюсь ли я со сборкой без опыта? "
         "Сколько времени займёт сборка?"
         "\nВиктор",
         "Виктор, здравствуйте!\n\nВ коробке есть инструкция.\n\nС уважением,\nИгорь", 2),
    ],
)  # fmt: skip
def test_how_hard_and_how_long_told_in_sentences_of_their_own(
    lang: str, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Добрый вечер! Колонка JBL Flip 6 шипит на большой громкости. Это брак? "
         "Можно это как-то исправить?\nНина",
         "Нина, добрый вечер!\n\nНет, это не брак: так бывает при слабом сигнале Bluetooth.\n\n"
         "Его можно убрать: обновите прошивку в приложении JBL Portable и держите телефон ближе.\n\n"
         "С уважением,\nДенис", 0),
        # no way and no steps: the remedy is left open
        ("ru", "Добрый вечер! Колонка JBL Flip 6 шипит на большой громкости. Это брак? "
         "Можно это как-то исправить?\nНина",
         "Нина, добрый вечер!\n\nНет, это не брак: так бывает при слабом сигнале Bluetooth.\n\n"
         "С уважением,\nДенис", 1),
    ],
)  # fmt: skip
def test_a_remedy_in_a_paragraph_of_its_own(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте! Купила чай «Сенча». Где на упаковке смотреть дату изготовления?\nНаталья",
         "Наталья, здравствуйте!\n\nДата изготовления напечатана на клапане пачки, под штрихкодом.\n\n"
         "С уважением,\nИрина", 0),
        ("uk", "Добрий день! Купила чай «Сенча». Де на упаковці дивитися дату виготовлення?\nНаталія",
         "Добрий день, Наталіє!\n\nДата виготовлення надрукована на клапані пачки, під штрихкодом.\n\n"
         "З повагою,\nІрина", 0),
        ("en", "Hello,\n\nI bought the Sencha tea. Where on the pack do I find the production date?\n\nNat",
         "Hi Nat,\n\nThe production date is printed on the flap, under the barcode.\n\nBest,\nIrina", 0),
        # what the date is gives no place
        ("en", "Hello,\n\nI bought the Sencha tea. Where on the pack do I find the production date?\n\nNat",
         "Hi Nat,\n\nThe production date is always within the last six months.\n\nBest,\nIrina", 1),
    ],
)  # fmt: skip
def test_where_it_is_printed_is_a_place(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день! Замість синьої чашки прийшла зелена. Чому так вийшло?\nРоман",
         "Добрий день, Романе!\n\nПерепрошуємо: на складі сплутали дві схожі коробки. Синю чашку вже відправили."
         "\n\nЗ повагою,\nМирослава", 0),
        ("ru", "Добрый день! Вместо синей чашки пришла зелёная. Почему так вышло?\nРоман",
         "Роман, добрый день!\n\nПриносим извинения: на складе спутали две похожие коробки. Синюю чашку уже "
         "отправили.\n\nС уважением,\nМирослава", 0),
        # a resend alone gives no reason
        ("uk", "Добрий день! Замість синьої чашки прийшла зелена. Чому так вийшло?\nРоман",
         "Добрий день, Романе!\n\nПерепрошуємо. Синю чашку вже відправили.\n\nЗ повагою,\nМирослава", 1),
    ],
)  # fmt: skip
def test_a_mix_up_told_is_what_went_wrong(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello,\n\nWill the navy in the Aran scarf run in the wash?\n\nMaisie",
         "Hi Maisie,\n\nOnly a little at the first wash, and only if it's washed hot.\n\nBest,\nSophie", 0),
        # "a little more care" is no degree of running
        ("en", "Hello,\n\nWill the navy in the Aran scarf run in the wash?\n\nMaisie",
         "Hi Maisie,\n\nA little more care pays off: a mesh bag keeps the fringe neat.\n\nBest,\nSophie", 1),
    ],
)  # fmt: skip
def test_a_degree_lead_may_say_when_before_its_comma(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Hi,\n\nWhen will the sofa arrive, and can the driver take it up to the fourth floor?\n\nBeth",
         "Hi Beth,\n\nYour sofa will be delivered on Friday, 6 June, between 8am and 1pm.\n\nBest,\nTom", 1),
        ("Hi,\n\nWhen will the sofa arrive, and can the driver take it up to the fourth floor?\n\nBeth",
         "Hi Beth,\n\nYour sofa will be delivered on Friday, 6 June, between 8am and 1pm. Yes, our two-man crew "
         "carries it up to any floor.\n\nBest,\nTom", 0),
    ],
)  # fmt: skip
def test_and_can_the_starts_a_second_question(original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("uk", "Добрий день! Чи є гарантія на кавоварку Delonghi Dedica, і на який термін?\nЮрій",
         "Добрий день, Юрію!\n\nТак, на Dedica є офіційна гарантія, її обслуговують сервіси Delonghi.\n\n"
         "З повагою,\nДмитро", 1),
        ("ru", "Здравствуйте! Есть ли гарантия на кофеварку Delonghi Dedica и на какой срок?\nЮрий",
         "Юрий, здравствуйте!\n\nДа, на Dedica есть официальная гарантия, её обслуживают сервисы Delonghi.\n\n"
         "С уважением,\nДмитрий", 1),
        ("en", "Hello,\n\nIs there a warranty on the Delonghi Dedica, and for how long?\n\nYuri",
         "Hi Yuri,\n\nYes, the Dedica has a manufacturer's warranty of two years.\n\nBest,\nDan", 0),
    ],
)  # fmt: skip
def test_a_question_word_after_a_preposition_starts_a_second_question(
    lang: str, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте! Какой объём у чайника Bosch TWK 3A? Он со свистком?\nЛиза",
         "Лиза, здравствуйте!\n\nУ Bosch TWK 3A основание 22 см, высота 25 см. Свистка нет, он отключается сам.\n\n"
         "С уважением,\nИрина", 1),
        ("ru", "Здравствуйте! Какой объём у чайника Bosch TWK 3A? Он со свистком?\nЛиза",
         "Лиза, здравствуйте!\n\nВ Bosch TWK 3A помещается 1,7 л. Свистка нет, он отключается сам.\n\n"
         "С уважением,\nИрина", 0),
        ("en", "Hello,\n\nWhat is the volume of the Bosch TWK 3A kettle?\n\nLiz",
         "Hi Liz,\n\nThe Bosch TWK 3A is 22 cm wide and 25 cm tall.\n\nBest,\nIra", 1),
    ],
)  # fmt: skip
def test_a_volume_is_told_in_a_unit_of_volume(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Hello,\n\nDoes the Orion 65 have a headphone jack? And how many USB ports does it have?\n\nArjun",
         "Hi Arjun,\n\nYes, the Orion 65 has a 3.5 mm headphone jack, and its 144 Hz panel suits gaming.\n\n"
         "Best,\nDev", 1),
        ("Hello,\n\nDoes the Orion 65 have a headphone jack? And how many USB ports does it have?\n\nArjun",
         "Hi Arjun,\n\nYes, the Orion 65 has a 3.5 mm headphone jack, and there are three USB ports on the back.\n\n"
         "Best,\nDev", 0),
    ],
)  # fmt: skip
def test_a_model_number_or_a_measure_counts_nothing(original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello,\n\nHow many blocks are in the Tiny Town set? From what age is it suitable?\n\nNadia",
         "Hi Nadia,\n\nThe Tiny Town set has 80 blocks in six colours.\n\nBest,\nAlice", 1),
        ("en", "Hello,\n\nHow many blocks are in the Tiny Town set? From what age is it suitable?\n\nNadia",
         "Hi Nadia,\n\nThe Tiny Town set has 80 blocks in six colours and suits children from 3 years.\n\n"
         "Best,\nAlice", 0),
        ("ru", "Здравствуйте! Сколько деталей в наборе «Городок»? С какого возраста он подходит?\nНадя",
         "Надя, здравствуйте!\n\nВ наборе «Городок» 80 деталей шести цветов.\n\nС уважением,\nАлиса", 1),
        ("uk", "Добрий день! Скільки деталей у наборі «Містечко»? З якого віку він підходить?\nНадія",
         "Добрий день, Надіє!\n\nУ наборі «Містечко» 80 деталей шести кольорів, для дітей від 3 років.\n\n"
         "З повагою,\nАліса", 0),
    ],
)  # fmt: skip
def test_from_what_age_wants_an_age(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


# A fresh-eyes review of this session's changes found these over-broad readings (each confirmed against the code
# before the session); each was narrowed or withdrawn, and they stay as they should be.
_REVIEWED = [
    # (expect findings>0?, original, reply)
    (
        0,
        "Здравствуйте! Какой объём памяти у телефона Redmi Note 13?\nАня",
        "Аня, здравствуйте!\n\nУ Redmi Note 13 256 ГБ памяти.\n\nС уважением,\nОля",
    ),
    (
        0,
        "Hello,\n\nWhat is the maximum volume of the speaker?\n\nAnn",
        "Hi Ann,\n\nThe speaker reaches 95 dB at maximum volume.\n\nBest,\nTom",
    ),
    (
        0,
        "Здравствуйте! С какого возраста подходит этот самокат?\nАня",
        "Аня, здравствуйте!\n\nСамокат подходит детям с трёх лет.\n\nС уважением,\nОля",
    ),
    (
        0,
        "Добрий день! З якого віку підходить цей самокат?\nАня",
        "Добрий день, Аню!\n\nСамокат підходить дітям від трьох років.\n\nЗ повагою,\nОля",
    ),
    (
        0,
        "Hello,\n\nFrom what age is the chemistry set suitable?\n\nAnn",
        "Hi Ann,\n\nIt is suitable for teenagers, twelve and up.\n\nBest,\nTom",
    ),
    (0, "Hello,\n\nHow many watts is the charger?\n\nAnn", "Hi Ann,\n\nThe charger is 65 W.\n\nBest,\nTom"),
    (
        1,
        "Hello,\n\nWhere can I pick up the sofa?\n\nAnn",
        "Hi Ann,\n\nThe price of the sofa is marked on the invoice.\n\nBest,\nTom",
    ),
    (
        1,
        "Здравствуйте! Где можно забрать диван?\nАня",
        "Аня, здравствуйте!\n\nСтоимость дивана указана в счёте.\n\nС уважением,\nОля",
    ),
    (
        1,
        "Hello,\n\nCan I move my subscription to another email address?\n\nAnn",
        "Hi Ann,\n\nYour subscription stays active until 1 May.\n\nBest,\nTom",
    ),
    (
        1,
        "Здравствуйте! Можно ли взять собаку в номер?\nАня",
        "Аня, здравствуйте!\n\nВ номере запрещено курить.\n\nС уважением,\nОля",
    ),
    (
        1,
        "Добрий день! Чи можна заселитися з собакою в номер?\nАня",
        "Добрий день, Аню!\n\nВихід на терасу з номера дозволений до 22:00.\n\nЗ повагою,\nОля",
    ),
    (
        1,
        "Hello,\n\nThe fan makes a rattling noise. Is it a defect? Can it be fixed?\n\nAnn",
        "Hi Ann,\n\nNo, it isn't a defect.\n\nYou can return it within 14 days if you don't like it.\n\nBest,\nTom",
    ),
    (
        1,
        "Здравствуйте! Чайник сильно шумит. Это брак? Можно это как-то исправить?\nАня",
        "Аня, здравствуйте!\n\nНет, это не брак.\n\nЕго можно вернуть в течение 14 дней.\n\nС уважением,\nОля",
    ),
    (
        1,
        "Hello,\n\nI want to assemble the wardrobe myself. Will I manage? Also, how do I clean the fabric "
        "doors?\n\nAnn",
        "Hi Ann,\n\nCleaning the fabric doors is easy: just use a damp cloth.\n\nBest,\nTom",
    ),
    (
        1,
        "Hello,\n\nWhat pot size should I use for the fern? And how often should I water it?\n\nAnn",
        "Hi Ann,\n\nA 20 cm pot is best for the fern.\n\nOur newsletter with plant tips comes out once a "
        "month.\n\nBest,\nTom",
    ),
    (
        1,
        "Hello,\n\nCan I return the boots, and how much is the return shipping?\n\nAnn",
        "Hi Ann,\n\nYes, you can return the boots within 30 days for a full refund of the £120.\n\nBest,\nTom",
    ),
    (
        1,
        "Добрий день! Фарбу Caparol 10 л можна тонувати? Можна забрати сьогодні?\nАня",
        "Добрий день, Аню!\n\nТак, Caparol 10 л привезли зранку, забирайте.\n\nЗ повагою,\nОля",
    ),
    (
        1,
        "Hello,\n\nDo you ship to Jersey, and if so, how much? Also, can you deliver the parcel on a "
        "Saturday morning?\n\nAnn",
        "Hi Ann,\n\nYes, the courier can deliver the parcel to Jersey on a Saturday morning. We don't ship "
        "on Sundays.\n\nBest,\nTom",
    ),
    (
        1,
        "Hello,\n\nIs the plant toxic to cats?\n\nAnn",
        "Hi Ann,\n\nA little at a time, water the plant only when the soil is dry.\n\nBest,\nTom",
    ),
    (
        1,
        "Hello,\n\nIs the sofa fabric stain-resistant?\n\nAnn",
        "Hi Ann,\n\nA bit after the sale started, the sofa fabric came back in stock.\n\nBest,\nTom",
    ),
]


@pytest.mark.parametrize(("flagged", "original", "body"), _REVIEWED)
def test_the_reviews_counterexamples(flagged: int, original: str, body: str) -> None:
    assert (_uq(original, body) > 0) == bool(flagged)


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте! С какого возраста щенку делают первую прививку? Нужна ли запись?\nНикита",
         "Никита, здравствуйте!\n\nПервую прививку щенку делают в 8–10 недель. Да, запись нужна: позвоните нам."
         "\n\nС уважением,\nАлександра", 0),
        # a shelf life asked beside it is no age
        ("uk", "Вітаю!\n1) З якого віку можна використовувати крем «Роса»?\n2) Який у нього термін придатності після "
         "відкриття?\nДіана",
         "Добрий день, Діано!\n\nПісля відкриття крем «Роса» придатний 12 місяців.\n\nЗ повагою,\nІрина", 1),
    ],
)  # fmt: skip
def test_an_age_in_weeks_and_not_a_shelf_life(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("ru", "Здравствуйте! Есть ли у вас плед «Уют» 150×200? Какие есть цвета?\nМарк",
         "Марк, здравствуйте!\n\nДа, плед «Уют» 150×200 есть, 2 490 ₽.\n\nРасцветки: графитовый, белый и синий.\n\n"
         "С уважением,\nВика", 0),
        ("uk", "Добрий день! Чи є у вас плед «Затишок» 150×200? Які є кольори?\nМарко",
         "Добрий день, Марку!\n\nТак, плед «Затишок» 150×200 є, 990 грн.\n\nЗабарвлення: сірий, білий і синій.\n\n"
         "З повагою,\nВіка", 0),
        # no colour named
        ("ru", "Здравствуйте! Есть ли у вас плед «Уют» 150×200? Какие есть цвета?\nМарк",
         "Марк, здравствуйте!\n\nДа, плед «Уют» 150×200 есть, 2 490 ₽.\n\nС уважением,\nВика", 1),
    ],
)  # fmt: skip
def test_what_colours_are_there_with_a_word_between(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nMy bike needs a service before 7 June. What's the earliest you could fit it in?\n\nFiona",
         "Hi Fiona,\n\nWe have a slot on Tuesday, 27 May, and it will be ready by 5pm.\n\nBest,\nEwan", 0),
        ("en", "Hi,\n\nMy bike needs a service before 7 June. What's the earliest you could fit it in?\n\nFiona",
         "Hi Fiona,\n\nWe service all makes of road bike in our Station Road workshop.\n\nBest,\nEwan", 1),
        ("ru", "Здравствуйте. Не смогу пойти на спектакль. Можно ли вернуть билеты и сколько денег мне вернут?\nСергей",
         "Сергей, здравствуйте!\n\nБилеты вернуть можно, до спектакля больше трёх дней.\n\n"
         "Вам вернут полную стоимость билетов, 4 200 ₽.\n\nС уважением,\nАлексей", 0),
        ("ru", "Здравствуйте. Не смогу пойти на спектакль. Можно ли вернуть билеты и сколько денег мне вернут?\nСергей",
         "Сергей, здравствуйте!\n\nБилеты вернуть можно, до спектакля больше трёх дней.\n\nС уважением,\nАлексей", 1),
    ],
)  # fmt: skip
def test_the_earliest_is_a_when_and_money_given_back_a_sum(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "timeframe_missing"),
    [
        ("ru", "Дарина, здравствуйте!\n\nВаша заявка (№ 7741) принята. Салон работает ежедневно с 10:00 до 21:00, "
               "администратор свяжется с вами.\n\nС уважением,\nсалон «Бархат»", True),
        ("uk", "Дарино, добрий день!\n\nВашу заявку (№ 7741) отримано. Салон працює щодня з 10:00 до 21:00, "
               "адміністратор зв'яжеться з Вами.\n\nЗ повагою,\nсалон «Оксамит»", True),
        ("ru", "Дарина, здравствуйте!\n\nВаша заявка (№ 7741) принята. Администратор свяжется с вами сегодня до "
               "18:00.\n\nС уважением,\nсалон «Бархат»", False),
    ],
)  # fmt: skip
def test_opening_hours_are_no_timeframe(lang: str, body: str, timeframe_missing: bool) -> None:
    kinds = [f.kind for f in lint(body, original="Здравствуйте! Есть ли время в субботу?\nДарина").findings]
    assert ("no-timeframe" in kinds) == timeframe_missing


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("uk", "Добрий день!\n\nМи на новорічних святах до 8 січня.\n\nЗ повагою,\nКоманда «Комора»"),
        ("ru", "Здравствуйте!\n\nМы на новогодних праздниках до 8 января.\n\nС уважением,\nКоманда «Кладовая»"),
    ],
)
def test_we_are_on_the_new_year_holidays_is_a_holiday_notice(lang: str, body: str) -> None:
    assert lint(body, context={"language": lang}, select=["autoreply"]).by_rule("autoreply")
