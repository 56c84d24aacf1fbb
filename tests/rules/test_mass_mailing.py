"""Edge cases of mass-mailing: severities, template mode, footers by position, abbreviations and codes."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint import lint
from replylint.model import Report, Severity
from replylint_rules.mass_mailing import MassMailing

OPEN = "Hi Anna,\n\n"
CLOSE = "\n\nKind regards,\nMarta\nVolt & Co Support"


def _run(reply: str, lang: str = "en", **context: object) -> Report:
    return lint(reply, context={"language": lang, **context}, select=["mass-mailing"])


def _found(report: Report) -> list[tuple[str, str]]:
    return [(f.kind, report.text[f.start : f.end]) for f in report.by_rule("mass-mailing")]


def test_placeholder_is_an_error_and_the_rest_warnings() -> None:
    report = _run("Dear Customer,\n\nYour order %ORDER_NUMBER% has shipped!!" + CLOSE)
    by_kind = {f.kind: f.severity for f in report.by_rule("mass-mailing")}
    assert by_kind == {
        "generic-salutation": Severity.WARNING,
        "placeholder": Severity.ERROR,
        "shouting": Severity.WARNING,
    }


def test_configured_severity_wins_over_the_per_hit_one() -> None:
    report = lint(
        OPEN + "Your order {{order_id}} has shipped." + CLOSE,
        context={"language": "en"},
        select=["mass-mailing"],
        config={"severity": {"mass-mailing": "info"}},
    )
    assert [f.severity for f in report.by_rule("mass-mailing")] == [Severity.INFO]


def test_template_mode_allows_placeholders_but_not_the_rest() -> None:
    reply = "Hi {{ customer.first_name }},\n\nYour order {{order_id}} has shipped. ACT NOW AND SAVE!!!" + CLOSE
    kinds = sorted({k for k, _ in _found(_run(reply, template=True))})
    assert kinds == ["shouting", "spam-phrase"]


def test_every_placeholder_is_one_finding() -> None:
    reply = "Hello [Name],\n\nOrder $order_id ships on XX.XX.XXXX to <address>." + CLOSE
    assert _found(_run(reply)) == [
        ("placeholder", "[Name]"),
        ("placeholder", "$order_id"),
        ("placeholder", "XX.XX.XXXX"),
        ("placeholder", "<address>"),
    ]


def test_generic_salutation_suggests_the_known_name() -> None:
    report = _run("Dear Sir/Madam,\n\nThe chairs are for indoor use only." + CLOSE, customer_name="Eleanor Hughes")
    [finding] = report.by_rule("mass-mailing")
    assert finding.kind == "generic-salutation"
    assert report.text[finding.start : finding.end] == "Dear Sir/Madam"
    assert finding.suggestion == "Dear Eleanor,"


@pytest.mark.parametrize(
    ("reply", "lang"),
    [
        ("Dear Mr and Mrs Hughes,\n\nThe table comes flat-packed." + CLOSE, "en"),
        ("Hello, customer service here: your table comes flat-packed." + CLOSE, "en"),
        (OPEN + "Our customer Anna asked the same; dear customers often do." + CLOSE, "en"),
        ("Здравствуйте, Ольга!\n\nКлиент может вернуть товар в течение 14 дней.\n\nС уважением,\nМарина", "ru"),
    ],
)
def test_not_a_generic_salutation(reply: str, lang: str) -> None:
    assert _found(_run(reply, lang)) == []


def test_unsubscribe_in_the_body_answers_a_question() -> None:
    reply = (
        OPEN + "To unsubscribe, go to My Account > Communication preferences. I've also unsubscribed you "
        "from the newsletter myself." + CLOSE
    )
    assert _found(_run(reply)) == []


def test_unsubscribe_footer_below_the_sign_off() -> None:
    reply = OPEN + "Your order has shipped." + CLOSE + "\n\nUnsubscribe | Manage your preferences | View in browser"
    assert _found(_run(reply)) == [
        ("unsubscribe", "Unsubscribe"),
        ("unsubscribe", "Manage your preferences"),
        ("unsubscribe", "View in browser"),
    ]


def test_unsubscribe_footer_in_a_reply_without_sign_off() -> None:
    reply = OPEN + "Your order has shipped.\n\nВы получили это письмо, потому что подписаны на рассылку."
    assert [k for k, _ in _found(_run(reply, "ru"))] == ["unsubscribe"]


def test_footer_in_the_signature_block_is_reported_on_the_last_line() -> None:
    reply = OPEN + "Your order has shipped.\n\nKind regards,\nMarta\n-- \nVolt & Co\nTo unsubscribe click here"
    report = _run(reply)
    [finding] = report.by_rule("mass-mailing")
    assert finding.kind == "unsubscribe" and finding.data["text"] == "To unsubscribe"
    assert finding.end <= len(report.text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The OLED TV has four HDMI 2.1 ports with VRR and the SKU is TV-OLED55-24.", "en"),
        ("Call us 9AM-5PM GMT; FYI the ETA via UPS is Monday, and your PIN arrives by SMS.", "en"),
        ("The card XXXX XXXX XXXX 1234 was refunded.", "en"),
        ("Use the code SPRING20 or BEN10 with order AB-48213.", "en"),
        ("Номер ТТН для СДЭК пришлём по SMS, ООО «Ромашка», ИНН 7701234567.", "ru"),
        ("Посилку відправлено Новою Поштою (НП), ТТН 20450012345678, ФОП Коваленко.", "uk"),
    ],
)
def test_abbreviations_and_codes_are_not_shouting(text: str, lang: str) -> None:
    assert _found(_run(OPEN + text + CLOSE, lang)) == []


@pytest.mark.parametrize(
    ("text", "shout"),
    [
        ("PLEASE DO NOT REPLY TO THIS EMAIL.", "PLEASE DO NOT REPLY TO THIS EMAIL"),
        ("NEW YEAR SALE at DHL prices.", "NEW YEAR SALE"),
        ("Please CALL DHL NOW TODAY.", "CALL DHL NOW TODAY"),
        ("It is on its way!!", "!!"),
    ],
)
def test_shouting(text: str, shout: str) -> None:
    assert _found(_run(OPEN + text + CLOSE)) == [("shouting", shout)]


def test_two_caps_words_or_a_single_exclamation_are_fine() -> None:
    assert _found(_run(OPEN + "IMPORTANT NOTE: it ships today! Thanks again." + CLOSE)) == []


def test_shouting_threshold_is_an_option() -> None:
    report = lint(
        OPEN + "IMPORTANT NOTE: it ships today." + CLOSE,
        context={"language": "en"},
        select=["mass-mailing"],
        options={"mass-mailing": {"caps-run": 2}},
    )
    assert [f.kind for f in report.by_rule("mass-mailing")] == ["shouting"]


def test_unrecognised_quote_is_not_the_agents_text() -> None:
    reply = OPEN + "Sorry for the wait; it ships today." + CLOSE + "\n\n> WHERE IS MY ORDER??? I PAID!!!\n> Gary"
    assert _found(_run(reply)) == []


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("It's 100% guaranteed to arrive by Friday.", "en", "100% guaranteed"),
        ("Try it risk-free for 30 days.", "en", "risk-free"),
        ("Доставка 100% бесплатно.", "ru", "100% бесплатно"),
        ("Заробіток без вкладень для наших клієнтів.", "uk", "Заробіток без вкладень"),
    ],
)
def test_spam_phrases(text: str, lang: str, phrase: str) -> None:
    assert ("spam-phrase", phrase) in _found(_run(OPEN + text + CLOSE, lang))


def test_ordinary_percentages_are_not_spam() -> None:
    assert _found(_run(OPEN + "The shirt is 100% cotton and 20% off this week." + CLOSE)) == []


def test_company_name_in_capitals_under_the_closing_is_not_shouting() -> None:
    reply = OPEN + "Your order has shipped." + "\n\nKind regards,\nMarta\nACME HOME CUSTOMER CARE"
    assert _found(_run(reply)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Your ASUS ROG STRIX laptop is covered until May.",
        "The JBL SONY BRAVIA bundle ships together.",
    ],
)
def test_brand_names_in_capitals_are_not_shouting(text: str) -> None:
    assert _found(_run(OPEN + text + CLOSE)) == []


def test_identifiers_with_underscores_are_codes_not_shouting() -> None:
    assert _found(_run(OPEN + "The log shows ON_DATE_SOMEONE_WROTE_REGEXES failing." + CLOSE)) == []


@pytest.mark.parametrize("field", ["$customer", "$ORDERID", "$TRACKINGNUMBER", "$product", "$клиент", "$order_id"])
def test_dollar_merge_fields_are_placeholders(field: str) -> None:
    report = lint(f"Hello Anna,\n\nYour order {field} ships today.\n\nKind regards,\nDana")
    assert [(f.kind, report.text[f.start : f.end]) for f in report.findings if f.rule == "mass-mailing"] == [
        ("placeholder", field)
    ]


@pytest.mark.parametrize("variable", ["$PATH", "$HOME", "$JAVA_HOME"])
def test_environment_variables_are_not_placeholders(variable: str) -> None:
    report = lint(f"Hello Anna,\n\nAdd the app folder to {variable} and restart it.\n\nKind regards,\nDana")
    assert not [f for f in report.findings if f.rule == "mass-mailing"]


_SHOUT_WORDS = ["PLEASE", "CALL", "NOW", "DHL", "I", "Я", "ЗАКАЗ", "SMS", "PS5", "USB-C", "DON'T", "ORDER_ID", "А²Б"]


@given(st.lists(st.sampled_from([*_SHOUT_WORDS, "!!", "!", "\n", ","]), max_size=14), st.integers(1, 4))
@settings(max_examples=150, deadline=None)
def test_the_whole_text_check_hides_no_shouting(words: list[str], caps_run: int) -> None:
    """`_may_shout` rules a reply out before its lines are walked (perf); walking them anyway finds nothing more."""
    text = OPEN + " ".join(words) + CLOSE
    options = {"mass-mailing": {"caps-run": caps_run}}
    quick = _found(lint(text, context={"language": "en"}, select=["mass-mailing"], options=options))
    with mock.patch.object(MassMailing, "_may_shout", lambda self, text: True):
        walked = _found(lint(text, context={"language": "en"}, select=["mass-mailing"], options=options))
    assert quick == walked
