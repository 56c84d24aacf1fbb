"""The greeting-name rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from replylint.placeholders import name_placeholder_in
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._mail import (
    customer_names,
    find_greeting,
    opening_lines,
    suggest_greeting,
    uses_name,
    uses_short_form,
)


class GreetingName(Rule):
    """Open the reply with a greeting, and greet the customer by name when the name is known.

    A reply that starts straight with the facts reads as curt, and "Hello," to someone who signed "Olena" or whose
    name is in the ticket reads as a form letter. Greeting the wrong person ("Hi Sarah" to Priya) is worse: it
    tells the customer the answer was pasted from someone else's ticket. The name is known from the caller's
    `customer_name`, the display name in the original's From or the reply's To, or the name the customer signed
    with; a greeting that uses any of them passes, so when they disagree (From says "Katherine Moore", she signs
    "Kate") either is right, and the suggestion uses the first of that list. Any form of the name counts: first
    name, "Иван Петрович", "Ms. Smith", the vocative "Олено", a transliteration ("Olga" for "Ольга") and the
    Ukrainian or Russian spelling of the same name ("Олено" for a customer who signs "Елена"). A short form is
    not the name: "Kate" for "Katherine", «Катя» for «Екатерина», «Сашко» for «Олександр» is reported as
    `nickname` unless the customer used that form somewhere. When no name is known, a greeting without one is
    fine; "Dear customer" is a greeting without a name (mass-mailing reports the form-letter wording).
    """

    id = "greeting-name"
    tags = ("structure", "greeting")

    @dataclass(frozen=True)
    class Options:
        require_greeting: bool = field(
            default=True, metadata={"doc": "Flag replies that open with no greeting at all."})

    messages = {
        "missing": "The reply does not open with a greeting; start with one, using the customer's name if known.",
        "no-name": "The greeting does not use the customer's name ({name}); greet them by name.",
        "wrong-name": "The greeting addresses {found}, but the customer is {name}.",
        "nickname": "The greeting calls the customer {found}, a short form they did not use; address them as "
                    "{name}.",
    }
    examples = (
        bad("en", "Your order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("missing", "Your order 48213 left our warehouse today.")),
        bad("en", "Hello,\n\nYour order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("no-name", "Hello"), facts={"customer_name": "Anna Smith"}),
        bad("en", "Hi Sarah,\n\nYour order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("wrong-name", "Sarah"), original="Where is order 48213?\n\nThanks,\nPriya",
            note="the customer signed 'Priya'"),
        bad("en", "Hi Kate,\n\nYour order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("nickname", "Kate"), original="Where is order 48213?\n\nWith thanks,\nKatherine Moore",
            note="she signed 'Katherine'; 'Kate' is a short form she never used"),
        good("en", "Hi Kate,\n\nYour order 48213 left our warehouse today.\n\nKind regards,\nMarta",
             original="From: Katherine Moore <k.moore@example.org>\n\nWhere is order 48213?\n\nThanks,\nKate",
             note="From says Katherine, she signs Kate: both are her names"),
        good("en", "Dear Ms. Whitfield,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
             original="From: Jane Whitfield <jane@example.org>\n\nWhere is my order?"),
        good("en", "Hello,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
             note="no name is known anywhere, so a nameless greeting is right"),
        bad("ru", "Заказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("missing", "Заказ 48213 передан курьеру.")),
        bad("ru", "Здравствуйте!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("no-name", "Здравствуйте"), original="Когда привезут заказ 48213?\n\nОльга"),
        bad("ru", "Добрый день, Мария!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("wrong-name", "Мария"), facts={"customer_name": "Ольга Смирнова"}),
        bad("ru", "Добрый день, Катя!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("nickname", "Катя"), original="Когда привезут заказ 48213?\n\nЕкатерина Смирнова"),
        good("ru", "Olga, добрый день!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
             original="Когда привезут заказ 48213?\n\nОльга", note="a transliteration is the same name"),
        good("ru", "Ольга, добрый день!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
             original="Когда привезут заказ 48213?\n\nОльга"),
        good("ru", "Здравствуйте, Иван Петрович!\n\nЗаказ передан курьеру.\n\nС уважением,\nМарина",
             facts={"customer_name": "Иван Петров"}),
        bad("uk", "Замовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("missing", "Замовлення 48213 передано кур'єру.")),
        bad("uk", "Добрий день!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("no-name", "Добрий день"), facts={"customer_name": "Олена"}),
        bad("uk", "Добрий день, Ірино!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("wrong-name", "Ірино"), facts={"customer_name": "Олена Коваленко"}),
        good("uk", "Добрий день, Олено Петрівно!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
             facts={"customer_name": "Олена"}, note="the vocative 'Олено' is the name 'Олена'"),
        bad("uk", "Добрий день, Сашко!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("nickname", "Сашко"), facts={"customer_name": "Олександр Бондар"}),
        good("uk", "Добрий день, Олено!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
             original="Когда привезут заказ 48213?\n\nЕлена",
             note="Олена is the Ukrainian spelling of Елена: the same name, greeted in the reply's language"),
        good("uk", "Вітаю, пане Коваленко!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
             facts={"customer_name": "Андрій Коваленко"}),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        lines = opening_lines(ctx.text)
        if not lines:
            return
        names = customer_names(ctx)
        known = names[0] if names else None
        greeting = find_greeting(ctx)
        if greeting is None:
            if self.options.require_greeting:
                first = lines[0]
                yield Hit("missing", first.start, first.end, {"name": known.name if known else None},
                          suggestion=suggest_greeting(known, ctx.language) if known else None)
            return
        if (ctx.facts.template and greeting.placeholder is not None
                and name_placeholder_in(ctx.text, greeting.placeholder.start, greeting.placeholder.end)):
            return  # a template greets with the merge field that will hold the customer's name
        if known is None or uses_name(greeting, names, ctx.language):
            return
        params = {"name": known.name, "found": None}
        suggestion = suggest_greeting(known, ctx.language, greeting.phrase)
        if greeting.personal:
            first_name, last_name = greeting.personal[0], greeting.personal[-1]
            found = ctx.text[first_name.start:last_name.end]
            kind = "nickname" if uses_short_form(greeting, names, ctx.language) else "wrong-name"
            yield Hit(kind, first_name.start, last_name.end, {**params, "found": found}, suggestion=suggestion)
            return
        yield Hit("no-name", greeting.start, greeting.end, params, suggestion=suggestion)
