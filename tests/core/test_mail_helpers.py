"""The engine's mail structure (replylint.mail): customer name, greeting, sign-off, names, placeholders."""

from __future__ import annotations

from typing import Any

import pytest

from replylint.mail.greeting import find_greeting
from replylint.mail.lines import text_lines
from replylint.mail.names import customer_name, customer_names, same_name, suggest_greeting
from replylint.mail.signoff import find_sign_off
from replylint.model import Context, Lang
from replylint.parsing import parse_input
from replylint.placeholders import find_placeholders
from replylint.rule import RuleContext


def _ctx(reply: str, original: str | None = None, lang: Lang = "en", **facts: Any) -> RuleContext:
    message, _ = parse_input(reply)
    orig = parse_input(original)[0] if original is not None else None
    return RuleContext(
        reply=message,
        text=message.text,
        language=lang,
        facts=Context(**facts),
        original=orig,
        original_source="given" if orig is not None else None,
        original_language=lang,
    )


BODY = "\n\nYour order left our warehouse today.\n\nKind regards,\nMarta"


# ------------------------------------------------------------------------------------------- customer name


def test_names_are_read_source_by_source_and_all_of_them_when_asked() -> None:
    """`known_names` stops at the first source a caller needs; the full list is the same however it is reached."""
    from replylint.mail import names as names_module

    original = "From: Katherine Moore <k@example.com>\n\nWhere is my order?\n\nThanks,\nKate"
    read: list[str] = []
    real = names_module.signed_name

    def spy(ctx: RuleContext) -> Any:
        read.append("signature")
        return real(ctx)

    sources = names_module._SOURCES
    names_module._SOURCES = (*sources[:-1], spy)
    try:
        ctx = _ctx("Hello Katherine," + BODY, original)
        lazy = names_module.known_names(ctx)
        first = lazy.first()
        assert first is not None and first.source == "from" and not read  # the signature was never read
        assert [n.source for n in customer_names(ctx)] == ["from", "signature"]
        assert read == ["signature"]
        assert [n.parts for n in lazy] == [("Katherine", "Moore"), ("Kate",)]
        customer_names(ctx)
        assert read == ["signature"]  # read once per reply
    finally:
        names_module._SOURCES = sources


def test_names_do_not_keep_the_context_alive() -> None:
    """The names live in the context's memo; holding the context back would make a cycle, and every reply's
    analyses would wait for the cyclic garbage collector."""
    import gc
    import weakref

    from replylint.mail.names import known_names

    ctx = _ctx("Hello," + BODY, "From: Anna Lee <a@example.com>\n\nHi\n\nThanks,\nAnna")
    assert known_names(ctx).first() is not None
    ref = weakref.ref(ctx)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del ctx
        assert ref() is None
    finally:
        if enabled:
            gc.enable()


def test_context_name_comes_first_and_says_where_it_came_from() -> None:
    ctx = _ctx(
        "Hello," + BODY,
        "From: Olivia Grant <o.grant@example.com>\n\nWhere is it?\n\nLiv",
        customer_name="Olivia G. Grant",
    )
    names = customer_names(ctx)
    assert [(n.source, n.parts) for n in names] == [("context", ("Olivia", "Grant")), ("signature", ("Liv",))]
    info = customer_name(ctx)
    assert info is not None and info.name == "Olivia G. Grant"


def test_lower_case_context_name_is_still_a_name() -> None:
    info = customer_name(_ctx("Hello," + BODY, customer_name="anna lee"))
    assert info is not None and info.parts == ("Anna", "Lee")


def test_reply_to_display_name_is_a_source() -> None:
    reply = "From: Shop <help@shop.example>\nTo: Marcus Hill <m.hill@example.com>\nSubject: Re: desk\n\nHello," + BODY
    info = customer_name(_ctx(reply))
    assert info is not None and (info.source, info.parts) == ("to", ("Marcus", "Hill"))


@pytest.mark.parametrize(
    "display",
    [
        "Customer",
        "Linen Lane Support",
        "ACME",
        "o.grant",
        "o.grant@example.com",
        "12345",
        "Client 7",
        "Acme Ltd",
        "Sent from my iPhone",
    ],
)
def test_display_names_that_are_not_people_are_ignored(display: str) -> None:
    original = f'From: "{display}" <o.grant@example.com>\n\nWhere is my order?'
    assert customer_name(_ctx("Hello," + BODY, original)) is None


def test_last_first_display_name_and_a_title() -> None:
    info = customer_name(_ctx("Hello," + BODY, 'From: "Patel, Dr. Raj" <r@example.com>\n\nWhere is it?'))
    assert info is not None and info.parts == ("Raj", "Patel") and info.title == "Dr."


@pytest.mark.parametrize(
    ("original", "parts"),
    [
        ("Where is it?\n\nThanks,\nSophie Turner", ("Sophie", "Turner")),
        ("Where is it?\n\nThanks, Anna", ("Anna",)),
        ("Where is it?\n\nRegards,\nHelen Ward\n07700 900123", ("Helen", "Ward")),
        ("Where is it?\n\nRegards,\nJohn Smith\nSenior Manager, Acme Ltd\nPhone: +1 555 0100", ("John", "Smith")),
        ("Where is it?\n\nThanks so much for your help,\nMarco", ("Marco",)),
        ("Has order 30114 been dispatched yet?\n\nTomasz", ("Tomasz",)),
        ("Where is it?\n\nAnna & Mark", ("Anna", "Mark")),
        ("where is it??\n\nthanks\nanna", ("Anna",)),
    ],
)
def test_name_the_customer_signed_with(original: str, parts: tuple[str, ...]) -> None:
    info = customer_name(_ctx("Hello," + BODY, original))
    assert info is not None and info.source == "signature" and info.parts == parts


@pytest.mark.parametrize(
    "original",
    [
        "Where is it? Please help",
        "Where is it?\n\nURGENT",
        "Where is it?\n\nThanks in advance!",
        "Where is it?\nI ordered it on Monday and paid by card",
        "Where is it?\n\nOrder 30114",
        "Thanks, done",
        "Thanks, I got it.",
        "Hi,\nThanks,\nI have a question about my order",
        "Where is it?\n\nBest wishes,\nThe Johnsons",
    ],
)
def test_no_signed_name(original: str) -> None:
    assert customer_name(_ctx("Hello," + BODY, original)) is None


def test_cyrillic_line_must_be_a_known_name_unless_after_a_closing() -> None:
    shop = _ctx("Здравствуйте!" + BODY, "Где заказ?\n\nРомашка", lang="ru")
    assert customer_name(shop) is None
    person = _ctx("Здравствуйте!" + BODY, "Где заказ?\n\nОльга", lang="ru")
    assert (info := customer_name(person)) is not None and info.parts == ("Ольга",)
    rare = _ctx("Здравствуйте!" + BODY, "Где заказ?\n\nСпасибо,\nЛиана", lang="ru")
    assert (info := customer_name(rare)) is not None and info.parts == ("Лиана",)


# ------------------------------------------------------------------------------------------------ greeting


@pytest.mark.parametrize(
    ("reply", "lang", "span", "names"),
    [
        ("Hello Anna and thank you for writing.", "en", "Hello Anna", ["Anna"]),
        ("Dear Mr and Mrs Hughes,", "en", "Dear Mr and Mrs Hughes", ["Hughes"]),
        ("Good afternoon Dr. Patel,", "en", "Good afternoon Dr. Patel", ["Patel"]),
        ("Hi there,", "en", "Hi there", []),
        ("Hello Anne-Marie,", "en", "Hello Anne-Marie", ["Anne-Marie"]),
        ("Ольга, добрый день!", "ru", "Ольга, добрый день", ["Ольга"]),
        ("Здравствуйте, Иван Петрович!", "ru", "Здравствуйте, Иван Петрович", ["Иван", "Петрович"]),
        ("Добрий день, пане Іване!", "uk", "Добрий день, пане Іване", ["Іване"]),
        ("Вітаю!", "uk", "Вітаю", []),
    ],
)
def test_greeting_forms(reply: str, lang: Lang, span: str, names: list[str]) -> None:
    ctx = _ctx(reply + BODY, lang=lang)
    greeting = find_greeting(ctx)
    assert greeting is not None
    assert ctx.text[greeting.start : greeting.end] == span
    assert [w.text for w in greeting.names] == names


@pytest.mark.parametrize(
    ("reply", "lang", "generic"),
    [
        ("Dear Sir/Madam,", "en", "Dear Sir/Madam"),
        ("To whom it may concern,", "en", "To whom it may concern"),
        ("Здравствуйте, уважаемый клиент!", "ru", "уважаемый клиент"),
        ("Шановний клієнте!", "uk", "Шановний клієнте"),
    ],
)
def test_generic_salutation_is_a_greeting_without_a_name(reply: str, lang: Lang, generic: str) -> None:
    greeting = find_greeting(_ctx(reply + BODY, lang=lang))
    assert greeting is not None and not greeting.names
    assert greeting.generic is not None and greeting.generic.text == generic


def test_generic_word_that_goes_on_is_not_a_salutation() -> None:
    greeting = find_greeting(_ctx("Hello, customer service here." + BODY))
    assert greeting is not None and greeting.generic is None


def test_placeholder_in_the_addressee_place() -> None:
    greeting = find_greeting(_ctx("Hi {{first_name}}," + BODY))
    assert greeting is not None and greeting.placeholder is not None and not greeting.names


@pytest.mark.parametrize(
    "reply",
    [
        "Thank you for reaching out!",
        "Your order left today.",
        "Yes, it ships on Monday.",
        "Заказ отправлен.",
    ],
)
def test_not_a_greeting(reply: str) -> None:
    assert find_greeting(_ctx(reply + BODY)) is None


def test_personal_names_need_a_name_grammeme_in_cyrillic() -> None:
    greeting = find_greeting(_ctx("Здравствуйте, Мария Коваленко!" + BODY, lang="ru"))
    assert greeting is not None and [w.text for w in greeting.personal] == ["Мария", "Коваленко"]
    alone = find_greeting(_ctx("Здравствуйте, Ромашка!" + BODY, lang="ru"))
    assert alone is not None and not alone.personal  # pymorphy3 calls it a surname; alone that proves nothing


# ---------------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("Олено", "Олена", "uk"),
        ("Ивана", "Иван", "ru"),
        ("Zoë", "zoe", "en"),
        ("Anne", "Anne-Marie", "en"),
        ("Andrii", "Андрію", "uk"),
        ("Olha", "Ольга", "uk"),
        ("Петр", "Пётр", "ru"),
        ("Олено", "Елена", "uk"),
        ("Сергію", "Сергей", "uk"),
        # an English name in Cyrillic: «дж» for j, a silent h, a hard c written к
        ("Джон", "John", "ru"),
        ("Сара", "Sarah", "ru"),
        ("Ханно", "Hannah", "uk"),
        ("Джессика", "Jessica", "ru"),
        # a Greek "ch" before r or l is «Х» or «К»
        ("Христино", "Christina", "uk"),
        ("Кристина", "Christina", "ru"),
        # a vocative no dictionary knows, of a short Latin name: its stem is the name
        ("Іоне", "Ion", "uk"),
        ("Іон", "Ion", "uk"),
    ],
)
def test_same_name(a: str, b: str, lang: Lang) -> None:
    assert same_name(a, b, lang)


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("Anna", "Anne", "en"),
        ("Sarah", "Priya", "en"),
        ("Мария", "Ольга", "ru"),
        ("Ірино", "Олена", "uk"),
        ("Wood", "Ward", "en"),
        ("J", "John", "en"),
        ("Sarah", "Hannah", "en"),
        ("Джон", "Иван", "ru"),
        ("Люсия", "Lucas", "ru"),
        ("Кирилл", "Christina", "ru"),
        ("Чарльз", "Christopher", "ru"),
        ("Іва", "Ivan", "uk"),
        ("Оле", "Oleg", "uk"),
    ],
)
def test_different_names(a: str, b: str, lang: Lang) -> None:
    assert not same_name(a, b, lang)


def test_suggested_greeting_uses_the_vocative_in_ukrainian() -> None:
    info = customer_name(_ctx("Вітаю!" + BODY, lang="uk", customer_name="Олена Коваленко"))
    assert info is not None
    assert suggest_greeting(info, "uk", "Добрий день") == "Добрий день, Олено!"
    assert suggest_greeting(info, "uk") == "Добрий день, Олено!"


# ------------------------------------------------------------------------------------------------- sign-off


@pytest.mark.parametrize(
    ("reply", "lang", "phrase", "name"),
    [
        ("Hi Anna,\n\nShipped.\n\nKind regards,\nJenna Walsh\nSupport Specialist", "en", "Kind regards", "Jenna Walsh"),
        ("Hi Anna,\n\nShipped.\n\nThanks, Priya", "en", "Thanks", "Priya"),
        ("Hi Anna,\n\nShipped.\n\nThanks for your patience.\nHarriet", "en", "Thanks for your patience", "Harriet"),
        (
            "Hi Anna,\n\nShipped.\n\nKind regards,\nThe Pawsome Pantry Team",
            "en",
            "Kind regards",
            "The Pawsome Pantry Team",
        ),
        ("Hi Anna,\n\nShipped.\n\nBest,\nAl\n\nP.S. The code is BEN10.", "en", "Best", "Al"),
        (
            "Добрый день!\n\nОтправлен.\n\nС уважением,\nкоманда магазина «Ромашка»",
            "ru",
            "С уважением",
            "команда магазина «Ромашка»",
        ),
        ("Добрий день!\n\nВідправлено.\n\nГарного дня! — Анна", "uk", "Гарного дня", "Анна"),
    ],
)
def test_sign_off_with_name(reply: str, lang: Lang, phrase: str, name: str) -> None:
    found = find_sign_off(_ctx(reply, lang=lang))
    assert found is not None and found.phrase == phrase and found.name == name


@pytest.mark.parametrize(
    "reply",
    [
        "Hi Anna,\n\nShipped.\n\nKind regards,",
        "Hi Anna,\n\nShipped.\n\nBest regards,\nhttps://shop.example",
        "Hi Anna,\n\nShipped.\n\nKind regards,\n[Agent Name]",
        "Hi Anna,\n\nShipped.\n\nRegards,\nSent from my iPhone",
        "Hi Anna,\n\nShipped.\n\nThanks,\nLet me know if you need anything else.",
    ],
)
def test_sign_off_without_name(reply: str) -> None:
    found = find_sign_off(_ctx(reply))
    assert found is not None and found.name is None


@pytest.mark.parametrize(
    "reply",
    [
        "Hi Anna,\n\nYes, the dress is lined.",
        "Hi Anna,\n\nThanks! Your order shipped today.\n\nMarta",
        "Hi Anna,\n\nYour order shipped.\n\nLet me know if you have questions.\n\nJake",
        "Thanks, Anna!\n\nYour order shipped today.",
    ],
)
def test_no_sign_off(reply: str) -> None:
    assert find_sign_off(_ctx(reply)) is None


def test_name_in_the_signature_block() -> None:
    ctx = _ctx("Hi Sam,\n\nYes, you can.\n\nKind regards,\n-- \nOliver Stone\nLinen Lane")
    found = find_sign_off(ctx)
    assert found is not None and found.name == "Oliver Stone"
    assert found.name_where == ("signature" if ctx.reply.signature else "text")


def test_quoted_lines_below_the_sign_off_are_skipped() -> None:
    reply = "Hi Hannah,\n\nYes.\n\nBest wishes,\nChloe\n\n> Can I use it on my face?\n>\n> Hannah"
    found = find_sign_off(_ctx(reply))
    assert found is not None and found.name == "Chloe"


# --------------------------------------------------------------------------------------------- placeholders


@pytest.mark.parametrize(
    "holder",
    [
        "{{first_name}}",
        "{name}",
        "%FIRSTNAME%",
        "[Name]",
        "<имя>",
        "[Ім'я]",
        "{%customer.firstName%}",
        "$name",
        "XXX",
        "[Agent Name]",
        "[номер заказа]",
        "*|FNAME|*",
        "[first_name]",
    ],
)
def test_placeholders(holder: str) -> None:
    text = f"Hello {holder}, your order is on its way."
    assert [text[p.start : p.end] for p in find_placeholders(text, loose=True)] == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Hold the [Pair] button.",
        "See note [1].",
        "Open [Customer Portal].",
        "It costs $49.99.",
        "The card XXXX XXXX XXXX 1234 was refunded.",
        "It is 100% cotton, 20% off.",
        "Write to <anna@example.com>.",
        "Size XXL is back.",
    ],
)
def test_not_placeholders(text: str) -> None:
    assert find_placeholders(text, loose=True) == []


def test_hand_typed_placeholders_only_when_loose() -> None:
    text = "Dear [Agent Name], your code is XXX, ask $name or <имя>. {# note #} {{ first_name }}"
    strict = [(p.syntax, text[p.start : p.end]) for p in find_placeholders(text)]
    assert strict == [("comment", "{# note #}"), ("braces", "{{ first_name }}")]
    loose = [(p.syntax, p.name) for p in find_placeholders(text, loose=True)]
    assert loose == [
        ("field", "Agent Name"),
        ("blank", "XXX"),
        ("dollar", "name"),
        ("angle", "имя"),
        ("braces", "first_name"),
    ]


def test_lines_keep_offsets() -> None:
    text = "  Hi Anna,\r\n\n\tThanks \n"
    assert [(ln.text, text[ln.start : ln.end]) for ln in text_lines(text)] == [
        ("Hi Anna,", "Hi Anna,"),
        ("Thanks", "Thanks"),
    ]


def test_english_name_first_greeting_is_never_proof_of_a_wrong_name() -> None:
    greeting = find_greeting(_ctx("Yes, hello!" + BODY))
    assert greeting is not None and [w.text for w in greeting.names] == ["Yes"] and greeting.personal == ()
    assert find_greeting(_ctx("Thanks, hi" + BODY)) is None


@pytest.mark.parametrize(
    ("raw", "lang", "trusted"),
    [
        ("Ольга Петрова", "ru", False),
        ("Ромашка", "ru", False),
        ("Олена Коваль", "uk", False),
        ("anna", "en", True),
        ("anna", "en", False),
        ("Smith, John", "en", False),
        ("Support Team", "en", False),
    ],
)
def test_a_kept_name_answer_is_the_one_computed_afresh(raw: str, lang: Lang, trusted: bool) -> None:
    from replylint.mail import names

    fresh = names._person_name.__wrapped__(raw, lang, trusted)
    assert names.person_name(raw, lang, trusted=trusted) == fresh
    assert names.person_name(raw, lang, trusted=trusted) == fresh  # the second time from the kept answers


# ------------------------------------------------------------------------------------------- whose words


def test_rules_reading_one_shared_list_share_its_instance() -> None:
    """pushy and familiar-tone both cite `reported_speech`: one compiled list, so a reply's matches are found once."""
    from replylint.registry import discover

    rules = discover()
    pushy, familiar = rules.get("pushy").load()(), rules.get("familiar-tone").load()()
    for lang in ("en", "ru", "uk"):
        assert pushy.lexicon("reported_speech", lang) is familiar.lexicon("reported_speech", lang)
    assert pushy.lexicon("reported_speech", "ru") is not pushy.lexicon("reported_speech", "uk")


@pytest.mark.parametrize(
    ("text", "lang", "cited"),
    [
        ("Курьер сказал: подожди до завтра. Мы проверим.", "ru", [": подожди до завтра."]),
        ("The courier said: wait till tomorrow. Thanks: we will check.", "en", [": wait till tomorrow."]),
        ("Без цитат: просто текст.", "ru", []),
    ],
)
def test_reported_speech_is_found_once_per_text_and_each_caller_gets_its_own_spans(
    text: str, lang: Lang, cited: list[str]
) -> None:
    from replylint.mail.voice import Spans, reported_spans
    from replylint.nlp import pipeline
    from replylint.registry import discover

    speech = discover().get("pushy").load()().lexicon("reported_speech", lang)
    analysis = pipeline(lang).analyse(text)
    calls = 0
    search = speech.search

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return search(*args)

    speech.search = counting  # type: ignore[method-assign]
    try:
        first = reported_spans(analysis, speech)
        asked = calls
        second = reported_spans(analysis, speech)
    finally:
        del speech.search
    assert [text[s:e] for s, e in first] == cited
    assert second == first and second is not first and isinstance(second, Spans)
    assert asked >= 1 and calls == asked  # the second caller reads what the first found
    first.append((0, 1))
    assert reported_spans(analysis, speech) == second  # one caller's copy cannot change another's
