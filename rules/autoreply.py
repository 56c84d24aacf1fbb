"""The autoreply rule: an automatic acknowledgement must say when the answer comes and what to do meanwhile."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from replylint.lexicon import Lexicon, Match
from replylint.model import Severity
from replylint.nlp import Analysis
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import find_links, find_times
from replylint_rules._mail import find_greeting, find_sign_off
from replylint_rules.familiar_tone import Span, inside, quoted_spans

ACK_WITHIN = 3
"""The acknowledgement must be among the first sentences after the greeting: it is what an autoreply opens with."""

_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "…"})
_SENTENCE_END = frozenset({".", "!", "?", "...", "!!", "?!"})
_CONJUNCTIONS = frozenset({"and", "but", "и", "а", "но", "і", "й", "та", "але"})
_HELP_URL = re.compile(r"help|faq|support|knowledge|/kb\b|guide|how-?to|instruction|question|dovidka|spravka|"
                       r"pomoshch|dopomoga|contact", re.IGNORECASE)
"""A link to self-help (its path says so) is part of an autoreply; a tracking or product link is an answer."""
_FORMULAS = ("acknowledgements", "reply_promises", "autoreply_boilerplate", "help_links", "callback")
"""What an automatic acknowledgement is made of. A sentence with none of these is an answer written by someone."""


@dataclass(frozen=True)
class _Parts:
    """The reply's sentences (as character ranges, greeting and sign-off cut off) and the formula spans in them."""

    content: list[Span]
    formulas: list[Span]
    promises: list[Span]


class Autoreply(Rule):
    """Make an automatic acknowledgement useful: say when the answer comes, and offer help meanwhile.

    "We have received your message" tells the customer only that the mail server works. Without a time ("within
    one working day", "до 18:00", "протягом доби") they cannot plan and write again, call, or complain in
    public; "as soon as possible", "in due course", "when we return" and "найближчим часом" are not times.
    Without a help-centre or FAQ link or a way to leave a phone number for a call back, they have nothing to do
    but wait (reported as info).

    Only a reply that *is* an automatic acknowledgement is checked: one whose headers say it was sent by a
    machine (`Auto-Submitted` other than "no" (RFC 3834), `X-Autoreply`, `X-Autorespond`, `Precedence:
    auto_reply`), or one that opens with an acknowledgement ("we received your message", "Your request (#48211)
    has been received", "ваше обращение получено", "ваш лист отримано") or an out-of-office or holiday notice
    ("Our office is closed for the holidays", "офіс зачинено") and says nothing else of substance. Substance is
    any sentence of two or more words that is not one of the formulas an acknowledgement is made of: thanks,
    the acknowledgement, a promise to reply ("will get back to you", "is being reviewed"), a ticket or case
    number, office hours, a help link or a call-back offer. The sender's name on the last lines ("The Volt & Co
    Support Team") is not substance, with or without a sign-off above it. A person who writes "I've received
    your photos" and then solves the problem is not an autoreply. An autoreply is exempt from
    unanswered-question: it answers nothing by design, and this rule is what checks it.
    """

    id = "autoreply"
    lexicons = (
        "acknowledgements", "autoreply_boilerplate", "callback", "closings", "device_footers", "generic_salutations",
        "greeting_fillers", "greetings", "help_links", "honorifics", "non_person_names", "reply_promises",
        "team_words",
    )
    tags = ("service",)
    messages = {
        "no-timeframe": "This automatic acknowledgement does not say when the full answer will come; give a time "
                        "(\"within one working day\", \"by 6 pm tomorrow\").",
        "no-alternatives": "This acknowledgement offers no help-centre or FAQ link and no way to leave a phone "
                           "number for a call back.",
    }
    examples = (
        bad("en", "Hello,\n\nThank you for contacting Volt & Co. We have received your message, and a member of "
                  "our team will get back to you.\n\nKind regards,\nThe Volt & Co Support Team",
            ("no-timeframe", "received your message"), ("no-alternatives", "received your message")),
        bad("en", "Hello,\n\nThanks for your email. We've received it and will reply within 24 hours.\n\n"
                  "Best wishes,\nThe Glow Apothecary Team", "no-alternatives"),
        good("en", "Hello,\n\nWe have received your message, and one of our team will reply within one working "
                   "day. In the meantime, our help centre explains how damaged items are handled: "
                   "https://shop.example/help/damaged\n\nKind regards,\nThe Volt & Co Support Team"),
        good("en", "Hi Dylan,\n\nThank you, I've received your message. The speaker was checked in this morning, "
                   "and I've refunded £59.99 to your card.\n\nKind regards,\nAisha",
             note="a person answering: the acknowledgement is not the whole reply"),
        bad("ru", "Здравствуйте!\n\nВаше обращение получено и зарегистрировано под номером 20241112-0457. Мы "
                  "обязательно ответим вам.\n\nС уважением,\nСлужба поддержки «ТехноДом»",
            ("no-timeframe", "обращение получено и зарегистрировано"), "no-alternatives"),
        bad("ru", "Здравствуйте!\n\nСпасибо, что написали! Мы получили ваше письмо и свяжемся с вами в ближайшее "
                  "время. Ответы на частые вопросы есть в разделе https://shop.example/help.\n\nС уважением,\n"
                  "Команда магазина «Шаг»", "no-timeframe", note="a link alone does not say when"),
        good("ru", "Здравствуйте!\n\nМы получили ваше письмо, номер обращения — 40517. Менеджер ответит вам в "
                   "течение одного рабочего дня. Если удобнее поговорить по телефону, оставьте свой номер, и мы "
                   "перезвоним.\n\nС уважением,\nСлужба поддержки «Мебель Дом»"),
        good("ru", "Алевтина, добрый день!\n\nВаше обращение получено, заказ 93310 отменили. Деньги вернутся на "
                   "карту в течение 3 рабочих дней.\n\nС уважением,\nЛюдмила",
             note="the request is already resolved"),
        bad("uk", "Добрий день!\n\nВаш лист отримано. Ми відповімо найближчим часом.\n\nЗ повагою,\n"
                  "служба підтримки «ТехноДім»", ("no-timeframe", "лист отримано"), "no-alternatives"),
        bad("uk", "Добрий день!\n\nВаш лист отримано. Зараз вихідні, тому ми відповімо в понеділок з 9:00.\n\n"
                  "З повагою,\nвідділ продажів «Затишок»", ("no-alternatives", "лист отримано")),
        good("uk", "Добрий день!\n\nДякуємо, Ваш лист отримано. Ми відповімо протягом години в робочий час. "
                   "Поки чекаєте, перегляньте поради щодо оплати: https://shop.example/help/payment.\n\n"
                   "З повагою,\nслужба підтримки «ТехноДім»"),
        good("uk", "Добрий день, Ксеніє!\n\nТак, посилку зі светром ми отримали сьогодні. Кошти вже повернули на "
                   "Вашу картку.\n\nЗ повагою,\nСофія", note="a parcel, not the message, was received"),
        bad("en", "Hello,\n\nYour request (#48211) has been received and is being reviewed by our support staff.\n\n"
                  "The Volt & Co Support Team", ("no-timeframe", "Your request (#48211) has been received"),
            "no-alternatives", note="a helpdesk's default wording, with no sign-off above the team's name"),
        bad("en", "Hello,\n\nOur office is closed for the holidays. We will reply to your message when we return."
                  "\n\nKind regards,\nVolt & Co", "no-timeframe", "no-alternatives",
            note="a holiday notice with no date"),
        bad("ru", "From: ТехноДом <support@technodom.example>\nTo: Ольга <olga@example.com>\nSubject: Re: заказ\n"
                  "Auto-Submitted: auto-replied\n\nЗдравствуйте!\n\nСпасибо за письмо. Менеджер свяжется с вами в "
                  "ближайшее время.\n\nТехноДом", "no-timeframe", "no-alternatives",
            note="the Auto-Submitted header marks it automatic"),
        bad("uk", "Добрий день!\n\nВаша заявка (№48211) отримана і розглядається.\n\nСлужба підтримки «ТехноДім»",
            "no-timeframe", "no-alternatives", note="a ticket number in brackets, no sign-off"),
        bad("en", "Hello Grace,\n\nOur workshop is closed for the summer holidays. We will reply to your email "
                  "when we return.\n\nWarm wishes,\nTimber & Twine", "no-timeframe", "no-alternatives",
            note="any workplace closed for a break, not only an office"),
        bad("ru", "Здравствуйте!\n\nНаша мастерская закрыта на новогодние праздники. Мы ответим на Ваше письмо, "
                  "когда вернёмся.\n\nС уважением,\nКоманда «Дерево»", "no-timeframe", "no-alternatives",
            note="any workplace closed for a break, not only an office"),
        bad("uk", "Вітаю!\n\nМайстерню зачинено на новорічні свята. Ми відповімо на Ваш лист, щойно повернемося."
                  "\n\nЗ повагою,\nКоманда «Дерево»", "no-timeframe", "no-alternatives",
            note="any workplace closed for a break, not only an office"),
        good("en", "Hi Tom,\n\nThe shop is closed until Monday, but I have already refunded £20 to your card.\n\n"
                   "Kind regards,\nAnna", note="a person answering while the shop is closed"),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        found = self.acknowledgement(ctx)
        if found is None:
            return
        parts, opening, ack = found
        if not _has_timeframe(ctx, parts, opening, ack):
            yield Hit("no-timeframe", ack.start, ack.end,
                      suggestion="Say when the full answer will come, e.g. \"within one working day\".")
        if not self._has_alternatives(ctx, partial(self.lexicon, lang=ctx.language)):
            yield Hit("no-alternatives", ack.start, ack.end, severity=Severity.INFO,
                      suggestion="Add a link to the help centre or FAQ, or offer to call back.")

    def acknowledgement(self, ctx: RuleContext) -> tuple[_Parts, Span, Match] | None:
        """The reply's parts, its opening sentence and the acknowledgement in it, when the reply is an automatic
        acknowledgement and nothing else; computed once per lint (unanswered-question asks too)."""
        return ctx.shared("replylint_rules.autoreply", lambda: self._acknowledgement(ctx))

    def _acknowledgement(self, ctx: RuleContext) -> tuple[_Parts, Span, Match] | None:
        text = ctx.text
        if not text.strip():
            return None
        analysis = ctx.analysis
        lex = partial(self.lexicon, lang=ctx.language)
        if _marked_automatic(ctx):
            # the headers say so (RFC 3834 and its common variants): no acknowledgement formula is needed
            parts = _parts(ctx, analysis, lex)
            if not parts.content:
                return None
            first = parts.content[0]
            return parts, first, Match(first[0], first[1], "", 0, 0)
        cited = quoted_spans(text)
        acks = [m for m in _within_clauses(lex("acknowledgements"), analysis) if not inside(cited, m.start, m.end)]
        if not acks:
            return None  # perf: the reply's parts (greeting, sign-off) are worked out only for an acknowledgement
        parts = _parts(ctx, analysis, lex)
        ack = acks[0]
        opening = [s for s in parts.content[:ACK_WITHIN] if s[0] <= ack.start < s[1]]
        if not opening or not _only_formulas(analysis, parts, opening[0], ack):
            return None
        return parts, opening[0], ack

    def _has_alternatives(self, ctx: RuleContext, lex: partial[Lexicon]) -> bool:
        """A help link or a call-back offer, in the body or in the signature block under it."""
        blocks: list[tuple[str, Analysis | None]] = [(ctx.text, ctx.analysis)]
        if ctx.reply.signature:
            blocks.append((ctx.reply.signature, ctx.signature_analysis))
        for source, analysis in blocks:
            if any(f.kind == "url" for f in find_links(source)):
                return True
            if analysis is not None and any(lex(name).search(analysis) for name in ("help_links", "callback")):
                return True
        return False


_AUTOMATIC_HEADERS: dict[str, Callable[[str], bool]] = {
    "auto-submitted": lambda v: v.strip().lower() not in ("", "no"),
    "x-autoreply": lambda v: v.strip().lower() not in ("", "no", "false", "0"),
    "x-autorespond": lambda v: bool(v.strip()),
    "x-autoresponse": lambda v: bool(v.strip()),
    "precedence": lambda v: v.strip().lower() == "auto_reply",
    "x-auto-response-suppress": lambda v: False,
}
"""Headers that mark a message as sent by a machine (RFC 3834 `Auto-Submitted`, and the common non-standard
ones). `X-Auto-Response-Suppress` asks *others* not to auto-reply, so it marks nothing."""


def _marked_automatic(ctx: RuleContext) -> bool:
    headers = ctx.reply.headers
    if headers is None:
        return False
    return any(test(headers.raw.get(name, "")) for name, test in _AUTOMATIC_HEADERS.items() if name in headers.raw)


def is_automatic(ctx: RuleContext) -> bool:
    """Whether the reply is an automatic acknowledgement (by its headers, or by being made only of
    acknowledgement formulas). Such a reply answers no question by design; the autoreply rule checks that it
    says when the answer comes, and unanswered-question leaves it alone."""
    return _RULE.acknowledgement(ctx) is not None


def _parts(ctx: RuleContext, analysis: Analysis, lex: partial[Lexicon]) -> _Parts:
    """Sentences of the body proper (no greeting, no sign-off, no unmarked quote) and the formula spans in them."""
    text = ctx.text
    lo, hi = 0, len(text)
    greeting = find_greeting(ctx)
    if greeting is not None:
        lo = greeting.end
    sign_off = find_sign_off(ctx)
    if sign_off is not None and sign_off.where == "text" and sign_off.start >= lo:
        hi = sign_off.start
    content: list[Span] = []
    for sent in analysis.sentences:
        start, end = max(sent.start_char, lo), min(sent.end_char, hi)
        if start < end and analysis.word_count(start, end) and not text[start:end].lstrip().startswith(">"):
            content.append((start, end))
    if sign_off is None:
        content = _without_name_lines(text, analysis, content)
    formulas: list[Span] = [(m.start, m.end) for name in _FORMULAS for m in lex(name).find(analysis)]
    formulas += [(f.start, f.end) for f in find_links(text) if f.kind == "url" and _HELP_URL.search(f.text)]
    # a call back "within 15 minutes" is as good a timeframe as a written answer
    promises = [(m.start, m.end) for name in ("reply_promises", "callback") for m in lex(name).find(analysis)]
    return _Parts(content, formulas, promises)


NAME_LINE_WORDS = 5
"""A last line of at most this many words, with no full stop, is the sender's name ("The Volt & Co Support
Team", "Служба підтримки «ТехноДім»"), not a sentence of the message."""


def _without_name_lines(text: str, analysis: Analysis, content: list[Span]) -> list[Span]:
    """The content less the closing name lines of a reply that has no sign-off phrase above them."""
    while len(content) > 1:
        start, end = content[-1]
        line = text[start:end].strip()
        own_line = "\n" not in line and (start == 0 or "\n" in text[max(0, start - 2):start + 1])
        if not own_line or line[-1:] in ".!?" or analysis.word_count(start, end) > NAME_LINE_WORDS:
            break
        content = content[:-1]
    return content


def _only_formulas(analysis: Analysis, parts: _Parts, ack_sentence: Span, ack: Match) -> bool:
    """Whether every sentence is acknowledgement, promise, thanks, link or call-back offer: no answer in it.

    The acknowledging sentence is checked clause by clause, since a person often writes "Ваше обращение
    получено, заказ отменили" and puts the whole answer after the comma.
    """
    for sent in parts.content:
        if sent == ack_sentence:
            for start, end in _clauses(analysis, sent):
                if ack.start < end and start < ack.end:
                    continue
                if _letter_words(analysis, start, end) >= 2 and not _touches(parts.formulas, start, end):
                    return False
        elif analysis.word_count(*sent) >= 2 and not _touches(parts.formulas, *sent):
            return False  # a one-word sentence ("Дякуємо!", "Thanks!") says nothing either way
    return True


def _has_timeframe(ctx: RuleContext, parts: _Parts, ack_sentence: Span, ack: Match) -> bool:
    """A date or time in a sentence that promises the answer ("ответим в течение 2 рабочих дней").

    Times elsewhere are something else: office hours, or the registration stamp of the ticket ("обращение от
    12.11 10:15 зарегистрировано"), which is why the acknowledgement's own words before it do not count.
    """
    for found in find_times(ctx.text, ctx.language):
        sent = next((s for s in parts.content if s[0] <= found.start < s[1]), None)
        if sent is None or (sent == ack_sentence and found.start < ack.end):
            continue
        if _touches(parts.promises, *sent):
            return True
    return False


def _within_clauses(lexicon: Lexicon, analysis: Analysis) -> Iterator[Match]:
    """Matches that do not run across a comma, a colon or a sentence end: a "..." gap may hold a ticket
    number, not a clause.

    `Lexicon.find` is leftmost-longest, so "спасибо за письмо, ваше обращение получено" first matches from
    "письмо" to "получено"; that match is dropped and the search resumes one word later, finding the real one.
    """
    texts, sent_starts = analysis.table.texts, analysis.sent_starts
    pos = 0
    while True:
        m = lexicon.search(analysis, pos)
        if m is None:
            return
        if any((texts[i] in _BREAKS and not _bracketed_number(texts, i, m.first_token, m.last_token))
               or texts[i] in _SENTENCE_END or (i > m.first_token and sent_starts[i])
               for i in range(m.first_token, m.last_token + 1)):
            pos = analysis.token_ends[m.first_token]
            continue
        yield m
        pos = m.end


def _bracketed_number(texts: Sequence[str], i: int, first: int, last: int) -> bool:
    """A bracket around a ticket number inside the match: "Your request (#48211) has been received"."""
    if texts[i] == "(":
        j = i + 1
        while j <= last and texts[j] != ")":
            if any(ch.isalpha() for ch in texts[j]):
                return False
            j += 1
        return j <= last
    if texts[i] == ")":
        j = i - 1
        while j >= first and texts[j] != "(":
            if any(ch.isalpha() for ch in texts[j]):
                return False
            j -= 1
        return j >= first
    return False


def _clauses(analysis: Analysis, sent: Span) -> Iterator[Span]:
    start, stop = sent
    texts, lowers, starts, spaces = analysis.table.texts, analysis.token_lowers, analysis.token_starts, \
        analysis.token_spaces
    # perf: from the sentence's first token by bisection, not a walk from the top of the text per sentence
    for i in range(bisect.bisect_left(starts, start), len(texts)):
        if starts[i] >= stop:
            break
        if spaces[i]:
            continue
        if texts[i] in _BREAKS or lowers[i] in _CONJUNCTIONS:
            if starts[i] > start:
                yield start, starts[i]
            start = starts[i] + len(texts[i])
    if stop > start:
        yield start, stop


def _letter_words(analysis: Analysis, start: int, end: int) -> int:
    """Words with letters: a ticket or order number ("ticket #48211", "№ 7781") adds no substance to a clause."""
    starts, texts = analysis.word_starts, analysis.table.texts
    indexes = analysis.word_indexes
    return sum(1 for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
               if any(c.isalpha() for c in texts[indexes[k]]))


def _touches(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_RULE = Autoreply()
"""An instance for `is_automatic`: other rules ask whether a reply is an autoreply without running this rule."""
