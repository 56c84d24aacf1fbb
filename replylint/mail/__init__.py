"""The mail structure of a reply, as the engine works it out: lines and paragraphs, the customer's names, the
greeting, the sign-off, placeholders.

Rules get these facts from `RuleContext` (`ctx.greeting`, `ctx.sign_off`, `ctx.customer_names`, ...), computed
once per reply whichever rule asks first; the functions here are what those properties call, and the building
blocks (name comparison, line splitting) a rule may use on text of its own.
"""
