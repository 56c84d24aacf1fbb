"""Whose words these are: the spans of a reply that cite someone else (quotation marks, reported speech).

A rule about the agent's own voice (the tone, pressure on the customer, an acknowledgement formula) skips what
the agent only cites: "the courier said: wait till tomorrow" is not the agent telling the customer to wait. The
reply's quoted spans are `RuleContext.quoted_spans`; `reported_spans` takes the phrase list of verbs of saying.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable

from replylint.lexicon import Lexicon
from replylint.mail.lines import PARAGRAPH_BREAK
from replylint.nlp import Analysis

Span = tuple[int, int]

_PAIRED = {"«": "»", "„": "“”", "“": "”", "‹": "›"}


class Spans(list[Span]):
    """Spans that answer `inside` by bisection over a lazily built index instead of a scan per query.

    perf: rules ask `inside` once per token or match, and a reply can hold thousands of cited spans (every line
    of 100,000 characters of "пише:" is reported speech): scanning them all each time was quadratic (20 s).
    """

    __slots__ = ("_index",)

    def __init__(self, items: Iterable[Span] = ()) -> None:
        super().__init__(items)
        self._index: tuple[list[int], list[int], int] | None = None

    def __add__(self, other: Iterable[Span]) -> Spans:  # type: ignore[override]
        return Spans([*self, *other])

    def covers(self, start: int, end: int) -> bool:
        """Whether some span starts at or before `start` and ends at or after `end`."""
        if not self:
            return False  # perf: most replies cite nothing, and rules ask once per token
        index = self._index
        if index is None or index[2] != len(self):
            ordered = sorted(self)
            reach = list(itertools.accumulate((e for _, e in ordered), max))
            index = self._index = ([s for s, _ in ordered], reach, len(self))
        starts, reach, _ = index
        i = bisect.bisect_right(starts, start)
        return i > 0 and reach[i - 1] >= end


def quoted_spans(text: str) -> Spans:
    """Character spans inside quotation marks: cited words, product and book titles, button labels.

    Typographic quotes pair up explicitly and may nest («„...“»). Straight double quotes toggle, but never across
    a paragraph break, so one stray inch sign (a 6" screen) cannot swallow the rest of the reply.
    """
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for m in _QUOTE_EVENT.finditer(text):  # perf: only the quotes and breaks, not a Python step per character
        i, ch = m.start(), m.group()
        if ch[0] == "\n":
            stack.clear()
            straight = None
            continue
        if stack and ch in _PAIRED[stack[-1][0]]:
            _opener, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
            continue
        if ch in _PAIRED:
            stack.append((ch, i))
        elif ch == '"' and not stack:
            if straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
    return Spans(spans)


_QUOTE_EVENT = re.compile(
    PARAGRAPH_BREAK.pattern + "|[" + re.escape('"' + "".join(_PAIRED) + "".join(_PAIRED.values())) + "]"
)


def reported_spans(analysis: Analysis, speech: Lexicon) -> Spans:
    """Spans of reported speech: the rest of a sentence after a colon that follows a verb of saying.

    "Курьер сказал: подожди до завтра" cites the courier; the agent is not saying "подожди" to the customer.

    perf: computed once per text and phrase list (pushy and familiar-tone both ask, with the one shared instance
    of `reported_speech` that `load_lexicon` gives them); each caller gets its own copy to extend.
    """
    return Spans(analysis.memo(_reported_spans, speech))


def _reported_spans(analysis: Analysis, speech: Lexicon) -> tuple[Span, ...]:
    spans: list[Span] = []
    texts, starts = analysis.table.texts, analysis.table.starts
    for sent in analysis.sentences:
        try:
            colon = texts.index(":", sent.start, sent.end)  # perf: a C scan of the token texts
        except ValueError:
            continue
        if speech.search(analysis, sent.start_char, starts[colon]) is not None:
            spans.append((starts[colon], sent.end_char))
    return tuple(spans)


class Cited:
    """The spans a rule about the agent's own voice skips, worked out when it first asks (`inside`).

    perf: pushy and familiar-tone asked for the quoted and reported spans of every reply, though most replies
    have nothing those rules would need to skip (no pressure phrase, no informal word, no emoticon); a rule now
    pays for them only when it has a candidate to check.
    """

    __slots__ = ("_make", "_spans")

    def __init__(self, make: Callable[[], Spans]) -> None:
        self._make = make
        self._spans: Spans | None = None

    def spans(self) -> Spans:
        found = self._spans
        if found is None:
            found = self._spans = self._make()
        return found

    def covers(self, start: int, end: int) -> bool:
        """Whether some cited span holds [start, end)."""
        return self.spans().covers(start, end)


def inside(spans: list[Span] | Cited, start: int, end: int) -> bool:
    """Whether one of `spans` holds [start, end) (by bisection for `Spans` and `Cited`)."""
    if isinstance(spans, (Spans, Cited)):
        return spans.covers(start, end)
    return any(s <= start and end <= e for s, e in spans)
