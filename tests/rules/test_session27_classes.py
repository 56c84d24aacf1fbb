"""Classes mended in the twenty-seventh session, each beside a counterexample that stays answered or flagged."""

from __future__ import annotations

import pytest
from uq_cases import questions_left as _uq


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # whether something has happened by now is not told by how such things go in general
        (
            "Hi, I sent the kettle back with Evri on Monday. Have you received it yet?\nIrene",
            "Hi Irene,\n\nRefunds are processed within 5 working days of a return reaching our warehouse.\n\n"
            "Best,\nWill",
            ["Have you received it yet?"],
        ),
        (
            "Hi, I sent the kettle back with Evri on Monday. Have you received it yet?\nIrene",
            "Hi Irene,\n\nIt reached our warehouse this morning, and the refund follows within 5 working days.\n\n"
            "Best,\nWill",
            [],
        ),
        (
            "Hi, I sent the kettle back with Evri on Monday. Have you received it yet?\nIrene",
            "Hi Irene,\n\nNot yet, I'm afraid: Evri still shows it in transit.\n\nBest,\nWill",
            [],
        ),
        # where to see a thing is not where the shop sent the order
        (
            "Hello, order 5521. Where can I see the tracking number?\nRuth",
            "Hi Ruth,\n\nYour order 5521 was dispatched with Royal Mail yesterday.\n\nBest,\nWill",
            ["Where can I see the tracking number?"],
        ),
        (
            "Hello, order 5521. Where can I see the tracking number?\nRuth",
            "Hi Ruth,\n\nThe tracking number is in your account under My orders.\n\nBest,\nWill",
            [],
        ),
    ],
)
def test_english_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        (
            "Добрый день! Отправила платье обратно СДЭКом. Вы уже получили мой возврат?\nЮлия",
            "Юлия, добрый день!\n\nВернуть платье можно в течение 14 дней с покупки. Деньги возвращаем на ту "
            "карту, с которой был оплачен заказ.\n\nС уважением,\nМарина",
            ["Вы уже получили мой возврат?"],
        ),
        (
            "Добрый день! Отправила платье обратно СДЭКом. Вы уже получили мой возврат?\nЮлия",
            "Юлия, добрый день!\n\nДа, платье пришло к нам сегодня, деньги вернём на карту в течение 3 дней.\n\n"
            "С уважением,\nМарина",
            [],
        ),
        (
            "Добрый вечер! Заказ 30771. Где можно посмотреть трек-номер посылки?\nДенис",
            "Денис, добрый вечер!\n\nВаш заказ 30771 собран и вчера передан в СДЭК.\n\nС уважением,\nМария",
            ["Где можно посмотреть трек-номер посылки?"],
        ),
        (
            "Добрый вечер! Заказ 30771. Где можно посмотреть трек-номер посылки?\nДенис",
            "Денис, добрый вечер!\n\nТрек-номер есть в личном кабинете, в разделе «Мои заказы».\n\nС уважением,\nМария",
            [],
        ),
        # a place the order waits at, told as it stands, is where to collect it
        (
            "Здравствуйте! Пришло SMS, что заказ 90331 доставлен. Где его можно забрать?\nЭлина",
            "Элина, добрый день!\n\nВаш заказ 90331 ждёт в пункте выдачи на ул. Куйбышева, 101, он открыт "
            "ежедневно с 10:00 до 21:00.\n\nС уважением,\nМадина",
            [],
        ),
    ],
)
def test_russian_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        (
            "Добрий день! У понеділок відправила Вам чайник назад Новою поштою. Ви його вже отримали?\nКатерина",
            "Катерино, добрий день!\n\nПовернення коштів зазвичай займає до 7 робочих днів після того, як товар "
            "перевірять на складі.\n\nЗ повагою,\nОлена",
            ["Ви його вже отримали?"],
        ),
        (
            "Добрий день! У понеділок відправила Вам чайник назад Новою поштою. Ви його вже отримали?\nКатерина",
            "Катерино, добрий день!\n\nЩе ні: посилка зараз у відділенні Нової пошти в Києві.\n\nЗ повагою,\nОлена",
            [],
        ),
        (
            "Добрий день. Де я можу подивитися номер ТТН для свого замовлення №7781?\nТарас",
            "Добрий день, Тарасе!\n\nВаше замовлення №7781 ми передали Новій пошті сьогодні о 12:30.\n\n"
            "З повагою,\nОлексій",
            ["Де я можу подивитися номер ТТН для свого замовлення №7781?"],
        ),
        # the pronoun's thing, sent to the customer's mailbox, is where to get it
        (
            "Доброго дня. Потрібен фіскальний чек на замовлення 25019. Де його можна отримати?\nВолодимир",
            "Добрий день, Володимире!\n\nФіскальний чек на замовлення 25019 ми надіслали на Вашу пошту окремим "
            "листом.\n\nЗ повагою,\nНаталія",
            [],
        ),
    ],
)
def test_ukrainian_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected
