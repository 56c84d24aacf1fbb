"""The command line: formats, exit codes, stdin, errors as one line, terminal safety."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from replylint.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "replylint" / "examples"
GOOD = "Subject: Re: order 48213\n\nHello Anna,\n\nYour parcel left today and arrives on Thursday.\n\nBest,\nTom\n"


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def clean_reply(tmp_path: Path) -> Path:
    path = tmp_path / "good.eml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_clean_reply_exits_zero(clean_reply: Path) -> None:
    code, out, err = run(["check", str(clean_reply), "--select", "subject-missing,length"])
    assert (code, err) == (0, "")
    assert out.strip() == "0 findings in 1 reply"


def test_findings_exit_one_with_linter_style_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Done.", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--select", "length"])
    assert code == 1
    assert (
        out.splitlines()[0] == f"{path}:1:1: warning length The reply is only 1 word(s); say what was done "
        "and what happens next."
    )


def test_fail_on_error_lets_warnings_pass(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Done.", encoding="utf-8")
    assert run(["check", str(path), "--select", "length", "--fail-on", "error"])[0] == 0


def test_stdin_and_json(clean_reply: Path) -> None:
    code, out, _ = run(["check", "-", "--format", "json", "--select", "length"], stdin=b"Done.")
    data = json.loads(out)
    assert code == 1 and data[0]["source"] == "<stdin>" and data[0]["schema"] == 3
    assert data[0]["findings"][0]["rule"] == "length"


def test_sarif_is_2_1_0_with_rules_and_results(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Done.", encoding="utf-8")
    _, out, _ = run(["check", str(path), "--format", "sarif", "--select", "length"])
    doc = json.loads(out)
    assert doc["version"] == "2.1.0" and doc["$schema"].endswith("sarif-2.1.0.json")
    run0 = doc["runs"][0]
    ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    [result] = run0["results"]
    assert ids[result["ruleIndex"]] == result["ruleId"] == "length"
    assert result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}


def test_github_annotations(tmp_path: Path) -> None:
    path = tmp_path / "bad,file.txt"
    path.write_text("Done.", encoding="utf-8")
    _, out, _ = run(["check", str(path), "--format", "github", "--select", "length"])
    assert out.startswith("::warning file=") and "%2C" in out and ",line=1,col=1,title=length::" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.eml"], "missing.eml"),
        (["check", "x.txt", "--select", "no-such-rule"], "unknown rule 'no-such-rule'"),
        (["check", "x.txt", "--format", "xml"], "invalid choice"),
        (["nonsense"], "invalid choice"),
        (["explain", "lenght"], "did you mean 'length'"),
    ],
)
def test_usage_and_input_errors_exit_two_with_one_line(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("Hello there, all is well.", encoding="utf-8")
    code, _, err = run(args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_config_error_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "replylint.toml").write_text("selct = ['length']\n", encoding="utf-8")
    reply = tmp_path / "r.txt"
    reply.write_text("Hello", encoding="utf-8")
    code, _, err = run(["check", str(reply)])
    assert code == 2 and err.count("\n") == 1 and "did you mean 'select'" in err


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    # The parser already drops C0 controls from bodies; a file name can still carry them.
    path = tmp_path / "evil\x1b[2J\x1b]0;pwned\x07.txt"
    path.write_text("Ok.\x1b[2J \u202eevil", encoding="utf-8")
    _, out, _ = run(["check", str(path), "--select", "length", "--show-source", "--color", "never"])
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\e[2J" in out


def test_terminal_safe_escapes_controls_bidi_and_zero_width() -> None:
    from replylint.formats.safe import terminal_safe

    assert terminal_safe("a\x1b[31mb\x9bc\u202ed\u200be\r\nf") == "a\\e[31mb\\x9bc\\u202ed\\u200be\\r\\nf"
    assert terminal_safe("line1\nline2", keep_newlines=True) == "line1\nline2"
    assert terminal_safe("Привіт, Олено! 😀") == "Привіт, Олено! 😀"


def test_colour_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Done.", encoding="utf-8")
    assert "\x1b[" not in run(["check", str(path), "--select", "length"])[1]
    assert "\x1b[33m" in run(["check", str(path), "--select", "length", "--color", "always"])[1]


def test_rules_and_explain() -> None:
    code, out, _ = run(["rules"])
    assert code == 0 and "length" in out and "subject-missing" in out
    code, out, _ = run(["explain", "length"])
    assert code == 0 and out.startswith("# length") and "## Examples" in out


def test_python_dash_m_matches_the_script(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Done.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "replylint", "check", str(path), "--select", "length"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and "length" in proc.stdout


def test_bundled_example_has_findings() -> None:
    code, out, _ = run(["check", str(EXAMPLES / "draft.eml")])
    assert code == 1
    assert "subject-missing" in out


def test_an_unreadable_file_does_not_hide_the_others(tmp_path: Path) -> None:
    first, last = tmp_path / "a.txt", tmp_path / "c.txt"
    first.write_text("Done.", encoding="utf-8")
    last.write_text("Ok.", encoding="utf-8")
    code, out, err = run(["check", str(first), str(tmp_path / "missing.eml"), str(last), "--select", "length"])
    assert code == 2
    assert "missing.eml" in err and err.count("\n") == 1
    assert "a.txt:1:1" in out and "c.txt:1:1" in out and "2 findings in 2 replies" in out


def test_check_template_reads_front_matter_and_sidecar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check --template` reads a template as the pytest plugin does: front matter and sidecar sample messages
    count, and findings point at the template file's lines."""
    front = tmp_path / "late.txt"
    front.write_text(
        "---\noriginal: |\n  When will my order 48213 arrive? And can I pay by card?\n  Anna Smith\n"
        "language: en\n---\nHello {{ customer.first_name }},\n\nYour order arrives on Friday.\n\n"
        "Kind regards,\n{{ agent.name }}\n",
        encoding="utf-8",
    )
    assert main(["check", "--template", str(front), "--select", "unanswered-question"]) == 1
    out = capsys.readouterr().out
    assert f"{front}:7:1:" in out and "pay by card" in out  # the question comes from the front matter
    assert "original:" not in out

    side = tmp_path / "sized.txt"
    side.write_text(
        "Hello {{ customer.first_name }},\n\nThe M fits a 90 cm chest.\n\nKind regards,\n{{ agent.name }}\n",
        encoding="utf-8",
    )
    (tmp_path / "sized.original.txt").write_text("Which size fits a 90 cm chest?\nAnna", encoding="utf-8")
    assert main(["check", "--template", str(side)]) == 0
    capsys.readouterr()

    broken = tmp_path / "broken.txt"
    broken.write_text("---\nnot a key\n---\nHello,\n", encoding="utf-8")
    assert main(["check", "--template", str(broken), str(side)]) == 2
    err = capsys.readouterr().err
    assert "broken.txt" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_an_error_not_a_success(tmp_path: Path) -> None:
    """The console command skips interpreter teardown; a failed final write must still fail the run."""
    reply = tmp_path / "reply.txt"
    reply.write_text("Hello Anna,\n\nYour parcel ships today.\n\nBest regards,\nDana\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "replylint", "check", str(reply)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            check=False,
        )
    assert proc.returncode == 2
    assert "cannot write the output" in proc.stderr and "Traceback" not in proc.stderr


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Hello Anna,\n\nThanks!!!!!! Your parcel ships today.\n\nBest regards,\nDana\n", encoding="utf-8")
    # PYTHONUNBUFFERED makes CPython drop the unwritten rest of a short pipe write silently; test the default
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "replylint", "check", *[str(reply)] * 3000, "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()  # like `| head -c 100`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err


@pytest.mark.parametrize("engine_id", ["internal-error", "invalid-suppression"])
def test_explain_knows_the_engine_findings(engine_id: str) -> None:
    code, out, _ = run(["explain", engine_id])
    assert code == 0
    assert out.startswith(f"# {engine_id}\n")
    assert "reported by the engine" in out


BAD = "Subject: Re: order 48213\n\nHello Anna,\n\nNo.\n\nTom\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "replies"
    (root / "drafts").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "good.eml").write_text(GOOD, encoding="utf-8")
    (root / "drafts" / "bad.eml").write_text(BAD, encoding="utf-8")
    (root / "drafts" / "bad.original.eml").write_text("Hello, when does it ship?\n", encoding="utf-8")
    (root / "notes.md").write_text(BAD, encoding="utf-8")
    (root / ".git" / "x.txt").write_text(BAD, encoding="utf-8")
    return root


def test_a_directory_lints_its_included_files(folder: Path) -> None:
    code, out, _ = run(["check", str(folder), "--select", "length", "--format", "json"])
    sources = sorted(Path(r["source"]).relative_to(folder).as_posix() for r in json.loads(out))
    assert sources == ["drafts/bad.eml", "good.eml"]  # not notes.md, .git, or the sample message
    assert code == 1
    code, out, _ = run(["check", str(folder), "--select", "length", "--format", "json", "--exclude", "drafts/*"])
    assert [Path(r["source"]).name for r in json.loads(out)] == ["good.eml"]
    assert code == 0
    code, out, _ = run(["check", str(folder), "--select", "length", "--format", "json", "--include", "*.md"])
    assert [Path(r["source"]).name for r in json.loads(out)] == ["notes.md"]


def test_include_and_exclude_come_from_the_config(folder: Path) -> None:
    (folder / "replylint.toml").write_text('include = ["*.md"]\nexclude = ["drafts/*"]\n', encoding="utf-8")
    code, out, _ = run(["check", str(folder), "--select", "length", "--format", "json"])
    assert [Path(r["source"]).name for r in json.loads(out)] == ["notes.md"]
    assert code == 1


def test_a_directory_with_nothing_to_lint_is_an_error(tmp_path: Path) -> None:
    code, _, err = run(["check", str(tmp_path)])
    assert code == 2
    assert "no file matches include" in err


def test_no_paths_lints_the_configured_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "replies").mkdir()
    (tmp_path / "replies" / "late.txt").write_text("Hello {{ customer.first_name }},\n\nhi\n", encoding="utf-8")
    code, _, err = run(["check"])
    assert code == 2
    assert "no paths given and no `templates` configured" in err
    (tmp_path / "pyproject.toml").write_text('[tool.replylint]\ntemplates = ["replies/*.txt"]\n', encoding="utf-8")
    code, out, _ = run(["check", "--select", "length,mass-mailing", "--format", "json"])
    [report] = json.loads(out)
    assert Path(report["source"]).name == "late.txt"
    assert [f["rule"] for f in report["findings"]] == ["length"]  # the placeholder is expected in a template
    assert code == 1


def test_statistics_quiet_exit_zero_and_output_file(folder: Path, tmp_path: Path) -> None:
    code, out, _ = run(["check", str(folder), "--select", "length,sign-off", "--statistics"])
    lines = out.splitlines()
    assert lines[-1] == "2 findings in 2 replies"
    assert [line.split()[:3] for line in lines[:-1]] == [["1", "warning", "length"], ["1", "warning", "sign-off"]]
    assert code == 1
    code, out, _ = run(["check", str(folder), "--select", "length", "--quiet", "--exit-zero"])
    assert code == 0
    assert out.count("\n") == 1 and " length " in out  # the finding, no summary line
    target = tmp_path / "out.sarif"
    code, out, _ = run(["check", str(folder), "--format", "sarif", "-o", str(target)])
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    code, _, err = run(["check", str(folder), "-o", str(tmp_path / "no" / "such" / "dir" / "x")])
    assert code == 2
    assert "cannot write" in err


def test_show_settings_names_the_file_rules_and_options(folder: Path) -> None:
    (folder / "replylint.toml").write_text(
        'ignore = ["pushy"]\n[rules.length]\nmax-words = 250\n[allow]\nmass-mailing = ["NOVA POSHTA"]\n',
        encoding="utf-8",
    )
    code, out, _ = run(["check", str(folder), "--show-settings"])
    assert code == 0
    assert f"config file: {folder / 'replylint.toml'}" in out
    assert "    max-words = 250" in out
    assert "    allow: 'NOVA POSHTA'" in out
    assert "not run: pushy" in out


def test_stdin_findings_point_at_its_lines() -> None:
    raw = "From: a@shop.example\nTo: anna@example.com\nSubject: Re: order\n\nHello Anna,\n\nShipped today.\n\nTom\n"
    code, out, _ = run(["check", "-", "--select", "sign-off"], stdin=raw.encode())
    assert out.splitlines()[0].startswith("<stdin>:9:1: warning sign-off ")
    assert code == 1


def test_a_body_the_file_holds_encoded_is_placed_in_the_reply_text(tmp_path: Path) -> None:
    import base64

    body = base64.b64encode(b"Hello Anna,\n\nShipped today.\n\nTom\n").decode()
    path = tmp_path / "b64.eml"
    path.write_text(
        f"Subject: Re: order\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{body}\n",
        encoding="utf-8",
    )
    code, out, _ = run(["check", str(path), "--select", "sign-off"])
    assert out.splitlines()[0].startswith(f"{path} (in the reply's text, 5:1): warning sign-off ")
    assert code == 1
