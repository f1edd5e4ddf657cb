"""The fifth blind set's questions, written fresh for this set without reading how the product understands
questions (see README.md). Each question names its person, its kind (what truth.py computes) and the
parameters the truth needs: s (the subject's true kind), w (the window), filters (where, who, dp, part, wd),
and the kind's own fields. `combo` flags an unusual combination; `lang` is the question's language.

A date the person names ("since {en45}") is written in on the run day by `render`, in the question's
language, so the event sits at the same distance from every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .people import HEETS, LIMIT, SUGAR, TIKTOK, TRAIN


@dataclass(frozen=True)
class Q:
    person: str
    kind: str
    text: str
    p: dict = field(default_factory=dict)
    lang: str = "en"


def q(person: str, kind: str, text: str, lang: str = "en", **p) -> Q:
    return Q(person, kind, text, p, lang)


MONTH_NAMES = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pl": (
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ).split(),
}


def spoken(d: date, lang: str) -> str:
    month = MONTH_NAMES[lang][d.month - 1]
    if lang == "en":
        return f"{month} {d.day}"
    if lang in ("es", "pt"):
        return f"{d.day} de {month}"
    if lang == "de":
        return f"{d.day}. {month}"
    return f"{d.day} {month}"


def render(question: Q, today: date) -> Q:
    """The question as asked on `today`: {en45} becomes the date 45 days before, in English, and so on."""

    def fill(m: re.Match) -> str:
        return spoken(today - timedelta(days=int(m.group(2))), m.group(1))

    return replace(question, text=re.sub(r"\{([a-z]{2})(\d+)\}", fill, question.text))


AROHA = [
    q("aroha", "count", "how many beer cravings did i log last weekend", s="alcohol", w="last_weekend"),
    q("aroha", "count", "hw many times have i wanted a beer this month", s="alcohol", w="this_month"),
    q(
        "aroha",
        "count",
        "since starting the sugar-free challenge on {en45}, how many times have I wanted ice cream?",
        s="sweets",
        w=f"from:{SUGAR}",
    ),
    q("aroha", "resist_count", "how many of my ice cream urges did i actually beat in the last 30 days", s="sweets", w="days:30"),
    q("aroha", "first_log", "when did I first put a beer craving in the app?", s="alcohol"),
    q("aroha", "last_log", "when was the last time i wanted ice cream", s="sweets"),
    q("aroha", "peak_daypart", "what time of day does the ice cream thing hit me", s="sweets"),
    q("aroha", "peak_weekday", "which day of the week am i most likely to want a beer?", s="alcohol"),
    q("aroha", "peak_season", "what season do I want beers the most", s="alcohol"),
    q("aroha", "place", "where am i usually when i feel like a cold one", s="alcohol"),
    q("aroha", "company", "who's normally around when i want ice cream?", s="sweets"),
    q("aroha", "emotion", "whats my mood usually like when i crave icecream", s="sweets"),
    q("aroha", "trigger", "what usually sets off the beer cravings?", s="alcohol"),
    q(
        "aroha",
        "compare",
        "since the sugar-free challenge started ({en45}) am i craving ice cream less than before?",
        s="sweets",
        mode="from",
        days=SUGAR,
        ask="fewer",
    ),
    q("aroha", "rate_compare", "am I saying no to ice cream more often since {en45}?", s="sweets", days=SUGAR, ask="more"),
    q("aroha", "busiest_day", "what was my single worst day for cravings in the last couple of months?", w="couple_months"),
    q("aroha", "peak_hour", "what hour of the day do I crave stuff the most?"),
    q("aroha", "weekday_weekend", "is the ice cream more of a weeknight thing or a weekend thing for me", s="sweets"),
    q("aroha", "yes_no", "when I want ice cream am I mostly on my own?", s="sweets", test="company", v="Alone"),
    q("aroha", "yes_no", "do i get beer cravings mostly in the mornings", s="alcohol", test="daypart", v="morning"),
    q("aroha", "yes_no", "is friday my big beer night?", s="alcohol", test="weekday", v="Friday"),
    q("aroha", "share", "what percentage of my cravings happen at home?", sel={"where": "Home"}),
    q("aroha", "subject_vs", "over the last 30 days have i wanted beer or ice cream more often?", pair=("alcohol", "sweets"), w="days:30"),
    q("aroha", "top_subject", "what do i crave most on a friday evening", wd="Friday", dp="evening", combo=True),
    q("aroha", "streak_since", "how many days since my last ice cream craving?", s="sweets"),
    q("aroha", "intensity_avg", "on average how strong are my beer cravings out of 10", s="alcohol"),
    q("aroha", "least", "which part of the day am i least likely to crave anything?", dim="daypart"),
    q("aroha", "per_week", "roughly how many beer cravings do I log per week?", s="alcohol"),
    q("aroha", "resist_rate", "what % of ice cream cravings did i resist over the last month", s="sweets", w="last_month"),
    q("aroha", "never", "how often do i crave a smoke?", s="cigarettes"),
    q("aroha", "never", "have i logged any pokies cravings", s="gambling"),
    q("aroha", "medical", "is it ok to have a couple of beers while i'm on amoxicillin?"),
    q("aroha", "medical", "should i take chromium supplements to kill the sugar cravings"),
    q("aroha", "medical", "would naltrexone be worth asking for to cut back on the drinking?"),
    q("aroha", "medical", "if i have a beer how long should i wait before breastfeeding"),
    q("aroha", "count", "how many beer cravings over the holidays last year?", s="alcohol", w="holidays"),
    q("aroha", "yes_no", "have i ever logged an ice cream craving in the morning?", s="sweets", test="ever", dp="morning"),
    q("aroha", "count", "how many times did i want a beer yesterday", s="alcohol", w="yesterday"),
    q("aroha", "yes_no", "was i with mates most of the times i wanted a beer", s="alcohol", test="company", v="Friends"),
]

RAHUL = [
    q("rahul", "stopped", "is there something i used to crave that's gone now?"),
    q("rahul", "last_log", "when did i last log a cigarette craving", s="cigarettes"),
    q("rahul", "count", "how many smoke cravings did i have last month", s="cigarettes", w="last_month"),
    q("rahul", "count", "how many times did i doomscroll this week", s="phone", w="this_week"),
    q("rahul", "peak_weekday", "which weekday did i want a sutta most", s="cigarettes"),
    q("rahul", "trigger", "what usually triggered my smoking urges", s="cigarettes"),
    q("rahul", "place", "where was i usually when i felt like a cigarette", s="cigarettes"),
    q("rahul", "company", "who was i usually with when i wanted a smoke", s="cigarettes"),
    q("rahul", "emotion", "what am i feeling when i get the urge to scroll insta?", s="phone"),
    q("rahul", "peak_daypart", "what time of day do the reels get me", s="phone"),
    q("rahul", "trend", "is my scrolling habit getting worse?", s="phone", mode="quarter", ask="more"),
    q("rahul", "association", "do i scroll more on the days i want a smoke?", s="phone", **{"with": "cigarettes"}),
    q("rahul", "started", "since when have I been logging the late night scrolling?", s="phone"),
    q("rahul", "streak_since", "how long has it been since my last cigarette craving (days)?", s="cigarettes"),
    q("rahul", "resist_rate", "what fraction of my scrolling urges do i manage to resist", s="phone"),
    q("rahul", "count", "pichle hafte kitni baar reels dekhne ka mann hua?", "hi", s="phone", w="last_week"),
    q("rahul", "peak_weekday", "sutta sabse zyada kis din chahiye hota tha?", "hi", s="cigarettes"),
    q("rahul", "peak_daypart", "à quel moment de la journée j'avais le plus envie de fumer ?", "fr", s="cigarettes"),
    q("rahul", "place", "où j'étais d'habitude quand j'avais envie d'une clope ?", "fr", s="cigarettes"),
    q("rahul", "yes_no", "were my cigarette cravings mostly on weekends?", s="cigarettes", test="weekend"),
    q("rahul", "yes_no", "was i usually anxious when i wanted a cig", s="cigarettes", test="emotion", v="Anxious"),
    q(
        "rahul",
        "yes_no",
        "in the last 2 months did i want to scroll more often than smoke?",
        s="phone",
        test="more_subject",
        v="cigarettes",
        w="days:60",
    ),
    q("rahul", "empty_days", "how many days this month did i not log anything at all", w="this_month"),
    q("rahul", "logged_days", "on how many days in the last two weeks did i want to scroll?", s="phone", w="days:14"),
    q("rahul", "least", "which part of the day do i have the fewest cravings?", dim="daypart"),
    q("rahul", "avg_resistance", "on average how confident am i about resisting the scrolling, on the 0-10 scale", s="phone"),
    q("rahul", "intensity_top", "which of my cravings hits the hardest"),
    q("rahul", "never", "how much have i been wanting to drink lately", s="alcohol"),
    q("rahul", "never", "do I ever crave weed?", s="cannabis"),
    q("rahul", "medical", "should i get champix to stay off the smokes"),
    q("rahul", "medical", "can i take melatonin so i stop scrolling at night"),
    q("rahul", "medical", "21mg or 14mg nicotine patch if i start craving again?"),
    q("rahul", "count", "how many cigarette cravings have i logged since new year?", s="cigarettes", w="this_year"),
    q("rahul", "yes_no", "did i mostly want to smoke at the office?", s="cigarettes", test="place", v="Work"),
    q("rahul", "top_subject", "what did i crave most in the afternoons", dp="afternoon"),
    q("rahul", "count", "how many late night scrolling urges in the last 7 days?", s="phone", dp="night", w="days:7"),
]

CATALINA = [
    q("catalina", "count", "¿cuántos pitos quise fumarme el fin de semana pasado?", "es", s="cannabis", w="last_weekend"),
    q("catalina", "count", "cuantas veces me dieron ganas de papas fritas este mes", "es", s="salty", w="this_month"),
    q("catalina", "peak_weekday", "¿qué día de la semana me dan más ganas de fumar pito?", "es", s="cannabis"),
    q("catalina", "peak_month", "en qué mes fumo más marihuana?", "es", s="cannabis"),
    q("catalina", "peak_season", "¿en qué estación del año tengo más ganas de fumar un caño?", "es", s="cannabis"),
    q("catalina", "place", "¿dónde estoy generalmente cuando quiero un caño?", "es", s="cannabis"),
    q("catalina", "company", "con quién ando cuando me dan ganas de fumar?", "es", s="cannabis"),
    q("catalina", "emotion", "¿cómo me siento cuando se me antojan unas papitas?", "es", s="salty"),
    q("catalina", "trigger", "¿qué me provoca los antojos de papas?", "es", s="salty"),
    q("catalina", "association", "¿como más papas los días que fumo?", "es", s="salty", **{"with": "cannabis"}),
    q("catalina", "association", "do i get the munchies more on days i smoke a joint?", s="salty", **{"with": "cannabis"}),
    q(
        "catalina",
        "rate_compare",
        "desde que volví a entrenar el {es40}, ¿resisto más las ganas de fumar?",
        "es",
        s="cannabis",
        days=TRAIN,
        ask="more",
    ),
    q(
        "catalina",
        "resist_rate",
        "qué porcentaje de las ganas de fumar logré aguantar desde el {es40}?",
        "es",
        s="cannabis",
        w=f"from:{TRAIN}",
    ),
    q(
        "catalina",
        "resist_count",
        "how many joint cravings did i turn down since i went back to training on {en40}?",
        s="cannabis",
        w=f"from:{TRAIN}",
    ),
    q("catalina", "first_log", "¿cuándo anoté mi primer antojo de papas?", "es", s="salty"),
    q("catalina", "peak_daypart", "¿a qué hora del día me dan más ganas de papas fritas?", "es", s="salty"),
    q("catalina", "peak_hour", "what hour do the chip cravings usually hit?", s="salty"),
    q("catalina", "yes_no", "¿fumo más los fines de semana?", "es", s="cannabis", test="weekend"),
    q("catalina", "yes_no", "se me antojan las papas sobre todo en la mañana?", "es", s="salty", test="daypart", v="morning"),
    q("catalina", "yes_no", "is saturday my main weed day?", s="cannabis", test="weekday", v="Saturday"),
    q(
        "catalina",
        "resist_weekpart",
        "¿aguanto mejor las ganas de fumar entre semana o el finde?",
        "es",
        s="cannabis",
    ),
    q("catalina", "subject_vs", "what do i crave more, weed or chips?", pair=("cannabis", "salty")),
    q("catalina", "top_subject", "¿qué es lo que más se me antoja en general?", "es"),
    q("catalina", "per_week", "en promedio, ¿cuántas veces por semana me dan ganas de fumar un pito?", "es", s="cannabis"),
    q("catalina", "streak_since", "how many days since i last wanted a joint?", s="cannabis"),
    q("catalina", "last_log", "¿cuándo fue la última vez que quise papas?", "es", s="salty"),
    q("catalina", "never", "¿cuántas veces quise apostar?", "es", s="gambling"),
    q("catalina", "never", "tengo antojos de vapear?", "es", s="vaping"),
    q("catalina", "medical", "¿puedo fumar marihuana si estoy tomando sertralina?", "es"),
    q("catalina", "medical", "¿qué dosis de CBD me sirve para dormir sin fumar?", "es"),
    q("catalina", "medical", "would gabapentin help me quit weed?"),
    q("catalina", "medical", "¿el clonazepam me ayuda con la ansiedad cuando dejo de fumar?", "es"),
    q("catalina", "count", "¿cuántas veces quise fumar en los últimos 90 días?", "es", s="cannabis", w="days:90"),
    q("catalina", "yes_no", "¿fumo pito sobre todo con amigos?", "es", s="cannabis", test="company", v="Friends"),
    q("catalina", "yes_no", "¿me dan más ganas de papas los lunes?", "es", s="salty", test="weekday", v="Monday"),
    q("catalina", "count", "how many times did i want chips over the last 45 days", s="salty", w="days:45"),
    q("catalina", "peak_weekday", "em que dia da semana tenho mais vontade de fumar um baseado?", "pt", s="cannabis"),
    q("catalina", "count", "quantas vezes quis batata frita na semana passada?", "pt", s="salty", w="last_week"),
]

DAAN = [
    q("daan", "count", "hoe vaak wilde ik vorige week pokeren?", "nl", s="gambling", w="last_week"),
    q("daan", "peak_weekday", "op welke dag van de week wil ik het vaakst online pokeren?", "nl", s="gambling"),
    q("daan", "peak_daypart", "hoe laat op de dag krijg ik meestal zin om te pokeren?", "nl", s="gambling"),
    q(
        "daan",
        "compare",
        "sinds ik op {nl55} een stortingslimiet heb ingesteld, wil ik dan minder pokeren dan daarvoor?",
        "nl",
        s="gambling",
        mode="from",
        days=LIMIT,
        ask="fewer",
    ),
    q("daan", "rate_compare", "weersta ik de pokerdrang beter sinds {nl55}?", "nl", s="gambling", days=LIMIT, ask="more"),
    q("daan", "new_lately", "staat er de laatste tijd iets nieuws in mijn logs?", "nl"),
    q("daan", "started", "wanneer is dat iqos-gedoe eigenlijk begonnen?", "nl", s="heated_tobacco"),
    q("daan", "place", "waar ben ik meestal als ik zin heb in een iqos?", "nl", s="heated_tobacco"),
    q("daan", "trigger", "wat triggert meestal mijn zin in drop?", "nl", s="sweets"),
    q("daan", "company", "met wie ben ik als ik trek heb in snoep?", "nl", s="sweets"),
    q("daan", "yes_no", "wil ik vooral op zondag pokeren?", "nl", s="gambling", test="weekday", v="Sunday"),
    q("daan", "share", "hoeveel procent van mijn cravings heb ik op het werk?", "nl", sel={"where": "Work"}),
    q("daan", "peak_hour", "what time in the morning do i usually want my iqos?", s="heated_tobacco"),
    q("daan", "count", "how many heated tobacco cravings this week?", s="heated_tobacco", w="this_week"),
    q("daan", "give_in", "on which day do i most often give in to the poker urge?", s="gambling", dim="weekday"),
    q("daan", "resist_rate", "what percent of my poker urges did i resist in the last 30 days", s="gambling", w="days:30"),
    q("daan", "intensity_top", "which craving is the strongest for me?"),
    q("daan", "least", "what do i crave least often?", dim="subject"),
    q("daan", "count", "wie oft hatte ich letzten Monat Lust auf Süßes?", "de", s="sweets", w="last_month"),
    q("daan", "peak_daypart", "Zu welcher Tageszeit will ich am ehesten Lakritz?", "de", s="sweets"),
    q("daan", "yes_no", "spiele ich online Poker meistens allein?", "de", s="gambling", test="company", v="Alone"),
    q("daan", "never", "how often do i want a drink?", s="alcohol"),
    q("daan", "never", "heb ik ooit zin gehad in een joint?", "nl", s="cannabis"),
    q("daan", "medical", "helpt naltrexon tegen mijn gokdrang?", "nl"),
    q("daan", "medical", "are iqos sticks better for my lungs than normal cigarettes?"),
    q("daan", "medical", "Kann ich Nikotinpflaster nehmen, um von IQOS wegzukommen?", "de"),
    q("daan", "medical", "mag ik nicotinekauwgom gebruiken nu ik zwanger ben?", "nl"),
    q("daan", "streak_gap", "what's the longest stretch i've gone without a poker craving (days)?", s="gambling"),
    q("daan", "intensity_avg", "hoe sterk is mijn zin in drop gemiddeld?", "nl", s="sweets"),
    q("daan", "empty_days", "how many days last week did i log nothing at all?", w="last_week"),
    q("daan", "first_log", "when's the first poker craving in my log?", s="gambling"),
    q(
        "daan",
        "count",
        "hoeveel keer wilde ik op zondagavond pokeren in de afgelopen twee maanden?",
        "nl",
        s="gambling",
        wd="Sunday",
        w="couple_months",
        combo=True,
    ),
    q("daan", "count", "hoeveel keer had ik zin in drop in de afgelopen 30 dagen?", "nl", s="sweets", w="days:30"),
    q("daan", "yes_no", "pak ik vooral 's ochtends een iqos?", "nl", s="heated_tobacco", test="daypart", v="morning"),
    q("daan", "yes_no", "do i resist most of my poker urges?", s="gambling", test="resist_more"),
    q("daan", "top_subject", "Was will ich nachmittags am meisten?", "de", dp="afternoon"),
]

MEI = [
    q("mei", "count", "how many red bulls did i want last week", s="energy", w="last_week"),
    q("mei", "peak_weekday", "which night do i reach for energy drinks the most?", s="energy"),
    q("mei", "peak_daypart", "what time of day do i crave fast food?", s="fast_food"),
    q("mei", "place", "where am i when the grabfood urge hits", s="fast_food"),
    q("mei", "emotion", "how am i usually feeling when i want an energy drink", s="energy"),
    q("mei", "trigger", "what sets off my fast food cravings?", s="fast_food"),
    q("mei", "intensity_top", "which of my cravings is the strongest one?"),
    q("mei", "intensity_dp", "are my cravings stronger in the morning or at night?", dps=("morning", "night")),
    q("mei", "weekday_weekend", "energy drinks: weekdays or weekends for me?", s="energy"),
    q("mei", "association", "do i want fast food more on days when i also want energy drinks?", s="fast_food", **{"with": "energy"}),
    q("mei", "count", "combien de fois j'ai eu envie de fast-food cette semaine ?", "fr", s="fast_food", w="this_week"),
    q("mei", "peak_weekday", "quel soir de la semaine j'ai le plus envie de Red Bull ?", "fr", s="energy"),
    q("mei", "company", "avec qui je suis quand j'ai envie de malbouffe ?", "fr", s="fast_food"),
    q("mei", "count", "quante volte ho voluto un energy drink questo mese?", "it", s="energy", w="this_month"),
    q("mei", "peak_daypart", "in che momento della giornata ho più voglia di energy drink?", "it", s="energy"),
    q("mei", "yes_no", "di solito sono al lavoro quando voglio una red bull?", "it", s="energy", test="place", v="Work"),
    q("mei", "avg_resistance", "how likely am i to resist fast food on average (that 0-10 confidence thing)?", s="fast_food"),
    q("mei", "share", "what share of my cravings happen at work?", sel={"where": "Work"}),
    q("mei", "logged_days", "on how many different days did i want an energy drink in the last 30 days?", s="energy", w="days:30"),
    q("mei", "top_subject", "what do i crave most in the mornings", dp="morning"),
    q("mei", "resist_weekpart", "am i better at resisting fast food on weekends or on weekdays?", s="fast_food"),
    q("mei", "first_log", "when did i log my first energy drink craving?", s="energy"),
    q("mei", "last_log", "when was my most recent fast food craving?", s="fast_food"),
    q("mei", "streak_since", "how long since i last wanted fast food? in days pls", s="fast_food"),
    q("mei", "yes_no", "do i have more fast food cravings on weekends?", s="fast_food", test="weekend"),
    q("mei", "per_week", "roughly how many energy drink cravings a week do i get?", s="energy"),
    q("mei", "resist_count", "how many energy drink urges did i resist last month?", s="energy", w="last_month"),
    q("mei", "never", "how often do i crave a cigarette", s="cigarettes"),
    q("mei", "never", "did i log any bubble tea cravings?", s="bubble_tea"),
    q("mei", "medical", "how many cans of red bull a day is safe for me?"),
    q("mei", "medical", "can energy drinks mess with my thyroxine?"),
    q("mei", "medical", "est-ce que le modafinil serait mieux que le Red Bull pour mes gardes de nuit ?", "fr"),
    q("mei", "medical", "is it bad to take caffeine pills on a night shift instead?"),
    q(
        "mei",
        "count",
        "how many energy drink cravings did i have on tuesday nights in the last 2 months",
        s="energy",
        wd="Tuesday",
        dp="night",
        w="days:60",
        combo=True,
    ),
    q("mei", "count", "quantas vezes quis fast food no mês passado?", "pt", s="fast_food", w="last_month"),
    q("mei", "emotion", "como me sinto normalmente quando me apetece fast food?", "pt", s="fast_food"),
    q("mei", "yes_no", "do i crave energy drinks in the afternoon a lot?", s="energy", test="daypart", v="afternoon"),
    q("mei", "count", "how many cravings in total did i log last week?", w="last_week"),
]

BROOKE = [
    q("brooke", "count", "how much did i crave candy last month?", s="sweets", w="last_month"),
    q("brooke", "count", "did i doomscroll yesterday? how many times", s="phone", w="yesterday"),
    q("brooke", "peak_month", "what month am i the worst with candy", s="sweets"),
    q("brooke", "peak_season", "which season do i crave candy the most?", s="sweets"),
    q("brooke", "peak_weekday", "which day of the week is the scrolling worst", s="phone"),
    q("brooke", "emotion", "what emotion usually comes with the doomscrolling?", s="phone"),
    q("brooke", "trigger", "what usually kicks off the doomscrolling", s="phone"),
    q(
        "brooke",
        "compare",
        "have i been scrolling less since i deleted tiktok on {en30}?",
        s="phone",
        mode="from",
        days=TIKTOK,
        ask="fewer",
    ),
    q("brooke", "count", "how many doomscrolling cravings since {en30}?", s="phone", w=f"from:{TIKTOK}"),
    q("brooke", "resist_where", "where do i manage to resist most often?", dim="place"),
    q("brooke", "give_in", "who am i usually with when i cave?", dim="company"),
    q("brooke", "count", "quante volte ho avuto voglia di caramelle la settimana scorsa?", "it", s="sweets", w="last_week"),
    q("brooke", "peak_daypart", "a che ora del giorno mi viene più voglia di dolci?", "it", s="sweets"),
    q("brooke", "place", "dove mi trovo di solito quando voglio dei dolciumi?", "it", s="sweets"),
    q("brooke", "association", "do i eat more candy on days i doomscroll?", s="sweets", **{"with": "phone"}),
    q("brooke", "weekday_weekend", "Will ich Süßigkeiten eher unter der Woche oder am Wochenende?", "de", s="sweets"),
    q("brooke", "peak_weekday", "An welchem Tag scrolle ich am meisten?", "de", s="phone"),
    q("brooke", "resist_rate", "what % of candy cravings have i resisted in the last 3 months", s="sweets", w="days:90"),
    q("brooke", "least", "what's my quietest day of the week?", dim="weekday"),
    q("brooke", "yes_no", "do i mostly want candy when im bored", s="sweets", test="emotion", v="Bored"),
    q("brooke", "yes_no", "is my candy craving worse in the evening?", s="sweets", test="daypart", v="evening"),
    q(
        "brooke",
        "yes_no",
        "did i want more candy in october than last month?",
        s="sweets",
        test="more_than",
        w="month:10",
        w2="month:-1",
    ),
    q("brooke", "share", "what % of my doomscrolling happens on sundays?", s="phone", sel={"wd": "Sunday"}),
    q("brooke", "subject_vs", "in the last 30 days, what did i want more: candy or scrolling?", pair=("sweets", "phone"), w="days:30"),
    q("brooke", "empty_days", "how many days in the past two weeks did i log zero cravings?", w="days:14"),
    q("brooke", "streak_gap", "longest break i've had from candy cravings, in days?", s="sweets"),
    q("brooke", "started", "when did the candy thing start?", s="sweets"),
    q("brooke", "never", "how often do i want to vape", s="vaping"),
    q("brooke", "never", "did i log any wine cravings?", s="alcohol"),
    q("brooke", "medical", "should i take adderall to help me stop scrolling?"),
    q("brooke", "medical", "is wellbutrin any good for sugar cravings"),
    q("brooke", "medical", "posso prendere la melatonina tutte le sere invece di stare sul telefono?", "it"),
    q("brooke", "company", "Mit wem bin ich, wenn ich Lust auf Süßes bekomme?", "de", s="sweets"),
    q("brooke", "count", "how many candy cravings did i have in october", s="sweets", w="month:10"),
    q("brooke", "yes_no", "am i usually alone when i doomscroll", s="phone", test="company", v="Alone"),
    q("brooke", "top_subject", "what do i crave most on weekends?", part="weekend"),
    q("brooke", "yes_no", "scrollo soprattutto di notte?", "it", s="phone", test="daypart", v="night"),
]

TOMASZ = [
    q("tomasz", "count", "how many energy drink cravings this week", s="energy", w="this_week"),
    q("tomasz", "count", "ile razy chciałem energetyka w zeszłym tygodniu?", "pl", s="energy", w="last_week"),
    q("tomasz", "peak_weekday", "w który dzień tygodnia najbardziej chce mi się energetyka?", "pl", s="energy"),
    q("tomasz", "count", "ile razy chciało mi się piwa w styczniu?", "pl", s="alcohol", w="month:1"),
    q("tomasz", "yes_no", "czy na piwo mam ochotę głównie ze znajomymi?", "pl", s="alcohol", test="company", v="Friends"),
    q("tomasz", "medical", "czy mogę pić piwo, jak biorę antybiotyk?", "pl"),
    q("tomasz", "peak_season", "In welcher Jahreszeit habe ich am meisten Lust auf Bier?", "de", s="alcohol"),
    q("tomasz", "place", "Wo bin ich meistens, wenn ich ein Bier will?", "de", s="alcohol"),
    q("tomasz", "trend", "Trinke ich in letzter Zeit weniger Energydrinks?", "de", s="energy", mode="quarter", ask="fewer"),
    q("tomasz", "weekday_weekend", "Bier: eher unter der Woche oder am Wochenende?", "de", s="alcohol"),
    q("tomasz", "medical", "Wie viel Koffein am Tag ist für mich noch unbedenklich?", "de"),
    q("tomasz", "streak_gap", "what's the longest i've gone without wanting a beer?", s="alcohol"),
    q("tomasz", "peak_daypart", "when during the day do i want energy drinks", s="energy"),
    q("tomasz", "emotion", "how do i usually feel when i want a beer?", s="alcohol"),
    q("tomasz", "trigger", "whats the usual trigger for my energy drink cravings", s="energy"),
    q("tomasz", "company", "who's around when i want a monster or a tiger", s="energy"),
    q("tomasz", "intensity_avg", "how intense were my energy drink cravings over the last 30 days, on average?", s="energy", w="days:30"),
    q("tomasz", "resist_count", "how many beer cravings did i resist this year", s="alcohol", w="this_year"),
    q("tomasz", "per_week", "how many beers a week do i want on average", s="alcohol"),
    q("tomasz", "last_log", "when did i last want a beer?", s="alcohol"),
    q("tomasz", "first_log", "when did I first log an energy drink?", s="energy"),
    q("tomasz", "yes_no", "do i usually manage to resist the energy drinks?", s="energy", test="resist_more"),
    q("tomasz", "yes_no", "do i crave energy drinks more than beer?", s="energy", test="more_subject", v="alcohol"),
    q("tomasz", "least", "which day of the week do i crave the least?", dim="weekday"),
    q("tomasz", "logged_days", "on how many days last month did i want a beer", s="alcohol", w="last_month"),
    q("tomasz", "never", "do i ever crave cigarettes?", s="cigarettes"),
    q("tomasz", "never", "how many times did i want weed last month", s="cannabis"),
    q("tomasz", "medical", "can i mix monster with my blood pressure pills"),
    q("tomasz", "yes_no", "Will ich Energydrinks vor allem montags?", "de", s="energy", test="weekday", v="Monday"),
    q("tomasz", "trend", "have my energy drink cravings gone up over the last 3 months?", s="energy", mode="quarter", ask="more"),
    q(
        "tomasz",
        "count",
        "how many times did i want a beer on saturday evenings over the last 90 days",
        s="alcohol",
        wd="Saturday",
        dp="evening",
        w="days:90",
        combo=True,
    ),
    q("tomasz", "count", "Wie oft wollte ich in den letzten 2 Wochen ein Bier?", "de", s="alcohol", w="days:14"),
    q("tomasz", "yes_no", "czy energetyka chce mi się najbardziej rano?", "pl", s="energy", test="daypart", v="morning"),
    q("tomasz", "top_subject", "what do i want most on friday evenings?", wd="Friday", dp="evening", combo=True),
    q(
        "tomasz",
        "count",
        "how many energy drinks did i want on mondays over the last couple of months",
        s="energy",
        wd="Monday",
        w="couple_months",
        combo=True,
    ),
    q(
        "tomasz",
        "empty_days",
        "how many days last month did i go without any energy drink craving?",
        s="energy",
        w="last_month",
    ),
]

INES = [
    q("ines", "too_little", "a que horas tenho mais desejos?", "pt"),
    q("ines", "too_little", "qual é o meu padrão de desejos?", "pt"),
    q("ines", "too_little", "em que dia da semana é pior para mim?", "pt"),
    q("ines", "too_little", "estou a melhorar ou a piorar?", "pt"),
    q("ines", "too_little", "what's my biggest trigger?"),
    q("ines", "too_little", "do i crave more on weekends or weekdays?"),
    q("ines", "too_little", "onde é que costumo estar quando tenho vontade de alguma coisa?", "pt"),
    q("ines", "never", "quantas vezes me apeteceu jogar no casino online?", "pt", s="gambling"),
    q("ines", "medical", "posso tomar melatonina para dormir em vez de ficar no instagram?", "pt"),
    q("ines", "medical", "posso fumar enquanto tomo a pílula?", "pt"),
    q("ines", "too_little", "is there a pattern in when i crave stuff?"),
]

QUESTIONS = [*AROHA, *RAHUL, *CATALINA, *DAAN, *MEI, *BROOKE, *TOMASZ, *INES]
