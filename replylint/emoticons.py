"""Emoticons and emoji as a reader sees them: familiar-tone counts them, and a closing wish may end in one
(«Приятного чтения :)»), which the sign-off reading looks past."""

from __future__ import annotations

import re

from replylint._first_chars import with_first_chars
from replylint.mail.voice import Span

_EMOJI = (
    "\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f9ff\U0001fa70-\U0001faff"
    "\u2639\u263a\u2665\u2728\u270c\u2764\u2b50"
    # the hands among the older symbols: raised fist, raised hand, writing hand ("✍️"); the index pointing up (☝)
    # marks list items and notes as often as it gestures
    "\u270a\u270b\u270d"
    # everyday pictures among the older symbols: sun, cloud, umbrella, hot drink, high voltage, snowman, snowflake,
    # watch, hourglass, alarm clock ("☕" is an emoji to the reader as "🎁" is); football, baseball, sun behind
    # cloud, sailboat (shown as emoji by default)
    "\u2600\u2601\u2614\u2615\u26a1\u26c4\u2744\u231a\u231b\u23f0"
    "\u26bd\u26be\u26c5\u26f5"
)
_AS_EMOJI = "\u2708\u2618\u2763\u26f1"
"""Aeroplane, shamrock, heart exclamation, beach umbrella: text symbols by default ("✈ Air mail: 3-5 days" marks a
line), emoji only with the presentation selector U+FE0F after them ("Perfect for holidays ✈️")."""
_EMOJI_RUN = re.compile(
    f"(?:[{_EMOJI}]|[{_AS_EMOJI}]\ufe0f)[\U0001f3fb-\U0001f3ff\ufe0f]*"
    f"(?:\u200d[{_EMOJI}\u2640\u2642][\U0001f3fb-\U0001f3ff\ufe0f]*)*"
)
"""One pictograph with its skin-tone and presentation modifiers and ZWJ partners: one emoji as the reader sees it.

Only faces, hands, hearts, sparkles and everyday pictures count; functional symbols (✓ ✔ ☎ ✉ → ★) are bullets
and contact markers, not tone.
"""
EMOTICON = with_first_chars(
    re.compile(
        r"(?<![\d:/\\.])[:;=]-?[)(DPpOo*\]\[|]+(?![\w/-])"
        r"|(?<![\w:/\\.])[xX]D+(?![\w/-])"
        r"|(?<![\d()])\){2,}|(?<![\d()])\({2,}(?![\w\d])"
    )
)
"""Western emoticons (:) ;-) :D xD) and Runet bracket smileys ("спасибо)))", "жаль(((").

A bracket run counts once; runs whose brackets all close an opening one ("(see (a)))") and runs after a digit
("пункт 2))") do not count, and a single ")" never does because it usually closes a list marker or an aside.
"""


def emoticon_spans(text: str) -> list[Span]:
    """Where the emoticons and emoji are, each counted once, in text order."""
    found = [(m.start(), m.end()) for m in _EMOJI_RUN.finditer(text)]
    balanced: set[int] | None = None
    for m in EMOTICON.finditer(text):
        if m.group().startswith(")"):
            if balanced is None:
                balanced = _closing_brackets(text)
            if all(i in balanced for i in range(m.start(), m.end())):
                continue  # "(a (nested) aside))": every bracket closes something
        found.append((m.start(), m.end()))
    return sorted(found)


def _closing_brackets(text: str) -> set[int]:
    """Offsets of the ")" that close an earlier "(" (perf: visits the brackets only)."""
    opened = 0
    balanced: set[int] = set()
    for m in _BRACKET.finditer(text):
        if m.group() == "(":
            opened += 1
        elif opened:
            opened -= 1
            balanced.add(m.start())
    return balanced


_BRACKET = re.compile(r"[()]")


def without_trailing_emoticons(line: str) -> str:
    """`line` with the emoticons and emoji at its end taken off («Приятного чтения :)» -> «Приятного чтения»)."""
    spans = emoticon_spans(line)
    end = len(line.rstrip())
    for start, stop in reversed(spans):
        if line[stop:end].strip():
            break
        end = len(line[:start].rstrip())
    return line[:end]
