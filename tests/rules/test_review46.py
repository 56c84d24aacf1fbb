"""The fresh-eyes review of the fourteenth session's rule changes (53e105e..cf7be3a) confirmed readings too broad by
running them; each was narrowed, and its cases are kept here with what the code should find.

A pick said after "but", "so" or a colon beside "both" is a pick; "which date should I put" asks no "when"; a clipped
or passive "done" is only a request's act (not "Case updated", «Обращение оформлено», "Nothing sent yet"); "can I
buy it with oak legs / in instalments" is not answered by stock; a yes about the agent's own doing is a filler; an
admission beside the question answers it only when it says one of its words; "then" does not start a call to order;
«Сведений о том, что …, нет» denies and admits nothing; an ellipsis does not end a sentence for a phrase's gap;
«Налаштування» is a place; a participle naming what went wrong («сломанный погрузчик») is an event.
"""

from __future__ import annotations

import pytest

from replylint import lint

CASES = [
    # (rule, original, body, fires)
    ("unanswered-question", "Hi,\n\nWhich mattress would you recommend for back pain, the Flex or the Firm?\n\nHelen",
     "Hi Helen,\n\nBoth are popular, but for back pain go with the Firm: it keeps your spine straight.\n\nBest,\nGemma",
     False),
    ("unanswered-question", "Здравствуйте! Какой пылесос посоветуете для ковров, Dreame или Roborock?\nИгорь",
     "Игорь, здравствуйте!\n\nОба хорошие, но для ковров берите Dreame: у него мощнее всасывание.\n\n"
     "С уважением,\nАнна", False),
    ("unanswered-question", "Добрий день! Який пилосос порадите для килимів, Dreame чи Roborock?\nІгор",
     "Ігоре, добрий день!\n\nОбидва хороші, але для килимів я б обрала Dreame: у нього потужніше всмоктування.\n\n"
     "З повагою,\nАнна", False),
    ("unanswered-question", "Hi,\n\nWhich one should I get for my daughter, the Mini or the Max?\n\nSue",
     "Hi Sue,\n\nThe Mini suits children under 8 and the Max suits older ones, so for a 6-year-old the Mini.\n\n"
     "Best,\nTom", False),
    ("unanswered-question", "Здравствуйте! Какую дату указать в заявлении на возврат?\nОльга",
     "Ольга, здравствуйте!\n\nУкажите дату получения заказа: она есть в SMS от службы доставки.\n\n"
     "С уважением,\nАнна", False),
    ("unanswered-question", "Hi,\n\nWhich date should I put on the returns form?\n\nOlga",
     "Hi Olga,\n\nPlease put the date you received the parcel; it's in the delivery e-mail.\n\nBest,\nAnna", False),
    ("unanswered-question", "Hi,\n\nCould you send me a new lid? Mine arrived cracked.\n\nPat",
     "Hi Pat,\n\nThanks for the photos. Case updated with your photos.\n\nBest,\nAnna", True),
    ("unanswered-question", "Hi,\n\nCould you email me the invoice for order 5521?\n\nPat",
     "Hi Pat,\n\nNothing sent yet, sorry.\n\nBest,\nAnna", True),
    ("unanswered-question", "Здравствуйте! Можете вернуть деньги за разбитую вазу из заказа 4471?\nПётр",
     "Пётр, здравствуйте!\n\nОбращение по заказу 4471 оформлено, его рассмотрят в течение 10 дней.\n\n"
     "С уважением,\nАнна", True),
    ("unanswered-question", "Hi,\n\nCan I order the Oslo sofa with oak legs instead of the black metal ones?\n\nKim",
     "Hi Kim,\n\nThe Oslo sofa is in stock in grey and sand, and delivery takes 5 days.\n\nBest,\nAnna", True),
    ("unanswered-question", "Здравствуйте! Можно заказать диван «Осло» с дубовыми ножками вместо чёрных?\nКим",
     "Ким, здравствуйте!\n\nДиван «Осло» у нас есть в сером и бежевом цвете, доставка 5 дней.\n\n"
     "С уважением,\nАнна", True),
    ("unanswered-question", "Hi,\n\nIs the Trail jacket machine washable? How much is delivery to Leeds?\n\nAl",
     "Hi Al,\n\nYes, I've looked into this for you.\n\nDelivery to Leeds is £4.95.\n\nBest,\nAnna", True),
    ("unanswered-question", "Здравствуйте! Куртку «Трейл» можно стирать в машинке? Сколько стоит доставка в Тверь?"
     "\nАл", "Ал, здравствуйте!\n\nДа, я всё проверила.\n\nДоставка в Тверь стоит 390 рублей.\n\nС уважением,\nАнна",
     True),
    ("unanswered-question", "Здравствуйте! Чайник «Аура» можно мыть в посудомойке? И какой длины у него шнур?\nИра",
     "Ира, здравствуйте!\n\nНет, в посудомойке чайник мыть нельзя: протирайте его влажной тканью. Когда снова "
     "появится белый цвет, пока не знаю.\n\nС уважением,\nАнна", True),
    ("unanswered-question", "Hi,\n\nWhen will the white Aura kettle be back in stock?\n\nIra",
     "Hi Ira,\n\nI'm... not sure, to be honest.\n\nBest,\nAnna", False),
    ("unanswered-question", "Добрий день! Де на годиннику Amazfit змінити мову меню?\nІра",
     "Іро, добрий день!\n\nМову змінюють через Налаштування годинника: пункт «Мова».\n\nЗ повагою,\nАнна", False),
    ("unanswered-question", "Здравствуйте! Почему заказ 4471 не отправили в срок?\nИра",
     "Ира, здравствуйте!\n\nИзвините, всему виной сломанный погрузчик на складе. Заказ 4471 отправим завтра, "
     "5 декабря.\n\nС уважением,\nАнна", False),
    ("pushy", "Hi,\n\nThe leg of my Arden chair broke.\n\nJenny",
     "Hi Jenny,\n\nOrder yours today and it ships tomorrow.\n\nIf the leg breaks again, we'll send an engineer, then "
     "order the part from the maker. If that fails, we'll refund you, and you can then buy the newer model "
     "instead.\n\nWarm regards,\nTom", False),
    ("honest-unknown", "Здравствуйте! Посылка повреждена?\nИра",
     "Ира, здравствуйте!\n\nСведений о том, что посылка повреждена, у нас нет: склад отправил её целой.\n\n"
     "С уважением,\nАнна", False),
    ("honest-unknown", "Добрий день! Замовлення загубилося?\nІра",
     "Іро, добрий день!\n\nВідомостей про те, що замовлення загубилося, у нас немає: воно в дорозі й буде у вас у "
     "п'ятницю.\n\nЗ повагою,\nАнна", False),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "original", "body", "fires"), CASES)
def test_the_reviews_cases(rule: str, original: str, body: str, fires: bool) -> None:
    found = [f for f in lint(body, original=original).findings if f.rule == rule]
    assert bool(found) is fires
