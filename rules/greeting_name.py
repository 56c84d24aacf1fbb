"""The greeting-name rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from replylint.mail.greeting import opening_lines, uses_name
from replylint.mail.names import known_names, suggest_greeting
from replylint.placeholders import name_placeholder_in
from replylint.rule import Hit, Rule, RuleContext, bad, good


class GreetingName(Rule):
    """Open the reply with a greeting, and greet the customer by name when the name is known.

    A reply that starts straight with the facts reads as curt, and "Hello," to someone who signed "Olena" or whose
    name is in the ticket reads as a form letter. Greeting the wrong person ("Hi Sarah" to Priya) is worse: it tells
    the customer the answer was pasted from someone else's ticket. The name is known from the caller's
    `customer_name`, the display name in the original's From or the reply's To, or the name the customer signed
    with; any form of it counts (first name, "Иван Петрович", "Ms. Smith", the vocative "Олено"), in any script or
    spelling ("Olga" for "Ольга", "Tom" for "Том", "Олена" for "Елена", an unusual vocative like "Іллє" for "Ілля",
    the vocative in Latin letters: "Dear Oleno," to Олена). Names of their
    own stay apart however alike they look: "Іван" is not "Іванна", "Олег" not "Ольга", "Саша" not "Маша". When no
    name is known, a greeting without one is fine. An automatic acknowledgement is no exception: when the name is
    known, its "Hello," is `no-name` (helpdesks fill the name in with a merge field).
    A short form the customer never used is not their name ("Катя"
    for a customer known as "Екатерина", "Kate" for "Katherine"): it is reported as the wrong name. The full form
    for a customer who signs with a short one is fine ("Екатерина" for "Катя"). When the sources disagree (the
    reply's To says "Katherine Moore", she signs "Kate"), a greeting with any of them is fine, and a suggestion uses
    the most trusted: the caller's `customer_name`, then the original's From, then the reply's To, then the
    signature. A short form is accepted only when one of those sources holds it; a full form need not appear
    anywhere. The address itself is never read for a name: "sashko.bike@…" tells nothing, so with no display name,
    signature or `customer_name` no name is known and any greeting passes. A generic salutation ("Dear customer",
    «Уважаемый покупатель!», «Шановний покупцю») and a greeting with an unfilled placeholder ("Добрий день,
    [Ім'я]!") are greetings, so never `missing`. When the name is known, the greeting with a placeholder is
    `no-name`, unless the reply is checked as a template (`template` fact), where the placeholder is the name to be
    filled in; the generic salutation is reported once, by mass-mailing (`generic-salutation`, which suggests the
    greeting by name), and not again here. A patronymic alone is not the name: «Светлана Игоревна» for Ирина
    Игоревна is the wrong name. A title with another surname ("Dear Ms Kowalski" to Anna Nowak) is the wrong name
    too; beside the right first name, the patronymic is not compared («Нина Петровна» for Нина Сергеевна is not
    reported). A name alone opening the first sentence («Анна, курьер привезёт заказ в среду») calls the customer
    but greets no one: it is `missing`.
    """

    id = "greeting-name"
    lexicons = (
        "closings",
        "generic_salutations",
        "greeting_fillers",
        "greetings",
        "honorifics",
        "informal_greetings",
        "name_variants",
        "non_person_names",
        "placeholder_words",
    )
    tags = ("structure", "greeting")

    @dataclass(frozen=True)
    class Options:
        require_greeting: bool = field(
            default=True, metadata={"doc": "Flag replies that open with no greeting at all."}
        )

    messages = {
        "missing": "The reply does not open with a greeting; start with one, using the customer's name if known.",
        "no-name": "The greeting does not use the customer's name ({name}); greet them by name.",
        "wrong-name": "The greeting addresses {found}, but the customer is {name}.",
    }
    examples = (
        bad(
            "en",
            "Your order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("missing", "Your order 48213 left our warehouse today."),
        ),
        bad(
            "en",
            "Hello,\n\nYour order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("no-name", "Hello"),
            facts={"customer_name": "Anna Smith"},
        ),
        bad(
            "en",
            "Hi Sarah,\n\nYour order 48213 left our warehouse today.\n\nKind regards,\nMarta",
            ("wrong-name", "Sarah"),
            original="Where is order 48213?\n\nThanks,\nPriya",
            note="the customer signed 'Priya'",
        ),
        good(
            "en",
            "Dear Ms. Whitfield,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            original="From: Jane Whitfield <jane@example.org>\n\nWhere is my order?",
        ),
        good(
            "en",
            "Hello,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            note="no name is known anywhere, so a nameless greeting is right",
        ),
        bad("ru", "Заказ 48213 передан курьеру.\n\nС уважением,\nМарина", ("missing", "Заказ 48213 передан курьеру.")),
        bad(
            "ru",
            "Здравствуйте!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("no-name", "Здравствуйте"),
            original="Когда привезут заказ 48213?\n\nОльга",
        ),
        bad(
            "ru",
            "Добрый день, Мария!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("wrong-name", "Мария"),
            facts={"customer_name": "Ольга Смирнова"},
        ),
        good(
            "ru",
            "Ольга, добрый день!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            original="Когда привезут заказ 48213?\n\nОльга",
        ),
        good(
            "ru",
            "Здравствуйте, Иван Петрович!\n\nЗаказ передан курьеру.\n\nС уважением,\nМарина",
            facts={"customer_name": "Иван Петров"},
        ),
        bad(
            "uk",
            "Замовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("missing", "Замовлення 48213 передано кур'єру."),
        ),
        bad(
            "uk",
            "Добрий день!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("no-name", "Добрий день"),
            facts={"customer_name": "Олена"},
        ),
        bad(
            "uk",
            "Добрий день, Ірино!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("wrong-name", "Ірино"),
            facts={"customer_name": "Олена Коваленко"},
        ),
        good(
            "uk",
            "Добрий день, Олено Петрівно!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            facts={"customer_name": "Олена"},
            note="the vocative 'Олено' is the name 'Олена'",
        ),
        good(
            "uk",
            "Добрий день, Іллє!\n\nТак, павербанк можна брати в ручну поклажу.\n\nЗ повагою,\nДенис",
            facts={"customer_name": "Ілля Савчук"},
            note="an unusual spelling of the vocative of 'Ілля' is still his name",
        ),
        bad(
            "uk",
            "Добрий день, Іване!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            ("wrong-name", "Іване"),
            facts={"customer_name": "Іванна Коваленко"},
            note="'Іван' and 'Іванна' are two names",
        ),
        good(
            "uk",
            "Вітаю, пане Коваленко!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            facts={"customer_name": "Андрій Коваленко"},
        ),
        bad(
            "ru",
            "Катя, здравствуйте!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("wrong-name", "Катя"),
            facts={"customer_name": "Екатерина Смирнова"},
            note="a short form she never used",
        ),
        bad(
            "en",
            "Hi Kate,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            ("wrong-name", "Kate"),
            original="From: Katherine Moore <k.moore@example.org>\n\nWhere is my order?",
        ),
        good(
            "en",
            "Hi Olga,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            facts={"customer_name": "Ольга Смирнова"},
            note="a transliterated name is the same name",
        ),
        good(
            "ru",
            "Джон, здравствуйте!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            facts={"customer_name": "John Miller"},
            note="an English name in Cyrillic («Джон» for John, «Сара» for Sarah) is the same name",
        ),
        bad(
            "ru",
            "Здравствуйте, Саша!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            ("wrong-name", "Саша"),
            original="Где мой заказ 48213?\n\nАлександр",
            note="a short form no source holds: he signs 'Александр'",
        ),
        good(
            "uk",
            "Добрий день, Сашко!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            original="From: sashko.bike@example.com\n\nДе моє замовлення?",
            note="the address is not read for a name, so no name is known and any greeting passes",
        ),
        good(
            "ru",
            "Уважаемый покупатель!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            original="Где мой заказ 48213?\n\nИрина Петрова",
            note="a generic salutation is a greeting, so not `missing`; mass-mailing reports it, once",
        ),
        good(
            "en",
            "Dear Valued Customer,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            facts={"customer_name": "Anna Smith"},
            note="mass-mailing's generic-salutation says this already",
        ),
        bad(
            "uk",
            "Доброго дня!\n\nЗамовлення 48213 передано кур'єру.\n\nЗ повагою,\nМарина",
            ("no-name", "Доброго дня"),
            original="Де моє замовлення?\n\nТарас Шевчук",
            note="a greeting that is not a generic salutation still needs the known name",
        ),
        bad(
            "uk",
            "Добрий день, [Ім'я]!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            "no-name",
            original="Де моє замовлення?\n\nІрина Петренко",
            note="an unfilled placeholder is not the name",
        ),
        good(
            "uk",
            "Добрий день, Катерино!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            original="Коли приїде замовлення?\nКатя",
            note="the full form for a customer who signs with a short one",
        ),
        good(
            "en",
            "Hello,\n\nYour order left our warehouse today.\n\nKind regards,\nMarta",
            original="Could you send a quote for 40 blankets?\n\nThanks",
            note="a letter that ends on its closing is signed with no name: 'Thanks' is not one",
        ),
        good(
            "ru",
            "Здравствуйте!\n\nЗаказ 48213 передан курьеру.\n\nС уважением,\nМарина",
            original="Когда привезут заказ 48213?\n\nСпасибо!",
            note="a letter that ends on its closing is signed with no name",
        ),
        good(
            "uk",
            "Добрий день!\n\nЗамовлення передано кур'єру.\n\nЗ повагою,\nМарина",
            original="Коли приїде замовлення?\n\nДякую",
            note="a letter that ends on its closing is signed with no name",
        ),
        bad(
            "en",
            "Hello,\n\nWe have received your message and will reply within one working day. Our help centre has "
            "answers to common questions: https://shop.example/help\n\nKind regards,\nThe Volt & Co Support Team",
            ("no-name", "Hello"),
            original="Hi, my kettle arrived with a cracked lid.\n\nThanks,\nPriya",
            note="an automatic acknowledgement greets a known customer by name too",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        lines = opening_lines(ctx.text)
        if not lines:
            return
        greeting = ctx.greeting
        if greeting is None:
            if self.options.require_greeting:
                known = known_names(ctx).first()  # perf: looked for only where a finding can use it
                first = lines[0]
                yield Hit(
                    "missing",
                    first.start,
                    first.end,
                    {"name": known.name if known else None},
                    suggestion=suggest_greeting(known, ctx.language) if known else None,
                )
            return
        if (
            ctx.facts.template
            and greeting.placeholder is not None
            and name_placeholder_in(ctx.text, greeting.placeholder.start, greeting.placeholder.end)
        ):
            return  # a template greets with the merge field that will hold the customer's name
        if greeting.generic is not None and not greeting.personal:
            return  # mass-mailing's generic-salutation, whatever the names (perf: they are not looked for)
        names = known_names(ctx)  # perf: read source by source, so a greeting with the From name stops there
        known = names.first()
        if known is None or uses_name(greeting, names, ctx.language):
            return
        params = {"name": known.name, "found": None}
        suggestion = suggest_greeting(known, ctx.language, greeting.phrase)
        if greeting.personal:
            first_name, last_name = greeting.personal[0], greeting.personal[-1]
            found = ctx.text[first_name.start : last_name.end]
            yield Hit("wrong-name", first_name.start, last_name.end, {**params, "found": found}, suggestion=suggestion)
            return
        if greeting.generic is not None:
            return  # mass-mailing's generic-salutation: the same line, the same advice, reported once
        yield Hit("no-name", greeting.start, greeting.end, params, suggestion=suggestion)
