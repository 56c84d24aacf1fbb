"""Adversarial input: 100,000 repeats of each thing the parser and rules look for, and the input size limit.

Every case must finish and give a clean report (no rule crashed or ran past its budget). The budgets here are hang
guards, not speed targets: a rule that runs away is stopped by the per-rule `rule-timeout` (60 s) and reported as
an internal-error finding, which fails the test; parsing and shared analysis run outside any rule's budget, so each
lint is also timed as a whole, and a faulthandler watchdog ends the run with every thread's traceback if a lint
never returns at all (a catastrophic regular expression cannot be interrupted). Linear growth (10k vs 100k) is
measured by the benchmark, not asserted here.
"""

from __future__ import annotations

import email.message
import faulthandler
import io
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _robustness_checks import HANG_GUARD_SECONDS, check_report, linter, registry

import replylint
from replylint import cli
from replylint.api import Linter
from replylint.errors import InputTooLargeError, ReplyParseError
from replylint.language import detect
from replylint.model import Report

SIZE = 100_000
WHOLE_RUN_GUARD = 4 * HANG_GUARD_SECONDS
"""Seconds one lint of 100,000 characters may take in all (parse, analysis, every rule) before it counts as hung."""
WATCHDOG = 2 * WHOLE_RUN_GUARD
"""Seconds after which the process is ended with tracebacks: a lint stuck in C code would otherwise hang CI."""

KINDS = [
    # quote markers and headers
    ">",
    "> ",
    ">>",
    "> > ",
    ">\n",
    "> \n",
    "On ",
    "wrote:\n",
    "написал(а):",
    "пише:\n",
    "From: a@b.c\n",
    "-----Original Message-----\n",
    "On Mon, 10 Nov 2025, Anna <a@b.c> wrote:\n",
    # signatures, dashes and rules
    "-",
    "--\n",
    "-- \n",
    "_",
    "=",
    "*",
    "С уважением,\n",
    "Best regards,\n",
    "Sent from my iPhone\n",
    # sentence punctuation and emoticons
    "!",
    "?",
    ".",
    "!?",
    "…",
    "—",
    ":",
    ",",
    ":)",
    ")",
    "(",
    ")))",
    "Why? ",
    "Когда? ",
    # templates and placeholders
    "{",
    "{{",
    "}",
    "{%",
    "%",
    "%NAME% ",
    "[",
    "[a]",
    "*|",
    "{name} ",
    "$",
    # markup, addresses, links
    "<",
    "<p>",
    "<blockquote>",
    "&",
    "&#",
    "@",
    "a@",
    "x@y.z ",
    "http://",
    "www.",
    "\\",
    "#",
    "|",
    "+7",
    "1 ",
    "1.",
    # quotes
    '"',
    "'",
    "«",
    "»",
    "“",
    "”",
    "’",
    "'s ",
    # letters, words, spaces
    "A",
    "a",
    "a ",
    "a\n",
    "Я",
    "Я ",
    "й",
    "ё",
    "і",
    "ї",
    "Hi Anna, ",
    "Здравствуйте! ",
    "sorry ",
    "ASAP! ",
    " ",
    "\n",
    "\t",
    "\n\n",
    # invisible and emoji
    "\u200b",
    "\u200d",
    "\u202e",
    "\u00a0",
    "😀",
    "👍🏽",
    "🇺🇦",
    # directives
    "replylint: disable=length\n",
    # lexicon words that once made a rule quadratic (each a fixed regression)
    "delay ",
    "delayed.\n",
    "перенесено ",
    "today only ",
    "только сегодня ",
    "лише сьогодні ",
    "так друже, ",
    "не могу назвать ",
    "I don't know, call us ",
    "received your message.\n",
]

STRUCTURES = {
    "nested-blockquote": "<html><body>" + "<blockquote>" * (SIZE // 12) + "Hi",
    "nested-div": "<html><body>" + "<div>" * (SIZE // 5) + "Hi",
    "html-entities": "<html><body><p>" + "&amp;" * (SIZE // 5),
    "html-long-attribute": '<html><body><a href="' + "x" * SIZE + '">y</a>',
    "html-open-comment": "<html><body><!--" + "-" * SIZE,
    "many-headers": "From: a@b.c\n" + "X-A: b\n" * (SIZE // 7) + "\nHello",
    "long-encoded-subject": "From: a@b.c\nSubject: " + "=?utf-8?B?0J/RgNC40LLQtdGC?= " * (SIZE // 29) + "\n\nHi",
    "many-recipients": "From: a@b.c\nTo: " + "a@b.c, " * (SIZE // 7) + "\n\nHello",
    "deep-quote": ">" * SIZE + " hi\n",
    "long-quote": "On Mon, Anna wrote:\n" + "> hi\n" * (SIZE // 5),
    "interleaved": "> q?\nanswer.\n" * (SIZE // 16),
    "format-flowed": "From: a@b.c\nContent-Type: text/plain; format=flowed\n\n" + "word \n" * (SIZE // 6),
    "qp-soft-breaks": "From: a@b.c\nContent-Transfer-Encoding: quoted-printable\n\n" + "=\n" * (SIZE // 2),
    "signature-lines": "Hi\n\n--\n" + "Tom\n" * (SIZE // 4),
    "one-long-line": "word " * (SIZE // 5),
}


def _repeat(kind: str, size: int = SIZE) -> str:
    return (kind * (size // len(kind) + 1))[:size]


def _nested_multipart(depth: int) -> str:
    head = "From: a@b.c\nSubject: x\nMIME-Version: 1.0\n"
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{d}"\n\n--b{d}\n' for d in range(depth))
    closing = "".join(f"--b{d}--\n" for d in reversed(range(depth)))
    return head + opening + "Content-Type: text/plain\n\nHello Anna, it ships today.\n" + closing


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(WATCHDOG, exit=True, file=sys.stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def _lint_guarded(text: str, language: str | None = None) -> Report | ReplyParseError:
    started = time.perf_counter()
    outcome: Report | ReplyParseError
    try:
        outcome = linter().lint(text, context={"language": language} if language else None)
    except ReplyParseError as exc:
        outcome = exc
    elapsed = time.perf_counter() - started
    assert elapsed < WHOLE_RUN_GUARD, f"one lint took {elapsed:.0f} s"
    if isinstance(outcome, Report):
        check_report(outcome)
    return outcome


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
@pytest.mark.parametrize("kind", KINDS, ids=[ascii(k) for k in KINDS])
def test_repeated_kind_finishes_cleanly_with_every_rule(kind: str, language: str) -> None:
    """Linted as each language, so every rule of every language sees every kind."""
    assert isinstance(_lint_guarded(_repeat(kind), language), Report)


def test_language_detection_finishes_on_every_kind() -> None:
    for kind in KINDS:
        started = time.perf_counter()
        detect(_repeat(kind))
        assert time.perf_counter() - started < WHOLE_RUN_GUARD, kind


@pytest.mark.parametrize("name", sorted(STRUCTURES))
def test_adversarial_structure_finishes_cleanly(name: str) -> None:
    assert isinstance(_lint_guarded(STRUCTURES[name]), Report)


ORIGINALS = {
    "en": "Hello,\n\nWhere is my order? When will it arrive? Can I pay by card?\n\nAnna",
    "ru": "Здравствуйте!\n\nГде мой заказ? Когда его привезут? Можно ли оплатить картой?\n\nОльга",
    "uk": "Добрий день!\n\nДе моє замовлення? Коли його привезуть? Чи можна оплатити карткою?\n\nОлена",
}
REPLIES = {
    "en": "Hello Anna,\n\nYour order ships today and arrives on Thursday. Yes, card is fine.\n\nBest,\nTom",
    "ru": "Здравствуйте, Ольга!\n\nЗаказ отправим сегодня, привезут в четверг. Да, можно картой.\n\nМарина",
    "uk": "Добрий день, Олено!\n\nЗамовлення відправимо сьогодні, привезуть у четвер. Так, карткою можна.\n\nОлег",
}
QUESTIONS = {
    "en": ["When? ", "Can I pay by card? ", "Where is my order?\n"],
    "ru": ["Когда? ", "Можно ли оплатить картой? ", "Где мой заказ?\n"],
    "uk": ["Коли? ", "Чи можна оплатити карткою? ", "Де моє замовлення?\n"],
}


def _lint_pair_guarded(reply: str, original: str, language: str) -> None:
    started = time.perf_counter()
    report = linter().lint(reply, original, context={"language": language})
    assert time.perf_counter() - started < WHOLE_RUN_GUARD
    check_report(report)


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_rules_that_read_the_original_finish_on_long_replies_and_originals(language: str) -> None:
    """A long reply against real questions, and a long run of questions against a real reply (unanswered-question,
    response-time and greeting-name read the customer's message). 30,000 characters: these pairs cost ~4 s each
    at 100,000, which is throughput (the benchmark's business); this is a hang guard."""
    for kind in ("Yes. ", "Ok.\n\n", "It ships today.\n", QUESTIONS[language][0]):
        _lint_pair_guarded(_repeat(kind, PAIR_SIZE), ORIGINALS[language], language)
    for kind in QUESTIONS[language]:
        _lint_pair_guarded(REPLIES[language], _repeat(kind, PAIR_SIZE), language)


PAIR_SIZE = 30_000


def test_hostile_multipart_nesting_is_a_parse_error_or_a_report() -> None:
    """Deep MIME nesting may be refused (mail-parser reports it as too deep) but must not crash or hang."""
    for depth in (50, 2000):
        _lint_guarded(_nested_multipart(depth))


# ------------------------------------------------------------------------------------------------ size limit

LIMIT = 1000


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "x" * n, id="str"),
        pytest.param(lambda n: "Я" * (n // 2), id="str-counted-in-utf8-bytes"),
        pytest.param(lambda n: b"x" * n, id="bytes"),
        pytest.param(lambda n: bytearray(b"x" * n), id="bytearray"),
    ],
)
def test_over_max_bytes_is_a_clear_input_too_large_error(make: Callable[[int], Any]) -> None:
    build = make
    small = Linter({"max-bytes": LIMIT}, registry=registry())
    assert isinstance(small.lint(build(LIMIT)), Report)  # at the limit: linted
    with pytest.raises(InputTooLargeError) as caught:
        small.lint(build(LIMIT + 2))
    message = str(caught.value)
    assert f"{LIMIT:,}-byte limit" in message and "max-bytes" in message
    assert f"{LIMIT + 2:,} bytes" in message
    assert isinstance(caught.value, ReplyParseError)  # callers catching the parse error catch this too


def test_over_max_bytes_for_files_messages_and_the_cli(tmp_path: Path) -> None:
    small = Linter({"max-bytes": LIMIT}, registry=registry())
    path = tmp_path / "big.eml"
    path.write_bytes(b"From: a@b.c\nSubject: x\n\n" + b"x" * LIMIT)
    with pytest.raises(InputTooLargeError, match=r"big\.eml is .* over the 1,000-byte limit"):
        small.lint(path)
    message = email.message.EmailMessage()
    message["From"] = "a@b.c"
    message.set_content("x" * LIMIT)
    with pytest.raises(InputTooLargeError, match=r"<message> is"):
        small.lint(message)
    (tmp_path / "replylint.toml").write_text(f"max-bytes = {LIMIT}\n", encoding="utf-8")
    for argv, stdin in ((["check", str(path)], b""), (["check", "-"], b"x" * (LIMIT + 1))):
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(
            [*argv, "--config", str(tmp_path / "replylint.toml")],
            stdin=io.TextIOWrapper(io.BytesIO(stdin)),
            stdout=out,
            stderr=err,
        )
        assert code == cli.EXIT_ERROR and out.getvalue() == ""
        assert err.getvalue().startswith("replylint: error: ") and err.getvalue().count("\n") == 1
        assert "1,000-byte limit" in err.getvalue() and "Traceback" not in err.getvalue()


def test_default_limit_refuses_more_than_five_megabytes_before_parsing() -> None:
    started = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="5,000,000-byte limit"):
        replylint.lint(b"x" * 5_000_001)
    assert time.perf_counter() - started < 5, "the size check must come before any parsing"


def test_endless_file_is_refused_not_read(tmp_path: Path) -> None:
    """A device reports size 0 and never ends: it is refused before it is opened (pass its bytes instead)."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this platform")
    small = Linter({"max-bytes": LIMIT}, registry=registry())
    started = time.perf_counter()
    with pytest.raises(ReplyParseError, match="not a regular file"):
        small.lint(Path("/dev/zero"))
    assert time.perf_counter() - started < 5


def test_a_growing_file_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    """The size is checked before reading, and the read stops one byte over the limit whatever the size said."""
    path = tmp_path / "reply.txt"
    path.write_bytes(b"x" * (LIMIT * 3))
    small = Linter({"max-bytes": LIMIT}, registry=registry())
    with pytest.raises(InputTooLargeError, match="over the 1,000-byte limit"):
        small.lint(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("where", ["reply", "original"])
def test_a_fifo_is_refused_at_once_not_waited_for(tmp_path: Path, where: str) -> None:
    """Issue 12, item 7: a FIFO with no writer blocked open() for ever, as a reply and as --original."""
    from replylint.cli import main

    fifo = tmp_path / "message.eml"
    os.mkfifo(fifo)
    reply = tmp_path / "reply.txt"
    reply.write_text("Hello Anna,\n\nIt ships today.\n\nBest,\nTom\n", encoding="utf-8")
    args = ["check", str(fifo)] if where == "reply" else ["check", "--original", str(fifo), str(reply)]
    err = io.StringIO()
    started = time.perf_counter()
    assert main(args, stdout=io.StringIO(), stderr=err) == 2
    assert time.perf_counter() - started < 30
    [line] = err.getvalue().splitlines()
    assert "is a FIFO (named pipe), not a message file" in line
    with pytest.raises(ReplyParseError, match="not a regular file"):
        replylint.lint(fifo)


def test_a_reply_longer_than_spacys_default_limit_lints() -> None:
    """spaCy refuses texts over 1,000,000 characters by default (a memory guard for parsers these pipelines do not
    have); under a max-bytes that allows them, such a reply must lint, not fail with spaCy's ValueError."""
    text = "Hello Anna,\n\n" + "Your parcel ships today from our warehouse. " * 24_000 + "\n\nBest regards,\nDana"
    assert len(text) > 1_000_000
    report = Linter({"max-bytes": 2_000_000}).lint(text)
    check_report(report)
    assert {f.rule for f in report.findings} == {"length"}
