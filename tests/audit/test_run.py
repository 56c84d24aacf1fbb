"""End to end on Dask: the CLI and replylint.audit on the bundled samples, escaping in the report, resumption after
an interrupted run, and the same results from the local default and from separately started dask processes."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import replylint
from replylint.auditing import run
from replylint.cli import main
from tests.audit.conftest import SAMPLES, mbox, message

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """One single-worker local cluster for the module: starting one per test would cost seconds each."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as c,
        distributed.Client(c) as client,
    ):
        yield client


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def comparable(outcome: run.AuditOutcome) -> tuple[Any, Any]:
    return outcome.table, outcome.summary


def test_cli_audits_every_sample(tmp_path: Path, cluster: Any) -> None:
    out = tmp_path / "report"
    code, stdout, err = cli(
        "audit", str(SAMPLES), "--team", "shop.example", "--out", str(out), "--scheduler", cluster.scheduler.address
    )
    assert code == 0, err
    # The worker plugin is installed on the worker, and it built the Linter (and its pipelines) there.
    installed = cluster.run(lambda dask_worker: [name for name in dask_worker.plugins if name.startswith(run._PLUGIN)])
    assert [len(names) for names in installed.values()] == [1]
    built = cluster.run(lambda dask_worker: getattr(dask_worker, "replylint_linter", None) is not None)
    assert list(built.values()) == [True]
    assert "replylint audit: 23 messages (1 malformed), 10 replies and 1 automatic messages linted" in stdout
    doc = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1 and doc["counts"]["replies"] == 10
    assert doc["rules"]["greeting-name"]["summary"] and doc["rules"]["greeting-name"]["severity"]
    assert set(doc["pair_methods"]) >= {"in-reply-to", "ticket", "thread-index", "gmail-thread", "subject-token"}
    assert [p["reason"] for p in doc["problems"]] == ["no From address"]
    assert doc["worst"] and all("finding_list" in w and w["file"] for w in doc["worst"])
    with (out / "replies.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 11 and {"pair_confidence", "reply_seconds", "business_seconds"} <= set(table[0])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.index("<svg") < html.index("<table")  # charts first, tables after
    if pytest.importorskip("pyarrow.parquet") is not None:
        import pyarrow.parquet as pq

        assert pq.read_table(out / "replies.parquet").num_rows == 11
    code, _, _ = cli(
        "audit",
        str(SAMPLES),
        "--team",
        "shop.example",
        "--out",
        str(out),
        "--fail-on",
        "info",
        "--scheduler",
        cluster.scheduler.address,
    )
    assert code == 1


def test_input_and_usage_errors_exit_2(tmp_path: Path, cluster: Any) -> None:
    code, _, err = cli("audit", str(tmp_path / "missing.mbox"), "--out", str(tmp_path / "o"))
    assert code == 2 and "no such file" in err
    code, _, err = cli(
        "audit", str(SAMPLES / "mbox"), "--out", str(tmp_path / "o"), "--scheduler", cluster.scheduler.address
    )
    assert code == 2 and "no message is the team's" in err
    code, _, err = cli("audit", str(SAMPLES), "--workers", "0")
    assert code == 2
    (tmp_path / "file").write_text("", encoding="utf-8")
    code, _, err = cli("audit", str(SAMPLES), "--team", "shop.example", "--out", str(tmp_path / "file" / "out"))
    assert code == 2 and "cannot write to" in err
    code, _, err = cli("check", str(SAMPLES / "mbox" / "support.mbox"))
    assert code == 2 and "replylint audit" in err


def test_check_still_lints_one_message_saved_with_an_envelope_line(tmp_path: Path) -> None:
    one = mbox(
        tmp_path / "one.eml",
        message(
            "M <m@shop.example>",
            "Re: Q",
            "Mon, 10 Nov 2025 10:00:00 +0000",
            "r@x",
            "Hi Anna,\n\nThe cable is 1 metre long.\n\nKind regards,\nMarta\n",
        ),
    )
    code, _, err = cli("check", str(one))
    assert code in (0, 1) and "replylint audit" not in err


def test_report_escapes_mail_text(tmp_path: Path, cluster: Any) -> None:
    evil = "<script>alert(1)</script>"
    path = mbox(
        tmp_path / "evil.mbox",
        message(
            f'"{evil}" <anna@example.com>',
            f"Order {evil}",
            "Mon, 10 Nov 2025 09:00:00 +0000",
            "q@x",
            "Where is my order?\n",
        ),
        message(
            "Evil\x1b[31m\u202eAgent <agent@shop.example>",
            f"Re: Order {evil}",
            "Tue, 11 Nov 2025 12:00:00 +0000",
            "r@x",
            f"Hi,\n\n<img src=x onerror=alert(1)> {evil} sorry\n",
            In_Reply_To="<q@x>",
        ),
    )
    replylint.audit([path], out=tmp_path / "out", team=["shop.example"], scheduler=cluster)
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html and "\x1b" not in html and "\u202e" not in html
    assert "&lt;script&gt;" in html and "\\u202e" in html
    assert re.findall(r"<[a-z]+\b[^<>]*\b(?:src|href|action)=", html) == [] and "url(" not in html
    assert [u for u in ("http://", "https://") if u in html.replace('xmlns="http://www.w3.org/2000/svg"', "")] == []


def test_an_interrupted_audit_resumes_from_finished_shards(
    tmp_path: Path, cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run, "LINT_BATCH", 2)
    reference = replylint.audit([SAMPLES], out=tmp_path / "ref", team=["shop.example"], scheduler=cluster)

    class Stop(Exception):
        pass

    def stop_after_first(stage: str, _i: int) -> None:
        if stage == "lint":
            raise Stop

    from replylint.auditing.settings import AuditSettings
    from replylint.config import Config

    settings = AuditSettings(team=("shop.example",))
    with pytest.raises(Stop):
        run.execute([SAMPLES], Config(), settings, tmp_path / "out", scheduler=cluster, on_shard=stop_after_first)
    written = sorted(p.name for p in (tmp_path / "out" / ".shards").glob("lint-*.json"))
    assert len(written) == 1
    resumed = replylint.audit([SAMPLES], out=tmp_path / "out", team=["shop.example"], scheduler=cluster)
    assert resumed.stats.reused == resumed.stats.shards - (len(reference.table) + 1) // 2 + 1
    assert comparable(resumed) == comparable(reference)
    again = replylint.audit([SAMPLES], out=tmp_path / "out", team=["shop.example"], scheduler=cluster)
    assert again.stats.reused == again.stats.shards
    # A changed configuration is a different audit: nothing is reused.
    other = replylint.audit([SAMPLES], out=tmp_path / "out", team=["shop.example", "gmail.com"], scheduler=cluster)
    assert other.stats.reused == 0


def test_changed_input_is_scanned_again(tmp_path: Path, cluster: Any) -> None:
    path = mbox(
        tmp_path / "in" / "a.mbox" if (tmp_path / "in").mkdir() is None else tmp_path,
        message("A <a@example.com>", "Q", "Mon, 10 Nov 2025 09:00:00 +0000", "q@x", "Where?\n"),
        message(
            "M <m@shop.example>", "Re: Q", "Mon, 10 Nov 2025 10:00:00 +0000", "r@x", "Here.\n", In_Reply_To="<q@x>"
        ),
    )
    first = replylint.audit([path], out=tmp_path / "o", team=["shop.example"], scheduler=cluster)
    assert first.summary["counts"]["replies"] == 1
    with path.open("a", encoding="utf-8") as fh:
        fh.write(
            "From x Mon Nov 10 11:00:00 2025\n"
            + message(
                "M <m@shop.example>", "Re: Q", "Mon, 10 Nov 2025 11:00:00 +0000", "r2@x", "More.\n", In_Reply_To="<q@x>"
            )
            + "\n"
        )
    second = replylint.audit([path], out=tmp_path / "o", team=["shop.example"], scheduler=cluster)
    assert second.summary["counts"]["replies"] == 2


@pytest.mark.skipif(
    shutil.which("dask", path=str(Path(sys.executable).parent)) is None and shutil.which("dask") is None,
    reason="the dask command-line tool is not installed",
)
def test_local_default_and_separate_dask_processes_agree(tmp_path: Path) -> None:
    dask_cli = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert dask_cli is not None
    local = replylint.audit([SAMPLES], out=tmp_path / "local", team=["shop.example"], workers=1)
    scheduler_file = tmp_path / "scheduler.json"
    procs = [
        subprocess.Popen(
            [
                dask_cli,
                "scheduler",
                "--scheduler-file",
                str(scheduler_file),
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--no-dashboard",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        # Loopback only: the worker would otherwise listen on the machine's network address.
        procs.append(
            subprocess.Popen(
                [
                    dask_cli,
                    "worker",
                    "--scheduler-file",
                    str(scheduler_file),
                    "--nworkers",
                    "1",
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--host",
                    "127.0.0.1",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        with distributed.Client(scheduler_file=str(scheduler_file), timeout=30) as client:
            client.wait_for_workers(1, timeout=60)
        remote = replylint.audit(
            [SAMPLES], out=tmp_path / "remote", team=["shop.example"], scheduler=str(scheduler_file)
        )
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    assert remote.stats.workers == 1 and local.stats.workers == 1
    assert comparable(remote) == comparable(local)
    assert local.summary["counts"]["replies"] == 10


def test_the_report_and_the_summary_speak_the_message_language(tmp_path: Path, cluster: Any) -> None:
    out = tmp_path / "report"
    code, stdout, err = cli(
        "audit",
        str(SAMPLES),
        "--team",
        "shop.example",
        "--out",
        str(out),
        "--scheduler",
        cluster.scheduler.address,
        "--message-language",
        "uk",
    )
    assert code == 0, err
    assert stdout.startswith("replylint audit: листів: 23 (пошкоджених: 1), перевірено відповідей: 10")
    doc = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert doc["message_language"] == "uk"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="uk">' in html and "<h1>Аудит відповідей служби підтримки</h1>" in html
    assert "Support replies audit" not in html and ">Нд<" in html  # the weekday rows of the heatmap too
    # the charts' own words, units and legends too
    assert 'aria-label="Розподіл часу відповіді"' in html and "Частка відповідей вчасно" in html
    for english in ("Reply-time histogram", "wait until the reply", "black line", "within 1 h", " min<", " replies<"):
        assert english not in html, english


def test_audit_help_and_errors_are_translated() -> None:
    code, stdout, _ = cli("audit", "--help", "--message-language", "ru")
    assert code == 0 and "проверить архивы отправленной почты" not in stdout  # that is the subcommand's summary
    assert "куда записать отчёт (по умолчанию ./audit)" in stdout
    code, _, err = cli("audit", "x.mbox", "--workers", "0", "--message-language", "uk")
    assert code == 2 and err == "replylint: error: --workers має бути не менше 1\n"


def test_chart_units_and_numbers_follow_the_report_language() -> None:
    from replylint.auditing import charts

    assert [charts.duration(s, "en") for s in (600, 5400, 3 * 86400)] == ["10 min", "1.5 h", "3.0 d"]
    assert [charts.duration(s, "ru") for s in (600, 5400, 3 * 86400)] == ["10 мин", "1,5 ч", "3,0 дн."]
    assert [charts.duration(s, "uk") for s in (600, 5400, None)] == ["10 хв", "1,5 год", "–"]
    assert charts.percent(0.68, "en") == "68%" and charts.percent(0.68, "uk") == "68\u00a0%"
    bars = charts.histogram([{"from": 0, "to": 3600, "count": 2}, {"from": 3600, "to": None, "count": 5}], "ru")
    assert (
        "≤ 1,0 ч: 2 ответа" in bars
        and "&gt; 1,0 ч: 5 ответов" in bars
        and ">1 ч<" in bars
        and "ожидание ответа" in bars
    )
