"""Threading and pairing, including broken threading: missing parents, cycles, replies dated before their parent."""

from __future__ import annotations

import base64

from replylint.auditing.pairing import normalise_subject, thread
from replylint.auditing.settings import AuditSettings
from tests.audit.conftest import rec

TEAM = AuditSettings(team=("shop.example",))
H = 3600.0


def pairs_of(*records, settings: AuditSettings = TEAM):  # type: ignore[no-untyped-def]
    t = thread(records, settings)
    return t, {p.reply.offset: p for p in t.pairs}


def test_in_reply_to_pairs_with_the_latest_customer_message_and_times_from_the_first_waiting() -> None:
    t, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0, subject="Cable"),
        rec(2, "anna@example.com", 2 * H, subject="Re: Cable", in_reply_to="m1@x"),
        rec(3, "marta@shop.example", 3 * H, subject="Re: Cable", in_reply_to="m2@x", references=("m1@x", "m2@x")),
    )
    pair = pairs[3]
    assert pair.original is not None and pair.original.offset == 2
    assert pair.waiting_since is not None and pair.waiting_since.offset == 1
    assert pair.method == "in-reply-to" and pair.confidence == 1.0 and pair.first
    assert t.unanswered == []


def test_missing_parent_still_joins_its_children() -> None:
    # Both messages reference a message that is not in the archive.
    _, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0, in_reply_to="gone@x", references=("gone@x",)),
        rec(2, "marta@shop.example", H, references=("gone@x",)),
    )
    assert pairs[2].original is not None and pairs[2].method == "references-thread"


def test_reference_cycles_do_not_loop() -> None:
    _, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0, message_id="a@x", in_reply_to="b@x"),
        rec(2, "marta@shop.example", H, message_id="b@x", in_reply_to="a@x"),
        rec(3, "anna@example.com", 2 * H, message_id="c@x", references=("c@x",)),  # refers to itself
    )
    assert pairs[2].original is not None and pairs[2].original.offset == 1
    assert pairs[2].method == "in-reply-to"


def test_a_reply_dated_before_its_parent_is_paired_but_not_timed() -> None:
    _, pairs = pairs_of(
        rec(1, "anna@example.com", 5 * H),
        rec(2, "marta@shop.example", 4 * H, in_reply_to="m1@x"),
    )
    pair = pairs[2]
    assert pair.original is not None and pair.original.offset == 1
    assert "clock skew" in pair.note and pair.waiting_since is None


def test_outlook_thread_index_gmail_thread_and_subject_token() -> None:
    head = base64.b64encode(bytes(range(22))).decode()
    child = base64.b64encode(bytes(range(22)) + b"\x00\x01\x02\x03\x04").decode()
    from replylint.auditing.mail import _thread_index

    assert _thread_index(head) == _thread_index(child) != ""
    _, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0, thread_index=_thread_index(head), subject="A"),
        rec(2, "marta@shop.example", H, thread_index=_thread_index(child), subject="RE: A"),
        rec(3, "olga@example.ru", 0.0, gm_thrid="177", subject="B"),
        rec(4, "marta@shop.example", H, gm_thrid="177", subject="Re: B"),
        rec(5, "olena@example.ua", 0.0, subject="Refund [#1042]"),
        rec(6, "marta@shop.example", H, subject="Your refund [#1042]"),
    )
    assert [pairs[n].method for n in (2, 4, 6)] == ["thread-index", "gmail-thread", "subject-token"]
    assert pairs[6].original is not None and pairs[6].original.offset == 5


def test_subject_and_customer_within_the_window_is_a_weak_pair() -> None:
    _, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0, subject="Warranty question"),
        rec(2, "marta@shop.example", 2 * H, subject="RE: Re: Warranty question", recipients=("anna@example.com",)),
        rec(3, "bob@example.com", 0.0, subject="Delivery"),
        rec(4, "marta@shop.example", 30 * 24 * H, subject="Re: Delivery", recipients=("bob@example.com",)),
    )
    assert pairs[2].method == "subject" and pairs[2].confidence < 0.5
    assert pairs[4].original is None and pairs[4].method == "none"  # outside the 14-day window


def test_automatic_replies_are_paired_but_do_not_stop_the_clock() -> None:
    _, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0),
        rec(2, "support@shop.example", 60.0, in_reply_to="m1@x", auto=True),
        rec(3, "marta@shop.example", 5 * H, in_reply_to="m1@x"),
    )
    assert pairs[2].waiting_since is None and not pairs[2].first
    assert pairs[3].waiting_since is not None and pairs[3].waiting_since.offset == 1 and pairs[3].first


def test_unanswered_duplicates_and_helpdesk_roles() -> None:
    t, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0),
        rec(2, "anna@example.com", 0.0),
        rec(3, "anna@example.com", H, message_id="m1@x"),  # a copy of 1 in another folder
        rec(4, "agent@helpdesk.example", H, ticket="zendesk:7", role="team", message_id="", locator="t7/c2"),
        rec(5, "anna@example.com", 0.0, ticket="zendesk:7", role="customer", message_id="", locator="t7/c1"),
    )
    assert t.duplicates == 1
    assert sorted(u.offset for u in t.unanswered) == [1, 2]
    assert pairs[4].method == "ticket"


def test_sent_folder_marks_the_team_without_configuration() -> None:
    t, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0),
        rec(2, "owner@gmail.com", H, in_reply_to="m1@x", sent_hint=True),
        settings=AuditSettings(),
    )
    assert list(pairs) == [2] and t.roles[pairs[2].reply.id] == "team"


def test_normalised_subject() -> None:
    assert normalise_subject("RE: Fwd: AW:  Заказ   48213") == "заказ 48213"
    assert normalise_subject("Re[2]: Відп: Оплата") == "оплата"
    assert normalise_subject("Re: " * 50 + "x") == ("re: " * 30 + "x").strip()  # bounded: 20 prefixes at most


def test_normalising_a_hostile_subject_is_linear() -> None:
    import time

    started = time.perf_counter()
    normalise_subject("Re" + " " * 200_000 + "x")
    normalise_subject("Re[1]" + " " * 200_000 + "x")
    assert time.perf_counter() - started < 1.0


def test_weak_pairing_joins_a_customer_writing_twice_and_stays_fast() -> None:
    import time

    h = 3600.0
    t, pairs = pairs_of(
        rec(1, "anna@example.com", 0.0, subject="Refund"),
        rec(2, "anna@example.com", h, subject="RE: Refund"),
        rec(3, "marta@shop.example", 3 * h, subject="Re: Refund", recipients=("anna@example.com",)),
    )
    assert pairs[3].original is not None and pairs[3].original.offset == 2
    assert pairs[3].waiting_since is not None and pairs[3].waiting_since.offset == 1 and t.unanswered == []
    many = [rec(n, "bob@example.com", n * 60.0, subject="Same") for n in range(3000)]
    many += [
        rec(10_000 + n, "m@shop.example", n * 60.0 + 30, subject="Re: Same", recipients=("bob@example.com",))
        for n in range(3000)
    ]
    started = time.perf_counter()
    thread(many, TEAM)
    assert time.perf_counter() - started < 5
