"""Every shortcut the parser takes for speed gives what the general path gives, on any input.

Each test holds the general path as it stood before the shortcut (the reference) and compares on generated
values built from the characters that matter to it: encoded words, line breaks, controls, 8-bit bytes.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint.parsing import mime
from replylint.parsing.coerce import decode_bytes

HEADER_POOL = st.sampled_from(
    [
        "a",
        "Z",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\x00",
        "\x7f",
        "\x1b",
        ",",
        ";",
        ":",
        "<",
        ">",
        "@",
        '"',
        "(",
        ")",
        "=?",
        "?=",
        "=?utf-8?B?0J/RgNC40LLQtdGC?=",
        "=?koi8-r?Q?=F0=D2=C9?=",
        "=?utf-8?q?caf=C3=A9?=",
        "Ольга",
        "\u200b",
        "\udcd0",
        "\udc9f",
        "é",
    ]
)
HEADER_VALUES = st.lists(HEADER_POOL, max_size=14).map("".join)


def reference_recover(value: str, notes: set[str] | None) -> str:
    if mime._ESCAPED_BYTE.search(value):
        text, note = decode_bytes(value.encode("utf-8", "surrogateescape"))
        if note and notes is not None:
            notes.add(note)
        value = text
    return re.sub(r"\r?\n[ \t]*", " ", value)


def reference_decoded(value: str, notes: set[str] | None) -> str:
    return mime._finish(mime._decode_words(value, notes))


@settings(max_examples=2000)
@given(HEADER_VALUES)
def test_a_header_value_decodes_as_the_general_path_decodes_it(value: str) -> None:
    notes: set[str] = set()
    expected_notes: set[str] = set()
    assert mime._recover(value, notes) == reference_recover(value, expected_notes)
    recovered = reference_recover(value, None)
    assert mime._decoded(recovered, notes) == reference_decoded(recovered, expected_notes)
    assert notes == expected_notes


@settings(max_examples=500)
@given(st.lists(HEADER_POOL, max_size=10).map(", ".join))
def test_an_address_list_splits_as_the_general_path_splits_it(value: str) -> None:
    found = mime.parse_addresses(value)
    assert [a.raw for a in found] == [
        raw for item in mime._rejoin_display_names(mime._address_items(value)) if (raw := reference_decoded(item, None))
    ][: mime._MAX_ADDRESSES]


@settings(max_examples=500)
@given(st.binary(max_size=40), st.sampled_from(["utf-8", "UTF-8", "koi8-r", "windows-1251", "x-unknown", ""]))
def test_a_cached_word_decodes_as_decode_bytes_does(data: bytes, charset: str) -> None:
    assert mime._decode_word(data, charset) == decode_bytes(data, charset)
    assert mime._decode_word(data, charset) == decode_bytes(data, charset)  # the second time from the cache


FIELD_STARTS = [
    b"Subject: ",
    b"From:",
    b"To: ",
    b"Content-Type: ",
    b"content-type:",
    b"X-A:",
    b"Content-Transfer-Encoding: ",
]
LINE_STARTS = [*FIELD_STARTS, b" ", b"\t", b"", b":", b"From ", b"X Y: ", b"\xd0\x9f: ", b"\x0c"]
VALUES = [
    b"",
    b"hello world",
    b"text/plain; charset=utf-8",
    b"text/html",
    b"multipart/alternative; boundary=x",
    b"Multipart/Mixed",
    b"message/rfc822",
    b"message/delivery-status",
    b"text",
    b"quoted-printable",
    b"base64",
    b"=?utf-8?B?0J/RgNC40LLQtdGC?=",
    b"\xd0\x9f\xd1\x80\xd0\xb8",
    b"a: b",
    b"\x00\x0b\x0c\x1c\x85",
    b" \t ",
]
ENDINGS = [b"\r\n", b"\n", b"\r", b""]
HEADER_LINES = st.tuples(st.sampled_from(LINE_STARTS), st.sampled_from(VALUES), st.sampled_from(ENDINGS)).map(b"".join)
BODIES = st.lists(
    st.sampled_from([b"Hello", b"\r\n", b"\n", b"\r", b"--x", b"=D0=9F", b"0J/RgA==", b"\xd0\x9f", b"From me"]),
    max_size=8,
).map(b"".join)
MESSAGES = st.tuples(
    st.lists(HEADER_LINES, max_size=8).map(b"".join), st.sampled_from([b"\r\n", b"\n", b"\r", b"", b"x"]), BODIES
).map(b"".join)


def _state(message: object) -> dict[str, object]:
    """Everything a Message holds (headers, payload, defects, envelope line, preamble, policy...), its parts' too."""
    state = dict(vars(message))
    if isinstance(state.get("_payload"), list):
        state["_payload"] = [_state(part) for part in state["_payload"]]
    state["defects"] = [(type(d), str(d)) for d in state.get("defects", [])]
    return state


@settings(max_examples=3000)
@given(MESSAGES)
def test_a_single_part_message_is_built_as_the_stdlib_parser_builds_it(data: bytes) -> None:
    import email

    fast = mime._single_part(data)
    if fast is not None:
        assert _state(fast) == _state(email.message_from_bytes(data))


PART_PIECES = st.sampled_from(
    [
        b"--b",
        b"--b--",
        b"--b ",
        b"--b\t",
        b"--bx",
        b"--b-- x",
        b" --b",
        b"\r\n",
        b"\n",
        b"\r",
        b"Content-Type: text/plain; charset=utf-8",
        b"Content-Type: text/html",
        b"Content-Type: multipart/mixed; boundary=c",
        b"Content-Type: message/rfc822",
        b"Content-Transfer-Encoding: quoted-printable",
        b"X-A: 1",
        b" folded",
        b"From me",
        b":x",
        b"Hello",
        b"=D0=9F",
        b"\xd0\x9f",
        b"--c",
    ]
)
MULTIPART_HEADERS = st.sampled_from(
    [
        b"Content-Type: multipart/alternative; boundary=b",
        b'Content-Type: multipart/alternative; boundary="b"',
        b"Content-Type: multipart/mixed;\r\n boundary=b",
        b"Content-Type: multipart/digest; boundary=b",
        b"Content-Type: multipart/related; boundary=",
        b"Content-Type: multipart/alternative",
        b"Content-Type: Multipart/Alternative; Boundary=b",
    ]
)
MULTIPART_MESSAGES = st.tuples(
    st.lists(HEADER_LINES, max_size=3).map(b"".join),
    MULTIPART_HEADERS,
    st.sampled_from([b"", b"\r\nContent-Transfer-Encoding: base64", b"\r\nContent-Transfer-Encoding: 7bit"]),
    st.sampled_from([b"\r\n\r\n", b"\n\n", b"\r\n"]),
    st.lists(PART_PIECES, max_size=24).map(b"".join),
).map(b"".join)
WELL_FORMED_PART = st.tuples(
    st.sampled_from([b"Content-Type: text/plain; charset=utf-8", b"Content-Type: text/html", b"X-A: 1\r\n folded"]),
    st.sampled_from([b"\r\n", b"\n"]),
    st.lists(st.sampled_from([b"Hello", b"\r\n", b"\n", b" ", b"--", b"b", b"=D0=9F"]), max_size=6).map(b"".join),
).map(lambda t: t[0] + t[1] + t[1] + t[2] + t[1])
WELL_FORMED_MULTIPART = st.tuples(
    st.sampled_from([b"", b"preamble\r\n", b"\r\n"]),
    st.lists(WELL_FORMED_PART, min_size=1, max_size=3),
    st.sampled_from([b"", b"\r\n", b"\r\nepilogue\r\n", b"\n\n"]),
).map(
    lambda t: (
        b"Content-Type: multipart/alternative; boundary=b\r\n\r\n"
        + t[0]
        + b"".join(b"--b\r\n" + part for part in t[1])
        + b"--b--"
        + t[2]
    )
)


@settings(max_examples=3000)
@given(st.one_of(MULTIPART_MESSAGES, WELL_FORMED_MULTIPART))
def test_a_multipart_message_is_built_as_the_stdlib_parser_builds_it(data: bytes) -> None:
    import email

    fast = mime._single_part(data)
    if fast is not None:
        assert _state(fast) == _state(email.message_from_bytes(data))


@given(WELL_FORMED_MULTIPART)
def test_a_well_formed_multipart_message_takes_the_fast_path(data: bytes) -> None:
    assert mime._single_part(data) is not None


def test_the_single_part_path_takes_the_usual_message_and_leaves_the_irregular_ones() -> None:
    usual = b"From: A <a@x.example>\r\nSubject: Hi\r\n there\r\nContent-Type: text/plain\r\n\r\nBody\r\n"
    assert mime._single_part(usual) is not None
    for irregular in (
        b"From a@x Mon Jan 1 00:00:00 2024\nSubject: Hi\n\nBody\n",  # mbox envelope line
        b" folded\nSubject: Hi\n\nBody\n",  # a continuation first
        b":x\nSubject: Hi\n\nBody\n",  # a field with no name
        b"Subject: Hi\nBody without a blank line\n",
        b"Subject: Hi",  # no end of header block at all
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n",  # a part with no header block
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\nX-A: 1\n\nx\n",  # no closing boundary
        b"Content-Type: multipart/digest; boundary=b\n\n--b\nX-A: 1\n\nx\n--b--\n",
        b"Content-Type: message/rfc822\n\nSubject: inner\n\nx\n",
    ):
        assert mime._single_part(irregular) is None, irregular


CONTACT_PIECES = st.sampled_from(
    [
        "a",
        "Anna",
        " ",
        "@",
        "x@y.ru",
        "://",
        "https://x.example",
        "WWW.",
        "www.shop.ua",
        "+7",
        "(495) 123-45-67",
        "5",
        "٣",
        "tel:",
        "Тел.",
        ".",
        "ſ",
        "\u00a0",
        "-",
        "ВВВ",
    ]
)


def reference_is_pure_contact(line: str) -> bool:
    from replylint.parsing import split

    if not line or len(line) > 80:
        return False
    if split._CONTACT_PREFIX.match(line):
        return True
    dense = len(line.replace(" ", ""))
    covered = sum(
        len(m.group(0).replace(" ", "")) for p in (split._EMAIL, split._URL, split._PHONE) for m in p.finditer(line)
    )
    return covered * 4 >= dense * 3


@settings(max_examples=2000)
@given(st.lists(CONTACT_PIECES, max_size=10).map("".join))
def test_a_contact_line_is_told_as_the_three_scans_tell_it(line: str) -> None:
    from replylint.parsing import split

    assert split._is_pure_contact(line) == reference_is_pure_contact(line)


MOBILE_PIECES = st.sampled_from(
    [
        "Sent from my iPhone",
        "sent from",
        "Отправлено с iPhone",
        "Надіслано з мого",
        "Get Outlook for Android",
        "iPhone 发送",
        "via mobile",
        "from",
        "mobile",
        "Samsung",
        "(",
        "<",
        " ",
        "\n",
        ",",
        ". ",
        "word",
        "x",
    ]
)


def reference_is_mobile(line: str) -> bool:
    from replylint.parsing import split

    clause, _, rest = split._clause(line)
    if split._MOBILE_STRONG.search(line):
        return split._DEVICE.search(clause) is not None or (not rest and len(line.split()) <= split._MAX_FOOTER_WORDS)
    if split._MOBILE_GENERIC.search(line):
        return split._DEVICE.search(clause) is not None or (len(line.split()) <= 4 and not rest)
    return False


@settings(max_examples=2000)
@given(st.lists(MOBILE_PIECES, max_size=6).map("".join))
def test_a_footer_line_is_told_as_searching_for_the_patterns_tells_it(line: str) -> None:
    from replylint.parsing import split

    assert split.is_mobile_footer(line) == reference_is_mobile(line)


CTYPE_PIECES = st.sampled_from(
    [
        "text/plain",
        "; ",
        ";",
        "format=flowed",
        "FORMAT=Flowed",
        'format="flowed"',
        "format*0=flo; format*1=wed",
        "format*=utf-8''flowed",
        "x*0=a; x*=b",
        "format",
        "delsp=yes",
        "charset=utf-8",
        '"',
        "=",
        "\udcd0",
    ]
)


@settings(max_examples=1000)
@given(st.lists(CTYPE_PIECES, max_size=6).map("".join), st.booleans())
def test_format_flowed_is_read_as_the_stdlib_reads_the_parameter(ctype: str, has_field: bool) -> None:
    import email.message

    part = email.message.Message()
    if has_field:
        part.set_raw("Content-Type", ctype)
    text = "Hello \nworld\n> quoted \n> line"
    try:
        flowed = str(part.get_param("format", "")).lower() == "flowed"
        delsp = str(part.get_param("delsp", "")).lower() == "yes"
    except Exception as exc:  # noqa: BLE001 - the stdlib fails on some parameter lists
        # A list the stdlib cannot read fails whichever parameter is asked for, and `_decode_part` asks for the
        # charset before `_unflow` runs: such a message fails there, as it did, whatever `_unflow` would do.
        with pytest.raises(type(exc)):
            part.get_content_charset()
        return
    assert mime._unflow(part, text) == (mime._join_flowed(text, delsp=delsp) if flowed else text)


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(["a", "Я", "\r", "\n", "\t", "\x00", "\x0b", "\x1f", "\u200b", "\ufeff", " "])))
def test_clean_text_changes_what_the_two_substitutions_change(text: str) -> None:
    from replylint.parsing import coerce

    assert coerce.clean_text(text) == coerce._C0_DROP.sub("", coerce._NEWLINES.sub("\n", text))


CONTENT_TYPE_PIECES = st.sampled_from(
    [
        "text/plain",
        "text/html",
        "TEXT/Plain",
        "text",
        "/",
        ";",
        " ",
        "\t",
        "\r\n ",
        "charset",
        "Charset",
        "=",
        '"',
        "\\",
        "utf-8",
        "KOI8-R",
        "<utf-8>",
        "*",
        "*0",
        "''",
        "%D0",
        "format=flowed",
        "é",
        "\udcd0",
    ]
)


@settings(max_examples=3000)
@given(st.lists(CONTENT_TYPE_PIECES, max_size=9).map("".join))
def test_a_parts_charset_is_read_as_the_stdlib_reads_it(value: str) -> None:
    import email.message

    part = email.message.Message()
    part.set_raw("Content-Type", value)
    assert _outcome(mime._content_charset, part) == _outcome(email.message.Message.get_content_charset, part)


def _outcome(fn: Any, *args: object) -> object:
    """What a call gives, or the type of what it raises (a field the stdlib cannot read raises on both paths)."""
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - the exception's type is the outcome compared
        return type(exc)


def test_the_usual_charset_takes_the_short_path() -> None:
    import email.message

    for value, charset in (("text/plain; charset=utf-8", "utf-8"), ('text/html;charset="KOI8-R"', "koi8-r")):
        assert mime._ONE_CHARSET.fullmatch(value) is not None
        part = email.message.Message()
        part.set_raw("Content-Type", value)
        assert mime._content_charset(part) == charset


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "ж", "\u00a0", "\u2007", "\u202f", "\u2009", " ", "\n", "😀"])))
def test_no_break_spaces_are_replaced_as_translate_replaces_them(text: str) -> None:
    from replylint.parsing.coerce import NO_BREAK_SPACES, without_no_break_spaces

    assert without_no_break_spaces(text) == text.translate(NO_BREAK_SPACES)
