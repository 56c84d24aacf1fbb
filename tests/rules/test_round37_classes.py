"""The classes blind round 37 taught (its Russian letters found nine false alarms of unanswered-question).

- A verb asked in one aspect and answered in the other, whose stem alternates a consonant («не предупреждаете» -
  «не предупредили, потому что...», «не повідомляєте» - «не повідомили, бо...»), is the same word.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

from replylint import lint
from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "original", "body"),
    [
        ("en", "Hello, order 91510 did not come again. Why don't you warn customers in advance? When will you "
               "bring it now?\n\nRimma",
         "Hi Rimma,\n\nWe're sorry. We didn't warn you because the driver fell ill that morning and the dispatcher "
         "could not call everyone. The microwave will come tomorrow, 17 February, between 9:00 and 12:00.\n\n"
         "Best,\nOlga"),
        ("ru", "Здравствуйте! Заказ 91510 снова не привезли. Почему вы не предупреждаете заранее? Когда привезёте "
               "теперь?\nРимма",
         "Римма, добрый день!\n\nПриносим извинения. Вас не предупредили, потому что водитель заболел утром, а "
         "диспетчер не успел обзвонить всех клиентов. Микроволновку привезём завтра, 17 февраля, с 9:00 до "
         "12:00.\n\nС уважением,\nОльга"),
        ("uk", "Добрий день! Замовлення 91510 знову не привезли. Чому ви не попереджаєте заздалегідь? Коли "
               "привезете тепер?\nРімма",
         "Риммо, добрий день!\n\nПерепрошуємо. Вас не попередили, бо водій захворів зранку, а диспетчер не встиг "
         "обдзвонити всіх клієнтів. Мікрохвильовку привеземо завтра, 17 лютого, з 9:00 до 12:00.\n\nЗ повагою,\n"
         "Ольга"),
    ],
)  # fmt: skip
def test_the_other_aspect_of_the_verb_is_the_same_word(lang: Lang, original: str, body: str) -> None:
    assert _uq(original, body) == 0


DISCOUNT = {
    "en": "Hello, do you have a discount for pensioners on seedlings? If there is, how much is it?\n\nValentina",
    "ru": "Добрый день! Есть ли у вас скидка для пенсионеров на рассаду? Если есть, сколько процентов?\nВалентина",
    "uk": "Добрий день! Чи є у вас знижка для пенсіонерів на розсаду? Якщо є, скільки відсотків?\nВалентина",
}


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "Dear Valentina,\n\nYes, pensioners get 10% off all seedlings at the till.\n\nBest,\nTanya", 0),
        ("en", "Dear Valentina,\n\nI'm sorry, we have no discount for pensioners.\n\nBest,\nTanya", 0),
        ("en", "Dear Valentina,\n\nYes, there is a discount for pensioners at the till.\n\nBest,\nTanya", 1),
        ("ru", "Валентина, здравствуйте!\n\nДа, по пенсионному удостоверению действует скидка 10% на всю рассаду.\n\n"
               "С уважением,\nТатьяна", 0),
        ("ru", "Валентина, здравствуйте!\n\nК сожалению, скидки для пенсионеров нет.\n\nС уважением,\nТатьяна", 0),
        ("ru", "Валентина, здравствуйте!\n\nДа, скидка для пенсионеров есть, её делают на кассе.\n\n"
               "С уважением,\nТатьяна", 1),
        ("uk", "Валентино, добрий день!\n\nТак, за пенсійним посвідченням діє знижка 10% на всю розсаду.\n\n"
               "З повагою,\nТетяна", 0),
        ("uk", "Валентино, добрий день!\n\nНа жаль, знижки для пенсіонерів у нас немає.\n\nЗ повагою,\nТетяна", 0),
        ("uk", "Валентино, добрий день!\n\nТак, знижка для пенсіонерів є, її роблять на касі.\n\nЗ повагою,\nТетяна",
         1),
    ],
)  # fmt: skip
def test_if_there_is_points_back_and_asks_after_a_yes(lang: Lang, body: str, found: int) -> None:
    """«Если есть, сколько процентов?» is an "if so" question: it takes the discount from the question before,
    a no answers it, and a yes leaves the amount to give."""
    assert _uq(DISCOUNT[lang], body) == found


NOISE = {
    "en": "Hello, will the Boneco U350 suit a nursery of 18 m²? And will it make much noise at night?\n\nNina",
    "ru": "Здравствуйте! Подойдёт ли увлажнитель Boneco U350 для детской 18 м²? Не будет ли он шуметь ночью?\nНина",
    "uk": "Добрий день! Чи підійде зволожувач Boneco U350 для дитячої 18 м²? Чи не буде він шуміти вночі?\nНіна",
}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Hi Nina,\n\nYes, the U350 covers rooms up to 60 m², so it suits an 18 m² nursery. In night mode it is "
               "almost silent, about 25 dB.\n\nBest,\nMax"),
        ("ru", "Нина, добрый день!\n\nДа, Boneco U350 рассчитан на комнаты до 60 м², так что для детской 18 м² он "
               "подойдёт. В ночном режиме он работает почти бесшумно, около 25 дБ.\n\nС уважением,\nМаксим"),
        ("uk", "Ніно, добрий день!\n\nТак, Boneco U350 розрахований на кімнати до 60 м², тож для дитячої 18 м² він "
               "підійде. У нічному режимі він працює майже безшумно, близько 25 дБ.\n\nЗ повагою,\nМаксим"),
    ],
)  # fmt: skip
def test_noise_asked_with_a_verb_takes_its_measure(lang: Lang, body: str) -> None:
    """«Не будет ли он шуметь ночью?» asks the noise as «Шумный ли он?» does: its measure in dB answers it."""
    assert _uq(NOISE[lang], body) == 0


@pytest.mark.parametrize(
    ("original", "found"),
    [
        ("Hi, my husband keeps saying: why do we need a second vacuum? When will order 4411 arrive?\n\nAnna", 1),
        ("Здравствуйте! Муж мне всё утро твердит: зачем нам второй пылесос? Когда привезут заказ 4411?\nАнна", 1),
        ("Добрий день! Чоловік мені весь ранок твердить: навіщо нам другий пилосос? Коли привезуть замовлення "
         "4411?\nАнна", 1),
        ("Здравствуйте! Повторяю: когда привезут заказ 4411? И можно ли оплатить при получении?\nАнна", 2),
    ],
)  # fmt: skip
def test_someone_elses_words_after_a_colon_are_reported(original: str, found: int) -> None:
    """«Муж твердит: зачем нам второй пылесос?» reports the husband's question; the customer repeating her own
    («Повторяю: когда...?») still asks."""
    lang = "en" if original.startswith("Hi") else ("uk" if "Добрий" in original else "ru")
    body = {"en": "Hi Anna,\n\nThanks for your email.\n\nBest,\nOlga",
            "ru": "Анна, здравствуйте!\n\nСпасибо за письмо.\n\nС уважением,\nОльга",
            "uk": "Анно, добрий день!\n\nДякуємо за лист.\n\nЗ повагою,\nОльга"}[lang]  # fmt: skip
    assert _uq(original, body) == found


LAG = {
    "en": "Hello, in my Soundcore Liberty 4 earbuds the sound lags behind the picture in games. Why does this happen? "
    "Can it be fixed somehow?\n\nIlya",
    "ru": "Здравствуйте. В наушниках Soundcore Liberty 4 звук в играх отстаёт от картинки. Почему так происходит? "
    "Это можно как-то исправить?\nИлья",
    "uk": "Добрий день. У навушниках Soundcore Liberty 4 звук в іграх відстає від картинки. Чому так відбувається? "
    "Це можна якось виправити?\nІлля",
}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Hi Ilya,\n\nThe lag appears because, over Bluetooth, sound is sent compressed and the phone needs "
               "time to encode it. You can reduce it: open the Soundcore app and turn on Game Mode.\n\nBest,\nDenis"),
        ("ru", "Илья, добрый вечер!\n\nЗадержка звука появляется потому, что по Bluetooth звук передаётся в сжатом "
               "виде. Её можно уменьшить: откройте приложение Soundcore и включите «Игровой режим».\n\n"
               "С уважением,\nДенис"),
        ("uk", "Ілле, добрий вечір!\n\nЗатримка звуку з'являється тому, що через Bluetooth звук передається "
               "стисненим. Її можна зменшити: відкрийте застосунок Soundcore і ввімкніть «Ігровий режим».\n\n"
               "З повагою,\nДенис"),
    ],
)  # fmt: skip
def test_because_with_a_comma_inside_is_a_reason(lang: Lang, body: str) -> None:
    """«потому, что», «тому, що»: the comma the rules of punctuation put inside the conjunction does not break it."""
    assert _uq(LAG[lang], body) == 0


REPLACE = {
    "en": "Hello, I sent you photos: the seam along the edge of the Scotland throw has come apart, and it has never "
    "been washed. Can you replace it?\n\nNatalie",
    "ru": "Добрый день! Отправила вам фото: у пледа «Шотландия» по краю распустился шов, плед ещё ни разу не "
    "стирали. Заменить его можно?\nНаталья",
    "uk": "Добрий день! Надіслала вам фото: у пледа «Шотландія» по краю розійшовся шов, плед ще жодного разу не "
    "прали. Чи можна його замінити?\nНаталя",
}


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "Hi Natalie,\n\nThanks for the photos: it is a factory fault. A new Scotland throw went out to you "
               "today by courier, and the courier will collect the old one.\n\nBest,\nUlyana", 0),
        ("en", "Hi Natalie,\n\nThanks for the photos, they show the seam clearly.\n\nBest,\nUlyana", 1),
        ("ru", "Наталья, здравствуйте!\n\nФото получили, спасибо, это заводской брак. Новый плед «Шотландия» "
               "отправили сегодня курьером СДЭК, старый курьер заберёт при доставке.\n\nС уважением,\nУльяна", 0),
        ("ru", "Наталья, здравствуйте!\n\nФото получили, спасибо, шов на них хорошо виден.\n\n"
               "С уважением,\nУльяна", 1),
        ("uk", "Наталю, добрий день!\n\nФото отримали, дякуємо, це заводський брак. Новий плед «Шотландія» "
               "відправили сьогодні кур'єром, старий кур'єр забере під час доставки.\n\nЗ повагою,\nУляна", 0),
        ("uk", "Наталю, добрий день!\n\nФото отримали, дякуємо, шов на них добре видно.\n\nЗ повагою,\nУляна", 1),
    ],
)  # fmt: skip
def test_a_replacement_is_given_by_sending_a_new_one(lang: Lang, body: str, found: int) -> None:
    """«Заменить его можно?» - «Новый плед отправили сегодня»: the new one sent is the replacement, in any words;
    thanks for the photos are not."""
    assert _uq(REPLACE[lang], body) == found


PICK = {
    "ru": "Здравствуйте! Снимаю на Sony a6400. Подскажите, что лучше взять — Sigma 56mm f/1.4 или Sony 50mm f/1.8? "
    "И есть ли бленда в комплекте?\nЛеонид",
    "uk": "Добрий день! Знімаю на Sony a6400. Підкажіть, що краще взяти — Sigma 56mm f/1.4 чи Sony 50mm f/1.8? "
    "І чи є бленда в комплекті?\nЛеонід",
    "en": "Hello, I shoot on a Sony a6400. Which would you say is better for portraits, the Sigma 56mm f/1.4 or "
    "the Sony 50mm f/1.8? And does a lens hood come with it?\n\nLeonid",
}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ru", "Леонид, добрый день!\n\nДля портретов советую Sigma 56mm f/1.4: она резче на открытой диафрагме. "
               "Бленда входит в комплект.\n\nС уважением,\nГригорий"),
        ("uk", "Леоніде, добрий день!\n\nДля портретів раджу Sigma 56mm f/1.4: вона різкіша на відкритій діафрагмі. "
               "Бленда є в комплекті.\n\nЗ повагою,\nГригорій"),
        ("en", "Hi Leonid,\n\nFor portraits I'd go for the Sigma 56mm f/1.4: it is sharper wide open. A lens hood "
               "comes in the box.\n\nBest,\nGregory"),
    ],
)  # fmt: skip
def test_a_comparison_is_answered_by_picking_one_with_a_judgement(lang: Lang, body: str) -> None:
    """«Что лучше — A или B?» is answered by advising one or saying it is better."""
    assert _uq(PICK[lang], body) == 0


@pytest.mark.parametrize(
    ("original", "body"),
    [
        ("Здравствуйте! Что лучше взять — Bosch Serie 6 или Miele G7000?\nАнна",
         "Анна, здравствуйте!\n\nBosch Serie 6 на этой неделе продаётся со скидкой.\n\nС уважением,\nТом"),
        ("Добрий день! Що краще взяти — Bosch Serie 6 чи Miele G7000?\nАнна",
         "Анно, добрий день!\n\nBosch Serie 6 цього тижня продається зі знижкою.\n\nЗ повагою,\nТом"),
    ],
)  # fmt: skip
def test_naming_one_in_news_about_it_picks_nothing(original: str, body: str) -> None:
    """ "The Bosch is on sale this week" names one of the two and judges neither."""
    assert _uq(original, body) == 1


ASSEMBLY = {
    "en": "Hello, will the Nord chest of drawers come flat-packed? Will I manage to assemble it myself?\n\nTim",
    "ru": "Добрый день! Комод «Норд» привезут в разобранном виде? Справлюсь ли я со сборкой сам?\nТимофей",
    "uk": "Добрий день! Комод «Норд» привезуть у розібраному вигляді? Чи впораюся я зі збиранням сам?\nТимофій",
}


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "Hi Tim,\n\nYes, the Nord comes flat-packed in two boxes. Assembly is straightforward: all the fittings,"
               " an Allen key and picture instructions are in the box.\n\nBest,\nSveta", 0),
        ("ru", "Тимофей, добрый день!\n\nДа, комод «Норд» приезжает в разобранном виде, в двух коробках. Сборка "
               "несложная: в комплекте есть все крепления и инструкция с картинками.\n\nС уважением,\nСветлана", 0),
        ("uk", "Тимофію, добрий день!\n\nТак, комод «Норд» приїжджає в розібраному вигляді, у двох коробках. Збирання "
               "нескладне: у комплекті є всі кріплення та інструкція з малюнками.\n\nЗ повагою,\nСвітлана", 0),
        ("ru", "Тимофей, добрый день!\n\nДа, комод «Норд» приезжает в разобранном виде, в двух коробках.\n\n"
               "С уважением,\nСветлана", 1),
    ],
)  # fmt: skip
def test_how_hard_it_is_tells_whether_one_can_manage(lang: Lang, body: str, found: int) -> None:
    """«Справлюсь ли я со сборкой сам?» - «Сборка несложная»: how hard the task is takes a position on it."""
    assert _uq(ASSEMBLY[lang], body) == found


ABROAD = {
    "en": "Hello, do you deliver to Moldova? If so, how much is delivery to Chisinau?\n\nAndrew",
    "ru": "Здравствуйте! Доставляете ли вы в Молдову? Если да, сколько стоит доставка до Кишинёва?\nАндрей",
    "uk": "Добрий день! Чи доставляєте ви в Молдову? Якщо так, скільки коштує доставка до Кишинева?\nАндрій",
}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Hi Andrew,\n\nI'm afraid not: abroad we only deliver to Poland and Czechia. We can send it to any "
               "branch in Ukraine instead.\n\nBest,\nKate"),
        ("ru", "Андрей, добрый день!\n\nК сожалению, нет: за границу мы доставляем только в Польшу и Чехию. Можем "
               "отправить в любое отделение по Украине.\n\nС уважением,\nЕкатерина"),
        ("uk", "Андрію, добрий день!\n\nНа жаль, ні: за кордон ми доставляємо лише в Польщу та Чехію. Можемо "
               "надіслати в будь-яке відділення Нової пошти в Україні.\n\nЗ повагою,\nКатерина"),
    ],
)  # fmt: skip
def test_a_no_lead_is_the_no_an_if_so_waits_for(lang: Lang, body: str) -> None:
    """«На жаль, ні: ...» opens with the no itself: the "if so" question after it asks nothing."""
    assert _uq(ABROAD[lang], body) == 0


BE_IN = {
    "en": "Hi,\n\nMy Alder bookcase is booked for Thursday. Do I need to be in for the delivery? And what time will "
    "the van come?\n\nOwen",
    "ru": "Здравствуйте! Шкаф «Ольха» привезут в четверг. Нужно ли быть дома при доставке? И во сколько приедет "
    "машина?\nОлег",
    "uk": "Добрий день! Шафу «Вільха» привезуть у четвер. Чи треба бути вдома під час доставки? І о котрій приїде "
    "машина?\nОлег",
}


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        ("en", "Hi Owen,\n\nYou don't need to be in: the driver will leave it in your porch. The van will come on "
               "Thursday between 10am and 2pm.\n\nBest,\nIsabel", 0),
        ("en", "Hi Owen,\n\nYou don't need to pay anything extra. The van will come on Thursday between 10am and "
               "2pm.\n\nBest,\nIsabel", 1),
        ("ru", "Олег, добрый день!\n\nДома быть не нужно: водитель оставит шкаф у соседей. Машина приедет в четверг "
               "с 10 до 14.\n\nС уважением,\nИзабелла", 0),
        ("uk", "Олеже, добрий день!\n\nВдома бути не треба: водій залишить шафу в сусідів. Машина приїде в четвер з 10 "
               "до 14.\n\nЗ повагою,\nІзабела", 0),
    ],
)  # fmt: skip
def test_the_need_denied_in_its_own_words(lang: Lang, body: str, found: int) -> None:
    """ "Do I need to be in?" - "You don't need to be in": the words after the modal said back after the denial."""
    assert _uq(BE_IN[lang], body) == found


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Hi Ian,\n\nThe Luna takes a standard E27 bulb up to 40 W. Order our warm-white LED bulb with it.\n\n"
               "Add the matching linen shade to your basket as well.\n\nOrder before Sunday and we'll include a second "
               "bulb free.\n\nKind regards,\nDev"),
        ("ru", "Иван, добрый день!\n\nВ Luna подходит обычная лампа E27 до 40 Вт. Закажите нашу тёплую LED-лампу.\n\n"
               "Добавьте в корзину и льняной абажур.\n\nОформите заказ до воскресенья, и мы положим вторую лампу в "
               "подарок.\n\nС уважением,\nДенис"),
        ("uk", "Іване, добрий день!\n\nДо Luna підходить звичайна лампа E27 до 40 Вт. Замовте нашу теплу LED-лампу.\n\n"
               "Додайте в кошик і лляний абажур.\n\nОформіть замовлення до неділі, і ми покладемо другу лампу в "
               "подарунок.\n\nЗ повагою,\nДенис"),
    ],
)  # fmt: skip
def test_three_calls_to_order_our_things(lang: Lang, body: str) -> None:
    """ "Order our LED bulb", "Add the shade to your basket", "Order before Sunday and...": three calls in one
    reply; "order our" / "buy your" open a call as "order a" does."""
    found = [f for f in lint(body).findings if f.rule == "pushy"]
    assert found
