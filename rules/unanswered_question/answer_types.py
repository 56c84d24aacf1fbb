"""Step 4 of unanswered-question: does the question's passage hold the kind of answer the question needs?

A date or time for "when", an amount for "how much", a place, link or tracking number for "where", a reason
for "why", steps for "how", a named choice for "which", a yes or no (or the question's words said back with a
position taken) for a yes/no question, and for anything else the question's subject taken up in other words.
An honest "I don't know yet" answers every type. The evidence counts only inside the question's own passage
(see `matching`): a date in the sentence about the payment does not say when the parcel comes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from replylint.languages import Lemmatizer, morphology
from replylint.memo import cached_property
from replylint.nlp import lemmatizer
from replylint_rules._answers import NUMBER_WEIGHT, Bag, Term, bag_of, coverage, find_links, prev_solid, stop_words
from replylint_rules.unanswered_question.matching import (
    EVERYWHERE,
    MONEY_TOPICS,
    UNCLAIMED,
    Claims,
    Others,
    Scope,
    near_sentences,
)
from replylint_rules.unanswered_question.passages import (
    DAY_PART,
    DEGREES_PERCENT,
    DENIALS,
    KELVINS,
    LENGTH_UNITS,
    MASS_VOLUME_UNITS,
    NEW_THING,
    POWER_UNITS,
    RESOLUTION_UNITS,
    TERM_TOPICS,
    Opener,
    Reply,
    counted_in,
    measures_in,
    sentence_of,
)
from replylint_rules.unanswered_question.questions import (
    HOW_LONG,
    IT_WORDS,
    JUDGES_THE_STORY,
    MEASURED,
    OF_THEM,
    TYPED,
    WEIGHT,
    Question,
)
from replylint_rules.unanswered_question.stems import STEM, StemIndex, any_stop_words, same_stem, share_a_stem

if TYPE_CHECKING:
    from replylint.nlp import Analysis

COVERED_SHARE = 0.5
"""Share of a question's key words the reply must use (a topic word counting for less) to be on its subject."""
COVERED_SHARE_WITH_POSITION = 0.33
"""The smaller share that will do for a yes/no or "how" question when a sentence using its words takes a
position (a not, a can, an only)."""
SHARED_WITH_POSITION = 0.34
"""The same in a sentence another question owns: more than one word in three of the question's own, since the
position there is most likely the other question's: «Збирання столу коштує 450 грн, його можна додати» answers «скільки
коштує збирання?» and names only the table of «Чи можна забрати стіл із шоуруму?»."""

WHY_NOT = {
    "when": "it gives no date or time",
    "how-much": "it gives no amount",
    "where": "it gives no place, link or tracking number",
    "yes-no": "it says neither yes nor no, and does not take up the question's words",
    "why": "it gives no reason and does not say what happened",
    "how": "it gives no steps or next action",
    "which": "it names no choice",
    "status": "it does not say how things stand",
    "compare": "it does not talk about both things",
}


@dataclass
class Judging:
    """One question against the reply: the sentences on its subject and the scopes its evidence may come from."""

    q: Question
    reply: Reply
    claims: Claims
    n: int
    single: bool
    under_quote: bool = False
    """The reply is the agent's text under the quoted question (an interleaved reply): all of it answers it."""

    @cached_property
    def related(self) -> set[int]:
        """The sentences on its subject that it covers at least as well as any other question does."""
        return self.claims.owned[self.n]

    @cached_property
    def related_all(self) -> set[int]:
        """Every sentence on its subject, whichever question covers it best."""
        return self.claims.related[self.n]

    @cached_property
    def distinct(self) -> tuple[Term, ...]:
        return self.claims.distinct(self.n)

    @cached_property
    def distinct_strict(self) -> tuple[Term, ...]:
        return self.claims.distinct(self.n, strict=True)

    @cached_property
    def others(self) -> Others:
        return self.claims.others(self.n)

    @cached_property
    def scope(self) -> Scope:
        """Where strong evidence (a date, an amount, a link) may be: with one question, or one whose words are
        all generic ("When will it come?"), the whole reply; otherwise the sentences that share its subject,
        and when none does ("куда обращаться?" answered by "Обратиться можно в сервисный центр"), the sentences
        no other question lays claim to, so one question's answer never covers another question's silence."""
        if self.single or not self.q.key_terms:
            return EVERYWHERE
        if self.related:
            return Scope(frozenset(self.related))
        return UNCLAIMED

    @cached_property
    def passage(self) -> Scope:
        """The scope widened to the unclaimed neighbours of its sentences in their paragraphs."""
        if self.scope.explicit is None:
            return self.scope
        return Scope(frozenset(near_sentences(self.reply, self.related, self.others)))

    @cached_property
    def near(self) -> Scope:
        """Where weak evidence (a word like "already", "shop", "просто") may be: where the question's subject
        is, or in the sentences left over by the other questions; a reply to a single question that never
        touches its subject does not answer it with a stray "магазин"."""
        if not self.q.key_terms:
            return EVERYWHERE
        if self.related or self.single:
            return Scope(frozenset(self.related))
        return self.scope

    @cached_property
    def linked(self) -> set[int]:
        return self.claims.linked[self.n]

    @cached_property
    def near_linked(self) -> set[int]:
        """The paragraphs that use the question's words, with one question: "I'd order the 39. The Fjord runs
        small" takes a position in the sentence before the one naming the boots."""
        return self.reply.paragraph_mates(self.linked) if self.single else set(self.linked)

    def holds(self, scope: Scope, name: str) -> bool:
        return self.claims.holds(scope, name, self.q)

    def rivals(self, i: int) -> tuple[Question, ...]:
        """The other questions owning sentence i: what many answer types ask of before taking it as this one's
        ("a dated sentence no other "when" owns"). One place for the idiom that had been written out per check."""
        questions = self.claims.questions
        return tuple(questions[m] for m in self.claims.owners.get(i, ()) if m != self.n)


def answered(j: Judging) -> bool:
    """Whether the reply answers the question, by the evidence its type needs, in its passage, or by saying
    honestly that the answer is not known yet (looked for last, perf: admissions are the costliest evidence and
    most questions are answered without them)."""
    return _answered_by_type(j) or _moot(j) or _admitted(j) or _time_not_known(j)


def _admitted(j: Judging) -> bool:
    """An admission in the question's scope, or beside it in its paragraph when it says one of the question's words
    (its number too): "I'm not certain it will be comfortable at 6'5\"" for "Is it suitable for someone who is 6'5\"?";
    «Когда снова появится белый цвет, пока не знаю» beside the cord's length admits something else."""
    if j.holds(j.scope, "honest"):
        return True
    explicit = j.passage.explicit
    if explicit is None:
        return False
    bags = j.reply.bags
    return any(any(bags[i].has(t) for t in j.q.terms) for i in explicit & j.reply.evidence("honest"))


_TIME_WORDS = re.compile(
    r"(?<!\w)(?:date|dates|day|when|timescale|сро[кч]\w*|дат[аыуе]|день|дня|число|когда|коли|термін\w*|дні|днів)(?!\w)",
    re.IGNORECASE,
)
"""The time an admission says is not known ("I can't give you a date for size 38 yet", «срок пока не знаю»); not
"time" or «время», which as often say "now" ("I can't say at this time whether...")."""


def _time_not_known(j: Judging) -> bool:
    """A "when" answered by an admission that the date is not known yet, in a sentence on its subject that another
    question covers better ("I can't give you a date for size 38 yet" beside "do you do half sizes?"): the
    admission names a date, which only a "when" asks for."""
    if j.q.kind != "when" or j.claims.kinds_asked["when"] > 1:
        return False
    reply, text = j.reply, j.reply.analysis.text
    # its own words, not a topic's: an admission about the table's oak says nothing of when the chairs come
    own = [t for t in j.q.key_terms if t.weight >= 1.0]
    honest = reply.evidence("honest") - reply.quoted
    if any(
        _TIME_WORDS.search(text, *reply.sentences[i]) is not None and any(reply.bags[i].has(t) for t in own)
        for i in j.related_all & honest
    ):
        return True
    # a "when" whose words the reply never takes up, the only one asked, takes an admission that the day is not
    # known in a sentence no question claims: «Когда можно будет забрать?» - «Точный день готовности пока не знаю»
    return not j.related_all and any(
        _TIME_WORDS.search(text, *reply.sentences[i]) is not None for i in honest & j.claims.unclaimed
    )


def _moot(j: Judging) -> bool:
    """A question its condition leaves unasked. An "if so" question after a no: "Do you ship to Norway, and if so,
    what does it cost?" - "Sorry, we don't ship outside the UK" leaves no cost to give; the no is looked for where the
    reply takes up the question before, and only where no yes opens a sentence on it. An "if not" question after
    that yes: "Do you have the jacket in blue? If not, when will it be back?" - "Yes, we have the blue jacket in
    every size" leaves no date to give."""
    if j.n == 0 or not (j.q.conditional or j.q.unless_yes):
        return False
    reply = j.reply
    before = j.claims.related[j.n - 1] - reply.quoted
    if j.q.unless_yes:
        return _yes_before(j, before)
    # a yes to the question before, anywhere on its subject, leaves this one asked ("Yes, it comes with a warranty.
    # It covers parts but not labour." still owes the warranty's term); a lead that says no («На жаль, ні: ...») is
    # the no itself
    if not before or _yes_before(j, before):
        return False
    if not before.isdisjoint(reply.evidence("denials")):
        return True
    # a regret with an "only" that leaves out the name asked about is a no too: "I'm afraid we only post within
    # Great Britain" to "Do you post to Guernsey, and if so, how much?" ("Sadly, post to Guernsey is only possible
    # by our tracked service" is a yes with a condition)
    names = [t for t in j.claims.questions[j.n - 1].key_terms if t.weight < 1.0]
    return bool(names) and any(_only_without(reply, i, names) for i in before)


def _yes_before(j: Judging, before: set[int]) -> bool:
    """Whether a yes opens one of `before`, the sentences taking up the question before this one, and is that
    question's. A yes in a sentence that says nothing of the question before and some of a question after it is that
    question's: "Do you deliver to Jersey, and if so, how much? If not, could I use my sister's address?" - "We
    don't deliver to Jersey. Yes, you can use your sister's address" still leaves no cost to give ("Yes, the
    courier can deliver to Jersey on a Saturday" names Jersey, and is the first one's yes too)."""
    reply, questions = j.reply, j.claims.questions
    later = questions[j.n + 1 :]
    return any(
        not _opens_with_no(reply, i) and not _a_later_yes(reply, i, questions[j.n - 1], later)
        for i in before & reply.evidence("yes_no_lead")
    )


_ONLY = re.compile(r"(?<!\w)(?:only|только|лишь|лише|тільки|виключно|исключительно)(?!\w)", re.IGNORECASE)


def _only_without(reply: Reply, i: int, names: Sequence[Term]) -> bool:
    """Whether sentence i is a regret with an "only" that leaves out every one of `names`: a no to the place or thing
    they name ("I'm afraid we only post within Great Britain" for Guernsey), where "Sadly, post to Guernsey is only
    possible by tracked service" names it and grants it with a condition. (`_moot` and `_only_elsewhere` ask it.)"""
    return (
        i in reply.evidence("regrets")
        and _ONLY.search(reply.analysis.text, *reply.sentences[i]) is not None
        and not any(reply.bags[i].has(t) for t in names)
    )


def _a_later_yes(reply: Reply, i: int, before: Question, later: Sequence[Question]) -> bool:
    """Whether the yes opening sentence i answers a question after the "if so" rather than the one before it: it
    says more of a later question's words and none of the names the one before gave ("Jersey"), or, with no name
    there, none of its words at all."""
    most = max((_words_in(reply, i, q) for q in later), default=0)
    if not most:
        return False
    bag = reply.bags[i]
    names = [t for t in before.key_terms if t.weight < 1.0]
    if names:
        return most > _words_in(reply, i, before) and not any(bag.has(t) for t in names)
    return not _words_in(reply, i, before)


def _words_in(reply: Reply, i: int, q: Question) -> int:
    """How many of the question's own key words sentence i uses."""
    bag = reply.bags[i]
    return sum(1 for t in q.key_terms if bag.has(t))


NO_LEAD_WORDS = 5
"""Words at a sentence's start that may hold its no («На жаль, ні», "I'm afraid not", "I'm sorry, but no"), unless
the first is a yes ("Yes, you can't miss it")."""
_YES_FIRST = frozenset({"yes", "yeah", "sure", "of", "да", "конечно", "так", "звісно", "звичайно", "авжеж"})


def _opens_with_no(reply: Reply, i: int) -> bool:
    first = reply.first_words(i, NO_LEAD_WORDS)
    return bool(first) and first[0] not in _YES_FIRST and not DENIALS.isdisjoint(first)


def _settled_first(j: Judging) -> bool | None:
    """The answers that hold whatever the question's type (True), a question only one of them answers (False when
    none did), or None to go on to its type's evidence."""
    if j.q.kind in ("yes-no", "which") and (_leans_on_the_story(j) or _picks_alternative(j)):
        return True
    if j.q.kind == "compare" and _picks_alternative(j, among=_judging_sentences(j)):
        return True  # «Что лучше взять — Sigma или Sony?» - «Советую Sigma 56mm: она резче»: one named, and why
    if _acted_on(j):
        return True
    if j.q.requests and _only_another_paper(j):
        return False  # "Could you send me the manual?" - "I've attached the delivery note for your order"
    if j.q.asks_remedy and j.q.borrowed:
        # "The zip came off. Can it be fixed?": its words are the trouble's, so telling the trouble back ("I'm so
        # sorry the zip came off") answers nothing; a way or steps (above), or a yes or a no, does
        return _yes_no_lead(j)
    if j.q.kind == "yes-no" and _status_of_the_story(j):
        return True
    if j.q.kind == "yes-no" and _judged_outright(j):
        return True
    if j.q.kind == "yes-no" and _made_for_it(j):
        return True
    if j.q.asks_time and _timed(j):
        return True
    if _only_an_alternative_answers(j):
        return False
    return None


def _answered_by_type(j: Judging) -> bool:
    first = _settled_first(j)
    if first is not None:
        return first
    if _asks_size(j.q):
        return _sized(j)
    typed = TYPED_CHECKS.get(j.q.kind)
    if typed is not None:
        return typed(j)
    if j.q.kind in ("which", "how-much") and MEASURED.search(j.q.text) and _measure_of_its_own(j):
        return True  # "What voltage does it use?" - "The Brio grinder runs on 220-240 V"
    if j.q.kind == "which":
        weight = _which_weight(j)
        if weight is not None:
            return weight
    # («Яка на нього гарантія?» - «24 місяці від виробника»: a warranty's term)
    if j.q.kind == "which" and (
        _term_told(j)
        or _choice_or_measure(j)
        or _needs_listed(j)
        or _recommended(j)
        # «Какие цвета есть у рюкзака 25 л?» - «на 25 литров выпускается в пяти цветах»: only a colour named tells one
        or (_modifier_named(j) and not _asks_named(j.q, ["colours"]))
    ):
        return True
    if j.q.kind in ("which", "yes-no") and _kind_named(j):
        return True
    if j.q.kind in ("yes-no", "which", "how") and _advised(j):
        return True
    if j.q.kind == "compare" and _advice_on_an_open_choice(j):
        return True
    if (
        j.q.kind == "which"
        and j.q.seeks_advice
        and not _alternatives(j.q.text)
        and _advice_names_one_weighed(j, j.q.words_before)
    ):
        return True  # «Яка краще для лляних речей?» after the two irons were named (before it, not in the signature)
    if j.q.kind == "yes-no" and j.q.asks_charge and _priced(j):
        return True
    if j.q.kind == "yes-no" and _yes_or_no(j):
        return True
    if j.q.kind == "why" and _explained(j):
        return True
    return _answered_otherwise(j)


def _which_weight(j: Judging) -> bool | None:
    """A "what" asking a weight ("And what does it weigh?", "what is its weight?") wants a weight, as "how much
    does it weigh?" does, so the "how much" evidence decides it and a name cannot; None to go on."""
    if j.q.about_money:
        return None
    if _WEIGH_VERB.search(j.q.text):
        return _how_much(j)  # "And what does it weigh?" asks a weight, as "how much does it weigh?" does
    if _WEIGHT_NOUN.search(j.q.text) and not _how_much(j):
        return False  # "And what is its weight?" wants a weight, as "how much does it weigh?" does
    return None


_JUDGED = (
    r"abnormal\w*|defect\w*|(?:un)?acceptable|(?:не)?нормально|ненормальн\w*|брак\w*|дефект\w*|(?:не)?допустимо"
    r"|(?:не)?припустимо|обычн\w+\s+(?:дело|явление)|звичайн\w+\s+(?:річ|справа|явище)|perfectly\s+normal"
)
_JUDGED_OUTRIGHT = re.compile(rf"(?<!\w)(?:{_JUDGED})(?!\w)", re.IGNORECASE)
"""A judgement that seldom means anything else in a reply («это ненормально», «это брак», «обычное дело», "that
isn't acceptable"): in a sentence of the agent's own that no other question owns, it takes the position a question
judging the story asks. Not «не должны», which may answer another question ("Do I pay for carrying it up?" - «Нет,
Вы ничего не должны доплачивать»), nor "fault" ("it's not your fault") or «нормальной» («для нормальной работы»)."""
_JUDGEMENT = re.compile(
    rf"(?<!\w)(?:{_JUDGED}|normal\w*|ok|okay|usual\w*|common|expected|нормальн(?:о|ый|ая|ое|ые|ий|а|е|і)|норм[аіы]|должно|має|повинно"
    r"|shouldn't|should\s+not|не\s+(?:мав|мала|мали|повин\w*|долж\w+))(?!\w)",
    re.IGNORECASE,
)
"""The judgement said back in a sentence on the question's subject ("A short delay is normal", «так и должно
быть»), or after a yes or a no that opens the sentence («Ні, кур'єр не мав так говорити»): the weaker words, which
elsewhere as often mean "has", "should arrive" or "usually", only there."""


def _judging(reply: Reply, sentences: Iterable[int]) -> set[int]:
    """The sentences among `sentences` that hold a judgement (`_JUDGEMENT`): what a question judging the story
    (`_judges_the_story`) may take from a sentence on its subject, from advice or from a position said inline."""
    text = reply.analysis.text
    return {i for i in sentences if _JUDGEMENT.search(text, *reply.sentences[i]) is not None}


def _judged_outright(j: Judging) -> bool:
    """«Это нормально?» - «Нет, это ненормально: ...»: a question judging the story, answered by a judgement whatever
    words the reply takes the story up in, in a sentence of the agent's own (not the quote under it, nor the
    signature's «Відділ браку») that no other question owns; a weaker one («Ні, кур'єр не мав так говорити») only
    after a yes or a no that opens its sentence."""
    if not _judges_the_story(j.q):
        return False
    reply = j.reply
    text = reply.analysis.text
    return any(
        i not in reply.quoted
        and (
            _NORMAL_SAID.search(text, start, end) is not None
            or (
                i not in j.others
                and (
                    _JUDGED_OUTRIGHT.search(text, start, end) is not None
                    or (i in reply.evidence("yes_no_lead") and _JUDGEMENT.search(text, start, end) is not None)
                )
            )
        )
        for i, (start, end) in enumerate(reply.sentences)
    )


_NORMAL_SAID = re.compile(
    r"(?<!\w)(?:(?:не\s+)?нормально|ненормально|(?:isn't|is\s+not|not|is|perfectly|completely)\s+normal)(?!\w)",
    re.IGNORECASE,
)
"""«Это нормально?» said back as a judgement («это ненормально», «не нормально», "that isn't normal"): the answer,
even in a sentence another question shares."""


def _judges_the_story(q: Question) -> bool:
    """Whether the question judges what the letter told («Это нормально?»), not asks leave for what the customer
    just said they want («Хочу поменять заказ на синий чайник. Это нормально?», "I'd like to swap it. Is that OK?"),
    which doing it answers."""
    if not JUDGES_THE_STORY.search(q.text):
        return False
    tokens, upto = q.told[0], q.told_from
    k = upto - 1
    while k >= 0 and tokens[k] not in {".", "!", "?"}:
        k -= 1
    k -= 1
    while k >= 0 and tokens[k] not in {".", "!", "?", "\n"}:
        if tokens[k] in _WISHED:
            return False
        k -= 1
    return True


_WISHED = frozenset(
    {"хочу", "хотела", "хотел", "хотелось", "хотим", "хочемо", "хотіла", "хотів", "хотілося", "like", "want", "wanted",
     "planning", "плануємо", "планирую", "планую", "планируем"}
)  # fmt: skip
"""Words of a wish told right before "Is that OK?" («Хочу поменять ...», "I'd like to ..."): the question asks leave."""


def _only_handed_on(j: Judging) -> bool:
    """Whether every sentence saying back one of the request's own words hands it on (a sentence near it only in
    topic, "Order 5530 is packed", takes nothing up, nor does a bare thank-you: "Thank you for your email" names
    the customer's doing, not the emailing asked)."""
    bags = j.reply.bags
    own = {i for i in j.related if any(t.weight >= 1.0 and bags[i].has(t) for t in j.q.key_terms)}
    own -= j.reply.evidence("thanks_only")
    return bool(own) and own <= j.reply.evidence("handed_on")


_SUIT_ASKED = re.compile(
    r"(?<!\w)(?:подход\w*|подойд\w*|підход\w*|підійд\w*|suit\w*|suitable|fit|fits|ok\s+for)(?!\w)", re.IGNORECASE
)
_MADE_FOR = re.compile(
    r"(?<!\w)(?:(?:разработа\w*|созда\w*|сделан\w*|предназначен\w*|розробле\w*|розроби\w*|створе\w*|створи\w*"
    r"|призначен\w*|designed|made|formulated|developed|intended|meant)\s+(?:\w+\s+)?(?:для|for))(?!\w)",
    re.IGNORECASE,
)
"""Who a thing is made for ("formulated for sensitive skin", «разработали именно для стерилизованных кошек»): a
position on whether it suits them."""


def _made_for_it(j: Judging) -> bool:
    """ "Does it suit cats after neutering?" - "The Sterilised line was developed for neutered cats": a thing said
    to be made for whom the question names (a word the question has after its "suit", found after the "for")."""
    suit = _SUIT_ASKED.search(j.q.text)
    if suit is None:
        return False
    # whom it should suit is named after the verb ("Is the serum suitable | for sensitive skin?", «Подходит ли он |
    # кошкам?»); the thing before it ("Would the cot bed | fit?") is what the reply names anyway
    whom = j.q.text[suit.end() :].lower()
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and t.text.lower() in whom]
    if not own:
        return False
    reply = j.reply
    text = reply.analysis.text
    for i in j.related_all - reply.quoted:
        start, end = reply.sentences[i]
        for m in _MADE_FOR.finditer(text, start, end):
            # whom it is made for, up to the clause's end: "made for it" names the thing, not who it suits
            stop = _CLAUSE_END.search(text, m.end(), end)
            named = bag_of(reply.analysis, m.end(), stop.start() if stop is not None else end)
            if any(named.has(t) for t in own):
                return True
    return False


_CLAUSE_END = re.compile(r"[,.;:!?()—–]")
"""Where the clause after "made for" ends: whom it is made for is named before it."""


def _answered_otherwise(j: Judging) -> bool:
    """What answers any question its type's evidence did not: instructions, or a sentence covering it. Not a
    volume, which is told in its unit or not at all (no steps and no sentence on the pot give it)."""
    if j.q.kind in ("which", "how-much") and _asks_volume(j.q):
        return False
    return _instructed(j) or _covered(j)


def _covered(j: Judging) -> bool:
    """The last resort, the question's subject taken up in other words (`covers`), for the questions whose type
    asks for nothing it can look for; the types that do ask for something get no such credit."""
    if (
        j.q.kind == "how"
        and _PROCEDURE.search(j.q.text)
        and not (j.reply.evidence("steps") or j.reply.evidence("ways"))
    ):
        return False  # "How do I reset it?" - "a reset fixes it": a reply with no step at all names the reset only
    if j.q.requests and _only_handed_on(j):
        return False  # "Could you refund the delivery charge?" - "I've passed your request about it to finance"
    if _judges_the_story(j.q) and not _judging(j.reply, j.related_all):
        return False  # "Is that normal for a new machine?": the machine named back says nothing of whether it is
    if j.q.borrowed or j.q.kind == "why":
        # its words are the customer's story, or it asks for a reason: repeating them answers nothing ("Чому
        # досі не повернули гроші?" - "Гроші повернемо протягом трьох днів" gives no reason)
        return False
    if j.q.kind in ("which", "how-much") and _asks_a_measure(j.q):
        return False  # "What is the cable length of the Baseus 65W?": only a measure answers, not the thing described
    if j.q.kind == "which" and _asks_named(j.q, ["colours"]):
        # "What colours does it come in?" - "It comes in five shades": only a colour named answers. (Materials are
        # too many to list: "filled with duck down" names one the lexicon does not know.)
        return False
    if j.q.kind == "which" and _MADE_OF_ASKED.search(j.q.text) and not _material_framed(j):
        return False  # "What is the desk top made of?" - "The top measures 140 x 70 cm": the top said back, no material
    return covers(j)


_MADE_OF = re.compile(
    r"(?<!\w)(?:made|woven|knitted|knit|cast|carved|crafted|built|sewn)\s+(?:\w+\s+){0,2}?(?:of|from|out\s+of)(?!\w)"
    r"|(?<!\w)(?:filled|stuffed|lined|coated|upholstered|covered)\s+(?:\w+\s+){0,2}?(?:with|in)(?!\w)"
    r"|(?<!\w)(?:upholstered|woven|knitted|cast|finished)\s+in(?!\w)"
    r"|(?<!\w)(?:pure|solid|genuine|natural|recycled)\s+[^\W\d_]+"
    r"|(?<!\w)(?:сделан\w*|изготовлен\w*|выполнен\w*|сшит\w*|связан\w*|отлит\w*|набит\w*|сварен\w*|зроблен\w*"
    r"|виготовлен\w*|виконан\w*|пошит\w*|зшит\w*|в'язан\w*|вилит\w*|зварен\w*)\s+(?:\w+\s+){0,2}?(?:из|с|со|із|з|зі)(?!\w)"
    r"|(?<!\w)(?:натуральн\w*|цельн\w*|массив\w*|масив\w*|чист\w*)\s+[^\W\d_]+"
    r"|(?<!\w)(?:из|із|з|зі)\s+(?!(?:наш|ваш|свого|своего|наш\w+|ваш\w+|склад\w*|магазин\w*|офіс\w*|офис\w*|Києв\w*"
    r"|Львов\w*|Москв\w*|\d))[^\W\d_]",
    re.IGNORECASE,
)
"""A material told in words a lexicon of materials cannot hold: "made of", "filled with", «сшит из», or "pure",
"solid", «натуральная» before one (not "made in Denmark", "finished with rounded edges"), or a Russian or Ukrainian
«из», «з» before a word («ручка литая, из того же чугуна», «лялька з м'якого вінілу»), looked for only where the
reply takes up the question's subject."""


def _material_framed(j: Judging) -> bool:
    """Whether the reply names a material for a "what is it made of?": a known material (`answer_materials`)
    anywhere, or words that frame one (`_MADE_OF`) in a sentence on its subject or no question's (not the quote)."""
    reply = j.reply
    text = reply.analysis.text
    if reply.evidence("materials") - reply.quoted:
        return True
    return any(
        _MADE_OF.search(text, *reply.sentences[i]) is not None
        for i in (j.related_all | j.claims.unclaimed) - reply.quoted
    )


_WEIGH_VERB = re.compile(r"(?<!\w)(?:weigh|weighs|весит|весят|важить|важать)(?!\w)", re.IGNORECASE)
"""The verb of a "what does it weigh?" («Что он весит?»): the question wants a weight, whatever its question word."""
_WEIGHT_NOUN = re.compile(r"(?<!\w)(?:weight(?!\s+of\b)|вес|веса|вага|ваги|вагу)(?!\w)", re.IGNORECASE)
"""A "what" asking for a weight by name ("What is its weight?", «Какой у него вес?», «Яка її вага?»); not a class
of weight ("What weight of yarn do I need?", answered by "DK")."""


def _asks_a_measure(q: Question) -> bool:
    """A "what" or "how much" about a quantity measured in units («Какая ширина спального места?», "What is its
    weight?"): a name in the reply («механизм „еврокнижка“») names no width; only the measure answers it."""
    return MEASURED.search(q.text) is not None or (_WEIGHT_NOUN.search(q.text) is not None and not q.about_money)


def _asks_size(q: Question) -> bool:
    """A "which size?" («Какой размер брать?», «Яку довжину лиж обрати?»): a size word in a "which" or "what"
    (what "fits", or the dimensions, ask for a model or a measure, not a size)."""
    return q.kind in ("which", "how-much") and not q.about_money and _SIZE_ASKED.search(q.text) is not None


_SIZE_ASKED = re.compile(
    r"(?<!\w)(?:which|what|как\w+|котор\w+|як\w+|котр\w+)\s+(?:\w+\s+)?(?:sizes?|lengths?|размер\w*|длин\w*|розмір\w*"
    r"|довжин\w*|фасовк\w*|фасуван\w*)(?!\w)",
    re.IGNORECASE,
)


_UNIT_GAP = re.compile(r"(\d)\s+(?=[^\d\s])")
"""The space between a number and its unit ("65 W"), dropped so "65 W" and "65W" compare equal."""


def _measure_of_its_own(
    j: Judging, where: Iterable[int] | None = None, fits: Callable[[str], bool] | None = None
) -> bool:
    """A measurement in the question's passage that the question did not give itself: "the Baseus 65W charger"
    said back gives no length; with `fits`, one of the kind asked ("140 cm" for a length)."""
    reply = j.reply
    measured = reply.evidence("measures")
    if not measured:
        return False  # perf: no measure anywhere
    if where is None:
        where = j.passage.explicit if j.passage.explicit is not None else measured
    asked = _quantities_asked(j.q.text) if fits is None else frozenset()
    if asked:
        # perf: only the sentences measuring a quantity it asks (found once per reply), not every sentence for every
        # question, which was quadratic in N "what wattage?" questions against N weights
        fitting = _measuring_any(j, asked)
        where = fitting & (where if isinstance(where, (set, frozenset)) else set(where))
    said = _UNIT_GAP.sub(r"\1", j.q.text.lower())

    def given(measure: str) -> bool:  # as a whole: "5cm" is not given by "25cm"
        return (
            re.search(r"(?<![\d.,])" + re.escape(_UNIT_GAP.sub(r"\1", measure.lower())) + r"(?!\w)", said) is not None
        )

    # a volume asked is given in a unit of volume: "24 cm across and 13 cm high" is no capacity
    if _asks_volume(j.q) and not _volume_told(j):
        return False
    if fits is None:
        fits = _unit_asked(asked)
    return any(not given(m) and (fits is None or fits(m)) for i in where for m in measures_in(reply, i))


_DIMENSION = re.compile(
    r"(?<!\w)(?:length|width|height|depth|distance|how\s+(?:wide|tall|high|deep|thick)|how\s+far(?!\s+(?:ahead|in\s+advance|back|along|off|into))|длин\w*|ширин\w*"
    r"|высот\w*|глубин\w*|довжин\w*|висот\w*|глибин\w*|расстояни\w*|дальност\w*|відстан\w*|дальніст\w*)(?!\w)",
    re.IGNORECASE,
)
"""A size of the thing in one direction ("How deep is it?", «Какая ширина спального места?»), or how far it reaches
(«На каком расстоянии работает?»): only a number with its unit gives one ("three brightness levels" is no depth).
Not "how long is", which as often asks a time ("How long is the warranty?"), nor "how far ahead"."""


_QUANTITY_UNITS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(rf"{_DIMENSION.pattern}|(?<!\w)(?:dimensions|габарит\w*)(?!\w)", re.IGNORECASE),
        re.compile(rf"(?:{LENGTH_UNITS})$", re.IGNORECASE),
    ),
    (
        re.compile(
            r"(?<!\w)(?<!battery\s)(?:power(?!\s+(?:cable|cord|lead|bank|supply|adapter|adaptor|button|socket|outlet"
            r"|plug|point|strip|station|switch|cut))|wattage|мощност\w*|потужн\w*)(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?:W|kW|Вт|кВт|watts?|kilowatts?|ватт\w*|ват(?:и|ів|а|т)?|киловатт\w*|кіловат\w*|hp|bhp|л\.\s?с\.|Pa|Па|AW"
            r"|аВт|BTU)$",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"(?<!\w)(?:resolution|разрешени[еяю]|роздільн\w+\s+здатн\w*)(?!\w)", re.IGNORECASE),
        re.compile(rf"(?:{RESOLUTION_UNITS})$", re.IGNORECASE),
    ),
    (
        re.compile(r"(?<!\w)(?:voltage|напряжени\w*|напруг\w*)(?!\w)", re.IGNORECASE),
        re.compile(r"(?:V|В|volts?|вольт\w*)$", re.IGNORECASE),
    ),
    (
        # the temperature asked for ("What temperature should I wash it at?", «Яку температуру прання радите?»),
        # not one the question names as a condition ("a programme for washing at a low temperature")
        re.compile(
            r"(?<!\w)(?:what|which|maximum|max|minimum|min|яка|яку|якої|якій|какая|какую|какой|максимальн\w*"
            r"|мінімальн\w*|минимальн\w*)\s+(?:\w+\s+)?(?:temperature|температур\w*)(?!\w)"
            r"|(?<!\w)(?:temperature|температур\w*)\s+(?:range|limit|setting|is\s+best)(?!\w)",
            re.IGNORECASE,
        ),
        # in degrees, or kelvins for a lamp's colour temperature ("2700 K"): "shrinks by 2-3 %" is no temperature
        re.compile(
            rf"(?:°\s?[CF]?|degrees?(?:\s+[CF](?!\w))?|градус\w*|\d\s?(?:{KELVINS}))$",
            re.IGNORECASE,
        ),
    ),
)
"""Quantities a question may name, each with the units it is measured in: a length is not answered by "100W", a
power not by "480 г". Capacity names none here: a battery gives it in mAh, a drum in kg, a kettle in litres. Nor
does "how long is", which as often asks a time ("How long is the voucher valid?"); a temperature only where it is
what is asked ("What temperature should I wash it at?"), not a condition ("a programme for washing at a low
temperature")."""


def _quantities_asked(text: str) -> frozenset[int]:
    """Which of `_QUANTITY_UNITS`' quantities the question names (by position)."""
    return frozenset(k for k, (asked, _) in enumerate(_QUANTITY_UNITS) if asked.search(text))


def _unit_asked(asked: frozenset[int]) -> Callable[[str], bool] | None:
    """The test a measure must pass to be of a quantity the question names (`asked`, from `_quantities_asked`; any of
    them, when it names several); None when it names none."""
    units = [_QUANTITY_UNITS[k][1] for k in sorted(asked)]
    if not units:
        return None
    return lambda measure: any(unit.search(measure.strip()) for unit in units)


def _asks_volume(q: Question) -> bool:
    """A volume asked of a thing («Какой объём у кастрюли?»), not advice on a pack size («Какой объём упаковки лучше
    взять?», answered by «3 кг»)."""
    return not q.seeks_advice and _VOLUME_ASKED.search(q.text) is not None


def _volume_told(j: Judging) -> bool:
    """Whether the reply's own text gives an amount in a unit a volume is told in ("It holds 1.7 litres", «256 ГБ»)."""
    return bool(j.reply.evidence("volumes"))


_VOLUME_ASKED = re.compile(
    r"(?<!\w)(?:volume|объ[её]м\w*|об'?[єе]м\w*)(?!\w)",
    re.IGNORECASE,
)
"""A volume asked for ("What's its volume?", «Какой объём у кастрюли?», «Який об'єм?»); not "capacity", «ёмкость»,
which a battery gives in mAh and a washing machine's drum in kg."""


def _sized(j: Judging) -> bool:
    """A size named in the question's passage: a number (not one the question gave), a measure, a letter size or a
    size told relative to another ("one size up", «на размер больше»). A brand or a model named ("the Alta has a
    Gore-Tex membrane"), a yes, or advice on something else leaves the size open, as the page's "Which size should
    I get? And is it reflective?" - "Yes, it has reflective piping" does."""
    # the size asked may be a length ("Какой длины кабель?"), not one the question measures itself by ("Какой
    # размер взять, если длина стопы 26 см?")
    asked = _SIZE_ASKED.search(j.q.text)
    dimension = asked is not None and _DIMENSION_ASKED.search(asked.group()) is not None
    if not dimension and _number_in_its_passage(j) and _a_number_of_its_own(j, sizes_only=True):
        return True
    reply = j.reply
    if j.passage.explicit is not None:
        where: Iterable[int] = j.passage.explicit
    elif j.passage.unclaimed:
        where = j.claims.unclaimed
    else:
        where = range(len(reply.sentences))
    if dimension:
        # "How long is the cable?" - "two USB-C ports, 100 W": only a length answers a length
        return _measure_of_its_own(j, where, fits=lambda m: _LENGTH_UNIT.search(m) is not None) or any(
            _LENGTH_IN_WORDS.search(reply.analysis.text, *reply.sentences[i]) is not None for i in where
        )
    if _measure_of_its_own(j, where, fits=lambda m: _NO_SIZE_UNIT.search(m) is None):
        return True
    text = reply.analysis.text
    other = _other_measures(reply)  # "30" of "washable at 30 °C"
    # advice on the size in words ("Take the same size as in your Ecco shoes", «Берите свой обычный размер»), a
    # named size ("king size"), a letter or a code with digits ("E27") all name one
    return any(
        _SIZE_NAMED.search(text, *reply.sentences[i])
        or _SIZE_WORD.search(text, *reply.sentences[i])
        or any(
            any(ch.isdigit() for ch in name) and not _given_name(j.q, name) and name.lstrip(_SIGNS) not in other
            for name in reply.names[i]
        )
        for i in where
    )


_SIGNS = "\u2212-+\u00b1"
"""Signs a number may carry ("\u221230 °C", "+5 °C"): "\u221230" is the "30" measured in degrees, no size's code."""


def _given_name(q: Question, name: str) -> bool:
    """Whether the question gave the name itself, as a word or inside one ("K9" of "Julius-K9")."""
    low = name.lower()
    return low in q.words or (any(ch.isalpha() for ch in low) and low in q.text.lower())


def _number_in_its_passage(j: Judging) -> bool:
    """A number in the question's passage, not in a sentence another question owns: "Какой длины кабель? И есть ли
    быстрая зарядка?" - "Да, ... iPhone 15 заряжается до 50% за 30 минут" gives the other question's figures."""
    numbers = j.reply.evidence("numbers")
    if j.passage.explicit is None:
        return j.holds(j.passage, "numbers")
    return any(i not in j.others for i in j.passage.explicit & numbers)


_SIZE_NAMED = re.compile(r"(?<![\w'’])(?:X{0,3}S|M|X{0,3}L|[1-4]?XL)(?![\w'’])")
"""A letter size ("S", "XL", "2XL"), in capitals as sizes are written."""

_SIZE_WORD = re.compile(
    r"(?<!\w)(?:small|medium|large|petite|double(?!-)|single(?!-)|king|queen|twin|super king|same size|usual size"
    r"|двуспальн\w+|односпальн\w+"
    r"|полуторн\w+|двоспальн\w+|півтораспальн\w+"
    r"|(?:one|a|half a) size (?:up|down|bigger|smaller|larger)|size (?:up|down)"
    r"|true to size|runs? (?:small|large|big)|your usual"
    r"|(?:тот же|такой же|свой обычный|ваш обычный) размер"
    r"|(?:той самий|такий самий|свій звичайний|ваш звичайний) розмір"
    r"|маленьк\w+|средн\w+|больш(?:ой|ую|ое|ие)|на (?:один |пол)?размер\w* (?:больше|меньше)|размер в размер"
    r"|в размер|маломер\w*|большемер\w*|ваш обычн\w+"
    r"|середн\w+|велик(?:ий|у|е|і)|на (?:один |пів)?розмір\w* (?:більш\w*|менш\w*)|розмір у розмір|в розмір"
    r"|маломір\w*|великомір\w*|ваш звичайн\w+)(?!\w)",
    re.IGNORECASE,
)
"""Sizes told in words, or relative to another size."""


def _only_an_alternative_answers(j: Judging) -> bool:
    """Whether nothing but naming an alternative (looked for before) answers: "кто оплачивает доставку — я или
    магазин?" is not answered by a courier's name, and "card, or only cash?", «картой или только наличными?» not
    by a yes (it fits neither) or the verb said back («оплатить можно при получении» picks no alternative)."""
    if j.q.kind == "which":
        return bool(_alternatives(j.q.text))
    # a yes or a no still answers it ("Yes, the courier carries a terminal, so pay however suits you"), unless
    # all the clause after it does is say the letter back ("Yes, you can pay when the wardrobe is delivered")
    return (
        j.q.kind == "yes-no"
        and _EXCLUSIVE_OR.search(j.q.text) is not None
        and not (_yes_no_lead(j) and not _yes_says_back(j))
    )


def _yes_says_back(j: Judging) -> bool:
    """Whether every yes on the question's subject is followed by a clause made of the customer's own words
    ("Yes, you can pay when the wardrobe is delivered", «Да, оплатить можно при доставке»): the verb said back,
    which picks neither alternative of "X, or only Y?". A word of the agent's own ("Yes, the courier carries a
    terminal", «Так, можна прати на делікатному режимі») takes a position; a bare "Yes." is left as a yes."""
    reply = j.reply
    leads = reply.evidence("yes_no_lead") & (j.related_all or (set(range(len(reply.sentences))) if j.single else set()))
    if not leads:
        return False
    told, stops, text = j.q.message_words, any_stop_words(), reply.analysis.text
    reply_lemmas, letter_lemmas = lemmatizer(reply.analysis.lang), lemmatizer(j.q.lang)

    @cache
    def told_lemmas() -> frozenset[str]:
        return frozenset().union(*(letter_lemmas.lemmas(t) for t in told))

    assert reply.lex is not None
    # perf: the matches are sorted and disjoint, so each word finds the one it may lie in by bisection
    handover = [(m.start, m.end) for m in reply.lex("answer_handover").find(reply.analysis)]
    handover_starts = [start for start, _ in handover]

    def handing_over(char: int) -> bool:
        k = bisect.bisect_right(handover_starts, char) - 1
        return k >= 0 and char < handover[k][1]

    # where the paying happens ("at your home", "to the courier") names no way to pay; for another either/or
    # ("carried inside, or only to the kerb?") the home or the driver may be the very alternative
    paying = "topic_payment" in j.q.topics
    # a sum in the clause ("pay the balance of £420") names no way to pay, unless the alternatives are numbers
    numbers_offered = any(any(ch.isdigit() for ch in a) for a in _alternatives(j.q.text))
    for i in leads:
        start, end = reply.sentences[i]
        brk = _PHRASE_BREAK.search(text, start, end)
        if brk is None:
            return False
        clause = _PHRASE_BREAK.search(text, brk.end(), end)
        words = _ALTERNATIVE_WORD.finditer(text, brk.end(), clause.start() if clause else end)
        content = [(m.group().lower(), m.start()) for m in words]
        content = [(w, at) for w, at in content if w not in stops and (len(w) >= 3 or w.isdigit())]
        if not content:
            return False  # "Yes, he does.", «Да, конечно.»: a yes, left as a yes
        # "Yes, you can pay the balance once the kitchen has been fitted": a clause of time says when the paying
        # happens, in whatever words, and names no way to pay
        moment = _CIRCUMSTANCE_WORD.search(text, brk.end(), clause.start() if clause else end)
        cut = moment.start() if moment is not None else end
        own = [
            w
            for w, at in content
            if at < cut
            and not handing_over(at)
            and not (paying and _at_the_door(w))
            and (numbers_offered or not (w.isdigit() or w in _CURRENCY_WORDS))
        ]
        if any(not _told(w, told, told_lemmas, reply_lemmas) for w in own):
            return False
    return True


_CURRENCY_WORDS = frozenset(
    {"pounds", "pound", "euros", "euro", "dollars", "pence", "рублей", "рубля", "рубль", "руб", "копеек", "гривень",
     "гривні", "гривня", "грн", "копійок"}
)  # fmt: skip
"""The words of a sum ("£420", «12 400 рублей»), which name no way to pay."""
_DOOR_WORDS = frozenset(
    {"home", "house", "flat", "address", "courier", "driver", "bring", "brought", "дом", "дома", "квартира", "адрес"}
    | {"курьер", "водитель", "дім", "вдома", "адреса", "кур'єр", "курʼєр", "водій"}
    # paying on the site: "online at checkout" is where both PayPal and a card are paid
    | {"online", "checkout", "website", "basket", "cart", "онлайн", "сайте", "сайті", "корзине", "кошику"}
    | {"оформлении", "оформленні", "оформления", "оформлення"}
    # on receipt: when the paying happens («оплатить можно при получении»), for card and cash alike
    | {"получении", "отриманні", "получения", "отримання"}
)


def _at_the_door(word: str) -> bool:
    """A word of where or to whom a payment is handed over ("when it is brought to your flat", «курьеру дома»,
    "online at checkout")."""
    return word in _DOOR_WORDS or any(word.startswith(w) for w in _DOOR_WORDS if len(w) >= 5)


def _told(word: str, told: Collection[str], told_lemmas: Callable[[], frozenset[str]], lemmas: Lemmatizer) -> bool:
    """Whether a word of the reply is one the letter used, in any form: the same stem, or a shared lemma for words
    too short for a stem («шафи» is «шафу»)."""
    return any(same_stem(word, t) for t in told) or not lemmas.lemmas(word).isdisjoint(told_lemmas())


_EXCLUSIVE_OR = re.compile(
    r"(?<!\w)(?:(?:or|или|либо|чи|або)\s+(?:only|just|только|лишь|тільки|лише)"
    r"|or\s+(?:is\s+it\s+|it's\s+|are\s+they\s+)?[^\W\d_]+\s+only)(?!\w)",
    re.IGNORECASE,
)
"""An either/or whose second alternative excludes the first ("or only", "or is it cash only", «или только», «чи
лише»)."""

_PROCEDURE = re.compile(
    r"(?<!\w)(?:how (?:do|can|should|would|could|shall) (?:i|we)|how to"
    r"|как (?:мне|нам|можно|правильно)|как (?:это |(?:от|с|со|из) (?:него|неё|нее|них) )?\w+(?:ть|ться|ти)(?!\w)"
    r"|як (?:мені|нам|можна|правильно)|як (?:це |(?:від|з|із|зі) (?:нього|неї|них) )?\w+(?:ти|тися)(?!\w))",
    re.IGNORECASE,
)
"""A "how" that asks for a procedure ("How do I reset it?", «Как оформить возврат?», «Як мені повернути?», and with
the thing it is done to as a pronoun after a preposition: «Як від них відписатися?»): a reply with no step,
instruction or way of doing it anywhere has not answered it, whatever words it shares with it."""


def _acted_on(j: Judging) -> bool:
    """A question about something to be done, answered by doing it or saying what can be done: a request done
    ("Could you send a replacement?" - "A new copy went out today"), a "how do I" done for the customer, a "can it
    be fixed?" answered by a way or steps ("It can be reduced: open the app and turn on game mode")."""
    if (j.q.requests and (_done(j) or _paper_attached(j))) or _replacement_sent(j):
        return True
    if j.q.asks_remedy and (
        j.holds(j.passage, "ways") or j.holds(j.passage, "steps") or _remedy_said_back(j) or _remedy_apart(j)
    ):
        return True
    return _done_itself(j) or _what_to_do_done(j) or _way_out_done(j)


_WHAT_TO_DO = re.compile(
    r"^\W*(?:(?:and|so|і|и|а|так)\s+)?(?:what|что|що)\s+(?:(?:should|shall|do|can)\s+)?(?:(?:i|we|мне|мені|нам"
    r"|теперь|тепер|now|с\s+этим|з\s+цим|with\s+it|with\s+this)\s+){0,3}(?:делать|робити|do|to\s+do)"
    r"(?:\s+(?:now|теперь|тепер|with\s+it|with\s+this|с\s+этим|з\s+цим))*\W*$",
    re.IGNORECASE,
)
"""A bare "what should I do?" after a trouble told («Що тепер робити?», «Что мне с этим делать?», "What do I do
now?"): it asks for a way out, which the shop's own deed gives ("We've sent the right shade today")."""


_WAY_OUT = re.compile(
    r"^\W*(?:(?:and|so|і|и|а|так)\s+)?(?:"
    r"как\s+(?:вы\s+)?(?:собираетесь|будете|планируете)\s+(?:это\s+)?(?:решать|решить|исправлять|исправить)"
    r"|як\s+(?:ви\s+)?(?:збираєтеся|збираєтесь|будете|плануєте)\s+(?:це\s+)?(?:вирішувати|вирішити|виправляти|виправити)"
    r"|how\s+(?:are|will)\s+you\s+(?:going\s+to\s+)?(?:fix|sort|resolve|put\s+right)\s+(?:this|it)(?:\s+out)?"
    r"|how\s+(?:do|can|will)\s+i\s+(?:now\s+)?get\s+(?:a\s+)?(?:new|whole|working|replacement)(?:\s+one)?"
    r"|как\s+(?:мне\s+)?(?:теперь\s+)?получить\s+(?:целую|целый|целое|новую|новый|новое|замену|исправн\w+)"
    r"|як\s+(?:мені\s+)?(?:тепер\s+)?отримати\s+(?:цілу|цілий|ціле|нову|новий|нове|заміну|справн\w+)"
    r")(?:\s+(?:now|теперь|тепер))?\W*$",
    re.IGNORECASE,
)
"""A bare way out asked after a trouble told («Как вы собираетесь это решать?», «Как мне теперь получить целую?»,
"How will you sort this out?"): as "what should I do?", the shop's own deed about the trouble answers it."""


def _what_to_do_done(j: Judging) -> bool:
    """ "What should I do?" answered by what the shop has done or will do about the trouble (a replacement sent, the
    money returned), in a sentence no other question owns: the way out is taken for the customer. Handing it on
    is no way out (see `_deeds`)."""
    if j.q.kind != "how" or _WHAT_TO_DO.search(j.q.text) is None:
        return False
    reply = j.reply
    # on the trouble told (its words are the question's): "I've updated your e-mail address" is a deed of another
    # matter
    return any(
        i not in j.others and any(reply.bags[i].has(t) for t in j.q.key_terms)
        for i in (reply.evidence(_deeds(j)) & j.related_all) - reply.quoted
    )


def _way_out_done(j: Judging) -> bool:
    """ "How will you sort this out?", «Как мне теперь получить целую?» (`_WAY_OUT`) answered by the shop's deed on the
    trouble the letter told before it (a word of that story said back: «Новую тарелку отправили сегодня» for a plate
    that came cracked), in a sentence no other question owns."""
    if _WAY_OUT.search(j.q.text) is None:
        return False
    reply = j.reply
    before = [w for w in j.q.words_before if len(w) >= STEM and w not in any_stop_words()]
    if not before:
        return False
    return any(
        i not in j.others and share_a_stem(before, list(_words_of(reply, i)))
        # done or bound to be done («Новый диван привезём в пятницу»), not handed on
        for i in (reply.evidence(_deeds(j)) | reply.evidence("promised")) - reply.evidence("handed_on") - reply.quoted
    )


_REPLACE_ASKED = re.compile(
    r"(?<!\w)(?:замен\w*|замін\w*|заменя\w*|замінюва\w*|обмен\w*|обмін\w*|обменя\w*|обміня\w*|поменя\w*|поміня\w*"
    r"|replace\w*|exchange\w*|swap\w*)(?!\w)",
    re.I,
)


_SENDING = re.compile(
    r"(?<!\w)(?:send\w*|sent|dispatch\w*|ship\w*|отправ\w*|выслал\w*|вышл\w*|відправ\w*|надісл\w*|надішл\w*)(?!\w)",
    re.I,
)


def _replacement_sent(j: Judging) -> bool:
    """A replacement asked for ("Can you replace it?", «Как мне получить замену?», «Заменить его можно?») is given
    by sending a new one, in any words: «Новый плед отправили сегодня курьером», "A new mug went out this morning".
    The sentence must not be another request's (the new thing sent for that one answers it)."""
    if not _REPLACE_ASKED.search(j.q.text):
        return False
    reply = j.reply
    text = reply.analysis.text
    # "When will you send the replacement?" asks a time: "We'll send the new jumper" gives none, «Новую кружку
    # отправили сегодня, 12 ноября» does
    timed = reply.evidence("times") if j.q.kind == "when" else None
    return any(
        i not in reply.quoted
        and (timed is None or i in timed)
        and all(not (q.requests or _REPLACE_ASKED.search(q.text)) for q in j.rivals(i))
        # the lone question of the letter is done by whatever is sent ("who are sending the slate grey bundle
        # out today" for "Can you swap them?", not "I've updated your address"); beside others, by a new one named
        and (
            (j.single and _SENDING.search(text, *reply.sentences[i]) is not None)
            or NEW_THING.search(text, *reply.sentences[i]) is not None
        )
        for i in reply.evidence("done") | _brought_for_it(j)
    )


def _brought_for_it(j: Judging) -> set[int]:
    """The sentences bringing a new one that may answer this question: the letter's only question, or a sentence
    no other question owns ("And is the new model in stock?" owns "The new model is in stock, we deliver on
    Tuesdays")."""
    if j.single:
        return set(j.reply.evidence("new_one_brought"))
    return j.claims.mine_of(j.n, "new_one_brought")


def _remedy_said_back(j: Judging) -> bool:
    """«Это брак? Можно это как-то исправить?» - «Исправить это можно так: обновите драйвер...»: a way or steps in a
    sentence that says back the remedy asked for (the question's own verb), and that no other question owns. A
    remedy asked with a pronoun takes its words from the question before ("брак"), which the steps never repeat."""
    reply = j.reply
    stops = any_stop_words()
    asked = [w for w in j.q.words if len(w) >= REMEDY_WORD and w not in stops]
    if not asked:
        return False
    # a short verb has too short a stem to compare ("fixed" / "fix"): its lemma is compared as well
    lemmas = lemmatizer(j.q.lang)
    asked_lemmas = frozenset().union(*(lemmas.lemmas(w) for w in asked))
    for i in reply.evidence("ways") | reply.evidence("steps"):
        if i in j.others:
            continue
        said = _words_of(reply, i)
        # the remedy said of the trouble by a pronoun («Исправить это можно так»), not of another thing
        # («Исправить адрес вы можете сами»)
        if not said.isdisjoint(_TROUBLE_POINTERS) and (
            share_a_stem(asked, said) or not reply.bags[i].lemmas.isdisjoint(asked_lemmas)
        ):
            return True
    return False


def _remedy_apart(j: Judging) -> bool:
    """«Это брак? Можно это как-то исправить?» - «Нет, не брак: ...» and, in a paragraph of its own, «Её можно
    уменьшить: обновите прошивку...»: a remedy asked with nothing but the trouble for its words, the only remedy or
    request in the letter, takes steps told of the trouble in a sentence no question lays claim to."""
    if not j.q.borrowed or sum(1 for q in j.claims.questions if q.asks_remedy or q.requests) > 1:
        return False
    reply = j.reply
    # steps told of the trouble (not «Чтобы исправить адрес доставки, зайдите в кабинет»); a way alone ("You can
    # return it within 14 days", «Його можна оцінити на сайті») fixes nothing
    text = reply.analysis.text
    return any(
        _SENDING_BACK.search(text, *reply.sentences[i]) is None  # "You can return it within 14 days"
        for i in _apart_of_it(j) & reply.evidence("steps")
    )


def _apart_of_it(j: Judging) -> set[int]:
    """The agent's sentences no question lays claim to that speak of the thing asked by a pronoun («Её можно
    уменьшить: обновите прошивку», «Делать его достаточно раз в неделю»): what the question asks, told in a
    paragraph of its own; "Our newsletter comes out once a month" names another thing."""
    reply = j.reply
    return {i for i in j.claims.unclaimed - reply.quoted if not _words_of(reply, i).isdisjoint(_TROUBLE_POINTERS)}


_SENDING_BACK = re.compile(
    r"(?<!\w)(?:return\w*|refund\w*|exchang\w*|возвра\w*|верн\w*|поверн\w*|обмен\w*|обмін\w*|обміня\w*)(?!\w)",
    re.IGNORECASE,
)
"""Sending a thing back or swapping it, which gets rid of the trouble but fixes nothing."""


_TROUBLE_POINTERS = frozenset(
    {"это", "этого", "его", "её", "ее", "их", "це", "цього", "його", "її", "їх", "it", "this", "that", "them"}
)
"""Pronouns a remedy is told of when it is the trouble's ("It can be fixed like this", «Виправити це можна так»)."""


REMEDY_WORD = 4
"""Letters of the shortest word of a remedy question said back ("fix", «как-то» are too short to tell)."""


def _done_itself(j: Judging) -> bool:
    """A "how do I" answered by doing it for the customer: the question's own verb told as done in a sentence on
    its subject ("Як відписатися від розсилки?" - "Ми вже відписали Вашу адресу від усіх розсилок", "How do I
    cancel the order?" - "I've cancelled it for you"). What the customer did themselves, in other verbs, is no
    such answer ("You returned it on Monday" does not say how to get a refund)."""
    if j.q.kind != "how" or not _PROCEDURE.search(j.q.text):
        return False
    verbs = j.reply.past_verbs
    where = j.related_all or (set(verbs) if j.single else set())
    if any(verbs[i].has(t) for i in where if i in verbs for t in j.q.key_terms if t.weight >= 1.0):
        return True
    # in a verb of its own, told as the shop's doing, in a sentence the question owns: «Как отменить
    # автопродление?» - «Автопродление мы уже отключили», "How do I stop the reminders?" - "We've switched them off"
    text, sentences = j.reply.analysis.text, j.reply.sentences
    return any(i in verbs and _SHOP_DID.search(text, *sentences[i]) for i in j.related)


_SHOP_DID = re.compile(r"(?<!\w)(?:we|i|мы|я|ми)(?!\w)", re.IGNORECASE)
"""The shop speaking of itself: what it did is done for the customer (what the customer did is told with "you")."""


RESTATED_TERMS = 2
RESTATED_SHARE = 0.67
"""A yes/no question restated as a statement: two or more of its key words, two thirds of them in one sentence."""

SHORT_QUESTION_WORDS = 2
"""A question this short ("Что происходит?", "Що порадите?", "Не замёрзнет?") names no subject of its own."""

_ALTERNATIVE = re.compile(r"(?<!\w)(?:or|или|либо|чи|або)(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_ALTERNATIVE_WORD = re.compile(r"(?<!\w)\d+(?:[.,]\d+)+(?!\w)|(?<!\w)\w{1,2}-\w{1,2}(?!\w)|\w+(?:['’]\w+)*")
"""An alternative may be two short parts joined by a hyphen ("Wi-Fi", "e-mail"), have an apostrophe («п'ять») or be
a decimal number ("0.25", «0,28»): one word, not two too short to count ("All-Seasons" stays two, each counting on
its own)."""
_PHRASE_BREAK = re.compile(r"[;:—–?!]|(?<!\d),|,(?!\d)| - ")
"""Where an alternative's phrase ends: punctuation, but not the comma inside a decimal number («0,25 чи 0,28»)."""
_POINTING_BACK = re.compile(
    r"\s*(?:(?:do|does|did|is|are|was|were|will|would|can|could|should|must|has|have)\s+)?"
    r"(?:it|they|его|её|ее|их|он|она|оно|они|його|її|їх|він|вона|воно|вони)(?!\w)",
    re.IGNORECASE,
)
"""An alternative that opens by pointing back to the thing ("or does it need...", «или его нужно...»)."""
POINTED_PAIR = 2
"""Words of the first alternative that pair with one pointing back ("machine washable" | "need dry cleaning")."""
ALTERNATIVE_REACH = 3
"""Words on each side of "or" that name the alternatives ("с двумя аккумуляторами или с одним")."""


def _instructed(j: Judging) -> bool:
    """Steps answer "how" and "which": "Чим чистити білі кеди?" - "Протирайте їх вологою серветкою" (instructions
    name the means). A "how" whose words are the story ("Сейчас она не сливает воду. ... и что мне делать?") has
    nothing to locate its passage by: the steps are its answer wherever they stand, when no other question asks
    how."""
    asked = j.claims.kinds_asked["how"]
    if j.q.kind == "how" and j.q.borrowed and asked <= 1 and j.reply.evidence("steps"):
        return True
    if j.q.kind == "which" and _asks_a_measure(j.q):
        return False  # "What temperature should I wash it at?": steps ("dry it flat") give no degrees
    if j.q.kind == "which" and j.passage.unclaimed and asked:
        # steps no question's words claim answer the "how" asked beside it, not a "which" the reply never takes up:
        # «Если нет, как его чистить? И какой у него ворс?» - «Пылесосьте его раз в неделю» says nothing of the pile
        return False
    if j.q.kind == "which" and (
        (_asks_named(j.q, ["colours"]) and not _CHOOSING.search(j.q.text))
        or (_about_it(j.q) and _asks_named(j.q, [name for name, _, _ in _KINDS_NAMED]))
        # a material asked in so many words ("What is the Nora chest made of?") is asked of its thing, named or not
        or _MADE_OF_ASKED.search(j.q.text)
    ):
        # "which wool?", "what colours?" take a material or a colour named (`_kind_named`); steps name neither (a
        # colour asked of a product, "Which colours does the Velvet lipstick come in?", as well as of "it"), and
        # a dispatch beside the stock told for the question before («відправимо його в день замовлення») is none
        return False
    if j.q.kind == "which" and j.passage.explicit is not None:
        # steps in a sentence the question before owns ("Плед есть в наличии, отправим его в день заказа") are
        # that question's; they name no wool for «И из какой он шерсти?»
        return any(i not in j.others for i in j.passage.explicit & j.reply.evidence("steps"))
    return j.q.kind in ("how", "which") and j.holds(j.passage, "steps")


_CHOOSING = re.compile(
    r"(?<!\w)(?:pick|choose|select|get|order|выбрать|выбирать|взять|заказать|обрати|вибрати|вибирати|взяти"
    r"|замовити)(?!\w)",
    re.IGNORECASE,
)
"""A "which colour" asking which to pick ("Which colour should I pick on the site?"): steps that pick it answer; a
"which colours does it come in?" asks what there is, which steps do not name."""


def _about_it(q: Question) -> bool:
    """A question about the thing itself, said with a pronoun or borrowed from the question before ("And what is it
    made of?", «И из какой он пряжи?»), not one asking for a product ("Which wood oil should I use?")."""
    return bool(q.context) or not _BACK_POINTER.isdisjoint(q.words)


def _leans_on_the_story(j: Judging) -> bool:
    """A two-word yes/no or "which" question leans on the customer's story before it: the reply that takes up
    that story answers it, and two words are too few to tell whether a reply does, so it is not reported. Not one
    judging the story («Це нормально?», "Is that OK?"): taking the story up (a return offered) is no judgement of
    it, and a yes, a no or the judgement said back is easy to find."""
    return len(j.q.words) <= SHORT_QUESTION_WORDS and bool(j.reply.sentences) and not _judges_the_story(j.q)


def _status_of_the_story(j: Judging) -> bool:
    """A yes/no on how the customer's story stands ("Курьер должен был привезти планшет сегодня. Всё в силе?",
    "I sent the rug back last Thursday. Have you received it yet?") is answered by a dated statement about that
    story ("Курьер приедет в четверг с 10:00", "Your rug arrived back this morning"): a yes or no is implied. The
    statement must use the story's words: a date about something else says nothing of it."""
    story = j.q.story
    if not story and j.q.happened:
        return _step_told_done(j)
    if not story or j.q.requests or j.q.seeks_advice:
        return False
    reply = j.reply
    return any(any(reply.bags[i].has(t) and not _rivals_say(j, i, t) for t in story) for i in reply.evidence("times"))


def _step_told_done(j: Judging) -> bool:
    """ "Has my refund for the Fell boots gone through yet?" - "Your refund went through this morning": a dated
    sentence in the past that says back the step asked about ("go through") and a word of the question's own that no
    other question uses ("refund"). Not the thing in other news ("The Fell boots are back in stock on Monday"), nor
    another step done to it ("The kettle was delivered to you on 3 March" for "Has the lid shipped yet?")."""
    if j.q.requests or j.q.seeks_advice:
        return False
    distinct = set(j.distinct)
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and t in distinct]
    if not own:
        return False
    reply = j.reply
    verbs = reply.past_verbs
    # whether a thing has come is told by its sending, dated («Гроші вже надійшли?» - «Кошти ми відправили на Вашу
    # картку сьогодні о 8:40»): the step before the one asked, on its way to the customer
    # (not what the customer sent the shop: «Гроші вже надійшли до вас?» is not told by a refund sent)
    sent = not j.q.happened.isdisjoint(_ARRIVING) and _TO_THE_SHOP.search(j.q.text) is None
    steps = j.q.happened | _SENT_ON if sent else j.q.happened
    # a question pointing back («Відправив фен у ремонт. Він вже у вас?») asks of the story's step, which the
    # reply tells in words of its own («фен надійшов до нас сьогодні вранці»). perf: only the sentences saying one
    # of its own words, from the word index: every dated sentence for every question was quadratic
    return any(
        i in verbs
        and (j.q.borrowed or not reply.bags[i].lemmas.isdisjoint(steps))
        and any(reply.bags[i].has(t) and not _rivals_say(j, i, t) for t in own)
        for i in reply.linked(own) & reply.evidence("times")
    )


def _rivals_say(j: Judging, i: int, t: Term) -> bool:
    """Whether another question owning sentence i has word t, or a word of its topic: a date in it is that
    question's answer ("Has the change of delivery address gone through? And when will it be dispatched?" - "It will
    be dispatched on Monday, with a delivery window by text": the delivery is the dispatch's topic); a word of the
    story no rival has ("Your rug arrived back this morning, and I've refunded you today") is the story's."""
    return any(any(r.lemmas & t.lemmas or not r.topics.isdisjoint(t.topics) for r in q.key_terms) for q in j.rivals(i))


_COMPARATIVE = re.compile(
    r"(?<!\w)(?:better|best|\w+er\s+than|quieter|cheaper|lighter|sharper|softer|stronger|faster|easier"
    r"|\w{4,}ее|лучше|хуже|тише|резче|мягче|легче|дешевле|дороже|выше|ниже|проще"
    r"|\w{4,}іше|краще|гірше|легше|дешевше|дорожче|вище|нижче|швидше)(?!\w)",
    re.I,
)
"""A comparative or superlative ("quieter than", «тише», «тихіше», «лучше», «краще»): a judgement between things."""


def _judging_sentences(j: Judging) -> set[int]:
    """The reply's sentences that advise or compare: naming one alternative there picks it ("I'd go for the Miele",
    «Советую Sigma: она резче»); naming it in news about it ("The Bosch is on sale") picks nothing."""
    reply = j.reply
    text = reply.analysis.text
    return reply.evidence("advice") | {
        i for i, (start, end) in enumerate(reply.sentences) if _COMPARATIVE.search(text, start, end)
    }


def _picks_alternative(j: Judging, among: set[int] | None = None) -> bool:
    """An either/or question ("Это оригинал или реплика?", "44 или 46?", "збирають чи в коробці?") is answered
    by a sentence on its subject that names one of the alternatives ("Это оригинальные AirPods", "С двумя: ...",
    "44 будет тесновато"): a yes or no would not even fit it."""
    alternatives = _alternatives(j.q.text)
    if not alternatives:
        return False
    # the thing the letter named before the question is what both alternatives are about, not one of them; the
    # words right beside the "or" are the alternatives themselves, whatever the letter said before ("my card was
    # declined online. Can I pay by card on delivery, or only in cash?"), unless an earlier question asked about
    # them ("Do you have the Orbit in brass? And which gives more light, the Orbit or the Pivot?": the yes about the
    # Orbit's brass names it for that question)
    first, second = _alternative_sides(j.q.text)
    beside = {first[-1]} if first else set()
    beside |= {second[0]} if second else set()
    # (not a question whose words are the story's, borrowed: "The zip pull came off. Can it be fixed? And do I need
    # to send the whole jacket, or just the pull?")
    asked = {t.text.lower() for q in j.claims.questions[: j.n] if not q.borrowed for t in q.key_terms}
    beside = {a for a in beside if not share_a_stem((a,), asked)}
    before = j.q.words_before
    alternatives = frozenset(a for a in alternatives if a in beside or not share_a_stem((a,), before))
    sentences = j.related_all or (set(range(len(j.reply.sentences))) if j.single else set())
    if among is not None:
        sentences = sentences & among
    text = j.reply.analysis.text
    bare = _bare_alternative(j.q.text)
    judging = j.q.seeks_advice or j.q.kind == "compare"
    told = j.q.words_before
    stops = any_stop_words()
    for i in sentences:
        start, end = j.reply.sentences[i]
        words = {w.lower() for w in _ALTERNATIVE_WORD.findall(text[start:end])}
        if judging and _weighs_neither(text, start, end, words, (first, second)):
            continue
        if all(w in told or w in stops or w in _SYMPATHY for w in words):
            continue  # "Sorry about the strap.": the story told back picks nothing
        if share_a_stem(alternatives, words):
            return True
        if bare and bare in _possessives_alike(" ".join(w.lower() for w in _WORD.findall(text, start, end))):
            return True
    return False


_SYMPATHY = frozenset(
    {"sorry", "apologies", "apologise", "apologize", "unfortunately", "жаль", "сожалению", "извините", "простите",
     "извинения", "шкода", "вибачте", "перепрошуємо", "перепрошую", "прикро"}
)  # fmt: skip
"""Words of sympathy, which with the customer's own words tell the story back ("Sorry about the strap.")."""


def _weighs_neither(text: str, start: int, end: int, words: set[str], sides: tuple[tuple[str, ...], ...]) -> bool:
    """For a judgement between two ("Which would you recommend, the Flex or the Firm?", «Який краще, Bosch чи
    Makita?»): a sentence telling what both share ("Both come with a trial") or a fact about each ("The Bosch is on
    sale, and the Makita is in stock") picks neither, unless it compares ("softer than", «краще»). (A "which do you
    sell, 50 g or 100 g?" is answered by "both", so this is for judgements only.)"""
    if _COMPARES.search(text, start, end):
        return False
    if not (_BOTH.search(text, start, end) or all(side and share_a_stem(side, words) for side in sides)):
        return False
    # "Both are popular, but for back pain go with the Firm", "..., while the Storm moves more air: for a small
    # bedroom, take the Breeze": after a "but", a "so" or a colon, one side named alone is the pick
    for turn in _TURN.finditer(text, start, end):
        rest = {w.lower() for w in _ALTERNATIVE_WORD.findall(text[turn.end() : end])}
        if sum(1 for side in sides if side and share_a_stem(side, rest)) == 1:
            return False
    return True


_TURN = re.compile(
    r"(?<!\w)(?:but|so|while|whereas|но|однако|поэтому|так что|але|проте|тож|тому)(?!\w)|[:—]", re.IGNORECASE
)
"""Where a sentence turns from what two things share to a pick: "but", "so", a colon, «но», «але», «тож»."""


_COMPARES = re.compile(
    r"(?<!\w)(?:than|better|best|rather|prefer\w*|recommend\w*|suggest\w*|лучш\w*|чем|предпоч\w*|совет\w*|"
    r"рекоменд\w*|кращ\w*|ніж|найкращ\w*|порад\w*|раджу|радимо)(?!\w)",
    re.IGNORECASE,
)
"""A sentence that weighs one against the other ("softer than", «лучше», «раджу»): naming both there may be a pick."""
_BOTH = re.compile(r"(?<!\w)(?:both|оба|обе|обоих|обеих|обидва|обидві|обох)(?!\w)", re.IGNORECASE)
"""A word for both alternatives at once: a sentence with it tells what they share, not which one."""
_POSSESSIVES = re.compile(r"(?<!\w)(?:its|their|his|her|my|your|our)(?!\w)")
"""Possessives, which the reply says as it refers ("on its own" asked, "on their own" answered)."""


def _possessives_alike(words: str) -> str:
    """The words with every possessive made one, so "on its own" and "on their own" compare equal."""
    return _POSSESSIVES.sub("its", words)


@cache
def _bare_alternative(text: str) -> str:
    """The first alternative of an either/or when it is made of small words only ("Do you sell them on their own,
    or only in the gift set?": "on their own"), which `_alternatives` cannot offer as words: said back as a whole
    ("We sell them on their own too") it is picked. Empty when the alternative has a word of its own."""
    found = _alternative(text)
    if found is None:
        return ""
    phrase = _PHRASE_BREAK.split(text[: found.start()].rstrip(" ,;:?"))[-1]
    words = [w.lower() for w in _WORD.findall(phrase)][-ALTERNATIVE_REACH:]
    stops = any_stop_words()
    if len(words) < 2 or any(w not in stops for w in words):
        return ""
    return _possessives_alike(" ".join(words))


def _alternatives(text: str) -> frozenset[str]:
    first, second = _alternative_sides(text)
    return frozenset(first + second)


@cache
def _alternative_sides(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words an either/or question offers, lower-cased: the words next to "or" within its phrase ("хто
    оплачує доставку — я чи ви?" offers "я" and "ви", not "доставку"), less stop words ("Does it photograph well
    with flash, or ...": "well" is none; the question may be in another language than the reply, so any
    language's). Empty when it is no either/or question or offers only pronouns."""
    found = _alternative(text)
    if found is None:
        return (), ()
    # "...in the morning? Or only in the evening?": the first alternative ends the sentence before
    head = text[: found.start()].rstrip().rstrip("?")
    phrases = _PHRASE_BREAK.split(head)
    if len(phrases) > 1 and not _WORD.search(phrases[-1]):
        phrases.pop()  # "Is it waterproof, or just splashproof?": a comma before the "or" ends no alternative
    stops = any_stop_words()

    def offered(words: list[str]) -> list[str]:
        return [w.lower() for w in words if w.isdigit() or (len(w) >= 3 and w.lower() not in stops)]

    # the words next to "or", or the first word after it that is no stop word ("or only in the shops" offers
    # "shops")
    pointer = _POINTING_BACK.match(text, found.end())
    if pointer is not None and (
        _EXCLUSIVE_OR.match(text, found.start()) or text[: found.start()].rstrip().endswith("?")
    ):
        pointer = None  # "..., or is it cash only?", "...? Or is it only for night-time?": read below
    following = _ALTERNATIVE_WORD.findall(_PHRASE_BREAK.split(text[(pointer or found).end() :])[0])
    after = offered(following)
    second = offered(following[:ALTERNATIVE_REACH]) or after[:1]
    # "Can I keep feeding her the adult one until the right food arrives, or should I stop?": a clause of time that
    # ends the first alternative's phrase is its circumstance, not the alternative
    # (not when the times are the alternatives: "before or after shaving?", "when I order or when it arrives?")
    inside = [
        m
        for m in _CIRCUMSTANCE_WORD.finditer(phrases[-1])
        if _WORD.search(phrases[-1], 0, m.start()) and len(_WORD.findall(phrases[-1], m.end())) >= CLAUSE_WORDS
    ]
    cut = bool(inside) and _CIRCUMSTANCE.match(text, found.end()) is None
    source = phrases[-1][: inside[-1].start()] if cut else phrases[-1]
    first = offered(_ALTERNATIVE_WORD.findall(source)[-ALTERNATIVE_REACH:])
    if pointer is not None and second:
        # "Is the wool throw machine washable, or does it need dry cleaning?": the second alternative points back
        # to the thing, so the first one's words are only its last few; the thing itself ("throw") is both's
        return tuple(_last_offered(phrases[-1], min(len(second), POINTED_PAIR), offered)), tuple(second)
    if second and not text[: found.start()].rstrip().endswith("?") and _EXCLUSIVE_OR.match(text, found.start()):
        # «можно оплатить курьеру картой или только наличными?»: "or only" pairs as many words on each side;
        # the verb and the courier before them both alternatives share. (Asked in two sentences, "...in the
        # morning under sunscreen? Or only in the evening?", the first sentence's words all stand.) A clause of
        # time or condition between them ("by card when the wardrobe is delivered, or only in cash?") is neither.
        source = phrases[-1]
        if not _CIRCUMSTANCE_AFTER_ONLY.match(text, found.end()):
            # ("...if I have worn them, or only if they are unworn?": the circumstances are the alternatives)
            source = _before_circumstance(phrases)
        first = _last_offered(source, len(second), offered)
        if _PAYING.search(text) and any(_at_the_door(w) for w in first):
            # «оплатити карткою кур'єру чи лише готівкою?»: to whom or where is paid is no way to pay
            first = (
                _last_offered(source, len(second), lambda words: [w for w in offered(words) if not _at_the_door(w)])
                or first
            )
    return tuple(first), tuple(second)


_PAYING = re.compile(r"(?<!\w)(?:pay\w*|оплат\w*|плат\w*|розрахув\w*|рассчита\w*)(?!\w)", re.IGNORECASE)
"""A question about paying (its alternatives are ways to pay)."""


def _last_offered(phrase: str, count: int, offered: Callable[[list[str]], list[str]]) -> list[str]:
    """The offered words of the phrase's last `count` written words that offer any: "battery-powered or mains only"
    pairs "battery-powered" (both its parts) with "mains", «картой или только наличными» «картой» with «наличными»."""
    found: list[str] = []
    taken = 0
    for chunk in reversed(phrase.split()[-ALTERNATIVE_REACH:]):
        words = offered(_ALTERNATIVE_WORD.findall(chunk))
        if words:
            found[:0] = words
            taken += 1
            if taken == count:
                break
    return found


def _before_circumstance(phrases: list[str]) -> str:
    """The first alternative's phrase less a clause of time or condition that ends it: "Can I pay by card when the
    wardrobe is delivered" -> "Can I pay by card"; «Можно оплатить картой, когда привезут» -> «Можно оплатить
    картой»."""
    last = phrases[-1]
    opener = _CIRCUMSTANCE.match(last)
    if opener is not None:
        return phrases[-2] if len(phrases) > 1 else ""
    inside = [m for m in _CIRCUMSTANCE_WORD.finditer(last) if _WORD.search(last, 0, m.start())]
    last = last[: inside[-1].start()] if inside else last
    # «оплатить картой при доставке, или только наличными?»: the handover names the moment, not an alternative
    # (looked for in the phrase's last characters only: a regex anchored at the end, tried from every start, is
    # quadratic in a run of spaces)
    tail_at = max(0, len(last) - HANDOVER_TAIL_CHARS)
    found = _HANDOVER_TAIL.search(last, tail_at)
    return last[: found.start()] if found is not None else last


HANDOVER_TAIL_CHARS = 40
_HANDOVER_TAIL = re.compile(
    r"\s+(?:при\s+(?:доставке|получении|доставці|отриманні)|під\s+час\s+(?:доставки|отримання)"
    r"|(?:on|upon)\s+(?:delivery|collection)|at\s+the\s+door)[\s,]{0,3}$",
    re.IGNORECASE,
)


_CIRCUMSTANCE_WORD = re.compile(
    r"(?<!\w)(?:when|once|after|before|while|until|когда|после|пока|коли|після|поки)(?!\w)",
    re.IGNORECASE,
)
"""A clause of time ("when it is delivered", «когда привезут»). Not "if", which as often means "whether" ("Could you
tell me if it is fully waterproof, or just showerproof?")."""
_CIRCUMSTANCE = re.compile(r"\s*" + _CIRCUMSTANCE_WORD.pattern, re.IGNORECASE)
CLAUSE_WORDS = 2
"""Words a clause of time has after its "until" or "when" at least ("until the right food arrives"); "after
planting" is a circumstance the alternative may be."""
_CIRCUMSTANCE_AFTER_ONLY = re.compile(r"\s+\w+\s+" + _CIRCUMSTANCE_WORD.pattern, re.IGNORECASE)
"""An "or only" followed by a clause of time ("or only when it is delivered")."""


def _alternative(text: str) -> re.Match[str] | None:
    """The "or" of an either/or question, if it is one: then only naming an alternative answers it ("кто оплачивает
    доставку — я или магазин?" is not answered by a courier's name)."""
    return next((m for m in _ALTERNATIVE.finditer(text) if _between_alternatives(text, m)), None)


_CLAUSE_OPENERS = frozenset({"і", "й", "та", "а", "але", "ще", "and", "и", "но"})


def _between_alternatives(text: str, m: re.Match[str]) -> bool:
    """Ukrainian «чи» is "or" between two words, or after a question it continues («...вранці? Чи лише
    ввечері?»), and "whether" at the head of a clause ("Хотіла б дізнатися, чи є сукня...", "І чи працює він з
    iPhone?"): only the first joins alternatives. The others always do."""
    if m.group().lower() != "чи":
        return True
    head = text[: m.start()].rstrip()
    if head.endswith("?"):
        return True  # «...вранці? Чи лише ввечері?»: an either/or asked in two sentences (see `find_questions`)
    if _EXCLUSIVE_OR.match(text, m.start()):
        return True  # «…у пральній машинці, чи тільки хімчистка?»: "or only" after a comma is still "or"
    if not head or not head[-1].isalnum():
        return False
    words = _WORD.findall(head)
    return bool(words) and words[-1].lower() not in _CLAUSE_OPENERS


def _words_of(reply: Reply, i: int) -> set[str]:
    """Sentence i's words, lower-cased, as written (not lemmas): what is said back is compared by stem."""
    return {w.lower() for w in _WORD.findall(reply.analysis.text, *reply.sentences[i])}


def _timed(j: Judging) -> bool:
    """A date or time in the question's passage. A question about what will happen takes one told as past only in
    a sentence using its own words ("We refunded it on Monday" dates the refund asked about; "We received your
    backpack on Monday" does not say when the refund will come)."""
    if j.q.daytime and not j.holds(j.passage, "moments"):
        return False  # "Do you deliver at weekends?": a day or an hour answers, "the courier calls an hour before" not
    if j.q.daytime and DAY_PART.search(j.q.text) and not j.holds(j.passage, "hours"):
        return False  # "In the morning or in the afternoon?": an hour or a part of the day answers, a weekday not
    if not j.q.ahead:
        return j.holds(j.passage, "times")
    if j.holds(j.passage, "times_ahead"):
        return True
    if not j.holds(j.passage, "times"):
        return False
    # by a word of its own that is more than coming: "It reached our warehouse on Monday" says back "reach" of
    # "When will the refund reach my card?", not the refund
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and t.lemmas.isdisjoint(_ARRIVING)]
    if not own:  # "When will my order arrive?": nothing more than the coming to say back
        return j.holds(Scope(frozenset(j.linked)), "times")
    bags = j.reply.bags
    return j.holds(Scope(frozenset(i for i in j.linked if any(bags[i].has(t) for t in own))), "times")


_ARRIVING = frozenset(
    {"reach", "arrive", "come", "get", "go", "прийти", "приходить", "дойти", "доходить", "прибыть", "поступить",
     "поступать", "приходити", "дійти", "доходити", "прибути", "надійти", "надходити"}
)  # fmt: skip
"""Verbs of a thing coming, which any past event says back without dating the thing asked about."""
_SENT_ON = frozenset(
    {"send", "ship", "dispatch", "refund", "отправить", "отправлять", "выслать", "перевести", "перечислить",
     "відправити", "відправляти", "надіслати", "переказати", "перерахувати"}
)  # fmt: skip
"""Verbs of the shop sending a thing on its way to the customer: told done with a date, they say whether it has
come (not yet, or by when)."""
_TO_THE_SHOP = re.compile(
    r"(?<!\w)(?:до\s+вас|к\s+вам|на\s+ваш\w*|вам|you(?:'ve|\s+have)?\s+(?:got|received)|reached\s+you|to\s+you)(?!\w)",
    re.IGNORECASE,
)
"""A thing coming to the shop ("Has my payment reached you?", «Гроші вже надійшли до вас?»): the customer's sending,
which no sending of the shop's tells."""


_CLOCK_ASKED = re.compile(
    r"(?<!\w)(?:what\s+time(?!\s+(?:period|frame|scale|span|limit|window|of\s+(?:the\s+)?year))|at\s+what\s+hour|во\s+сколько|в\s+котор\w+\s+час\w*|в\s+какое\s+время"
    r"|о\s+котрій|в\s+який\s+час|о\s+якій\s+годині)(?!\w)",
    re.IGNORECASE,
)
"""A "when" asking an hour ("What time will the engineer arrive?", «Во сколько приедет мастер?»), which a term in
years cannot answer however near it stands; "what time period" asks a term."""


def _when(j: Judging) -> bool:
    """A date or time, or a term in years ("Какой срок годности?" - "2 года с даты производства"), or a word that
    answers "when" without one ("already", "as soon as it arrives")."""
    # a term in years answers a shelf life or a warranty, not an hour asked ("What time will the engineer
    # arrive?" - "Craig has looked after boilers in your area for ten years")
    years = _CLOCK_ASKED.search(j.q.text) is None and j.holds(j.passage, "years")
    if _timed(j) or years or _shared_answer(j, "times_ahead" if j.q.ahead else "times"):
        return True
    if _BEST_TIME.search(j.q.text) and j.holds(j.passage, "seasons"):
        return True  # "When is the best time to repot it?" - "just after it flowers, usually in late spring"
    if _HOW_OFTEN.search(j.q.text) and j.holds(_how_often_scope(j), "frequency"):
        return True  # «Как часто нужно обновлять масло?» - «примерно раз в год»
    if _lasting_told(j) or _how_soon_told(j):
        return True
    # perf: markers grouped by their words; a question asks each group (a lexicon's worth at most), not each one
    # a promise to tell the customer "as soon as" something happens says no when («Щойно кавомолка надійде, ми Вам
    # повідомимо», "We'll let you know the moment it ships"): the page counts it only with a time
    promised = j.reply.evidence("promises")
    waits = j.reply.evidence("waits")  # «Как только гравировка будет готова, мы сразу пришлём SMS»: no time
    return any(
        not _circular(j, words, topics)
        and j.claims.reaches(j.near, sentences)
        and not sentences <= promised
        and not sentences <= waits
        and not _another_past_event(j, sentences)
        for (words, topics), sentences in j.reply.when_groups().items()
    )


def _term_told(j: Judging) -> bool:
    """A "which" or "what" about a warranty or how long a thing stays valid ("What's the warranty on it?", «Яка на
    нього гарантія?») is answered by its term, in years or months, in the question's passage."""
    if TERM_TOPICS.isdisjoint(j.q.topics):
        return False
    # in a sentence on the warranty itself, or the question's own passage, and no other question's: "You can pay
    # in 12 months' instalments" gives no warranty
    terms = j.reply.evidence("terms_told")
    if j.passage.explicit is not None:
        return any(i in terms and i not in j.others for i in j.passage.explicit)
    return bool(j.claims.mine_of(j.n, "terms_told"))


_LASTS = re.compile(
    r"(?<!\w)(?:takes?|taking|took|lasts?|lasting|runs?\s+for|займа\w*|займе|займёт|займет|занима\w*|трива\w*"
    r"|длит\w*|продлит\w*|вистача\w*|вистачить|хвата\w*|хватит|уход(?:ит|ят)|уйд[её]т|йде|піде|spends?|spent"
    r"|finish(?:es|ed)?|справля\w*|справит\w*|справ\w*ся|впора\w*|управля\w*)(?!\w)",
    re.I,
)
"""What says how long something takes or lasts: "take about three hours", «вистачає на 80 хвилин», «на всё уходит
4–5 часов», or how long people take to do it: "most finish it in two hours", «справляются за 40 минут»."""


def _lasting_told(j: Judging) -> bool:
    """ "How long does assembly take for two people?" - "Most couples take about three hours to put it together":
    how long, told with a verb of lasting and a length of time, answers the only question in the letter that asks
    how long, in a sentence no other question claims but a yes/no asking no time (`_no_other_length`), though it says
    the subject in other words. A date there ("We are closed on Monday") is no length, and a length in a sentence
    another question owns is its."""
    if not HOW_LONG.search(j.q.text) or j.claims.kinds_asked["how-long"] > 1:
        return False
    reply = j.reply
    text = reply.analysis.text
    topics, bags = j.q.topics, reply.bags
    return any(
        i not in reply.quoted
        and _LASTS.search(text, *reply.sentences[i]) is not None
        and _no_other_length(j, i)
        # another process's length is not this one's: «Повернення коштів займає до 5 днів» for a delivery
        and (not topics or not bags[i].topics or not topics.isdisjoint(bags[i].topics))
        for i in reply.evidence("durations")
    )


def _no_other_length(j: Judging, i: int) -> bool:
    """Whether the length in sentence i can be no other question's: no other question claims it, or only yes/noes
    asking no time do and the sentence names no other topic ("Can two people do it?" - "It takes about 90 minutes
    for two people"; not "Do you ship to Ireland?" - "delivery is €6.95 and takes 3-5 days" for a candle's burn)."""
    rivals = j.rivals(i)
    if not rivals:
        return True
    if any(q.kind != "yes-no" or q.asks_time or HOW_LONG.search(q.text) for q in rivals):
        return False
    # a topic of a rival's makes the length the rival's ("delivery ... takes 3-5 days"); one of no question's
    # ("change the water every two days") is the sentence's own detail
    told = j.reply.bags[i].topics & frozenset().union(*(q.topics for q in rivals))
    return not told or not j.q.topics.isdisjoint(told)


_HOW_SOON = re.compile(r"(?<!\w)(?:how\s+soon|через\s+сколько|через\s+скільки)(?!\w)", re.IGNORECASE)
"""A "when" asked as a length of time from now ("How soon will I see results?", «Через сколько будет виден
результат?»)."""


def _how_soon_told(j: Judging) -> bool:
    """ "Does the serum help? And how soon will I see results?" - "Yes, it strengthens the roots; the first changes
    show after 6-8 weeks": a length of time anywhere in the reply answers the letter's only "how soon", in a
    sentence no other question asking a time claims, whatever words it uses for the result."""
    if not _HOW_SOON.search(j.q.text) or sum(1 for q in j.claims.questions if _HOW_SOON.search(q.text)) > 1:
        return False
    reply = j.reply
    # a length still to come ("after six to eight weeks"), not one that has passed ("it served you three weeks")
    ahead = reply.evidence("durations") & reply.evidence("times_ahead")
    return any(all(not (q.kind == "when" or q.asks_time) for q in j.rivals(i)) for i in ahead - reply.quoted)


def _another_past_event(j: Judging, sentences: set[int]) -> bool:
    """A question about what will happen is not answered by "already" told of another, past event: «Ваше пальто
    мы получили, его уже проверили» does not say when the money reaches the card (the page's "a date of what
    already happened"), unless the sentence uses the question's own words."""
    if not j.q.ahead or not sentences.isdisjoint(j.linked):
        return False
    events = sentences & j.reply.evidence("events")
    return _tells_an_event(j, events) and any(_names_another_thing(j, i) for i in events)


def _names_another_thing(j: Judging, i: int) -> bool:
    """Whether sentence i names something else the customer wrote of (the coat returned, not the refund asked
    about): "We already sent it yesterday" is about the thing asked, «Пальто мы получили, его уже проверили» is
    not."""
    stops = any_stop_words()
    other = [w for w in _words_of(j.reply, i) if len(w) >= STEM and w not in stops and not share_a_stem([w], j.q.words)]
    # perf: the letter's words are built once here, not once per word of the sentence
    return bool(other) and share_a_stem(other, [told for told in j.q.letter_words if len(told) >= STEM])


_BEST_TIME = re.compile(
    r"(?<!\w)(?:best time|when should|when is it best|в какое время года|в яку пору року"
    r"|когда нужно|когда стоит|коли треба|коли варто"
    r"|когда(?:\s+\w+){0,2}?\s+лучше|коли(?:\s+\w+){0,2}?\s+(?:краще|найкраще))(?!\w)",
    re.IGNORECASE,
)
"""A "when" that asks for the right time to do something, which a season answers ("When is the best time to
repot it?", «Когда её лучше обрезать?», with a word or two between); "When will the paddling pool be back?" asks
for a date, and "popular in summer" is none."""

_HOW_OFTEN = re.compile(
    r"(?<!\w)(?:how often|как часто|як часто|с какой периодичностью|з якою періодичністю)(?!\w)", re.I
)


def _how_often_scope(j: Judging) -> Scope:
    """Where a frequency answers "how often": a frequency answers no other kind of question, so with no other "how
    often" asked, its passage and the sentences apart that speak of its thing («Делать его достаточно раз в неделю»
    for «И как часто его наносить?»); else its passage."""
    passage = j.passage.explicit
    if passage is None or sum(1 for q in j.claims.questions if _HOW_OFTEN.search(q.text)) > 1:
        return j.passage
    return Scope(passage | _apart_of_it(j))


def _shared_answer(j: Judging, name: str) -> bool:
    """Evidence of the question's type in a sentence on its subject that another question owns, when no question
    owning it asks for that type: "Какой срок поставки? И возможна ли доставка до офиса в Химках?" - "доставим их
    в Ваш офис в Химках в понедельник, 1 декабря" settles both (the date is no answer the second one asks for).
    On its subject by its topic, or by one of its own words: "Сколько времени занимает химчистка дивана? И
    сколько это стоит для трёхместного дивана?" - "Мастер обрабатывает трёхместный диван примерно за полтора
    часа" is the second question's sentence by its words, and its time is the first one's answer."""
    bags, topics = j.reply.bags, j.q.topics
    kind = j.q.kind
    return any(
        i in j.related_all
        and ((bool(topics) and not topics.isdisjoint(bags[i].topics)) or (i in j.linked and _unanswered_there(j, i)))
        and all(q.kind != kind and not q.asks_time for q in j.rivals(i))
        for i in j.reply.evidence(name)
    )


_TYPE_EVIDENCE = {"how-much": "amounts", "when": "times"}
"""The evidence that answers a question of each kind, for telling whether a sentence answers the question owning it."""


def _unanswered_there(j: Judging, i: int) -> bool:
    """Whether every other question owning sentence i is of a kind whose answer the sentence lacks: a sentence
    the price question took by its words but that names no price («Мастер обрабатывает трёхместный диван за
    полтора часа») is free to answer the "how long" beside it; one that names the delivery's price and time
    («Доставка дивана стоит 1500 рублей и занимает 3 дня») is the delivery's, its time no answer on the warranty."""
    reply = j.reply
    for q in j.rivals(i):
        evidence = _TYPE_EVIDENCE.get(q.kind)
        if evidence is None or i in reply.evidence(evidence):
            return False
    return True


def _circular(j: Judging, words: frozenset[str], topics: frozenset[str]) -> bool:
    """A "when" marker that names the very event asked about: "When will it arrive?" - "on delivery"."""
    return not j.q.topics.isdisjoint(topics) or any(not t.lemmas.isdisjoint(words) for t in j.q.terms)


def _done(j: Judging) -> bool:
    """A request answered by doing it: "Could you send a replacement?" - "A new copy went out today",
    "Можно заменить?" - "Новый флакон отправили сегодня". The statement must be in the question's passage, or,
    when the reply never repeats its words, in a sentence no other question claims (the action done for another
    request does not answer this one)."""
    if _done_here(j) or _on_its_words(j, "already_done") or _on_its_words(j, "attached") or _documents_attached(j):
        return True
    if j.passage.explicit is not None and not j.related and j.holds(UNCLAIMED, _deeds(j)):
        return True
    return _done_on_topic(j) or _done_with_the_next(j)


_ASKS_HANDING_ON = re.compile(
    r"(?<!\w)(?:pass|passing|forward|escalate|передать|передайте|передай|переслать|перешлите|передати|переслати"
    r"|перешліть)(?!\w)",
    re.IGNORECASE,
)
"""A request to hand something on ("Could you pass this to the manager?", «Передайте, пожалуйста, курьеру»)."""


def _deeds(j: Judging) -> str:
    """The evidence of what the shop did for a request: handing the matter on to a colleague does not do it ("Will
    you send a new one?" - "I've passed your photos to our quality team"), unless handing it on is what is asked."""
    return "done" if _ASKS_HANDING_ON.search(j.q.text) else "deeds"


def _done_with_the_next(j: Judging) -> bool:
    """Two requests in one sentence, done in one: "Can you send another one, and could you wrap it better this
    time?" - "A new one went out today, and this time we've wrapped it better". The sentence doing the request
    joined to this one does this one too, when it is on this one's subject."""
    owners = j.claims.owners
    joined = {m for m in j.claims.requests_pointing_back.get(j.q.key_terms, ()) if m != j.n}
    if not joined:
        return False
    return any(
        i in j.related_all and all(m == j.n or m in joined for m in owners.get(i, ()))
        for i in j.reply.evidence(_deeds(j))
    )


def _done_here(j: Judging) -> bool:
    """A request done in a sentence of its passage ("Could you send a replacement?" - "A new copy went out today"),
    unless all that sentence shares with the request are an order number or everyday words: "I've updated the
    address on order 4471" does not send the invoice for order 4471 asked for; a size is no order number ("Can you
    exchange it for a 10?" - "A size 10 dress went out this afternoon")."""
    bags = j.reply.bags
    for i in _in_passage(j, _deeds(j)) - _papers_instead(j) - _contact_promised(j):
        # the answer of another question, in that one's own words, does not do this one unless it says most of it:
        # "Your order TR-40871 left our warehouse yesterday" answers "When will order TR-40871 arrive?", and does not
        # send the parcel to the office asked for beside it («Заказ отправили вчера» for «можно отправить в офис?»)
        if _anothers_in_its_words(j, i) and _share(j, i) < COVERED_SHARE:
            continue
        shared = [t for t in j.q.terms if bags[i].has(t)]
        if not shared or any(t.weight >= 1.0 or _size_said(j.reply, i, t) for t in shared):
            return True
    return False


def _action_handed_on(j: Judging) -> bool:
    """Whether the request's own action is said back only in sentences that hand it on: the words of the request
    repeated to a colleague («Ваше прохання надіслати нову дужку я передала майстерні») do not take it up."""
    handed = j.reply.evidence("handed_on")
    action = _asked_action(j.q, english=True) if handed else None
    if action is None:
        return False
    # perf: the sentences using the word, from the reply's index (none when it is everywhere), not a walk over all
    saying = j.reply.index.sentences_with(action) - j.reply.quoted
    return bool(saying) and saying <= handed


def _contact_promised(j: Judging) -> set[int]:
    """The sentences whose deed is getting in touch with the customer and nothing sent («ми розглянемо Ваше
    звернення і зв'яжемося з Вами», "we'll get back to you"), when the request is not to be contacted: a promise to
    look into it, not the deed asked for."""
    if _CONTACT_ASKED.search(j.q.text):
        return set()
    return j.claims.once(("contact promised",), functools.partial(_contact_sentences, j.reply))


def _only_contact_promised(j: Judging) -> bool:
    """Whether the sentences the request alone owns (on its subject, covered by no other question as well) only
    promise to get back in touch: "I'll look into a replacement battery for you and get back to you", «С кабелем
    разберёмся и вернёмся к вам» take the request up and do nothing (the page: a promise to look into it does not
    answer a request). A sentence it shares with another question ("The GT-18 battery comes with a two-year
    warranty" for the warranty asked beside it) is that one's answer."""
    owners = j.claims.owners
    own = {i for i in j.related if owners.get(i) == [j.n]} - j.reply.quoted
    return bool(own) and own <= _contact_promised(j)


def _contact_sentences(reply: Reply) -> set[int]:
    """perf: found once per reply, not per request. A sentence that also tells a deed done, in the past ("I have
    refunded order 5530 and will contact you if the bank asks for anything"), is that deed's; «Мы рассмотрим ваше
    обращение и свяжемся с вами» promises both."""
    text = reply.analysis.text
    done = (reply.evidence("deeds") & reply.evidence("past")) | reply.evidence("already_done")
    return {
        i
        for i, (start, end) in enumerate(reply.sentences)
        if i not in done and _CONTACT_YOU.search(text, start, end) and not _SENDING.search(text, start, end)
    }


_CONTACT_YOU = re.compile(
    r"(?<!\w)(?:зв['’]яж\w*|зв['’]язал\w*|свяж\w*|связал\w*|верн[её]мся|вернусь|поверн\w*ся|get\s+in\s+touch|get\s+back"
    r"|come\s+back|contact)\s+(?:з\s+вами|с\s+вами|к\s+вам|до\s+вас|with\s+you|to\s+you|you)(?!\w)",
    re.IGNORECASE,
)
"""Getting in touch with the customer («зв'яжемося з Вами», «свяжемся с вами», «вернёмся к вам», "we'll get back to
you")."""
_CONTACT_ASKED = re.compile(
    r"зв['’]яж|связ|передзвон|перезвон|напиш|написат|написа|сообщ|повідом|інформ|информ|\bcall\b|\bcontact\b"
    r"|\bring\b|\bwrite\b|\be-?mail\s+me\b|\bnotify\b|\blet\s+me\s+know\b|\binform\b|\btell\s+me\s+when\b",
    re.IGNORECASE,
)
"""A request to be contacted or told ("Could you call me?", "let me know when", «Напишите мне, когда»,
«Повідомте, коли»), which getting in touch does."""


def _papers_instead(j: Judging) -> set[int]:
    """The sentences attaching a paper, when the request asks a deed no paper does: "Could you refund the delivery
    fee?" - "I've attached our delivery terms" attaches, and does not refund (unless it says the refund too)."""
    attached = j.reply.evidence("attached")
    if not (j.q.requests and attached):
        return set()
    asked = _deed_no_paper_does(j.q)
    if asked is None:
        return _another_paper(j, attached)
    return {i for i in attached if not j.reply.bags[i].has(asked)}


def _another_paper(j: Judging, attached: set[int]) -> set[int]:
    """The sentences attaching a paper other than the one asked for: "Could you send me a copy of the delivery
    note?" - "I've attached the invoice for order 3310" (the page: "a copy" of one paper is not another). A
    sentence naming no paper ("I've attached it"), the paper under another name of its kind ("the user guide" for
    the manual) or a paper in general ("the document", "the PDF") is the one asked for."""
    return _attached_instead(j, attached, _papers_asked(j.q))


def _attached_instead(j: Judging, attached: set[int], papers: list[Term]) -> set[int]:
    """The sentences of `attached` attaching a paper that is none of `papers` (none when no paper is asked)."""
    if not papers:
        return set()
    bags, kinds = j.reply.bags, _paper_words(papers)
    return {i for i in attached if "topic_documents" in bags[i].topics and not _names_paper(j, i, papers, kinds)}


def _only_another_paper(j: Judging) -> bool:
    """A request to send a paper met by another paper attached, the one asked for named nowhere in the reply:
    "Could you send me the manual?" - "I've attached the delivery note, which lists the serial number" sends no
    manual, whatever else the reply tells («Заказ доставлен 21 ноября»). Not a request for a deed no paper does
    ("Could you deliver it on Saturday?" - "...the delivery note with the new date is attached"), which the deed
    answers."""
    attached = j.reply.evidence("attached")
    if not attached or _deed_no_paper_does(j.q) is not None:
        return False
    papers = _papers_asked(j.q)
    if not _attached_instead(j, attached, papers):
        return False
    kinds = _paper_words(papers)
    own = set(range(len(j.reply.sentences))) - j.reply.quoted
    return not any(_names_paper(j, i, papers, kinds) for i in own)


def _paper_words(papers: list[Term]) -> frozenset[str]:
    """The words that name the papers asked for besides their own: another word for their kind (manual, guide,
    instructions; certificate, warranty card), a paper in general or a file format, which may be them."""
    asked = frozenset().union(*(t.lemmas for t in papers))
    kinds = frozenset().union(*(kind for kind in _PAPER_KINDS if not kind.isdisjoint(asked)))
    return kinds | _DOCUMENTS_ASKED | _FORMATS


def _names_paper(j: Judging, i: int, papers: list[Term], kinds: frozenset[str]) -> bool:
    """Whether sentence i names one of the papers asked for: its word, or one of `kinds` (`_paper_words`)."""
    if any(j.reply.bags[i].has(t) for t in papers):
        return True
    words = _named_words(j.reply, "topic_documents").get(i)
    if not words:
        return False
    lemmas = lemmatizer(j.reply.analysis.lang)
    return any(w in kinds or not lemmas.lemmas(w).isdisjoint(kinds) for w in words)


_FORMATS = frozenset({"pdf"})
"""A paper named by its file format ("I've attached the PDF"), which may be any paper; asked for in one ("the
manual in PDF"), the format names no paper of its own."""


_PAPER_KINDS = (
    frozenset(
        {"manual", "instructions", "instruction", "guide", "booklet", "handbook", "инструкция", "руководство"}
        | {"інструкція", "посібник", "керівництво"}
    ),
    frozenset({"certificate", "card", "сертификат", "талон", "паспорт", "сертифікат"}),
    frozenset({"invoice", "bill", "счёт", "счет", "счёт-фактура", "рахунок", "рахунок-фактура"}),
    frozenset({"receipt", "чек", "квитанция", "квитанція"}),
)
"""Words for one kind of paper: a user guide is the manual asked for, a warranty card the certificate."""


def _paper_attached(j: Judging) -> bool:
    """A request for a paper done by attaching it, also when the request asks for "it" and the sentence before
    named the paper ("I need the receipt for order 33871. Could you send it to me?" - "Please find the receipt
    attached"): not a request for a deed no paper does ("Could you refund the fee?")."""
    if _deed_no_paper_does(j.q) is not None:
        return False
    papers = _papers_asked(j.q)
    attached = j.reply.evidence("attached")
    if papers:
        return any(j.reply.bags[i].has(t) for i in attached for t in papers)
    if j.q.words.isdisjoint(IT_WORDS):
        return False
    # "it": the paper attached is one the letter named before the request
    named = _named_words(j.reply, "topic_documents")
    stems, end = j.q.story_stems, j.q.told_from
    return any(stems.told_before(w, end) for i in attached for w in named.get(i, ()))


def _papers_asked(q: Question) -> list[Term]:
    """The papers a request names, or the one it points back to by a pronoun; none when it asks for papers in
    general («закрывающие документы», "the paperwork"), which any paper attached may be (`_documents_attached`)."""
    papers = [t for t in q.key_terms if "topic_documents" in t.topics and t.text.lower() not in _COPY_WORDS]
    if not papers and not q.words.isdisjoint(IT_WORDS):
        papers = [t for t in q.context if "topic_documents" in t.topics and t.text.lower() not in _COPY_WORDS]
    return [] if any(not t.lemmas.isdisjoint(_DOCUMENTS_ASKED) for t in papers) else papers


_COPY_WORDS = frozenset({"copy", "copies", "копия", "копию", "копии", "копія", "копію", "копії"})
""""A copy" names no paper of its own: the paper is what it is a copy of."""


def _deed_no_paper_does(q: Question) -> Term | None:
    """The action a "can you" asks for, when it is none a paper attached to the reply does (`_GIVING_PAPERS`: send,
    give or issue one): "Could you refund the delivery fee?" asks "refund"; "Could you email me the invoice?" asks
    what an attached invoice gives, so None."""
    asked = _asked_action(q, english=True)
    return asked if asked is not None and asked.lemmas.isdisjoint(_GIVING_PAPERS) else None


def _anothers_in_its_words(j: Judging, i: int) -> bool:
    """Whether sentence i is the answer of another question asking when, where or how much, said in that one's own
    words (a why or a yes/no beside the request may well be answered in the sentence that does it: "our packing team
    forgot the lid. A new lid went out this morning" for "Why did that happen? Could you send one?")."""
    bag = j.reply.bags[i]
    return any(q.kind in TYPED and any(t.weight >= 1.0 and bag.has(t) for t in q.key_terms) for q in j.rivals(i))


_SIZE_NAMES = r"(?:size|sizes|размер\w*|розмір\w*)"


def _size_said(reply: Reply, i: int, t: Term) -> bool:
    """A number of one or two digits told as a size in sentence i ("A size 10 Meadow dress went out", «Платье
    44-го размера отправили»): the size asked for ("exchange it for a 10"), not an order or ticket number (those run
    to four digits and more), nor a number the sentence says of something else ("the 10 is back in stock")."""
    if not (t.text.isdigit() and len(t.text) <= 2):
        return False
    return _size_pattern(t.text).search(reply.analysis.text, *reply.sentences[i]) is not None


@cache
def _size_pattern(number: str) -> re.Pattern[str]:
    """ "size 10", «44-го размера», «44 розміру», "a pair in 34": the number told as a size (one pattern per number,
    kept)."""
    n = re.escape(number)
    return re.compile(
        rf"{_SIZE_NAMES}\s+{n}(?!\d)|(?<!\d){n}(?:-?(?:го|й|ого))?\s+{_SIZE_NAMES}"
        rf"|(?<!\w)in\s+(?:a\s+)?{n}(?![\d.,:\-–])(?!\s*(?:{_NOT_SIZE_UNITS})(?!\w))",
        re.I,
    )


_NOT_SIZE_UNITS = (
    r"minutes?|mins?|hours?|days?|weeks?|months?|years?|business|working|calendar|%|cm|mm|m|kg|g|lbs?|pieces?|pcs"
    r"|colou?rs?"
)
"""What "in 3" may be counted in when it is no size ("in 3 days", "in 2 colours"); "a pair in 34" is one."""


def _on_its_words(j: Judging, name: str) -> bool:
    """A request told as already so (`already_done`), or a document sent with the reply (`attached`), in a sentence
    of its passage that says back a third of the request's words or more, one of them a full word: "Можете поменять
    адрес доставки на ул. Ленина, 5?" - «Новый адрес уже в заказе 1207: ул. Ленина, 5», "Could you email me the
    invoice?" - "Please find attached the invoice". The "already" of another thing ("the planter set is already
    with DPD" for "could you gift wrap it?") or another document ("Please find attached our returns policy" for the
    invoice) does not do it."""
    bags = j.reply.bags
    if name == "attached" and _deed_no_paper_does(j.q) is not None:
        return False  # "Our delivery terms are attached" does not refund "the delivery fee"
    paper = _paper_asked(j.q) if name == "attached" else None
    return any(
        (paper is not None and bags[i].has(paper))
        or (
            _share(j, i) >= COVERED_SHARE_WITH_POSITION
            and any(t.weight >= 1.0 and bags[i].has(t) for t in j.q.key_terms)
        )
        for i in _in_passage(j, name)
    )


_OF_A_PAPER = frozenset(
    {"copy", "scan", "new", "another", "signed", "копия", "скан", "новый", "другой", "подписанный", "копія", "новий",
     "інший", "підписаний"}
)  # fmt: skip
"""Words that say which form of a paper, not which paper ("a copy of the contract", «новий рахунок»)."""


def _paper_asked(q: Question) -> Term | None:
    """The paper a request to give one names, the first word of its own after the action («Чи можете виставити
    рахунок на ТОВ «Агросвіт»?» asks «рахунок»): attached and named, it is done, whatever else the request says of
    whom it is for."""
    action = _asked_action(q, english=True)
    if action is None or action.lemmas.isdisjoint(_GIVING_PAPERS):
        return None
    text = q.text.lower()
    after = text.find(action.text.lower()) + len(action.text)
    named = (t for t in q.key_terms if t.weight >= 1.0 and t.lemmas.isdisjoint(_GIVING_PAPERS | _OF_A_PAPER))
    return next((t for t in named if text.find(t.text.lower(), after) >= 0), None)


_GIVING_PAPERS = frozenset(
    {"send", "email", "e-mail", "mail", "forward", "give", "provide", "issue", "share", "attach", "get", "receive",
     "have", "make", "prepare", "draw",
     "выслать", "прислать", "отправить", "скинуть", "дать", "предоставить", "выставить", "выписать", "оформить",
     "приложить", "прикрепить", "получить", "подготовить", "сделать", "переслать",
     "надіслати", "вислати", "відправити", "скинути", "дати", "надати", "виставити", "виписати", "оформити",
     "прикріпити", "додати", "отримати", "підготувати", "зробити", "переслати"}
)  # fmt: skip
"""What a paper attached to the reply does: sends, gives or issues it («выставить счёт», "email me the invoice")."""


_DOCUMENTS_ASKED = frozenset(
    {"document", "documents", "paperwork", "papers", "документ", "документы", "документи", "бумаги"}
    | {"папери", "документация", "документація"}
)
"""The class word for papers ("the closing documents", «закрывающие документы»): a request for it names no one
paper, so the papers attached are what it asked for."""


def _documents_attached(j: Judging) -> bool:
    """ "Could you send the closing documents for order 5521?" - «Акт и счёт-фактура по заказу 5521 во вложении»: a
    request for documents by their class word is done by a sentence attaching papers of that class (a manual asked
    for by name is not done by a receipt: only the class word takes any paper). Not a sentence another request
    claims, which its own papers answer."""
    if not any(t.lemmas & _DOCUMENTS_ASKED for t in j.q.key_terms):
        return False
    reply = j.reply
    return any(
        "topic_documents" in reply.bags[i].topics and all(not q.requests for q in j.rivals(i))
        for i in reply.evidence("attached") - reply.quoted
    )


def _in_passage(j: Judging, name: str) -> set[int]:
    """The sentences of the question's passage holding evidence `name` (all of them when the passage is the whole
    reply)."""
    found = j.reply.evidence(name)
    return found if j.passage.explicit is None else found & j.passage.explicit


def _done_on_topic(j: Judging) -> bool:
    """A request done in other words, in a sentence on its topic that only questions asking for nothing to be done
    claim: "Can you send me a replacement? And do I need to send the broken one back?" - "A new mug went out
    today" (both questions are about delivery; the second is no request, so the action done is the first's)."""
    if j.related or not j.q.topics:
        return False  # it owns sentences of its own: its answer is looked for there
    bags = j.reply.bags
    return any(
        not j.q.topics.isdisjoint(bags[i].topics)
        and all(not q.requests for q in j.rivals(i))
        and not _anothers_in_its_words(j, i)
        for i in j.reply.evidence(_deeds(j))
    )


def _priced(j: Judging) -> bool:
    """A yes/no about a charge answered by an amount, a percentage or "free" in a sentence of its own, or one it
    shares with the question it is joined to: "Do you send samples, and is there a charge for them?" - "Yes, and
    they're free"; "...and is there a group discount?" - "Book clubs get 10% off". An amount in the answer to
    another question ("It weighs 1.9 kg, including the poles") does not price this one."""
    mine = set(j.related_all) if j.q.context else {i for i in j.related if i not in j.others}
    if j.scope.explicit is None and j.single:
        mine = set(range(len(j.reply.sentences)))
    amounts = j.reply.evidence("amounts")
    return not (mine | _priced_for_it(j)).isdisjoint(amounts) or _priced_by_its_thing(j, amounts)


def _priced_by_its_thing(j: Judging, amounts: set[int]) -> bool:
    """ "Can I collect the wardrobe? And is there a charge for assembly?" - "Yes, ... Assembling the wardrobe is
    £40, but ...": an amount in a sentence another question shares, beside the thing only this question names (its
    own subject word, not its price word), prices that thing."""
    bags = j.reply.bags
    own = [t for t in j.distinct_strict if t.weight >= 1.0 and not t.topics & MONEY_TOPICS]
    return any(any(bags[i].has(t) for t in own) for i in (j.related_all & amounts) - j.reply.quoted)


def _priced_for_it(j: Judging) -> set[int]:
    """Sentences on the question's own price or discount words, whichever question's thing they name, when no
    other question asks about money: "...can it arrive by Monday? And is there a discount for two?" - "When you
    buy two chairs you get 15% off"; «Замените батарею? И сколько это стоит?» - «Заменим за 40 минут, стоимость —
    1 900 грн». With two money questions each needs a sentence of its own (the chair's price is not delivery's)."""
    # with another money question, only a question whose one subject word is its price word (its thing is the
    # question before: «Есть ли доставка в Тверь и сколько она стоит?») takes the price on that topic; one with a
    # thing of its own («...и сколько стоит подъём на 5 этаж?») needs a sentence on that thing
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and not t.topics & MONEY_TOPICS]
    if own and sum(1 for q in j.claims.questions if q.about_money or q.asks_charge) > 1:
        return set()
    return {i for t in j.q.key_terms if t.topics & MONEY_TOPICS for i in j.reply.index.sentences_on(t)}


def _priced_before(j: Judging) -> set[int]:
    """ "Can you cut it to 2,450 mm? Can you cut the hob hole too? How much would both cost?" - "Cutting is £25 and
    the cut-out £45": a price question with nothing of its own but its price word asks the price of what the
    questions before it asked for, so an amount on their subject answers it, when no other question asks about
    money."""
    if j.n == 0 or any(t.weight >= 1.0 and not t.topics & MONEY_TOPICS for t in j.q.key_terms):
        return set()
    # a question only mentioning delivery ("Can you cut it before delivery?") asks no price
    if j.claims.once(("price questions",), functools.partial(_price_questions, j.claims.questions)) > 1:
        return set()
    return {i for k in range(j.n) for i in j.claims.related[k]} - j.reply.quoted


def _price_questions(questions: Sequence[Question]) -> int:
    """How many questions ask a price or a charge (perf: once per reply, not per question)."""
    return sum(1 for q in questions if q.asks_charge or (q.about_money and q.kind == "how-much"))


def _how_much(j: Judging) -> bool:
    """An amount; for a quantity that is not money ("Какой размер брать?", "how many"), a number or a named
    choice ("Бери XS", "43-й розмір") in its passage."""
    if _AGE_ASKED.search(j.q.text) and not j.q.about_money:
        # "From what age is it suitable?", «С какого возраста?»: an age answers it, not a count of pieces
        # an age anywhere no question asking a length of time owns ("12 months after opening" is the shelf life
        # asked beside it)
        rivals = sum(1 for q in j.claims.questions if _AGE_ASKED.search(q.text)) > 1
        marked = j.reply.evidence("marked_ages")
        apart = frozenset(
            i
            for i in range(len(j.reply.sentences))
            if i in marked or not any(q.kind == "when" or HOW_LONG.search(q.text) for q in j.rivals(i))
        )
        return j.holds(j.passage if rivals else Scope(apart), "ages")
    if WEIGHT.search(j.q.text) and not j.q.about_money:
        # "Сколько она весит?": a weight answers it; its size in centimetres does not
        # a weight answers no other kind of question: unless another question asks for one too, a weight anywhere
        # is this one's, in whatever words ("Рама важить 12,8 кг" for "Яка вага коляски?")
        rivals = j.claims.kinds_asked["weight"] > 1
        return j.holds(j.passage if rivals else EVERYWHERE, "mass")
    if not j.q.about_money and _COUNT_ASKED.search(j.q.text):
        # "How many capsules are in a box?", «Сколько капсул в упаковке?»: a number of them, not the box's price
        return j.holds(j.passage, "counted") and _a_number_of_its_own(j) and _count_of_its_own(j)
    if j.holds(j.passage, "amounts"):
        return True
    if j.q.about_money:
        amounts = j.reply.evidence("amounts")
        if j.scope.unclaimed and j.q.topics <= MONEY_TOPICS and not amounts <= j.claims.everything:
            # "how much do I owe you?" names nothing but the paying: an amount no question claims is its answer,
            # whatever else its sentence is about ("The new crystal came to £40")
            return True
        return (
            not _priced_for_it(j).isdisjoint(amounts)
            or not _priced_before(j).isdisjoint(amounts)
            or _amount_no_other_asks(j)
        )
    return _number_for_it(j) or (_names_choice(j) and not _asks_a_measure(j.q))


_MONEY_BACK = re.compile(
    r"(?<!\w)(?:back|назад|обратно|вернут|вернёте|вернете|повернуть|повернете|повертають)(?!\w)",
    re.IGNORECASE,
)
"""A sum asked back ("how much will I get back?", «сколько денег мне вернут?», «скільки грошей я отримаю назад?»)."""


_FOLLOWS_ON = re.compile(r"(?:і|й|и|а|and|also|ещё|еще|ще)(?!\w)", re.IGNORECASE)
"""A question opening with "and" goes on from the one before, in a sentence of its own («Чи можна його повернути? І
скільки грошей мені повернуть?»)."""


def _amount_no_other_asks(j: Judging) -> bool:
    """A follow-up asking the sum of what the question before it asks, answered by a sum in the sentence that
    answers that question, when that one asks no sum itself: "Чи можна повернути квиток і скільки грошей я отримаю
    назад?" - "Так, квиток можна повернути: ми повертаємо 90% вартості, тобто 360 грн", or asked in a sentence of
    its own opening with "and" (`_FOLLOWS_ON`), answered by a sum told as paid back. A question with a subject of its
    own ("P.S. And how much is delivery to York?") is not priced by "£19 a pair" for the pillowcases, nor is "how
    much does assembly cost?" by "it comes 85% assembled" (a share, no sum)."""
    if j.n == 0 or not (j.q.context or _FOLLOWS_ON.match(j.q.text)) or _MONEY_BACK.search(j.q.text) is None:
        return False  # the fee for a return ("how much is the return shipping?") is no sum refunded
    before = j.claims.questions[j.n - 1]
    if before.kind == "how-much" or before.asks_charge:
        return False
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and not t.topics & MONEY_TOPICS]
    bags, text = j.reply.bags, j.reply.analysis.text
    # on its own after "and", the sum must be told as paid back («Повернемо 85% вартості»), not any price in the
    # sentence («зворотна доставка коштує 90 грн»)
    alone = not j.q.context
    return any(
        any(bags[i].has(t) or t.topics & bags[i].topics for t in own)
        and set(j.claims.owners.get(i, ())) <= {j.n, j.n - 1}
        and not (alone and _PAID_BACK.search(text, *j.reply.sentences[i]) is None)
        for i in (j.related_all & j.reply.evidence("sums")) - j.reply.quoted
    )


_PAID_BACK = re.compile(
    r"(?<!\w)(?:поверн(?:емо|ем|уть|уто)|повертаємо|вернём|вернем|вернут|возвращаем|возвратим|refund\w*|(?:get|pay)"
    r"\s+(?:\w+\s+)?back)(?!\w)",
    re.IGNORECASE,
)
"""A sum told as paid back («Повернемо 85% вартості», «вернём 3 400 ₽», "we'll refund £40")."""


def _count_of_its_own(j: Judging) -> bool:
    """A count in the question's passage that the question did not give: "the Vista 55" (a model's name) and "its
    120 Hz panel" (a measurement) count no HDMI ports."""
    if _UNIT_COUNTED.search(j.q.text):
        return True  # "How many watts is the charger?" counts in the unit itself: "65 W" answers it
    given = j.q.words | set(_DIGITS.findall(j.q.text))
    told = j.q.told[0]
    named = set(itertools.pairwise(told))  # the letter's word pairs: "vista 55" is a name it gave
    where = j.passage.explicit if j.passage.explicit is not None else range(len(j.reply.sentences))
    return any(
        n not in given and (before, n) not in named and not _counts_another(j, i, n)
        for i in where
        if i not in j.reply.quoted
        for before, n in counted_in(j.reply, i)
    )


_COUNTED_NOUN = re.compile(r"(?<!\w)(?:how\s+many|сколько|скільки)\s+(\w+)", re.IGNORECASE)


def _counts_another(j: Judging, i: int, n: str) -> bool:
    """Whether number n in sentence i counts the thing the question's count comes in, not the one it asks the number
    of: «Скільки капсул в одній упаковці?» - «...від трьох упаковок доставка безкоштовна» counts packs, no capsules."""
    asked = _COUNTED_NOUN.search(j.q.text)
    lo, hi = j.reply.sentences[i]
    after = re.search(rf"(?<![\w.,]){re.escape(n)}\s+([^\W\d_]+)", j.reply.analysis.text[lo:hi], re.IGNORECASE)
    if asked is None or after is None:
        return False
    word, counted = after.group(1).lower(), asked.group(1).lower()
    # the thing it comes in, after a preposition ("in one box", «в одній упаковці»)
    holders = [t.text.lower() for t in j.q.terms if _governed(j.q.text, t)]
    return not same_stem(word, counted) and share_a_stem([word], holders)


_UNIT_COUNTED = re.compile(
    r"(?<!\w)how\s+many\s+(?:watts|volts|amps|megapixels|mp|gigabytes|gb|terabytes|tb|hertz|decibels|db|calories"
    r"|kcal|mah|milliamps|lumens|litres|liters|kilos|kilograms|grams|centimetres|centimeters|inches|metres|meters)(?!\w)",
    re.IGNORECASE,
)
"""A count asked in a unit ("How many watts is it?"): the number with that unit answers it."""
_AGE_ASKED = re.compile(
    r"(?<!\w)(?:what\s+age|which\s+age|how\s+old|age\s+range|с\s+какого\s+возраста|какого\s+возраста|для\s+какого"
    r"\s+возраста|з\s+якого\s+віку|якого\s+віку|для\s+якого\s+віку)(?!\w)",
    re.IGNORECASE,
)
"""An age asked ("From what age is it suitable?", «С какого возраста?», «З якого віку?»)."""
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


def _a_number_of_its_own(j: Judging, *, sizes_only: bool = False) -> bool:
    """Whether the reply gives a number the question did not: "the Vivobook 15", "Baseus 65W" said back (its digits
    inside a model's name too) give no size or count. With `sizes_only`, not a number measured in a unit of
    something else either: "washable at 30 °C" gives no harness size."""
    given = j.q.words | set(_DIGITS.findall(j.q.text))
    if sizes_only:
        given |= _other_measures(j.reply)
    numbers = j.reply.number_words - given
    if not numbers:
        return False
    # nor a number the letter gave before, after the same word: "Does the Vista 27 come with a cable? If so, how long
    # is it?" - "Yes, the Vista 27 comes with one" gives no length; "Барист 2" named is no "2 года" of warranty
    every = j.reply.number_words
    # keyed by the letter's token list: an interleaved reply's quoted questions carry their block's own tokens
    named = j.claims.once(("letter's numbers", id(j.q.told[0])), lambda: _numbers_after(j.q.told[0], every))
    told = j.claims.once(("reply's numbers",), lambda: _numbers_after(_agents_words(j.reply), every))
    if not numbers <= {w for _, w in told}:
        return True  # a number written across tokens ("18-24", «1 500»): its own, as it always was
    return any(w in numbers and (not j.q.said_before(w) or (before, w) not in named) for before, w in told)


def _numbers_after(tokens: Sequence[str], numbers: Collection[str]) -> frozenset[tuple[str, str]]:
    """Each of `numbers` in `tokens` (lower-cased) with the word before it ("vista 27", "into three")."""
    found: set[tuple[str, str]] = set()
    before = ""
    for token in tokens:
        if token in numbers:
            found.add((before, token))
        if token[:1].isalnum():
            before = token
    return frozenset(found)


def _agents_words(reply: Reply) -> list[str]:
    """The lower-cased tokens of the agent's own sentences (not the quoted customer's)."""
    lowers, starts, quoted = reply.analysis.token_lowers, reply.analysis.token_starts, reply.quoted
    return [lowers[k] for k in range(len(lowers)) if sentence_of(reply, starts[k]) not in quoted]


_LENGTH_UNIT = re.compile(rf"(?:{LENGTH_UNITS}|\")$", re.IGNORECASE)
"""A unit of length, ending a measurement ("140 cm", «1,5 м»)."""
_NO_SIZE_UNIT = re.compile(rf"(?<=[\d\s])(?:{DEGREES_PERCENT}|{POWER_UNITS})$", re.IGNORECASE)
"""A measurement that gives no size: a temperature, a percentage, a power or a voltage ("washable at 30 °C" gives
no harness size). The unit stands whole after the number, so the volt «В» is not the «в» ending «25 метров»."""
_LENGTH_IN_WORDS = re.compile(
    r"(?<![\w.,])(?:\d+(?:[.,]\d+)?\s?(?:ft|in\.|\"|″)|(?:полтора|півтора|один|одна|два|две|дві|три|чотири|четыре"
    r"|пять|п'ять|one|two|three|four|five|half\s+a)\s+(?:метр\w*|сантиметр\w*|metres?|meters?|feet|foot|inch\w*))"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A length the measure pattern does not read: feet and inches ("8 ft", "94\""), or in words («полтора метра»)."""
_DIMENSION_ASKED = re.compile(
    r"(?<!\w)(?:length|width|height|depth|long|wide|tall|high|deep|длин\w*|ширин\w*|высот\w*|глубин\w*|довжин\w*"
    r"|висот\w*|глибин\w*)(?!\w)",
    re.IGNORECASE,
)
"""A dimension, when it is the size asked ("Какой длины кабель?", «Яка довжина?»): only a length answers it."""
_NOT_A_SIZE = re.compile(
    rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:{DEGREES_PERCENT}|{MASS_VOLUME_UNITS}|{POWER_UNITS}|грн|руб\w*|₽|€|£|\$)(?!\w)"
)


def _other_measures(reply: Reply) -> frozenset[str]:
    """The numbers the reply measures in a unit that is no size: a temperature, a weight, a power, a price.
    perf: found once per reply (the analysis's memo), however many size questions ask."""
    return reply.analysis.memo(_numbers_in_other_units)


def _numbers_in_other_units(analysis: Analysis) -> frozenset[str]:
    return frozenset(m.group(1) for m in _NOT_A_SIZE.finditer(analysis.text))


_COUNT_ASKED = re.compile(
    r"(?<!\w)(?:how\s+many\s+(?!(?:do|does|did|should|would|can|could|will|are|is|of)(?!\w))[a-z]{3,}|сколько\s+(?:штук|капсул|пакетик\w*|таблеток|листов|шт|единиц|пачек|банок|коробок|предметов"
    r"|деталей|порций|шаров|ламп|секций|ящиков|полок|мотков)|скільки\s+(?:штук|капсул|пакетик\w*|таблеток|аркушів|шт"
    r"|одиниць|пачок|банок|коробок|предметів|деталей|порцій|ламп|секцій|шухляд|полиць|мотків))(?!\w)",
    re.IGNORECASE,
)
"""A count of things asked for ("how many capsules", «сколько капсул», «скільки штук»): a number of them answers,
not a price. Not "How many do I need to order to get free delivery?", which a threshold in money answers."""


def _modifier_named(j: Judging) -> bool:
    """ "What roast are the beans?" - "medium roast", «Какой степени обжарки зёрна?» - «средней обжарки»: the
    question's noun said back with a word of the reply's own right before it names the kind asked for (a
    measured "what" wants its number instead)."""
    if _asks_a_measure(j.q):
        return False
    reply, analysis = j.reply, j.reply.analysis
    texts, lowers, lemma_sets, starts = (
        analysis.table.texts,
        analysis.token_lowers,
        analysis.lemma_sets,
        analysis.token_starts,
    )
    # the noun asked about comes first ("What roast | are the beans?", «Какой степени обжарки | зёрна?»), not the
    # thing it is asked of ("What material is the strap made of?" - "A replacement strap ships tomorrow")
    nouns = [t for t in j.q.key_terms if t.weight >= 1.0][: 1 if j.q.lang == "en" else 2]
    stops = any_stop_words()
    for i in j.claims.own[j.n] - reply.quoted:
        lo, hi = bisect.bisect_left(starts, reply.sentences[i][0]), bisect.bisect_left(starts, reply.sentences[i][1])
        for k in range(lo + 1, hi):
            if not any(not t.lemmas.isdisjoint(lemma_sets[k]) for t in nouns):
                continue
            before = max(prev_solid(analysis, k, lo + 1), lo)
            # a word of the reply's own, in lower case: not a name ("the Fenwick cardigan") nor the letter's
            word = lowers[before]
            own = word not in j.q.letter_words and word not in stops and texts[before].islower()
            if word.isalpha() and len(word) > 3 and own and word not in _COUNT_WORDS:
                return True
    return False


_COUNT_WORDS = frozenset(
    {"three", "four", "five", "seven", "eight", "nine", "twelve", "several", "many", "various", "multiple",
     "different", "numerous", "двух", "трёх", "трех", "четыре", "четырёх", "четырех", "пять", "пяти", "шесть", "шести",
     "семь", "семи", "восемь", "восьми", "девять", "девяти", "десять", "десяти", "нескольких", "несколько", "много",
     "многих", "разных", "различных", "разнообразных", "двох", "трьох", "чотири", "чотирьох", "шість", "вісім",
     "кілька", "кількох", "декількох", "багато", "багатьох", "різних", "різноманітних"}
)  # fmt: skip
"""How many, not which: «в пяти цветах», «у кількох кольорах», "in several colours" count the kinds and name none
(words of four letters or more: the check reads only those, and none with an apostrophe)."""


def _recommended(j: Judging) -> bool:
    """A lone "Which phone would you recommend?" is answered by advice that names one ("I'd recommend the
    Panasonic KX-TGH720E"), whatever words it uses for the thing; advice naming nothing the letter did not give
    («Советуем обсудить рацион с ветеринаром, Мария») leaves the choice open."""
    if not (j.q.seeks_advice and j.single):
        return False
    reply, letter = j.reply, j.q.letter_words
    assert reply.lex is not None
    text = reply.analysis.text
    for m in reply.lex("answer_advice").find(reply.analysis):
        i = sentence_of(reply, m.start)
        if i in reply.quoted or _PRICE_AFTER.match(text, m.end) is not None:
            continue  # «он стоит 27 900 рублей» says what it costs, not that it is worth taking
        # the name right after the advice is what it recommends ("I'd recommend the Panasonic"), not one further
        # on («Радимо обговорити раціон із ветеринаром у клініці „Друзі“»)
        after = text[m.end : min(m.end + RECOMMENDED_REACH, reply.sentences[i][1])].lower()
        if any(name in after for name in reply.names[i] - letter):
            return True
    return False


_PRICE_AFTER = re.compile(r"\s*(?:всего\s+|лишь\s+|около\s+|от\s+)?\d")
"""A number right after «стоит» («стоит 27 900 рублей», «стоит всего 990»): the price, not "worth it"."""
RECOMMENDED_REACH = 24
"""Characters after "I'd recommend" in which the name it recommends stands ("the Panasonic KX-TGH720E")."""


def _number_for_it(j: Judging) -> bool:
    """A number that answers the question: with its unit for a dimension (see `_DIMENSION`) or a quantity measured
    in units of its own (a power in watts, not "480 g": `_unit_asked`), any number of its own otherwise ("It holds 12
    cups" for its capacity)."""
    if _TERM_ASKED.search(j.q.text) is None and (_DIMENSION.search(j.q.text) or _quantities_asked(j.q.text)):
        return _measure_of_its_own(j, j.passage.explicit)
    return _numbered(j)


_TERM_ASKED = re.compile(
    r"(?<!\w)(?:warranty|guarantee|trial|period|subscription|contract|returns?|гаранти\w*|гаранті\w*|период\w*"
    r"|період\w*|подписк\w*|підписк\w*|пробн\w*|возврат\w*|поверненн\w*)(?!\w)",
    re.IGNORECASE,
)
"""What lasts rather than measures ("the length of the warranty", "the trial period"): a time answers its length."""


def _numbered(j: Judging) -> bool:
    """A number in the question's passage answers a quantity, unless the question gave it itself ("the Vivobook
    15" said back is no size)."""
    return j.holds(j.passage, "numbers") and _a_number_of_its_own(j)


def _choice_or_measure(j: Judging) -> bool:
    """A "which" is answered by the choice named; one about a measured quantity by a number («Глубина сканирования —
    до 50 метров»), not by a name («механизм „еврокнижка“» gives no width)."""
    if not _asks_a_measure(j.q):
        return _names_choice(j)
    if _asks_volume(j.q):
        # a volume wants its unit: «диаметр 24 см, высота 13 см» gives numbers but no capacity
        return _number_for_it(j) and _volume_told(j)
    if _number_for_it(j) or _measured_in_its_unit(j):
        return True
    # "Can it be extended, and what are its dimensions when extended?" - "Yes, ... Extended, the table measures 200
    # x 95 cm": a measure answers no yes/no, so on this question's subject it is this one's, unless another
    # question asks for a measure too
    questions = j.claims.questions
    rivals = j.claims.once(("measure askers",), lambda: sum(1 for q in questions if _asks_a_measure(q))) > 1
    return not rivals and _measure_of_its_own(j, j.related_all - j.reply.quoted)


def _measured_in_its_unit(j: Judging) -> bool:
    """«Какую мощность брать?» - «Для комнаты 16 м² хватит модели на 7 тысяч BTU, то есть около 2 кВт», «Яку напругу
    він потребує?» - «Працює він від мережі 220–240 В»: a measure in a unit of the very quantity asked (kW for a
    power, volts for a voltage) answers it in a sentence no other question owns, though the sentence never names the
    quantity, unless another question asks for the same quantity."""
    asked = _quantities_asked(j.q.text)
    if not asked:
        return False
    questions = j.claims.questions

    def askers(k: int) -> int:
        return sum(1 for q in questions if k in _quantities_asked(q.text))

    if any(j.claims.once(("quantity asked", k), functools.partial(askers, k)) > 1 for k in asked):
        return False
    # a sentence another question owns serves only when that one asks no choice: "which air conditioner would suit?"
    # - "the Breeze, rated at 2.5 kW" names its choice, and gives the heater asked about beside it no power
    return _measure_of_its_own(
        j, {i for i in _measuring_any(j, asked) if i not in j.others or not any(_a_choice(q) for q in j.rivals(i))}
    )


def _measuring_any(j: Judging, quantities: frozenset[int]) -> frozenset[int]:
    """The agent's sentences measuring one of `quantities` (`_measuring`, each found once per reply)."""
    return frozenset().union(
        *(j.claims.once(("measured in", k), functools.partial(_measuring, j.reply, k)) for k in quantities)
    )


def _measuring(reply: Reply, k: int) -> frozenset[int]:
    """The agent's sentences giving a measure of quantity k of `_QUANTITY_UNITS` (perf: once per reply, not once
    per question asking it)."""
    unit = _QUANTITY_UNITS[k][1]
    return frozenset(
        i
        for i in reply.evidence("measures") - reply.quoted
        if any(unit.search(m.strip()) for m in measures_in(reply, i))
    )


def _where(j: Judging) -> bool:
    """A link, or a place where the question's subject is. A lone question the reply answers without repeating
    its words ("Where can I find the manual?" - "You can download it from our website") takes a place in a
    sentence that says what to do there (a can, a step); a place in a thank-you ("Спасибо, что выбрали наш
    магазин!") answers nothing."""
    # a link or a named place ("в мастерской под Калугой") is strong enough for the whole passage; a listed place
    # word ("shop", "box", "page") only where the question's subject is
    if _ORIGIN_ASKED.search(j.q.text):
        return _origin_told(j)
    if j.holds(j.passage, "links") or _named_place(j) or _place_near(j) or _printed_on(j):
        return True
    if j.single and j.under_quote:
        return j.holds(EVERYWHERE, "places")  # "> Де можна забрати?" - "У нашому магазині у Львові, вул. ..."
    if not j.single or j.related:
        return False
    # a place in what the shop did about something else says nothing of where this is: "It went out by Royal Mail"
    # for "Where do I find the returns label?"; nor does the thing asked named again («Пункт выдачи работает с 10:00»
    # for «Заказ пришёл в пункт выдачи. Где он находится?»)
    reply = j.reply
    directions = (reply.evidence("polar") | reply.evidence("steps")) - reply.evidence("done")
    asked = _lemmas_asked(j)
    return any(
        not _only_the_thing_asked(reply, i, asked)
        and not _only_the_letters_place(j, i)
        and (i in directions or _bare_place(reply, i) or (_lies_at(reply, i) and _says_the_letter_back(j, i)))
        for i in reply.evidence("places")
    )


_BARE_PLACE = re.compile(
    r"\W*(?:on|in|at|from|under|via|на|в|во|у|із|з|зі|под|під|из|с)\s+[^.!?\n]{1,60}[.!]?\s*", re.IGNORECASE
)
"""A sentence that is only a place ("On our website.", «На сайті, у розділі «Інструкції».»)."""


def _bare_place(reply: Reply, i: int) -> bool:
    """Whether sentence i is a place and nothing more: the answer to a lone "where" given as a fragment, as
    "Tomorrow." answers a "when"."""
    short = reply.word_count(i) <= BARE_PLACE_WORDS
    return short and _BARE_PLACE.fullmatch(reply.analysis.text, *reply.sentences[i]) is not None


BARE_PLACE_WORDS = 6
"""A place alone is short ("Inside the left side seam."): a longer sentence says more than where."""


def _says_the_letter_back(j: Judging, i: int) -> bool:
    """Whether sentence i says a word of the customer's letter up to the question (by stem): the thing "Where
    should I look?" is about is in the letter ("I can't find my invoice"), not in the question."""
    lo, hi = j.reply.sentences[i]
    stems, end = j.q.story_stems, j.q.told[1]
    return any(stems.told_before(w.lower(), end) for w in _WORD.findall(j.reply.analysis.text, lo, hi))


_IS_AT = re.compile(
    r"(?<!\w)(?:is|are)\s+(?:kept\s+|stored\s+|saved\s+|waiting\s+)?(?:in|on|under|inside)\s+(?:your|the|our)(?!\w)",
    re.IGNORECASE,
)
"""A thing said to be at a place ("Your invoice is in your account under Orders")."""


def _lies_at(reply: Reply, i: int) -> bool:
    """Whether sentence i says where a thing is to be found ("Your invoice is in your account", «он лежит во
    вкладке «Документы»», "You'll find it under Documents"): with the letter's thing said back, a lone "where" is
    answered by it whatever else the sentence then says the shop did ("...and I've also re-sent them")."""
    text, (lo, hi) = reply.analysis.text, reply.sentences[i]
    if _IS_AT.search(text, lo, hi) or _FOUND_AT.search(text, lo, hi):
        return True
    return not _bag_between(reply.analysis, lo, hi).lemmas.isdisjoint(_LIES)


def _only_the_letters_place(j: Judging, i: int) -> bool:
    """Whether every place word of sentence i is one the letter named before the question: «Заказ пришёл в пункт
    выдачи. Где он находится?» asks where that place is, and «Пункт выдачи работает с 10:00» names it again."""
    words = j.reply.place_words.get(i)
    if not words or i in j.reply.evidence("named_places"):
        return False
    return all(any(j.q.said_before(w) for w in place) for place in words)


_ORIGIN_ASKED = re.compile(
    r"(?<!\w)where\s+(?:is|are|was|were|do|does)\s+(?:\w+\s+){0,5}?(?:made|produced|manufactured|sewn|woven|grown"
    r"|built|assembled)(?:\s+\w+){0,3}\s*\?"
    r"|(?<!\w)where\s+(?:is|are|was|were)\s+(?:\w+\s+){0,5}?from\s*\?"
    r"|(?<!\w)where\s+(?:do|does)\s+(?:\w+\s+){0,5}?come\s+from\s*\?"
    r"|(?<!\w)(?:где|де)\s+(?:\w+\s+){0,4}?(?:производят|произведен[аоы]?|изготовлен[аоы]?|изготавливают|сделан[аоы]?"
    r"|сшит[аоы]?|шьют|выращивают|виготовляють|виготовлен[аоі]?|виробляють|вироблен[аоі]?|зроблен[аоі]?|пошит[аоі]?"
    r"|шиють|вирощують)(?:\s+\w+){0,3}\s*\?",
    re.IGNORECASE,
)
"""A "where" asking where a thing is made or comes from ("Where is the duvet cover made?", «Где шьют эти платья?»,
«Де виготовлено?»): a country, a town or the place of making answers it, not where on the thing something is."""
_MAKING_PLACE = re.compile(
    r"(?<!\w)(?:in|at)\s+(?:our|the|a|my)\s+(?:own\s+)?(?:workshop|factory|studio|atelier|mill|bakery|kitchen|farm)(?!\w)"
    r"|(?<!\w)(?:in-house|made\s+locally|locally\s+made)(?!\w)"
    r"|(?<!\w)(?:в|на|у)\s+(?:нашей|своей|собственной|нашій|своїй|власній|нашому|своєму|власному|нашем|своем|своём"
    r"|собственном)?\s*(?:мастерской|майстерні|фабрике|фабриці|заводе|заводі|цехе|цеху|ателье|ательє|пекарне|пекарні"
    r"|ферме|фермі)(?!\w)",
    re.IGNORECASE,
)
"""Where a thing is made when no town is named ("in our own workshop", «на нашей фабрике», «у власному цеху»)."""


def _origin_told(j: Judging) -> bool:
    """ "Where is the Harbour duvet cover made?" - "in Portugal", «в мастерской под Калугой», "in our own workshop",
    or a link: a place where things are made, not a place word about the thing ("buttons along the bottom
    edge")."""
    if j.holds(j.passage, "links") or _named_place(j):
        return True
    making = j.claims.once(("places of making",), functools.partial(_places_of_making, j.reply))
    return bool(making if j.passage.explicit is None else making & j.passage.explicit)


def _places_of_making(reply: Reply) -> frozenset[int]:
    """The agent's sentences naming a place of making (`_MAKING_PLACE`), once per reply."""
    text = reply.analysis.text
    return frozenset(sentence_of(reply, m.start()) for m in _MAKING_PLACE.finditer(text)) - reply.quoted


def _lemmas_asked(j: Judging) -> set[str]:
    """The lemmas of the question's words and of those it borrows from the question or story it points back to."""
    return {lem for t in (*j.q.terms, *j.q.context) for lem in t.lemmas}


def _named_place(j: Judging) -> bool:
    """A place named by its name in the question's passage ("в мастерской под Калугой"), strong enough for the whole
    passage; for where to get or see a thing, not in a sentence telling what the shop did about something else:
    «Заказ передали в СДЭК» names where the parcel went, not where to see its tracking number."""
    if not j.holds(j.passage, "named_places"):
        return False
    if not (_WHERE_TO_GET.search(j.q.text) or _WHERE_TO_SEE.search(j.q.text)):
        return True
    reply = j.reply
    named, done = reply.evidence("named_places"), reply.evidence("done")
    where = j.passage.explicit if j.passage.explicit is not None else named
    return any((i not in done or _share(j, i) >= COVERED_SHARE) and _on_the_sought(j, i) for i in where & named)


_PRINTED_ON = re.compile(
    r"(?<!\w)(?<!not\s)(?<!не\s)(?:printed|stamped|shown|written|marked|visible|located|напечатан\w*|указан\w*|написан\w*"
    r"|нанесен\w*|выбит\w*|видн[оаы]|виден|находится|расположен\w*|надрукован\w*|вказан\w*|нанесен\w*|вибит\w*"
    r"|видн[оаі]|видний|знаходиться|розташован\w*)\s+(?:\w+\s+){0,2}?(?:on|in|at|under|на|в|у|под|під)"
    r"\s+\w{3,}",
    re.IGNORECASE,
)
"""Where a thing is printed, marked or seen ("printed on the bottom seam", «напечатан на нижнем шве пакета»,
«вказаний на кришці», «видно на наклейці»): the place a "where do I find the date on the pack?" asks for."""


def _printed_on(j: Judging) -> bool:
    """ "Где на пачке смотреть срок годности?" - "Срок годности напечатан на нижнем шве пакета": where something is
    printed, told in a sentence on the question's subject that it owns."""
    if _WHERE_TO_SEE.search(j.q.text) is None:
        return False  # "Where can I pick up the sofa?" is not answered by "its price is marked on the invoice"
    text, sentences = j.reply.analysis.text, j.reply.sentences
    return any(
        _PRINTED_ON.search(text, *sentences[i]) is not None and _share(j, i) >= COVERED_SHARE
        for i in j.related - j.reply.quoted
    )


_WHERE_TO_SEE = re.compile(
    r"(?<!\w)(?:find|see|look|check|смотреть|посмотреть|найти|увидеть|глянуть|дивитися|подивитися|знайти|побачити)(?!\w)",
    re.IGNORECASE,
)
"""A "where" asking where to find or see a thing ("Where on the pack do I find the date?", «Где смотреть срок?»)."""


_WHERE_TO_GET = re.compile(
    r"(?<!\w)(?:find|get|download|obtain|pick up|collect"
    r"|взять|найти|скачать|получить|забрать|достать|взяти|знайти|завантажити|отримати|забрати|дістати)(?!\w)",
    re.IGNORECASE,
)
"""A "where" asking where to get something ("Where can I find the returns label?", «Де взяти бланк?»)."""


def _place_near(j: Judging) -> bool:
    """A listed place word where the question's subject is; for where to get something, in a sentence telling
    what the shop did only when that sentence is about most of what was asked: "Your order went out with Royal
    Mail, and you have 30 days to return it" shares "return" with "Where can I find the returns label?" and places
    the order, not the label."""
    if not j.holds(j.near, "places"):
        return False
    explicit = j.near.explicit
    if explicit is None:
        return True
    reply = j.reply
    asked = {lem for t in j.q.terms for lem in t.lemmas}
    # a place another question names is that question's: "Де взяти бланк? І чи можна відправити їх Укрпоштою?" -
    # "Так, повернути можна й Укрпоштою" places no form
    theirs = {lem for m, q in enumerate(j.claims.questions) if m != j.n for t in q.key_terms for lem in t.lemmas}
    found = {
        i
        for i in explicit & reply.evidence("places")
        if not _only_the_thing_asked(reply, i, asked) and not _only_the_thing_asked(reply, i, asked | theirs)
    }
    if not (_WHERE_TO_GET.search(j.q.text) or _WHERE_TO_SEE.search(j.q.text)):
        return bool(found)  # "где он сейчас?": where the order is, which the shop's doing ("привезли в пункт") tells
    done = reply.evidence("done")
    return any(
        (i not in done or _share(j, i) >= COVERED_SHARE) and not _put_there(reply, i, asked) and _on_the_sought(j, i)
        for i in found
    )


_DISPATCHED = _SENT_ON | frozenset(
    {"hand", "pack", "передать", "передавать", "упаковать", "собрать", "передати", "упакувати", "зібрати"}
)  # fmt: skip
"""Verbs of the shop making a thing ready and sending it on: told in the past, they say where it went."""


def _on_the_sought(j: Judging, i: int) -> bool:
    """Whether sentence i, placing something for a "where do I see or find it?", is about what is to be seen, when
    it tells where the shop sent something: «Заказ вчера передан в СДЭК» says where the order went, not where to see
    its tracking number. A word of the question's, a pronoun ("We sent it by email yesterday") or the place alone
    is about it. Where to get or collect a thing is told by where it was sent («Мы отправили его в пункт выдачи на
    Куйбышева, 101»), so that question is not asked here."""
    reply = j.reply
    if _WHERE_TO_SEE.search(j.q.text) is None:
        return True
    past = reply.past_verbs.get(i)
    if i not in reply.evidence("done") and (past is None or past.lemmas.isdisjoint(_DISPATCHED)):
        return True  # a place told as it stands («Заказ ждёт в пункте выдачи на Куйбышева, 101») is where to go
    bag, text = reply.bags[i], reply.analysis.text
    return (
        _bare_place(reply, i)
        or _IT.search(text, *reply.sentences[i]) is not None
        or any(bag.has(t) for t in (*j.q.terms, *j.q.context))
    )


_IT = re.compile(r"(?<!\w)(?:it|them|его|её|ее|их|него|неё|нее|них|його|її|їх|нього|неї|ним|ними)(?!\w)", re.IGNORECASE)
"""A pronoun, which in a reply to "where do I see it?" stands for the thing asked about."""


def _only_the_thing_asked(reply: Reply, i: int, asked: set[str]) -> bool:
    """Whether the only place words of sentence i are the thing asked about (`asked`, the question's lemmas): "Where
    is your pick-up point?" - "On Saturday the pick-up point is open until 20:00" places nothing, nor does "Include
    the returns form with the boots" for "Where do I find the returns form?"."""
    words = reply.place_words.get(i)
    if not words or i in reply.evidence("named_places"):
        return False
    return all(not w.isdisjoint(asked) for w in words)


_PUTTING = frozenset(
    {"put", "place", "include", "enclose", "pack", "pop", "положить", "вложить", "приложить", "упаковать",
     "покласти", "вкласти", "додати", "запакувати"}
)  # fmt: skip
"""Verbs that say where a thing goes, which is not where to get it."""
_LIES = frozenset({"lie", "located", "лежать", "находиться", "храниться", "лежати", "знаходитися", "зберігатися"})
"""Verbs that say where a thing is to be found: a sentence that has one places the thing, whatever it then says to
do with it («он лежит во вкладке «Документы», распечатайте его и положите в коробку»)."""
_FOUND_AT = re.compile(
    r"(?<!\w)(?:(?<!not\s)(?<!n't\s)you(?:'ll|\s+will)\s+find|can\s+be\s+found|(?<!не\s)(?:найд[её]те|знайдете))(?!\w)",
    re.IGNORECASE,
)
"""Where the customer will find the thing ("You'll find the returns form under Documents", «Бланк найдёте во
вкладке»); not "If you can't find it", «Если не найдёте»."""


def _put_there(reply: Reply, i: int, asked: set[str]) -> bool:
    """Whether sentence i tells where to put the thing asked about: "Where do I find the returns form?" - "Put the
    returns form in the box with the boots" says where it goes, not where to find it."""
    if i in reply.evidence("named_places") or reply.bags[i].lemmas.isdisjoint(asked):
        return False
    verbs = _bag_between(reply.analysis, *reply.sentences[i]).lemmas
    if verbs.isdisjoint(_PUTTING):
        return False
    return verbs.isdisjoint(_LIES) and _FOUND_AT.search(reply.analysis.text, *reply.sentences[i]) is None


def _status(j: Judging) -> bool:
    """ "ГДЕ МОЙ ЗАКАЗ 80412???": a sentence of the agent's about the thing, even by its number, tells how it stands,
    and so does a tracking link ("See https://couriers.example/track/55031 for each step"): a link answers "where".
    Not a thank-you for the order ("Thank you for your order, and for choosing Ember & Oak"), nor a sentence another
    question takes up unless it names the thing and says where it is, when it comes or what happened to it («Так,
    оплатити доставку замовлення 7731 карткою можна» answers the card question, not where order 7731 is)."""
    alone, unowned = j.claims.once(("told alone",), lambda: _told_alone(j))
    if j.n in alone or not unowned.isdisjoint(j.related_all):
        return True
    # its words, generic ones too ("заказ 9012"): a sentence saying them that no question owns tells its status
    said = j.reply.linked(j.q.terms)
    if not unowned.isdisjoint(said):
        return True
    # a sentence another question takes up is this one's only where it says one of this one's words and how the
    # thing stands ("Your order went out today and arrives on Thursday"), not where it shares a topic with it
    # («Светр ... відправили сьогодні» for «Що з поверненням коштів?»)
    state = _state_told(j)
    if state and not said.isdisjoint(state - j.reply.evidence("thanks")):
        return True
    return _of_a_parcel(j.q) and (_tracking_link(j) or _delivery_told(j))


def _told_alone(j: Judging) -> tuple[frozenset[int], frozenset[int]]:
    """The questions owning, alone, a sentence of the agent's that is no thank-you, and the agent's sentences no
    question owns that are no thank-you: each tells the status of a question it is about and no other question
    takes up (perf: one pass over the owners for all the questions, not a walk per question over its sentences,
    which was quadratic in N "Where is my order?" against N thank-yous)."""
    reply = j.reply
    skip = reply.quoted | reply.evidence("thanks")
    owners = j.claims.owners
    alone = frozenset(mine[0] for i, mine in owners.items() if len(mine) == 1 and i not in skip)
    unowned = frozenset(i for i in range(len(reply.sentences)) if i not in owners and i not in skip)
    return alone, unowned


_STATE_EVIDENCE = ("times", "named_places", "links", "mishaps")


def _state_told(j: Judging) -> set[int]:
    """The sentences that tell where a thing is, when it comes or what happened to it: a time, a named place
    ("the DPD depot in Leeds"), a link or a mishap (gathered once per reply). Not a deed alone, which is as often
    another question's ("I've added a second mug to order 48120"), nor a listed place word («в нашем магазине»)."""
    reply = j.reply
    return j.claims.once(("state told",), lambda: set().union(*(reply.evidence(n) for n in _STATE_EVIDENCE)))


def _delivery_told(j: Judging) -> bool:
    """ "Where is my order 60231?" - "Your standing desk is at the DPD depot ... DPD will deliver it tomorrow": the
    order is the goods on their way, which a reply names by what they are, so a sentence on the delivery that says
    when or where tells how the order stands. Not one another question of the letter takes up in words of its own
    ("And when will my refund arrive?" - "The refund arrives on Monday")."""
    reply = j.reply
    told = reply.index.topics.get("topic_delivery", set()) & (reply.evidence("times") | reply.evidence("places"))
    bags = reply.bags
    # a rival reaching the sentence only through the topic of its words («І чи приїде разом із ним листівка?» for
    # «кур'єр привезе їх ... до 14:00») does not make it that question's (quoted lines hold no evidence and no topic)
    return any(not any(bags[i].has(t) for q in j.rivals(i) for t in q.key_terms) for i in told)


_TRACKING = re.compile(r"(?<![a-zа-яіїєґ])(?:track(?:ing)?|trk|отслеж\w*|трек\w*|відстеж\w*)(?![a-z])", re.IGNORECASE)


_PARCEL_WORDS = frozenset(
    {"order", "parcel", "package", "delivery", "заказ", "посылка", "замовлення", "посилка", "доставка"}
)


def _of_a_parcel(q: Question) -> bool:
    """Whether a status question asks after a parcel or an order ("Where is my order?"), or names nothing ("Where
    is it?"): a tracking link tells where that is, not where a refund is."""
    return not q.key_terms or any(t.lemmas & _PARCEL_WORDS or "topic_delivery" in t.topics for t in q.key_terms)


def _tracking_link(j: Judging) -> bool:
    """A link in the reply's own text that tracks a parcel (its address says "track") or carries a number the
    question gave (the order's), not the shop's home page under the name."""
    reply, text = j.reply, j.reply.analysis.text
    numbers = {d for d in _DIGITS.findall(j.q.text) if len(d) >= 4}
    for i in reply.evidence("links") - reply.quoted:
        for found in find_links(text[slice(*reply.sentences[i])]):
            if found.kind == "url" and (_TRACKING.search(found.text) or any(d in found.text for d in numbers)):
                return True
    return False


TYPED_CHECKS: dict[str, Callable[[Judging], bool]] = {
    "when": _when,
    "how-much": _how_much,
    "where": _where,
    "status": _status,
}


def _explained(j: Judging) -> bool:
    """A reason given ("because", "бо") or what went wrong told ("на складі переплутали артикули").

    What the shop did about it ("I've refunded the second payment", "деньги вернули") and the customer's own story
    told back ("your order was cancelled" for "Why was it cancelled?") are no events: neither says why."""
    if j.holds(j.passage, "reasons"):
        return True
    # "Why did it happen?", «Почему так вышло?», «Чому так сталося?»: a short why with one word of its own asks
    # about the story before it, and a reason given anywhere in the reply is its answer (which sentence shares
    # its one word, "happen", says nothing)
    events = j.reply.evidence("events")
    # «Почему так вышло?» - «машина сломалась по дороге»: what went wrong, told anywhere (a mishap, not "I've read
    # your e-mail" or "I passed it on")
    mishaps = events & j.reply.evidence("mishaps")
    if _short_why(j.q) and (_reason_of_its_own(j) or _tells_an_event(j, _of_its_own(j, mishaps, mishap=True))):
        return True
    near = j.near_linked & events
    if _tells_an_event(j, near - _new_one_of_the_thing(j, near)):
        return True
    # a lone question whose words the reply does not repeat: what happened, told anywhere ("Навіщо ви списали
    # гроші двічі?" - "це збій платіжної системи: другий платіж був лише блокуванням")
    return j.single and not j.linked and _tells_an_event(j, events - _new_one_of_the_thing(j, events))


def _new_one_of_the_thing(j: Judging, sentences: set[int]) -> set[int]:
    """Of `sentences`, those on a new one of the thing the letter told of («Нову миску ми вже запакували» for a bowl
    that came cracked, "We've packed a new bowl"): the remedy made ready, which no more says why than an apology does
    ("the new courier dropped it" is on another thing, and may). What went wrong told beside the new one («Диван был
    повреждён при погрузке, новый привезём в пятницу») keeps its sentence.

    perf: the words after each "new" are found once per reply; a question looks only at the sentences it is given,
    and at the letter's words before it through its stem index."""
    if not sentences:
        return set()
    named = j.claims.once(("new one named",), functools.partial(_new_one_named, j.reply))
    stems, end, stops = j.q.story_stems, j.q.told_from, any_stop_words()
    return {
        i
        for i in sentences
        if any(len(w) >= NEW_THING_WORD and w not in stops and stems.told_before(w, end) for w in named.get(i, ()))
    }


def _new_one_named(reply: Reply) -> dict[int, list[str]]:
    """Each sentence telling no mishap -> the words right after its "new" («нову миску», "a new bowl")."""
    text = reply.analysis.text
    mishaps = reply.evidence("mishaps")
    out: dict[int, list[str]] = {}
    for m in NEW_THING.finditer(text):
        i = sentence_of(reply, m.start())
        following = _WORD.findall(text, m.end(), m.end() + NEW_THING_REACH)[:1]
        # made ready for the customer: packed, sent or brought ("We moved to a new courier, and their depot had a
        # backlog" tells why)
        start, end = reply.sentences[i]
        readied = _SENDING.search(text, start, end) or _PACKING_OR_BRINGING.search(text, start, end)
        if following and i not in mishaps and readied:
            out.setdefault(i, []).append(following[0].lower())
    return out


_PACKING_OR_BRINGING = re.compile(
    r"(?<!\w)(?:pack\w*|deliver\w*|bring\w*|brought|go(?:es)?\s+out|went\s+out|упаков\w*|запаков\w*|запакув\w*"
    r"|пакуєм\w*|привез\w*|доставим\w*|уед\w*|доставимо|поїде\w*)(?!\w)",
    re.IGNORECASE,
)
"""The shop making a new one ready for the customer other than sending it (`_SENDING`): packing or bringing it."""


NEW_THING_REACH = 40
"""Characters after "new" («нову») in which the thing it names stands."""
NEW_THING_WORD = 3
"""Letters of the shortest word naming the thing ("bowl", «чай»)."""


def _reason_of_its_own(j: Judging) -> bool:
    """A reason that is not the one another question's dated answer gives for itself: "The refund will reach your
    card within 5 working days, because banks take that long" explains the wait, not why the order was
    cancelled; «Машина не доехала из-за поломки» (no date of its own) tells what went wrong."""
    return bool(_of_its_own(j, j.reply.evidence("reasons")))


def _of_its_own(j: Judging, sentences: set[int], *, mishap: bool = False) -> set[int]:
    """The sentences that are not another question's dated answer. A reason beside a date explains that date's
    event ("We refunded it on Monday, because refunds go back to the card"). A mishap's own day is no answer to a
    question about what will happen: «Вчера у машины сломалась подвеска» beside «Матрас привезём завтра утром?»
    tells why, while "We sent it yesterday; the courier was late" answers "when did you send it?"."""
    times, ahead = j.reply.evidence("times"), j.reply.evidence("times_ahead")

    def dated_answer(i: int) -> bool:
        if i not in times:
            return False
        if not mishap or i in ahead:
            return True
        return any(not q.ahead and (q.kind == "when" or q.asks_time) for q in j.rivals(i))

    return {i for i in sentences if i not in j.others or not dated_answer(i)}


SHORT_WHY_WORDS = 4
"""A why this short ("Why did it happen?", «Почему так вышло?») with at most one key word leans on the story."""


def _short_why(q: Question) -> bool:
    # its key words may be the story's, borrowed («Чому так сталося?» after «Диван мали привезти сьогодні…»)
    return len(q.words) <= SHORT_WHY_WORDS and (q.borrowed or sum(1 for t in q.key_terms if t.weight >= 1.0) <= 1)


def _tells_an_event(j: Judging, sentences: set[int]) -> bool:
    """Whether one of the sentences tells an event other than the one the question asks about."""
    reply = j.reply
    asked = {lem for t in (*j.q.terms, *j.q.context) for lem in t.lemmas}
    # the letter's own verb, as written, told back is the customer's story («вы доставили букет без открытки» -
    # «букет действительно доставили без открытки»), not what went wrong
    told = j.q.letter_words
    return any(
        lemmas.isdisjoint(asked) and form not in told
        for i in sentences
        for lemmas, form in zip(reply.event_lemmas.get(i, ()), reply.event_forms.get(i, ()), strict=True)
    )


_BACK_POINTER = frozenset({"it", "its", "they", "them", "он", "она", "оно", "они", "він", "вона", "воно", "вони"})
"""A pronoun that points back to the question before ("And what is it made of?")."""


_CHOOSING_VERBS = frozenset(
    {"take", "get", "choose", "pick", "buy", "order", "взять", "брать", "выбрать", "выбирать", "купить", "покупать",
     "заказать", "заказывать", "взяти", "брати", "вибрати", "обрати", "купити", "купувати", "замовити", "замовляти"}
)  # fmt: skip
"""Verbs of choosing or buying: a "which" that says nothing else («Какой взять?») asks for advice on a thing named
before it."""


def _advice_on_the_letters_thing(j: Judging) -> bool:
    """Advice no other question owns, in a sentence that names a product or something the letter named before the
    question («Хочу попробовать креатин. Какой взять?» - «Для начала советую моногидрат креатина», «...например
    Optimum Nutrition»; "I'd recommend checking your spam folder" names none). perf: the first `ADVICE_REACH` such
    sentences only."""
    stems, end, stops = j.q.story_stems, j.q.told_from, any_stop_words()
    advice = sorted(i for i in j.reply.evidence("advice") - j.reply.quoted if i not in j.others)[:ADVICE_REACH]
    return any(
        bool(j.reply.names[i])
        or any(stems.told_before(w, end) for w in _words_of(j.reply, i) if len(w) >= STEM and w not in stops)
        for i in advice
    )


ADVICE_REACH = 8
"""Sentences of advice a "which" of choosing alone looks at."""


def _only_choosing(q: Question) -> bool:
    full = [t for t in q.key_terms if t.weight >= 1.0]
    return bool(full) and all(not t.lemmas.isdisjoint(_CHOOSING_VERBS) for t in full)


def _yes_for_another(j: Judging) -> AbstractSet[int]:
    """The sentences opening with a yes or a no that another yes/no of the letter owns: the yes is that one's
    answer, and a name after it says what it says ("What shades does it come in? And is it vegan?" - "Yes, it is
    vegan and certified by Leaping Bunny" names no shade). Kept: a sentence saying a word of this question's own
    ("Which shade is closest to Ruby Woo?" - "Yes, Ruby Kiss is the closest match"), one the question this one
    follows up owns ("Do you have it in other shades? If so, which?" - "Yes, in Ruby Kiss and Coral Dawn"), and one
    with a sum, which may be this question's. A colour or material the lexicons know is still found there
    (`_kind_named`)."""
    leads = j.reply.evidence("yes_no_lead") - j.reply.evidence("sums")
    if not leads or _POLAR_INSIDE.search(j.q.text):
        return frozenset()
    questions, owned = j.claims.questions, j.claims.owned
    followed = j.n - 1 if j.q.conditional or j.q.context or not _BACK_POINTER.isdisjoint(j.q.words) else -1
    others = [k for k, q in enumerate(questions) if q.kind == "yes-no" and k not in (j.n, followed)]
    if not others:
        return frozenset()
    theirs = {lem for k in others for t in (*questions[k].key_terms, *questions[k].context) for lem in t.lemmas}
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and t.lemmas.isdisjoint(theirs)]
    bags = j.reply.bags
    return frozenset(
        i
        for i in leads
        if any(i in owned[k] for k in others)
        and not (followed >= 0 and i in owned[followed])
        and not any(bags[i].has(t) for t in own)
    )


_POLAR_INSIDE = re.compile(
    r"(?:[:—–]|\s-)\s*(?:(?:and|but|so)\s+)?(?:do|does|did|can|could|is|are|was|were|will|would|have|has|should)\s"
    r"|(?<!\w)ли(?!\w)",
    re.IGNORECASE,
)
"""A yes/no inside a question that opens like a "what" ("What I need to know is this: do you offer a trial?",
«Хочу узнать одно: есть ли пробный период?»). (Ukrainian «чи» is as often "or" between two colours.)"""


def _names_choice(j: Judging) -> bool:
    """ "Most beagles wear a Medium", "оттенок 01 «Порселейн»": the reply names the choice."""
    own = j.claims.own[j.n]
    where = own | j.near_linked | (set() if own else j.related)
    if j.q.conditional and j.n > 0 and not own:
        # the yes of the question it follows up, when no word of its own is said back («У вас есть мате? Если да,
        # то каких марок?» - «Да, у нас есть Taragüi и Rosamonte»)
        where |= j.reply.evidence("yes_no_lead") - j.reply.quoted
    if not own and not j.single:
        # "Does it have a USB port? And what's the warranty on it?" - "Yes, it has a USB-C port": a name in a sentence
        # another yes/no or "which" owns is named for that one (a "when" or "how much" takes a date or a sum, so
        # the names beside them may be this one's: "The sale starts on 28 November, on all Bosch and Philips")
        # An "if so" follow-up asks for the particulars of the yes before it ("Do you stock yerba mate? If so, which
        # brands?" - "Yes, we stock Taragüi and Rosamonte"): the names in that yes are its answer too
        before = j.claims.questions[j.n - 1] if j.q.conditional and j.n > 0 else None
        where = {
            i
            for i in where
            if i not in j.others or all(q.kind in ("when", "how-much") or q is before for q in j.rivals(i))
        }
    material, colour = _asks_named(j.q, ["materials"]), _asks_named(j.q, ["colours"])
    theirs: AbstractSet[int] = frozenset()
    if j.single and j.under_quote:
        where = set(range(len(j.reply.sentences)))  # "> What is the maximum user weight?" - "150 kg."
    else:
        # a yes another yes/no owns is that one's answer: a shade or a material is as often a name as a word the
        # lexicons know, so none is read there; for another kind, only a name the letter did not give (see `said`)
        theirs = _yes_for_another(j)
        if material or colour:
            where -= theirs
    # a name the question it points back to gave ("Есть ли кардиган «Норд»…? И из какой он пряжи?") is that
    # question's thing said back, not a choice named for this one
    # nor is a name the letter gave before it («Дивлюся плед «Хюґе»... Які кольори є?» - «Плед «Хюґе» є в п'яти
    # відтінках»); its bare numbers may be a date or an order's, which a term or a size may repeat by chance
    # (the letter's names only where they cannot be what is asked: "I have a Samsung S23 and an iPhone 15... Which
    # phone does it fit?" chooses among them)
    letter = bool(material or colour or _NEEDED_ASKED.search(j.q.text))
    asked = j.q.words
    if j.n > 0 and (j.q.context or not _BACK_POINTER.isdisjoint(j.q.words)):
        asked = asked | j.claims.questions[j.n - 1].words

    # a town where the stock is («все на складе в Москве», "in our shop in Leeds") is no colour or material; a name
    # after a bare "in" may be one («есть только в Бордо»)
    stocked = j.claims.once(("stock places",), functools.partial(_stock_places, j.reply)) if material or colour else ()

    def said(name: str, i: int) -> bool:
        return (
            name in asked
            or name in stocked
            # a code with letters ("S23", "CamShield 2") the letter gave is its model said back
            or (letter and any(ch.isalpha() for ch in name) and j.q.said_before(name))
            # "Which charger should I get? And will it charge my iPad Air?" - "Yes, ... charge the iPad Air": the
            # letter's thing said back in the other one's yes ("Do you ship to Canada? Which carrier?" - "Yes, with
            # Canada Post" names a carrier the letter did not)
            or (i in theirs and name in j.q.letter_words)
        )

    if not where and _only_choosing(j.q):
        # «Хочу попробовать креатин. Какой взять для начала?» - «Для начала советую обычный моногидрат»: a "which"
        # whose only word is the choosing is on the thing the letter named before it; advice no other question
        # owns is the choice, named or described
        return _advice_on_the_letters_thing(j)
    if OF_THEM.search(j.q.text):
        # "Which of them...?" chooses among things named before it: naming one is a choice only as advice ("we'd
        # take the Royal Canin"), not beside its price («На «Флекс» сейчас скидка 15%»)
        where &= j.reply.evidence("advice")
    # a number names no material ("3 900" is the price, not the yarn asked about), nor a colour in a sentence that
    # gives a price or a size («стоит 3 490 рублей, размер 130×170 см»); a shade number alone may ("5.0, 6.1")
    valued = j.reply.evidence("amounts") | j.reply.evidence("measures") if colour else set()
    # a name at a sentence's end keeps its full stop ("размер M."): compared without it
    return any(
        not said(name, i)
        and not ((material or i in valued) and any(ch.isdigit() for ch in name))
        # a shade has a code ("5.0", "N12"); "at 30 degrees" names none, nor does a range («5–6 мотків»), nor a
        # size label ("in sizes XS to XL")
        and not (colour and (name.isdigit() or _RANGE.fullmatch(name) is not None))
        and not ((colour or material) and _SIZE_LABEL.fullmatch(name) is not None)
        for i in where
        for name in {name.rstrip(".") for name in j.reply.names[i]}
    )


_OR_WORDS = frozenset({"or", "или", "либо", "чи", "або"})
BARE_OPTION_WORDS = 2
"""Words on each side of a bare either/or's "or" at most ("Solid wood or veneer?")."""


def _bare_either_or(q: Question) -> bool:
    """An either/or of bare options, no verb or preposition of its own ("Solid wood or veneer?", «Массив или
    ЛДСП?»; not "Pay by card or cash?"): only words, one "or" between one or two on each side, none a stop word."""
    words = q.text.rstrip("?!. ").split()
    if not 3 <= len(words) <= 2 * BARE_OPTION_WORDS + 1:
        return False
    ors = [k for k, w in enumerate(words) if w.lower() in _OR_WORDS]
    if len(ors) != 1 or not 1 <= ors[0] <= BARE_OPTION_WORDS or len(words) - ors[0] - 1 > BARE_OPTION_WORDS:
        return False
    stops = stop_words(q.lang)
    return all(w.replace("-", "").isalpha() and w.lower() not in stops for k, w in enumerate(words) if k != ors[0])


def _options_offered(j: Judging) -> Question | None:
    """The question right after this "which" when it only offers its options («Из чего сделана столешница?
    Массив или ЛДСП?»): the sentence naming one («Это цельный массив дуба») answers both, though it says back
    none of the "which"'s words and the either/or claims it."""
    questions = j.claims.questions
    if j.n + 1 >= len(questions):
        return None
    offered = questions[j.n + 1]
    return offered if _bare_either_or(offered) else None


_STOCK_PLACE = re.compile(
    r"(?<!\w)(?:склад\w*|магазин\w*|шоурум\w*|салон\w*|офис\w*|офіс\w*|пункт\w*|філі\w*|филиал\w*|мастерск\w*"
    r"|майстерн\w*|фабрик\w*|цех\w*|(?i:warehouse|workshop|shop|store|showroom|branch|office|factory|studio|depot))"
    r"\s+(?:в|во|у|in|at)\s+([^\W\d_][\w-]*)"
    r"|(?<!\w)(?:our|the)\s+((?-i:[A-Z])[\w-]*)\s+(?:warehouse|workshop|shop|store|showroom|branch|office|factory"
    r"|studio|depot)(?!\w)",
    re.IGNORECASE,
)
"""A town named as where a shop, a workshop, a warehouse or a branch is («на складе в Москве», "our shop in Leeds",
"our Leicester workshop")."""


def _stock_places(reply: Reply) -> frozenset[str]:
    """The towns `_STOCK_PLACE` names in the reply, lower-cased, found once per reply."""
    return frozenset((m.group(1) or m.group(2)).lower() for m in _STOCK_PLACE.finditer(reply.analysis.text))


_SIZE_LABEL = re.compile(r"(?:[2-6]?X{0,3}[SL]|M)", re.IGNORECASE)
"""A clothing size's letters ("XS", "M", "XXL", "3XL"): a size named, no colour or material."""
_RANGE = re.compile(r"\d+\s*[-–—x×х]\s*\d+")
"""Two numbers joined by a dash or a "×": a range ("5–6 skeins") or a size ("150×200"), not a name."""
_NEEDED_ASKED = re.compile(
    r"(?<!\w)(?:need|needed|required|нужн\w*|необходим\w*|потребуется|потребуются|понадоб\w+|потрібн\w*|необхідн\w*"
    r"|знадоб\w+)(?!\w)",
    re.IGNORECASE,
)
"""A "which" asking what is needed ("What tools will I need?", «Какие инструменты нужны?», «Що потрібно взяти?»)."""
_NEEDED_TOLD = re.compile(
    r"(?<!\w)(?:you(?:'ll| will) need|you need|(?:are|is) needed|понадоб\w+|пригод\w+|потребу(?:ется|ются|ет\w*)"
    r"|нужн[аоы]?|знадоб\w+|потрібн[іаоий]?|знадобит\w*)(?:\s+(?:лише|тільки|только|всего|всього|лишь|only|just))?"
    r"(?:\s+(?:a|an|the|some))?\s+(?!не\b|ні\b)(\w+)",
    re.IGNORECASE,
)
"""What is needed, named after the need word ("You'll need a Phillips screwdriver", «Понадобятся отвёртка и…»,
«Знадобляться хрестова викрутка…»): the group after it is the answer, past an article ("a cross-head
screwdriver")."""
_INFINITIVE_ENDING = re.compile(r"(?:ть|ти|тись|тися|ться)$")
"""A Russian or Ukrainian infinitive («следовать», «дотримуватися»): a step, not a thing needed."""
_NEEDED_NONE = re.compile(
    r"(?<!\w)(?:(?:no|not|не|ні)\s+(?:\w+\s+)?(?:need\w*|required|понадоб\w+|потребу\w+|нужн\w*|знадоб\w+|потрібн\w*)"
    r"|nothing (?:else )?(?:is )?needed)(?!\w)",
    re.IGNORECASE,
)
"""Nothing needed ("No tools are needed", «Инструменты не понадобятся», «інструменти не знадобляться»): an answer."""


def _needs_listed(j: Judging) -> bool:
    """A "which" asking what is needed, answered by the need said and what it is («Які інструменти потрібні?» -
    «Знадобляться хрестова викрутка, шуруповерт і рівень»), in a sentence on its subject: the things named in
    lower case are no names, and the need word is the question's own in other words."""
    if not _NEEDED_ASKED.search(j.q.text):
        return False
    reply, asked, stops = j.reply, j.q.words, any_stop_words()
    text = reply.analysis.text
    for i in j.related_all | j.claims.own[j.n]:
        start, end = reply.sentences[i]
        # nothing needed, said of the thing asked about («інструменти не знадобляться», "no tools are needed"),
        # not of something else ("no experience needed")
        if _NEEDED_NONE.search(text, start, end) and any(reply.bags[i].has(t) for t in j.q.key_terms):
            return True
        # what is needed is a thing named after the need word, not "to" or a step («нужно только следовать...»)
        for m in _NEEDED_TOLD.finditer(text, start, end):
            named = m.group(1).lower()
            if named not in asked and named not in stops and len(named) >= 3 and not _INFINITIVE_ENDING.search(named):
                return True
    return False


def _kind_named(j: Judging) -> bool:
    """ "Из какого дерева кроватка?" - «Она сделана из массива берёзы», "What colours does the frame come in?" -
    "black, white and grey": a question about what the thing is made of, or its colour, is answered by naming a
    material (`answer_materials`) or a colour (`answer_colours`), words in lower case and so no names, in a
    sentence on its subject that no other question asking for the same kind claims."""
    asked = [name for name, _, _ in _KINDS_NAMED if _asks_named(j.q, [name])]
    if not asked:
        return False
    # another question sharing the sentence does not take its colour or material away unless it asks for one too
    # (counted once for all the questions asking these kinds, this one among them)
    _, owned_by, free = j.claims.owned_by(tuple(asked), lambda q: _asks_named(q, asked))
    held = frozenset().union(*(j.reply.evidence(name) for name in asked))
    mine = {i for i in j.claims.owned[j.n] if i in held and owned_by[i] <= 1}
    # with the unclaimed sentences beside them in their paragraph: "...comes in oatmeal and slate grey. It is woven
    # from pure lambswool." names the material in a sentence that says only "it"
    near = j.passage.explicit or frozenset()
    # and in a sentence no question's words reach ("It comes in oatmeal, charcoal and forest green.", a paragraph
    # of its own in HTML): colours and materials answer no other kind of question
    unclaimed = j.claims.unclaimed
    # perf: from the sentences naming the kind that no other asker owns (its own, or no asker's), not from every
    # sentence related to it
    # (lazily: the first sentence naming one anew answers, so a reply of many is not walked once per question)
    # and in the sentences of a bare either/or after it that offers its options («Из чего сделана столешница?
    # Массив или ЛДСП?» - «Это цельный массив дуба»)
    options = j.claims.own[j.n + 1] if _options_offered(j) is not None else frozenset()
    reach = (j.claims.own[j.n], j.related, near, unclaimed, options)
    # and, in a sentence another kind of question owns, a list of them ("Yes, it is vegan, and it comes in red,
    # coral and nude."): one colour there may be that question's ("Yes, the grey cover unzips"), a list is a range
    return any(
        (_named_anew(j, name, i) or _proposal_confirmed(j, name, i))
        if any(i in part for part in reach)
        else _named_anew(j, name, i, at_least=LISTED_KINDS)
        for i in itertools.chain(mine, free)
        for name in asked
        if i in j.reply.evidence(name)
    )


LISTED_KINDS = 2
"""Colours or materials named anew in a sentence another kind of question owns that make a list of them: one may
be that question's own (the grey cover it asks about), two or more are the range this one asks for."""


def _proposal_confirmed(j: Judging, name: str, i: int) -> bool:
    """ "What colour is the frame, black?" - "Yes, the frame is black": a "which" that offers its own answer is a
    yes/no on it, and a yes that names it back answers (the colour is the question's, so it is not named anew)."""
    if i not in j.reply.evidence("yes_no_lead"):
        return False
    return any(w in j.q.words for w in _named_words(j.reply, "answer_" + name).get(i, frozenset()))


def _named_anew(j: Judging, name: str, i: int, *, at_least: int = 1) -> bool:
    """Whether a colour or material named in sentence i is one the letter did not name itself, in any form: "every
    one of them suits a grey sofa" says back the customer's sofa ("I'm looking at the throw for a grey sofa"), no
    colour of the throw."""
    named = _named_words(j.reply, "answer_" + name)
    words = named.get(i, frozenset())
    if not words:
        return False
    # in any form: «Горчичный плед есть» says back the question's «кроме горчичного»
    lemmas = lemmatizer(j.reply.analysis.lang)
    own = {lem for t in (*j.q.terms, *j.q.context) for lem in t.lemmas}
    anew = (w for w in words if w not in j.q.words and not j.q.said_before(w) and lemmas.lemmas(w).isdisjoint(own))
    return next(itertools.islice(anew, at_least - 1, None), None) is not None


def _named_words(reply: Reply, lexicon: str) -> dict[int, frozenset[str]]:
    """Each sentence's words inside the lexicon's matches (perf: once per reply, see `Reply.named_words`)."""
    found = reply.named_words.get(lexicon)
    if found is None:
        assert reply.lex is not None
        text = reply.analysis.text
        words: dict[int, set[str]] = {}
        for m in reply.lex(lexicon).find(reply.analysis):
            words.setdefault(sentence_of(reply, m.start), set()).update(
                w.lower() for w in _WORD.findall(text, m.start, m.end)
            )
        found = reply.named_words[lexicon] = {i: frozenset(ws) for i, ws in words.items()}
    return found


def _asks_named(q: Question, names: list[str]) -> bool:
    """Whether the question asks for one of these kinds: in so many words ("What is it made of?"), or, for a
    "which", by a word of its topic («Из какого дерева?»); "Do you send fabric samples?" asks no material. A kind
    asked in so many words is the only one asked: "What colours does the wool throw come in?" names its thing's
    material, and a reply naming wool has not told a colour."""
    explicit = [name for name, _, pattern in _KINDS_NAMED if pattern.search(q.text)]
    if explicit:
        return any(name in names for name in explicit)
    # "Can I have it in a different fabric? Which ones do you offer?": "ones" are the kind the question before named
    terms = (*q.key_terms, *q.context) if q.context and not q.words.isdisjoint(_ONES) else q.key_terms
    return q.kind == "which" and any(
        name in names and topic and any(topic in t.topics for t in terms) for name, topic, _ in _KINDS_NAMED
    )


_ONES = frozenset({"ones", "one"})
"""A "which" that takes its kind from the question before ("Which ones do you offer?")."""


_MATERIAL_ASKED = re.compile(
    r"(?<!\w)(?:what\b[^?.!]{0,40}\bmade (?:of|from)|(?:what|which) (?:material|fabric|wood)|из чего|з чого"
    r"|из как\w+ (?:ткани|материала|дерева)|з як\w+ (?:тканини|матеріалу|дерева))(?!\w)",
    re.IGNORECASE,
)
"""A material asked in so many words ("What is it made of?", «Из какой ткани?»), not inferred from a word of its
topic ("the linen trousers")."""
_MADE_OF_ASKED = re.compile(
    r"(?<!\w)(?:(?:what|which)\b[^?.!]{0,40}\bmade (?:of|from)(?=[\s?!.]*$)"
    r"|(?:what|which) (?:material|fabric|wood)s? (?:is|are|was|were)"
    r"|(?:из чего|з чого)\s+(?:\w+\s+){0,3}?(?:сделан\w*|изготовлен\w*|сшит\w*|выполнен\w*|зроблен\w*"
    r"|виготовлен\w*|пошит\w*|виконан\w*)"
    r"|из как\w+ (?:ткани|материала|дерева)|з як\w+ (?:тканини|матеріалу|дерева)"
    r"|(?:what|which)(?: is|['’]s) the (?:material|fabric)(?=\s*\?|\s+(?:of|on|used|in)(?!\w))"
    r"|(?:как(?:ая|ой)|як(?:а|ий))\s+(?:ткань|материал|тканина|матеріал)"
    r"(?=\s*\?|\s+(?:у|в|на|обивки|оббивки|корпуса|чехла|чохла)(?!\w)))(?!\w)",
    re.IGNORECASE,
)
"""What a thing is made of, asked of the thing ("What is the Nora chest made of?", «Из чего сделан корпус?»): not
"Which wood oil should I use?", which asks for a product that steps or advice may name, nor "the best way to clean
a worktop made of oak?" or «З чого почати збирання?». "made of" ends the question; «из чего» takes a verb of
making; «Какая ткань у дивана?», "What's the fabric?" ask it of the thing, «Какую ткань посоветуете?» asks advice."""
_FEW_WORDS = r"(?:(?!(?:и|і|й|или|або|чи|та)\s)[^\W\d]+\s+){0,3}"
"""Up to three words between "which" and the kind it asks («Какие у него есть цвета?», «Який у чохла колір?»), none
of them a conjunction: «Какой размер и цвет?» asks two things."""
_COLOUR_RU = r"(?:цвет(?:а|ов|ам|ами|ах|е|у|ом)?|оттен(?:ки|ков|ках))"
_COLOUR_UK = r"(?:кольор(?:и|ів|ам|ами|ах|і|у|ом)?|відтін(?:ки|ків|ках))"
"""The noun colour in its forms, and shades in the plural (what there is: «Какие у него оттенки?»; a single shade
is asked as a choice, «Какой оттенок мне подойдёт?», which advice answers); not «цветы», «цветочный» (flowers) or
«кольоровий»."""
_KINDS_NAMED = (
    ("materials", "topic_material", _MATERIAL_ASKED),
    (
        "colours",
        "",
        re.compile(
            rf"(?<!\w)(?:(?:what|which|other) (?:colou?rs?|shades|colou?rways?)|в как\w+ {_COLOUR_RU}"
            rf"|как\w+ {_FEW_WORDS}{_COLOUR_RU}"
            rf"|(?:у|в) як\w+ {_COLOUR_UK}|як\w+ {_FEW_WORDS}(?:колір|{_COLOUR_UK}))(?!\w)",
            re.IGNORECASE,
        ),
    ),
)
"""Per evidence, the topic and the words that ask for it."""


def _advice_on_an_open_choice(j: Judging) -> bool:
    """ "Which is better for my back?" after the two mattresses were named, «Какой лучше взять, если пальцы
    отекают?»: a judgement with no alternatives of its own is answered by advice on its subject, or, when it is
    the letter's only question, by advice anywhere ("I'd recommend the Ormatek Flex")."""
    if _alternatives(j.q.text):
        return False  # "the Orbit or the Pivot?": only naming one answers (`_picks_alternative`)
    if _advised(j):
        return True
    return _advice_names_one_weighed(j, j.q.letter_words)


def _advice_names_one_weighed(j: Judging, letter: frozenset[str]) -> bool:
    """Advice naming one of the things the letter weighs ("I'd recommend the Flex", «Для льону раджу Philips
    DST7040» after «Вибираю праску: Philips або Rowenta. Яка краще для лляних речей?»), in a sentence no other
    question owns (with one question, anywhere); other advice ("I'd recommend ordering before Friday") is none."""
    reply = j.reply
    return any(
        any(not letter.isdisjoint(name.split()) for name in reply.names[i])
        for i in reply.evidence("advice") - reply.quoted
        if j.single or i not in j.others
    )


def _advised(j: Judging) -> bool:
    """Advice answers "should I", "is it worth it", "which one", "how do I look after it".

    Advice answers a question that asks for a judgement, about its subject or the one it points back to.
    Other questions need their own words there, or a sentence on their subject that no other question claims:
    advice on the size (the other question) does not say whether an exchange is possible.
    """
    if j.q.seeks_advice or not j.q.key_terms:
        advised = j.related | j.near_linked
    else:
        # on a word of its own, not only the thing's name: "Is the Dew Serum tested on animals?" - "The Dew Serum
        # suits all skin types" advises nothing on the testing
        own = [t for t in j.q.key_terms if t.weight >= 1.0]
        bags = j.reply.bags
        # (a yes or no with the advice is a verdict of its own: «Краще ні, лише ручне прання», "Better not")
        leads = j.reply.evidence("yes_no_lead") | j.reply.evidence("advised_no")
        advised = {
            i
            for i in j.near_linked | j.related
            if i not in j.others and (not own or i in leads or any(bags[i].has(t) for t in own))
        }
    judges = _judges_the_story(j.q)
    advised &= j.reply.evidence("advice")
    if advised and judges:
        # "Is that normal for a new machine?" - "You can return the machine if it doesn't suit you": advice that
        # judges nothing
        advised = _judging(j.reply, advised)
    if advised:
        return True
    # «У меня щенок шпица. Какой сухой корм посоветуете?» - «Для щенка шпица советую Royal Canin X-Small»: advice
    # that never repeats the question's words, in a sentence no question claims, is its answer when it names a
    # product and speaks of what the letter told before the question (not "I'd recommend ordering before Friday",
    # «Советуем подписаться на наш Telegram», «Советуем обсудить рацион с ветеринаром»)
    if not j.q.seeks_advice or j.related_all:
        return False
    story = j.q.story_stems
    told = j.claims.once((story, judges), lambda: _story_advice_from(j.reply, j.claims, story, judging=judges))
    return told < j.q.told_from


def _story_advice_from(reply: Reply, claims: Claims, story: StemIndex, *, judging: bool) -> int:
    """Where in the customer's message the first word stands that advice naming a product, in a sentence no
    question claims (and holding a judgement, for a question judging the story), says back: such advice answers
    an advice question after that word (`_advised`). Past the letter's end when there is none."""
    stops = any_stop_words()
    advice = reply.evidence("advice") & claims.unclaimed
    if judging:
        advice = _judging(reply, advice)
    firsts = [
        story.first(w)
        for i in advice
        if _names_a_product(reply, i)
        for w in _words_of(reply, i)
        if len(w) >= STORY_WORD and w not in stops
    ]
    return min((k for k in firsts if k is not None), default=len(story))


def _names_a_product(reply: Reply, i: int) -> bool:
    """Whether sentence i names something by a name (`Reply.names`: a word capitalised mid-sentence or one in
    quotes, «Royal Canin», "the Purrfect Kitten"; not a bare number or code, which the names also hold); advice to
    see a vet or check an e-mail names none."""
    return any(not any(ch.isdigit() for ch in name) for name in reply.names[i])


STORY_WORD = 4
"""Letters of the shortest word of the customer's story that, said back, ties advice to it."""


def _yes_or_no(j: Judging) -> bool:
    """A position taken on the question's subject: a yes or no, the question said back, or a fact that settles it.

    perf: the tests are independent, so the cheap ones go first and the dated fact, which needs the reply's times
    (the costliest evidence), last: a question answered by "Yes," never has the reply's times looked for."""
    return (
        _yes_no_lead(j)
        or _said_back(j)
        or _dated_fact(j)
        or _measured(j)
        or _stock_told(j)
        or _done_status(j)
        or _pronoun_fact(j)
        or _modal_said_back(j)
        or _need_denied(j)
        or _nobody_in(j)
        or _difficulty_told(j)
        or _permission_told(j)
        or _action_refused(j)
        or _deed_promised(j)
        or _said_of_it(j)
        or _feature_told(j)
        or _existence_told(j)
        or _only_elsewhere(j)
        or _service_declined(j)
        or _predicate_graded(j)
    )


_PREDICATE_REACH = 4
"""Words at a sentence's start where a negated predicate answers («Короч, не громкая: ...»)."""


def _predicate_graded(j: Judging) -> bool:
    """«Клавиатура Keychron K2 громкая?» - «Короч, не громкая: звук мягкий», "Is the Arc lamp heavy?" - "Not heavy at
    all", «Рубашка сильно мнётся?» - «Немного мнётся, как любой лён»: the word the question ends on, what it asks of
    the thing, negated or given a degree among a sentence's first words (a filler before it aside), in a sentence no
    other question owns, takes the position."""
    # the question's own words among its last two ("...мнётся сильно?": the verb and the degree asked)
    own = {t.text.lower() for t in j.q.key_terms if t.weight >= 1.0}
    endings = [w for w in (w.lower() for w in _WORD.findall(j.q.text)[-2:]) if w in own]
    # "Does it shrink much?", «Чи сильно сідає після прання?»: the degree asked, and the word it grades, in the
    # clause that asks («Очень понравилась модель — она есть в 42?» asks no degree of liking)
    asked = [w.lower() for w in _WORD.findall(_LAST_CLAUSE.split(j.q.text)[-1])]
    graded = [b for a, b in itertools.pairwise(asked) if a in _DEGREE_ASKED and b in own]
    graded += [a for a, b in itertools.pairwise(asked) if b in _DEGREE_ASKED and a in own]
    reply = j.reply
    if _degree_led(j, asked):
        return True
    if not endings and not graded:
        return False
    morphology = reply.analysis.morphology
    # «Колется он совсем немного»: a verb of the question said back first, its degree after it; only an analyser
    # tells the verb from the thing asked about («Чи ковзає килимок?» - «Килимок трохи пахне гумою»)
    verbs = [e for e in endings if morphology.tense_by_grammeme and morphology.present_or_future(e)]
    for i in j.related - reply.quoted:
        if i in j.others:
            continue
        words = reply.first_words(i, _PREDICATE_REACH)
        pairs = itertools.pairwise(words)
        if any(_grading(a) and any(same_stem(b, e) for e in endings) for a, b in pairs):
            return True
        if verbs and words and any(same_stem(words[0], e) for e in verbs) and any(map(_grading, words[1:])):
            return True
        if graded and _graded_in(reply, i, graded):
            return True
    return False


_LAST_CLAUSE = re.compile(r"[,;:—–]|\s-\s")
"""What ends a clause before the one a question asks in («Очень понравилась эта модель — она есть в 42 размере?»)."""


def _degree_led(j: Judging, asked: list[str]) -> bool:
    """«Они сильно линяют?» - «Совсем немного и только при первых стирках: ...»: the degree the first yes/no asks,
    given as the lead of a paragraph, whatever later question shares that sentence's words («садятся ли после
    стирки?» shares the washing)."""
    if j.claims.first_yes_no != j.n or not any(w in _DEGREE_ASKED for w in asked):
        return False
    reply = j.reply
    return any(
        _opens_paragraph(reply, i) and _degree_lead(reply, i)
        for i in range(len(reply.sentences))
        if i not in reply.quoted
    )


_DEGREE_ASKED = frozenset({"much", "very", "сильно", "очень", "дуже", "наскільки", "насколько"})
"""Words asking how far a quality goes ("shrink much?", «сильно садится?»): a degree or a measure answers them."""

_GRADE_LINKS = frozenset(
    {"it", "they", "by", "about", "around", "roughly", "approximately", "up", "to", "он", "она", "оно", "они", "на",
     "до", "около", "примерно", "приблизно", "він", "вона", "воно", "вони", "всего", "лише", "лишь", "only", "just"}
)  # fmt: skip
"""Words that may stand between a quality said back and its degree or figure ("It shrinks by about 3%", «Греется
он до 42 градусов»); any other word ("Heavy laptops up to 17 inches") gives the figure to something else."""


def _grading(word: str) -> bool:
    return word in _NOTS or word in DEGREE_WORDS


def _graded_in(reply: Reply, i: int, graded: list[str]) -> bool:
    """Whether sentence i says back a quality the question asks the degree of, with a degree, a negation or a
    figure right after it, only `_GRADE_LINKS` between ("It shrinks by about 3%", «вона сідає приблизно на 3%»)."""
    start, end = reply.sentences[i]
    words = [w.lower() for w in _WORD.findall(reply.analysis.text[start:end])]
    for k, word in enumerate(words):
        if any(same_stem(word, g) for g in graded):
            for after in words[k + 1 :]:
                if _grading(after) or after.isdigit():
                    return True
                if after not in _GRADE_LINKS:
                    break
    return False


_NOTS = frozenset({"не", "not", "ні"})


_DO_YOU = re.compile(r"\W*(?:(?:а|и|і|й|and)\s+)?(?:вы|ви|do\s+you|will\s+you)\s+(\w{4,})(?!\w)", re.IGNORECASE)
"""A question whether the shop does something, its verb after "you" («Вы доставляете в Минск?», «Ви відправляєте
до Польщі?», "Do you ship to Oslo?")."""
_GREETING_FIRST = re.compile(
    r"\W*(?:hi|hello|hey|morning|здравствуйте|добрый\s+день|добрий\s+день|добрый\s+вечер|вітаю|привет|привіт)"
    r"(?:\s+\w+)?\s*[,!]\s*",
    re.IGNORECASE,
)
"""A greeting the customer's first sentence opens with ("Hi, do you ...?", «Добрый день, вы ...?»)."""
_WE_DONT = re.compile(
    r"(?<!\w)(?:мы|ми|we)\s+(?:\w+\s+){0,3}?(?:не|don't|do\s+not|doesn't|won't|no\s+longer)\s+(\w+)",
    re.IGNORECASE,
)
"""The shop saying it does not do something («за пределы России мы посылки пока не отправляем», "we don't ship
outside the UK")."""


def _service_declined(j: Judging) -> bool:
    """ "Do you deliver to Minsk?" - "We don't send parcels outside Russia", «Вы доставляете в Беларусь?» - «За
    пределы России мы посылки не отправляем»: the shop saying it does not do the service, in a verb of the same
    topic, in a sentence on the question's subject, is a no, whatever it calls the place."""
    found = _DO_YOU.match(_GREETING_FIRST.sub("", j.q.text, count=1))
    if found is None:
        return False
    verb = found.group(1).lower()
    action = next((t for t in j.q.key_terms if t.text.lower() == verb and t.topics), None)
    if action is None:
        return False
    reply, analysis = j.reply, j.reply.analysis
    for i in j.related - reply.quoted:
        for m in _WE_DONT.finditer(analysis.text, *reply.sentences[i]):
            # the verb denied is one of the service's topic: "We don't charge for shipping" denies no shipping
            k = bisect.bisect_left(analysis.token_starts, m.start(1))
            if action.topics & reply.token_topics.get(k, frozenset()):
                return True
    return False


_IS_THERE = re.compile(r"\W*(?:(?:and|also|plus|oh)\W+)?(?:is|are)\s+there(?!\w)", re.IGNORECASE)
"""An English question whether a thing exists ("Is there somewhere to park nearby?", "And are there lockers?")."""
_THERE_IS = re.compile(r"(?<!\w)there(?:'s|’s|\s+is|\s+are|\s+isn't|\s+aren't|\s+will\s+be)(?!\w)", re.IGNORECASE)


def _only_elsewhere(j: Judging) -> bool:
    """ "Do you deliver to Belarus?" - «К сожалению, мы отправляем посылки только по России»: a regret with an
    "only" that leaves out the name asked about is a no, in a sentence on its subject or no question's."""
    # the name must be what is asked, the question's last words ("to Belarus?"), not the thing it is asked of ("Is
    # the Luna lamp dimmable?" - "Unfortunately we only have it in white" says nothing of dimming)
    key = j.q.key_terms
    if not key or key[-1].weight >= 1.0:
        return False
    names = [t for t in key if t.weight < 1.0]
    reply = j.reply
    where = j.related | (j.claims.unclaimed if j.single else set())
    return any(i not in j.others and _only_without(reply, i, names) for i in where - reply.quoted)


def _existence_told(j: Judging) -> bool:
    """ "Is there somewhere to park nearby?" - "There's free parking in the Bell Lane car park": "there is" (or
    "there isn't") said of the thing asked, in a sentence on this question's own words, takes the position."""
    if not _IS_THERE.match(j.q.text):
        return False
    # the thing asked to exist is the question's first word of its own ("a warranty" in "Is there a warranty on the
    # kettle?"): "There is a new kettle in our range" says nothing of it
    thing = next((t for t in j.q.key_terms if t.weight >= 1.0), None)
    if thing is None:
        return False
    reply, text = j.reply, j.reply.analysis.text
    return any(
        _THERE_IS.search(text, *reply.sentences[i]) is not None
        and reply.bags[i].has(thing)
        and (i not in j.others or _share(j, i, lexical=True) >= COVERED_SHARE)
        for i in j.related - reply.quoted
    )


_EN_CAN_FRAME = re.compile(
    r"(?<!\w)(?:can|could)\s+(?:you|i|we)\s+(?:please\s+|possibly\s+|just\s+)?(\w{3,})(?!\w)", re.IGNORECASE
)
"""The English "can you / could I" and the verb after it: the action a request asks for ("Can you reserve it?")."""
_CANNOT = re.compile(
    r"(?<!\w)(?:can't|cannot|can\s+not|unable|not\s+able|не\s+(?:можем|можемо|можу|можно|сможем|зможемо|получится"
    r"|вийде|выйдет)|нельзя|неможливо|невозможно|не\s+(?:имеем|маємо)\s+(?:возможности|змоги|можливості))(?!\w)",
    re.IGNORECASE,
)
"""A "cannot" that refuses an action ("We can't reserve items", «бронировать мы не можем», «не маємо змоги»)."""


def _action_refused(j: Judging) -> bool:
    """ "Can you reserve it for me?" - "I'm afraid we can't reserve items: we sell them only online",
    «Можете забронировать?» - «Бронировать товары мы не можем»: the action asked for, said back with a "cannot" in
    the same clause, is a no."""
    action = _asked_action(j.q, english=True) or _asked_service(j.q)
    if action is None or action.weight < 1.0:
        return False
    objects = [t for t in j.q.key_terms if t.weight >= 1.0 and t is not action]
    named = [t for t in j.q.key_terms if t is not action]
    reply, analysis = j.reply, j.reply.analysis
    text = analysis.text
    for i in j.related - reply.quoted:
        for clause in _clauses(text, *reply.sentences[i]):
            if _CANNOT.search(text, *clause) is None:
                continue
            bag = _bag_between(analysis, *clause)
            # refused of the thing asked about, or of things in general ("we can't reserve items"), not of
            # another thing ("We can't repair boots" for "Can you repair the zip on my jacket?")
            if bag.has(action) and (
                not objects or any(bag.has(t) for t in objects) or _ANY_GOODS.search(text, *clause) is not None
            ):
                return True
            # the action in another verb of its topic, refused of what the question names: "Do you ship to
            # Switzerland?" - "we can't send it to Switzerland"
            # (the clause's bag holds words only: the topic is the sentence's)
            if action.topics & reply.bags[i].topics and any(bag.has(t) for t in named):
                return True
    return False


_EN_DO_FRAME = re.compile(r"(?<!\w)(?:do|does|will|would)\s+(?:you|they)\s+(\w{3,})(?!\w)", re.IGNORECASE)
"""The English "do you ship...?", "will they deliver...?": a service asked about, which a "can't" refuses."""


_POSSIBLE_ASKED = re.compile(
    r"(?<!\w)(?:можно|можна|можете|сможете|зможете|возможно|можливо|могли\s+б(?:ы|и)?|can|could|is\s+it\s+possible)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A yes/no on whether something can be done («Можно ли добавить открытку?», «Чи можна загорнути?», "Can you
wrap it?")."""


def _deed_promised(j: Judging) -> bool:
    """«Можно ли добавить в него открытку?» - «Открытку с вашим текстом вложим бесплатно», "Can you gift-wrap it?" -
    "We'll wrap it in kraft paper": asked whether a thing can be done, the shop binding itself to do it, in a
    sentence this question covers best, says yes in a verb of its own."""
    if not _POSSIBLE_ASKED.search(j.q.text):
        return False
    # what the deed is done to must all be there: «Доставку стола привезём» promises a delivery, not the pick-up
    # asked for ("забрать стол самовывозом"), nor «доставимо в четвер» the new address asked for
    asked = _asked_action(j.q, english=True)
    # the words of a text to be written ("put in a note saying 'Happy birthday Dad'") are the note's, not its subject
    quoted = _quoted_spans(j.q.text)
    things = [
        t
        for t in j.q.key_terms
        if t.weight >= 1.0
        and t is not asked
        and not _only_quoted(j.q.text, t, quoted)
        and not _labels_a_quote(j.q.text, t)
    ]
    # an English noun before another of them names its kind ("a gift card"): the reply may say "a card" (Russian
    # and Ukrainian say a kind by an adjective, which agrees: «подарочную открытку»)
    if j.q.lang == "en":
        things = [t for t in things if not _modifies_next(j.q.text, t, things)]
    # «вместе с заказом», «в посилку» are said by putting the thing in the parcel («покладемо в коробку»), not by
    # e-mailing it
    # so is what it goes into or with («в букет», «до торта», «с моим текстом»): «Открытку положим» puts it there
    alone = [t for t in things if t.lemmas.isdisjoint(_ALONGSIDE) and not _governed(j.q.text, t)]
    # and one of them named first here: a promise about the thing the letter is about («Платье отправим завтра»)
    # does not grant what is asked of it ("можно ли будет вернуть платье?")
    if not things or all(j.q.said_before(t.text.lower()) for t in things):
        return False
    bags, text = j.reply.bags, j.reply.analysis.text
    return any(
        (
            all(bags[i].has(t) for t in things)
            or (
                bool(alone)
                and all(bags[i].has(t) for t in alone)
                and _PUT_IN.search(text, *j.reply.sentences[i]) is not None
            )
        )
        # a deed of another kind is no yes: «Платье отправим завтра» sends the dress asked to be returned
        and (
            asked is None
            or not asked.topics
            or bool(asked.topics & bags[i].topics)
            or bags[i].has(asked)
            # «Можно ли получить бумажный экземпляр?» - «Бумажный экземпляр мы вложим в коробку»: what the customer
            # would get, the shop gives, in whatever deed
            or not asked.lemmas.isdisjoint(_RECEIVING)
        )
        for i in j.claims.own[j.n] & j.reply.evidence("promised")
    )


_GOVERNING = r"в|во|у|до|з|із|зі|с|со|к|ко|на|для|into|in|to|with|for|inside"
"""Prepositions before what a thing goes into or comes with («в букет», «до торта», «с текстом», "with a note")."""
_OWNERS = (
    r"мой|моим|моей|мою|моё|мое|моего|свой|своим|своей|свою|ваш|вашим|вашей|наш|нашим|мій|моїм|моєю|мою|свій|своїм"
    r"|своєю|ваш|вашим|вашою|наш|нашим|my|your|our|a|an|the|one|each|every|одній|одной|одном|одному|одну|кожній"
    r"|каждой|каждом"
)
"""Words that may stand between such a preposition and its word («с моим текстом», "with a note", «в одній
упаковці»)."""


def _governed(text: str, term: Term) -> bool:
    """Whether the question has the word right after a preposition, or after a possessive or an article («с моим
    текстом»): what the thing goes into or with, not the thing."""
    return (
        re.search(rf"(?<!\w)(?:{_GOVERNING})\s+(?:(?:{_OWNERS})\s+)?{re.escape(term.text)}(?!\w)", text, re.IGNORECASE)
        is not None
    )


def _modifies_next(text: str, term: Term, things: Sequence[Term]) -> bool:
    """Whether the word stands right before another of the things, as its modifier ("gift" in "a gift card")."""
    at = text.find(term.text)
    if at < 0:
        return False
    following = text[at + len(term.text) : at + len(term.text) + 1 + max(len(t.text) for t in things)].lstrip()
    return any(t is not term and following.startswith(t.text) for t in things)


def _labels_a_quote(text: str, term: Term) -> bool:
    """Whether the word stands right before a quoted text as its label («з підписом «Найріднішій»», "with the words
    'Happy birthday'"): the reply may call it anything («зі словами»), so it is no thing the deed must name."""
    return re.search(r"(?<!\w)" + re.escape(term.text) + r"\s*[«“\"']", text) is not None


_RECEIVING = frozenset({"получить", "получать", "отримати", "отримувати", "get", "receive", "have"})
"""Verbs of the customer receiving a thing, which the shop grants by any deed that gives it."""
_ALONGSIDE = frozenset(
    {"вместе", "разом", "together", "сразу", "одразу", "отдельно", "окремо", "separately", "also", "тоже", "також",
     "посылка", "посилка", "коробка", "заказ", "замовлення", "parcel", "box", "order", "package"}
)  # fmt: skip
"""How or in what a thing comes («вместе с заказом», «в посилку», "separately"), which a promise to put it in the
parcel says whatever it calls the parcel."""
_QUOTED = re.compile(r"«[^»]{0,200}»|“[^”]{0,200}”|\"[^\"]{0,200}\"")
"""A text quoted in a question, bounded so that an unclosed mark scans no further than a note's length."""


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _only_quoted(text: str, term: Term, spans: list[tuple[int, int]]) -> bool:
    """Whether the term is written in the question only inside quotation marks."""
    if not spans:
        return False
    at = [m.start() for m in re.finditer(re.escape(term.text), text)]
    return bool(at) and all(any(a <= k < b for a, b in spans) for k in at)


_PUT_IN = re.compile(
    r"(?<!\w)(?:влож\w+|полож\w+|вклад\w+|поклад\w+|put\s+\w+(?:\s+\w+)?\s+in|pack\w*|include\w*|tuck\w*)(?!\w)",
    re.IGNORECASE,
)
"""A deed that puts the thing into the parcel («вложим в коробку», «покладемо», "we'll put a copy in")."""


def _asked_service(q: Question) -> Term | None:
    """The verb of an English "do you / will they ..." question, when it has a topic of the shop's services (a
    delivery, a return): the action a "we can't ..." in the reply refuses."""
    found = _EN_DO_FRAME.search(q.text)
    if found is None:
        return None
    verb = found.group(1).lower()
    return next((t for t in q.terms if t.text.lower() == verb and t.topics), None)


_ANY_GOODS = re.compile(
    r"(?<!\w)(?:items|products|goods|orders|anything|товар\w*|заказ\w*|замовлен\w*|ничего|нічого)(?!\w)",
    re.IGNORECASE,
)
"""Things in general, of which a refusal covers the one asked about ("we can't reserve items")."""


def _asked_action(q: Question, *, english: bool = False) -> Term | None:
    """The action a "can I / can you" question asks for: the infinitive after «можно ли», «чи можете», and with
    `english` the verb after "can you", "could I"."""
    found = _CAN_FRAME.search(q.text) or (_EN_CAN_FRAME.search(q.text) if english else None)
    if found is None:
        return None
    verb = found.group(1).lower()
    return next((t for t in q.terms if t.text.lower() == verb), None)


_ABILITY_ASKED = re.compile(
    r"(?<!\w)(?:справл\w+|справит\w*|справ\w*ся|впора\w+|сложно|сложн\w+|трудно|легко|просто|складно|важко"
    r"|manage|cope|hard|difficult|easy|tricky)(?!\w)",
    re.I,
)
"""A yes/no on whether the customer can manage a task, or how hard it is («Справлюсь ли я со сборкой сам?», «Чи
складно це зібрати?», "Is it hard to fit?")."""
_DIFFICULTY_TOLD = re.compile(
    r"(?<!\w)(?:несложн\w*|нескладн\w*|просто\w*|прост(?:ая|ой|ое|ые|а|е|і)|легк\w*|легко|сложн\w*|складн\w*"
    r"|трудн\w*|важк\w*|easy|easily|simple|simply|straightforward|hard|difficult|tricky)(?!\w)",
    re.I,
)


_PERMISSION_ASKED = re.compile(
    r"(?<!\w)(?:можно|можна|разрешено|разрешается|дозволено|дозволяється|допускается|допускається"
    r"|(?:can|may|could)\s+(?:i|we)|(?:am|are)\s+(?:i|we)\s+allowed|is\s+it\s+(?:ok|okay|allowed|possible)\s+to)(?!\w)",
    re.I,
)
"""A yes/no asking leave («Можно ли провезти собаку в купе?», "Can I bring a pushchair?")."""
_PERMISSION_TOLD = re.compile(
    r"(?<!\w)(?:разреш\w+|запрещ\w+|допуска\w+|дозвол\w+|заборон\w+"
    r"|(?:you're|you\s+are)\s+(?:very\s+)?welcome\s+to|(?:is|are)\s+(?:not\s+)?(?:allowed|permitted|welcome)"
    r"|(?:isn't|aren't)\s+(?:allowed|permitted))(?!\w)",
    re.I,
)
"""Leave granted or refused («везти разрешено», «заборонено», "You're welcome to", "Dogs are allowed")."""


def _permission_told(j: Judging) -> bool:
    """«Можно ли провезти в купе бигля?» - «Бигля в купе везти разрешено, если…», "Can I bring a pushchair?" -
    "You're welcome to: there's a pushchair park": leave granted or refused, in a sentence on the question's own
    thing (one of its words) that no other yes/no question claims, answers a question asking leave, whatever verb
    it takes (two of them: `PERMISSION_WORDS`)."""
    if not _PERMISSION_ASKED.search(j.q.text):
        return False
    reply = j.reply
    text = reply.analysis.text
    own = [t for t in j.q.key_terms if t.weight >= 1.0]

    def mine(i: int) -> bool:  # a word of its own no yes/no sharing the sentence uses («бигль» beside «место»)
        rivals = [q for q in j.rivals(i) if q.kind not in TYPED]
        return not rivals or any(
            reply.bags[i].has(t) and all(t.text.lower() not in q.words for q in rivals) for t in own
        )

    return any(
        i not in reply.quoted
        and _PERMISSION_TOLD.search(text, *reply.sentences[i]) is not None
        and sum(1 for t in own if reply.bags[i].has(t)) >= min(PERMISSION_WORDS, len(own))
        and mine(i)
        for i in j.related_all
    )


PERMISSION_WORDS = 2
"""Words of the question a sentence granting leave must say back: the thing and where or what with it («бигля»,
«купе»); the place alone is leave for something else («В номере запрещено курить» for «Можно ли взять собаку в
номер?»)."""


def _difficulty_told(j: Judging) -> bool:
    """«Справлюсь ли я со сборкой сам?» - «Сборка несложная: в комплекте есть все крепления и инструкция»: how hard
    the task is, told in a sentence on its subject, takes a position on whether the customer can manage it."""
    if not _ABILITY_ASKED.search(j.q.text):
        return False
    reply = j.reply
    text = reply.analysis.text
    topics = {topic for t in j.q.key_terms for topic in t.topics}
    # a sentence on its subject (on the task's own topic) that another question covers better tells it too,
    # unless that one asks how hard
    # as well («Чи впораюся я зі збиранням сам? Які інструменти знадобляться?» - «Складання нескладне: ...»)
    return any(
        i not in reply.quoted
        and _DIFFICULTY_TOLD.search(text, *reply.sentences[i]) is not None
        and (
            i in j.related
            or (bool(topics & reply.bags[i].topics) and all(not _ABILITY_ASKED.search(q.text) for q in j.rivals(i)))
        )
        for i in j.related_all
    )


_NEED_WORDS = (
    "нужно|нужна|нужны|нужен|надо|обязательно|обязательна|обязательны|необходимо|необходима|необходимы|необходим"
    "|потрібно|потрібна|потрібні|потрібен|треба|обов'язково|обов'язкова|обов'язкові|необхідно|необхідна|необхідні"
)
"""The Russian and Ukrainian "need to", asked («нужно ли») or denied («не треба»), and said of the thing needed
(«Застава потрібна», «Залог нужен»)."""
_MODALS = (
    re.compile(rf"(?<!\w)(?:{_NEED_WORDS})(?!\w)", re.I),
    re.compile(r"(?<!\w)(?:need|needs|have to|has to|must)(?!\w)", re.I),
)
"""The "do I need to" of a yes/no question («нужно ли быть дома?», «чи треба…?», "do I need to be in?"), which the
same modal answers, with or without a not («Весь день ждать не нужно», "You don't need to")."""


def _modal_said_back(j: Judging) -> bool:
    """A yes/no asked with a modal is answered by the modal said back, yes or no, in a sentence on its subject
    that no other yes/no question claims (a "when" sharing it asks for no position): «Когда привезут комод и нужно
    ли быть дома весь день?» - «Весь день ждать не нужно: курьер позвонит и назовёт интервал»."""
    modal = next((m for m in _MODALS if m.search(j.q.text)), None)
    if modal is None:
        return False
    reply = j.reply
    text, sentences = reply.analysis.text, reply.sentences
    # the modal must be about this question's own thing: "you'll need to be at home" takes no position on "do I
    # need to assemble it myself?"
    return any(
        modal.search(text, *sentences[i]) is not None
        and any(reply.bags[i].has(t) for t in j.q.terms if not modal.fullmatch(t.text))
        and all(q.kind in TYPED for q in j.rivals(i))
        for i in j.related_all & reply.evidence("yes_no_inline")
    )


_NEED = (_MODALS[0], re.compile(r"(?<!\w)(?:need|needs|have to|has to)(?!\w)", re.I))
"""The "do I need to" family alone: a "can" or "must" denied is a refusal or a rule, which may be about anything."""
_NEED_DENIED = re.compile(
    rf"(?<!\w)(?:не|ні)\s+(?:\w+\s+)?(?:{_NEED_WORDS})(?!\w)"
    r"|(?<!\w)(?:необязательно|необов'язково|нет\s+необходимости|нет\s+нужды|немає\s+потреби"
    r"|немає\s+необхідності|not\s+necessary|unnecessary)(?!\w)"
    r"|(?<!\w)(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|no)\s+(?:\w+\s+)?need(?!\w)"
    r"|(?<!\w)(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+have\s+to(?!\w)",
    re.I,
)
"""A need denied: «не нужно», «ждать не треба», «нет необходимости», «немає потреби», "you don't need to", "no
need to", "not necessary"."""
_WHOLE_SPAN = re.compile(
    r"(?<!\w)(?:all|the\s+whole|whole|весь|целый|цілий|увесь)\s+(?:the\s+)?"
    r"(?:day|morning|afternoon|evening|week|день|утро|вечер|неделю|ранок|вечір|тиждень)(?!\w)"
    r"|(?<!\w)(?:from|с|з|із)\s+(?:the\s+)?(?:morning|утра|ранку)\s+(?:till|until|to|до)\s+(?:the\s+)?"
    r"(?:evening|night|вечера|ночи|вечора|ночі)(?!\w)",
    re.I,
)
"""A whole span the customer would wait through ("all day", «весь день», «цілий день», «з ранку до вечора»): said
back in any of these forms with the need
denied, it names which need («Весь день ждать не нужно» for «нужно ли быть дома весь день?»), though its words are
too common to put the sentence on the question's subject (the Ukrainian stop list has «день»)."""
_LIGHT_EN = frozenset({"be", "have", "get", "do", "make", "i", "we"})
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _need_modal(q: Question) -> re.Match[str] | None:
    """The "do I need to" of a question, in its language's words or in English ("нужно ли", "need to"): where what is
    needed starts, for `_need_denied` and `_nobody_in`."""
    return next((m for m in (rx.search(q.text) for rx in _NEED) if m is not None), None)


_HOME = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:быть|сидеть|находиться|оставаться|бути|сидіти|перебувати|залишатися)\s+"
    r"(?:\w+\s+)?(?:дома|вдома|удома)(?!\w)",
    re.IGNORECASE,
)
"""Being at home right after a Russian or Ukrainian need («нужно ли мне быть дома», «чи треба бути вдома»)."""
_NOBODY_IN = re.compile(
    r"(?<!\w)(?:neighbou?rs?|safe\s+place|sign(?:ed|s)?\s+for|in\s+person"
    r"|(?:someone|somebody|an\s+adult|anyone|anybody|nobody|no\s+one)\s+(?:\w+\s+){0,6}?(?:in|home|there|present)"
    r"|сосед\w*|лично|в\s+руки|под\s+подпись|под\s+роспись|кто-(?:то|нибудь)\s+из\s+взрослых"
    r"|сусід\w*|особисто|у\s+руки|в\s+руки|під\s+підпис|хтось\s+із\s+дорослих)(?!\w)",
    re.IGNORECASE,
)
"""Who must be there, or what happens when nobody is ("someone aged 18+ must be there to sign", "leave it with a
neighbour", «передаём только лично в руки», «достатньо, щоб удома був хтось із дорослих»)."""


def _nobody_in(j: Judging) -> bool:
    """ "Do I need to be home for the delivery?" - "If you're out, the driver can leave it with a neighbour": who
    must be there, or what happens when nobody is, answers whether the customer must be, in words of its own (the
    question's one word, "home", said nowhere). Only a need to be there right after the modal asks it ("to be home
    to receive the code?" asks the same, and is answered the same); an answer only ever passes here."""
    modal = _need_modal(j.q)
    if modal is None:
        return False
    text = j.q.text
    if _PRESENT.match(text, _next_word(text, modal.end())) is None and _HOME.match(text, modal.end()) is None:
        return False
    reply = j.reply
    told = j.claims.once(("nobody in",), functools.partial(_nobody_in_sentences, reply))
    return bool(told) if j.single else not told.isdisjoint(j.related_all)


def _nobody_in_sentences(reply: Reply) -> frozenset[int]:
    text = reply.analysis.text
    return frozenset(
        i
        for i, (start, end) in enumerate(reply.sentences)
        if i not in reply.quoted and _NOBODY_IN.search(text, start, end) is not None
    )


def _need_denied(j: Judging) -> bool:
    """ "Do I need to stay in all day?" - "No, you don't need to wait in all day": the need denied in a clause that
    names what was needed (the question's first word after the modal, «быть дома» - «дома») or says back its whole
    span ("all day") is a no, even when the sentence is not on the question's subject by its words («Нужно ли быть
    дома весь день?» - «Весь день ждать не нужно: курьер позвонит»). Another need denied is no answer: "You don't
    need a promo code to order" does not say whether an account is needed to order; nor is a need denied in another
    clause («Подписывать ничего не нужно, курьер позвонит за день»)."""
    modal = _need_modal(j.q)
    if modal is None:
        return False
    needed = _needed(j.q, modal.end())
    span = _WHOLE_SPAN.search(j.q.text) is not None
    # "Do I need to be in?" - "You don't need to be in": the words after the modal said back after the denial
    asked = [w.lower() for w in _LETTER_WORD.findall(j.q.text, modal.end())[:NEED_WORDS]]
    present = _PRESENT.match(j.q.text, _next_word(j.q.text, modal.end())) is not None
    if needed is None and not span and not asked:
        return False
    reply, analysis = j.reply, j.reply.analysis
    text = analysis.text
    for start, end in reply.sentences:
        for clause in _clauses(text, start, end):
            denied = _NEED_DENIED.search(text, *clause)
            if denied is None:
                continue
            if span and _WHOLE_SPAN.search(text, *clause) is not None:
                return True
            if needed is not None and _bag_between(analysis, *clause).has(needed):
                return True
            if (
                present
                and _PRESENT.search(text, denied.end(), min(clause[1], denied.end() + PRESENT_REACH)) is not None
            ):
                return True  # "Do I need to be home?" - "You don't need to be in"
            # "back up the phone" is said back as "back it up": a pronoun between a verb and its particle
            said = [w.lower() for w in _LETTER_WORD.findall(text, denied.end(), clause[1])]
            if len(asked) == NEED_WORDS and [w for w in said if w not in _OBJECT_PRONOUNS][:NEED_WORDS] == asked:
                return True
    return False


_LETTER_WORD = re.compile(r"[^\W\d_][\w'’]*")
_PRESENT = re.compile(
    r"(?<!\w)(?:to\s+)?(?:be|stay)\s+(?:at\s+)?(?:in|home|there|around|present|available)(?!\w)", re.IGNORECASE
)
PRESENT_REACH = 40
"""How far after a need denied its being at home is looked for ("You don't need to | be in"): a clause's words,
not a run of spaces tried from every position."""


def _next_word(text: str, at: int) -> int:
    """Where the first non-space character at or after `at` stands (the end of the text for none)."""
    m = _NON_SPACE.search(text, at)
    return len(text) if m is None else m.start()


_NON_SPACE = re.compile(r"\S")
"""Being at home for a delivery, in any of its English words ("to be home", "be in", "stay in", "be there"): asked
in one and denied in another ("Do I need to be home?" - "You don't need to be in"), it is the same need."""
_OBJECT_PRONOUNS = frozenset({"it", "them", "this", "that", "him", "her"})
"""The objects English puts between a verb and its particle ("back it up", "send them back")."""
NEED_WORDS = 3
"""Words after "need to" that must be said back after the denial ("to be in", «быть дома» with «ли»: "to be in")."""


def _needed(q: Question, after: int) -> Term | None:
    """The thing a "do I need to" asks about: its first word after the modal that says something of its own
    ("register" in "Do I need to register an account to order?", «дома» in «нужно ли быть дома»)."""
    for t in q.terms:
        at = q.text.find(t.text, after)
        if at >= 0 and t.weight >= 1.0 and t.lemmas.isdisjoint(_LIGHT_VERBS | _LIGHT_EN):
            return t
    return None


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence's clauses between commas, colons and dashes; an aside between two commas («Відкласти товар ми,
    на жаль, не можемо», "We can, of course, wrap it") stays inside the clause it interrupts."""
    out, at = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    merged: list[tuple[int, int]] = []
    k = 0
    while k < len(out):
        lo, hi = out[k]
        commas = lo > start and text[lo - 1] == "," and hi < end and text[hi] == ","
        if merged and k + 1 < len(out) and commas and text[lo:hi].strip().lower() in _ASIDES:
            merged[-1] = (merged[-1][0], out[k + 1][1])
            k += 2
            continue
        merged.append((lo, hi))
        k += 1
    return merged


_ASIDES = frozenset(
    {"на жаль", "к сожалению", "увы", "на превеликий жаль", "unfortunately", "sadly", "i'm afraid", "i am afraid",
     "of course", "конечно", "звичайно", "звісно", "безумовно", "разумеется", "however", "однако", "проте", "втім"}
)  # fmt: skip
"""Asides set off by commas inside a clause («ми, на жаль, не можемо»), which do not end it."""


def _bag_between(analysis: Analysis, start: int, end: int) -> Bag:
    """The lemmas of the tokens starting in [start, end): a clause's words, where a sentence's bag is too wide."""
    lo = bisect.bisect_left(analysis.token_starts, start)
    hi = bisect.bisect_left(analysis.token_starts, end)
    bag = Bag()
    bag.add({lem for k in range(lo, hi) for lem in analysis.lemma_sets[k]})
    return bag


def _pronoun_fact(j: Judging) -> bool:
    """ "Do your gift vouchers expire?" - "They are valid for 24 months from the day you buy them.": the thing said
    by a pronoun, what is asked of it said in a word of its topic, with a term that settles it, in a sentence no
    other question claims."""
    asked = [t for t in j.q.key_terms if t.weight >= 1.0 and t.topics]  # "expire", «сгорать»: a word of a topic
    if not asked or j.q.scene:
        return False  # "When you deliver it, will the driver take the packaging?": "It will arrive on Monday" dates
        # the scene
    reply = j.reply
    # a term; a count ("three boxes") settles nothing. perf: both looked up, not joined: dated sentences grow with
    # the reply, and a union of them per question was quadratic on a long pair
    times, years = reply.evidence("times"), reply.evidence("years")
    return any(
        (i in times or i in years)
        and i not in j.others
        and reply.first_word(i) in _BACK_POINTER
        and any(not t.topics.isdisjoint(reply.bags[i].topics) for t in asked)
        for i in j.related
    )


def _said_of_it(j: Judging) -> bool:
    """ "Does the Drift hoodie come up big?" - "It's an oversized fit, so it does come up big", "Does the play
    kitchen come flat-packed?" - "It arrives flat-packed in one box": the thing said by a pronoun that opens the
    sentence, and what is asked of it (the question's last word of its own) said back as such, in a sentence no
    other question claims."""
    own = [t for t in j.q.key_terms if t.weight >= 1.0]
    # a request asks of someone a deed, not of the thing a quality: "could your drivers carry it up to a third-floor
    # flat?" is not answered by "It comes flat-packed"
    if j.q.borrowed or j.q.requests or not own or _POSSIBLE_ASKED.search(j.q.text):
        return False
    last = own[-1]
    reply = j.reply
    return any(
        i not in j.others and i not in reply.quoted and reply.first_word(i) in _BACK_POINTER and reply.bags[i].has(last)
        for i in j.related
    )


_ASKS_HAVING = re.compile(
    r"(?<!\w)(?:поддерживает|поддерживают|имеет|имеют|есть\s+ли\s+(?P<ru>у|в)|підтримує|підтримують|має|мають"
    r"|чи\s+є\s+(?P<uk>у|в)|(?:does|do|will)\s+(?:it|they|(?:the|this|that|these|those)(?:\s+\w+){1,3}?)"
    r"\s+(?:support|have|come\s+with|include))(?!\w)",
    re.IGNORECASE,
)
"""A yes/no on whether the thing has a feature («Поддерживает ли он Dolby Atmos?», «Чи має куртка капюшон?», "Does
the soundbar support Dolby Atmos?", "Does it come with a case?"); a group names the owner's preposition («есть ли
у дивана ящик?»)."""
_IN_STOCK_AFTER = re.compile(r"\s*(?:наличи|наявн|продаж)", re.IGNORECASE)
"""«есть ли в наличии», «чи є в наявності»: stock asked, which `_stock_told` reads, not a feature."""
_HAVING_TOLD = re.compile(
    r"(?<!\w)(?:есть|имеется|имеются|имеет|имеют|поддерживает|поддерживают|встроен\w*|оснащ\w+|в\s+комплекте"
    r"|нет|є|має|мають|підтримує|підтримують|вбудован\w*|в\s+комплекті|у\s+комплекті|немає|нема"
    r"|(?:has|have)(?!\s+(?:\w+ed|been|got|had|made|sent|told|heard|seen|taken|given|written)(?!\w))"
    r"|supports|support|comes\s+with|come\s+with|includes|include|built[\s-]in|doesn't|does\s+not)(?!\w)",
    re.IGNORECASE,
)
"""The feature had or not: «Dolby Atmos у него есть», «капюшон є», "It has Dolby Atmos built in", "It doesn't"; not
"have" making a past tense ("I have asked the maker about Dolby Atmos")."""


def _feature_told(j: Judging) -> bool:
    """ "Does the soundbar support Dolby Atmos?" - "The Bar 300 has Dolby Atmos built in", «Поддерживает ли он Dolby
    Atmos?» - «Dolby Atmos у JBL Bar 300 есть»: the feature asked about (the question's last word of its own, after
    the verb of having) said to be had or not, in one clause of a sentence on its subject that no other question
    claims (or, shared, where the feature is this question's word alone). The thing itself is seldom named again
    ("it", another name for the model), so only the feature is asked for: "The soundbar has an HDMI port" names
    the soundbar, not the feature, and says nothing of it."""
    having = _ASKS_HAVING.search(j.q.text)
    if having is None or j.q.requests or _IN_STOCK_AFTER.match(j.q.text, having.end()):
        return False
    features = [t for t in j.q.key_terms if j.q.text.find(t.text, having.end()) >= 0]
    # the word right after the verb («ли» aside) is the thing, not its feature: «есть ли у дивана ящик для белья?»,
    # «Поддерживает ли саундбар Dolby Atmos?» (English names the thing before the verb)
    after = [w for w in j.q.text[having.end() :].split(maxsplit=2)[:2] if w.lower() != "ли"][:1]
    if len(features) > 1 and after == [features[0].text]:
        features = features[1:]
    if not features:
        return False
    feature = features[-1]
    reply, analysis = j.reply, j.reply.analysis
    text = analysis.text
    return any(
        _feature_in(text, clause, _bag_between(analysis, *clause), feature, features)
        for i in j.related
        if (i not in j.others or feature in j.distinct) and i not in reply.quoted
        for clause in _clauses(text, *reply.sentences[i])
    )


def _feature_in(text: str, clause: tuple[int, int], bag: Bag, feature: Term, features: list[Term]) -> bool:
    """The feature said to be had or not («Dolby Atmos в нём есть»), or named whole with nothing of having, as
    Russian and Ukrainian say that something is there («Под сиденьем вместительный бельевой ящик» for «есть ли у
    него ящик для белья?»)."""
    # every word of its own must be there: "The Nord scarf has a fringe" says nothing of a matching scarf
    named = [t for t in features if t.weight >= 1.0]
    if not _named_in(feature, bag) or not all(_named_in(t, bag) for t in named):
        return False
    return _HAVING_TOLD.search(text, *clause) is not None or len(named) >= FEATURE_WORDS


def _named_in(term: Term, bag: Bag) -> bool:
    """The term in the bag, or a word made from its root («белья» / «бельевой», "leather" / "leathers"): a feature
    is as often said by its adjective as by its noun."""
    if bag.has(term):
        return True
    roots = {lem[:FEATURE_ROOT] for lem in term.lemmas if len(lem) > FEATURE_ROOT}
    return any(lem[:FEATURE_ROOT] in roots for lem in bag.lemmas if len(lem) > FEATURE_ROOT)


FEATURE_ROOT = 4
"""Letters a feature's noun and its adjective share («бель|ё», «бель|евой»)."""


FEATURE_WORDS = 2
"""Words of a feature that, all said, name it without a verb of having ("ящик для белья"); one word alone ("hood")
may be named of another thing."""


_PERFECT_STATUS = re.compile(
    r"(?<!\w)(?:has|have)\s[^?]{0,60}?(?<!\w)been\s+(?:\w+ed|sent|paid|made|done|given|taken|brought|sold|put|set|found|shown)(?!\w)"
    r"|(?<!\w)(?:отправлен|оформлен|обработан|оплачен|возвращен|возвращён|одобрен|відправлен|оформлен|оброблен"
    r"|оплачен|повернен|схвален)\w*\s+(?:ли|уже|вже)(?!\w)"
    r"|(?<!\w)(?:ли|чи)\s+(?:уже\s+|вже\s+)?(?:отправлен|оформлен|обработан|оплачен|возвращен|возвращён|одобрен"
    r"|відправлен|оброблен|повернен|схвален)\w*"
    r"|(?<!\w)(?:has|have)\s+(?:it|they)\s+(?:gone\s+out|left|shipped|been\s+sent)(?!\w)",
    re.IGNORECASE,
)
"""A yes/no on whether something has been done ("Has my refund been processed?", "Has it been sent?", «Возврат уже
оформлен?»); English participles that do not end in -ed are listed."""


def _done_status(j: Judging) -> bool:
    """ "Has my refund been processed?" - "Your refund went back to your card this morning": what was done, told
    in a sentence on the thing asked about (one of its own words), says yes; so does telling it already so, with
    nothing denied ("I have already refunded £89.00 to your card", «Возврат уже оформлен»)."""
    if not _PERFECT_STATUS.search(j.q.text):
        return False
    reply = j.reply
    own = [t for t in j.q.key_terms if t.weight >= 1.0]
    done, already = reply.evidence("done"), reply.evidence("already_done")
    if any(
        i in done and (i not in j.others or _only_borrowers(j, i)) and any(reply.bags[i].has(t) for t in own)
        for i in j.related
    ):
        return True
    # "already" tells the status of what it names: the thing whose status is asked, the question's first word
    # ("Has my refund for the kettle been processed?" - "The kettle has already reached our warehouse" says nothing
    # of the refund)
    return bool(own) and any(i in already and i not in j.others and reply.bags[i].has(own[0]) for i in j.related)


def _only_borrowers(j: Judging, i: int) -> bool:
    """Whether the other questions owning sentence i have no words of their own, only those they point back to
    ("Has it gone out yet? When should it get here?"): they share the thing, so its status told there is this
    question's as much as theirs."""
    return all(not q.key_terms for q in j.rivals(i))


_ASKS_STOCK = re.compile(
    r"(?:(?<!\w)(?:есть|є|в наличии|в наявності|в продаже|у продажу|на складе|на складі|in stock|available"
    r"|продаются|продаються|продаёте|продаете|продаєте)"
    r"(?:\s+(?:ли|ще|ещё|сейчас|зараз|у вас|в вас|now|still|again)){0,2}"
    r"|(?<!\w)(?:do|have)\s+you\s+(?:still\s+)?(?:have|got)\s+(?:it|one|them|any)"
    r"(?:\s+(?:in\s+stock|at\s+the\s+moment|right\s+now|now))?)\s*\?+\s*$",
    re.IGNORECASE,
)
"""A question that ends by asking whether the thing is there («…, только в сером цвете, он сейчас есть?», «Вона є у
вас?», "Is the green one available?", «Есть ли такое количество на складе?»): however long the story before it, it
asks about stock."""
_ASKS_TO_BUY = re.compile(
    r"(?<!\w)(?:можно ли|можно|чи можна|можна|can i|could i)\s+(?:у вас\s+|в вас\s+|from you\s+)?"
    r"(?:купить|заказать|купити|замовити|buy|order)(?!\w)",
    re.IGNORECASE,
)
"""A question whether the thing can be bought from the shop («Можно ли купить у вас запасной аккумулятор?", "Can I
buy a spare lid?"): whether the shop has it, in stock or on sale, answers it."""
_AN_OPTION = re.compile(
    r"(?<!\w)(?:with|without|in|instead|on|by|via|as|с|со|без|вместо|в|на|через|з|із|зі|замість|у)(?!\w)"
    r"(?!\s+(?:вас|you)(?!\w))",
    re.IGNORECASE,
)
"""A way or an option after "can I buy it" ("with oak legs", "in instalments", «с дубовыми ножками»): stock does not
answer whether it can be had that way."""
_STOCK_TOLD = re.compile(
    r"(?<!\w)(?:в наличии|в наявності|в продаже|у продажу|in stock|out of stock|sold out|available"
    r"|у нас есть|у нас є|у нас нет|у нас немає|маємо|не маємо|продаём|продаем|продаємо|продаются|продаються"
    r"|we\s+(?:also\s+|do\s+)?(?:have|sell|stock)\s+(?:them|it|those|these))(?!\w)",
    re.IGNORECASE,
)
"""Stock told: in stock or on sale, or the shop has it or sells it («Запасной аккумулятор у нас есть», «Гірлянди теж
маємо», "We do sell them")."""
_WAREHOUSE = re.compile(
    r"(?<!\w)(?:на складе|на складі|in (?:the|our) warehouse|on (?:the|our) shel(?:f|ves)|на полк\w+"
    r"|на полиц\w+)(?!\w)",
    re.IGNORECASE,
)
"""The warehouse's shelves, which tell stock with a number on them («На складі зараз 14 таких камер», "We have two
copies on the shelf"); without one they say where a thing is packed («Камеру упакуют на складе»)."""
_DIGIT = re.compile(
    r"\d|(?<!\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|два|две|три|четыре|пять|шесть"
    r"|несколько|дві|чотири|п'ять|шість|кілька)(?!\w)",
    re.IGNORECASE,
)
"""A number on the shelves, in digits or words ("two copies", «три штуки»)."""


def _stock_told(j: Judging) -> bool:
    """ "…, он сейчас есть?" - "Серый плед «Облако» есть в наличии": whether the thing is in stock, told in a
    sentence on its subject that no other question claims, takes a position (the story's many words before the
    question would otherwise have to be said back)."""
    buying = _ASKS_TO_BUY.search(j.q.text)
    if not (_ASKS_STOCK.search(j.q.text) or (buying and not _AN_OPTION.search(j.q.text, buying.end()))):
        return False
    reply = j.reply
    text, sentences = reply.analysis.text, reply.sentences
    # about the thing asked, by one of its own words ("green", «серый»), not only its kind: "The blue one is
    # available" says nothing of the green one
    own = [t for t in j.q.key_terms if t.weight >= 1.0 and not _STOCK_WORD.fullmatch(t.text)]
    # «Вона зараз є в наявності?» names its thing only in the question it points back to, which may then share the
    # sentence that tells the stock («На складі зараз 14 таких камер»)
    lent = not own and bool(j.q.context)
    if lent:
        own = [t for t in j.q.context if t.weight >= 1.0]
    # «Потрібно 10 камер Reolink. Вони є в наявності?»: a pronoun for a thing the letter named before a question of
    # none of its own: any stock told in a sentence on its subject (found by its stock word) is of that thing
    pointed = not own
    # a sentence another question claims too tells this one's stock when it has a word only this question uses
    # («Мне нужно 4 полотна, столько есть?» - «На складе 11 полотен каждого цвета», beside a question on colours)
    mine = [t for t in j.distinct_strict if t in own]
    return any(
        _stock_in(text, *sentences[i])
        # (a time is the delivery's: «Доставка со склада занимает 2 дня» tells no stock of anything; a name the
        # letter never gave is another thing's: «На складе 9 столов «Милан»» for the chairs it asked about)
        and (
            any(reply.bags[i].has(t) for t in own)
            or (pointed and i not in reply.evidence("durations") and not _names_another(j, i))
        )
        and (
            lent
            or i not in j.others
            or any(reply.bags[i].has(t) for t in mine)
            # the questions sharing it ask no stock: "on the warehouse now" tells neither a "when" nor a warranty
            or not any(_ASKS_STOCK.search(q.text) or _ASKS_TO_BUY.search(q.text) for q in j.rivals(i))
        )
        # lent its thing, it shares the sentence of the question it points back to, which that one owns
        for i in (j.related_all if lent or pointed else j.related)
    )


def _names_another(j: Judging, i: int) -> bool:
    """Whether sentence i names something (a name, not a number) the customer's letter never did."""
    return any(not name.isdigit() and name not in j.q.words and not j.q.said_before(name) for name in j.reply.names[i])


def _stock_in(text: str, start: int, end: int) -> bool:
    return _STOCK_TOLD.search(text, start, end) is not None or (
        _WAREHOUSE.search(text, start, end) is not None and _DIGIT.search(text, start, end) is not None
    )


_STOCK_WORD = re.compile(r"(?:в |у )?(?:наличи\w*|наявн\w*|продаж\w*|stock|available)", re.IGNORECASE)
"""A key word that is the stock asked about itself («наявності»), not the thing it is asked of."""


def _measured(j: Judging) -> bool:
    """ "Does it come with a sack? And how warm is it?" - "... It has a comfort rating of 2 °C": a quality asked of
    the thing named before, with no other word of its own, is settled by a measurement in a sentence no other
    question claims (the sentence need not say "warm": the degrees are the warmth). Under the quoted question in
    an interleaved reply, the measurement answers it whatever the question names («Наскільки теплий спальник?» -
    «Температура комфорту — мінус 5 °C»)."""
    if j.q.asks_quantity and j.under_quote and _sole_measure_asked(j) and j.reply.evidence("measures"):
        return True  # the only quantity asked in its block: with two, each needs its own ("1.2 kg" is no warmth)
    own, everything = j.claims.own[j.n], j.claims.everything
    quoted = j.reply.quoted
    if _measure_of_quality(j, own):
        return True
    if not j.q.asks_quantity or sum(1 for t in j.q.key_terms if t.weight >= 1.0) > 1:
        return False
    return any((i in own or i not in everything) and i not in quoted for i in j.reply.evidence("measures"))


_DIMENSIONS = (
    (frozenset({"warm", "cold", "hot", "cool", "insulated"}), re.compile(r"\d\s?°|\d\s?degrees?(?!\w)", re.I)),
    (
        frozenset({"heavy", "light", "lightweight", "strong"}),
        re.compile(r"\d\s?(?:kg|g|lbs?|oz|grams?|kilos?|kilograms?)(?!\w)", re.I),
    ),
    (
        frozenset({"waterproof", "water-resistant"}),
        re.compile(r"hydrostatic|\d{1,3}(?:[ ,.]\d{3})+\s?mm(?!\w)|\d{4,}\s?mm(?!\w)|(?<!\w)IP[X\d]\d", re.I),
    ),
    (
        frozenset({"big", "large", "small", "long", "wide", "tall", "high", "deep", "thick", "roomy"}),
        re.compile(r"\d\s?(?:cm|mm|m|in|inches|litres?|liters?|l)(?!\w)|\d\s?[x×]\s?\d", re.I),
    ),
    (frozenset({"bright"}), re.compile(r"\d\s?(?:lumens?|lm)(?!\w)", re.I)),
    (frozenset({"loud", "quiet", "noisy"}), re.compile(r"\d\s?(?:dB|decibels?)(?!\w)", re.I)),
    (frozenset({"powerful"}), re.compile(r"\d\s?(?:W|kW|watts?|Pa)(?!\w)")),
)
"""The measure of each quality a "how + quality" question may ask: "How warm is it?" is settled by degrees, "how
waterproof?" by a hydrostatic head (thousands of mm), and by nothing else ("It weighs 1.2 kg" is no warmth, nor are
8.5 mm poles waterproofing)."""
_QUALITIES_ASKED = (
    (
        # the verb too: «Не будет ли он шуметь ночью?», «Чи гуде він?», "Does it make much noise?"
        re.compile(
            r"(?<!\w)(?:шум\w+|гучн\w+|тих(?:ий|ая|ое|ие)|громк(?:ий|ая|ое|ие)|гуд(?:еть|ит|ят|іти|е|уть)|noisy|noise"
            r"|loud|hum)(?!\w)",
            re.I,
        ),
        re.compile(r"\d\s?(?:dB|дБ|decibels?|децибел\w*)(?!\w)", re.I),
    ),
    (
        # the adjective, not the adverb: «Легко ли собрать?» asks how easy, and "a light bulb" is a lamp
        re.compile(
            r"(?<!\w)(?:тяж[её]л(?:ый|ая|ое|ые|ий|а|е|і)|л[её]гк(?:ий|ая|ое|ие)|легк(?:ий|а|е|і)|важк(?:ий|а|е|і)"
            r"|heavy|lightweight)(?!\w)",
            re.I,
        ),
        # a bare "г" or "g" after four digits is a year («2024 г.»), not grams
        re.compile(
            r"(?<!\d)\d{1,3}(?:[.,]\d+)?\s?(?:g|г)(?![\w.])"
            r"|\d\s?(?:kg|lbs?|oz|grams?|kilos?|kilograms?|кг|грам\w*|килограмм\w*|кілограм\w*)(?!\w)",
            re.I,
        ),
    ),
    (
        # or cold: «Не замёрзнут ли они в дороге?» - «мороз до −15 °C им не страшен»
        re.compile(
            r"(?<!\w)(?:т[её]пл(?:ый|ая|ое|ые|ий|а|е|і)|warm|за?м[её]рзн?\w*|замерз\w*|змерзн\w*|змерз\w*"
            r"|промерз\w*|frozen|freeze(?!\s+(?:it|them|this|these|those|the|my|your)\b)|freezes)(?!\w)",
            re.I,
        ),
        re.compile(r"\d\s?°|\d\s?(?:degrees?|градус\w*)(?!\w)", re.I),
    ),
    (
        re.compile(r"(?<!\w)(?:ярк(?:ий|ая|ое|ие)|яскрав(?:ий|а|е|і)|bright)(?!\w)", re.I),
        re.compile(r"\d\s?(?:lumens?|lm|лм|люмен\w*)(?!\w)", re.I),
    ),
    (
        # a size asked as a quality, the question's last word («Кабель довгий?», «Он большой?», "Is the cable
        # long?"; not "Will it take long to assemble?")
        re.compile(
            r"(?<!\w)(?:(?:длинн|больш|широк|высок|глубок|коротк|маленьк|узк)(?:ий|ый|ой|ая|ое|ие|ые)"
            r"|(?:довг|велик|широк|висок|глибок|коротк|маленьк|вузьк)(?:ий|а|е|і)"
            r"|long|short|big|large|wide|tall|deep|roomy)(?:\s+(?:enough|достаточно|досить))?\s*\?+\s*$",
            re.I,
        ),
        re.compile(
            r"\d\s?(?:cm|mm|m|inches|ft|feet|litres?|liters?|l|см|мм|м|метр\w*|сантиметр\w*|литр\w*|літр\w*|л)"
            r"(?!\w)|\d\s?[x×х]\s?\d",
            re.I,
        ),
    ),
)
"""The same measures for a yes/no on a quality, in any of the three languages ("Is it noisy?", «Шумный ли он?»,
«Чи важкий він?», «Кабель довгий?»): "Станок тихий: около 60 дБ" takes a position by measuring it, as a degree does."""
_CARE = re.compile(r"(?<!\w)(?:wash\w*|laundr\w*|tumble|dry[- ]clean\w*|iron\w*|rinse\w*)(?!\w)", re.I)
"""Care instructions: "wash at 30 °C" gives the washing temperature, not how warm the thing is."""


def _measure_of_quality(j: Judging, own: set[int]) -> bool:
    """ "How warm is the Summit down jacket?" - "The Summit is rated to -15 °C": a measure of the quality asked, in a
    sentence on the question's own subject, answers it, also when the thing is named in several words the reply
    does not all repeat and another question shares the sentence ("Is it warm enough for the Alps?")."""
    unit = next((rx for qualities, rx in _DIMENSIONS if j.q.quality in qualities), None)
    if unit is None and j.q.kind == "yes-no":
        unit = next((rx for stems, rx in _QUALITIES_ASKED if stems.search(j.q.text)), None)
        # a sentence no question's words reach may measure it too ("Шумный ли он?" - "Станок тихий: около 60 дБ"),
        # and one it reaches through the thing it points back to («И не замёрзнут ли они?» - «Растения упакуем в
        # термокороб: мороз до −15 °C им не страшен»); perf: only once a quality is asked, since these sentences
        # grow with the reply and most questions ask none (a union per question was quadratic on a long pair)
        if unit is not None:
            own = own | j.claims.unclaimed | _beside_amounts(j)
    if unit is None:
        return False
    reply = j.reply
    text, quoted = reply.analysis.text, reply.quoted
    return any(
        i not in quoted and unit.search(text, *reply.sentences[i]) and not _CARE.search(text, *reply.sentences[i])
        for i in own
    )


def _beside_amounts(j: Judging) -> set[int]:
    """The question's sentences that only questions asking an amount or a choice share with it: degrees there are
    no price and no pick, so they measure this one (a time or a yes/no beside it may be what they answer:
    «Сажайте луковицы, когда почва остынет ниже 10 °C» is the "when")."""
    return {i for i in j.related if all(q.kind in ("how-much", "which") for q in j.rivals(i))}


def _sole_measure_asked(j: Judging) -> bool:
    """Whether no other question judged with this one asks for a quantity or a weight."""
    return sum(1 for q in j.claims.questions if q.asks_quantity or WEIGHT.search(q.text)) == 1


def _dated_fact(j: Judging) -> bool:
    """ "Has it been dispatched?" - "It left our warehouse yesterday.": the state of things, with a time, in a
    sentence about (most of) what was asked.

    A sentence another question shares needs most of this one's own words: "Синий рюкзак поступит 20 мая" dates
    the restock asked about next, and says nothing of whether the backpack is waterproof."""
    if not j.related:
        return False  # perf: no sentence on its subject, no fact about it (and no evidence looked for)
    reply = j.reply
    counts = reply.evidence("counts") if j.q.asks_quantity else set()
    # «Можно ли переадресовать его в №31?»: a dated fact about the branch that never names the redirection
    # answers nothing; a yes, the verb said back or a can in other words (see `_yes_no_lead`) still does
    if not _action_taken_up(j.q, reply.whole) or _named_object_dropped(j.q, reply.whole):
        return False
    # "at weekends?": no length answers; "in the morning or the afternoon?" an hour or a part of the day
    kind = ("hours" if DAY_PART.search(j.q.text) else "moments") if j.q.daytime else "times"
    facts = reply.evidence(kind) | counts
    # A quantity ("warm enough for winters in Winnipeg?", "Чи багато їх залишилося?") is settled by a number in
    # a sentence that names the thing, with fewer of the question's words: "It is rated down to -30 °C".
    return any(
        _share(j, i) >= (COVERED_SHARE_WITH_POSITION if i in counts else COVERED_SHARE)
        and (i in counts or _says_more_than_the_thing(j, i))
        and (i not in j.others or _share(j, i, lexical=True, strict=True) >= COVERED_SHARE or _topic_of_its_own(j, i))
        for i in j.related & facts
    )


def _topic_of_its_own(j: Judging, i: int) -> bool:
    """Whether sentence i takes up, in other words, a topic of this question's own words that no other question
    owning it names: "Do they expire? And can I put the voucher towards a massage?" - "Our vouchers are valid for
    24 months" is about the voucher for the second question, and "valid" is the first one's subject, which the
    second never touches. Each of the question's words must be taken up, itself or by its topic: "Сборщики приедут
    и соберут шкаф в тот же день" names the assemblers and leaves «заберут ли сборщики упаковку?» open."""
    bag = j.reply.bags[i]
    if not all(bag.has(t) or t.topics & bag.topics for t in j.q.key_terms):
        return False
    mine = {topic for t in j.q.key_terms for topic in t.topics} & bag.topics
    if not mine:
        return False
    for q in j.rivals(i):
        mine -= {topic for t in q.key_terms for topic in t.topics}
    return bool(mine)


def _yes_no_lead(j: Judging) -> bool:
    """A bare "Yes," / "Так." answers this question if it sits in a sentence about its subject, or opens the
    paragraph whose next sentence is ("Yes, it will. The bookcase is in stock..."), or there is only one
    question. Said about another question's subject, it answers that one; only a question with no subject of
    its own ("Is it made in the UK?") takes the one it points back to."""
    reply = j.reply
    own, leads = j.claims.own[j.n], reply.evidence("yes_no_lead")
    own_leads = {
        i
        for i in own & leads
        if (i not in j.others or _share(j, i, lexical=True) >= COVERED_SHARE) and not _lead_said_elsewhere(j, i)
    }
    return (
        bool(leads)
        and bool(
            _single_lead(j, leads)
            or own_leads
            or _bare_lead(j, leads)
            or _lead_no_other_yes_no_takes(j, leads)
            or any(i - 1 in leads and i - 1 not in j.others and reply.same_paragraph(i, i - 1) for i in own)
            or _frame_said_back(j, leads)
            or _lead_after_the_answer_before(j, leads)
        )
    ) or _clause_lead(j)


def _frame_said_back(j: Judging, leads: set[int]) -> bool:
    """ "Так и должно быть?" - "Нет, так быть не должно: ...", "Is that normal?" - "No, that isn't normal": a
    question whose subject is the story before it asks one thing of it, in words of its own; a yes or no that says
    one of them back (by its first `STEM` letters) answers it, even in a sentence another question covers better by
    the story's words."""
    if not j.q.borrowed:
        return False
    others = [q for m, q in enumerate(j.claims.questions) if m != j.n]
    # only words of its own: "Так и должно быть? Должна ли я доплачивать за подъём?" - "Нет, Вы ничего не должны
    # доплачивать" says the second one's word back
    own = _stems(_WORD.findall(j.q.text)) - {stem for q in others for stem in _stems(_WORD.findall(q.text))}
    if not own:
        return False
    reply = j.reply
    return any(
        i not in reply.quoted
        and not own.isdisjoint(_stems(_words_of(reply, i)))
        # a lead that says back another question's words is that one's ("Yes, we expect the remote on Thursday")
        and not any(reply.bags[i].has(t) for q in others for t in q.key_terms if t.weight >= 1.0)
        for i in leads & j.related_all
    )


def _stems(words: Iterable[str]) -> set[str]:
    """The first `STEM` letters of each word that long or longer."""
    return {w.lower()[:STEM] for w in words if len(w) >= STEM}


def _lead_said_elsewhere(j: Judging, i: int) -> bool:
    """A lead sentence on this question's subject by its topic alone, that says back another yes/no question's own
    words, answers that one: "Do I need to be in all day? And will you take the old one away?" - "No, you don't
    need to wait in all day: the driver calls an hour before" (the driver is the second question's topic, "all
    day" the first question's words)."""
    bag = j.reply.bags[i]
    if any(bag.has(t) for t in j.q.key_terms):
        return False
    start, end = j.reply.sentences[i]
    span = _WHOLE_SPAN.search(j.reply.analysis.text, start, end) is not None
    return any(
        m != j.n
        and q.kind not in TYPED
        and (any(bag.has(t) for t in q.key_terms) or (span and _WHOLE_SPAN.search(q.text) is not None))
        for m, q in enumerate(j.claims.questions)
    )


def _clause_lead(j: Judging) -> bool:
    """A yes or no opening a clause inside a sentence ("If it still won't charge, yes, it will be repaired under
    warranty") answers the question whose words the clause after it says, and only that one."""
    reply = j.reply
    found = reply.evidence("yes_no_clause_lead")
    key = _asked_after_its_condition(j.q, [t for t in j.q.key_terms if t.weight >= 1.0] or list(j.q.key_terms))
    if not found or not key:
        return False
    analysis = reply.analysis
    where = found & (j.claims.own[j.n] | j.related | j.claims.unclaimed)
    if (
        where
        and _OPENS_WITH_IF.match(j.q.text)
        and _the_one_asked_on_a_condition(j)
        and any(_condition_tells_the_story(j, i) for i in where)
    ):
        # "The watch stopped charging. If the update doesn't help, can I bring it in?" - "If it still won't charge,
        # yes, bring it to us": a yes after a condition on the letter's trouble answers the one question asked on a
        # condition, whatever words it goes on in ("If you need a case, yes, we have one" answers nothing asked)
        return True
    # in a sentence on its subject, or in one no question's words reach when the clause says the question's back
    # only by stem ("can I swap it?" - "If it's unworn, yes, swaps are free")
    for i in where:
        after = _bag_between(analysis, reply.clause_leads[i], reply.sentences[i][1])
        said = [w.lower() for w in _WORD.findall(analysis.text, reply.clause_leads[i], reply.sentences[i][1])]
        # by stem too: the imperative answers its infinitive («принести?» - «так, приносьте»)
        if sum(1 for t in key if after.has(t) or share_a_stem([t.text.lower()], said)) >= COVERED_SHARE * len(key):
            return True
    return False


_OPENS_WITH_IF = re.compile(r"\W*(?:if|если|якщо)\s[^,?]*,", re.IGNORECASE)
"""A question opening with its own condition ("If the update doesn't help, can I bring it in?")."""


def _condition_tells_the_story(j: Judging, i: int) -> bool:
    """Whether the condition before sentence i's yes says back a word of the customer's letter up to the question
    (by stem, four letters or more, no stop word): «Если и дальше не будет заряжаться, да, …» after «Наушники
    перестали заряжаться»."""
    reply = j.reply
    start, lead = reply.sentences[i][0], reply.clause_leads[i]
    stops = any_stop_words()
    end = j.q.told[1]
    return any(
        j.q.story_stems.told_before(w.lower(), end)
        for w in _WORD.findall(reply.analysis.text, start, lead)
        if len(w) >= STORY_WORD and w.lower() not in stops
    )


def _the_one_asked_on_a_condition(j: Judging) -> bool:
    """Whether this is the letter's only question that opens with a condition of its own."""
    return j.claims.once(("asked on a condition",), lambda: _asked_on_a_condition(j.claims.questions)) == 1


def _asked_on_a_condition(questions: Sequence[Question]) -> int:
    return sum(1 for q in questions if _OPENS_WITH_IF.match(q.text))


def _asked_after_its_condition(q: Question, key: list[Term]) -> list[Term]:
    """The key words a question asks with, less those of a condition it opens with: "If the update doesn't help,
    can I bring it in?" asks about bringing it in; the update is the reply's condition to say back or not."""
    opened = _OPENS_WITH_IF.match(q.text)
    if opened is None:
        return key
    asked = [t for t in key if q.text.lower().find(t.text.lower(), opened.end()) >= 0]
    return asked or key


_LIGHT_VERBS = frozenset(
    {
        "быть",
        "есть",
        "иметь",
        "давать",
        "дать",
        "делать",
        "сделать",
        "бути",
        "є",
        "мати",
        "давати",
        "дати",
        "робити",
        "зробити",
    }
)
"""Verbs that say little of their own («Чи даєте ви знижку?» asks about the discount): a fact about the noun
("діє знижка 7%") settles the question without them."""


def _asked_verbs(j: Judging) -> list[Term]:
    """The question's key words its language's morphology reads as a finite verb of substance («підійде»,
    «получили»): what the question asks of its subject. English words carry no such mark, so English questions
    have none."""
    morph = morphology(j.q.lang)
    if not morph.tense_by_grammeme:
        return []
    return [
        t
        for t in j.q.key_terms
        if t.text.isalpha()
        and t.lemmas.isdisjoint(_LIGHT_VERBS)
        and (morph.present_or_future(t.text.lower()) or morph.past(t.text.lower(), t.lemmas))
    ]


def _said_back(j: Judging) -> bool:
    """The question's words said back with a position taken."""
    reply, key = j.reply, j.q.key_terms
    # "А доставляете ли вы в Казахстан?" - "Доставляем: ...": the question's own verb, said back.
    if any(reply.echoes.has(t) for t in key):
        return True
    if _opener_said_back(j) or _preferred_said_back(j):
        return True
    # "Does it support Dolby Vision?" - "It supports Dolby Vision, HDR10 and HLG.": the question said back as a
    # statement, in a sentence of its own subject that repeats most of what it asks about.
    # A word of the same topic stands in for none of them here: "Доставка по Львову займає один день" does not
    # say back «Чи є у вас самовивіз у Львові?».
    said = [t for t in key if t.weight >= 1.0] or list(key)  # only names ("Britax Römer Kidfix"): the names
    # a request said back as handed on («Ваш запрос на счёт-фактуру я передала в бухгалтерию») is not done
    handed = reply.evidence("handed_on") if j.q.requests and _deeds(j) == "deeds" else set()
    if len(key) >= RESTATED_TERMS and any(
        _share(j, i) >= RESTATED_SHARE and any(reply.bags[i].has(t) for t in said) for i in j.related - handed
    ):
        return True
    # "...so paying by card on delivery will work": mid-sentence, it must use the question's own words (a "you
    # can" in the answer to the question before says nothing about this one), and enough of them: "we'd be
    # grateful if you reviewed the blanket" names the blanket, not whether it can be machine-washed.
    # A sentence another question owns needs the question's own words there, not merely their topics: "Yes,
    # all three cake tins are loose-bottomed" says nothing of the cake boards asked about in the P.S.
    # «Чи підійде мені светр у розмірі L?» - «Светр у розмірі L є в наявності»: the "є" takes a position on
    # stock, not on whether it fits; the question's own verb must be there too
    inline = (j.linked & reply.evidence("yes_no_inline")) - handed
    if inline and _judges_the_story(j.q):
        # "Is that normal?" - "You can return the machine": a position on something else, unless it judges
        inline = _judging(reply, inline)
    asked = _asked_verbs(j) if inline else []
    return any(
        _share(j, i, lexical=_shared(j, i), strict=True)
        >= (SHARED_WITH_POSITION if _shared(j, i) else COVERED_SHARE_WITH_POSITION)
        and (not asked or any(reply.bags[i].has(t) for t in asked))
        for i in inline
    )


def _preferred_said_back(j: Judging) -> bool:
    """ "Can it be made out to Harbour Design Ltd rather than to me personally?" - "I've attached the invoice, made
    out to Harbour Design Ltd": the option asked for said back in one sentence on the question's subject (all its
    names, most of its words and the last one); the one it sets aside ("rather than", "instead of", «а не»,
    «вместо», «замість») need not be."""
    aside = _SET_ASIDE.search(j.q.text)
    if aside is None:
        return False
    before = [w.lower() for w in _WORD.findall(j.q.text, 0, aside.start())]
    kept = [t for t in j.q.key_terms if t.text.lower() in set(before)]
    if len(kept) < RESTATED_TERMS:
        return False
    names = [t for t in kept if t.weight < 1.0]
    # the option itself ends where the set-aside one begins: its last word must be said back («в отделение №31
    # вместо №6» is not answered by «в отделение №6»)
    option = before[-1]
    bags = j.reply.bags
    # every name of the option, and most of its words («Рахунок на ТОВ «Вектор-Буд» прикріпила» for «Чи можна
    # оформити рахунок на ТОВ «Вектор-Буд», а не на мене?»)
    return any(
        all(bags[i].has(t) for t in names)
        and sum(1 for t in kept if bags[i].has(t)) >= RESTATED_SHARE * len(kept)
        and option in _words_of(j.reply, i)
        for i in j.related
    )


_SET_ASIDE = re.compile(r"(?<!\w)(?:rather\s+than|instead\s+of|а\s+не|вместо|замість|замiсть)(?!\w)", re.IGNORECASE)
"""What opens the option a question sets aside ("...to the company rather than to me?", «...на фирму, а не на
меня?»)."""


def _opener_said_back(j: Judging) -> bool:
    """«Деньги уже вернули?» - «Вернули сегодня — 2 шт., 1 180 ₽.», «Можно повесить на стену?» - «Повесить можно,
    крепление VESA...»: a word of the question's own opening a clause of two words, its position, in a sentence this
    question alone takes up. A word another question of the letter uses too says which of them it answers no more
    than it says the thing («Деньги уже вернули? А за доставку тоже вернут?» - «Вернули сегодня»), nor does a name
    or code said first ("Galaxy A55 — хороший выбор")."""
    openers = j.reply.openers
    if not openers:
        return False
    own = [t for t in j.distinct_strict if t.weight >= 1.0 and not _name_like(t.text)]
    return any(i in openers and i not in j.others and _opens_with(openers[i], own) for i in j.related)


def _opens_with(opener: Opener, own: list[Term]) -> bool:
    """Whether the opener says one of `own` back: as the very form asked when its position is when it was done."""
    if opener.when_done:
        return any(opener.form == t.text.lower() for t in own)
    return any(opener.said.has(t) for t in own)


def _name_like(word: str) -> bool:
    """A model or code rather than a word ("A55", "LG", "eSIM"): said first, it names the thing, it takes no
    position on it ("Galaxy A55 — хороший выбор")."""
    return any(ch.isdigit() for ch in word) or any(ch.isupper() for ch in word[1:])


def _shared(j: Judging, i: int) -> bool:
    """Whether another question owns sentence i, leaving out, where the sentence says no, this question's own "if
    so" follow-up, which a no leaves moot: "Do you deliver the lamp to Ireland, and if so, how much is shipping?" -
    "Sorry, we do not deliver to Ireland" is the first one's no, whatever the second shares with it. A sentence
    with no "no" in it stays shared ("The Nord throw is 140 x 190 cm" says nothing of whether it shrinks)."""
    if i not in j.others:
        return False
    questions = j.claims.questions
    if i not in j.reply.evidence("denials"):
        return True
    return any(m != j.n and not (m == j.n + 1 and questions[m].conditional) for m in j.claims.owners.get(i, ()))


def _says_more_than_the_thing(j: Judging, i: int) -> bool:
    """A dated sentence answers a yes/no only if no word of the question it leaves out names a topic the
    sentence is not about: "Is there a warranty on the coffee machine?" is not answered by "The coffee machine
    comes on Thursday" (the warranty's topic is missing), "Can we assemble it ourselves, without a fitter?" is by
    "Assembly is easy: two people take about two hours" (the fitter's topic, assembly, is there)."""
    bag = j.reply.bags[i]
    return all(
        bag.has(t) or not t.topics or not t.topics.isdisjoint(bag.topics) for t in j.q.key_terms if t.weight >= 1.0
    )


BARE_LEAD_WORDS = 3
"""A lead sentence this short ("Of course.", "Так, звісно.") has no subject of its own."""


def _bare_lead(j: Judging, leads: set[int]) -> bool:
    """A bare "Of course." that no question claims answers the customer's first yes/no question: "Can I return
    the shoes, and how long do I have?" - "Of course. You have 30 days to send them back." So does a longer degree
    lead no question claims that opens a paragraph, since an answer opens its paragraph: "Will the red fade if I wash
    it? ... Can the zip be fixed?" - "Only a little, if you wash it at 30 degrees. The zip can be fixed: ..." (its
    words are the circumstance, "wash", which tells in which case, not what is asked)."""
    if j.claims.first_yes_no != j.n:
        return False
    reply = j.reply
    return any(
        i not in j.claims.everything
        and (
            reply.word_count(i) <= BARE_LEAD_WORDS
            # "Done: order PI-23190 will now go to Mill Lane" reports a request carried out, not a yes
            or (_opens_paragraph(reply, i) and (_degree_lead(reply, i) or reply.first_word(i) in _NO_LEADS))
        )
        for i in leads
    )


DEGREE_WORDS = frozenset(
    {"little", "slightly", "barely", "hardly", "bit", "much", "немного", "чуть", "слегка", "незначительно",
     "почти", "трохи", "ледь", "незначно", "майже"}
)  # fmt: skip
"""Words of a degree lead ("Only a little, if...", «Совсем немного», «Зовсім трохи»): a courtesy «Конечно, если
появятся вопросы, пишите» opening a paragraph is no answer to the first yes/no, a degree is."""
DEGREE_LEAD_WORDS = 3


def _degree_lead(reply: Reply, i: int) -> bool:
    start, end = reply.sentences[i]
    words = _WORD.findall(reply.analysis.text[start:end])[:DEGREE_LEAD_WORDS]
    return any(w.lower() in DEGREE_WORDS for w in words)


def _opens_paragraph(reply: Reply, i: int) -> bool:
    paragraph = reply.paragraph_of[i] if i < len(reply.paragraph_of) else -1
    return paragraph >= 0 and reply.in_paragraph.get(paragraph, [None])[0] == i


def _lead_no_other_yes_no_takes(j: Judging, leads: set[int]) -> bool:
    """A yes or no opening a sentence that only "when", "how much" or "where" questions share a word with answers
    the customer's first yes/no question (a yes is no date, amount or place): "Да, комплект есть: все 9 томов"
    answers «Есть ли у вас собрание сочинений?», not «сколько стоит комплект?». So does one on the story the
    question points back to, which no other question shares: «Хочу заказать торт на субботу, 29 ноября. Успеете к
    этой дате?» - «Да, к субботе, 29 ноября, торт испечём»."""
    if j.claims.first_yes_no != j.n:
        return False
    questions, owners_of = j.claims.questions, j.claims.owners
    # «Сыворотка точно поможет? Как долго её использовать?» - «Да, это настоящее чудо-средство. ... Курс — 3
    # месяца»: beside questions a yes cannot answer, a yes opening a paragraph no question claims is this one's
    # (not a lone question: `_single_lead` judges that, and "Done: ..." is no yes to it)
    only_typed_beside = not j.single and all(_no_yes_fits(q) for m, q in enumerate(questions) if m != j.n)
    for i in leads:
        owners = [m for m in owners_of.get(i, ()) if m != j.n]
        if owners and all(_no_yes_fits(questions[m]) for m in owners):
            return True
        # «Как узнать размер? И можно ли его поменять?» - «Да, кольцо можно обменять на другой размер»: a yes is no
        # way or reason either, so beside "how" or "why" it answers the yes/no it speaks of (not beside "which":
        # «Да, оба хороши, но для ковра лучше Dreame» names the choice, and its yes is a filler)
        if owners and all(questions[m].kind in _NO_YES_KINDS for m in owners) and _speaks_of_its_own(j, i):
            return True
        if not owners and (i in j.related or (only_typed_beside and _opens_the_answers(j, i))):
            return True
        # "Can I collect it myself? And is there a lift?" - "Yes, from the back door. There's a goods lift": a yes
        # opening the answers, on no question's words, before the answer to a later question, is this one's
        # ("Done: ..." reports a request carried out, and "Yes, I've checked" is the agent's doing: neither is a yes)
        if not owners and _first_answer(j, i) and _next_answer_is_later(j, i) and _a_plain_yes(j.reply, i):
            return True
        # «Можно заказать кресло в другой обивке? Какие есть?» - «Да, шьём в велюре, рогожке и экокоже»: a yes
        # opening the reply's answers, in a sentence only "which" questions asked after this one share, is this
        # one's; the list after it answers them
        if owners and all(questions[m].kind == "which" and m > j.n for m in owners) and _first_answer(j, i):
            return True
    return False


def _a_plain_yes(reply: Reply, i: int) -> bool:
    """Sentence i's lead is a yes or no, not "Done:" and not the agent's own doing or thanks ("Yes, I've checked",
    "Yes, thank you for waiting"); "Yes, we pipe up to 30 characters" is the shop's answer."""
    if reply.first_word(i) in DONE_LEADS or not _SELF_WORDS.isdisjoint(reply.first_words(i, AGENT_REACH)):
        return False
    # nor a yes to the letter itself ("Yes, we got your message", "Yes, we will email you the details")
    return _CORRESPONDENCE.isdisjoint(reply.bags[i].lemmas)


_CORRESPONDENCE = frozenset(
    {
        "email",
        "e-mail",
        "message",
        "letter",
        "details",
        "письмо",
        "сообщение",
        "лист",
        "повідомлення",
        "написать",
        "напишем",
        "написати",
        "напишемо",
    }
)
"""Words of the correspondence itself: a yes beside them acknowledges the letter, not a question."""


_SELF_WORDS = frozenset(
    {"i", "i've", "i'm", "i'll", "thank", "thanks", "я", "спасибо", "благодарю", "дякую", "дякуємо", "спасибі"}
)
"""The agent speaking of themselves or thanking, after a yes: a filler, not an answer."""


def _next_answer_is_later(j: Judging, i: int) -> bool:
    """The first sentence after i that a question claims belongs to questions asked after this one only, or none
    is claimed: the yes opens the answers in the questions' order. (perf: the owned sentences sorted once per reply,
    then bisected, not a walk to the reply's end for each lead)"""
    owned = j.claims.once(("owned sentences",), lambda: sorted(j.claims.owners))
    k = bisect.bisect_right(owned, i)
    return k == len(owned) or min(j.claims.owners[owned[k]]) > j.n


def _first_answer(j: Judging, i: int) -> bool:
    """No sentence before i is claimed by a question: i stands before the reply's first word on them."""
    first = j.claims.once(("first claimed",), lambda: min(j.claims.everything, default=len(j.reply.sentences)))
    return first >= i


def _lead_after_the_answer_before(j: Judging, leads: set[int]) -> bool:
    """Answers follow the questions' order: «Сколько действует абонемент? Его можно заморозить?» - «Абонемент
    действует 6 месяцев. Да, паузу можно взять на две недели»: a yes or no opening the sentence right after
    the one answering the question before, in its paragraph, that no question's words reach, answers this one (not
    a yes about the agent's own doing: "Yes, thank you for waiting")."""
    if j.n == 0:
        return False
    before, owners_of, reply = j.claims.owned[j.n - 1], j.claims.owners, j.reply
    # perf: only the sentences right after the answer before are candidates (asking every lead of the reply for
    # every question was quadratic in a letter of many yes/no questions)
    return any(
        i in leads
        and not owners_of.get(i)
        and set(owners_of.get(i - 1, ())) <= {j.n - 1, j.n}
        and reply.same_paragraph(i, i - 1)
        and _a_plain_yes(reply, i)
        for i in (k + 1 for k in before)
    )


def _a_choice(q: Question) -> bool:
    """A "which" asking for a thing to choose ("Which air conditioner would suit?"), not for a measured quantity."""
    return q.kind == "which" and not _asks_a_measure(q)


def _no_yes_fits(q: Question) -> bool:
    """Whether a yes cannot answer the question: a "when", "how much" or "where", or a "which" asking a measured
    quantity («Какая мощность у обогревателя?»), which only a number with its unit answers."""
    return q.kind in TYPED or (q.kind == "which" and _asks_a_measure(q))


def _opens_the_answers(j: Judging, i: int) -> bool:
    """Sentence i opens a paragraph before any sentence a question claims: the reply's first word on the letter,
    where a yes answers; after the answers «Конечно, если появятся вопросы, пишите» is a courtesy. Not a yes about
    the agent's own doing ("Yes, I've looked into this", «Да, я всё проверила», "Yes, thank you for waiting")."""
    if not _opens_paragraph(j.reply, i) or not _first_answer(j, i):
        return False
    return _AGENT_WORDS.isdisjoint(j.reply.first_words(i, AGENT_REACH))


_AGENT_WORDS = frozenset(
    {"i", "i've", "i'm", "i'll", "we", "we've", "we're", "we'll", "thank", "thanks", "я", "мы", "ми", "спасибо",
     "благодарю", "дякую", "дякуємо"}
)  # fmt: skip
AGENT_REACH = 4
"""Words after a yes in which the agent speaking of themselves shows it is a filler."""


def _speaks_of_its_own(j: Judging, i: int) -> bool:
    """Whether sentence i says one of this question's own words (or a word of its topic) that no other question
    uses: "Yes, descaling the kettle is easy" names the kettle both questions share, not the warranty asked about."""
    bag = j.reply.bags[i]
    return any(bag.has(t) or not t.topics.isdisjoint(bag.topics) for t in j.distinct)


_NO_YES_KINDS = TYPED | {"how", "why"}
"""Questions a yes cannot answer: beside them, a yes is another question's."""

DONE_LEADS = frozenset({"done", "готово", "сделано", "выполнено", "зроблено", "виконано"})
"""Leads that report a request carried out, not a yes to a question."""
_NO_LEADS = frozenset({"no", "нет", "ні"})
"""A "no" opening a paragraph no question claims takes a position ("Нет, сбоев на вашем маршруте нет"); a "Of
course," there may open a courtesy («Конечно, если появятся вопросы, пишите нам»)."""


def _single_lead(j: Judging, leads: set[int]) -> bool:
    """A lone question takes the reply's yes or no wherever it stands, unless the lead reports a request done
    and the reply never takes up the question's subject: "Done: order PI-23190 will now go to Mill Lane" answers
    the request above it, not the P.S. "Do you still sell the Kaweco Sport in green?"."""
    if not j.single:
        return False
    if j.related_all or not any(t.weight >= 1.0 for t in j.q.key_terms):
        return True
    return any(j.reply.first_word(i) not in DONE_LEADS for i in leads)


def _share(j: Judging, i: int, *, lexical: bool = False, strict: bool = False) -> float:
    """How much of the question's key words sentence i covers (a topic word counting for less); `lexical`: only
    the words no other question uses, said as such, count (for a sentence another question claims too)."""
    key = j.q.key_terms
    if lexical:
        # names ("Niacinamide", "The Ordinary") are the thing asked about, which a reply calls "эта сыворотка"
        full = sum(1 for t in key if t.weight >= 1.0)
        bag = j.reply.bags[i]
        distinct = j.distinct_strict if strict else j.distinct
        return sum(1 for t in distinct if t.weight >= 1.0 and bag.has(t)) / full if full else 0.0
    covered, weight = coverage(key, j.reply.bags[i])
    return covered / weight if weight else 0.0


_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have"}
)
_LEAD_WORDS = frozenset({"and", "also", "so", "but", "hi", "hello", "ps", "p", "s", "oh", "plus"})
PREDICATE_TERMS = 2
"""An English yes/no question ends in what it asks about its thing ("Is the Arran cotton blanket | machine
washable?"): its last this many key words."""


def _predicate_taken_up(q: Question, whole: Bag) -> bool:
    """Whether the reply takes up what an English yes/no question asks about its thing, not only the thing.

    "Is/Does/Can + the thing + what is asked", or "whether + the thing + what is asked" (its reason after a comma is
    no part of it, see `questions._opens_a_reason`): the thing comes first and what is asked last, so a reply that
    describes the thing ("The Arran blanket is woven from organic cotton") shares the first words only. Russian
    and Ukrainian order their words freely ("Можно ли стирать плед в машине?"), so this holds for English."""
    words = [w.lower() for w in _WORD.findall(q.text)]
    first = next((w for w in words if w not in _LEAD_WORDS), "")
    full = [t for t in q.key_terms if t.weight >= 1.0]
    # an indirect one keeps the order after its "whether" ("I was wondering whether the jacket | comes up small")
    if (first not in _AUXILIARIES and "whether" not in words) or len(full) <= PREDICATE_TERMS:
        return True
    opener = words.index("whether") if "whether" in words else words.index(first)
    if _deed_asked_of_a_person(words, opener, full):
        # "Can you | engrave the lid of the box?", "whether you could | print on both sides of the bag": a deed asked
        # of a person is asked in its verb and what follows it, not in the thing it is done to at the end, nor in the
        # words the letter named before it ("100 printed tote bags ... whether you could print on both sides")
        fresh = [t for t in full if not q.said_before(t.text.lower())] or full
        asked = fresh[: max(PREDICATE_TERMS, len(fresh) - 1)]
    else:
        asked = full[-PREDICATE_TERMS:]
    # said as such: a word of its topic ("delivered" for "packaging") names the circumstance, not what is asked
    return any(whole.has(t) for t in asked)


def _deed_asked_of_a_person(words: list[str], opener: int, full: list[Term]) -> bool:
    """Whether the words after the opening auxiliary or "whether" are a person and then the question's first key word,
    a verb: "Can you engrave ...", "whether you could print ..." (not "Do you have the Meadow dress ...", whose verb
    is no key word, nor "Is the lid engraved?")."""
    k = opener + 1
    if k >= len(words) or words[k] not in _PERSONS:
        return False
    k += 1
    while k < len(words) and words[k] in _BEFORE_THE_VERB:
        k += 1
    return k < len(words) and words[k] == full[0].text.lower()


_PERSONS = frozenset({"you", "we", "i"})
"""Subjects of a yes/no that asks whether someone will do something to the thing rather than what the thing is."""
_BEFORE_THE_VERB = frozenset({"could", "can", "would", "will", "might", "may", "please", "also", "still", "just"})
"""Words between such a subject and its verb ("whether you could also print ...")."""


def _named_object_dropped(q: Question, whole: Bag) -> bool:
    """Whether a yes/no ending in a name ("Does the Flip 6 support Google Assistant?", «Колонка Flip 6 підтримує Google
    Vision?») is met with neither that name nor the word before it (what is asked of the thing): the thing said
    back with another feature ("The TV has four HDMI ports") takes no position on the one asked."""
    key = q.key_terms
    if not key or key[-1].weight >= 1.0:
        return False
    k = len(key)
    while k and key[k - 1].weight < 1.0:
        k -= 1
    if k == 0 or any(whole.has(t) for t in key[k:]):
        return False
    # "Do you ship to Moldova?", «Чи відправляєте до Молдови?»: a place the thing goes to is a circumstance, which
    # "we don't ship abroad" settles without naming it, when it says back the action asked (its first word)
    before = re.search(rf"(\w+)\s+{re.escape(key[k].text)}(?!\w)", q.text)
    first = next(t for t in key if t.weight >= 1.0)
    if before is not None and before.group(1).lower() in _DESTINATION_PREPOSITIONS and whole.has(first):
        return False
    return not whole.has(key[k - 1])


_DESTINATION_PREPOSITIONS = frozenset(
    {"to", "in", "into", "from", "within", "across", "до", "в", "во", "у", "на", "из", "з", "із", "по", "через"}
)


_CAN_FRAME = re.compile(
    r"(?<!\w)(?:можно ли|можно|можете ли|можете|сможете|чи можна|можна|чи можете|чи зможете"
    r"|могли\s+бы\s+вы|могли\s+б(?:и)?\s+ви)\s+(?:\w+\s+)?"
    r"(\w{4,}?(?:ть|ться|ти|тися|тись))(?!\w)",
    re.IGNORECASE,
)
"""«Можно ли переадресовать ...?», «Чи можна забрати ...?»: the action asked for is the infinitive after the frame."""


def _action_taken_up(q: Question, whole: Bag) -> bool:
    """Whether the reply names the action a Russian or Ukrainian "can I / can you" question asks for: «Можно ли
    переадресовать его в отделение №31?» is not taken up by «В отделение №6 он прибудет завтра», which names the
    branch and not the redirection. (English questions: see `_predicate_taken_up`.)"""
    if _CAN_FRAME.search(q.text) is None:
        return True
    action = _asked_action(q)
    # "зробити" names no action of its own; "собрать" is taken up by "Сборка несложная" (a word of its topic)
    return action is None or action.weight < 1.0 or whole.has(action) or not action.topics.isdisjoint(whole.topics)


VERB_AND_THING = 3
"""Words of a yes/no that asks of its thing no more than its verb: the verb, the thing and a name for it."""


def _verb_said_back(j: Judging) -> bool:
    """Whether a Russian or Ukrainian yes/no's own verb, said as a fact («раскладывается», «штабелюються»), is said
    back in a sentence of the agent's that also names its thing: the fact settles it («раскладывает «Мадрид» в
    спальное место»), as a no would («не раскладывается»). A verb of being or having (the generic words) says
    nothing of its own; English, whose words do not show their part of speech, is left to `_predicate_taken_up`."""
    if j.q.lang == "en" or j.q.requests or j.q.borrowed:
        return False  # a request is answered by the deed, not by its words said back (see `_only_handed_on`)
    grammar = morphology(j.q.lang)
    # its own verb, which no other question uses: a sentence the questions share may settle each in its own words
    distinct = set(j.distinct)
    verbs = [
        t for t in j.q.key_terms if t.weight >= 1.0 and t in distinct and grammar.present_or_future(t.text.lower())
    ]
    # the verb and its thing only («Диван «Мадрид» раскладывается?»): a question that asks more of the verb
    # («выключается автоматически при закипании?») is not settled by the verb said back («выключается кнопкой»)
    # a model's number goes with its name ("Джинсы Levi's 501", «Reima 110»): one name, not one more thing asked
    if not verbs or sum(1 for t in j.q.key_terms if t.weight > NUMBER_WEIGHT) > VERB_AND_THING:
        return False
    # the thing named by its model's number alone is named («Джинсы Levi's 501 маломерят?» - «501-е маломерят»)
    things = [t for t in j.q.key_terms if t not in verbs] + [t for t in j.q.terms if _number_term(t, j.q.text)]
    bags = j.reply.bags
    return any(
        any(bags[i].has(v) for v in verbs) and any(bags[i].has(t) for t in things)
        for i in j.related_all - j.reply.quoted
    )


def _number_term(term: Term, text: str) -> bool:
    """A model's number among a question's words, right after a capitalised name ("Levi's 501", «Ecco 1130»): it
    names the thing as its name does (a date or a quantity does not)."""
    if any(ch.isalpha() for ch in term.text) or not any(ch.isdigit() for ch in term.text):
        return False
    return re.search(rf"[A-ZА-ЯЁІЇЄҐ][\w'’]*\s+{re.escape(term.text)}(?!\w)", text) is not None


def covers(j: Judging) -> bool:
    """Whether the reply takes up the question's subject in other words.

    At least half of the question's key words (a topic word counting for less) must be there. When that half
    is a single word, usually the product's name, the reply merely mentions the thing ("Our lamps are handmade")
    unless a sentence using it also takes a position: a not, a can, a will ("цвет не уходит").
    """
    q, whole = j.q, j.reply.whole
    key = q.key_terms
    if not key:
        return False
    covered, total = coverage(key, whole)
    if q.kind == "compare":
        # "What's the difference between the Brew Pro and the Brew Lite?": a reply about both things compares.
        return covered / total >= COVERED_SHARE and sum(1 for t in key if whole.has(t)) >= 2
    # Names ("Luna backpack") are the thing asked about; the words that count are what is asked about it.
    matched = sum(1 for t in key if t.weight >= 1.0 and whole.has(t))
    if matched == 0:
        return False  # only names, or only topics: "repaired" is not answered by "covered by our warranty"
    if q.requests and (_action_handed_on(j) or _only_contact_promised(j)):
        return False  # «Ваше прохання надіслати нову дужку я передала нашій майстерні»: said back, handed on
    if not j.single and not j.related and not any(whole.has(t) for t in j.distinct_strict):
        # every sentence on its subject answers another question better, and the words it shares are theirs
        # too: "The Oslo table and the four chairs will be delivered on Wednesday" does not say they stack
        return False
    if q.kind == "yes-no" and not (_predicate_taken_up(q, whole) and _action_taken_up(q, whole)):
        return False  # "the driver will call before arriving" takes no position on taking the packaging away
    if q.kind == "yes-no" and _named_object_dropped(q, whole):
        return False  # «Колонка JBL Flip 6 підтримує Google Assistant?» - «Колонка грає 12 годин»
    if q.kind == "yes-no" and _verb_said_back(j):
        return True  # «Диван «Мадрид» раскладывается?» - «Механизм раскладывает «Мадрид» в спальное место 140 × 200»
    # a yes or a no takes no position on a "which" ("Which size should I get? And is it reflective?" - "Yes, the
    # harness has reflective piping": the yes is the other question's)
    takes_position = q.kind != "which" and not j.near_linked.isdisjoint(j.reply.evidence("polar"))
    if covered / total >= COVERED_SHARE:
        return matched >= 2 or len(key) == 1 or takes_position
    # "Do the jeans shrink in the wash?" - "Only a little, if you wash them at 30 degrees.": fewer of the
    # question's words, but said about them with a position taken.
    return q.kind in ("yes-no", "how") and covered / total >= COVERED_SHARE_WITH_POSITION and takes_position
