"""The classes round 53 taught, in new wording, each beside a counterexample that stays flagged."""

from __future__ import annotations

import pytest

from replylint import lint
from replylint.mail.signoff import is_signer
from replylint.model import Lang
from replylint.parsing import parse_input


def _uq(original: str, body: str) -> list[str]:
    return [str(f.data["question"]) for f in lint(body, original=original).findings if f.rule == "unanswered-question"]


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # the time is in the sentence the price question covers better by its words: still the first one's answer
        ("Здравствуйте! Сколько времени занимает покраска кухонного фасада? И сколько стоит покраска двух "
         "фасадов?\nОлег",
         "Олег, здравствуйте!\n\nДва фасада мастер красит примерно за три дня. Стоимость работы — 6 400 рублей."
         "\n\nС уважением,\nАнна", []),
        ("Здравствуйте! Сколько времени занимает покраска кухонного фасада? И сколько стоит покраска двух "
         "фасадов?\nОлег",
         "Олег, здравствуйте!\n\nДва фасада красим эмалью в два слоя. Стоимость работы — 6 400 рублей."
         "\n\nС уважением,\nАнна", ["Сколько времени занимает покраска кухонного фасада?"]),
    ],
)  # fmt: skip
def test_a_time_in_a_sentence_another_question_covers_by_its_words(
    original: str, body: str, expected: list[str]
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Здравствуйте! Как вывести пятно от кофе с дивана?\nОлег",
         "Олег, здравствуйте!\n\nПроще всего промокнуть пятно салфеткой и протереть тёплой мыльной водой.\n\n"
         "С уважением,\nАнна", 0),
        ("Добрий день! Як вивести пляму від кави з дивана?\nОлег",
         "Добрий день, Олеже!\n\nНайпростіше промокнути пляму серветкою і протерти теплою мильною водою.\n\n"
         "З повагою,\nАнна", 0),
        ("Hello,\n\nHow do I get a coffee stain out of the sofa?\n\nOlly",
         "Hi Olly,\n\nThe easiest way is to blot it with a tissue and wipe it with warm soapy water.\n\n"
         "Kind regards,\nAnna", 0),
        # a remark on the stain gives no steps
        ("Здравствуйте! Как вывести пятно от кофе с дивана?\nОлег",
         "Олег, здравствуйте!\n\nКофейные пятна на велюре встречаются часто.\n\nС уважением,\nАнна", 1),
    ],
)  # fmt: skip
def test_the_easiest_way_leads_steps(original: str, body: str, expected: int) -> None:
    assert len(_uq(original, body)) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Добрий день! Чи можна відстежувати замовлення 4410?\nОлег",
         "Добрий день, Олеже!\n\nСтежити за замовленням 4410 можна в особистому кабінеті.\n\nЗ повагою,\nАнна", 0),
        ("Здравствуйте! Можно ли отслеживать заказ 4410?\nОлег",
         "Олег, здравствуйте!\n\nСледить за заказом 4410 можно в личном кабинете.\n\nС уважением,\nАнна", 0),
        # the order number alone is not the tracking asked about
        ("Добрий день! Чи можна відстежувати замовлення 4410?\nОлег",
         "Добрий день, Олеже!\n\nЗамовлення 4410 ми зібрали сьогодні.\n\nЗ повагою,\nАнна", 1),
    ],
)  # fmt: skip
def test_tracking_in_other_words(original: str, body: str, expected: int) -> None:
    assert len(_uq(original, body)) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Здравствуйте. Интересует пылесос Dyson V15. Подскажите, сколько он работает от батареи\nОлег",
         "Олег, здравствуйте!\n\nОт батареи Dyson V15 работает до 60 минут в эко-режиме.\n\nС уважением,\nАнна",
         []),
        # the indirect question after it is still asked
        ("Здравствуйте. Интересует пылесос Dyson V15. Подскажите, сколько он работает от батареи\nОлег",
         "Олег, здравствуйте!\n\nDyson V15 есть в наличии.\n\nС уважением,\nАнна",
         ["Подскажите, сколько он работает от батареи"]),
    ],
)  # fmt: skip
def test_an_interest_opener_naming_a_thing_before_an_indirect_question(
    original: str, body: str, expected: list[str]
) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("адміністраторка Дарина, салон «Локон»", "uk", True),
        ("мастер-приёмщик Андрей", "ru", True),
        ("support agent Priya", "en", True),
        # three lower-case words before a name are a sentence, not a role
        ("please call Anna", "en", False),
        ("з найкращими побажаннями", "uk", False),
    ],
)
def test_a_role_before_the_signers_name(line: str, lang: Lang, expected: bool) -> None:
    assert is_signer(line, lang) is expected


def test_a_sentence_ending_on_a_time_is_no_wrapped_attribution() -> None:
    """Above a sign-off and a bare «Name <address>:» line, the reply's own sentence ending "до 20:00." is text."""
    body = (
        "Добрий день, Олено!\n\nСукню за замовленням 5120 підшиємо до четверга, забрати її можна з 10:00 до "
        "20:00.\n\nЗ повагою,\nЛеся\n\nОлена <olena@example.com>:\n> Коли буде готова сукня?"
    )
    message, _ = parse_input(body)
    assert message.quote_header is None
    assert message.text is not None and "підшиємо" in message.text
    # a real wrapped attribution above the quote is still one
    wrapped = "Готово.\n\nЧт, 18 вер. 2025 р. о 10:22,\nОлена <olena@example.com>:\n> Коли буде готова сукня?"
    message, _ = parse_input(wrapped)
    assert message.quote_header is not None and "olena@example.com" in message.quote_header


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Hello,\n\nDo you sell loose-leaf oolong? If so, which brands?\n\nSam",
         "Hi Sam,\n\nYes, we sell two oolongs: Tieguanyin from Anxi and a roasted Da Hong Pao, both in 100 g tins."
         "\n\nBest,\nAnna", []),
        # names in a sentence another question owns, for a "which" that does not lean on it, stay that one's
        ("Hello,\n\nDo you sell loose-leaf oolong? And which brand of kettle do you use in the shop?\n\nSam",
         "Hi Sam,\n\nYes, we sell two oolongs: Tieguanyin from Anxi and a roasted Da Hong Pao, both in 100 g tins."
         "\n\nBest,\nAnna", ["And which brand of kettle do you use in the shop?"]),
    ],
)  # fmt: skip
def test_an_if_so_which_takes_the_names_of_the_yes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Здравствуйте! Продавец советовал матрас «Флекс», а в отзывах хвалят «Комфорт Плюс». Какой из них "
         "посоветуете при болях в спине?\nМаксим",
         "Максим, здравствуйте!\n\nПри болях в спине мы бы взяли «Комфорт Плюс»: он жёстче и держит поясницу.\n\n"
         "С уважением,\nАнна", 0),
        ("Добрий день! Продавець радив матрац «Флекс», а у відгуках хвалять «Комфорт Плюс». Який з них порадите "
         "при болях у спині?\nМаксим",
         "Добрий день, Максиме!\n\nПри болях у спині радимо «Комфорт Плюс»: він жорсткіший і тримає поперек.\n\n"
         "З повагою,\nАнна", 0),
        # one of them named beside its price chooses nothing
        ("Здравствуйте! Продавец советовал матрас «Флекс», а в отзывах хвалят «Комфорт Плюс». Какой из них "
         "посоветуете при болях в спине?\nМаксим",
         "Максим, здравствуйте!\n\nНа «Флекс» сейчас скидка 15%, он стоит 27 900 рублей.\n\nС уважением,\nАнна", 1),
    ],
)  # fmt: skip
def test_which_of_them_named_before(original: str, body: str, expected: int) -> None:
    assert len(_uq(original, body)) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Hello,\n\nThe lid of my new kettle rattles when it boils. Is that normal? Can you send a new lid?\n\nSam",
         "Hi Sam,\n\nNo, that isn't normal: the seal must have slipped in transit. A new lid went out today.\n\n"
         "Best,\nAnna", []),
        ("Добрий день! Кришка нового чайника деренчить, коли він закипає. Це нормально? Можете надіслати нову "
         "кришку?\nСем",
         "Добрий день, Семе!\n\nНі, це ненормально: ущільнювач зсунувся під час доставки. Нову кришку надіслали "
         "сьогодні.\n\nЗ повагою,\nАнна", []),
        # a no that does not say the question's own word back belongs to the request beside it
        ("Hello,\n\nThe lid of my new kettle rattles when it boils. Is that normal? Can you send a new lid?\n\nSam",
         "Hi Sam,\n\nNo, we can't send a lid on its own, but we can swap the kettle.\n\nBest,\nAnna",
         ["Is that normal?"]),
    ],
)  # fmt: skip
def test_a_question_on_the_story_answered_by_its_own_word_said_back(
    original: str, body: str, expected: list[str]
) -> None:
    assert _uq(original, body) == expected
