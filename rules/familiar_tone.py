"""The familiar-tone rule: ты/ти address, slang and emoticon overload in a reply to a customer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from replylint.emoticons import emoticon_spans
from replylint.languages import pack
from replylint.lexicon import Lexicon, Match
from replylint.mail.lexicons import informal_greeting
from replylint.mail.voice import Cited, Span, Spans, inside, reported_spans
from replylint.model import LANGUAGES, Lang
from replylint.nlp import Analysis
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import sentence_at

# --- emoticons ----------------------------------------------------------------------------------------------

RUN_LENGTH = 3
"""A smiley whose mouth or bracket repeats this often (":)))", ")))", ":DDD") is a chat-style run."""


def _is_run(mark: str) -> bool:
    mouth = mark.lstrip(":;=-xX")
    return len(mouth) >= RUN_LENGTH and len(set(mouth)) == 1


# --- ты / ти --------------------------------------------------------------------------------------------------


def _verb_kind(analysis: Analysis, word: str) -> str | None:
    """ "impr" for a 2nd-person-singular imperative, "2sg" for a 2nd-person-singular indicative, else None."""
    return analysis.morphology.informal_verb(word.lower())


def _opening_command(analysis: Analysis, i: int) -> str | None:
    """ "impr" for a word that reads as an imperative or a noun («Бери», «Купи»: take! / a plural noun) when it
    opens its sentence (or follows an emoji or a dash) and a comma or "!" follows it («Бери, поки є!»): a noun
    does not stand alone there."""
    texts = analysis.table.texts
    if i + 1 >= len(texts) or texts[i + 1] not in {",", "!"}:
        return None
    return "impr" if _opens(analysis, i) and analysis.morphology.imperative_or_noun(texts[i].lower()) else None


def _opens(analysis: Analysis, i: int) -> bool:
    """Whether token `i` starts a sentence, or what stands before it ends one the way chat does: an emoji, a
    dash ("Так, є 😍 Бери")."""
    texts, starts = analysis.table.texts, analysis.table.starts
    j = i - 1
    while j >= 0 and not texts[j].strip():
        j -= 1  # line breaks and runs of spaces
    joined = j == i - 1 and j >= 1 and starts[j - 1] + len(texts[j - 1]) == starts[j] == starts[i] - 1
    if joined and texts[j] in _HYPHENS:
        return False  # a hyphen inside a word («иван-чай,»), not a dash between sentences
    # a colon opens a list, not a sentence: «не поширюється на витратні матеріали: бури, свердла, щітки»
    return analysis.sent_starts[i] or j < 0 or not (texts[j][:1].isalnum() or texts[j] in {",", "«", '"', "(", ":"})


_HYPHENS = frozenset({"-", "‐", "‑"})


_COMMAND_ENDS = frozenset({",", "!"})
"""What follows a word that `_opening_command` may read as an order («Бери, поки є!»)."""


def _informal_verb_texts(analysis: Analysis) -> dict[str, str]:
    """The distinct word texts of the reply that the morphology reads as informal verbs, with their kind ("impr"
    or "2sg"). perf: the verdict depends on the word alone, so each distinct text is asked once, not each token."""
    kinds: dict[str, str] = {}
    for text in set(analysis.table.texts):
        if text.isalpha():
            kind = _verb_kind(analysis, text)
            if kind is not None:
                kinds[text] = kind
    return kinds


def _verb_candidates(texts: list[str], kinds: dict[str, str]) -> list[int]:
    """The tokens that can be an informal "you" verb, in order: words read as one, and words a comma or "!"
    follows (which `_opening_command` may read as an order). perf: the rule's checks run on these alone, not on
    every token of the reply."""
    ends = _COMMAND_ENDS
    following = [*texts[1:], ""]
    return [
        i
        for i, (text, nxt) in enumerate(zip(texts, following, strict=True))
        if text in kinds or (nxt in ends and text.isalpha())
    ]


def _formal_form(analysis: Analysis, word: str, lemma: str) -> str | None:
    """The polite equivalent of an informal form: тебе -> Вам, твоя -> Ваша, напиши -> напишите."""
    return analysis.morphology.formal_form(word, lemma)


# --- the rule ---------------------------------------------------------------------------------------------------

_EN = (
    "Hi Jake,\n\nNo worries, dude, I've sent a new charging cable today. It will be with you on Thursday.\n\n"
    "Thanks,\nDev"
)


class FamiliarTone(Rule):
    """Address the customer politely: Вы/Ви, plain words, few smileys.

    A customer writing to a shop expects to be treated as a client, not a pal. In Russian and Ukrainian "ты/ти"
    from a stranger reads as rude or patronising, whatever the intent; slang ("бро", "чувак", "dude") and a
    string of emoticons make the answer look careless and the company unserious, and they land badly with
    exactly the customers who are already annoyed. Words inside quotation marks (a product called "Yo Dude", the
    book «Ти і твій кіт», the customer's own gift message), reported speech ("курьер сказал: подожди") and the
    quoted original do not count. English has no polite "you", so in English only slang, greetings and goodbyes
    for friends ("Hey", "See ya") and emoticons apply.

    Smileys: up to `max-emoticons` (2) per reply is friendly; more is overload. One smiley is a face or an emoji
    as the reader sees it, and a run of brackets counts once toward that limit ("спасибо))" is one), but a run of
    three or more (":)))", ")))", "спасибо)))", ":DDD") is chat style on its own and is reported even alone. Slang
    includes chat words («короч», «норм», «сорян», «косяк», «чё», «шо»), and a goodbye for friends on its own line
    («Пока!», «Бувай», "See ya") is reported as too casual (sign-off then does not call the reply unclosed). The
    Вы/Ви form of such a goodbye («Бувайте») is as casual: it is reported too, and never suggested. The same goes for a
    greeting for friends that opens the reply («Привет, Иван!», «Привіт, Тарасе!», "Hey John!", "Yo"): it is
    reported as too casual, with the polite greeting («Здравствуйте», «Добрий день», "Hello") suggested in its
    place. "Hi" and "Hello" are the ordinary greetings of English support mail and are never reported. So are the
    warm English closings "Cheers", "Take care" and "Speak soon": they are not slang (sign-off only never suggests
    them), while "Cheers mate" is reported for its "mate".
    """

    id = "familiar-tone"
    lexicons = (
        "address_lead",
        "addressing_2sg",
        "formal_pronouns",
        "idiom_next",
        "informal_closings",
        "informal_pronouns",
        "reported_speech",
        "slang",
        "slang_address",
        "verb_lookalikes",
        "condition_2sg",
        # read through ctx.greeting and ctx.closing (the informal greeting and closing are found there)
        "closings",
        "generic_salutations",
        "greeting_fillers",
        "greetings",
        "honorifics",
        "informal_greetings",
    )
    tags = ("tone",)

    @dataclass(frozen=True)
    class Options:
        max_emoticons: int = field(
            default=2, metadata={"doc": "More emoticons and emoji than this in one reply is overload."}
        )

    messages = {
        "informal-you": '"{word}" addresses the customer informally (ты/ти); use the polite form.',
        "slang": '"{word}" is slang; write to the customer in plain, polite words.',
        "emoticons": "The reply has {count} emoticons or emoji; {limit} at most keeps a support reply professional.",
        "emoticon-run": '"{word}" is a chat-style run of smileys; one plain smiley at most.',
        "informal-closing": '"{word}" is a goodbye for friends; close politely ("{formal}").',
        "informal-greeting": '"{word}" is a greeting for friends; greet the customer politely ("{formal}").',
    }
    examples = (
        bad("en", _EN, ("slang", "dude")),
        bad(
            "en",
            "Hi Steve,\n\nCheers for the photos, mate. A replacement top will be delivered on Monday.\n\n"
            "Kind regards,\nMarcus",
            ("slang", "mate"),
        ),
        bad(
            "en",
            "Hi Evie :)\n\nYes, gift wrapping is free in December :D Just tick the box at checkout ;)\n\n"
            "Warm wishes,\nAlice",
            ("emoticons", ";)"),
        ),
        good(
            "en",
            'Hi Gareth,\n\nYes, the "Yo Dude" T-shirt comes in XXL, in black and in grey.\n\nKind regards,\nClaire',
            note="a quoted product name",
        ),
        good(
            "en",
            "Hi Tom,\n\nMy mate at the warehouse checked: your parcel left today :)\n\nBest,\nSam",
            note="'mate' not addressed to the reader; one smiley",
        ),
        bad(
            "ru",
            "Привет, Саша!\n\nТвой геймпад уже упакован, отправим его сегодня вечером.\n\nС уважением,\nАртур",
            ("informal-greeting", "Привет"),
            ("informal-you", "Твой"),
        ),
        bad(
            "ru",
            "Илья, здравствуйте!\n\nНаушники подключаются по Bluetooth. Если не получится, пиши, "
            "я помогу.\n\nС уважением,\nДаниил",
            ("informal-you", "пиши"),
        ),
        bad(
            "ru",
            "Саша, добрый день!\n\nБелый геймпад есть. Если оформишь заказ сегодня, отправим его завтра.\n\n"
            "С уважением,\nАртём",
            ("informal-you", "оформишь"),
            note="a condition put to the reader",
        ),
        bad(
            "uk",
            "Сашко, добрий день!\n\nБілий геймпад є. Якщо оформиш замовлення сьогодні, відправимо його "
            "завтра.\n\nЗ повагою,\nАртем",
            ("informal-you", "оформиш"),
            note="a condition put to the reader",
        ),
        good(
            "ru",
            "Саша, добрый день!\n\nБелый геймпад есть, отправим его завтра. Ничего не поделаешь, курьер "
            "раньше не приедет.\n\nС уважением,\nАртём",
            note="the generic «you» of a set phrase",
        ),
        bad(
            "uk",
            "Добрий день, Даріє!\n\nТак, відтінок 20 є 😍 Бери, поки є в наявності!\n\nЗ повагою,\nВіка",
            ("informal-you", "Бери"),
            note="an imperative that could also be read as a noun, opening its sentence",
        ),
        bad(
            "ru",
            "Здравствуйте, Даша!\n\nОттенок 20 есть. Клади, пока не разобрали!\n\nС уважением,\nВика",
            ("informal-you", "Клади"),
        ),
        good(
            "uk",
            "Вітаю, Даріє!\n\nКупи листя під деревами прибирає садівник, а не ми.\n\nЗ повагою,\nВіка",
            note="the same word as a noun («купи» — heaps), not followed by a comma",
        ),
        good(
            "ru",
            "Виктор, здравствуйте!\n\nРазмер поменяли: в заказе теперь худи L, цена та же.\n\nС уважением,\nИрина",
            note="«худи» is a hoodie, not «худеть»'s imperative",
        ),
        bad(
            "ru",
            "Макс, здорово, бро!\n\nПоменяем скейт без проблем, курьер приедет в среду.\n\nС уважением,\nТимур",
            ("informal-greeting", "здорово"),
            ("slang", "бро"),
        ),
        bad(
            "ru",
            "Галина, добрый день! :)\n\nМожно, но недолго :) Лучше смешивать с обычным кормом )))\n\n"
            "С уважением,\nДенис",
            ("emoticons", ")))"),
        ),
        good(
            "ru",
            "Анна, здравствуйте!\n\nКурьер сказал: подожди до вечера. Это было неправильно, извините, "
            "заказ привезут сегодня до 18:00. Книга «Ты можешь больше» тоже в посылке.\n\n"
            "С уважением,\nМарина",
            note="reported speech and a book title",
        ),
        bad(
            "uk",
            "Добрий день!\n\nТвій котик точно оцінить цей корм, а якщо ні, ти можеш повернути його "
            "протягом 14 днів.\n\nЗ повагою,\nОксана",
            ("informal-you", "Твій"),
            ("informal-you", "можеш"),
        ),
        bad(
            "uk",
            "Тарасе, привіт, бро!\n\nКабель відправили сьогодні.\n\nЗ повагою,\nМарина",
            ("informal-greeting", "привіт"),
            ("slang", "бро"),
        ),
        bad(
            "uk",
            "Привіт, Тарасе!\n\nКабель відправили сьогодні, він прийде в четвер.\n\nЗ повагою,\nМарина",
            ("informal-greeting", "Привіт"),
            note="«Добрий день» is suggested",
        ),
        bad(
            "ru",
            "Привет, Иван!\n\nЗаказ передан курьеру, он привезёт его в четверг.\n\nС уважением,\nМарина",
            ("informal-greeting", "Привет"),
            note="«Здравствуйте» is suggested",
        ),
        bad(
            "en",
            "Hey John!\n\nYour order left today and arrives on Thursday.\n\nKind regards,\nMarta",
            ("informal-greeting", "Hey"),
        ),
        good(
            "en",
            "Hi John,\n\nYour order left today and arrives on Thursday.\n\nKind regards,\nMarta",
            note="'Hi' is an ordinary greeting in English support mail",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nКнига «Ти і твій кіт» є в наявності, будь ласка, оформіть замовлення "
            "на сайті. Кур'єр звертався до Вас на «ти»? Вибачте, ми з ним поговоримо.\n\n"
            "З повагою,\nМарина",
            note="a title, 'будь ласка' and a word cited in quotes",
        ),
        good(
            "uk",
            "Добрий день!\n\nЗамовлення надіслано 🎁 Дякуємо!\n\nЗ повагою,\nМарина",
            note="one emoji is friendly, not overload",
        ),
        bad(
            "uk",
            "Вітаю, Тарасе!\n\nЗамовлення прибуде завтра.\n\nБувай!\nМарина",
            ("informal-closing", "Бувай"),
            note="a goodbye for friends; «З повагою» is suggested, not «Бувайте»",
        ),
        bad(
            "uk",
            "Добрий день, Олено!\n\nЗамовлення прибуде в п'ятницю.\n\nБувайте!\nАнна",
            ("informal-closing", "Бувайте"),
            note="the Ви form of a goodbye for friends is as casual",
        ),
        bad(
            "ru",
            "Юрий, здравствуйте!\n\nЗаказ приедет завтра :)))\n\nС уважением,\nЕвгения",
            ("emoticon-run", ":)))"),
            note="one run of brackets, chat style on its own",
        ),
        bad(
            "ru",
            "Юрий, здравствуйте!\n\nСорян, наш косяк: заказ приедет завтра.\n\nС уважением,\nЕвгения",
            ("slang", "Сорян"),
            ("slang", "косяк"),
        ),
        good(
            "ru",
            "Юрий, здравствуйте!\n\nСпасибо за отзыв)) Рады, что всё подошло.\n\nС уважением,\nЕвгения",
            note="a short bracket smiley is one emoticon, within the limit of two",
        ),
        bad("en", "Hi Tom,\n\nYour parcel left today.\n\nSee ya,\nSam", ("informal-closing", "See ya")),
        good(
            "en",
            "Hi Tom,\n\nYour parcel left our warehouse today and arrives on Friday.\n\nCheers,\nAnna",
            note="'Cheers' closes an English reply warmly; it is not slang",
        ),
        bad(
            "en",
            "Hi Tom,\n\nYour parcel left our warehouse today and arrives on Friday.\n\nCheers mate,\nAnna",
            ("slang", "mate"),
        ),
    )

    @classmethod
    def page_phrases(cls) -> Mapping[Lang, Sequence[str]]:
        # the chat words read as slang: two blind writers could not tell "no worries" or "awesome" from the page
        return {lang: cls.lexicon_entries("slang", lang) for lang in LANGUAGES}

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        text = ctx.text
        if not text.strip():
            return
        analysis = ctx.analysis
        lang = ctx.language
        speech = self.lexicon("reported_speech", lang)
        closing = ctx.informal_closing
        # reported once, as a closing, with a polite one suggested ("Бувайте" would be the same goodbye)
        own: list[Span] = [] if closing is None else [(closing.start, closing.end)]
        cited = Cited(lambda: Spans([*ctx.quoted_spans, *reported_spans(analysis, speech), *own]))
        if closing is not None:
            yield Hit(
                "informal-closing",
                closing.start,
                closing.end,
                {"word": text[closing.start : closing.end], "formal": pack(lang).phrases.closing},
                suggestion=pack(lang).phrases.closing,
            )
        yield from _informal_greeting(ctx, cited)
        if self.lexicon("informal_pronouns", lang).phrases:  # empty where the language has no informal "you"
            yield from self._informal_you(analysis, lang, cited)
        yield from self._slang(analysis, lang, cited)
        marks = [s for s in emoticon_spans(text) if not inside(cited, *s)]
        limit = self.options.max_emoticons
        runs = [s for s in marks if _is_run(text[s[0] : s[1]])]
        if len(marks) > limit:
            start, end = marks[limit]
            yield Hit("emoticons", start, end, {"count": len(marks), "limit": limit})
        elif runs:
            start, end = runs[0]
            yield Hit("emoticon-run", start, end, {"word": text[start:end]})

    def _informal_you(self, analysis: Analysis, lang: Lang, cited: Cited) -> Iterator[Hit]:
        doc = analysis.doc
        texts, starts = analysis.table.texts, analysis.table.starts
        pronouns = self.lexicon("informal_pronouns", lang)
        hits: dict[int, Hit] = {}
        # "можешь прислать": a 2nd-person form asking the reader; "будь ласка": an imperative in a fixed phrase
        addressing, idioms = self.lexicon_words("addressing_2sg"), self.lexicon_words("idiom_next")
        # «худи» (a hoodie) is read by the dictionary only as «худеть»'s imperative: a shop's nouns it misreads
        lookalikes = self.lexicon_words("verb_lookalikes")
        # "Если оформишь заказ сегодня": a condition put to the reader, not the generic "you"
        conditions = self.lexicon_words("condition_2sg")
        generic: dict[int, Hit] = {}
        for m in pronouns.find(analysis):
            if inside(cited, m.start, m.end) or _previous_word(analysis, m.first_token) == "на":
                continue  # "на ты" names the form of address, it does not use it
            word = analysis.text[m.start : m.end]
            hits[m.start] = Hit(
                "informal-you",
                m.start,
                m.end,
                {"word": word},
                suggestion=_formal_form(analysis, word, _lemma_of(analysis, m, pronouns)),
            )
        kinds = _informal_verb_texts(analysis)
        for i in _verb_candidates(texts, kinds):
            text = texts[i]
            start = starts[i]
            if start in hits or text.casefold() in lookalikes:
                continue
            kind = kinds.get(text) or _opening_command(analysis, i)
            if kind is None:
                continue
            if text[:1].isupper() and not _opens(analysis, i):
                continue  # a capitalised word mid-sentence is a name or a title, not an order to the reader
            if not _opens(analysis, i) and not analysis.morphology.known_word(text.lower()):
                # a word the dictionary does not hold is read by its ending alone («подойдут паучи» as «па» +
                # «учи»): only where an order stands, opening its sentence («Чекни почту»), is the guess believed
                continue
            if i + 1 < len(texts) and texts[i + 1].lower() in idioms:
                continue
            if inside(cited, start, start + len(text)):
                continue  # asked last (perf: the cited spans are worked out only for a word that would be reported)
            hit = Hit(
                "informal-you",
                start,
                start + len(text),
                {"word": text},
                suggestion=_formal_form(analysis, text, doc[i].lemma_),
            )
            direct = kind != "2sg" or text.lower() in addressing or _previous_word(analysis, i) in conditions
            (hits if direct else generic)[start] = hit
        # A 2nd-person indicative alone is usually the generic "you" ("ничего не поделаешь", "нічого не вдієш");
        # it addresses the customer only in a reply that already says ты/ти or gives ты-orders, and never in
        # one that also says Вы. perf: whether it says Вы is asked only when there is such a form to decide on.
        if hits and generic and not self._says_formal_you(analysis, lang):
            hits.update(generic)
        yield from (hits[k] for k in sorted(hits))

    def _says_formal_you(self, analysis: Analysis, lang: Lang) -> bool:
        """Whether the reply addresses the reader as Вы/Ви anywhere: a polite pronoun or a 2nd-person plural verb.
        perf: each distinct word is asked once (the verdict depends on the word alone)."""
        if self.lexicon("formal_pronouns", lang).search(analysis) is not None:
            return True
        return any(_is_formal_verb(analysis, text) for text in set(analysis.table.texts) if text.isalpha())

    def _slang(self, analysis: Analysis, lang: Lang, cited: Cited) -> Iterator[Hit]:
        lead = self.lexicon("address_lead", lang)
        found: list[Match] = [m for m in self.lexicon("slang", lang).find(analysis)]
        found += [m for m in self.lexicon("slang_address", lang).find(analysis) if _addressed(analysis, m, lead)]
        doc = analysis.doc
        for m in sorted(found, key=lambda m: m.start):
            first = doc[m.first_token]
            if inside(cited, m.start, m.end):
                continue
            if m.first_token == m.last_token and len(first.text) == 1 and first.text.isupper():
                continue  # "U" is a size, a shape or an initial; only lower-case "u" is text-speak
            prev = _previous_token(analysis, m.first_token)
            if prev is not None and doc[prev].like_num:
                continue  # "2 чел" is a head count, not slang
            if _in_proper_name(analysis, m):
                continue  # "Dude Perignon", "Bro Code": part of a name
            if m.phrase.rstrip().endswith(",") and not _opens_clause(analysis, prev):
                continue  # «гриф короче, и ...» is a comparative; the filler «Короче, ...» opens its clause
            yield Hit("slang", m.start, m.end, {"word": analysis.text[m.start : m.end]})


_CLAUSE_OPENERS = frozenset({"ну", "так", "вот", "и", "а", "но", "общем", "загалом", "коротше"})
"""Words a filler may follow at the start of its clause («Ну короче, ...», «В общем, короче, ...»)."""


def _opens_clause(analysis: Analysis, prev: int | None) -> bool:
    """Whether a word after token `prev` (None: the text's start) stands at the start of a clause: a filler listed
    with its comma ("короче" ,) is one only there."""
    if prev is None:
        return True
    text = analysis.table.texts[prev]
    return not any(ch.isalnum() for ch in text) or text.lower() in _CLAUSE_OPENERS


def _informal_greeting(ctx: RuleContext, cited: Cited) -> Iterator[Hit]:
    """The reply's opening greeting when it is one for friends («Привет», «Привіт», "Hey"); the shared
    `informal_greetings` lexicon, which also keeps such words out of every suggested greeting, says which."""
    greeting = ctx.greeting
    if greeting is None or not greeting.phrase or not informal_greeting(greeting.phrase, ctx.language):
        return
    words = greeting.phrase.strip(" ,!")
    start = ctx.text.find(words, greeting.start, max(greeting.end, greeting.start + len(greeting.phrase)))
    if start < 0 or inside(cited, start, start + len(words)):
        return
    polite = pack(ctx.language).phrases.greeting
    if words[:1].islower():  # "Тарасе, привіт!": the greeting follows the name, so it stays lower-case
        polite = polite[:1].lower() + polite[1:]
    yield Hit("informal-greeting", start, start + len(words), {"word": words, "formal": polite}, suggestion=polite)


def _is_formal_verb(analysis: Analysis, word: str) -> bool:
    """A 2nd-person plural verb or imperative ("напишите", "напишіть"): the reply speaks to the customer as Вы."""
    return analysis.morphology.formal_verb(word.lower())


def _lemma_of(analysis: Analysis, m: Match, lexicon: Lexicon) -> str:
    lemmas = analysis.lemma_sets[m.first_token]
    listed = {p.strip('"').lower() for p in lexicon.phrases}
    return next((lemma for lemma in sorted(lemmas) if lemma in listed), analysis.doc[m.first_token].lemma_)


def _previous_token(analysis: Analysis, index: int) -> int | None:
    i = index - 1
    while i >= 0 and analysis.doc[i].is_space:
        i -= 1
    return i if i >= 0 else None


def _previous_word(analysis: Analysis, index: int) -> str | None:
    i = _previous_token(analysis, index)
    return analysis.doc[i].lower_ if i is not None else None


def _in_proper_name(analysis: Analysis, m: Match) -> bool:
    """A capitalised word mid-sentence next to another capitalised word is part of a name or title."""
    doc = analysis.doc
    first = doc[m.first_token]
    if not first.text[:1].isupper() or first.is_sent_start:
        return False
    neighbours = [_previous_token(analysis, m.first_token)]
    nxt = m.last_token + 1
    while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
        nxt += 1
    neighbours.append(nxt if nxt < len(doc) else None)
    return any(
        i is not None and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start for i in neighbours
    )


def _addressed(analysis: Analysis, m: Match, lead: Lexicon) -> bool:
    """Whether a word like "mate" or "друже" is said *to* the reader (a vocative), not about someone.

    It must close its clause ("Thanks, mate.", "Sure thing, buddy!") and open it or follow a comma, a dash or a
    greeting or thanks word ("Cheers mate", "No worries mate"). "My mate at the warehouse" fails both.
    """
    doc = analysis.doc
    nxt = m.last_token + 1
    while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
        nxt += 1
    closes = nxt >= len(doc) or doc[nxt].is_space or doc[nxt].is_punct or doc[nxt].is_sent_start
    if not closes:
        return False
    first = doc[m.first_token]
    prev = _previous_token(analysis, m.first_token)
    if first.is_sent_start or prev is None or doc[prev].is_punct:
        return True
    # perf: only the lead word just before can matter, so the search starts a few tokens back (lead phrases are
    # one or two words) rather than at the sentence start, and the sentence is found by bisection rather than
    # spaCy's walk: per match both were quadratic in a long sentence (30,000 characters of "так друже, " took 17 s).
    sent = sentence_at(analysis, first.idx)
    sent_start = sent.start_char if sent is not None else first.sent.start_char
    lo = max(sent_start, analysis.token_starts[max(0, prev - _LEAD_WINDOW)])
    return any(found.last_token == prev for found in lead.find(analysis, lo, first.idx))


_LEAD_WINDOW = 12
"""Tokens (spaces included) before a form of address in which its lead word must end."""
