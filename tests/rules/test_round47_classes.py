"""The classes this session taught, in new wording: an older emoji (✅ ❤️ ✈, below the emoji planes) ends a
sentence as the newer ones do.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

from replylint import lint
from replylint.model import Lang
from replylint.nlp import pipeline


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Yes, we deliver on Saturdays ✅ The gift wrap is free.", 2),
        ("en", "Thank you ❤️ See you in the shop.", 2),
        ("ru", "Да, в субботу доставляем ✅ Подарочная упаковка бесплатно.", 2),
        ("uk", "Так, у суботу доставляємо ✈ Подарункове пакування безкоштовне.", 2),
        ("en", "Thanks ✅ and see you soon.", 1),
        ("ru", "Спасибо. ❤️ До встречи.", 2),
    ],
)  # fmt: skip
def test_an_older_emoji_ends_a_sentence(lang: Lang, text: str, expected: int) -> None:
    assert len(pipeline(lang).analyse(text).sentences) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nIs the Jubilee rose hardy? When is the best time to prune it?\n\nAlan",
         "Hi Alan,\n\nYes, the Jubilee rose is hardy down to -20 °C.\n\nLate winter suits pruning best, just before "
         "the buds swell.\n\nKind regards,\nMaya"),
        ("ru", "Добрый день! Роза «Юбилей» зимостойкая? И когда её лучше обрезать?\nАлексей",
         "Алексей, добрый день!\n\nДа, роза «Юбилей» выдерживает морозы до −20 °C.\n\nДля обрезки лучшее время — "
         "ранняя весна, до набухания почек.\n\nС уважением,\nМайя"),
        ("uk", "Доброго дня! Чи зимостійка троянда «Ювілей»? І коли її краще обрізати?\nОлексій",
         "Доброго дня, Олексію!\n\nТак, троянда «Ювілей» витримує морози до −20 °C.\n\nДля обрізки найкращий час — "
         "рання весна, до набухання бруньок.\n\nЗ повагою,\nМайя"),
        ("uk", "Здравствуйте! Роза «Юбилей» зимостойкая? И когда её лучше обрезать, весной или осенью?\nАлексей",
         "Доброго дня, Олексію!\n\nТак, троянда «Ювілей» витримує морози до −20 °C.\n\nОбрізати її найкраще "
         "навесні, до набухання бруньок.\n\nЗ повагою,\nМайя"),
    ],
)  # fmt: skip
def test_a_season_named_as_a_noun_or_across_languages_answers_the_best_time(
    lang: Lang, original: str, body: str
) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nMy aunt gave me a gift card. Does it expire? And can I spend the card on a haircut, which "
               "costs more than the card?\n\nKim",
         "Hi Kim,\n\nOur gift cards stay valid for a year from purchase, so yours is good until March 2027. You "
         "can spend it on a haircut and pay the difference at the desk.\n\nBest wishes,\nRaj", 0),
        ("ru", "Здравствуйте! Мне подарили сертификат. Он сгорает? И можно ли потратить сертификат на стрижку, "
               "которая стоит дороже?\nКира",
         "Кира, здравствуйте!\n\nСертификаты действуют год с даты покупки, так что ваш можно использовать до марта "
         "2027 года. Потратить его на стрижку можно, разницу доплатите на ресепшене.\n\nС уважением,\nРадик", 0),
        ("uk", "Добрий день! Мені подарували сертифікат. Він згорає? І чи можна витратити сертифікат на стрижку, "
               "яка коштує дорожче?\nКіра",
         "Кіро, добрий день!\n\nСертифікати дійсні рік від дати покупки, тож Ваш можна використати до березня "
         "2027 року. Витратити його на стрижку можна, різницю доплатите на ресепшені.\n\nЗ повагою,\nРадик", 0),
    ],
)  # fmt: skip
def test_a_fact_on_a_topic_only_this_question_has_settles_it(
    lang: Lang, original: str, body: str, expected: int
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nWill the navy dye of the Harbour scarf run in the wash? And how soon can it reach Cork?\n\n"
               "Aoife",
         "Hi Aoife,\n\nVery little, and hardly at all if you wash it cold. Parcels to Cork take three working days."
         "\n\nKind regards,\nKat"),
        ("ru", "Здравствуйте! Сядет ли свитер «Норд» после стирки? И сколько идёт доставка в Казань?\nАня",
         "Аня, здравствуйте!\n\nОчень незначительно, если стирать при 30 градусах. Доставка в Казань занимает три "
         "дня.\n\nС уважением,\nКатя"),
        ("uk", "Добрий день! Чи сяде светр «Норд» після прання? І скільки йде доставка до Луцька?\nАня",
         "Добрий день, Аню!\n\nЗовсім незначно, якщо прати при 30 градусах. Доставка до Луцька займає три дні.\n\n"
         "З повагою,\nКатя"),
    ],
)  # fmt: skip
def test_a_degree_with_an_intensifier_takes_a_position(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWhy are the Trail boots so narrow? Could you send a 43 instead?\n\nSam",
         "Hi Sam,\n\nThe Trail last is cut narrow because it is made for rocky ground. A pair in 43 went out to "
         "you this morning, with a returns label for the 42s.\n\nBest,\nIvo"),
        ("en", "Hi,\n\nMy order was cancelled and I never asked for that. Why? Could you put it through again?\n\n"
               "Paula",
         "Hi Paula,\n\nIt was cancelled because the card payment was declined at dispatch. I've placed it again as "
         "order 55231, and a payment link is on its way by text.\n\nKind regards,\nTom"),
        ("ru", "Здравствуйте! Заказ отменили, хотя я не просила. Почему? Можете оформить его заново?\nПолина",
         "Полина, здравствуйте!\n\nЗаказ отменился, потому что банк отклонил оплату картой. Мы переоформили его "
         "под номером 55231, ссылка на оплату придёт в СМС.\n\nС уважением,\nТимур"),
        ("uk", "Добрий день! Замовлення скасували, хоча я не просила. Чому? Можете оформити його знову?\nПоліна",
         "Добрий день, Поліно!\n\nЗамовлення скасувалося, бо банк відхилив оплату карткою. Ми переоформили його "
         "під номером 55231, посилання на оплату прийде в СМС.\n\nЗ повагою,\nТимур"),
    ],
)  # fmt: skip
def test_a_request_done_in_another_verb_or_a_size_in_a_pair(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nIs the Ridge tent freestanding? And do you ship to Norway, and if so, what does it cost?\n\n"
               "Lars",
         "Hi Lars,\n\nYes, the Ridge stands on its own poles without pegs. I'm sorry, we only deliver within the UK, "
         "so we can't send it to Norway.\n\nKind regards,\nEmma"),
        ("ru", "Здравствуйте! Палатка «Гребень» самостоятельная? И можете отправить её в Норвегию?\nЛарс",
         "Ларс, здравствуйте!\n\nДа, «Гребень» стоит на своих дугах без колышков. К сожалению, доставить в Норвегию "
         "мы не можем: возим только по России.\n\nС уважением,\nЭмма"),
        ("uk", "Добрий день! Намет «Гребінь» самостійний? І чи можете відправити його до Норвегії?\nЛарс",
         "Добрий день, Ларсе!\n\nТак, «Гребінь» стоїть на власних дугах без кілочків. На жаль, доставити до "
         "Норвегії ми не можемо: возимо лише Україною.\n\nЗ повагою,\nЕмма"),
    ],
)  # fmt: skip
def test_a_service_refused_in_another_verb_of_its_topic(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nWe need 30 Aero stools for our cafe. Do you have that many in stock? And what discount "
               "would you give?\n\nDana",
         "Hi Dana,\n\nWe have 46 Aero stools in our warehouse, so all 30 can go out together. On 20 or more we take "
         "8% off.\n\nKind regards,\nOwen"),
        ("ru", "Здравствуйте! Нам нужно 30 табуретов «Аэро» для кафе. Есть ли столько на складе? И какую скидку "
               "дадите?\nДана",
         "Дана, здравствуйте!\n\nНа складе сейчас 46 табуретов «Аэро», так что все 30 отгрузим сразу. На заказ от "
         "20 штук скидка 8%.\n\nС уважением,\nОлег"),
        ("uk", "Добрий день! Нам потрібно 30 табуретів «Аеро» для кафе. Чи є стільки на складі? І яку знижку "
               "дасте?\nДана",
         "Добрий день, Дано!\n\nНа складі зараз 46 табуретів «Аеро», тож усі 30 відвантажимо одразу. На "
         "замовлення від 20 штук знижка 8%.\n\nЗ повагою,\nОлег"),
    ],
)  # fmt: skip
def test_the_warehouse_count_tells_whether_it_is_on_the_shelves(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWhat colour is the Vela desk lamp's shade? And is its cord long?\n\nRuth",
         "Hi Ruth,\n\nThe shade is a soft sage green. The fabric cord measures 2.5 m from lamp to plug.\n\n"
         "Best wishes,\nTomasz"),
        ("ru", "Здравствуйте! Какого цвета абажур у лампы «Вега»? И шнур у неё длинный?\nРуфина",
         "Руфина, здравствуйте!\n\nАбажур у «Веги» шалфейно-зелёного цвета. Тканевый шнур от лампы до вилки — 2,5 м."
         "\n\nС уважением,\nТомаш"),
        ("uk", "Добрий день! Якого кольору абажур у лампи «Вега»? І шнур у неї довгий?\nРуфіна",
         "Добрий день, Руфіно!\n\nАбажур у «Веги» шавлієво-зеленого кольору. Тканинний шнур від лампи до вилки — "
         "2,5 м.\n\nЗ повагою,\nТомаш"),
    ],
)  # fmt: skip
def test_a_size_asked_as_a_quality_is_settled_by_a_measurement(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWill I manage the assembly of the Oslo wardrobe on my own? And which tools will I need?\n\n"
               "Jo",
         "Hi Jo,\n\nAssembly is straightforward: the box has an illustrated guide. You'll need a "
         "cross-head screwdriver and the hex key that comes with it.\n\nBest,\nMina"),
        ("ru", "Здравствуйте! Справлюсь ли я со сборкой шкафа «Осло» сам? И какие инструменты понадобятся?\nЮра",
         "Юра, здравствуйте!\n\nМонтаж несложный: в коробке есть инструкция с картинками. Понадобятся "
         "крестовая отвёртка и шестигранник из комплекта.\n\nС уважением,\nМина"),
        ("uk", "Добрий день! Чи впораюся я зі збиранням шафи «Осло» сам? І які інструменти знадобляться?\nЮра",
         "Добрий день, Юро!\n\nСкладання нескладне: у коробці є інструкція з малюнками. Знадобляться "
         "хрестова викрутка і шестигранник із комплекту.\n\nЗ повагою,\nМіна"),
    ],
)  # fmt: skip
def test_how_hard_told_in_a_sentence_another_question_covers_better(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nIs the Fenn 2 tent big enough for two adults? And what does it weigh?\n\nIsla",
         "Hi Isla,\n\nThe Fenn 2 sleeps two adults with room for packs in the porch. It comes in at 2.1 kg with "
         "the poles.\n\nKind regards,\nCal", 0),
        ("en", "Hi,\n\nIs the Fenn 2 tent big enough for two adults? And what does it weigh?\n\nIsla",
         "Hi Isla,\n\nThe Fenn 2 sleeps two adults with room for packs in the porch. It packs down to 45 cm long."
         "\n\nKind regards,\nCal", 1),
        ("ru", "Здравствуйте! Палатка «Фенн 2» вместит двух взрослых? И что она весит?\nИсла",
         "Исла, здравствуйте!\n\nДа, «Фенн 2» вместит двоих, и в тамбуре останется место для рюкзаков. С дугами "
         "выходит 2,1 кг.\n\nС уважением,\nКирилл", 0),
        ("uk", "Добрий день! Намет «Фенн 2» вмістить двох дорослих? І що він важить?\nІсла",
         "Добрий день, Ісло!\n\nТак, «Фенн 2» вмістить двох, і в тамбурі залишиться місце для рюкзаків. З дугами "
         "виходить 2,1 кг.\n\nЗ повагою,\nКирило", 0),
    ],
)  # fmt: skip
def test_what_does_it_weigh_wants_a_weight(lang: Lang, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nMy kitten is 3 months old. Which wet food would you recommend? And how big are the "
               "pouches?\n\nVera",
         "Hi Vera,\n\nFor a kitten that age I'd suggest Purrfect Kitten Chicken: it is made for cats up to a year. "
         "The pouches hold 85 g each.\n\nKind regards,\nAlyona"),
        ("ru", "Здравствуйте! Котёнку 3 месяца. Какой влажный корм посоветуете? И какой вес у пакетиков?\nВера",
         "Вера, здравствуйте!\n\nДля котёнка такого возраста советую Purrfect Kitten с курицей: он рассчитан на "
         "кошек до года. Пакетики по 85 г.\n\nС уважением,\nАлёна"),
        ("uk", "Добрий день! Кошеняті 3 місяці. Який вологий корм порадите? І яка вага пакетиків?\nВіра",
         "Добрий день, Віро!\n\nДля кошеняти такого віку раджу Purrfect Kitten з куркою: він розрахований на котів "
         "до року. Пакетики по 85 г.\n\nЗ повагою,\nАльона"),
    ],
)  # fmt: skip
def test_advice_in_other_words_in_a_sentence_no_question_claims(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("ru", "Добрый день! Сдал ноутбук на чистку, квитанция 2290. Сколько будет стоить чистка? И когда можно "
               "забрать?\nАртём",
         "Артём, добрый день!\n\nЧистка ноутбука обойдётся в 2 500 рублей. Ноутбук будет готов в пятницу, 28 "
         "ноября, после 15:00, выдадим его по квитанции 2290.\n\nС уважением,\nРуслан"),
        ("uk", "Добрий день! Здав ноутбук на чистку, квитанція 2290. Скільки коштуватиме чистка? І коли можна "
               "забрати?\nАртем",
         "Добрий день, Артеме!\n\nЧистка ноутбука коштуватиме 2 500 грн. Ноутбук буде готовий у п'ятницю, 28 "
         "листопада, після 15:00, видамо його за квитанцією 2290.\n\nЗ повагою,\nРуслан"),
    ],
)  # fmt: skip
def test_handing_over_is_the_collection_asked_about(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nI ordered the Vesta floor lamp last Tuesday. Has it gone out yet? When should it get here?"
               "\n\nNell",
         "Hi Nell,\n\nYour Vesta lamp left us on Wednesday with DPD, and the courier will bring it to you on "
         "Friday, 12 September.\n\nKind regards,\nKat"),
        ("ru", "Здравствуйте! Заказала лампу «Альба» в пятницу. Отправлена ли уже лампа? Когда её ждать?\nНеля",
         "Неля, здравствуйте!\n\nЛампу «Альба» отправили в понедельник, курьер привезёт её в четверг.\n\n"
         "С уважением,\nКатя"),
        ("uk", "Добрий день! Замовила лампу «Альба» в п'ятницю. Чи вже відправлена лампа? Коли її чекати?\nНеля",
         "Добрий день, Нелю!\n\nЛампу «Альба» відправили в понеділок, кур'єр привезе її в четвер.\n\n"
         "З повагою,\nКатя"),
    ],
)  # fmt: skip
def test_a_status_told_in_the_sentence_a_follow_up_shares(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nHow much is next-day delivery for two potted olive trees? And won't they freeze on the "
               "way?\n\nAnnie",
         "Hi Annie,\n\nNext-day delivery for the two trees is £12. The trees travel in an insulated box with a heat "
         "pack, which keeps them safe down to -15 °C.\n\nKind regards,\nAlex"),
        ("ru", "Добрый день! Сколько стоит доставка на завтра для двух оливковых деревьев в горшках? И не замёрзнут "
               "ли они в дороге?\nАнна",
         "Анна, добрый день!\n\nДоставка на завтра для двух деревьев обойдётся в 490 рублей. Деревья упакуем в "
         "термокороб с грелкой, так что мороз до −15 °C им не страшен.\n\nС уважением,\nАлекс"),
        ("uk", "Добрий день! Скільки коштує доставка на завтра для двох оливкових дерев у горщиках? І чи не "
               "замерзнуть вони в дорозі?\nАнна",
         "Добрий день, Анно!\n\nДоставка на завтра для двох дерев коштує 190 грн. Дерева пакуємо в термокороб із "
         "грілкою, тож мороз до −15 °C їм не страшний.\n\nЗ повагою,\nАлекс"),
    ],
)  # fmt: skip
def test_freezing_is_settled_by_degrees(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


def test_the_comparative_shorter_is_no_slang() -> None:
    text = "Анна, здравствуйте!\n\nПароль должен быть не короче 8 символов.\n\nС уважением,\nОля"
    slang = "Анна, здравствуйте!\n\nКороче, пароль надо сменить в настройках.\n\nС уважением,\nОля"
    assert not [f for f in lint(text).findings if f.rule == "familiar-tone"]
    assert [f for f in lint(slang).findings if f.rule == "familiar-tone"]


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nI returned the boots two weeks ago. When should I expect my refund?\n\nAnn",
         "Hi Ann,\n\nWe're handling a lot of returns after the winter sale, so refunds are taking longer than usual."
         "\n\nBest,\nTom"),
        ("ru", "Здравствуйте! Заказала новый диван. Когда его нужно ждать?\nАнна",
         "Анна, здравствуйте!\n\nОсень — время распродаж, так что заказов сейчас очень много.\n\nС уважением,\nТом"),
        ("en", "Hello,\n\nWill it take long to assemble?\n\nAnn",
         "Hi Ann,\n\nThe Oslo bed frame measures 160 x 200 cm and comes in two boxes.\n\nBest,\nTom"),
        ("en", "Hello,\n\nDo the Trail boots come up large? And do you have them in brown?\n\nAnn",
         "Hi Ann,\n\nWe have the Trail in brown, and there are 3 in stock in your size.\n\nBest,\nTom"),
        ("en", "Hello,\n\nI bought your sourdough loaf. Can I freeze it?\n\nAnn",
         "Hi Ann,\n\nTo crisp up the sourdough, warm it in the oven at 200 °C for five minutes.\n\nBest,\nTom"),
        ("en", "Hello,\n\nWill I manage to fit the Oslo wardrobe doors myself? And can I order the doors in white?\n\n"
               "Ann",
         "Hi Ann,\n\nOrdering the doors in white is simple: just pick White at checkout.\n\nBest,\nTom"),
        ("ru", "Здравствуйте! У меня щенок шпица. Какой сухой корм посоветуете?\nВера",
         "Вера, здравствуйте!\n\nДля щенка шпица советуем сначала обсудить рацион с ветеринаром.\n\n"
         "С уважением,\nАлёна"),
        ("en", "Hello,\n\nThe Nord dress is too small. Could you send me a 12 instead?\n\nAnn",
         "Hi Ann,\n\nI've booked a courier to collect the dress, and the refund will be back on your card in 12 "
         "business days at most.\n\nBest,\nTom"),
    ],
)  # fmt: skip
def test_the_reviews_counterexamples_stay_unanswered(lang: Lang, original: str, body: str) -> None:
    """Replies a fresh-eyes review of this session's widenings found accepted: each leaves its question open."""
    assert _uq(original, body) >= 1


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWhen should I sow the tomato seeds for seedlings?\n\nOlga",
         "Hi Olga,\n\nSow the tomato seeds for seedlings in the second half of March.\n\nBest,\nIra"),
        ("ru", "Здравствуйте! Когда сеять семена томатов на рассаду?\nОля",
         "Оля, здравствуйте!\n\nСеять семена томатов на рассаду лучше во второй половине марта.\n\n"
         "С уважением,\nИра"),
        ("uk", "Добрий день! Коли сіяти насіння томатів на розсаду?\nОля",
         "Добрий день, Олю!\n\nСіяти насіння томатів на розсаду найкраще в другій половині березня.\n\n"
         "З повагою,\nІра"),
    ],
)  # fmt: skip
def test_a_half_of_a_month_is_a_time(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hi,\n\nWhere can I find the model number of my Brio kettle?\n\nAnn",
         "Hi Ann,\n\nThe model number is on the small white sticker under the base, beside the barcode.\n\n"
         "Best,\nTom"),
        ("ru", "Здравствуйте! Где найти номер модели моего чайника Brio?\nАнна",
         "Анна, здравствуйте!\n\nНомер модели указан на маленькой белой наклейке под основанием, рядом со "
         "штрихкодом.\n\nС уважением,\nТом"),
        ("uk", "Добрий день! Де знайти номер моделі мого чайника Brio?\nАнна",
         "Добрий день, Анно!\n\nНомер моделі вказаний на маленькій білій наклейці під основою, поруч зі "
         "штрихкодом.\n\nЗ повагою,\nТом"),
    ],
)  # fmt: skip
def test_a_sticker_described_is_still_a_place(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("original", "body"),
    [
        ("Hello,\n\nMy copy of the atlas arrived with the spine split. Could you send me a replacement?\n\nYvonne",
         "Hi Yvonne,\n\nI'm sorry it arrived like that. A fresh copy went out to you today by first class post."
         "\n\nKind regards,\nFreya"),
    ],
)  # fmt: skip
def test_a_fresh_copy_sent_does_the_request(original: str, body: str) -> None:
    assert _uq(original, body) == 0


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello,\n\nDoes the Nord throw shrink in the wash? And if so, by how much?\n\nAnn",
         "Hi Ann,\n\nThe Nord throw is 140 x 190 cm, it is pure lambswool.\n\nBest,\nTom"),
        ("ru", "Здравствуйте! Есть ли гарантия на кофемашину? И если есть, на какой срок?\nАнна",
         "Анна, здравствуйте!\n\nНа кофемашину действует скидка 10% до 30 ноября.\n\nС уважением,\nТом"),
        ("en", "Hello,\n\nIs the Brenna sofa fabric stain resistant? Do you deliver on Saturdays?\n\nAnn",
         "Hi Ann,\n\nYes, the Brenna sofa can be brought by our courier.\n\nBest,\nTom"),
        ("en", "Hello,\n\nCould you resend the invoice for order 90433?\n\nAnn",
         "Hi Ann,\n\nI have set up a new e-mail address on your account.\n\nBest,\nTom"),
    ],
)  # fmt: skip
def test_the_second_reviews_counterexamples_stay_unanswered(lang: Lang, original: str, body: str) -> None:
    """Replies a second review found accepted by three later widenings, since withdrawn: each leaves a question
    open."""
    assert _uq(original, body) >= 1
