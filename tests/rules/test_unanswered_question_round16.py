"""unanswered-question: the classes blind round 16 taught, each with a good and a bad side, in new wordings.

- an admission with the customer addressed inside it («Не можу Вам підказати, чи…», «Не могу Вам сказать…») is
  an honest "I don't know";
- a hedge ("roughly", «примерно», «приблизно») gives a follow-up no subject of its own: "When, roughly?" asks about
  the question before it;
- Ukrainian «уже» (the form «вже» takes after a consonant) is a function word, as «вже» is;
- a request done by one agent («Я приложила акт», «Я надіслала рахунок») or a document attached ("I've attached your
  statement") is done; a done word with «не» before it («постачальник не передав») is what went wrong, not a remedy;
- a request told as already so, in a sentence with its own words («Новый адрес уже в заказе»), is done; the
  "already" of another thing is not;
- a quantity asked for with a price named ("the minimum order for the trade price") is answered by a number of items;
- units ("per square metre", «за м²») say how a price is counted, not what it is the price of;
- a yes or a no takes no position on a "which" question: it is the yes/no question's beside it;
- a line that is only the customer's own name starts their signature: a tagline under it asks nothing, and a P.S.
  after it is asked afresh, not as a follow-up to the questions above the name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from uq_cases import RULE
from uq_cases import unanswered as _unanswered

from replylint import lint
from replylint.model import Lang

CASES = [
    # an admission with the customer addressed inside it
    (
        "ru",
        "Добрый день! Подойдёт ли фильтр AquaPro F3 к моему старому кувшину «Родник» 2015 года?\nИгорь",
        "Не могу Вам сказать, совместим ли F3 с этой моделью. Точно ответят на горячей линии AquaPro: 8 800 555 01 01.",
        "Фильтр AquaPro F3 есть в наличии, 450 рублей.",
    ),
    (
        "uk",
        "Добрий день. Чи підійде фільтр AquaPro F3 до мого старого глечика «Джерело» 2015 року?\nІгор",
        "Не можу Вам підказати, чи сумісний F3 із цією моделлю. Точно скажуть на гарячій лінії AquaPro: 0 800 500 101.",
        "Дякуємо, що звернулися до нас.",
    ),
    # a hedged follow-up leans on the question before it
    (
        "en",
        "Hi,\n\nWill the Nordic lamp in white be back in stock? When, roughly?\n\nJo",
        "The Nordic lamp in white should be back in mid-January: the factory ships to us once a month.",
        "Yes, the Nordic lamp in white will be back in stock.",
    ),
    (
        "ru",
        "Добрый день! Кресло «Берген» в сером снова появится? Когда примерно?\nИнна",
        "Точной даты у меня нет, но «Берген» в сером, скорее всего, вернётся в середине января.",
        "Да, «Берген» в сером снова появится в продаже.",
    ),
    (
        "uk",
        "Добрий день! Крісло «Берген» у сірому ще з'явиться? Коли приблизно?\nІнна",
        "Точної дати в мене немає, але «Берген» у сірому, найімовірніше, повернеться в середині січня.",
        "Так, «Берген» у сірому ще з'явиться у продажу.",
    ),
    # one agent's own doing, or a document attached
    (
        "en",
        "Hello,\n\nCould you send our account statement for October?\n\nJane Fox",
        "I've attached your October statement to this email.",
        "Our accounts team works Monday to Friday.",
    ),
    (
        "ru",
        "Добрый день! Пришлёте акт сверки за октябрь?\nОльга",
        "Я приложила акт сверки за октябрь к этому письму.",
        "Бухгалтерия работает с понедельника по пятницу.",
    ),
    (
        "uk",
        "Добрий день. Надішлете акт звірки за жовтень?\nОльга",
        "Я надіслала акт звірки за жовтень окремим листом.",
        "Бухгалтерія працює з понеділка по п'ятницю.",
    ),
    # a request told as already so
    (
        "en",
        "Hello,\n\nCould you change the delivery address on order 1207 to 5 Mill Lane?\n\nPaul",
        "The new address, 5 Mill Lane, is already on order 1207.",
        "Order 1207 is already packed and will be delivered on Friday.",
    ),
    (
        "ru",
        "Добрый день! Можете поменять адрес доставки по заказу 1207 на ул. Ленина, 5?\nПавел",
        "Новый адрес уже в заказе 1207: ул. Ленина, 5.",
        "Заказ 1207 уже собран, курьер привезёт его в пятницу.",
    ),
    (
        "uk",
        "Добрий день. Можете змінити адресу доставки в замовленні 1207 на вул. Шевченка, 5?\nПавло",
        "Нова адреса вже в замовленні 1207: вул. Шевченка, 5.",
        "Замовлення 1207 уже зібране, кур'єр привезе його в п'ятницю.",
    ),
    # a quantity asked for with a price named
    (
        "en",
        "Hello,\n\nWhat is the minimum order of A4 paper for the trade price?\n\nVince",
        "The trade price applies from 50 packs of A4 paper, that is five boxes of ten.",
        "Trade prices are listed on our website.",
    ),
    (
        "ru",
        "Добрый день. Какая минимальная партия бумаги A4 для оптовой цены?\nВиталий",
        "Оптовая цена действует от 50 пачек бумаги A4, то есть от пяти коробок по 10 пачек.",
        "Оптовые цены указаны на нашем сайте.",
    ),
    (
        "uk",
        "Добрий день. Яка мінімальна партія паперу A4 для оптової ціни?\nВіталій",
        "Оптова ціна діє від 50 пачок паперу A4, тобто від п'яти ящиків по 10 пачок.",
        "Оптові ціни вказані на нашому сайті.",
    ),
    # units say how a price is counted
    (
        "en",
        "Hello,\n\nI'm interested in the Kronos oak laminate. What is the price per square metre?\n\nIan",
        "The Kronos oak laminate costs £18.90 per m².",
        "The Kronos oak laminate is class 33, suitable for hallways.",
    ),
    (
        "ru",
        "Добрый день. Интересует ламинат Kronos, дуб серый. Какая цена за квадратный метр?\nИгорь",
        "Ламинат Kronos, дуб серый, стоит 1 290 рублей за м².",
        "Ламинат Kronos, дуб серый, 33 класса, подходит для прихожей.",
    ),
    (
        "uk",
        "Доброго дня. Цікавить ламінат Kronos, дуб сірий. Яка ціна за квадратний метр?\nІгор",
        "Ламінат Kronos, дуб сірий, коштує 489 грн за м².",
        "Ламінат Kronos, дуб сірий, 33 класу, підходить для передпокою.",
    ),
    # a done word denied tells what went wrong
    (
        "ru",
        "Вы обещали отправить торшер «Скандик» ещё вчера, но трек-номера нет. Что случилось?\nАнна",
        "Простите, отправка торшера задерживается: поставщик до сих пор не передал нам абажуры.",
        "Простите, торшер мы отправим, как только сможем.",
    ),
    (
        "uk",
        "Ви обіцяли відправити торшер «Сканді» ще вчора, але ТТН досі немає. Що сталося?\nГанна",
        "Перепрошуємо, відправлення торшера затримується: постачальник досі не передав нам абажури.",
        "Перепрошуємо, торшер відправимо, щойно зможемо.",
    ),
    # a yes answers the yes/no beside a "which", not the "which"
    (
        "en",
        "Hi,\n\nMy whippet measures 58 cm around the chest. Which size of the Trek harness should I get? And is it "
        "reflective?\n\nChloe",
        "For a 58 cm chest the Trek harness in Medium fits best. Yes, it has reflective piping on both straps.",
        "Yes, the Trek harness has reflective piping on both straps.",
    ),
    (
        "ru",
        "Добрый день! У собаки обхват груди 58 см. Какой размер шлейки «Трек» взять? И она светоотражающая?\nОльга",
        "При обхвате 58 см шлейка «Трек» подойдёт в размере M. Да, на обеих лямках есть светоотражающий кант.",
        "Да, шлейка «Трек» светоотражающая: на обеих лямках есть кант.",
    ),
    (
        "uk",
        "Добрий день! У собаки обхват грудей 58 см. Який розмір шлейки «Трек» узяти? І вона світловідбивна?\nОльга",
        "При обхваті 58 см шлейка «Трек» підійде в розмірі M. Так, на обох лямках є світловідбивний кант.",
        "Так, шлейка «Трек» світловідбивна: на обох лямках є кант.",
    ),
    # «уже» is a function word: "received it?" leans on the story before it
    (
        "uk",
        "Вітаю! У вівторок відправив вам назад черевики за замовленням 7731. Ви їх уже отримали?\nОлег",
        "Черевики за замовленням 7731 надійшли на наш склад у четвер, 27 листопада.",
        "Дякуємо, що обрали наш магазин.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "good", "bad"), CASES)
def test_round_16_answers_and_non_answers(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert _unanswered(lang, original, bad) != []


SIGNED = [
    # a tagline under the customer's own name asks nothing
    (
        "en",
        "From: Maria Lopez <maria@example.com>\n\nHello,\n\nCan you deliver the bouquet on Friday by 9 am?\n\n"
        "Maria Lopez\nLopez Yoga Studio - have you tried our morning class yet?",
        "Yes, we'll deliver the bouquet on Friday between 8:30 and 9:00.",
        ["Can you deliver the bouquet on Friday by 9 am?"],
    ),
    (
        "ru",
        "From: Мария Гусева <m@example.com>\n\nЗдравствуйте!\n\nМожно ли доставить букет в пятницу к 9 утра?\n\n"
        "Мария Гусева\nСтудия йоги «Прана» — а вы уже пробовали утреннюю практику?",
        "Да, букет привезём в пятницу с 8:30 до 9:00.",
        ["Можно ли доставить букет в пятницу к 9 утра?"],
    ),
    (
        "uk",
        "From: Марія Гусак <m@example.com>\n\nВітаю!\n\nЧи можна доставити букет у п'ятницю до 9 ранку?\n\n"
        "Марія Гусак\nСтудія йоги «Прана» — а ви вже пробували ранкову практику?",
        "Так, букет привеземо в п'ятницю з 8:30 до 9:00.",
        ["Чи можна доставити букет у п'ятницю до 9 ранку?"],
    ),
]


@pytest.mark.parametrize(("lang", "original", "answer", "asked"), SIGNED)
def test_a_line_with_the_customers_name_starts_the_signature(
    lang: Lang, original: str, answer: str, asked: list[str]
) -> None:
    assert _unanswered(lang, original, answer) == []
    # without the answer, only the question above the name is reported, never the tagline
    assert (
        _unanswered(lang, original, "Thank you." if lang == "en" else "Спасибо." if lang == "ru" else "Дякуємо.")
        == asked
    )


PS_AFTER_NAME = [
    (
        "en",
        "From: Olivia Hart <o@example.com>\n\nHello,\nDo you have linen pillowcases 50x70 with a zip?\nOlivia\n\n"
        "P.S. And how much is delivery to York?",
        "Yes, linen pillowcases 50x70 with a zip come in six colours, £19 a pair.",
    ),
    (
        "ru",
        "From: Олеся Никитина <o@example.com>\n\nДобрый день!\nЕсть ли у вас льняные наволочки 50×70 на молнии?"
        "\nОлеся\n\nP.S. И сколько стоит доставка в Тверь?",
        "Да, льняные наволочки 50×70 на молнии есть в шести цветах, 1 290 рублей за пару.",
    ),
    (
        "uk",
        "From: Олеся Нікітюк <o@example.com>\n\nДобрий день!\nЧи є у вас лляні наволочки 50×70 на блискавці?"
        "\nОлеся\n\nP.S. І скільки коштує доставка до Вінниці?",
        "Так, лляні наволочки 50×70 на блискавці є в шести кольорах, 490 грн за пару.",
    ),
]


@pytest.mark.parametrize(("lang", "original", "reply"), PS_AFTER_NAME)
def test_a_ps_after_the_name_is_asked_afresh(lang: Lang, original: str, reply: str) -> None:
    """The price of the pillowcases above the name does not answer the price of delivery asked in the P.S."""
    assert len(_unanswered(lang, original, reply)) == 1


# Readings a fresh-eyes review found too broad in the first version of these fixes (unanswered_question_review16.json:
# a name line in an address block, a contact form or a list; a done word about another thing or by the courier; a
# bare "how many" in a price question; "when I'm back" inside a human answer): each leaves a question unanswered.
REVIEWED = [
    pytest.param(c["lang"], c["original"], c["reply"], id=c["id"])
    for c in json.loads((Path(__file__).parent / "unanswered_question_review16.json").read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(("lang", "original", "reply"), REVIEWED)
def test_readings_the_review_found_too_broad(lang: Lang, original: str, reply: str) -> None:
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    assert found
