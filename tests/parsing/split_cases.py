"""Reply bodies as mail clients write them, one list per class of the splitter's work, with the new text a
reader sees as the author's own. Written for replylint (not copied from any other project's fixtures).

Each case: (id, body, expected text, expected signature or None). `plain` cases are decoded text bodies,
`html` cases are HTML bodies as the client sends them.
"""

from __future__ import annotations

RU_REPLY = "Добрый день, Иван!\n\nВозврат по заказу 5521 оформлен, деньги придут за 3 дня.\n\nС уважением,\nМарина"
UK_REPLY = (
    "Добрий день, Іване!\n\nПовернення за замовленням 5521 оформлено, кошти надійдуть за 3 дні.\n\nЗ повагою,\nІрина"
)
EN_REPLY = "Hi Anna,\n\nThe refund for order 5521 went out today.\n\nBest regards,\nMark"
RU_ORIG = "Здравствуйте! Когда вернут деньги за заказ 5521?\nИван"
UK_ORIG = "Добрий день! Коли повернуть гроші за замовлення 5521?\nІван"
EN_ORIG = "Hello, when will I get my refund for order 5521?\nAnna"


def q(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


Case = tuple[str, str, str, str | None]

CYRILLIC_HEADERS: list[Case] = [
    (
        "gmail-ru-no-verb-unquoted",
        f"{RU_REPLY}\n\nср, 30 апр. 2025 г. в 15:19, Иван Петров <ivan@example.com>:\n\n{RU_ORIG}\n",
        RU_REPLY,
        None,
    ),
    (
        "gmail-ru-no-verb-quoted",
        f"{RU_REPLY}\n\nср, 30 апр. 2025 г. в 15:19, Иван Петров <ivan@example.com>:\n\n{q(RU_ORIG)}\n",
        RU_REPLY,
        None,
    ),
    (
        "gmail-ru-wrapped",
        f"{RU_REPLY}\n\nср, 30 апр. 2025 г. в 15:19, Иван Петров <\nivan@example.com>:\n{q(RU_ORIG)}\n",
        RU_REPLY,
        None,
    ),
    (
        "gmail-ru-wrapped-unquoted",
        f"{RU_REPLY}\n\nпт, 2 мая 2025 г. в 09:05, Иван Петров\n<ivan@example.com>:\n\n{RU_ORIG}\n",
        RU_REPLY,
        None,
    ),
    (
        "gmail-uk-pyshe",
        f"{UK_REPLY}\n\nср, 30 квіт. 2025 р. о 15:19 Іван Петренко <ivan@example.com> пише:\n\n{q(UK_ORIG)}\n",
        UK_REPLY,
        None,
    ),
    (
        "gmail-uk-pyshe-unquoted",
        f"{UK_REPLY}\n\nср, 30 квіт. 2025 р. о 15:19 Іван Петренко <ivan@example.com> пише:\n\n{UK_ORIG}\n",
        UK_REPLY,
        None,
    ),
    (
        "gmail-uk-wrapped",
        f"{UK_REPLY}\n\nср, 30 квіт. 2025 р. о 15:19 Іван Петренко <\nivan@example.com> пише:\n{q(UK_ORIG)}\n",
        UK_REPLY,
        None,
    ),
    ("yandex-ru", f'{RU_REPLY}\n\n30.04.2025, 15:19, "Иван Петров" <ivan@yandex.ru>:\n{q(RU_ORIG)}\n', RU_REPLY, None),
    (
        "yandex-ru-unquoted",
        f'{RU_REPLY}\n\n30.04.2025, 15:19, "Иван Петров" <ivan@yandex.ru>:\n{RU_ORIG}\n',
        RU_REPLY,
        None,
    ),
    (
        "mailru-ru",
        f"{RU_REPLY}\n\n\nСреда, 30 апреля 2025, 15:19 +03:00 от Иван Петров <ivan@mail.ru>:\n\n{q(RU_ORIG)}\n",
        RU_REPLY,
        None,
    ),
    (
        "mailru-ru-unquoted",
        f"{RU_REPLY}\n\nСреда, 30 апреля 2025, 15:19 +03:00 от Иван Петров <ivan@mail.ru>:\n\n{RU_ORIG}\n",
        RU_REPLY,
        None,
    ),
    (
        "ukrnet-uk",
        f'{UK_REPLY}\n\n30 квітня 2025, 15:19:02, від "Іван Петренко" <ivan@ukr.net>:\n\n{q(UK_ORIG)}\n',
        UK_REPLY,
        None,
    ),
    (
        "ukrnet-uk-original",
        f'{UK_REPLY}\n\n--- Оригінальне повідомлення ---\nВід кого: "Іван Петренко" '
        f"<ivan@ukr.net>\nДата: 30 квітня 2025, 15:19:02\n\n{UK_ORIG}\n",
        UK_REPLY,
        None,
    ),
    (
        "outlook-ru",
        f"{RU_REPLY}\n\nОт: Иван Петров <ivan@example.com>\nОтправлено: 30 апреля 2025 г. 15:19\n"
        f"Кому: support@shop.ru\nТема: Возврат\n\n{RU_ORIG}\n",
        RU_REPLY,
        None,
    ),
    (
        "outlook-uk",
        f"{UK_REPLY}\n\nВід: Іван Петренко <ivan@example.com>\nНадіслано: 30 квітня 2025 р. 15:19\n"
        f"Кому: support@shop.ua\nТема: Повернення\n\n{UK_ORIG}\n",
        UK_REPLY,
        None,
    ),
    (
        "outlook-en-labels-cyrillic",
        f"{RU_REPLY}\n\n________________________________\nFrom: Иван Петров "
        f"<ivan@example.com>\nSent: Wednesday, April 30, 2025 3:19 PM\nTo: Служба поддержки <support@shop.ru>\n"
        f"Subject: Возврат\n\n{RU_ORIG}\n",
        RU_REPLY,
        None,
    ),
    ("rambler-ru-pishet", f"{RU_REPLY}\n\n30.04.2025 15:19, Иван Петров пишет:\n{q(RU_ORIG)}\n", RU_REPLY, None),
    (
        "apple-uk-napysav",
        f"{UK_REPLY}\n\n30 квіт. 2025 р. о 15:19 Іван Петренко <ivan@example.com> написав(ла):\n\n{q(UK_ORIG)}\n",
        UK_REPLY,
        None,
    ),
]

MOBILE_FOOTERS: list[Case] = [
    (f"footer-{i}", f"{EN_REPLY}\n\n{footer}\n", EN_REPLY, footer)
    for i, footer in enumerate(
        [
            "Envoyé de mon iPhone",
            "Enviado do meu iPhone",
            "Verzonden vanaf mijn iPhone",
            "Von meinem iPhone gesendet",
            "Lähetetty iPhonesta",
            "Get Outlook for iOS",
            "Get Outlook for Android",
            "Sent from my Wiko Rainbow Jam",
            "Skickat från min iPhone",
            "Sendt fra min iPhone",
            "Wysłane z iPhone'a",
            "Odesláno z iPhonu",
            "Enviado desde mi iPhone",
            "Inviato da iPhone",
            "Trimis de pe iPhone-ul meu",
            "iPhone'umdan gönderildi",
            "iPhoneから送信",
            "发自我的iPhone",
            "Отправлено из мобильной Яндекс Почты",
            "Надіслано з iPhone",
            "Sent from Yahoo Mail for iPhone",
            "Envoyé depuis mon appareil Galaxy",
            "Von meinem Samsung Galaxy Smartphone gesendet.",
        ]
    )
] + [
    (
        "footer-then-quote",
        f"{EN_REPLY}\n\nSent from my Wiko Lenny5\n\n-------- Original message --------\n"
        f"From: Anna <anna@example.com>\nDate: 30/04/2025 15:19 (GMT+01:00)\nTo: support@shop.example\n"
        f"Subject: Refund\n\n{EN_ORIG}\n",
        EN_REPLY,
        "Sent from my Wiko Lenny5",
    ),
    (
        "footer-then-attribution-fr",
        f"{EN_REPLY}\n\nEnvoyé de mon iPhone\n\n> Le 30 avr. 2025 à 15:19, Anne "
        f"<anne@example.fr> a écrit :\n>\n{q(EN_ORIG)}\n",
        EN_REPLY,
        "Envoyé de mon iPhone",
    ),
]

FORWARDS: list[Case] = [
    (
        "forward-only-gmail",
        f"---------- Forwarded message ---------\nFrom: Anna <anna@example.com>\n"
        f"Date: Wed, Apr 30, 2025 at 3:19 PM\nSubject: Refund\nTo: <support@shop.example>\n\n\n{EN_ORIG}\n",
        "",
        None,
    ),
    (
        "forward-only-yandex",
        f'-------- Пересылаемое сообщение --------\n30.04.2025, 15:19, "Иван Петров" '
        f"<ivan@yandex.ru>:\n\n{RU_ORIG}\n\n-------- Конец пересылаемого сообщения --------\n",
        "",
        None,
    ),
    (
        "forward-only-mailru",
        f"\n\n-------- Пересылаемое сообщение --------\nОт кого: Иван Петров <ivan@mail.ru>\n"
        f"Кому: support@shop.ru\nДата: Среда, 30 апреля 2025, 15:19 +03:00\nТема: Возврат\n\n{RU_ORIG}\n",
        "",
        None,
    ),
    (
        "forward-only-uk",
        f"-------- Переслане повідомлення --------\nВід: Іван Петренко <ivan@ukr.net>\n"
        f"Дата: 30.04.2025 15:19\nТема: Повернення\n\n{UK_ORIG}\n",
        "",
        None,
    ),
    (
        "forward-with-comment",
        f"Colleagues, please check this refund.\n\n---------- Forwarded message ---------\n"
        f"From: Anna <anna@example.com>\nDate: Wed, Apr 30, 2025 at 3:19 PM\nSubject: Refund\n"
        f"To: <support@shop.example>\n\n{EN_ORIG}\n",
        "Colleagues, please check this refund.",
        None,
    ),
    (
        "forward-intro-en",
        f"Colleagues, please check this refund.\n\nForwarded message:\n\nFrom: Anna "
        f"<anna@example.com>\nDate: 30 April 2025 at 15:19\nSubject: Refund\n\n{EN_ORIG}\n",
        "Colleagues, please check this refund.",
        None,
    ),
    (
        "forward-intro-ru",
        f"Коллеги, проверьте возврат.\n\nПересылаемое сообщение:\n\nОт: Иван Петров "
        f"<ivan@example.com>\nДата: 30.04.2025 15:19\nТема: Возврат\n\n{RU_ORIG}\n",
        "Коллеги, проверьте возврат.",
        None,
    ),
    (
        "forward-intro-uk",
        f"Колеги, перевірте повернення.\n\nПереслане повідомлення:\nВід: Іван Петренко "
        f"<ivan@ukr.net>\nДата: 30.04.2025 15:19\nТема: Повернення\n\n{UK_ORIG}\n",
        "Колеги, перевірте повернення.",
        None,
    ),
    (
        "apple-forward-text-below",
        f"Begin forwarded message:\n\n> From: Anna <anna@example.com>\n> Subject: Refund\n"
        f"> Date: 30 April 2025 at 15:19:00 BST\n> To: support@shop.example\n>\n{q(EN_ORIG)}\n\n"
        "Mark, can you take this one?\n",
        "Mark, can you take this one?",
        None,
    ),
    (
        "apple-forward-text-above-and-below",
        f"See below.\n\nBegin forwarded message:\n\n> From: Anna "
        f"<anna@example.com>\n> Subject: Refund\n> Date: 30 April 2025 at 15:19:00 BST\n\n{q(EN_ORIG)}\n\n"
        "Thanks, Mark\n",
        "See below.\n\nThanks, Mark",
        None,
    ),
    (
        "yandex-forward-closed-text-below",
        f"Коллеги, посмотрите.\n\n-------- Пересылаемое сообщение --------\n"
        f'30.04.2025, 15:19, "Иван Петров" <ivan@yandex.ru>:\n\n{RU_ORIG}\n\n'
        "-------- Конец пересылаемого сообщения --------\n\nЭто уже третье его письмо.\n",
        "Коллеги, посмотрите.\n\nЭто уже третье его письмо.",
        None,
    ),
    (
        "thunderbird-forward",
        f"-------- Forwarded Message --------\nSubject: \tRefund\nDate: \tWed, 30 Apr 2025 "
        f"15:19:00 +0100\nFrom: \tAnna <anna@example.com>\nTo: \tsupport@shop.example\n\n\n\n{EN_ORIG}\n",
        "",
        None,
    ),
]

OTHER_LANGUAGES: list[Case] = [
    (name, f"{EN_REPLY}\n\n{header}\n{q(EN_ORIG)}\n", EN_REPLY, None)
    for name, header in [
        ("ar-gmail", "في الأربعاء، 30 أبريل 2025 في 3:19 م، Ahmed Ali <ahmed@example.com> كتب:"),
        ("pl-apple", "Wiadomość napisana przez Anna Nowak <anna@example.pl> w dniu 30.04.2025, o godz. 15:19:"),
        ("pl-onet", "Dnia 30 kwietnia 2025 15:19 Anna Nowak <anna@onet.pl> napisał(a):"),
        ("pl-gmail", "W dniu śr., 30.04.2025 o 15:19 Anna Nowak <anna@example.pl> napisała:"),
        ("ro-gmail", "Pe mie., 30 apr. 2025 la 15:19, Ana Popescu <ana@example.ro> a scris:"),
        ("de-no-address", "Am 30.04.2025 um 15:19 schrieb Anna Schmidt:"),
        ("de-gmail", "Am Mi., 30. Apr. 2025 um 15:19 Uhr schrieb Anna Schmidt <anna@example.de>:"),
        ("no-gmail", "ons. 30. apr. 2025 kl. 15:19 skrev Ola Nordmann <ola@example.no>:"),
        ("da-gmail", "Den ons. 30. apr. 2025 kl. 15.19 skrev Mette Hansen <mette@example.dk>:"),
        ("fi-gmail", "ke 30.4.2025 klo 15.19 Matti Virtanen (matti@example.fi) kirjoitti:"),
        ("hu-gmail", "Kovács Anna <anna@example.hu> ezt írta (időpont: 2025. ápr. 30., Sze, 15:19):"),
        ("tr-gmail", "30 Nis 2025 Çar, 15:19 tarihinde Ayşe Yılmaz <ayse@example.com> şunu yazdı:"),
        ("cs-gmail", "Dne st 30. 4. 2025 15:19 uživatel Jan Novák <jan@example.cz> napsal:"),
        ("it-gmail", "Il giorno mer 30 apr 2025 alle ore 15:19 Marco Rossi <marco@example.it> ha scritto:"),
        ("pt-gmail", "Em qua., 30 de abr. de 2025 às 15:19, João Silva <joao@example.com.br> escreveu:"),
        ("es-gmail", "El mié, 30 abr 2025 a las 15:19, Lucía García (<lucia@example.es>) escribió:"),
        ("fr-gmail", "Le mer. 30 avr. 2025 à 15:19, Anne Dupont <anne@example.fr> a écrit :"),
        ("nl-gmail", "Op wo 30 apr 2025 om 15:19 schreef Jan de Vries <jan@example.nl>:"),
        ("sv-gmail", "Den ons 30 apr. 2025 kl 15:19 skrev Sven Svensson <sven@example.se>:"),
        ("ja-gmail", "2025年4月30日(水) 15:19 Taro Yamada <taro@example.jp>:"),
        ("ja-apple", "2025/04/30 15:19、Taro Yamada <taro@example.jp>のメール："),
        ("zh-gmail", "Li Wei <li@example.cn> 于2025年4月30日周三 15:19写道："),
        ("zh-tw-gmail", "Li Wei <li@example.tw> 於 2025年4月30日 週三 下午3:19寫道："),
        ("ko-gmail", "2025년 4월 30일 (수) 오후 3:19, Kim Minsu <kim@example.kr>님이 작성:"),
        ("he-gmail", "בתאריך יום ד׳, 30 באפר׳ 2025 ב-15:19 מאת Dana Levi <dana@example.co.il>:"),
        ("sk-gmail", "po 28. 4. 2025 o 15:19 Ján Novák <jan@example.sk> napísal(a):"),
        ("hr-gmail", "pon, 28. tra 2025. u 15:19 Ivan Horvat <ivan@example.hr> napisao je:"),
        ("bg-gmail", "пн, 28.04.2025 г. в 15:19 Иван Петров <ivan@example.bg> написа:"),
        ("lotus-notes", "Anna Smith <anna@example.com> wrote on 30.04.2025 15:19:"),
        (
            "outlook-bold-plain",
            "*From:* Anna Smith <anna@example.com>\n*Sent:* Wednesday, April 30, 2025 3:19 PM\n"
            "*To:* support@shop.example\n*Subject:* Refund",
        ),
    ]
] + [
    (name, f"{EN_REPLY}\n\n{block}\n\n{EN_ORIG}\n", EN_REPLY, None)
    for name, block in [
        (
            "fr-outlook-ios",
            "De : Anne Dupont <anne@example.fr>\nEnvoyé : mercredi, avril 30, 2025 3:19 PM\n"
            "À : support@shop.example\nObjet : Remboursement",
        ),
        (
            "da-outlook",
            "Fra: Mette Hansen <mette@example.dk>\nSendt: 30. april 2025 15:19\nTil: support@shop.example\n"
            "Emne: Refusion",
        ),
        (
            "ar-outlook",
            "من: Ahmed Ali <ahmed@example.com>\nتم الإرسال: الأربعاء، 30 أبريل، 2025 3:19 م\n"
            "إلى: support@shop.example\nالموضوع: استرداد",
        ),
        (
            "ja-outlook",
            "差出人: Taro Yamada <taro@example.jp>\n送信日時: 2025年4月30日 15:19\n"
            "宛先: support@shop.example\n件名: 返金",
        ),
        (
            "zh-outlook",
            "发件人: Li Wei <li@example.cn>\n发送时间: 2025年4月30日 15:19\n收件人: support@shop.example\n主题: 退款",
        ),
        (
            "tr-outlook",
            "Kimden: Ayşe Yılmaz <ayse@example.com>\nGönderildi: 30 Nisan 2025 Çarşamba 15:19\n"
            "Kime: support@shop.example\nKonu: İade",
        ),
        (
            "hu-outlook",
            "Feladó: Kovács Anna <anna@example.hu>\nKüldve: 2025. április 30. 15:19\n"
            "Címzett: support@shop.example\nTárgy: Visszatérítés",
        ),
        (
            "ro-outlook",
            "De la: Ana Popescu <ana@example.ro>\nTrimis: miercuri, 30 aprilie 2025 15:19\n"
            "Către: support@shop.example\nSubiect: Rambursare",
        ),
        (
            "pl-outlook",
            "Od: Anna Nowak <anna@example.pl>\nWysłano: środa, 30 kwietnia 2025 15:19\n"
            "Do: support@shop.example\nTemat: Zwrot",
        ),
        (
            "cs-outlook",
            "Od: Jan Novák <jan@example.cz>\nOdesláno: středa 30. dubna 2025 15:19\n"
            "Komu: support@shop.example\nPředmět: Vrácení",
        ),
        (
            "ko-outlook",
            "보낸 사람: Kim Minsu <kim@example.kr>\n보낸 날짜: 2025년 4월 30일 수요일 오후 3:19\n"
            "받는 사람: support@shop.example\n제목: 환불",
        ),
        (
            "he-outlook",
            "מאת: Dana Levi <dana@example.co.il>\nנשלח: יום רביעי 30 אפריל 2025 15:19\n"
            "אל: support@shop.example\nנושא: החזר",
        ),
        (
            "fi-outlook",
            "Lähettäjä: Matti Virtanen <matti@example.fi>\n"
            "Lähetetty: keskiviikko 30. huhtikuuta 2025 15.19\nVastaanottaja: support@shop.example\nAihe: Palautus",
        ),
    ]
]

SIGNATURES: list[Case] = [
    (
        "contact-block",
        "Hi Anna,\n\nThe refund went out today.\n\nBest regards,\nMark Jones\nCustomer Care, Shop Inc.\n"
        "Tel: +44 20 7946 0958\nmark.jones@shop.example\nwww.shop.example\n",
        "Hi Anna,\n\nThe refund went out today.\n\nBest regards,\nMark Jones",
        "Customer Care, Shop Inc.\nTel: +44 20 7946 0958\nmark.jones@shop.example\nwww.shop.example",
    ),
    (
        "stars-rule",
        "Hi Anna,\n\nThe refund went out today.\n\nMark\n\n* * *\nShop Inc. Customer Care\nOpen Mon-Fri 9-18\n",
        "Hi Anna,\n\nThe refund went out today.\n\nMark",
        "* * *\nShop Inc. Customer Care\nOpen Mon-Fri 9-18",
    ),
    (
        "underscore-rule",
        "Hi Anna,\n\nThe refund went out today.\n\nThanks,\nMark\n\n__________________\nMark Jones | Shop Inc.\n",
        "Hi Anna,\n\nThe refund went out today.\n\nThanks,\nMark",
        "__________________\nMark Jones | Shop Inc.",
    ),
    (
        "ru-contact-block",
        "Иван, добрый день!\n\nВозврат оформлен.\n\nС уважением,\nМарина Соколова\n"
        "Служба заботы о клиентах\nтел. 8 800 555-35-35\nhelp@shop.ru\n",
        "Иван, добрый день!\n\nВозврат оформлен.\n\nС уважением,\nМарина Соколова",
        "Служба заботы о клиентах\nтел. 8 800 555-35-35\nhelp@shop.ru",
    ),
    (
        "em-dash",
        "Hi Anna,\n\nThe refund went out today.\n\nMark\n\n—\nMark Jones, Shop Inc.\n",
        "Hi Anna,\n\nThe refund went out today.\n\nMark",
        "—\nMark Jones, Shop Inc.",
    ),
    (
        "uk-underscore-rule",
        "Іване, добрий день!\n\nПовернення оформлено.\n\nЗ повагою,\nІрина\n\n____________\n"
        "Інтернет-магазин «Затишок»\n",
        "Іване, добрий день!\n\nПовернення оформлено.\n\nЗ повагою,\nІрина",
        "____________\nІнтернет-магазин «Затишок»",
    ),
]

WRAPPED_HEADERS: list[Case] = [
    (
        "old-gmail-date-wrapped",
        f"{EN_REPLY}\n\n2013/11/1 Anna Smith <\nanna@example.com>\n\n{q(EN_ORIG)}\n",
        EN_REPLY,
        None,
    ),
    (
        "old-gmail-date-plain",
        f"{EN_REPLY}\n\n2013/11/1 Anna Smith <anna@example.com>\n\n{q(EN_ORIG)}\n",
        EN_REPLY,
        None,
    ),
    (
        "separator-after-sign-off",
        "Hallo Anna,\n\ndie Erstattung ist unterwegs.\n\nViele Grüße\nMark"
        "-----Original-Nachricht-----\nVon: Anna Schmidt <anna@example.de>\nGesendet: Mi 30.04.2025 15:19\n"
        f"An: support@shop.example\nBetreff: Erstattung\n\n{EN_ORIG}\n",
        "Hallo Anna,\n\ndie Erstattung ist unterwegs.\n\nViele Grüße\nMark",
        None,
    ),
    (
        "separator-and-from-one-line",
        f"{EN_REPLY}\n\n-----Original Message----- From: Anna Smith "
        f"<anna@example.com>\nSent: Wednesday, April 30, 2025 3:19 PM\nTo: support@shop.example\nSubject: Refund\n\n"
        f"{EN_ORIG}\n",
        EN_REPLY,
        None,
    ),
    (
        "attribution-three-lines",
        f"{EN_REPLY}\n\nOn Wed, Apr 30, 2025 at 3:19 PM Anna Smith\n<anna@example.com>\nwrote:\n\n{q(EN_ORIG)}\n",
        EN_REPLY,
        None,
    ),
    (
        "outlook-fields-blank-lines",
        f"{EN_REPLY}\n\nFrom: Anna Smith <anna@example.com>\n\nSent: Wednesday, "
        f"April 30, 2025 3:19 PM\n\nTo: support@shop.example\n\nSubject: Refund\n\n{EN_ORIG}\n",
        EN_REPLY,
        None,
    ),
    (
        "outlook-fields-run-together",
        f"{EN_REPLY}\n\nFrom: Anna Smith <anna@example.com> Sent: Wednesday, April 30, "
        f"2025 3:19 PM To: support@shop.example Subject: Refund\n\n{EN_ORIG}\n",
        EN_REPLY,
        None,
    ),
]

PLAIN: dict[str, list[Case]] = {
    "cyrillic-headers": CYRILLIC_HEADERS,
    "mobile-footers": MOBILE_FOOTERS,
    "forwards": FORWARDS,
    "other-languages": OTHER_LANGUAGES,
    "signatures": SIGNATURES,
    "wrapped-headers": WRAPPED_HEADERS,
}

HTML_REPLY = '<div dir="ltr">Hi Anna,<br><br>The refund went out today.<br><br>Best regards,<br>Mark</div>'
HTML_TEXT = "Hi Anna,\n\nThe refund went out today.\n\nBest regards,\nMark"
HTML_ORIG = "<div>Hello, when will I get my refund?</div><div>Anna</div>"

HTML: list[Case] = [
    (
        "gmail-quote-ru-no-verb",
        f'{HTML_REPLY}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        'ср, 30 апр. 2025 г. в 15:19, Иван Петров &lt;<a href="mailto:ivan@example.com">ivan@example.com</a>&gt;:'
        f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">{HTML_ORIG}</blockquote></div>',
        HTML_TEXT,
        None,
    ),
    (
        "gmail-quote-unknown-language",
        f'{HTML_REPLY}<div class="gmail_quote"><div class="gmail_attr">'
        "Ven 30 Aprili 2025 saa 15:19, Anna &lt;anna@example.com&gt; aliandika:<br></div>"
        f'<blockquote class="gmail_quote">{HTML_ORIG}</blockquote></div>',
        HTML_TEXT,
        None,
    ),
    (
        "outlook-divrplyfwdmsg",
        f'<html><body>{HTML_REPLY}<hr style="display:inline-block;width:98%">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> Anna &lt;anna@example.com&gt;<br>'
        "<b>Sent:</b> Wednesday, April 30, 2025 3:19 PM<br><b>To:</b> support@shop.example<br><b>Subject:</b> Refund"
        f"</font><div>&nbsp;</div></div>{HTML_ORIG}</body></html>",
        HTML_TEXT,
        None,
    ),
    (
        "outlook-border-top",
        '<html><body><div class="WordSection1"><p class="MsoNormal">Hi Anna,</p>'
        '<p class="MsoNormal">The refund went out today.</p><p class="MsoNormal">Best regards,<br>Mark</p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
        "<b>Von:</b> Anna Schmidt &lt;anna@example.de&gt;<br><b>Gesendet:</b> Mittwoch, 30. April 2025 15:19<br>"
        "<b>An:</b> support@shop.example<br><b>Betreff:</b> Erstattung</p></div>"
        '<p class="MsoNormal">Hello, when will I get my refund?</p></div></body></html>',
        "Hi Anna,\n\nThe refund went out today.\n\nBest regards,\nMark",
        None,
    ),
    (
        "outlook-message-header",
        f'{HTML_REPLY}<div class="OutlookMessageHeader" lang="ru" dir="ltr" '
        'align="left"><hr tabindex="-1"><font face="Tahoma"><b>От:</b> Иван Петров [mailto:ivan@example.com]<br>'
        "<b>Отправлено:</b> 30 апреля 2025 г. 15:19<br><b>Кому:</b> support@shop.ru<br><b>Тема:</b> Возврат<br></font>"
        f"<br></div>{HTML_ORIG}",
        HTML_TEXT,
        None,
    ),
    (
        "apple-blockquote-cite",
        f'{HTML_REPLY}<div><br><blockquote type="cite"><div>On 30 Apr 2025, at 15:19, '
        f"Anna &lt;anna@example.com&gt; wrote:</div><br><div>{HTML_ORIG}</div></blockquote></div>",
        HTML_TEXT,
        None,
    ),
    (
        "thunderbird-cite-prefix",
        f'{HTML_REPLY}<div class="moz-cite-prefix">30.04.2025 15:19, Иван Петров '
        'пишет:<br></div><blockquote type="cite" cite="mid:1@example.com">'
        f"{HTML_ORIG}</blockquote>",
        HTML_TEXT,
        None,
    ),
    (
        "thunderbird-forward-table",
        '<p>Colleagues, please check.</p><div class="moz-forward-container"><br><br>'
        '-------- Forwarded Message --------<table class="moz-email-headers-table" border="0"><tbody><tr>'
        '<th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>Refund</td></tr><tr>'
        '<th align="RIGHT">Date: </th><td>Wed, 30 Apr 2025 15:19:00 +0100</td></tr><tr><th align="RIGHT">From: </th>'
        '<td>Anna <a class="moz-txt-link-rfc2396E" href="mailto:anna@example.com">&lt;anna@example.com&gt;</a></td>'
        f"</tr></tbody></table><br><br>{HTML_ORIG}</div>",
        "Colleagues, please check.",
        None,
    ),
    (
        "yahoo-unescaped-address",
        f'{HTML_REPLY}<div class="yahoo_quoted"><div style="font-size:13px">'
        "<div>On Wednesday, April 30, 2025, 3:19 PM, Anna <anna@example.com> wrote:</div><br><br>"
        f'<blockquote style="padding-left:5px">{HTML_ORIG}</blockquote></div></div>',
        HTML_TEXT,
        None,
    ),
    (
        "mailru-forward-ot-kogo",
        "<div>Коллеги, проверьте возврат.</div><br><br>"
        "-------- Пересылаемое сообщение --------<br>От кого: Иван Петров &lt;ivan@mail.ru&gt;<br>"
        "Кому: support@shop.ru<br>Дата: Среда, 30 апреля 2025, 15:19 +03:00<br>Тема: Возврат<br><br>"
        '<div class="js-helper js-readmsg-msg"><div>Здравствуйте! Когда вернут деньги?</div></div>',
        "Коллеги, проверьте возврат.",
        None,
    ),
    (
        "mailru-reply",
        f"<div>{RU_REPLY.replace(chr(10), '<br>')}</div><br><br><br>Среда, 30 апреля 2025, 15:19 +03:00 "
        'от Иван Петров &lt;<a href="mailto:ivan@mail.ru">ivan@mail.ru</a>&gt;:<br><blockquote '
        'style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;"><div id=""><div '
        'class="js-helper js-readmsg-msg"><div>Здравствуйте! Когда вернут деньги?</div></div></div></blockquote>',
        RU_REPLY,
        None,
    ),
    (
        "yandex-reply",
        f"<div>{RU_REPLY.replace(chr(10), '<br>')}</div><div>&nbsp;</div><div>30.04.2025, 15:19, "
        '"Иван Петров" &lt;ivan@yandex.ru&gt;:</div><blockquote><div>Здравствуйте! Когда вернут деньги?</div>'
        "</blockquote>",
        RU_REPLY,
        None,
    ),
    (
        "zimbra-divider",
        f'{HTML_REPLY}<br><hr id="zwchr" data-marker="__DIVIDER__"><div '
        'data-marker="__HEADERS__"><b>From: </b>"Anna" &lt;anna@example.com&gt;<br><b>To: </b>support@shop.example<br>'
        "<b>Sent: </b>Wednesday, April 30, 2025 3:19:00 PM<br><b>Subject: </b>Refund<br></div><br><div "
        f'data-marker="__QUOTED_TEXT__">{HTML_ORIG}</div>',
        HTML_TEXT,
        None,
    ),
    (
        "outlook-mac",
        f'{HTML_REPLY}<div><br></div><span id="OLK_SRC_BODY_SECTION"><div style="font-family:Calibri">'
        '<span style="font-weight:bold">From: </span>Anna &lt;anna@example.com&gt;<br><span style="font-weight:bold">'
        'Date: </span>Wednesday, 30 April 2025 at 15:19<br><span style="font-weight:bold">To: </span>'
        f'support@shop.example<br><span style="font-weight:bold">Subject: </span>Refund<br></div><div><br></div>'
        f"{HTML_ORIG}</span>",
        HTML_TEXT,
        None,
    ),
    (
        "protonmail-quote",
        f'{HTML_REPLY}<div class="protonmail_quote">------- Original Message -------<br>'
        f"On Wednesday, April 30th, 2025 at 15:19, Anna &lt;anna@example.com&gt; wrote:<br><blockquote "
        f'class="protonmail_quote" type="cite">{HTML_ORIG}</blockquote></div>',
        HTML_TEXT,
        None,
    ),
]
