"""What the round tests share: a reply built around a body, the questions it leaves open, and any rule's findings.

The rounds' tests (test_unanswered_question_round15.py onwards) each write new good and bad bodies for one blind
round's classes; the greeting and closing around them are the same, so that only the body decides.
"""

from __future__ import annotations

from replylint import lint
from replylint.model import Lang

RULE = "unanswered-question"
GREETING = {"en": "Hi,\n\n", "ru": "Здравствуйте!\n\n", "uk": "Вітаю!\n\n"}
CLOSING = {"en": "\n\nKind regards,\nAnna", "ru": "\n\nС уважением,\nАнна", "uk": "\n\nЗ повагою,\nАнна"}


LETTER = {"en": "Hi,\n\n{}\n\nMaeve", "ru": "Здравствуйте!\n\n{}\n\nМария", "uk": "Добрий день!\n\n{}\n\nМарія"}


def letter(lang: Lang, body: str) -> str:
    """A customer's letter around `body`: a greeting over it and her name under it, so only the body asks."""
    return LETTER[lang].format(body)


def unanswered(lang: Lang, original: str, body: str) -> list[str]:
    """The questions of `original` a reply made of `body` leaves unanswered, as the customer wrote them."""
    reply = GREETING[lang] + body + CLOSING[lang]
    found = lint(reply, original, context={"language": lang}, select=[RULE]).by_rule(RULE)
    return [str(f.data["full_question"]) for f in found]


def unanswered_count(original: str, reply: str) -> int:
    """How many questions of `original` a whole reply (its own greeting and closing) leaves unanswered, every rule
    run as a user would run them: the count the round-class tests compare."""
    return len([f for f in lint(reply, original=original).findings if f.rule == RULE])


def questions_left(original: str, reply: str) -> list[str]:
    """The questions of `original` (as split, not as the customer's whole sentence) a whole reply leaves
    unanswered, every rule run: what the later round-class tests compare, naming which question is open."""
    return [str(f.data["question"]) for f in lint(reply, original=original).findings if f.rule == RULE]


def kinds(rule: str, lang: Lang, body: str, original: str | None = None, headers: str = "") -> list[str]:
    """The kinds of `rule`'s findings on a reply made of `body` (under `headers`, when given), in order."""
    report = lint(headers + GREETING[lang] + body + CLOSING[lang], original, context={"language": lang}, select=[rule])
    return [str(f.data.get("kind")) for f in report.by_rule(rule)]


def signed(lang: Lang, closing: str, signer: str) -> list[str]:
    """sign-off's finding kinds on a reply that closes with `closing` and the signer line `signer` (its own closing,
    not the shared one)."""
    reply = f"{GREETING[lang]}Посилка прибуде в п'ятницю.\n\n{closing}\n{signer}"
    return [str(f.data.get("kind")) for f in lint(reply, context={"language": lang}, select=["sign-off"]).findings]
