"""unanswered-question: the classes blind round 15 taught, each with a good and a bad side, in new wordings.

- "What is the last day to order?" asks when: "What is the" only introduces the time asked for;
- "What is it made of?", «Из чего сделан?», «З якої тканини?» and "What colours…?" are answered by a material or a
  colour named;
- a "no" opening a paragraph no question claims answers the first yes/no question;
- a short why («Почему так вышло?») is answered by what went wrong, told anywhere;
- "the technician can clean the filter" («Майстер може почистити фільтр») is a way for "can it be fixed?";
- an alternative written with a hyphen ("Wi-Fi") is one word.
"""

from __future__ import annotations

import pytest
from uq_cases import RULE
from uq_cases import unanswered as _unanswered

from replylint import lint
from replylint.model import Lang

CASES = [
    # the last day to order is a date
    ("en", "Hi,\n\nWhat is the last day I can order the wreath for delivery before New Year?\n\nJo",
     "The last day to order the wreath for delivery before New Year is Monday, 28 December.",
     "The wreath is made by hand in our Devon workshop."),
    # a material named
    ("ru", "Добрый день! Из чего сделана пирамидка «Радуга» и с какого возраста она подходит?\nКсения",
     "Пирамидка «Радуга» сделана из массива берёзы. Она подходит детям с 1 года.",
     "Пирамидка «Радуга» очень яркая. Она подходит детям с 1 года."),
    ("uk", "Добрий день. З якої тканини плед «Затишок»?\nЛюдмила",
     "Плед «Затишок» зі 100% бавовняного трикотажу.",
     "Плед «Затишок» дуже приємний на дотик."),
    # colours named
    ("en", "Hi,\n\nCan I collect the Rise chair from your Leeds shop? Also, what colours does it come in?\n\nSam",
     "Yes, you can collect it from the Leeds shop on any weekday. The Rise chair comes in black, white and sage.",
     "Yes, you can collect it from the Leeds shop on any weekday. The Rise chair is very comfortable."),
    # a "no" opening an unclaimed paragraph
    ("ru", "Добрый день! Вижу новости про метель. Моя посылка 771 из-за этого не задержится? Когда её ждать?\nОлег",
     "Нет, сбоев на вашем маршруте нет, посылка 771 едет по графику. Курьер привезёт её в пятницу, 5 декабря.",
     "Курьер привезёт посылку 771 в пятницу, 5 декабря."),
    # a short why answered by what went wrong
    ("ru", "Здравствуйте. Вчера ждала шкаф весь день, никто не приехал. Почему так вышло? И когда теперь привезёте?"
           "\nЛюдмила",
     "Простите: машина с заказами сломалась по дороге со склада. Шкаф привезём в четверг, 4 декабря.",
     "Простите за неудобства. Шкаф привезём в четверг, 4 декабря."),
    # a way for "can it be fixed?"
    ("uk", "Добрий день. Посудомийка перестала зливати воду, на табло помилка E4. Це можна полагодити?\nСтепан",
     "Помилка E4 зазвичай означає забитий фільтр. Майстер може почистити фільтр у Вас удома.",
     "Помилка E4 трапляється в багатьох моделях."),
    # an alternative with a hyphen
    ("uk", "Вітаю! Лампу підключати через Wi-Fi чи через Bluetooth?\nОксана",
     "Лампа працює через Wi-Fi 2,4 ГГц.",
     "Лампа має три режими яскравості."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "original", "good", "bad"), CASES)
def test_round_15_answers_and_non_answers(lang: Lang, original: str, good: str, bad: str) -> None:
    assert _unanswered(lang, original, good) == []
    assert len(_unanswered(lang, original, bad)) == 1


G = {
    "en": ("Hi Anna,\n\n", "\n\nBest regards,\nMaria"),
    "ru": ("Здравствуйте, Анна!\n\n", "\n\nС уважением,\nМария"),
    "uk": ("Добрий день, Анно!\n\n", "\n\nЗ повагою,\nМарія"),
}


@pytest.mark.parametrize(
    ("lang", "original", "reply"),
    [
        # reading or passing on the e-mail is no mishap told for a short why
        ("en", "Hi,\n\nI ordered a blue throw but a grey one arrived. Why did this happen? And when will the blue one "
               "come?\n\nAnna",
         "We are sorry about this.\n\nI have read your e-mail and looked at the photos. The blue throw will arrive on "
         "Friday, 6 March."),
        ("ru", "Здравствуйте! Вместо синего пледа мне привезли серый. Почему так вышло? И когда привезут синий?\nАнна",
         "Мы внимательно прочитали ваше письмо и посмотрели фотографии. Синий плед привезут в пятницу, 6 марта."),
        ("uk", "Вітаю! Замість синього пледа мені привезли сірий. Чому так сталося? І коли привезуть синій?\nАнна",
         "Я передала ваш лист керівнику складу. Синій плед привезуть у п'ятницю, 6 березня."),
        # "may take 14 days" is no way of doing it
        ("ru", "Здравствуйте! Как оформить возврат пледа?\nАнна",
         "Возврат может занять до 14 дней с момента получения посылки на нашем складе."),
        ("uk", "Вітаю! Як оформити повернення пледа?\nАнна",
         "Повернення може тривати до 14 днів з моменту отримання посилки на нашому складі."),
        # a colour mentioned is not a colour asked for
        ("en", "Hi,\n\nWill the colour fade if I wash the throw at 40 degrees?\n\nAnna",
         "Thank you for your order of the grey throw.\n\nYour grey throw was dispatched today and should arrive on "
         "Friday."),
        ("ru", "Здравствуйте! Не выцветет ли цвет пледа после стирки при 40 градусах?\nАнна",
         "Ваш серый плед отправлен сегодня и прибудет в пятницу."),
        # a yes/no naming its own material is not answered by another material named
        ("en", "Hi,\n\nIs the Oslo table made of solid oak?\n\nAnna",
         "The Oslo table comes with wooden legs and is delivered flat-packed."),
    ],
)  # fmt: skip
def test_readings_the_second_review_found_too_broad(lang: Lang, original: str, reply: str) -> None:
    found = lint(G[lang][0] + reply + G[lang][1], original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    assert len(found) == 1
