"""MIME messages: charsets, transfer encodings, encoded-word headers, part selection, addresses, dates."""

from __future__ import annotations

import base64
import quopri
from datetime import timedelta
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from replylint.errors import ReplyParseError
from replylint.model import ParsedMessage
from replylint.parsing import parse_input
from replylint.parsing.coerce import GUESSED, REPAIRED
from replylint.parsing.mime import decode_header, parse_addresses

RU = "Здравствуйте, Ольга!\n\nВаш заказ 48213 передан курьеру, он привезёт его в четверг до 18:00.\n"
UK = "Добрий день, Олено!\n\nВаше замовлення 48213 вже їде до вас, кур'єр привезе його в четвер.\n"
SUBJECT_RU = "Ваш заказ передан курьеру"
SUBJECT_UK = "Ваше замовлення в дорозі"

MALFORMED = Path(__file__).resolve().parents[2].parent / "shared/corpus/malformed"


def _message(body: str, charset: str, encoding: str | None, subject: str) -> bytes:
    """A text/plain message built by the stdlib, with the subject as an RFC 2047 word in the same charset."""
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "base64": BASE64, None: None}[encoding]  # type: ignore[assignment]
    cs.header_encoding = BASE64
    msg = MIMEText(body, "plain", cs)  # type: ignore[arg-type]  # the stdlib accepts a Charset here
    msg["Subject"] = Header(subject, charset).encode()
    msg["From"] = Header("Марина", charset).encode() + " <support@shop.example>"
    msg["To"] = "olga@example.ru"
    msg["Date"] = "Mon, 12 May 2025 10:15:00 +0300"
    return msg.as_bytes()


def _parse(data: bytes | str) -> ParsedMessage:
    return parse_input(data)[0]


# ---------------------------------------------------------------------------------------------- charsets


@pytest.mark.parametrize("encoding", ["qp", "base64", None])
@pytest.mark.parametrize(
    ("charset", "body", "subject"),
    [
        ("windows-1251", RU, SUBJECT_RU),
        ("koi8-r", RU, SUBJECT_RU),
        ("koi8-u", UK, SUBJECT_UK),
        ("iso-8859-5", RU, SUBJECT_RU),
        ("utf-8", UK, SUBJECT_UK),
    ],
)
def test_each_charset_and_transfer_encoding_decodes(
    charset: str, body: str, subject: str, encoding: str | None
) -> None:
    message = _parse(_message(body, charset, encoding, subject))
    assert message.body.strip() == body.strip()
    assert message.text == body.strip()
    assert message.headers is not None
    assert message.headers.subject == subject
    assert message.headers.from_[0].name == "Марина"
    assert message.headers.from_[0].email == "support@shop.example"
    assert not {REPAIRED, GUESSED} & set(message.defects)


def _raw(content_type: str, body: bytes, cte: str = "8bit", subject: str = "test") -> bytes:
    head = f"From: a@example.com\nSubject: {subject}\nContent-Type: {content_type}\nContent-Transfer-Encoding: {cte}\n"
    return head.encode("ascii") + b"\n" + body


@pytest.mark.parametrize("actual", ["cp1251", "koi8-r", "utf-8"])
def test_missing_charset_label_is_detected(actual: str) -> None:
    message = _parse(_raw("text/plain", RU.encode(actual)))
    assert message.text == RU.strip()
    if actual != "utf-8":
        assert GUESSED in message.defects


@pytest.mark.parametrize(
    ("actual", "label"),
    [
        ("cp1251", "utf-8"),
        ("koi8-r", "windows-1251"),
        ("cp1251", "koi8-r"),
        ("utf-8", "windows-1251"),
        ("koi8-u", "iso-8859-1"),
        ("cp1251", "us-ascii"),
    ],
)
def test_lying_charset_label_is_repaired_and_noted(actual: str, label: str) -> None:
    body = UK if actual == "koi8-u" else RU
    message = _parse(_raw(f"text/plain; charset={label}", body.encode(actual)))
    assert message.text == body.strip()
    assert REPAIRED in message.defects


def test_lying_label_on_quoted_printable_body_is_repaired() -> None:
    data = quopri.encodestring(RU.encode("koi8-r"))
    message = _parse(_raw('text/plain; charset="windows-1251"', data, cte="quoted-printable"))
    assert message.text == RU.strip()


def test_base64_body_is_decoded() -> None:
    data = base64.encodebytes(UK.encode("utf-8"))
    assert _parse(_raw("text/plain; charset=utf-8", data, cte="base64")).text == UK.strip()


# ------------------------------------------------------------------------------------ RFC 2047 headers


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "utf-8"])
@pytest.mark.parametrize("encoding", ["B", "Q"])
def test_encoded_word_subject_in_cyrillic_charsets(charset: str, encoding: str) -> None:
    raw = SUBJECT_RU.encode(charset)
    if encoding == "B":
        word = base64.b64encode(raw).decode()
    else:
        word = quopri.encodestring(raw, header=True).decode().replace("=\n", "")
    header = f"=?{charset}?{encoding}?{word}?="
    assert decode_header(header) == SUBJECT_RU


def test_encoded_word_with_lying_charset_is_repaired() -> None:
    word = base64.b64encode(SUBJECT_RU.encode("cp1251")).decode()
    notes: set[str] = set()
    assert decode_header(f"=?koi8-r?B?{word}?=", notes) == SUBJECT_RU
    assert REPAIRED in notes


def test_utf8_character_split_across_encoded_words_is_rejoined() -> None:
    raw = "Привет".encode()
    first, second = base64.b64encode(raw[:5]).decode(), base64.b64encode(raw[5:]).decode()
    assert decode_header(f"=?utf-8?B?{first}?=\r\n =?utf-8?B?{second}?=") == "Привет"


def test_text_between_encoded_words_is_kept() -> None:
    word = base64.b64encode("заказ".encode()).decode()
    assert decode_header(f"Re: =?utf-8?B?{word}?= 48213") == "Re: заказ 48213"


def test_raw_8bit_cp1251_header_is_decoded() -> None:
    data = b"From: a@example.com\nSubject: " + SUBJECT_RU.encode("cp1251") + b"\n\nbody\n"
    message = _parse(data)
    assert message.headers is not None and message.headers.subject == SUBJECT_RU


# ---------------------------------------------------------------------------------------------- headers


def test_headers_fields() -> None:
    data = (
        b"From: =?utf-8?B?0JzQsNGA0LjQvdCwLCDQv9C+0LTQtNC10YDQttC60LA=?= <support@shop.example>\n"
        b'To: ivan@@mail.ru, "Smith, John" <john@example.com>\n'
        b"Cc: undisclosed-recipients:;\n"
        b"Reply-To: Support <reply@shop.example>\n"
        b"Subject:\n"
        b"Date: Mon, 12 May 2025 10:15:00 +0300\n"
        b"Message-ID: <abc@shop.example>\n"
        b"In-Reply-To: <xyz@mail.ru>\n"
        b"X-Custom: =?utf-8?B?0J/RgNC40LLQtdGC?=\n"
        b"\nbody\n"
    )
    headers = _parse(data).headers
    assert headers is not None
    assert headers.from_[0].name == "Марина, поддержка"  # the encoded comma does not split the address
    assert headers.from_[0].email == "support@shop.example"
    assert [(a.name, a.email, a.raw) for a in headers.to] == [
        ("", "ivan@@mail.ru", "ivan@@mail.ru"),
        ("Smith, John", "john@example.com", '"Smith, John" <john@example.com>'),
    ]
    assert headers.cc == ()
    assert headers.reply_to[0].email == "reply@shop.example"
    assert headers.subject == ""
    assert headers.date is not None and headers.date.utcoffset() == timedelta(hours=3)
    assert (headers.date.hour, headers.date.minute) == (10, 15)
    assert headers.message_id == "<abc@shop.example>"
    assert headers.in_reply_to == "<xyz@mail.ru>"
    assert headers.raw["x-custom"] == "Привет"


def test_absent_headers_are_none() -> None:
    headers = _parse(b"From: a@example.com\n\nbody").headers
    assert headers is not None
    assert headers.subject is None
    assert headers.date is None
    assert headers.message_id is None
    assert headers.to == ()


@pytest.mark.parametrize("value", ["yesterday", "Mon, 99 Foo 2025 99:99:99", "", "32/13/2025"])
def test_unparseable_date_is_none(value: str) -> None:
    headers = _parse(f"From: a@example.com\nDate: {value}\n\nbody".encode()).headers
    assert headers is not None and headers.date is None


def test_date_without_zone_is_made_aware() -> None:
    headers = _parse(b"From: a@example.com\nDate: Mon, 12 May 2025 10:15:00 -0000\n\nbody").headers
    assert headers is not None and headers.date is not None and headers.date.tzinfo is not None


def test_broken_address_keeps_its_raw_text() -> None:
    (address,) = parse_addresses("Иван <ivan@@mail.ru>")
    assert (address.name, address.email, address.raw) == ("Иван", "ivan@@mail.ru", "Иван <ivan@@mail.ru>")


# ---------------------------------------------------------------------------------------- part selection


def test_plain_part_is_preferred_over_html() -> None:
    msg = MIMEMultipart("alternative")
    msg["Subject"] = "x"
    msg.attach(MIMEText("Plain words", "plain", "utf-8"))
    msg.attach(MIMEText("<p>HTML words</p>", "html", "utf-8"))
    message = _parse(msg.as_bytes())
    assert message.text == "Plain words"
    assert not message.html_only


def test_html_only_message_is_converted_with_its_quote() -> None:
    html = (
        "<div>Здравствуйте, Ольга!<br><br>Заказ передан курьеру.</div>"
        '<div class="gmail_quote"><div class="gmail_attr">пн, 12 мая 2025 г. в 10:15, Ольга '
        "&lt;olga@example.ru&gt;:<br></div>"
        '<blockquote class="gmail_quote">Где мой заказ?</blockquote></div>'
    )
    msg = MIMEText(html, "html", "utf-8")
    msg["Subject"] = "x"
    message = _parse(msg.as_bytes())
    assert message.html_only
    assert message.text == "Здравствуйте, Ольга!\n\nЗаказ передан курьеру."
    assert message.quote == "Где мой заказ?"
    assert message.quote_header is not None and "olga@example.ru" in message.quote_header


def test_html_charset_from_meta_when_header_has_none() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, Ольга!</p></body></html>'
    message = _parse(_raw("text/html", html.encode("cp1251")))
    assert message.text == "Привет, Ольга!"


def test_empty_plain_part_falls_back_to_html() -> None:
    msg = MIMEMultipart("alternative")
    msg.attach(MIMEText("   \n", "plain", "utf-8"))
    msg.attach(MIMEText("<p>Only here</p>", "html", "utf-8"))
    message = _parse(msg.as_bytes())
    assert message.text == "Only here"
    assert message.html_only


def test_text_attachment_is_not_the_body() -> None:
    msg = MIMEMultipart("mixed")
    msg["Subject"] = "x"
    msg.attach(MIMEText("The reply itself.", "plain", "utf-8"))
    attachment = MIMEText("log line 1\nlog line 2", "plain", "utf-8")
    attachment.add_header("Content-Disposition", "attachment", filename="log.txt")
    msg.attach(attachment)
    assert _parse(msg.as_bytes()).text == "The reply itself."


def test_attached_message_is_not_the_body() -> None:
    inner = MIMEText("Forwarded words", "plain", "utf-8")
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText("My words", "plain", "utf-8"))
    from email.mime.message import MIMEMessage

    outer.attach(MIMEMessage(inner))
    assert _parse(outer.as_bytes()).text == "My words"


def test_format_flowed_lines_are_joined() -> None:
    body = b"This sentence was wrapped \r\nby the client.\r\n\r\n-- \r\nAnna\r\n"
    message = _parse(_raw("text/plain; charset=utf-8; format=flowed", body))
    assert message.text == "This sentence was wrapped by the client."
    assert message.signature == "-- \nAnna"


def test_missing_boundary_is_a_defect_not_an_error() -> None:
    data = b'From: a@example.com\nContent-Type: multipart/alternative; boundary="zzz"\n\n--yyy\n\nhello\n'
    message = _parse(data)
    assert any("Boundary" in d for d in message.defects)


def test_deeply_nested_multipart_is_a_parse_error() -> None:
    depth = 1500
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    with pytest.raises(ReplyParseError):
        _parse(("From: a@example.com\n" + head + "\nx\n").encode())


# ------------------------------------------------------------------------------------- malformed corpus


def _malformed() -> list[Path]:
    return sorted(MALFORMED.glob("*.eml")) if MALFORMED.is_dir() else []


@pytest.mark.skipif(not MALFORMED.is_dir(), reason="../shared/corpus/malformed is absent in this checkout")
@pytest.mark.parametrize("path", _malformed(), ids=lambda p: p.name)
def test_every_malformed_eml_parses_or_raises_a_parse_error(path: Path) -> None:
    try:
        message, source = parse_input(path)
    except ReplyParseError as err:
        assert str(path) in str(err) or "does not look like" in str(err)
        return
    assert source == str(path)
    assert isinstance(message.text, str)
    assert message.headers is not None
    assert all(ch in "\n\t" or ch >= " " for ch in message.text)


def test_megabyte_header_fields_are_capped_and_fast() -> None:
    import time

    word = "=?utf-8?B?" + base64.b64encode("Привет".encode()).decode() + "?="
    huge = " ".join([word] * 40_000)
    data = f"From: {'a@example.com, ' * 20_000}\nSubject: {huge}\n\nbody\n".encode()
    start = time.process_time()
    message = parse_input(data, max_bytes=10_000_000)[0]
    assert time.process_time() - start < 3.0
    assert message.text == "body"
    assert message.headers is not None and message.headers.subject is not None
    assert message.headers.subject.startswith("ПриветПривет")
    assert len(message.headers.from_) == 1000
    assert {"header-truncated", "address-list-truncated"} <= set(message.defects)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ХатаТех, відділ доставки <delivery@hatatech.ua>", [("ХатаТех, відділ доставки", "delivery@hatatech.ua")]),
        ("a@b.c, Shop, Sales Dept <s@x.com>", [("", "a@b.c"), ("Shop, Sales Dept", "s@x.com")]),
        ('"Smith, J" <j@x.com>, k@y.z', [("Smith, J", "j@x.com"), ("", "k@y.z")]),
        ("John Smith, jane@x.com", [("", "John Smith"), ("", "jane@x.com")]),  # no angle address: still reported
    ],
)
def test_an_unquoted_comma_in_a_display_name_stays_in_the_name(value: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.email) for a in parse_addresses(value)] == expected


def test_an_html_only_message_is_split_on_its_clients_quote_markup() -> None:
    from replylint.parsing import parse_input

    html = (
        '<div dir="ltr">Hello Anna,<br><br>Your parcel left today.<br><br>Kind regards,<br>Tom</div>'
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Anna wrote:</div>'
        '<blockquote class="gmail_quote">Where is my order? It was due on Monday.</blockquote></div>'
    )
    raw = (
        "From: Tom <tom@shop.example>\nTo: anna@example.com\nSubject: Re: order\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}\n"
    ).encode()
    message, _ = parse_input(raw)
    assert message.html_only
    assert "Where is my order" not in message.text
    assert "Where is my order" in (message.quote or "")
    assert message.split_confidence == "structural"
