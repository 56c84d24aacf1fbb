"""The classes blind round 30 taught (fixed after its first run was recorded).

- delay-notice: a time in the clause that gives the delay's cause («потому что наш гравёр на этой неделе на
  больничном») is when the cause happened, not the new date; a cause clause that says what will happen keeps it
  (so does, for now, one with a present-tense verb: «бо гравер цього тижня хворіє» still reads as dated).
- pushy: "Add the matching Oat Body Wash to your basket" is a call though the product takes five words.
- sign-off: the team in the shop after its name («пекарня «Хлібна хата», відділ гуртових продажів») is a name.
"""

from __future__ import annotations

import pytest
from uq_cases import kinds, signed


@pytest.mark.parametrize(
    ("lang", "body", "found"),
    [
        (
            "ru",
            "Гравировка занимает больше времени, чем мы планировали, потому что гравёр на этой неделе в отпуске.",
            True,
        ),
        ("uk", "Гравіювання займає більше часу, ніж ми планували, бо гравер цього тижня у відпустці.", True),
        ("en", "Sorry, the engraving is taking longer than planned because our engraver is off sick this week.", True),
        ("ru", "Извините, доставка задерживается, потому что курьер приедет только в пятницу, 5 декабря.", False),
        ("uk", "Перепрошуємо, доставка затримується, бо кур'єр приїде лише в п'ятницю, 5 грудня.", False),
        ("en", "Sorry, the delivery is delayed because the courier will only come on Friday, 5 December.", False),
    ],
)
def test_the_time_of_a_cause_is_no_new_date(lang: str, body: str, found: bool) -> None:
    assert ("no-new-date" in kinds("delay-notice", lang, body)) is found


def test_a_product_named_at_length_still_goes_to_the_basket() -> None:
    body = (
        "Yes, it's fragrance-free. Order yours today.\n\nAdd the matching Oat Body Wash to your basket as well.\n\n"
        "Buy both before Sunday and we'll include a free travel-size cleanser."
    )
    assert kinds("pushy", "en", body) == ["repeated-call"]
    assert kinds("pushy", "en", "Add the matching Oat Body Wash to your basket as well.") == []


@pytest.mark.parametrize(
    ("lang", "signer", "named"),
    [
        ("uk", "пекарня «Хлібна хата», відділ гуртових продажів", True),
        ("ru", "магазин «Лён», отдел оптовых продаж", True),
        ("uk", "дякуємо за «Лапки», до зустрічі", False),
    ],
)
def test_the_team_after_the_shops_name(lang: str, signer: str, named: bool) -> None:
    assert (signed(lang, {"uk": "З повагою,", "ru": "С уважением,"}[lang], signer) == []) is named
