"""Every shortcut the parser takes for speed gives what the general path gives, on any input.

Each test holds the general path as it stood before the shortcut (the reference) and compares on generated
values built from the characters that matter to it: encoded words, line breaks, controls, 8-bit bytes.
"""

from __future__ import annotations

import re

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
