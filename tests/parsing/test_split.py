"""The splitter: quote headers and signatures of en/ru/uk mail clients, unmarked quotes, and linear cost."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from replylint.parsing import parse_input, split_body

REPLY = {
    "en": "Hello Anna,\n\nYour refund for order 48213 was issued today.\n\nBest regards,\nMark",
    "ru": "Здравствуйте, Ольга!\n\nЗаказ 48213 передан курьеру, он привезёт его в четверг.\n\nС уважением,\nМарина",
    "uk": "Добрий день, Олено!\n\nЗамовлення 48213 вже в дорозі, кур'єр привезе його в четвер.\n\nЗ повагою,\nІрина",
}
ORIGINAL = {
    "en": "Hi, where is my refund for order 48213?\nAnna",
    "ru": "Добрый день! Где мой заказ 48213?\nОльга",
    "uk": "Добрий день! Де моє замовлення 48213?\nОлена",
}


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


# (language, header as the client writes it, whether the original under it is "> "-quoted)
HEADERS = [
    # English
    ("en", "On Mon, 12 May 2025 at 10:15, Anna Smith <anna@example.com> wrote:", True),
    ("en", "On Mon, May 12, 2025 at 10:15 AM Anna Smith <anna@example.com>\nwrote:", True),
    ("en", "On Mon, May 12, 2025 at 10:15 AM Anna Smith <\nanna@example.com>\nwrote:", True),
    (
        "en",
        "-----Original Message-----\nFrom: Anna <anna@example.com>\nSent: Monday, May 12, 2025 10:15 AM\n"
        "To: support@shop.example\nSubject: Refund",
        False,
    ),
    (
        "en",
        "From: Anna <anna@example.com>\nSent: Monday, May 12, 2025 10:15 AM\nTo: support@shop.example\nSubject: Refund",
        False,
    ),
    (
        "en",
        "________________________________\nFrom: Anna <anna@example.com>\n"
        "Sent: Monday, May 12, 2025 10:15\nTo: support@shop.example\nSubject: Refund",
        False,
    ),
    (
        "en",
        "Begin forwarded message:\n\nFrom: Anna <anna@example.com>\nSubject: Refund\n"
        "Date: 12 May 2025 at 10:15:00 EEST\nTo: support@shop.example",
        False,
    ),
    (
        "en",
        "---------- Forwarded message ---------\nFrom: Anna <anna@example.com>\n"
        "Date: Mon, May 12, 2025 at 10:15 AM\nSubject: Refund\nTo: <support@shop.example>",
        False,
    ),
    ("en", "12.05.2025 10:15, Anna Smith wrote:", True),
    # Russian
    ("ru", "пн, 12 мая 2025 г. в 10:15, Ольга Петрова <olga@example.ru>:", True),
    ("ru", "12 мая 2025 г., 10:15 пользователь Ольга Петрова <olga@example.ru> написал:", True),
    ("ru", "12 мая 2025 г., 10:15 пользователь Ольга Петрова <\nolga@example.ru> написал(а):", True),
    ("ru", "Понедельник, 12 мая 2025, 10:15 +03:00 от Ольга <olga@example.ru>:", True),
    ("ru", '12.05.2025, 10:15, "Ольга" <olga@example.ru>:', True),
    ("ru", "12.05.2025 10:15, Ольга пишет:", True),
    (
        "ru",
        "От: Ольга <olga@example.ru>\nОтправлено: 12 мая 2025 г. 10:15\nКому: support@shop.ru\nТема: Заказ 48213",
        False,
    ),
    (
        "ru",
        "-----Исходное сообщение-----\nОт: Ольга <olga@example.ru>\nОтправлено: 12 мая 2025 г. 10:15\n"
        "Кому: support@shop.ru\nТема: Заказ 48213",
        False,
    ),
    (
        "ru",
        "-------- Пересылаемое сообщение --------\nОт: Ольга <olga@example.ru>\nДата: 12.05.2025 10:15\n"
        "Тема: Заказ 48213",
        False,
    ),
    # Ukrainian
    ("uk", "пн, 12 трав. 2025 р. о 10:15 Олена <o@ukr.net> пише:", True),
    ("uk", "12 трав. 2025 р. о 10:15 Олена <o@ukr.net> написав(ла):", True),
    ("uk", "12.05.2025 10:15, Олена написала:", True),
    ("uk", "12.05.2025 10:15, Олег написав:", True),
    (
        "uk",
        "Від: Олена <o@ukr.net>\nНадіслано: 12 травня 2025 р. 10:15\nКому: support@shop.ua\nТема: Замовлення 48213",
        False,
    ),
    (
        "uk",
        "-----Оригінальне повідомлення-----\nВід: Олена <o@ukr.net>\nНадіслано: 12 травня 2025 р. 10:15\n"
        "Тема: Замовлення 48213",
        False,
    ),
    (
        "uk",
        "-------- Переслане повідомлення --------\nВід: Олена <o@ukr.net>\nДата: 12.05.2025\nТема: Замовлення 48213",
        False,
    ),
    # other languages in the benchmark
    ("en", "Am 12.05.2025 um 10:15 schrieb Anna Schmidt <anna@example.de>:", True),
    ("en", "Anna Schmidt <anna@example.de> schrieb am Mo., 12. Mai 2025 um\n10:15 Uhr:", True),
    ("en", "Le lun. 12 mai 2025 à 10:15, Anne <anne@example.fr> a écrit :", True),
    ("en", "El lun, 12 may 2025 a las 10:15, Ana (<ana@example.es>) escribió:", True),
    ("en", "Op ma 12 mei 2025 om 10:15 schreef Anna <anna@example.nl>:", True),
    ("en", "W dniu pon., 12 maj 2025 o 10:15 Anna <anna@example.pl> napisał(a):", True),
    ("en", "Den mån 12 maj 2025 kl 10:15 skrev Anna <anna@example.se>:", True),
    # the writer, the verb, then the date, with no address: a header right above a "> " block
    ("en", "Anna Smith wrote on 12 May 2025 at 10:15:", True),
    ("ru", "Ольга Петрова написала 12.05.2025 в 10:15:", True),
    ("uk", "Олена Коваль написала 12.05.2025 о 10:15:", True),
]


HEADER_IDS = [h[1].split("\n")[0][:40] for h in HEADERS]


@pytest.mark.parametrize(("lang", "header", "quoted"), HEADERS, ids=HEADER_IDS)
def test_quote_header_conventions(lang: str, header: str, quoted: bool) -> None:
    original = _quoted(ORIGINAL[lang]) if quoted else ORIGINAL[lang]
    split = split_body(f"{REPLY[lang]}\n\n{header}\n\n{original}\n")
    assert split.text == REPLY[lang]
    assert split.quote == ORIGINAL[lang]
    assert split.quote_header is not None
    assert split.quote_header.split("\n")[0] in header
    assert split.unmarked_quote is None


@pytest.mark.parametrize(
    "header",
    [
        "> On 12 May 2025, at 10:15, Anna Smith <anna@example.com> wrote:",
        "> 12 мая 2025 г., в 10:15, Ольга <olga@example.ru> написал(а):",
        "> 12 трав. 2025 р. о 10:15, Олена <o@ukr.net> написала:",
    ],
)
def test_apple_mail_quotes_its_own_header(header: str) -> None:
    split = split_body(f"{REPLY['en']}\n{header}\n>\n{_quoted(ORIGINAL['en'])}\n")
    assert split.text == REPLY["en"]
    assert split.quote == ORIGINAL["en"]
    assert split.quote_header == header[2:]


def test_quote_keeps_deeper_levels_and_drops_one() -> None:
    body = "Done.\n\nOn Mon, 12 May 2025 at 10:15, Anna <a@ex.com> wrote:\n> Please help.\n>> Older text\n"
    assert split_body(body).quote == "Please help.\n> Older text"


def test_bottom_posted_reply_after_the_quote() -> None:
    body = "On Mon, 12 May 2025 at 10:15, Anna <anna@example.com> wrote:\n> Where is it?\n\nIt ships today.\n"
    split = split_body(body)
    assert split.text == "It ships today."
    assert split.quote == "Where is it?"


def test_reply_around_a_quote_keeps_both_parts() -> None:
    body = "Test reply\n\nOn Mon, 12 May 2025 at 10:15, Anna <anna@example.com> wrote:\n\n> Question\n\nRegards, Mark\n"
    assert split_body(body).text == "Test reply\n\nRegards, Mark"


def test_forward_without_comment_has_no_new_text() -> None:
    """The forwarded message is someone else's words: linting it as the sender's would report the customer."""
    body = "---------- Forwarded message ---------\nFrom: Anna <a@ex.com>\nDate: Mon, 12 May 2025\n\nBody\n"
    split = split_body(body)
    assert split.text == ""
    assert split.quote == "Body"
    assert split.quote_header is not None and split.quote_header.startswith("----------")


# --------------------------------------------------------------------------------------- unmarked quotes


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_quote_without_header_stays_in_text_and_is_reported(lang: str) -> None:
    body = f"{_quoted(ORIGINAL[lang])}\n\n{REPLY[lang]}\n"
    split = split_body(body)
    assert split.text == body.strip()
    assert split.quote is None
    assert split.unmarked_quote == _quoted(ORIGINAL[lang])


def test_interleaved_quotes_after_a_header_are_reported_as_unmarked() -> None:
    body = (
        "On Mon, 12 May 2025 at 10:15, Anna <anna@example.com> wrote:\n> First question?\nFirst answer.\n"
        "> Second question?\nSecond answer.\n"
    )
    split = split_body(body)
    assert split.quote == "First question?"
    assert split.text == "First answer.\n> Second question?\nSecond answer."
    assert split.unmarked_quote == "> Second question?"


@pytest.mark.parametrize(
    "body",
    [
        "As Ivan wrote: we will call you.",
        "On this day\n\nI wrote something\n\nwhich was very interesting.",
        "Q: Can I return it?\nA: Yes, within 30 days.",
        "Subject: your refund\n\nIt is done.",
        "Отправлено курьером в четверг.\nСпасибо!",
        "Ольга написала 12.05.2025 в 10:15:\nкурьер уже выехал.",  # no "> " block under it: a sentence
        "Anna wrote on 12 May at 10:15:\n\nthe parcel is on its way.",
        "Blah-blah-blah\nOn blah-blah-blah",
        "Visit us now for assistance...\n>>> >>>  http://www.domain.com <<<\nVisit our site",
    ],
)
def test_ordinary_text_is_not_a_quote_header(body: str) -> None:
    split = split_body(body)
    assert split.quote is None
    assert split.quote_header is None


# -------------------------------------------------------------------------------------------- signatures


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@pytest.mark.parametrize("delimiter", ["-- ", "--"])
def test_delimiter_signature(lang: str, delimiter: str) -> None:
    signature = f"{delimiter}\nAnna Petrova\nShop support\n+1 555 123 4567"
    split = split_body(f"{REPLY[lang]}\n{signature}\n")
    assert split.text == REPLY[lang]
    assert split.signature == signature


@pytest.mark.parametrize(
    ("lang", "mobile"),
    [
        ("en", "Sent from my iPhone"),
        ("en", "Sent from Mail for Windows"),
        ("en", "Get Outlook for iOS"),
        ("ru", "Отправлено с iPhone"),
        ("ru", "Отправлено из мобильной Почты Mail.ru"),
        ("uk", "Надіслано з iPhone"),
        ("uk", "Надіслано з мобільного"),
    ],
)
def test_mobile_signature(lang: str, mobile: str) -> None:
    split = split_body(f"{REPLY[lang]}\n\n{mobile}\n")
    assert split.text == REPLY[lang]
    assert split.signature == mobile


@pytest.mark.parametrize(
    ("lang", "mobile", "postscript"),
    [
        ("en", "Sent from my iPhone", "P.S. Are the batteries replaceable?"),
        ("ru", "Отправлено с iPhone", "P.S. А батарейки можно заменить?"),
        ("uk", "Надіслано з iPhone", "П.С. А батарейки можна замінити?"),
    ],
)
def test_a_postscript_after_a_mobile_footer_goes_on_the_text(lang: str, mobile: str, postscript: str) -> None:
    split = split_body(f"{REPLY[lang]}\n\n{mobile}\n\n{postscript}\n")
    assert split.text == f"{REPLY[lang]}\n\n{postscript}"
    assert split.signature == mobile


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_sign_off_stays_in_text(lang: str) -> None:
    split = split_body(REPLY[lang])
    assert split.text == REPLY[lang]
    assert split.signature is None


@pytest.mark.parametrize(
    ("sign_off", "contact"),
    [
        ("Best regards,\nAnna Petrova", "Support Lead, Shop Inc.\n+1 (555) 123-4567\nanna@shop.example"),
        ("С уважением,\nМарина Иванова", "Служба поддержки\nТел.: +7 495 123-45-67\nsupport@shop.ru"),
        ("З повагою,\nІрина Коваль", "Служба підтримки\n+380 44 123 45 67\nhelp@shop.ua"),
    ],
)
def test_contact_block_under_a_sign_off_is_the_signature(sign_off: str, contact: str) -> None:
    split = split_body(f"Hello,\n\nIt is done.\n\n{sign_off}\n{contact}\n")
    assert split.text == f"Hello,\n\nIt is done.\n\n{sign_off}"
    assert split.signature == contact


def test_sentence_with_contact_details_is_not_a_signature() -> None:
    body = "Hi,\n\nPlease write to support@shop.example\nor call +1 555 123 4567"
    assert split_body(body).signature is None


def test_signature_and_quote_together() -> None:
    body = (
        f'{REPLY["ru"]}\n\nОтправлено с iPhone\n\n12.05.2025, 10:15, "Ольга" <olga@example.ru>:\n'
        f"{_quoted(ORIGINAL['ru'])}\n"
    )
    split = split_body(body)
    assert split.text == REPLY["ru"]
    assert split.signature == "Отправлено с iPhone"
    assert split.quote == ORIGINAL["ru"]


def test_signature_after_the_quote() -> None:
    body = "Fine.\n\nOn Mon, 12 May 2025 at 10:15, Anna <a@example.com> wrote:\n> q\n\n-- \nMark\n"
    split = split_body(body)
    assert split.text == "Fine."
    assert split.signature == "-- \nMark"


# ------------------------------------------------------------------------------------------------ misc


def test_empty_and_blank_bodies() -> None:
    assert split_body("").text == ""
    assert split_body("\n \n\t\n").text == ""


def test_crlf_is_accepted() -> None:
    split = split_body("Reply\r\n\r\nOn Mon, 12 May 2025 at 10:15, Anna <a@example.com> wrote:\r\n> q\r\n")
    assert (split.text, split.quote) == ("Reply", "q")


def test_parse_input_exposes_the_split() -> None:
    body = f"{REPLY['uk']}\n\n12.05.2025 10:15, Олена написала:\n{_quoted(ORIGINAL['uk'])}\n"
    message, _ = parse_input(body)
    assert message.text == REPLY["uk"]
    assert message.quote == ORIGINAL["uk"]
    assert message.quote_header == "12.05.2025 10:15, Олена написала:"


# ------------------------------------------------------------------------------------------- linear time


def _cost(body: str) -> float:
    start = time.process_time()
    split_body(body)
    return max(time.process_time() - start, 1e-4)


def _growth(make: Callable[[int], str], small_size: int, large_size: int) -> tuple[float, float]:
    """The best of up to three timings of each size, stopping early once the growth is plainly linear.

    A shared, noisy machine can stall any one run; taking the best of repeated runs removes stalls, and stopping
    at the first clearly linear pair keeps the common case at one run of each size.
    """
    small_body, large_body = make(small_size), make(large_size)
    small = large = float("inf")
    for _ in range(3):
        small, large = min(small, _cost(small_body)), min(large, _cost(large_body))
        if large / small < 6:
            break
    return small, large


MB = 1_000_000
# Megabyte-scale shapes: a quarter of a megabyte against a whole one. Built by size so that the test compares
# two sizes of one shape; an absolute time bound would measure the machine, not the code.
HUGE: dict[str, Callable[[int], str]] = {
    "gt": lambda n: ">" * n,
    "gt-lines": lambda n: ">\n" * (n // 2),
    "dash": lambda n: "-" * n,
    "dash-lines": lambda n: "-\n" * (n // 2),
    "a": lambda n: "a" * n,
    "newlines": lambda n: "\n" * n,
    "On": lambda n: "On " * (n // 3),
    "On-lines": lambda n: "On \n" * (n // 4),
    "wrote-lines": lambda n: "wrote:\n" * (n // 7),
    "header-lines": lambda n: "On 1 May 2020, Ann <a@b.c> wrote:\n" * (n // 34),
    "field-lines": lambda n: "From: x\nSent: y\n" * (n // 16),
    "delimiters": lambda n: "--\n" * (n // 3),
    "mobile": lambda n: "Sent from my iPhone\n" * (n // 20),
    "quoted-headers": lambda n: "> From: a\n> Sent: b\n\nx\n" * (n // 24),
    "long-header": lambda n: "On " + "x" * n + " wrote:",
}


@pytest.mark.parametrize("name", list(HUGE))
def test_megabyte_bodies_split_in_linear_time(name: str) -> None:
    """A megabyte may cost about four times a quarter of one; a quadratic path would cost sixteen."""
    small, large = _growth(HUGE[name], MB // 4, MB)
    assert large / small < 9, f"{name}: {small * 1000:.1f} ms -> {large * 1000:.1f} ms for 4x the input"


# Shapes that made a backtracking regex quadratic: a word, then a run of blanks, then text that is not a colon.
NBSP = "\u00a0"
SCALING = {
    "word-spaces": lambda n: "a" + " " * n + "text\n",
    "subject-spaces": lambda n: "Subject" + " " * n + "text\n",
    "subject-tabs": lambda n: "Subject" + "\t" * n + "text\n",
    "subject-nbsp": lambda n: "Subject" + NBSP * n + "text\n",
    "label-spaces-colonless": lambda n: "От кого" + " " * n + "x\n",
    "verb-spaces": lambda n: "Anna wrote" + " " * n + "x:\n",
    "long-header-like": lambda n: "From: " + "x" * n + "\n",
    "gt-levels": lambda n: ">" * n + " On 1 May 2020, Ann <a@b.c> wrote:\n",
    "gt-space-levels": lambda n: "> " * (n // 2) + "text\n",
    "attribution-lines": lambda n: "On 1 May 2020, Ann <a@b.c> wrote:\n" * (n // 34),
    "verbless-attribution-lines": lambda n: "ср, 30 апр. 2025 г. в 15:19, Иван <i@e.ru>:\n" * (n // 44),
    "word-spaces-lines": lambda n: "Subject      text\n" * (n // 18),
    "field-runs": lambda n: "From: a\nSubject x\n" * (n // 18),
    "star-run": lambda n: "From" + "*" * n + "\n",
    "glued-separators-one-line": lambda n: "x-----Original Message-----" * (n // 27) + "\n",
    "dash-run-before-separator": lambda n: "x" + "-" * n + "Original Message-----\n",
    "inline-fields": lambda n: "From: a Sent: b To: c Subject: d " * (n // 34) + "\n",
}


@pytest.mark.parametrize("name", list(SCALING))
def test_cost_grows_linearly_with_adversarial_shapes(name: str) -> None:
    """Four times the input may cost about four times the time; a quadratic pattern would cost sixteen."""
    make = SCALING[name]
    small, large = _growth(make, 100_000, 400_000)
    assert large / small < 9, f"{name}: {small * 1000:.1f} ms -> {large * 1000:.1f} ms for 4x the input"
