"""Classes mended in the twenty-third session, each beside a counterexample that stays open."""

from __future__ import annotations

import pytest
from uq_cases import kinds
from uq_cases import questions_left as _uq

from replylint.model import Lang


@pytest.mark.parametrize(
    ("original", "body", "expected"),
    [
        # a reason after the question is why the customer asks, not what: the question's own words said back answer
        (
            "Hello, I like the Oslo chairs. I was wondering whether they stack, as I'd need to store them between "
            "dinners.\nRachel",
            "Hi Rachel,\n\nThe Oslo chairs stack up to six high.\n\nKind regards,\nMarcus",
            [],
        ),
        (
            "Hello, I like the Oslo chairs. I was wondering whether they stack, as I'd need to store them between "
            "dinners.\nRachel",
            "Hi Rachel,\n\nThe Oslo chairs are solid beech with a walnut finish.\n\nKind regards,\nMarcus",
            ["I was wondering whether they stack, as I'd need to store them between dinners"],
        ),
        (
            "Здравствуйте! Стулья «Осло» штабелируются, так как мне нужно хранить их в кладовке?\nРита",
            "Рита, здравствуйте!\n\nСтулья «Осло» штабелируются до шести штук.\n\nС уважением,\nМарк",
            [],
        ),
        (
            "Добрий день! Стільці «Осло» штабелюються, бо мені треба зберігати їх у коморі?\nРита",
            "Добрий день, Рито!\n\nСтільці «Осло» штабелюються до шести штук.\n\nЗ повагою,\nМарк",
            [],
        ),
        # an indirect "whether" keeps what it asks after the thing: the thing named back is no answer
        (
            "Hi, the shade of my Arc lamp got squashed. I wonder whether the linen shade is sold alone, since the "
            "base is fine. And does the lamp take an E27 bulb?\nRob",
            "Hi Rob,\n\nYes, the Arc takes a standard E27 bulb, and a warm LED looks lovely through the linen.\n\n"
            "Kind regards,\nKieran",
            ["I wonder whether the linen shade is sold alone, since the base is fine"],
        ),
        # whether something has happened yet: a dated statement about its own thing answers it
        (
            "Hi,\n\nHas my refund for the Fell boots gone through yet?\n\nPaul",
            "Hi Paul,\n\nYour refund went through this morning: £42.50 is back on your card.\n\nKind regards,\nAnna",
            [],
        ),
        (
            "Hi,\n\nHas my refund for the Fell boots gone through yet? And when will the new pair ship?\n\nPaul",
            "Hi Paul,\n\nThe new pair ships this afternoon with DPD.\n\nKind regards,\nAnna",
            ["Has my refund for the Fell boots gone through yet?"],
        ),
        (
            "Здравствуйте! Отправил фен Dyson в ремонт. Он уже у вас?\nИгорь",
            "Игорь, здравствуйте!\n\nВаш фен Dyson пришёл к нам сегодня утром, инженер уже взял его в работу.\n\n"
            "С уважением,\nОльга",
            [],
        ),
        (
            "Добрий день! Відправив фен Dyson у ремонт. Він вже у вас?\nІгор",
            "Добрий день, Ігорю!\n\nВаш фен Dyson надійшов до нас сьогодні вранці, інженер уже взяв його в роботу.\n\n"
            "З повагою,\nОльга",
            [],
        ),
        # a date the other question owns, on a word of its topic, says nothing of the story
        (
            "Hi,\n\nYesterday I asked your chat to change the delivery address for order 55102. Has the change gone "
            "through? And when will the order be dispatched?\n\nAmira",
            "Hi Amira,\n\nOrder 55102 will be dispatched on Monday, and DPD will send you a delivery window that "
            "morning.\n\nKind regards,\nBen",
            ["Has the change gone through?"],
        ),
        # a Russian or Ukrainian yes/no's own verb said back as a fact about its thing settles it
        (
            "Здравствуйте! Диван «Мадрид» раскладывается? Какое у него спальное место?\nПавел",
            "Павел, здравствуйте!\n\nМеханизм «еврокнижка» раскладывает «Мадрид» в спальное место 140 × 200 см.\n\n"
            "С уважением,\nДиана",
            [],
        ),
        (
            "Здравствуйте! Диван «Мадрид» раскладывается? Какое у него спальное место?\nПавел",
            "Павел, здравствуйте!\n\nСпальное место у «Мадрида» 140 × 200 см, обивка из велюра.\n\nС уважением,\nДиана",
            ["Диван «Мадрид» раскладывается?"],
        ),
        (
            "Добрий день! Диван «Мадрид» розкладається? Яке в нього спальне місце?\nПавло",
            "Добрий день, Павле!\n\nМеханізм «єврокнижка» розкладає «Мадрид» у спальне місце 140 × 200 см.\n\n"
            "З повагою,\nДіана",
            [],
        ),
        # a keyboard shortcut is a step
        (
            "Здравствуйте! Подскажите, как включить подсветку клавиатуры? Не нашёл в настройках.\nГлеб",
            "Глеб, здравствуйте!\n\nПодсветка клавиатуры включается сочетанием клавиш Fn + пробел.\n\n"
            "С уважением,\nВадим",
            [],
        ),
        (
            "Добрий день! Підкажіть, як увімкнути підсвітку клавіатури? Не знайшов у налаштуваннях.\nГліб",
            "Добрий день, Глібе!\n\nПідсвітка клавіатури вмикається комбінацією клавіш Fn + пробіл.\n\n"
            "З повагою,\nВадим",
            [],
        ),
        (
            "Hello, how do I turn on the keyboard backlight? I couldn't find it in the settings.\nGleb",
            "Hi Gleb,\n\nThe backlight turns on with the Fn + Space key combination.\n\nKind regards,\nVadim",
            [],
        ),
        # a short Ukrainian letter without і, ї, є or ґ is told by its frequent words: «Яка вага» asks a weight
        (
            "Доброго ранку. Яка вага намету «Говерла-3»?\nЯрослав Бойчук",
            "Доброго ранку, Ярославе!\n\nНамет «Говерла-3» важить 3,4 кг разом із кілочками.\n\nЗ повагою,\nСтепан",
            [],
        ),
        (
            "Доброго ранку. Яка вага намету «Говерла-3»?\nЯрослав Бойчук",
            "Доброго ранку, Ярославе!\n\nНамет «Говерла-3» тримьохмісний, з двома входами.\n\nЗ повагою,\nСтепан",
            ["Яка вага намету «Говерла-3»?"],
        ),
        # "what should I do?" after a trouble told is answered by what the shop did about it
        (
            "Добрий день! Замовила помаду у відтінку 15, а прийшла 50. Що тепер робити?\nОльга",
            "Добрий день, Ольго!\n\nПерепрошуємо. Помаду у відтінку 15 відправили сьогодні, а відтінок 50 можете "
            "залишити собі.\n\nЗ повагою,\nІрина",
            [],
        ),
        (
            "Добрий день! Замовила помаду у відтінку 15, а прийшла 50. Що тепер робити?\nОльга",
            "Добрий день, Ольго!\n\nПерепрошуємо за незручності, Ваш лист я передала менеджеру.\n\nЗ повагою,\nІрина",
            ["Що тепер робити?"],
        ),
        (
            "Здравствуйте! Заказала помаду в оттенке 15, а пришла 50. Что мне с этим делать?\nОльга",
            "Ольга, здравствуйте!\n\nПростите за ошибку. Помаду в оттенке 15 отправили сегодня, а оттенок 50 "
            "оставьте себе.\n\nС уважением,\nИрина",
            [],
        ),
        (
            "Hello, I ordered lipstick in shade 15 and got shade 50. What should I do now?\nOlga",
            "Hi Olga,\n\nSorry about that. We've sent shade 15 today, and please keep shade 50.\n\n"
            "Kind regards,\nIrina",
            [],
        ),
        # an irregular participle after "have" tells a "how do I" done for the customer
        (
            "Hello, how do I stop your newsletters? I get three a week.\nMary",
            "Hi Mary,\n\nI've taken your address off our newsletter list today.\n\nKind regards,\nTom",
            [],
        ),
        (
            "Hello, how do I stop your newsletters? I get three a week.\nMary",
            "Hi Mary,\n\nOur newsletter goes out on Fridays with the week's offers.\n\nKind regards,\nTom",
            ["Hello, how do I stop your newsletters?"],
        ),
        # a review's counterexamples: each still asks what the reply does not say
        (
            "Hi,\n\nHas my refund for the Fell boots gone through yet?\n\nPaul",
            "Hi Paul,\n\nThe Fell boots are back in stock on Monday.\n\nKind regards,\nAnna",
            ["Has my refund for the Fell boots gone through yet?"],
        ),
        (
            "Hi,\n\nHas the replacement lid for my Arc kettle shipped yet?\n\nPaul",
            "Hi Paul,\n\nThe Arc kettle was delivered to you on 3 March.\n\nKind regards,\nAnna",
            ["Has the replacement lid for my Arc kettle shipped yet?"],
        ),
        (
            "Здравствуйте! Чайник «Арк» выключается автоматически при закипании воды?\nОлег",
            "Олег, здравствуйте!\n\nЧайник «Арк» выключается кнопкой на ручке.\n\nС уважением,\nАнна",
            ["Чайник «Арк» выключается автоматически при закипании воды?"],
        ),
        (
            "Hello, I ordered lipstick in shade 15 and got shade 50. What should I do now?\nOlga",
            "Hi Olga,\n\nSorry about that. We've updated your e-mail address.\n\nKind regards,\nIrina",
            ["What should I do now?"],
        ),
        (
            "Добрий день! Чи можна пошити штори «Лайт» з льону, так як на фото в каталозі?\nОлена",
            "Добрий день, Олено!\n\nШтори «Лайт» шиємо з бавовни.\n\nЗ повагою,\nІрина",
            ["Чи можна пошити штори «Лайт» з льону, так як на фото в каталозі?"],
        ),
        (
            "Hello, how do I stop your newsletters? I get three a week.\nMary",
            "Hi Mary,\n\nI've seen your comments about the newsletters.\n\nKind regards,\nTom",
            ["Hello, how do I stop your newsletters?"],
        ),
    ],
)
def test_session_23_classes(original: str, body: str, expected: list[str]) -> None:
    assert _uq(original, body) == expected


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        # a word the dictionary does not hold is read by its ending alone: no evidence of ты
        ("ru", "Для пожилой кошки хорошо подойдут паучи Purina с мягкими кусочками в соусе.", []),
        ("ru", "Для пожилой кошки хорошо подойдут паучи Purina. Пиши, если что.", ["informal-you"]),
        # a guessed imperative opening its sentence is still believed
        ("ru", "Чекни почту, там ссылка на оплату заказа.", ["informal-you"]),
    ],
)
def test_a_guessed_verb_is_no_informal_you(lang: Lang, body: str, found: list[str]) -> None:
    assert kinds("familiar-tone", lang, body) == found
