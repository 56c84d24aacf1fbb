"""HTML to text: structure, links, entities, and quote containers marked with "> "."""

from __future__ import annotations

import time

import pytest

from replylint.parsing.html import html_to_text


def test_blocks_and_breaks_become_lines() -> None:
    assert html_to_text("<div>one</div><div>two<br>three</div>") == "one\ntwo\nthree"


def test_paragraphs_are_separated_by_a_blank_line() -> None:
    assert html_to_text("<p>First paragraph.</p><p>Second.</p>") == "First paragraph.\n\nSecond."


def test_inline_whitespace_collapses() -> None:
    assert html_to_text("<p>Hello,\n    <b>Anna</b>   and\tteam</p>") == "Hello, Anna and team"


def test_lists_become_dashes() -> None:
    assert html_to_text("<p>Steps:</p><ul><li>Open</li><li>Click <i>Save</i></li></ul>") == (
        "Steps:\n\n- Open\n- Click Save"
    )


def test_ordered_and_nested_lists_use_dashes_with_indent() -> None:
    assert html_to_text("<ol><li>a<ul><li>b</li></ul></li><li>c</ol>") == "- a\n  - b\n- c"


def test_script_style_and_head_are_dropped() -> None:
    html = (
        "<html><head><title>T</title><style>p{color:red}</style></head>"
        "<body><script>alert(1)</script><p>Visible</p><noscript>no</noscript></body></html>"
    )
    assert html_to_text(html) == "Visible"


def test_entities_are_decoded() -> None:
    html = "<p>Tom &amp; Jerry &lt;3 &nbsp;&laquo;ok&raquo; &#1055;&#x440;</p>"
    assert html_to_text(html) == "Tom & Jerry <3 «ok» Пр"


def test_link_target_is_kept_when_it_differs_from_the_text() -> None:
    assert html_to_text('<p>See <a href="https://shop.example/track/48213">tracking</a>.</p>') == (
        "See tracking (https://shop.example/track/48213)."
    )


@pytest.mark.parametrize(
    "html",
    [
        '<a href="https://shop.example">https://shop.example</a>',
        '<a href="https://shop.example/">shop.example</a>',
        '<a href="mailto:help@shop.example">help@shop.example</a>',
    ],
)
def test_link_target_is_not_repeated_when_shown(html: str) -> None:
    assert "(" not in html_to_text(html)


def test_images_and_anchors_are_not_fetched_or_shown() -> None:
    text = html_to_text('<p>Hi<img src="https://tracker.example/pixel.gif"> <a href="#top">top</a></p>')
    assert "tracker" not in text
    assert text == "Hi top"


def test_pre_keeps_its_layout() -> None:
    assert html_to_text("<pre>  code\n    indented</pre>") == "  code\n    indented"


def test_blockquote_is_quoted() -> None:
    html = "<p>My answer.</p><blockquote><p>Your question?</p><blockquote>Older</blockquote></blockquote>"
    assert html_to_text(html) == "My answer.\n\n> Your question?\n>\n> > Older"


def test_gmail_quote_is_one_level() -> None:
    html = (
        '<div dir="ltr">Reply</div><div class="gmail_quote">'
        '<div class="gmail_attr">On Mon, 12 May 2025 at 10:15, Anna &lt;'
        '<a href="mailto:anna@example.com">anna@example.com</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0">Question?</blockquote></div>'
    )
    assert html_to_text(html) == ("Reply\n> On Mon, 12 May 2025 at 10:15, Anna <anna@example.com> wrote:\n> Question?")


def test_apple_and_thunderbird_cite_blockquote() -> None:
    html = (
        '<div>Answer</div><div class="moz-cite-prefix">On 12.05.2025 10:15, Anna wrote:</div>'
        '<blockquote type="cite">Question?</blockquote>'
    )
    assert html_to_text(html) == "Answer\nOn 12.05.2025 10:15, Anna wrote:\n> Question?"


@pytest.mark.parametrize("marker", ['<div id="divRplyFwdMsg">', '<div id="x_appendonsend"></div><div>'])
def test_outlook_markers_quote_everything_after(marker: str) -> None:
    html = (
        f"<p>Thanks, done.</p>{marker}<b>From:</b> Anna<br><b>Sent:</b> Monday<br></div><div><p>Original text</p></div>"
    )
    text = html_to_text(html)
    assert text.startswith("Thanks, done.\n")
    assert "> From: Anna\n> Sent: Monday" in text
    assert text.endswith("> Original text")


def test_yandex_and_mailru_blockquote_after_attribution() -> None:
    html = (
        '<div>Готово.</div><div>12.05.2025, 10:15, "Ольга" &lt;olga@example.ru&gt;:</div>'
        "<blockquote><div>Где заказ?</div></blockquote>"
    )
    assert html_to_text(html) == 'Готово.\n12.05.2025, 10:15, "Ольга" <olga@example.ru>:\n> Где заказ?'


@pytest.mark.parametrize(
    "html",
    [
        "<div><p>unclosed <b>bold",
        "</div></p>stray closers",
        "<<<>>>",
        "<a href='x'>",
        "<!-- never closed",
        "<![if !mso]>x<![endif]>",
        "<table><tr><td>a<td>b</table>",
    ],
)
def test_broken_markup_does_not_raise(html: str) -> None:
    assert isinstance(html_to_text(html), str)


def test_table_cells_are_separated() -> None:
    html = "<table><tr><td>Order</td><td>48213</td></tr><tr><td>Total</td><td>10</td></tr></table>"
    assert html_to_text(html) == "Order 48213\nTotal 10"


def test_deep_nesting_is_capped_and_fast() -> None:
    html = "<blockquote>" * 20000 + "deep" + "</blockquote>" * 20000
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 2.0
    assert text.endswith("deep")
    assert text.count(">") <= 20


@pytest.mark.parametrize(
    "html",
    [
        "<b>a </b>" * 110_000,
        "<p>x</p>" * 120_000,
        "<li>x" * 150_000,
        "<span>" * 150_000 + "x",
        "<br>" * 250_000,
    ],
    ids=["inline-run", "paragraphs", "unclosed-items", "unclosed-spans", "breaks"],
)
def test_megabyte_of_markup_converts_in_linear_time(html: str) -> None:
    start = time.process_time()
    html_to_text(html)
    assert time.process_time() - start < 6.0  # stdlib html.parser costs ~1.5 s/MB; quadratic would be minutes


HTML_SCALING = {
    "blank-lines-then-blockquotes": lambda n: "<br>" * n + "<blockquote>x</blockquote>" * n,
    "nested-divs-in-a-gmail-quote": lambda n: '<div class="gmail_quote">' + "<div>" * n + "x" + "</div>" * n + "</div>",
    "many-cite-blockquotes": lambda n: '<blockquote type="cite">a</blockquote>' * n,
    "attributions-over-blockquotes": lambda n: "<div>a:</div><blockquote>q</blockquote>" * n,
    "outlook-header-boxes": lambda n: '<div style="border-top:solid #ccc 1pt"><p>From: a</p></div>' * n,
}


@pytest.mark.parametrize("name", list(HTML_SCALING))
def test_structural_split_grows_linearly(name: str) -> None:
    from replylint.parsing.html import split_html

    def best(markup: str) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            split_html(markup)
            times.append(time.process_time() - start)
        return max(min(times), 1e-4)

    small, large = best(HTML_SCALING[name](2000)), best(HTML_SCALING[name](8000))
    assert large / small < 9, f"{name}: {small * 1000:.1f} ms -> {large * 1000:.1f} ms for 4x the input"
