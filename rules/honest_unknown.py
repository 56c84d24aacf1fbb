"""The honest-unknown rule."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from replylint.i18n import tr
from replylint.lexicon import Lexicon
from replylint.nlp import Analysis
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import (
    PHONE,
    Offer,
    admissions,
    helpful,
    offers_after,
    past_tense,
    sentence_at,
    told_as_past,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_ADMISSIONS = 20
"""Admissions of not knowing examined per reply, in order."""


class HonestUnknown(Rule):
    """When you admit you don't know, give the customer something to go on.

    "I don't know" is honest, and better than a made-up answer. But on its own it leaves the customer exactly where they
    started, with no idea what to do next. After the admission, offer at least one of: your best guess and why
    ("probably early June: the supplier delivers monthly"), a link or resource, someone who does know (the
    manufacturer's hotline, a colleague), or a promise to find out *by a stated time* ("I'll ask the warehouse and write
    to you by Friday"). A promise with no time ("I'll let you know") is better than nothing, but the customer still
    cannot plan, so it is flagged separately.

    What counts as an admission: the agent saying they do not know or cannot say ("I don't know", "I couldn't tell you",
    "не знаю", "затрудняюсь ответить", "гадки не маю"), and impersonal statements that the answer is not known ("пока
    неизвестно", "информации пока нет", "поки невідомо", "даних немає", "the date is still unknown"); such a statement
    is a word for information (information, news, details; информация, данные, сведения, новости; інформація, дані,
    відомості, новини) in a clause that ends by saying there is none ("is not available yet", "unavailable", «нет»,
    «пока нет», «отсутствуют», «немає», «відсутні»), so «Данных о поставке пока нет» is one, and so is «Информации о
    поставке у нас, к сожалению, пока нет»: an aside between commas ("unfortunately", «к сожалению», «на жаль») does not
    end the clause, nor does what the information would be about, set off by commas after it («Відомостей про те, чи
    привезе постачальник чохли, у нас поки немає»). Not admissions: the customer's uncertainty ("if you're not sure
    about the size"), gratitude ("не знаю, как вас благодарить"), and words in quotation marks. What is enough after it:
    any one of a guess, said with a word of guessing ("probably", "likely", "I think", "I'd expect", «скорее всего»,
    «думаю», «мабуть», «швидше за все»: the `unknown_guesses` list), with or without a reason ("мені здається, що
    відтінок не змінився" gives the customer something to go on), a link, a referral, a suggestion of what to do, a
    time, or a promise with a time. A guess plus an undated
    promise is enough (the guess is); an undated promise alone is reported as `no-timeframe`. Whose promise it is
    follows the subject: "I've passed your photos to the manufacturer and will be in touch" and "I'm checking with our
    technical team and will get back to you" are the agent's (a promise), "our technical team will get back to you"
    points to someone who knows (a referral). A bare reason why it is not known ("the importer hasn't confirmed",
    «производитель ещё не прислал план») is not enough: it explains the gap but leaves the customer nothing to plan with
    or act on; a reason counts only as the support of a guess ("probably June, as the importer ships monthly"). A time
    counts only where it is about what is not known (a time inside the admission is part of what is not known: "I don't
    know whether the sofa is back before August" offers no time), which is one of three places: the sentence right after
    the admission ("Our supplier confirms on Monday."), unless that sentence opens with a yes or no and so answers
    another question ("Yes, we deliver on Saturdays between 8am and 1pm"); any later sentence that shares a word of four
    or more letters, in any of its forms («печиво», «печива»), with the admission's sentence (the same product, the same
    delivery); or a promise to find out, anywhere after the admission, with the time in the promise's sentence or the
    next ("I'll ask the warehouse and write to you by Friday"). A guess or a suggestion in a later sentence that opens
    with a yes or a no and shares no word of four letters or more with the admission's sentence, in a reply to a letter
    asking more than one thing, is advice on that other question, not on what is unknown ("I don't know when the tea is
    back. Yes, you can collect orders from our shop"). Only the body counts: the team's name, phone or site in the
    signature under the closing signs the letter and is not a referral.
    """

    id = "honest-unknown"
    lexicons = (
        "answer_not_steps",
        "future_markers",
        "unknown_absence",
        "unknown_admissions",
        "unknown_asides",
        "unknown_guesses",
        "unknown_info_nouns",
        "unknown_not_admissions",
        "unknown_not_mine",
        "unknown_promises",
        "unknown_referrals",
        "unknown_troubles",
        "other_answer_openers",
        "closings",
        "device_footers",
        "greetings",  # the last three: ctx.closing (a greeting line is not a closing)
    )
    tags = ("content",)
    messages = {
        "nothing-offered": '"{phrase}" is left on its own; add a best guess, a link, who to ask, or when you '
        "will find out.",
        "no-timeframe": '"{phrase}" is followed by a promise to find out but no time; say by when ("by Friday").',
    }
    examples = (
        bad(
            "en",
            "Hi Tom,\n\nWe don't know yet when the sofa will be back in stock: the importer hasn't "
            "confirmed.\n\nBest,\nAnna",
            ("nothing-offered", "We don't know"),
            note="a reason alone gives the customer nothing to go on",
        ),
        bad(
            "ru",
            "Здравствуйте, Ольга!\n\nПока неизвестно, когда диван снова появится: производитель ещё не "
            "прислал план.\n\nС уважением,\nАнна",
            ("nothing-offered", "Пока неизвестно"),
            note="a reason alone gives the customer nothing to go on",
        ),
        bad(
            "en",
            "Hi Freya,\n\nI'm not sure when the tan boots will be back in stock.\n\nKind regards,\nAnders",
            ("nothing-offered", "I'm not sure"),
        ),
        bad(
            "en",
            "Hi Bethan,\n\nI don't know yet. I'll let you know when I hear more.\n\nWarm regards,\nTom",
            ("no-timeframe", "I don't know"),
        ),
        good(
            "en",
            "Hi Greg,\n\nI'm not sure of the exact date, but I think it will be around three weeks, as "
            "that's how long the last restock took.\n\nKind regards,\nSara",
        ),
        good(
            "en",
            "Hi Kirsty,\n\nI'm not sure, so I've asked our workshop and will email you by Wednesday.\n\n"
            "Kind regards,\nMarcus",
        ),
        good(
            "en",
            "Hi Elif,\n\nMost beagles wear a Medium. If you're not sure about the size, measure around the "
            "widest part of his chest.\n\nThanks,\nZoe",
            note="advice to the customer, not an admission",
        ),
        bad(
            "ru",
            "Любовь, здравствуйте!\n\nК сожалению, не знаю, когда будет следующая поставка этого корма.\n\n"
            "С уважением,\nНикита",
            ("nothing-offered", "не знаю"),
        ),
        bad(
            "ru",
            "Егор, добрый день!\n\nПока не знаю, уточню у производителя и напишу вам.\n\nС уважением,\nАнастасия",
            ("no-timeframe", "не знаю"),
        ),
        good(
            "ru",
            "Инна, здравствуйте!\n\nТочно не знаю, но, скорее всего, он появится в первых числах декабря.\n\n"
            "С уважением,\nНикита",
        ),
        good(
            "ru",
            "Виталий, здравствуйте!\n\nЯ не знаю, поддерживают ли часы обновление без смартфона. Это точно "
            "подскажут на горячей линии производителя: 8 800 000-00-00.\n\nС уважением,\nАлексей",
        ),
        good(
            "ru",
            "Добрый день!\n\nНе знаю, как вас благодарить за такой отзыв! Передам его команде.\n\nС уважением,\nОльга",
            note="gratitude, not an admission",
        ),
        bad(
            "uk",
            "Вітаю, Даниле!\n\nНа жаль, не знаю, коли кеди знову з'являться в продажу.\n\nЗ повагою,\nМарина",
            ("nothing-offered", "не знаю"),
        ),
        bad(
            "uk",
            "Вітаю, Зоє!\n\nНе знаю напевно, тож уточню у виробника й напишу Вам.\n\nЗ повагою,\nГалина",
            ("no-timeframe", "Не знаю напевно"),
        ),
        good(
            "uk",
            "Вітаю, Зоє!\n\nНе знаю напевно, тож уточню у виробника й напишу Вам до 17:00 завтра.\n\n"
            "З повагою,\nГалина",
        ),
        good(
            "uk",
            "Вітаю, Ліно!\n\nТочно не знаю, але мені здається, що відтінок не змінився.\n\nЗ повагою,\nАнастасія",
            note="a guess without a reason is enough",
        ),
        bad(
            "ru",
            "Марина, здравствуйте!\n\nКогда кресло снова появится в продаже, пока неизвестно.\n\nС уважением,\nНикита",
            ("nothing-offered", "пока неизвестно"),
            note="an impersonal admission counts as one",
        ),
        bad(
            "uk",
            "Вітаю, Тарасе!\n\nІнформації про нову поставку поки немає, але я повідомлю Вам.\n\nЗ повагою,\nМарина",
            "no-timeframe",
            note="an undated promise alone",
        ),
        bad(
            "en",
            "Hi Cara,\n\nI couldn't tell you when the green jumper is back.\n\nKind regards,\nTom",
            ("nothing-offered", "I couldn't tell you"),
        ),
        good(
            "en",
            "Hi Cara,\n\nThe restock date is still unknown, but I expect it around mid-March and will let "
            "you know.\n\nKind regards,\nTom",
            note="a guess plus an undated promise is enough",
        ),
        bad(
            "ru",
            "Марат, здравствуйте!\n\nИнформации о поступлении дивана «Милан» в сером цвете пока нет.\n\n"
            "С уважением,\nИрина",
            ("nothing-offered", "Информации о поступлении дивана «Милан» в сером цвете пока нет"),
            note="the impersonal admission, however much stands between its words",
        ),
        bad(
            "uk",
            "Вітаю, Оресте!\n\nІнформації щодо нової поставки чохлів для цієї моделі поки немає.\n\nЗ повагою,\nОксана",
            "nothing-offered",
            note="the impersonal admission, however much stands between its words",
        ),
        bad(
            "ru",
            "Любовь, добрый день!\n\nК сожалению, сроки следующей поставки корма пока неизвестны.\n\n"
            "С уважением,\nНикита",
            ("nothing-offered", "пока неизвестны"),
            note="the admission's plural form",
        ),
        bad(
            "uk",
            "Любове, добрий день!\n\nНа жаль, терміни наступної поставки корму поки невідомі.\n\nЗ повагою,\nМикита",
            ("nothing-offered", "поки невідомі"),
            note="the admission's plural form",
        ),
        good(
            "uk",
            "Любове, добрий день!\n\nЯкщо Вам телефонують з невідомого номера від нашого імені, не "
            "називайте код із SMS.\n\nЗ повагою,\nМикита",
            note="an unknown number is not an admission",
        ),
        good(
            "ru",
            "Марат, здравствуйте!\n\nИнформации о задержках на нашем складе нет, заказ уехал по графику."
            "\n\nС уважением,\nИрина",
            note="no news of a trouble is reassurance, not an admission",
        ),
        good(
            "uk",
            "Вітаю, Оресте!\n\nІнформації про збої в доставці Новою поштою немає.\n\nЗ повагою,\nОксана",
            note="no news of a trouble is reassurance, not an admission",
        ),
        bad(
            "en",
            "Hi Nina,\n\nInformation about the next delivery of the green jumper is not available yet.\n\n"
            "Kind regards,\nTom",
            "nothing-offered",
        ),
        bad(
            "ru",
            "Олег, добрый день!\n\nПока не знаю, подойдёт ли фильтр. Уточню у производителя и напишу "
            "Вам.\n\nС уважением,\nАнна\nслужба поддержки «Домовой»",
            ("no-timeframe", "не знаю"),
            note="the team's name under the closing signs the letter; it is not a referral",
        ),
        bad(
            "en",
            "Hi Fatima,\n\nI'm afraid I don't know when the oat milk will be back. Our supplier hasn't been "
            "able to send any for several weeks.\n\nKind regards,\nTom",
            ("nothing-offered", "I don't know"),
            note="a time in the reason tells what happened; it is nothing to plan with",
        ),
        bad(
            "ru",
            "Фатима, здравствуйте!\n\nНе знаю, когда молоко снова появится. Поставщик не присылал его уже "
            "три недели.\n\nС уважением,\nТимур",
            ("nothing-offered", "Не знаю"),
            note="a time in the reason tells what happened; it is nothing to plan with",
        ),
        good(
            "uk",
            "Вітаю, Фатімо!\n\nНе знаю точно, коли молоко повернеться, але постачальник зазвичай привозить "
            "його раз на два тижні.\n\nЗ повагою,\nТарас",
            note="a time the customer can plan with",
        ),
        good(
            "uk",
            "Вітаю, Олегу!\n\nНе знаю, чи підійде фільтр. Це точно підкаже служба підтримки виробника: "
            "0 800 000 000.\n\nЗ повагою,\nАнна\nслужба підтримки «Домовик»",
            note="a referral in the body, above the closing",
        ),
        bad(
            "en",
            "Hi Fatima,\n\nInformation about the next batch of oat biscuits isn't available yet. Yes, we deliver on "
            "Saturdays between 8am and 1pm.\n\nBest wishes,\nZoe",
            "nothing-offered",
            note="the time answers the other question; nothing is offered about the biscuits",
        ),
        bad(
            "en",
            "Hi Fatima,\n\nI can't say when the walnut desk will be restocked. Yes, you can pay by bank transfer "
            "if you prefer.\n\nBest wishes,\nZoe",
            "nothing-offered",
            note="the suggestion answers the other question; nothing is offered about the desk",
        ),
        bad(
            "en",
            "Hi Fatima,\n\nI don't know when the tan boots will be back in stock. Yes, we deliver on Saturdays. Our "
            "courier comes on Mondays.\n\nBest wishes,\nZoe",
            ("nothing-offered", "I don't know"),
            note="a later time in a sentence that shares no word with the admission's is about something else",
        ),
        good(
            "en",
            "Hi Fatima,\n\nI don't know when the tan boots will be back in stock. Yes, we deliver on Saturdays. New "
            "stock reaches our warehouse every Monday.\n\nBest wishes,\nZoe",
            note="a later sentence about the same thing: it shares 'stock' with the admission's",
        ),
        good(
            "en",
            "Hi Fatima,\n\nI don't know when the tan boots will be back in stock. Yes, we deliver on Saturdays. I'll "
            "ask the warehouse and write to you by Friday.\n\nBest wishes,\nZoe",
            note="a promise with a time counts wherever it stands after the admission",
        ),
        bad(
            "uk",
            "Вітаю, Оресте!\n\nІнформації про нову поставку чохлів у нас, на жаль, поки немає.\n\nЗ повагою,\nОксана",
            "nothing-offered",
            note="an aside between commas does not end the admission's clause",
        ),
        bad(
            "ru",
            "Марат, здравствуйте!\n\nДанных о поступлении дивана «Милан» пока нет.\n\nС уважением,\nИрина",
            ("nothing-offered", "Данных о поступлении дивана «Милан» пока нет"),
            note="any word for information with «нет» closing the clause is an admission",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        if not ctx.text.strip():
            return
        analysis = ctx.analysis
        lex = partial(self.lexicon, lang=ctx.language)
        # perf: each admission looks at the whole rest of the reply, so the number examined is capped: a reply with
        # dozens of admissions is not one a person wrote, and without the cap 100,000 characters of "I don't know,
        # call us " took minutes.
        found = admissions(analysis, lex, spread=True)[:MAX_ADMISSIONS]
        if not found:
            return  # perf: most replies admit nothing; the past tenses and the closing below serve admissions only
        # "Our supplier hasn't been able to send any for several weeks": a time in a clause telling what happened
        # explains the gap, it is not one the customer can plan with.
        past = set(past_tense(analysis))
        past_sorted = sorted(past)
        memo: dict[tuple[int, int], bool] = {}
        future = self.lexicon_words("future_markers")

        def told(offer: Offer) -> bool:
            return offer.kind == "time" and told_as_past(
                analysis, offer.start, past, future=future, memo=memo, past_sorted=past_sorted
            )

        # What stands below the closing line is the signature: a "служба поддержки" there is who signs, not a
        # referral, and its phone number is not a next step offered.
        closing = ctx.closing
        stop = closing.start if closing is not None and closing.where == "text" else None
        # a yes opening a later sentence answers another question only when the letter asked more than one (or is
        # not at hand)
        original = ctx.original_analysis
        several = original is None or original.text.count("?") > 1
        echoed = _numbers_in(original.text) if original is not None else frozenset()
        for adm in found:
            if stop is not None and adm.start >= stop:
                break
            end = stop if stop is not None and stop > adm.end else None
            offers = [
                o
                for o in offers_after(analysis, lex, adm.end, end)
                if not told(o)
                and not (o.kind == "link" and _bare_number(ctx.text[o.start : o.end]) in echoed)
                and (o.kind != "time" or _about_admission(analysis, lex, adm.end, o.start))
                and (
                    o.kind not in _ADVICE
                    or not _answers_another(analysis, lex, adm.end, o.start, asks_more_than_one=several)
                )
            ]
            if helpful(offers):
                continue
            phrase = ctx.text[adm.start : adm.end]
            if offers:
                yield Hit(
                    "no-timeframe",
                    adm.start,
                    adm.end,
                    {"phrase": phrase},
                    suggestion=tr(
                        ctx.language, 'Say by when you will get back, e.g. "I\'ll check and write to you by Friday."'
                    ),
                )
            else:
                yield Hit(
                    "nothing-offered",
                    adm.start,
                    adm.end,
                    {"phrase": phrase},
                    suggestion=tr(
                        ctx.language, "Add what you can: a best guess, a link, who knows, or when you will find out."
                    ),
                )
            # Every later admission has a subset of this one's "after", so it would only repeat the finding.
            return


def _numbers_in(text: str) -> frozenset[str]:
    """The digits of every phone-like number in the customer's message that the message does not call a phone:
    said back in the reply («колодки Toyota 04466-42060»), such a number is the customer's own part or order
    number, not a phone the agent offers; the customer's own phone («Мій телефон 067 123 45 67») said back is one
    the agent will call."""
    return frozenset(
        _digits(m.group(0))
        for m in PHONE.finditer(text)
        if not _PHONE_WORDS.search(text, max(0, m.start() - PHONE_WORDS_REACH), m.start())
    )


PHONE_WORDS_REACH = 30
"""Characters before a number in which the customer calls it a phone ("my number is", «мой телефон»)."""
_PHONE_WORDS = re.compile(
    r"(?:phone|mobile|number\s+is|call|ring|whatsapp|viber|telegram|тел|моб|звон|дзвон|номер\s+телефон)", re.IGNORECASE
)


def _bare_number(text: str) -> str:
    """The digits of a number offered as a phone; none for a link or an address, which say more than a number."""
    return "" if any(ch.isalpha() or ch in "/@." for ch in text) else _digits(text)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


TOPIC_WORD = 4
"""Letters a word needs to say what a sentence is about (shorter ones are "the", "its", "для", "є")."""


def _about_admission(analysis: Analysis, lex: partial[Lexicon], admitted: int, at: int) -> bool:
    """Whether a time at `at` is about what the admission ending at `admitted` says is unknown.

    A time in the next sentence continues the admission ("Our supplier confirms on Monday."), unless that
    sentence opens with a yes or no: it answers another of the customer's questions ("Yes, we deliver on
    Saturdays between 8am and 1pm"). A time further on counts only in a sentence that shares a word with the
    admission's (the same product, the same delivery); a promise with a time is judged on its own.
    """
    own, sent = sentence_at(analysis, max(admitted - 1, 0)), sentence_at(analysis, at)
    if own is None or sent is None:
        return True
    starts = analysis.memo(_sentence_starts)
    gap = bisect.bisect_right(starts, sent.start_char) - bisect.bisect_right(starts, own.start_char)
    if gap > 1:
        return _share_a_topic(analysis, own, sent)
    return not _opens_with_an_answer(analysis, lex, sent)


_ADVICE = frozenset({"guess", "suggestion"})
"""Offers that are words of advice ("you can collect it from our shop", "probably"), which a yes or a no opening
their sentence ties to another question."""


def _answers_another(
    analysis: Analysis, lex: partial[Lexicon], admitted: int, at: int, *, asks_more_than_one: bool
) -> bool:
    """Whether the offer at `at` stands in a later sentence than the admission's that opens with a yes or a no and
    shares no word with it, in a reply to a letter that asks more than one thing: that sentence answers another of
    the customer's questions ("I don't know when the tea is back. Yes, you can collect from our shop"), and its advice
    is about that, not about what is unknown."""
    if not asks_more_than_one:
        return False
    own, sent = sentence_at(analysis, max(admitted - 1, 0)), sentence_at(analysis, at)
    if own is None or sent is None or sent.start_char <= own.start_char:
        return False
    if not _opens_with_an_answer(analysis, lex, sent):
        return False
    # "I don't know when the oak desk will be restocked. Yes, the oak desk is coming back, probably in June": a yes
    # that says back the admission's words is still about it
    return not _share_a_topic(analysis, own, sent)


def _share_a_topic(analysis: Analysis, own: Span, sent: Span) -> bool:
    """Whether two sentences share a word of `TOPIC_WORD` letters or more (perf: each sentence's words memoised, as
    every offer after an admission compares with the admission's sentence)."""
    own_topic = analysis.memo(_topic, own.start_char, own.end_char)
    return bool(own_topic & analysis.memo(_topic, sent.start_char, sent.end_char))


def _opens_with_an_answer(analysis: Analysis, lex: partial[Lexicon], sent: Span) -> bool:
    """Whether the sentence opens with a yes or a no (`other_answer_openers`)."""
    k = bisect.bisect_left(analysis.word_starts, sent.start_char)
    if k == len(analysis.word_starts):
        return False
    first = analysis.word_starts[k]
    opener = next(iter(lex("other_answer_openers").find(analysis, first, sent.end_char)), None)
    return opener is not None and opener.start == first


def _sentence_starts(analysis: Analysis) -> list[int]:
    return [sent.start_char for sent in analysis.sentences]


def _topic(analysis: Analysis, start: int, end: int) -> frozenset[str]:
    """The lemmas of a sentence's longer words: what it is about."""
    starts, lemmas, texts = analysis.token_starts, analysis.lemma_sets, analysis.table.texts
    out: set[str] = set()
    for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        if len(texts[i]) >= TOPIC_WORD and texts[i].isalpha():
            out |= lemmas[i]
    return frozenset(out)
