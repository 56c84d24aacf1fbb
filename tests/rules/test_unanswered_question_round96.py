"""unanswered-question: what blind round 96 taught, in new wordings, each in en, ru and uk with a good and a bad
side: a quality said back with its degree or a figure answers "does it ... much?", "how often?" takes a Ukrainian
«що-» frequency («щопонеділка», «щоранку»), and «Как дела с моим заказом?» asks the order's status."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        # the quality said back first, its degree after it
        ("ru", "Пальто «Ирма» мнётся?", "Мнётся оно совсем чуть-чуть, ткань с шерстью."),
        ("uk", "Светр «Фйорд» кусається?", "Кусається він зовсім трохи: це вовна з кашеміром."),
        # a degree asked, the quality said back with a figure or a degree
        ("en", "Do the Breeze cotton sheets shrink much in the wash?", "They shrink by about 2% after the first wash."),
        ("ru", "Сильно ли садятся джинсы «Атлас» после стирки?", "Джинсы садятся примерно на 1 см по длине."),
        ("uk", "Чи дуже линяє рушник «Мрія» при пранні?", "Рушник линяє зовсім трохи лише під час першого прання."),
    ],
)
def test_a_quality_said_back_with_its_degree_answers(lang: Lang, question: str, answer: str) -> None:
    assert uq.unanswered(lang, uq.letter(lang, question), answer) == []


@pytest.mark.parametrize(
    ("lang", "question", "answer"),
    [
        # the thing said back with no word of the quality, or the quality in another word's form, takes no position
        ("ru", "Пальто «Ирма» мнётся?", "Пальто «Ирма» есть в размерах 42–50."),
        ("ru", "Пальто «Ирма» мнётся?", "Мнущиеся ткани мы отпариваем перед отправкой."),
        ("en", "Do the Breeze cotton sheets shrink much in the wash?", "The Breeze sheets are made in Portugal."),
        ("uk", "Чи дуже линяє рушник «Мрія» при пранні?", "Рушник «Мрія» пошитий з бавовни в Україні."),
    ],
)
def test_the_quality_said_back_without_a_degree_is_no_answer(lang: Lang, question: str, answer: str) -> None:
    assert uq.unanswered(lang, uq.letter(lang, question), answer) == [question]


@pytest.mark.parametrize(
    ("lang", "question", "answer", "answered"),
    [
        ("uk", "Як часто оновлюється розділ «Знижки»?", "Розділ «Знижки» оновлюємо щоп'ятниці.", True),
        ("uk", "Як часто ви поливаєте розсаду в теплиці?", "Розсаду в теплиці поливаємо щоранку.", True),
        ("ru", "Как часто вы проверяете склад на остатки?", "Склад на остатки проверяем ежеквартально.", True),
        ("en", "How often do you restock the clearance shelf?", "We restock the clearance shelf fortnightly.", True),
        ("uk", "Як часто оновлюється розділ «Знижки»?", "Розділ «Знижки» є в меню вгорі сторінки.", False),
    ],
)
def test_how_often_takes_a_frequency(lang: Lang, question: str, answer: str, answered: bool) -> None:
    assert uq.unanswered(lang, uq.letter(lang, question), answer) == ([] if answered else [question])


@pytest.mark.parametrize(
    ("lang", "question", "status", "courtesy"),
    [
        ("en", "How are things with my order 48213?", "Order 48213 was packed and handed to DPD today.", "Thanks!"),
        ("ru", "Как дела с моим заказом 48213?", "Заказ 48213 собран и сегодня передан в СДЭК.", "Спасибо!"),
        ("ru", "Как у вас дела с возвратом за куртку?", "Деньги за куртку вернули вчера на карту.", "Спасибо!"),
        ("uk", "Як справи з моїм замовленням 48213?", "Замовлення 48213 сьогодні передали на Нову пошту.", "Дякуємо!"),
    ],
)
def test_a_status_asked_in_a_pleasantrys_words(lang: Lang, question: str, status: str, courtesy: str) -> None:
    """«Как дела с моим заказом?» asks the order's status, as the page says: the status answers it, thanks do not."""
    assert uq.unanswered(lang, uq.letter(lang, question), status) == []
    assert uq.unanswered(lang, uq.letter(lang, question), courtesy) == [question]


@pytest.mark.parametrize(
    ("lang", "letter"),
    [
        ("en", "How are things? I hope the move went well."),
        ("ru", "Как дела? Надеюсь, переезд прошёл хорошо."),
        ("uk", "Як справи? Сподіваюся, переїзд минув добре."),
    ],
)
def test_the_pleasantry_alone_asks_nothing(lang: Lang, letter: str) -> None:
    thanks = {"en": "Thanks!", "ru": "Спасибо!", "uk": "Дякуємо!"}[lang]
    assert uq.unanswered(lang, uq.letter(lang, letter), thanks) == []
