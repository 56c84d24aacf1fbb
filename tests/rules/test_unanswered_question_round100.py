"""unanswered-question: classes left open after round 99 and what blind round 100 taught, in new wordings, each with
a good and a bad side: "Where is my order?" is told by a sentence on the delivery that says when or where, naming the
goods in words of its own."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang

WHERE_IS_MY_ORDER = {
    "en": "Where is my order 60231? I ordered a standing desk from you ten days ago.",
    "ru": "Где мой заказ 60231? Заказывала стол у вас две недели назад.",
    "uk": "Де моє замовлення 60231? Замовляла стіл у вас два тижні тому.",
}
AND_MY_REFUND = {
    "en": "Where is my order 60231? And when will my refund for the lamp arrive?",
    "ru": "Где мой заказ 60231? И когда вернут деньги за лампу?",
    "uk": "Де моє замовлення 60231? І коли повернуть гроші за лампу?",
}


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        (
            "en",
            WHERE_IS_MY_ORDER,
            "Your standing desk is at the DPD depot in Leeds; the driver brings it on Thursday.",
            True,
        ),
        ("ru", WHERE_IS_MY_ORDER, "Ваш стол сейчас на складе СДЭК в Казани, курьер привезёт его в четверг.", True),
        ("uk", WHERE_IS_MY_ORDER, "Ваш стіл зараз на складі Нової пошти у Львові, кур'єр привезе його в четвер.", True),
        # the goods named, but nothing said of where they are or when they come
        ("en", WHERE_IS_MY_ORDER, "Thank you for choosing us. Our desks are made from solid oak.", False),
        ("ru", WHERE_IS_MY_ORDER, "Спасибо, что выбрали нас. Наши столы делают из массива дуба.", False),
        ("uk", WHERE_IS_MY_ORDER, "Дякуємо, що обрали нас. Наші столи виготовляють з масиву дуба.", False),
        # a dated delivery sentence another question of the letter takes up is that question's answer
        ("en", AND_MY_REFUND, "Your refund for the lamp arrives on Monday.", False),
        ("ru", AND_MY_REFUND, "Деньги за лампу придут на карту в понедельник.", False),
        ("uk", AND_MY_REFUND, "Гроші за лампу надійдуть на картку в понеділок.", False),
    ],
)
def test_where_is_my_order_is_told_by_the_delivery(
    lang: Lang, letter: dict[str, str], answer: str, answered: bool
) -> None:
    question = letter[lang].split("?")[0] + "?"
    assert uq.unanswered(lang, uq.letter(lang, letter[lang]), answer) == ([] if answered else [question])


JEANS = {
    "ru": "Джинсы Levi's 501 маломерят? И какая у них длина по шву?",
    "uk": "Джинси Levi's 501 маломірять? І яка в них довжина по шву?",
    "en": "Do the Levi's 501 jeans come up small? And what is their inside leg?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "unanswered"),
    [
        # the first question's own word said back outranks a word of the same topic (a size) the second shares
        ("ru", "Они маломерят. Длина по шву — 81 см.", []),
        ("uk", "Вони маломірять. Довжина по шву — 81 см.", []),
        ("en", "They do come up small. The inside leg is 81 cm.", []),
        # the size word alone says nothing of the first
        ("ru", "Длина по шву — 81 см.", ["Джинсы Levi's 501 маломерят?"]),
        ("uk", "Довжина по шву — 81 см.", ["Джинси Levi's 501 маломірять?"]),
        ("en", "The inside leg is 81 cm.", ["Do the Levi's 501 jeans come up small?"]),
    ],
)
def test_a_word_said_as_such_outranks_a_topic_word(lang: Lang, answer: str, unanswered: list[str]) -> None:
    assert uq.unanswered(lang, uq.letter(lang, JEANS[lang]), answer) == unanswered


SNOWSUIT = {
    "ru": "Рост у него 110 см, обхват груди 58 см. Какой размер брать? И шапка идёт в комплекте?",
    "uk": "Зріст у нього 110 см, обхват грудей 58 см. Який розмір брати? І шапка йде в комплекті?",
    "en": "He is 110 cm tall with a 58 cm chest. Which size should I get? And does the hat come with it?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # a temperature below zero is no size, whatever sign it is written with
        ("ru", "Да, шапка идёт в комплекте. Комбинезон очень тёплый, рассчитан на морозы до −30 °C.", False),
        ("uk", "Так, шапка йде в комплекті. Комбінезон дуже теплий, розрахований на морози до −30 °C.", False),
        ("en", "Yes, the hat comes with it. The snowsuit is very warm, rated down to -30 °C.", False),
        ("ru", "Да, шапка идёт в комплекте. Берите размер 116: комбинезон рассчитан на морозы до −30 °C.", True),
        ("uk", "Так, шапка йде в комплекті. Беріть розмір 116: комбінезон розрахований на морози до −30 °C.", True),
        ("en", "Yes, the hat comes with it. Get the 116: the snowsuit is rated down to −30 °C.", True),
    ],
)
def test_a_signed_temperature_is_no_size(lang: Lang, answer: str, answered: bool) -> None:
    question = SNOWSUIT[lang].split(". ")[1].split("?")[0] + "?"
    assert uq.unanswered(lang, uq.letter(lang, SNOWSUIT[lang]), answer) == ([] if answered else [question])


@pytest.mark.parametrize(
    ("letter", "answer", "answered"),
    [
        # "how long is" a process asks its duration
        ("How long is delivery?", "Delivery takes 10 to 14 working days.", True),
        ("How long is shipping to Leeds?", "Shipping to Leeds takes 2-3 working days.", True),
        ("How long is assembly?", "Assembly takes about 40 minutes.", True),
        ("How long is delivery?", "Delivery is free over £50.", False),
        # of a thing, its length
        ("How long is the cable?", "The cable is 1.5 m.", True),
        ("How long is the cable?", "The cable is black.", False),
    ],
)
def test_how_long_of_a_process_asks_a_duration(letter: str, answer: str, answered: bool) -> None:
    assert uq.unanswered("en", uq.letter("en", letter), answer) == ([] if answered else [letter])


JERSEY = "Do you deliver to Jersey? If you do, what would delivery cost, and roughly how long would it take?"


@pytest.mark.parametrize(
    ("answer", "unanswered"),
    [
        # a price asked beside "how long would it take" is still asked: the duration alone leaves it open
        ("Yes, we deliver to Jersey. Delivery there takes 10 to 14 working days.", [JERSEY.split("? ")[1]]),
        ("Yes, we deliver to Jersey for £95. Delivery there takes 10 to 14 working days.", []),
    ],
)
def test_a_price_beside_how_long_it_takes_stays_asked(answer: str, unanswered: list[str]) -> None:
    assert uq.unanswered("en", uq.letter("en", JERSEY), answer) == unanswered
