"""The sign-off rule."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from replylint.languages import pack
from replylint.mail.lines import text_lines
from replylint.mail.signoff import MAX_WISH, find_sign_off, is_closing_wish, is_signer, signature_field
from replylint.model import LANGUAGES, Lang
from replylint.rule import Hit, Rule, RuleContext, bad, good


def _wish_signed(text: str, lang: Lang, window: int) -> bool:
    """Whether one of the last `window` lines is a wish (`is_closing_wish`) with the signer's name under it or after a
    dash ("Гарного вечора! — Анна")."""
    lines = [ln for ln in text_lines(text) if not ln.text.startswith(">")][-window:]
    for i, line in enumerate(lines):
        head, dash, signer = line.text.partition(" — ")
        if len(head) > MAX_WISH or not is_closing_wish(head.strip(), lang):
            continue
        if (dash and is_signer(signer, lang)) or (i + 1 < len(lines) and is_signer(lines[i + 1].text, lang)):
            return True
    return False


class SignOff(Rule):
    """End the reply with a closing line and the name of the person or team who wrote it.

    A reply that simply stops reads as cut off, and a closing with no name after it ("Kind regards," and nothing)
    leaves the customer writing to nobody: they cannot ask for the same agent again or tell who promised what. A
    team name ("The Acme Team", "Служба підтримки") is enough. The name may sit on the closing line ("Thanks,
    Priya"), on the next line, or at the top of the signature block, with or without a role before it ("support
    agent Priya", «адміністраторка Дарина»); a link, an address, a phone number, a
    placeholder or "Sent from my iPhone" is not a name. A bare shop name ("«Затишок»", "Volt & Co") is a team's name
    and enough. A closing is a formula ("Kind regards", "З повагою"), a wish ("Гарного дня!", "Гарних свят!") or an
    offer of help ("Happy to help", "Звертайтеся, якщо будуть питання"). A closing for friends ("Пока!", "Бувай",
    "See ya") does close the reply, so it is not reported here as missing: familiar-tone reports it as too casual.
    The formulas and offers of help it knows are listed under "Recognised phrases" below; a wish is recognised by
    its shape instead (in English a short line opening with "Wishing you", "Have a", "Enjoy", "Happy", "Merry",
    "Season's greetings", "Get well", "All the best" or "Best of luck": "Have a lovely evening!", "Happy reading!";
    in Russian and Ukrainian a wish word, or a genitive adjective and noun: «Смачної кави!», «Хорошей поездки!»,
    «Щасливої дороги Вам і котові!»; a
    holiday greeting too: "Merry Christmas!", «С наступающим Новым годом!», «Зі святами!»; a smiley after it
    leaves it a wish: «Приятного чтения :)»), and only when a name signs under it or after a dash. That condition
    is the shape's alone: a listed formula («Всего доброго!», "Take care") closes by itself and with no name after it is
    `no-name`, while a wish known only by its shape with no name under it is no closing (`missing`). `window` counts the
    last non-blank lines of the reply's text, including
    anything pasted under the name (terms, a copied note); a signature block the mail client marked ("-- " above
    it) is not counted in those lines (though a closing or a name in it still signs the reply: "Kind regards,"
    then "-- " then "Anna Byrne"), nor are "> " lines (a quote with no header), which never hold the closing
    either, nor a quote under a recognised header (an "On ... wrote:" line, Outlook's From / Sent / To / Subject
    block or "-----Original Message-----", with the copy under it, marked or not): that is the customer's message,
    not the reply's text. Blank lines do not count at all: a name after an empty line under "Kind regards," (as Outlook
    leaves it) is on the next line. The closing must be one of those `window` lines: with `window` or more lines
    under it (12 by default) it is not found and the reply is reported as having none: raise `window` for templates
    that paste long text there. The customer's own message pasted under the reply without quote marks
    (quote-unrecognised reports it as `pasted`) is theirs: the closing is looked for above it. A greeting is not a
    closing: "Добрий день!" or "Добрый день!" on the last line greets and does not sign off ("Доброго дня!", a
    farewell as well, does).
    """

    id = "sign-off"
    lexicons = (
        "closings",
        "device_footers",
        "greetings",
        "honorifics",
        "informal_closing_formulas",
        "informal_closings",
        "non_person_names",
        "placeholder_words",
        "team_words",
    )
    tags = ("structure",)

    @dataclass(frozen=True)
    class Options:
        require_name: bool = field(
            default=True, metadata={"doc": "Flag a closing line that is not followed by a person's or team's name."}
        )
        window: int = field(
            default=12, metadata={"doc": "How many of the reply's last non-blank lines may hold the closing line."}
        )

    messages = {
        "missing": 'The reply has no closing line; end with one (e.g. "Kind regards,") and your name.',
        "no-name": '"{closing}" is not followed by a name; sign with your name or your team\'s.',
    }
    examples = (
        bad(
            "en",
            "Hi Rachel,\n\nYes, the Meadow dress is fully lined, so it isn't see-through.",
            ("missing", "Yes, the Meadow dress is fully lined, so it isn't see-through."),
        ),
        bad(
            "en",
            "Hi Ian,\n\nYes, the Brew Pro has a built-in steam wand.\n\nKind regards,",
            ("no-name", "Kind regards"),
        ),
        bad(
            "en",
            "Hi Amira,\n\nPlease check with your GP first.\n\nBest regards,\nhttps://shop.example",
            ("no-name", "Best regards"),
            note="a link is not a name",
        ),
        good(
            "en",
            "Hi Nathan,\n\nAn opened bag stays fresh for about six weeks.\n\nKind regards,\nThe Pawsome Pantry Team",
        ),
        good("en", "Hi Ruby,\n\nYes, it comes in a 15 ml travel size.\n\nThanks, Priya"),
        good(
            "en",
            "Hi Ruby,\n\nYour parcel arrives on Friday.\n\nHappy to help,\nPriya",
            note="an offer of help closes a reply as well as a formula does",
        ),
        bad(
            "ru",
            "Здравствуйте, Ольга!\n\nЗаказ передан курьеру, он привезёт его в четверг.",
            ("missing", "Заказ передан курьеру, он привезёт его в четверг."),
        ),
        bad(
            "ru",
            "Здравствуйте, Ольга!\n\nЗаказ передан курьеру, он привезёт его в четверг.\n\nС уважением,\n"
            "[Имя оператора]",
            ("no-name", "С уважением"),
            note="a placeholder is not a name (mass-mailing reports the placeholder as well)",
        ),
        good("ru", "Здравствуйте, Ольга!\n\nЗаказ передан курьеру.\n\nС уважением,\nМарина, служба поддержки"),
        good("ru", "Здравствуйте, Лиана!\n\nСумка из натуральной кожи.\n\nС уважением, Марина Ковалёва"),
        good("ru", "Здравствуйте, Лиана!\n\nПосылка приедет в пятницу.\n\nВсегда рады помочь,\nМарина"),
        bad(
            "uk",
            "Добрий день, Олено!\n\nЗамовлення передано кур'єру, він привезе його в четвер.\n\nМарина",
            ("missing", "Марина"),
            note="a name with no closing line before it",
        ),
        bad("uk", "Добрий день, Олено!\n\nЗамовлення передано кур'єру.\n\nДякуємо!", ("no-name", "Дякуємо")),
        good("uk", "Добрий день, Олено!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nСлужба підтримки «Ромашка»"),
        good("uk", "Добрий день, Олено!\n\nЗамовлення передано кур'єру.\n\nГарного дня! — Анна"),
        good("uk", "Добрий день, Олено!\n\nПосилка прибуде в п'ятницю.\n\nСподіваюся, це допоможе!\nАнна"),
        good(
            "uk",
            "Добрий день, Олено!\n\nПосилка прибуде в п'ятницю.\n\nГарних свят!\n«Затишок»",
            note="a wish closes, and a bare shop name is a team's name",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nПосилка прибуде в п'ятницю.\n\nЗ повагою,\nзоомагазин «Лапки»",
            note="the shop's name after what the shop is («квіти «Півонія»») is a team's name too",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nПосилка прибуде в п'ятницю.\n\nЗвертайтеся, якщо будуть питання.\nАнна",
            note="an offer of help closes",
        ),
        good(
            "ru",
            "Юрий, здравствуйте!\n\nЗаказ приедет завтра.\n\nПока!\nЕвгения",
            note="closed, too casually: familiar-tone reports it, not this rule",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour parcel left today.\n\nKind regards,\nVolt & Co",
            note="a bare shop name is a team's name",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour refund is on its way.\n\nWishing you a quick recovery,\nPriya",
            note="a wish with a name under it closes",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nКава вже в дорозі.\n\nСмачної кави!\nАнна",
            note="a wish (a genitive adjective and noun) with a name under it closes",
        ),
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nБилеты отправлены на почту.\n\nХорошей поездки!\nАнна",
            note="a wish with a name under it closes",
        ),
        good(
            "ru",
            "Здравствуйте!\n\nОфис закрыт на праздники, ответим, как только вернёмся.\n\n"
            "С наступающим Новым годом!\nКоманда «Ёлкин двор»",
            note="a holiday greeting is a wish that closes",
        ),
        good(
            "uk",
            "Добрий день!\n\nОфіс зачинено на свята, відповімо після повернення.\n\nЗі святами!\nКоманда «Затишок»",
            note="a holiday greeting is a wish that closes",
        ),
        good(
            "en",
            "Hello,\n\nOur office is closed for the break; we will reply when we return.\n\n"
            "Merry Christmas!\nThe Little Loom Team",
            note="a holiday greeting is a wish that closes",
        ),
        bad(
            "ru",
            "Здравствуйте!\n\nОфис закрыт на праздники.\n\nС наступающим Новым годом!",
            ("no-name", "С наступающим Новым годом"),
            note="a holiday greeting closes, but no name signs it",
        ),
        bad(
            "en",
            "Hi Tom,\n\nYour parcel left today.\n\nKind regards,\nPriya\n\n"
            + "\n".join(f"{n}. Returns are accepted within 30 days of delivery." for n in range(1, 13)),
            "missing",
            note="twelve lines pasted under the name push the closing out of the default window",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour parcel left today.\n\nKind regards,\nPriya\n\n"
            + "\n".join(f"{n}. Returns are accepted within 30 days of delivery." for n in range(1, 13)),
            options={"window": 16},
            note="the same reply with a larger window",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour parcel left today.\n\nWith kind wishes,\nThe Acme Team",
            note='a formula of the shape "with … wishes" or "with … regards" is a closing',
        ),
        good(
            "uk",
            "Добрий день, Філіпе!\n\nТак, старий холодильник заберуть під час доставки.\n\nЗ повагою,\nКирило"
            "\n\nДобрий день!\nЧи можна здати старий холодильник?\nФіліп",
            original="Добрий день!\nЧи можна здати старий холодильник?\nФіліп",
            note="the customer's message pasted under the name is not where the closing is; 'Добрий день!' greets",
        ),
        good(
            "en",
            "Hi Tom,\n\nThe book left our warehouse today.\n\nHappy reading!\nPriya",
            note="a wish by its shape, with a name under it",
        ),
        bad(
            "en",
            "Hi Tom,\n\nThe book left our warehouse today.\n\nHappy reading!",
            ("missing", "Happy reading!"),
            note="a wish known only by its shape, with no name under it, is no closing",
        ),
        bad(
            "ru",
            "Здравствуйте, Ольга!\n\nКнига отправлена сегодня, курьер привезёт её в четверг.\n\nВсего доброго!",
            ("no-name", "Всего доброго"),
            note="a listed formula closes by itself; the name is what is missing",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour parcel left our warehouse today.\n\nKind regards,\n\nPriya Shah",
            note="a blank line between the closing and the name does not count",
        ),
    )

    @classmethod
    def page_phrases(cls) -> Mapping[Lang, Sequence[str]]:
        return {lang: cls.lexicon_entries("closings", lang) for lang in LANGUAGES}

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        if not ctx.text.strip():
            return
        found = find_sign_off(ctx, window=self.options.window)
        name = pack(ctx.language).phrases.name_placeholder
        if found is None and ctx.informal_closing is not None:
            return  # "Пока!", "Бувай": closed, too casually; familiar-tone reports that
        if found is None and signature_field(ctx, window=self.options.window) is not None:
            return  # a template ending in "%{signature}": the helpdesk's signature closes and signs it
        if found is None and _wish_signed(ctx.text, ctx.language, self.options.window):
            return
        if found is None:
            start, end = ctx.last_line
            yield Hit("missing", start, end, suggestion=f"{pack(ctx.language).phrases.closing}\n{name}")
            return
        if found.name is not None or not self.options.require_name:
            return
        source = ctx.text if found.where == "text" else (ctx.reply.signature or "")
        closing_line = source[found.start : found.line_end].strip()
        if " ".join(found.phrase.casefold().split()) in self.lexicon_words("informal_closing_formulas"):
            closing_line = pack(ctx.language).phrases.closing
        params, suggestion = {"closing": found.phrase}, f"{closing_line}\n{name}"
        if found.where == "text":
            yield Hit("no-name", found.start, found.end, params, suggestion=suggestion)
        else:
            yield Hit.in_signature("no-name", found.start, found.end, params, suggestion=suggestion)
