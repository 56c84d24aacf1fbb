"""unanswered-question: what answers what, as its page settles it (requests done, positions taken, places however
precise, honest unknowns in impersonal words), and what is not a question (wishes, complaints about effort).

The wordings here are new, not the blind rounds' cases: each test is a class of mail, so a fix that only learnt a
round's sentences fails here.
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang
from replylint_rules.unanswered_question.answer_types import _NO_SIZE_UNIT
from replylint_rules.unanswered_question.languages import kindred

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


@pytest.mark.parametrize(
    ("lang", "original", "reply"),
    [
        # a request answered by doing it
        (
            "en",
            "Hello,\n\nThe lid of my teapot arrived chipped. Could you send me a new lid?\n\nMaya",
            "Hi Maya,\n\nSorry about that. A new lid went out this morning by tracked post.\n\nBest,\nOwen",
        ),
        (
            "en",
            "Hi,\n\nHow do I arrange a collection for the faulty kettle?\n\nLeo",
            "Hi Leo,\n\nI've arranged the collection for Tuesday, 10 June; the courier brings the label.\n\nBest,\nAnn",
        ),
        (
            "ru",
            "Здравствуйте! Пришла треснутая ваза. Можете заменить её?\nИрина",
            "Ирина, здравствуйте!\n\nНовую вазу отправили сегодня, трек-номер пришлём в SMS.\n\nС уважением,\nОлег",
        ),
        (
            "uk",
            "Добрий день! Чи можна замінити розбиту тарілку?\nОксана",
            "Оксано, добрий день!\n\nНову тарілку відправимо завтра за наш рахунок.\n\nЗ повагою,\nІра",
        ),
        # a yes/no about a charge answered by "free" or a percentage
        (
            "en",
            "Hi,\n\nDo you gift-wrap orders, and is there a charge for it?\n\nSue",
            "Hi Sue,\n\nYes, we gift-wrap any order, and it's free.\n\nBest,\nTom",
        ),
        # a size question answered by naming the size
        (
            "uk",
            "Добрий день! Який розмір светра брати, якщо зазвичай ношу M?\nОлег",
            "Олегу, добрий день!\n\nБеріть L: светр сідає після прання.\n\nЗ повагою,\nІра",
        ),
        # "which" answered by instructions
        (
            "ru",
            "Здравствуйте! Чем мыть замшевые ботинки?\nАнна",
            "Анна, здравствуйте!\n\nЧистите их сухой щёткой, а пятна убирайте специальным ластиком.\n\nС уважением,\nОля",  # noqa: E501 (a test's literal text)
        ),
        # a "when" that says in which state: the question asks what, a measurement answers it
        (
            "en",
            "Hi,\n\nWhat is the height of the Fold desk when raised?\n\nKim",
            "Hi Kim,\n\nRaised, the Fold desk is 118 cm high.\n\nBest,\nAnn",
        ),
        # "what's going on" is answered by what happened
        (
            "en",
            "Hi,\n\nMy sofa was due yesterday and nobody came. What's going on?\n\nRob",
            "Hi Rob,\n\nI'm sorry: the van broke down on the motorway, so every delivery on that route was moved. "
            "Your sofa will come on Friday, 13 June, between 8am and 1pm.\n\nBest,\nAnn",
        ),
        # a place however precise
        (
            "uk",
            "Добрий день! Де знайти гарантійний талон?\nПетро",
            "Петре, добрий день!\n\nГарантійний талон лежить у коробці, під інструкцією.\n\nЗ повагою,\nІра",
        ),
        # an honest unknown in impersonal words
        (
            "ru",
            "Добрый день! Когда снова будут кеды Vans в 38 размере?\nЮля",
            "Юля, добрый день!\n\nК сожалению, сроки поставки этих кед пока неизвестны. Я напишу вам, как только "
            "поставщик их сообщит.\n\nС уважением,\nОля",
        ),
        (
            "uk",
            "Добрий день! Коли знову з'явиться чай Ahmad з бергамотом?\nНіна",
            "Ніно, добрий день!\n\nНа жаль, дати наступного постачання поки невідомі. Щойно дізнаюся, напишу Вам."
            "\n\nЗ повагою,\nІра",
        ),
        # a request refused with its reason
        (
            "en",
            "Hi,\n\nCould you deliver my order on Sunday?\n\nAl",
            "Hi Al,\n\nUnfortunately our couriers don't work at weekends, so the earliest slot is Monday, 9 June.\n\n"
            "Best,\nAnn",
        ),
        # a bare "Of course." answers the first yes/no question
        (
            "en",
            "Hi,\n\nCan I return the shoes if they don't fit, and how long do I have?\n\nAl",
            "Hi Al,\n\nOf course. You have 30 days from delivery to send them back.\n\nBest,\nAnn",
        ),
        # a lone "where" answered without its words, by a place with something to do there
        (
            "en",
            "Hi,\n\nWhere can I find the manual for the Breeze fan?\n\nAl",
            "Hi Al,\n\nYou can download it from our website.\n\nBest,\nAnn",
        ),
        # a lone "why" answered by what happened, in words of its own
        (
            "uk",
            "Добрий день! Навіщо ви списали з картки гроші двічі?\nІра",
            "Ірино, добрий день!\n\nВибачте, це збій платіжної системи: другий платіж був лише блокуванням, банк зніме "
            "його протягом трьох днів.\n\nЗ повагою,\nОля",
        ),
        # a yes/no about a quantity answered by a count in words
        (
            "uk",
            "Добрий день! Чи багато ще залишилося ламп Luna на складі?\nОлег",
            "Олегу, добрий день!\n\nНа складі зараз три лампи Luna.\n\nЗ повагою,\nІра",
        ),
    ],
)
def test_answered_in_the_ways_the_page_lists(lang: Lang, original: str, reply: str) -> None:
    assert _unanswered(lang, original, reply) == []


@pytest.mark.parametrize(
    ("lang", "original", "reply", "unanswered"),
    [
        # the subject mentioned in another question's answer is not a position on this one
        (
            "en",
            "Hi,\n\nWhen will the Alba bed arrive? And does the bed need tools to assemble?\n\nJo",
            "Hi Jo,\n\nThe Alba bed will arrive on Monday, 16 June, between 7am and 11am.\n\nBest,\nAnn",
            ["And does the bed need tools to assemble?"],
        ),
        # "why" needs a reason: the subject said back is none
        (
            "uk",
            "Добрий день! Чому мені досі не повернули гроші?\nОля",
            "Олю, добрий день!\n\nВибачте за затримку. Гроші повернемо протягом трьох робочих днів.\n\nЗ повагою,\nІра",
            ["Чому мені досі не повернули гроші?"],
        ),
        # a date about the thing asked about does not answer another yes/no about it
        (
            "ru",
            "Добрый день! Хотела уточнить, есть ли гарантия на кофемашину.\nОльга",
            "Ольга, добрый день!\n\nКофемашину доставим в четверг.\n\nС уважением,\nИгорь",
            ["Хотела уточнить, есть ли гарантия на кофемашину"],
        ),
        # an either/or "which" is answered only by one of the alternatives
        (
            "ru",
            "Здравствуйте! Как вернуть куртку? И кто платит за обратную пересылку — я или магазин?\nДенис",
            "Денис, здравствуйте!\n\nВернуть куртку можно в личном кабинете: нажмите «Вернуть товар» и выберите пункт "
            "СДЭК.\n\nС уважением,\nОля",
            ["И кто платит за обратную пересылку — я или магазин?"],
        ),
        # "Done:" answers the request above, not an unrelated question in the P.S.
        (
            "en",
            "Hi,\n\nPlease change my delivery address to 4 Elm Road, Leeds LS2 7EE.\n\nThanks,\nAmy\n\n"
            "P.S. Do you still stock the navy Arlo scarf?",
            "Hi Amy,\n\nDone: your order will now go to 4 Elm Road, Leeds LS2 7EE.\n\nBest,\nAnn",
            ["P.S. Do you still stock the navy Arlo scarf?"],
        ),
        # an undated promise to tell is no date and no admission
        (
            "en",
            "Hi,\n\nWhen will my back-ordered lamp ship?\n\nNed",
            "Hi Ned,\n\nSorry for the wait. We'll email you the moment it ships.\n\nBest,\nAnn",
            ["When will my back-ordered lamp ship?"],
        ),
        # a question buried after "and", without a comma
        (
            "en",
            "Hi,\n\nI'd like two more mugs for the office and wanted to check whether they are dishwasher safe.\n\nLou",
            "Hi Lou,\n\nThank you! Two more mugs are on their way and will arrive on Thursday, 12 June.\n\nBest,\nAnn",
            ["wanted to check whether they are dishwasher safe"],
        ),
    ],
)
def test_unanswered_although_the_reply_is_near(lang: Lang, original: str, reply: str, unanswered: list[str]) -> None:
    assert _unanswered(lang, original, reply) == unanswered


@pytest.mark.parametrize(
    ("lang", "original"),
    [
        ("en", "Hi, hope your weekend went well?\n\nDo you sell the Orla vase in green?\n\nMo"),
        (
            "en",
            "Hi,\n\nThe plate came in pieces. Honestly, how hard is it to use bubble wrap? Do you sell the Orla vase in "  # noqa: E501 (a test's literal text)
            "green?\n\nMo",
        ),
        ("ru", "Здравствуйте! Надеюсь, у вас всё хорошо?\n\nЕсть ли ваза Orla в зелёном цвете?\nМаша"),
        ("ru", "Ваза пришла разбитой. Сложно было нормально упаковать? Есть ли ваза Orla в зелёном цвете?\nМаша"),
        ("uk", "Добрий день! Сподіваюся, у вас усе гаразд?\n\nЧи є ваза Orla в зеленому кольорі?\nМарія"),
        ("ru", "Здравствуйте! Сын ещё спросил: а зачем вазе такая коробка? Есть ли ваза Orla в зелёном цвете?\nМаша"),
    ],
)
def test_wishes_complaints_and_retold_questions_need_no_answer(lang: Lang, original: str) -> None:
    reply = {
        "en": "Hi Mo,\n\nYes, the Orla vase is in stock in green.\n\nBest,\nAnn",
        "ru": "Маша, здравствуйте!\n\nДа, ваза Orla есть в зелёном цвете.\n\nС уважением,\nОля",
        "uk": "Маріє, добрий день!\n\nТак, ваза Orla є в зеленому кольорі.\n\nЗ повагою,\nІра",
    }[lang]
    assert _unanswered(lang, original, reply) == []


def test_a_reply_with_nothing_above_the_quote_leaves_every_question_unanswered() -> None:
    original = "Hi,\n\nDo you ship to Malta? And how much is postage?\n\nEva"
    reply = (
        "On Mon, 2 Jun 2025 at 10:00, Eva <eva@example.com> wrote:\n> Hi,\n>\n> Do you ship to Malta? And how "
        "much is postage?\n>\n> Eva\n"
    )
    found = lint(reply, original, context={"language": "en"}, select=[RULE]).by_rule(RULE)
    assert sorted(str(f.data["full_question"]) for f in found) == ["And how much is postage?", "Do you ship to Malta?"]
    assert {f.data["reason"] for f in found} == {"the reply has no text of its own"}


def test_a_reply_that_only_puts_the_answer_off_is_an_acknowledgement() -> None:
    original = "Hello, is the oak board oiled, and can it go in the dishwasher?\n\nGrace"
    reply = (
        "Hello Grace,\n\nOur workshop is closed this week. We will reply to your email when we return.\n\n"
        "Warm wishes,\nTimber Co"
    )
    assert _unanswered("en", original, reply) == []


@pytest.mark.parametrize(
    ("original", "reply"),
    [
        (
            "Здравствуйте! Вы отправляете посылки в Молдову?\nКсения",
            "Ксеніє, добрий день!\n\nТак, ми відправляємо посилки до Молдови, доставка займає 5–7 днів.\n\nЗ повагою,\nІра",  # noqa: E501 (a test's literal text)
        ),
        (
            "Здравствуйте! Покупаю у вас духовку Bosch HBA534. Вы делаете установку?\nСергей",
            "Сергію, добрий день!\n\nТак, встановлюємо: майстер підключить духовку за 600 грн.\n\nЗ повагою,\nІра",
        ),
    ],
)
def test_russian_questions_meet_ukrainian_cognates(original: str, reply: str) -> None:
    assert _unanswered("uk", original, reply) == []


@pytest.mark.parametrize(
    ("ru", "uk"),
    [
        ("отправлять", "відправляти"),
        ("платёж", "платіж"),
        ("выставка", "виставка"),
        ("объём", "об'єм"),
    ],
)
def test_kindred_spellings_meet(ru: str, uk: str) -> None:
    a, b = kindred(ru), kindred(uk)
    assert a[:4] == b[:4]


def test_an_initial_does_not_cut_a_question() -> None:
    original = "Добрый день! Есть ли у вас сборник стихов А. С. Пушкина 1949 года?\nНина"
    reply = "Нина, здравствуйте!\n\nДа, сборник есть, состояние хорошее, цена 2 400 руб.\n\nС уважением,\nОля"
    assert _unanswered("ru", original, reply) == []


@pytest.mark.parametrize(
    ("measure", "no_size"),
    [("25 метров", False), ("3 метрів", False), ("220 В", True), ("65W", True), ("30 °C", True), ("140 cm", False)],
)
def test_a_unit_gives_no_size_only_standing_whole(measure: str, no_size: bool) -> None:
    # the volt «В» ignoring case is also the «в» ending «метров»: a size in metres is a size
    assert (_NO_SIZE_UNIT.search(measure) is not None) is no_size
