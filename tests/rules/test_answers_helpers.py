"""The shared recognisers of the answer rules: time expressions, amounts, links, admissions and what follows them."""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint.model import Lang
from replylint.nlp import pipeline
from replylint.rule import Rule
from replylint_rules._answers import (
    ACRONYMS,
    GENERIC_WEIGHT,
    NAME_WEIGHT,
    NUMBER_WEIGHT,
    Bag,
    LexiconSource,
    Term,
    _time_patterns,
    _time_words,
    admissions,
    content_terms,
    find_links,
    find_money,
    find_numbers,
    find_times,
    helpful,
    imperatives,
    is_word,
    names_in,
    offers_after,
    past_tense,
    stems_match,
    stop_words,
    topic_names,
)
from replylint_rules.honest_unknown import HonestUnknown


def _times(text: str, lang: Lang) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_times(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "It will be delivered on Thursday, 12 June, between 8am and 6pm.",
            [("weekday", "Thursday"), ("date", "12 June"), ("time", "8am"), ("time", "6pm")],
        ),
        ("en", "Delivery takes seven to ten working days.", [("duration", "seven to ten working days")]),
        ("en", "I'll write to you by the end of the day.", [("relative", "the end of the day")]),
        ("en", "within 24 hours", [("duration", "within 24 hours")]),
        ("en", "The courier has it booked for the 17th.", [("date", "the 17th")]),
        ("en", "next week", [("relative", "next week")]),
        ("en", "We deliver on Saturdays.", [("weekday", "Saturdays")]),
        ("en", "Expected 14/11/2025 at 18:00.", [("date", "14/11/2025"), ("time", "18:00")]),
        ("en", "The restock arrives in May.", [("date", "in May")]),
        ("en", "May 15th", [("date", "May 15th")]),
        (
            "ru",
            "Привезём в четверг, 14 ноября, с 12:00 до 16:00.",
            [("weekday", "четверг"), ("date", "14 ноября"), ("time", "12:00"), ("time", "16:00")],
        ),
        ("ru", "Деньги придут через 3 дня.", [("duration", "через 3 дня")]),
        ("ru", "Ответим в течение суток.", [("duration", "в течение суток")]),
        ("ru", "Напишу до конца дня.", [("relative", "до конца дня")]),
        ("ru", "на следующей неделе", [("relative", "на следующей неделе")]),
        ("ru", "Ждите 15-го.", [("date", "15-го")]),
        ("ru", "Доставка занимает 2–3 дня.", [("duration", "2–3 дня")]),
        ("ru", "Работаем в выходные.", [("relative", "в выходные")]),
        ("uk", "Відправимо завтра, 20 травня.", [("relative", "завтра"), ("date", "20 травня")]),
        ("uk", "Кошти надійдуть за 2 дні.", [("duration", "за 2 дні")]),
        ("uk", "Відповімо протягом доби.", [("duration", "протягом доби")]),
        ("uk", "Напишу до кінця дня.", [("relative", "до кінця дня")]),
        ("uk", "наступного тижня", [("relative", "наступного тижня")]),
        ("uk", "до понеділка", [("weekday", "понеділка")]),
        ("uk", "до п'ятниці, 23 травня", [("weekday", "п'ятниці"), ("date", "23 травня")]),
        ("uk", "післязавтра", [("relative", "післязавтра")]),
    ],
)
def test_time_expressions(lang: Lang, text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It will ship soon after launch."),
        ("en", "We'll reply as soon as possible."),
        ("en", "May I ask for your order number?"),
        ("en", "Your 15.6-inch laptop fits."),  # a decimal, not 15 June
        ("en", "Add 3/4 cup of water."),  # a fraction
        ("en", "The two-year warranty covers it."),
        ("en", "It costs £12.10."),
        ("ru", "Ответим в ближайшее время."),
        ("ru", "Поставщик привозит корм раз в месяц."),
        ("uk", "Відповімо найближчим часом."),
        ("uk", "Лютий мороз не завадить доставці."),  # "лютий" is also an adjective
        ("uk", "Ми повідомимо, щойно відправимо."),
    ],
)
def test_vague_or_look_alike_times_are_not_times(lang: Lang, text: str) -> None:
    assert _times(text, lang) == []


def test_money_needs_a_currency() -> None:
    text = "Delivery is £4.99, returns 1 190 грн or 4 590 рублей, 15% off; order 40017 and 3 pairs are not money."
    assert [f.text for f in find_money(text)] == ["£4.99", "1 190 грн", "4 590 рублей", "15%"]


def test_money_may_name_its_magnitude_before_the_currency() -> None:
    """A price told in thousands is still a price; "45 тысяч" with no currency may be anything counted."""
    text = (
        "Tiling costs 45 thousand dollars, укладка обходится в 45–55 тыс. рублей, монтаж у 12 тисяч гривень, "
        "a licence 2 million pounds; 45 тысяч заказов and 3 thousand boxes are not money."
    )
    assert [f.text for f in find_money(text)] == [
        "45 thousand dollars",
        "55 тыс. рублей",
        "12 тисяч гривень",
        "2 million pounds",
    ]


def test_links_emails_and_phones_but_not_order_numbers() -> None:
    text = (
        "See https://shop.example/t/90211, write to support@example.org or call 0800 046 0000 "
        "or +7 900 111-22-33. Order 52210, TTN 20450977889900."
    )
    assert [(f.kind, f.text) for f in find_links(text)] == [
        ("url", "https://shop.example/t/90211"),
        ("email", "support@example.org"),
        ("phone", "0800 046 0000"),
        ("phone", "+7 900 111-22-33"),
    ]


def test_numbers_in_words_and_digits() -> None:
    assert [f.text for f in find_numbers("Each pack has three pairs, or 6 in the big pack.", "en")] == ["three", "6"]
    assert [f.text for f in find_numbers("В упаковке две пары.", "ru")] == ["две"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("delivery", "deliver", True),
        ("доставка", "доставить", True),
        ("оплата", "оплатить", True),
        ("повернення", "повернути", True),
        ("order", "ordinary", False),
        ("перенести", "перевести", False),
        ("cable", "cab", False),
    ],
)
def test_stems_match_across_parts_of_speech_only(a: str, b: str, same: bool) -> None:
    assert stems_match(a, b) is same


def test_topics_are_discovered_from_the_lexicon_folder() -> None:
    assert {"topic_delivery", "topic_payment", "topic_return"} <= set(topic_names())


def test_imperatives_are_instructions_not_conjunctions() -> None:
    analysis = pipeline("uk").analyse("Не знаю, коли буде знижка. Підпишіться на розсилку.")
    assert [analysis.doc[i].text for i in imperatives(analysis)] == ["Підпишіться"]
    assert imperatives(pipeline("en").analyse("Go to My Account.")) == []  # English has no mood on the word


def test_past_tense_marks_what_happened() -> None:
    ru = pipeline("ru").analyse("На складе перепутали артикулы, отправим завтра.")
    assert [ru.doc[i].text for i in past_tense(ru)] == ["перепутали"]
    en = pipeline("en").analyse("The bank declined the payment, so it will fail again.")
    assert [en.doc[i].text for i in past_tense(en)] == ["declined"]


def test_english_past_tense_knows_irregular_verbs() -> None:
    en = pipeline("en").analyse("A machine broke down, the parcel got lost and the lamp came damaged; it ships Monday.")
    assert [en.doc[i].text for i in past_tense(en)] == ["broke", "got", "lost", "came", "damaged"]
    # forms as often something else stay out: a noun, the same form as the present, where a parcel is now
    en = pipeline("en").analyse("Wait a bit, put it on felt pads; it is held up and stuck in customs.")
    assert past_tense(en) == []


def test_names_in_are_new_names_and_codes() -> None:
    analysis = pipeline("ru").analyse("Обычно подходит оттенок 01 «Порселейн».")
    assert names_in(analysis, 0, len(analysis.text)) == {"01", "порселейн"}


def _lex(lang: Lang) -> LexiconSource:
    rule: Rule = HonestUnknown()
    return partial(rule.lexicon, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "phrases"),
    [
        ("en", "I'm honestly not sure whether it fits.", ["I'm honestly not sure"]),
        ("en", "If you're not sure about the size, measure it.", []),
        ("en", "I don't know of any problems with it.", []),
        ("ru", "К сожалению, я не знаю, совместим ли чехол.", ["не знаю"]),
        ("ru", "Если вы не уверены в размере, напишите нам.", []),
        ("ru", "Не знаю, как вас благодарить!", []),
        ("uk", "Не знаю напевно, чи підійде.", ["Не знаю напевно"]),
        ("uk", "Якщо ви не впевнені щодо розміру, напишіть.", []),
        ("uk", "Вона сказала: «не знаю, коли буде».", []),  # quoted words are someone else's
    ],
)
def test_admissions(lang: Lang, text: str, phrases: list[str]) -> None:
    analysis = pipeline(lang).analyse(text)
    found = admissions(analysis, _lex(lang))
    assert [text[a.start : a.end] for a in found] == phrases


@pytest.mark.parametrize(
    ("lang", "text", "kinds", "is_helpful"),
    [
        ("en", "I'm not sure. I'll let you know when I hear more.", ["promise"], False),
        ("en", "I'm not sure. I'll let you know by Friday.", ["promise-dated", "time"], True),
        ("en", "I'm not sure, but I think it's about three weeks.", ["guess"], True),
        ("en", "I'm not sure. I'll ask the warehouse.", ["promise"], False),  # the agent asks: not a referral
        ("en", "I'm not sure. Ask the manufacturer: support@example.org", ["referral", "link"], True),
        ("ru", "Не знаю, когда будет поставка.", [], False),
        ("ru", "Не знаю. Уточню у поставщика и напишу вам завтра.", ["promise-dated", "promise-dated", "time"], True),
        ("uk", "Не знаю, коли кеди знову з'являться в продажу. Гарного дня!", [], False),
        ("uk", "Не знаю. Підпишіться на розсилку.", ["guess", "suggestion"], True),
    ],
)
def test_offers_after_an_admission(lang: Lang, text: str, kinds: list[str], is_helpful: bool) -> None:
    analysis = pipeline(lang).analyse(text)
    lex = _lex(lang)
    [adm] = admissions(analysis, lex)
    offers = offers_after(analysis, lex, adm.end)
    assert [o.kind for o in offers] == kinds
    assert helpful(offers) is is_helpful


def test_a_time_inside_the_admission_is_what_is_not_known() -> None:
    text = "I don't know exactly what time the courier will come tomorrow."
    analysis = pipeline("en").analyse(text)
    lex = _lex("en")
    [adm] = admissions(analysis, lex)
    assert not helpful(offers_after(analysis, lex, adm.end))


_TIME_SOUP = """
0 1 3 9 12 15 18 24 2025 . , : - – / am pm a.m. p.m. of the a in within after until by next this on at to
Monday Friday June December today tomorrow yesterday hours days weeks business working noon
завтра сегодня вчера понедельник пятницу ноября декабря через течение дня дней часа часов до после с по
завтра сьогодні понеділок п'ятницю листопада грудня через протягом днів години годин до після з по
"""
_TIME_WORDS = _TIME_SOUP.split()


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_TIME_WORDS), max_size=40).map(" ".join)
    | st.text(alphabet="0123456789 .:-/apmдняо", max_size=60)
)
def test_the_time_gate_finds_what_each_pattern_finds(lang: Lang, text: str) -> None:
    """perf: the time patterns are tried only where one scan says some pattern matches; every pattern must
    still give exactly its own finditer's matches, in the patterns' order."""
    plain = [(m.start(), m.end(), kind) for kind, rx in _time_patterns(lang) for m in rx.finditer(text)]
    assert [(f.start, f.end, f.kind) for f in _time_words(text, lang)] == plain


def test_a_bag_tests_stems_of_added_words_only() -> None:
    """Bag indexes words by prefix lazily (perf); words put straight into `lemmas` still match only exactly."""
    bag = Bag()
    bag.add(["delivery", "card"])
    assert bag.has(Term("delivered", frozenset({"delivered"}), 1.0))  # a shared stem, through the index
    bag.lemmas.add("signature")  # straight in: exact matches only
    assert bag.has(Term("signature", frozenset({"signature"}), 1.0))
    assert not bag.has(Term("sign", frozenset({"sign"}), 1.0))
    bag.add({"payment", "delivery"})  # added after the index was first built
    assert bag.has(Term("payments", frozenset({"payments"}), 1.0))
    assert not bag.has(Term("parcel", frozenset({"parcel"}), 1.0))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hello. Can the Nimbus X2 lamp ship to Oslo, order 48213, via UPS? Thanks!"),
        ("en", "Hello. Will the Nimbus lamp work in the US? Can I collect it at 10 AM? IT IS URGENT"),
        ("ru", "Когда привезут лампу Nimbus X2 в Осло? Заказ №48213, оплата картой «Мир»."),
        ("uk", "Коли доставлять лампу Nimbus у Київ? Замовлення 48213, оплата карткою."),
    ],
)
def test_content_terms_and_is_word_agree_with_spacy_tokens(lang: Lang, text: str) -> None:
    """perf: both read plain lists or one attribute; they must say what spaCy's Token attributes say."""
    analysis = pipeline(lang).analyse(text)
    doc = analysis.doc
    for tok in doc:
        assert is_word(tok) == (not tok.is_space and not tok.is_punct and any(c.isalnum() for c in tok.text))
    stops = stop_words(lang)
    generic = frozenset({3})
    expected: dict[str, Term] = {}
    for tok in doc:  # the Token-reading implementation the plain-list one replaced
        if not is_word(tok) or tok.i == 1:
            continue
        lemmas = analysis.lemma_sets[tok.i]
        low = tok.lower_
        # a stop word in capitals that is a name ("the US", "UPS"), unless shouted among capitals
        shouted = any(
            0 <= k < len(doc) and len(doc[k].text) >= 2 and doc[k].text.isupper() for k in (tok.i - 1, tok.i + 1)
        )
        acronym = tok.text in ACRONYMS and not shouted
        if (low in stops or (lemmas & stops and len(low) <= 4) or len(low) == 1) and not acronym:
            continue
        after = doc[tok.i - 1].text if tok.i > 0 else "."
        named = not tok.is_sent_start and tok.text[:1].isupper() and after not in {".", "!", "?", ":"}
        if tok.i in generic:
            weight = GENERIC_WEIGHT
        elif named and not tok.text.isupper():
            weight = NAME_WEIGHT
        elif not any(ch.isalpha() for ch in low):
            weight = NUMBER_WEIGHT
        else:
            weight = 1.0
        key = min(lemmas) if lemmas else low
        if key not in expected or expected[key].weight < weight:
            expected[key] = Term(tok.text, lemmas | {low}, weight)
    assert content_terms(analysis, 0, len(text), skip=[1], generic=generic) == list(expected.values())
