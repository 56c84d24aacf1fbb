"""The subject-missing rule."""

from __future__ import annotations

import re
from collections.abc import Iterator

from replylint.rule import Hit, Rule, RuleContext, bad, good

PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|aw|wg|sv|ответ|отв|відповідь|відп|пересл|пересылка|переслано)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


class SubjectMissing(Rule):
    """Give every reply a subject.

    A reply with no subject, or with nothing but "Re:", is hard to find in the customer's mailbox, looks careless
    and is more likely to be filtered as spam. Plain-text drafts without headers are not checked: the subject is
    set elsewhere, and the `subject` context fact can supply it.

    Reply and forward prefixes say nothing about the subject, whatever their language, case or number ("Re:",
    "RE: Re:", "Fwd:", "FW:", "AW:", "WG:", "SV:", "Re[2]:", "Ответ:", "Пересл:", "Відп:"): a subject made only of
    them is reported as `prefix-only`; the same prefixes before real words are fine ("Re: Re: Where is my order
    48213?").
    """

    id = "subject-missing"
    tags = ("headers",)
    messages = {
        "absent": "The reply has no Subject header.",
        "empty": "The reply's subject is empty.",
        "prefix-only": 'The subject is only "{subject}"; say what the reply is about.',
    }
    examples = (
        bad("en", "To: anna@example.com\n\nHello Anna,\n\nYour parcel left today.\n\nBest,\nTom", "absent"),
        bad("en", "Subject: Re:\n\nHello Anna,\n\nYour parcel left today.", "prefix-only"),
        good("en", "Subject: Re: Where is my order 48213?\n\nHello Anna,\n\nIt left today."),
        good("en", "Hello Anna,\n\nYour parcel left today.", note="bare text has no headers to check"),
        bad("ru", "Subject: \n\nЗдравствуйте, Анна!\n\nЗаказ отправлен.", "empty"),
        bad("ru", "Subject: Ответ:\n\nЗдравствуйте, Анна!\n\nЗаказ отправлен.", "prefix-only"),
        good("ru", "Subject: Re: Заказ 48213 отправлен\n\nЗдравствуйте, Анна!\n\nЗаказ отправлен."),
        bad("uk", "Subject: Відповідь:\n\nДобрий день, Олено!\n\nЗамовлення відправлено.", "prefix-only"),
        bad("uk", "To: olena@example.ua\n\nДобрий день, Олено!\n\nЗамовлення відправлено.", "absent"),
        good("uk", "Subject: Відповідь: повернення коштів\n\nДобрий день, Олено!\n\nКошти повернуто."),
        bad(
            "en",
            "Subject: RE: Re: Fwd:\n\nHello Anna,\n\nYour parcel left today.",
            "prefix-only",
            note="any number of prefixes, in any case",
        ),
        bad(
            "en",
            "Subject: AW:\n\nHello Anna,\n\nYour parcel left today.",
            "prefix-only",
            note="the German 'Antwort' prefix of Outlook",
        ),
        good("en", "Subject: Re: Re: Where is my order 48213?\n\nHello Anna,\n\nIt left today."),
        bad("ru", "Subject: Re[2]: Пересл:\n\nЗдравствуйте, Анна!\n\nЗаказ отправлен.", "prefix-only"),
        good("uk", "Subject: Fwd: Відп: обмін светра\n\nДобрий день, Олено!\n\nСветр обміняємо."),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        headers = ctx.reply.headers
        if headers is None:
            if ctx.facts.subject is not None and not PREFIX.sub("", ctx.facts.subject).strip():
                # The caller's subject, not a header of the message: the reply as a whole has no subject.
                yield Hit.whole_reply(
                    "prefix-only" if ctx.facts.subject.strip() else "empty", {"subject": ctx.facts.subject.strip()}
                )
            return
        subject = ctx.facts.subject if ctx.facts.subject is not None else headers.subject
        if subject is None:
            yield Hit.whole_reply("absent")
        elif not subject.strip():
            yield Hit.in_header("empty", "Subject")
        elif not PREFIX.sub("", subject).strip(" \t-–—:|[]()"):
            yield Hit.in_header("prefix-only", "Subject", {"subject": subject.strip()})
