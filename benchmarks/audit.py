"""`replylint audit` at scale: generate a realistic archive, audit it, report time, peak memory and report size.

    python benchmarks/audit.py --messages 10000            # one archive of 10,000 messages
    python benchmarks/audit.py --messages 10000 100000     # several sizes, to see whether time is linear
    python benchmarks/audit.py --messages 2000 --keep out  # keep the archive and the report in ./out

The archive is one mbox: customer messages in Russian, Ukrainian and English, half of the messages replies by a
team of eight agents, threaded by In-Reply-To (some by subject only), with follow-ups, automatic acknowledgements,
unanswered messages, a few malformed messages and unescaped "From " lines in bodies. Replies are fast or slow,
polite or not, greeted or not, so every chart has something to show. Seeded: the same size gives the same archive.
Nothing here asserts: a slow machine reports, never fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

CUSTOMERS = {
    "ru": [("Ольга", "Ольга"), ("Иван", "Иван"), ("Елена", "Елена"), ("Сергей", "Сергей"), ("Мария", "Мария")],
    "uk": [("Олена", "Олено"), ("Тарас", "Тарасе"), ("Ірина", "Ірино"), ("Андрій", "Андрію"), ("Соня", "Соню")],
    "en": [("Anna", "Anna"), ("James", "James"), ("Emily", "Emily"), ("Tom", "Tom"), ("Grace", "Grace")],
}
QUESTIONS = {
    "ru": [
        "Когда привезут заказ {n}? Оплатила неделю назад.",
        "Как вернуть деньги за заказ {n}?",
        "Можно ли изменить адрес доставки для заказа {n}?",
        "Не приходит код подтверждения, что делать?",
        "Какой размер выбрать при росте 170 см?",
    ],
    "uk": [
        "Коли привезуть замовлення {n}? Оплатила тиждень тому.",
        "Як повернути гроші за замовлення {n}?",
        "Чи можна змінити адресу доставки для замовлення {n}?",
        "Не приходить код підтвердження, що робити?",
        "Який розмір обрати при зрості 170 см?",
    ],
    "en": [
        "When will order {n} arrive? I paid a week ago.",
        "How do I get a refund for order {n}?",
        "Can I change the delivery address for order {n}?",
        "The confirmation code never arrives, what now?",
        "Which size should I pick if I am 170 cm tall?",
    ],
}
ANSWERS = {
    "ru": [
        "Заказ {n} привезём в четверг до 18:00.",
        "Деньги за заказ {n} вернём на карту в течение 3 дней.",
        "Адрес доставки для заказа {n} изменили, курьер уже знает.",
        "Проверьте номер телефона в профиле: код уходит на него.",
        "При росте 170 см подойдёт размер M.",
    ],
    "uk": [
        "Замовлення {n} привеземо в четвер до 18:00.",
        "Гроші за замовлення {n} повернемо на картку протягом 3 днів.",
        "Адресу доставки для замовлення {n} змінили, кур'єр уже знає.",
        "Перевірте номер телефону в профілі: код надходить на нього.",
        "При зрості 170 см підійде розмір M.",
    ],
    "en": [
        "Order {n} will arrive on Thursday before 6 pm.",
        "We will refund order {n} to your card within 3 days.",
        "We changed the delivery address for order {n}; the courier knows.",
        "Please check the phone number in your profile: the code goes there.",
        "At 170 cm, size M fits.",
    ],
}
GREET = {"ru": "{v}, добрый день!", "uk": "{v}, добрий день!", "en": "Hi {v},"}
RUDE = {"ru": "Привет, дорогуша!", "uk": "Привіт, сонечко!", "en": "Hey buddy!!!"}
SORRY = {
    "ru": "Извините за задержку с ответом.",
    "uk": "Перепрошуємо за затримку з відповіддю.",
    "en": "Sorry for the late answer.",
}
SIGN = {"ru": "С уважением,\n{a}", "uk": "З повагою,\n{a}", "en": "Kind regards,\n{a}"}
SUBJECTS = {"ru": "Вопрос по заказу {n}", "uk": "Питання щодо замовлення {n}", "en": "Question about order {n}"}
ACK = {
    "ru": "Мы получили ваше письмо и ответим в течение рабочего дня.",
    "uk": "Ми отримали ваш лист і відповімо протягом робочого дня.",
    "en": "We received your message and will answer within one business day.",
}
AGENTS = ["marina", "marta", "andrey", "iryna", "oleg", "kate", "taras", "john"]


def _mail(frm: str, to: str, subject: str, when: datetime, *, mid: str, body: str, headers: str = "") -> str:
    return (
        f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {format_datetime(when)}\nMessage-ID: <{mid}>\n"
        f"{headers}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
        f"\n{body}\n"
    )


def generate(path: Path, messages: int, seed: int = 1) -> int:
    """Write an mbox of about `messages` messages (half of them team replies); returns how many were written."""
    rnd = random.Random(seed)
    start = datetime(2025, 9, 1, tzinfo=UTC)
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        thread_no = 0
        while written < messages:
            thread_no += 1
            lang = rnd.choice(("ru", "ru", "uk", "uk", "en"))
            name, vocative = rnd.choice(CUSTOMERS[lang])
            tld = {"uk": "ua", "ru": "ru", "en": "com"}[lang]
            customer = f"{name} <c{thread_no % 3000}@example.{tld}>"
            order = rnd.randint(10000, 99999)
            q = rnd.randrange(5)
            subject = SUBJECTS[lang].format(n=order)
            day = start + timedelta(days=rnd.randrange(91))
            if day.weekday() >= 5 and rnd.random() < 0.6:
                day += timedelta(days=2)  # fewer messages at weekends
            hour = min(23.99, max(0.0, rnd.gauss(11, 4)))  # UTC: mid-afternoon in Kyiv and Moscow
            when = day + timedelta(hours=hour)
            cid = f"c{thread_no}@example.net"
            body = f"{'Здравствуйте!' if lang != 'en' else 'Hello,'}\n\n{QUESTIONS[lang][q].format(n=order)}\n\n"
            if rnd.random() < 0.05:
                body += "From my phone, sorry for typos.\n\n"  # an unescaped "From " line in a body
            fh.write(f"From {cid} {when.strftime('%a %b %d %H:%M:%S %Y')}\n")
            fh.write(_mail(customer, "support@shop.example", subject, when, mid=cid, body=body + name) + "\n")
            written += 1
            if rnd.random() < 0.05:
                ack = when + timedelta(seconds=30)
                fh.write(f"From support@shop.example {ack.strftime('%a %b %d %H:%M:%S %Y')}\n")
                fh.write(
                    _mail(
                        "Support <support@shop.example>",
                        customer,
                        "Re: " + subject,
                        ack,
                        mid=f"a{thread_no}@shop.example",
                        body=ACK[lang],
                        headers=f"Auto-Submitted: auto-replied\nIn-Reply-To: <{cid}>\n",
                    )
                    + "\n"
                )
                written += 1
            if rnd.random() < 0.04 or written >= messages:
                continue  # never answered
            delay = timedelta(hours=rnd.lognormvariate(0.8, 1.4))
            reply_at = when + delay
            agent = rnd.choice(AGENTS)
            parts = [
                RUDE[lang] if rnd.random() < 0.05 else GREET[lang].format(v=vocative) if rnd.random() < 0.85 else ""
            ]
            if delay > timedelta(hours=24) and rnd.random() < 0.5:
                parts.append(SORRY[lang])
            if rnd.random() < 0.9:
                parts.append(ANSWERS[lang][q].format(n=order))
            parts.append(SIGN[lang].format(a=agent.capitalize()) if rnd.random() < 0.9 else "")
            headers = f"In-Reply-To: <{cid}>\nReferences: <{cid}>\n" if rnd.random() < 0.95 else ""
            rid = f"r{thread_no}@shop.example"
            fh.write(f"From {agent}@shop.example {reply_at.strftime('%a %b %d %H:%M:%S %Y')}\n")
            fh.write(
                _mail(
                    f"{agent.capitalize()} <{agent}@shop.example>",
                    customer,
                    "Re: " + subject,
                    reply_at,
                    mid=rid,
                    body="\n\n".join(p for p in parts if p),
                    headers=headers,
                )
                + "\n"
            )
            written += 1
            if rnd.random() < 0.01:
                fh.write("From broken@example.com Mon Nov 10 07:00:00 2025\nSubject: no sender\n\nbody\n\n")
                written += 1
    return written


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def measure(archive: Path, out: Path, workers: int | None) -> dict[str, float]:
    cmd = [
        sys.executable,
        "-m",
        "replylint",
        "audit",
        str(archive),
        "--team",
        "shop.example",
        "--out",
        str(out),
        "--no-progress",
    ]
    if workers:
        cmd += ["--workers", str(workers)]
    peak = 0
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {stderr.strip()[-2000:]}")
    print("   ", stdout.strip())
    return {
        "seconds": seconds,
        "cpu": cpu,
        "peak_mib": peak / 2**20,
        "report_mb": (out / "report.html").stat().st_size / 1e6,
        "json_mb": (out / "audit.json").stat().st_size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[10_000])
    parser.add_argument("--workers", type=int, help="local cluster size (default: one per core)")
    parser.add_argument("--keep", metavar="DIR", help="keep archives and reports here")
    args = parser.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="replylint-audit-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in args.messages:
            archive = root / f"archive-{n}.mbox"
            t = time.perf_counter()
            written = generate(archive, n)
            print(
                f"generated {written:,} messages ({archive.stat().st_size / 1e6:.1f} MB) in "
                f"{time.perf_counter() - t:.1f} s"
            )
            result = measure(archive, root / f"out-{n}", args.workers)
            rows.append((written, result))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"\n{os.cpu_count()} cores; workers: {args.workers or 'one per core'}")
    print(
        "| messages | wall time | CPU time (all processes) | wall per 1,000 messages | peak RSS (all processes) "
        "| report.html | audit.json |"
    )
    print("|---|---|---|---|---|---|---|")
    for n, r in rows:
        print(
            f"| {n:,} | {r['seconds']:.1f} s | {r['cpu']:.1f} s | {1000 * r['seconds'] / n:.2f} s | "
            f"{r['peak_mib']:.0f} MiB | {r['report_mb']:.2f} MB | {r['json_mb']:.2f} MB |"
        )


if __name__ == "__main__":
    main()
