"""Russian: spaCy's Russian tokenizer, pymorphy3 for lemmas and morphology."""

from __future__ import annotations

from replylint.languages import Grammar, LanguagePack, Lemmatizer, Morphology, Phrases
from replylint.languages._pymorphy import Forms, PymorphyMorphology
from replylint.nlp import MorphLemmatizer

_APOS = "['’ʼ]"
NUMBERS = (
    r"\d{1,3}|полтор[аы]|полутор\w*|пару|один|одн[уийоа]\w*|дв[ауе]\w*|тр[её]х|три|четыр\w+|пят\w+|шест\w+|сем\w*|восьм\w*|"
    r"восем\w*|девят\w*|десят\w*|одиннадцат\w*|тринадцат\w*|четырнадцат\w*|двадцат\w*|тридцат\w*|сорок\w*|нескольк\w+|"
    r"(?:один|дв[ауе]|три|четыре|пять|шесть)\s+с\s+половиной"
)
RANGE_JOIN = r"\s*(?:-|–|—|до|или)\s*"
UNITS = (
    r"(?:(?:рабоч\w+|календарн\w+|банковск\w+)\s+)?(?:минут\w*|час(?:а|ов|ам|ами|ах|у)?|дн(?:я|ей|ям|ями|ях|и|ём|ем)"
    r"|день|сут(?:ки|ок|кам|ками|ках)|недел\w+|месяц\w*)(?!\w)"
)
"""Whole words only: «час» is no «частный», «дня» no «дно», now that «один» is a count."""
LENGTH_LEAD = r"(?:занима\w+|займ[её]т|длится|продлится|около|примерно|приблизительно|ориентировочно)"
DURATION_LEAD = r"(?:через|в\s+течени[еи]|на\s+протяжении|за|не\s+позднее\s+чем\s+через|в\s+пределах)"
WEEKDAYS = r"(?:понедельник\w*|вторник\w*|сред[уа]|средам|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*)"
MONTHS = (
    r"(?:январ[ьяюе]|феврал[ьяюе]|март[аеу]?|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|август[аеу]?|"
    r"сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])"
)
MONTH_LEAD = (
    r"(?:в|во|до|к|с|со|по|начал[аео]|конц[аеу]|середин[аеуы]|к\s+концу|до\s+конца|в\s+начале|в\s+конце|"
    r"в\s+середине|числах|(?:первой|второй|последней)\s+(?:половин[еыу]|декад[еыу]|недел[еию]))"
)
RELATIVE = (
    r"(?:сегодня|завтра|послезавтра|сейчас\s+же|(?:в|на)\s+выходн\w+|по\s+выходным|в\s+будни|по\s+будням|"
    r"на\s+(?:этой|следующей|будущей|той)\s+неделе|(?:на\s+)?следующей\s+неделе|"
    r"в\s+(?:этом|следующем|будущем)\s+месяце|в\s+ближайш\w+\s+(?:понедельник|вторник|сред\w|четверг|пятниц\w|"
    r"суббот\w|воскресень\w)|(?:до|к)\s+конц[ау]\s+(?:дня|недели|месяца|следующ\w+\s+\w+|рабоч\w+\s+дня)|"
    r"в\s+конце\s+(?:недели|месяца|дня)|в\s+начале\s+(?:недели|месяца|следующ\w+\s+(?:недели|месяца))|"
    r"в\s+тот\s+же\s+день|в\s+течение\s+дня|полдень|полудня|первых\s+числах|следующ\w+\s+рабоч\w+\s+д\w+)"
)
PAST = (
    r"(?:вчера|позавчера|на\s+прошлой\s+неделе|в\s+прошлом\s+месяце|сегодня\s+утром|"
    r"(?:\d+|два|две|три|пять|неделю|месяц)\s+(?:дн\w+|недел\w+|месяц\w*)?\s*назад)"
)
ORDINAL = r"\d{1,2}-?(?:го|ого)|\d{1,2}\s+числа"
CLOCK_HOURS = r"(?:в|к|до|с|после|около)\s+\d{1,2}(?:\s*(?:час\w*|утра|вечера|дня))"
FROM_TO_HOURS = r"с\s+\d{1,2}\s+до\s+\d{1,2}(?![\d.:])"
CURRENCY = r"руб\.?|рубл\w*|р\.|коп\.?|копе\w*|евро|доллар\w*|фунт\w*|злот\w*"

WORDS = frozenset(
    {
        "уже",
        "это",
        "что",
        "как",
        "но",
        "или",
        "чтобы",
        "когда",
        "где",
        "ли",
        "вы",
        "вас",
        "вам",
        "ваш",
        "ваше",
        "вашего",
        "мы",
        "нам",
        "наш",
        "пожалуйста",
        "спасибо",
        "хорошо",
        "добрый",
        "день",
        "его",
        "ее",
        "её",
        "их",
        "этот",
        "эта",
        "эти",
        "тут",
        "там",
        "сейчас",
        "сегодня",
        "завтра",
        "вчера",
        "тоже",
        "также",
        "может",
        "будет",
        "были",
        "был",
        "была",
        "нет",
        "заказ",
        "доставка",
        "посылка",
        "деньги",
        "жду",
        "пишу",
        "писал",
        "писала",
    }
)
"""Frequent words: those not shared with the other Cyrillic languages decide short texts letters cannot."""


def _lemmatizer() -> MorphLemmatizer:
    return MorphLemmatizer("ru")


def _morphology(lemmatizer: Lemmatizer) -> Morphology:
    forms = Forms(informal_you=frozenset({"ты"}), informal_your=frozenset({"твой"}), formal_you="вы", formal_your="ваш")
    return PymorphyMorphology(lemmatizer, forms)


PACK = LanguagePack(
    code="ru",
    title="Русский",
    script="cyrillic",
    spacy="ru",
    lemmatizer=_lemmatizer,
    morphology=_morphology,
    langdetect="ru",
    fallback=True,
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    letters=frozenset("ыэъё" + "ыэъё".upper()),
    words=WORDS,
    related=("uk",),
    head_first=True,
    sound_variants=(
        frozenset({"в", "во"}),
        frozenset({"с", "со"}),
        frozenset({"к", "ко"}),
        frozenset({"о", "об", "обо"}),
    ),
    grammar=Grammar(
        # a wish in the genitive («Хорошего дня!»), or a holiday greeting in the instrumental («С наступающим
        # Новым годом!», «С праздником!»)
        closing_wish=(
            r"(?:(?:желаю|желаем)(?: [вВ]ам)? )?\w+(?:ого|его|ой|ей|ых|их)(?: [вВ]ам)? \w+(?: \w+)?(?: и \w+)?[!,.]?"
            r"|со? (?:\w+(?:ым|им|ой|ей|ыми|ими) ){0,2}\w+(?:ом|ем|ём|ой|ей|ами|ями|ым|им)[!,.]?"
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
        restrictive=frozenset({"только", "лишь"}),
        currency=CURRENCY,
        magnitude=r"тыс\.?|тысяч\w*|млн\.?|миллион\w*|млрд\.?",
        measures=r"руб|р\.|кг|см|мм|г\b|л\b|мл|х\b",
    ),
    sample="Здравствуйте, Анна!\n\nЗаказ отправлен.\n\nС уважением,\nМарина",
    phrases=Phrases(greeting="Здравствуйте", closing="С уважением,", name_placeholder="<ваше имя>"),
)
