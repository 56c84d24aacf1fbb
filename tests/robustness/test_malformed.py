"""Real malformed messages from public test suites each either lint or give the documented parse error.

The messages come from `../shared/corpus/malformed/` (collected from mail-library test suites; see its README and
manifest.jsonl). The MIT and Apache-2.0 ones are copied into tests/fixtures/malformed/ with attribution, so this runs
without ../shared; files only in ../shared (a licence that does not allow copying, or added later) are tested from
there when it is present. A file present in both is tested once, from the copy.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
from pathlib import Path

import pytest
from _robustness_checks import check_report, lint_checked, linter

from replylint.errors import ReplyParseError
from replylint.model import Report

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "malformed"
SHARED = REPO.parent / "shared" / "corpus" / "malformed"
COPYABLE = frozenset({"MIT", "Apache-2.0"})


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def _manifest() -> dict[str, dict[str, object]]:
    """The shared corpus manifest by file name, or {} without ../shared."""
    path = SHARED / "manifest.jsonl"
    if not path.is_file():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {Path(str(row["file"])).name: row for row in rows}


def _messages() -> list[Path]:
    copies = sorted(FIXTURES.glob("*.eml"))
    seen = {_sha1(p) for p in copies}
    shared = sorted(SHARED.glob("*.eml")) if SHARED.is_dir() else []
    return copies + [p for p in shared if _sha1(p) not in seen]


MESSAGES = _messages()


def _id(path: Path) -> str:
    return f"{'fixtures' if path.parent == FIXTURES else 'shared'}/{path.stem}"


@pytest.mark.parametrize("path", MESSAGES, ids=[_id(p) for p in MESSAGES])
def test_malformed_message_lints_or_is_a_parse_error(path: Path) -> None:
    """As a file (twice, same report; every output format terminal-safe), as bytes and as a parsed Message."""
    assert isinstance(lint_checked(path), Report | ReplyParseError)
    data = path.read_bytes()
    # Bytes are sniffed (a .eml path is always a message), so the outcomes may differ; each must still be clean.
    for value in (data, email.message_from_bytes(data), email.message_from_bytes(data, policy=email.policy.default)):
        try:
            report = linter().lint(value)
        except ReplyParseError:
            continue
        check_report(report)


def test_fixture_copies_are_attributed_and_unmodified() -> None:
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    copies = sorted(FIXTURES.glob("*.eml"))
    assert copies, "tests/fixtures/malformed/ holds no messages"
    for path in copies:
        row = next((line for line in readme.splitlines() if f"`{path.name}`" in line), None)
        assert row is not None, f"{path.name} is not attributed in tests/fixtures/malformed/README.md"
        assert _sha1(path) in row, f"{path.name} differs from the attributed upstream bytes"
        assert "| MIT |" in row or "| Apache-2.0 |" in row, f"{path.name}: licence must be MIT or Apache-2.0"


def test_fixtures_are_exactly_the_copyable_part_of_the_shared_corpus() -> None:
    manifest = _manifest()
    if not manifest:
        pytest.skip("../shared/corpus/malformed is not present in this checkout")
    copies = {p.name for p in FIXTURES.glob("*.eml")}
    copyable = {name for name, row in manifest.items() if row.get("license") in COPYABLE}
    assert copies <= set(manifest), f"copies not in the shared manifest: {sorted(copies - set(manifest))}"
    assert not copies - copyable, f"copied despite their licence: {sorted(copies - copyable)}"
    assert copies == copyable, f"copyable but not copied: {sorted(copyable - copies)}"
    for name in copies:
        assert _sha1(FIXTURES / name) == manifest[name]["sha1"]
