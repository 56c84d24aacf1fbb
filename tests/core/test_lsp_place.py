"""Findings placed in an editor's buffer (replylint.lsp.place): ranges, code units, quick fixes, hover text.

The server only carries these results over the wire (tests/integration/test_lsp.py drives it with a client);
here the placement is checked on its own, on hand-made drafts and on every reply of the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.api import Linter
from replylint.eval import load_cases
from replylint.i18n import tr
from replylint.lsp.place import (
    GREETING_FIXES,
    UNPLACED_NOTE,
    Buffer,
    Fix,
    Placed,
    Range,
    count_units,
    hover_text,
    place,
)
from replylint.parsing.coerce import NO_BREAK_SPACES

CORPUS = Path(__file__).parent.parent / "corpus"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _offset(source: str, line: int, units: int, encoding: str = "utf-16") -> int:
    """A protocol position as an index into `source` (lines split as the protocol splits them)."""
    buffer = Buffer(source)
    starts = [0]
    for raw in buffer.lines[:-1]:
        starts.append(starts[-1] + len(raw) + (2 if source[starts[-1] + len(raw) :].startswith("\r\n") else 1))
    raw = buffer.lines[line]
    index = 0
    while index < len(raw) and count_units(raw[: index + 1], encoding) <= units:  # type: ignore[arg-type]
        index += 1
    return starts[line] + index


def _text(source: str, where: Range, encoding: str = "utf-16") -> str:
    return source[
        _offset(source, where.start_line, where.start_char, encoding) : _offset(
            source, where.end_line, where.end_char, encoding
        )
    ]


def _apply(source: str, fix: Fix) -> str:
    start = _offset(source, fix.range.start_line, fix.range.start_char)
    end = _offset(source, fix.range.end_line, fix.range.end_char)
    return source[:start] + fix.new_text + source[end:]


def _placed(linter: Linter, source: str, encoding: str = "utf-16", **context: object) -> list[Placed]:
    return place(linter.lint(source, context=context or None), source, encoding)  # type: ignore[arg-type]


def _one(placed: list[Placed], rule: str, kind: str) -> Placed:
    (found,) = [p for p in placed if p.finding.rule == rule and p.finding.kind == kind]
    return found


def test_code_units() -> None:
    assert count_units("🎁Ж", "utf-16") == 3
    assert count_units("🎁Ж", "utf-8") == 6
    assert count_units("🎁Ж", "utf-32") == 2
    assert count_units("\ud800", "utf-16") == 1  # a lone surrogate (JSON allows one) is one unit, not an error


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_positions_in_the_negotiated_encoding(linter: Linter, encoding: str) -> None:
    source = "Здравствуйте!\n\n🎁😀 Твой заказ готов.\n"
    found = _one(_placed(linter, source, encoding), "familiar-tone", "informal-you")
    assert found.range.start_line == 2
    assert _text(source, found.range, encoding) == "Твой"
    assert found.range.start_char == count_units("🎁😀 ", encoding)  # type: ignore[arg-type]


def test_headers_shift_lines_and_a_header_finding_sits_on_its_line(linter: Linter) -> None:
    source = (
        "From: Марина <support@shop.example>\nTo: Ольга Смирнова <olga@example.ru>\nCc: \nBcc: \nSubject: \n"
        "Reply-To: \n\nЗдравствуйте, Ольга!\n\nТвой заказ готов.\n\nС уважением,\nМарина\n"
    )
    placed = _placed(linter, source)
    subject = _one(placed, "subject-missing", "empty")
    assert Buffer(source).lines[subject.range.start_line].startswith("Subject:")
    informal = _one(placed, "familiar-tone", "informal-you")
    assert informal.range.start_line == 9 and _text(source, informal.range) == "Твой"


def test_characters_the_linter_drops_are_counted_back(linter: Linter) -> None:
    source = "Привет!\n\n\u200bТвой заказ\ufeff готов, \u200bТвой\u200b.\n"
    found = [p for p in _placed(linter, source) if p.finding.kind == "informal-you"]
    assert [_text(source, p.range) for p in found] == ["Твой", "Твой"]


def test_crlf_and_lone_cr_line_breaks(linter: Linter) -> None:
    source = "Привет!\r\n\r\nТвой заказ готов.\rТвой.\r\n"
    found = [p for p in _placed(linter, source) if p.finding.kind == "informal-you"]
    assert [(p.range.start_line, _text(source, p.range)) for p in found] == [(2, "Твой"), (3, "Твой")]


def test_formal_pronoun_fix(linter: Linter) -> None:
    source = "Здравствуйте, Ольга!\n\nТвой заказ готов, пиши, если что.\n\nС уважением,\nМарина\n"
    placed = [p for p in _placed(linter, source) if p.finding.kind == "informal-you"]
    assert [p.fix.new_text for p in placed if p.fix] == ["Ваш", "пишите"]
    fixed = source
    for p in reversed(placed):
        assert p.fix is not None
        fixed = _apply(fixed, p.fix)
    assert fixed == source.replace("Твой", "Ваш").replace("пиши,", "пишите,")


@pytest.mark.parametrize(
    ("source", "rule", "kind", "before", "after"),
    [
        (
            "To: Anna Smith <anna@example.com>\nSubject: Re: order\n\nHello,\n\nYour order ships today.\n",
            "greeting-name",
            "no-name",
            "Hello,",
            "Hello Anna,",
        ),
        (
            "To: Олена Коваленко <olena@example.ua>\nSubject: Re: замовлення\n\nДобрий день!\n\nЗамовлення передано.\n",
            "greeting-name",
            "no-name",
            "Добрий день!",
            "Добрий день, Олено!",
        ),
        (
            "To: Ольга Смирнова <olga@example.ru>\nSubject: Re: заказ\n\nЗдравствуйте, Ирина! 🎁\n\nЗаказ отправлен.\n",
            "greeting-name",
            "wrong-name",
            "Здравствуйте, Ирина! 🎁",
            "Здравствуйте, Ольга! 🎁",
        ),
        (
            "To: Anna Smith <anna@example.com>\nSubject: Re: order\n\nDear Valued Customer,\n\nYour order ships today.\n",  # noqa: E501 (a test's literal text)
            "mass-mailing",
            "generic-salutation",
            "Dear Valued Customer,",
            "Hello Anna,",
        ),
    ],
)
def test_greeting_fixes(linter: Linter, source: str, rule: str, kind: str, *, before: str, after: str) -> None:
    found = _one(_placed(linter, source), rule, kind)
    assert found.fix is not None
    assert (rule, kind) in GREETING_FIXES
    assert _apply(source, found.fix) == source.replace(before, after)


def test_missing_greeting_is_inserted_above(linter: Linter) -> None:
    source = "To: Anna Smith <anna@example.com>\nSubject: Re: order\n\nYour order ships today.\n"
    found = _one(_placed(linter, source), "greeting-name", "missing")
    assert found.fix is not None
    assert _apply(source, found.fix) == source.replace("\n\nYour", "\n\nHello Anna,\n\nYour")


def test_a_name_before_the_greeting_is_not_replaced_by_a_whole_greeting(linter: Linter) -> None:
    """The suggestion is a whole greeting line; put in place of the name alone it would greet twice."""
    source = "To: Ольга Смирнова <olga@example.ru>\nSubject: Re: заказ\n\nИрина, добрый день!\n\nЗаказ отправлен.\n"
    placed = [p for p in _placed(linter, source) if p.finding.rule == "greeting-name"]
    assert placed and all(p.fix is None for p in placed)
    assert all("→" in p.message for p in placed if p.finding.suggestion)


def test_advice_and_a_placeholder_sign_off_are_messages_not_edits(linter: Linter) -> None:
    source = "Hi,\n\nThanks for your message. Your order ships tomorrow.\n"
    found = _one(_placed(linter, source), "sign-off", "missing")
    assert found.fix is None
    assert found.finding.suggestion and found.finding.suggestion in found.message


def test_wrong_recipient_fix_on_the_to_line(linter: Linter) -> None:
    source = (
        "From: Marina <support@shop.example>\nTo: Olga <olga@example.org>\nSubject: Re: order\n\nHello Olga,\n\n"
        "Your order ships today.\n\nKind regards,\nMarina\n\n"
        "On Mon, 10 Nov 2025 at 09:12, Olga Smirnova <olga@example.ru> wrote:\n> Where is my order?\n"
    )
    found = _one(_placed(linter, source), "address-invalid", "wrong-recipient")
    assert found.fix is not None
    assert _apply(source, found.fix) == source.replace("<olga@example.org>", "<olga@example.ru>")


def test_findings_with_no_buffer_line_are_shown_at_the_body(linter: Linter) -> None:
    source = (
        "From: Marina <support@shop.example>\nTo: Olga <olga@example.ru>\nSubject: Re: order\n"
        "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Твой заказ готов.</p></body></html>\n"
    )
    placed = _placed(linter, source)
    assert placed
    note = tr("ru", UNPLACED_NOTE)  # in the findings' language, as the message it is added to
    assert note != UNPLACED_NOTE
    for p in placed:
        assert p.message.endswith(note) or note + "\n" in p.message
        assert p.range.start_line == 5 and p.fix is None


def test_hover_text(linter: Linter) -> None:
    source = "Здравствуйте!\n\nТвой заказ готов, твой курьер уже едет.\n"
    placed = _placed(linter, source)
    first = _one([p for p in placed if _text(source, p.range) == "Твой"], "familiar-tone", "informal-you")
    pages: list[str] = []

    def page(rule: str) -> str:
        pages.append(rule)
        return f"PAGE {rule}"

    text = hover_text(placed, first.range.start_line, first.range.start_char + 1, page)
    assert text is not None and first.message in text and "PAGE familiar-tone" in text
    assert hover_text(placed, 0, 0, page) is None
    whole_line = hover_text(placed, first.range.start_line, 0, page)
    assert whole_line is not None and whole_line.count("PAGE familiar-tone") == 1  # one page per rule


def test_every_corpus_reply_is_placed_inside_the_buffer(linter: Linter) -> None:
    """Invariants on every labelled reply as a mutt draft with headers, emoji and a zero-width space (and on some
    as written): ranges lie inside the buffer; a finding's range holds the text it flags; a fix yields its
    suggestion."""
    checked = fixes = 0
    for number, case in enumerate(load_cases(CORPUS)):
        # perf: as a draft every time, as written every fourth time (plain text is the simpler placement)
        for source in (case.reply, _as_draft(case.reply))[number % 4 != 0 :]:
            report = linter.lint(source, case.original, context=case.context or None)
            buffer = Buffer(source)
            for p in place(report, source):
                _check_range(buffer, p.range)
                f = p.finding
                flagged = report.text[f.start : f.end]
                if (
                    f.end > f.start
                    and p.range.start_line == p.range.end_line
                    and not p.message.endswith(tr(report.message_language, UNPLACED_NOTE))
                    and "\n" not in flagged
                ):
                    shown = _text(source, p.range).translate(NO_BREAK_SPACES)
                    assert shown.replace("\u200b", "") in (flagged, flagged.rstrip()), (case.id, f)
                if p.fix is not None:
                    fixes += 1
                    _check_fix(source, p)
                checked += 1
    assert checked > 300 and fixes > 20


def _as_draft(reply: str) -> str:
    lines = reply.strip("\n").split("\n")
    if len(lines) > 2:
        lines[2] = "🎁 \u200b" + lines[2]
    return "From: support@shop.example\nTo: \nSubject: Re: your order\n\n" + "\n".join(lines) + "\n"


def _check_range(buffer: Buffer, where: Range) -> None:
    assert 0 <= where.start_line <= where.end_line < len(buffer.lines)
    assert 0 <= where.start_char <= buffer.line_end(where.start_line)
    assert 0 <= where.end_char <= buffer.line_end(where.end_line)
    assert (where.start_line, where.start_char) <= (where.end_line, where.end_char)


def _check_fix(source: str, p: Placed) -> None:
    assert p.fix is not None and p.finding.suggestion
    _check_range(Buffer(source), p.fix.range)
    fixed = Buffer(_apply(source, p.fix))
    line = fixed.lines[p.fix.range.start_line].lstrip()
    suggestion = p.finding.suggestion
    if (p.finding.rule, p.finding.kind) in GREETING_FIXES | {("greeting-name", "missing")}:
        assert line.startswith(suggestion), (line, suggestion)
    else:
        assert suggestion in line


@pytest.mark.parametrize(
    ("message_language", "title"),
    [("auto", "Заменить на «Ваш»"), ("en", "Replace with «Ваш»"), ("uk", "Замінити на «Ваш»")],
)
def test_quick_fix_titles_speak_the_findings_language(linter: Linter, message_language: str, title: str) -> None:
    source = "Здравствуйте, Ольга!\n\nТвой заказ приедет в четверг.\n\nС уважением,\nМарина\n"
    found = _one(_placed(linter, source, message_language=message_language), "familiar-tone", "informal-you")
    assert found.fix is not None and found.fix.title == title
