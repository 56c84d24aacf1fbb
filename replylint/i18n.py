"""Findings, suggestions, rule pages and CLI errors in English, Russian or Ukrainian, through gettext catalogs.

English is the source language: every translatable text is written in English in the code (a rule's `messages`
templates and docstring, `tr(lang, "...")` calls) and looked up in `replylint/locale/<lang>/LC_MESSAGES/
replylint.mo` at run time by the standard library's gettext, so Babel is needed only to extract and compile
the catalogs (`python -m replylint.babel_extract`), never to lint. A text with no translation, such as a
third-party rule's message, stays in English rather than failing.

Two languages are in play for one reply and they must not be confused. Findings and pages are written for the
agent, in the *message language* (`message-language`: "auto" means the reply's own language). Suggestions are
text the agent may paste into the reply, so they are always in the *reply's* language, whatever the agent reads.
"""

from __future__ import annotations

import gettext
import inspect
import os
import string
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from replylint.model import LANGUAGES, Lang

DOMAIN = "replylint"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
TRANSLATED: tuple[Lang, ...] = ("ru", "uk")
"""Languages with a catalog; English is the msgid itself."""


def resolve(setting: str | None, reply_language: Lang | None) -> Lang:
    """The language findings are written in: the setting, or for "auto" (and unset) the reply's, English if
    the reply's language is unknown or has no catalog (a language pack without translated messages)."""
    written = ("en", *TRANSLATED)
    if setting in written:
        return setting
    return reply_language if reply_language in written else "en"


@lru_cache(maxsize=8)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog for `lang` (loaded once); English, or a language without a catalog, passes through."""
    if lang not in TRANSLATED:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang], fallback=True)


def tr(lang: str, message: str) -> str:
    """`message` (English) in `lang`. Babel extracts every `tr(lang, "literal")` call."""
    return translations(lang).gettext(message)


def ntr(lang: str, singular: str, plural: str, n: int) -> str:
    """The form of `singular`/`plural` for the count `n` in `lang` (Russian and Ukrainian have three)."""
    return translations(lang).ngettext(singular, plural, n)


def ptr(lang: str, context: str, message: str) -> str:
    """`message` in `lang` as used in `context` (a rule id): equal English texts of two rules may differ."""
    return translations(lang).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a literal for extraction where it is defined (a table of suggestions); `tr` translates it later."""
    return message


def placeholders(template: str) -> frozenset[str]:
    """The `{name}` fields of a str.format template, which a translation must keep exactly."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)
    except ValueError:
        return frozenset()


def rule_message(lang: str, rule_id: str, template: str, params: Mapping[str, object]) -> str:
    """A rule's message template translated, then filled. A translation that cannot be filled (a catalog edited
    by hand with a wrong placeholder) falls back to the English template instead of losing the finding."""
    translated = ptr(lang, rule_id, template)
    if translated != template:
        try:
            return translated.format_map(params)
        except (KeyError, ValueError, IndexError):
            pass
    return template.format_map(params)


def doc_parts(doc: str | None) -> tuple[str, str]:
    """A rule docstring's summary (first line) and rationale (the rest), exactly as `Rule.summary()` and
    `Rule.rationale()` give them, so the extractor and the pages look up the same msgids."""
    summary = (doc or "").strip().splitlines()[0].strip() if (doc or "").strip() else ""
    rationale = "\n".join(inspect.cleandoc(doc or "").splitlines()[1:]).strip()
    return summary, rationale


def rule_summary(lang: str, cls: type) -> str:
    summary = getattr(cls, "summary")()  # noqa: B009 - a Rule classmethod; typed loosely to avoid an import cycle
    return ptr(lang, getattr(cls, "id", ""), summary) if summary else summary


def rule_rationale(lang: str, cls: type) -> str:
    rationale = getattr(cls, "rationale")()  # noqa: B009
    return ptr(lang, getattr(cls, "id", ""), rationale) if rationale else rationale


def environment_language(environ: Mapping[str, str] | None = None) -> Lang:
    """The language of the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them), for
    messages that belong to no reply (a CLI error); English when it is none of ours."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key)
        if not value:
            continue
        for item in value.split(":"):
            code = item.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                return "en"
        return "en"
    return "en"


class Text(str):
    """A text in English that can still be shown in another language: an exception's message or a finding's,
    made where the reader's language is not known yet (a config file, the parser, a suppression directive).

    It *is* the English text (so `str(exc)` and every existing caller see what they always saw) and keeps its
    template and parameters, so the CLI, the gate or the pipeline translate it once the language is known
    (`translated`). Babel extracts every `Text("literal", ...)` call; a parameter that is itself a Text (a
    "did you mean" hint) is translated with it.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Text:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        # pickled (an error crossing from a lint_many worker) as template and parameters, not as the formatted
        # text, which str's own pickling would pass back to __new__ as a template
        return _text, (self.template, dict(self.params))

    def translated(self, lang: str) -> str:
        params = {k: v.translated(lang) if isinstance(v, Text) else v for k, v in self.params.items()}
        translated = tr(lang, self.template)
        try:
            return translated.format(**params)
        except (KeyError, ValueError, IndexError):
            return self.template.format(**params)  # a hand-edited catalog with a wrong placeholder


def _text(template: str, params: dict[str, object]) -> Text:
    return Text(template, **params)


def localised(text: object, lang: str) -> str:
    """`text` in `lang` if it is a Text, else as it is."""
    return text.translated(lang) if isinstance(text, Text) else str(text)


def error_text(exc: BaseException, lang: str) -> str:
    """An exception's message in `lang` when it was raised with one Text, else its plain text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0].translated(lang)
    return str(exc)
