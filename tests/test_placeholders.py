"""The placeholder recogniser that template mode, greeting-name and mass-mailing share."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint.placeholders import (
    Placeholder,
    blank_out,
    find_placeholders,
    name_placeholder_in,
    names_a_name,
    names_agent,
    names_customer,
    names_signature,
    overlapping,
)


@pytest.mark.parametrize(
    ("text", "name", "syntax", "is_name", "fallback"),
    [
        ("{{ customer.first_name }}", "customer.first_name", "braces", True, None),
        ("{{ticket.requester.first_name}}", "ticket.requester.first_name", "braces", True, None),
        ("{{ticket.contact.name}}", "ticket.contact.name", "braces", True, None),
        ("{%customer.firstName,fallback=there%}", "customer.firstName", "helpscout", True, "there"),
        ("{name}", "name", "brace", True, None),
        ("%NAME%", "NAME", "percent", True, None),
        ("*|FNAME|*", "FNAME", "merge-tag", True, None),
        ("{{{name}}}", "name", "braces", True, None),
        ("${name}", "name", "brace", True, None),
        ("{{- customer.name -}}", "customer.name", "braces", True, None),
        ('{{ first_name | fallback: "there" }}', "first_name", "braces", True, "there"),
        ("{{ customer.first_name|default('друже')|title }}", "customer.first_name", "braces", True, "друже"),
        ("{{ customer['last_name'] }}", "customer.last_name", "braces", True, None),
        ("[Customer Name]", "Customer Name", "bracket", True, None),
        ("{имя}", "имя", "brace", True, None),
        ("%ИМЯ_КЛИЕНТА%", "ИМЯ_КЛИЕНТА", "percent", True, None),
        ("{ім'я}", "ім'я", "brace", True, None),
        ("%ІМ'Я%", "ІМ'Я", "percent", True, None),
        ("[ім'я клієнта]", "ім'я клієнта", "bracket", True, None),
        # Not the customer's name: the agent, the company, a product, an order number.
        ("{%user.firstName%}", "user.firstName", "helpscout", False, None),
        ("{{ ticket.assignee.name }}", "ticket.assignee.name", "braces", False, None),
        ("{{ current_user.first_name }}", "current_user.first_name", "braces", False, None),
        ("{{ product.name }}", "product.name", "braces", False, None),
        ("{{ order.number }}", "order.number", "braces", False, None),
        ("%USERNAME%", "USERNAME", "percent", False, None),
        ("[ORDER NUMBER]", "ORDER NUMBER", "bracket", False, None),
        ("{% if customer.first_name %}", "if customer.first_name", "tag", False, None),
        ("{%endif%}", "endif", "tag", False, None),
        ("{#- note for agents -#}", "note for agents", "comment", False, None),
        ("{{#items}}", "#items", "tag", False, None),
        ("{{#if customer.first_name}}", "#if customer.first_name", "tag", False, None),
        ("{{else}}", "else", "tag", False, None),
        ("{{~else~}}", "else", "tag", False, None),
        ("{{/if}}", "/if", "tag", False, None),
        ("{%- else -%}", "else", "tag", False, None),
        # osTicket and Zammad: `%{...}` and `#{...}`, the delimiters included in the placeholder
        ("%{ticket.name}", "ticket.name", "osticket", True, None),
        ("%{recipient.name.first}", "recipient.name.first", "osticket", True, None),
        ("%{ticket.name.first}", "ticket.name.first", "osticket", True, None),
        ("#{ticket.customer.firstname}", "ticket.customer.firstname", "osticket", True, None),
        ("%{staff.name}", "staff.name", "osticket", False, None),
        ("%{ticket.dept.name}", "ticket.dept.name", "osticket", False, None),
        ("%{ticket.number}", "ticket.number", "osticket", False, None),
    ],
)
def test_each_syntax_is_recognised(text: str, name: str, syntax: str, is_name: bool, fallback: str | None) -> None:
    line = f"Hello {text}, thanks."
    [found] = find_placeholders(line)
    assert line[found.start : found.end] == text
    assert (found.name, found.syntax, found.is_customer_name, found.fallback) == (name, syntax, is_name, fallback)


@pytest.mark.parametrize(
    "text",
    [
        "We offer 20% off and 30% more.",
        "See https://example.com/caf%C3%A9%20menu and %E2%80%99.",
        "As the customer said [sic], see [1] and [the docs](https://example.com).",
        'A set {1, 2} and a JSON {"id": 5}.',
    ],
)
def test_prose_is_not_a_placeholder(text: str) -> None:
    assert find_placeholders(text) == []


def test_overlapping_syntaxes_keep_the_longest() -> None:
    text = "Hi {{name}} and {%mailbox.name%}"
    found = find_placeholders(text)
    assert [text[p.start : p.end] for p in found] == ["{{name}}", "{%mailbox.name%}"]
    assert [p.syntax for p in found] == ["braces", "helpscout"]


def test_name_placeholder_in_a_span() -> None:
    text = "Hello {{ customer.first_name }},\n\nOrder {{ order.id }} left today.\n\nBest, {{ agent.name }}"
    greeting_end = text.index("\n")
    found = name_placeholder_in(text, 0, greeting_end)
    assert isinstance(found, Placeholder) and found.name == "customer.first_name"
    assert name_placeholder_in(text, greeting_end) is None


def test_overlapping_and_blank_out_keep_offsets() -> None:
    text = "Hi {{ name }},\nsee %LINK%."
    found = find_placeholders(text)
    assert overlapping(found, 0, 4) == [found[0]]
    blanked = blank_out(text)
    assert len(blanked) == len(text) and blanked.count("\n") == 1
    assert "{" not in blanked and "%" not in blanked
    assert blanked.startswith("Hi ") and blanked.endswith(".")
    with pytest.raises(ValueError, match="single character"):
        blank_out(text, fill="xx")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("first name", True),
        ("the customer's name", True),
        ("Имя клиента", True),
        ("по батькові", True),
        ("company name", False),
        ("username", False),
        ("", False),
        ("order.customer.name", True),
        ("order.name", False),
    ],
)
def test_names_customer(name: str, expected: bool) -> None:
    assert names_customer(name) is expected


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("{{ agent.first_name }}", True),
        ("{{ agent.name }}", True),
        ("{{current_user.first_name}}", True),
        ("{%user.firstName%}", True),
        ("{{ticket.agent.name}}", True),
        ("{{ ticket.assignee.name }}", True),
        ("%{staff.name}", True),
        ("{имя_оператора}", True),
        ("{ім'я_працівника}", True),
        # the customer's, or nobody's name
        ("{{ customer.first_name }}", False),
        ("{{ user.first_name }}", False),
        ("%{ticket.name}", False),
        ("{{ agent.email }}", False),
        ("{shop_name}", False),
    ],
)
def test_the_agents_name_is_recognised(text: str, agent: bool) -> None:
    [found] = find_placeholders(f"Thanks, {text}")
    assert found.is_agent_name is agent
    assert not (found.is_agent_name and found.is_customer_name)


def test_a_conditional_greeting_is_markup_around_a_name_placeholder() -> None:
    text = "{% if ticket.requester.first_name %}Hello {{ticket.requester.first_name}},{% else %}Hello,{% endif %}"
    found = find_placeholders(text)
    assert [p.syntax for p in found] == ["tag", "braces", "tag", "tag"]
    assert [p.is_variable for p in found] == [False, True, False, False]
    assert name_placeholder_in(text) is found[1]


@pytest.mark.parametrize(
    ("name", "signature", "a_name"),
    [
        ("signature", True, False),
        ("current_user.signature", True, False),
        ("ticket.agent.signature", True, False),
        ("подпись", True, False),
        ("shop_name", False, True),
        ("company.name", False, True),
        ("order.id", False, False),
    ],
)
def test_signature_and_name_variables(name: str, signature: bool, a_name: bool) -> None:
    assert names_signature(name) is signature
    assert names_a_name(name) is a_name


def test_names_agent_needs_an_agent() -> None:
    assert names_agent("agent.first_name") and names_agent("user.firstName", "helpscout")
    assert not names_agent("user.first_name") and not names_agent("name") and not names_agent("agent.phone")


PLACEHOLDER_PIECES = st.sampled_from(
    [
        "{{ name }}",
        "{{{x}}}",
        "{%customer.firstName,fallback=there%}",
        "#{ticket.id}",
        "{% if x %}",
        "{# note #}",
        "{name}",
        "%NAME%",
        "%E2%",
        "*|FNAME|*",
        "[Agent Name]",
        "[ORDER NUMBER]",
        "[имя]",
        "[1]",
        "{",
        "}",
        "%",
        "*|",
        "|*",
        "[",
        "]",
        " ",
        "Hello",
        "Ольга",
        "\n",
    ]
)


@settings(max_examples=1500)
@given(st.lists(PLACEHOLDER_PIECES, max_size=12).map("".join))
def test_skipping_the_syntaxes_whose_marks_are_absent_finds_what_scanning_them_all_finds(text: str) -> None:
    from replylint import placeholders

    every_scan = [
        *placeholders._braced(text),
        *placeholders._percented(text),
        *placeholders._merge_tags(text),
        *placeholders._bracketed(text),
    ]
    assert list(placeholders._candidates(text)) == every_scan
