"""The classes round 50's preparation taught, in new wording, each beside a counterexample that stays flagged."""

from __future__ import annotations

import pytest

from replylint import lint


def _uq(original: str, body: str) -> int:
    return len([f for f in lint(body, original=original).findings if f.rule == "unanswered-question"])


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hello,\n\nDo you ship the Oslo side table to Norway, and if so, what does it cost? If not, can I "
         "send it to my brother in Leeds?\n\nIda",
         "Hi Ida,\n\nI'm sorry, we don't ship to Norway, our courier stops at the UK border. Yes, you can send it "
         "to your brother in Leeds: put his address in the delivery field.\n\nBest wishes,\nTom", 0),
        ("en", "Hello,\n\nDo you ship the Oslo side table to Norway, and if so, what does it cost?\n\nIda",
         "Hi Ida,\n\nSorry, we do not ship to Norway for now.\n\nBest wishes,\nTom", 0),
        ("ru", "Здравствуйте! Доставляете ли вы стол «Осло» в Казахстан, и если да, сколько это стоит? Если нет, "
         "можно отправить брату в Омск?\nИда",
         "Ида, здравствуйте!\n\nК сожалению, в Казахстан мы не доставляем. Да, можно отправить брату в Омск: "
         "укажите его адрес при оформлении.\n\nС уважением,\nТомас", 0),
        ("uk", "Добрий день! Чи доставляєте ви стіл «Осло» до Польщі, і якщо так, скільки це коштує? Якщо ні, "
         "чи можна відправити братові у Львів?\nІда",
         "Добрий день, Ідо!\n\nНа жаль, до Польщі ми не доставляємо. Так, відправити братові у Львів можна: "
         "вкажіть його адресу під час оформлення.\n\nЗ повагою,\nТарас", 0),
        # a yes to the shipping itself still owes the cost
        ("en", "Hello,\n\nDo you ship the Oslo side table to Norway, and if so, what does it cost?\n\nIda",
         "Hi Ida,\n\nYes, we ship the Oslo side table to Norway with DHL.\n\nBest wishes,\nTom", 1),
        # a sentence with no "no" in it says nothing of whether it fades
        ("en", "Hello,\n\nDoes the Fjell rug fade in sunlight? And if so, how quickly?\n\nIda",
         "Hi Ida,\n\nThe Fjell rug measures 160 x 230 cm and is hand-tufted.\n\nBest wishes,\nTom", 2),
    ],
)  # fmt: skip
def test_a_no_in_the_sentence_an_if_so_follow_up_shares(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "original", "body", "expected"),
    [
        ("en", "Hi,\n\nHow do I stop the text alerts? Will that switch off my loyalty card as well?\n\nLee",
         "Hi Lee,\n\nWe've switched off the text alerts for your number. Your loyalty card stays active and keeps "
         "its points.\n\nKind regards,\nAmy", 0),
        ("en", "Hi,\n\nWill the new app version delete my saved lists?\n\nLee",
         "Hi Lee,\n\nYour saved lists remain on your account after the update.\n\nKind regards,\nAmy", 0),
        ("ru", "Здравствуйте! Как отключить SMS-рассылку? Бонусная карта при этом не заблокируется?\nЛев",
         "Лев, здравствуйте!\n\nSMS-рассылку для вашего номера мы отключили. Бонусная карта остаётся активной, "
         "баллы на ней сохранены.\n\nС уважением,\nАнна", 0),
        ("uk", "Добрий день! Як вимкнути SMS-розсилку? Бонусна картка при цьому не заблокується?\nЛев",
         "Добрий день, Леве!\n\nSMS-розсилку для Вашого номера ми вимкнули. Бонусна картка залишається активною, "
         "бали на ній збережені.\n\nЗ повагою,\nАнна", 0),
        # staying says nothing when it is about something else
        ("en", "Hi,\n\nWill the new app version delete my saved lists?\n\nLee",
         "Hi Lee,\n\nThe new version stays free for all members.\n\nKind regards,\nAmy", 1),
    ],
)  # fmt: skip
def test_staying_as_it_was_is_a_no_to_losing_it(lang: str, original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        ("Hello,\n\nDo you accept PayPal for the Vela lamp?\n\nIda",
         "Hi Ida,\n\nWe only accept card payments and bank transfers at the moment.\n\nBest wishes,\nTom", 0),
        ("Hello,\n\nDoes the Vela lamp need a special bulb?\n\nIda",
         "Hi Ida,\n\nNo special bulb: the Vela lamp does not need anything beyond a standard E27.\n\nBest wishes,\nTom",
         0),
        # a "not" about another thing takes no position
        ("Hello,\n\nDoes the Vela lamp have a touch dimmer on the cable?\n\nIda",
         "Hi Ida,\n\nThe Vela lamp does not come in white this year.\n\nBest wishes,\nTom", 1),
    ],
)  # fmt: skip
def test_an_english_only_or_not_on_the_question_s_words(original: str, body: str, expected: int) -> None:
    assert _uq(original, body) == expected
