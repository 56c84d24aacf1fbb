"""unanswered-question: the classes blind round 9 taught, each with a good and a bad side, in new wordings (a fix
that only learnt the round's sentences fails here).

- a smiley (":)", ":)))", "))") closes a sentence as an emoji does: the "Yes" after it opens the next one;
- a "when will" question is not answered by the date of something that already happened, unless that sentence
  is about the question's own subject.
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


STOOL = {
    "en": "Hello,\n\nThe bar stool arrived today and looks lovely. Will you make it in a taller version too?\n\nMia",
    "ru": "Здравствуйте! Барный стул пришёл, выглядит отлично. Будет ли он в более высоком варианте?\nМила",
    "uk": "Добрий день! Барний стілець прийшов, виглядає чудово. Чи буде він у вищому варіанті?\nМіла",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Mia,\n\nLovely to hear :))) Yes, an 80 cm model joins the range in spring.\n\nBest,\nTom"),
        ("en", "Hi Mia,\n\nThank you :) Yes, an 80 cm model joins the range in spring.\n\nBest,\nTom"),
        ("ru", "Мила, добрый день!\n\nРады, что понравился))) Да, модель на 80 см появится весной.\n\nАнна"),
        ("ru", "Мила, добрый день!\n\nСпасибо :) Да, модель на 80 см появится весной.\n\nАнна"),
        ("uk", "Міло, добрий день!\n\nРаді, що сподобався))) Так, модель на 80 см з'явиться навесні.\n\nАнна"),
        ("uk", "Міло, добрий день!\n\nДякуємо ;-) Так, модель на 80 см з'явиться навесні.\n\nАнна"),
    ],
)  # fmt: skip
def test_a_yes_after_a_smiley_opens_its_sentence(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, STOOL[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Mia,\n\nLovely to hear :))) Glad the stool suits your kitchen.\n\nBest,\nTom"),
        ("ru", "Мила, добрый день!\n\nРады, что понравился))) Хорошо, что стул подошёл к кухне.\n\nАнна"),
        ("uk", "Міло, добрий день!\n\nРаді, що сподобався))) Добре, що стілець пасує до кухні.\n\nАнна"),
    ],
)  # fmt: skip
def test_a_smiley_alone_answers_nothing(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, STOOL[lang], reply) == [STOOL_QUESTION[lang]]


STOOL_QUESTION = {
    "en": "Will you make it in a taller version too?",
    "ru": "Будет ли он в более высоком варианте?",
    "uk": "Чи буде він у вищому варіанті?",
}

DEPOSIT = {
    "en": "Hello,\n\nI left the rented tent at your depot. When will my deposit come back to my account?\n\nLiam",
    "ru": "Здравствуйте! Я сдал арендованную палатку на склад. Когда залог вернётся на мой счёт?\nЛев",
    "uk": "Добрий день! Я здав орендований намет на склад. Коли застава повернеться на мій рахунок?\nЛев",
}
DEPOSIT_QUESTION = {
    "en": "When will my deposit come back to my account?",
    "ru": "Когда залог вернётся на мой счёт?",
    "uk": "Коли застава повернеться на мій рахунок?",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Liam,\n\nWe checked the tent in on Tuesday, 8 July, and it is in good order.\n\nBest,\nZoe"),
        ("ru", "Лев, добрый день!\n\nМы приняли палатку во вторник, 8 июля, с ней всё в порядке.\n\nЗоя"),
        ("uk", "Леве, добрий день!\n\nМи прийняли намет у вівторок, 8 липня, з ним усе гаразд.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_past_date_does_not_say_when_it_will_happen(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, DEPOSIT[lang], reply) == [DEPOSIT_QUESTION[lang]]


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Liam,\n\nWe checked the tent in on Tuesday; the deposit is back on Friday, 11 July.\n\nBest,\nZoe"),
        ("en", "Hi Liam,\n\nWe returned your deposit to your account on Tuesday, 8 July.\n\nBest,\nZoe"),
        ("ru", "Лев, добрый день!\n\nПалатку приняли во вторник, залог вернётся в пятницу, 11 июля.\n\nЗоя"),
        ("ru", "Лев, добрый день!\n\nЗалог мы вернули на ваш счёт во вторник, 8 июля.\n\nЗоя"),
        ("uk", "Леве, добрий день!\n\nНамет прийняли у вівторок, застава повернеться в пʼятницю, 11 липня.\n\nЗоя"),
        ("uk", "Леве, добрий день!\n\nЗаставу ми повернули на ваш рахунок у вівторок, 8 липня.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_date_ahead_or_a_past_date_of_the_thing_asked_answers(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, DEPOSIT[lang], reply) == []


def test_a_when_question_about_the_past_takes_a_past_date() -> None:
    original = "Hello,\n\nWhen did you receive the tent I sent back?\n\nLiam"
    reply = "Hi Liam,\n\nWe checked it in on Tuesday, 8 July.\n\nBest,\nZoe"
    assert _unanswered("en", original, reply) == []


VASE = {
    "en": "Hello,\n\nMy glass vase came cracked. Can you send me a new one? And do I have to post the cracked vase "
    "back?\n\nNoah",
    "ru": "Здравствуйте! Ваза пришла с трещиной. Можете выслать мне новую? И нужно ли отправлять треснувшую вазу "
    "обратно?\nНиколай",
    "uk": "Добрий день! Ваза прийшла з тріщиною. Можете вислати мені нову? І чи треба відправляти тріснуту вазу "
    "назад?\nМикола",
}
VASE_REQUEST = {
    "en": "Can you send me a new one?",
    "ru": "Можете выслать мне новую?",
    "uk": "Можете вислати мені нову?",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Noah,\n\nSorry about that. A fresh vase went out this morning by courier. There's no need to post "
               "the cracked vase back.\n\nBest,\nZoe"),
        ("ru", "Николай, добрый день!\n\nПриносим извинения. Мы уже отправили вам курьером другую вазу. Отправлять "
               "треснувшую вазу обратно не нужно.\n\nЗоя"),
        ("uk", "Миколо, добрий день!\n\nПеробачте. Ми вже відправили вам кур'єром іншу вазу. Відправляти тріснуту "
               "вазу назад не треба.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_request_done_in_other_words_answers_it(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, VASE[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Noah,\n\nSorry about that. There's no need to post the cracked vase back.\n\nBest,\nZoe"),
        ("ru", "Николай, добрый день!\n\nПриносим извинения. Отправлять треснувшую вазу обратно не нужно.\n\nЗоя"),
        ("uk", "Миколо, добрий день!\n\nПеробачте. Відправляти тріснуту вазу назад не треба.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_request_not_done_stays_unanswered(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, VASE[lang], reply) == [VASE_REQUEST[lang]]


JACKET = {
    "en": "Hello,\n\nIs the Ridge jacket lined, or just a shell?\n\nAva",
    "ru": "Здравствуйте! Куртка Ridge утеплённая, или просто ветровка?\nАня",
    "uk": "Добрий день! Куртка Ridge утеплена, або просто вітрівка?\nАня",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ava,\n\nIt's fully lined with recycled fleece, so it works well into the autumn.\n\nBest,\nZoe"),
        ("ru", "Аня, добрый день!\n\nОна утеплённая: внутри флис, носить можно до поздней осени.\n\nЗоя"),
        ("uk", "Аню, добрий день!\n\nВона утеплена: всередині фліс, носити можна до пізньої осені.\n\nЗоя"),
    ],
)  # fmt: skip
def test_an_alternative_before_a_comma_and_or_is_named(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, JACKET[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ava,\n\nIt comes in navy and olive, sizes XS to XL.\n\nBest,\nZoe"),
        ("ru", "Аня, добрый день!\n\nОна есть в синем и оливковом цвете, размеры от XS до XL.\n\nЗоя"),
        ("uk", "Аню, добрий день!\n\nВона є в синьому й оливковому кольорі, розміри від XS до XL.\n\nЗоя"),
    ],
)  # fmt: skip
def test_naming_neither_alternative_does_not_answer(lang: Lang, reply: str) -> None:
    assert len(_unanswered(lang, JACKET[lang], reply)) == 1


SHELF = {
    "en": "Hello,\n\nHow long does the Nordic oat drink keep unopened?\n\nEve",
    "ru": "Здравствуйте! Какой срок хранения у овсяного напитка Nordic?\nЕва",
    "uk": "Добрий день! Який термін зберігання вівсяного напою Nordic?\nЄва",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Eve,\n\nThe Nordic oat drink keeps 1.5 years unopened.\n\nBest,\nZoe"),
        ("ru", "Ева, добрый день!\n\nСрок хранения напитка Nordic — 2 года в закрытой упаковке.\n\nЗоя"),
        ("uk", "Єво, добрий день!\n\nТермін зберігання напою Nordic — 2 роки в закритій упаковці.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_term_in_years_answers_a_term(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, SHELF[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Eve,\n\nThe Nordic oat drink is made from Swedish oats.\n\nBest,\nZoe"),
        ("ru", "Ева, добрый день!\n\nНапиток Nordic делают из шведского овса.\n\nЗоя"),
        ("uk", "Єво, добрий день!\n\nНапій Nordic роблять зі шведського вівса.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_term_without_one_stays_unanswered(lang: Lang, reply: str) -> None:
    assert len(_unanswered(lang, SHELF[lang], reply)) == 1


DESKS = {
    "en": "Hello,\n\nWhat is the lead time for 6 standing desks? And can you deliver to our office in Leeds?\n\nRay",
    "ru": "Здравствуйте! Какой срок поставки 6 столов? И возможна ли доставка в наш офис в Туле?\nРоман",
    "uk": "Добрий день! Який термін постачання 6 столів? І чи можлива доставка до нашого офісу в Луцьку?\nРоман",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ray,\n\nThe desks are in stock; we will deliver them to your Leeds office on Tuesday, 9 "
               "December.\n\nBest,\nZoe"),
        ("ru", "Роман, добрый день!\n\nСтолы есть на складе, доставим их в Ваш офис в Туле во вторник, 9 декабря."
               "\n\nЗоя"),
        ("uk", "Романе, добрий день!\n\nСтоли є на складі, доставимо їх до Вашого офісу в Луцьку у вівторок, 9 "
               "грудня.\n\nЗоя"),
    ],
)  # fmt: skip
def test_one_dated_sentence_answers_the_lead_time_and_the_delivery(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, DESKS[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ray,\n\nYes, we deliver to offices in Leeds.\n\nBest,\nZoe"),
        ("ru", "Роман, добрый день!\n\nДа, доставка в офисы в Туле возможна.\n\nЗоя"),
        ("uk", "Романе, добрий день!\n\nТак, доставка до офісів у Луцьку можлива.\n\nЗоя"),
    ],
)  # fmt: skip
def test_the_delivery_answered_without_a_date_leaves_the_lead_time(lang: Lang, reply: str) -> None:
    assert len(_unanswered(lang, DESKS[lang], reply)) == 1


NEWSLETTER = {
    "en": "Hello,\n\nHow do I stop the weekly recipe e-mails? They fill my inbox.\n\nIda",
    "ru": "Здравствуйте! Как отменить еженедельную рассылку рецептов? Она забивает почту.\nИда",
    "uk": "Добрий день! Як скасувати щотижневу розсилку рецептів? Вона забиває пошту.\nІда",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ida,\n\nWe've switched the weekly recipe e-mails off for your address.\n\nBest,\nZoe"),
        ("ru", "Ида, добрый день!\n\nЕженедельную рассылку рецептов мы уже отключили для вашего адреса.\n\nЗоя"),
        ("uk", "Ідо, добрий день!\n\nЩотижневу розсилку рецептів ми вже вимкнули для вашої адреси.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_how_done_for_the_customer_in_another_verb_answers(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, NEWSLETTER[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ida,\n\nYou subscribed to the weekly recipe e-mails in March.\n\nBest,\nZoe"),
        ("ru", "Ида, добрый день!\n\nНа еженедельную рассылку рецептов вы подписались в марте.\n\nЗоя"),
        ("uk", "Ідо, добрий день!\n\nНа щотижневу розсилку рецептів ви підписалися в березні.\n\nЗоя"),
    ],
)  # fmt: skip
def test_what_the_customer_did_is_no_how(lang: Lang, reply: str) -> None:
    assert len(_unanswered(lang, NEWSLETTER[lang], reply)) == 1
