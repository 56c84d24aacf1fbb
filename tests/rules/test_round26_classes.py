"""The classes blind round 26 taught.

- unanswered-question: "if" after "tell me" means "whether" ("Could you tell me if it is fully waterproof, or just
  showerproof?"): it opens no clause of condition to cut out of the first alternative.
- delay-notice: "run ... late" reads "late" as written ("running Android 8.0 or later" is no delay).
"""

from __future__ import annotations

from uq_cases import kinds
from uq_cases import unanswered as _unanswered


def test_if_after_tell_me_is_whether() -> None:
    original = "Hi,\n\nCould you tell me if the Tidewater raincoat is fully waterproof, or just showerproof?\n\nBen"
    assert _unanswered("en", original, "The Tidewater is fully waterproof, with taped seams.") == []
    assert _unanswered("en", original, "The Tidewater has a hood and two zipped pockets.") != []


def test_later_after_running_is_no_delay() -> None:
    """ "run ... late" reads "late" as written: "running Android 8.0 or later" runs nothing late."""
    assert kinds("delay-notice", "en", "It needs a phone running Android 8.0 or later.") == []
    assert kinds("delay-notice", "en", "Our courier is running a little late this week.") != []
