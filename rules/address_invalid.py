"""The address-invalid rule: the reply's addresses must be deliverable in form and point at the customer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from replylint.model import Address, Headers, Severity
from replylint.rule import Hit, Rule, RuleContext, bad, good

_ANGLE = re.compile(r"<([^<>]*)>\s*$")
_COMMENT = re.compile(r"\([^()]*\)")


def _head(*lines: str) -> str:
    return "\n".join(lines)


_ORIG_EN = _head(
    "From: Anna Lee <anna.lee@example.com>",
    "To: support@shop.example",
    "Subject: Cable",
    "",
    "Hi, how long is the cable of the Pulse speaker?",
    "",
    "Anna",
)
_ORIG_RU = _head(
    "From: Ольга Смирнова <olga.smirnova@example.ru>",
    "To: support@shop.example",
    "Subject: Доставка",
    "",
    "Здравствуйте! Когда привезут заказ 48213?",
    "",
    "Ольга",
)
_ORIG_UK = _head(
    "From: Олена Коваль <olena.koval@example.ua>",
    "Reply-To: olena.work@example.ua",
    "To: support@shop.example",
    "Subject: Доставка",
    "",
    "Добрий день! Коли привезуть замовлення?",
    "",
    "Олена",
)
_BODY_EN = "Hi Anna,\n\nThe cable is 1 metre long, USB-C at both ends.\n\nKind regards,\nMarta"
_BODY_RU = "Ольга, добрый день!\n\nЗаказ 48213 привезут в четверг до 18:00.\n\nС уважением,\nМарина"
_BODY_UK = "Олено, добрий день!\n\nЗамовлення привезуть у четвер до 18:00.\n\nЗ повагою,\nМарина"


def written_address(addr: Address) -> str:
    """The address as the sender typed it, so a parser's repairs cannot hide a typo.

    Address parsers quietly drop spaces and parenthesised comments ("support @shop.example" becomes
    "support@shop.example", "sklad(at)shop.example" becomes "skladshop.example"); a mail server is not so kind.
    The raw text is used when it holds the address alone or inside angle brackets; otherwise the parsed address.
    """
    raw = addr.raw.strip()
    if not raw:
        return addr.email.strip()
    found = _ANGLE.search(raw)
    if found:
        return found.group(1).strip()
    if '"' in raw or "<" in raw or ">" in raw:
        return addr.email.strip()
    return raw


def _without_comments(address: str) -> str:
    """RFC 5322 allows "(comments)" around an address ("anna@example.com (Anna)"); a comment inside one
    ("sklad(at)shop.example") leaves a space behind, so that address still fails."""
    return " ".join(_COMMENT.sub(" ", address).split())


def syntax_problem(address: str) -> str | None:
    """Why `address` is not a valid bare address, or None.

    email-validator also rejects special-use names (.test, .invalid, .local, .localhost): no mail can be
    delivered there, so for a reply that is about to be sent that is a correct finding, not a false alarm.
    """
    return _validated(address)[0]


def mailbox_key(address: str) -> str:
    """A comparable form of an address: IDNA/Unicode-normalised, case-folded in full.

    Domains are case-insensitive by standard. Local parts are case-sensitive only in theory: no mainstream
    mail system treats "Anna.Lee" and "anna.lee" as different people, and flagging that would cry wolf.
    """
    return _validated(address)[1]


@lru_cache(maxsize=4096)
def _validated(address: str) -> tuple[str | None, str]:
    """Why `address` is invalid (or None), and its comparable form: one validation per address.

    perf: a lint validated the recipient three times (its syntax, again as a recipient, then its key), and the
    support mailbox's own address recurs in every reply; validation is a pure function of the address, so a
    bounded cache gives the same answers."""
    from email_validator import EmailNotValidError, validate_email  # perf: 35 ms to import; text drafts skip it

    try:
        info = validate_email(address, check_deliverability=False, allow_display_name=False)
    except EmailNotValidError as exc:
        return str(exc), address.casefold()
    return None, info.normalized.casefold()


class AddressInvalid(Rule):
    """Send the reply from and to well-formed addresses, and to the customer who wrote.

    A malformed address ("anna@@example.com", "shop..example", "returns.shop.example") bounces or is dropped, and
    the customer concludes support ignored them. A reply that goes to an address the customer did not write from
    (nor ask replies to, with Reply-To) reaches someone else, or no one, and may leak their order details. The
    rule reads the reply's From, To, Cc and Reply-To headers; a plain-text draft without headers is not checked.
    Addresses at reserved names (.test, .invalid, .local) cannot receive mail and are reported as invalid; the
    documentation names (example.com, example.net, example.org, .example) are accepted, so that examples like the
    ones on this page stay clean.
    `wrong-recipient` means the customer's address is in neither To nor Cc: a third party copied or addressed
    beside the customer (a colleague in Cc, the courier in To) is not reported, since the rule cannot know
    whether they were meant to read it.
    """

    id = "address-invalid"
    severity = Severity.ERROR
    tags = ("headers",)
    messages = {
        "invalid-syntax": 'The {header} address "{address}" is not a valid e-mail address: {reason}',
        "wrong-recipient": "The reply is addressed to {recipients}, but the customer wrote from {expected}; "
        "send it to the customer's address.",
    }
    examples = (
        good(
            "ru",
            _head(
                "From: Support <support@shop.example>",
                "To: Ольга Смирнова <olga.smirnova@example.ru>",
                "Cc: Склад <sklad@partner.example>",
                "Subject: Re: Заказ",
                "",
                _BODY_RU,
            ),
            original=_ORIG_RU,
            note="a third party in Cc beside the customer is not a wrong recipient",
        ),
        bad(
            "en",
            _head(
                "From: Support <support@shop.example>",
                "To: Anna Lee <anna.lee@@example.com>",
                "Subject: Re: Cable",
                "",
                _BODY_EN,
            ),
            "invalid-syntax",
            original=_ORIG_EN,
        ),
        bad(
            "en",
            _head(
                "From: Support <support@shop.example>",
                "To: Anna Lee <anna.lee@example.org>",
                "Subject: Re: Cable",
                "",
                _BODY_EN,
            ),
            "wrong-recipient",
            original=_ORIG_EN,
            note="example.org is not the example.com the customer wrote from",
        ),
        bad(
            "en",
            _head(
                "From: Support <support@shop.example>",
                "To: Anna Lee <anna.lee@example.com>",
                "Cc: returns.shop.example",
                "Subject: Re: Cable",
                "",
                _BODY_EN,
            ),
            "invalid-syntax",
            original=_ORIG_EN,
        ),
        good(
            "en",
            _head(
                "From: Support <support@shop.example>",
                "To: Anna Lee <Anna.Lee@EXAMPLE.com>",
                "Cc: Warehouse <warehouse@shop.example>",
                "Subject: Re: Cable",
                "",
                _BODY_EN,
            ),
            original=_ORIG_EN,
            note="case differences are the same mailbox; a valid Cc is fine",
        ),
        good("en", _BODY_EN, original=_ORIG_EN, note="a plain-text draft has no headers to check"),
        bad(
            "ru",
            _head(
                "From: Support <support@shop..example>",
                "To: Ольга <olga.smirnova@example.ru>",
                "Subject: Re: Доставка",
                "",
                _BODY_RU,
            ),
            "invalid-syntax",
            original=_ORIG_RU,
        ),
        bad(
            "ru",
            _head(
                "From: Support <support@shop.example>",
                "To: Ольга <olga.smirnova@example.com>",
                "Subject: Re: Доставка",
                "",
                _BODY_RU,
            ),
            "wrong-recipient",
            original=_ORIG_RU,
        ),
        good(
            "ru",
            _head(
                "From: Support <support@shop.example>",
                "To: olga.smirnova@example.ru",
                "Subject: Re: Доставка",
                "",
                _BODY_RU,
            ),
            original=_ORIG_RU,
        ),
        bad(
            "uk",
            _head(
                "From: Support <support@shop.example>",
                "Reply-To: support @shop.example",
                "To: Олена <olena.work@example.ua>",
                "Subject: Re: Доставка",
                "",
                _BODY_UK,
            ),
            "invalid-syntax",
            original=_ORIG_UK,
            note="a space inside the address",
        ),
        bad(
            "uk",
            _head(
                "From: Support <support@shop.example>",
                "To: support@shop.example",
                "Subject: Re: Доставка",
                "",
                _BODY_UK,
            ),
            "wrong-recipient",
            original=_ORIG_UK,
            note="addressed to the shop's own mailbox",
        ),
        good(
            "uk",
            _head(
                "From: Support <support@shop.example>",
                "To: Олена <olena.work@example.ua>",
                "Subject: Re: Доставка",
                "",
                _BODY_UK,
            ),
            original=_ORIG_UK,
            note="the original's Reply-To is honoured",
        ),
        good(
            "uk",
            _head(
                "From: Support <support@shop.example>",
                "To: Олена <olena.koval@example.ua>",
                "Subject: Re: Доставка",
                "",
                _BODY_UK,
            ),
            original=_ORIG_UK,
            note="the original's From is fine too",
        ),
        good(
            "en",
            _head(
                "From: Support <support@shop.example>",
                "To: {{ customer.email }}",
                "Subject: Your order",
                "",
                "Hi {{ customer.first_name }},",
                "",
                "Your order left today.",
                "",
                "Kind regards,",
                "Marta",
            ),
            facts={"template": True},
            note="linting a template, a placeholder stands where the helpdesk puts the address",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        headers = ctx.reply.headers
        if headers is None:
            return
        for label, addresses in _address_headers(headers):
            for addr in addresses:
                if ctx.facts.template and _merge_field(addr):
                    continue  # "To: {{ customer.email }}": the helpdesk fills the address in when it sends
                written = written_address(addr)
                reason = syntax_problem(_without_comments(written))
                if reason is not None:
                    yield Hit.in_header("invalid-syntax", label, {"address": written, "reason": reason})
        yield from self._recipient(ctx, headers)

    def _recipient(self, ctx: RuleContext, headers: Headers) -> Iterator[Hit]:
        original = ctx.original.headers if ctx.original is not None else None
        if original is None:
            return
        expected = [a for a in (*original.reply_to, *original.from_) if a.email.strip()]
        written = [
            written_address(a) for a in (*headers.to, *headers.cc) if not (ctx.facts.template and _merge_field(a))
        ]
        # A malformed recipient is already reported as such; and a draft with no recipient yet is not
        # misaddressed, the mail client fills To when it is sent.
        recipients = [_without_comments(r) for r in written if r and syntax_problem(_without_comments(r)) is None]
        if not expected or not recipients:
            return
        wanted = {mailbox_key(a.email) for a in expected}
        if any(mailbox_key(r) in wanted for r in recipients):
            return
        header = "To" if any(written_address(a) for a in headers.to) else "Cc"
        yield Hit.in_header(
            "wrong-recipient",
            header,
            {"recipients": ", ".join(recipients), "expected": " or ".join(a.email for a in expected)},
            suggestion=expected[0].email,
        )


def _merge_field(addr: Address) -> bool:
    """Whether an address is (or holds) a template placeholder rather than a written address."""
    from replylint.placeholders import find_placeholders

    return any(p.is_variable for p in find_placeholders(addr.raw or addr.email))


def _address_headers(headers: Headers) -> Iterator[tuple[str, tuple[Address, ...]]]:
    yield "From", headers.from_
    yield "To", headers.to
    yield "Cc", headers.cc
    yield "Reply-To", headers.reply_to
