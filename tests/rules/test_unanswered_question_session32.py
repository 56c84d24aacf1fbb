"""unanswered-question: a model named by its number with a case ending or suffix («1130-е», "the 1130s") names the
thing asked of; a question word inside a hyphenated indefinite pronoun («что-то», «що-небудь») opens no question."""

from __future__ import annotations

import pytest
import uq_cases as uq

from replylint.model import Lang

BOOTS = {
    "ru": "Ботинки Ecco 1130 растягиваются? И какая длина стельки в 42-м размере?",
    "uk": "Черевики Ecco 1130 розтягуються? І яка довжина устілки в 42-му розмірі?",
    "en": "Do the Asics 1130 run small? And how long is the insole in a size 9?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # the model's number said with its ending, beside the verb asked, settles it
        ("ru", "Короче, 1130-е растягиваются, так что берите свой размер. Длина стельки в 42-м размере — 27 см.", True),
        ("uk", "Коротко: 1130-ті розтягуються, тож беріть свій розмір. Довжина устілки в 42-му розмірі — 27 см.", True),
        ("en", "In short, the 1130s run small, so we'd suggest a size up. The insole in a size 9 is 27 cm long.", True),
        # the number beside another verb does not
        ("ru", "Короче, 1130-е есть в наличии, берите свой размер. Длина стельки в 42-м размере — 27 см.", False),
        ("uk", "Коротко: 1130-ті є в наявності, беріть свій розмір. Довжина устілки в 42-му розмірі — 27 см.", False),
        ("en", "The 1130s are in stock, so take your usual size. The insole in a size 9 is 27 cm long.", False),
    ],
)
def test_a_model_named_by_its_number(lang: Lang, answer: str, answered: bool) -> None:
    question = BOOTS[lang].split("?")[0] + "?"
    assert (question not in uq.unanswered(lang, uq.letter(lang, BOOTS[lang]), answer)) is answered


REFUND = {
    "ru": "Вернул куртку курьером 3 ноября. Что с возвратом денег? Нужно ли мне ещё что-то подписать или прислать?",
    "uk": "Повернула куртку кур'єром 3 листопада. Що з поверненням коштів? Чи треба мені ще що-небудь підписати чи "
    "надіслати?",
    "en": "I sent the jacket back on 3 November. What's happening with my refund? Do I need to sign or send anything "
    "else?",
}


@pytest.mark.parametrize(
    ("lang", "answer", "answered"),
    [
        # "something" opens no second question: left unanswered, the question is reported whole
        ("ru", "Возврат оформлен: 5 400 ₽ вернули на вашу карту сегодня, 10 ноября.", False),
        ("uk", "Повернення оформлене: 5 400 грн повернули на вашу картку сьогодні, 10 листопада.", False),
        ("en", "Your refund is done: £54 went back to your card today, 10 November.", False),
        # and a no said of the whole question answers it
        (
            "ru",
            "Возврат оформлен: 5 400 ₽ вернули на вашу карту сегодня, 10 ноября. Больше ничего подписывать или "
            "присылать не нужно.",
            True,
        ),
        (
            "uk",
            "Повернення оформлене: 5 400 грн повернули на вашу картку сьогодні, 10 листопада. Більше нічого "
            "підписувати чи надсилати не потрібно.",
            True,
        ),
        (
            "en",
            "Your refund is done: £54 went back to your card today, 10 November. You don't need to sign or send "
            "anything else.",
            True,
        ),
    ],
)
def test_an_indefinite_pronoun_asks_nothing(lang: Lang, answer: str, answered: bool) -> None:
    question = REFUND[lang].rsplit("? ", 1)[1]
    assert uq.unanswered(lang, uq.letter(lang, REFUND[lang]), answer) == ([] if answered else [question])


@pytest.mark.parametrize(
    ("lang", "letter", "answer", "answered"),
    [
        # a service's name ending in a participle ("Royal Mail Tracked") tells no past event beside the time
        (
            "en",
            "How much is delivery to Belfast? And how long does it take?",
            "Delivery to Belfast costs £4.50. It takes 3 to 4 working days with Royal Mail Tracked.",
            True,
        ),
        (
            "en",
            "How much is delivery to Leeds? And how long does it take?",
            "Delivery to Leeds costs £3.95 and takes 2 to 3 working days by DPD Signed.",
            True,
        ),
        (
            "ru",
            "Сколько стоит доставка в Казань? И сколько она идёт?",
            "Доставка в Казань стоит 390 ₽ и идёт 3–4 рабочих дня службой СДЭК Экспресс.",
            True,
        ),
        (
            "uk",
            "Скільки коштує доставка до Львова? І скільки вона триває?",
            "Доставка до Львова коштує 80 грн і триває 1–2 робочі дні службою Нова Пошта Експрес.",
            True,
        ),
        # a time told as past still dates what happened, not the delivery asked about
        (
            "en",
            "How much is delivery to Belfast? And how long does it take?",
            "Delivery to Belfast costs £4.50. We shipped a parcel to Belfast on 3 June.",
            False,
        ),
        (
            "ru",
            "Сколько стоит доставка в Казань? И сколько она идёт?",
            "Доставка в Казань стоит 390 ₽. Мы отправляли посылку в Казань 3 июня.",
            False,
        ),
        (
            "uk",
            "Скільки коштує доставка до Львова? І скільки вона триває?",
            "Доставка до Львова коштує 80 грн. Ми відправляли посилку до Львова 3 червня.",
            False,
        ),
    ],
)
def test_a_name_ending_in_a_participle_tells_no_past(lang: Lang, letter: str, answer: str, answered: bool) -> None:
    second = letter.split("? ")[1]
    assert (second not in uq.unanswered(lang, uq.letter(lang, letter), answer)) is answered
