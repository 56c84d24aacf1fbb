"""Start-up cost: `replylint --version`, `--help` and `import replylint` must not load the linter or compile the
body splitter's patterns (about 0.2 s of regex compilation, every language's conventions)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
{setup}
loaded = sorted(m for m in sys.modules if m.startswith("replylint"))
split = sys.modules.get("replylint.parsing.split")
pattern = type(__import__("re").compile(""))
compiled = split is not None and any(isinstance(v, pattern) for v in vars(split).values())
print(json.dumps({{"loaded": loaded, "compiled": compiled}}))
"""


def _probe(setup: str) -> dict[str, object]:
    code = PROBE.format(setup=setup)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    result: dict[str, object] = json.loads(run.stdout.splitlines()[-1])
    return result


def test_importing_the_package_loads_nothing_else() -> None:
    assert _probe("import replylint") == {"loaded": ["replylint"], "compiled": False}


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_do_not_load_the_linter(flag: str) -> None:
    result = _probe(
        f"from replylint.cli import main\nimport contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    main([{flag!r}])"
    )
    loaded = result["loaded"]
    assert isinstance(loaded, list) and "replylint.cli" in loaded
    assert "replylint.api" not in loaded and "replylint.engine" not in loaded
    assert result["compiled"] is False


def test_the_public_names_still_resolve_and_the_patterns_compile_on_first_use() -> None:
    result = _probe(
        "from replylint import lint, Severity, Rule, audit\n"
        "assert lint('Hello Anna,\\n\\nDone.\\n\\nBest,\\nTom\\n\\nOn Mon, Anna wrote:\\n> Hi').text\n"
        "import replylint; assert set(replylint.__all__) <= set(dir(replylint))"
    )
    assert result["compiled"] is True


def test_an_unknown_name_is_an_attribute_error() -> None:
    import replylint

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        replylint.nope  # noqa: B018 - the lookup itself is the test
