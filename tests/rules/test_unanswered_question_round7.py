"""unanswered-question: the classes blind round 7 taught, each with a good and a bad side, in new wordings (a fix
that only learnt the round's sentences fails here).

- Apple Mail's attribution inside an interleaved reply's quote is no part of the customer's first question;
- "How <quality> is it?" asks a degree: a measurement or the quality said back answers it, an unrelated
  sentence does not (English grammar: Russian and Ukrainian ask it with «насколько» / «наскільки», not handled);
- "charging" before a noun names a power lead, not a price, so a length answers "how long is the charging cable";
- an impersonal "there is no information on ..." is the honest answer honest-unknown reads it as;
- the money returned to the customer is a remedy, no reason for a "why".
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


INTERLEAVED = {
    "en": (
        "Hello,\nDo you sell the Alto kettle in white?\nHow much is delivery to Leeds?\nJo",
        "Hi Jo,\n\nAnswers below.\n\n> On 3 Dec 2026, at 09:00, Jo Lane <jo@example.com> wrote:\n>\n"
        "> Do you sell the Alto kettle in white?\n\n{first}\n\n> How much is delivery to Leeds?\n\n"
        "Delivery to Leeds is £4.95.\n\nBest,\nSam\nAlto Homeware",
        ("Yes, we have the Alto in white for £39.", "Thanks for asking about the Alto."),
    ),
    "ru": (
        "Здравствуйте!\nЕсть ли чайник «Альт» в белом цвете?\nСколько стоит доставка в Тверь?\nИрина",
        "Ирина, здравствуйте!\n\nОтвечаю под вопросами.\n\n> 3 дек. 2026 г., в 09:00, Ирина Лебедева "
        "<irina@example.ru> написал(а):\n>\n> Есть ли чайник «Альт» в белом цвете?\n\n{first}\n\n"
        "> Сколько стоит доставка в Тверь?\n\nДоставка в Тверь стоит 350 рублей.\n\nС уважением,\nОльга",
        ("Да, белый «Альт» есть, 2900 рублей.", "Спасибо за интерес к «Альту»."),
    ),
    "uk": (
        "Добрий день!\nЧи є чайник «Альт» у білому кольорі?\nСкільки коштує доставка до Рівного?\nОксана",
        "Оксано, добрий день!\n\nВідповідаю під питаннями.\n\n> 3 груд. 2026 р. о 09:00 Оксана Мельник "
        "<oksana@example.ua> написала:\n>\n> Чи є чайник «Альт» у білому кольорі?\n\n{first}\n\n"
        "> Скільки коштує доставка до Рівного?\n\nДоставка до Рівного коштує 80 грн.\n\nЗ повагою,\nІрина",
        ("Так, білий «Альт» є, 1200 грн.", "Дякуємо за інтерес до «Альта»."),
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_attribution_inside_an_interleaved_quote_is_no_part_of_the_question(lang: Lang) -> None:
    original, reply, (answered, unanswered) = INTERLEAVED[lang]
    assert _unanswered(lang, original, reply.format(first=answered)) == []
    missed = _unanswered(lang, original, reply.format(first=unanswered))
    assert len(missed) == 1 and missed[0] == original.split("\n")[1], missed


DEGREE = "Hello,\n\nHow warm are the Tundra boots? Our winters reach -20.\n\nThanks,\nMo"


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        ("Hi Mo,\n\nThe Tundra boots are rated to -30 °C, so -20 is no problem.\n\nBest,\nLee", True),
        ("Hi Mo,\n\nThe Tundra boots are very warm: the lining is sheep's wool.\n\nBest,\nLee", True),
        ("Hi Mo,\n\nThe Tundra boots come in black and tan.\n\nBest,\nLee", False),
    ],
)
def test_a_degree_question_is_answered_by_a_measurement_or_the_quality(reply: str, answered: bool) -> None:
    assert (_unanswered("en", DEGREE, reply) == []) is answered


def test_how_exactly_still_asks_a_way() -> None:
    original = "Hello,\n\nHow exactly is the bed assembled?\n\nThanks,\nMo"
    reply = "Hi Mo,\n\nThe bed frame is 160 cm wide.\n\nBest,\nLee"
    assert _unanswered("en", original, reply) == ["How exactly is the bed assembled?"]


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        ("Hi Kim,\n\nThe charging lead is 1.5 m long, USB-C at both ends.\n\nBest,\nLee", True),
        ("Hi Kim,\n\nThe charging lead comes in the box with the lamp.\n\nBest,\nLee", False),
    ],
)
def test_a_charging_lead_is_measured_not_priced(reply: str, answered: bool) -> None:
    original = "Hello,\n\nHow long is the charging lead of the Beam lamp?\n\nKim"
    assert (_unanswered("en", original, reply) == []) is answered


@pytest.mark.parametrize(
    ("lang", "original", "honest", "silent"),
    [
        (
            "ru",
            "Здравствуйте! На сколько лет хватает фильтра в кувшине «Родник»?\nПавел",
            "Павел, здравствуйте!\n\nК сожалению, сведений о ресурсе фильтра «Родник» у нас нет: завод его не "
            "публикует.\n\nС уважением,\nИрина",
            "Павел, здравствуйте!\n\nКувшин «Родник» есть в синем и сером цвете.\n\nС уважением,\nИрина",
        ),
        (
            "uk",
            "Добрий день! На скільки років вистачає фільтра в глечику «Джерело»?\nПавло",
            "Павле, добрий день!\n\nНа жаль, інформації про ресурс фільтра «Джерело» в нас немає: завод її не "
            "публікує.\n\nЗ повагою,\nІрина",
            "Павле, добрий день!\n\nГлечик «Джерело» є в синьому і сірому кольорі.\n\nЗ повагою,\nІрина",
        ),
    ],
)
def test_an_impersonal_no_information_is_an_honest_answer(lang: Lang, original: str, honest: str, silent: str) -> None:
    assert _unanswered(lang, original, honest) == []
    assert len(_unanswered(lang, original, silent)) == 1


@pytest.mark.parametrize(
    ("lang", "original", "remedy", "reason"),
    [
        (
            "en",
            "Hello,\n\nWhy was my order 5521 cancelled?\n\nRuth",
            "Hi Ruth,\n\nSorry about that. The full £42 is back on your card.\n\nBest,\nLee",
            "Hi Ruth,\n\nYour bank declined the payment, so the system cancelled order 5521.\n\nBest,\nLee",
        ),
        (
            "ru",
            "Здравствуйте! Почему отменили заказ 5521?\nРуслана",
            "Руслана, здравствуйте!\n\nИзвините. Все 4200 рублей уже вернулись на вашу карту.\n\nС уважением,\nЛев",
            "Руслана, здравствуйте!\n\nБанк отклонил платёж, поэтому система отменила заказ 5521.\n\nС уважением,\nЛев",
        ),
        (
            "uk",
            "Добрий день! Чому скасували замовлення 5521?\nРуслана",
            "Руслано, добрий день!\n\nВибачте. Усі 900 грн уже повернулися на вашу картку.\n\nЗ повагою,\nЛев",
            "Руслано, добрий день!\n\nБанк відхилив платіж, тому система скасувала замовлення 5521.\n\nЗ повагою,\nЛев",
        ),
    ],
)
def test_money_back_is_a_remedy_not_a_reason(lang: Lang, original: str, remedy: str, reason: str) -> None:
    assert len(_unanswered(lang, original, remedy)) == 1
    assert _unanswered(lang, original, reason) == []


TOP_POSTED = {
    "en": (
        "Hello,\n\nCan I collect the desk from your Leeds shop? And is there a charge for assembly?\n\nSam",
        "Hi Sam,\n\nYes, you can collect the desk from our Leeds shop any weekday. Assembly is free of charge.\n\n"
        "On 3 Jun 2026, at 10:00, Sam <sam@example.com> wrote:\n> Can I collect the desk from your Leeds shop? "
        "And is there a charge for assembly?\n\nP.S. We are closed on Sundays.\n\nBest,\nAnna",
    ),
    "ru": (
        "Здравствуйте! Можно ли забрать стол в магазине в Туле? И платная ли сборка?\nСемён",
        "Семён, здравствуйте!\n\nДа, забрать стол в нашем магазине в Туле можно в будни. Сборка бесплатная.\n\n"
        "3 июня 2026 г., в 10:00, Семён <semyon@example.ru> написал(а):\n> Можно ли забрать стол в магазине в "
        "Туле? И платная ли сборка?\n\nP.S. В воскресенье мы закрыты.\n\nС уважением,\nАнна",
    ),
    "uk": (
        "Добрий день! Чи можна забрати стіл у магазині в Луцьку? І чи платне складання?\nСемен",
        "Семене, добрий день!\n\nТак, забрати стіл у нашому магазині в Луцьку можна в будні. Складання "
        "безкоштовне.\n\n3 черв. 2026 р. о 10:00 Семен <semen@example.ua> написав:\n> Чи можна забрати стіл у "
        "магазині в Луцьку? І чи платне складання?\n\nP.S. У неділю ми зачинені.\n\nЗ повагою,\nАнна",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_top_posted_answer_with_a_postscript_under_the_quote_still_answers(lang: Lang) -> None:
    """One quoted block with text under it (a P.S., a signature) is no interleaved reply: the answer above counts."""
    original, reply = TOP_POSTED[lang]
    assert _unanswered(lang, original, reply) == []


@pytest.mark.parametrize(
    ("lang", "original", "reply"),
    [
        (
            "en",
            "Hello,\n\nWhen will my desk arrive? And is there a charge for assembly?\n\nSam",
            "Hi Sam,\n\nThanks for your order!\nIt arrives on Monday.\nAssembly is free.\n\nBest,\nAnna",
        ),
        (
            "ru",
            "Здравствуйте! Когда привезут стол? И сколько стоит сборка?\nСемён",
            "Здравствуйте, Семён!\n\nСпасибо за заказ!\nСтол привезём в понедельник.\nСборка бесплатная.\n\n"
            "С уважением,\nАнна",
        ),
        (
            "uk",
            "Добрий день! Коли привезуть стіл? І скільки коштує складання?\nСемен",
            "Добрий день, Семене!\n\nДякуємо за замовлення!\nСтіл привеземо в понеділок.\nСкладання безкоштовне.\n\n"
            "З повагою,\nАнна",
        ),
    ],
)
def test_an_early_thank_you_line_does_not_start_the_signature(lang: Lang, original: str, reply: str) -> None:
    assert _unanswered(lang, original, reply) == []


def test_a_question_quoted_again_and_again_is_judged_once_per_block_not_per_copy() -> None:
    body = "Hi Anna,\n\n" + "Anna wrote on 3 June at 10:00:\n> Where is it?\n" * 300 + "\nBest,\nTom"
    missed = _unanswered("en", "Hi,\n\nWhere is it?\n\nAnna", body)
    assert missed == ["Where is it?"]  # one finding, within the rule's time budget (an internal-error otherwise)
