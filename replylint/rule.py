"""The rule plugin API: what a rule declares, what it receives, what it yields.

A rule is a plain class. It knows only its own kinds of problem and where they are (`Hit`); the engine adds the
rule id, the configured severity, the message text, line and column. Examples are data that runs: the same
declarations are the rule's tests (`replylint.testing.check_examples`) and its documentation page.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar

from replylint.lexicon import Lexicon, Match, lexicon_entries, lexicon_file, load_lexicon
from replylint.mail.body import body_span
from replylint.mail.fields import placeholders_in
from replylint.mail.greeting import Greeting, find_greeting
from replylint.mail.lines import last_line_span
from replylint.mail.names import NameInfo, customer_names
from replylint.mail.signoff import SignOff, find_sign_off, informal_closing
from replylint.mail.voice import Spans, quoted_spans
from replylint.memo import MISSING, Memo, cached_property
from replylint.model import LANGUAGES, Context, JSONValue, Lang, LocationKind, ParsedMessage, Severity
from replylint.nlp import Analysis, pipeline
from replylint.placeholders import Placeholder

T = TypeVar("T")
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

Flag = str | tuple[str, str]
"""What a bad example must produce: a finding kind, or (kind, the exact text the finding must cover)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem as a rule sees it; `params` fill the message.

    `Hit(kind, start, end)` is about a span of `RuleContext.text`. A problem that is not in the text says where it
    is instead of leaving the span empty: `Hit.in_header` (a header field), `Hit.in_signature` (a span of
    `ctx.reply.signature`) and `Hit.whole_reply`. The engine turns `where` into the finding's `Location`, which is
    what suppression, allowlists, file positions and the outputs read.
    """

    kind: str
    start: int = 0
    end: int = 0
    params: Mapping[str, JSONValue] = field(default_factory=dict)
    suggestion: str | None = None
    severity: Severity | None = None
    """Per-hit severity when one rule has problems of different weight (an unfilled placeholder is worse)."""
    where: LocationKind = "text"
    """What `start`/`end` index: "text" `RuleContext.text`, "signature" `ctx.reply.signature`; none for "header"
    (then `header` names the field) and "reply"."""
    header: str | None = None

    @classmethod
    def whole_reply(
        cls,
        kind: str,
        params: Mapping[str, JSONValue] | None = None,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Hit:
        """A problem of the reply as a whole (an unanswered question, an empty draft): no span holds it."""
        return cls(kind, 0, 0, params or {}, suggestion, severity, "reply")

    @classmethod
    def in_header(
        cls,
        kind: str,
        header: str,
        params: Mapping[str, JSONValue] | None = None,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Hit:
        """A problem in header field `header` ("Subject", "To"). The finding's data gets `"header": header`, so a
        message template may say `{header}`."""
        return cls(kind, 0, 0, params or {}, suggestion, severity, "header", header)

    @classmethod
    def in_signature(
        cls,
        kind: str,
        start: int,
        end: int,
        params: Mapping[str, JSONValue] | None = None,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Hit:
        """A problem at `start`/`end` of the signature block (`ctx.reply.signature`), which follows the text."""
        return cls(kind, start, end, params or {}, suggestion, severity, "signature")


@dataclass(frozen=True, slots=True)
class Example:
    """A reply a rule must flag (`flags` non-empty) or must leave alone (`flags` empty)."""

    lang: Lang
    reply: str
    flags: tuple[Flag, ...] = ()
    original: str | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def is_bad(self) -> bool:
        return bool(self.flags)


def bad(
    lang: Lang,
    reply: str,
    *flags: Flag,
    original: str | None = None,
    facts: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    note: str = "",
) -> Example:
    """A reply the rule must flag, with each expected kind (and optionally the exact text it must cover)."""
    if not flags:
        raise ValueError("a bad example needs at least one expected finding kind")
    return Example(lang, reply, tuple(flags), original, facts or {}, options or {}, note)


def good(
    lang: Lang,
    reply: str,
    *,
    original: str | None = None,
    facts: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    note: str = "",
) -> Example:
    """A reply the rule must leave alone."""
    return Example(lang, reply, (), original, facts or {}, options or {}, note)


@dataclass(frozen=True)
class NoOptions:
    """Rules without options use this; config that names an option for them is an error."""


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at for one reply. Analyses are computed on first use and shared by all rules."""

    reply: ParsedMessage
    text: str
    """The reply's own text after suppression directives are removed: every `Hit` offset points into this."""
    language: Lang
    facts: Context
    original: ParsedMessage | None = None
    original_source: Literal["given", "quote"] | None = None
    original_language: Lang | None = None

    @cached_property
    def analysis(self) -> Analysis:
        return pipeline(self.language).analyse(self.text)

    @cached_property
    def original_analysis(self) -> Analysis | None:
        if self.original is None or not self.original.text.strip():
            return None
        return pipeline(self.original_language or self.language).analyse(self.original.text)

    @cached_property
    def signature_analysis(self) -> Analysis | None:
        sig = self.reply.signature
        return pipeline(self.language).analyse(sig) if sig and sig.strip() else None

    @cached_property
    def last_line(self) -> tuple[int, int]:
        """The span of the text's last non-blank line ((0, 0) when there is none): where a finding about the end
        of the reply, or about the signature block below it, is shown in the text."""
        return last_line_span(self.text)

    # The mail structure (replylint.mail), each part worked out once per reply by whichever rule asks first.

    @property
    def greeting(self) -> Greeting | None:
        """The opening salutation ("Hello Anna,", "Ольга, добрый день!", "Dear Customer"), or None: its span in
        `text`, the greeting words, the names it addresses, a form-letter salutation or a placeholder in the
        addressee's place (see `replylint.mail.greeting.Greeting`)."""
        return find_greeting(self)

    @property
    def closing(self) -> SignOff | None:
        """The closing line ("Kind regards,", "З повагою") within the last 12 lines and who signs it, in the text
        or at the top of the signature block (`where` says which), or None (see `replylint.mail.signoff.SignOff`;
        `replylint.mail.signoff.find_sign_off(ctx, window=n)` looks further up)."""
        return find_sign_off(self)

    @property
    def informal_closing(self) -> Match | None:
        """A closing meant for friends on a line of its own near the end ("Пока!", "See ya"), or None."""
        return informal_closing(self)

    @property
    def body(self) -> tuple[int, int]:
        """The span of `text` between the greeting and the closing line: what the agent wrote."""
        return self.memo(body_span)

    @property
    def signature(self) -> str | None:
        """The signature block under the text (contact details, "Sent from my phone"); not part of `text`."""
        return self.reply.signature

    @property
    def quote(self) -> str | None:
        """The earlier message the reply quotes; not part of `text`."""
        return self.reply.quote

    @property
    def customer_names(self) -> tuple[NameInfo, ...]:
        """Every name the customer is known by, most trusted first: the caller's `customer_name`, the original's
        From, the reply's To, the name the customer signed the original with (see `NameInfo.source`)."""
        return customer_names(self)

    @property
    def customer_name(self) -> NameInfo | None:
        """The first of `customer_names`, or None."""
        names = customer_names(self)
        return names[0] if names else None

    @property
    def placeholders(self) -> tuple[Placeholder, ...]:
        """Unfilled merge fields in `text`, hand-typed ones too ("{{name}}", "%FIRSTNAME%", "[Agent Name]",
        "XXX"), in order and none overlapping."""
        return self.memo(placeholders_in, self.text)

    @property
    def quoted_spans(self) -> Spans:
        """The spans of `text` inside quotation marks (cited words, product names, button labels), which a rule
        about the agent's own voice skips; `replylint.mail.voice.inside(spans, start, end)` asks about one."""
        return self.memo(_quoted_spans)

    @cached_property
    def _memo(self) -> Memo:
        return Memo()

    def memo(self, compute: Callable[..., T], *args: Hashable) -> T:
        """`compute(ctx, *args)` for this reply, computed by whichever rule asks first and shared with the others
        (see `replylint.memo`): how the mail structure below is kept, and how a plugin keeps a fact of its own
        that several of its rules derive. Pass a module-level function or a method, not a lambda."""
        values = self._memo.values  # perf: `Memo.get` inlined, as in `Analysis.memo`
        key = (compute, *args)
        found = values.get(key, MISSING)
        if found is MISSING:
            found = values[key] = compute(self, *args)
        return found  # type: ignore[no-any-return]

    @property
    def headers(self) -> Any:
        return self.reply.headers

    @property
    def received_at(self) -> datetime | None:
        if self.facts.received_at is not None:
            return self.facts.received_at
        if self.original is not None and self.original.headers is not None:
            return self.original.headers.date
        return None

    @property
    def sent_at(self) -> datetime | None:
        if self.facts.sent_at is not None:
            return self.facts.sent_at
        return self.reply.headers.date if self.reply.headers is not None else None


def _quoted_spans(ctx: RuleContext) -> Spans:
    return quoted_spans(ctx.text)


class Rule:
    """Base class of every rule, built-in or third-party.

    Subclasses set the class attributes below, write a docstring whose first line is the summary and whose rest
    is the rationale, and implement `check`. The structural contract is checked when the class is defined so a
    broken plugin fails at load time with a clear message rather than mid-lint.
    """

    id: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    languages: ClassVar[frozenset[Lang]] = frozenset(LANGUAGES)
    messages: ClassVar[Mapping[str, str]]
    examples: ClassVar[tuple[Example, ...]] = ()
    tags: ClassVar[tuple[str, ...]] = ()
    Options: ClassVar[type] = NoOptions
    lexicons: ClassVar[tuple[str, ...]] = ()
    """Every lexicon the rule reads, directly or through shared helpers: `<root>/<id>/<name>.<lang>.txt` or, for
    lists several rules read, `<root>/shared/<name>.<lang>.txt`. `self.lexicon` serves only these names, a
    contract test checks each exists in every installed language, and the rule's page lists them."""
    lexicon_dir: ClassVar[Path | None] = None
    """The lexicon root (holding `<rule-id>/` and `shared/`); defaults to `lexicons/` beside the rule's module."""

    def __init__(self, options: Any = None) -> None:
        self.options: Any = options if options is not None else self.Options()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if inspect.isabstract(cls) or cls.__dict__.get("abstract", False):
            return
        problems = []
        rule_id = getattr(cls, "id", None)
        if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
            problems.append(f"id must be a kebab-case string, got {rule_id!r}")
        if not (cls.__doc__ or "").strip():
            problems.append("needs a docstring: first line the summary, the rest the rationale")
        if not getattr(cls, "messages", None):
            problems.append("needs a non-empty `messages` mapping of kind -> message template")
        if not dataclasses.is_dataclass(cls.Options):
            problems.append("Options must be a dataclass")
        bad_langs = set(cls.languages) - set(LANGUAGES)
        if bad_langs:
            problems.append(f"unsupported languages {sorted(bad_langs)}")
        if problems:
            raise TypeError(f"rule class {cls.__qualname__}: " + "; ".join(problems))

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0].strip()

    @classmethod
    def rationale(cls) -> str:
        lines = inspect.cleandoc(cls.__doc__ or "").splitlines()[1:]
        return "\n".join(lines).strip()

    @classmethod
    def page_phrases(cls) -> Mapping[Lang, Sequence[str]]:
        """Phrases the rule recognises, per language, that its page lists under "Recognised phrases".

        For a rule whose definition is a list (which closing formulas end a reply) a hand-written page drifts from
        the data and a few examples leave readers guessing; a rule lists its lexicon here and the page prints it.
        """
        return {}

    @classmethod
    def lexicon_path(cls) -> Path:
        """The rule's own lexicon folder, `<root>/<rule-id>/`."""
        return _lexicon_dir(cls) / cls.id

    @classmethod
    def lexicon_file(cls, name: str, lang: Lang) -> Path:
        """Where the declared lexicon `name` is for `lang`: the rule's own folder, else the shared one."""
        return lexicon_file(_lexicon_dir(cls), cls.id, _declared(cls, name), lang)

    def lexicon(self, name: str, lang: Lang) -> Lexicon:
        """The `name` phrase list for `lang`, loaded once per process (lexicons are read-only data).

        perf: kept per (rule class, name, language) as well; rules ask ~80 times a reply, and the declaration
        check and `load_lexicon`'s cache key (it hashes a Path) cost more than the lookup here."""
        cls = type(self)
        key = (cls, name, lang)
        found = _LEXICONS.get(key)
        if found is None:
            found = _LEXICONS[key] = load_lexicon(_lexicon_dir(cls), cls.id, _declared(cls, name), lang)
        return found

    @classmethod
    def lexicon_words(cls, name: str) -> frozenset[str]:
        """The entries of `name` in every installed language at once, case-folded (quotes stripped): for words
        that turn up in replies of any language ("will", "USB", "до встречи" in a Ukrainian reply)."""
        key = (cls, name)
        found = _WORD_UNIONS.get(key)
        if found is None:
            words = {e.strip('"').casefold() for lang in LANGUAGES for e in cls.lexicon_entries(name, lang)}
            found = _WORD_UNIONS[key] = frozenset(words - {""})
        return found

    @classmethod
    def lexicon_entries(cls, name: str, lang: Lang) -> tuple[str, ...]:
        """The lines of the lexicon `name` without compiling them (word lists, `concept: words` tables)."""
        return lexicon_entries(_lexicon_dir(cls), cls.id, _declared(cls, name), lang)

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        raise NotImplementedError


_LEXICON_DIRS: dict[type, Path] = {}
_LEXICONS: dict[tuple[type, str, str], Lexicon] = {}
"""`Rule.lexicon`, per rule class, lexicon and language (lexicons are read-only package data)."""
_WORD_UNIONS: dict[tuple[type, str], frozenset[str]] = {}
"""`Rule.lexicon_words`, per rule class and lexicon (lexicons are read-only package data)."""


def _lexicon_dir(cls: type) -> Path:
    """Resolved once per rule class: rules ask for a lexicon ~20 times per reply, and locating the class's source
    file (`inspect.getfile`) and resolving it each time was measurable. (A plain dict: `type` objects do not
    satisfy mypy's Hashable for functools.cache.)"""
    found = _LEXICON_DIRS.get(cls)
    if found is None:
        declared: Path | None = getattr(cls, "lexicon_dir", None)
        found = declared if declared is not None else Path(inspect.getfile(cls)).resolve().parent / "lexicons"
        _LEXICON_DIRS[cls] = found
    return found


def _declared(cls: type[Rule], name: str) -> str:
    """The name itself, if the rule declares it: a rule's page and the contract test rely on the declaration."""
    if name not in cls.lexicons:
        raise LookupError(f"rule {cls.id!r} reads the lexicon {name!r} without declaring it in `lexicons`")
    return name
