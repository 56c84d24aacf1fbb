"""The editor server's latency: from a change sent by a real LSP client to the diagnostics for that change.

    python benchmarks/lsp.py               # 50 changes to a 300-word Russian draft (about 30 s on 2 cores)
    python benchmarks/lsp.py --lang en --changes 100 --pause 0.1

The server runs as an editor starts it (`python -m replylint server`, over stdio); the client is pygls', as in
tests/integration/test_lsp.py, announcing no position encodings (so UTF-16, as VS Code). The draft is a reply as
mutt writes it: headers, the reply, the customer's mail quoted below (see `draft`). After warm-up each change types
one more character of a sentence into the reply, as a person does, and the time until the server publishes
diagnostics for that version is measured; a pause between changes lets the server go idle as between keystrokes.
Target: median and p90 at most 50 ms.

The server's CPU time per change is read from /proc, and the same texts are then linted in this process (one
Linter, as the server keeps), wall and CPU time, so that a figure taken on a busy machine (the load average is
printed) can be told apart from the server's own cost. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
HEADERS = (
    "From: Marina <support@shop.example>\nTo: Olga Smirnova <olga@example.ru>\nCc: \nBcc: \n"
    "Subject: Re: Order 48213\nReply-To: \nIn-Reply-To: <48213@example.ru>\n\n"
)
QUOTES = {
    "en": "On Mon, 10 Nov 2025 at 09:12, Olga Smirnova <olga@example.ru> wrote:\n> Hello, where is my order "
    "48213? It was due on Friday.\n> Can I pay by card when it arrives?\n> Olga\n",
    "ru": "10 ноября 2025 г., в 9:12, Ольга Смирнова <olga@example.ru> написал(а):\n> Здравствуйте! Когда привезут "
    "мой заказ 48213? Обещали в пятницу.\n> И можно ли оплатить картой при получении?\n> Ольга\n",
    "uk": "10 листопада 2025 р. о 9:12 Ольга Смирнова <olga@example.ru> пише:\n> Добрий день! Коли привезуть моє "
    "замовлення 48213? Обіцяли в п'ятницю.\n> І чи можна оплатити карткою при отриманні?\n> Ольга\n",
}
TYPED = {"en": " Thank you for waiting.", "ru": " Спасибо за терпение.", "uk": " Дякуємо за терпіння."}
WARM_UP = 5


@dataclass(frozen=True)
class Draft:
    text: str
    where: int
    """Where the author types: the end of the reply's first body paragraph."""
    lang: str

    def typed(self, change: int) -> str:
        """The text after `change` keystrokes: one more character of the sentence each, then it starts over."""
        phrase = TYPED[self.lang]
        return self.text[: self.where] + phrase[: 1 + (change - 1) % len(phrase)] + self.text[self.where :]


def draft(words: int, lang: str) -> Draft:
    """A reply of about `words` words in `lang`, from the benchmark replies of that language: the first one's
    greeting and sign-off around body paragraphs of all of them, with headers above and a quote below."""
    replies = [
        [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for path in sorted((HERE / "replies").glob(f"{lang}*.txt"))
    ]
    greeting, sign_off = replies[0][0], replies[0][-1]
    body = [p for paragraphs in replies for p in paragraphs[1:-1]]
    out: list[str] = []
    count = len(greeting.split()) + len(sign_off.split())
    for paragraph in body:
        if count >= words:
            break
        out.append(paragraph)
        count += len(paragraph.split())
    head = HEADERS + greeting + "\n\n"
    return Draft(head + "\n\n".join([*out, sign_off]) + "\n\n" + QUOTES[lang], len(head) + len(out[0]), lang)


async def _drain(stream: asyncio.StreamReader) -> None:
    """Read the server's stderr through, so that it never blocks on a full pipe."""
    while await stream.read(4096):
        pass


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (Linux); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(reply: Draft, changes: int, pause: float, debounce: float | None) -> tuple[list[float], float | None]:
    """Milliseconds from each change to its diagnostics, through a server started as an editor starts it, and the
    server's CPU milliseconds per measured change."""
    args = ["-m", "replylint", "server"]
    if debounce is not None:
        args += ["--debounce", str(debounce)]
    client = LanguageClient("replylint-benchmark", "1")
    arrived: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def publish(params: types.PublishDiagnosticsParams) -> None:
        arrived.put_nowait(params)

    for method in (types.WINDOW_LOG_MESSAGE, types.CLIENT_REGISTER_CAPABILITY):
        client.feature(method)(lambda params: None)
    await client.start_io(sys.executable, *args)
    server = client._server  # pygls keeps the server's process here
    assert server is not None and server.stderr is not None
    drain = asyncio.create_task(_drain(server.stderr))
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(), process_id=None))
    client.initialized(types.InitializedParams())
    uri = (HERE / "draft-benchmark.txt").as_uri()

    async def published(version: int) -> None:
        while True:
            params = await arrived.get()
            if params.uri == uri and params.version == version:
                return

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="mail", version=0, text=reply.text)
        )
    )
    await asyncio.wait_for(published(0), 120)
    pid = server.pid
    timings = []
    cpu_before: float | None = None
    for version in range(1, WARM_UP + changes + 1):
        await asyncio.sleep(pause)
        if version == WARM_UP + 1:
            cpu_before = _cpu_seconds(pid)
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=reply.typed(version))],
            )
        )
        await asyncio.wait_for(published(version), 30)
        if version > WARM_UP:
            timings.append((time.perf_counter() - sent) * 1000)
    cpu_after = _cpu_seconds(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    await drain
    cpu = None if cpu_before is None or cpu_after is None else (cpu_after - cpu_before) * 1000 / changes
    return timings, cpu


def in_process(reply: Draft, changes: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of linting the same texts here, with one warm Linter."""
    from replylint.api import Linter

    linter = Linter()
    for change in range(1, WARM_UP + 1):
        linter.lint(reply.typed(change))
    gc.collect()
    gc.freeze()  # as the server does after its warm-up
    walls, cpus = [], []
    for change in range(WARM_UP + 1, WARM_UP + changes + 1):
        wall, cpu = time.perf_counter(), time.thread_time()
        linter.lint(reply.typed(change))
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    return walls, cpus


def _summary(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    return f"median {statistics.median(ordered):.1f} ms, p90 {p90:.1f} ms, max {ordered[-1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--lang", choices=sorted(TYPED), default="ru")
    parser.add_argument("--pause", type=float, default=0.2, help="seconds between changes (default 0.2)")
    parser.add_argument("--debounce", type=float, help="the server's --debounce in ms (default: its own)")
    args = parser.parse_args()
    reply = draft(args.words, args.lang)
    words = len(reply.text[len(HEADERS) : reply.text.index(QUOTES[args.lang])].split())
    timings, server_cpu = asyncio.run(measure(reply, args.changes, args.pause, args.debounce))
    load = f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "unknown"
    print(
        f"{args.lang} draft, {words} words with headers and a quote, {len(timings)} changes after warm-up "
        f"({os.cpu_count()} cores, load average {load})"
    )
    print(f"  change -> diagnostics over stdio: {_summary(timings)} (target <= 50 ms)")
    if server_cpu is not None:
        print(f"  the server's CPU time per change: {server_cpu:.1f} ms")
    walls, cpus = in_process(reply, args.changes)
    print(f"  the same lints in-process: wall {_summary(walls)}; CPU {_summary(cpus)}")


if __name__ == "__main__":
    main()
