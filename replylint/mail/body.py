"""The body of a reply: what the agent wrote between the greeting and the closing line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from replylint.mail.greeting import find_greeting
from replylint.mail.signoff import find_sign_off

if TYPE_CHECKING:
    from replylint.rule import RuleContext


def body_span(ctx: RuleContext) -> tuple[int, int]:
    """Offsets in `ctx.text` of what the agent wrote between the greeting and the closing line: from the first
    letter or digit after the greeting (or the start) to the closing phrase when it is in the text (or the end)."""
    text = ctx.text
    greeting = find_greeting(ctx)
    lo = 0
    if greeting is not None:
        lo = greeting.end
        while lo < len(text) and not text[lo].isalnum():
            lo += 1
    sign_off = find_sign_off(ctx)
    hi = sign_off.start if sign_off is not None and sign_off.where == "text" and sign_off.start >= lo else len(text)
    return lo, hi
