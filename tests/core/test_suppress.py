from __future__ import annotations

from replylint import suppress


def test_range_directive_is_stripped_and_covers_until_enable() -> None:
    text = "Hi\nreplylint: disable=length\nA\nreplylint: enable=length\nB\n"
    sup = suppress.read(text)
    assert sup.text == "Hi\nA\nB\n"
    assert sup.covers("length", 3, 4)
    assert not sup.covers("length", 5, 6)
    assert not sup.covers("pushy", 3, 4)


def test_open_range_runs_to_the_end_and_comment_wrappers() -> None:
    text = "<!-- replylint: disable=pushy,length -->\nBuy now!\n{# replylint: disable=sign-off #}\nX"
    sup = suppress.read(text)
    assert sup.text == "Buy now!\nX"
    assert sup.covers("pushy", 0, 8) and sup.covers("length", 0, 10) and sup.covers("sign-off", 9, 10)


def test_next_line_only() -> None:
    sup = suppress.read("replylint: disable-next-line=pushy\nBuy now\nBuy now\n")
    assert sup.covers("pushy", 0, 7)
    assert not sup.covers("pushy", 8, 15)


def test_header_disables_whole_message() -> None:
    sup = suppress.read("anything", header="length, pushy")
    assert sup.covers("length", 0, 8) and sup.covers("pushy", 3, 3)


def test_malformed_directives_become_problems() -> None:
    sup = suppress.read("replylint: disable\nreplylint: disable=Length!\nreplylint: enable=pushy\nok")
    assert sup.text == "ok"
    assert len(sup.problems) == 3
    assert "without an earlier" in sup.problems[2].message


def test_prose_mentioning_replylint_is_left_alone() -> None:
    text = "We use replylint: it checks replies.\n"
    sup = suppress.read(text)
    assert sup.text == text
    assert not sup.problems
