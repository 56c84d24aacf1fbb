"""The reply's opening salutation: the greeting words, whom they address, a form-letter "Dear Customer", a
placeholder in the addressee's place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from replylint.languages import morphology
from replylint.mail.fields import placeholder_at, placeholders_in
from replylint.mail.lexicons import Word, in_words, is_cyrillic, phrase_at, skip_blanks
from replylint.mail.lines import Line, text_lines
from replylint.mail.names import CONNECTORS, NAME_WORD, NameInfo, name_tags, same_name
from replylint.mail.template import branch_lines, template_view
from replylint.model import LANGUAGES, Lang
from replylint.nlp import Analysis
from replylint.placeholders import Placeholder

if TYPE_CHECKING:
    from replylint.rule import RuleContext


@dataclass(frozen=True, slots=True)
class Greeting:
    """The reply's opening salutation.

    `start`/`end` cover the salutation in `ctx.text` (greeting words and whom they address, without the final
    punctuation): "Добрий день, Олено", "Dear Ms. Smith", "Ольга, добрый день". `phrase` is the greeting
    words as written ("" when the reply opens with a bare formula like "To whom it may concern"). `names` are
    the capitalised or name-tagged words addressing someone; `personal` the subset that is clearly a personal
    name (pymorphy3 Name/Surn/Patr in ru/uk; any capitalised word that is not a title or filler in en).
    `generic` is a mass-mailing salutation ("Dear Customer", "уважаемый клиент") and `placeholder` an
    unfilled merge field in the addressee's place ("Hi {{first_name}}").
    """

    start: int
    end: int
    phrase: str
    names: tuple[Word, ...] = ()
    personal: tuple[Word, ...] = ()
    generic: Word | None = None
    placeholder: Word | None = None


_BANNER_LINE = re.compile(
    r"[\[(<]*\s*(?:https?://\S+|www\.\S+|\{\{?[^{}\n]{1,80}\}\}?|%\{?[A-Za-z_.]{1,60}\}?%?)\s*[\])>]*"
)
"""A line holding only a URL or a merge field (optionally bracketed): the banner of shop templates."""


def _greeting_rank(found: Greeting) -> int:
    """Which branch's greeting speaks for the template: a name placeholder, then a name, then a plain greeting,
    then a form-letter salutation (the fallback for a customer with no name on file)."""
    if found.placeholder is not None:
        return 0
    if found.names:
        return 1
    return 3 if found.generic is not None else 2


def find_greeting(ctx: RuleContext) -> Greeting | None:
    """The reply's opening salutation (computed once per reply; see `_find_greeting`)."""
    return ctx.memo(_find_greeting)


def _find_greeting(ctx: RuleContext) -> Greeting | None:
    """The salutation the reply opens with, or None when its first line is not one.

    Recognised: a greeting phrase at the start of the first line, with whom it addresses ("Hello Anna", "Добрый
    день, Ольга Петровна", "Dear Mr and Mrs Hughes", "Вітаю, пане Іване"); the name first ("Ольга, добрый
    день!"); a bare generic formula ("To whom it may concern", "Уважаемый клиент"). Only the first line of
    prose is considered (a greeting further down is not an opening); lines before it that are only a link, a
    merge field or a bracketed shop name, as in the banner of many shop templates, are skipped.
    """
    view = template_view(ctx)
    lines = opening_lines(view.text)
    if not lines:
        return None
    best: Greeting | None = None
    holders = ctx.memo(placeholders_in, view.text)
    for line in branch_lines(view, lines[0]) if view.tags else lines[:1]:
        found = _greeting_in_line(view.text, view.analysis, ctx.language, line, holders)
        # A greeting in another of our languages above the body ("Hi Olena," over a Russian reply, "Добрий
        # день" over a Russian one): the greeting formulas are distinct enough to try each.
        for other in LANGUAGES:
            if found is not None:
                break
            if other != ctx.language:
                found = _greeting_in_line(view.text, view.analysis, other, line, holders)
        if found is not None and (best is None or _greeting_rank(found) < _greeting_rank(best)):
            best = found
    return best


def opening_lines(text: str) -> list[Line]:
    """The non-blank lines from the first line of prose on (banner lines of links and merge fields skipped)."""
    lines = text_lines(text)
    skip = 0
    while skip < min(3, len(lines)) and _BANNER_LINE.fullmatch(lines[skip].text):
        skip += 1
    return lines[skip:]


def _greeting_in_line(
    text: str, analysis: Analysis, lang: Lang, line: Line, holders: Sequence[Placeholder]
) -> Greeting | None:
    generic = _generic_at(text, analysis, lang, line.start, line.end)
    if generic is not None:
        return Greeting(generic.start, generic.end, "", generic=generic)
    phrase = phrase_at("greetings", lang, analysis, line.start, line.end)
    if phrase is not None:
        addressee = _addressee(text, analysis, lang, phrase.end, line.end, after_greeting=True, holders=holders)
        generic_word = addressee.generic
        if generic_word is not None and not text[phrase.end : generic_word.start].strip():
            # "Dear Customer": the greeting word is part of the formula
            generic_word = Word(text[phrase.start : generic_word.end], phrase.start, generic_word.end)
        return Greeting(
            phrase.start,
            max(phrase.end, addressee.end),
            text[phrase.start : phrase.end],
            addressee.names,
            addressee.personal,
            generic_word,
            addressee.placeholder,
        )
    leading = _addressee(text, analysis, lang, line.start, line.end, after_greeting=False)
    if not leading.names:
        return None
    pos = skip_blanks(text, leading.end, line.end)
    if pos >= line.end or text[pos] != ",":
        return None
    pos = skip_blanks(text, pos + 1, line.end)
    phrase = phrase_at("greetings", lang, analysis, pos, line.end)
    if phrase is None or phrase_at("closings", lang, analysis, line.start, line.end) is not None:
        return None  # "Thanks, hi" is not "Anna, hi"
    # English has no grammeme to tell "Anna, hello" from "Yes, hello": a capitalised first word is taken as a
    # name the greeting uses, never as proof of a wrong name
    personal = leading.personal if morphology(lang).names_by_grammeme else ()
    return Greeting(line.start, phrase.end, text[phrase.start : phrase.end], leading.names, personal)


def _generic_at(text: str, analysis: Analysis, lang: Lang, start: int, stop: int) -> Word | None:
    """A generic salutation at `start`, if punctuation or the end of the line follows it ("Dear Customer,")."""
    found = phrase_at("generic_salutations", lang, analysis, start, stop)
    if found is None:
        return None
    after = skip_blanks(text, found.end, stop)
    if after < stop and text[after] not in ",.!;:—–-":
        return None  # "Customer Service here", "клиент сообщил": not a salutation
    return Word(text[found.start : found.end], found.start, found.end)


_MAX_ADDRESS_WORDS = 12
"""More than "Dear Mr and Mrs John and Jane Smith-Jones, Dr A. B. Lee" needs; the words after it are not read,
which bounds the walk along a long line of capitalised words (100,000 characters of "On " took 0.3 s here)."""


@dataclass(frozen=True, slots=True)
class _Addressee:
    end: int
    names: tuple[Word, ...] = ()
    personal: tuple[Word, ...] = ()
    generic: Word | None = None
    placeholder: Word | None = None


def _addressee(
    text: str,
    analysis: Analysis,
    lang: Lang,
    pos: int,
    stop: int,
    *,
    after_greeting: bool,
    holders: Sequence[Placeholder] = (),
) -> _Addressee:
    """Whom a greeting addresses: titles, names, "and", fillers ("there", "всем"), up to anything else."""
    end = pos
    p = skip_blanks(text, pos, stop)
    if after_greeting and p < stop and text[p] == ",":
        p = skip_blanks(text, p + 1, stop)
    if after_greeting:
        generic = _generic_at(text, analysis, lang, p, stop)
        if generic is not None:
            return _Addressee(generic.end, generic=generic)
        holder = placeholder_at(holders, p, stop)
        if holder is not None:
            return _Addressee(holder.end, placeholder=Word(text[holder.start : holder.end], holder.start, holder.end))
    words: list[tuple[str, Word]] = []
    while len(words) < _MAX_ADDRESS_WORDS:  # the rest of a long line of capitalised words addresses no one
        p = skip_blanks(text, p, stop)
        if p >= stop:
            break
        if text[p] in "&/":
            words.append(("and", Word(text[p], p, p + 1)))
            p += 1
            continue
        if text[p] == "," and words and words[-1][0] == "filler":
            p += 1  # "Приветствую Вас, Ольга", "Hello again, Anna"
            continue
        found = NAME_WORD.match(text, p)
        if found is None or found.end() > stop:
            break
        classified = _address_word(text, Word(found.group(), found.start(), found.end()), lang, stop)
        if classified is None:
            break
        words.append(classified)
        p = classified[1].end
    while words and words[-1][0] == "and":
        words.pop()
    if not words:
        return _Addressee(end)
    names = tuple(w for kind, w in words if kind == "name")
    return _Addressee(words[-1][1].end, names, _personal(words, lang))


def _address_word(text: str, word: Word, lang: Lang, stop: int) -> tuple[str, Word] | None:
    """What one word of an address is: "and", a title (with its full stop), a filler ("there", "всем"), a name,
    or None for anything else (the address ends there)."""
    if word.text.casefold() in CONNECTORS:
        return "and", word
    if in_words(word.text, "honorifics", lang) or (len(word.text) == 1 and word.text.isupper()):
        # a title, or an initial ("J. Smith"): part of the address, too short to compare as a name
        if word.end < stop and text[word.end] == ".":
            word = Word(word.text + ".", word.start, word.end + 1)
        return "title", word
    if in_words(word.text, "greeting_fillers", lang):
        return "filler", word
    if word.text[:1].isupper() or (morphology(lang).names_by_grammeme and "Name" in name_tags(word.text, lang)):
        return "name", word
    return None


def _personal(words: Sequence[tuple[str, Word]], lang: Lang) -> tuple[Word, ...]:
    """The name words that are clearly a person's name, so a mismatch is a wrong name, not a missing one.

    English has no morphology to ask, so any capitalised word after the greeting counts. For Cyrillic words the
    Name grammeme decides; Surn and Patr are too common on ordinary words ("Вера", "Ромашка" are surnames to
    pymorphy3) and count only next to a title or a first name ("пане Коваленко", "Иван Петрович").
    """
    out: list[Word] = []
    for i, (kind, word) in enumerate(words):
        if kind != "name":
            continue
        if not is_cyrillic(word.text):
            out.append(word)
            continue
        tags = name_tags(word.text, lang)
        if "Name" in tags:
            out.append(word)
        elif tags & {"Surn", "Patr"}:
            neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            if any(k == "title" or (k == "name" and "Name" in name_tags(w.text, lang)) for k, w in neighbours):
                out.append(word)
    return tuple(out)


def uses_name(greeting: Greeting, names: Iterable[NameInfo], lang: Lang) -> bool:
    """Whether the greeting addresses the customer by any known name, in any form (first, sur-, full name). A
    patronymic alone does not: «Светлана Игоревна» for Ирина Игоревна has the customer's father's name right and
    hers wrong."""
    # perf: the name sources are read one by one (`known_names`), so a first name matching the first source stops
    # there; only a greeting whose matches are all patronymics reads on
    patronymic_only = False
    for info in names:
        for part in info.parts:
            for word in greeting.names:
                if same_name(word.text, part, lang, short_forms=False):
                    if not _PATRONYMIC.search(word.text):
                        return True
                    patronymic_only = True
    return patronymic_only and all(_PATRONYMIC.search(w.text) for w in greeting.names)


_PATRONYMIC = re.compile(r"(?:овн|евн|ёвн|ичн|івн|ївн|ович|евич|ёвич|йович)\w{0,3}$", re.IGNORECASE)
"""Russian and Ukrainian patronymics in any case ("Игоревна", "Игоревне", "Ігорівно", "Івановичу")."""
