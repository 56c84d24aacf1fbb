"""The mass-mailing rule."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from replylint.languages import Script, morphology, of_script
from replylint.mail.lines import PARAGRAPH_BREAK, Line, text_lines
from replylint.mail.names import suggest_greeting
from replylint.model import LANGUAGES, Lang, Severity
from replylint.rule import Hit, Rule, RuleContext, bad, good

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_EXCLAIM = re.compile(r"!{2,}")
_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")


class MassMailing(Rule):
    """Write to one customer, not to a mailing list.

    A generic salutation ("Dear Customer", "Уважаемый клиент"), an unfilled placeholder ("Hi {{first_name}}"),
    a newsletter footer ("To unsubscribe...") or spam phrasing ("100% guaranteed", capitals, "!!!") tells the
    customer they got a form letter, and the same features push the reply into spam folders. An unfilled
    placeholder is an error: the customer sees the template's braces. A placeholder is a template's field in any
    common shape: "{{first_name}}", "{name}", "${name}", "$name", "%NAME%", "*|FNAME|*", "[Customer Name]",
    "[номер заказа]", "<имя>" or a blank "XXX"; a phrase in square or angle brackets counts only when it names a
    field (a name, an order number, "[first_name]") or is written in capitals, so a footnote "[1]", a button "[Pair]"
    or a masked card number "XXXX 1234" is none. It is reported wherever it stands, in place
    of the name under the closing too («[Имя оператора]» under «С уважением,», where sign-off also reports the
    missing name); in the greeting, when the customer's name is known, greeting-name reports it as well
    (`no-name`). Linting a template (the `template` fact),
    placeholders are expected and not reported. Ordinary abbreviations, codes and brand names in capitals (DHL,
    SMS, USB-C, ТТН, an order number, "ASUS ROG") are not shouting, nor is anything under the closing line (a
    company name, a disclaimer heading such as "PRIVATE AND CONFIDENTIAL"); the same heading above the closing is.
    A word with a digit ("TV-OLED55-UK", "PS5") neither counts toward a run of capitals nor breaks one; shouting is
    `caps-run` (3) or more shouted words in a row on one line ("ORDER NOW AND SAVE"). Spam phrases are the ones
    listed under "Recognised phrases" below, in any inflected form («100% безкоштовна»); an ordinary offer is not
    spam ("15% off", "free delivery", «бесплатно», «безкоштовна доставка»): pushy judges sales pressure. A
    newsletter footer is an unsubscribe line or "you are receiving this because you subscribed"; a confidentiality
    disclaimer is not one. A generic salutation is reported here only (greeting-name does not repeat it), with the
    greeting by name as the suggestion when the customer's name is known. Only the reply's text is read, not
    its subject line, where helpdesks put ticket tags ("[ACME-1234]", "[Northwind]").
    """

    id = "mass-mailing"
    lexicons = (
        "abbreviations",
        "closings",
        "device_footers",
        "generic_salutations",
        "greeting_fillers",
        "greetings",
        "honorifics",
        "informal_greetings",
        "non_person_names",
        "placeholder_words",
        "spam_phrases",
        "team_words",
        "unsubscribe",
    )
    tags = ("tone", "spam")

    @dataclass(frozen=True)
    class Options:
        caps_run: int = field(
            default=3, metadata={"doc": "How many ALL-CAPS words in a row (abbreviations aside) count as shouting."}
        )
        exclamation_run: int = field(
            default=2, metadata={"doc": "How many exclamation marks in a row count as shouting."}
        )

    messages = {
        "generic-salutation": '"{text}" is a form-letter salutation; address the customer by name.',
        "placeholder": 'The placeholder "{text}" was never filled in; the customer will see it as is.',
        "unsubscribe": '"{text}" is a newsletter footer; a personal reply should not carry one.',
        "spam-phrase": '"{text}" is typical spam wording and may send the reply to the spam folder.',
        "shouting": '"{text}" reads as shouting; use normal capitalisation and punctuation.',
    }
    examples = (
        bad(
            "uk",
            "Добрий день, Олено!\n\nЗамовлення відправлено. Доставка 100% безкоштовна!\n\nЗ повагою,\nАнна",
            ("spam-phrase", "100% безкоштовна"),
            note="a listed phrase in another form",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour order left today. You get 15% off your next order, and delivery is free.\n\nBest,\nAnna",
            note="an ordinary offer is not spam wording",
        ),
        good(
            "en",
            "Hi Tom,\n\nThe TV-OLED55-UK is in stock and ships today.\n\nBest,\nAnna\n\nCONFIDENTIALITY "
            "NOTICE: This e-mail is intended solely for the addressee.",
            note="a confidentiality disclaimer is not a newsletter footer, and a model code is not shouting",
        ),
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nЗаказ отправлен, доставка бесплатно.\n\nС уважением,\nАнна",
            note="free delivery is a fact, not spam wording",
        ),
        bad(
            "en",
            "Dear Customer,\n\nSale items can be returned within 14 days.\n\nKind regards,\nOliver",
            ("generic-salutation", "Dear Customer"),
        ),
        bad(
            "en",
            "Hi {{first_name}},\n\nI've refunded the duplicate payment today.\n\nThanks,\nHarriet",
            ("placeholder", "{{first_name}}"),
        ),
        bad(
            "en",
            "Hi Lauren,\n\nYes, the serum suits oily skin.\n\nBest wishes,\nChloe\n\n"
            "You are receiving this email because you subscribed to our news.",
            ("unsubscribe", "You are receiving this email because"),
        ),
        bad(
            "en",
            "Hi Imogen,\n\nYour charger is 100% guaranteed to reach you by Friday.\n\nThanks,\nRuth",
            ("spam-phrase", "100% guaranteed"),
        ),
        bad(
            "en",
            "Hi Victor,\n\nPLEASE NOTE THAT RETURNS NEED A RETURNS NUMBER.\n\nKind regards,\nHugo",
            ("shouting", "PLEASE NOTE THAT RETURNS NEED A RETURNS NUMBER"),
        ),
        good(
            "en",
            "Hi Arjun,\n\nThe OLED TV has four HDMI 2.1 ports with VRR; the SKU is TV-OLED55-24.\n\nKind regards,\nDev",
        ),
        good(
            "en",
            "Hi {{first_name}},\n\nYour refund is on its way.\n\nThanks,\nHarriet",
            facts={"template": True},
            note="a template is expected to hold placeholders",
        ),
        good(
            "en",
            "Hi Arjun,\n\nThe refund went to your card ending in XXXX. Add the app folder to your $PATH "
            "to run it.\n\nKind regards,\nDev",
            note="a masked card number and a shell variable are not blanks",
        ),
        bad(
            "ru",
            "Уважаемый клиент!\n\nЗаказ передан курьеру.\n\nС уважением,\nМарина",
            ("generic-salutation", "Уважаемый клиент"),
        ),
        bad("ru", "Здравствуйте, <имя>!\n\nЗаказ передан курьеру.\n\nС уважением,\nМарина", ("placeholder", "<имя>")),
        bad(
            "ru",
            "Здравствуйте, Ольга!\n\nЭто 100% бесплатно!!!\n\nС уважением,\nМарина",
            ("spam-phrase", "100% бесплатно"),
            ("shouting", "!!!"),
        ),
        good("ru", "Здравствуйте, Ольга!\n\nНомер ТТН для СДЭК пришлём по SMS.\n\nС уважением,\nМарина"),
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nДеньги вернулись на карту, которая заканчивается на ХХХХ.\n\nС уважением,\nМарина",
            note="a masked card number",
        ),
        bad(
            "uk",
            "Шановний клієнте!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            ("generic-salutation", "Шановний клієнте"),
        ),
        bad(
            "en",
            "Dear Valued Customer,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            ("generic-salutation", "Dear Valued Customer"),
            facts={"customer_name": "Anna Smith"},
            note="reported here only, with a greeting by name as the suggestion; greeting-name stays silent",
        ),
        bad(
            "uk",
            "Добрий день, [Ім'я]!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            ("placeholder", "[Ім'я]"),
        ),
        bad(
            "uk",
            "Добрий день, Олено!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина\n\nВідписатися від розсилки",
            ("unsubscribe", "Відписатися від розсилки"),
        ),
        bad(
            "uk",
            "Добрий день, Олено!\n\nУВАГА ОБОВ'ЯЗКОВО ПЕРЕВІРТЕ ПОСИЛКУ.\n\nЗ повагою,\nМарина",
            ("shouting", "УВАГА ОБОВ'ЯЗКОВО ПЕРЕВІРТЕ ПОСИЛКУ"),
        ),
        good("uk", "Добрий день, Олено!\n\nНомер ТТН Нової Пошти (НП) надішлемо в SMS.\n\nЗ повагою,\nМарина"),
        good(
            "uk",
            "Добрий день, Олено!\n\nКошти повернуто на картку, що закінчується на XXXX.\n\nЗ повагою,\nМарина",
            note="a masked card number",
        ),
        bad(
            "ru",
            "Здравствуйте, Ольга!\n\nЗаказ передан курьеру, он привезёт его в четверг.\n\nС уважением,\n"
            "[Имя оператора]",
            ("placeholder", "[Имя оператора]"),
            note="a placeholder in place of the name under the closing; sign-off reports the missing name too",
        ),
        good(
            "en",
            "Hi Ian,\n\nYour parcel left our warehouse today and arrives on Friday.\n\nKind regards,\nPriya\n\n"
            "PRIVATE AND CONFIDENTIAL\nThis email is meant for the addressee only.",
            note="capitals under the closing line are not shouting",
        ),
        bad(
            "en",
            "Hi Ian,\n\nPRIVATE AND CONFIDENTIAL\n\nYour parcel left our warehouse today and arrives on Friday."
            "\n\nKind regards,\nPriya",
            ("shouting", "PRIVATE AND CONFIDENTIAL"),
            note="the same heading above the closing is",
        ),
    )

    @classmethod
    def page_phrases(cls) -> Mapping[Lang, Sequence[str]]:
        return {lang: cls.lexicon_entries("spam_phrases", lang) for lang in LANGUAGES}

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        text = ctx.text
        if not text.strip():
            return
        own = [ln for ln in text_lines(text) if not ln.text.startswith(">")]  # an unrecognised quote is not ours
        yield from self._generic_salutation(ctx)
        if not ctx.facts.template:
            for holder in ctx.placeholders:
                if _inside(own, holder.start):
                    yield Hit(
                        "placeholder",
                        holder.start,
                        holder.end,
                        {"text": text[holder.start : holder.end]},
                        severity=Severity.ERROR,
                    )
        sign_off = ctx.closing
        closing: int | None = sign_off.start if sign_off is not None and sign_off.where == "text" else None
        closing_at = len(text) if closing is None else closing
        yield from self._footer(ctx, closing)
        for found in self.lexicon("spam_phrases", ctx.language).find(ctx.analysis):
            if _inside(own, found.start):
                yield Hit("spam-phrase", found.start, found.end, {"text": text[found.start : found.end]})
        caps = self._may_shout(text)
        if not caps and "!!" not in text:
            return  # perf: most replies have neither a run of capitals nor of exclamation marks anywhere
        for line in own:
            # a company name in capitals under the closing ("ACME CUSTOMER CARE") is branding, not shouting
            yield from self._shouting(line, caps=caps and line.start < closing_at)

    def _may_shout(self, text: str) -> bool:
        """Whether the text holds enough words that could be shouted ones for a run of them anywhere.

        perf: a shouted word (see `_caps_kind`) is upper case with two letters or more and no digit or underscore,
        and a run of them lies within one line; counting such words once over the whole text rules out most
        replies, whose upper-case words are "I", "Я" and tracking codes, without a pass over each line."""
        words = (w for w in _WORD.findall(text) if len(w) > 1 and w.isupper())
        run: int = self.options.caps_run
        return sum(1 for w in words if _DIGIT_OR_UNDERSCORE.search(w) is None) >= run

    def _generic_salutation(self, ctx: RuleContext) -> Iterator[Hit]:
        greeting = ctx.greeting
        if greeting is None or greeting.generic is None:
            return
        generic = greeting.generic
        known = ctx.customer_name
        yield Hit(
            "generic-salutation",
            generic.start,
            generic.end,
            {"text": generic.text},
            suggestion=suggest_greeting(known, ctx.language, greeting.phrase) if known else None,
        )

    def _footer(self, ctx: RuleContext, closing: int | None) -> Iterator[Hit]:
        """Newsletter footers sit below the message: after the sign-off, in the signature block, or (in a reply
        with no sign-off) in its last paragraph. The same words in the body answer a question about them."""
        text = ctx.text
        footer_start = closing
        if footer_start is None:
            breaks = list(PARAGRAPH_BREAK.finditer(text.rstrip()))
            footer_start = breaks[-1].end() if breaks else None
        lexicon = self.lexicon("unsubscribe", ctx.language)
        if footer_start is not None:
            for found in lexicon.find(ctx.analysis, footer_start):
                yield Hit("unsubscribe", found.start, found.end, {"text": text[found.start : found.end]})
        sig = ctx.signature_analysis
        if sig is not None:
            for found in lexicon.find(sig):
                yield Hit.in_signature(
                    "unsubscribe", found.start, found.end, {"text": sig.text[found.start : found.end]}
                )

    def _shouting(self, line: Line, *, caps: bool) -> Iterator[Hit]:
        # perf: most lines have no run of capitals at all; counting upper-case words is a cheap way to know (the
        # words and their test in C: `_WORD` has no group, so `findall` gives the words themselves)
        caps = caps and sum(map(str.isupper, _WORD.findall(line.text))) >= self.options.caps_run
        run: list[tuple[int, int]] = []
        for word in _WORD.finditer(line.text) if caps else ():
            kind = self._caps_kind(word.group())
            if kind == "caps":
                run.append(word.span())
            elif kind == "other":
                yield from self._caps_hit(line, run)
                run = []
        yield from self._caps_hit(line, run)
        for found in _EXCLAIM.finditer(line.text):
            if len(found.group()) >= self.options.exclamation_run:
                yield Hit("shouting", line.start + found.start(), line.start + found.end(), {"text": found.group()})

    def _caps_hit(self, line: Line, run: list[tuple[int, int]]) -> Iterator[Hit]:
        if len(run) >= self.options.caps_run:
            start, end = line.start + run[0][0], line.start + run[-1][1]
            yield Hit("shouting", start, end, {"text": line.text[run[0][0] : run[-1][1]]})

    def _caps_kind(self, word: str) -> str:
        """ "caps" for a shouted word, "neutral" for what neither shouts nor breaks a run (abbreviations, codes,
        one-letter words), "other" for an ordinary word, which ends a run."""
        letters = [ch for ch in word if ch.isalpha()]
        if not letters or any(ch.isdigit() or ch == "_" for ch in word):
            return "neutral"  # order numbers and codes: "48213", "PS5", "TV-OLED55-24", "ORDER_STATUS_CODE"
        if not all(ch.isupper() for ch in letters):
            return "other"
        if len(letters) < 2 or not set(letters) - {"X", "Х"}:
            return "neutral"  # "A", "I", the "C" of "USB-C", a masked "XXXX XXXX 1234"
        pieces = [p for p in re.split(r"[-'’]", word) if p]
        if all(len(p) < 2 or self._abbreviation(p) for p in pieces):
            return "neutral"
        if not _dictionary_word(word) and not any(_dictionary_word(p) for p in pieces):
            return "neutral"  # a brand or model in capitals ("ASUS ROG STRIX", "JBL"), not a shouted word
        return "caps"

    @staticmethod
    def _abbreviation(word: str) -> bool:
        return word.casefold() in MassMailing.lexicon_words("abbreviations")


def _inside(lines: list[Line], pos: int) -> bool:
    return any(line.start <= pos < line.end for line in lines)


@lru_cache(maxsize=4096)
def _dictionary_word(word: str) -> bool:
    """Whether a dictionary of the word's script knows it (any installed language of that script)."""
    low = word.casefold()
    script: Script = "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in low) else "latin"
    return any(morphology(each.code).known_word(low) for each in of_script(script))
