"""Open a page in headless Chromium over the DevTools protocol and report what a person's browser would see:
console messages, exceptions, blocked or attempted requests (the page's own, not the browser's background
traffic), and a few facts from the rendered DOM. Used by test_browser.py and benchmarks/audit.py --screenshot."""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--remote-debugging-port=0",
]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def inspect(
    url: str,
    screenshot: Path | None = None,
    width: int = 1200,
    timeout: float = 60,
    clip: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """`clip` = (top, height) in CSS pixels limits the screenshot to that band of the page."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("no chromium")
    profile = Path(tempfile.mkdtemp(prefix="replylint-chromium-"))
    proc = subprocess.Popen(
        [exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},900", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("chromium did not start")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            pages = [t for t in json.load(resp) if t["type"] == "page"]
        return asyncio.run(
            _session(
                pages[0]["webSocketDebuggerUrl"], url, screenshot=screenshot, width=width, timeout=timeout, clip=clip
            )
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


async def _session(
    ws_url: str, url: str, *, screenshot: Path | None, width: int, timeout: float, clip: tuple[int, int] | None
) -> dict[str, Any]:
    from tornado.websocket import websocket_connect

    ws = await websocket_connect(ws_url, max_message_size=256 << 20)
    counter = 0
    events: list[dict[str, Any]] = []

    async def call(method: str, **params: Any) -> dict[str, Any]:
        nonlocal counter
        counter += 1
        ws.write_message(json.dumps({"id": counter, "method": method, "params": params}))
        while True:
            raw = await asyncio.wait_for(ws.read_message(), timeout)
            if raw is None:
                raise RuntimeError("DevTools connection closed")
            msg = json.loads(raw)
            if msg.get("id") == counter:
                return msg.get("result", {})
            events.append(msg)

    for domain in ("Page", "Network", "Runtime", "Log"):
        await call(f"{domain}.enable")
    await call("Page.navigate", url=url)
    deadline = time.monotonic() + timeout
    while not any(e.get("method") == "Page.loadEventFired" for e in events):
        if time.monotonic() > deadline:
            raise RuntimeError("the page did not load")
        raw = await asyncio.wait_for(ws.read_message(), timeout)
        if raw is None:
            raise RuntimeError("DevTools connection closed")
        events.append(json.loads(raw))
    facts = await call(
        "Runtime.evaluate",
        returnByValue=True,
        expression=(
            "JSON.stringify({svg: document.querySelectorAll('svg').length, tables: document.querySelectorAll('table')"
            ".length, height: document.documentElement.scrollHeight, title: document.title, "
            "scripts: document.scripts.length})"
        ),
    )
    info = json.loads(facts["result"]["value"])
    if screenshot is not None:
        await call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=min(info["height"], 16000),
            deviceScaleFactor=1,
            mobile=False,
        )
        extra: dict[str, Any] = {}
        if clip is not None:
            extra = {
                "clip": {"x": 0, "y": clip[0], "width": width, "height": clip[1], "scale": 1},
                "captureBeyondViewport": True,
            }
        shot = await call("Page.captureScreenshot", format="png", **extra)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
    ws.close()
    requests = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    return {
        **info,
        "requests": [r for r in requests if r != url],
        "console": [e["params"] for e in events if e.get("method") == "Runtime.consoleAPICalled"],
        "exceptions": [e["params"] for e in events if e.get("method") == "Runtime.exceptionThrown"],
        "log": [e["params"]["entry"] for e in events if e.get("method") == "Log.entryAdded"],
    }
