"""Language packs: what replylint knows about one language, installed like rules.

A pack is a `LanguagePack` value named by an entry point in the `replylint.languages` group (the built-in en, ru
and uk packs are declared in replylint's own pyproject.toml). It holds, as data where it can:

- detection: the script, the letters and frequent words that tell the language from others of its script, and
  the langdetect profile, if there is one;
- analysis: the spaCy language class for tokenizing, a lemmatizer and a `Morphology` (imperative, past tense,
  vocative, plural and formal "you", personal-name tags), so no rule reaches into pymorphy3 or spaCy internals;
- grammar: time and money expressions as regular-expression fragments (`Grammar`);
- suggestion text: the polite closing, the greeting a suggestion falls back to, the name placeholder;
- lexicons: a folder with the pack's phrase lists for the installed rules (`<dir>/<rule-id>/<name>.<code>.txt`
  and `<dir>/shared/...`), for a pack that is not built in.

`LANGUAGES` is the installed packs' codes, sorted; it is read once per process (installing a pack means a new
process, as for rules). See docs/languages.md for writing one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Literal, Protocol

from replylint.errors import ReplylintError

GROUP = "replylint.languages"
LINGUA_FRANCA = "en"
"""The language whose words turn up in replies of every language ("Support", brand and team words): mail-structure
helpers also consult its lists, when it is installed."""

Script = Literal["latin", "cyrillic"]
NEVER = r"(?!)"
"""A pattern that matches nothing: the default of every `Grammar` fragment."""


class LanguageError(ReplylintError):
    """A language pack that cannot be used: a broken entry point, or an unknown language code."""


class Lemmatizer(Protocol):
    """Every plausible lemma of a word (rules match on the set), and the most likely one."""

    def lemma(self, word: str) -> str: ...

    def lemmas(self, word: str) -> frozenset[str]: ...


class PlainLemmatizer:
    """Every word its own lemma (lower-cased): for a language without a lemmatizer yet. Lexicons then list the
    inflected forms they mean, or use `*` and exact forms."""

    def lemma(self, word: str) -> str:
        return word.lower()

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset({word.lower()})


class Morphology:
    """What rules may ask about a word's grammar. This base class knows nothing (a language without a
    morphological analyser); packs override what their analyser can tell. Words are given lower-cased unless a
    method says otherwise; answers are cached by the implementations that need it."""

    names_by_grammeme: bool = False
    """Whether `name_tags` can tell a personal name from an ordinary word (pymorphy3's Name grammeme)."""

    tense_by_grammeme: bool = False
    """Whether `present_or_future` and `past` read the tense off an analyser's tags, so that a word they accept is a
    verb; English guesses the past from "-ed" and knows no present, so it cannot tell a verb from a noun."""

    def name_tags(self, word: str) -> frozenset[str]:
        """ "Name", "Surn", "Patr" for a word any parse reads as a first name, surname or patronymic."""
        return frozenset()

    def imperative(self, word: str) -> bool:
        """An instruction to the reader ("передайте", "виміряйте")."""
        return False

    def past(self, word: str, lemmas: frozenset[str]) -> bool:
        """A verb in the past tense ("переплутали", "declined"); `lemmas` are the word's lemma set."""
        return False

    def present_or_future(self, word: str) -> bool:
        """A verb whose most likely reading is present or future tense (so a clause is not told as past)."""
        return False

    def counted(self, word: str) -> bool:
        """A noun in the genitive plural, the form a count takes («сколько страниц», «скільки кілометрів»), not the
        subject of a verb («через сколько деньги вернутся?»): what tells a quantity asked from a time."""
        return False

    def commitment(self, word: str) -> bool:
        """A verb that binds the writer to a deed: the first person of a perfective future («упакуем», «додамо»).
        A language whose future is a separate word ("we'll wrap") says no here and is read from its text."""
        return False

    def state_auxiliary(self, word: str) -> bool:
        """A word after which a past form describes the present or a plan, not what happened: English "is" in
        "your parcel is delayed until Friday" (a passive present: Friday is the new date, not a past day).
        Languages that mark tense on the verb itself need none."""
        return False

    def plan_preposition(self, word: str) -> bool:
        """A word after a passive present that points ahead to the new time ("delayed until Friday", "moved to
        Monday", "rescheduled for the 14th"); see `state_auxiliary`."""
        return False

    def informal_verb(self, word: str) -> Literal["impr", "2sg"] | None:
        """A verb addressing one person informally: "impr" for an imperative ("напиши"), "2sg" for an indicative
        ("знаешь"); None unless every plausible reading agrees."""
        return None

    def imperative_or_noun(self, word: str) -> bool:
        """A word that is either a singular informal imperative or a common noun ("бери": take! / a plural noun;
        "купи": buy! / heaps): `informal_verb` cannot be sure of it, so context has to decide."""
        return False

    def role_noun(self, word: str) -> bool:
        """A common noun in the nominative that may name what someone is ("фармацевт", "менеджерка"), read before
        a signer's name; never a name itself. Without an analyser nothing is known to be one."""
        return False

    def kind_noun(self, word: str) -> bool:
        """A common noun that may be read in the nominative and is never a verb ("квіти", "зоомагазин"): what a
        shop is, written before its name in quotes («квіти «Півонія»»). Without an analyser nothing is one."""
        return False

    def genitive_noun(self, word: str) -> bool:
        """A common noun that may be read in the genitive and is never a verb ("свічок", "одягу"): what a shop
        deals in, after the word for what it is («майстерня свічок «Віск і Льон»»). Without an analyser, none."""
        return False

    def formal_verb(self, word: str) -> bool:
        """A verb addressing the reader politely (2nd person plural, "напишите")."""
        return False

    def formal_form(self, word: str, lemma: str) -> str | None:
        """The polite equivalent of an informal word (тебе -> Вам, напиши -> напишите), if there is one."""
        return None

    def vocative(self, name: str) -> str:
        """The form a name takes when addressing its bearer ("Олена" -> "Олено"); the name itself by default."""
        return name

    def known_word(self, word: str) -> bool:
        """Whether the analyser's dictionary knows the word (a shouted word, not a brand written in capitals)."""
        return False


@dataclass(frozen=True)
class Grammar:
    """Time and money expressions as regular-expression fragments, matched ignoring case, inside word bounds.

    They are combined by `replylint_rules._answers` into its date, duration and clock patterns: a fragment is one
    alternation group, `(?:...)`, without anchors. A fragment a pack leaves out matches nothing (`NEVER`), so a
    new language can start with the numbers and weekdays and grow the rest.
    """

    numbers: str = NEVER
    """Counts in digits or words ("3", "three", "кілька")."""
    range_join: str = NEVER
    """What joins the two ends of a range ("2-3", "two to three", "два или три")."""
    units: str = NEVER
    """Units of time ("working days", "годин")."""
    duration_lead: str = NEVER
    """Prepositions turning a bare unit into a span ("within", "через", "протягом")."""
    length_lead: str = NEVER
    """Words before a bare unit that say how long something lasts («занимает неделю», «близько тижня»); unlike a
    `duration_lead` they are not part of the time found (with a number, "2–3 дня" alone is the time)."""
    weekdays: str = NEVER
    months: str = NEVER
    month_lead: str = NEVER
    """Words after which a month name alone is a date ("in June", "до кінця травня")."""
    relative: str = NEVER
    """Relative days and periods ("tomorrow", "на следующей неделе")."""
    past: str = NEVER
    """Times already past ("yesterday", "два дні тому")."""
    ordinal: str = NEVER
    """A day of the month alone ("the 14th", "15-го")."""
    clock_hours: str = NEVER
    """Whole hours in words ("5 o'clock", "к 5 часам")."""
    from_to_hours: str = NEVER
    """Hour ranges ("between 9 and 5", "з 9 до 18")."""
    day: str = r"\d{1,2}"
    """A day number as written before or after a month name."""
    month_first: bool = False
    """Whether "June 12" is a date as well as "12 June"."""
    restrictive: frozenset[str] = frozenset()
    """Words that restrict a time to an offer's deadline ("only", "только")."""
    currency: str = ""
    """Currency words after an amount ("dollars", "грн"); symbols and ISO codes are known to every language."""
    magnitude: str = ""
    """Words that multiply an amount before its currency ("45 thousand dollars", «45 тыс. рублей», «2 млн грн»):
    without them the number stands apart from its currency and the price told is not seen as one."""
    measures: str = ""
    """Words that, right after a number, make it a quantity and not a date or a time ("inch", "кг", "грн");
    signs, ISO currency codes and metric unit symbols are known to every language."""
    closing_wish: str = NEVER
    """A wish that ends a letter, as a shape ("Have a lovely evening!", «Смачної кави!»): sign-off takes it as the
    closing line when a name signs under it. Matched against a whole line, case-insensitively."""


@dataclass(frozen=True)
class Phrases:
    """Text a suggestion writes into the reply, in the reply's language."""

    greeting: str
    """The greeting a suggestion uses when the reply has none of its own ("Hello", "Здравствуйте")."""
    greeting_format: str = "{greeting}, {name}!"
    """How a greeting and a name make the opening line."""
    closing: str = ""
    """A polite closing formula ("Kind regards,")."""
    name_placeholder: str = "<your name>"
    """Where the agent's name goes in a suggested sign-off."""


@dataclass(frozen=True)
class LanguagePack:
    """Everything replylint knows about one language. See the module docstring and docs/languages.md."""

    code: str
    """ISO 639-1 code: the value of `language` in the config and of `Example.lang`."""
    title: str
    """The language's own name, for pages ("Українська")."""
    script: Script
    phrases: Phrases
    grammar: Grammar = field(default_factory=Grammar)
    lemmatizer: Callable[[], Lemmatizer] = PlainLemmatizer
    """Builds the lemmatizer (once per process, on first use)."""
    morphology: Callable[[Lemmatizer], Morphology] = lambda _lemmatizer: Morphology()
    """Builds the morphology from the pack's lemmatizer (once per process)."""
    spacy: str = "xx"
    """The spaCy language class whose tokenizer splits the text ("xx": spaCy's multi-language defaults)."""
    alphabet: str = ""
    """The lower-case letters of the language's words, for counting frequent words."""
    letters: frozenset[str] = frozenset()
    """Letters that tell this language from the other installed ones of its script ("іїєґ" for uk)."""
    words: frozenset[str] = frozenset()
    """Frequent words, voted on when letters do not decide between languages of one script."""
    langdetect: str | None = None
    """The langdetect profile of the language, if langdetect has one."""
    fallback: bool = False
    """Whether the language is the answer for its script when nothing else decides (en, ru)."""
    related: tuple[str, ...] = ()
    """Languages whose formulas replies in this one borrow ("ru" for uk): phrase lookups try them too."""
    head_first: bool = False
    """Whether a field name starts with its head word ("[Имя клиента]") rather than ending with it
    ("[Customer Name]")."""
    lexicon_dir: Path | None = None
    """The pack's own phrase lists for installed rules, if it brings them (a pack outside replylint)."""
    stop_words: frozenset[str] | None = None
    """Function words a question's content words leave out; None takes spaCy's list for `spacy`."""
    more_stop_words: frozenset[str] = frozenset()
    """Function words added to `stop_words` (or spaCy's list): forms spaCy's list lacks, such as Ukrainian «уже»,
    the form «вже» takes after a consonant, which otherwise counts as a word of the question's subject."""
    sample: str = ""
    """A short reply in the language: lint_many's workers lint it once at start-up, so the language's pipeline and
    dictionaries load then rather than inside the first reply's time budget."""
    sound_variants: tuple[frozenset[str], ...] = ()
    """Forms one short word takes by the sound of its neighbours (Ukrainian «в»/«у», «з»/«із»/«зі», «і»/«й»): a
    phrase list that names one of them matches the others, so «додайте в кошик» also finds «додайте у кошик»."""
    extra: Mapping[str, object] = field(default_factory=dict, compare=False)
    """Anything a third-party rule wants from a language that the fields above do not hold."""

    def stop_word_set(self) -> frozenset[str]:
        """`stop_words`, or spaCy's for the pack's spaCy language (imported on first use)."""
        if self.stop_words is not None:
            return self.stop_words | self.more_stop_words
        from replylint.nlp import import_spacy

        import_spacy()
        from spacy.util import get_lang_class

        return frozenset(get_lang_class(self.spacy).Defaults.stop_words) | self.more_stop_words


@cache
def installed() -> dict[str, LanguagePack]:
    """Installed packs by code, in code order, loaded once per process. A broken pack is an error naming it: no
    language is silently lost."""
    found: dict[str, LanguagePack] = {}
    for ep in sorted(entry_points(group=GROUP), key=lambda ep: ep.name):
        if ep.name in found:
            continue  # the same distribution twice on sys.path (editable + site)
        try:
            loaded = ep.load()
        except Exception as exc:
            raise LanguageError(f"language pack {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
        if not isinstance(loaded, LanguagePack) or loaded.code != ep.name:
            raise LanguageError(
                f"entry point {ep.name!r} ({ep.value}) in {GROUP!r} must name a LanguagePack whose code is {ep.name!r}"
            )
        found[ep.name] = loaded
    if not found:
        raise LanguageError(f"no language pack is installed (entry point group {GROUP!r})")
    return found


def codes() -> tuple[str, ...]:
    """The installed languages' codes, sorted (the names only: no pack module is imported for this)."""
    names = sorted({ep.name for ep in entry_points(group=GROUP)})
    return tuple(names)


def pack(code: str) -> LanguagePack:
    """The installed pack for `code`; LanguageError if there is none."""
    found = installed().get(code)
    if found is None:
        raise LanguageError(f"no language pack for {code!r}; installed: {', '.join(installed())}")
    return found


def of_script(script: Script) -> tuple[LanguagePack, ...]:
    """The installed packs writing in `script`, in code order."""
    return tuple(p for p in installed().values() if p.script == script)


def fallback(script: Script) -> str | None:
    """The language to answer for text in `script` when nothing decides: the pack marked so, else the first."""
    packs = of_script(script)
    marked = [p.code for p in packs if p.fallback]
    return marked[0] if marked else (packs[0].code if packs else None)


@cache
def morphology(code: str) -> Morphology:
    """The pack's morphology over its lemmatizer, built once per process."""
    from replylint.nlp import lemmatizer

    return pack(code).morphology(lemmatizer(code))
