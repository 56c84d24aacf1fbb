"""Every importer on its bundled sample, mbox separators and byte ranges, malformed input never stopping a scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from replylint.auditing import mail, sources
from replylint.auditing.records import ScanResult
from tests.audit.conftest import SAMPLES, mbox, message


def scan_all(*paths: Path | str, shard_bytes: int = sources.DEFAULT_SHARD_BYTES) -> ScanResult:
    shards, problems = sources.discover(paths, shard_bytes=shard_bytes)
    out = ScanResult(problems=problems)
    for shard in shards:
        part = sources.scan(shard)
        out.records.extend(part.records)
        out.problems.extend(part.problems)
    return out


@pytest.mark.parametrize(
    "line",
    [
        b"From MAILER-DAEMON Mon Nov 10 07:00:00 2025\n",
        b"From - Wed Nov 19 10:00:00 2025\n",
        b"From 1789@xxx Tue Nov 18 15:30:00 +0000 2025\n",  # Gmail Takeout: zone before the year
        b"From anna@example.com Mon, 10 Nov 2025 09:05:00 +0100\r\n",
    ],
)
def test_separator_lines(line: bytes) -> None:
    assert mail.is_separator(line)


@pytest.mark.parametrize(
    "line",
    [
        b"From the warehouse: the parcel is packed.\n",
        b"From Moscow with hope,\n",
        b"From: Anna <anna@example.com>\n",
        b"From anna@example.com\n",
        b">From anna@example.com Mon Nov 10 07:00:00 2025\n",
    ],
)
def test_body_lines_are_not_separators(line: bytes) -> None:
    assert not mail.is_separator(line)


def test_unescaped_from_in_a_body_does_not_split(tmp_path: Path) -> None:
    body = "Hi,\n\nFrom my side all is well.\nFrom Kyiv with love\n>From the archive\n"
    path = mbox(
        tmp_path / "a.mbox",
        message("Anna <anna@example.com>", "One", "Mon, 10 Nov 2025 09:00:00 +0000", "one@x", body),
        message("Bob <bob@example.com>", "Two", "Mon, 10 Nov 2025 10:00:00 +0000", "two@x"),
    )
    found = scan_all(path)
    assert [r.subject for r in found.records] == ["One", "Two"]
    first = found.records[0]
    data = mail.message_bytes(path, first.offset, first.length, "mbox")
    assert b"From Kyiv with love" in data and b"\nFrom the archive" in data  # mboxrd unescaping
    assert data.startswith(b"From: Anna")


@pytest.mark.parametrize("shard_bytes", [1, 97, 500, 4096])
def test_byte_ranges_give_the_same_messages_as_one_pass(tmp_path: Path, shard_bytes: int) -> None:
    msgs = [
        message(
            f"C{i} <c{i}@example.com>",
            f"Subject {i}",
            "Mon, 10 Nov 2025 09:00:00 +0000",
            f"m{i}@x",
            "From here on the body is long.\n" * (i % 7),
        )
        for i in range(40)
    ]
    path = mbox(tmp_path / "big.mbox", *msgs)
    whole = scan_all(path)
    split = scan_all(path, shard_bytes=shard_bytes)
    assert len(whole.records) == 40
    assert [(r.offset, r.length, r.message_id) for r in split.records] == [
        (r.offset, r.length, r.message_id) for r in whole.records
    ]


def test_mbox_sample(samples: Path) -> None:
    found = scan_all(samples / "mbox" / "support.mbox")
    assert len(found.records) == 9
    assert [p.reason for p in found.problems] == ["no From address"]
    assert found.problems[0].offset > 0 and found.problems[0].skipped
    auto = [r for r in found.records if r.auto]
    assert [r.sender for r in auto] == ["support@shop.example"]
    assert found.records[0].subject == "Доставка заказа 48213"  # 8-bit UTF-8 header
    assert found.records[2].in_reply_to == "c1@example.ru"


def test_takeout_labels_and_thread_ids(samples: Path) -> None:
    found = scan_all(samples / "takeout")
    sent = [r for r in found.records if r.sent_hint]
    assert [r.sender for r in sent] == ["shop.owner@gmail.com"]
    assert {r.gm_thrid for r in found.records} == {"1783456789012345678"}


def test_thunderbird_folders(samples: Path) -> None:
    found = scan_all(samples / "thunderbird")
    assert sorted(Path(r.file).name for r in found.records) == ["Inbox", "Sent"]  # .msf indexes ignored
    assert [Path(r.file).name for r in found.records if r.sent_hint] == ["Sent"]
    assert not found.problems


def test_maildir_and_eml(samples: Path) -> None:
    maildir = scan_all(samples / "maildir")
    assert [r.kind for r in maildir.records] == ["maildir", "maildir"]
    assert maildir.records[1].in_reply_to == "md1@example.com"
    eml = scan_all(samples / "eml")
    assert {r.kind for r in eml.records} == {"eml"}
    assert len({r.thread_index for r in eml.records}) == 1 and eml.records[0].thread_index


def test_helpdesk_samples(samples: Path) -> None:
    found = scan_all(samples / "helpdesk")
    by_kind: dict[str, list[tuple[str | None, str]]] = {}
    for r in found.records:
        by_kind.setdefault(r.kind, []).append((r.role, r.sender))
    assert by_kind["zendesk"] == [("customer", "olga@example.ru"), ("team", "andrey@shop.example")]  # note skipped
    assert by_kind["helpscout"] == [("customer", "anna@example.com"), ("team", "marta@shop.example")]
    assert by_kind["freshdesk"] == [("customer", "olena@example.ua"), ("team", "support@shop.example")]
    assert all(r.ticket and r.locator for r in found.records)
    reply = next(r for r in found.records if r.kind == "helpscout" and r.role == "team")
    data = sources.message_bytes(reply)
    assert b"Order 8812" in data and b"Subject: Where is my parcel?" in data


def test_malformed_input_is_listed_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    (tmp_path / "nodate.eml").write_text(message("A <a@example.com>", "S", "yesterday", "x@y"), encoding="utf-8")
    (tmp_path / "junk.eml").write_bytes(b"\x00\x01\x02 no headers here\n")
    huge = "Subject: x\n" + "X-Filler: " + "a" * (mail.MAX_HEADER_BYTES + 10) + "\n\nbody\n"
    (tmp_path / "huge.eml").write_text(huge, encoding="utf-8")
    found = scan_all(tmp_path)
    reasons = sorted(p.reason.split(":")[0] for p in found.problems)
    assert reasons == [
        "JSON that is not a Zendesk, Help Scout or Freshdesk export",
        "header block over 1 MB",
        "no header block",
        "no usable Date header",
        "not a readable helpdesk export",
    ]
    assert [r.sender for r in found.records] == ["a@example.com"]
    assert found.records[0].date is None


def test_records_hold_headers_only(tmp_path: Path) -> None:
    body = "Large body line that is never kept.\n" * 100_000
    path = mbox(
        tmp_path / "a.mbox", message("A <a@example.com>", "Big", "Mon, 10 Nov 2025 09:00:00 +0000", "a@x", body)
    )
    record = scan_all(path).records[0]
    assert record.length > len(body)
    assert len(repr(record.to_dict())) < 1000


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(sources.AuditInputError, match="no such file"):
        sources.discover([tmp_path / "nope.mbox"])


def test_every_sample_format_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "audit.md").read_text(encoding="utf-8")
    for name in (
        "mbox",
        "Maildir",
        "Thunderbird",
        "X-Gmail-Labels",
        "X-GM-THRID",
        "Zendesk",
        "Help Scout",
        "Freshdesk",
        "comment_events",
        "incoming",
        "createdBy",
    ):
        assert name in docs
    assert sorted(p.name for p in SAMPLES.iterdir()) == ["eml", "helpdesk", "maildir", "mbox", "takeout", "thunderbird"]


def test_crlf_mbox_and_windows_1251_headers(tmp_path: Path) -> None:
    first = message("Ольга <olga@example.ru>", "Заказ", "Mon, 10 Nov 2025 09:00:00 +0300", "a@x", "Где заказ?\n")
    second = message("Марина <m@shop.example>", "Re: Заказ", "Mon, 10 Nov 2025 10:00:00 +0300", "b@x", "Завтра.\n")
    data = b"".join(
        b"From x@example.com Mon Nov 10 07:00:00 2025\r\n" + m.replace("\n", "\r\n").encode("cp1251") + b"\r\n"
        for m in (first, second)
    )
    (tmp_path / "a.mbox").write_bytes(data)
    found = scan_all(tmp_path / "a.mbox")
    assert [(r.sender_name, r.subject) for r in found.records] == [("Ольга", "Заказ"), ("Марина", "Re: Заказ")]
    assert found.records[0].offset + found.records[0].length <= found.records[1].offset


def test_zendesk_pages_as_json_lines(tmp_path: Path) -> None:
    import json

    page = json.loads((SAMPLES / "helpdesk" / "zendesk-ticket-events.json").read_text(encoding="utf-8"))
    second = json.loads(json.dumps(page).replace('"ticket_id": 101', '"ticket_id": 102'))
    (tmp_path / "export.jsonl").write_text(json.dumps(page) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    found = scan_all(tmp_path / "export.jsonl")
    assert sorted({r.ticket for r in found.records}) == ["zendesk:101", "zendesk:102"]
    assert len(found.records) == 4 and not found.problems


def test_maildir_plus_plus_sent_folder(tmp_path: Path) -> None:
    for folder in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "cur" / "1.host:2,S").write_text(
        message("A <a@example.com>", "Q", "Mon, 10 Nov 2025 09:00:00 +0000", "q@x"), encoding="utf-8"
    )
    (tmp_path / ".Sent" / "cur" / "2.host:2,S").write_text(
        message("Owner <owner@gmail.com>", "Re: Q", "Mon, 10 Nov 2025 10:00:00 +0000", "r@x"), encoding="utf-8"
    )
    (tmp_path / "tmp" / "3.host").write_text("half-delivered", encoding="utf-8")
    found = scan_all(tmp_path)
    assert sorted((r.sender, r.sent_hint) for r in found.records) == [
        ("a@example.com", False),
        ("owner@gmail.com", True),
    ]
    assert not found.problems
