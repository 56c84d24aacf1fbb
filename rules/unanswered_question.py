"""The unanswered-question rule."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from replylint.i18n import N_, tr
from replylint.lexicon import Match, read_entries
from replylint.model import Lang, Severity
from replylint.nlp import Analysis, lemmatizer, pipeline
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import (
    NAME_WEIGHT,
    Bag,
    LexiconSource,
    Term,
    admissions,
    bag_of,
    content_terms,
    coverage,
    find_links,
    find_money,
    find_numbers,
    find_times,
    imperatives,
    is_word,
    names_in,
    paragraph_bounds,
    past_tense,
    plan_times,
    sentence_at,
    stop_words,
    tokens_in,
    topic_lexicons,
    topics_by_token,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUESTION_KINDS = ("when", "how-much", "where", "status", "compare", "why", "which", "how", "yes-no")
"""Question types with a lexicon of question words each (`question_<type>`, "how-much" as `question_howmuch`)."""

_TYPED = frozenset({"when", "how-much", "where"})
"""Types whose answer has a recognisable shape (a time, an amount, a place): talking about the subject without
giving that shape does not answer them ("Next-day delivery is available..." does not say what it costs)."""

SUGGESTIONS = {
    "when": N_("Give a date or time (\"on Thursday, 14 November\"), or say when you will know."),
    "how-much": N_("Give the amount (\"£25\", \"free\"), or say when you will know."),
    "where": N_("Give the place, link or tracking number, or say when you will know."),
    "yes-no": N_("Start with a clear yes or no, then the details."),
}
DEFAULT_SUGGESTION = N_("Answer it, or say honestly that you don't know yet and when you will.")
MAX_QUOTE = 80


@dataclass(frozen=True, slots=True)
class Question:
    """One question from the customer's message: where it is there, its type, and the words it is about."""

    text: str
    start: int
    end: int
    kind: str
    terms: tuple[Term, ...]
    asks_time: bool
    """It names a time itself ("Will it come before the 20th?"), so a date answers it whatever its type."""
    about_money: bool
    borrowed: bool = False
    """Its words are the sentence before ("Почему так получилось?"): they name the subject, not the answer."""
    words: frozenset[str] = frozenset()
    """Every word of the question, lower-cased: names the reply repeats from it answer nothing."""
    context: tuple[Term, ...] = ()
    """Key words of the question before, when this one points back to it ("І чи можна замовити його...?")."""
    seeks_advice: bool = False
    """It asks for a judgement ("Is it worth it?", "Стоит ли брать?"), which advice on the subject answers."""

    @property
    def key_terms(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.weight >= NAME_WEIGHT)


@dataclass
class _Reply:
    """The reply cut into sentences and paragraphs, with every kind of answer evidence located once."""

    analysis: Analysis
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    bags: list[Bag]
    whole: Bag
    times: list[int]
    amounts: list[int]
    numbers: list[int]
    links: list[int]
    places: list[int]
    when_markers: list[int]
    reasons: list[int]
    yes_no_lead: list[int]
    """Sentences (by index) that open with a bare yes or no: "Yes,", "We do:", "Не зовсім."."""
    yes_no_inline: list[int]
    steps: list[int]
    """Sentences with instructions or the shop's next action: what answers "how"."""
    names: list[set[str]]
    """Per sentence, the names and codes in it ("Medium", "«Порселейн»", "01", "UPS"), lower-cased."""
    echoes: dict[int, Bag]
    """Sentences that open with one word and a stop ("Доставляем:", "Підійде.", "Fits!"), by that word."""
    advice: list[int]
    """Sentences that recommend: "the Lite is the better value", "краще прати вручну"."""
    past: list[int]
    """Sentences telling what happened (a verb in the past tense)."""
    polar: list[int]
    """Sentences that take a position: a not, a can, a will."""
    honest: list[int]
    """Sentences that admit not knowing yet or promise to find out."""
    _range_starts: dict[int, tuple[list[tuple[int, int]], list[int]]] = field(default_factory=dict, repr=False)
    _paragraph_index: list[int] = field(default_factory=list, repr=False)

    def related(self, q: Question, *, context: bool = True) -> set[int]:
        """Sentences that share a subject with the question (a key word, or a word of the same topic); with
        `context`, also those on the subject of the question it points back to."""
        key = q.key_terms + (q.context if context else ())
        return {i for i, bag in enumerate(self.bags) if any(bag.score(t) > 0 for t in key)}

    def linked(self, q: Question) -> set[int]:
        """Sentences that use one of the question's own key words (not merely its topic)."""
        key = q.key_terms
        return {i for i, bag in enumerate(self.bags) if any(bag.has(t) for t in key)}

    def sentence_index(self, char: int) -> int:
        # perf: by bisection over the (ordered, disjoint) sentences; a scan per call was quadratic
        starts = self._starts(self.sentences)
        i = bisect.bisect_right(starts, char) - 1
        if i >= 0 and char < self.sentences[i][1]:
            return i
        return len(self.sentences) - 1

    def paragraph_of(self, sentence: int) -> int:
        # perf: every sentence's paragraph found once, by bisection; _answered asks for every sentence per
        # question, and a scan per call was quadratic in a long reply (30,000 characters of "Ok.\n\n" took 31 s)
        if len(self._paragraph_index) != len(self.sentences):
            starts = self._starts(self.paragraphs)
            index = []
            for start, _ in self.sentences:
                i = bisect.bisect_right(starts, start) - 1
                index.append(i if i >= 0 and start < self.paragraphs[i][1] else -1)
            self._paragraph_index = index
        return self._paragraph_index[sentence]

    def _starts(self, ranges: list[tuple[int, int]]) -> list[int]:
        cache = self._range_starts
        found = cache.get(id(ranges))
        if found is None or found[0] is not ranges:
            found = (ranges, [s for s, _ in ranges])
            cache[id(ranges)] = found
        return found[1]


@dataclass(frozen=True)
class _Markup:
    """Where the customer's message has question words, openers, formulas and topic words, found once."""

    kinds: list[tuple[str, Match]]
    starts: frozenset[int]
    indirect: list[Match]
    rhetorical: list[Match]
    joiners: frozenset[int]
    money: list[Match]
    generic: frozenset[int]
    skipped: frozenset[int]
    topics: dict[int, frozenset[str]]
    stops: frozenset[str]
    back_refs: frozenset[int]
    advice: list[Match]
    kind_index: tuple[list[int], list[tuple[int, int, str, Match]]] = ([], [])
    """`kinds` as (first token, position in `kinds`, kind, match) sorted by first token, with the first tokens
    alone for bisection: a question's own question words are found without a scan of the whole message."""

    def kinds_between(self, lo: int, hi: int) -> list[tuple[str, Match]]:
        """The entries of `kinds` whose match starts at a token in [lo, hi), in their order in `kinds`."""
        keys, entries = self.kind_index
        found = entries[bisect.bisect_left(keys, lo) : bisect.bisect_left(keys, hi)]
        return [(kind, m) for _, _, kind, m in sorted(found, key=operator.itemgetter(1))]

    @classmethod
    def of(cls, analysis: Analysis, lex: LexiconSource) -> _Markup:
        kinds: list[tuple[str, Match]] = []
        for kind in QUESTION_KINDS:
            kinds += [(kind, m) for m in lex("question_" + kind.replace("-", "")).find(analysis)]
        indirect = list(lex("question_indirect").find(analysis))

        def tokens(name: str) -> frozenset[int]:
            return frozenset(i for m in lex(name).find(analysis) for i in range(m.first_token, m.last_token + 1))

        return cls(
            kinds=kinds,
            starts=frozenset(m.first_token for _, m in kinds) | frozenset(m.first_token for m in indirect),
            indirect=indirect,
            rhetorical=list(lex("question_rhetorical").find(analysis)),
            joiners=frozenset(m.first_token for m in lex("question_joiners").find(analysis)),
            money=list(lex("question_money").find(analysis)),
            generic=tokens("question_generic"),
            skipped=tokens("question_skip"),
            topics=topics_by_token(analysis, topic_lexicons(lex)),
            stops=stop_words(analysis.lang),
            back_refs=tokens("question_back_refs"),
            advice=list(lex("question_advice").find(analysis)),
            kind_index=_kind_index(kinds),
        )

    def opener_at(self, words: Sequence[Token]) -> Match | None:
        """An indirect-question opener ("Подскажите", "I'd like to know") among the first words of a clause."""
        first = {w.i for w in words[:4]}
        return next((m for m in self.indirect if m.first_token in first), None)


def _kind_index(kinds: list[tuple[str, Match]]) -> tuple[list[int], list[tuple[int, int, str, Match]]]:
    entries = sorted(((m.first_token, n, kind, m) for n, (kind, m) in enumerate(kinds)), key=operator.itemgetter(0, 1))
    return [e[0] for e in entries], entries


class UnansweredQuestion(Rule):
    """Answer every question the customer asked.

    A customer who asks two things and gets an answer to one has to write again, and the second reply is
    slower and more annoyed. The rule reads the customer's message (given, or recovered from the reply's
    quote), finds the questions in it (sentences ending in "?" and indirect ones like "Подскажите, когда...",
    "Цікавить, чи...", "I'd like to know whether..."), and checks that the reply addresses each one: a date for
    "when", an amount for "how much", a place, link or tracking number for "where", a yes or no for a yes/no
    question, or the same subject in other words. Saying honestly that you don't know yet counts as an answer
    (the honest-unknown rule then checks that you offer a next step). Pleasantries ("How are you?") and
    rhetorical questions ("Неужели так сложно?") are not questions. Without the customer's message the rule
    has nothing to check.
    """

    id = "unanswered-question"
    tags = ("content",)
    severity = Severity.ERROR
    messages = {
        "unanswered": "The customer asked \"{question}\" and the reply does not answer it.",
    }
    examples = (
        bad("en", "Hi Beth,\n\nYour order 40017 will be delivered on Thursday, 12 June, between 8am and 6pm.\n\n"
            "Kind regards,\nRuth",
            "unanswered",
            original="Hi,\n\nWhen will my order 40017 arrive, and can I change the delivery address to my office?\n\n"
                     "Beth"),
        bad("en", "Hi Oscar,\n\nNext-day delivery is available for the Pulse speaker on orders placed before 2pm.\n\n"
            "Kind regards,\nAisha",
            "unanswered",
            original="Hello,\n\nI'd like to know how much next-day delivery costs for the Pulse speaker.\n\nOscar",
            note="the subject is there, the price is not"),
        good("en", "Hi Anna,\n\nThe courier will bring it on Thursday, 15 May, between 9am and 1pm.\n\nKind regards,\n"
             "Marta",
             original="Hi,\n\nI ordered the Pulse mini speaker on Monday. When will it arrive?\n\nThanks,\nAnna",
             note="answered with a weekday, without repeating 'arrive'"),
        good("en", "Hi Ollie,\n\nWe do: the green Fjord boots are in stock in size 41.\n\nBest regards,\nAnders",
             original="Hi there, hope you're having a good week?\n\nDo you have the Fjord boots in green, size 41?"
                      "\n\nOllie",
             note="the pleasantry needs no answer"),
        good("en", "Hi Tilly,\n\nI can't give you a date yet, but I'll email you by Friday with an update.\n\n"
             "Kind regards,\nAnders",
             original="When will the Fjord boots be back in size 38?\n\nTilly",
             note="an honest 'not yet' counts"),
        bad("ru", "Ольга, здравствуйте!\n\nКомод «Сканди» привезём в четверг, 14 ноября, с 12:00 до 16:00.\n\n"
            "С уважением,\nИгорь",
            "unanswered",
            original="Здравствуйте! Когда привезут комод? И сколько будет стоить подъём на 7 этаж без лифта?\n\nОльга"),
        good("ru", "Тимур, здравствуйте!\n\nУ водителя будет терминал, так что оплатить холодильник картой при "
             "получении получится.\n\nС уважением,\nКирилл",
             original="Здравствуйте, можно ли будет расплатиться картой, когда привезут холодильник?\nТимур",
             note="yes/no answered in other words"),
        good("ru", "Георгий, здравствуйте!\n\nЗамену отправим завтра за наш счёт.\n\nС уважением,\nВиктория",
             original="Кружка разбилась. Неужели так сложно нормально упаковать? Как мне получить замену?\nГеоргий",
             note="the rhetorical question needs no answer"),
        bad("uk", "Вітаю, Богдано!\n\nДоставка до Луцька займає 1–2 дні.\n\nЗ повагою,\nЯрина",
            "unanswered",
            original="Вітаю! Підкажіть, будь ласка, чи підійде чохол Spigen до iPhone 13. І скільки йде доставка до "
                     "Луцька?\nБогдана",
            note="an indirect question without '?'"),
        good("uk", "Вітаю, Костянтине!\n\nПосилка зараз на сортувальному терміналі в Дніпрі, а завтра надійде у "
             "Ваше відділення №21.\n\nЗ повагою,\nАлла",
             original="Підкажіть, де зараз моя посилка? ТТН 20450977889900.\nКостянтин"),
        good("uk", "Добрий день, Людмило!\n\nТак, подушки «Хмара» є в наявності, 790 грн за штуку.\n\nЗ повагою,\n"
             "Іванна",
             original="Добрий день! Як ваші справи? Чи можна замовити ще дві такі самі подушки?\nЛюдмила"),
        good("uk", "Добрий день, Олено!\n\nВаше замовлення відправлено сьогодні, номер для відстеження надішлемо в "
             "SMS.\n\nЗ повагою,\nМарина", original="Где мой заказ?\nЕлена",
             note="a Russian question answered in Ukrainian: «замовлення» is the customer's «заказ»"),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        orig = ctx.original_analysis
        if orig is None or not ctx.text.strip():
            return
        orig_lang: Lang = ctx.original_language or ctx.language
        questions = self.questions(orig, partial(self.lexicon, lang=orig_lang))
        if not questions:
            return
        reply = self._reply(ctx.analysis, partial(self.lexicon, lang=ctx.language))
        if orig_lang != ctx.language:
            questions = _across_languages(questions, reply, orig_lang, ctx.language, self.lexicon_path())
        single = len(questions) == 1
        related = [reply.related(q) for q in questions]
        # perf: the reply sentences related to some *other* question, from counts rather than a union of all the
        # other sets per question, which was quadratic in the number of questions (5,000 "When?" took 12 s).
        counts = Counter(i for r in related for i in r)
        everything = set(counts)
        inline = _inline_answers(ctx.text)
        for n, q in enumerate(questions):
            others = everything - {i for i in related[n] if counts[i] == 1}
            if self._answered(q, reply, single, related[n], others) or self._answered_inline(q, inline, ctx):
                continue
            quoted = q.text if len(q.text) <= MAX_QUOTE else q.text[: MAX_QUOTE - 1].rstrip() + "…"
            yield Hit("unanswered", 0, 0, {"question": quoted, "question_type": q.kind, "full_question": q.text},
                      suggestion=tr(ctx.language, SUGGESTIONS.get(q.kind, DEFAULT_SUGGESTION)))

    # ----------------------------------------------------------------------------------------------------------
    # The customer's questions
    # ----------------------------------------------------------------------------------------------------------

    def questions(self, analysis: Analysis, lex: LexiconSource) -> list[Question]:
        """The questions in the customer's message, one per clause that asks something."""
        mk = _Markup.of(analysis, lex)
        doc = analysis.doc
        out: list[Question] = []
        previous: tuple[int, int] | None = None
        for sent in analysis.sentences:
            words = [t for t in sent if is_word(t)]
            if not words or _quoted_line(analysis.text, sent.start_char):
                continue
            context, previous = previous, (sent.start_char, sent.end_char)
            asks = _ends_with_question_mark(sent)
            opener = mk.opener_at(words)
            if not asks and opener is None:
                continue
            if any(m.first_token == words[0].i for m in mk.rhetorical):
                continue
            first = opener.first_token if opener is not None and not asks else sent.start
            bounds = [first]
            for w in words[1:]:
                # "..., and can I change the address?" / "; how much is it?": a second question starts here.
                joined = w.i in mk.joiners and _next_word(doc, w.i) in mk.starts
                after_semicolon = doc[w.i - 1].text == ";" and w.i in mk.starts
                if w.i > first and (joined or after_semicolon):
                    bounds.append(w.i)
            bounds.append(sent.end)
            for n, (lo, hi) in enumerate(itertools.pairwise(bounds)):
                q = self._question(analysis, mk, lo, hi, context)
                if q is None:
                    continue
                # "Коли будуть знижки і які товари братимуть участь?", "...and can I pay for it on delivery?":
                # a question joined to the one before, or pointing back to it, shares its subject.
                joined = n > 0
                if out and not q.borrowed and (joined or any(lo <= i < hi for i in mk.back_refs)):
                    q = dataclasses.replace(q, context=out[-1].key_terms)
                out.append(q)
        return out

    def _question(self, analysis: Analysis, mk: _Markup, lo: int, hi: int,
                  context: tuple[int, int] | None) -> Question | None:
        doc = analysis.doc
        last = hi - 1
        while last > lo and (doc[last].is_space or (doc[last].is_punct and doc[last].text != "?")):
            last -= 1
        span_start, span_end = doc[lo].idx, doc[last].idx + len(doc[last].text)
        words = [t for t in doc[lo:hi] if is_word(t)]
        opener = mk.opener_at(words)
        skip = set(mk.skipped)
        if opener is not None:
            skip |= set(range(opener.first_token, opener.last_token + 1))
        formula = any(t.i in mk.skipped for t in words) or opener is not None
        if not words or (formula and all(t.i in skip for t in words if t.lower_ not in mk.stops)):
            return None  # "How are you?", "Can you help?", "Расскажите подробнее.": formulas, not questions
        inside = [(k, m) for k, m in mk.kinds_between(lo, hi) if m.first_token not in skip]
        kind = "yes-no"
        if inside:
            # A wh-word beats the yes/no frame around it ("Could you tell me when...", "Is it possible to know
            # where..."), and a bare "what"/"что" is the weakest wh-word ("What are the opening hours?").
            inside.sort(key=lambda km: (_tier(km[0], km[1]), km[1].first_token,
                                        -(km[1].last_token - km[1].first_token)))
            kind = inside[0][0]
            for k, m in inside:
                # "статус" names the subject of "де подивитися статус?"; question words proper say nothing.
                # In "* ли" the word before "ли" is the subject ("доставляете ли"), only "ли" is grammar.
                if k != "status" or m is inside[0][1]:
                    first = m.first_token + 1 if m.phrase.startswith("*") else m.first_token
                    skip |= set(range(first, m.last_token + 1))
        condition = _condition_tokens(analysis, span_start, span_end)
        terms = content_terms(analysis, span_start, span_end, skip=skip | condition, generic=mk.generic,
                              topics=mk.topics)
        if condition and not terms:
            terms = content_terms(analysis, span_start, span_end, skip=skip, generic=mk.generic, topics=mk.topics)
        borrowed = False
        if kind not in _TYPED and not any(t.weight >= NAME_WEIGHT for t in terms) and not (kind == "status" and terms):
            # "Почему так получилось?", "What happened?": the subject is the sentence before.
            if context is None:
                return None
            terms = content_terms(analysis, context[0], context[1], skip=skip, generic=mk.generic,
                                  topics=mk.topics)
            if not any(t.weight >= NAME_WEIGHT for t in terms):
                return None
            borrowed = True
        text = analysis.text[span_start:span_end].strip()
        asks_time = bool(find_times(text, analysis.lang))
        about_money = any(span_start <= m.start < span_end for m in mk.money)
        seeks_advice = any(span_start <= m.start < span_end for m in mk.advice)
        return Question(text, span_start, span_end, kind, tuple(terms), asks_time, about_money, borrowed,
                        frozenset(t.lower_ for t in words), seeks_advice=seeks_advice)

    # ----------------------------------------------------------------------------------------------------------
    # The reply's evidence
    # ----------------------------------------------------------------------------------------------------------

    def _reply(self, analysis: Analysis, lex: LexiconSource) -> _Reply:
        text = analysis.text
        sentences = [(s.start_char, s.end_char) for s in analysis.sentences]
        topics = topics_by_token(analysis, topic_lexicons(lex))
        reply = _Reply(
            analysis=analysis,
            sentences=sentences,
            paragraphs=paragraph_bounds(text),
            bags=[bag_of(analysis, s, e, topics) for s, e in sentences],
            whole=bag_of(analysis, 0, len(text), topics),
            times=[], amounts=[], numbers=[], links=[], places=[], when_markers=[], reasons=[],
            yes_no_lead=[], yes_no_inline=[], steps=[], names=[names_in(analysis, s, e) for s, e in sentences],
            echoes=_echoes(analysis, sentences), advice=[], past=[], polar=[], honest=[],
        )
        at = reply.sentence_index
        reply.times = sorted({at(f.start) for f in plan_times(analysis, lex)})
        reply.amounts = sorted({at(f.start) for f in find_money(text)}
                               | {at(m.start) for m in lex("answer_free").find(analysis)})
        reply.numbers = sorted({at(f.start) for f in find_numbers(text, analysis.lang)})
        reply.links = sorted({at(f.start) for f in find_links(text)})
        reply.places = sorted({at(m.start) for m in lex("answer_places").find(analysis)})
        reply.polar = sorted({at(m.start) for m in lex("answer_polarity").find(analysis)})
        reply.past = sorted({at(analysis.doc[i].idx) for i in past_tense(analysis)})
        reply.advice = sorted({at(m.start) for m in lex("answer_advice").find(analysis)})
        reply.when_markers = sorted({at(m.start) for m in lex("answer_when").find(analysis)})
        reply.reasons = sorted({at(m.start) for m in lex("answer_because").find(analysis)})
        reply.yes_no_lead = sorted({at(m.start) for m in lex("answer_yesno").find(analysis) if _leads(analysis, m)}
                                   | {at(m.start) for m in lex("answer_yes_bare").find(analysis)
                                      if _leads(analysis, m, bare=True)})
        reply.yes_no_inline = sorted({at(m.start) for m in lex("answer_yesno_inline").find(analysis)
                                      if not _leads(analysis, m)})  # an opening "Yes," is a lead, kept above
        courtesy = {i for m in lex("answer_not_steps").find(analysis) for i in range(m.first_token, m.last_token + 1)}
        reply.steps = sorted({at(m.start) for m in lex("answer_steps").find(analysis)}
                             | {at(analysis.doc[i].idx) for i in imperatives(analysis) if i not in courtesy})
        reply.honest = sorted({at(a.start) for a in admissions(analysis, lex)}
                              | {at(m.start) for m in lex("unknown_promises").find(analysis)})
        # "> Can I swap the jacket?" lines repeat the customer's words; they are not the agent's answer.
        quoted = {i for i, (start, _) in enumerate(sentences) if _quoted_line(text, start)}
        if quoted:
            whole = Bag()
            for i, bag in enumerate(reply.bags):
                if i in quoted:
                    reply.bags[i] = Bag()
                    reply.names[i] = set()
                else:
                    whole.add(bag.lemmas)
                    whole.topics |= bag.topics
            reply.whole = whole
            for name in ("times", "amounts", "numbers", "links", "places", "when_markers", "reasons", "yes_no_lead",
                         "yes_no_inline", "steps", "advice", "past", "polar", "honest"):
                setattr(reply, name, [i for i in getattr(reply, name) if i not in quoted])
        return reply

    # ----------------------------------------------------------------------------------------------------------
    # Is it answered?
    # ----------------------------------------------------------------------------------------------------------

    def _answered_inline(self, q: Question, pairs: list[tuple[str, str]], ctx: RuleContext) -> bool:
        """A reply written between the customer's quoted lines: the text right under the quoted question is its
        answer, judged on its own by the same tests ("Thanks for asking!" under it answers nothing)."""
        wanted = " ".join(_WORDS.findall(q.text.casefold()))
        if len(wanted) < 8:
            return False
        for quoted, answer in pairs:
            if wanted in " ".join(_WORDS.findall(quoted.casefold())):
                sub = self._reply(pipeline(ctx.language).analyse(answer), partial(self.lexicon, lang=ctx.language))
                if self._answered(q, sub, True, sub.related(q), set()):
                    return True
        return False

    def _answered(self, q: Question, reply: _Reply, single: bool, related: set[int], others: set[int]) -> bool:
        n = len(reply.sentences)
        # With one question, or one whose words are all generic ("When will it come?"), the whole reply is its
        # answer. Otherwise the sentences that share its subject are; and when none does ("куда обращаться?"
        # answered by "Обратиться можно в сервисный центр"), the sentences no other question lays claim to,
        # so one question's answer never covers another question's silence.
        if single or not q.key_terms:
            scope = set(range(n))
        elif related:
            scope = set(related)
        else:
            scope = set(range(n)) - others
        paras = {reply.paragraph_of(i) for i in scope}
        in_paras = {i for i in range(n) if reply.paragraph_of(i) in paras and (i in scope or i not in others)}

        # Weak evidence (a word like "already", "shop", "просто") only counts where the question's subject is, or
        # in the sentences left over by the other questions; a reply to a single question that never touches its
        # subject does not answer it with a stray "магазин".
        if not q.key_terms:
            near = set(range(n))
        elif related or single:
            near = related
        else:
            near = scope

        if any(i in scope for i in reply.honest):
            return True
        if q.asks_time and any(i in in_paras for i in reply.times):
            return True
        if q.kind == "when":
            return any(i in in_paras for i in reply.times) or any(i in near for i in reply.when_markers)
        if q.kind == "how-much":
            evidence = reply.amounts if q.about_money else reply.amounts + reply.numbers
            return any(i in in_paras for i in evidence)
        if q.kind == "where":
            return any(i in in_paras for i in reply.links) or any(i in near for i in reply.places)
        if q.kind == "status":
            # "ГДЕ МОЙ ЗАКАЗ 80412???": any sentence about the thing, even by its number, tells how it stands.
            return bool(related) or any(any(bag.has(t) for t in q.terms) for bag in reply.bags)
        linked = reply.linked(q)
        # The paragraphs that use the question's words: "I'd order the 39. The Fjord runs small" takes a position
        # in the sentence before the one naming the boots.
        linked_paras = {reply.paragraph_of(i) for i in linked}
        near_linked = {i for i in range(n) if reply.paragraph_of(i) in linked_paras and (i in linked or single)}
        own = reply.related(q, context=False)
        if q.kind == "which" and any(reply.names[i] - q.words for i in own | near_linked | (set() if own else related)):
            return True  # "Most beagles wear a Medium", "оттенок 01 «Порселейн»": the reply names the choice
        # Advice answers "should I", "is it worth it", "which one", "how do I look after it".
        # A question with words of its own is advised on only where those words are; the subject it points back
        # to ("обменять его" -> the jacket) is the previous question's, and advice there answers that one.
        # Advice answers a question that asks for a judgement, about its subject or the one it points back to.
        # Other questions need their own words there, or a sentence on their subject that no other question
        # claims: advice on the size (the other question) does not say whether an exchange is possible.
        advised = (related | near_linked if q.seeks_advice or not q.key_terms
                   else near_linked | {i for i in related if i not in others})
        if q.kind in ("yes-no", "which", "how") and any(i in advised for i in reply.advice):
            return True
        if q.kind == "yes-no":
            # "Has it been dispatched?" - "It left our warehouse yesterday.": the state of things, with a time,
            # in a sentence about (most of) what was asked.
            if any(i in related and _share(q.key_terms, reply.bags[i]) >= COVERED_SHARE for i in reply.times):
                return True
            # A bare "Yes," / "Так." answers this question if it sits in a sentence about its subject, or opens
            # the paragraph whose next sentence is ("Yes, it will. The bookcase is in stock..."), or there is only
            # one question. Said about another question's subject, it answers that one; only a question with no
            # subject of its own ("Is it made in the UK?") takes the one it points back to.
            related = own
            if any(single or i in related
                   or (i + 1 in related and i not in others and reply.paragraph_of(i) == reply.paragraph_of(i + 1))
                   for i in reply.yes_no_lead):
                return True
            # "А доставляете ли вы в Казахстан?" - "Доставляем: ...": the question's own verb, said back.
            if any(bag.has(t) for bag in reply.echoes.values() for t in q.key_terms):
                return True
            # "...so paying by card on delivery will work": mid-sentence, it must use the question's own words
            # (a "you can" in the answer to the question before says nothing about this one).
            if any(i in linked for i in reply.yes_no_inline):
                return True
        # A reason given ("because", "бо") or what happened told ("на складі переплутали артикули").
        if q.kind == "why" and (any(i in in_paras for i in reply.reasons) or any(i in near_linked for i in reply.past)):
            return True
        if q.kind == "how" and any(i in in_paras for i in reply.steps):
            return True
        if q.borrowed:
            return False  # its words are the customer's story; repeating them answers nothing
        return _covers(q, reply, near_linked)


_WORDS = re.compile(r"\w+")


def _inline_answers(text: str) -> list[tuple[str, str]]:
    """(quoted block, the agent's text under it) pairs of a reply written between the customer's quoted lines."""
    pairs: list[tuple[str, str]] = []
    quoted: list[str] = []
    answer: list[str] = []
    for line in [*text.splitlines(), ">"]:
        if line.lstrip().startswith(">"):
            if quoted and answer:
                pairs.append((" ".join(quoted), " ".join(answer)))
                quoted, answer = [], []
            elif answer:
                answer = []
            quoted.append(line.lstrip().lstrip(">").strip())
        elif quoted and not line.strip() and answer:
            pairs.append((" ".join(quoted), " ".join(answer)))  # the first paragraph under the quote answers it
            quoted, answer = [], []
        elif line.strip() and quoted:
            answer.append(line.strip())
    return pairs


_CONDITIONS = frozenset({"если", "ежели", "якщо", "if", "unless"})


def _condition_tokens(analysis: Analysis, start: int, end: int) -> set[int]:
    """Tokens of a trailing condition: "можно ли обменять, если не подойдёт?" asks about exchanging.

    The condition's words ("подойдёт") name the circumstance, not what is asked, so a reply that uses them (about
    the size) has not answered the question (about the exchange).
    """
    out: set[int] = set()
    tokens = analysis.tokens
    i = bisect.bisect_left(analysis.token_starts, start)
    prev = ""
    while i < len(tokens) and tokens[i].idx < end:
        tok = tokens[i]
        if tok.lower_ in _CONDITIONS and prev == ",":
            j = i
            while j < len(tokens) and tokens[j].idx < end and tokens[j].text not in {"?", ".", "!"}:
                out.add(j)
                j += 1
            return out
        if not tok.is_space:
            prev = tok.text
        i += 1
    return out


_CONCEPT_WORD = "\x00concept:"
"""Prefix of the pseudo-word an everyday word becomes then ("заказ" and "замовлення" are both concept:order). It
starts with a character no text keeps (clean_text drops C0 controls), so no real word shares its stem."""


def _across_languages(questions: list[Question], reply: _Reply, question_lang: Lang, reply_lang: Lang,
                      folder: Path) -> list[Question]:
    """A customer who wrote in Russian answered in Ukrainian (common in Ukraine), or in English: the reply cannot
    repeat the customer's words ("заказ" is "замовлення"). So the everyday words of the `equivalents` lists become
    pseudo-words on both sides: a translation counts as the customer's own word. A word of the same topic counts
    as it does within one language, in part: topics are broad ("отправить" and "відділення" are both delivery),
    and full credit made a reply about dispatch answer "can I pay on receipt?"."""
    reply_concepts = _equivalents(folder, reply_lang)
    for bag in [reply.whole, *reply.bags]:
        # straight into the set, not through Bag.add: pseudo-words must match exactly, never as shared stems
        bag.lemmas |= {_CONCEPT_WORD + c for lem in list(bag.lemmas) for c in reply_concepts.get(lem, ())}
    question_concepts = _equivalents(folder, question_lang)

    def widened(terms: tuple[Term, ...]) -> tuple[Term, ...]:
        out = []
        for t in terms:
            extra = {_CONCEPT_WORD + c for lem in t.lemmas for c in question_concepts.get(lem, ())}
            out.append(replace(t, lemmas=t.lemmas | extra) if extra else t)
        return tuple(out)

    return [replace(q, terms=widened(q.terms), context=widened(q.context)) for q in questions]


@cache
def _equivalents(folder: Path, lang: Lang) -> dict[str, frozenset[str]]:
    """Lemma or lower-cased form -> the concepts of `equivalents.<lang>.txt` it names."""
    lemmas = lemmatizer(lang).lemmas
    out: dict[str, set[str]] = {}
    for line in read_entries(folder / f"equivalents.{lang}.txt"):
        if ":" not in line:
            continue
        concept, words = (part.strip() for part in line.split(":", 1))
        for word in words.split():
            for form in lemmas(word) | {word.lower()}:
                out.setdefault(form, set()).add(concept)
    return {form: frozenset(concepts) for form, concepts in out.items()}


def _covers(q: Question, reply: _Reply, linked: set[int]) -> bool:
    """Whether the reply takes up the question's subject in other words.

    At least half of the question's key words (a topic word counting for less) must be there. When that half
    is a single word, usually the product's name, the reply merely mentions the thing ("Our lamps are handmade")
    unless a sentence using it also takes a position: a not, a can, a will ("цвет не уходит").
    """
    key = q.key_terms
    if not key:
        return False
    covered, total = coverage(key, reply.whole)
    if q.kind == "compare":
        # "What's the difference between the Brew Pro and the Brew Lite?": a reply about both things compares.
        return covered / total >= COVERED_SHARE and sum(1 for t in key if reply.whole.has(t)) >= 2
    # Names ("Luna backpack") are the thing asked about; the words that count are what is asked about it.
    matched = sum(1 for t in key if t.weight >= 1.0 and reply.whole.has(t))
    if matched == 0:
        return False  # only names, or only topics: "repaired" is not answered by "covered by our warranty"
    takes_position = any(i in linked for i in reply.polar)
    if covered / total >= COVERED_SHARE:
        return matched >= 2 or len(key) == 1 or takes_position
    # "Do the jeans shrink in the wash?" - "Only a little, if you wash them at 30 degrees.": fewer of the
    # question's words, but said about them with a position taken.
    return q.kind in ("yes-no", "how") and covered / total >= COVERED_SHARE_WITH_POSITION and takes_position


COVERED_SHARE = 0.5
"""Share of a question's key words the reply must use (a topic word counting for less) to be on its subject."""
COVERED_SHARE_WITH_POSITION = 0.33
"""The smaller share that will do for a yes/no or "how" question when a sentence using its words takes a
position (a not, a can, an only)."""


def _share(terms: Sequence[Term], bag: Bag) -> float:
    covered, total = coverage(terms, bag)
    return covered / total if total else 0.0


def _tier(kind: str, m: Match) -> int:
    if kind == "yes-no":
        return 2
    return 1 if kind == "which" and m.first_token == m.last_token else 0


def _ends_with_question_mark(sent: Span) -> bool:
    for tok in reversed(list(sent)):
        if tok.is_space or tok.text in {'"', "'", ")", "»", "”", "’"}:
            continue
        return "?" in tok.text
    return False


def _quoted_line(text: str, pos: int) -> bool:
    """A line of the customer's message that quotes an earlier mail ("> Would you prefer a refund?")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos + 1].lstrip().startswith(">")


def _next_word(doc: Doc, i: int) -> int:
    j = i + 1
    while j < len(doc) and (doc[j].is_space or doc[j].text == ","):
        j += 1
    return j


def _echoes(analysis: Analysis, sentences: list[tuple[int, int]]) -> dict[int, Bag]:
    out: dict[int, Bag] = {}
    for n, (start, end) in enumerate(sentences):
        words = [t for t in tokens_in(analysis, start, end) if not t.is_space]
        if len(words) >= 2 and is_word(words[0]) and words[1].text in {":", ".", "!", ",", "—", "–"}:
            bag = Bag()
            bag.add(analysis.lemma_sets[words[0].i] | {words[0].lower_})
            out[n] = bag
    return out


_LEAD_INDEX = object()
"""Key of `_lead_index` in an analysis's match cache."""


def _lead_index(analysis: Analysis) -> tuple[list[int], list[int]]:
    """Tokens that are emoji-like (not space, not punctuation, no letter or digit), and the number of words
    before each token (prefix sums over `is_word`)."""
    cache = analysis.match_cache
    hit = cache.get(id(_LEAD_INDEX))
    if hit is None or hit[0] is not _LEAD_INDEX:
        emoji: list[int] = []
        words = [0]
        for t in analysis.doc:
            if not t.is_space and not t.is_punct and not any(ch.isalnum() for ch in t.text):
                emoji.append(t.i)
            words.append(words[-1] + is_word(t))
        hit = (_LEAD_INDEX, (emoji, words))
        cache[id(_LEAD_INDEX)] = hit
    return hit[1]


def _leads(analysis: Analysis, m: Match, *, bare: bool = False) -> bool:
    """A yes/no marker that opens its sentence (after at most a short lead-in like "Unfortunately,") and is
    followed by punctuation or nothing, so "It is" in "It is one of our best sellers" is not a yes. A `bare`
    marker ("yes") must be the sentence's first word and may be followed by anything."""
    doc = analysis.doc
    # perf: sentence start, the last emoji before the marker and the word count in between come from per-text
    # indexes (bisection, prefix sums): walking back to the sentence start per marker was quadratic in a long
    # sentence (20,000 characters of "можно, " took 39 s).
    emoji, words = _lead_index(analysis)
    sent = sentence_at(analysis, m.start)
    first = sent.start if sent is not None else doc[m.first_token].sent.start
    k = bisect.bisect_left(emoji, m.first_token) - 1
    if k >= 0 and emoji[k] >= first:
        first = emoji[k] + 1  # an emoji ends a sentence as well as a full stop does: "So glad he loves it 🐶 We do:"
    lead = words[m.first_token] - words[first]
    if lead > 2 or (lead and doc[m.first_token - 1].text not in {",", ":", "—", "-", "!"}):
        return False
    if bare:
        return not lead  # "yes we're fine": the very first word, whatever follows
    j = m.last_token + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j >= len(doc) or doc[j].is_punct or doc[j].is_sent_start or doc[j].is_space
