"""unanswered-question: the classes blind round 10 taught, each with a good and a bad side, in new wordings (a fix
that only learnt the round's sentences fails here).

- a degree ("Only a little, if...", «Совсем немного», «Зовсім трохи») takes a position on a yes/no, and a lead that
  opens a paragraph no question claims answers the customer's first yes/no question;
- a short why with one word of its own ("Why did it happen?", «Почему так вышло?») asks about the story before it:
  a reason anywhere in the reply answers it, an apology alone does not;
- "Can it be replaced?", «Можно ли её заменить?» is a request with a pronoun inside: doing it answers it;
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


BLINDS = {
    "en": "Hello,\n\nThe fitter was booked for Tuesday but never turned up. Why did it happen? And when can he come "
    "now?\n\nOwen",
    "ru": "Здравствуйте! Монтажника ждали во вторник, но он так и не пришёл. Почему так получилось? И когда он "
    "теперь придёт?\nОлег",
    "uk": "Добрий день! Монтажника чекали у вівторок, але він так і не прийшов. Чому так сталося? І коли він тепер "
    "прийде?\nОлег",
}
BLINDS_WHY = {"en": "Why did it happen?", "ru": "Почему так получилось?", "uk": "Чому так сталося?"}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Owen,\n\nOur van broke down on the ring road, so the whole round was cancelled, and nobody rang "
               "you: that is our fault. The fitter will come on Friday, 14 March, between 9 and 12.\n\nBest,\nZoe"),
        ("ru", "Олег, добрый день!\n\nФургон сломался на кольцевой из-за поломки двигателя, а диспетчер вам не "
               "позвонил. Монтажник придёт в пятницу, 14 марта, с 9 до 12.\n\nЗоя"),
        ("uk", "Олеже, добрий день!\n\nФургон зламався на кільцевій через поломку двигуна, а диспетчер Вам не "
               "зателефонував. Монтажник прийде в п'ятницю, 14 березня, з 9 до 12.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_reason_anywhere_answers_a_short_why(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, BLINDS[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Owen,\n\nWe're very sorry. The fitter will come on Friday, 14 March, between 9 and 12.\n\n"
               "Best,\nZoe"),
        ("ru", "Олег, добрый день!\n\nПриносим извинения. Монтажник придёт в пятницу, 14 марта, с 9 до 12.\n\nЗоя"),
        ("uk", "Олеже, добрий день!\n\nПеробачте, будь ласка. Монтажник прийде в п'ятницю, 14 березня, з 9 до 12."
               "\n\nЗоя"),
    ],
)  # fmt: skip
def test_an_apology_gives_no_reason(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, BLINDS[lang], reply) == [BLINDS_WHY[lang]]


LAMP = {
    "en": "Hello,\n\nThe lamp arrived with a dented shade. Could it be exchanged?\n\nRuth",
    "ru": "Здравствуйте! Лампа пришла с помятым абажуром. Можно ли его обменять?\nРуфь",
    "uk": "Добрий день! Лампа прийшла з пом'ятим абажуром. Чи можна його обміняти?\nРута",
}


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ruth,\n\nSorry about that. A new lamp left our warehouse this morning.\n\nBest,\nZoe"),
        ("ru", "Руфь, добрый день!\n\nПростите. Новую лампу мы отправили сегодня утром.\n\nЗоя"),
        ("uk", "Руто, добрий день!\n\nПеробачте. Нову лампу ми відправили сьогодні вранці.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_request_with_a_pronoun_inside_is_answered_by_doing_it(lang: Lang, reply: str) -> None:
    assert _unanswered(lang, LAMP[lang], reply) == []


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("en", "Hi Ruth,\n\nSorry about that. Please keep the dented shade.\n\nBest,\nZoe"),
        ("ru", "Руфь, добрый день!\n\nПростите. Помятый абажур можно оставить себе.\n\nЗоя"),
        ("uk", "Руто, добрий день!\n\nПеробачте. Пом'ятий абажур можна залишити собі.\n\nЗоя"),
    ],
)  # fmt: skip
def test_a_request_with_a_pronoun_inside_not_done_stays_unanswered(lang: Lang, reply: str) -> None:
    assert len(_unanswered(lang, LAMP[lang], reply)) == 1
