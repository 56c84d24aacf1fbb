"""The splitter on every class of client convention it handles, from replylint's own cases (`split_cases`)."""

from __future__ import annotations

import pytest
import split_cases as cases

from replylint.parsing import parse_input
from replylint.parsing.html import html_structure, split_html
from replylint.parsing.split import QuoteHint, split_body

PLAIN = [(f"{cls}/{case[0]}", *case[1:]) for cls, group in cases.PLAIN.items() for case in group]


@pytest.mark.parametrize(("case_id", "body", "text", "signature"), PLAIN, ids=[c[0] for c in PLAIN])
def test_plain_cases(case_id: str, body: str, text: str, signature: str | None) -> None:
    split = split_body(body)
    assert split.text == text
    if signature is not None:
        assert split.signature == signature
    if not case_id.startswith(("mobile-footers/footer-", "signatures/")) or "then" in case_id:
        assert split.quote, "the quoted or forwarded message is reported as the quote"
        assert split.confidence == "attribution"
        assert split.unmarked_quote is None


@pytest.mark.parametrize(("case_id", "markup", "text", "signature"), cases.HTML, ids=[c[0] for c in cases.HTML])
def test_html_cases_split_on_the_clients_structure(case_id: str, markup: str, text: str, signature: str | None) -> None:
    split = split_html(markup)
    assert split.text == text
    assert split.quote
    # a separator the text shows above the client's wrapper is found first: the quote is then "attribution"
    assert split.confidence == ("attribution" if "Пересылаемое" in markup else "structural")
    assert split.unmarked_quote is None


@pytest.mark.parametrize(("case_id", "markup", "text", "signature"), cases.HTML, ids=[c[0] for c in cases.HTML])
def test_parse_input_splits_bare_html_on_its_structure(
    case_id: str, markup: str, text: str, signature: str | None
) -> None:
    message, _ = parse_input(markup if markup.startswith("<") else f"<div>{markup}</div>")
    assert message.text == text
    assert message.split_confidence in ("structural", "attribution")


def test_gmail_header_element_is_the_quote_header_even_in_an_unknown_language() -> None:
    split = split_html(dict((c[0], c[1]) for c in cases.HTML)["gmail-quote-unknown-language"])
    assert split.quote_header == "Ven 30 Aprili 2025 saa 15:19, Anna <anna@example.com> aliandika:"
    assert split.quote == "Hello, when will I get my refund?\nAnna"


def test_outlook_header_box_is_the_quote_header() -> None:
    split = split_html(dict((c[0], c[1]) for c in cases.HTML)["outlook-border-top"])
    assert split.quote_header is not None
    assert split.quote_header.startswith("Von: Anna Schmidt")
    assert split.quote == "Hello, when will I get my refund?"


def test_a_bare_blockquote_is_not_a_client_structure() -> None:
    """An agent's own <blockquote> says nothing about who wrote it: quote-unrecognised must still see it."""
    text, hint = html_structure("<p>Hi Anna,</p><blockquote>Where is my order?</blockquote><p>It ships today.</p>")
    assert hint is None
    split = split_body(text, hint=hint)
    assert split.confidence == "heuristic"
    assert split.unmarked_quote == "> Where is my order?"


def test_an_agents_own_intro_over_a_blockquote_is_not_a_client_attribution() -> None:
    text, hint = html_structure("<p>Here is what you wrote:</p><blockquote>Where is it?</blockquote><p>Today.</p>")
    assert hint is None
    assert split_body(text).confidence == "heuristic"


def test_a_border_top_box_without_header_fields_is_not_a_quote() -> None:
    markup = (
        '<p>Hi Anna,</p><p>It ships today.</p><div style="border-top:solid #ccc 1pt"><p>Mark Jones</p>'
        "<p>Shop Inc.</p></div>"
    )
    split = split_html(markup)
    assert split.quote is None
    assert split.confidence is None
    assert "Mark Jones" in split.text


def test_text_after_a_client_quote_stays_new_text() -> None:
    markup = (
        '<div class="gmail_quote"><div class="gmail_attr">On Wed, Apr 30, 2025 at 3:19 PM Anna '
        '&lt;anna@example.com&gt; wrote:</div><blockquote class="gmail_quote">Where is it?</blockquote></div>'
        "<div>It ships today.</div>"
    )
    split = split_html(markup)
    assert split.text == "It ships today."
    assert split.quote == "Where is it?"


@pytest.mark.parametrize("start", [-1, 10_000])
def test_a_hint_outside_the_body_is_ignored(start: int) -> None:
    body = "Reply\n\n> quoted\n"
    assert split_body(body, hint=QuoteHint(start)) == split_body(body)


def test_confidence_of_plain_text() -> None:
    assert split_body("Hello,\n\nIt is done.\n\nMark").confidence is None
    assert split_body("> Where is it?\n\nIt ships today.").confidence == "heuristic"
    attributed = "It ships today.\n\nOn Wed, 30 Apr 2025 at 15:19, Anna <anna@example.com> wrote:\n> Where is it?"
    assert split_body(attributed).confidence == "attribution"


@pytest.mark.parametrize(
    "body",
    [
        "So I checked the order on 30.04 and it left at 15:19:\n- box 1\n- box 2",
        "Sent with care by our team\nto every customer, every day, in every weather, from our warehouse in Leeds",
        "Our hours: Mon 9:00-18:00:\nMon 10 is a holiday.",
        "Mark-----\nThanks",
        "Please see the note from: the warehouse, sent: today, to: you.",
        "We wrote to support@shop.example at 10:15, you can reply there.",
        "Thanks!\n\nSent from my kitchen table, which beats the office any day.",
        "Hi,\n\nEnviado desde mi punto de vista, el pedido llegó tarde.",
        "Hallo,\n\nVon meinem Kollegen erhalten Sie morgen eine Antwort",
        "Hallo,\n\nViele Grüße\nvon meinem ganzen Team",
        "Добрый день!\n\nС моего разрешения",
        "Hi,\n\nI wrote to anna@example.com at 10:15:\n- the label\n- the invoice",
        "Hi,\n\nOur courier (pickup 30.04.2025 15:19, ref <A-1@dpd>):\n\nPlease have the box ready.",
    ],
)
def test_ordinary_text_with_header_words_is_not_a_quote(body: str) -> None:
    split = split_body(body)
    assert split.quote is None
    assert split.signature is None
    assert split.text == body


@pytest.mark.parametrize(
    "footer",
    ["Sent from my iPhone, please excuse typos", "Sent from my LG G6", "Envoyé de mon iPhone. Désolé pour les fautes."],
)
def test_a_footer_may_add_an_apology_or_name_any_device(footer: str) -> None:
    split = split_body(f"Hi,\n\nIt is done.\n\n{footer}")
    assert split.text == "Hi,\n\nIt is done."
    assert split.signature == footer


@pytest.mark.parametrize(
    "body",
    [
        "Ирина, здравствуйте!\n\nЗаказ 5591 приедет сегодня между 17:00 и 19:00, курьер позвонит за 30 минут.\n\n"
        "С уважением,\nОлег\n\nИрина Мальцева <irina@mail.example>:\n> Когда придёт заказ 5591?",
        "Добрий день, Ірино!\n\nЗамовлення 5591 приїде сьогодні між 17:00 та 19:00, кур'єр зателефонує заздалегідь.\n\n"
        "З повагою,\nОлег\n\nІрина Мальцева <irina@mail.example>:\n> Коли приїде замовлення 5591?",
        "Hi Irina,\n\nYour order 5591 arrives today between 17:00 and 19:00, and the driver will call first.\n\n"
        "Best wishes,\nOleg\n\nIrina Maltseva <irina@mail.example>:\n> When will order 5591 arrive?",
        # the reply's paragraphs are never the upper lines of a header wrapped without an opener of its own
        "Добрий день, Ірино!\n\nЗамовлення 7732 прийде сьогодні, 12 червня, після 17:00, Вам надійде SMS.\n\n"
        "З повагою,\nДенис, «Гаджет Плюс»\n\nІрина <iryna@ukr.example>:\n> Коли прийде замовлення 7732?",
        "Hi Irina,\n\nOrder 7732 arrives today, 12 June, after 17:00, and you'll get a text.\n\n"
        "Best wishes,\nDenis, Gadget Plus\n\nIrina <irina@mail.example>:\n> When will order 7732 arrive?",
    ],
)
def test_a_sentence_of_the_reply_above_a_bare_address_line_is_no_wrapped_header(body: str) -> None:
    """A time in the reply's own text, a sign-off and "Name <address>:" above a "> " block once read as one header
    wrapped over three paragraphs: the reply's text was dropped (neither text nor quote)."""
    split = split_body(body)
    assert any(f"{word} 17:00" in split.text for word in ("between", "между", "між", "після", "after"))
    assert split.quote_header is None or "17:00" not in split.quote_header
