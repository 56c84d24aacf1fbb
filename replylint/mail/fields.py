"""Unfilled merge fields in a reply, kept once per reply: `replylint.placeholders.find_placeholders(text,
loose=True)` is the one finder; this module keeps its result in the reply's memo and looks one up by position."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from replylint.placeholders import Placeholder, find_placeholders

if TYPE_CHECKING:
    from replylint.rule import RuleContext


def placeholders_in(ctx: RuleContext, text: str) -> tuple[Placeholder, ...]:
    """`find_placeholders(text, loose=True)` for a text of this reply (its own, or its template view), kept in
    the reply's memo: `ctx.memo(placeholders_in, text)`; `ctx.placeholders` is the reply's own."""
    return tuple(find_placeholders(text, loose=True))


def placeholder_at(found: Sequence[Placeholder], pos: int, stop: int) -> Placeholder | None:
    """The placeholder of `found` that starts exactly at `pos` and ends by `stop`, if any."""
    return next((p for p in found if p.start == pos and p.end <= stop), None)
