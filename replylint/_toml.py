"""Reading replylint's part of a TOML file, and only that, within fixed bounds.

Why not `tomllib.load` on the whole file: configuration discovery walks up from the working directory and meets
other projects' `pyproject.toml` files. Parsing all of one to look for `[tool.replylint]` made replylint fail on
what is none of its business (a stray invalid UTF-8 byte in another tool's table, a UTF-16 file) and exposed it
to tomllib's worst cases (5,000 nested brackets: RecursionError; a 100,000-part dotted key: minutes; a 1 GB file:
gigabytes of memory). Here a file is read only if it is a regular file, at most `MAX_CONFIG_BYTES`; a linear scan
finds the table headers, and only the `[tool.replylint]` tables (and their subtables) are decoded and handed to
tomllib, with every other line blanked so tomllib's line numbers still match the file. Inside our tables, nesting
and dotted keys are bounded before tomllib sees them.

The scan knows just enough TOML to find headers: strings (basic, literal, multi-line), comments, and brackets and
braces inside values. Settings written as dotted keys outside a `[tool.replylint]` header (`tool.replylint.x = 1`
at the top) are not found; the documentation asks for the table.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from replylint.errors import ConfigError
from replylint.i18n import Text

MAX_CONFIG_BYTES = 1 << 20
"""A configuration file larger than 1 MiB is refused unread: real ones are a few kilobytes."""
MAX_DEPTH = 32
"""Arrays and inline tables nested deeper than this in replylint's tables are refused (tomllib recurses)."""
MAX_KEY_PARTS = 16
"""Dotted keys and table headers with more parts are refused (tomllib takes time quadratic in the parts)."""

_OURS = ("tool", "replylint")
_INTERESTING = re.compile(rb"[\"'#\n\[\]{}=,.]")
_BASIC = re.compile(rb'"(?:[^"\\\n]|\\.)*"?')
_LITERAL = re.compile(rb"'[^'\n]*'?")


def read_regular(path: Path, limit: int = MAX_CONFIG_BYTES) -> bytes:
    """The file's bytes, if it is a regular file of at most `limit` bytes; otherwise a one-line ConfigError.

    Opened without blocking, then checked with fstat on the open descriptor: a FIFO would block `open()` for
    ever, a device (/dev/zero) never ends, and checking the name first would race with a swap of the file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ConfigError(Text("config file not found: {path}", path=path)) from None
    except (ValueError, UnicodeError):
        raise ConfigError(Text("{path!r} is not a usable file name", path=path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ConfigError(Text("{path}: cannot read: a loop of symbolic links", path=path)) from None
        raise ConfigError(Text("{path}: cannot read: {strerror}", path=path, strerror=exc.strerror or exc)) from None
    try:
        kind = file_kind(os.fstat(fd).st_mode)
        if kind:
            raise ConfigError(Text("{path} is {kind}, not a configuration file", path=path, kind=kind))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ConfigError(Text("{path}: cannot read: {strerror}", path=path, strerror=exc.strerror or exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ConfigError(
            Text("{path} is over {limit:,} bytes; that is not a configuration file", path=path, limit=limit)
        )
    return data


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words, or "" for a regular file."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return Text("a directory")
    if stat.S_ISFIFO(mode):
        return Text("a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Text("a device")
    if stat.S_ISSOCK(mode):
        return Text("a socket")
    return Text("not a regular file")


def load_ours(path: Path, *, whole: bool) -> dict[str, Any] | None:
    """replylint's settings in `path`: the whole file (`whole`, a replylint.toml) or its `[tool.replylint]`
    tables (a pyproject.toml; None when it has none)."""
    data = read_regular(path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = _Scanner(data, str(path), whole).ours()
    if text is None:
        return None
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Text("{path}: invalid TOML: {exc}", path=path, exc=exc)) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps tomllib well inside the recursion limit
        raise ConfigError(Text("{path}: nested too deeply", path=path)) from None
    if whole:
        return parsed
    table = parsed.get("tool", {}).get("replylint", {})
    return table if isinstance(table, dict) else {}


class _Scanner:
    """One linear pass over the file: where replylint's tables are, and whether they stay within bounds."""

    def __init__(self, data: bytes, where: str, whole: bool) -> None:
        self.data = data
        self.where = where
        self.whole = whole
        self.ours_now = whole
        self.found = whole
        self.spans: list[tuple[int, int]] = []
        self.opened = 0 if whole else -1
        self.stack: list[int] = []
        self.key_mode = True
        self.dots = 0

    def ours(self) -> str | None:
        """The file with every line outside replylint's tables blanked, or None if it has none."""
        self._scan()
        if self.opened >= 0:
            self.spans.append((self.opened, len(self.data)))
        if not self.found:
            return None
        parts = []
        at = 0
        for start, end in self.spans:
            parts.append(b"\n" * self.data.count(b"\n", at, start))
            parts.append(self.data[start:end])
            at = end
        parts.append(b"\n" * self.data.count(b"\n", at))
        kept = b"".join(parts)
        try:
            return kept.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = kept.count(b"\n", 0, exc.start) + 1
            raise ConfigError(Text("{where}: line {line}: not UTF-8 text", where=self.where, line=line)) from None

    def _line(self, at: int) -> int:
        return self.data.count(b"\n", 0, at) + 1

    def _fail(self, at: int, what: str) -> None:
        raise ConfigError(Text("{where}: line {line}: {what}", where=self.where, line=self._line(at), what=what))

    def _scan(self) -> None:
        data, i = self.data, 0
        while (found := _INTERESTING.search(data, i)) is not None:
            i = found.start()
            c = data[i : i + 1]
            if c in (b'"', b"'"):
                i = self._string(i)
            elif c == b"#":
                end = data.find(b"\n", i)
                i = len(data) if end < 0 else end
            elif c == b"\n":
                if not self.stack:
                    self.key_mode, self.dots = True, 0
                i += 1
            elif c == b"[" and not self.stack and self.key_mode and not data[data.rfind(b"\n", 0, i) + 1 : i].strip():
                i = self._header(i)
            else:
                i = self._punctuation(c, i)

    def _punctuation(self, c: bytes, i: int) -> int:
        if c in (b"[", b"{"):
            self.stack.append(c[0])
            if self.ours_now and len(self.stack) > MAX_DEPTH:
                self._fail(i, Text("nested more than {depth} levels deep", depth=MAX_DEPTH))
            self.key_mode, self.dots = c == b"{", 0
        elif c in (b"]", b"}"):
            if self.stack:
                self.stack.pop()
            self.key_mode = False
        elif c == b"=":
            self.key_mode = False
        elif c == b",":
            self.key_mode, self.dots = bool(self.stack) and self.stack[-1] == ord("{"), 0
        elif c == b"." and self.key_mode:
            self.dots += 1
            if self.ours_now and self.dots >= MAX_KEY_PARTS:
                self._fail(i, Text("a dotted key of more than {parts} parts", parts=MAX_KEY_PARTS))
        return i + 1

    def _header(self, i: int) -> int:
        """A `[table]` or `[[array.of.tables]]` header: whose table starts here?"""
        data = self.data
        end = data.find(b"\n", i)
        end = len(data) if end < 0 else end
        names, j = self._header_names(i, end)
        start = data.rfind(b"\n", 0, i) + 1
        ours = self.whole or tuple(names[:2]) == _OURS
        if ours and len(names) > MAX_KEY_PARTS:
            self._fail(i, Text("a table name of more than {parts} parts", parts=MAX_KEY_PARTS))
        if ours and not self.ours_now:
            self.opened = start
        elif not ours and self.ours_now:
            self.spans.append((self.opened, start))
            self.opened = -1
        self.ours_now = ours
        self.found = self.found or ours
        self.key_mode = False
        return j

    def _header_names(self, i: int, end: int) -> tuple[list[str], int]:
        """The parts of a header's name (quotes removed), and where the header ends."""
        data = self.data
        j = i
        while j < end and data[j : j + 1] == b"[":
            j += 1
        names: list[str] = []
        part = bytearray()
        while j < end:
            c = data[j : j + 1]
            if c in (b'"', b"'"):
                close = data.find(c, j + 1, end)
                close = end if close < 0 else close
                part += data[j + 1 : close]
                j = close + 1
            elif c == b".":
                names.append(part.decode("utf-8", "replace").strip())
                part = bytearray()
                j += 1
                if len(names) > MAX_KEY_PARTS + 2:  # enough to decide; the rest is never parsed if not ours
                    break
            elif c == b"]":
                break
            else:
                part += c
                j += 1
        names.append(part.decode("utf-8", "replace").strip())
        while j < end and data[j : j + 1] == b"]":
            j += 1
        return names, j

    def _string(self, i: int) -> int:
        """Where the string starting at `i` ends (one past its closing quote); an unclosed one ends the line."""
        data = self.data
        quote = data[i : i + 1]
        if data[i : i + 3] != quote * 3:
            found = (_BASIC if quote == b'"' else _LITERAL).match(data, i)
            assert found is not None  # both patterns match the opening quote at least
            return found.end()
        j = i + 3
        while True:
            close = data.find(quote * 3, j)
            if close < 0:
                return len(data)
            if quote == b'"' and _escaped(data, close):
                j = close + 1
                continue
            close += 3
            for _ in range(2):  # """"" ends a string whose content ends in up to two quotes
                if data[close : close + 1] == quote:
                    close += 1
            return close


def _escaped(data: bytes, at: int) -> bool:
    """Whether the character at `at` follows an odd number of backslashes."""
    n = 0
    while at - n - 1 >= 0 and data[at - n - 1 : at - n] == b"\\":
        n += 1
    return n % 2 == 1
