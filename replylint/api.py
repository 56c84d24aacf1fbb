"""The public entry points: `lint` for one reply, `Linter` and `lint_many` for many. The pipeline, nothing else."""

from __future__ import annotations

import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, TypeAlias

from replylint import engine, i18n, language, suppress
from replylint.config import Config, config_from_mapping, load_config, validate_against
from replylint.errors import ConfigError, ReplylintError, did_you_mean
from replylint.locate import with_file_positions
from replylint.model import Address, Context, Finding, Headers, Lang, ParsedMessage, Report, Severity
from replylint.parsing import ReplyInput, parse_coerced, parse_input, split_body
from replylint.parsing.coerce import without_no_break_spaces
from replylint.registry import Registry, discover, installed
from replylint.rule import RuleContext

ConfigInput: TypeAlias = Config | Mapping[str, Any] | str | os.PathLike[str] | None
ContextInput: TypeAlias = Context | Mapping[str, Any] | None

_QUOTE_SENDER = re.compile(
    r"(?P<name>[^,<>\n:]{2,80}?)\s*[<(\[‹«]\s*(?:mailto:)?(?P<email>[^\s<>()\[\]‹›«»@:]+@[^\s<>()\[\]‹›«»]+)\s*[>)\]›»]",
    re.IGNORECASE,
)
_CLOCK_PREFIX = re.compile(r"^.*?\b\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?=\s)\s*,?\s*")
"""What a quote header puts before the sender: "On Mon, 10 Nov 2025 at 9:12 AM " (the time may be cut at ':')."""


def coerce_config(config: ConfigInput, registry: Registry) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        validate_against(config, registry)
        return config
    if isinstance(config, Mapping):
        return config_from_mapping(config, registry=registry)
    if isinstance(config, str | os.PathLike):
        return load_config(Path(config), registry=registry)
    raise ConfigError(f"config must be a Config, a mapping or a path, not {type(config).__name__}")


class Linter:
    """Rules discovered, configured and instantiated once, then applied to any number of replies.

    `lint()` reuses one per distinct (config, select, registry) it is called with, except for a config given as a
    file path, which is read again on every call; keeping one yourself (or using `lint_many`) saves the lookup.
    """

    def __init__(
        self,
        config: ConfigInput = None,
        *,
        registry: Registry | None = None,
        select: Iterable[str] | None = None,
        message_language: str | None = None,
    ) -> None:
        self.registry = registry if registry is not None else discover()
        self.config = coerce_config(config, self.registry)
        if message_language is not None:
            # Checked like the config key (the Config constructor raises ConfigError for a bad value).
            self.config = replace(self.config, message_language=message_language)
        if select is not None:
            if isinstance(select, str):
                raise ConfigError("select takes a sequence of rule ids, not one string")
            self.config = self.config.with_overrides(select=list(select), registry=self.registry)
        self.rule_ids = self.config.selected(self.registry)
        self._plan = engine.plan_rules(self.rule_ids, self.registry, self.config)
        self._allowed = {rid: _phrase_pattern(phrases) for rid, phrases in self.config.allow.items() if phrases}

    def lint(
        self,
        reply: ReplyInput,
        original: ReplyInput | None = None,
        *,
        context: ContextInput = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Report:
        facts = Context.coerce(context)
        message, coerced = parse_coerced(reply, max_bytes=self.config.max_bytes)
        source = coerced.source
        header = message.headers.raw.get(suppress.HEADER) if message.headers else None
        sup = suppress.read(without_no_break_spaces(message.text), header)
        orig, orig_source = self._original(message, original)
        lang = self._language(facts, sup.text, orig)
        # The context's setting wins over the Linter's; "auto" becomes the reply's language here, once.
        message_lang = i18n.resolve(facts.message_language or self.config.message_language, lang)
        facts = replace(facts, message_language=message_lang)
        orig_lang = (language.detect(orig.text) if orig is not None else None) or lang
        ctx = RuleContext(
            reply=message,
            text=sup.text,
            language=lang or "en",
            facts=facts,
            original=orig,
            original_source=orig_source,
            original_language=orig_lang,
        )
        plan = (
            self._plan
            if not options
            else engine.plan_rules(self.rule_ids, self.registry, self.config, self._checked_options(options))
        )
        index = engine.LineIndex(sup.text)
        # The shared analyses are built here, outside any rule's time budget: rules share them, so whichever rule
        # touched them first would otherwise be charged for all.
        if sup.text.strip():
            _ = ctx.analysis
        _ = ctx.original_analysis
        raw = engine.run(plan, ctx, index, self.config.rule_timeout)
        # The engine's own findings (internal-error) may be written as an i18n.Text: shown in the findings' language.
        raw = [
            replace(f, message=i18n.localised(f.message, message_lang)) if isinstance(f.message, i18n.Text) else f
            for f in raw
        ]
        # A rule that crashed or timed out is always reported: a directive must not hide a broken linter.
        findings = [
            f for f in raw if f.rule in engine.ENGINE_IDS or not sup.covers(f.rule, f.start, f.end, f.location.kind)
        ]
        if self._allowed:
            findings = self._without_allowed(findings, sup.text, message.signature)
        findings.extend(self._suppression_findings(sup, index, message_lang))
        findings.sort(key=engine.sort_key)
        if coerced.from_file and findings and not message.html_only:
            findings = with_file_positions(findings, sup.text, coerced.data)
        return Report(
            source=source,
            text=sup.text,
            findings=tuple(findings),
            language=lang,
            quote=message.quote,
            signature=message.signature,
            headers=message.headers,
            original_source=orig_source,
            message_language=message_lang,
        )

    def _without_allowed(self, findings: list[Finding], text: str, signature: str | None) -> list[Finding]:
        """Drop findings whose flagged text lies inside an allowed phrase of their rule (see Config.allow).

        The phrase is looked for where the finding is: in the text, or in the signature block for a finding there.
        A finding about a header or the whole reply names no text, so no phrase can allow it.
        """
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        kept = []
        for f in findings:
            pattern = self._allowed.get(f.rule)
            where = f.location
            if pattern is not None and where.kind in ("text", "signature"):
                source, start, end = (
                    (text, f.start, f.end) if where.kind == "text" else (signature or "", where.start, where.end)
                )
                key = (f.rule, where.kind)
                if start < end and key not in spans:
                    spans[key] = [m.span() for m in pattern.finditer(source)]
                if start < end and any(a <= start and end <= b for a, b in spans[key]):
                    continue
            kept.append(f)
        return kept

    def _checked_options(self, options: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Mapping[str, Any]]:
        """Per-call options get the same checks as the config's: unknown rule ids are errors, not no-ops."""
        if not isinstance(options, Mapping):
            raise ConfigError("options must map rule ids to tables of options")
        for rid, opts in options.items():
            if rid not in self.registry:
                raise ConfigError(f"options: unknown rule {rid!r}{did_you_mean(rid, self.registry.ids)}")
            if not isinstance(opts, Mapping):
                raise ConfigError(f"options for {rid!r} must be a table of option = value")
        return options

    def _original(
        self, message: ParsedMessage, original: ReplyInput | None
    ) -> tuple[ParsedMessage | None, Literal["given", "quote"] | None]:
        if original is not None:
            parsed, _ = parse_input(original, max_bytes=self.config.max_bytes)
            return parsed, "given"
        if message.quote and message.quote.strip():
            return original_from_quote(message.quote, message.quote_header), "quote"
        return None, None

    def _language(self, facts: Context, text: str, orig: ParsedMessage | None) -> Lang | None:
        if facts.language:
            return facts.language
        if self.config.language:
            return self.config.language
        if orig is not None:
            return language.detect_beside(text, orig.text)
        return language.detect(text)

    def _suppression_findings(
        self, sup: suppress.Suppressions, index: engine.LineIndex, lang: Lang = "en"
    ) -> list[Finding]:
        out = []
        for problem in sup.problems:
            line, col = index.position(problem.start)
            out.append(
                Finding(
                    engine.INVALID_SUPPRESSION,
                    Severity.WARNING,
                    i18n.localised(problem.message, lang),
                    problem.start,
                    problem.end,
                    line,
                    col,
                    None,
                    {"kind": "malformed", "directive": problem.directive},
                )
            )
        for rid, start, end in sup.named:
            if rid in engine.ENGINE_IDS:
                line, col = index.position(start)
                out.append(
                    Finding(
                        engine.INVALID_SUPPRESSION,
                        Severity.WARNING,
                        i18n.tr(lang, "{rule} reports replylint's own failures and cannot be suppressed").format(
                            rule=repr(rid)
                        ),
                        start,
                        end,
                        line,
                        col,
                        None,
                        {"kind": "engine-rule", "rule_id": rid},
                    )
                )
            elif rid not in self.registry:
                line, col = index.position(start)
                out.append(
                    Finding(
                        engine.INVALID_SUPPRESSION,
                        Severity.WARNING,
                        i18n.tr(lang, "suppression names unknown rule {rule}").format(rule=repr(rid)),
                        start,
                        end,
                        line,
                        col,
                        None,
                        {"kind": "unknown-rule", "rule_id": rid},
                    )
                )
        return out


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, ignoring case and how the words are spaced or broken across lines."""
    alternatives = sorted({r"\s+".join(map(re.escape, p.split())) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def original_from_quote(quote: str, quote_header: str | None) -> ParsedMessage:
    """The customer's message recovered from the reply's quote, with the sender the quote header names."""
    split = split_body(quote)
    headers = None
    if quote_header:
        found = _QUOTE_SENDER.search(quote_header)
        if found:
            name = found.group("name")
            if any(ch.isdigit() for ch in name):
                name = _CLOCK_PREFIX.sub("", name)
            name = re.sub(r"^(?:From|От|Від)\s*:\s*", "", name).strip(" ,\"'")
            headers = Headers(from_=(Address(name, found.group("email"), found.group(0)),))
    return ParsedMessage(text=split.text, quote=split.quote, signature=split.signature, headers=headers, body=quote)


def lint(
    reply: ReplyInput,
    original: ReplyInput | None = None,
    *,
    config: ConfigInput = None,
    context: ContextInput = None,
    select: Iterable[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    registry: Registry | None = None,
) -> Report:
    """Lint one reply (and optionally the customer's message it answers).

    `config` is a Config, a `[tool.replylint]`-shaped mapping or a path to a TOML file; nothing is read from the
    working directory implicitly, so the same call gives the same report anywhere. `options` overrides rule
    options for this call only, e.g. `{"length": {"max-words": 200}}`.
    """
    return _shared_linter(config, registry, select).lint(reply, original, context=context, options=options)


_LINTERS: OrderedDict[tuple[object, ...], tuple[object, Linter]] = OrderedDict()
_LINTERS_LOCK = threading.Lock()
_MAX_LINTERS = 16


def _shared_linter(config: ConfigInput, registry: Registry | None, select: Iterable[str] | None) -> Linter:
    """A Linter for these arguments, reused by later `lint()` calls with equal ones.

    perf: building a Linter reads every rule's entry point and instantiates every rule, which made `lint()` 1.5x
    slower than a kept Linter. A Linter holds no per-reply state (rules are stateless by contract), so sharing one
    between calls and threads leaks nothing. What is not safe to key on is not cached: a config file may change
    between calls, so a path config builds a fresh Linter each time, as before.
    """
    reg = registry if registry is not None else installed()
    key = _linter_key(config, reg, select)
    if key is None:
        return Linter(config, registry=reg, select=select)
    anchor = (config, reg)  # kept alive with the entry, so the ids in the key cannot be reused by other objects
    with _LINTERS_LOCK:
        found = _LINTERS.get(key)
        if found is not None:
            _LINTERS.move_to_end(key)
            return found[1]
    linter = Linter(config, registry=reg, select=select)  # built outside the lock: errors propagate as before
    with _LINTERS_LOCK:
        _LINTERS[key] = (anchor, linter)
        while len(_LINTERS) > _MAX_LINTERS:
            _LINTERS.popitem(last=False)
    return linter


def _linter_key(config: ConfigInput, registry: Registry, select: Iterable[str] | None) -> tuple[object, ...] | None:
    if select is not None and not isinstance(select, str):
        select = tuple(select)
        if not all(isinstance(rid, str) for rid in select):
            return None
    if config is None:
        config_key: object = None
    elif isinstance(config, Config):
        config_key = ("config", id(config))
    elif isinstance(config, Mapping):
        try:
            config_key = ("mapping", json.dumps(config, sort_keys=True))
        except (TypeError, ValueError):
            return None
    else:
        return None
    return (id(registry), config_key, select)


@dataclass(frozen=True)
class Job:
    """One item of a batch: a reply, the original it answers and caller facts."""

    reply: ReplyInput
    original: ReplyInput | None = None
    context: ContextInput = None


ITEM_TIMEOUT_BASE = 60.0
"""Seconds a worker may take for one item on top of every selected rule's full budget (parsing, analysis)."""


def _as_job(item: Any) -> Job:
    if isinstance(item, Job):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        return Job(item[0], item[1])
    return Job(item)


def lint_many(
    items: Iterable[Any],
    *,
    config: ConfigInput = None,
    processes: int = 1,
    errors: Literal["raise", "return"] = "raise",
    chunksize: int = 16,
    timeout: float | None = None,
) -> Iterator[Report | ReplylintError]:
    """Lint many replies in order, reusing loaded pipelines; `processes > 1` spreads them over CPU cores.

    Items are replies, `(reply, original)` pairs or `Job`s. With `errors="return"` an unusable item yields its
    `ReplylintError` in place instead of stopping the batch.

    With `processes > 1` each worker is a fork of the caller where that is provably safe (Linux, no other Python
    thread: it starts warm), a fresh interpreter otherwise (another thread may hold locks a fork would copy); it
    loads the rules once and lints items `chunksize` at a time. A worker that dies or takes more
    than `timeout` seconds over one item (default: every selected rule's full budget plus a minute) is killed and
    replaced; its item is retried once and then yields a `WorkerError`, so a batch always ends.
    """
    if processes <= 1:
        linter = Linter(config)
        for job in map(_as_job, items):
            try:
                yield linter.lint(job.reply, job.original, context=job.context)
            except ReplylintError as exc:
                if errors == "raise":
                    raise
                yield exc
        return
    from replylint._pool import Batch

    registry = discover()
    checked = coerce_config(config, registry)
    if timeout is None:
        timeout = ITEM_TIMEOUT_BASE + checked.rule_timeout * len(checked.selected(registry))
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        raise ConfigError(f"timeout must be a positive number of seconds, not {timeout!r}")
    results = iter(Batch(replace(checked), map(_as_job, items), processes, chunksize, float(timeout)))
    try:
        for result in results:
            if isinstance(result, ReplylintError) and errors == "raise":
                raise result
            yield result
    finally:
        results.close()  # type: ignore[attr-defined]  # stops the workers now, not when the batch is collected
