"""The delay-notice rule."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from replylint.i18n import tr
from replylint.lexicon import Match, read_entries
from replylint.model import LANGUAGES, Lang
from replylint.nlp import Analysis
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import (
    LexiconSource,
    clause_end,
    clause_start,
    past_tense,
    plan_times,
    sentence_at,
    solid_tokens,
    told_as_past,
)

_NEGATIONS = frozenset({"not", "n't", "no", "never", "не", "ні", "нет", "ничуть", "ніскільки"})


_CAUSE_CLAUSE = re.compile(
    r"(?<!\w)(?:because(?!\s+of)|потому\s+что|так\s+как|поскольку|бо|оскільки|тому\s+що|через\s+те\s+що)(?!\w)",
    re.IGNORECASE,
)


def _in_cause_clause(analysis: Analysis, char: int, future: frozenset[str]) -> bool:
    """A time in the clause that gives the delay's cause is when the cause happened, not the new date: «гравировка
    занимает больше времени, потому что наш гравёр на этой неделе на больничном». A clause that says what will
    happen keeps its time («бо кур'єр приїде лише в п'ятницю», "because the courier will only come on Friday")."""
    i = bisect.bisect_right(analysis.token_starts, char) - 1
    if i < 0:
        return False
    lo, hi = clause_start(analysis, i), clause_end(analysis, i)
    if _CAUSE_CLAUSE.search(analysis.text, analysis.token_starts[lo], char) is None:
        return False
    lowers, present_or_future = analysis.token_lowers, analysis.morphology.present_or_future
    return not any(lowers[k] in future or present_or_future(lowers[k]) for k in range(lo, hi))


@dataclass(frozen=True, slots=True)
class _Delay:
    start: int
    end: int
    sentence_start: int
    first_token: int
    last_token: int
    clause_start: int


_MOVED_TO = re.compile(r"\s{1,3}+(?:на|до|to|until|till|for)\s", re.IGNORECASE)
"""What joins a moved thing to its new time ("postponed to 14 February", «перенесён на 14 февраля»): the phrase is
past ("has been postponed"), which made its time read as a past one, but the time it names is the new one."""
_ON_TIME = re.compile(r"(?:on\s+time|in\s+time|вовремя|вчасно)$", re.IGNORECASE)
_MISSED_BY = re.compile(r"\s{1,3}+(?:for|by|к|ко|до|на)\s{1,3}+", re.IGNORECASE)
"""What joins a delay phrase ending on "on time" to the time it says will be missed ("won't arrive on time for |
noon", «не приедет вовремя к | 12:00»): the old time, not a new date."""


def _times_after(
    text: str, delays: list[_Delay], joiner: re.Pattern[str], ending: re.Pattern[str] | None = None
) -> set[int]:
    """Where a time joined to a delay phrase by `joiner` right after it starts (for phrases `ending` matches, when
    given). perf: one look after each delay, not one per (delay, time) pair."""
    out: set[int] = set()
    for d in delays:
        if ending is None or ending.search(text, d.start, d.end) is not None:
            m = joiner.match(text, d.end)
            if m is not None:
                out.add(m.end())
    return out


_CAUSE_WORDS = frozenset(
    {"бо", "так", "как", "через", "поскольку", "потому", "оскільки", "тому", "because", "as", "since"}
)
"""Words that open a cause: «задержка, так как закончилась упаковка» says why the delay runs, not that it ended."""


def _one_clause(analysis: Analysis, m: Match) -> bool:
    """Whether a gapped phrase («задержка ... закончилась») stays inside one clause: no punctuation and no cause word
    between its ends («задержка на складе закончилась», not «задержка, бо закінчилася упаковка»)."""
    texts, lowers = analysis.table.texts, analysis.token_lowers
    return not any(
        (texts[i] and not texts[i][0].isalnum() and not texts[i].isspace()) or lowers[i] in _CAUSE_WORDS
        for i in range(m.first_token + 1, m.last_token)
    )


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether some value of the sorted `starts` lies in [lo, hi)."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _days_of_delay(analysis: Analysis, lex: LexiconSource, delays: Sequence[_Delay]) -> set[int]:
    """Where "today" says when a delay is happening, not when the order now comes: the present day in a delay's
    own clause, before the delay phrase or the word right after it ("доставка сьогодні трохи запізнюється",
    "the courier is running late today"). "It will arrive today", in a clause of its own, stays a new date.

    perf: one pass over the delays and one over the days (the last delay of each clause, the word after each
    delay), not a scan of a clause per delay.
    """
    found = list(lex("delay_today").find(analysis))
    if not found:
        return set()
    last_in_clause: dict[int, int] = {}
    right_after: set[int] = set()
    for d in delays:
        c = clause_start(analysis, d.first_token)
        last_in_clause[c] = max(last_in_clause.get(c, -1), d.first_token)
        right_after.add(_next_word(analysis, d.last_token))
    return {
        m.start
        for m in found
        if m.first_token in right_after or last_in_clause.get(clause_start(analysis, m.first_token), -1) > m.last_token
    }


def _next_word(analysis: Analysis, i: int) -> int:
    """The index of the first word token after token `i` (or one past the end)."""
    texts = analysis.table.texts
    j = i + 1
    while j < len(texts) and not texts[j][:1].isalnum():
        j += 1
    return j


class DelayNotice(Rule):
    """When something is late, apologise and say when it will happen instead.

    A delay is bad news the customer did not choose. Saying so plainly is right, but a bare "your order is
    delayed" reads as indifference and leaves them unable to plan. A good delay notice does two things: it
    apologises ("Sorry", "Приносим извинения", "Перепрошуємо"), and it gives a new expected date or time
    ("it will now arrive on Friday, 13 June"). "Soon", "as soon as possible", "as soon as we can", «щойно
    зможемо», «как только сможем» are not dates, and neither is "today" beside the delay in its own clause
    ("the delivery is running late today", «доставка сьогодні запізнюється»: when it is late, not when it comes;
    "it will arrive today" is a date). A day told in the past ("a machine broke down on Friday", "it was
    delayed on Monday") is not one either, nor the time a delay misses ("won't arrive on time for noon"); "your
    parcel is delayed until Friday" names Friday as the new date.
    Each part is checked on its own: a reply missing the apology gets `no-apology`, one missing the date gets
    `no-new-date`, one missing both gets both. An apology is a word of regret ("sorry", "apologies", "вибачте",
    "перепрошуємо", "приносим извинения", "извините", "простите"); «на жаль», «к сожалению» and "unfortunately"
    only say the news is bad, so they are not one.
    Mentions that announce no delay are left alone: "without delay", "задержек не будет", "затримок не буде", a
    delay denied in its own clause, also with a phrase between the delay and the denial («задержек в доставке не
    ожидается», "delays with your delivery are not expected", "we don't expect any delays", «затримок із доставкою
    не очікується», a cause too: «задержек из-за праздников не ожидается», and a time: "we don't expect any delays
    this year", «задержек с доставкой в эти дни не ожидается»), no news
    of one («Информации о задержках нет», "no reports of delays"),
    technical latency ("задержка звука", "audio delay", "низька затримка", "delay on the remote", a device that
    reacts with a delay: «реагує на пульт із затримкою», sound and picture out of step: "a delay between the
    picture and the sound", "the sound is behind the picture", "lip-sync", «рассинхрон звука»; once it is
    named in the reply or the customer's message, a bare "the delay" / «затримка» later in the reply means it too,
    while a verb, "your replacement is delayed", still announces a late order), a delay that only may happen ("if
    the parcel is delayed, write to us", "parcels may be delayed over the holidays", "доставка може
    затримуватися"), a delay its own sentence says is over ("the delay at the depot has been resolved", «задержка
    уже позади», «затримку усунуто»), holding back light, heat, moisture, water, dust or a smell («шторы
    задерживают свет», «фільтр затримує пил»), a thing moving or pushing back physically («машина сдвигается по
    полу», "it pushes back harder at the hips"), "late" in a date ("it's likely to be late August", a season too:
    "late autumn"), and "sorry
    for the slow reply", "Apologies for the delay in replying", «Извините за задержку с ответом», «Вибачте за
    затримку з відповіддю» (this very email is the late answer). A possible delay with its cause named in the same
    sentence is announced, not hypothetical ("Через святкові дні відповідь може затриматися", "may be delayed by a
    day because of the storm"). A denial that says more of the delay ("the delay isn't expected to last", «задержки не
    ожидается больше чем на сутки», «конца задержек не предвидится»), one the sentence then makes an exception to
    ("Delays aren't expected, apart from the two days we mentioned", «кроме тех двух дней»), a delay named as the
    cause («из-за задержки на складе доставки не будет») and a surprise in the past ("we didn't expect any delays",
    "the delay was not expected") announce a delay.
    "Postponed", "перенесли", "taking longer than expected" are delays, also when the customer already knows of
    the move («Пришло SMS, что доставку перенесли. Почему?»); only a move the customer asked for («Можно
    перенести доставку на 29-е?», "Could you move my sofa delivery to Saturday?") is no delay once done, also
    when the reply says it was asked for ("rescheduled to Saturday, as you asked", «как вы просили»), and data or a
    payment moved into a new document («перенесли в неї всі дані та оплату») is no date moved.
    A time frame is neither a cause nor a new date: "parcels may be delayed over the holidays" stays
    hypothetical, while "may be delayed because of the holidays" names a cause and is announced; "your parcel
    will be delayed over the bank holiday weekend" is announced (it will be) and still lacks a date, as the
    weekend says when the delay happens, not when the parcel comes. A delay is said with the words and phrases
    listed under "Recognised phrases" below, in any form but for the words in italics there, which count only as
    written («отложить» is not listed: in a shop it also means putting an item aside, «отложили для вас»,
    «відклали для Вас»); a description of slowness without one («посилка їде
    так довго», «посылка едет так долго», "it's taking a while") is not read as a delay notice. «Дольше»,
    «довше» and "longer" say a delay only when compared with what was expected («дольше обычного», «довше
    запланованого», "longer than expected", "is taking longer"); alone they do not («эта сталь дольше не
    окисляется», "the battery lasts longer").
    """

    id = "delay-notice"
    lexicons = (
        "delay_apologies",
        "delay_as_asked",
        "delay_causes",
        "delay_conditions",
        "delay_latency",
        "delay_modals",
        "delay_not_delays",
        "delay_nouns",
        "delay_phrases",
        "delay_reply_words",
        "delay_reschedule_dates",
        "delay_reschedule_requests",
        "delay_reschedules",
        "delay_resolved",
        "delay_today",
        "future_markers",
        "sales_terms",
    )
    tags = ("content",)
    messages = {
        "no-apology": 'The reply says "{phrase}" but never apologises for the delay.',
        "no-new-date": 'The reply says "{phrase}" but gives no new expected date or time.',
    }
    examples = (
        bad(
            "en",
            "Hi Tom,\n\nSorry, your parcel will be delayed over the bank holiday weekend.\n\nBest,\nAnna",
            ("no-new-date", "delayed"),
            note="the weekend says when the delay happens, not when the parcel comes",
        ),
        good(
            "en",
            "Hi Tom,\n\nYour parcel left today. Parcels may be delayed over the holidays.\n\nBest,\nAnna",
            note="a possible delay with a time frame, no cause: hypothetical",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nПосилка їде так довго через свята, вона вже у вашому місті.\n\nЗ повагою,\nАнна",
            note="slowness described without a delay word is not read as a delay notice",
        ),
        bad(
            "en",
            "Hi Omar,\n\nNot yet. Order 7712 is delayed because our supplier sent the wrong colour.\n\n"
            "Kind regards,\nIsabel",
            ("no-apology", "delayed"),
            ("no-new-date", "delayed"),
        ),
        bad(
            "en",
            "Hi Linda,\n\nI'm sorry, your parcel is held up at the DPD depot in Leeds.\n\nKind regards,\nRuth",
            ("no-new-date", "held up"),
        ),
        bad(
            "en",
            "Hi Pete,\n\nYour refund has been delayed by the bank holiday and will reach you by Wednesday, "
            "28 May.\n\nKind regards,\nAisha",
            ("no-apology", "delayed"),
        ),
        bad(
            "en",
            "Hi Joanne,\n\nThe crew are running about two hours late after a road closure; they will be with "
            "you between 4pm and 5pm.\n\nKind regards,\nMarcus",
            ("no-apology", "running about two hours late"),
        ),
        good(
            "en",
            "Hi Clara,\n\nI'm really sorry, but your table is delayed by two days. It will now be delivered "
            "on Friday, 13 June.\n\nKind regards,\nMarcus",
        ),
        good(
            "en",
            "Hi Owen,\n\nOnce the rug reaches our warehouse, we'll refund you without delay.\n\nKind regards,\nIsabel",
            note="'without delay' promises speed",
        ),
        good(
            "en",
            "Hi Ellie,\n\nSorry, we are late replying: I've swapped the jacket to green, and it ships "
            "tomorrow.\n\nKind regards,\nSophie",
            note="the apology and the late answer in separate clauses",
        ),
        good(
            "en",
            "Hi Ellie,\n\nSorry for the delay in replying. I've swapped the jacket to green, and the order "
            "ships tomorrow.\n\nKind regards,\nSophie",
            note="the late answer is this email",
        ),
        bad(
            "ru",
            "Юрий, здравствуйте!\n\nЗаказ 44107 задерживается на складе из-за инвентаризации.\n\nС уважением,\nЕвгения",
            ("no-apology", "задерживается"),
            ("no-new-date", "задерживается"),
        ),
        bad(
            "ru",
            "Елена, добрый день!\n\nКурьер опаздывает: машина застряла в пробке. Он будет у вас между 16:00 "
            "и 17:00.\n\nС уважением,\nРоман",
            ("no-apology", "опаздывает"),
        ),
        good(
            "ru",
            "Карина, здравствуйте!\n\nПриносим извинения: заказ задержался на сортировке. Курьер привезёт "
            "его завтра, 15 ноября.\n\nС уважением,\nЛюдмила",
        ),
        good(
            "ru",
            "Валерий, добрый день!\n\nКресло привезём в субботу. Если доставка вдруг задержится, мы сразу "
            "позвоним.\n\nС уважением,\nИгорь",
            note="a hypothetical delay",
        ),
        bad(
            "uk",
            "Вітаю, Ганно!\n\nПерепрошуємо, відправлення торшера затримується: постачальник досі не передав "
            "нам товар.\n\nЗ повагою,\nЄвгенія",
            ("no-new-date", "затримується"),
        ),
        bad(
            "uk",
            "Вітаю, Поліно!\n\nВаша посилка запізнюється через перевантаження. Вона буде у відділенні в "
            "четвер, 22 травня.\n\nЗ повагою,\nКіра",
            ("no-apology", "запізнюється"),
        ),
        good(
            "uk",
            "Вітаю, Наталко!\n\nНі, затримок не буде: у свята ми працюємо за звичайним графіком.\n\nЗ повагою,\nЛіна",
            note="a delay denied",
        ),
        good(
            "uk",
            "Ярино, добрий день!\n\nВибачте, що відповідаємо із запізненням. Набір підходить дітям від 4 "
            "років.\n\nЗ повагою,\nРоман",
            note="what is late is this answer",
        ),
        good(
            "uk",
            "Добрий день, Світлано!\n\nВибачте, що повернення затрималося. Кошти надійдуть на Вашу картку "
            "до п'ятниці, 23 травня.\n\nЗ повагою,\nАндрій",
        ),
        bad(
            "uk",
            "Вітаю, Тарасе!\n\nНа жаль, доставку перенесено на четвер, 22 травня.\n\nЗ повагою,\nМарина",
            ("no-apology", "перенесено"),
            note="«на жаль» is not an apology",
        ),
        good(
            "ru",
            "Юрий, здравствуйте!\n\nЗадержка звука при подключении по Bluetooth — особенность наушников. "
            "Включите режим низкой задержки в приложении.\n\nС уважением,\nЕвгения",
            note="technical latency is not a late order",
        ),
        good(
            "en",
            "Hi Tom,\n\nOver the holidays some parcels may be delayed, so we suggest ordering by 18 "
            "December.\n\nBest,\nAnna",
            note="a delay that only may happen",
        ),
        bad(
            "en",
            "Hi Tom,\n\nSorry, your order is taking a little longer than expected to leave our warehouse."
            "\n\nBest,\nAnna",
            ("no-new-date", "is taking a little longer"),
        ),
        bad(
            "en",
            "Hi Rosa,\n\nI'm sorry: the engraving is taking longer than expected, as our engraver has been "
            "off sick this week. We'll post the watch as soon as it's finished.\n\nKind regards,\nImogen",
            "no-new-date",
            note="a time in the reason tells what happened, not when the watch comes",
        ),
        bad(
            "ru",
            "Алёна, здравствуйте!\n\nПриносим извинения: сборка заказа занимает больше времени, чем мы "
            "планировали. Как только заказ будет собран, пришлём трек-номер.\n\nС уважением,\nНаталья",
            ("no-new-date", "больше времени, чем"),
            note="more time than planned is a delay",
        ),
        bad(
            "uk",
            "Вітаю, Оксано!\n\nВибачте: пакування займає більше часу, ніж ми планували. Щойно замовлення "
            "буде готове, надішлемо номер ТТН.\n\nЗ повагою,\nІрина",
            "no-new-date",
            note="more time than planned is a delay",
        ),
        good(
            "uk",
            "Добрий день, Наталю!\n\nЗатримка звуку по Bluetooth — особливість цієї моделі. Увімкніть у "
            "застосунку «Режим гри»: затримка стане майже непомітною.\n\nЗ повагою,\nДенис",
            note="the second «затримка» is the same sound latency, not a late order",
        ),
        good(
            "en",
            "Hi Sam,\n\nA short delay on the remote is normal for this TV. Switch on Game Mode and the delay "
            "becomes barely noticeable.\n\nKind regards,\nDenis",
            note="technical latency, named once, then 'the delay'",
        ),
        good(
            "uk",
            "Добрий день, Остапе!\n\nТелевізор реагує на пульт із затримкою через стару прошивку. Оновіть її в "
            "меню «Підтримка»: затримка стане майже непомітною.\n\nЗ повагою,\nАртем",
            note="a device slow to react lags; no order is late",
        ),
        good(
            "ru",
            "Остап, добрый день!\n\nНебольшая задержка реакции на пульт у этой модели нормальна. Обновите "
            "прошивку, и задержка станет почти незаметной.\n\nС уважением,\nАртём",
            note="a device slow to react lags; no order is late",
        ),
        good(
            "en",
            "Hi Sam,\n\nThe TV responds to the remote with a delay on old firmware. Update it from the Support "
            "menu and the delay becomes barely noticeable.\n\nKind regards,\nDenis",
            note="a device slow to react lags; no order is late",
        ),
        good(
            "en",
            "Hi Alison,\n\nThe best time to plant the bulbs is late autumn, once the soil has cooled.\n\nAll the "
            "best,\nNiamh",
            note='"late" before a season is a date, as before a month',
        ),
        bad(
            "en",
            "Dear Sophie,\n\nI'm so sorry: the bouquet won't arrive on time for noon, as our van has broken down. "
            "We'll get it to you as soon as we can.\n\nKind regards,\nRosie",
            "no-new-date",
            note="the time the delay misses is the old one, not a new date",
        ),
        bad(
            "ru",
            "Софья, здравствуйте!\n\nПростите, букет не приедет вовремя к 12:00: сломалась машина. Привезём, как "
            "только сможем.\n\nС уважением,\nРоза",
            "no-new-date",
            note="the time the delay misses is the old one, not a new date",
        ),
        bad(
            "uk",
            "Софіє, добрий день!\n\nВибачте, букет не приїде вчасно до 12:00: зламалася машина. Привеземо, щойно "
            "зможемо.\n\nЗ повагою,\nРоза",
            "no-new-date",
            note="the time the delay misses is the old one, not a new date",
        ),
        bad(
            "uk",
            "Вікторіє, добрий день!\n\nВибачте, доставка квітів сьогодні трохи запізнюється: кур'єри застрягли "
            "в заторах, привеземо, щойно зможемо.\n\nЗ повагою,\nКвіти «Півонія»",
            ("no-new-date", "запізнюється"),
            note="«сьогодні» says when it is late; «щойно зможемо» is no new time",
        ),
        bad(
            "ru",
            "Ирина, здравствуйте!\n\nИзвините, курьер сегодня задерживается, привезём, как только сможем."
            "\n\nС уважением,\nОльга",
            ("no-new-date", "задерживается"),
            note="«сегодня» beside the delay is not its new date",
        ),
        bad(
            "en",
            "Hi Linda,\n\nI'm sorry about this. Your parcel is held up at the DPD hub because a sorting machine "
            "broke down there on Friday.\n\nKind regards,\nRuth",
            ("no-new-date", "held up"),
            note="Friday is when the machine broke, not when the parcel comes",
        ),
        good(
            "uk",
            "Вітаю, Олено!\n\nЦі штори добре затримують світло й тепло, тож у спальні буде темно навіть "
            "улітку.\n\nЗ повагою,\nАнна",
            note="holding back light is not a late order",
        ),
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nЭти шторы хорошо задерживают свет и тепло, поэтому в спальне будет темно даже "
            "днём.\n\nС уважением,\nАнна",
            note="holding back light is not a late order",
        ),
        good(
            "ru",
            "Здравствуйте, Ольга!\n\nЭта сталь дольше не окисляется, поэтому нож прослужит годы.\n\nС уважением,\nАнна",
            note="«дольше» alone compares nothing with what was expected",
        ),
        good(
            "en",
            "Hi Tom,\n\nThe delay at the depot has been resolved, and your parcel is on its way.\n\nBest,\nAnna",
            note="a delay its own sentence says is over",
        ),
        good(
            "ru",
            "Вероника, здравствуйте!\n\nСудя по видео, при отжиме машина сильно вибрирует и сдвигается по "
            "полу: так бывает, когда не сняты транспортировочные болты.\n\nС уважением,\nМарина",
            note="moving across the floor is not a late order",
        ),
    )

    @classmethod
    def page_phrases(cls) -> Mapping[Lang, Sequence[str]]:
        # the done forms of moving a date («перенесли», "postponed") are delays too; two blind writers looked for
        # «перенести» here and did not find it
        return {
            lang: [
                *read_entries(cls.lexicon_path() / f"delay_phrases.{lang}.txt"),
                *read_entries(cls.lexicon_path() / f"delay_reschedules.{lang}.txt"),
            ]
            for lang in LANGUAGES
        }

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        if not ctx.text.strip():
            return
        analysis = ctx.analysis
        lex = partial(self.lexicon, lang=ctx.language)
        delays = list(self._delays(ctx, analysis, lex))
        if not delays:
            return
        first = delays[0]
        phrase = ctx.text[first.start : first.end]
        params = {"phrase": phrase}
        if lex("delay_apologies").search(analysis) is None:
            yield Hit(
                "no-apology",
                first.start,
                first.end,
                params,
                suggestion=tr(ctx.language, 'Apologise for the delay, e.g. "I\'m sorry for the wait."'),
            )
        past = set(past_tense(analysis))
        memo: dict[tuple[int, int], bool] = {}
        past_sorted = sorted(past)
        future = self.lexicon_words("future_markers")
        when_late = _days_of_delay(analysis, lex, delays)
        clause_starts = [d.clause_start for d in delays]
        missed = _times_after(ctx.text, delays, _MISSED_BY, _ON_TIME)
        moved = _times_after(ctx.text, delays, _MOVED_TO)
        times = [
            t
            for t in plan_times(analysis, lex)
            if t.kind != "past"
            and t.start not in when_late
            and t.start not in missed
            and (
                t.start in moved
                or not told_as_past(analysis, t.start, past, future=future, memo=memo, past_sorted=past_sorted)
            )
            and not _in_cause_clause(analysis, t.start, future)
            and not _before_in_its_clause(delays, clause_starts, t.start)
        ]
        # a time at or after the start of some delay's sentence (perf: extremes, not every pair)
        if not (times and max(t.start for t in times) >= min(d.sentence_start for d in delays)):
            yield Hit(
                "no-new-date",
                first.start,
                first.end,
                params,
                suggestion=tr(
                    ctx.language, 'Say when it will happen now, e.g. "It will now arrive on Friday, 13 June."'
                ),
            )

    def _delays(self, ctx: RuleContext, analysis: Analysis, lex: LexiconSource) -> Iterator[_Delay]:
        """Delay phrases that announce a real, current delay of something the customer is waiting for."""
        matches = list(lex("delay_phrases").find(analysis))
        if not self._customer_asked_to_move(ctx):
            matches += _not_as_asked(
                analysis, lex("delay_reschedules").find(analysis), lex("delay_as_asked").find(analysis)
            )
        if not matches:
            return
        # perf: each list is one lexicon's matches, sorted and disjoint, and is asked once per delay phrase by
        # bisection over its starts: scanning them per phrase was quadratic (100,000 chars of "no delay, ": 22 s).
        denied = list(lex("delay_not_delays").find(analysis))
        denied_starts = [x.start for x in denied]
        latency = list(lex("delay_latency").find(analysis))
        latency_starts = [x.start for x in latency]
        # in a reply about technical latency, a bare delay noun refers to it
        about_latency = bool(latency) or self._latency_asked(ctx)
        nouns = {(x.start, x.end) for x in lex("delay_nouns").find(analysis)} if about_latency else set()
        conditions = [x.start for x in lex("delay_conditions").find(analysis)]
        modals = [x.start for x in lex("delay_modals").find(analysis)]
        causes = [x.start for x in lex("delay_causes").find(analysis)]
        resolved = [x.start for x in lex("delay_resolved").find(analysis) if _one_clause(analysis, x)]
        apologies = [x.start for x in lex("delay_apologies").find(analysis)]
        reply_words = [x.start for x in lex("delay_reply_words").find(analysis)]
        doc = analysis.doc
        for m in sorted(matches, key=lambda m: m.start):
            k = bisect.bisect_right(denied_starts, m.start) - 1
            if k >= 0 and m.end <= denied[k].end:
                continue
            k = bisect.bisect_right(latency_starts, m.start) - 1
            if k >= 0 and m.end <= latency[k].end:
                continue
            c_start = clause_start(analysis, m.first_token)
            c_end = clause_end(analysis, m.last_token)
            lo, hi = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
            if any(doc[i].lower_ in _NEGATIONS for i in range(max(c_start, m.first_token - 2), m.first_token)):
                continue
            if _denied(analysis, m, c_start, c_end):
                continue
            if _any_between(conditions, lo, m.start):
                continue
            sent = sentence_at(analysis, m.start)
            s_lo, s_hi = (sent.start_char, sent.end_char) if sent is not None else (lo, hi)
            if _any_between(modals, lo, m.start) and not _any_between(causes, s_lo, s_hi):
                continue  # "parcels may be delayed over the holidays": possible, not announced
            if _any_between(resolved, s_lo, s_hi):
                continue
            ends_clause = all(doc[i].is_punct or doc[i].is_space for i in range(m.last_token + 1, c_end))
            apologised_first = _any_between(apologies, lo, m.start)
            about_this_reply = ends_clause or _any_between(reply_words, lo, hi)
            if apologised_first and about_this_reply:
                # "Sorry for the delay in replying" / "Вибачте за затримку.": the late thing is this very email.
                continue
            if _any_between(apologies, s_lo, m.start) and _any_between(reply_words, lo, hi):
                # "Вибачте, що відповідаємо із запізненням": the apology stands in a clause of its own, and the
                # clause of the delay says what is late: this answer.
                continue
            if (m.start, m.end) in nouns:
                continue  # "Затримка звуку ... ввімкніть режим гри: затримка стане непомітною": the same latency
            yield _Delay(m.start, m.end, s_lo, m.first_token, m.last_token, lo)

    def _latency_asked(self, ctx: RuleContext) -> bool:
        """Whether the customer's message is about technical latency ("є затримка звуку"): the reply's bare
        "затримка" then answers about it."""
        orig = ctx.original_analysis
        if orig is None:
            return False
        lang = ctx.original_language or ctx.language
        return self.lexicon("delay_latency", lang).search(orig) is not None

    def _customer_asked_to_move(self, ctx: RuleContext) -> bool:
        """ "Можно перенести доставку на 29-е?" — then "перенесли на 29-е" is the request done, not a delay. The
        customer telling that the shop moved it («Пришло SMS, что доставку перенесли», "my delivery was
        rescheduled") asked for nothing."""
        orig = ctx.original_analysis
        if orig is None:
            return False
        lang = ctx.original_language or ctx.language
        if any(
            not _reported_move(orig, m.first_token) for m in self.lexicon("delay_reschedule_requests", lang).find(orig)
        ):
            return True
        # "another day" is asked for only in a sentence that asks for it («Можно в другой день?»), not one telling of
        # the shop's move («пришло SMS с другой датой», «Почему доставку перенесли на другой день?»)
        dates = list(self.lexicon("delay_reschedule_dates", lang).find(orig))
        if not dates:
            return False  # perf: the moves already made are looked for only when another day is named
        done = [x.start for x in self.lexicon("delay_reschedules", lang).find(orig)]
        return any(_asks_for_it(orig, m.start, done) for m in dates)


def _not_as_asked(analysis: Analysis, moves: Iterable[Match], asked: Iterable[Match]) -> list[Match]:
    """The moves the reply does not call the customer's own wish ("I've rescheduled your delivery to Saturday, as
    you asked", «перенесли на субботу, как вы просили»): told in the same sentence, the move is a request done,
    also when the customer's message is not at hand to show the request."""
    # after the move, in its sentence: "we could not deliver as you asked, and it was postponed" names the failed
    # plan before the move, not the customer's wish for it. perf: the last wish per sentence is all a move needs,
    # so each move looks its sentence up once instead of comparing itself with every wish
    last_wish: dict[int | None, int] = {}
    for m in asked:
        start = _sentence_start(analysis, m.start)
        if start is not None:
            last_wish[start] = max(last_wish.get(start, -1), m.start)
    return [m for m in moves if last_wish.get(_sentence_start(analysis, m.start), -1) <= m.start]


_DENIED_NOUNS = frozenset({"задержек", "задержки", "опозданий", "затримок", "затримки", "запізнень", "delay", "delays"})
"""A delay noun in the form a denial takes: the Russian and Ukrainian genitive («задержек не ожидается») or the
nominative plural, which a plural predicate denies as well («задержки не ожидаются»)."""
_DENIAL_LEADS = frozenset(
    {"никаких", "каких-либо", "других", "дальнейших", "новых", "больше", "жодних", "будь-яких", "інших", "подальших",
     "нових", "більше", "any", "further", "other", "more", "каких", "либо", "будь", "яких", "-"}
)  # fmt: skip
"""Words that may stand before the noun of a denial («никаких задержек», "further delays"); «каких-либо» and
«будь-яких» as one word or as the tokenizer splits them."""
_DENIAL_PREPOSITIONS = frozenset(
    {"с", "со", "в", "во", "по", "при", "на", "у", "для", "із", "з", "зі", "через", "with", "on", "for", "to", "in",
     "at"}
)  # fmt: skip
"""A denial may name what the delay would be of in one prepositional phrase («задержек в доставке не ожидается»),
or its cause («затримок через свята не очікується»)."""
_COMPOUND_PREPOSITIONS = (
    ("из", "-", "за"),
    ("из", "за"),
    ("з", "-", "за"),
    ("із", "-", "за"),
    ("due", "to"),
    ("because", "of"),
)
"""Prepositions of more than one token: a cause («Задержек из-за праздников не ожидается»)."""
_DENIAL_ADVERBS = frozenset(
    {"пока", "сейчас", "сегодня", "поки", "зараз", "сьогодні", "currently", "presently", "now", "today"}
)
_DENYING_VERBS = frozenset(
    {"ожидается", "ожидаются", "предвидится", "предвидятся", "планируется", "прогнозируется", "возникнет",
     "возникнут", "будет", "наблюдается", "ожидаем", "предвидим", "очікується", "очікуються", "передбачається",
     "планується", "прогнозується", "виникне", "виникнуть", "буде", "спостерігається", "очікуємо", "передбачаємо",
     "expected", "anticipated", "foreseen", "expect", "anticipate", "foresee", "expecting", "anticipating"}
)  # fmt: skip
"""Present and future predicates that deny a delay once negated: a past one («задержка не ожидалась», "the delay was
not expected") tells a surprise, and the delay is real."""
_ENGLISH_BE = frozenset({"is", "are"})
DENIAL_PHRASE_WORDS = 3
"""Words a denial's prepositional phrase may hold after its preposition («в доставке», "with your delivery")."""
_PHRASE_STOPS = frozenset(
    {"и", "і", "й", "а", "но", "тож", "та", "але", "что", "що", "есть", "є", "and", "but", "so", "that", "which",
     "was", "were", "did", "had", "has", "have", "been", "mean", "means"}
)  # fmt: skip
"""Words that end a denial's phrase: a conjunction or a verb of its own starts another clause («на складе есть и»,
"at Leeds we did not expect", "weren't expected": a surprise in the past)."""


def _denied(analysis: Analysis, m: Match, c_start: int, c_end: int) -> bool:
    """Whether the delay noun at `m` is denied in its clause, as the clause's own subject or object: «задержек в
    доставке не ожидается», «затримок із доставкою поки не очікуємо», "delays with your delivery are not
    expected", "we don't expect any delays".

    Only when the noun opens its clause (after words like «никаких», "further"), followed by at most one
    prepositional phrase and the negated present predicate, or is the object right after one; and only when the
    denial ends its clause and nothing later in the sentence makes an exception to it. A noun governed by another
    word («конца задержек не предвидится», «из-за задержки доставки не будет», "customs delays are not expected to
    clear"), a denial that says more of the delay («не ожидается больше чем на сутки», "isn't expected to last",
    «не будет видно в трекинге»), one with an exception ("apart from the two days we mentioned") and a past
    surprise ("we didn't expect any delays") all tell a delay."""
    if m.first_token != m.last_token:
        return False
    lowers = analysis.token_lowers
    if lowers[m.first_token] not in _DENIED_NOUNS:
        return False
    before = solid_tokens(analysis, c_start, m.first_token)
    after = solid_tokens(analysis, m.first_token + 1, c_end)
    while before and lowers[before[-1]] in _DENIAL_LEADS:
        before.pop()
    if len(before) == 1 and lowers[before[0]] in _CLAUSE_OPENERS:
        before.pop()  # "so delays aren't expected", «тож затримок не очікуємо»: the noun still opens its clause
    if before:
        tail = _time_phrase_end(lowers, after, _phrase_end(lowers, after, 0))
        denied = _denied_before(lowers, before) and _clear(lowers, after[tail:])
    else:
        denied = _denied_after(lowers, after)
    if not denied:
        return False
    sent = sentence_at(analysis, m.start)
    end_of_clause = analysis.token_ends[c_end - 1] if c_end > 0 else m.end
    rest = analysis.text[end_of_clause : sent.end_char] if sent is not None else ""
    return _EXCEPTION.search(rest) is None


_EXCEPTION = re.compile(
    r"(?<!\w)(?:except|apart\s+from|other\s+than|besides|but|however|though|sadly|unfortunately|кроме|помимо"
    r"|за\s+исключением|но|однако|хотя|к\s+сожалению|крім|окрім|за\s+винятком|але|проте|однак|хоча|на\s+жаль)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Words after a denial's clause that take it back or make an exception ("Delays aren't expected, apart from the two
days we mentioned", «Задержек не ожидается, кроме тех двух дней»): the delay is told after all."""


def _phrase_end(lowers: list[str], after: list[int], k: int) -> int:
    """Past the one prepositional phrase at position k of `after` («в доставке», "with your delivery"), of up to
    `DENIAL_PHRASE_WORDS` words; k itself when none stands there. Punctuation, a second preposition or a word of
    `_PHRASE_STOPS` ends it: a review found chains of phrases hiding a second clause («Задержки на фабрике затянулись
    и в декабре поставки не будет»)."""
    words = _preposition_at(lowers, after, k)
    if not words:
        return k
    k += words
    reach = min(k + DENIAL_PHRASE_WORDS, len(after))
    while k < reach:
        word = lowers[after[k]]
        if word in _NEGATIONS or word in _ENGLISH_BE or word in _DENIAL_PREPOSITIONS or word in _PHRASE_STOPS:
            break
        if not word.isalnum():
            break
        k += 1
    return k


_TIME_NOUNS = frozenset(
    {"дни", "днях", "дней", "дня", "неделе", "неделю", "неделя", "недели", "месяце", "месяц", "месяца", "году", "год",
     "года", "праздники", "праздников", "праздниках", "сезон", "сезоне", "период", "время", "временем", "дні", "днів",
     "тижні", "тиждень", "тижня", "місяці", "місяць", "місяця", "році", "рік", "року", "свята", "свят", "святах",
     "періоді", "час", "часом", "year", "week", "weeks", "weekend", "month", "months", "season", "period", "holidays",
     "christmas", "time", "day", "days", "moment", "tomorrow"}
)  # fmt: skip
_TIME_LEADS = frozenset(
    {"в", "во", "на", "у", "за", "до", "конца", "кінця", "эти", "этот", "эту", "этом", "этой", "этого", "ближайшие",
     "ближайшее", "ближайшей", "ближайшим", "следующей", "следующем", "праздничные", "ці", "цей", "цю", "цьому", "цій",
     "цього", "цієї", "найближчі", "найближчий", "найближчим", "найближчого", "наступного", "наступному",
     "святкові", "this", "these", "next", "the", "over", "during", "in", "at", "coming", "few", "within"}
)  # fmt: skip
TIME_PHRASE_WORDS = 5
"""Words a time beside a denial may take, its noun last ("this year", «в эти дни», «у святкові дні»)."""


def _time_phrase_end(lowers: list[str], after: list[int], k: int) -> int:
    """Past a time at position k of `after` ("this year", «в эти дни», «на цьому тижні»): up to `TIME_PHRASE_WORDS`
    words of time before a noun of time, which ends it; k itself when none stands there. A denial says when no
    delay is expected as readily as what it would be of ("We don't expect any delays with Christmas deliveries this
    year", «Задержек с доставкой в эти дни не ожидается»)."""
    for n in range(min(TIME_PHRASE_WORDS, len(after) - k)):
        word = lowers[after[k + n]]
        if word in _TIME_NOUNS:
            return k + n + 1
        if word not in _TIME_LEADS:
            break
    return k


def _preposition_at(lowers: list[str], after: list[int], k: int) -> int:
    """How many tokens the preposition at position k of `after` takes: one («в», "with"), more for a compound one
    («из-за», «из за», "due to", "because of"), none when no preposition stands there."""
    for compound in _COMPOUND_PREPOSITIONS:
        if tuple(lowers[i] for i in after[k : k + len(compound)]) == compound:
            return len(compound)
    return 1 if k < len(after) and lowers[after[k]] in _DENIAL_PREPOSITIONS else 0


def _denied_after(lowers: list[str], after: list[int]) -> bool:
    """A noun opening its clause, then «не ожидается» / "are not expected", ending the clause (see `_denied`)."""
    k = _time_phrase_end(lowers, after, _phrase_end(lowers, after, 0))
    if k < len(after) and lowers[after[k]] in _ENGLISH_BE:
        k += 1
    if k < len(after) and lowers[after[k]] in _DENIAL_ADVERBS:
        k += 1
    if not (k + 1 < len(after) and lowers[after[k]] in _NEGATIONS):
        return False
    k += 1
    if k < len(after) and lowers[after[k]] in _DENIAL_ADVERBS:
        k += 1
    if not (k < len(after) and lowers[after[k]] in _DENYING_VERBS):
        return False
    return _clear(lowers, after[_time_phrase_end(lowers, after, k + 1) :])


def _denied_before(lowers: list[str], before: list[int]) -> bool:
    """A noun right after a negated present predicate, with the words of the clause before it no more than a
    subject: "we don't expect any delays", "we're not expecting any delays", «Мы не ожидаем каких-либо задержек»
    (see `_denied`); "we didn't expect any delays" tells a surprise."""
    if len(before) < 2 or lowers[before[-1]] not in _DENYING_VERBS:
        return False
    rest = before[:-1]
    if rest and lowers[rest[-1]] in _DENIAL_ADVERBS:
        rest.pop()
    if not rest or lowers[rest[-1]] not in _NEGATIONS:
        return False
    negation = rest.pop()
    if lowers[negation] in ("not", "n't") and not (rest and lowers[rest[-1]] in _PRESENT_AUXILIARIES):
        return False
    return len(rest) <= 3


_CLAUSE_OPENERS = frozenset(
    {"и", "а", "но", "поэтому", "потому", "тож", "тому", "і", "й", "та", "але", "so", "and", "but", "therefore"}
)  # fmt: skip
"""Conjunctions that may open the clause of a denial before its noun."""

_PRESENT_AUXILIARIES = frozenset({"do", "does", "are", "'re", "am", "'m", "is", "'s"})
"""The auxiliaries of an English denial in the present ("we do not expect", "we're not expecting"); "didn't",
"weren't", "hadn't" tell a surprise."""


def _clear(lowers: list[str], tail: list[int]) -> bool:
    """Whether nothing after a denial, to the end of its clause, says more of the delay: only punctuation and words
    of when («пока», "currently")."""
    return all(not lowers[i].isalnum() or lowers[i] in _DENIAL_ADVERBS for i in tail)


def _sentence_start(analysis: Analysis, char: int) -> int | None:
    sent = sentence_at(analysis, char)
    return sent.start_char if sent is not None else None


def _asks_for_it(analysis: Analysis, char: int, done: list[int]) -> bool:
    """Whether the sentence at `char` asks, and asks for something: not "why" of a move already made (`done`: the
    starts of the moves told, sorted)."""
    sent = sentence_at(analysis, char)
    if sent is None or "?" not in sent.text or _WHY.search(sent.text):
        return False
    # perf: `done` is sorted (a lexicon's matches), so the first move at or after the sentence's start decides
    k = bisect.bisect_left(done, sent.start_char)
    return k == len(done) or done[k] >= sent.end_char


_WHY = re.compile(r"(?<!\w)(?:why|почему|зачем|чому|навіщо)(?!\w)", re.IGNORECASE)


_WISHED = frozenset({"чтобы", "чтоб", "щоб", "аби"})
"""«Можно, чтобы доставку перенесли на пятницу?»: a past form after these is what the customer wants done."""
_TOLD_DONE = frozenset({"was", "were", "been", "got"})
""""My delivery was rescheduled", "has been postponed": what happened, not what is asked for."""
WISH_REACH = 5


def _reported_move(analysis: Analysis, i: int) -> bool:
    """Whether the move word at token `i` tells what the shop did rather than asks for it: a Russian or Ukrainian
    past form with no «чтобы»/«щоб» before it, or an English participle after "was"/"been"."""
    lowers, words = analysis.token_lowers, analysis.word_indexes
    k = bisect.bisect_left(words, i)
    before = [lowers[w] for w in words[max(0, k - WISH_REACH) : k]]
    if analysis.lang == "en":
        return bool(before) and before[-1] in _TOLD_DONE
    past = analysis.morphology.past(lowers[i], analysis.lemma_sets[i])
    return past and not _WISHED.intersection(before)


def _before_in_its_clause(delays: Sequence[_Delay], clause_starts: Sequence[int], at: int) -> bool:
    """Whether a time stands in a delay's clause before the delay itself: «Сборка на этой неделе занимает больше
    времени», "Assembly this week is taking longer than planned" say when it is slow, not when it comes now. The
    delays are in text order and their clauses do not overlap, so the last clause starting at or before the time is
    the only one it can be in (perf: bisection, not every pair)."""
    k = bisect.bisect_right(clause_starts, at) - 1
    return k >= 0 and at < delays[k].start
