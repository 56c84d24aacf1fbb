"""The length rule."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from replylint.mail.lines import paragraphs, strip_paragraph
from replylint.model import Severity
from replylint.rule import Hit, Rule, RuleContext, bad, good

QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
"""A "> " line left in the text (an interleaved reply's later quotes, or a quote with no header): the customer's
words, never counted as the agent's."""

_LONG_EN = " ".join(["We have checked the order and everything is in place now."] * 40)
_LONG_RU = " ".join(["Мы проверили заказ, и теперь всё в полном порядке."] * 45)
_LONG_UK = " ".join(["Ми перевірили замовлення, і тепер усе в повному порядку."] * 45)


class Length(Rule):
    """Keep replies concrete: not a one-word brush-off, not a wall of text.

    Customers read support mail on phones, between other things. A reply over a few hundred words buries the
    answer; a sentence over forty words loses the reader half-way; a paragraph with no break is skimmed. A reply
    of two or three words ("Done.", "See FAQ.") reads as a brush-off. The limits count words of the message
    itself: the opening greeting, the closing line with everything under it (name, contact block, legal
    disclaimer), the quoted original and the signature are excluded, since none of them is what the customer
    reads the reply for. In an interleaved reply only the answers count: every "> " line is the customer's,
    whether or not a header introduces it. A word is anything holding a letter or a digit, so numbers count
    ("15.50", "№123", "09:30"), while a dash, a bullet, a currency sign or other punctuation alone does not;
    parts joined by a hyphen count separately ("e-mail", «кто-то» are two; a range written with a dash and no
    spaces, "5–7", is one), as do English contractions and possessives ("don't", "Canon's"), while the apostrophe inside
    a Ukrainian word is part of it («сім'я», «обов’язково» are one word each). A reply with no words of its own (blank,
    only the quoted
    original, only a greeting and a closing) is `empty`, an error, instead of too short. The other rules still read
    whatever text there is: a reply that is only the quoted original under its header gets no greeting or closing
    finding, but unanswered-question still reports each of the customer's questions in it as unanswered; one with a
    closing but no greeting still lacks a greeting (greeting-name's `missing`). The examples below show this rule's
    findings only.
    """

    id = "length"
    lexicons = (
        "closings",
        "device_footers",
        "generic_salutations",
        "greeting_fillers",
        "greetings",
        "honorifics",
        "non_person_names",
        "placeholder_words",
        "team_words",
    )
    tags = ("style",)

    @dataclass(frozen=True)
    class Options:
        min_words: int = field(default=5, metadata={"doc": "Fewer words than this is too short (0 turns it off)."})
        max_words: int = field(default=400, metadata={"doc": "More words than this is too long."})
        max_sentence_words: int = field(default=40, metadata={"doc": "Longest sentence, in words."})
        max_paragraph_words: int = field(default=150, metadata={"doc": "Longest paragraph, in words."})

    messages = {
        "empty": "The reply has no text of its own; write the answer before sending.",
        "too-long": "The reply is {words} words long; keep it under {limit}.",
        "too-short": "The reply is only {words} word(s); say what was done and what happens next.",
        "long-sentence": "This sentence is {words} words long; split it (limit {limit}).",
        "long-paragraph": "This paragraph is {words} words long; break it up (limit {limit}).",
    }
    examples = (
        bad("en", "Done.", ("too-short", "Done.")),
        bad(
            "en",
            "On Mon, 10 Nov 2025 at 09:12, Anna Lee <anna@example.com> wrote:\n> Where is my order?\n",
            "empty",
            note="only the customer's quoted message, nothing written above it",
        ),
        bad(
            "en",
            "Kind regards,\nGeorge Whitlock\nAccounts, Paper & Ink\n\nOn Wed, 16 Jul 2025 at 14:05, Rob "
            "<rob@example.com> wrote:\n> Please send me the invoice for order 22904.\n",
            "empty",
            note="sent with only the closing and the signature: the closing is not a greeting",
        ),
        bad("en", f"Hello Anna,\n\n{_LONG_EN}\n\nBest,\nTom", "too-long", "long-paragraph"),
        bad(
            "en",
            "Hello Anna, we checked the order, spoke to the warehouse, asked the courier, looked at the "
            "tracking history, compared it with the invoice, called the depot twice and finally found that the "
            "parcel had been sent to the old address you used last year.",
            "long-sentence",
        ),
        good("en", "Hello Anna,\n\nYour parcel left our warehouse today. It should arrive on Thursday.\n\nBest,\nTom"),
        bad("ru", "Сделано.", ("too-short", "Сделано.")),
        bad(
            "ru",
            "Здравствуйте, Ирина!\n\nВсё сделано.\n\nС уважением,\nОлег, служба поддержки",
            "too-short",
            note="the greeting and the sign-off are not the message",
        ),
        bad("ru", f"Здравствуйте, Анна!\n\n{_LONG_RU}", "too-long", "long-paragraph"),
        good(
            "ru",
            "Здравствуйте, Анна!\n\nЗаказ отправлен сегодня, курьер привезёт его в четверг.\n\nС уважением,\nМарина",
        ),
        bad("uk", "Готово.", ("too-short", "Готово.")),
        bad("uk", f"Добрий день, Олено!\n\n{_LONG_UK}", "too-long", "long-paragraph"),
        good(
            "uk",
            "Добрий день, Олено!\n\nЗамовлення відправлено сьогодні, кур'єр привезе його в четвер.\n\n"
            "З повагою,\nМарина",
        ),
        good("en", "Thanks, done.", options={"min-words": 2}, note="limits are options"),
        bad(
            "en",
            "Sent — order #123.",
            ("too-short", "Sent — order #123."),
            note="three words: a number is a word, the dash is not",
        ),
        good("en", "Refund sent — 2 items, £31.00.", note="five words, the minimum: numbers count, the dash and £ not"),
        bad(
            "en",
            "Hi Anna,\n\nOn Mon, 10 Nov 2025 at 09:12, Anna Lee <anna@example.com> wrote:\n> Where is my order? "
            "Has it been sent to the new address I gave you?\nIt left today.\n\n> Can I pay by card?\nYes.\n\n"
            "Best,\nTom",
            "too-short",
            note="interleaved: only the answers under the quotes count, four words",
        ),
        good(
            "ru",
            "Здравствуйте, Ирина!\n\n> Когда придёт заказ?\nЗаказ приедет в четверг, курьер позвонит "
            "заранее.\n\n> Можно оплатить картой?\nДа, картой курьеру.\n\nС уважением,\nОлег",
            note="interleaved: the answers under the quotes are the reply's words",
        ),
        bad(
            "uk",
            "Добрий день, Олено!\n\n> Коли буде доставка?\n> Чи можна оплатити карткою?\n",
            "empty",
            note="only a greeting over the customer's quoted lines: nothing of the agent's own",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        opts = self.options
        text = ctx.text
        if not text.strip():
            # Nothing of the agent's own: an empty draft, or one that only quotes the customer. A pre-send hook
            # must stop it, hence the error level whatever the rule's default.
            yield Hit.whole_reply("empty", severity=Severity.ERROR)
            return
        analysis = ctx.analysis
        lo, hi = ctx.body
        # From the start of lo's line: the body can begin inside a "> " line (after the greeting's punctuation)
        quoted = [(m.start(), m.end()) for m in QUOTED_LINE.finditer(text, text.rfind("\n", 0, lo) + 1, hi)]
        own = _own_words(analysis.word_starts, lo, hi, quoted)
        total = len(own)
        if total == 0:
            # Only a greeting, a closing, a signature or "> " quotes: as empty as a draft with nothing in it.
            yield Hit.whole_reply("empty", severity=Severity.ERROR)
            return
        if opts.min_words and total < opts.min_words:
            start = len(text) - len(text.lstrip())
            yield Hit("too-short", start, len(text.rstrip()), {"words": total, "limit": opts.min_words})
        if total > opts.max_words:
            last = analysis.word_indexes[own[-1]]
            yield Hit(
                "too-long",
                analysis.word_starts[own[opts.max_words]],
                analysis.token_ends[last],
                {"words": total, "limit": opts.max_words},
            )
        # perf: a sentence or paragraph counts a part of the reply's own words, so in a reply no longer than a limit
        # nothing can pass it and the walk is skipped (most replies)
        for sent in analysis.sentences if total > opts.max_sentence_words else ():
            if sent.end_char <= lo or sent.start_char >= hi:
                continue
            count = _count(analysis.word_starts, own, max(lo, sent.start_char), min(hi, sent.end_char))
            if count > opts.max_sentence_words:
                body = sent.text.rstrip()
                yield Hit(
                    "long-sentence",
                    sent.start_char,
                    sent.start_char + len(body),
                    {"words": count, "limit": opts.max_sentence_words},
                )
        for para in paragraphs(text, lo, hi) if total > opts.max_paragraph_words else ():
            start, end = strip_paragraph(text, para)
            count = _count(analysis.word_starts, own, start, end)
            if count > opts.max_paragraph_words:
                yield Hit("long-paragraph", start, end, {"words": count, "limit": opts.max_paragraph_words})


def _own_words(starts: list[int], lo: int, hi: int, quoted: list[tuple[int, int]]) -> list[int]:
    """Indexes (into `starts`) of the words in [lo, hi) that are not on a "> " line, in order; one pass."""
    first, stop = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    if not quoted:
        return list(range(first, stop))  # perf: most replies quote nothing with "> "
    own = []
    q = 0
    for i in range(first, stop):
        while q < len(quoted) and quoted[q][1] <= starts[i]:
            q += 1
        if q < len(quoted) and quoted[q][0] <= starts[i]:
            continue
        own.append(i)
    return own


def _count(starts: list[int], own: list[int], start: int, end: int) -> int:
    """The agent's own words starting in [start, end), by bisection over their offsets."""
    first, stop = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return bisect.bisect_left(own, stop) - bisect.bisect_left(own, first)
