"""The classes blind round 25 taught.

- Sentences: a number with its unit and the full stop that spaCy keeps as one token ("2700K.", «40Вт.») ends the
  sentence when a capital follows, so two sentences are not read as one long one (length's long-sentence).
- quote-unrecognised: Mail.ru's header for a sender with no display name («Четверг, 20 ноября 2025, 14:22 +03:00 от
  kot@mail.ru:») names the sender by the bare address before the colon, with a time: it is a header.
"""

from __future__ import annotations

import pytest
from uq_cases import kinds

from replylint.model import Lang
from replylint.nlp import pipeline


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "We recommend a warm white LED of around 2700K. Yes, it works with a dimmer.", 2),
        ("ru", "Мощность лампы 40Вт. Да, она подходит к диммеру.", 2),
        ("uk", "Потужність лампи 40Вт. Так, вона підходить до димера.", 2),
    ],
)  # fmt: skip
def test_a_number_with_its_unit_ends_a_sentence(lang: Lang, text: str, count: int) -> None:
    assert len(list(pipeline(lang).analyse(text).sentences)) == count


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("ru", "Четверг, 20 ноября 2025, 14:22 +03:00 от kot.begemot77@mail.ru:"),
        ("uk", "Четвер, 20 листопада 2025, 14:22 +02:00 від kit.begemot@ukr.net:"),
        ("en", "Thursday, 20 November 2025, 14:22 +00:00 from cat.lover77@mail.com:"),
    ],
)  # fmt: skip
def test_a_bare_address_with_a_time_is_a_quote_header(lang: Lang, header: str) -> None:
    body = f"Есть.\n\n{header}\n> Есть ли когтеточка?\n>\n> Заранее спасибо!"
    assert kinds("quote-unrecognised", lang, body) == []
    assert kinds("quote-unrecognised", lang, body.replace(header, "Ваше письмо:")) == ["no-header"]
