"""What blind rounds 104-106 taught, in new wordings and three languages, each with a good and a bad side.

- unanswered-question: a "which" whose only word is the choosing («Какой взять?») is answered by advice on the
  thing named before it; an either/or between decimal numbers («0,25 чи 0,28?») by naming one; "whether you could
  print on both sides of the bag" asks about the printing, not the bag; a new one of the thing made ready gives no
  reason for "why did it happen?"; a clause of time is no alternative; getting in touch is no deed; a request said
  back in handing it on is not taken up; a need said of the thing («Застава потрібна») answers "do I need to".
- honest-unknown, sign-off, delay-notice: see `test_honest_unknown.py`; a place's adjective before a shop's name in
  quotes («обжарочная «Кофемолка»») signs as a team; a filter holding back debris, or food «легче переносится», is
  no delay.
"""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint import lint
from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # advice names the choice asked for by the choosing verb alone
        (
            "ru",
            "Хочу попробовать креатин. Какой взять для начала?",
            "Для начала советую обычный моногидрат креатина.",
            True,
        ),
        (
            "uk",
            "Хочу спробувати креатин. Який взяти для початку?",
            "Для початку раджу звичайний моногідрат креатину.",
            True,
        ),
        (
            "en",
            "I'd like to try creatine. Which one should I buy?",
            "I'd recommend a plain creatine monohydrate.",
            True,
        ),
        # a sentence on stock names no choice
        ("ru", "Хочу попробовать креатин. Какой взять для начала?", "Сейчас в наличии много разных брендов.", False),
        ("uk", "Хочу спробувати креатин. Який взяти для початку?", "Зараз у наявності багато різних брендів.", False),
        ("en", "I'd like to try creatine. Which one should I buy?", "We stock many different brands.", False),
        # (review) nor does advice on something else
        ("ru", "Хочу попробовать креатин. Какой взять для начала?", "Советую подписаться на нашу рассылку.", False),
        ("uk", "Хочу спробувати креатин. Який взяти для початку?", "Раджу підписатися на нашу розсилку.", False),
        ("en", "I'd like to try creatine. Which one should I buy?", "I'd recommend checking your spam folder.", False),
    ],
)
def test_a_which_of_choosing_alone_is_answered_by_advice(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    question = letter.split(". ")[1]
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [question])


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # one of two decimal numbers named picks it
        ("uk", "Яку волосінь порадите на коропа для фідера, 0,25 чи 0,28?", "Для фідера бери 0,25: вона тонша.", True),
        (
            "ru",
            "Какую леску посоветуете на карпа для фидера, 0,25 или 0,28?",
            "Для фидера бери 0,25: она тоньше.",
            True,
        ),
        (
            "en",
            "Which line would you suggest for carp on a feeder, 0.25 or 0.28?",
            "For the feeder take the 0.25: it's thinner.",
            True,
        ),
        # a number that is neither picks nothing
        (
            "uk",
            "Яку волосінь порадите на коропа для фідера, 0,25 чи 0,28?",
            "Волосінь продаємо котушками по 300 м.",
            False,
        ),
        (
            "ru",
            "Какую леску посоветуете на карпа для фидера, 0,25 или 0,28?",
            "Леску продаём катушками по 300 м.",
            False,
        ),
        (
            "en",
            "Which line would you suggest for carp on a feeder, 0.25 or 0.28?",
            "We sell the line on 300 m spools.",
            False,
        ),
    ],
)
def test_an_either_or_of_decimal_numbers(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [letter])


PRINT = {
    "en": "I was wondering whether you could engrave the lid of the box. How long would an order of 20 take?",
    "ru": "Интересно, могли бы вы выгравировать надпись на крышке шкатулки? Сколько займёт заказ на 20 штук?",
    "uk": "Цікаво, чи могли б ви вигравіювати напис на кришці скриньки? Скільки займе замовлення на 20 штук?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the thing named with a "no problem" about another matter says nothing of the engraving
        ("en", "An order of 20 boxes takes 7 working days, so your date is no problem.", False),
        ("ru", "Заказ на 20 шкатулок займёт 7 рабочих дней, так что к вашей дате успеем.", False),
        ("uk", "Замовлення на 20 скриньок займе 7 робочих днів, тож до вашої дати встигнемо.", False),
        # the deed said back does
        ("en", "Yes, we can engrave the lids. An order of 20 boxes takes 7 working days.", True),
        ("ru", "Да, надпись на крышках выгравируем. Заказ на 20 шкатулок займёт 7 рабочих дней.", True),
        ("uk", "Так, напис на кришках вигравіюємо. Замовлення на 20 скриньок займе 7 робочих днів.", True),
    ],
)
def test_a_deed_asked_of_the_shop_is_what_is_asked(lang: Lang, answer: str, answered: bool) -> None:
    question = PRINT[lang].split("? ")[0] + "?"
    if lang == "en":
        question = PRINT[lang].split(". ")[0]
    assert (question not in uq.unanswered(lang, uq.letter(lang, PRINT[lang]), answer)) is answered


CRACK = {
    "en": "The salad bowl came today with a crack across the bottom, though the box was fine. Why did that happen? "
    "Will you send a replacement?",
    "ru": "Сегодня пришла миска для салата, а на дне трещина, хотя упаковка целая. Почему так случилось? Вы "
    "отправите замену?",
    "uk": "Сьогодні прийшла миска для салату, а на дні тріщина, хоча упаковка ціла. Чому так сталося? Ви надішлете "
    "заміну?",
}
WHY = {"en": "Why did that happen?", "ru": "Почему так случилось?", "uk": "Чому так сталося?"}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # an apology and a new one made ready give no reason
        ("en", "We're so sorry about this. We've already packed a new bowl, and we'll send it tonight.", False),
        ("ru", "Приносим извинения. Новую миску мы уже упаковали и отправим сегодня вечером.", False),
        ("uk", "Перепрошуємо. Нову миску ми вже запакували й надішлемо сьогодні ввечері.", False),
        # what went wrong, told of another thing, does
        (
            "en",
            "We're so sorry: the new courier dropped the box at the depot. We'll send a new bowl tonight.",
            True,
        ),
        ("ru", "Простите: новый курьер повредил коробку на складе. Новую миску отправим сегодня вечером.", True),
        ("uk", "Вибачте: новий кур'єр пошкодив коробку на складі. Нову миску надішлемо сьогодні ввечері.", True),
    ],
)
def test_a_new_one_made_ready_gives_no_reason(lang: Lang, answer: str, answered: bool) -> None:
    assert (WHY[lang] not in uq.unanswered(lang, uq.letter(lang, CRACK[lang]), answer)) is answered


@pytest.mark.parametrize(
    ("lang", "signer", "kinds"),
    [
        ("ru", "обжарочная «Кофемолка»", []),
        ("ru", "пельменная «Уральская»", []),
        ("uk", "кондитерська «Тортик»", []),
        ("ru", "с любовью «Кофемолка»", ["no-name"]),
        ("uk", "дякуємо за «Тортик»", ["no-name"]),
    ],
)
def test_a_places_adjective_before_a_shop_name_signs(lang: Lang, signer: str, kinds: list[str]) -> None:
    body = {
        "ru": "Елена, здравствуйте!\n\nЗаказ отправили сегодня.\n\nС уважением,\n",
        "uk": "Вітаю, Олено!\n\nЗамовлення відправили сьогодні.\n\nЗ повагою,\n",
    }[lang]
    found = lint(body + signer, context={"language": lang}, select=["sign-off"]).findings
    assert [f.kind for f in found] == kinds


@pytest.mark.parametrize(
    ("lang", "sentence", "delay"),
    [
        # a filter holding back a substance moves no date
        ("uk", "Губка у фільтрі затримує дрібне сміття й корм.", False),
        ("ru", "Губка в фильтре задерживает мелкий мусор и корм.", False),
        ("uk", "Сітка в зливі затримує волосся й пісок.", False),
        ("ru", "Перевозчик задерживает посылки из-за снега.", True),
        ("ru", "Поставщик задерживает остаток заказа до следующей недели.", True),
        ("ru", "Перевозчик задерживает посылки из-за непогоды.", True),
        ("uk", "Перевізник затримує посилки через негоду.", True),
        # round 105: nor a food "tolerated" better
        ("ru", "Советую Brit Care Sensitive: такой корм обычно легче переносится.", False),
        ("uk", "Раджу Brit Care Sensitive: такий корм зазвичай легше переноситься.", False),
        ("ru", "Доставка вашего заказа переносится.", True),
        ("uk", "Доставка вашого замовлення переноситься.", True),
    ],
)
def test_look_alikes_of_a_delay(lang: Lang, sentence: str, delay: bool) -> None:
    greeting, closing = {
        "ru": ("Елена, добрый день!", "С уважением,\nИрина"),
        "uk": ("Вітаю, Олено!", "З повагою,\nІрина"),
    }[lang]
    found = lint(f"{greeting}\n\n{sentence}\n\n{closing}", context={"language": lang}, select=["delay-notice"]).findings
    assert bool(found) is delay


FEEDING = {
    "en": "Can I keep feeding her the adult food until the right sack arrives, or should I stop straight away?",
    "ru": "Можно кормить её взрослым кормом, пока не придёт нужный мешок, или сразу перестать?",
    "uk": "Можна годувати її дорослим кормом, поки не прийде потрібний мішок, чи одразу припинити?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # round 105: the alternative is what is done, not the clause of time that ends it
        ("en", "You can keep feeding Bella the adult food for a day or two without any harm.", True),
        ("ru", "Взрослым кормом кормить Беллу день-два можно, вреда не будет.", True),
        ("uk", "Дорослим кормом годувати Беллу день-два можна, шкоди не буде.", True),
        ("en", "The right sack went out this morning.", False),
        ("uk", "Потрібний мішок уже відправили сьогодні вранці.", False),
    ],
)
def test_a_clause_of_time_is_no_alternative(lang: Lang, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, FEEDING[lang]), answer) == ([] if answered else [FEEDING[lang]])


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # round 105: getting in touch is a promise to look into it, not the deed asked for
        ("uk", "Чи можете ви надіслати нове коліщатко?", "Ми розглянемо Ваше звернення і зв'яжемося з Вами.", False),
        ("ru", "Можете прислать новое колёсико?", "Мы рассмотрим ваше обращение и свяжемся с вами.", False),
        ("en", "Could you send a new castor?", "We'll send a new castor tomorrow and get back to you.", True),
        ("uk", "Чи можете ви надіслати нове коліщатко?", "Нове коліщатко надішлемо завтра і зв'яжемося з Вами.", True),
        ("ru", "Можете прислать новое колёсико?", "Новое колёсико отправим завтра и свяжемся с вами.", True),
        # unless getting in touch is what was asked
        ("uk", "Чи можете ви мені передзвонити?", "Так, ми зв'яжемося з Вами сьогодні до 18:00.", True),
        ("ru", "Можете мне перезвонить?", "Да, мы свяжемся с вами сегодня до 18:00.", True),
        ("en", "Could you call me back?", "Yes, we'll contact you today before 6pm.", True),
    ],
)
def test_getting_in_touch_is_no_deed(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [letter])


ARM = {
    "uk": "У моїх окулярах тріснула дужка. Це гарантійний випадок? Чи можете ви надіслати нову дужку поштою?",
    "ru": "У моих очков треснула дужка. Это гарантийный случай? Можете прислать новую дужку почтой?",
    "en": "The arm of my glasses has cracked. Is that covered by the warranty? Could you send me a new arm?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # round 105: the request's words said back in handing it on take nothing up
        (
            "uk",
            "Так, тріщина дужки в перший рік — гарантійний випадок. Ваше прохання надіслати нову дужку поштою я "
            "передала нашій майстерні.",
            False,
        ),
        (
            "ru",
            "Да, трещина дужки в первый год — гарантийный случай. Вашу просьбу прислать новую дужку почтой я "
            "передала в нашу мастерскую.",
            False,
        ),
        # done, it is answered
        ("uk", "Так, це гарантійний випадок. Нову дужку надішлемо поштою завтра.", True),
        ("ru", "Да, это гарантийный случай. Новую дужку пришлём почтой завтра.", True),
        ("en", "Yes, that's covered. We'll send you a new arm tomorrow.", True),
    ],
)
def test_a_request_said_back_in_handing_it_on(lang: Lang, answer: str, answered: bool) -> None:
    request = ARM[lang].rsplit("? ", 1)[1]
    assert (request not in uq.unanswered(lang, uq.letter(lang, ARM[lang]), answer)) is answered


DEPOSIT = {
    "uk": "Скільки це коштуватиме? І чи потрібно залишати заставу?",
    "ru": "Сколько это будет стоить? И нужно ли оставлять залог?",
    "en": "How much will it cost? And do we need to leave a deposit?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # round 106: the need said of the thing needed answers "do I need to"
        ("uk", "Два велосипеди коштуватимуть 960 грн. Застава потрібна: 2000 грн за велосипед.", True),
        ("ru", "Два велосипеда обойдутся в 960 рублей. Залог нужен: 2000 рублей за велосипед.", True),
        ("en", "Two bikes come to £96. Yes, a deposit is needed: £50 per bike.", True),
        ("uk", "Два велосипеди коштуватимуть 960 грн. Велосипеди видаємо з 10:00.", False),
        ("ru", "Два велосипеда обойдутся в 960 рублей. Велосипеды выдаём с 10:00.", False),
        ("en", "Two bikes come to £96. Bikes are ready from 10am.", False),
    ],
)
def test_a_need_said_of_the_thing(lang: Lang, answer: str, answered: bool) -> None:
    question = DEPOSIT[lang].split("? ")[1]
    assert (question not in uq.unanswered(lang, uq.letter(lang, DEPOSIT[lang]), answer)) is answered


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # (review) times that are the alternatives stay the alternatives
        ("en", "Should I apply the balm before or after shaving?", "Apply it after shaving, on dry skin.", True),
        ("ru", "Наносить бальзам до или после бритья?", "Наносите его после бритья, на сухую кожу.", True),
        ("uk", "Наносити бальзам до чи після гоління?", "Наносьте його після гоління, на суху шкіру.", True),
        # (review) a reason told about a new courier is a reason
        (
            "en",
            "The parcel came three days late. Why was the delivery late?",
            "We moved to a new courier this month, and their depot in Leeds had a backlog.",
            True,
        ),
        (
            "ru",
            "Посылка пришла на три дня позже. Почему доставка опоздала?",
            "В этом месяце мы перешли на нового перевозчика, и у его склада был завал.",
            True,
        ),
        (
            "uk",
            "Посилка прийшла на три дні пізніше. Чому доставка запізнилася?",
            "Цього місяця ми перейшли на нового перевізника, і на його складі був завал.",
            True,
        ),
        # (review) getting in touch does a request to be told
        ("uk", "Чи можете написати мені, коли синій з'явиться?", "Зв'яжемося з Вами, щойно синій з'явиться.", True),
        # (review) a model's "6s" is no number
        ("en", "Will the 6s get the new update?", "The 6s will get the update in March.", True),
    ],
)
def test_what_the_review_found(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    question = letter.rsplit(". ", 1)[-1]
    assert uq.unanswered(lang, uq.letter(lang, letter), answer) == ([] if answered else [question])
