"""`replylint server` driven by a real LSP client (pytest-lsp's, built on pygls) over stdio, as an editor drives it.

One server serves the whole module (starting one builds three languages' pipelines); each test works on its own
document. Positions are checked by slicing the client's own copy of the text in UTF-16 code units, as the
protocol counts them, not by comparing with numbers worked out by hand.
"""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the server needs the 'lsp' extra (pygls)")
pytest_lsp = pytest.importorskip("pytest_lsp", reason="the LSP tests need pytest-lsp")

from lsprotocol import types  # noqa: E402
from pygls.protocol import default_converter  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

from replylint.cli import main  # noqa: E402

TIMEOUT = 120  # the first lint waits for the server's warm-up, on a shared 2-core machine
MUTT_DRAFT = (
    "From: Марина <support@shop.example>\n"
    "To: Ольга Смирнова <olga@example.ru>\n"
    "Cc: \n"
    "Bcc: \n"
    "Subject: \n"
    "Reply-To: \n"
    "\n"
    "Привет, Ирина!\n"
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


def _recording_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version) in arrival order and the
    capabilities the server registers (as VS Code, whose capabilities it announces, would)."""
    from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

    client = LanguageClient(converter_factory=default_converter)
    published: list[types.PublishDiagnosticsParams] = []
    client.published = published  # type: ignore[attr-defined]

    def record(ls: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        ls.diagnostics[params.uri] = params.diagnostics
        published.append(params)

    registered: list[types.Registration] = []
    client.registered = registered  # type: ignore[attr-defined]

    def register(ls: LanguageClient, params: types.RegistrationParams) -> None:
        registered.extend(params.registrations)

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: record,
                                   types.CLIENT_REGISTER_CAPABILITY: register})
    return client


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "replylint", "server"],
                              client_factory=_recording_client),
)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    # No encodings offered: the protocol's default, UTF-16, is what the positions must be counted in.
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=None))
    yield
    await lsp_client.shutdown_session()


async def _published(client: LanguageClient, uri: str, version: int) -> list[types.Diagnostic]:
    """The diagnostics published for `uri` at `version` (waiting for them)."""
    async def wait() -> list[types.Diagnostic]:
        while True:
            for params in reversed(client.published):  # type: ignore[attr-defined]
                if params.uri == uri and params.version == version:
                    return list(params.diagnostics)
            await asyncio.sleep(0.01)

    return await asyncio.wait_for(wait(), TIMEOUT)


def _open(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="mail", version=version, text=text)))


def _change(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def _offset(text: str, position: types.Position) -> int:
    """A protocol position (UTF-16 code units) as an index into the Python string."""
    lines = text.split("\n")
    line = lines[position.line]
    units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
    return sum(len(earlier) + 1 for earlier in lines[: position.line]) + len(units)


def _flagged(text: str, diagnostic: types.Diagnostic) -> str:
    return text[_offset(text, diagnostic.range.start):_offset(text, diagnostic.range.end)]


def _apply(text: str, edits: Sequence[types.TextEdit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:_offset(text, edit.range.start)] + edit.new_text + text[_offset(text, edit.range.end):]
    return text


def _by_rule(diagnostics: Sequence[types.Diagnostic], rule: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == rule]


def _explain(rule: str) -> str:
    out = io.StringIO()
    assert main(["explain", rule], stdout=out, stderr=io.StringIO()) == 0
    return out.getvalue()


@pytest.mark.asyncio(loop_scope="module")
async def test_diagnostics_on_open_plain_text(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "reply.txt").as_uri()
    text = "Hi,\n\nThanks for your message. Your order ships tomorrow.\n"
    _open(client, uri, text)
    diagnostics = await _published(client, uri, 1)
    (sign_off,) = _by_rule(diagnostics, "sign-off")
    assert sign_off.source == "replylint"
    assert sign_off.severity is not None
    assert _flagged(text, sign_off) == "Thanks for your message. Your order ships tomorrow."
    assert "Kind regards," in sign_off.message  # the advice, shown since it is no edit


@pytest.mark.asyncio(loop_scope="module")
async def test_diagnostics_follow_changes(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "change.txt").as_uri()
    _open(client, uri, CLEAN_RU)
    assert not _by_rule(await _published(client, uri, 1), "familiar-tone")
    informal = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    _change(client, uri, informal, 2)
    (found,) = _by_rule(await _published(client, uri, 2), "familiar-tone")
    assert _flagged(informal, found) == "Твой"
    # A burst of edits: every one is linted or merged into a later lint, and the last text is what is reported.
    for version, word in enumerate(["Тв", "Тво", "Твой", "Ваш"], start=3):
        _change(client, uri, CLEAN_RU.replace("Ваш заказ", f"{word} заказ"), version)
    assert not _by_rule(await _published(client, uri, 6), "familiar-tone")


@pytest.mark.asyncio(loop_scope="module")
async def test_quick_fix_applied(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "fix.txt").as_uri()
    text = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    _open(client, uri, text)
    (found,) = _by_rule(await _published(client, uri, 1), "familiar-tone")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=found.range,
        context=types.CodeActionContext(diagnostics=[found])))
    assert actions
    (action,) = [a for a in actions if isinstance(a, types.CodeAction) and a.diagnostics
                 and a.diagnostics[0].code == "familiar-tone"]
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.edit is not None and action.edit.changes is not None
    fixed = _apply(text, action.edit.changes[uri])
    assert fixed == CLEAN_RU
    _change(client, uri, fixed, 2)
    assert not _by_rule(await _published(client, uri, 2), "familiar-tone")


@pytest.mark.asyncio(loop_scope="module")
async def test_advice_is_no_edit(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "advice.txt").as_uri()
    text = "Hi,\n\nThanks for your message. Your order ships tomorrow.\n"
    _open(client, uri, text)
    (sign_off,) = _by_rule(await _published(client, uri, 1), "sign-off")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=sign_off.range,
        context=types.CodeActionContext(diagnostics=[sign_off])))
    assert not actions


@pytest.mark.asyncio(loop_scope="module")
async def test_hover_shows_the_rule_page(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "hover.txt").as_uri()
    text = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    _open(client, uri, text)
    (found,) = _by_rule(await _published(client, uri, 1), "familiar-tone")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=found.range.start))
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert _explain("familiar-tone") in hover.contents.value
    assert found.message in hover.contents.value
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=0)))
    assert nothing is None


@pytest.mark.asyncio(loop_scope="module")
async def test_mutt_draft_with_headers(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "mutt-host-1000-12345-6789").as_uri()
    _open(client, uri, MUTT_DRAFT)
    diagnostics = await _published(client, uri, 1)
    lines = MUTT_DRAFT.split("\n")
    (subject,) = _by_rule(diagnostics, "subject-missing")
    assert lines[subject.range.start.line].startswith("Subject:")
    (greeting,) = _by_rule(diagnostics, "greeting-name")
    assert _flagged(MUTT_DRAFT, greeting) == "Ирина"
    assert greeting.range.start.line == lines.index("Привет, Ирина!")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=greeting.range,
        context=types.CodeActionContext(diagnostics=[greeting])))
    (action,) = [a for a in actions or [] if isinstance(a, types.CodeAction) and a.diagnostics
                 and a.diagnostics[0].code == "greeting-name"]
    assert action.edit is not None and action.edit.changes is not None
    fixed = _apply(MUTT_DRAFT, action.edit.changes[uri])
    assert fixed == MUTT_DRAFT.replace("Привет, Ирина!", "Привет, Ольга!")


@pytest.mark.asyncio(loop_scope="module")
async def test_utf16_positions_after_emoji(client: LanguageClient, tmp_path: Path) -> None:
    uri = (tmp_path / "emoji.txt").as_uri()
    _open(client, uri, MUTT_DRAFT)
    diagnostics = await _published(client, uri, 1)
    (informal,) = [d for d in _by_rule(diagnostics, "familiar-tone") if "Твой" in d.message]
    line = MUTT_DRAFT.split("\n")[informal.range.start.line]
    assert line.startswith("🎁🎁 ")
    # Two emoji are four UTF-16 code units (two code points): the finding starts after them and a space.
    assert informal.range.start.character == 5
    assert informal.range.end.character == 9
    assert _flagged(MUTT_DRAFT, informal) == "Твой"


@pytest.mark.asyncio(loop_scope="module")
async def test_bad_input_never_crashes(client: LanguageClient, tmp_path: Path) -> None:
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
        _open(client, uri, text)
        diagnostics = await _published(client, uri, 1)
        assert all(d.source == "replylint" for d in diagnostics)
    binary = await _published(client, (tmp_path / "binary.txt").as_uri(), 1)
    assert any("cannot lint" in d.message for d in binary)
    crlf = "Привет!\r\n\r\nТвой заказ готов.\r\n"
    (found,) = [d for d in await _published(client, (tmp_path / "crlf.txt").as_uri(), 1)
                if d.code == "familiar-tone"]
    assert found.range.start.line == 2
    assert crlf.split("\r\n")[2][found.range.start.character:found.range.end.character] == "Твой"
    # Requests about documents the server does not have, or positions past the end, are answered, not failed.
    unknown = types.TextDocumentIdentifier(uri=(tmp_path / "never-opened.txt").as_uri())
    far = types.Position(line=10_000, character=10_000)
    assert await client.text_document_hover_async(types.HoverParams(text_document=unknown, position=far)) is None
    assert not await client.text_document_code_action_async(types.CodeActionParams(
        text_document=unknown, range=types.Range(start=far, end=far), context=types.CodeActionContext(diagnostics=[])))
    # The server is still linting.
    uri = (tmp_path / "after.txt").as_uri()
    _open(client, uri, CLEAN_RU.replace("Ваш заказ", "Твой заказ"))
    assert _by_rule(await _published(client, uri, 1), "familiar-tone")


@pytest.mark.asyncio(loop_scope="module")
async def test_config_found_from_the_path_and_reloaded(client: LanguageClient, tmp_path: Path) -> None:
    config = tmp_path / "replylint.toml"
    config.write_text('ignore = ["familiar-tone"]\n', encoding="utf-8")
    uri = (tmp_path / "drafts" / "reply.txt").as_uri()
    text = CLEAN_RU.replace("Ваш заказ", "Твой заказ")
    _open(client, uri, text)
    assert not _by_rule(await _published(client, uri, 1), "familiar-tone")
    config.write_text("ignore = []\n", encoding="utf-8")
    _change(client, uri, text + "\n", 2)
    assert _by_rule(await _published(client, uri, 2), "familiar-tone")
    config.write_text('ignore = ["no-such-rule"]\n', encoding="utf-8")
    _change(client, uri, text, 3)
    (problem,) = await _published(client, uri, 3)
    assert "configuration" in problem.message and "no-such-rule" in problem.message


@pytest.mark.asyncio(loop_scope="module")
async def test_config_watchers_registered(client: LanguageClient, tmp_path: Path) -> None:
    """Clients that watch files for the server are asked to watch configuration files; a change they report gets
    open drafts linted again."""
    registered: list[types.Registration] = client.registered  # type: ignore[attr-defined]
    registrations = [r for r in registered if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    assert registrations
    options = registrations[0].register_options
    patterns = {w["globPattern"] if isinstance(w, dict) else w.glob_pattern
                for w in (options["watchers"] if isinstance(options, dict) else options.watchers)}
    assert patterns == {"**/replylint.toml", "**/pyproject.toml"}
    config = tmp_path / "replylint.toml"
    config.write_text('ignore = ["familiar-tone"]\n', encoding="utf-8")
    uri = (tmp_path / "watched.txt").as_uri()
    _open(client, uri, CLEAN_RU.replace("Ваш заказ", "Твой заказ"))
    assert not _by_rule(await _published(client, uri, 1), "familiar-tone")
    config.write_text("ignore = []\n", encoding="utf-8")
    before = len(client.published)  # type: ignore[attr-defined]
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))

    async def relinted() -> list[types.Diagnostic]:
        while True:
            for params in client.published[before:]:  # type: ignore[attr-defined]
                if params.uri == uri:
                    return list(params.diagnostics)
            await asyncio.sleep(0.01)

    assert _by_rule(await asyncio.wait_for(relinted(), TIMEOUT), "familiar-tone")


def _frame(message: dict[str, object]) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


@pytest.mark.parametrize("ending", ["shutdown-exit", "eof"])
def test_server_process_ends_cleanly(ending: str) -> None:
    """An orderly shutdown exits 0, and a client that vanishes (stdin closed) ends the server too; neither
    leaves a traceback on stderr."""
    messages = [{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None,
                                                                               "capabilities": {}}},
                {"jsonrpc": "2.0", "method": "initialized", "params": {}}]
    if ending == "shutdown-exit":
        messages += [{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
    proc = subprocess.run([sys.executable, "-m", "replylint", "server"], input=b"".join(map(_frame, messages)),
                          capture_output=True, timeout=TIMEOUT, check=False)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    assert b'"id": 1' in proc.stdout or b'"id":1' in proc.stdout  # the initialize answer
    if ending == "shutdown-exit":
        assert proc.returncode == 0


@pytest.mark.parametrize("argv", [["server", "--debounce", "-5"], ["server", "--debounce", "nan"]])
def test_server_command_line_errors(argv: list[str]) -> None:
    err = io.StringIO()
    assert main(argv, stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue().startswith("replylint: error:") and err.getvalue()[-1] == "\n"
