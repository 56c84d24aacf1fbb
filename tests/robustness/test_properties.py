"""Property tests: any input gives a clear outcome.

Over the parser and every installed rule, for arbitrary text, bytes, headers and MIME trees:

* only `ReplylintError` subclasses escape `replylint.lint` (`ReplyParseError` for unusable input, `ConfigError`
  only for bad configuration or context), never a dependency's exception;
* no built-in rule crashes or overruns (an `internal-error` finding from a built-in rule is a bug);
* every finding's span lies inside `report.text`, and line/column agree with `start`;
* the same input gives the same report;
* no output format (text, github, json, sarif) contains a control character other than \\n, an ESC, a zero-width
  character or a bidi override, whatever the message held; the CLI never prints a traceback.

The `ci` profile (tests/robustness/conftest.py) makes the examples deterministic; `fuzz` explores further.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import io
import quopri
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from _robustness_checks import assert_terminal_safe, check_report, examples, lint_checked, linter, registry
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint import cli
from replylint.api import Linter
from replylint.errors import ConfigError, ReplyParseError
from replylint.model import Report
from replylint.parsing import parse_input
from replylint.parsing.coerce import decode_bytes
from replylint.parsing.html import html_to_text
from replylint.parsing.mime import decode_header, parse_addresses
from replylint.parsing.split import split_body

# ------------------------------------------------------------------------------------------------ vocabulary

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SURROGATES = "\udcff\udc80\ud800\udfff"
"""Lone surrogates: a str from a surrogateescape decode (or a JSON "\\ud800") holds them; nothing can encode them."""
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x7f\x80\x85\x9b\x9d\u2028\u2029\ufffd\ufff9"
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "❤️", "🙂", "🤷‍♀️", "\U0001f600\U0001f600"]
TERMINAL_ATTACKS = ["\x1b[31m", "\x1b[2J", "\x1b]0;pwned\x07", "\x1b]8;;http://x\x1b\\", "\x9b31m", "\r\x1b[K"]
LETTERS = "aeoAZяЯйЙёЁіІїЇєЄґҐъыэ" + "й" + "ё" + "Pрeе" + "\U00017000\U00018d08"
"""Cyrillic incl. Ukrainian letters, decomposed й/ё, Latin/Cyrillic look-alikes, letters with no Unicode name."""
PUNCT = ".,!?;:…—–-()[]{}<>\"'«»„“”’%*|#@$&_=+/\\~`^"

QUOTE_MARKERS = [">", "> ", ">>", "> > ", "\n>", "\n> ", "&gt; ", "|"]
QUOTE_HEADERS = [
    "On Mon, 10 Nov 2025 at 09:12, Anna Smith <anna@example.com> wrote:",
    "On Mon, Nov 10, 2025 at 9:12 AM Anna <anna@example.com>\nwrote:",
    "10 ноября 2025 г., в 9:12, Ольга Смирнова <olga@example.ru> написал(а):",
    "пн, 10 лист. 2025 р. о 09:12 Олег <oleg@example.ua> пише:",
    "Понедельник, 10 ноября 2025, 9:12 +03:00 от Ольга <olga@mail.ru>:",
    "-----Original Message-----",
    "-------- Исходное сообщение --------",
    "-------- Пересылаемое сообщение --------",
    "Begin forwarded message:",
    "From: Anna <anna@example.com>\nSent: Monday, November 10, 2025 9:12 AM\nTo: support@shop.example\n"
    "Subject: Re: order",
    "От: Ольга <olga@example.ru>\nОтправлено: 10 ноября 2025 г. 9:12\nКому: support@shop.example\nТема: заказ",
    "Від: Олег <oleg@example.ua>\nНадіслано: 10 листопада\nКому: x@y.z\nТема: замовлення",
    "2025-11-10 9:12 GMT+03:00 Anna <anna@example.com>:",
    "wrote:",
    "написал(а):",
    "пише:",
    "Anna wrote:\n",
    "schrieb:",
]
SIGN_OFFS = [
    "С уважением,\nМарина",
    "Best regards,\nTom",
    "З повагою,\nОлег",
    "Kind regards,",
    "Спасибо!",
    "Дякую!",
    "--\n",
    "-- \n",
    "--\nTom Smith\n+1 555 123 4567\nshop.example",
    "Sent from my iPhone",
    "Отправлено с iPhone",
    "Надіслано з мого телефону",
    "________________________________",
]
GREETINGS = [
    "Hello Anna,",
    "Hi,",
    "Dear customer,",
    "Здравствуйте, Ольга!",
    "Добрый день!",
    "Уважаемый клиент!",
    "Добрий день, Олено!",
    "Вітаю!",
    "Привет!",
    "Hey there!!",
    "Hello Ann,",
    "Здравствуйте, Оля!",
]
SENTENCES = [
    "Your order 48213 ships on Thursday, 13 November.",
    "Where is my refund?",
    "Can I pay by card?",
    "Заказ 48213 привезут в четверг, 13 ноября.",
    "Когда привезут мой заказ?",
    "Можно ли оплатить картой?",
    "Замовлення 48213 доставлять у четвер.",
    "Чи можна оплатити карткою?",
    "Коли повернуть гроші?",
    "Sorry for the delay.",
    "Извините за задержку.",
    "Вибачте за затримку.",
    "I don't know.",
    "Не знаю.",
    "Only today — 50% off, hurry!",
    "Только сегодня скидка — успейте!",
    "Купуйте зараз!!!",
    "ASAP!!!",
    "We will reply within 24 hours.",
    "Мы ответим в течение 3 рабочих дней.",
    "Відповімо протягом 2 днів.",
    "This is an automatic reply.",
    "Это автоматический ответ.",
    "Це автоматична відповідь.",
    "I am out of the office until Monday.",
    "Dear valued customer, we are pleased to announce",
    "Write to anna@@mail.ru or ivan@example or a@b.c.",
    "См. http://shop.example/faq?q=1&x=%20 и www.x.ru.",
    "Call +7 (495) 123-45-67.",
    "Ок)))",
    "хорошо :)",
    "Ну ты даёшь ;)",
    "No worries, mate :-D",
    "lol",
    "Why? Which one? When?",
    "Почему? Какой? Когда?",
    "Чому? Який? Коли?",
    "Yes.",
    "Да.",
    "Так.",
    "Нет.",
    "Unsubscribe here.",
    "Чтобы отписаться, нажмите здесь.",
    "Regards",
    "Thanks!",
    "Дякую за звернення.",
]
PLACEHOLDERS = [
    "{{ customer.first_name }}",
    "{{{name}}}",
    '{{ticket.requester.first_name | default: "there"}}',
    "{% if customer.first_name %}",
    "{%- endif -%}",
    "{# note #}",
    "{%customer.firstName,fallback=there%}",
    "{name}",
    "${name}",
    "{имя}",
    "{0}",
    "{0.__class__}",
    "%NAME%",
    "%ІМ'Я%",
    "%(name)s",
    "%s",
    "*|FNAME|*",
    "[Customer Name]",
    "[ORDER NUMBER]",
    "[Имя клиента]",
    "[ім'я]",
    "{{",
    "}}",
    "{%",
    "%}",
    "{{ unclosed",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "{{ __import__('os').system('false') }}",
]
DIRECTIVES = [
    "replylint: disable=length",
    "replylint: enable=length",
    "replylint: disable-next-line=pushy",
    "<!-- replylint: disable=greeting-name -->",
    "{# replylint: disable=sign-off #}",
    "replylint: disable=",
    "replylint: disable=no-such-rule",
    "replylint: enable=pushy",
    "# replylint: disable=ALL",
]
HTML = [
    "<p>",
    "</p>",
    "<br>",
    "<div>",
    "</div>",
    "<blockquote>",
    "</blockquote>",
    "<blockquote type=cite>",
    '<div class="gmail_quote">',
    '<div id="divRplyFwdMsg">',
    '<a href="http://x">',
    "</a>",
    "<ul><li>",
    "<pre>",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    "&nbsp;",
    "&amp;",
    "&#x1b;",
    "&#0;",
    "&#xd800;",
    "<!--",
    "-->",
    "<html><body>",
    "</body></html>",
    "<!DOCTYPE html>",
    "<img src=http://t.example/p.gif>",
]

TOKENS = QUOTE_MARKERS + QUOTE_HEADERS + SIGN_OFFS + GREETINGS + SENTENCES + PLACEHOLDERS + DIRECTIVES + EMOJI
SEPARATORS = [" ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\n> ", "\n>> ", "\n\n-- \n", "\u00a0", "\u3000"]
CHARSETS = [
    "utf-8",
    "UTF-8",
    "cp1251",
    "windows-1251",
    "koi8-r",
    "koi8-u",
    "iso-8859-5",
    "iso-8859-1",
    "us-ascii",
    "utf-16",
    "utf-7",
    "shift_jis",
    "gb2312",
    "x-unknown",
    "bogus-charset",
    "",
    'utf8"',
    "ks_c_5601-1987",
    "unicode-1-1-utf-8",
    "x-cp1251",
    "win-1251",
    "cp866",
    "mac-cyrillic",
    "iso-2022-jp",
    "idna",
    "rot13",
    "hex",
]
"""Declared charset labels: the legacy Cyrillic ones, aliases, and names Python knows as non-text codecs."""
ENCODINGS = ["utf-8", "cp1251", "koi8-r", "koi8-u", "iso-8859-5", "cp1252", "utf-16", "cp866", "mac-cyrillic"]
"""Encodings the bytes are actually written in, which may differ from the declared label."""


def _chars() -> st.SearchStrategy[str]:
    special = ZERO_WIDTH + BIDI + CONTROLS + SURROGATES + LETTERS + PUNCT + "\n\r\t \u00a0"
    return st.one_of(st.characters(), st.sampled_from(special), st.sampled_from(EMOJI))


def _text(max_size: int) -> st.SearchStrategy[str]:
    """Random text whose "characters" may be emoji sequences (ZWJ families, flags, skin tones)."""
    return st.lists(_chars(), max_size=max_size).map("".join)


def _long_line(draw: st.DrawFn) -> str:
    token = draw(
        st.sampled_from(
            [
                "a",
                "Я",
                "ab ",
                ">",
                "-",
                "!",
                "?",
                ".",
                "{",
                "😀",
                "\u200b",
                "написал(а) ",
                "http://x.y/",
                "a@b.",
                "([",
                "))",
                "wrote ",
                "С уважением, ",
            ]
        )
    )
    return token * draw(st.integers(50, 3000))


@st.composite
def reply_text(draw: st.DrawFn, max_pieces: int = 30) -> str:
    """Text assembled from what the parser and rules look for, glued with random characters and separators."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(TOKENS),
                st.sampled_from(SEPARATORS),
                _text(20),
                st.sampled_from(TERMINAL_ATTACKS),
                st.sampled_from(HTML),
            ),
            max_size=max_pieces,
        )
    )
    if draw(st.integers(0, 9)) == 0:
        pieces.insert(draw(st.integers(0, len(pieces))), _long_line(draw))
    return "".join(pieces)


# ------------------------------------------------------------------------------------------------ messages

HEADER_NAMES = [
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Sender",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "X-Replylint-Disable",
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "X-Auto-Response-Suppress",
    "List-Unsubscribe",
    "Return-Path",
    "Received",
    "from",
    "SUBJECT",
    "Тема",
    "X-\u202eevil",
    "Bad Name",
    "X:Y",
    "",
]


@st.composite
def encoded_word(draw: st.DrawFn) -> str:
    """An RFC 2047 encoded word: random charset label and real encoding, B or Q, sometimes broken."""
    text = draw(st.one_of(st.sampled_from(GREETINGS + SENTENCES + EMOJI), _text(15)))
    label = draw(st.sampled_from(CHARSETS))
    actual = draw(st.sampled_from(ENCODINGS))
    raw = text.encode(actual, "replace")
    if draw(st.booleans()):
        payload = base64.b64encode(raw).decode("ascii")
        payload = draw(st.sampled_from([payload, payload[:-1], payload.rstrip("="), payload + "!", "====", "*"]))
        kind = draw(st.sampled_from("Bb"))
    else:
        payload = quopri.encodestring(raw, header=True).decode("ascii").replace("\n", "")
        payload = draw(st.sampled_from([payload, payload + "=", payload + "=Z", payload.replace("=", "?", 1)]))
        kind = draw(st.sampled_from("Qq"))
    return f"=?{label}?{kind}?{payload}?="


@st.composite
def header_value(draw: st.DrawFn) -> bytes:
    parts = draw(
        st.lists(
            st.one_of(
                encoded_word(),
                st.sampled_from(
                    [
                        "Anna <anna@example.com>",
                        '"Smith, Anna" <anna@example.com>',
                        "ivan@@mail.ru",
                        "undisclosed-recipients:;",
                        "<>",
                        "a@b.c (Anna)",
                        "group: a@b.c, c@d.e;",
                        "Mon, 10 Nov 2025 09:40:00 +0300",
                        "Mon, 99 Foo 2025 99:99:99 +9999",
                        "Re: Заказ 48213",
                        "auto-replied",
                        "bulk",
                        "<id@host>",
                        "text/plain; charset=koi8-r",
                        "base64",
                        ",",
                    ]
                ),
                _text(20),
            ),
            max_size=5,
        )
    )
    value = " ".join(parts)
    encoding = draw(st.sampled_from([*ENCODINGS, "ascii"]))
    data = value.encode(encoding, "replace") if encoding != "utf-16" else value.encode("utf-8", "surrogatepass")
    injection = draw(
        st.sampled_from(
            [
                b"",
                b"",
                b"",
                b"\r\n",
                b"\n",
                b"\r",
                b"\nX-Injected: 1",
                b"\r\n\r\n",
                b"\n ",
                b"\n\tfolded",
                b"\x00",
                b"\x1b[2J",
            ]
        )
    )
    cut = draw(st.integers(0, len(data)))
    return data[:cut] + injection + data[cut:]


@dataclass(frozen=True)
class Leaf:
    ctype: str
    charset: str | None
    actual: str
    cte: str | None
    text: str
    damage: str
    disposition: str | None
    flowed: bool


@dataclass(frozen=True)
class Multi:
    subtype: str
    children: tuple[Leaf | Multi, ...]
    boundary: str
    fault: str


def _leaf() -> st.SearchStrategy[Leaf]:
    return st.builds(
        Leaf,
        ctype=st.sampled_from(
            [
                "text/plain",
                "text/plain",
                "text/html",
                "text/html",
                "application/octet-stream",
                "message/rfc822",
                "text/enriched",
                "image/png",
                "text",
                "TEXT/PLAIN",
            ]
        ),
        charset=st.one_of(st.none(), st.sampled_from(CHARSETS)),
        actual=st.sampled_from(ENCODINGS),
        cte=st.one_of(
            st.none(),
            st.sampled_from(
                [
                    "7bit",
                    "8bit",
                    "binary",
                    "base64",
                    "quoted-printable",
                    "BASE64",
                    "x-uuencode",
                    "bogus",
                    "base64; x=1",
                    "",
                ]
            ),
        ),
        text=st.one_of(
            reply_text(max_pieces=15), st.lists(st.sampled_from(HTML + SENTENCES), max_size=12).map("".join)
        ),
        damage=st.sampled_from(["none", "none", "truncate", "garbage", "no-padding", "soft-break", "bare-cr"]),
        disposition=st.one_of(st.none(), st.sampled_from(["inline", "attachment", "attachment; filename=a.txt"])),
        flowed=st.booleans(),
    )


def _multi(children: st.SearchStrategy[Leaf | Multi]) -> st.SearchStrategy[Multi]:
    return st.builds(
        Multi,
        subtype=st.sampled_from(["alternative", "mixed", "related", "signed", "report", "digest", "bogus"]),
        children=st.lists(children, max_size=4).map(tuple),
        boundary=st.sampled_from(["b1", "==_Part_0_123.456", "=_\u0436", "", "a" * 80, "--", '"quoted"', "b1"]),
        fault=st.sampled_from(
            ["none", "none", "none", "no-final", "no-boundary-param", "wrong-boundary", "no-parts", "preamble"]
        ),
    )


MIME_TREE: st.SearchStrategy[Leaf | Multi] = st.recursive(_leaf(), _multi, max_leaves=6)


def _encode_body(leaf: Leaf) -> bytes:
    data = leaf.text.encode(leaf.actual, "replace")
    cte = (leaf.cte or "").split(";")[0].strip().lower()
    if cte == "base64":
        body = base64.encodebytes(data)
        if leaf.damage == "truncate":
            body = body[: max(0, len(body) // 2 - 1)]
        elif leaf.damage == "garbage":
            body = body[: len(body) // 2] + b"!!*\xff" + body[len(body) // 2 :]
        elif leaf.damage == "no-padding":
            body = body.replace(b"=", b"")
        return body
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
        if leaf.damage == "truncate":
            body = body[: max(0, len(body) // 2 - 1)] + b"="
        elif leaf.damage == "garbage":
            body = body + b"=ZZ=\xff=4"
        elif leaf.damage == "soft-break":
            body = body.replace(b"\n", b"=\n", 3)
        return body
    if leaf.damage == "bare-cr":
        data = data.replace(b"\n", b"\r")
    return data


def _render(part: Leaf | Multi, headers: bytes = b"") -> bytes:
    if isinstance(part, Leaf):
        head = f"Content-Type: {part.ctype}"
        if part.charset is not None:
            head += f"; charset={part.charset}"
        if part.flowed:
            head += "; format=flowed; delsp=yes"
        lines = [head.encode("utf-8")]
        if part.cte is not None:
            lines.append(f"Content-Transfer-Encoding: {part.cte}".encode())
        if part.disposition is not None:
            lines.append(f"Content-Disposition: {part.disposition}".encode())
        return headers + b"\n".join(lines) + b"\n\n" + _encode_body(part)
    boundary = part.boundary
    declared = "" if part.fault == "no-boundary-param" else f'; boundary="{boundary.strip(chr(34))}"'
    used = "other" if part.fault == "wrong-boundary" else boundary.strip('"')
    out = [headers + f"Content-Type: multipart/{part.subtype}{declared}".encode() + b"\n"]
    if part.fault == "preamble":
        out.append(b"This is a multi-part message in MIME format.\n")
    if part.fault != "no-parts":
        for child in part.children:
            out.append(f"\n--{used}\n".encode() + _render(child))
    if part.fault != "no-final":
        out.append(f"\n--{used}--\n".encode())
    return b"".join(out)


@st.composite
def mime_message(draw: st.DrawFn) -> bytes:
    """A whole message: random headers (with a known one first, so it is read as a message) and a MIME tree."""
    headers = [b"From: " + draw(header_value())]
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(HEADER_NAMES))
        headers.append(name.encode("utf-8") + b": " + draw(header_value()))
    newline = draw(st.sampled_from([b"\n", b"\r\n"]))
    block = newline.join(headers) + newline + b"MIME-Version: 1.0" + newline
    data = _render(draw(MIME_TREE), block)
    return data.replace(b"\n", newline) if newline == b"\r\n" else data


def _as_str(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


CONTEXTS = st.fixed_dictionaries(
    {},
    optional={
        "customer_name": st.one_of(
            st.sampled_from(
                ["Anna", "Ольга", "Олена", "Anna\x1b[31mRed", "\u202eanna", "{0.__class__}", "Ann Smith-Jones", ""]
            ),
            _text(12),
        ),
        "language": st.sampled_from(["en", "ru", "uk"]),
        "subject": _text(30),
        "template": st.booleans(),
        "received_at": st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=3))])),
        "sent_at": st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=-7))])),
    },
)
"""Caller facts, including naive and aware datetimes mixed and hostile customer names that reach messages."""


# ------------------------------------------------------------------------------------------------ the parser


@settings(max_examples=examples(150))
@given(reply_text())
def test_split_body_gives_text_for_any_body(body: str) -> None:
    split = split_body(body)
    assert isinstance(split.text, str) and split.text == split.text.rstrip()
    for part in (split.quote, split.signature, split.quote_header, split.unmarked_quote):
        assert part is None or isinstance(part, str)


@settings(max_examples=examples(150))
@given(st.one_of(reply_text(), st.lists(st.sampled_from(HTML + SENTENCES + QUOTE_HEADERS), max_size=30).map("".join)))
def test_html_to_text_never_raises(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


@settings(max_examples=examples(150))
@given(st.one_of(header_value().map(_as_str), st.lists(encoded_word(), max_size=4).map(" ".join)))
def test_headers_decode_to_one_clean_line(value: str) -> None:
    decoded = decode_header(value)
    assert "\n" not in decoded and "\r" not in decoded
    for address in parse_addresses(value):
        assert "\n" not in address.raw


@settings(max_examples=examples(150))
@given(st.binary(max_size=300), st.one_of(st.none(), st.sampled_from(CHARSETS)))
def test_decode_bytes_always_gives_text(data: bytes, label: str | None) -> None:
    text, note = decode_bytes(data, label)
    assert isinstance(text, str) and (note is None or isinstance(note, str))


@settings(max_examples=examples(60))
@given(st.one_of(st.binary(max_size=400), mime_message()))
def test_parse_input_gives_a_message_or_a_parse_error(data: bytes) -> None:
    try:
        message, source = parse_input(data)
    except ReplyParseError:
        return
    assert source == "<bytes>"
    assert isinstance(message.text, str)


# ------------------------------------------------------------------------------------------------ whole lint


@settings(max_examples=examples(120))
@given(reply_text())
def test_any_text_lints_cleanly(text: str) -> None:
    lint_checked(text)


@settings(max_examples=examples(40))
@given(_text(400))
def test_any_characters_lint_cleanly(text: str) -> None:
    lint_checked(text)


@settings(max_examples=examples(50))
@given(st.binary(max_size=600))
def test_any_bytes_lint_cleanly(data: bytes) -> None:
    lint_checked(data)


@settings(max_examples=examples(60))
@given(reply_text(), st.sampled_from(ENCODINGS))
def test_text_in_any_legacy_encoding_lints_cleanly(text: str, encoding: str) -> None:
    lint_checked(text.encode(encoding, "replace"))


@settings(max_examples=examples(100))
@given(mime_message())
def test_any_mime_message_lints_cleanly(data: bytes) -> None:
    lint_checked(data)


@settings(max_examples=examples(30))
@given(mime_message())
def test_a_message_as_str_lints_cleanly(data: bytes) -> None:
    lint_checked(_as_str(data))


@settings(max_examples=examples(60))
@given(reply_text(max_pieces=15), st.one_of(reply_text(max_pieces=15), mime_message()), CONTEXTS)
def test_reply_with_original_and_context_lints_cleanly(
    reply: str, original: str | bytes, context: dict[str, Any]
) -> None:
    lint_checked(reply, original, context=context)


@settings(max_examples=examples(40))
@given(
    st.lists(st.sampled_from(QUOTE_HEADERS + QUOTE_MARKERS + SENTENCES + SIGN_OFFS + SEPARATORS), max_size=40).map(
        "".join
    ),
    st.sampled_from(["en", "ru", "uk"]),
)
def test_quote_structures_in_every_language_lint_cleanly(text: str, language: str) -> None:
    lint_checked(text, context={"language": language})


@settings(max_examples=examples(40))
@given(
    st.lists(
        st.sampled_from(PLACEHOLDERS + GREETINGS + SENTENCES + SIGN_OFFS + SEPARATORS + DIRECTIVES), max_size=25
    ).map("".join),
    st.booleans(),
)
def test_templates_and_directives_lint_cleanly(text: str, template: bool) -> None:
    report = lint_checked(text, context={"template": template})
    if isinstance(report, Report):
        for f in report.findings:
            assert "<class" not in f.message and "49" not in f.message.replace("48213", "")


# ------------------------------------------------------------------------------------------------ configuration

_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.sampled_from(["error", "warning", "info", "WARNING", "en", "ru", "uk", "length", "pushy", "all"]),
    st.lists(st.sampled_from(["length", "pushy", "nope", "", "sign-off"]), max_size=3),
    st.dictionaries(st.sampled_from(["max-words", "x", "min-words"]), st.integers(-1, 500), max_size=2),
)
_KEYS = st.one_of(
    st.sampled_from(
        [
            "select",
            "ignore",
            "fail-on",
            "max-bytes",
            "severity",
            "rules",
            "templates",
            "rule-timeout",
            "language",
            "Select",
            "max_bytes",
            "",
        ]
    ),
    st.text(max_size=6),
    st.integers(),
    st.none(),
    st.tuples(st.integers()),
)


@settings(max_examples=examples(120))
@given(
    st.dictionaries(
        _KEYS,
        st.one_of(
            _VALUES,
            st.dictionaries(
                st.one_of(st.sampled_from(sorted(registry().ids)), st.text(max_size=6), st.integers()),
                st.one_of(_VALUES, st.dictionaries(st.one_of(st.text(max_size=8), st.integers()), _VALUES, max_size=3)),
                max_size=3,
            ),
        ),
        max_size=4,
    )
)
def test_any_config_mapping_is_valid_or_a_config_error(config: dict[Any, Any]) -> None:
    try:
        built = Linter(config, registry=registry())
    except ConfigError as exc:
        assert str(exc).strip()
        return
    check_report(built.lint("Hello Anna,\n\nIt ships today.\n\nBest,\nTom"), allow_timeouts=True)


@settings(max_examples=examples(60))
@given(st.text(max_size=200), st.sampled_from(["[tool.replylint]\n", "", "[tool]\nreplylint = 1\n"]))
def test_any_config_file_is_valid_or_a_config_error(body: str, head: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pyproject.toml"
        path.write_text(head + body, encoding="utf-8", errors="surrogateescape")
        with contextlib.suppress(ConfigError):
            Linter(str(path), registry=registry())


@settings(max_examples=examples(60))
@given(
    st.dictionaries(
        st.one_of(
            st.sampled_from(["customer_name", "language", "subject", "template", "received_at", "sent_at", "customer"]),
            st.text(max_size=4),
        ),
        _VALUES,
        max_size=3,
    )
)
def test_any_context_is_used_or_a_config_error(context: dict[str, Any]) -> None:
    try:
        report = linter().lint("Hello Anna,\n\nIt ships today.\n\nBest,\nTom", context=context)
    except ConfigError:
        return
    check_report(report)


# ------------------------------------------------------------------------------------------------ the CLI


@contextlib.contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _check_cli(code: int, out: str, err: str) -> None:
    assert code in (cli.EXIT_OK, cli.EXIT_FINDINGS, cli.EXIT_ERROR), code
    assert "Traceback" not in err and "Traceback" not in out
    assert_terminal_safe(out, "stdout")
    assert_terminal_safe(err, "stderr")
    if code == cli.EXIT_ERROR:
        assert err.count("\n") == 1 and err.startswith("replylint: error: "), err


@settings(max_examples=examples(40))
@given(
    st.one_of(mime_message(), reply_text().map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary()),
    st.sampled_from(["text", "github", "json", "sarif"]),
    st.sampled_from(["reply.eml", "reply.txt", "reply", "re\x1b[2Jply.eml", "отв\u202eет.txt"]),
    st.booleans(),
    st.sampled_from(["always", "never"]),
)
def test_cli_never_prints_a_traceback_or_terminal_controls(
    data: bytes, fmt: str, name: str, stdin: bool, color: str
) -> None:
    with _folder() as folder:
        path = folder / name
        path.write_bytes(data)
        argv = [
            "check",
            "-" if stdin else str(path),
            "--format",
            fmt,
            "--show-source",
            "--color",
            color,
            "--config",
            str(folder / "missing.toml") if name == "reply" else str(_empty_config(folder)),
        ]
        _check_cli(*_run_cli(argv, data))


def _empty_config(folder: Path) -> Path:
    path = folder / "replylint.toml"
    path.write_text("rule-timeout = 60\n", encoding="utf-8")
    return path


_ARGS = st.one_of(
    st.sampled_from(
        [
            "check",
            "rules",
            "explain",
            "--format",
            "json",
            "sarif",
            "--select",
            "--ignore",
            "length",
            "nope,\x1b[31m",
            "--fail-on",
            "error",
            "--language",
            "xx",
            "--original",
            "--customer-name",
            "--template",
            "--show-source",
            "--color",
            "always",
            "-",
            "--config",
            "/nonexistent.toml",
            "--",
            "-h",
            "--bogus",
            "\u202e",
            "explain\x1b",
            "",
        ]
    ),
    _text(8),
)


@settings(max_examples=examples(60))
@given(st.lists(_ARGS, max_size=6).filter(lambda a: a[:1] != ["sendmail"]), reply_text(max_pieces=8))
def test_cli_any_arguments_give_an_exit_code_and_no_traceback(argv: list[str], stdin: str) -> None:
    with _folder() as folder, contextlib.chdir(folder):
        code, out, err = _run_cli(argv, stdin.encode("utf-8", "surrogatepass"))
    assert code in (0, 1, 2), code
    assert "Traceback" not in err and "Traceback" not in out
    assert_terminal_safe(err, "stderr")
    if not any(a in ("-h", "--help", "rules", "explain") for a in argv):
        assert_terminal_safe(out, "stdout")


# ------------------------------------------------------------------------------------------------ exceptions


def _view(data: bytes) -> memoryview:
    return memoryview(data)


@settings(max_examples=examples(40))
@given(
    st.one_of(
        st.integers(),
        st.floats(),
        st.none(),
        st.lists(st.text(max_size=3), max_size=2),
        st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
        st.just(object()),
        st.builds(bytearray, st.binary(max_size=40)),
        st.binary(max_size=40).map(_view),
        st.just(Path("/nonexistent/reply.eml")),
        st.just(Path("/")),
        st.just(Path("/dev/null")),
    )
)
def test_odd_inputs_are_a_parse_error_not_a_crash(value: Any) -> None:
    try:
        result = linter().lint(value)
    except ReplyParseError as exc:
        assert str(exc).strip()
        return
    check_report(result)


@pytest.mark.parametrize("charset", [c for c in CHARSETS if c])
def test_every_declared_charset_lints(charset: str) -> None:
    body = "Здравствуйте, Ольга!\n\nЗаказ 48213 привезут в четверг.\n\nС уважением,\nМарина\n"
    for actual in ("cp1251", "koi8-r", "utf-8"):
        for cte in ("8bit", "base64", "quoted-printable"):
            leaf = Leaf("text/plain", charset, actual, cte, body, "none", None, False)
            assert isinstance(lint_checked(_render(leaf, b"From: a@b.c\nSubject: x\n")), Report)
    for payload in ("w5w=", "0JTQsA", "=D0=94", "!!!"):
        assert isinstance(lint_checked(f"Subject: =?{charset}?B?{payload}?= =?{charset}?Q?{payload}?=\n\nHi\n"), Report)


def test_codec_names_that_are_not_text_encodings_do_not_escape() -> None:
    """rot13/hex/idna are Python codecs but not charsets; a label naming one must not reach bytes.decode."""
    for label in ("rot13", "hex", "idna", "base64", "zlib", "uu", "punycode", "unicode_escape", "raw_unicode_escape"):
        try:
            codecs.lookup(label)
        except LookupError:
            continue
        text, _ = decode_bytes("Привет".encode("cp1251") + b"\\x41", label)
        assert isinstance(text, str)


# ------------------------------------------------------------------------------------------------ regressions

CP1251_ESCAPED = "Здравствуйте, Ольга! Заказ в пути.".encode("cp1251").decode("utf-8", "surrogateescape")


@pytest.mark.parametrize(
    ("reply", "context"),
    [
        pytest.param("A\U00017000я", None, id="letter-without-unicode-name-in-pymorphy3"),
        pytest.param("a" * 50, {"customer_name": "A\udcff", "language": "ru"}, id="lone-surrogate-customer-name"),
        pytest.param(CP1251_ESCAPED, None, id="surrogate-escaped-cp1251-str"),
        pytest.param("Hello Anna,\ud800 your order ships\udfff today.", None, id="lone-surrogates-in-str"),
        pytest.param("Subject: =?rot13?Q?=D0=97?= =?idna?B?0J8=?=\n\nHi", None, id="non-charset-codec-in-header"),
        pytest.param(
            b"From: a@b.c\nContent-Type: text/plain; charset=hex\n\n\xcf\xf0\xe8\xe2\xe5\xf2",
            None,
            id="non-charset-codec-in-body",
        ),
        pytest.param("!\t!", None, id="tab-in-show-source-excerpt"),
        pytest.param("wrote:\n" * 2000, None, id="reported-speech-range-queries"),
        pytest.param(">" * 5000, None, id="spacy-suffix-stripping"),
    ],
)
def test_inputs_the_properties_found(reply: str | bytes, context: dict[str, Any] | None) -> None:
    """Each of these once escaped lint, crashed a rule, leaked a control character or took quadratic time."""
    report = lint_checked(reply, context=context)
    assert isinstance(report, Report)
    if reply == CP1251_ESCAPED:
        assert "Ольга" in report.text  # the escaped bytes were decoded as windows-1251, not dropped


@pytest.mark.parametrize(
    ("config", "context"),
    [
        pytest.param({0: None}, None, id="non-string-config-key"),
        pytest.param({"severity": {1: "error"}}, None, id="non-string-severity-key"),
        pytest.param({"rules": {"length": {2: 1}}}, None, id="non-string-option-key"),
        pytest.param(None, {"subject": False}, id="bool-subject"),
        pytest.param(None, {"template": "yes"}, id="str-template"),
        pytest.param(None, {5: 1}, id="non-string-context-key"),
        pytest.param({"rule-timeout": 9223372037.0}, None, id="rule-timeout-overflowing-setitimer"),
        pytest.param({"rule-timeout": float("inf")}, None, id="infinite-rule-timeout"),
    ],
)
def test_bad_config_and_context_values_the_properties_found(config: Any, context: Any) -> None:
    with pytest.raises(ConfigError):
        Linter(config, registry=registry()).lint("Hello Anna,\n\nIt ships today.\n\nBest,\nTom", context=context)


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["check", "\x00"], id="nul-in-path"),
        pytest.param(["check", "\ud800"], id="lone-surrogate-in-path"),
        pytest.param(["check", "--original", "a\x00b", "-"], id="nul-in-original-path"),
        pytest.param(["check", "--config", "a\x00b", "-"], id="nul-in-config-path"),
    ],
)
def test_unusable_paths_are_one_line_errors_not_tracebacks(argv: list[str]) -> None:
    """Found by the CLI property: os.stat raises ValueError for these, which escaped as a traceback."""
    code, out, err = _run_cli(argv, b"Hello")
    assert code == cli.EXIT_ERROR, (out, err)
    _check_cli(code, out, err)


def test_unusable_path_is_a_parse_error_from_the_api() -> None:
    with pytest.raises(ReplyParseError, match="not a usable file name"):
        linter().lint(Path("reply\x00.eml"))
