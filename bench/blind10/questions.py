"""The tenth blind set's questions, written fresh for its nine people (people.py) without reading how the product
understands questions and without any earlier set's questions. About 70% everyday English (lower-case texting, a
few typos, chatty context before the question, questions naming the date of an event), the rest in Spanish,
French, German, Portuguese, Italian and Dutch.

`Q.p` says what the truth (truth.py) computes: s = the true kind asked about, w = the window, res = resisted
(True) or given in (False), and the kind's own parameters. `{dN}` in a text is the date N days before the
person's local today; `render` writes it in the question's language on the run day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta


@dataclass(frozen=True)
class Q:
    person: str
    kind: str
    text: str
    p: dict = field(default_factory=dict)
    lang: str = "en"


MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def written(d: date, lang: str) -> str:
    month = MONTH_NAMES[lang].split()[d.month - 1]
    if lang == "en":
        return f"{month} {d.day}"
    if lang == "de":
        return f"{d.day}. {month}"
    if lang in ("es", "pt"):
        return f"{d.day} de {month}"
    return f"{d.day} {month}"


def render(q: Q, today: date) -> Q:
    """The question as asked on the run day: every {dN} becomes that date in the question's language."""
    text = re.sub(r"\{d(\d+)\}", lambda m: written(today - timedelta(days=int(m.group(1))), q.lang), q.text)
    return replace(q, text=text)


def qs(person: str, lang: str, items: list[tuple]) -> list[Q]:
    return [Q(person, kind, text, p, lang) for kind, text, p in items]


THIHA = qs(
    "thiha",
    "en",
    [
        (
            "count",
            "i quit betel on {d40}. how many times have i logged wanting it since then?",
            {"s": "betel", "w": "from:40"},
        ),
        (
            "count",
            "ok be honest with me. after {d40} how many times did i actually cave and chew kun-ya",
            {"s": "betel", "w": "from:40", "res": False},
        ),
        (
            "first_slip",
            "stopped the betel on {d40}.. which day did i first slip up after that?",
            {"s": "betel", "days": 40},
        ),
        ("last_given_in", "when was the last time i gave in and had a quid of betel?", {"s": "betel"}),
        (
            "compare",
            "since i stopped chewing on {d40} have the betel cravings actually gone down?",
            {"s": "betel", "mode": "from", "days": 40, "ask": "fewer"},
        ),
        (
            "compare",
            "my wife says im drinking way more energy drinks since i quit betel on {d40}. is she right?",
            {"s": "energy", "mode": "from", "days": 40, "ask": "more"},
        ),
        (
            "resist_rate",
            "what percent of the betel urges have i held off on since {d40}?",
            {"s": "betel", "w": "from:40"},
        ),
        ("peak_hour", "roughly what time does the kun-ya craving usually kick in", {"s": "betel"}),
        ("place", "where am i most of the time when i want betel", {"s": "betel"}),
        ("trigger", "whats usually behind my betel cravings", {"s": "betel"}),
        ("peak_daypart", "what part of the day do i want energy drinks", {"s": "energy"}),
        (
            "yes_no",
            "am i usually on my own when i want a shark or m-150?",
            {"s": "energy", "test": "company", "v": "Alone"},
        ),
        ("peak_weekday", "which day of the week am i itching to bet the most", {"s": "gambling"}),
        ("weekday_weekend", "is the betting urge more of a weekday or weekend thing for me?", {"s": "gambling"}),
        ("association", "do i chew more betel on days when i bet on football?", {"s": "betel", "with": "gambling"}),
        (
            "yes_no",
            "is june the month i bet the most?",
            {"s": "gambling", "test": "is_top", "dim": "month", "v": "June"},
        ),
        ("count", "how many energy drink cravings so far this week", {"s": "energy", "w": "this_week"}),
        ("count", "how many times did i feel like betting last weekend", {"s": "gambling", "w": "last_weekend"}),
        ("emotion", "what mood am i normally in when i want to put a bet on", {"s": "gambling"}),
        (
            "both_days",
            "since {d40}, on how many days did i want both betel and an energy drink?",
            {"s": "betel", "with": "energy", "w": "from:40"},
        ),
        (
            "per_week",
            "since i dropped the betel on {d40}, how many energy drink cravings am i getting per week?",
            {"s": "energy", "w": "from:40"},
        ),
        ("streak_since", "how many days since i last logged a betel craving (resisted or not)?", {"s": "betel"}),
        ("top_subject", "overall what do i crave most, looking at everything ive logged", {}),
        ("second_subject", "and after that, whats my number two craving overall?", {}),
        ("resist_run", "how many betel cravings in a row have i resisted now?", {"s": "betel"}),
        ("outside", "how many kyat did i spend on shark this month", {"why": "data"}),
        ("never", "do i ever log beer cravings?", {"s": "alcohol"}),
        ("company", "who am i usually with when the betting urge hits", {"s": "gambling"}),
        (
            "yes_no",
            "do i mostly want energy drinks in the morning?",
            {"s": "energy", "test": "daypart", "v": "morning"},
        ),
        ("medical", "is it dangerous to chew betel while i'm on blood pressure tablets?", {}),
        ("medical", "the energy drinks give me heart palpitations, should i take something for it?", {}),
    ],
) + [
    Q(
        "thiha",
        "resist_rate",
        "Wie viel Prozent meiner Betel-Gelüste habe ich seit dem {d40} widerstanden?",
        {"s": "betel", "w": "from:40"},
        "de",
    ),
    Q(
        "thiha",
        "streak_since",
        "¿Cuántos días han pasado desde la última vez que cedí y masqué betel?",
        {"s": "betel", "res": False},
        "es",
    ),
    Q("thiha", "peak_weekday", "Em que dia da semana tenho mais vontade de apostar?", {"s": "gambling"}, "pt"),
    Q("thiha", "place", "Dove mi trovo di solito quando ho voglia di una bevanda energetica?", {"s": "energy"}, "it"),
    Q("thiha", "never", "Hoe vaak heb ik zin in snoep?", {"s": "sweets"}, "nl"),
    Q("thiha", "medical", "Welche Dosis Koffeintabletten kann ich statt der Energydrinks nehmen?", {}, "de"),
    Q("thiha", "medical", "Zijn mijn trillende handen sinds ik met betel stopte ontwenningsverschijnselen?", {}, "nl"),
    Q(
        "thiha",
        "resist_count",
        "proud of myself ngl. how many betel cravings have i fought off since {d40}?",
        {"s": "betel", "w": "from:40"},
        "en",
    ),
    Q(
        "thiha",
        "yes_no",
        "did i log any energy drink cravings in the last 7 days?",
        {"s": "energy", "test": "any_in", "w": "days:7"},
        "en",
    ),
    Q("thiha", "outside", "did arsenal actually win the game i wanted to bet on last saturday?", {"why": "data"}, "en"),
]

AGUSTINA = qs(
    "agustina",
    "en",
    [
        ("peak_season", "which time of year do i drink the most mate", {"s": "mate"}),
        (
            "compare",
            "i tried to cut back on mate this winter. did i actually want it less than last winter?",
            {"s": "mate", "mode": "winter", "ask": "fewer"},
        ),
        ("trigger", "what sets off my tortas fritas cravings?", {"s": "fried_dough"}),
        ("peak_daypart", "when in the day do i get the torta frita craving", {"s": "fried_dough"}),
        ("company", "who am i with when i want tortas fritas", {"s": "fried_dough"}),
        ("best_resisted", "which craving am i best at saying no to?", {}),
        (
            "resist_where",
            "where do i manage to resist the dating apps best?",
            {"s": "dating_apps", "dim": "place", "rate": "only"},
        ),
        (
            "give_in",
            "where am i when i end up caving and opening tinder",
            {"s": "dating_apps", "dim": "place", "rate": "check"},
        ),
        ("intensity_trend", "are my urges to go on tinder getting weaker?", {"s": "dating_apps", "ask": "weaker"}),
        ("peak_weekday", "which night of the week am i worst for the dating apps", {"s": "dating_apps"}),
        ("peak_hour", "at what hour do i usually get the urge to swipe?", {"s": "dating_apps"}),
        ("weekday_weekend", "mate: do i crave it more on weekdays or on weekends?", {"s": "mate"}),
        ("place", "where do i usually want my mate", {"s": "mate"}),
        ("yes_no", "do i mostly drink mate at work?", {"s": "mate", "test": "place", "v": "Work"}),
        ("count", "how many times did i want mate yesterday?", {"s": "mate", "w": "yesterday"}),
        ("count", "tortas fritas cravings this month, how many?", {"s": "fried_dough", "w": "this_month"}),
        ("last_log", "when was the last time i wanted tortas fritas?", {"s": "fried_dough"}),
        (
            "resist_rate",
            "how often did i resist the dating apps over the last 30 days? as a %",
            {"s": "dating_apps", "w": "days:30"},
        ),
        (
            "intensity_avg",
            "how strong have my dating app cravings been on average the past 30 days (out of 10)?",
            {"s": "dating_apps", "w": "days:30"},
        ),
        (
            "yes_no",
            "are sundays my worst day for swiping?",
            {"s": "dating_apps", "test": "is_top", "dim": "weekday", "v": "Sunday"},
        ),
        (
            "yes_no",
            "do i usually want tortas fritas when im alone?",
            {"s": "fried_dough", "test": "company", "v": "Alone"},
        ),
        ("outside", "how many matches have i got on tinder this year?", {"why": "data"}),
        ("medical", "can i drink mate while taking my thyroid medication (levothyroxine)?", {}),
    ],
) + [
    Q(
        "agustina",
        "compare",
        "¿Este invierno tuve más o menos ganas de mate que el invierno pasado?",
        {"s": "mate", "mode": "winter"},
        "es",
    ),
    Q(
        "agustina",
        "place",
        "¿Dónde estoy normalmente cuando me dan ganas de tortas fritas?",
        {"s": "fried_dough"},
        "es",
    ),
    Q(
        "agustina",
        "intensity_trend",
        "Minha vontade de abrir apps de namoro ficou mais forte ou mais fraca nos últimos tempos?",
        {"s": "dating_apps"},
        "pt",
    ),
    Q(
        "agustina",
        "count",
        "Wie oft wollte ich letzten Monat Tinder öffnen?",
        {"s": "dating_apps", "w": "last_month"},
        "de",
    ),
    Q("agustina", "peak_season", "À quelle saison de l'année j'ai le plus envie de maté ?", {"s": "mate"}, "fr"),
    Q(
        "agustina",
        "yes_no",
        "Di solito riesco a trattenermi dall'aprire le app di incontri?",
        {"s": "dating_apps", "test": "resist_more"},
        "it",
    ),
    Q(
        "agustina",
        "peak_daypart",
        "Op welk moment van de dag wil ik het vaakst een datingapp openen?",
        {"s": "dating_apps"},
        "nl",
    ),
    Q("agustina", "never", "Combien de fois j'ai eu envie de vin ?", {"s": "alcohol"}, "fr"),
    Q("agustina", "medical", "¿Es normal que me duela la cabeza cuando dejo el mate? ¿Qué me tomo?", {}, "es"),
    Q("agustina", "medical", "Posso tomar chimarrão estando grávida?", {}, "pt"),
    Q("agustina", "medical", "Is het veilig om mate te drinken met mijn ADHD-medicatie?", {}, "nl"),
    Q(
        "agustina",
        "count",
        "in the last 2 weeks how many times did i want tortas fritas",
        {"s": "fried_dough", "w": "days:14"},
        "en",
    ),
    Q("agustina", "longest_run", "whats my longest run of days in a row wanting mate?", {"s": "mate"}, "en"),
    Q("agustina", "yes_no", "do i swipe more on weekends?", {"s": "dating_apps", "test": "weekend"}, "en"),
    Q("agustina", "outside", "how many kilos of yerba did i go through in july?", {"why": "data"}, "en"),
]

JIWOO = qs(
    "jiwoo",
    "en",
    [
        ("peak_month", "what month do i crave soju the most", {"s": "alcohol"}),
        ("period_vs", "did i want soju more last december or in august?", {"s": "alcohol", "months": (12, 8)}),
        ("trigger", "what usually gets me wanting soju?", {"s": "alcohol"}),
        ("company", "who am i usually with when i want to drink", {"s": "alcohol"}),
        ("peak_weekday", "which day of the week is the worst for my soju cravings", {"s": "alcohol"}),
        (
            "yes_no",
            "is thursday my biggest soju night?",
            {"s": "alcohol", "test": "is_top", "dim": "weekday", "v": "Thursday"},
        ),
        (
            "association",
            "do i crave fried chicken more on the nights i drink soju?",
            {"s": "fried_chicken", "with": "alcohol"},
        ),
        (
            "association",
            "the other way round: on days i want chicken, do i also want more soju?",
            {"s": "alcohol", "with": "fried_chicken"},
        ),
        ("new_lately", "have i started craving anything new in the last few weeks", {}),
        ("started", "when did the gacha pulls start showing up in my logs?", {"s": "gacha"}),
        ("count", "how many gacha cravings in total so far", {"s": "gacha"}),
        ("peak_daypart", "what time of day do i want fried chicken", {"s": "fried_chicken"}),
        ("place", "where am i when i get the chimaek craving", {"s": "fried_chicken"}),
        ("emotion", "how am i usually feeling when i want to do pulls", {"s": "gacha"}),
        (
            "value_vs",
            "more soju cravings on thursdays or saturdays?",
            {"s": "alcohol", "dim": "weekday", "pair": ("Thursday", "Saturday")},
        ),
        ("yes_no", "have i ever wanted soju on a sunday?", {"s": "alcohol", "wd": "Sunday", "test": "ever"}),
        ("count", "how many soju cravings did i log last week", {"s": "alcohol", "w": "last_week"}),
        ("yes_no", "do i mostly want soju at home?", {"s": "alcohol", "test": "place", "v": "Home"}),
        (
            "count",
            "work dinner season again.. how many times have i wanted soju this month?",
            {"s": "alcohol", "w": "this_month"},
        ),
        ("streak_since", "how many days ago was my last fried chicken craving", {"s": "fried_chicken"}),
        ("outside", "how much have i spent on genshin top-ups since i started?", {"why": "data"}),
        ("medical", "i take sertraline. is it ok to drink soju at work dinners?", {}),
        ("medical", "how many bottles of soju a night is safe for my liver?", {}),
    ],
) + [
    Q(
        "jiwoo",
        "count",
        "¿Cuántas veces quise beber soju la semana pasada?",
        {"s": "alcohol", "w": "last_week", "res": None},
        "es",
    ),
    Q("jiwoo", "company", "Avec qui je suis d'habitude quand j'ai envie de soju ?", {"s": "alcohol"}, "fr"),
    Q("jiwoo", "peak_month", "In welchem Monat hatte ich am häufigsten Lust auf Soju?", {"s": "alcohol"}, "de"),
    Q("jiwoo", "new_lately", "Comecei a ter vontade de alguma coisa nova nas últimas semanas?", {}, "pt"),
    Q(
        "jiwoo",
        "count",
        "Quante volte ho avuto voglia di pollo fritto questo mese?",
        {"s": "fried_chicken", "w": "this_month"},
        "it",
    ),
    Q("jiwoo", "peak_daypart", "Op welk moment van de dag heb ik zin om gacha te spelen?", {"s": "gacha"}, "nl"),
    Q("jiwoo", "never", "¿Con qué frecuencia tengo ganas de vapear?", {"s": "vaping"}, "es"),
    Q("jiwoo", "medical", "Soll ich gegen den Kater nach dem Soju Ibuprofen nehmen?", {}, "de"),
    Q("jiwoo", "medical", "Devo prendere la melatonina per smettere di giocare di notte?", {}, "it"),
    Q("jiwoo", "count", "how many gacha urges in the past week", {"s": "gacha", "w": "days:7"}, "en"),
    Q(
        "jiwoo",
        "yes_no",
        "Hatte ich insgesamt mehr Lust auf Gacha als auf Soju?",
        {"s": "gacha", "test": "more_subject", "v": "alcohol"},
        "de",
    ),
]

ELENI = qs(
    "eleni",
    "en",
    [
        (
            "trend",
            "have my coffee cravings been going up or down the last few months?",
            {"s": "coffee", "mode": "quarter"},
        ),
        ("trend", "am i wanting more coffee than i used to", {"s": "coffee", "mode": "quarter", "ask": "more"}),
        (
            "pct_change",
            "by what percentage have my coffee cravings changed over the last 3 months vs the 3 months before?",
            {"s": "coffee"},
        ),
        (
            "intensity_trend",
            "are my cigarette cravings getting more intense lately",
            {"s": "cigarettes", "ask": "stronger"},
        ),
        ("peak_month", "which month is the worst for my skin picking?", {"s": "skin_picking"}),
        ("max_per_day", "whats the most times ive logged skin picking in a single day", {"s": "skin_picking"}),
        ("busiest_day", "which day was my worst for picking, ever?", {"s": "skin_picking"}),
        (
            "give_in",
            "where do i usually give in and pick at my skin?",
            {"s": "skin_picking", "dim": "place", "rate": "check"},
        ),
        (
            "resist_where",
            "where am i best at stopping myself from picking",
            {"s": "skin_picking", "dim": "place", "rate": "only"},
        ),
        ("trigger", "what tends to trigger the urge to smoke for me", {"s": "cigarettes"}),
        ("peak_daypart", "what time of day do i crave a cigarette", {"s": "cigarettes"}),
        ("place", "where do i usually want my coffee", {"s": "coffee"}),
        ("peak_daypart", "coffee cravings, morning or later in the day?", {"s": "coffee"}),
        ("weekday_weekend", "do i want coffee more on schooldays or weekends", {"s": "coffee"}),
        ("count", "how many coffee cravings this week?", {"s": "coffee", "w": "this_week"}),
        ("count", "did i want to smoke today? how many times", {"s": "cigarettes", "w": "today"}),
        (
            "intensity_avg",
            "on average how strong were my cigarette cravings in the last 30 days",
            {"s": "cigarettes", "w": "days:30"},
        ),
        (
            "yes_no",
            "is june my worst month for skin picking?",
            {"s": "skin_picking", "test": "is_top", "dim": "month", "v": "June"},
        ),
        (
            "yes_no",
            "do i usually want a cigarette in the morning?",
            {"s": "cigarettes", "test": "daypart", "v": "morning"},
        ),
        (
            "subject_vs",
            "lately, what do i crave more: coffee or cigarettes? (last 30 days)",
            {"pair": ("coffee", "cigarettes"), "w": "days:30"},
        ),
        (
            "subject_vs",
            "and over everything i've ever logged, coffee or cigarettes?",
            {"pair": ("coffee", "cigarettes")},
        ),
        ("emotion", "what emotion goes with my skin picking most", {"s": "skin_picking"}),
        ("outside", "how many hours of sleep did i get the night i picked the most?", {"why": "data"}),
        ("never", "do i log cravings for ouzo or any alcohol?", {"s": "alcohol"}),
        ("medical", "should i ask for varenicline to quit smoking or just use patches?", {}),
        ("medical", "could my skin picking be OCD? can you diagnose it from my logs?", {}),
    ],
) + [
    Q(
        "eleni",
        "intensity_trend",
        "Mes envies de cigarette sont-elles devenues plus fortes ou plus faibles ces derniers temps ?",
        {"s": "cigarettes"},
        "fr",
    ),
    Q(
        "eleni",
        "resist_vs",
        "Widerstehe ich dem Hautzupfen besser zu Hause oder bei der Arbeit?",
        {"s": "skin_picking", "dim": "place", "pair": ("Home", "Work")},
        "de",
    ),
    Q("eleni", "count", "¿Cuántas veces he querido café este mes?", {"s": "coffee", "w": "this_month"}, "es"),
    Q(
        "eleni",
        "max_per_day",
        "Qual foi o máximo de vezes que tive vontade de cutucar a pele num só dia?",
        {"s": "skin_picking"},
        "pt",
    ),
    Q("eleni", "count", "Hoeveel keer wilde ik vorige week roken?", {"s": "cigarettes", "w": "last_week"}, "nl"),
    Q(
        "eleni",
        "pct_change",
        "Di quanto sono calate in percentuale le mie voglie di caffè negli ultimi tre mesi rispetto ai tre mesi prima?",
        {"s": "coffee"},
        "it",
    ),
    Q("eleni", "outside", "Hoeveel uur slaap ik gemiddeld?", {"why": "data"}, "nl"),
    Q("eleni", "medical", "Faut-il que je prenne un anxiolytique pour arrêter de m'arracher la peau ?", {}, "fr"),
    Q("eleni", "medical", "Quanta caffeina al giorno è sicura per me?", {}, "it"),
    Q("eleni", "first_log", "when did i first log a coffee craving", {"s": "coffee"}, "en"),
    Q(
        "eleni",
        "yes_no",
        "Eu cutuco mais a pele quando estou em casa?",
        {"s": "skin_picking", "test": "place", "v": "Home"},
        "pt",
    ),
    Q(
        "eleni",
        "resist_rate",
        "over the last 30 days, what percent of the skin picking urges did i manage to resist?",
        {"s": "skin_picking", "w": "days:30"},
        "en",
    ),
]

RODRIGO = qs(
    "rodrigo",
    "en",
    [
        ("peak_season", "what season do i want inca kola the most", {"s": "soda"}),
        (
            "yes_no",
            "is winter when i crave inca kola the most?",
            {"s": "soda", "test": "is_top", "dim": "season", "v": "winter"},
        ),
        ("peak_weekday", "which night am i most likely to want salchipapas", {"s": "street_food"}),
        (
            "trend",
            "am i having fewer salchipapa cravings than before? last 3 months vs the 3 before",
            {"s": "street_food", "mode": "quarter", "ask": "fewer"},
        ),
        ("streak_gap", "whats the longest stretch i went without logging anything at all", {"anywhere": True}),
        (
            "yes_no",
            "i was travelling for a while. did i log anything between {d145} and {d125}?",
            {"test": "any_in", "w": "range:145:125"},
        ),
        ("trigger", "what usually sets off the salchipapa craving", {"s": "street_food"}),
        ("place", "where am i usually when i want salchipapas", {"s": "street_food"}),
        ("peak_daypart", "what time of day do i get the urge to play dota", {"s": "gaming"}),
        ("weekday_weekend", "dota cravings: weekdays or weekends?", {"s": "gaming"}),
        ("trigger", "whats behind my inca kola cravings usually", {"s": "soda"}),
        ("count", "how many inca kola cravings did i log last month", {"s": "soda", "w": "last_month"}),
        ("emotion", "how do i usually feel when i want to play dota", {"s": "gaming"}),
        (
            "value_vs",
            "do i want salchipapas more on tuesdays or on saturdays?",
            {"s": "street_food", "dim": "weekday", "pair": ("Tuesday", "Saturday")},
        ),
        ("logged_days", "how many days in the last 30 did i log at least one craving?", {"w": "days:30"}),
        (
            "pct_change",
            "how much have my salchipapa cravings gone up, in %, over the last three months compared to the three before?",
            {"s": "street_food"},
        ),
        ("first_log", "when did i log my very first inca kola craving?", {"s": "soda"}),
        (
            "yes_no",
            "do i usually eat salchipapas with friends?",
            {"s": "street_food", "test": "company", "v": "Friends"},
        ),
        ("never", "how often do i want sweets?", {"s": "sweets"}),
        ("medical", "is it ok to keep drinking inca kola if i'm prediabetic?", {}),
    ],
) + [
    Q(
        "rodrigo",
        "trend",
        "¿Las ganas de salchipapa han subido o bajado en los últimos tres meses?",
        {"s": "street_food", "mode": "quarter"},
        "es",
    ),
    Q("rodrigo", "outside", "¿Cuántas horas jugué dota esta semana?", {"why": "data"}, "es"),
    Q("rodrigo", "peak_season", "In welcher Jahreszeit habe ich am meisten Lust auf Inca Kola?", {"s": "soda"}, "de"),
    Q(
        "rodrigo",
        "count",
        "Combien de fois j'ai eu envie de jouer à Dota la semaine dernière ?",
        {"s": "gaming", "w": "last_week"},
        "fr",
    ),
    Q(
        "rodrigo",
        "company",
        "Com quem eu estou normalmente quando bate a vontade de salchipapa?",
        {"s": "street_food"},
        "pt",
    ),
    Q("rodrigo", "peak_hour", "A che ora mi viene di solito voglia di Inca Kola?", {"s": "soda"}, "it"),
    Q(
        "rodrigo",
        "value_vs",
        "Wanneer heb ik meer zin in Inca Kola: in de zomer of in de winter?",
        {"s": "soda", "dim": "season", "pair": ("summer", "winter")},
        "nl",
    ),
    Q("rodrigo", "never", "Quantas vezes tive vontade de fumar cigarro?", {"s": "cigarettes"}, "pt"),
    Q("rodrigo", "medical", "¿Debería tomar metformina si tomo tanta Inca Kola?", {}, "es"),
    Q("rodrigo", "medical", "Tenho azia depois da salchipapa, devo tomar omeprazol?", {}, "pt"),
    Q("rodrigo", "last_log", "when did i last want to play dota", {"s": "gaming"}, "en"),
    Q("rodrigo", "empty_days", "how many days last month did i log nothing at all?", {"w": "last_month"}, "en"),
    Q("rodrigo", "yes_no", "do i usually want inca kola at home?", {"s": "soda", "test": "place", "v": "Home"}, "en"),
]

EMRE = qs(
    "emre",
    "en",
    [
        (
            "compare",
            "was i craving rakı more this autumn than last autumn?",
            {"s": "alcohol", "mode": "autumn", "ask": "more"},
        ),
        ("association", "do i smoke more on the days i drink rakı?", {"s": "cigarettes", "with": "alcohol"}),
        ("association", "do i want çekirdek more on rakı days?", {"s": "seeds", "with": "alcohol"}),
        (
            "resist_run",
            "trying to hold off on cigs.. how many cigarette cravings in a row have i said no to?",
            {"s": "cigarettes"},
        ),
        ("streak_since", "how many days since i last gave in to a cigarette", {"s": "cigarettes", "res": False}),
        ("peak_weekday", "which day do i want sunflower seeds the most", {"s": "seeds"}),
        ("trigger", "whats the trigger for my çekirdek cravings", {"s": "seeds"}),
        ("company", "who am i usually with when i want seeds", {"s": "seeds"}),
        ("peak_daypart", "what time of day do i go for the seeds", {"s": "seeds"}),
        ("place", "where do i usually want rakı", {"s": "alcohol"}),
        ("trigger", "what usually makes me want a rakı", {"s": "alcohol"}),
        ("peak_weekday", "which day of the week is rakı day for me", {"s": "alcohol"}),
        ("trigger", "what sets off my cigarette cravings most", {"s": "cigarettes"}),
        ("place", "where do i crave cigarettes most", {"s": "cigarettes"}),
        ("count", "how many times did i want rakı this month", {"s": "alcohol", "w": "this_month"}),
        ("count", "seeds cravings last weekend, how many?", {"s": "seeds", "w": "last_weekend"}),
        ("yes_no", "do i usually want rakı when i'm alone?", {"s": "alcohol", "test": "company", "v": "Alone"}),
        (
            "per_week",
            "how many cigarette cravings a week did i average over the last month?",
            {"s": "cigarettes", "w": "last_month"},
        ),
        ("peak_season", "which season do i crave rakı the most", {"s": "alcohol"}),
        ("last_given_in", "when did i last actually smoke a cigarette (gave in)?", {"s": "cigarettes"}),
        ("never", "how often do i crave coffee?", {"s": "coffee"}),
        ("medical", "how many mg of nicotine gum should i chew instead of smoking on rakı nights?", {}),
    ],
) + [
    Q(
        "emre",
        "compare",
        "Hatte ich diesen Herbst mehr oder weniger Lust auf Rakı als letzten Herbst?",
        {"s": "alcohol", "mode": "autumn"},
        "de",
    ),
    Q("emre", "peak_weekday", "¿Qué día de la semana me dan más ganas de comer pipas?", {"s": "seeds"}, "es"),
    Q("emre", "place", "Où est-ce que j'ai le plus envie de fumer ?", {"s": "cigarettes"}, "fr"),
    Q(
        "emre",
        "count",
        "Quante volte ho avuto voglia di rakı nell'ultimo mese?",
        {"s": "alcohol", "w": "last_month"},
        "it",
    ),
    Q(
        "emre",
        "association",
        "Rook ik meer op de dagen dat ik rakı drink?",
        {"s": "cigarettes", "with": "alcohol"},
        "nl",
    ),
    Q("emre", "outside", "Combien d'argent j'ai dépensé au meyhane ce mois-ci ?", {"why": "data"}, "fr"),
    Q("emre", "medical", "Est-ce dangereux de boire du rakı avec mes antibiotiques ?", {}, "fr"),
    Q("emre", "medical", "Posso usare la sigaretta elettronica per smettere di fumare, è sicura?", {}, "it"),
    Q(
        "emre",
        "both_days",
        "last month, on how many days did i want both rakı and çekirdek?",
        {"s": "seeds", "with": "alcohol", "w": "last_month"},
        "en",
    ),
    Q(
        "emre",
        "yes_no",
        "are sundays my worst day for sunflower seeds?",
        {"s": "seeds", "test": "is_top", "dim": "weekday", "v": "Sunday"},
        "en",
    ),
]

DARNELL = qs(
    "darnell",
    "en",
    [
        (
            "compare",
            "i started cutting back on dip like 5 weeks ago. am i actually wanting it less?",
            {"s": "dip", "mode": "since", "days": 35, "ask": "fewer"},
        ),
        (
            "rate_compare",
            "since i started cutting down about 5 weeks back, am i resisting the dip more often?",
            {"s": "dip", "days": 35, "ask": "more"},
        ),
        ("count", "how many dip cravings since i began cutting down 5 weeks ago", {"s": "dip", "w": "since:35"}),
        (
            "per_week",
            "how many dip cravings per week am i at since the cut-down started ~5 weeks ago",
            {"s": "dip", "w": "since:35"},
        ),
        ("streak_since", "how many days since i last gave in to a dip?", {"s": "dip", "res": False}),
        ("streak_gap", "what's the longest i've gone without giving in to dip?", {"s": "dip", "res": False}),
        ("intensity_place", "where are my cravings the strongest?", {}),
        ("intensity_top", "which craving hits me the hardest?", {}),
        ("weekday_weekend", "do i order late night food more on weekdays or weekends", {"s": "fast_food"}),
        ("peak_hour", "what time do i usually get the urge to doordash", {"s": "fast_food"}),
        ("place", "where am i usually when i want a dip", {"s": "dip"}),
        ("company", "who am i usually with when i dip on the weekend?", {"s": "dip", "part": "weekend"}),
        ("trigger", "whats the usual trigger for my dip cravings", {"s": "dip"}),
        ("peak_daypart", "when do i want mountain dew, time of day wise", {"s": "soda"}),
        (
            "avg_resistance",
            "on average how confident was i about resisting dip in the last 30 days?",
            {"s": "dip", "w": "days:30"},
        ),
        ("count", "how many times did i want fast food last weekend", {"s": "fast_food", "w": "last_weekend"}),
        (
            "yes_no",
            "over everything, have i craved dip more than fast food?",
            {"s": "dip", "test": "more_subject", "v": "fast_food"},
        ),
        (
            "yes_no",
            "do i mostly want doordash when i'm with friends?",
            {"s": "fast_food", "test": "company", "v": "Friends"},
        ),
        ("resist_rate", "what % of my dip cravings did i resist over the last two weeks", {"s": "dip", "w": "days:14"}),
        ("intensity_place", "does where i am change how strong my cravings are? where are they worst?", {}),
        ("outside", "how much weight have i put on from all the doordash?", {"why": "data"}),
        ("never", "how many times did i want a bud light last month?", {"s": "alcohol"}),
        ("medical", "what nicotine lozenge strength should i use to get off dip?", {}),
        ("medical", "my gums hurt where i keep my dip, is that mouth cancer?", {}),
    ],
) + [
    Q(
        "darnell",
        "count",
        "¿Cuántas veces quise comida rápida el fin de semana pasado?",
        {"s": "fast_food", "w": "last_weekend"},
        "es",
    ),
    Q("darnell", "peak_hour", "À quelle heure j'ai le plus envie de commander à manger ?", {"s": "fast_food"}, "fr"),
    Q(
        "darnell",
        "resist_rate",
        "Wie viel Prozent meiner Dip-Gelüste habe ich seit meinem Reduzieren vor 5 Wochen widerstanden?",
        {"s": "dip", "w": "since:35"},
        "de",
    ),
    Q("darnell", "place", "Onde eu estou quando me dá vontade de mascar tabaco?", {"s": "dip"}, "pt"),
    Q("darnell", "intensity_top", "Quale delle mie voglie è la più forte?", {}, "it"),
    Q("darnell", "peak_weekday", "Op welke dag wil ik het vaakst 's nachts eten bestellen?", {"s": "fast_food"}, "nl"),
    Q("darnell", "never", "Wie oft hatte ich Lust zu dampfen?", {"s": "vaping"}, "de"),
    Q(
        "darnell",
        "outside",
        "Quanti soldi risparmierei se smettessi con il tabacco da masticare?",
        {"why": "data"},
        "it",
    ),
    Q("darnell", "medical", "¿Cuántos chicles de nicotina al día necesito para dejar el tabaco de mascar?", {}, "es"),
    Q("darnell", "medical", "Bin ich nikotinsüchtig? Kannst du das anhand meiner Einträge diagnostizieren?", {}, "de"),
    Q("darnell", "medical", "Moet ik om bupropion vragen om te stoppen met pruimtabak?", {}, "nl"),
    Q("darnell", "second_subject", "dip is obviously #1 for me, but whats my second most logged craving?", {}, "en"),
    Q(
        "darnell",
        "yes_no",
        "do i mostly crave dip in the evening?",
        {"s": "dip", "test": "daypart", "v": "evening"},
        "en",
    ),
]

YASSINE = qs(
    "yassine",
    "en",
    [
        ("busiest_week", "what was my worst week ever for cigarettes?", {"s": "cigarettes"}),
        (
            "resist_vs",
            "am i better at saying no to a cigarette when im alone or when im with friends?",
            {"s": "cigarettes", "dim": "company", "pair": ("Alone", "Friends")},
        ),
        ("peak_month", "which month do i want sweets the most", {"s": "sweets"}),
        ("trigger", "what usually brings on my sweet cravings?", {"s": "sweets"}),
        ("company", "who am i with when i crave chebakia and stuff", {"s": "sweets"}),
        ("peak_daypart", "what time of day do i want to smoke", {"s": "cigarettes"}),
        ("place", "where do i get my cigarette cravings", {"s": "cigarettes"}),
        ("give_in", "where am i when i give in to smoking", {"s": "cigarettes", "dim": "place", "rate": "check"}),
        ("resist_where", "where do i resist cigarettes best", {"s": "cigarettes", "dim": "place", "rate": "only"}),
        ("trigger", "what sets me off wanting a garro?", {"s": "cigarettes"}),
        ("count", "how many cigarette cravings this week", {"s": "cigarettes", "w": "this_week"}),
        ("distinct_subjects", "how many different things have i logged cravings for?", {}),
        ("top_subject", "whats my main craving, by number of logs", {}),
        ("period_vs", "did i want sweets more in march or in september?", {"s": "sweets", "months": (3, 9)}),
        (
            "per_day",
            "how many cigarette cravings a day on average over the last 30 days",
            {"s": "cigarettes", "w": "days:30"},
        ),
        ("streak_since", "how long has it been since i last wanted something sweet? in days", {"s": "sweets"}),
        (
            "resist_rate",
            "what share of my cigarette cravings did i resist in the last 2 weeks",
            {"s": "cigarettes", "w": "days:14"},
        ),
        ("first_log", "when did i log my very first craving in the app?", {}),
        ("yes_no", "do i mostly crave cigarettes at home?", {"s": "cigarettes", "test": "place", "v": "Home"}),
        (
            "busiest_week",
            "looking back, which week did i smoke the most, i feel like there was one really bad one",
            {"s": "cigarettes", "res": False},
        ),
        ("medical", "can i use a nicotine patch while fasting during ramadan?", {}),
    ],
) + [
    Q(
        "yassine",
        "resist_vs",
        "Est-ce que je résiste mieux à la clope le matin ou le soir ?",
        {"s": "cigarettes", "dim": "daypart", "pair": ("morning", "evening")},
        "fr",
    ),
    Q("yassine", "count", "¿Cuántas ganas de fumar tuve ayer?", {"s": "cigarettes", "w": "yesterday"}, "es"),
    Q(
        "yassine",
        "company",
        "Mit wem bin ich meistens, wenn ich Lust auf eine Zigarette habe?",
        {"s": "cigarettes"},
        "de",
    ),
    Q("yassine", "trigger", "O que costuma despertar a minha vontade de doces?", {"s": "sweets"}, "pt"),
    Q("yassine", "peak_month", "In che mese ho più voglia di dolci?", {"s": "sweets"}, "it"),
    Q("yassine", "count", "Hoeveel keer wilde ik gisteren een sigaret?", {"s": "cigarettes", "w": "yesterday"}, "nl"),
    Q("yassine", "never", "Quante volte ho avuto voglia di scommettere?", {"s": "gambling"}, "it"),
    Q("yassine", "outside", "Quanto gastei em cigarros avulsos esta semana?", {"why": "data"}, "pt"),
    Q("yassine", "medical", "Est-ce que je peux prendre du Champix pendant le ramadan ?", {}, "fr"),
    Q("yassine", "medical", "Quantos adesivos de nicotina devo usar por dia?", {}, "pt"),
    Q(
        "yassine",
        "value_vs",
        "do i want to smoke more in the morning or in the evening?",
        {"s": "cigarettes", "dim": "daypart", "pair": ("morning", "evening")},
        "en",
    ),
    Q("yassine", "logged_days", "how many days this week have i logged something?", {"w": "this_week"}, "en"),
    Q("yassine", "never", "have i ever logged a craving for weed?", {"s": "cannabis"}, "en"),
]

TEIKI = [
    Q("teiki", "too_little", "what time of day are my cravings worst?", {}, "en"),
    Q("teiki", "too_little", "¿Qué patrón ves en mis antojos?", {}, "es"),
    Q("teiki", "too_little", "Est-ce que je résiste mieux le week-end ?", {}, "fr"),
    Q("teiki", "too_little", "Werden meine Gelüste stärker oder schwächer?", {}, "de"),
    Q("teiki", "too_little", "Qual é o meu maior gatilho?", {}, "pt"),
    Q("teiki", "too_little", "In quale giorno della settimana ho più voglie?", {}, "it"),
    Q("teiki", "too_little", "Wanneer heb ik de meeste trek, en waar?", {}, "nl"),
]

QUESTIONS: list[Q] = THIHA + AGUSTINA + JIWOO + ELENI + RODRIGO + EMRE + DARNELL + YASSINE + TEIKI
