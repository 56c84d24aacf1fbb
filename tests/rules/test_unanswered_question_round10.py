"""unanswered-question: the classes blind round 10 taught, each with a good and a bad side, in new wordings (a fix
that only learnt the round's sentences fails here).

- a degree ("Only a little, if...", «Совсем немного», «Зовсім трохи») takes a position on a yes/no, and a lead that
  opens a paragraph no question claims answers the customer's first yes/no question;
"""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"


def _unanswered(lang: Lang, original: str, reply: str) -> list[str]:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


RUG = {
    "en": "Hello,\n\nWill the wool rug shed if I hoover it every day? Also one corner curls up. Can that be "
    "flattened?\n\nLeo",
    "ru": "Здравствуйте! Будет ли шерстяной ковёр линять, если пылесосить его каждый день? И ещё угол загибается, "
    "его можно выровнять?\nЛев",
    "uk": "Добрий день! Чи линятиме вовняний килим, якщо пилососити його щодня? І ще кут загинається, його можна "
    "вирівняти?\nЛев",
}
RUG_FIRST = {
    "en": "Will the wool rug shed if I hoover it every day?",
    "ru": "Будет ли шерстяной ковёр линять, если пылесосить его каждый день?",
    "uk": "Чи линятиме вовняний килим, якщо пилососити його щодня?",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Leo,\n\nSlightly, in the first weeks, if you use a beater bar; a suction head is gentler.\n\n"
               "The corner can be flattened: lay a heavy book on it for two days.\n\nBest,\nZoe"),
        ("ru", "Лев, добрый день!\n\nСовсем немного, в первые недели, если пылесосить щёткой; насадка без щётки "
               "бережнее.\n\nУгол можно выровнять: положите на него тяжёлую книгу на два дня.\n\nЗоя"),
        ("uk", "Леве, добрий день!\n\nЗовсім трохи, у перші тижні, якщо пилососити щіткою; насадка без щітки "
               "дбайливіша.\n\nКут можна вирівняти: покладіть на нього важку книжку на два дні.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_degree_opening_a_paragraph_answers_the_first_yes_no(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, RUG[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Leo,\n\nThanks for the photo.\n\nThe corner can be flattened: lay a heavy book on it for two "
               "days.\n\nBest,\nZoe"),
        ("ru", "Лев, добрый день!\n\nСпасибо за фото.\n\nУгол можно выровнять: положите на него тяжёлую книгу на "
               "два дня.\n\nЗоя"),
        ("uk", "Леве, добрий день!\n\nДякуємо за фото.\n\nКут можна вирівняти: покладіть на нього важку книжку на "
               "два дні.\n\nЗоя"),
    ],
)  # fmt: skip
def test_no_position_on_the_first_yes_no_leaves_it_unanswered(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, RUG[lang], reply) == [RUG_FIRST[lang]]
