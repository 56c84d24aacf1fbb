"""The internal-link rule: links in a reply that only work inside the company."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from replylint import Hit, Rule, RuleContext, bad, good

URL = re.compile(r"\bhttps?://[^\s<>\"'«»]+", re.IGNORECASE)
INTERNAL_SUFFIXES = ("localhost", ".local", ".internal", ".intranet", ".corp", ".lan")


class InternalLink(Rule):
    """Do not send customers links they cannot open.

    Agents copy links from the helpdesk, the admin panel or a staging server into replies. The customer gets an
    error page instead of the answer, and the reply leaks how the company's systems are named. Links to
    localhost, private IP addresses and internal domains (`.internal`, `.local`, `.corp`, and any listed in the
    `internal-domains` option) are flagged.
    """

    id = "internal-link"
    tags = ("links",)

    @dataclass(frozen=True)
    class Options:
        internal_domains: tuple[str, ...] = field(
            default=(), metadata={"doc": "More internal domains, subdomains included (e.g. `admin.example.com`)."}
        )

    messages = {
        "internal-link": "The link {url} points to {host}, which customers cannot open; link a public page.",
    }
    examples = (
        bad(
            "en",
            "Hello Anna,\n\nYour invoice is here: https://admin.shop.internal/invoices/48213\n\nBest,\nTom",
            ("internal-link", "https://admin.shop.internal/invoices/48213"),
        ),
        bad(
            "en",
            "Hello Anna,\n\nSee http://10.0.3.17/orders/48213 for the status.\n\nBest,\nTom",
            ("internal-link", "http://10.0.3.17/orders/48213"),
            note="a private IP address",
        ),
        bad(
            "en",
            "Hello Anna,\n\nSee https://desk.example.com/tickets/991.\n\nBest,\nTom",
            ("internal-link", "https://desk.example.com/tickets/991"),
            options={"internal-domains": ["desk.example.com"]},
            note="a domain listed in the options",
        ),
        good("en", "Hello Anna,\n\nYour invoice is here: https://shop.example.com/account/invoices\n\nBest,\nTom"),
        bad(
            "en",
            "Hello Anna,\n\nThe parcel left today.\n\n-- \nTom, support\nhttps://wiki.shop.corp/people/tom\n",
            ("internal-link", "https://wiki.shop.corp/people/tom"),
            note="in the signature block",
        ),
        bad(
            "ru",
            "Здравствуйте, Анна!\n\nСчёт здесь: http://localhost:8080/invoices/48213.\n\nС уважением,\nМарина",
            ("internal-link", "http://localhost:8080/invoices/48213"),
        ),
        good(
            "ru",
            "Здравствуйте, Анна!\n\nСчёт в личном кабинете: https://shop.example.ru/account.\n\nС уважением,\nМарина",
        ),
        bad(
            "uk",
            "Добрий день, Олено!\n\nРахунок тут: https://crm.office.corp/rahunky/48213\n\nЗ повагою,\nМарина",
            ("internal-link", "https://crm.office.corp/rahunky/48213"),
        ),
        good("uk", "Добрий день, Олено!\n\nРахунок у кабінеті: https://shop.example.ua/kabinet\n\nЗ повагою,\nМарина"),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        for start, end, params in self.internal_links(ctx.text):
            yield Hit("internal-link", start, end, params)
        # The signature block is not part of ctx.text: the engine hands it over as ctx.signature, and a hit in it
        # says so, with offsets into the signature.
        for start, end, params in self.internal_links(ctx.signature or ""):
            yield Hit.in_signature("internal-link", start, end, params)

    def internal_links(self, text: str) -> Iterator[tuple[int, int, dict[str, str]]]:
        for match in URL.finditer(text):
            url = match.group().rstrip(".,;:!?)")
            host = urlsplit(url).hostname or ""
            if self.is_internal(host):
                yield match.start(), match.start() + len(url), {"url": url, "host": host}

    def is_internal(self, host: str) -> bool:
        """Loopback, private and link-local addresses, reserved internal suffixes, and configured domains."""
        host = host.lower().rstrip(".")
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            pass
        else:
            return address.is_private or address.is_loopback or address.is_link_local
        domains = (*INTERNAL_SUFFIXES, *(d.lower().lstrip(".") for d in self.options.internal_domains))
        return any(host == d.lstrip(".") or host.endswith("." + d.lstrip(".")) for d in domains)
