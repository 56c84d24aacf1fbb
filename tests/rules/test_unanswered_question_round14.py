"""unanswered-question: the classes blind round 14 taught, each with a good and a bad side, in new wordings.

- "Can it be fixed?", «Это можно исправить?», «Це можна виправити?» with nothing but a pronoun for what is broken
  asks about the trouble told before it: what can be done about that trouble answers it;
- a yes that opens a second clause after ", and" takes a position ("…, and yes, you can");
- "how long it is" asks for a length, which a measurement answers (not a date);
- a pleasantry about the agent's week («Як ваш тиждень?») asks nothing;
- a Russian question about a greeting card is taken up by a Ukrainian «листівка».
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


GREETING = {"en": "Hi,\n\n", "ru": "Здравствуйте!\n\n", "uk": "Вітаю!\n\n"}
CLOSING = {"en": "\n\nKind regards,\nAnna", "ru": "\n\nС уважением,\nАнна", "uk": "\n\nЗ повагою,\nАнна"}

REMEDY = {
    "en": ("Hi,\n\nThe zip on my Arlo rucksack has come off its track and the bag won't close. Can it be fixed? Will "
           "the bag stay waterproof?\n\nTom",
           "We can replace the zip slider: send the rucksack to our workshop with the free label attached. Yes, it "
           "stays waterproof after the repair.",
           "Yes, it stays waterproof."),
    "ru": ("Здравствуйте! У рюкзака «Арло» молния сошла с дорожки, и он не закрывается. Это можно исправить? Он "
           "останется непромокаемым?\nТимур",
           "Бегунок молнии можно заменить: отправьте рюкзак в нашу мастерскую по бесплатной накладной. Да, после "
           "ремонта он останется непромокаемым.",
           "Да, он останется непромокаемым."),
    "uk": ("Вітаю! У рюкзака «Арло» блискавка зійшла з доріжки, і він не закривається. Це можна виправити? Він "
           "залишиться непромокальним?\nТарас",
           "Бігунок блискавки можна замінити: надішліть рюкзак у нашу майстерню за безкоштовною накладною. Так, "
           "після ремонту він залишиться непромокальним.",
           "Так, він залишиться непромокальним."),
}  # fmt: skip

AND_YES = {
    "en": ("Hi,\n\nDoes the lamp come with a bulb? Can I dim it?\n\nTom",
           "The lamp comes with a warm LED bulb, and yes, you can dim it with the switch on the cable.",
           "The lamp comes with a warm LED bulb, and the cable is two metres long."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_remedy_asked_of_a_pronoun_is_about_the_trouble_before(lang: Lang) -> None:
    original, good, bad = REMEDY[lang]
    assert _unanswered(lang, original, GREETING[lang] + good + CLOSING[lang]) == []
    assert len(_unanswered(lang, original, GREETING[lang] + bad + CLOSING[lang])) == 1


def test_a_yes_opening_a_second_clause_takes_a_position() -> None:
    original, good, bad = AND_YES["en"]
    assert _unanswered("en", original, GREETING["en"] + good + CLOSING["en"]) == []
    assert _unanswered("en", original, GREETING["en"] + bad + CLOSING["en"]) == ["Can I dim it?"]


def test_how_long_it_is_asks_for_a_length() -> None:
    original = "Hi,\n\nI'd like to know whether the Oak table extends, and how long it is when extended.\n\nJo"
    good = "Yes, the Oak table extends with a leaf under the top. It is 150 cm closed and 200 cm extended."
    bad = "Yes, the Oak table extends with a leaf stored under the top."
    assert _unanswered("en", original, GREETING["en"] + good + CLOSING["en"]) == []
    assert _unanswered("en", original, GREETING["en"] + bad + CLOSING["en"]) == ["and how long it is when extended"]


@pytest.mark.parametrize(
    ("lang", "original"),
    [
        ("uk", "Доброго ранку! Як ваш тиждень, не завалили замовленнями?\n\nЧи є шарф у сірому кольорі?\nЛеся"),
        ("ru", "Доброе утро! Как ваша неделя, не завалили заказами?\n\nЕсть ли шарф в сером цвете?\nЛеся"),
        ("en", "Morning! How's your weekend going?\n\nDo you have the scarf in grey?\nLesya"),
    ],
)
def test_a_pleasantry_about_the_week_asks_nothing(lang: Lang, original: str) -> None:
    reply = {"uk": "Так, сірий шарф є в наявності.", "ru": "Да, серый шарф есть в наличии.",
             "en": "Yes, the grey scarf is in stock."}[lang]  # fmt: skip
    assert _unanswered(lang, original, GREETING[lang] + reply + CLOSING[lang]) == []


def test_a_greeting_card_across_russian_and_ukrainian() -> None:
    original = "Здравствуйте! Сколько стоит доставка торта на Оболонь? И можно ли добавить открытку?\nИнна"
    good = "Доставка торта на Оболонь коштує 120 грн. Листівку додамо безкоштовно."
    bad = "Доставка торта на Оболонь коштує 120 грн."
    assert _unanswered("uk", original, GREETING["uk"] + good + CLOSING["uk"]) == []
    assert _unanswered("uk", original, GREETING["uk"] + bad + CLOSING["uk"]) == ["И можно ли добавить открытку?"]
