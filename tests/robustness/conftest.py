"""Hypothesis profiles for the robustness tests.

`ci` (the default) is derandomized: the same examples on every run, so a CI failure is reproducible and a green
run stays green. `fuzz` explores with fresh random examples and many more of them; run it locally when changing the
parser or a rule:

    REPLYLINT_HYPOTHESIS_PROFILE=fuzz python -m pytest tests/robustness -q

Per-test example counts are set on each test (they differ by cost); `_robustness_checks.examples` multiplies
them under the `fuzz` profile.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

_COMMON: dict[str, Any] = {
    "deadline": None,  # timings on a shared 2-core CI box are noise; hangs are caught by the rule time budget
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    "print_blob": True,
}
settings.register_profile("ci", derandomize=True, database=None, **_COMMON)
settings.register_profile("fuzz", derandomize=False, database=None, **_COMMON)
settings.load_profile(os.environ.get("REPLYLINT_HYPOTHESIS_PROFILE", "ci"))
