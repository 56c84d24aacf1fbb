"""Input coercion: which inputs are messages, bodies or errors, and how bytes are decoded."""

from __future__ import annotations

import codecs
import email.message
import os
import random
import struct
import zlib
from pathlib import Path

import pytest

import replylint
from replylint.errors import InputTooLargeError, ReplyParseError
from replylint.parsing import parse_input
from replylint.parsing.coerce import GUESSED, REPAIRED, clean_text, decode_bytes, looks_like_message

RU = "Здравствуйте! Ваш заказ 48213 передан курьеру, он привезёт его в четверг до 18:00."
UK = "Добрий день! Дякуємо за звернення, ваше замовлення вже їде до вас. Гарного дня, Олена."


# ------------------------------------------------------------------------------------------ wrong input types


@pytest.mark.parametrize("value", [42, None, 3.5, ["a"], {"body": "x"}, b"x".hex, object()])
def test_unsupported_types_are_a_parse_error_naming_the_type(value: object) -> None:
    with pytest.raises(ReplyParseError) as err:
        parse_input(value)  # type: ignore[arg-type]
    message = str(err.value)
    assert message.startswith(f"cannot lint a {type(value).__name__}:")
    assert "pass str, bytes, a path or an email.message.Message" in message


# ------------------------------------------------------------------------------------------------- sizes


@pytest.mark.parametrize("value", ["x" * 101, b"x" * 101, "ж" * 51])
def test_input_over_the_limit_raises_input_too_large_with_the_sizes(value: str | bytes) -> None:
    with pytest.raises(InputTooLargeError) as err:
        parse_input(value, max_bytes=100)
    assert "100" in str(err.value)


def test_file_over_the_limit_raises_input_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(InputTooLargeError) as err:
        parse_input(path, max_bytes=1000)
    assert str(path) in str(err.value)


def test_input_at_the_limit_is_accepted() -> None:
    message, _ = parse_input("x" * 100, max_bytes=100)
    assert message.text == "x" * 100


# --------------------------------------------------------------------------------------------- empty input


@pytest.mark.parametrize("value", ["", b"", "\n\n  \n"])
def test_empty_input_is_an_empty_reply_not_an_error(value: str | bytes) -> None:
    message, _ = parse_input(value)
    assert message.text == ""
    assert message.quote is None
    assert message.signature is None
    assert message.headers is None


def test_empty_file_is_an_empty_reply(tmp_path: Path) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(b"")
    message, source = parse_input(path)
    assert message.text == ""
    assert source == str(path)


# ------------------------------------------------------------------------------------------- binary junk


def _random_bytes(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def _png() -> bytes:
    raw = _random_bytes(7, 3000)
    chunk = b"IDAT" + zlib.compress(raw)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(chunk) - 4) + chunk


@pytest.mark.parametrize(
    "data",
    [
        _random_bytes(1, 4096),
        _random_bytes(2, 64),
        _png(),
        b"\x00" * 500,
        "\x00\x01\x02\x03 abc \x04\x05\x06\x07\x08",
    ],
    ids=["random-4k", "random-64", "png", "nul-bytes", "control-str"],
)
def test_binary_junk_is_refused_with_a_clear_message(data: bytes | str) -> None:
    with pytest.raises(ReplyParseError) as err:
        parse_input(data)
    assert "does not look like text or email" in str(err.value)


def test_a_few_control_characters_are_stripped_not_refused() -> None:
    message, _ = parse_input("Hello\x00 there\x07,\tfriend\x1b!")
    assert message.text == "Hello there,\tfriend!"


def test_line_endings_are_normalised() -> None:
    message, _ = parse_input(b"one\r\ntwo\rthree\n")
    assert message.body == "one\ntwo\nthree\n"


def test_clean_text_keeps_newlines_tabs_and_emoji_joiners() -> None:
    assert clean_text("a\r\nb\tc\x00\u200bd\ufeff👨\u200d👩") == "a\nb\tcd👨\u200d👩"


# --------------------------------------------------------------------------------------- str: body or message


def test_str_with_a_header_block_is_a_message_and_keeps_raw_utf8_headers() -> None:
    message, source = parse_input("From: Ольга <olga@example.ru>\nSubject: Возврат\n\nДобрый день!\n")
    assert source == "<string>"
    assert message.headers is not None
    assert message.headers.subject == "Возврат"
    assert message.headers.from_[0].name == "Ольга"
    assert message.headers.from_[0].email == "olga@example.ru"
    assert message.text == "Добрый день!"


@pytest.mark.parametrize(
    "text",
    [
        "Hi:\n\nthanks for writing",
        "Note: your order shipped\n\nThanks",
        "Subject line without colon\n\nbody",
        "From: Anna <anna@example.com>",  # no empty line after the "headers"
        "Dear Anna,\nFrom: us\n\nbody",
    ],
)
def test_str_without_a_known_header_block_is_a_body(text: str) -> None:
    message, _ = parse_input(text)
    assert message.headers is None
    assert message.text == text.strip()


def test_a_str_naming_an_existing_file_is_linted_as_text_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("SECRET FILE CONTENT", encoding="utf-8")
    message, source = parse_input(str(path))
    assert source == "<string>"
    assert message.text == str(path)


def test_looks_like_message_accepts_an_mbox_from_line() -> None:
    assert looks_like_message(b"From anna@example.com Mon May 12 10:15:00 2025\nSubject: x\n\nbody")
    assert not looks_like_message(b"Just text\n\nmore")


# ------------------------------------------------------------------------------------------------- paths


def test_txt_file_is_body_text_even_when_it_looks_like_headers(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("Subject: hello\n\nbody", encoding="utf-8")
    message, source = parse_input(path)
    assert source == str(path)
    assert message.headers is None
    assert message.text.startswith("Subject: hello")


def test_txt_file_in_cp1251_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_bytes(RU.encode("cp1251"))
    message, _ = parse_input(path)
    assert message.text == RU
    assert GUESSED in message.defects


def test_eml_file_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(b"Subject: Hi\nFrom: a@example.com\n\nHello there\n")
    message, _ = parse_input(path)
    assert message.headers is not None and message.headers.subject == "Hi"
    assert message.text == "Hello there"


def test_other_extension_with_headers_is_sniffed_as_a_message(tmp_path: Path) -> None:
    path = tmp_path / "reply.msg.out"
    path.write_bytes(b"Subject: Hi\n\nHello\n")
    message, _ = parse_input(path)
    assert message.headers is not None


def test_html_file_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "reply.html"
    path.write_text("<p>Hello <b>Anna</b></p><p>Bye</p>", encoding="utf-8")
    message, _ = parse_input(path)
    assert message.text == "Hello Anna\n\nBye"
    assert message.html_only


def test_missing_path_is_a_one_line_parse_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "nope" / "missing.eml"
    with pytest.raises(ReplyParseError) as err:
        parse_input(path)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_directory_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ReplyParseError) as err:
        parse_input(tmp_path)
    assert str(tmp_path) in str(err.value)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can read anything")
def test_unreadable_file_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.eml"
    path.write_bytes(b"Subject: x\n\nbody")
    path.chmod(0)
    with pytest.raises(ReplyParseError):
        parse_input(path)


# -------------------------------------------------------------------------------------- email.message input


def test_email_message_object_is_parsed() -> None:
    msg = email.message.EmailMessage()
    msg["Subject"] = "Ваш заказ"
    msg["From"] = "Марина <support@shop.ru>"
    msg.set_content(RU)
    message, source = parse_input(msg)
    assert source == "<message>"
    assert message.headers is not None and message.headers.subject == "Ваш заказ"
    assert message.text == RU


def test_compat32_message_with_8bit_payload_is_parsed() -> None:
    msg = email.message.Message()
    msg["Subject"] = "test"
    msg.set_payload(RU.encode("koi8-r"), charset="koi8-r")
    message, _ = parse_input(msg)
    assert message.text == RU


# ----------------------------------------------------------------------------------------- decode_bytes

CHARSETS = ["utf-8", "cp1251", "koi8-r", "koi8-u"]


@pytest.mark.parametrize("text", [RU, UK])
@pytest.mark.parametrize("charset", [*CHARSETS, "iso-8859-5"])
def test_correct_label_decodes(text: str, charset: str) -> None:
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        pytest.skip(f"{charset} cannot hold this text")
    assert decode_bytes(data, charset) == (text, None)


@pytest.mark.parametrize("text", [RU, UK])
@pytest.mark.parametrize("actual", CHARSETS)
@pytest.mark.parametrize("label", [None, "utf-8", "koi8-r", "windows-1251", "iso-8859-1", "us-ascii", "x-unknown"])
def test_missing_or_lying_label_is_repaired(text: str, actual: str, label: str | None) -> None:
    try:
        data = text.encode(actual)
    except UnicodeEncodeError:
        pytest.skip(f"{actual} cannot hold this text")
    decoded, note = decode_bytes(data, label)
    assert decoded == text
    if label is None:
        assert note == (None if actual == "utf-8" else GUESSED)
    elif data.decode(label, "replace") != text if _known(label) else True:
        assert note in (REPAIRED, GUESSED)  # the label would have produced something else


def _known(label: str) -> bool:
    try:
        "".encode(label)
    except LookupError:
        return False
    return True


def test_latin1_text_is_not_mistaken_for_cyrillic() -> None:
    data = "Grüße aus München, Café crème".encode("latin-1")
    assert decode_bytes(data, "iso-8859-1")[0] == "Grüße aus München, Café crème"
    assert decode_bytes(data, None)[0] == "Grüße aus München, Café crème"


def test_non_cyrillic_label_is_trusted() -> None:
    assert decode_bytes("日本語のテキスト".encode("shift_jis"), "shift_jis")[0] == "日本語のテキスト"
    assert decode_bytes("Zażółć gęślą jaźń".encode("iso-8859-2"), "iso-8859-2")[0] == "Zażółć gęślą jaźń"


def test_short_all_caps_subject_with_lying_label_is_repaired() -> None:
    assert decode_bytes("ЗАКАЗ ОТПРАВЛЕН".encode("cp1251"), "koi8-r")[0] == "ЗАКАЗ ОТПРАВЛЕН"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_file_saved_as_utf16_or_utf32_with_its_mark_is_read_as_text(tmp_path: Path, codec: str) -> None:
    text = "Здравствуйте, Иван!\r\n\r\nЗаказ передан курьеру.\r\n\r\nС уважением,\r\nАнна\r\n"
    mark = {"utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    path = tmp_path / "reply.txt"
    path.write_bytes(mark + text.encode(codec))
    report = replylint.lint(path)
    assert report.text.startswith("Здравствуйте, Иван!") and report.language == "ru"
    assert replylint.lint(path.read_bytes()).text == report.text


def test_nul_bytes_without_a_mark_are_still_refused_as_binary() -> None:
    with pytest.raises(replylint.ReplyParseError, match="does not look like text"):
        replylint.lint("Hello there".encode("utf-16-le") * 20)
