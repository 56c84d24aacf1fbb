"""The unanswered-question rule: every question the customer asked gets an answer.

The rule is a pipeline of small steps, one module each:

1. `questions`: the customer's questions, each with its type and the words it is about;
2. `passages`: the reply's sentences and paragraphs, its answer evidence, and an index of its words;
3. `matching`: which reply sentences address which question (its passage, and the closest sentence);
4. `answer_types`: whether the passage holds the kind of answer the question's type needs;
5. `interleaved`: answers written under the customer's quoted lines;
6. `languages`: a question in one language answered in another.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from replylint.i18n import N_, tr
from replylint.model import Lang, Severity
from replylint.nlp import pipeline
from replylint.rule import Hit, Rule, RuleContext, bad, good
from replylint_rules._answers import LEXICON_DIR, LexiconSource, topic_names
from replylint_rules._automatic import is_automatic
from replylint_rules.unanswered_question.answer_types import WHY_NOT, Judging, answered
from replylint_rules.unanswered_question.interleaved import InlinePairs, normalised
from replylint_rules.unanswered_question.languages import across_languages, with_synonyms
from replylint_rules.unanswered_question.matching import Claims, closest
from replylint_rules.unanswered_question.passages import Reply, build_reply
from replylint_rules.unanswered_question.questions import Question, find_questions

SUGGESTIONS = {
    "when": N_('Give a date or time ("on Thursday, 14 November"), or say when you will know.'),
    "how-much": N_('Give the amount ("£25", "free"), or say when you will know.'),
    "where": N_("Give the place, link or tracking number, or say when you will know."),
    "yes-no": N_("Start with a clear yes or no, then the details."),
}
DEFAULT_SUGGESTION = N_("Answer it, or say honestly that you don't know yet and when you will.")
MAX_QUOTE = 80


class UnansweredQuestion(Rule):
    """Answer every question the customer asked.

    A customer who asks two things and gets an answer to one has to write again, and the second reply is
    slower and more annoyed. The rule reads the customer's message (given, or recovered from the reply's
    quote), finds the questions in it (sentences ending in "?", wherever they sit in a paragraph, and indirect
    ones like "Подскажите, когда...", "Интересует, ...", "Цікавить, чи...", "I was wondering whether..."), and
    matches each one to the part of the reply that addresses it: the sentences that share its subject (its
    words, a word shops use for the same thing ("purchase" for "buy", "in stock" for "available", «приобрести»
    for «купить»), words of the same topic, or their translation when the reply is in another language), with a
    sentence several questions share going to the one it covers best (the one more of whose own words it says, a word
    said as such counting above a word of the same topic; a tie leaves it to both). Only inside that part does it
    look for the answer the question needs:

    - "When", "how much" (or "what does it cost") and "where" need their kind of answer, and talking about the
      subject without it does not answer them ("Next-day delivery is available" names the subject, not the price). A
      date or time answers "when" (also asked as "What is the last day to order?"), a day word alone too
      ("Tomorrow.", «Завтра.»), not a wait for another event ("as soon as the exchange is approved", «как только
      одобрят обмен», and "right away" after it); an amount, a percentage or
      "free" answers "how much"; a place, a link or a tracking number answers "where", however precise ("on our
      website", "in your account", "at the Lviv branch", "made in our lab in Bath", "on the sticker underneath": the
      rule does not judge whether the place is precise enough), but only in a sentence about what was asked ("It
      went out by Royal Mail" does not say where the returns label is), and the thing asked about is no place for
      itself ("Where do I find the returns form?" - "Please include the returns form with the boots" says where it
      goes, not where to find it), nor is a place the letter named before the question («Заказ пришёл в пункт
      выдачи. Где он находится?» - «Пункт выдачи работает с 10:00»), nor one in what the shop did with something
      else («Где посмотреть трек-номер?» - «Заказ передали в СДЭК»). "Where is it made?" («Где шьют…?», «Де
      виготовляють…?») asks where things are made: a town or a country, a link, or the place of making ("in our
      own workshop", «на нашей фабрике») answers it, a place on the thing ("buttons along the bottom edge") does
      not. "Is it warm enough?" is settled by a
      measurement ("rated to -12 °C"), and so is "How warm is it?" (a quality asked in degrees: the quality said
      back, "very warm", answers it too), "from what age?" by an age, "how much does it weigh?" by a weight (its
      size in centimetres does not say). A number of items answers a quantity asked for, even one that names a price
      ("What is the minimum order for the trade price?" - "from 50 packs"), and a unit says how a price is counted,
      not what it is the price of ("What is the price per square metre?" - "£18.90 per m²"). A time inside a "how
      much" or "where" question is part of what it asks about ("how much next-day delivery costs", «скільки коштує
      доставка наступного дня»): only the amount or the place answers it, and asked indirectly ("I'd like to know
      how much...", «Хотелось бы узнать, сколько...») it is the same question. A quantity measured in units is
      answered by the number with its unit ("What voltage does it use?" - "220-240 V"; "how long" said of a
      thing asks its length: "How long is the cable?" - "1.5 m", said of a wait or a use its duration, as «скільки
      днів іде посилка?» and «сколько времени займёт?» do: a time answers them, "2 days"), and "how
      often" by a frequency ("about once a year", «раз в год»); a season answers "when is the best time to...?"
      ("usually in late spring", «поздней весной»), not "when will it be back?" ("popular in summer" is no date).
    - A yes/no question needs a position taken on its subject: a yes or a no, or its words said back with a can, a not
      or a fact that settles it ("It supports Dolby Vision", "Only a little, if you wash them at 30 degrees"), also with
      the thing a pronoun opening the sentence and the last word the question asks of it said back ("Does the play
      kitchen come flat-packed?" - "It arrives flat-packed in one box"); a reason the customer gives after a comma is
      why they ask, not what ("I was wondering whether they stack, as I'd need to store them" - "The Oslo chairs stack
      up to six high"), and a Russian or Ukrainian question's own verb said back about its thing is such a fact («Диван
      «Мадрид» раскладывается?» - «Механизм раскладывает «Мадрид» в спальное место 140 × 200 см»), as is a
      sentence whose opening clause is just two words, the question's own word and then a word that settles it: a
      modal («можно»), «есть» or «нет», a yes, or when it was done (then the first word in the very form the question
      used) («Деньги уже вернули?» - «Вернули сегодня — 1 180 ₽», «Можно повесить на стену?» - «Повесить можно,
      крепление VESA», «Защита есть, IP67»), as long as no other question of the letter uses that word or takes up
      that sentence; the thing said first and then what will be done with it is no such opening («Сукню відправимо
      завтра» does not say whether the dress can be returned); whether something has
      happened yet is answered by when it did or will ("Has my refund gone through yet?" - "Your refund went through
      this morning", «Он уже у вас?» - «Фен пришёл к нам сегодня утром»); a plain no answers a question on how things
      stand, after an apology too ("Is my sofa still coming this week?" - "I'm very sorry, but no: it is held up at the
      workshop", «На жаль, ні»), and a yes or no may open the main clause after a condition ("If it still won't charge,
      yes, bring it in"), where it answers the question whose words follow it, or, when its condition says back the
      letter's trouble, the one question asked on a condition of its own ("The watch stopped charging. If the update
      doesn't help, can I bring it in?" - "If it still won't charge, yes, bring it in"). An either/or question is
      answered by naming one of the alternatives, or giving the actual times, also when the "or" opens the next sentence
      ("Can I use it in the morning? Or only at night?" - "It works best in the morning"; «Карткою чи готівкою?» -
      «Оплатити можна карткою»), and one setting an option aside ("Can it be made out to the company rather than to
      me?", «...на фирму, а не на меня?») by the option asked for said back, also in the sentence that does another
      request ("I've attached the invoice, made out to Harbour Design Ltd"); "which" by naming the choice, by advice
      or by instructions (not by a yes or a no:
      "Which size should I get? And is it reflective?" - "Yes, it has reflective piping" leaves the size open), and
      "which wood?", "which fabric?" or "what is it made of?" by naming a material («из массива бука», "upholstered in
      chenille"; not by praising it: "the fabric is soft"), and "what colours?" by naming
      colours, not by counting them ("five shades"), and "what roast?" by the question's word with a word of the reply's
      own before it ("a medium roast", «средней обжарки»); "how" by steps or instructions ("Vacuum the rug weekly",
      «Пылесосьте раз в неделю», "click Unsubscribe at the foot of any e-mail", a link) or by doing it for the customer
      ("How do I unsubscribe from your newsletter?" - «Ми вже відписали Вашу адресу», "I've taken your address off our
      mailing list", in words of the mailing list's own; «Як це вимкнути?» after the promo e-mails were told asks about
      them; a bare "what should I do?" after a trouble told, «Що тепер робити?», by what the shop did about it, "We've
      sent the right shade today", not by passing it on), also after a colon ("It's easy: wrap a strip of paper round
      your finger..."); a yes beside such steps answers the yes/no it speaks of, not the "how" ("How do I find my size?
      And can I exchange the ring?" - "...: wrap a thread round your finger... Yes, you can swap it for another size");
      "can it be fixed?" or "can I turn it down somehow?" by what can be done and how («її можна зменшити: відкрийте
      застосунок...», "we can replace the hinge"). Steps answer the "how" they follow, not a question the reply never
      takes up: «Пылесосьте его раз в неделю» does not say how high the pile is. An answer in other words counts ("Do
      they expire?" - "They are valid for 24 months"); the subject in other words does not: "The Oslo chairs will be
      delivered on Wednesday" mentions the chairs and does not say whether they stack, and "The throw is pure lambswool
      and measures 140 x 190 cm" describes the throw and does not say whether it is machine washable; what a "can I..."
      asks to be done must be taken up, in any words («Сборка несложная» takes up «можно ли собрать самим?»; «В
      отделение №6 она прибудет завтра» does not say whether it can be redirected to №31). A smiley before a "yes" ends
      the sentence before it ("So glad you love it :))) Yes, a bigger tin is coming"), and a comma before the "or" of an
      either/or keeps the first alternative ("Is it waterproof, or just splashproof?" - "It's fully waterproof"). A
      yes/no asked with "do I need to" («нужно ли», «чи треба») is answered by the same modal, yes or no ("You don't
      need to stay in all day", «Весь день ждать не нужно», «з ранку до вечора» said back as «Чекати цілий день не
      треба»). A question opened by "if so" («если да», «якщо так») is one of its own, asked only after a yes: "Do you
      ship to Norway, and if so, what does it cost?" asks the cost too, and a no to the first ("Sorry, we don't ship
      outside the UK") answers both; one opened by "if not" («если нет», «якщо ні») is asked only after a no, so a
      yes opening a sentence on the first ("Do you have it in olive? If not, when is it back?" - "Yes, it is in stock
      in olive") answers both. "How long" of a warranty or a voucher asks its term, which a time answers ("a
      two-year warranty"); "if there is" («если есть», «якщо є») opens such a question too. Some positions are taken in
      other words: a replacement asked for is given by a new one sent («Заменить его можно?» - «Новый плед отправили
      сегодня»), "which is better, A or B?" by picking one where the reply advises or compares («Советую Sigma: она
      резче»; "The Bosch is on sale" picks nothing), and "will I manage it myself?" by how hard it is («Справлюсь ли я
      со сборкой сам?» - «Сборка несложная»); whether the thing has a feature, by the feature said to be had or not,
      though the thing goes unnamed ("Does the soundbar support Dolby Atmos?" - "The Bar 300 has Dolby Atmos built in",
      «Чи має куртка капюшон?» - «Капюшон є, він знімається»; "The soundbar has an HDMI port" says nothing of Dolby
      Atmos).
    - "Why" needs a reason ("because", «из-за», «бо») or what went wrong ("the courier took the parcel to the wrong
      depot", «на складі переплутали артикули»). An apology, a refund, a replacement, a new date, passing it on
      ("I've passed it to our warehouse team") or the customer's own story told back is no reason: "I've refunded
      the second payment" does not say why it was taken, and «Заказ отменён, деньги вернули» does not say why it
      was cancelled.
    - A request, also one in the future tense («Ви надішлете заміну?», "Will you send a new one?"), is answered by doing
      it, or by a refusal with its reason: "We've sent a replacement" answers "Could you send a replacement?", and "I've
      booked the collection for Monday" answers "How do I arrange a collection?". Handing it on to a colleague does
      neither ("I've passed your photos to our quality team", «Запрос я передала в бухгалтерию»), unless handing it on
      is what was asked ("Could you pass my thanks on to the driver?"); handed to the courier, an order is on its way. A
      request done in other words counts too ("Can you send me a replacement?" - "A new mug went out today"), and so
      does a "can you?" answered by promising the deed on the thing asked about, first named in that question, in a verb
      of its own ("Could you add a gift card?" - "We'll tuck a card with your message in", «Можно ли вложить открытку?»
      - «Открытку положим бесплатно»); a promise about the thing the letter is about does not grant what is asked of it
      ("Can I return the dress?" - "We'll send the dress tomorrow"), nor does a promise to look into it. A paper
      attached answers a request to send or issue one ("Could you email me the invoice?" - "I've attached the invoice",
      «Можете выставить счёт на ООО «Вектор»?» - «Счёт прикрепила к письму»: the paper named is enough, whoever it is
      for, though "a copy" of one paper is not another; another paper in its place, the one asked for named nowhere,
      sends nothing: "Could you send me the manual?" - "I've attached the delivery note", though another word for
      its kind ("the user guide") or a paper in general ("the document") counts as it; a request to send "it" after a
      sentence naming the paper asks for that paper: "I need the receipt. Could you send it?" - "Please find the
      receipt attached"), not another request ("Could you refund the delivery fee?" -
      "Our delivery terms are attached"). A question asking leave ("Can I bring a pushchair?", «Можно ли провезти собаку
      в купе?») is answered by leave granted or refused in a sentence that says back two of its words ("You're welcome
      to: there's a pushchair park", «Собаку в купе везти разрешено»); «В номере запрещено курить» for «Можно ли взять
      собаку в номер?» is leave for something else. A question judging what the letter told ("Is that normal for a new
      machine?", «Это нормально?») is answered by the judgement ("It isn't normal: the transit bolts are still in",
      «Нет, это ненормально», «обычное дело») wherever it stands, not by the thing named back or advice that judges
      nothing ("You can return the machine within 30 days").
    - A date or a "yes" given about something else does not answer ("Yes, you can pay by card on delivery." does
      not say when the order arrives), and with several questions, a sentence about one subject answers that
      subject only, even when "and" joins the questions in one sentence ("How waterproof is it, and does the hood
      fit over a helmet?": "a 20,000 mm hydrostatic head" answers the first, "the hood fits" only the second).
      The circumstance a question names ("...after delivery?", «...если не подойдёт?», «...після
      доставки?») says when or in which case, not what is asked: the delivery date does not say whether the
      drivers take the packaging away after delivery. A date of what already happened does not say when something
      will happen ("We received your backpack on Monday" does not answer "When will the refund reach my card?"),
      unless its sentence is about the thing asked ("We refunded it on Monday"). A term in years answers a term
      ("Какой срок годности?" - «2 года с даты производства»; "...a warranty, and how long?" - "our 2-year
      warranty"). A question with no subject of its own ("Has it shipped? When can I expect it?", «Коли
      чекати?», «Когда примерно?»: a hedge such as "roughly" is no subject) asks about the subject of the question
      before it, and so does one pointing back with "both" («І чи є обидва в наявності?»). A question whether a
      thing makes it in time («Встигне до цієї дати?», "Will it arrive in time?") asks for a date, which the date
      it comes answers; one whether a deed can be done in time («Успеете ли вы сделать надпись?») does not take
      the delivery date. A dated sentence on a subject two questions
      share answers the one that asks for a date ("What is the lead time? Can you deliver to Leeds?" - "We will
      deliver to your Leeds office on Tuesday").
    - Some answers in other words: a degree takes a position on a yes/no ("Will the red fade?" - "Only a little, if you
      wash it at 30 degrees", «Совсем немного»); a question that ends by asking whether the thing is there takes its
      stock told, however long the story before it («…, только в сером цвете, он сейчас есть?» - «Серый плед есть в
      наличии», also as a number on the warehouse's shelves: «На складі зараз 14 таких камер»); "What tools will I
      need?" takes what will be needed, named («Знадобляться хрестова викрутка і шуруповерт»), or that nothing is; a
      yes/no on a quality in any language («Шумный ли он?») takes its measure («около 60 дБ»); a short why with no
      subject of its own ("Why did it happen?", «Почему так вышло?») takes a reason, or what went wrong («машина
      сломалась по дороге»), given anywhere in the reply; "Can it be replaced?", «Можно ли её заменить?» is a request,
      answered by doing it ("A new mug went out today"); "Can it be fixed?", «Це можна виправити?» with only a pronoun
      for what is broken asks about the trouble told before it, and what can be done about that trouble answers it ("The
      zip came off. Can it be fixed?" - "We can replace the zip slider: send it to us"). Not answers: for "X, or only
      Y?" («картой или только наличными?») the verb said back ("you can pay on delivery") names neither alternative, and
      a yes fits both: "Yes, you can pay when the wardrobe is delivered", "Yes, you can pay online at checkout", «Да,
      оплатить можно при получении», «Так, оплатити можна при отриманні» leave the choice open, since when or where
      the paying happens names no way to pay
      (unless the alternatives differ in just that: "in cash on the day, or only online in advance?" - "Yes, you can pay
      on the day" picks the first); words after the yes that name an alternative or what settles it answer ("Yes, the
      courier carries a card terminal"); a follow-up ("Do you have it in beige, size M? And which yarn is it?") is not
      answered by the names the question before it gave ("The Nord comes in beige in M") or the letter gave before it
      («Дивлюся плед «Хюґе». Які кольори є?» - «Плед «Хюґе» є в п'яти відтінках»), nor by a number ("It costs £39" names
      no yarn); a "what" about a measured quantity ("And what is its weight?", «Какая ширина спального места?», «Яка її
      вага?») takes a number with its unit, not a name («механизм „еврокнижка“» gives no width); an apology for "the
      trouble this has caused" tells no reason for a "why"; a price is no count ("How many capsules are in a box?" - "A
      box costs £6.90"), and a measure the question gave itself ("the Baseus 65W charger") is no length,
      nor a number the letter gave before, said back after the same word ("Do the Aero 15 headphones come with ear tips?
      If so, how many?" - "Yes, the Aero 15 come with ear tips" counts none); "Do you know how much it would be?" asks a
      price; a length asked
      ("How long is the cable?", «Какой длины кабель?») takes a length, and a size no temperature or power ("washable at
      30 °C" gives no harness size); a power or a voltage asked takes a measure in its own unit, in figures or words
      ("100W" is no cable length, «480 г» no power; "230 volts", "5 hp", «2 кВт»), which answers it in a sentence no
      other question owns when no other question asks the same quantity («Какую мощность брать?» - «хватит модели на 7
      тысяч BTU, то есть около 2 кВт»), and a temperature asked for ("What temperature should I wash it at?") takes
      degrees, and a number in words with its unit written out is a measure («шість метрів», «полтора литра»); a count
      of colours ("twelve shades"), steps or the town where the stock is («все на складе в Москве») name no colour
      («есть только в Бордо» names one). "What happens if...?" asks what the shop does, not why; a lone "Roughly?",
      «Хоча б приблизно?» after a question asks it again; "we can't" said of the very action asked for ("Can you reserve
      it?" - "We can't reserve items") is a no. "How soon...?", «Через сколько...?» asks a "when", which a length of
      time answers ("after six to eight weeks"); a judgement with no alternatives of its own ("Which is better for my
      back?" after the two were named) is answered by advice ("I'd recommend the Flex"). A Russian or Ukrainian question
      that points with «этот», «цей» at the sentence before it («Хочу заказать торт на субботу, 29 ноября. Успеете к
      этой дате?») asks about what that sentence names: «Да, к субботе торт испечём» answers it. Answers follow the
      questions' order: a yes or no opening the sentence right after the one answering the question before answers
      the next yes/no ("How long is the pass valid? Can I freeze it?" - "It is valid for 6 months. Yes, you can pause
      it for two weeks"), and a yes opening the answers is the yes/no's, not a "which" asked after it ("Can I order
      it in another fabric? Which are there?" - "Yes: velour, linen or faux leather"); "not quite" is a no. A
      distance («На якій відстані працює пульт?») and a resolution ("What resolution do I need?") are quantities in
      units ("up to 4 km", "4961 × 7016 px"); "how far ahead" asks a time. A tracking link answers "Where is my
      parcel?", and so does a sentence on the delivery that says when or where, naming the goods in words of its
      own ("Where is my order?" - "Your desk is at the DPD depot and arrives on Thursday"), while a thank-you for the
      order or another question's answer that names it ("Yes, you can pay for order 5512 by card") tells no status;
      a street address
      («пр. Мира, 12») names a place, and so does where a thing is seen («видно на наклейці»); a lone "Where should
      I look?" about the letter's thing ("I can't find my invoice") is answered by where it is ("in your account
      under Orders"), whatever else that sentence says was done. A yes/no ending in a
      name ("Does it support Google Assistant?") is not answered by the thing said back with another feature ("It
      plays for 12 hours"), while a place the thing would go to is settled by the action said back ("Do you ship to
      Moldova?" - "We don't ship abroad"). A price and a discount are one subject ("£30 off" answers "is there a
      discount?"; "drop it off" is no discount).
      What a thing goes into or with need not be said back when the shop promises to put it in («Можно положить в
      коробку с тортом свечи?» - «Свечи вложим бесплатно»); an aside between commas («ми, на жаль, не можемо») stays in
      the clause it interrupts; "Is there...?" is answered by "there is" or "there isn't" said of the thing; a place
      alone ("Inside the left side seam.") answers a lone "where"; a new one on its way («Нова чашка вже в дорозі») is a
      replacement done; the shop declining the service in a verb of its topic ("We don't send parcels outside mainland
      UK") is a no to "Do you deliver to Jersey?"; the question's last words negated or given a degree at a sentence's
      start take a position («Честно, не шумный», «Трохи колеться»); a yes opening the answers, before a later
      question's answer, is the first yes/no's; the customer's question pasted back under the signature answers nothing.
      A size label ("in sizes XS to XL") or a size («150×200») names no colour; steps give no measure ("What temperature
      should I wash it at?" - "Dry it flat on a towel"); a count of what the thing comes in is no count of it («Скільки
      капсул в упаковці?» - «від трьох упаковок доставка безкоштовна»); "how many grams?" asks a weight.
      Being at home is one need in any words ("Do I need to be home?" - "You don't need to be in"), and who must be
      there, or what happens when nobody is, answers it ("Someone aged 18 or over must be there to sign", «Передаём
      только лично в руки»); a regret with an
      "only" ("I'm afraid we only post within Great Britain") is a no, which leaves an "if so" question after it moot; a
      new one "in the post" is a replacement done; "which sizes" asks a size; «через сколько» asks a "when", of money
      too (a count after it, «через сколько страниц», asks a number); a stock question asked with a pronoun («Вони є в
      наявності?») is answered by stock told on its subject («На складі зараз 14 таких камер»), goods arriving "on time"
      («придёт в срок?») by the date they come, and whether a thing has come by its sending, dated («Кошти ми відправили
      сьогодні о 8:40»). Small talk after a remark of the customer's («Бачила вашу рекламу в метро, як ваші справи?»)
      asks nothing; «Как дела с моим заказом?» does. A bare either/or after a "which" («Из чего столешница? Массив или
      ЛДСП?») offers its options, and the material named answers both; "what is it made of?" wants a material, not the
      thing described ("The top measures 140 × 70 cm"); "what time?" is not answered by years ("has looked after boilers
      for ten years"); advice inside a description ("it suits all skin types") takes no position on what a yes/no asks.
      A length in words with "and a half" («два с половиной часа») is a length, and a topic of no question's in its
      sentence ("if you change the water") leaves it to the "how long" asked; a change asked is done in another verb of
      changing ("I've swapped the jacket to green"); a kind said before the thing ("a gift card") need not be said back;
      a regret with an "only" that leaves out the place asked («К сожалению, отправляем посылки только по России») is a
      no; «Моє замовлення приїде вчасно?» is answered by the date the order comes. «Якого вона кольору?» with a pronoun
      between asks a colour; "which packs?" («які фасування?») asks a size, which weights name; a Russian «посудомойка»
      is a Ukrainian «посудомийна машина»; a way out asked after a trouble («Как вы собираетесь это решать?», "How do I
      get a new one?") is answered, as "what should I do?" is, by the shop's deed on that trouble, not by handing it on.
    - In an interleaved reply, the text under each quoted question is its answer, and only that text: when one
      quoted block holds two questions, the text under it must answer both, and an answer to something else
      under a question ("Delivery to Kyiv is free" under "Can I collect it from your shop?") leaves it unanswered.
    - Saying honestly that you don't know yet counts, in any words and impersonal ones ("I can't give you a date
      yet", "we don't have that figure, the manufacturer's support can tell you", «сроки поставки пока
      неизвестны», «Даних про це, на жаль, немає: зверніться до виробника»); a promise to find out counts when it
      says by when ("I'll email you by Friday"), not alone ("We'll email you the moment it ships", «Сообщим, как
      только отправим», «Повідомимо, щойно надійде» do not say when), nor with a date of what already happened
      («Ми отримали рюкзак 16 червня й передали його на перевірку»). An admission counts with or without a promise
      after it («Пока не знаю, уточню у поставщика и напишу» answers here); the honest-unknown rule then checks that
      you offer a next step, and a time for a promise to find out.

    Not questions: pleasantries and wishes ("How are you?", «Як ваш тиждень?», "Hi, hope your week is going well?"),
    also after a greeting that names the shop ("Hi Garden team, how's your week?"), rhetorical questions ("Неужели
    так сложно?", "Why would anyone...?", "How hard is it to pack a mug properly?"; a question after one points back
    to the story before it, not to the rhetorical words),
    questions the customer answers themselves ("Did I pick the wrong size? No, I measured twice."), reported ones
    ("My husband asked me: why so expensive?"), and anything in the customer's signature block (from their closing
    line, or from a last line with only their own name, with at most a few lines straight under it: a tagline under
    "Maria Lopez" asks nothing) or under "Sent from my iPhone" (a "P.S." asks again, on its own: it follows on from
    the questions above the name only when it has no subject of its own, as "P.S. When, roughly?"). A request
    written as an instruction, with no "?" and no question word ("Please send me the VAT invoice for order 4471.",
    «Надішліть, будь ласка, видаткову накладну.»), is not read as a question either: the rule cannot tell it from
    the customer's other instructions, so check such requests yourself; asked as a question ("Could you send me the
    invoice?") it is a request and must be done or refused. Nor is a direct question whose "?" is missing
    ("And how much does it weigh, I'll carry it daily.", «Сколько он весит.»): only a "?" or an indirect opener marks
    a question, since a sentence opening with a question word as often tells as asks ("How we pack it matters to us.",
    «Как я и писала, ...»). A "when" that only says in which state ("What are its
    dimensions when extended?") leaves the question a "what", which a measurement answers, and a "when" clause
    that sets the scene before a yes/no ("When the wardrobe is delivered on Friday, can I pay by card?") leaves it a
    yes/no; a frequency ("I work from the office three days a week, so could you change the address?") names no
    time a date answers. An automatic
    acknowledgement (see autoreply), or a reply that only puts the answer off ("We will reply to your email when we
    return") and takes up no question, is exempt: the autoreply rule checks it. An interest opener that names a
    thing and no clause («Интересует ноутбук Lenovo IdeaPad.», «Цікавить крісло Ergo.») asks nothing itself when a
    question follows it: it names that question's subject. A yes/no or "which" of two words («Он раскладывается?»,
    "Не замёрзнет?", «Який узяти?») is not reported unless it judges the story («Это нормально?»): it leans on the
    story told before it, and two words are too few to tell whether a reply takes it up. A reply with no text of
    its own (sent with only the
    quote) leaves every question unanswered. The agent's own sign-off and signature answer nothing: a shop called
    "Soft Linen Co" does not take up a question about soft linen. Without the customer's message the rule has
    nothing to check.
    Each finding's data names the question (`full_question`, `question_type`), the reply sentence judged
    closest to it (`closest_passage`, empty when the reply never takes up its subject) and why that is not an
    answer (`reason`), so a reviewer can check the judgement.
    """

    id = "unanswered-question"
    lexicons = (
        "answer_advice",
        "answer_apologies",
        "answer_attached",
        "answer_colours",
        "answer_materials",
        "answer_mishaps",
        "answer_because",
        "answer_count",
        "answer_deferral",
        "answer_done",
        "answer_free",
        "answer_handover",
        "answer_not_steps",
        "answer_places",
        "answer_polarity",
        "answer_regret",
        "answer_steps",
        "answer_thanks",
        "answer_unknown",
        "answer_when",
        "answer_yes_bare",
        "answer_yesno",
        "answer_yesno_inline",
        "closings",
        "device_footers",
        "equivalents",
        "future_markers",
        "generic_salutations",
        "greeting_fillers",
        "greetings",
        "honorifics",
        "non_person_names",
        "question_advice",
        "question_back_refs",
        "question_charge",
        "question_compare",
        "question_count",
        "question_daytime",
        "question_generic",
        "question_how",
        "question_howmuch",
        "question_if_not",
        "question_if_so",
        "question_indirect",
        "question_joiners",
        "question_money",
        "question_price",
        "question_quantity",
        "question_reported",
        "question_request",
        "question_remedy",
        "question_rhetorical",
        "question_self_answers",
        "question_skip",
        "question_small_talk",
        "question_status",
        "question_story_state",
        "question_when",
        "question_where",
        "question_which",
        "question_why",
        "question_yesno",
        "sales_terms",
        "synonyms",
        "team_words",
        "unknown_absence",
        "unknown_asides",
        "unknown_admissions",
        "unknown_info_nouns",
        "unknown_not_admissions",
        "unknown_not_mine",
        "unknown_promises",
        "unknown_troubles",
        *topic_names(),
    )
    lexicon_dir = LEXICON_DIR
    tags = ("content",)
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        max_questions: int = field(
            default=50,
            metadata={
                "doc": "Questions checked in one customer letter, from its start, counting those quoted between "
                "the reply's blocks (0 or less checks every one); those past it are not judged, nor weighed when a "
                "reply sentence is shared. Each costs about a millisecond against a long reply, so a pasted "
                "questionnaire or a text that is no letter cannot hold up a send; the customers' letters the "
                "project measures ask at most 14."
            },
        )

    messages = {
        "unanswered": 'The customer asked "{question}" and the reply does not answer it.',
    }
    examples = (
        bad(
            "en",
            "Hi Beth,\n\nYour order 40017 will be delivered on Thursday, 12 June, between 8am and 6pm.\n\n"
            "Kind regards,\nRuth",
            "unanswered",
            original="Hi,\n\nWhen will my order 40017 arrive, and can I change the delivery address to my office?\n\n"
            "Beth",
        ),
        bad(
            "en",
            "Hi Oscar,\n\nNext-day delivery is available for the Pulse speaker on orders placed before 2pm.\n\n"
            "Kind regards,\nAisha",
            "unanswered",
            original="Hello,\n\nI'd like to know how much next-day delivery costs for the Pulse speaker.\n\nOscar",
            note="the subject is there, the price is not",
        ),
        good(
            "en",
            "Hi Anna,\n\nThe courier will bring it on Thursday, 15 May, between 9am and 1pm.\n\nKind regards,\nMarta",
            original="Hi,\n\nI ordered the Pulse mini speaker on Monday. When will it arrive?\n\nThanks,\nAnna",
            note="answered with a weekday, without repeating 'arrive'",
        ),
        good(
            "en",
            "Hi Ollie,\n\nWe do: the green Fjord boots are in stock in size 41.\n\nBest regards,\nAnders",
            original="Hi there, hope you're having a good week?\n\nDo you have the Fjord boots in green, size 41?"
            "\n\nOllie",
            note="the pleasantry needs no answer",
        ),
        good(
            "en",
            "Hi Tilly,\n\nI can't give you a date yet, but I'll email you by Friday with an update.\n\n"
            "Kind regards,\nAnders",
            original="When will the Fjord boots be back in size 38?\n\nTilly",
            note="an honest 'not yet' counts",
        ),
        bad(
            "ru",
            "Ольга, здравствуйте!\n\nКомод «Сканди» привезём в четверг, 14 ноября, с 12:00 до 16:00.\n\n"
            "С уважением,\nИгорь",
            "unanswered",
            original="Здравствуйте! Когда привезут комод? И сколько будет стоить подъём на 7 этаж без лифта?\n\nОльга",
        ),
        good(
            "ru",
            "Лилия, здравствуйте!\n\nЭто оригинальные AirPods Pro 2, серийный номер проверяется на сайте Apple."
            "\n\nС уважением,\nДенис",
            original="Здравствуйте! Это оригинал или реплика?\n\nЛилия",
            note="an either/or question is answered by naming one of the alternatives",
        ),
        good(
            "ru",
            "Тимур, здравствуйте!\n\nУ водителя будет терминал, так что оплатить холодильник картой при "
            "получении получится.\n\nС уважением,\nКирилл",
            original="Здравствуйте, можно ли будет расплатиться картой, когда привезут холодильник?\nТимур",
            note="yes/no answered in other words",
        ),
        good(
            "en",
            "Hi Owen,\n\nWe have the navy Harbour in stock in M today, and it ships tomorrow.\n\nKind regards,\nTom",
            original="Hello,\n\nIs the Harbour raincoat in navy available in a size M?\n\nOwen",
            note="the shop's own word for the same thing ('in stock' for 'available') is on the question's subject",
        ),
        good(
            "ru",
            "Ольга, здравствуйте!\n\nЗарядное устройство Anker 30W совместимо с iPhone 15 и со всеми моделями с "
            "разъёмом USB-C.\n\nС уважением,\nАнна",
            original="Здравствуйте! Подойдёт ли зарядное устройство Anker 30W к iPhone 15?\nОльга",
            note="«совместимо» is the shop's word for «подойдёт»",
        ),
        good(
            "uk",
            "Добрий день, Ольго!\n\nОгляд перед оплатою входить у доставку: водій почекає, поки Ви перевірите "
            "оббивку.\n\nЗ повагою,\nАнна",
            original="Добрий день! Чи можна оглянути диван перед оплатою?\nОльга",
            note="«огляд» is the noun of «оглянути»: the same thing in the shop's words",
        ),
        good(
            "ru",
            "Георгий, здравствуйте!\n\nЗамену отправим завтра за наш счёт.\n\nС уважением,\nВиктория",
            original="Кружка разбилась. Неужели так сложно нормально упаковать? Как мне получить замену?\nГеоргий",
            note="the rhetorical question needs no answer",
        ),
        bad(
            "uk",
            "Вітаю, Богдано!\n\nДоставка до Луцька займає 1–2 дні.\n\nЗ повагою,\nЯрина",
            "unanswered",
            original="Вітаю! Підкажіть, будь ласка, чи підійде чохол Spigen до iPhone 13. І скільки йде доставка до "
            "Луцька?\nБогдана",
            note="an indirect question without '?'",
        ),
        good(
            "uk",
            "Вітаю, Костянтине!\n\nПосилка зараз на сортувальному терміналі в Дніпрі, а завтра надійде у "
            "Ваше відділення №21.\n\nЗ повагою,\nАлла",
            original="Підкажіть, де зараз моя посилка? ТТН 20450977889900.\nКостянтин",
        ),
        good(
            "uk",
            "Добрий день, Людмило!\n\nТак, подушки «Хмара» є в наявності, 790 грн за штуку.\n\nЗ повагою,\nІванна",
            original="Добрий день! Як ваші справи? Чи можна замовити ще дві такі самі подушки?\nЛюдмила",
        ),
        good(
            "uk",
            "Добрий день, Олено!\n\nВаше замовлення відправлено сьогодні, номер для відстеження надішлемо в "
            "SMS.\n\nЗ повагою,\nМарина",
            original="Где мой заказ?\nЕлена",
            note="a Russian question answered in Ukrainian: «замовлення» is the customer's «заказ»",
        ),
        bad(
            "en",
            "Hi Beth,\n\nYes, you can pay by card on delivery.\n\nKind regards,\nRuth",
            "unanswered",
            original="Hi,\n\nWhen will my order arrive?\n\nBeth",
            note="a yes about paying is no answer to 'when'; the finding names that sentence as the closest",
        ),
        bad(
            "en",
            "Hi Tom,\n\nThe sofa will be delivered on Monday, 9 June, between 8am and 12pm.\n\nKind regards,\nRuth",
            "unanswered",
            original="Hi,\n\nWhen will the sofa be delivered? And when will the armchair come?\n\nTom",
            note="the date is the sofa's: it does not answer the armchair's separate 'when'",
        ),
        good(
            "en",
            "Hi Yvonne,\n\nI'm sorry the book arrived damaged. A new copy went out today by first class "
            "post.\n\nKind regards,\nFreya",
            original="Hello,\n\nMy copy of The Salt Path arrived with torn pages. Could you send a replacement?\n\n"
            "Yvonne",
            note="a request answered by doing it",
        ),
        good(
            "en",
            "Hi Sam,\n\nI've booked the collection for Monday, 9 June, between 8am and 1pm; the courier will "
            "bring the label.\n\nKind regards,\nRuth",
            original="Hi,\n\nHow do I arrange a collection for the return?\n\nSam",
            note="doing it for the customer answers 'how do I'",
        ),
        bad(
            "en",
            "Hi Rachel,\n\nThe Oslo table and the four chairs will be delivered together on Wednesday, 6 August."
            "\n\nKind regards,\nIsabel",
            "unanswered",
            original="Hello,\n\nWhen will the Oslo table and chairs come? And do the chairs stack?\n\nRachel",
            note="the chairs are mentioned, but nothing is said about stacking",
        ),
        good(
            "en",
            "Hi Sam,\n\nAnswers below.\n\nOn Mon, 3 Jun 2024 at 10:00, Sam <sam@example.com> wrote:\n"
            "> Can I pay by PayPal?\n\nYes, PayPal is available at checkout.\n\n> How much is shipping to "
            "Germany?\n\nIt is €9.90, free over €100.\n\nBest,\nAnna",
            note="an interleaved reply: each answer sits under the quoted question",
        ),
        bad(
            "ru",
            "Наталья, здравствуйте!\n\nСпасибо, что выбрали наш магазин. Заказ 30417 уже собран.\n\n"
            "С уважением,\nИгорь",
            "unanswered",
            original="Добрый день! Заказ 30417. Интересует, можно ли забрать его самовывозом из магазина на "
            "Тверской.\nНаталья",
            note="an indirect question without '?'",
        ),
        good(
            "ru",
            "Дмитрий, здравствуйте!\n\nПодъём на 7 этаж без лифта стоит 900 рублей, комод привезём в "
            "четверг, 14 ноября.\n\nС уважением,\nИгорь",
            original="Здравствуйте! Когда привезут комод? И сколько будет стоить подъём на 7 этаж без лифта?\nДмитрий",
            note="one sentence may answer two questions",
        ),
        good(
            "uk",
            "Вітаю, Андрію!\n\nІнструкцію можна завантажити на нашому сайті.\n\nЗ повагою,\nІрина",
            original="Добрий день! Де можна знайти інструкцію до пральної машини?\nАндрій",
            note="a place counts however precise: 'on our website'",
        ),
        good(
            "ru",
            "Любовь, добрый день!\n\nК сожалению, сроки следующей поставки корма Monge пока неизвестны. Как "
            "только поставщик их сообщит, я напишу вам.\n\nС уважением,\nНикита",
            original="Добрый день! Когда снова появится корм Monge для щенков?\nЛюбовь",
            note="an honest 'not known yet' in impersonal words",
        ),
        bad(
            "uk",
            "Вітаю, Олегу!\n\nДоставка до Львова займає 1–2 дні, посилку передамо Новій пошті.\n\nЗ повагою,\nІрина",
            "unanswered",
            original="Добрий день! Яка вартість доставки до Львова?\nОлег",
            note="a price question answered without a price",
        ),
        good(
            "uk",
            "Вітаю, Ольго!\n\nТак, оплатити карткою при отриманні можна.\n\nЗ повагою,\nІгор",
            original="Добрий день! Цікавить, чи можна оплатити карткою при отриманні.\n\nДякую,\nОльга\n"
            "Надіслано з iPhone",
            note="an indirect question answered; the signature and device footer ask nothing",
        ),
        good(
            "en",
            "Hi Chiara,\n\nYes, every mattress comes with a 100-night trial.\n\nKind regards,\nSofia",
            original="Hi,\n\nMy husband asks: why is the hybrid twice the price? Anyway, my question: do you offer a "
            "trial period?\n\nChiara",
            note="the husband's question is reported; the customer's own follows 'my question:'",
        ),
        good(
            "ru",
            "Лилия, здравствуйте!\n\nДиван привезёт наш курьер, забирать ничего не нужно.\n\nС уважением,\nОльга",
            original="Здравствуйте! Как ваши дела, не завалили заказами?\nДиван привезёт курьер или его нужно "
            "забирать самой?\n\nЛилия",
            note="small talk about the shop needs no answer",
        ),
        good(
            "uk",
            "Добрий вечір, Ларисо!\n\nТак, чайник KLF03 у блакитному кольорі є в наявності.\n\nЗ повагою,\nМаксим",
            original="Добрий вечір! Чоловік мене питає: навіщо нам третій чайник? А я хочу. Чи є чайник KLF03 у "
            "блакитному кольорі?\n\nЛариса",
            note="a question the customer reports someone else asking is not hers",
        ),
        good(
            "en",
            "Hi Owen,\n\nYour rug arrived back at our warehouse this morning.\n\nKind regards,\nIsabel",
            original="Hi,\n\nI sent the Kilim rug back last Thursday. Have you received it yet?\n\nOwen",
            note="a status question answered by a dated statement about the same story",
        ),
        good(
            "ru",
            "Карина, добрый день!\n\nК сожалению, доставку перенесли: курьер привезёт планшет в четверг, "
            "4 декабря.\n\nС уважением,\nЮлия",
            original="Добрый день! Курьер должен был привезти планшет сегодня. Всё в силе?\n\nКарина",
            note="«Всё в силе?» answered by the new date: the no is implied",
        ),
        bad(
            "uk",
            "Вітаю, Ірино!\n\nЗнижка 10% на весь посуд діє до 30 листопада.\n\nЗ повагою,\nОлег",
            "unanswered",
            original="Добрий день! Я повернула чайник Новою поштою в понеділок. Ви вже його отримали?\n\nІрина",
            note="a date about something else says nothing of the story asked about",
        ),
        good(
            "en",
            "Hi Roman,\n\nThe delay was because a door of your wardrobe was damaged at the warehouse. We will "
            "deliver the wardrobe on Friday, 14 November, between 10am and 2pm.\n\nKind regards,\nOlga",
            original="Hello. The wardrobe for order 77120 was due yesterday, but nobody came. Why did that happen? "
            "And when will it be delivered now?\n\nRoman",
            note="the 'why' borrows the story; the new date still answers the 'when' after it",
        ),
        bad(
            "en",
            "Hi Paula,\n\nI'm sorry for the trouble. The full payment of £64.00 has been refunded to your card today."
            "\n\nKind regards,\nTom",
            "unanswered",
            original="Hello,\n\nMy order 51873 was cancelled this morning and I never asked for that. Why was it "
            "cancelled?\n\nPaula",
            note="a refund and an apology are no reason",
        ),
        bad(
            "ru",
            "Светлана, здравствуйте!\n\nПриносим извинения. Курьер привезёт заказ в пятницу, 5 декабря, с 10:00 до "
            "14:00.\n\nС уважением,\nИгорь",
            "unanswered",
            original="Здравствуйте! Почему курьер вчера так и не приехал?\nСветлана",
            note="a new date is no reason",
        ),
        good(
            "uk",
            "Марто, добрий день!\n\nПерепрошуємо: на складі переплутали артикули двох ковдр. Сіру ковдру "
            "відправимо завтра.\n\nЗ повагою,\nОлег",
            original="Добрий день! Мені прийшла синя ковдра замість сірої. Чому так сталося?\nМарта",
            note="what went wrong answers 'why'",
        ),
        bad(
            "en",
            "Hi Moira,\n\nThe Arran blanket is woven from organic cotton and measures 150 x 200 cm. Yes, we deliver "
            "to Galway in two working days.\n\nKind regards,\nSean",
            "unanswered",
            original="Hello,\n\nIs the Arran cotton blanket machine washable? And do you deliver to Galway?\n\nMoira",
            note="describing the blanket does not say whether it can be machine washed; the yes is about delivery",
        ),
        bad(
            "en",
            "Hi Sam,\n\nAnswers below.\n\nOn Mon, 3 Jun 2024 at 10:00, Sam <sam@example.com> wrote:\n"
            "> Can I collect the desk from your shop?\n> And is there a charge for assembly?\n\nAssembly is £35, "
            "booked at checkout.\n\nBest,\nAnna",
            "unanswered",
            note="an interleaved reply: the text under a block of two questions answers only one",
        ),
        bad(
            "ru",
            "Андрей, здравствуйте!\n\nСпасибо за заказ! Сообщим, как только отправим куртку.\n\nС уважением,\nНина",
            "unanswered",
            original="Здравствуйте! Когда отправите куртку по заказу 20931?\nАндрей",
            note="a promise to tell them when it happens is no time",
        ),
        good(
            "uk",
            "Маріє, добрий день!\n\nСироватку найкраще наносити саме вранці: вона посилює захист від сонця.\n\n"
            "З повагою,\nІрина",
            original="Добрий день! Сироватку з вітаміном С можна наносити вранці під SPF? Чи лише ввечері?\nМарія",
            note="an either/or asked in two sentences: naming one alternative answers it",
        ),
        good(
            "en",
            "Hi Seb,\n\nWe don't have that figure for the Vivobook battery, I'm afraid: Asus doesn't publish it. Their "
            "support team can tell you on 0800 501 272.\n\nKind regards,\nDenis",
            original="Hello,\n\nHow many charge cycles will the Vivobook 15 battery last?\n\nSeb",
            note="an honest 'we don't have that figure' with a referral answers",
        ),
        good(
            "en",
            "Hi Gareth,\n\nI'm very sorry, but no: your sofa is held up at the workshop. We will call you to arrange "
            "delivery.\n\nKind regards,\nHannah",
            original="Hello,\n\nIs my Brenna sofa still coming this week as planned?\n\nGareth",
            note="a plain no after an apology answers a question on how things stand",
        ),
        good(
            "ru",
            "Олег, здравствуйте!\n\nНажмите «Отписаться» внизу любого нашего письма, и рассылка больше не придёт."
            "\n\nС уважением,\nАнна",
            original="Здравствуйте! Как отписаться от вашей рассылки?\nОлег",
            note="a how-to question answered by instructions",
        ),
        good(
            "uk",
            "Наталю, добрий день!\n\nЗатримку звуку можна зменшити: відкрийте застосунок Soundcore і ввімкніть "
            "«Режим гри».\n\nЗ повагою,\nДенис",
            original="Добрий день! У навушниках є затримка звуку, коли дивлюсь відео. Це можна якось виправити?\n"
            "Наталя",
            note="'can it be fixed?' answered by what can be done and how",
        ),
        bad(
            "ru",
            "Тимофей, здравствуйте!\n\nНет, стирать ковёр «Сахара» в машинке нельзя. Пылесосьте его раз в неделю."
            "\n\nС уважением,\nАнтон",
            "unanswered",
            original="Здравствуйте! Ковёр «Сахара» можно стирать в машинке? Если нет, как его чистить? И какой у "
            "него ворс, высокий?\nТимофей",
            note="the steps answer how to clean it, not how high the pile is",
        ),
    )

    def check(self, ctx: RuleContext) -> Iterator[Hit]:
        orig = ctx.original_analysis
        if orig is None or is_automatic(ctx):
            return  # an automatic acknowledgement answers nothing by design: the autoreply rule checks it
        orig_lang: Lang = ctx.original_language or ctx.language
        names = frozenset(part.lower() for name in ctx.customer_names for part in name.parts)
        limit = self.options.max_questions if self.options.max_questions > 0 else None
        questions = find_questions(orig, self._lex(orig_lang), names, limit=limit)[:limit]
        if not ctx.text.strip():
            # sent with nothing above the quote: every question is left unanswered
            yield from (self._finding_empty(q, ctx.language) for q in questions)
            return
        # the whole body: the parser takes the first quoted block away as the quote, and the answer under it with
        # that block would be lost
        inline = InlinePairs.of(ctx.reply.body or ctx.text, ctx.reply.quote_header)
        room = None if limit is None else limit - len(questions)
        questions += self._interleaved_questions(inline, orig.text, orig_lang, room)
        if not questions:
            return
        reply = build_reply(ctx.analysis, self._lex(ctx.language), frozenset(q.text for q in questions))
        if orig_lang != ctx.language:
            questions = across_languages(questions, reply, orig_lang, ctx.language, self.lexicon_path())
        questions = with_synonyms(questions, reply, orig_lang, ctx.language, self.lexicon_path())
        claims = Claims.of(questions, reply)
        if not claims.everything and reply.evidence("deferral"):
            # "We will reply to your email when we return": an acknowledgement, for the autoreply rule (perf: the
            # deferral phrases are looked for only in a reply that takes up no question)
            return
        under = self._under_quotes(questions, inline, ctx)
        # One quoted block with text under it may be a top-posted answer with a P.S. or a signature after the
        # quote: the reply's own text above it answers too. Only a reply written between two or more blocks is
        # read block by block alone.
        between = len(inline.pairs) > 1
        for n, q in enumerate(questions):
            judging = Judging(q, reply, claims, n, single=len(questions) == 1)
            if n in under:
                # an interleaved reply: the text under the quoted question is its answer
                if not any(answered(j) for j in under[n]) and (between or not answered(judging)):
                    yield self._finding(under[n][0], ctx.language)
                continue
            if not answered(judging):
                yield self._finding(judging, ctx.language)

    def _lex(self, lang: Lang) -> LexiconSource:
        return partial(self.lexicon, lang=lang)

    def _finding_empty(self, q: Question, lang: Lang) -> Hit:
        return self._hit(q, "", "the reply has no text of its own", lang)

    def _hit(self, q: Question, passage: str, reason: str, lang: Lang) -> Hit:
        quoted = q.text if len(q.text) <= MAX_QUOTE else q.text[: MAX_QUOTE - 1].rstrip() + "…"
        return Hit.whole_reply(
            "unanswered",
            {
                "question": quoted,
                "question_type": q.kind,
                "full_question": q.text,
                "closest_passage": passage,
                "reason": reason,
            },
            suggestion=tr(lang, SUGGESTIONS.get(q.kind, DEFAULT_SUGGESTION)),
        )

    def _finding(self, j: Judging, lang: Lang) -> Hit:
        """The finding, with the reasoning a reviewer needs: the question, the reply sentence judged closest to
        it, and why that is not an answer."""
        q = j.q
        near = closest(q, j.reply, j.related_all)
        if near is None:
            passage, reason = "", "the reply does not take up what the question is about"
        else:
            start, end = j.reply.sentences[near]
            passage = j.reply.analysis.text[start:end].strip()
            reason = "the closest passage is on its subject, but " + WHY_NOT.get(q.kind, WHY_NOT["yes-no"])
        return self._hit(q, passage, reason, lang)

    def _under_quotes(
        self, questions: list[Question], inline: InlinePairs, ctx: RuleContext
    ) -> dict[int, list[Judging]]:
        """For each question quoted in a reply written between the customer's lines, the judging of the agent's
        text under each block that quotes it, by the same tests ("Thanks for asking!" under it answers nothing).

        The questions of one block share its text as they share a whole reply: "Assembly is £35" under "Can I
        collect it?" and "Is there a charge for assembly?" answers the second only. Text under a block that is
        only a sign-off ("Best,\nAnna" under the quoted original) is no answer written there."""
        blocks: dict[int, list[int]] = {}
        for n, q in enumerate(questions):
            for b in inline.blocks_of(q.text):
                blocks.setdefault(b, []).append(n)
        out: dict[int, list[Judging]] = {}
        for b, members in blocks.items():
            sub = self._sub_reply(inline.pairs[b][1], ctx)
            if len(sub.quoted) == len(sub.sentences):
                continue
            asked = [questions[n] for n in members]
            claims = Claims.of(asked, sub)
            for k, n in enumerate(members):
                out.setdefault(n, []).append(
                    Judging(asked[k], sub, claims, k, single=len(members) == 1, under_quote=True)
                )
        return out

    def _interleaved_questions(
        self, inline: InlinePairs, original: str, lang: Lang, room: int | None
    ) -> list[Question]:
        """Questions in the customer's lines quoted inside the reply that the original does not have: an
        interleaved reply's quote is split at its first block, so the later blocks never reach the original. At
        most `room` of them (`max-questions` less the original's): the blocks after that are not read."""
        known = normalised(original)
        seen: set[str] = set()
        out: list[Question] = []
        for quoted, _ in inline.pairs:
            if room is not None and len(out) >= room:
                break
            if normalised(quoted) in known:
                continue
            left = None if room is None else room - len(out)
            for q in find_questions(pipeline(lang).analyse(quoted), self._lex(lang), limit=left)[:left]:
                key = normalised(q.text)
                # a question quoted again in a later block is one question (judged under every block holding it):
                # k copies judged under k blocks each were k² judgings
                if key not in known and key not in seen:
                    seen.add(key)
                    out.append(q)
        return out

    def _sub_reply(self, answer: str, ctx: RuleContext) -> Reply:
        # the text under a quote is never the message's first line: a sign-off there ("Best,\nAnna") is one
        return build_reply(pipeline(ctx.language).analyse("\n" + answer), self._lex(ctx.language))
