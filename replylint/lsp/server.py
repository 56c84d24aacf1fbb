"""The Language Server over stdio: diagnostics for the open draft, quick fixes, the rule's page on hover.

How it stays responsive: the protocol runs in an asyncio loop on a thread of its own, and every lint runs on the
process's main thread, one at a time, fed by a queue (`MainThreadExecutor`). The main thread, because that is the
only one where the engine's per-rule time budget can interrupt a runaway rule (it uses SIGALRM); a thread pool
would let one such rule stall linting for good. Changes are debounced (two lints of a document start at least
`debounce` apart, so a burst of edits is linted once) and coalesced (changes that come while a draft is being
linted wait for that lint, then the newest text is linted once), so typing never queues up work; a keystroke
after a quiet spell is linted at once, and its diagnostics come a lint's time later.

Documents are synced whole (TextDocumentSyncKind.Full): a draft is a few kilobytes, and the full text avoids
re-splitting lines on characters that the protocol does not count as line breaks (U+2028, form feed) but
Python's `str.splitlines` does, which would misplace incremental edits.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import io
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from replylint import __version__, i18n
from replylint.api import Linter
from replylint.config import CONFIG_FILES, Config, find_config, load_config
from replylint.errors import ConfigError, ReplylintError
from replylint.lsp.place import Encoding, Placed, Range, hover_text, place
from replylint.model import Severity
from replylint.registry import Registry, discover

DEFAULT_DEBOUNCE = 0.05
"""The least time, in seconds, between the starts of two lints of a document. A change after a quiet spell is
linted at once (a keystroke's diagnostics come a lint's time later); changes coming faster (a macro, a paste
sent as several edits, fast typing) wait for the rest of the window and are linted once, with the newest text."""
SOURCE = "replylint"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_ENCODINGS: dict[str, Encoding] = {"utf-8": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}
"""The protocol's position encodings by their wire names (what PositionEncodingKind's values are)."""
log = logging.getLogger("replylint.lsp")
_WARM_UP = (
    "Hello Anna,\n\nYour order ships today.\n\nKind regards,\nMarina\n",
    "Здравствуйте, Анна!\n\nЗаказ отправим сегодня.\n\nС уважением,\nМарина\n",
    "Добрий день, Анно!\n\nЗамовлення відправимо сьогодні.\n\nЗ повагою,\nМарина\n",
)
T = TypeVar("T")


@dataclass(frozen=True)
class Outcome:
    """A lint's result for one document version: the placed findings, or the one problem that stopped it."""

    placed: tuple[Placed, ...] = ()
    problem: str | None = None
    problem_severity: Severity = Severity.WARNING


class Workbench:
    """Everything that lints, used from the lint thread only: one registry, and one Linter per configuration file,
    reused for every draft under it and rebuilt when that file (or any candidate above the draft) changes."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry if registry is not None else discover()
        self._found: dict[Path, tuple[tuple[tuple[str, int, int], ...], Path | None]] = {}
        self._linters: dict[Path | None, tuple[tuple[tuple[str, int, int], ...], Linter]] = {}

    def linter_for(self, folder: Path | None) -> Linter:
        """The Linter for a draft in `folder` (None: not a file, so the defaults). The configuration files that
        could apply are stat'ed on every call (a few microseconds), so an edit, a new file or a removed one is
        seen at the next lint; they are parsed again only then."""
        if folder is None:
            return self._cached(None, ())
        state = _candidates(folder)
        seen = self._found.get(folder)
        if seen is None or seen[0] != state:
            seen = (state, find_config(folder))
            self._found[folder] = seen
        # The defaults depend on no file: one Linter for every draft without a configuration.
        return self._cached(seen[1], state if seen[1] is not None else ())

    def _cached(self, path: Path | None, state: tuple[tuple[str, int, int], ...]) -> Linter:
        held = self._linters.get(path)
        if held is not None and held[0] == state:
            return held[1]
        config = load_config(path, registry=self.registry) if path is not None else Config()
        linter = Linter(config, registry=self.registry)
        self._linters[path] = (state, linter)
        return linter

    def lint(self, text: str, path: str | None, encoding: Encoding) -> Outcome:
        """Lint a buffer; whatever goes wrong becomes a problem to show, never an exception for the server."""
        folder = Path(path).parent if path else None
        try:
            linter = self.linter_for(folder)
        except ConfigError as exc:
            lang = i18n.environment_language()  # the configuration that would choose one is what failed
            return Outcome(
                problem=i18n.tr(lang, "replylint configuration: {error}").format(error=i18n.error_text(exc, lang)),
                problem_severity=Severity.ERROR,
            )
        try:
            report = linter.lint(text)
            return Outcome(placed=tuple(place(report, text, encoding)))
        except ReplylintError as exc:
            lang = i18n.resolve(linter.config.message_language, i18n.environment_language())
            return Outcome(
                problem=i18n.tr(lang, "replylint cannot lint this buffer: {error}").format(
                    error=i18n.error_text(exc, lang)
                )
            )
        except Exception as exc:  # one bad buffer must not take the linter down
            log.exception("lint failed")
            lang = i18n.resolve(linter.config.message_language, i18n.environment_language())
            problem = i18n.tr(lang, "replylint failed on this buffer ({error}); please report it")
            return Outcome(
                problem=problem.format(error=f"{type(exc).__name__}: {exc}"), problem_severity=Severity.ERROR
            )


def _candidates(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Every configuration file that exists from `folder` up, with its modification time and size."""
    out = []
    try:
        folders = (folder, *folder.parents)
    except (OSError, ValueError):
        return ()
    for here in folders:
        for name in CONFIG_FILES:
            candidate = here / name
            try:
                st = candidate.stat()
            except (OSError, ValueError):
                continue
            out.append((str(candidate), st.st_mtime_ns, st.st_size))
    return tuple(out)


class MainThreadExecutor(concurrent.futures.Executor):
    """An executor whose one worker is the thread that calls `run()` (the main thread; see the module's notes)."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[concurrent.futures.Future[Any], Callable[[], Any]] | None] = (
            queue.SimpleQueue()
        )
        self._closed = False

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        if self._closed:
            future.set_exception(RuntimeError("the lint worker has stopped"))
            return future
        self._jobs.put((future, lambda: fn(*args, **kwargs)))
        return future

    def run(self) -> None:
        """Run jobs until `shutdown`."""
        while (job := self._jobs.get()) is not None:
            future, call = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as exc:  # handed to whoever awaits the job
                future.set_exception(exc)
                if isinstance(exc, KeyboardInterrupt):
                    raise

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._closed = True
        self._jobs.put(None)


@dataclass
class _Document:
    """What the server knows of an open document, and the state of its lint."""

    text: str
    version: int | None
    path: str | None
    timer: asyncio.TimerHandle | None = None
    running: bool = False
    rerun: bool = False
    result: tuple[int | None, str, Outcome] | None = None
    started: float = -1e9
    """When its last lint started (the loop's clock)."""


class ReplylintServer(LanguageServer):
    """pygls' server with replylint's state: the open drafts, the lint worker and the rule pages shown on hover."""

    def __init__(
        self,
        worker: concurrent.futures.Executor,
        *,
        debounce: float = DEFAULT_DEBOUNCE,
        workbench: Workbench | None = None,
    ) -> None:
        super().__init__("replylint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.worker = worker
        self.debounce = debounce
        self._workbench = workbench
        self.documents: dict[str, _Document] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._pages: dict[str, str] = {}

    @property
    def workbench(self) -> Workbench:
        """Built on first use, on the lint thread (discovering rules imports them)."""
        if self._workbench is None:
            self._workbench = Workbench()
        return self._workbench

    @property
    def encoding(self) -> Encoding:
        """The position encoding negotiated at initialize (UTF-16 unless the client offered another)."""
        try:
            chosen = self.workspace.position_encoding
        except RuntimeError:
            return "utf-16"
        return _ENCODINGS.get(str(getattr(chosen, "value", chosen)), "utf-16")

    def open(self, uri: str, text: str, version: int | None) -> None:
        self.documents[uri] = _Document(text, version, to_fs_path(uri) if uri.startswith("file:") else None)
        self.schedule(uri, 0.0)

    def change(self, uri: str, text: str, version: int | None) -> None:
        doc = self.documents.get(uri)
        if doc is None:  # a change without an open: treat it as one
            self.open(uri, text, version)
            return
        doc.text, doc.version = text, version
        wait = doc.started + self.debounce - asyncio.get_running_loop().time()
        self.schedule(uri, max(wait, 0.0))

    def close(self, uri: str) -> None:
        doc = self.documents.pop(uri, None)
        if doc is not None and doc.timer is not None:
            doc.timer.cancel()
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def schedule(self, uri: str, delay: float) -> None:
        """Lint `uri` after `delay` seconds unless another change comes first."""
        doc = self.documents.get(uri)
        if doc is None:
            return
        if doc.timer is not None:
            doc.timer.cancel()
        doc.timer = asyncio.get_running_loop().call_later(delay, self._start, uri)

    def _start(self, uri: str) -> None:
        doc = self.documents.get(uri)
        if doc is None:
            return
        doc.timer = None
        if doc.running:
            doc.rerun = True  # the running lint's loop takes the newest text when it is done
            return
        doc.running = True
        task = asyncio.ensure_future(self._lint_loop(uri, doc))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _lint_loop(self, uri: str, doc: _Document) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                doc.rerun = False
                doc.started = loop.time()
                version, text = doc.version, doc.text
                outcome = await loop.run_in_executor(self.worker, self.lint, text, doc.path)
                if self.documents.get(uri) is not doc:
                    return  # closed while it was linted
                if doc.version == version and doc.text is text:
                    doc.result = (version, text, outcome)
                    self.publish(uri, version, outcome)
                if not doc.rerun:
                    return
        except Exception:  # the worker is gone (shutting down)
            log.exception("lint of %s failed", uri)
        finally:
            doc.running = False

    def warm_up(self) -> None:
        """Discover the rules and build each language's pipeline before the first draft needs them, then move
        everything alive to the collector's permanent generation (`gc.freeze`).

        perf: the pipelines are ~1.5 million long-lived objects; without the freeze a full collection, which
        typing triggers every few lints, walks them all and stalls one lint by 100-200 ms on a 2-core machine.
        """
        for sample in _WARM_UP:
            self.lint(sample, None)
        gc.collect()
        gc.freeze()

    def lint(self, text: str, path: str | None) -> Outcome:
        """Lint on the worker (the main thread): the workbench is built there on first use."""
        return self.workbench.lint(text, path, self.encoding)

    def publish(self, uri: str, version: int | None, outcome: Outcome) -> None:
        diagnostics = [diagnostic(p) for p in outcome.placed]
        if outcome.problem is not None:
            diagnostics.append(
                types.Diagnostic(
                    range=types.Range(
                        start=types.Position(line=0, character=0), end=types.Position(line=1, character=0)
                    ),
                    message=outcome.problem,
                    severity=_SEVERITY[outcome.problem_severity],
                    source=SOURCE,
                )
            )
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def relint_all(self) -> None:
        for uri in list(self.documents):
            self.schedule(uri, 0.0)

    def current(self, uri: str) -> tuple[Placed, ...]:
        """The findings of the document's current text, or none when it changed since the last lint (a quick fix
        computed for older text would edit the wrong place)."""
        doc = self.documents.get(uri)
        if doc is None or doc.result is None or doc.result[:2] != (doc.version, doc.text):
            return ()
        return doc.result[2].placed

    def page(self, rule: str) -> str:
        """The rule's page as `replylint explain RULE` prints it (the same code path), cached."""
        if rule not in self._pages:
            from replylint.cli import main

            out, err = io.StringIO(), io.StringIO()
            main(["explain", rule], stdout=out, stderr=err)
            self._pages[rule] = out.getvalue() or err.getvalue()
        return self._pages[rule]


def diagnostic(p: Placed) -> types.Diagnostic:
    f = p.finding
    return types.Diagnostic(
        range=lsp_range(p.range),
        message=p.message,
        severity=_SEVERITY[f.severity],
        code=f.rule,
        source=SOURCE,
        data={"rule": f.rule, "kind": f.kind},
    )


def lsp_range(r: Range) -> types.Range:
    return types.Range(
        start=types.Position(line=r.start_line, character=r.start_char),
        end=types.Position(line=r.end_line, character=r.end_char),
    )


def _whole_text(params: types.DidChangeTextDocumentParams, ls: ReplylintServer) -> str:
    """The document's text after a change: the last whole-document change (we ask for Full sync); a client that
    sends ranges anyway is served through pygls' copy of the document, which applied them."""
    for change in reversed(params.content_changes):
        if isinstance(change, types.TextDocumentContentChangeWholeDocument):
            return change.text
        break
    return ls.workspace.get_text_document(params.text_document.uri).source


def build(
    worker: concurrent.futures.Executor, *, debounce: float = DEFAULT_DEBOUNCE, workbench: Workbench | None = None
) -> ReplylintServer:
    """The server with its features registered."""
    server = ReplylintServer(worker, debounce=debounce, workbench=workbench)

    @server.feature(types.INITIALIZED)
    def initialized(ls: ReplylintServer, params: types.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            ls.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="replylint-config",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
                        )
                    ]
                )
            )
        ls.worker.submit(ls.warm_up)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ReplylintServer, params: types.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        ls.open(doc.uri, doc.text, doc.version)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ReplylintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.change(params.text_document.uri, _whole_text(params, ls), params.text_document.version)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: ReplylintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0.0)  # a configuration edited meanwhile is picked up

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ReplylintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: ReplylintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
    )
    def code_action(ls: ReplylintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        wanted = Range(
            params.range.start.line, params.range.start.character, params.range.end.line, params.range.end.character
        )
        actions = []
        offered = set()
        for p in ls.current(uri):
            if p.fix is None or not p.range.overlaps(wanted) or (p.fix.range, p.fix.new_text) in offered:
                continue  # two rules flagging one greeting offer the same edit: once is enough
            offered.add((p.fix.range, p.fix.new_text))
            edit = types.TextEdit(range=lsp_range(p.fix.range), new_text=p.fix.new_text)
            actions.append(
                types.CodeAction(
                    title=p.fix.title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic(p)],
                    is_preferred=True,
                    edit=types.WorkspaceEdit(changes={uri: [edit]}),
                )
            )
        return actions

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: ReplylintServer, params: types.HoverParams) -> types.Hover | None:
        placed = ls.current(params.text_document.uri)
        line, char = params.position.line, params.position.character
        if not any(p.range.contains(line, char) for p in placed):
            return None
        # Rendering a rule's page loads the rule's declaration: on the lint thread, so the loop never waits.
        loop = asyncio.get_running_loop()
        text = await loop.run_in_executor(ls.worker, hover_text, placed, line, char, ls.page)
        if text is None:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    return server


def serve(*, debounce: float = DEFAULT_DEBOUNCE) -> int:
    """Serve one client over stdin/stdout until it exits. Lints run on this (the calling, main) thread.

    The protocol gets its own copy of stdout, and file descriptor 1 is pointed at stderr: anything a rule, a
    library or C code prints would otherwise corrupt the protocol. pygls closes its copy when the client exits,
    which leaves the process's stdout open for the command's orderly exit.
    """
    channel_in = sys.stdin.buffer
    sys.stdout.flush()
    channel_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    worker = MainThreadExecutor()
    server = build(worker, debounce=debounce)

    def talk() -> None:
        try:
            server.start_io(channel_in, channel_out)
        finally:
            worker.shutdown()

    threading.Thread(target=talk, name="replylint-lsp-io", daemon=True).start()
    worker.run()
    return 0
