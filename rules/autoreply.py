"""The autoreply rule: an automatic acknowledgement must say when the answer comes and what to do meanwhile."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from replylint.lexicon import Lexicon, Match
from replylint.mail.voice import Span
from replylint.model import Severity
from replylint.nlp import Analysis
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import find_links, find_times
from replylint_rules._automatic import Parts, acknowledgement, touches


class Autoreply(Rule):
    """Make an automatic acknowledgement useful: say when the answer comes, and offer help meanwhile.

    "We have received your message" tells the customer only that the mail server works. Without a time ("within one
    working day", "до 18:00", "протягом доби") they cannot plan and write again, call, or complain in public; "as soon
    as possible", "shortly", "soon", "in due course", "when we return" and "найближчим часом" are not times. Without
    a help-centre or FAQ link or a way to leave a phone number for a call back, they have nothing to do but wait
    (reported as info).

    Only a reply that *is* an automatic acknowledgement is checked: one whose headers say it was sent by a machine
    (`Auto-Submitted` other than "no" (RFC 3834), `X-Autoreply`, `X-Autorespond`, `Precedence: auto_reply`), or one that
    opens with an acknowledgement ("we received your message", "Your request (#48211) has been received", "ваше
    обращение получено", "ваш лист отримано"; a ticket number between the words, in any form, does not break it: "Your
    request #4411-2 has been received", "Your enquiry (ref. RT-20417) has been received", "Your booking request
    (#55120-3) has been received", «Ваша заявка (№71230-118) принята», «Ваше звернення (№ 55-A) отримано») or an
    out-of-office or holiday notice ("Our office is closed for the holidays", "The studio is closed over Christmas and
    New Year", «Магазин не работает до 8 января», «Ми на святах», "офіс зачинено", also after a line of thanks) and says
    nothing else of substance; a promise to reply "when we reopen" (when we return, «когда откроемся», «після
    повернення») is such a promise, and no time. Substance is any sentence of two or more words that is not one of the
    formulas an acknowledgement is made of: thanks ("Thank you." alone is a sentence of thanks, and so is "Thank you
    for contacting Volt & Co.", with the shop's name), the acknowledgement or
    the out-of-office or holiday notice itself wherever it stands ("The studio is closed over Christmas and New Year"),
    a promise to reply ("will get back to you", "is being reviewed", "our team replies to every email within 24 hours",
    which also gives the time), a ticket or case number or a note that it was passed on («передано специалисту», "has
    been received and added to our queue"), office hours or the weekend ("outside working hours", «Зараз вихідні»; the
    times in "Our hours are Monday to Friday, 9am to 5pm" say when someone is there, not when the answer comes), "do not
    reply to this email", a help link (to a help centre, FAQ, guide or size chart the customer can read meanwhile, in a
    sentence that gives the link; a link to their own order or parcel is an answer, and so is "going by our size chart,
    a 96 cm chest is an M") or a call-back offer. The sender's name on the last lines ("The Volt & Co Support Team") is
    not substance, with or without a sign-off above it; the other rules still read an autoreply as any reply, so
    sign-off reports a team's name with no closing line above it as `missing`, and greeting-name asks for the customer's
    name when it is known. A person who writes "I've received your photos" and then solves the problem is not an
    autoreply, nor is a request said to be done beside its acknowledgement ("Your cancellation request has been received
    and processed"). An autoreply is exempt from unanswered-question: it answers nothing by design, and this rule is
    what checks it.
    """

    id = "autoreply"
    lexicons = (
        "ack_done",
        "ack_subjects",
        "ack_verbs",
        "acknowledgements",
        "autoreply_boilerplate",
        "callback",
        "closings",
        "device_footers",
        "generic_salutations",
        "greeting_fillers",
        "greetings",
        "help_guides",
        "help_links",
        "honorifics",
        "non_person_names",
        "reply_promises",
        "team_words",
        "thanks_alone",
    )
    tags = ("service",)
    messages = {
        "no-timeframe": "This automatic acknowledgement does not say when the full answer will come; give a time "
        '("within one working day", "by 6 pm tomorrow").',
        "no-alternatives": "This acknowledgement offers no help-centre or FAQ link and no way to leave a phone "
        "number for a call back.",
    }
    examples = (
        bad(
            "ru",
            "Здравствуйте!\n\nВаша заявка (№71230-118) принята и передана специалисту сервисного отдела. Пока "
            "вы ждёте ответа, посмотрите раздел о гарантии: https://mebel-dom.example/help/garantiya.\n\n"
            "С уважением,\nСлужба поддержки «Мебель Дом»",
            ("no-timeframe", "заявка (№71230-118) принята"),
            note="a ticket number in brackets between the words is still an acknowledgement",
        ),
        bad(
            "en",
            "Hello,\n\nThank you for contacting Volt & Co. We have received your message, and a member of "
            "our team will get back to you.\n\nKind regards,\nThe Volt & Co Support Team",
            ("no-timeframe", "received your message"),
            ("no-alternatives", "received your message"),
        ),
        bad(
            "en",
            "Hello,\n\nThanks for your email. We've received it and will reply within 24 hours.\n\n"
            "Best wishes,\nThe Glow Apothecary Team",
            "no-alternatives",
        ),
        bad(
            "en",
            "Hello,\n\nThanks. Your repair request (ref. RP-8812) has been received and added to the queue.\n\n"
            "Best regards,\nFixit Workshop",
            ("no-timeframe", "Your repair request (ref. RP-8812) has been received"),
            "no-alternatives",
            note="thanks alone, a reference with its label and a place in the queue are all formulas",
        ),
        good(
            "en",
            "Hello,\n\nYour message has been received: our care team replies to every email within 24 hours. "
            "Until then, our size chart may help: https://shop.example/sizes\n\nBest wishes,\nThe Loom Team",
            note="a standing promise with its time, and a guide to read meanwhile",
        ),
        good(
            "en",
            "Hello,\n\nWe have received your message, and one of our team will reply within one working "
            "day. In the meantime, our help centre explains how damaged items are handled: "
            "https://shop.example/help/damaged\n\nKind regards,\nThe Volt & Co Support Team",
        ),
        good(
            "en",
            "Hi Dylan,\n\nThank you, I've received your message. The speaker was checked in this morning, "
            "and I've refunded £59.99 to your card.\n\nKind regards,\nAisha",
            note="a person answering: the acknowledgement is not the whole reply",
        ),
        bad(
            "ru",
            "Здравствуйте!\n\nВаше обращение получено и зарегистрировано под номером 20241112-0457. Мы "
            "обязательно ответим вам.\n\nС уважением,\nСлужба поддержки «ТехноДом»",
            ("no-timeframe", "обращение получено и зарегистрировано"),
            "no-alternatives",
        ),
        bad(
            "ru",
            "Здравствуйте!\n\nСпасибо, что написали! Мы получили ваше письмо и свяжемся с вами в ближайшее "
            "время. Ответы на частые вопросы есть в разделе https://shop.example/help.\n\nС уважением,\n"
            "Команда магазина «Шаг»",
            "no-timeframe",
            note="a link alone does not say when",
        ),
        good(
            "ru",
            "Здравствуйте!\n\nМы получили ваше письмо, номер обращения — 40517. Менеджер ответит вам в "
            "течение одного рабочего дня. Если удобнее поговорить по телефону, оставьте свой номер, и мы "
            "перезвоним.\n\nС уважением,\nСлужба поддержки «Мебель Дом»",
        ),
        good(
            "ru",
            "Алевтина, добрый день!\n\nВаше обращение получено, заказ 93310 отменили. Деньги вернутся на "
            "карту в течение 3 рабочих дней.\n\nС уважением,\nЛюдмила",
            note="the request is already resolved",
        ),
        bad(
            "uk",
            "Добрий день!\n\nВаш лист отримано. Ми відповімо найближчим часом.\n\nЗ повагою,\n"
            "служба підтримки «ТехноДім»",
            ("no-timeframe", "лист отримано"),
            "no-alternatives",
        ),
        bad(
            "uk",
            "Добрий день!\n\nВаш лист отримано. Зараз вихідні, тому ми відповімо в понеділок з 9:00.\n\n"
            "З повагою,\nвідділ продажів «Затишок»",
            ("no-alternatives", "лист отримано"),
        ),
        good(
            "uk",
            "Добрий день!\n\nДякуємо, Ваш лист отримано. Ми відповімо протягом години в робочий час. "
            "Поки чекаєте, перегляньте поради щодо оплати: https://shop.example/help/payment.\n\n"
            "З повагою,\nслужба підтримки «ТехноДім»",
        ),
        good(
            "uk",
            "Добрий день, Ксеніє!\n\nТак, посилку зі светром ми отримали сьогодні. Кошти вже повернули на "
            "Вашу картку.\n\nЗ повагою,\nСофія",
            note="a parcel, not the message, was received",
        ),
        bad(
            "en",
            "Hello,\n\nYour request (#48211) has been received and is being reviewed by our support staff.\n\n"
            "The Volt & Co Support Team",
            ("no-timeframe", "Your request (#48211) has been received"),
            "no-alternatives",
            note="a helpdesk's default wording, with no sign-off above the team's name",
        ),
        bad(
            "en",
            "Hello,\n\nOur office is closed for the holidays. We will reply to your message when we return."
            "\n\nKind regards,\nVolt & Co",
            "no-timeframe",
            "no-alternatives",
            note="a holiday notice with no date",
        ),
        bad(
            "ru",
            "From: ТехноДом <support@technodom.example>\nTo: Ольга <olga@example.com>\nSubject: Re: заказ\n"
            "Auto-Submitted: auto-replied\n\nЗдравствуйте!\n\nСпасибо за письмо. Менеджер свяжется с вами в "
            "ближайшее время.\n\nТехноДом",
            "no-timeframe",
            "no-alternatives",
            note="the Auto-Submitted header marks it automatic",
        ),
        bad(
            "uk",
            "Добрий день!\n\nВаша заявка (№48211) отримана і розглядається.\n\nСлужба підтримки «ТехноДім»",
            "no-timeframe",
            "no-alternatives",
            note="a ticket number in brackets, no sign-off",
        ),
        bad(
            "en",
            "Hello Grace,\n\nOur workshop is closed for the summer holidays. We will reply to your email "
            "when we return.\n\nWarm wishes,\nTimber & Twine",
            "no-timeframe",
            "no-alternatives",
            note="any workplace closed for a break, not only an office",
        ),
        bad(
            "ru",
            "Здравствуйте!\n\nНаша мастерская закрыта на новогодние праздники. Мы ответим на Ваше письмо, "
            "когда вернёмся.\n\nС уважением,\nКоманда «Дерево»",
            "no-timeframe",
            "no-alternatives",
            note="any workplace closed for a break, not only an office",
        ),
        bad(
            "uk",
            "Вітаю!\n\nМайстерню зачинено на новорічні свята. Ми відповімо на Ваш лист, щойно повернемося."
            "\n\nЗ повагою,\nКоманда «Дерево»",
            "no-timeframe",
            "no-alternatives",
            note="any workplace closed for a break, not only an office",
        ),
        bad(
            "en",
            "Hello,\n\nThanks for your email. The office is closed for the holidays; we'll go through all messages "
            "as soon as we reopen. Answers to common questions: https://print.example/faq\n\nKind regards,\nPrint Co",
            "no-timeframe",
            note="'as soon as we reopen' with no date says when nothing ends",
        ),
        bad(
            "ru",
            "Добрый день!\n\nСпасибо за письмо. Офис закрыт на новогодние каникулы, все письма обработаем, как "
            "только откроемся. Ответы на частые вопросы: https://pechat.example/faq\n\nС уважением,\nТипография",
            "no-timeframe",
            note="«как только откроемся» without a date says when nothing ends",
        ),
        bad(
            "uk",
            "Доброго дня!\n\nДякуємо за лист. Офіс зачинено на новорічні канікули, усі листи опрацюємо, щойно "
            "відкриємося. Відповіді на часті питання: https://druk.example/faq\n\nЗ повагою,\nДрукарня",
            "no-timeframe",
            note="«щойно відкриємося» without a date says when nothing ends",
        ),
        good(
            "en",
            "Hello,\n\nThanks for your message! The studio is closed until 5 January. We'll reply to all emails "
            "when we reopen, and our help pages at https://timber.example/help answer most questions.\n\n"
            "Kind regards,\nTimber & Twine",
            note="a closure that says when it ends, with a promise to reply then, gives the time",
        ),
        good(
            "ru",
            "Здравствуйте!\n\nСпасибо за письмо. Мастерская не работает до 8 января. Мы ответим, когда вернёмся, "
            "а ответы на частые вопросы есть на https://derevo.example/faq.\n\nС уважением,\nКоманда «Дерево»",
            note="a closure that says when it ends, with a promise to reply then, gives the time",
        ),
        good(
            "uk",
            "Вітаю!\n\nДякуємо за лист. Майстерню зачинено до 8 січня. Ми відповімо, щойно повернемося, а "
            "відповіді на часті питання є на https://derevo.example/faq.\n\nЗ повагою,\nКоманда «Дерево»",
            note="a closure that says when it ends, with a promise to reply then, gives the time",
        ),
        good(
            "en",
            "Hi Tom,\n\nThe shop is closed until Monday, but I have already refunded £20 to your card.\n\n"
            "Kind regards,\nAnna",
            note="a person answering while the shop is closed",
        ),
        bad(
            "en",
            "Hello Grace,\n\nThanks for your message! The studio is closed over Christmas and New Year. We'll reply "
            "to all emails when we reopen.\n\nMerry Christmas,\nTimber & Twine",
            "no-timeframe",
            "no-alternatives",
            note="a holiday notice after thanks is an autoreply; 'when we reopen' is no time",
        ),
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nСпасибо за письмо! Скатерть льняная. Магазин не работает до 8 января."
            "\n\nС уважением,\nМагазин «Лён»",
            note="an answer next to the holiday notice: a person wrote it",
        ),
        bad(
            "en",
            "Hello,\n\nThanks for your email. We have received your message. The studio is closed over Christmas "
            "and New Year.\n\nKind regards,\nThe Studio Team",
            ("no-timeframe", "received your message"),
            "no-alternatives",
            note="a holiday notice after the acknowledgement is one of its formulas, not substance",
        ),
        bad(
            "uk",
            "Добрий день!\n\nВаш лист отримано. Зараз вихідні.\n\nЗ повагою,\nКоманда «Затишок»",
            ("no-timeframe", "лист отримано"),
            "no-alternatives",
            note="the weekend is a formula too",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        found = acknowledgement(ctx)
        if found is None:
            return
        parts, opening, ack = found.parts, found.sentence, found.phrase
        closures = [(m.start, m.end) for m in self.lexicon("acknowledgements", lang=ctx.language).find(ctx.analysis)]
        if not _has_timeframe(ctx, parts, opening, ack, closures):
            yield Hit(
                "no-timeframe",
                ack.start,
                ack.end,
                suggestion='Say when the full answer will come, e.g. "within one working day".',
            )
        if not self._has_alternatives(ctx, partial(self.lexicon, lang=ctx.language)):
            yield Hit(
                "no-alternatives",
                ack.start,
                ack.end,
                severity=Severity.INFO,
                suggestion="Add a link to the help centre or FAQ, or offer to call back.",
            )

    def _has_alternatives(self, ctx: RuleContext, lex: partial[Lexicon]) -> bool:
        """A help link or a call-back offer, in the body or in the signature block under it."""
        blocks: list[tuple[str, Analysis | None]] = [(ctx.text, ctx.analysis)]
        if ctx.reply.signature:
            blocks.append((ctx.reply.signature, ctx.signature_analysis))
        for source, analysis in blocks:
            if any(f.kind == "url" for f in find_links(source)):
                return True
            if analysis is not None and any(lex(name).search(analysis) for name in ("help_links", "callback")):
                return True
        return False


def _has_timeframe(ctx: RuleContext, parts: Parts, ack_sentence: Span, ack: Match, closures: list[Span]) -> bool:
    """A date or time in a sentence that promises the answer ("ответим в течение 2 рабочих дней").

    Times elsewhere are something else: office hours, or the registration stamp of the ticket ("обращение от
    12.11 10:15 зарегистрировано"), which is why the acknowledgement's own words before it do not count, and
    a time inside an acknowledging formula ("our office is closed at the weekend") says when it is closed.
    """
    for found in find_times(ctx.text, ctx.language):
        if any(start <= found.start <= end + 1 for start, end in closures) and not _CLOSED_UNTIL.search(
            ctx.text, max(0, found.start - CLOSURE_REACH), found.start
        ):
            continue  # "closed at the weekend": when it is closed, not when the answer comes
        sent = next((s for s in parts.content if s[0] <= found.start < s[1]), None)
        if sent is not None and _HOURS.search(ctx.text, max(sent[0], found.start - CLOSURE_REACH), found.start):
            continue  # "Our customer service hours are Monday to Friday, 9am to 5pm": office hours, a formula
        # a reply marked automatic only by its headers has no acknowledging words (an empty phrase over the first
        # sentence): a time anywhere in that sentence is after them
        if sent is None or (sent == ack_sentence and ack.phrase and found.start < ack.end):
            continue
        if touches(parts.promises, *sent):
            return True
        # "We are closed until 5 January. We'll reply to all emails when we reopen.": the reopening date is when
        # the answer comes, once the reply promises one
        if parts.promises and _CLOSED_UNTIL.search(ctx.text, max(sent[0], found.start - CLOSURE_REACH), found.start):
            return True
    return False


CLOSURE_REACH = 80
"""How far before a date its closure may start ("The studio is closed over Christmas until")."""

_HOURS = re.compile(
    r"(?<!\w)(?:(?:hours|opening times)\s+(?:are|is)|(?:hours|opening times)\s*[:—–]"
    r"|(?:часы работы|рабочие часы|график работы|режим работы|години роботи|робочі години|графік роботи"
    r"|режим роботи)(?!\w)|(?:работаем|работает|открыт\w*)\s+(?:с|ежедневно|без выходных|по будням)"
    r"|(?:працюємо|працює|відчинен\w*)\s+(?:з|щодня|без вихідних|у будні)"
    r"|(?:we\s*'?re|we\s+are|(?:it|the\s+\w+)\s+is)\s+open\s+(?:from|daily|every|monday|mon))[^.!?\n;]{0,60}$",
    re.IGNORECASE,
)
"""Office hours before a time ("Our hours are Monday to Friday, 9am to 5pm", «Работаем с 9 до 18», «Салон работает
ежедневно с 10:00 до 21:00»): when someone is there, not when the answer comes."""

_CLOSED_UNTIL = re.compile(
    r"(?:closed|away|out of (?:the )?office|on holiday|off|закрыт\w*|не работа\w*|в отпуске|на праздниках"
    r"|зачинен\w*|не працю\w*|у відпустці|на святах)(?!\w)[^.!?\n]{0,60}?(?<!\w)(?:until|till|до)\s+$",
    re.IGNORECASE,
)
"""A closure that says when it ends, up to the date ("closed until", «не работаем до», «зачинено до»)."""
