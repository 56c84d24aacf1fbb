"""`replylint server` driven by a real LSP client over stdio, as an editor drives it.

The client is pygls' LanguageClient (the one pytest-lsp builds on; pytest-lsp itself is not used because its
pytest hook breaks on test items without fixtures, such as replylint's template items). One server serves the
whole module (starting one builds three languages' pipelines), driven from an event loop of the module's own;
each test works on its own document. Positions are checked by slicing the client's copy of the text in UTF-16
code units, as the protocol counts them, not against numbers worked out by hand.
"""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from collections.abc import Coroutine, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest

pytest.importorskip("pygls", reason="the server needs the 'lsp' extra (pygls)")

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from replylint.cli import main

T = TypeVar("T")
TIMEOUT = 120  # the first lint waits for the server's warm-up, on a shared 2-core machine
MUTT_DRAFT = (
    "From: Марина <support@shop.example>\n"
    "To: Ольга Смирнова <olga@example.ru>\n"
    "Cc: \n"
    "Bcc: \n"
    "Subject: \n"
    "Reply-To: \n"
    "\n"
    "Здравствуйте, Ирина!\n"
    "\n"
    "🎁🎁 Твой заказ уже упакован, отправим его сегодня вечером.\n"
    "\n"
    "С уважением,\n"
    "Марина\n"
    "\n"
    "10 ноября 2025 г., в 9:12, Ольга Смирнова <olga@example.ru> написал(а):\n"
    "> Здравствуйте! Когда привезут мой заказ?\n"
)
CLEAN_RU = "Здравствуйте, Ольга!\n\nВаш заказ уже упакован, отправим его сегодня вечером.\n\nС уважением,\nМарина\n"


class Session:
    """A language client connected to `replylint server` over stdio, with the capabilities VS Code announces
    that matter here (no position encodings offered, so UTF-16; dynamic file watching), recording every
    publishDiagnostics in arrival order, the registrations the server asks for, and the server's stderr."""

    def __init__(self, encodings: Sequence[str] | None = None) -> None:
        self.loop = asyncio.new_event_loop()
        self.client = LanguageClient("replylint-tests", "1")
        self.published_all: list[types.PublishDiagnosticsParams] = []
        self.registered: list[types.Registration] = []
        self.stderr = bytearray()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams) -> None:
            self.published_all.append(params)

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            self.registered.extend(params.registrations)

        for method in (types.WINDOW_LOG_MESSAGE, types.WINDOW_SHOW_MESSAGE):
            self.client.feature(method)(lambda params: None)
        self.run(self.client.start_io(sys.executable, "-m", "replylint", "server"))
        server = self.client._server
        assert server is not None and server.stderr is not None
        self._drain = self.loop.create_task(self._read_stderr(server.stderr))
        capabilities = types.ClientCapabilities(
            general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
            workspace=types.WorkspaceClientCapabilities(
                did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)
            ),
            text_document=types.TextDocumentClientCapabilities(
                hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
            ),
        )
        self.run(self.client.initialize_async(types.InitializeParams(capabilities=capabilities, process_id=None)))
        self.client.initialized(types.InitializedParams())

    async def _read_stderr(self, stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(4096):  # drained, or a chatty server would block on a full pipe
            self.stderr.extend(chunk)

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(work, TIMEOUT))

    def published(self, uri: str, version: int) -> list[types.Diagnostic]:
        """The diagnostics published for `uri` at `version` (waiting for them)."""

        async def wait() -> list[types.Diagnostic]:
            while True:
                for params in reversed(self.published_all):
                    if params.uri == uri and params.version == version:
                        return list(params.diagnostics)
                await asyncio.sleep(0.01)

        return self.run(wait())

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="mail", version=version, text=text)
            )
        )

    def change(self, uri: str, text: str, version: int) -> None:
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    def code_actions(self, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        found = self.run(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=diagnostic.range,
                    context=types.CodeActionContext(diagnostics=[diagnostic]),
                )
            )
        )
        return [a for a in found or [] if isinstance(a, types.CodeAction)]

    def hover(self, uri: str, position: types.Position) -> types.Hover | None:
        return self.run(
            self.client.text_document_hover_async(
                types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
            )
        )

    def close(self) -> None:
        self.run(self.client.shutdown_async(None))
        self.client.exit(None)
        self.run(self.client.stop())
        self.run(self._drain)
        self.loop.close()


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    started = Session()
    yield started
    started.close()
    assert b"Traceback" not in started.stderr, started.stderr.decode("utf-8", "replace")


def _offset(text: str, position: types.Position) -> int:
    """A protocol position (UTF-16 code units) as an index into the Python string."""
    lines = text.split("\n")
    line = lines[position.line]
    units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
    return sum(len(earlier) + 1 for earlier in lines[: position.line]) + len(units)


def _flagged(text: str, diagnostic: types.Diagnostic) -> str:
    return text[_offset(text, diagnostic.range.start) : _offset(text, diagnostic.range.end)]


def _apply(text: str, edits: Sequence[types.TextEdit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: _offset(text, edit.range.start)] + edit.new_text + text[_offset(text, edit.range.end) :]
    return text


def _by_rule(diagnostics: Sequence[types.Diagnostic], rule: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == rule]


def _explain(rule: str) -> str:
    out = io.StringIO()
    assert main(["explain", rule], stdout=out, stderr=io.StringIO()) == 0
    return out.getvalue()


def test_diagnostics_on_open_plain_text(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "reply.txt").as_uri()
    text = "Hi,\n\nThanks for your message. Your order ships tomorrow.\n"
    session.open(uri, text)
    (sign_off,) = _by_rule(session.published(uri, 1), "sign-off")
    assert sign_off.source == "replylint"
    assert sign_off.severity == types.DiagnosticSeverity.Warning
    assert _flagged(text, sign_off) == "Thanks for your message. Your order ships tomorrow."
    assert "Kind regards," in sign_off.message  # the advice, shown since it is no edit


def test_diagnostics_follow_changes(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "change.txt").as_uri()
    session.open(uri, CLEAN_RU)
    assert not _by_rule(session.published(uri, 1), "familiar-tone")
    informal = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    session.change(uri, informal, 2)
    (found,) = _by_rule(session.published(uri, 2), "familiar-tone")
    assert _flagged(informal, found) == "Твой"
    # A burst of edits: each is linted or merged into a later lint, and the last text is what is reported.
    for version, word in enumerate(["Тв", "Тво", "Твой", "Ваш"], start=3):
        session.change(uri, CLEAN_RU.replace("Ваш заказ", f"{word} заказ"), version)
    assert not _by_rule(session.published(uri, 6), "familiar-tone")


def test_quick_fix_applied(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "fix.txt").as_uri()
    text = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    session.open(uri, text)
    (found,) = _by_rule(session.published(uri, 1), "familiar-tone")
    (action,) = [a for a in session.code_actions(uri, found) if a.diagnostics and a.diagnostics[0].code == found.code]
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.edit is not None and action.edit.changes is not None
    fixed = _apply(text, action.edit.changes[uri])
    assert fixed == CLEAN_RU
    session.change(uri, fixed, 2)
    assert not _by_rule(session.published(uri, 2), "familiar-tone")


def test_advice_is_no_edit(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "advice.txt").as_uri()
    session.open(uri, "Hi,\n\nThanks for your message. Your order ships tomorrow.\n")
    (sign_off,) = _by_rule(session.published(uri, 1), "sign-off")
    assert not session.code_actions(uri, sign_off)


def test_hover_shows_the_rule_page(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "hover.txt").as_uri()
    session.open(uri, CLEAN_RU.replace("Ваш заказ", "Твой заказ"))
    (found,) = _by_rule(session.published(uri, 1), "familiar-tone")
    hover = session.hover(uri, found.range.start)
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert _explain("familiar-tone") in hover.contents.value
    assert found.message in hover.contents.value
    assert session.hover(uri, types.Position(line=0, character=0)) is None


def test_mutt_draft_with_headers(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "mutt-host-1000-12345-6789").as_uri()
    session.open(uri, MUTT_DRAFT)
    diagnostics = session.published(uri, 1)
    lines = MUTT_DRAFT.split("\n")
    (subject,) = _by_rule(diagnostics, "subject-missing")
    assert lines[subject.range.start.line].startswith("Subject:")
    (greeting,) = _by_rule(diagnostics, "greeting-name")
    assert _flagged(MUTT_DRAFT, greeting) == "Ирина"
    assert greeting.range.start.line == lines.index("Здравствуйте, Ирина!")
    (action,) = [
        a for a in session.code_actions(uri, greeting) if a.diagnostics and a.diagnostics[0].code == "greeting-name"
    ]
    assert action.edit is not None and action.edit.changes is not None
    fixed = _apply(MUTT_DRAFT, action.edit.changes[uri])
    assert fixed == MUTT_DRAFT.replace("Здравствуйте, Ирина!", "Здравствуйте, Ольга!")


def test_utf16_positions_after_emoji(session: Session, tmp_path: Path) -> None:
    uri = (tmp_path / "emoji.txt").as_uri()
    session.open(uri, MUTT_DRAFT)
    (informal,) = [d for d in _by_rule(session.published(uri, 1), "familiar-tone") if "Твой" in d.message]
    line = MUTT_DRAFT.split("\n")[informal.range.start.line]
    assert line.startswith("🎁🎁 ")
    # Two emoji are four UTF-16 code units (two code points): the finding starts after them and a space.
    assert (informal.range.start.character, informal.range.end.character) == (5, 9)
    assert _flagged(MUTT_DRAFT, informal) == "Твой"


def test_positions_in_the_encoding_the_client_prefers(tmp_path: Path) -> None:
    """A client that offers UTF-8 first (as neovim does) gets UTF-8 columns: the two emoji are eight bytes."""
    session = Session(encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])
    try:
        uri = (tmp_path / "utf8.txt").as_uri()
        session.open(uri, MUTT_DRAFT)
        (informal,) = [d for d in _by_rule(session.published(uri, 1), "familiar-tone") if "Твой" in d.message]
        line = MUTT_DRAFT.split("\n")[informal.range.start.line].encode("utf-8")
        assert (informal.range.start.character, informal.range.end.character) == (9, 17)
        assert line[informal.range.start.character : informal.range.end.character].decode("utf-8") == "Твой"
    finally:
        session.close()


def test_bad_input_never_crashes(session: Session, tmp_path: Path) -> None:
    cases = {
        "binary": "\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 200,
        "empty": "",
        "lone-surrogate": "Здравствуйте, Ольга!\n\n\ud800 Твой заказ готов.\n",
        "headers-only": "From: a@b\nTo: \nSubject: \n",
        "crlf": "Привет!\r\n\r\nТвой заказ готов.\r\n",
        "huge-line": "Hello " + "word " * 40_000 + "\n",
    }
    for name, text in cases.items():
        uri = (tmp_path / f"{name}.txt").as_uri()
        session.open(uri, text)
        assert all(d.source == "replylint" for d in session.published(uri, 1))
    binary = session.published((tmp_path / "binary.txt").as_uri(), 1)
    assert any("cannot lint" in d.message for d in binary)
    crlf = cases["crlf"]
    greeting, found = _by_rule(session.published((tmp_path / "crlf.txt").as_uri(), 1), "familiar-tone")
    assert (greeting.range.start.line, found.range.start.line) == (0, 2)
    assert crlf.split("\r\n")[0][greeting.range.start.character : greeting.range.end.character] == "Привет"
    assert crlf.split("\r\n")[2][found.range.start.character : found.range.end.character] == "Твой"
    # Requests about a document the server does not have, or positions past the end, are answered, not failed.
    unknown = (tmp_path / "never-opened.txt").as_uri()
    far = types.Position(line=10_000, character=10_000)
    assert session.hover(unknown, far) is None
    assert not session.code_actions(unknown, types.Diagnostic(range=types.Range(start=far, end=far), message=""))
    # The server is still linting.
    uri = (tmp_path / "after.txt").as_uri()
    session.open(uri, CLEAN_RU.replace("Ваш заказ", "Твой заказ"))
    assert _by_rule(session.published(uri, 1), "familiar-tone")


def test_config_found_from_the_path_and_reloaded(session: Session, tmp_path: Path) -> None:
    config = tmp_path / "replylint.toml"
    config.write_text('ignore = ["familiar-tone"]\n', encoding="utf-8")
    uri = (tmp_path / "drafts" / "reply.txt").as_uri()
    text = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    session.open(uri, text)
    assert not _by_rule(session.published(uri, 1), "familiar-tone")
    config.write_text("ignore = []\n", encoding="utf-8")
    session.change(uri, text + "\n", 2)
    assert _by_rule(session.published(uri, 2), "familiar-tone")
    config.write_text('ignore = ["no-such-rule"]\n', encoding="utf-8")
    session.change(uri, text, 3)
    (problem,) = session.published(uri, 3)
    assert "configuration" in problem.message and "no-such-rule" in problem.message
    assert problem.severity == types.DiagnosticSeverity.Error


def test_config_watchers_registered(session: Session, tmp_path: Path) -> None:
    """A client that watches files for the server is asked to watch configuration files; a change it reports gets
    open drafts linted again."""
    (registration,) = [r for r in session.registered if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    options = registration.register_options
    watchers = options["watchers"] if isinstance(options, dict) else options.watchers  # type: ignore[union-attr]
    patterns = {w["globPattern"] if isinstance(w, dict) else w.glob_pattern for w in watchers}
    assert patterns == {"**/replylint.toml", "**/pyproject.toml"}
    config = tmp_path / "replylint.toml"
    config.write_text('ignore = ["familiar-tone"]\n', encoding="utf-8")
    uri = (tmp_path / "watched.txt").as_uri()
    session.open(uri, CLEAN_RU.replace("Ваш заказ", "Твой заказ"))
    assert not _by_rule(session.published(uri, 1), "familiar-tone")
    config.write_text("ignore = []\n", encoding="utf-8")
    before = len(session.published_all)
    session.client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )

    async def relinted() -> list[types.Diagnostic]:
        while True:
            for params in session.published_all[before:]:
                if params.uri == uri:
                    return list(params.diagnostics)
            await asyncio.sleep(0.01)

    assert _by_rule(session.run(relinted()), "familiar-tone")


def _frame(message: dict[str, object]) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


@pytest.mark.parametrize("ending", ["shutdown-exit", "eof"])
def test_server_process_ends_cleanly(ending: str) -> None:
    """An orderly shutdown exits 0, and a client that vanishes (stdin closed) ends the server too; neither
    leaves a traceback on stderr."""
    messages = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {"processId": None, "rootUri": None, "capabilities": {}},
        },
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    ]
    if ending == "shutdown-exit":
        messages += [{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
    proc = subprocess.run(
        [sys.executable, "-m", "replylint", "server"],
        input=b"".join(map(_frame, messages)),
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    assert b'"id": 1' in proc.stdout or b'"id":1' in proc.stdout  # the initialize answer
    if ending == "shutdown-exit":
        assert proc.returncode == 0


@pytest.mark.parametrize("argv", [["server", "--debounce", "-5"], ["server", "--debounce", "nan"]])
def test_server_command_line_errors(argv: list[str]) -> None:
    err = io.StringIO()
    assert main(argv, stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue().startswith("replylint: error:") and err.getvalue()[-1] == "\n"
