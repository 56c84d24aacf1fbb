"""The fresh-eyes review of the thirteenth session's rule changes (8259146..83db9b4) confirmed readings too broad;
each was narrowed, and these are its cases (and round 41's first two false alarms), run as the reviewer ran them.
"""

from __future__ import annotations

import pytest
from uq_cases import unanswered_count as _uq

FLAGGED = [
    # an admission about another question that says "at this time" is no date for this one
    (
        "Hi,\n\nWhen will my Oslo chairs be delivered? And is the Oslo table available in oak?\n\nAnn",
        "Hi Ann,\n\nI'm afraid I can't say at this time whether the Oslo table will be made in oak.\n\nBest,\nTom",
    ),
    # "un-", "de-", "dis-" make an opposite, not an aspect pair
    (
        "Hi,\n\nCould you unsubscribe me from the newsletter?\n\nAnn",
        "Hi Ann,\n\nI have subscribed you to the newsletter.\n\nBest,\nTom",
    ),
    (
        "Здравствуйте! Можете деактивировать мою карту лояльности?\nАнна",
        "Анна, здравствуйте!\n\nМы активировали вашу карту лояльности.\n\nС уважением,\nОлег",
    ),
    (
        "Hi,\n\nCan I book an appointment at the Leeds showroom?\n\nAnn",
        "Hi Ann,\n\nSorry for the disappointment with the Leeds showroom.\n\nBest,\nTom",
    ),
    # a refusal of another thing is no refusal of the one asked about
    (
        "Hi,\n\nCan you repair the zip on my Alta jacket?\n\nAnn",
        "Hi Ann,\n\nWe can't repair boots in our Leeds workshop at the moment.\n\nBest,\nTom",
    ),
    # a hedge after "when" is no clause of setting
    (
        "Hi,\n\nWhen roughly, can you look it up for order 4471?\n\nAnn",
        "Hi Ann,\n\nOf course, I've looked up order 4471: it has been packed.\n\nBest,\nTom",
    ),
]

ANSWERED = [
    # "caused" with its object tells what went wrong, apology or not
    (
        "Hi,\n\nWhy was my sofa delivery delayed?\n\nAnn",
        "Hi Ann,\n\nSorry: the snow on Tuesday caused the delay. Your sofa will come on Friday.\n\nBest,\nTom",
    ),
    (
        "Здравствуйте! Почему мне привезли сломанный стул?\nАнна",
        "Анна, здравствуйте!\n\nИзвините: повреждение причинил грузчик при погрузке.\n\nС уважением,\nОлег",
    ),
    (
        "Здравствуйте! Почему посылка пришла в другое отделение, а не в моё?\nАнна",
        "Анна, здравствуйте!\n\nИзвините, курьер доставил посылку в соседнее отделение. Завтра её перевезут в ваше.\n\n"
        "С уважением,\nОлег",
    ),
    # the words beside the "or" stay alternatives, whatever the letter said before
    (
        "Hi,\n\nMy bank card was declined online. Can I pay for the sofa by card on delivery, or only in cash?\n\nAnn",
        "Hi Ann,\n\nThe courier carries a terminal, so card is fine on delivery.\n\nBest,\nTom",
    ),
    (
        "Hi,\n\nLast year I bought the Oslo chair in oak. Is the new Oslo table oak, or only pine?\n\nAnn",
        "Hi Ann,\n\nThe new Oslo table comes in oak as well.\n\nBest,\nTom",
    ),
    # the house and the driver may be the very alternative of a question not about paying
    (
        "Hi,\n\nDo you carry the wardrobe inside, or only to the kerbside?\n\nAnn",
        "Hi Ann,\n\nYes, the driver will bring it into your house.\n\nBest,\nTom",
    ),
    # a class of weight is answered by the class
    (
        "Hi,\n\nWhat weight of yarn do I need for the Alpine jumper pattern?\n\nAnn",
        "Hi Ann,\n\nThe Alpine jumper is knitted in DK yarn: our Drops Merino Extra Fine is ideal.\n\nBest,\nTom",
    ),
    # round 41: an either/or asked in two sentences, its second framed "Or is it only...?"
    (
        "Hello,\n\nCan I use the Bright C serum in the morning under sunscreen? Or is it only for the evening?\n\nLucy",
        "Hi Lucy,\n\nThe Bright C serum works best in the morning under your sunscreen.\n\nKind regards,\nChloe",
    ),
    # round 41: "if there is, how long?" asks the warranty's term
    (
        "Hi,\n\nIs there a warranty on the Coniston bench - if there is, how long?\n\nJo",
        "Hi Jo,\n\nThe Coniston bench has a ten-year warranty against structural faults.\n\nBest,\nNathan",
    ),
]


@pytest.mark.parametrize(("original", "body"), FLAGGED)
def test_the_reviews_unanswered_cases_are_flagged(original: str, body: str) -> None:
    assert _uq(original, body) == 1


@pytest.mark.parametrize(("original", "body"), ANSWERED)
def test_the_reviews_answered_cases_are_not(original: str, body: str) -> None:
    assert _uq(original, body) == 0
