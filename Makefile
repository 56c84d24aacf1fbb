# Developer shortcuts; CI runs .ci/run.
PYTHON ?= python
FUZZ_MINUTES ?= 10

.PHONY: test fuzz

test:
	$(PYTHON) -m pytest -q

# At least FUZZ_MINUTES of property tests under fresh random seeds; prints "test | inputs | misbehaved".
fuzz:
	$(PYTHON) tests/robustness/fuzz_campaign.py --minutes $(FUZZ_MINUTES)
