"""Real helpdesk templates in template mode: conditional greetings, merge fields in address headers and in the
sign-off, osTicket's `%{...}`. None of them is a finding in a template; the same text as a rendered reply still
is (its placeholders were never filled)."""

from __future__ import annotations

import pytest

import replylint
from replylint.model import Report

RULES = ["greeting-name", "mass-mailing", "sign-off", "address-invalid"]

ORIGINALS = {
    "en": "Hello,\n\nWhere is my refund for order 48213?\n\nThanks,\nAnna Smith",
    "ru": "Здравствуйте!\n\nКогда вернут деньги за заказ 48213?\n\nСпасибо,\nОльга Смирнова",
    "uk": "Добрий день!\n\nКоли повернуть гроші за замовлення 48213?\n\nДякую,\nОлена Коваленко",
}
BODIES = {
    "en": "Your refund for order 48213 was issued today and should reach your card within five business days.",
    "ru": "Возврат по заказу 48213 оформлен сегодня, деньги поступят на карту в течение пяти рабочих дней.",
    "uk": "Повернення коштів за замовленням 48213 оформлено сьогодні, гроші надійдуть на картку протягом п'яти "
    "робочих днів.",
}
HELLO = {
    "en": ("Hello ", ",", "Hello,"),
    "ru": ("Здравствуйте, ", "!", "Здравствуйте!"),
    "uk": ("Добрий день, ", "!", "Добрий день!"),
}
CLOSING = {"en": "Kind regards,", "ru": "С уважением,", "uk": "З повагою,"}
TEAM = {"en": "Support team", "ru": "служба поддержки", "uk": "служба підтримки"}
GENERIC = {"en": "Dear Customer,", "ru": "Уважаемый клиент!", "uk": "Шановний клієнте!"}


def lint(lang: str, text: str, *, template: bool = True, original: bool = True) -> Report:
    return replylint.lint(
        text, ORIGINALS[lang] if original else None, select=RULES, context={"language": lang, "template": template}
    )


def findings(report: Report) -> list[tuple[str, str]]:
    return [(f.rule, str(f.data.get("kind"))) for f in report.findings]


def conditional_greetings(lang: str) -> list[str]:
    word, end, bare = HELLO[lang]
    var = "ticket.requester.first_name"
    return [
        f"{{% if {var} %}}{word}{{{{{var}}}}}{end}{{% else %}}{bare}{{% endif %}}",
        f"{{%- if {var} -%}}\n{word}{{{{ {var} }}}}{end}\n{{%- else -%}}\n{bare}\n{{%- endif -%}}",
        f"{{{{#if customer.first_name}}}}{word}{{{{customer.first_name}}}}{end}{{{{else}}}}{bare}{{{{/if}}}}",
        # the fallback branch first: what a customer with a name reads is the second one
        f"{{% unless {var} %}}{bare}{{% else %}}{word}{{{{{var}}}}}{end}{{% endunless %}}",
    ]


def template(lang: str, greeting: str, signer: str) -> str:
    return f"{greeting}\n\n{BODIES[lang]}\n\n{CLOSING[lang]}\n{signer}\n"


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_conditional_greeting_greets_by_the_name_placeholder(lang: str) -> None:
    for greeting in conditional_greetings(lang):
        text = template(lang, greeting, "Marta")
        assert findings(lint(lang, text)) == [], greeting
        rendered = findings(lint(lang, text, template=False))
        assert ("mass-mailing", "placeholder") in rendered, greeting  # unfilled, the customer would see it


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_generic_fallback_branch_is_not_a_form_letter(lang: str) -> None:
    word, end, _ = HELLO[lang]
    greeting = (
        f"{{% if customer.first_name %}}{word}{{{{ customer.first_name }}}}{end}{{% else %}}"
        f"{GENERIC[lang]}{{% endif %}}"
    )
    assert findings(lint(lang, template(lang, greeting, "Marta"))) == []
    reversed_ = (
        f"{{% unless customer.first_name %}}{GENERIC[lang]}{{% else %}}{word}{{{{ customer.first_name }}}}"
        f"{end}{{% endunless %}}"
    )
    assert findings(lint(lang, template(lang, reversed_, "Marta"))) == []


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_conditional_without_a_name_is_still_judged(lang: str) -> None:
    """Markup is skipped, not the greeting: every branch generic is a form letter, no name is no name."""
    generic = f"{{% if vip %}}{GENERIC[lang]}{{% else %}}{GENERIC[lang]}{{% endif %}}"
    assert ("mass-mailing", "generic-salutation") in findings(lint(lang, template(lang, generic, "Marta")))
    bare = HELLO[lang][2]
    nameless = f"{{% if vip %}}{bare}{{% else %}}{bare}{{% endif %}}"
    assert findings(lint(lang, template(lang, nameless, "Marta"))) == [("greeting-name", "no-name")]


SIGNERS = [
    "{{ agent.first_name }}, {team}",
    "{{ agent.name }}",
    "{{current_user.first_name}}, {team}",
    "{%user.firstName%}",
    "{{ticket.agent.name}}",
    "%{staff.name}",
    "{{ agent.first_name }} | {team}",
]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@pytest.mark.parametrize("signer", SIGNERS)
def test_the_agents_merge_field_signs(lang: str, signer: str) -> None:
    greeting = f"{HELLO[lang][0]}{{{{ customer.first_name }}}}{HELLO[lang][1]}"
    text = template(lang, greeting, signer.replace("{team}", TEAM[lang]))
    assert findings(lint(lang, text)) == []
    assert ("mass-mailing", "placeholder") in findings(lint(lang, text, template=False))


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_agents_merge_field_on_the_closing_line(lang: str) -> None:
    greeting = f"{HELLO[lang][0]}{{{{ customer.first_name }}}}{HELLO[lang][1]}"
    text = f"{greeting}\n\n{BODIES[lang]}\n\n{CLOSING[lang]} {{{{ agent.first_name }}}}\n"
    assert findings(lint(lang, text)) == []


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@pytest.mark.parametrize("signer", ["{{ customer.first_name }}", "[Agent Name]", "{{ order.id }}"])
def test_other_merge_fields_do_not_sign(lang: str, signer: str) -> None:
    """The customer's own name, a blank to fill in by hand, an order number: nobody signs."""
    greeting = f"{HELLO[lang][0]}{{{{ customer.first_name }}}}{HELLO[lang][1]}"
    assert findings(lint(lang, template(lang, greeting, signer))) == [("sign-off", "no-name")]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_signature_merge_field_closes_and_signs(lang: str) -> None:
    greeting = f"{HELLO[lang][0]}%{{recipient.name.first}}{HELLO[lang][1]}"
    text = f"{greeting}\n\n{BODIES[lang]}\n\n%{{signature}}\n"
    assert findings(lint(lang, text)) == []
    assert findings(lint(lang, f"{greeting}\n\n{BODIES[lang]}\n")) == [("sign-off", "missing")]
    rendered = findings(lint(lang, text, template=False))
    assert rendered.count(("mass-mailing", "placeholder")) == 2


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@pytest.mark.parametrize("holder", ["%{ticket.name}", "%{recipient.name.first}", "#{ticket.customer.firstname}"])
def test_osticket_and_zammad_placeholders_greet_by_name(lang: str, holder: str) -> None:
    text = template(lang, f"{HELLO[lang][0]}{holder}{HELLO[lang][1]}", "%{staff.name}")
    assert findings(lint(lang, text)) == []
    rendered = lint(lang, text, template=False)
    assert [rendered.text[f.start : f.end] for f in rendered.findings if f.rule == "mass-mailing"] == [
        holder,
        "%{staff.name}",
    ]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@pytest.mark.parametrize(
    "to", ["{{ customer.email }}", '"{{ customer.name }}" <{{ customer.email }}>', "%{ticket.email}"]
)
def test_a_placeholder_address_is_not_invalid_in_a_template(lang: str, to: str) -> None:
    greeting = f"{HELLO[lang][0]}{{{{ customer.first_name }}}}{HELLO[lang][1]}"
    mail = f"From: Support <support@shop.example>\nTo: {to}\nSubject: Re: 48213\n\n" + template(lang, greeting, "Marta")
    assert findings(lint(lang, mail, original=False)) == []
    rendered = findings(lint(lang, mail, template=False, original=False))
    assert ("address-invalid", "invalid-syntax") in rendered


def test_a_bad_written_address_is_still_invalid_in_a_template() -> None:
    mail = "From: Support <support@shop.example>\nTo: anna@@example.com\nSubject: Re: 48213\n\n" + template(
        "en", "Hello {{ customer.first_name }},", "Marta"
    )
    assert findings(lint("en", mail, original=False)) == [("address-invalid", "invalid-syntax")]
