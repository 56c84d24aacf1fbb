"""Turn whatever the caller handed us into bytes-or-text plus a source name, and decode legacy Cyrillic bytes.

Support mail from Russian and Ukrainian customers still arrives in windows-1251 and KOI8, often with a
missing or wrong charset label, so decoding cannot simply trust the label: a wrong guess would turn every
downstream rule into noise. The detector is deliberately small (letter frequencies and letter-case shape).
"""

from __future__ import annotations

import codecs
import email.message
import functools
import math
import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from replylint.errors import InputTooLargeError, ReplyParseError
from replylint.i18n import Text

REPAIRED = "charset-repaired"
"""Defect note: the declared charset was wrong (or missing) and another one was chosen."""
GUESSED = "charset-guessed"
"""Defect note: there was no usable label; the charset was detected."""

_DETECT_ORDER = ("cp1251", "koi8-r", "koi8-u")
_ALIASES = {
    "win-1251": "cp1251",
    "x-cp1251": "cp1251",
    "windows-1251": "cp1251",
    "cp-1251": "cp1251",
    "koi8r": "koi8-r",
    "koi8u": "koi8-u",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "ascii": "us-ascii",
    "iso-8859-1": "cp1252",  # what senders mean in practice (WHATWG)
    "latin1": "cp1252",
    "latin-1": "cp1252",
}

# Letter frequencies (percent) of Russian prose, Ukrainian-only letters added at Ukrainian rates; used only to
# rank candidate decodings against each other, so rough numbers are enough.
_FREQ = {
    "о": 10.97,
    "е": 8.45,
    "а": 8.01,
    "и": 7.35,
    "н": 6.70,
    "т": 6.26,
    "с": 5.47,
    "р": 4.73,
    "в": 4.54,
    "л": 4.40,
    "к": 3.49,
    "м": 3.21,
    "д": 2.98,
    "п": 2.81,
    "у": 2.62,
    "я": 2.01,
    "ы": 1.90,
    "ь": 1.74,
    "г": 1.70,
    "з": 1.65,
    "б": 1.59,
    "ч": 1.44,
    "й": 1.21,
    "х": 0.97,
    "ж": 0.94,
    "ш": 0.73,
    "ю": 0.64,
    "ц": 0.48,
    "щ": 0.36,
    "э": 0.32,
    "ф": 0.26,
    "ъ": 0.04,
    "ё": 0.04,
    "і": 2.5,
    "ї": 0.5,
    "є": 0.4,
    "ґ": 0.05,
}
_LOGFREQ = {ch: math.log10(f) for ch, f in _FREQ.items()}
_MIN_LOGFREQ = math.log10(0.01)
_GOOD_MEAN_LOGFREQ = 0.45
_MARGIN = 0.15
"""How much better a Cyrillic reading must score to override a label that already looks plausible."""
"""Mean log10 letter frequency below which a long Cyrillic text is taken as mis-decoded (real text: ~0.75)."""

_C0_DROP = re.compile(r"[\x00-\x08\x0b-\x1f\u200b\u200e\u200f\u202a-\u202e\u2060\ufeff]")
"""C0 controls (but \\n, \\t) and invisible format marks (zero-width space, bidi marks, BOM): they break
offsets and pattern matching while showing nothing. ZWJ/ZWNJ stay, since emoji and some scripts need them."""
_NEWLINES = re.compile(r"\r\n?")
NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
"""No-break spaces pasted from rich text ("Здравствуйте,\u00a0Ольга") read as spaces; same length, same offsets
(`str.translate` table, for the linter's text and for matching it back to a file's lines)."""


def without_no_break_spaces(text: str) -> str:
    """`text.translate(NO_BREAK_SPACES)`.

    perf: `str.translate` looks every character of a non-ASCII text up in the table one by one (~60 µs for a
    Cyrillic reply of 800 characters); three substring searches in C tell first whether there is anything to do.
    """
    if "\u00a0" in text or "\u2007" in text or "\u202f" in text:
        return text.translate(NO_BREAK_SPACES)
    return text


_JUNK_SHARE = 0.30
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x80-\x9f\ufffd]")


@dataclass(frozen=True, slots=True)
class Coerced:
    """The input as raw message bytes (`is_message`) or as body text, with the name reports use for it."""

    data: bytes | str
    is_message: bool
    source: str
    from_file: bool = False
    """Read from a path: its findings can also be placed by file line (see replylint.locate)."""


# --------------------------------------------------------------------------------------------- input types


def coerce_input(value: object, max_bytes: int) -> Coerced:
    """Dispatch on the input type.

    A `str` is never opened as a file even when it names one: a reply body like "notes.txt" must lint as text,
    and silently reading files named by user-supplied strings would be a surprise (and a security problem).
    Pass a `pathlib.Path` (any `os.PathLike`) to read a file.
    """
    if isinstance(value, str):
        _check_size(len(value.encode("utf-8", "surrogatepass")), max_bytes, "<string>")
        if _SURROGATE.search(value):
            # Lone surrogates cannot be encoded, so no tokenizer or output stream can take them. Those in
            # U+DC80..U+DCFF are undecodable bytes kept by a surrogateescape decode: recover the bytes and
            # decode them like any other bytes input; any other lone surrogate becomes U+FFFD.
            data = _SURROGATE.sub(_keep_escaped_byte, value).encode("utf-8", "surrogateescape")
            return Coerced(data, looks_like_message(data), "<string>")
        if looks_like_message(value):
            return Coerced(value.encode("utf-8"), True, "<string>")
        return Coerced(value, False, "<string>")
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        _check_size(len(data), max_bytes, "<bytes>")
        data = _from_wide_unicode(data)
        return Coerced(data, looks_like_message(data), "<bytes>")
    if isinstance(value, os.PathLike):
        return _from_path(value, max_bytes)
    if isinstance(value, email.message.Message):
        data = message_bytes(value)
        _check_size(len(data), max_bytes, "<message>")
        return Coerced(data, True, "<message>")
    raise ReplyParseError(
        Text("cannot lint a {type}: pass str, bytes, a path or an email.message.Message", type=type(value).__name__)
    )


_SURROGATE = re.compile("[\ud800-\udfff]")

_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""UTF-32 first: its little-endian mark begins with UTF-16's."""


def _from_wide_unicode(data: bytes) -> bytes:
    """A file saved as UTF-16 or UTF-32 (Windows Notepad's "Unicode") as UTF-8 bytes.

    Every other character of such a file is a NUL byte, so it would read as binary junk and be refused; its byte
    order mark says exactly how to decode it, so it is decoded here, before anything sniffs the bytes. Without a
    mark the bytes are left alone: guessing a wide encoding from NULs would misread real binary input.
    """
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeDecodeError:
                return data
    return data


def _keep_escaped_byte(match: re.Match[str]) -> str:
    ch = match.group(0)
    return ch if "\udc80" <= ch <= "\udcff" else "\ufffd"


def _check_size(size: int, max_bytes: int, source: str, *, truncated: bool = False) -> None:
    if size > max_bytes:
        if truncated:
            raise InputTooLargeError(
                Text(
                    "{source} is longer than the {limit:,}-byte limit (raise max-bytes in "
                    "the configuration to lint it)",
                    source=source,
                    limit=max_bytes,
                )
            )
        raise InputTooLargeError(
            Text(
                "{source} is {size:,} bytes, over the {limit:,}-byte limit (raise max-bytes "
                "in the configuration to lint it)",
                source=source,
                size=size,
                limit=max_bytes,
            )
        )


def _from_path(value: os.PathLike[str], max_bytes: int) -> Coerced:
    path = Path(value)
    name = str(path)
    try:
        info = path.stat()
        if path.is_dir():
            raise ReplyParseError(Text("{name}: is a directory, not a message file", name=name))
        if not stat.S_ISREG(info.st_mode):
            # A FIFO would block open() for ever; a device may never end. Pass their bytes instead.
            raise ReplyParseError(Text("{name}: is not a regular file (a FIFO, a device or a socket)", name=name))
        _check_size(info.st_size, max_bytes, name)
        with path.open("rb") as fh:
            # At most one byte over the limit: a file that grows while it is read is still bounded.
            data = fh.read(max_bytes + 1)
        _check_size(len(data), max_bytes, name, truncated=True)
    except ReplyParseError:
        raise
    except FileNotFoundError:
        raise ReplyParseError(Text("{name}: no such file", name=name)) from None
    except (ValueError, UnicodeError):
        # a NUL byte or a lone surrogate: no file can have this name, and os.stat says so with a ValueError
        raise ReplyParseError(Text("{name!r} is not a usable file name", name=name)) from None
    except OSError as exc:
        raise ReplyParseError(
            Text("{name}: cannot read ({strerror})", name=name, strerror=exc.strerror or type(exc).__name__)
        ) from None
    data = _from_wide_unicode(data)
    if path.suffix.lower() == ".txt":
        return Coerced(data, False, name, from_file=True)
    return Coerced(data, path.suffix.lower() == ".eml" or looks_like_message(data), name, from_file=True)


def message_bytes(message: email.message.Message) -> bytes:
    """Serialise a caller's Message; `as_bytes` can fail on odd header objects, `as_string` rarely does."""
    try:
        return message.as_bytes()
    except Exception:  # noqa: BLE001 - any serialisation failure falls back to the text form
        try:
            return message.as_string().encode("utf-8", "surrogateescape")
        except Exception as exc:  # noqa: BLE001 - a caller's broken Message must not escape as a traceback
            raise ReplyParseError(
                Text("<message>: cannot serialise the email.message.Message ({exc})", exc=exc)
            ) from None


# ----------------------------------------------------------------------------------------- message sniffing

_FIELD = re.compile(rb"([!-9;-~]{1,76})[ \t]*:")
_KNOWN_FIELDS = frozenset(
    b"from to cc bcc subject date message-id reply-to in-reply-to references mime-version content-type "
    b"content-transfer-encoding sender return-path received delivered-to x-mailer user-agent".split()
)
_SNIFF_LINES = 300
_SNIFF_BYTES = 64 * 1024


def looks_like_message(data: str | bytes) -> bool:
    """True when the input starts with an RFC 822 header block (a known header, then an empty line).

    Sniffing only looks at the first few hundred lines, so a huge body costs nothing here; a header block that
    outgrows that window (a megabyte Subject) is accepted on the evidence of the window.
    """
    window = data[:_SNIFF_BYTES]
    raw = window.encode("utf-8", "replace") if isinstance(window, str) else window
    every = raw.splitlines()
    lines = every[:_SNIFF_LINES]
    truncated = len(data) > _SNIFF_BYTES or len(every) > _SNIFF_LINES
    if lines and lines[0].startswith(b"From ") and not lines[0].startswith(b"From:"):
        lines = lines[1:]  # mbox "From " separator line
    if not lines or not _FIELD.match(lines[0]):
        return False
    known = bad = 0
    for i, line in enumerate(lines):
        if not line.strip():
            return known > 0 and bad * 5 <= i
        if line[:1] in (b" ", b"\t"):
            continue
        found = _FIELD.match(line)
        if found is None:
            bad += 1
        elif found.group(1).lower() in _KNOWN_FIELDS:
            known += 1
    return truncated and known > 0 and bad * 5 <= len(lines)


# ------------------------------------------------------------------------------------------------ decoding


_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})
"""Python text codecs that no mail client means by a charset label: they refuse to decode with "replace" or
read backslash escapes in the message as characters."""


def normalise_label(label: str | None) -> str | None:
    """A Python codec name for a MIME charset label, or None when the label is missing, unknown or names a
    Python codec that is not a character set (`charset=rot13`, `hex`, `base64`, `idna`: bytes-to-bytes
    transforms or codecs that raise even with errors="replace")."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    return _charset_codec(name)


@functools.lru_cache(maxsize=256)
def _charset_codec(name: str) -> str | None:
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    try:
        b"\x80\xff\\N{x} \xd0\x9f".decode(info.name, "replace")
    except Exception:  # noqa: BLE001 - a codec that fails here would fail on a message too
        return None
    return info.name


def decode_bytes(data: bytes, label: str | None = None) -> tuple[str, str | None]:
    """Decode `data`, trusting `label` only when the result reads like text.

    Returns the text and a defect note (REPAIRED / GUESSED) when the label was not used as given.
    """
    if data.isascii():
        return data.decode("ascii"), None
    codec = normalise_label(label)
    utf8 = _try_decode(data, "utf-8")
    labelled = _decode_label(data, codec) if codec and codec != "utf-8" else None
    if labelled is not None and utf8 is None and reads_well(labelled):
        better = _clearly_better(data, labelled)
        return (labelled, None) if better is None else (better, REPAIRED)
    if utf8 is not None and reads_well(utf8):
        if codec is None:
            return utf8, (GUESSED if label else None)
        return utf8, (None if codec == "utf-8" else REPAIRED)
    guessed = best_cyrillic(data)
    if guessed is not None:
        return guessed, (REPAIRED if codec else GUESSED)
    if labelled is not None:
        return labelled, None
    if codec is None:
        latin = _try_decode(data, "cp1252")
        if latin is not None and reads_well(latin):
            return latin, GUESSED
    return data.decode(codec or "utf-8", "replace"), None


def _decode_label(data: bytes, codec: str) -> str | None:
    text = _try_decode(data, codec)
    if text is None and codec == "cp1252":
        text = data.decode("latin-1")  # bytes cp1252 leaves undefined: take the label's literal meaning
    return text


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _clearly_better(data: bytes, labelled: str) -> str | None:
    """A Cyrillic reading beating a plausible-looking labelled one by a wide margin (KOI8/1251 swaps)."""
    if _shape(labelled).letters < 5:
        return None  # too little text to overrule the sender
    best = best_cyrillic(data)
    if best is not None and cyrillic_score(best) > cyrillic_score(labelled) + _MARGIN:
        return best
    return None


def best_cyrillic(data: bytes) -> str | None:
    """The best-scoring reading of `data` among the single-byte Cyrillic charsets that reads well, if any."""
    best: tuple[float, str] | None = None
    for codec in _DETECT_ORDER:
        text = _try_decode(data, codec)
        if text is None or not _shape(text).letters or not reads_well(text):
            continue
        score = cyrillic_score(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, text)
    return None if best is None else best[1]


@dataclass(frozen=True, slots=True)
class _Shape:
    letters: int
    upper: int
    foreign: int
    inversions: int
    mean_logfreq: float
    odd: int


_RU_UK = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
_ODD = frozenset("\u00a4\u00a6\u00ad\u00b6\ufffd")
_ODD_NEAR_LETTER = frozenset("\u00a7\u00b7\u00a8\u00b8\u00a9\u00ae\u00b5\u00b9")


def _is_cyr(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_odd(ch: str, prev: str, nxt: str) -> bool:
    code = ord(ch)
    if ch in _ODD or 0x80 <= code <= 0x9F or 0x2500 <= code <= 0x259F:
        return True
    if ch in _ODD_NEAR_LETTER:
        return prev.isalpha() or nxt.isalpha()
    return ch.isalpha() and code < 0x250 and (_is_cyr(prev) or _is_cyr(nxt or " "))


_SAMPLE = 8 * 1024
_STRONGLY_ODD = re.compile("[\x80-\x9f\u00a4\u00a6\u00ad\u00b6\ufffd\u2500-\u259f]")


def _sample(text: str) -> str:
    """Letter statistics settle within a few thousand characters; a bounded sample keeps decoding linear-cheap
    on megabyte bodies (the strongly odd characters are still searched for in the whole text)."""
    if len(text) <= 2 * _SAMPLE:
        return text
    return text[:_SAMPLE] + " " + text[-_SAMPLE:]


_ASCII_SHAPE = _Shape(0, 0, 0, 0, 0.0, 0)


def _shape(text: str) -> _Shape:
    if text.isascii():
        return _ASCII_SHAPE  # perf: every statistic counts Cyrillic letters or characters past ASCII
    shape = _shape_of(_sample(text))
    if not shape.odd and len(text) > 2 * _SAMPLE and _STRONGLY_ODD.search(text):
        return _Shape(shape.letters, shape.upper, shape.foreign, shape.inversions, shape.mean_logfreq, 1)
    return shape


_CYRILLIC = [chr(code) for code in range(0x0400, 0x0500)]
_CYR_UPPER = frozenset(ch for ch in _CYRILLIC if ch != ch.lower())
_CYR_FOREIGN = frozenset(ch for ch in _CYRILLIC if ch.lower() not in _RU_UK)
_CYR_LOGFREQ = {ch: _LOGFREQ.get(ch.lower(), _MIN_LOGFREQ) for ch in _CYRILLIC}
_MAYBE_ODD = re.compile("[\u0080-\u024f\u2500-\u259f\ufffd]")
"""Every character `_is_odd` can say yes to: the rest of the non-ASCII, non-Cyrillic ones never are."""


def _byte_table(test: Callable[[int], bool]) -> bytes:
    """A `bytes.translate` table giving 1 for the byte values `test` accepts and 0 for the rest."""
    return bytes(1 if test(value) else 0 for value in range(256))


# Tables over one byte of a character's UTF-32 code (the low byte of U+04xx names the Cyrillic character); the
# bits of a table's byte are separate answers, read apart by shifting (see `_shape_of`).
_IS_ZERO = _byte_table(lambda v: v == 0)
_ROW = bytes((v == 0x04) | (v == 0) << 1 for v in range(256))
"""bit 0: the Cyrillic block's row (U+04xx); bit 1: row 0 (U+00xx, where the ASCII letters are)."""
_LOW = bytes(
    (chr(0x400 + v) in _CYR_UPPER)
    | (chr(0x400 + v) in _CYR_FOREIGN) << 1
    | (chr(v).isascii() and chr(v).isalpha()) << 2
    for v in range(256)
)
"""bit 0: a Cyrillic capital; bit 1: a Cyrillic letter that is neither Russian nor Ukrainian; bit 2: an ASCII
letter (each true only for the row that bit is read with)."""
_WEIGHTS = sorted(set(_CYR_LOGFREQ.values()))
"""The distinct log frequencies; a Cyrillic character counts under the index of its own (1-based; 0 is none)."""
_WEIGHT_INDEX = bytes(_WEIGHTS.index(_CYR_LOGFREQ[chr(0x400 + v)]) + 1 for v in range(256))


_FEW = 256
"""Below this length, finding which letters a text holds is cheaper than counting all 37 weights."""


def _flags(data: bytes, table: bytes) -> int:
    """One byte per character, `table`'s answer for it, as an integer: character i is bits 8 * i and up, so its
    neighbours are the same integer shifted by 8 bits either way."""
    return int.from_bytes(data.translate(table), "little")


def _shape_of(text: str) -> _Shape:
    """Letter statistics of `text`, as a walk over its characters would count them.

    perf: a Python loop per character was half of parsing an e-mail. Here every per-character question is asked
    of all characters at once: the text is encoded as UTF-32 (four bytes a character, so character i is at byte
    4 * i), `bytes.translate` answers it for one byte of each code, and the answers become bits of an integer,
    where "and", shifts and `bit_count` are single C loops. Only the rare characters that may be odd are looked
    at one by one. The log frequencies are summed per distinct weight, in a fixed order; the sum is equal up to
    rounding to any other order of adding them (the walk's, or that of iterating a set of characters).
    """
    data = text.encode("utf-32-le", "surrogatepass")
    low = data[0::4]
    basic = _flags(data[2::4], _IS_ZERO)  # the character is in the Basic Multilingual Plane
    row = _flags(data[1::4], _ROW)
    cyrillic = row & basic  # bit 0 of each byte only, since `basic` has no other
    letters = upper_count = foreign = inversions = odd = 0
    total = 0.0
    if cyrillic:
        answers = _flags(low, _LOW)
        upper = answers & cyrillic
        not_upper = cyrillic ^ upper
        letters = cyrillic.bit_count()
        upper_count = upper.bit_count()
        foreign = ((answers >> 1) & cyrillic).bit_count()
        inversions = (upper & (not_upper << 8)).bit_count()  # a capital right after a small letter
        latin = (answers >> 2) & (row >> 1) & basic
        odd = (latin & ((cyrillic << 8) | (cyrillic >> 8))).bit_count()  # a Latin letter touching a Cyrillic one
        weights = int.from_bytes(low.translate(_WEIGHT_INDEX), "little") & (cyrillic * 0xFF)
        index = weights.to_bytes(len(low), "little")
        total = _weighted_sum(index)
    for found in _MAYBE_ODD.finditer(text):
        i = found.start()
        if _is_odd(text[i], text[i - 1] if i else "", text[i + 1 : i + 2]):
            odd += 1
    mean = total / letters if letters else 0.0
    return _Shape(letters, upper_count, foreign, inversions, mean, odd)


def _weighted_sum(index: bytes) -> float:
    """The sum of the log frequencies of the characters `index` names (one weight index a character, 0 for none),
    added per weight in ascending order.

    A short text (a header word) holds few distinct letters: only those are counted. A longer one is counted in
    one pass by numpy when spaCy has already loaded it (perf: 37 `bytes.count` passes were half of `_shape_of` on
    a body), else weight by weight. Adding a zero term changes no bit of the sum, so every way gives the same
    float.
    """
    total = 0.0
    numpy = sys.modules.get("numpy") if len(index) >= _FEW else None
    if numpy is not None:
        counts = numpy.bincount(numpy.frombuffer(index, dtype=numpy.uint8), minlength=len(_WEIGHTS) + 1).tolist()
        for weight, count in zip(_WEIGHTS, counts[1:], strict=True):
            total += weight * count
        return total
    for k in sorted(set(index)) if len(index) < _FEW else range(1, len(_WEIGHTS) + 1):
        if k:
            total += _WEIGHTS[k - 1] * index.count(k)
    return total


def cyrillic_score(text: str) -> float:
    """Higher is more like real Russian/Ukrainian: frequent letters, normal case, no stray symbols."""
    s = _shape(text)
    if not s.letters:
        return -10.0 - s.odd
    n = s.letters
    penalties = 4.0 * (s.inversions + s.foreign) / n + 4.0 * s.odd / (n + s.odd)
    return s.mean_logfreq - penalties


def reads_well(text: str) -> bool:
    """False for mojibake: replacement/C1 characters, scrambled Cyrillic, or Cyrillic read as Latin-1."""
    s = _shape(text)
    if s.odd:
        return False
    if s.letters:
        n = s.letters
        if s.foreign * 20 > n or (s.inversions >= 2 and s.inversions * 10 > n):
            return False
        if n >= 20 and (s.mean_logfreq < _GOOD_MEAN_LOGFREQ or (s.inversions and s.upper * 10 > n * 6)):
            return False
    return not _latin_mojibake(text)


_LATIN_RUN = re.compile(r"[\u00a0-\u024f]{3,}")
_HIGH = re.compile("[\u00a1-\u024f]")


def _latin_mojibake(text: str) -> bool:
    """Cyrillic or UTF-8 bytes read as Latin-1 give whole words of accented letters; real Latin does not."""
    high = len(text) - len(_HIGH.sub("", text))
    if high < 3:
        return False
    in_runs = sum(len(m.group(0)) for m in _LATIN_RUN.finditer(text))
    return in_runs * 2 > high


# --------------------------------------------------------------------------------------------- text hygiene


def clean_text(text: str) -> str:
    """Normalise line endings; drop C0 controls (NUL, escapes...) except \\n and \\t, and invisible marks.

    Rules count characters and match line starts; stray controls would shift offsets and break both.

    perf: text is usually clean already (a body is cleaned when its part is decoded and again as a whole), and one
    search costs half of running both substitutions: a carriage return is one of the characters `_C0_DROP` finds
    (U+000D), so text it finds nothing in is left as it is by both.
    """
    if _C0_DROP.search(text) is None:
        return text
    return _C0_DROP.sub("", _NEWLINES.sub("\n", text))


def is_junk(text: str) -> bool:
    """True when over 30% of the characters are controls or replacement characters: binary data, not text.

    Such input raises ReplyParseError instead of producing a "reply" of garbage that every rule would flag.
    """
    if not text:
        return False
    bad = len(text) - len(_JUNK.sub("", text))
    return bad > _JUNK_SHARE * len(text)
