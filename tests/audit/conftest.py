"""Builders for small archives, shared by the audit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.auditing.records import Record

SAMPLES = Path(__file__).resolve().parents[2] / "replylint" / "auditing" / "samples"


def message(frm: str, subject: str, date: str, mid: str = "", body: str = "Hello.\n", **headers: str) -> str:
    lines = [f"From: {frm}", "To: support@shop.example", f"Subject: {subject}", f"Date: {date}"]
    if mid:
        lines.append(f"Message-ID: <{mid}>")
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return "\n".join(lines) + "\n\n" + body


def mbox(path: Path, *messages: str) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, msg in enumerate(messages):
            fh.write(f"From sender{i}@example.com Mon Nov 10 0{i % 10}:00:00 2025\n{msg.rstrip()}\n\n")
    return path


def rec(n: int, sender: str, date: float | None, **kw: object) -> Record:
    values: dict[str, object] = {
        "file": "a.mbox",
        "offset": n,
        "length": 1,
        "kind": "mbox",
        "sender": sender,
        "date": date,
        "message_id": kw.pop("message_id", f"m{n}@x"),
    }
    values.update(kw)
    return Record(**values)  # type: ignore[arg-type]


@pytest.fixture
def samples() -> Path:
    return SAMPLES
