"""The classes blind round 26 taught (both regressions of the ninth session's own fixes).

- unanswered-question: "if" after "tell me" means "whether" ("Could you tell me if it is fully waterproof, or just
  showerproof?"): it opens no clause of condition to cut out of the first alternative.
"""

from __future__ import annotations

from uq_cases import unanswered as _unanswered


def test_if_after_tell_me_is_whether() -> None:
    original = "Hi,\n\nCould you tell me if the Tidewater raincoat is fully waterproof, or just showerproof?\n\nBen"
    assert _unanswered("en", original, "The Tidewater is fully waterproof, with taped seams.") == []
    assert _unanswered("en", original, "The Tidewater has a hood and two zipped pockets.") != []
