"""Property tests for the gate and configuration discovery (issue 12): any input gives a verdict or a ConfigError.

* `check_outgoing` returns a Verdict for any bytes and any MIME tree, over the size limit too (where it lints a
  copy without unread parts), and never says "send" for a message it could not lint;
* replylint's TOML scanner finds exactly the `[tool.replylint]` tables: for any other tables around them, the
  settings read equal tomllib's reading of our tables alone, and nothing in the other tables can make it fail;
* for any bytes as a config file, loading gives a Config or a one-line ConfigError, quickly.

The `ci` profile runs these derandomized; `fuzz` (tests/robustness/fuzz_campaign.py) explores.
"""

from __future__ import annotations

import time
import tomllib
from pathlib import Path
from typing import Any

from _robustness_checks import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import mime_message

from replylint._toml import load_ours
from replylint.errors import ConfigError
from replylint.hook import check_outgoing

CONFIG = {"select": ["length", "greeting-name", "sign-off", "subject-missing"]}


def _check(data: bytes, max_bytes: int = 5_000_000) -> None:
    verdict = check_outgoing(data, config={**CONFIG, "max-bytes": max_bytes}, environ={})
    assert verdict.outcome in ("clean", "findings", "error", "skipped")
    if verdict.outcome in ("error", "findings"):
        assert not verdict.send
    if verdict.outcome == "error":
        assert verdict.reason.strip() and "\n" not in verdict.reason.strip()
    verdict.render()


@settings(max_examples=examples(80))
@given(st.binary(max_size=3000))
def test_any_bytes_get_a_verdict(data: bytes) -> None:
    _check(data)


@settings(max_examples=examples(60))
@given(mime_message())
def test_any_mime_message_gets_a_verdict(data: bytes) -> None:
    _check(data)


@settings(max_examples=examples(40), suppress_health_check=list(HealthCheck))
@given(mime_message(), st.integers(min_value=40, max_value=600))
def test_any_mime_message_over_the_limit_gets_a_verdict(data: bytes, max_bytes: int) -> None:
    """A small max-bytes sends these through the copy-without-unread-parts path."""
    _check(data, max_bytes)


# ------------------------------------------------------------------------------------------------ TOML

_BARE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_", min_size=1, max_size=8)
_VALUE = st.recursive(
    st.one_of(
        st.integers(-1000, 1000), st.booleans(), st.text(max_size=12), st.floats(allow_nan=False, allow_infinity=False)
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_BARE, inner, max_size=3),
    max_leaves=8,
)
_TABLE = st.dictionaries(_BARE, _VALUE, max_size=4)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\U{ord(c):08x}" for c in value) + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f'"{k}" = {_toml_value(v)}' for k, v in value.items()) + "}"


def _table(header: str, table: dict[str, Any], multiline: str) -> str:
    lines = [f"[{header}]"]
    lines += [f'"{k}" = {_toml_value(v)}' for k, v in table.items()]
    if multiline:
        lines.append(f'doc = """\n{multiline}"""')
    return "\n".join(lines) + "\n"


_NOISE = st.sampled_from(
    [
        "[tool.replylint]",
        "[[tool.replylint]]",
        "x = [",
        "'''",
        '"',
        "# [tool.replylint]",
        "\\",
        "[tool.replylint.severity]",
        "]]]",
        "{",
        "tool.replylint.x = 1",
    ]
)


@settings(max_examples=examples(150))
@given(
    ours=_TABLE,
    sub=_TABLE,
    others=st.lists(st.tuples(_BARE, _TABLE, st.lists(_NOISE, max_size=4)), max_size=4),
    order=st.randoms(use_true_random=False),
)
def test_the_scanner_reads_exactly_our_tables(
    ours: dict[str, Any],
    sub: dict[str, Any],
    others: list[tuple[str, dict[str, Any], list[str]]],
    order: Any,
    tmp_path_factory: Any,
) -> None:
    pieces = [_table("tool.replylint", ours, ""), _table("tool.replylint.sub", sub, "")]
    pieces += [
        _table(f"tool.{name}x", table, "\n".join(noise) + ("\n" if noise else "")) for name, table, noise in others
    ]
    order.shuffle(pieces)
    text = "".join(pieces)
    path = tmp_path_factory.mktemp("toml") / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    expected = tomllib.loads(_table("tool.replylint", ours, "") + _table("tool.replylint.sub", sub, ""))
    assert load_ours(path, whole=False) == expected["tool"]["replylint"]


@settings(max_examples=examples(200))
@given(
    data=st.binary(max_size=400) | st.text(alphabet="[]{}\"'=.,#\n tool.replylintab123\\", max_size=300).map(str.encode)
)
def test_any_bytes_as_a_config_file_give_settings_or_a_config_error(data: bytes, tmp_path_factory: Any) -> None:
    folder: Path = tmp_path_factory.mktemp("cfg")
    for name, whole in (("replylint.toml", True), ("pyproject.toml", False)):
        path = folder / name
        path.write_bytes(data)
        started = time.monotonic()
        try:
            result = load_ours(path, whole=whole)
        except ConfigError as exc:
            assert str(exc).strip() and "\n" not in str(exc).strip()
        else:
            assert result is None or isinstance(result, dict)
        assert time.monotonic() - started < 5
