"""Whether a reply is an automatic acknowledgement ("we have received your message"), and what it is made of.

Shared by two rules: autoreply checks such a reply says when the answer comes, and unanswered-question leaves it
alone (it answers nothing by design). A module of its own, so that neither rule imports the other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from replylint.lexicon import Lexicon, Match, load_lexicon
from replylint.mail.signoff import is_closing_wish, is_signer
from replylint.mail.voice import Span, inside
from replylint.model import Lang
from replylint.nlp import Analysis
from replylint.rule import RuleContext
from replylint_rules._answers import find_links, solid_tokens

_LEXICONS = Path(__file__).resolve().parent / "lexicons"


def _lexicon(name: str, lang: Lang) -> Lexicon:
    """One of the autoreply rule's declared phrase lists (`lexicons/autoreply/`), the same object its
    `self.lexicon` returns (one cache, so one scan of the reply per list)."""
    return load_lexicon(_LEXICONS, "autoreply", name, lang)


ACK_WITHIN = 3
"""The acknowledgement must be among the first sentences after the greeting: it is what an autoreply opens with."""

_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "…"})
_SENTENCE_END = frozenset({".", "!", "?", "...", "!!", "?!"})
_CONJUNCTIONS = frozenset({"and", "but", "и", "а", "но", "і", "й", "та", "але"})
_HELP_URL = re.compile(
    r"help|faq|support|knowledge|/kb\b|guide|how-?to|instruction|question|dovidka|spravka|"
    r"pomoshch|dopomoga|contact",
    re.IGNORECASE,
)
"""A link to self-help (its path says so) is part of an autoreply; a tracking or product link is an answer."""
_FORMULAS = ("acknowledgements", "reply_promises", "autoreply_boilerplate", "help_links", "callback")
"""What an automatic acknowledgement is made of. A sentence with none of these is an answer written by someone."""


@dataclass(frozen=True)
class Parts:
    """The reply's sentences (as character ranges, greeting and sign-off cut off) and the formula spans in them."""

    content: list[Span]
    formulas: list[Span]
    promises: list[Span]
    thanks: list[Span]
    """Thanks that may make a sentence alone (`thanks_alone`)."""
    done: list[Span]
    """A request said to be done beside the acknowledgement (`ack_done`: "received and processed")."""


@dataclass(frozen=True)
class Acknowledgement:
    """An automatic acknowledgement: the reply's parts, the sentence that acknowledges, and the phrase doing it
    (an empty match over the first sentence when only the headers say the reply is automatic)."""

    parts: Parts
    sentence: Span
    phrase: Match


def acknowledgement(ctx: RuleContext) -> Acknowledgement | None:
    """The reply's parts, its opening sentence and the acknowledgement in it, when the reply is an automatic
    acknowledgement and nothing else; computed once per reply (autoreply checks it, unanswered-question skips
    such a reply)."""
    return ctx.memo(_acknowledgement)


def _acknowledgement(ctx: RuleContext) -> Acknowledgement | None:
    text = ctx.text
    if not text.strip():
        return None
    analysis = ctx.analysis
    lex = partial(_lexicon, lang=ctx.language)
    if _marked_automatic(ctx):
        # the headers say so (RFC 3834 and its common variants): no acknowledgement formula is needed
        parts = _parts(ctx, analysis, lex)
        if not parts.content:
            return None
        first = parts.content[0]
        return Acknowledgement(parts, first, Match(first[0], first[1], "", 0, 0))
    cited = ctx.quoted_spans
    acks = [m for m in _within_clauses(lex("acknowledgements"), analysis) if not inside(cited, m.start, m.end)]
    numbered = [m for m in _numbered(lex, analysis) if not inside(cited, m.start, m.end)]
    if numbered:
        acks = sorted(acks + numbered, key=lambda m: m.start)
    if not acks:
        return None  # perf: the reply's parts (greeting, sign-off) are worked out only for an acknowledgement
    parts = _parts(ctx, analysis, lex)
    ack = acks[0]
    opening = [s for s in parts.content[:ACK_WITHIN] if s[0] <= ack.start < s[1]]
    if not opening or not _only_formulas(analysis, parts, opening[0], ack):
        return None
    return Acknowledgement(parts, opening[0], ack)


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
    return acknowledgement(ctx) is not None


def _parts(ctx: RuleContext, analysis: Analysis, lex: partial[Lexicon]) -> Parts:
    """Sentences of the body proper (no greeting, no sign-off, no unmarked quote) and the formula spans in them."""
    text = ctx.text
    lo, hi = 0, len(text)
    greeting = ctx.greeting
    if greeting is not None:
        lo = greeting.end
    sign_off = ctx.closing
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
    urls = [(f.start, f.end, f.text) for f in find_links(text) if f.kind == "url"]
    formulas += [(start, end) for start, end, link in urls if _HELP_URL.search(link)]
    # a guide named ("our size chart") is self-help only in a sentence giving its link: "Going by our size chart, a
    # 96 cm chest is an M" answers
    formulas += [
        (m.start, m.end)
        for m in lex("help_guides").find(analysis)
        if any(s <= m.start < e and any(s <= u < e for u, _, _ in urls) for s, e in content)
    ]
    # a call back "within 15 minutes" is as good a timeframe as a written answer
    promises = [(m.start, m.end) for name in ("reply_promises", "callback") for m in lex(name).find(analysis)]
    thanks = [(m.start, m.end) for m in lex("thanks_alone").find(analysis)]
    done = [(m.start, m.end) for m in lex("ack_done").find(analysis)]
    return Parts(content, formulas, promises, thanks, done)


NAME_LINE_WORDS = 5
"""A last line of at most this many words, with no full stop, is the sender's name ("The Volt & Co Support
Team", "Служба підтримки «ТехноДім»"), not a sentence of the message."""


def _without_name_lines(text: str, analysis: Analysis, content: list[Span]) -> list[Span]:
    """The content less the closing name lines of a reply that has no sign-off phrase above them, and a wish on
    its own line above them («Хорошей ночи!», «С наступающим Новым годом!»): the language pack's closing-wish
    shape closes the letter, it says nothing of substance."""
    named = False
    while len(content) > 1:
        start, end = content[-1]
        line = text[start:end].strip()
        own_line = "\n" not in line and (start == 0 or "\n" in text[max(0, start - 2) : start + 1])
        if own_line and named and is_closing_wish(line, analysis.lang):
            return content[:-1]
        if not own_line or line[-1:] in ".!?":
            break
        # a longer line signs only right under a closing wish, and only when sign-off would take it as a signer
        # ("Eleanor and the Saltmarsh Ceramics team" under "Merry Christmas,"); "Your order ships on Monday 6
        # January" above a name is the message
        if analysis.word_count(start, end) > NAME_LINE_WORDS and not (
            not named and _under_a_wish(text, content, analysis.lang) and is_signer(line, analysis.lang)
        ):
            break
        content = content[:-1]
        named = True
    return content


def _under_a_wish(text: str, content: list[Span], lang: Lang) -> bool:
    """Whether the line above the last content line is a closing wish on a line of its own ("Merry Christmas,")."""
    if len(content) < 2:
        return False
    start, end = content[-2]
    line = text[start:end].strip()
    return "\n" not in line and is_closing_wish(line.rstrip(","), lang)


def _only_formulas(analysis: Analysis, parts: Parts, ack_sentence: Span, ack: Match) -> bool:
    """Whether every sentence is acknowledgement, promise, thanks, link or call-back offer: no answer in it.

    The acknowledging sentence is checked clause by clause, since a person often writes "Ваше обращение
    получено, заказ отменили" and puts the whole answer after the comma.
    """
    for sent in parts.content:
        if sent == ack_sentence:
            for start, end in _clauses(analysis, sent):
                if touches(parts.done, start, end) and not touches(parts.promises, start, end):
                    return False  # "Your cancellation request has been received and processed": done, by a person
                if ack.start < end and start < ack.end:
                    continue
                if (
                    _letter_words(analysis, start, end) >= 2
                    and not touches(parts.formulas, start, end)
                    and not _coordinated_name(analysis.text, start, end)
                ):
                    return False
        elif (
            analysis.word_count(*sent) >= 2
            and not touches(parts.formulas, *sent)
            and not _thanks_alone(analysis, parts, sent)
        ):
            return False  # a one-word sentence ("Дякуємо!", "Thanks!") says nothing either way
    return True


def _thanks_alone(analysis: Analysis, parts: Parts, sent: Span) -> bool:
    """Whether the sentence is thanks and nothing else ("Thank you.", «Благодарим вас!»), which an acknowledgement
    often opens with; thanks followed by an answer ("Thank you, the refund is on its way") has more words."""
    words = analysis.word_count(*sent)
    return any(
        sent[0] <= start and end <= sent[1] and analysis.word_count(start, end) == words for start, end in parts.thanks
    )


COORDINATED_NAME_WORDS = 2
"""The most words a name joined to the acknowledgement's clause by "and" may have ("New Year", «Новый год»)."""


def _coordinated_name(text: str, start: int, end: int) -> bool:
    """Whether a clause cut off at "and" is only a short name joined to the one before: "closed over Christmas
    and New Year", «закрыт на Рождество и Новый год». A name starts with a capital letter, and a clause of its own
    has a verb after it, so it is longer; "I" alone is a pronoun, not a name."""
    words = re.findall(r"[^\W\d_]+", text[start:end])
    return 1 <= len(words) <= COORDINATED_NAME_WORDS and words[0][:1].isupper() and len(words[0]) > 1


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
        if any(
            (texts[i] in _BREAKS and not _bracketed_number(texts, i, m.first_token, m.last_token))
            or texts[i] in _SENTENCE_END
            or (i > m.first_token and sent_starts[i])
            for i in range(m.first_token, m.last_token + 1)
        ):
            pos = analysis.token_ends[m.first_token]
            continue
        yield m
        pos = m.end


TICKET_TOKENS = 12
"""The most tokens a ticket number between an acknowledgement's noun and verb may take: "(ticket #4411-2, 12.11)"."""
_TICKET_MARKS = frozenset({"#", "№", "-", "–", "/", ":", ".", ",", "no", "no.", "nr", "nº"})
_OPENERS = {"(": ")", "[": "]"}


def _numbered(lex: partial[Lexicon], analysis: Analysis) -> Iterator[Match]:
    """Acknowledgements with a ticket number between the noun and the verb, however long the number's tokens run:
    "Ваша заявка (№71230-118) принята", "Your request #4411-2 has been received", "звернення (№ 55-A) отримано".

    A `...` gap in `acknowledgements` holds a short number; one written with brackets, a sign and dashes takes
    more tokens than a gap may skip. Here the noun (`ack_subjects`) and the verb (`ack_verbs`) are found on their
    own and joined when only a ticket number stands between them. perf: each noun looks at the first verb after
    it, and at most `TICKET_TOKENS` tokens between.
    """
    verbs = list(lex("ack_verbs").find(analysis))
    if not verbs:
        return  # perf: the verbs are rare exact forms; the nouns are common words
    firsts = [v.first_token for v in verbs]
    texts = analysis.table.texts
    for noun in lex("ack_subjects").find(analysis):
        k = bisect.bisect_right(firsts, noun.last_token + 1)
        if k == len(verbs) or verbs[k].first_token - noun.last_token - 1 > TICKET_TOKENS:
            continue
        verb = verbs[k]
        if _ticket_number(analysis, texts, noun.last_token + 1, verb.first_token):
            yield Match(noun.start, verb.end, f"{noun.phrase} … {verb.phrase}", noun.first_token, verb.last_token)


def _ticket_number(analysis: Analysis, texts: Sequence[str], lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) are a ticket number: a bracketed aside with a digit in it ("(№71230-118)",
    "(ticket 55-A)"), or a run of digits and number signs ("#4411-2"), on one line."""
    words = solid_tokens(analysis, lo, hi)
    if not words or any(analysis.token_breaks[i] for i in range(lo, hi)):
        return False
    if not any(any(ch.isdigit() for ch in texts[i]) for i in words):
        return False
    first, last = texts[words[0]], texts[words[-1]]
    if first in _OPENERS:
        inner = words[1:-1]
        return last == _OPENERS[first] and not any(
            (texts[i] in _SENTENCE_END and not _abbreviated(texts, i, words[0])) or texts[i] in _OPENERS for i in inner
        )
    return all(any(ch.isdigit() for ch in texts[i]) or texts[i].lower() in _TICKET_MARKS for i in words)


ABBREVIATION_LETTERS = 4
"""The longest word a full stop shortens inside a ticket number's brackets ("(ref. RT-20417)", "(No. 55)")."""


def _abbreviated(texts: Sequence[str], i: int, opener: int) -> bool:
    """Whether token i, a full stop, shortens the word before it ("ref.", "No."): inside a ticket number's brackets
    that is part of the number's label, not the end of a sentence."""
    before = texts[i - 1] if i - 1 > opener else ""
    return texts[i] == "." and before.isalpha() and len(before) <= ABBREVIATION_LETTERS


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
    texts, lowers, starts, spaces = (
        analysis.table.texts,
        analysis.token_lowers,
        analysis.token_starts,
        analysis.token_spaces,
    )
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
    return sum(
        1
        for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
        if any(c.isalpha() for c in texts[indexes[k]])
    )


def touches(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
