"""Interleaved replies: the agent answers under each of the customer's quoted lines.

"> Can I pay by PayPal?" followed by "Yes, at checkout." is an answer to that line, judged on its own by the same
tests ("Thanks for asking!" under it answers nothing). Questions that are only in those quoted lines (the
reply's quote was split at its first block, so the recovered original lacks the later ones) are questions too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WORDS = re.compile(r"\w+")
MIN_KEY = 8
"""A question shorter than this (normalised) is too short to find reliably inside a quoted block."""
KEY_WORDS = 3
MIN_HEADER_PIECE = 20
"""A shorter quoted line found in the attribution ("Anna", the customer's signature) is the customer's own."""


def normalised(text: str) -> str:
    return " ".join(WORDS.findall(text.casefold()))


@dataclass
class InlinePairs:
    """(quoted block, the agent's text under it) pairs, indexed by the words that open each quoted line."""

    pairs: list[tuple[str, str]]
    _by_key: dict[str, list[int]] = field(default_factory=dict)
    _quoted: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, header: str | None = None) -> InlinePairs:
        """`header`: the quote's attribution, which Apple Mail puts inside the quote ("> On ..., Anna wrote:"); it
        is no line of the customer's and must not become part of their first question."""
        found = cls(_pairs(text, header))
        for n, (quoted, _) in enumerate(found.pairs):
            norm = normalised(quoted)
            found._quoted.append(norm)
            words = norm.split()
            for k in range(len(words)):
                found._by_key.setdefault(" ".join(words[k : k + KEY_WORDS]), []).append(n)
        return found

    def blocks_of(self, question: str) -> list[int]:
        """The quoted blocks (indexes into `pairs`) that hold `question` (looked up, not scanned)."""
        wanted = normalised(question)
        if len(wanted) < MIN_KEY:
            return []
        key = " ".join(wanted.split()[:KEY_WORDS])
        return [n for n in dict.fromkeys(self._by_key.get(key, ())) if wanted in self._quoted[n]]


def _pairs(text: str, header: str | None = None) -> list[tuple[str, str]]:
    """(quoted block, the agent's text under it) pairs of a reply written between the customer's quoted lines.

    The text under a block runs to the next quoted line (or the end), every paragraph of it, with its lines kept:
    an answer may take two paragraphs, and the sign-off under the last one is found as such and answers nothing.
    """
    pairs: list[tuple[str, str]] = []
    quoted: list[str] = []
    answer: list[str] = []
    for line in [*text.splitlines(), ">"]:
        if line.lstrip().startswith(">"):
            if quoted and any(a.strip() for a in answer):
                pairs.append((" ".join(quoted), "\n".join(answer).strip()))
                quoted = []
            answer = []
            content = line.lstrip().lstrip(">").strip()
            if not _part_of(content, header):
                quoted.append(content)
        elif quoted:
            answer.append(line.strip())
    return pairs


def _part_of(line: str, header: str | None) -> bool:
    """Whether a quoted line is the attribution, or a wrapped piece of it long enough not to be a word of its own."""
    if not header or not line:
        return False
    return line == header or (len(line) >= MIN_HEADER_PIECE and line in header)
