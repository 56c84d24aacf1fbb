"""Ukrainian: spaCy's Ukrainian tokenizer, pymorphy3 for lemmas and morphology."""

from __future__ import annotations

from replylint.languages import Grammar, LanguagePack, Lemmatizer, Morphology, Phrases
from replylint.languages._pymorphy import Forms, PymorphyMorphology
from replylint.nlp import MorphLemmatizer

_APOS = "['’ʼ]"
NUMBERS = (
    r"\d{1,3}|півтор[аи]|пару|один|одн[уийоа]\w*|одну|два|дві|двох|трьох|три|чотир\w+|п" + _APOS + r"?ят\w*|"
    r"шіст\w*|шість|шест[иі]|сім\w*|сем[иі]|вісім\w*|вісьм\w*|восьм[иі]|дев"
    + _APOS
    + r"?ят\w*|десят\w*|одинадцят\w*|тринадцят\w*|"
    r"дванадцят\w*|чотирнадцят\w*|двадцят\w*|тридцят\w*|сорок\w*|кільк\w+|декільк\w+|"
    r"(?:один|одна|два|дві|три|чотири|п" + _APOS + r"?ять|шість)\s+з\s+половиною"
)
RANGE_JOIN = r"\s*(?:-|–|—|до|або|чи)\s*"
UNITS = (
    r"(?:(?:робоч\w+|календарн\w+|банківськ\w+)\s+)?(?:хвилин\w*|годин\w*|дн(?:я|ів|ям|ями|ях|і|ем)|день"
    r"|доб(?:а|и|у|і|ою|ами)|діб|тижд\w*|тижн\w*|місяц\w*|місяць)(?!\w)"
)
"""Whole words only: «доба» is no «добрий», «дня» no «дно», now that «один» is a count."""
LENGTH_LEAD = r"(?:займа\w+|займе|займатиме|трива\w+|близько|приблизно|орієнтовно)"
DURATION_LEAD = r"(?:через|за|протягом|впродовж|упродовж|на\s+протязі|у\s+межах|в\s+межах)"
WEEKDAYS = (
    r"(?:понеділ(?:ок|ка|ку)|вівтор(?:ок|ка)|серед[ауи]|четвер(?:га|гу)?|п"
    + _APOS
    + r"?ятниц[яюіе]|субот[аиуі]|неділ[яюії])"
)
MONTHS = (
    r"(?:січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|"
    r"черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|"
    r"листопад(?:а|і)?|груд(?:ень|ня|ні))"
)
MONTH_LEAD = (
    r"(?:в|у|до|з|із|по|на\s+початку|наприкінці|в\s+кінці|у\s+кінці|до\s+кінця|середини|у\s+середині|"
    r"в\s+середині|числах|(?:першій|другій|першої|другої|останній|останнього)\s+(?:половин[іиу]|декад[іиу]|тижн[іяю]))"
)
RELATIVE = (
    r"(?:сьогодні|завтра|післязавтра|(?:у|в|на)\s+вихідн\w+|по\s+вихідних|у\s+будні|в\s+будні|"
    r"на\s+(?:цьому|наступному|тому)\s+тижні|наступного\s+(?:тижня|місяця|дня|понеділка|вівторка|четверга)|"
    r"цього\s+(?:тижня|місяця)|(?:в|у)\s+(?:цьому|наступному)\s+місяці|"
    r"до\s+кінця\s+(?:дня|тижня|місяця|робочого\s+дня|наступного\s+\w+)|наприкінці\s+(?:тижня|місяця|дня)|"
    r"(?:в|у)\s+кінці\s+(?:тижня|місяця|дня)|на\s+початку\s+(?:тижня|місяця|наступного\s+(?:тижня|місяця))|"
    r"того\s+ж\s+дня|того\s+самого\s+дня|у\s+той\s+самий\s+день|протягом\s+дня|опівдні|обіду|перших\s+числах|"
    r"наступного\s+робочого\s+дня)"
)
PAST = (
    r"(?:вчора|учора|позавчора|минулого\s+тижня|минулого\s+місяця|на\s+минулому\s+тижні|"
    r"сьогодні\s+вранці|(?:\d+|два|дві|три|п'ять|тиждень|місяць)\s+(?:дн\w+|тиж\w+|місяц\w*)?\s*тому)"
)
ORDINAL = r"\d{1,2}-?(?:го|ого)|\d{1,2}\s+числа"
CLOCK_HOURS = r"(?:о|об|до|з|після|близько)\s+\d{1,2}(?:\s*(?:годин\w*|ранку|вечора|дня))"
FROM_TO_HOURS = r"з\s+\d{1,2}\s+до\s+\d{1,2}(?![\d.:])"
CURRENCY = r"грн\.?|гривн\w*|гривен\w*|гривень|євро|долар\w*|фунт\w*|злот\w*"

WORDS = frozenset(
    {
        "вже",
        "це",
        "що",
        "як",
        "та",
        "але",
        "або",
        "щоб",
        "коли",
        "де",
        "чи",
        "ви",
        "вас",
        "вам",
        "ваш",
        "ваше",
        "вашого",
        "ми",
        "нам",
        "наш",
        "будь",
        "ласка",
        "дякую",
        "дякуємо",
        "добре",
        "добрий",
        "день",
        "його",
        "її",
        "їх",
        "цей",
        "ця",
        "ці",
        "тут",
        "там",
        "зараз",
        "сьогодні",
        "завтра",
        "вчора",
        "учора",
        "теж",
        "також",
        "може",
        "буде",
        "були",
        "був",
        "була",
        "немає",
        "нема",
        "замовлення",
        "доставка",
        "посилка",
        "гроші",
        "чекатиму",
        "пишу",
        "писав",
        "писала",
        # without і, ї, є or ґ, so only these tell «Доброго ранку. Яка вага намету?» from Russian («ранку» is
        # Russian too: «обработать ранку»)
        "яка",
        "який",
        "яке",
        "можна",
        "треба",
        "вона",
        "вони",
        "воно",
        "мене",
        "чому",
        "тиждень",
    }
)
"""Frequent words: those not shared with the other Cyrillic languages decide short texts letters cannot."""


def _lemmatizer() -> MorphLemmatizer:
    return MorphLemmatizer("uk")


def _morphology(lemmatizer: Lemmatizer) -> Morphology:
    forms = Forms(informal_you=frozenset({"ти"}), informal_your=frozenset({"твій"}), formal_you="ви", formal_your="ваш")
    return PymorphyMorphology(lemmatizer, forms, vocative_names=True)


PACK = LanguagePack(
    code="uk",
    title="Українська",
    script="cyrillic",
    spacy="uk",
    lemmatizer=_lemmatizer,
    morphology=_morphology,
    langdetect="uk",
    alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
    letters=frozenset("іїєґ" + "іїєґ".upper()),
    words=WORDS,
    related=("ru",),
    head_first=True,
    more_stop_words=frozenset({"уже", "іще", "досі"}),
    sound_variants=(frozenset({"в", "у"}), frozenset({"з", "із", "зі"}), frozenset({"і", "й"})),
    grammar=Grammar(
        # a wish in the genitive («Гарного дня!»), or a holiday greeting in the instrumental («З прийдешнім Новим
        # роком!», «Зі святами!»)
        closing_wish=(
            r"(?:(?:бажаю|бажаємо)(?: [вВ]ам)? )?\w+(?:ого|ього|ої|ьої|их|іх)(?: [вВ]ам)? [\w'’]+"
            r"(?: [\w'’]+)?(?: (?:і|й|та) [\w'’]+)?[!,.]?"
            r"|(?:з|зі|із) (?:[\w'’]+(?:им|ім|ою|ьою|ими|іми) ){0,2}"
            r"[\w'’]+(?:ом|ем|єм|ою|ею|єю|ами|ями|им|ім)[!,.]?"
        ),
        numbers=NUMBERS,
        range_join=RANGE_JOIN,
        units=UNITS,
        duration_lead=DURATION_LEAD,
        length_lead=LENGTH_LEAD,
        weekdays=WEEKDAYS,
        months=MONTHS,
        month_lead=MONTH_LEAD,
        relative=RELATIVE,
        past=PAST,
        ordinal=ORDINAL,
        clock_hours=CLOCK_HOURS,
        from_to_hours=FROM_TO_HOURS,
        day=r"\d{1,2}(?:-?(?:го|ого))?",
        restrictive=frozenset({"лише", "тільки"}),
        currency=CURRENCY,
        magnitude=r"тис\.?|тисяч\w*|млн\.?|мільйон\w*|млрд\.?",
        measures=r"грн|гривн|гривень|кг|см|мм|г\b|л\b|мл|х\b",
    ),
    sample="Добрий день, Олено!\n\nЗамовлення відправлено.\n\nЗ повагою,\nМарина",
    phrases=Phrases(greeting="Добрий день", closing="З повагою,", name_placeholder="<ваше ім'я>"),
)
