"""The quote-unrecognised rule: quoted or pasted earlier mail that nothing introduces."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from replylint.mail.pasted import pasted_original
from replylint.rule import Hit, Rule, RuleContext, bad, good

_QUOTED = re.compile(r"^[ \t]*>")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


class QuoteUnrecognised(Rule):
    """Introduce quoted mail with a header, or leave it out.

    When "> ..." lines or a pasted copy of the customer's message sit in a reply with no "On ... wrote:" /
    "... написал(а):" / "... пише:" line above them, the customer reading the thread cannot tell whose words they
    are, and most rules of this linter read them as the agent's own: the customer's "ты", their question marks
    and their shouting are reported against the reply. Keep the mail client's quote header, or delete the quote.
    Recognised headers, in each language's wording: the attribution line of Gmail, Thunderbird and Apple Mail
    ("On Mon, 10 Nov 2025 at 09:12, Anna <a@x.com> wrote:", "On 10 Nov 2025, at 09:12, Anna wrote:", «10 нояб.
    2025 г., в 9:12, Ольга <o@x.ru> написал(а):», «пн, 10 лист. 2025 р. о 09:12 Олена <o@x.ua> пише:»), also
    with no verb as Gmail's Russian and Ukrainian interfaces write it («пн, 10 нояб. 2025 г. в 09:12, Ольга
    <o@x.ru>:»), and also when Apple Mail puts it inside the quote ("> On …, Anna wrote:"); Outlook's block of
    fields over an unmarked copy ("From:/Sent:/To:/Subject:", «От:/Отправлено:/Кому:/Тема:», «Від:/Надіслано:/
    Кому:/Тема:»); and separators ("-----Original Message-----", «-------- Исходное сообщение --------»,
    «-------- Оригінальне повідомлення --------»). A blank line between a header and the quote under it changes
    nothing, and in an interleaved reply one header above the first quoted block covers the blocks after it. A
    header the splitter did not recognise still counts as one if the line just above the quote (blank lines aside)
    says who wrote
    ("You wrote:", "Світлана написала 14.05 о 18:03:"), and in HTML mail the client's own quote markup (Gmail,
    Outlook, Apple Mail, Thunderbird, Yahoo) does too. So other clients' headers count when the line just above the
    "> " lines ends in a colon and either holds the sender's address with a date or time (Mail.ru, Yandex:
    «Понедельник, 24 марта 2025, 12:10 +03:00 от Ирина <irina@mail.ru>:») or has a verb of writing, asking or
    saying («Вы спрашивали:», Apple Mail in Ukrainian: «24 бер. 2025 р. о 12:10 Ірина <irina@ukr.net>
    написав(-ла):»); a name or a label alone before the colon («Ирина <irina@mail.ru>:», «Ваше письмо:») is not one.
    """

    id = "quote-unrecognised"
    lexicons = ("quote_attributions",)
    tags = ("structure",)
    messages = {
        "no-header": "These quoted lines have no header saying who wrote them, so they read (and are linted) as "
        'your own words; keep the "On ... wrote:" line or remove the quote.',
        "pasted": "The customer's message is pasted under the reply without quote marks or a header, so it reads "
        "(and is linted) as your own words; quote it properly or remove it.",
    }
    examples = (
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nЗаказ отправлен сегодня.\n\nС уважением,\nАнна\n\nОт: Ольга "
            "<olga@example.com>\nОтправлено: 10 ноября 2025 г. 9:12\nКому: support@shop.example\nТема: Заказ\n\n"
            "Где мой заказ?\nОльга",
            note="Outlook's field block over an unmarked copy is a header",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour order left today.\n\nBest,\nAnna\n\n> On 10 Nov 2025, at 09:12, Tom Lee "
            "<tom@example.com> wrote:\n>\n> Where is my order?",
            note="Apple Mail's attribution inside the quote",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nЗамовлення відправлено сьогодні.\n\nЗ повагою,\nАнна\n\nпн, 10 лист. "
            "2025 р. о 09:12 Олена <olena@example.com>:\n> Де моє замовлення?",
            note="Gmail's attribution with no verb, as its Ukrainian and Russian interfaces write it",
        ),
        bad(
            "en",
            "Hi Bella,\n\nA 10 ml travel size is coming in September.\n\nKind regards,\nChloe\n\n"
            "> Hi,\n>\n> Do you have the Silk Veil foundation in a travel size?\n>\n> Bella",
            ("no-header", "> Hi,\n>\n> Do you have the Silk Veil foundation in a travel size?\n>\n> Bella"),
        ),
        bad(
            "en",
            "Hi Zara,\n\nNot yet: the Grain-Free Turkey is an adult recipe.\n\nThanks,\nZoe\n\nHi,\n\n"
            "Does the Grain-Free Turkey kibble suit a puppy of four months?\n\nZara",
            ("pasted", "Hi,\n\nDoes the Grain-Free Turkey kibble suit a puppy of four months?\n\nZara"),
            original="Hi,\n\nDoes the Grain-Free Turkey kibble suit a puppy of four months?\n\nZara",
        ),
        good(
            "en",
            "Hi Tom,\n\nYes, you can.\n\nKind regards,\nMarcus\n\nOn Tue, 3 Jun 2025 at 09:12, Tom Baker "
            "<tom@example.org> wrote:\n> Can I order the chairs in two colours?",
        ),
        good(
            "en",
            "Hi Yvonne,\n\nI'm sorry about the kettle. You wrote:\n> The handle came off after a week.\n"
            "That's a fault, so a new kettle is on its way.\n\nKind regards,\nFreya",
            note="an attribution the splitter does not know still introduces the quote",
        ),
        bad(
            "ru",
            "Николай, добрый день!\n\n> Когда будет доставка в Химки?\n\nЗавтра, 13 ноября, с 10:00 до "
            "18:00.\n\nС уважением,\nКирилл",
            ("no-header", "> Когда будет доставка в Химки?"),
        ),
        bad(
            "ru",
            "Филипп, добрый день!\n\nДа, старый холодильник заберём при доставке.\n\nС уважением,\n"
            "Кирилл\n\n----------\nДобрый день! Можно ли сдать старый холодильник при доставке нового?\n"
            "Филипп",
            "pasted",
            original="Добрый день! Можно ли сдать старый холодильник при доставке нового?\nФилипп",
        ),
        good(
            "ru",
            "Анна, здравствуйте!\n\nДа, доставляем.\n\nС уважением,\nВероника\n\n12 мая 2025 г., в 10:15, "
            "Анна <anna@example.ru> написал(а):\n> Вы доставляете в Калугу?",
        ),
        bad(
            "uk",
            "Вітаю, Лесю!\n\nЧеревики 38-го розміру відправили сьогодні.\n\nЗ повагою,\nГанна\n\n"
            "> Ми відправили Вам черевики «Міла», розмір 37.",
            ("no-header", "> Ми відправили Вам черевики «Міла», розмір 37."),
        ),
        good(
            "uk",
            "Вітаю, Уляно!\n\nВимкнути SMS можна в кабінеті: «Профіль» > «Сповіщення».\n\nЗ повагою,\nМарта",
            note="'>' inside a line is a menu path",
        ),
        good(
            "uk",
            "Вітаю!\n\nЗамінимо рушники сьогодні.\n\nЗ повагою,\nВадим\n\nСвітлана Кравчук написала "
            "14.05.2025 о 18:03:\n> Ви надіслали не той колір рушників.",
        ),
        good(
            "ru",
            "Здравствуйте, Ирина!\n\nЗаказ приедет в четверг, курьер позвонит заранее.\n\nС уважением,\nОлег\n\n"
            "Понедельник, 24 марта 2025, 12:10 +03:00 от Ирина <irina@mail.ru>:\n> Когда придёт заказ?\n",
            note="Mail.ru's header: the sender's address and a time before the colon",
        ),
        good(
            "uk",
            "Добрий день, Ірино!\n\nЗамовлення приїде в четвер, кур'єр зателефонує заздалегідь.\n\nЗ повагою,\nОлег"
            "\n\n24 бер. 2025 р. о 12:10 Ірина <irina@ukr.net> написав(-ла):\n> Коли приїде замовлення?\n",
            note="Apple Mail's header in Ukrainian",
        ),
        bad(
            "ru",
            "Здравствуйте, Ирина!\n\nЗаказ приедет в четверг, курьер позвонит заранее.\n\nС уважением,\nОлег\n\n"
            "Ирина <irina@mail.ru>:\n> Когда придёт заказ?\n",
            "no-header",
            note="a name alone before the colon does not say when or that she wrote",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        text = ctx.text
        lines = _lines(text)
        if ctx.reply.split_confidence == "heuristic":
            # The splitter found "> " lines and nothing that introduces them: no header in the text and no client
            # structure in the HTML. With a recognised header above the first quote ("attribution"), later "> "
            # blocks are inline answers to the same, attributed message.
            block = _first_quoted_block(lines)
            if block is not None and not self._attributed(ctx, lines, block[0]):
                start, end = lines[block[0]].start, lines[block[1]].end
                yield Hit("no-header", start, end)
                return
        pasted = pasted_original(text, ctx.original)
        if pasted is not None:
            yield Hit("pasted", pasted[0], pasted[1])

    def _attributed(self, ctx: RuleContext, lines: list[_Line], first: int) -> bool:
        """Whether the line above the quote ends with a colon and names an act of writing ("Anna wrote:")."""
        k = first - 1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        if k < 0 or not lines[k].text.rstrip().endswith((":", "：")):
            return False
        line = lines[k]
        return self.lexicon("quote_attributions", ctx.language).search(ctx.analysis, line.start, line.end) is not None


def _first_quoted_block(lines: list[_Line]) -> tuple[int, int] | None:
    """Indexes of the first and last line of the first run of "> " lines (blank lines inside it allowed)."""
    first = next((i for i, ln in enumerate(lines) if _QUOTED.match(ln.text)), None)
    if first is None:
        return None
    last = first
    for i in range(first + 1, len(lines)):
        if _QUOTED.match(lines[i].text):
            last = i
        elif lines[i].text.strip():
            break
    return first, last
