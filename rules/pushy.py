"""The pushy rule: sales pressure in a support reply."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from replylint.lexicon import Lexicon, Match
from replylint.mail.voice import Cited, Spans, inside, reported_spans
from replylint.nlp import Analysis
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import next_solid, sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

NEGATION_WINDOW = 3
"""Tokens before a phrase searched for a negation: enough for "no need to hurry", "вовсе не нужно спешить"."""


class Pushy(Rule):
    """Answer the question; do not push the customer to buy.

    Support is where customers come for help. Urgency tricks ("last chance", "только сегодня", "поспішайте",
    "grab one before they're gone", "prices will go up", "бронируйте прямо сейчас", "поки є в наявності",
    «таких цін більше не буде»), "buy now" and a string of calls to order turn an answer into an advert, and a
    customer who feels pressured
    trusts the answer less and the shop less. Facts are fine: a delivery cut-off ("order by 2pm on Friday to get
    it on Monday"), a sale's end date the customer asked for, a stock level, a price rise that has happened («Ціна
    зросла, бо постачальник підняв ціни», "the price went up in May"). A rise is pressure when it is a threat
    to make the customer act now: "prices will go up tomorrow — order today", «ціни зростуть», «цены вырастут».
    An order deadline that does not say
    when the order arrives ("order before Friday and we'll include a sample", "если закажете до воскресенья,
    положим подарок") is a call to order; three calls in one reply are too many, while one or two alone are not
    reported ("Order today and we'll deliver on Friday"), nor is advice without an imperative ("it's worth ordering
    today"). A call is an imperative to
    order or buy ("order", "buy", "add to basket", «закажите», «оформите заказ», «замовляйте»); an instruction
    for a service step ("Оформите обмен в личном кабинете", «оформіть повернення») is not one, and neither is a date
    for doing something other than ordering or buying («подарунки краще відправити до 20 грудня»: when to send).
    Phrases the customer used themselves (a site section called "Last Chance", the "buy now, pay later" option)
    and words in quotation marks are not pressure.
    """

    id = "pushy"
    lexicons = (
        "deadline_questions",
        "order_calls",
        "order_calls_initial",
        "order_cutoffs",
        "order_deadlines",
        "pressure",
        "pressure_contextual",
        "pressure_exceptions",
        "pressure_negators",
        "reported_speech",
        "sales_terms",
    )
    tags = ("tone", "sales")

    @dataclass(frozen=True)
    class Options:
        min_calls: int = field(
            default=3, metadata={"doc": "This many separate calls to order or buy in one reply is pushy."}
        )

    messages = {
        "pressure": '"{phrase}" pressures the customer to buy; give the facts and let them decide.',
        "repeated-call": "The reply urges the customer to order {count} times; one clear way to order is enough.",
    }
    examples = (
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nОформите обмен в личном кабинете, а курьер заберёт пару завтра. "
            "Возврат оформите там же, если размер не подойдёт. Закажите курьера на удобное время.\n\n"
            "С уважением,\nАнна",
            note="service instructions are not calls to order",
        ),
        bad(
            "en",
            "Hi Wendy,\n\nYes, the Nimbus came back in stock this morning. Buy now before it sells out "
            "again!\n\nKind regards,\nSara",
            ("pressure", "Buy now"),
        ),
        bad(
            "en",
            "Hi Jenny,\n\nYes, the Harlow comes as a corner sofa. Order yours today to secure one.\n\n"
            "It's our bestseller: order now.\n\nOrder today and we'll include free cushion covers.\n\n"
            "Warm regards,\nTom",
            ("repeated-call", "Order today"),
        ),
        bad(
            "en",
            "Hi Naomi,\n\nYes, it suits very dry skin. Order yours today.\n\nAdd it to your basket now "
            "while it's in stock.\n\nOrder before Friday and we'll include a free sample.\n\nBest wishes,\n"
            "Chloe",
            ("repeated-call", "Order before"),
        ),
        good(
            "en",
            "Hi Toby,\n\nYes. Please order by 2pm on Friday to get it on Monday, as our courier doesn't "
            "deliver at weekends.\n\nKind regards,\nRuth",
            note="a factual cut-off",
        ),
        good(
            "en",
            "Hi Leah,\n\nYes, we offer Klarna's buy now, pay later option at checkout.\n\nBest regards,\nMaya",
            original="Hello,\n\nDo you offer buy now, pay later?\n\nLeah",
            note="the name of a payment option the customer asked about",
        ),
        bad(
            "ru",
            "Марина, здравствуйте!\n\nПуховик есть в наличии. Успейте купить: только сегодня на него "
            "скидка 25%.\n\nС уважением,\nВероника",
            ("pressure", "Успейте"),
            ("pressure", "только сегодня"),
        ),
        bad(
            "ru",
            "Жанна, добрый день!\n\nОтложить товар мы не можем. Но это ваш последний шанс купить его по "
            "старой цене!\n\nС уважением,\nЕвгения",
            ("pressure", "последний шанс"),
        ),
        good(
            "ru",
            "Леонид, здравствуйте!\n\nНаушники приехали на склад только сегодня утром. Заказать их на "
            "сайте можно будет завтра, 15 ноября.\n\nС уважением,\nДаниил",
            note="'только сегодня' says when the goods arrived",
        ),
        good(
            "ru",
            "Раиса, здравствуйте!\n\nЕсли успеете оформить заказ до 14:00 пятницы, курьер привезёт его "
            "в понедельник.\n\nС уважением,\nДенис",
            note="'успеете' states a fact, 'успейте' urges",
        ),
        bad(
            "uk",
            "Антоніно, добрий день!\n\nКрісло коштує 27 900 гривень. Поспішайте: ціна діє лише "
            "сьогодні!\n\nЗ повагою,\nРоман",
            ("pressure", "Поспішайте"),
        ),
        bad(
            "uk",
            "Ігорю, добрий день!\n\nТак, є. Замовляйте зараз! Оформіть сьогодні, а краще замовляйте "
            "просто зараз!\n\nЗ повагою,\nРоман",
            "repeated-call",
            ("pressure", "замовляйте просто зараз"),
        ),
        good(
            "uk",
            "Ігорю, добрий день!\n\nНе поспішайте з рішенням: товар можна повернути протягом 14 днів.\n\n"
            "З повагою,\nРоман",
            note="'не поспішайте' is the opposite of pressure",
        ),
        bad(
            "en",
            "Hi Tom,\n\nThe room is free on those dates. Book now, prices will go up next week.\n\nBest,\nAnna",
            ("pressure", "Book now"),
            ("pressure", "prices will go up"),
            note="a rising price used as a push",
        ),
        bad(
            "ru",
            "Юрий, здравствуйте!\n\nНомер на эти даты свободен. Бронируйте прямо сейчас!\n\nС уважением,\nЕвгения",
            ("pressure", "Бронируйте прямо сейчас"),
        ),
        bad(
            "uk",
            "Ігорю, добрий день!\n\nТак, крісло знову є. Беріть, поки є в наявності!\n\nЗ повагою,\nРоман",
            ("pressure", "поки є в наявності"),
            note="scarcity used as a push",
        ),
        good(
            "uk",
            "Ліно, добрий день!\n\nЦіна зросла, бо постачальник з 1 липня підняв закупівельні ціни на 20%, і ми "
            "змушені були її переглянути.\n\nЗ повагою,\nМарта",
            note="a rise that has happened, asked about, is information",
        ),
        bad(
            "ru",
            "Юрий, здравствуйте!\n\nДа, чайник есть. С понедельника цены вырастут на 10%, так что лучше "
            "оформить заказ сегодня.\n\nС уважением,\nЕвгения",
            ("pressure", "цены вырастут"),
            note="a rise to come, used to hurry the order",
        ),
        good(
            "uk",
            "Вітаю, Олено!\n\nПодарунки за кордон краще відправити до 10 грудня, по Україні — до 20 грудня. "
            "Листівки краще надіслати до 18 грудня, а посилки з продуктами — до 15 грудня.\n\nЗ повагою,\nАнна",
            note="dates for sending are advice, not order deadlines",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        text = ctx.text
        if not text.strip():
            return
        analysis = ctx.analysis
        lang = ctx.language
        speech = self.lexicon("reported_speech", lang)
        cited = Cited(lambda: Spans([*ctx.quoted_spans, *reported_spans(analysis, speech)]))
        calls = [m for m in self.lexicon("order_calls", lang).find(analysis) if not inside(cited, m.start, m.end)]
        # "Order a jar today.": a call where a sentence or clause starts, not "I'll order a replacement for you"
        calls += [
            m
            for m in self.lexicon("order_calls_initial", lang).find(analysis)
            if _clause_start(analysis, m.first_token) and not inside(cited, m.start, m.end) and not _overlaps(calls, m)
        ]
        calls.sort(key=lambda m: m.start)
        echoed = self._echoed(ctx)
        exceptions = list(self.lexicon("pressure_exceptions", lang).find(analysis))
        negators = self.lexicon("pressure_negators", lang)
        sales = self.lexicon("sales_terms", lang)
        asked = self._asked_about_deadline(ctx)
        hits: list[Hit] = []
        sales_sentences: dict[tuple[int, int], bool] = {}
        call_starts = sorted(c.start for c in calls)
        # "Order before Friday and we'll include a free sample" calls to order; "order by 2pm to get it on
        # Monday" is a cut-off: a deadline counts as a call unless its sentence says when the order arrives.
        cutoffs = self.lexicon("order_cutoffs", lang)
        calls += [
            m
            for m in self.lexicon("order_deadlines", lang).find(analysis)
            if not inside(cited, m.start, m.end)
            and not _overlaps(calls, m)
            and cutoffs.search(analysis, *_sentence_span(analysis, m)) is None
        ]
        calls.sort(key=lambda m: m.start)
        for contextual in (False, True):
            if contextual and asked:
                continue  # "only today", asked "until when does it run?", is the answer
            name = "pressure_contextual" if contextual else "pressure"
            for m in self.lexicon(name, lang).find(analysis):
                if (
                    inside(cited, m.start, m.end)
                    or m.phrase in echoed
                    or _overlaps(exceptions, m)
                    or _negated(analysis, m, negators)
                ):
                    continue
                if m.first_token == m.last_token and not _clause_start(analysis, m.first_token):
                    continue  # "if you're in a hurry" describes; "Hurry!", "Поспешите:" urge
                if _step_left(analysis, m):
                    continue  # «залишилося лише підтвердити його» is a step left to do, not stock running out
                if contextual and not _sales_context(analysis, m, sales, call_starts, sales_sentences):
                    continue  # "прибыли только сегодня утром" is a fact about arrival, not a countdown
                hits.append(Hit("pressure", m.start, m.end, {"phrase": text[m.start : m.end]}))
        limit = self.options.min_calls
        if limit and len(calls) >= limit:
            third = calls[limit - 1]
            hits.append(Hit("repeated-call", third.start, third.end, {"count": len(calls)}))
        hits.sort(key=lambda h: (h.start, -h.end))  # the longest of phrases starting together is the one kept
        yield from _dedupe(hits)

    def _asked_about_deadline(self, ctx: RuleContext) -> bool:
        """Whether the customer asked how long an offer or a deadline lasts ("До какого числа действует...?")."""
        original = ctx.original_analysis
        if original is None:
            return False
        lexicon = self.lexicon("deadline_questions", original.lang)
        text = original.text  # perf: a slice, not Span.text, which builds a Token per word
        return any(
            "?" in text[sent.start_char : sent.end_char]
            and lexicon.search(original, sent.start_char, sent.end_char) is not None
            for sent in original.sentences
        )

    def _echoed(self, ctx: RuleContext) -> set[str]:
        """Pressure phrases the customer wrote: repeating a section or product name back is not pressure."""
        original = ctx.original_analysis
        if original is None:
            return set()
        lang = original.lang
        found = set()
        for name in ("pressure", "pressure_contextual"):
            found |= {m.phrase for m in self.lexicon(name, lang).find(original)}
        return found


def _dedupe(hits: list[Hit]) -> Iterator[Hit]:
    """One finding per stretch of text: a phrase listed in both lists, or two listings that overlap («Не
    відкладайте,» and «не відкладайте»), is still one problem. `hits` are sorted by start."""
    end = -1
    for hit in hits:
        if hit.kind == "repeated-call":
            yield hit
            continue
        if hit.start >= end:
            yield hit
        end = max(end, hit.end)


_LEFT = frozenset({"осталось", "остаётся", "остается", "залишилося", "залишилось", "лишилося", "лишилось"})
_INFINITIVE = ("ть", "ти", "тись", "тися", "ться", "чь")


def _step_left(analysis: Analysis, m: Match) -> bool:
    """Whether a "there is only ... left" is followed by a verb in the infinitive («осталось только подтвердить
    заказ», «залишилося лише підтвердити його»): what is left is a step to take, not goods to run out of."""
    lowers, texts = analysis.token_lowers, analysis.table.texts
    if lowers[m.first_token] not in _LEFT:
        return False
    k = next_solid(analysis, m.last_token)
    return k < len(texts) and texts[k].isalpha() and lowers[k].endswith(_INFINITIVE)


def _overlaps(matches: list[Match], m: Match) -> bool:
    return any(x.start < m.end and m.start < x.end for x in matches)


def _negated(analysis: Analysis, m: Match, negators: Lexicon) -> bool:
    """Whether a negation just before the phrase reverses it: "there's no need to hurry", "не нужно спешить"."""
    doc = analysis.doc
    sent_start = _sentence(analysis, m).start
    i, seen = m.first_token - 1, 0
    while i >= sent_start and seen < NEGATION_WINDOW:
        if not doc[i].is_space:
            seen += 1
        i -= 1
    lo = doc[i + 1].idx if i + 1 < len(doc) else m.start
    return negators.search(analysis, lo, m.start) is not None


_LEADS_TO_AN_ORDER = frozenset({"so", "поэтому", "итак", "тож", "отже"})
"""Words after which a clause begins with its verb as an imperative does: "so buy it this weekend!", «поэтому
закажите сегодня». Not "then" ("we'll then order the part"), nor «тому», which also means "ago"."""


def _clause_start(analysis: Analysis, index: int) -> bool:
    doc = analysis.doc
    if doc[index].is_sent_start:
        return True
    i = index - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i < 0 or doc[i].is_punct or analysis.token_lowers[i] in _LEADS_TO_AN_ORDER


def _sentence_span(analysis: Analysis, m: Match) -> tuple[int, int]:
    sent = _sentence(analysis, m)
    return sent.start_char, sent.end_char


def _sentence(analysis: Analysis, m: Match) -> SpacySpan:
    """The match's sentence. perf: by bisection; spaCy's `token.sent` walks the sentence on every call, which
    made a long sentence with many matches quadratic."""
    return sentence_at(analysis, m.start) or analysis.doc[m.first_token].sent


def _sales_context(
    analysis: Analysis, m: Match, sales: Lexicon, call_starts: list[int], memo: dict[tuple[int, int], bool]
) -> bool:
    """Whether the phrase's sentence is about buying: a price, a discount, an offer, or a call to order.

    perf: decided once per sentence (`memo`), with calls found by bisection over their sorted starts; per match
    it was quadratic (30,000 characters of "today only " took 11 s).
    """
    sent = _sentence(analysis, m)
    key = (sent.start_char, sent.end_char)
    found = memo.get(key)
    if found is None:
        k = bisect.bisect_left(call_starts, sent.start_char)
        found = (
            "%" in analysis.text[sent.start_char : sent.end_char]
            or sales.search(analysis, sent.start_char, sent.end_char) is not None
            or (k < len(call_starts) and call_starts[k] < sent.end_char)
        )
        memo[key] = found
    return found
