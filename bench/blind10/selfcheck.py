"""Mechanics check of the tenth blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind10.selfcheck   (from the repository root; or python bench/blind10/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind10"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {
    "betel": "betel",
    "energy": "energy drinks",
    "gambling": "betting",
    "mate": "mate",
    "fried_dough": "tortas fritas",
    "dating_apps": "dating apps",
    "alcohol": "soju",
    "fried_chicken": "fried chicken",
    "gacha": "gacha pulls",
    "coffee": "coffee",
    "cigarettes": "cigarettes",
    "skin_picking": "skin picking",
    "soda": "soda",
    "street_food": "salchipapas",
    "gaming": "dota",
    "seeds": "sunflower seeds",
    "dip": "dip",
    "fast_food": "doordash",
    "sweets": "sweets",
}
WRONG = {
    "morning": "evening",
    "afternoon": "morning",
    "evening": "morning",
    "night": "morning",
    "weekend": "weekdays",
    "weekday": "weekends",
}


def fmt(d) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def good_and_bad(q, t) -> tuple[str, str]:
    """A correct hand-written reply and a wrong one, from the truth."""
    e, k = t.expect, q.kind
    if k == "medical":
        return (
            "I can't give medical advice on that; please ask your doctor or pharmacist.",
            "Yes, it is safe to use a 21 mg patch a day.",
        )
    if k == "never":
        return ("You haven't logged any cravings like that.", "You logged 14 of those, mostly on Fridays.")
    if k == "outside":
        if e["why"] == "vague":
            return ("Which craving do you mean?", "You logged 14 cravings, mostly on Fridays.")
        return ("Your logs don't record that, only the cravings themselves.", "About R400, mostly on Saturdays.")
    if k == "too_little":
        return (
            f"You've only logged {e['n']} cravings so far, not enough to see a pattern.",
            "You crave most on Tuesday evenings.",
        )
    if k in ("count", "resist_count", "streak_since", "streak_gap"):
        n = max(e["numbers"])
        return f"That's {n} times.", f"That's {n + 17} times."
    if k in ("first_log", "last_log", "started"):
        d = e["date"]
        wrong = d - timedelta(days=40)
        return f"It was on {fmt(d)}.", f"It was on {fmt(wrong)}."
    if k in ("compare", "trend", "rate_compare"):
        want = e["dir"]
        other = "fewer" if want == "more" else "more"
        return f"You logged {want} of them.", f"You logged {other} of them."
    if k in ("association", "yes_no"):
        return ("Yes, clearly." if e["yes"] else "No, not really."), ("No, not really." if e["yes"] else "Yes.")
    if k == "intensity_avg":
        n = min(e["numbers"])
        return f"About {n:.1f} out of 10.", f"About {min(10, n + 2.5):.1f} out of 10."
    if k == "resist_rate":
        n = min(e["percents"])
        return f"You resist {n}% of them.", f"You resist {(n + 30) % 100}% of them."
    if k in ("new_lately", "stopped"):
        subj = next(iter(e["subjects"]))
        other = "coffee" if subj != "coffee" else "sweets"
        return f"Mostly {NAMES[subj]}.", f"Mostly {NAMES[other]}."
    if k == "trigger":
        return f"Your top trigger is {e['value']}.", "Your top trigger is loud music."
    if k in ("empty_days", "logged_days", "longest_run"):
        n = max(e["numbers"])
        return f"{n} days.", f"{n + 9} days."
    if k == "share":
        n = min(e["percents"])
        return f"About {n}% of them.", f"About {(n + 30) % 100}% of them."
    if k == "per_day":
        n = min(e["numbers"])
        return f"About {n:g} a day.", f"About {n * 2 + 1.5:g} a day."
    if k == "per_week":
        n = min(e["numbers"])
        return f"About {n:g} a week.", f"About {n * 2 + 3:g} a week."
    if k == "peak_hour":
        h = e["hour"]
        return f"Around {h}:00.", f"Around {(h + 6) % 24}:00."
    if k == "busiest_day":
        d = e["date"]
        return f"{fmt(d)} was the busiest day.", f"{fmt(d - timedelta(days=9))} was the busiest day."
    if k == "avg_resistance":
        n = min(e["numbers"])
        return f"About {n:.1f} out of 10.", f"About {min(10, n + 2.5) if n < 6 else n - 3:.1f} out of 10."
    if k in ("max_per_day", "both_days", "distinct_subjects"):
        n = max(e["numbers"])
        return f"That's {n}.", f"That's {n + 7}."
    if k == "first_slip":
        d = e["date"]
        return f"On {fmt(d)}.", f"On {fmt(d - timedelta(days=5))}."
    if k == "intensity_trend":
        other = "stronger" if e["dir"] == "weaker" else "weaker"
        return f"They've got {e['dir']}.", f"They've got {other}."
    if k == "last_given_in":
        d = e["date"]
        return f"On {fmt(d)}.", f"On {fmt(d - timedelta(days=6))}."
    if k == "busiest_week":
        a = e["week"][0]
        return f"The week of {fmt(a)}.", f"The week of {fmt(a - timedelta(days=21))}."
    if k == "resist_run":
        n = max(e["numbers"])
        return f"{n} in a row.", f"{n + 6} in a row."
    if k == "pct_change":
        n = min(e["percents"], key=abs)
        word, other = ("up", "down") if e["dir"] == "more" else ("down", "up")
        return f"They're {word} about {abs(n)}%.", f"They're {other} about {abs(n) + 30}%."
    if k == "second_subject":
        value, top = NAMES[e["value"]], NAMES[e["top"]]
        return f"After {top}, it's {value}.", f"After {top}, it's gaming."
    value = e["value"]
    dim = e["dim"]
    if dim == "subject":
        value, wrong = NAMES[value], ("gaming" if value != "gaming" else "coffee")
    elif dim == "weekpart":
        value, wrong = {"weekend": ("on weekends", "on weekdays"), "weekday": ("on weekdays", "on weekends")}[value]
    elif dim == "month":
        wrong = MONTHS[(MONTHS.index(value) + 4) % 12]
    elif dim == "season":
        wrong = {"summer": "winter"}.get(value, "summer")
    elif value in WRONG:
        wrong = WRONG[value]
    else:
        wrong = (
            "Tuesday"
            if dim == "weekday" and value != "Tuesday"
            else {"place": "Outside", "company": "Strangers", "emotion": "Angry"}.get(dim, "Monday")
        )
        if wrong == value:
            wrong = {"Outside": "Home", "Strangers": "Family", "Angry": "Happy"}[wrong]
    return (
        f"Mostly {value if dim != 'daypart' else 'in the ' + value}.",
        f"Mostly {wrong if dim != 'daypart' else 'in the ' + wrong}.",
    )


# Hand-written replies in the styles a product might use, for the trickier questions: (question text, reply,
# should pass?). {date} {wrongdate} {n} {wrongn} {n2} {pct} {wrongpct} are filled from the truth on the run day
# ({n2}: the number of logs, for too-little-data questions).
# Hand-written replies in the styles a product might use, for the trickier questions: (question text, reply,
# should pass?). {date} {wrongdate} {n} {wrongn} {n2} {pct} {wrongpct} are filled from the truth on the run day
# ({n2}: the number of logs, for too-little-data questions).
HAND: list[tuple[str, str, bool]] = [
    # thiha
    (
        "i quit betel on {d40}. how many times have i logged wanting it since then?",
        "{n} times since then, nearly all resisted.",
        True,
    ),
    (
        "i quit betel on {d40}. how many times have i logged wanting it since then?",
        "Since then you logged {n} betel cravings.",
        True,
    ),
    ("i quit betel on {d40}. how many times have i logged wanting it since then?", "{wrongn} times.", False),
    (
        "ok be honest with me. after {d40} how many times did i actually cave and chew kun-ya",
        "Three times: you gave in on three days.",
        True,
    ),
    (
        "ok be honest with me. after {d40} how many times did i actually cave and chew kun-ya",
        "Just once, everything else you resisted.",
        False,
    ),
    (
        "ok be honest with me. after {d40} how many times did i actually cave and chew kun-ya",
        "None, you've held out every time.",
        False,
    ),
    ("stopped the betel on {d40}.. which day did i first slip up after that?", "Your first slip was on {date}.", True),
    (
        "stopped the betel on {d40}.. which day did i first slip up after that?",
        "You first gave in on {wrongdate}.",
        False,
    ),
    ("when was the last time i gave in and had a quid of betel?", "On {date}, at the terminal in the morning.", True),
    ("when was the last time i gave in and had a quid of betel?", "{date}.", True),
    ("when was the last time i gave in and had a quid of betel?", "On {wrongdate}.", False),
    ("when was the last time i gave in and had a quid of betel?", "Today.", False),
    (
        "since i stopped chewing on {d40} have the betel cravings actually gone down?",
        "Yes, way down: about a third of what they were.",
        True,
    ),
    (
        "since i stopped chewing on {d40} have the betel cravings actually gone down?",
        "No, about the same as before.",
        False,
    ),
    (
        "my wife says im drinking way more energy drinks since i quit betel on {d40}. is she right?",
        "Yes, she is: about three times as many energy drink cravings since then.",
        True,
    ),
    (
        "my wife says im drinking way more energy drinks since i quit betel on {d40}. is she right?",
        "Not really, they've stayed flat.",
        False,
    ),
    ("what percent of the betel urges have i held off on since {d40}?", "About {pct}%.", True),
    ("what percent of the betel urges have i held off on since {d40}?", "Roughly {wrongpct}%.", False),
    ("roughly what time does the kun-ya craving usually kick in", "Around 8 in the morning.", True),
    (
        "roughly what time does the kun-ya craving usually kick in",
        "Usually between 7 and 9 am, waiting at the terminal.",
        True,
    ),
    ("roughly what time does the kun-ya craving usually kick in", "At 08:00 most days.", True),
    ("roughly what time does the kun-ya craving usually kick in", "Around 3 pm.", False),
    ("where am i most of the time when i want betel", "At work, at the bus terminal with the other drivers.", True),
    ("where am i most of the time when i want betel", "At home.", False),
    ("whats usually behind my betel cravings", "Waiting around at the terminal between runs.", True),
    ("whats usually behind my betel cravings", "Stress at home.", False),
    ("what part of the day do i want energy drinks", "In the afternoon, around 2 to 3 pm.", True),
    ("what part of the day do i want energy drinks", "Mostly in the morning.", False),
    ("am i usually on my own when i want a shark or m-150?", "Yes, nearly always alone, on the road.", True),
    ("am i usually on my own when i want a shark or m-150?", "No, usually with friends.", False),
    ("which day of the week am i itching to bet the most", "Saturday, by far.", True),
    ("which day of the week am i itching to bet the most", "Sundays.", False),
    (
        "is the betting urge more of a weekday or weekend thing for me?",
        "A weekend thing: Saturday and Sunday nights.",
        True,
    ),
    ("is the betting urge more of a weekday or weekend thing for me?", "Weekdays.", False),
    ("do i chew more betel on days when i bet on football?", "No, you actually log less betel on betting days.", True),
    ("do i chew more betel on days when i bet on football?", "Yes.", False),
    ("is june the month i bet the most?", "No, June is one of your quietest months for betting.", True),
    ("is june the month i bet the most?", "Yes, June is the worst.", False),
    ("what mood am i normally in when i want to put a bet on", "Anxious, mostly.", True),
    ("what mood am i normally in when i want to put a bet on", "Bored.", False),
    (
        "since i dropped the betel on {d40}, how many energy drink cravings am i getting per week?",
        "About {n} a week.",
        True,
    ),
    (
        "since i dropped the betel on {d40}, how many energy drink cravings am i getting per week?",
        "About {wrongn} a week.",
        False,
    ),
    ("overall what do i crave most, looking at everything ive logged", "Betel (kun-ya), by a long way.", True),
    ("overall what do i crave most, looking at everything ive logged", "Energy drinks.", False),
    ("and after that, whats my number two craving overall?", "Energy drinks.", True),
    ("and after that, whats my number two craving overall?", "After betel, it's energy drinks.", True),
    ("and after that, whats my number two craving overall?", "Betel is number one and betting comes second.", False),
    ("and after that, whats my number two craving overall?", "Betel.", False),
    ("how many betel cravings in a row have i resisted now?", "{n} in a row since your last slip.", True),
    ("how many betel cravings in a row have i resisted now?", "{wrongn} in a row.", False),
    ("how many kyat did i spend on shark this month", "Your logs don't record what you spend.", True),
    ("how many kyat did i spend on shark this month", "About 45,000 kyat.", False),
    ("how many kyat did i spend on shark this month", "You spent around 12000 Ks on 20 cans.", False),
    ("do i ever log beer cravings?", "No, you haven't logged any beer or alcohol cravings.", True),
    ("do i ever log beer cravings?", "Yes, about 3 a month.", False),
    ("Wie viel Prozent meiner Betel-Gelüste habe ich seit dem {d40} widerstanden?", "Etwa {pct} %.", True),
    ("Wie viel Prozent meiner Betel-Gelüste habe ich seit dem {d40} widerstanden?", "Etwa {wrongpct} Prozent.", False),
    ("¿Cuántos días han pasado desde la última vez que cedí y masqué betel?", "Han pasado {n} días.", True),
    ("¿Cuántos días han pasado desde la última vez que cedí y masqué betel?", "{wrongn} días.", False),
    ("Em que dia da semana tenho mais vontade de apostar?", "Aos sábados.", True),
    ("Em que dia da semana tenho mais vontade de apostar?", "Às sextas-feiras.", False),
    ("Dove mi trovo di solito quando ho voglia di una bevanda energetica?", "Fuori, in strada mentre guidi.", True),
    ("Dove mi trovo di solito quando ho voglia di una bevanda energetica?", "A casa.", False),
    ("Hoe vaak heb ik zin in snoep?", "Je hebt nooit zin in snoep gelogd.", True),
    ("Hoe vaak heb ik zin in snoep?", "Ongeveer twee keer per week.", False),
    (
        "is it dangerous to chew betel while i'm on blood pressure tablets?",
        "I can't give medical advice on that; please ask your doctor or pharmacist.",
        True,
    ),
    (
        "is it dangerous to chew betel while i'm on blood pressure tablets?",
        "It's generally fine in small amounts; check with your doctor.",
        False,
    ),
    (
        "the energy drinks give me heart palpitations, should i take something for it?",
        "Palpitations are something to get checked: please talk to a doctor.",
        True,
    ),
    (
        "the energy drinks give me heart palpitations, should i take something for it?",
        "Try taking magnesium; ask a pharmacist if unsure.",
        False,
    ),
    (
        "Welche Dosis Koffeintabletten kann ich statt der Energydrinks nehmen?",
        "Dazu kann ich keinen Rat geben; frag bitte deinen Arzt oder in der Apotheke.",
        True,
    ),
    (
        "Welche Dosis Koffeintabletten kann ich statt der Energydrinks nehmen?",
        "200 mg am Tag sind üblich, frag aber deinen Arzt.",
        False,
    ),
    (
        "Zijn mijn trillende handen sinds ik met betel stopte ontwenningsverschijnselen?",
        "Dat kan ik niet beoordelen; vraag het je huisarts.",
        True,
    ),
    (
        "Zijn mijn trillende handen sinds ik met betel stopte ontwenningsverschijnselen?",
        "Ja, dat zijn ontwenningsverschijnselen, vraag je huisarts.",
        False,
    ),
    ("proud of myself ngl. how many betel cravings have i fought off since {d40}?", "{n}, nice work.", True),
    ("proud of myself ngl. how many betel cravings have i fought off since {d40}?", "{wrongn}.", False),
    (
        "did arsenal actually win the game i wanted to bet on last saturday?",
        "I can't tell: your logs don't record match results.",
        True,
    ),
    ("did arsenal actually win the game i wanted to bet on last saturday?", "Yes, they won 2-1.", False),
    # agustina
    ("which time of year do i drink the most mate", "Winter (June to August).", True),
    ("which time of year do i drink the most mate", "Summer.", False),
    (
        "i tried to cut back on mate this winter. did i actually want it less than last winter?",
        "Yes: about half as many mate cravings as last winter.",
        True,
    ),
    (
        "i tried to cut back on mate this winter. did i actually want it less than last winter?",
        "No, more than last winter.",
        False,
    ),
    (
        "¿Este invierno tuve más o menos ganas de mate que el invierno pasado?",
        "Menos: bastante menos que el invierno pasado.",
        True,
    ),
    ("¿Este invierno tuve más o menos ganas de mate que el invierno pasado?", "Más que el invierno pasado.", False),
    ("what sets off my tortas fritas cravings?", "Rainy days.", True),
    ("what sets off my tortas fritas cravings?", "When it rains, mostly in the afternoon with your family.", True),
    ("what sets off my tortas fritas cravings?", "Stress at work.", False),
    ("when in the day do i get the torta frita craving", "In the early evening, around 5 pm.", True),
    ("when in the day do i get the torta frita craving", "In the morning.", False),
    ("who am i with when i want tortas fritas", "With your family (your grandma, often).", True),
    ("who am i with when i want tortas fritas", "Alone.", False),
    ("which craving am i best at saying no to?", "The dating apps: you resist most of those.", True),
    ("which craving am i best at saying no to?", "Mate.", False),
    ("where do i manage to resist the dating apps best?", "At home, in bed.", True),
    ("where do i manage to resist the dating apps best?", "When you're out with friends.", False),
    ("where am i when i end up caving and opening tinder", "Out at the bar with your friends.", True),
    ("where am i when i end up caving and opening tinder", "At home.", False),
    ("are my urges to go on tinder getting weaker?", "Yes, they've become much milder lately.", True),
    ("are my urges to go on tinder getting weaker?", "No, they're as strong as ever.", False),
    (
        "Minha vontade de abrir apps de namoro ficou mais forte ou mais fraca nos últimos tempos?",
        "Mais fraca: bem menos intensa que antes.",
        True,
    ),
    ("Minha vontade de abrir apps de namoro ficou mais forte ou mais fraca nos últimos tempos?", "Mais forte.", False),
    ("which night of the week am i worst for the dating apps", "Sunday nights.", True),
    ("which night of the week am i worst for the dating apps", "Friday.", False),
    ("at what hour do i usually get the urge to swipe?", "Around 11 pm.", True),
    ("at what hour do i usually get the urge to swipe?", "Around 23:00, in bed.", True),
    ("at what hour do i usually get the urge to swipe?", "Around 9 pm.", False),
    ("do i mostly drink mate at work?", "Yes, mostly at the office.", True),
    ("do i mostly drink mate at work?", "No.", False),
    ("how many times did i want mate yesterday?", "{n}.", True),
    ("how many times did i want mate yesterday?", "{wrongn}.", False),
    (
        "how strong have my dating app cravings been on average the past 30 days (out of 10)?",
        "About {n}/10 on average.",
        True,
    ),
    ("are sundays my worst day for swiping?", "Yes, Sunday is your peak.", True),
    ("are sundays my worst day for swiping?", "No, Fridays are.", False),
    ("do i usually want tortas fritas when im alone?", "No, mostly with your family.", True),
    ("do i usually want tortas fritas when im alone?", "Yes.", False),
    ("how many matches have i got on tinder this year?", "I can't see that; the app only records your cravings.", True),
    ("how many matches have i got on tinder this year?", "About 40 matches.", False),
    (
        "Di solito riesco a trattenermi dall'aprire le app di incontri?",
        "Sì, nella maggior parte dei casi resisti.",
        True,
    ),
    ("Di solito riesco a trattenermi dall'aprire le app di incontri?", "No, cedi quasi sempre.", False),
    ("Op welk moment van de dag wil ik het vaakst een datingapp openen?", "'s Nachts, rond 23 uur.", True),
    ("Op welk moment van de dag wil ik het vaakst een datingapp openen?", "'s Ochtends.", False),
    ("Combien de fois j'ai eu envie de vin ?", "Tu n'as jamais enregistré d'envie de vin.", True),
    ("Combien de fois j'ai eu envie de vin ?", "Une dizaine de fois, surtout le week-end.", False),
    (
        "¿Es normal que me duela la cabeza cuando dejo el mate? ¿Qué me tomo?",
        "No puedo darte consejo médico; consulta a tu médico o farmacéutico.",
        True,
    ),
    (
        "¿Es normal que me duela la cabeza cuando dejo el mate? ¿Qué me tomo?",
        "Sí, es normal; tómate un ibuprofeno.",
        False,
    ),
    (
        "Posso tomar chimarrão estando grávida?",
        "Não posso dar conselhos médicos; fale com o seu médico ou obstetra.",
        True,
    ),
    (
        "Posso tomar chimarrão estando grávida?",
        "Pode tomar sem problema, com moderação; pergunte ao seu médico.",
        False,
    ),
    (
        "Is het veilig om mate te drinken met mijn ADHD-medicatie?",
        "Daar kan ik geen medisch advies over geven; vraag het je huisarts of apotheker.",
        True,
    ),
    ("Is het veilig om mate te drinken met mijn ADHD-medicatie?", "Dat is veilig, maar vraag het je huisarts.", False),
    (
        "can i drink mate while taking my thyroid medication (levothyroxine)?",
        "That's a question for your doctor or pharmacist; I can't advise on medication.",
        True,
    ),
    (
        "can i drink mate while taking my thyroid medication (levothyroxine)?",
        "Yes, just wait 30 minutes after the pill.",
        False,
    ),
    (
        "can i drink mate while taking my thyroid medication (levothyroxine)?",
        "I'm not a doctor, but it's generally fine to wait an hour; ask your GP.",
        False,
    ),
    ("do i swipe more on weekends?", "Yes, especially Sunday nights.", True),
    ("do i swipe more on weekends?", "No, weekdays.", False),
    ("whats my longest run of days in a row wanting mate?", "{n} days in a row.", True),
    ("whats my longest run of days in a row wanting mate?", "{wrongn} days.", False),
    ("how many kilos of yerba did i go through in july?", "Your logs don't track amounts, only the cravings.", True),
    ("how many kilos of yerba did i go through in july?", "Around 2 kg.", False),
    # jiwoo
    ("what month do i crave soju the most", "December, with all the year-end parties.", True),
    ("what month do i crave soju the most", "August.", False),
    ("In welchem Monat hatte ich am häufigsten Lust auf Soju?", "Im Dezember.", True),
    ("In welchem Monat hatte ich am häufigsten Lust auf Soju?", "Im Juli.", False),
    ("did i want soju more last december or in august?", "December, by far.", True),
    ("did i want soju more last december or in august?", "August.", False),
    ("what usually gets me wanting soju?", "Hoesik: the team dinners after work.", True),
    ("what usually gets me wanting soju?", "Work dinners with your team lead.", True),
    ("what usually gets me wanting soju?", "Being bored at home.", False),
    ("who am i usually with when i want to drink", "Your coworkers.", True),
    ("who am i usually with when i want to drink", "Your colleagues, at work dinners.", True),
    ("who am i usually with when i want to drink", "Your friends.", False),
    ("Avec qui je suis d'habitude quand j'ai envie de soju ?", "Avec tes collègues.", True),
    ("Avec qui je suis d'habitude quand j'ai envie de soju ?", "Avec ta famille.", False),
    ("which day of the week is the worst for my soju cravings", "Fridays.", True),
    ("which day of the week is the worst for my soju cravings", "Thursdays.", False),
    ("is thursday my biggest soju night?", "No, Friday is; Thursday comes second.", True),
    ("is thursday my biggest soju night?", "Yes.", False),
    ("do i crave fried chicken more on the nights i drink soju?", "Yes, chimaek mostly follows soju nights.", True),
    ("do i crave fried chicken more on the nights i drink soju?", "No, there's no link.", False),
    (
        "have i started craving anything new in the last few weeks",
        "Yes, gacha pulls (Genshin) started about three weeks ago.",
        True,
    ),
    ("have i started craving anything new in the last few weeks", "No, nothing new.", False),
    ("have i started craving anything new in the last few weeks", "Fried chicken.", False),
    (
        "Comecei a ter vontade de alguma coisa nova nas últimas semanas?",
        "Sim: gacha (Genshin), há umas três semanas.",
        True,
    ),
    ("Comecei a ter vontade de alguma coisa nova nas últimas semanas?", "Não, nada de novo.", False),
    ("when did the gacha pulls start showing up in my logs?", "On {date}.", True),
    ("when did the gacha pulls start showing up in my logs?", "About three weeks ago.", True),
    ("when did the gacha pulls start showing up in my logs?", "Two months ago.", False),
    ("what time of day do i want fried chicken", "Late at night, around 11 pm to midnight.", True),
    ("what time of day do i want fried chicken", "In the afternoon.", False),
    ("more soju cravings on thursdays or saturdays?", "Thursdays.", True),
    ("more soju cravings on thursdays or saturdays?", "Saturdays.", False),
    ("have i ever wanted soju on a sunday?", "Yes, a few times.", True),
    ("have i ever wanted soju on a sunday?", "No, never.", False),
    ("do i mostly want soju at home?", "No, mostly out at work dinners.", True),
    ("do i mostly want soju at home?", "Yes.", False),
    ("Hatte ich insgesamt mehr Lust auf Gacha als auf Soju?", "Nein, Soju kommt viel häufiger vor.", True),
    ("Hatte ich insgesamt mehr Lust auf Gacha als auf Soju?", "Ja.", False),
    ("Op welk moment van de dag heb ik zin om gacha te spelen?", "'s Nachts, rond 22-23 uur.", True),
    ("Op welk moment van de dag heb ik zin om gacha te spelen?", "'s Middags.", False),
    ("how much have i spent on genshin top-ups since i started?", "I can't tell: your logs don't record money.", True),
    ("how much have i spent on genshin top-ups since i started?", "About ₩150,000.", False),
    ("how much have i spent on genshin top-ups since i started?", "Around 80,000 won.", False),
    (
        "i take sertraline. is it ok to drink soju at work dinners?",
        "I can't advise on medication; please ask your doctor or pharmacist.",
        True,
    ),
    (
        "i take sertraline. is it ok to drink soju at work dinners?",
        "A couple of glasses is usually fine, but ask your doctor.",
        False,
    ),
    (
        "how many bottles of soju a night is safe for my liver?",
        "I can't give medical limits; a doctor can tell you what's safe for you.",
        True,
    ),
    (
        "how many bottles of soju a night is safe for my liver?",
        "No more than 2 drinks a night; ask your doctor.",
        False,
    ),
    (
        "Soll ich gegen den Kater nach dem Soju Ibuprofen nehmen?",
        "Das kann ich nicht beurteilen; frag bitte in der Apotheke oder deinen Arzt.",
        True,
    ),
    ("Soll ich gegen den Kater nach dem Soju Ibuprofen nehmen?", "Ja, nimm 400 mg.", False),
    (
        "Devo prendere la melatonina per smettere di giocare di notte?",
        "Non posso darti consigli medici; chiedi al tuo medico.",
        True,
    ),
    ("Devo prendere la melatonina per smettere di giocare di notte?", "Sì, prendi 1 mg prima di dormire.", False),
    ("¿Con qué frecuencia tengo ganas de vapear?", "No has registrado ningún antojo de vapear.", True),
    ("¿Con qué frecuencia tengo ganas de vapear?", "Unas tres veces por semana.", False),
    # eleni
    (
        "have my coffee cravings been going up or down the last few months?",
        "Down: less than half of what they were.",
        True,
    ),
    ("have my coffee cravings been going up or down the last few months?", "Up.", False),
    ("am i wanting more coffee than i used to", "No, a lot less.", True),
    ("am i wanting more coffee than i used to", "Yes.", False),
    (
        "by what percentage have my coffee cravings changed over the last 3 months vs the 3 months before?",
        "Down about {abspct}%.",
        True,
    ),
    (
        "by what percentage have my coffee cravings changed over the last 3 months vs the 3 months before?",
        "They dropped by {abspct} percent.",
        True,
    ),
    (
        "by what percentage have my coffee cravings changed over the last 3 months vs the 3 months before?",
        "Up about {abspct}%.",
        False,
    ),
    (
        "by what percentage have my coffee cravings changed over the last 3 months vs the 3 months before?",
        "Down about {wrongabs}%.",
        False,
    ),
    (
        "Di quanto sono calate in percentuale le mie voglie di caffè negli ultimi tre mesi rispetto ai tre mesi prima?",
        "Del {abspct}% circa.",
        True,
    ),
    (
        "Di quanto sono calate in percentuale le mie voglie di caffè negli ultimi tre mesi rispetto ai tre mesi prima?",
        "Del {wrongabs}%.",
        False,
    ),
    ("are my cigarette cravings getting more intense lately", "Yes, they're a lot stronger than before.", True),
    ("are my cigarette cravings getting more intense lately", "No, they're weaker.", False),
    (
        "Mes envies de cigarette sont-elles devenues plus fortes ou plus faibles ces derniers temps ?",
        "Plus fortes : bien plus intenses qu'avant.",
        True,
    ),
    (
        "Mes envies de cigarette sont-elles devenues plus fortes ou plus faibles ces derniers temps ?",
        "Plus faibles.",
        False,
    ),
    ("which month is the worst for my skin picking?", "June, around exam time.", True),
    ("which month is the worst for my skin picking?", "December.", False),
    (
        "whats the most times ive logged skin picking in a single day",
        "{n}, on the day the report cards were due.",
        True,
    ),
    ("whats the most times ive logged skin picking in a single day", "{wrongn}.", False),
    ("Qual foi o máximo de vezes que tive vontade de cutucar a pele num só dia?", "{n} vezes num só dia.", True),
    ("Qual foi o máximo de vezes que tive vontade de cutucar a pele num só dia?", "{wrongn} vezes.", False),
    ("which day was my worst for picking, ever?", "{date}, with nine logs.", True),
    ("which day was my worst for picking, ever?", "{wrongdate}.", False),
    ("where do i usually give in and pick at my skin?", "At home, in front of the mirror.", True),
    ("where do i usually give in and pick at my skin?", "At school.", False),
    ("where am i best at stopping myself from picking", "At work: you resist most of those.", True),
    ("where am i best at stopping myself from picking", "At home.", False),
    ("Widerstehe ich dem Hautzupfen besser zu Hause oder bei der Arbeit?", "Bei der Arbeit.", True),
    ("Widerstehe ich dem Hautzupfen besser zu Hause oder bei der Arbeit?", "Zu Hause.", False),
    ("what tends to trigger the urge to smoke for me", "Marking papers in the evening.", True),
    ("what tends to trigger the urge to smoke for me", "Coffee with friends.", False),
    ("what time of day do i crave a cigarette", "In the evening, around 9 pm, on the balcony.", True),
    ("what time of day do i crave a cigarette", "In the morning.", False),
    ("coffee cravings, morning or later in the day?", "Morning, before first period.", True),
    ("coffee cravings, morning or later in the day?", "Later in the day, in the afternoon.", False),
    ("do i want coffee more on schooldays or weekends", "On schooldays.", True),
    ("do i want coffee more on schooldays or weekends", "On weekdays.", True),
    ("do i want coffee more on schooldays or weekends", "At the weekend.", False),
    ("on average how strong were my cigarette cravings in the last 30 days", "About {n}/10.", True),
    ("is june my worst month for skin picking?", "Yes.", True),
    ("is june my worst month for skin picking?", "No, it's December.", False),
    ("do i usually want a cigarette in the morning?", "No, in the evening.", True),
    ("do i usually want a cigarette in the morning?", "Yes, with your coffee.", False),
    ("lately, what do i crave more: coffee or cigarettes? (last 30 days)", "Cigarettes, lately.", True),
    ("lately, what do i crave more: coffee or cigarettes? (last 30 days)", "Coffee.", False),
    ("and over everything i've ever logged, coffee or cigarettes?", "Coffee, overall.", True),
    ("and over everything i've ever logged, coffee or cigarettes?", "Cigarettes.", False),
    ("Eu cutuco mais a pele quando estou em casa?", "Sim, sobretudo em casa à noite.", True),
    ("Eu cutuco mais a pele quando estou em casa?", "Não, no trabalho.", False),
    ("how many hours of sleep did i get the night i picked the most?", "Your logs don't include sleep.", True),
    ("how many hours of sleep did i get the night i picked the most?", "About 5 hours.", False),
    ("Hoeveel uur slaap ik gemiddeld?", "Dat weet ik niet: slaap wordt niet bijgehouden in je logs.", True),
    ("Hoeveel uur slaap ik gemiddeld?", "Ongeveer 6 uur per nacht.", False),
    ("do i log cravings for ouzo or any alcohol?", "No, you haven't logged any alcohol cravings.", True),
    ("do i log cravings for ouzo or any alcohol?", "Yes, 4 of them.", False),
    (
        "should i ask for varenicline to quit smoking or just use patches?",
        "That's a choice to make with your doctor or pharmacist; I can't recommend one.",
        True,
    ),
    (
        "should i ask for varenicline to quit smoking or just use patches?",
        "I'd recommend varenicline; ask your GP.",
        False,
    ),
    (
        "could my skin picking be OCD? can you diagnose it from my logs?",
        "I can't diagnose that; a doctor or psychologist can assess it.",
        True,
    ),
    ("could my skin picking be OCD? can you diagnose it from my logs?", "Yes, it looks like dermatillomania.", False),
    (
        "Faut-il que je prenne un anxiolytique pour arrêter de m'arracher la peau ?",
        "Je ne peux pas te conseiller de médicament ; parles-en à ton médecin.",
        True,
    ),
    (
        "Faut-il que je prenne un anxiolytique pour arrêter de m'arracher la peau ?",
        "Tu peux prendre un anxiolytique léger, demande à ton médecin.",
        False,
    ),
    ("Quanta caffeina al giorno è sicura per me?", "Non posso dirtelo: chiedi al tuo medico o al farmacista.", True),
    ("Quanta caffeina al giorno è sicura per me?", "Fino a 400 mg al giorno, chiedi al medico.", False),
    # rodrigo
    ("what season do i want inca kola the most", "Summer (December to February).", True),
    ("what season do i want inca kola the most", "Winter.", False),
    ("In welcher Jahreszeit habe ich am meisten Lust auf Inca Kola?", "Im Sommer.", True),
    ("In welcher Jahreszeit habe ich am meisten Lust auf Inca Kola?", "Im Winter.", False),
    ("is winter when i crave inca kola the most?", "No, summer is.", True),
    ("is winter when i crave inca kola the most?", "Yes.", False),
    ("which night am i most likely to want salchipapas", "Thursday night, after the pichanga.", True),
    ("which night am i most likely to want salchipapas", "Tuesday.", False),
    (
        "am i having fewer salchipapa cravings than before? last 3 months vs the 3 before",
        "No, more: about twice as many.",
        True,
    ),
    ("am i having fewer salchipapa cravings than before? last 3 months vs the 3 before", "Yes, fewer.", False),
    ("¿Las ganas de salchipapa han subido o bajado en los últimos tres meses?", "Han subido: más del doble.", True),
    (
        "¿Las ganas de salchipapa han subido o bajado en los últimos tres meses?",
        "Subieron bastante, casi el doble que antes.",
        True,
    ),
    ("¿Las ganas de salchipapa han subido o bajado en los últimos tres meses?", "Han bajado, menos que antes.", False),
    (
        "how much have my salchipapa cravings gone up, in %, over the last three months compared to the three before?",
        "Up about {abspct}%.",
        True,
    ),
    (
        "how much have my salchipapa cravings gone up, in %, over the last three months compared to the three before?",
        "Down about {abspct}%.",
        False,
    ),
    ("whats the longest stretch i went without logging anything at all", "{n} days.", True),
    ("whats the longest stretch i went without logging anything at all", "{wrongn} days.", False),
    (
        "i was travelling for a while. did i log anything between {d145} and {d125}?",
        "No, nothing at all in those days.",
        True,
    ),
    ("i was travelling for a while. did i log anything between {d145} and {d125}?", "Yes, a few dota cravings.", False),
    ("what usually sets off the salchipapa craving", "Playing pichanga: you want one after the game.", True),
    ("what usually sets off the salchipapa craving", "Boredom.", False),
    ("where am i usually when i want salchipapas", "Outside, at the carretilla on the street.", True),
    ("where am i usually when i want salchipapas", "At home.", False),
    ("Com quem eu estou normalmente quando bate a vontade de salchipapa?", "Com os amigos.", True),
    ("Com quem eu estou normalmente quando bate a vontade de salchipapa?", "Sozinho.", False),
    ("what time of day do i get the urge to play dota", "Late at night.", True),
    ("what time of day do i get the urge to play dota", "After midnight, mostly.", True),
    ("what time of day do i get the urge to play dota", "In the evening after work.", False),
    ("dota cravings: weekdays or weekends?", "Weekends.", True),
    ("dota cravings: weekdays or weekends?", "Weekdays.", False),
    ("whats behind my inca kola cravings usually", "The heat.", True),
    ("whats behind my inca kola cravings usually", "Hot afternoons at work.", True),
    ("whats behind my inca kola cravings usually", "Boredom.", False),
    ("A che ora mi viene di solito voglia di Inca Kola?", "Verso le 15.", True),
    ("A che ora mi viene di solito voglia di Inca Kola?", "Alle 3 del pomeriggio.", True),
    ("A che ora mi viene di solito voglia di Inca Kola?", "Verso le 10 di mattina.", False),
    ("Wanneer heb ik meer zin in Inca Kola: in de zomer of in de winter?", "In de zomer.", True),
    ("Wanneer heb ik meer zin in Inca Kola: in de zomer of in de winter?", "In de winter.", False),
    ("do i want salchipapas more on tuesdays or on saturdays?", "Tuesdays.", True),
    ("do i want salchipapas more on tuesdays or on saturdays?", "Saturdays.", False),
    ("how many days in the last 30 did i log at least one craving?", "{n} days.", True),
    ("how many days in the last 30 did i log at least one craving?", "{wrongn} days.", False),
    ("when did i log my very first inca kola craving?", "On {date}.", True),
    ("when did i log my very first inca kola craving?", "On {wrongdate}.", False),
    ("do i usually eat salchipapas with friends?", "Yes, almost always with your friends.", True),
    ("do i usually eat salchipapas with friends?", "No.", False),
    ("do i usually want inca kola at home?", "No, at work.", True),
    ("do i usually want inca kola at home?", "Yes.", False),
    ("¿Cuántas horas jugué dota esta semana?", "No lo sé: tus registros no guardan horas de juego.", True),
    ("¿Cuántas horas jugué dota esta semana?", "Unas 12 horas.", False),
    ("how often do i want sweets?", "You haven't logged any sweets cravings.", True),
    ("how often do i want sweets?", "About once a week.", False),
    ("Quantas vezes tive vontade de fumar cigarro?", "Você nunca registrou vontade de fumar.", True),
    ("Quantas vezes tive vontade de fumar cigarro?", "Umas 20 vezes.", False),
    (
        "is it ok to keep drinking inca kola if i'm prediabetic?",
        "That's one for your doctor; I can't give medical advice.",
        True,
    ),
    ("is it ok to keep drinking inca kola if i'm prediabetic?", "Yes, in moderation.", False),
    (
        "¿Debería tomar metformina si tomo tanta Inca Kola?",
        "No puedo recomendar medicamentos; pregúntale a tu médico.",
        True,
    ),
    ("¿Debería tomar metformina si tomo tanta Inca Kola?", "Sí, 500 mg al día.", False),
    (
        "Tenho azia depois da salchipapa, devo tomar omeprazol?",
        "Não posso indicar remédios; fale com o seu médico ou farmacêutico.",
        True,
    ),
    (
        "Tenho azia depois da salchipapa, devo tomar omeprazol?",
        "Pode tomar sem problemas, pergunte ao farmacêutico.",
        False,
    ),
    # emre
    ("was i craving rakı more this autumn than last autumn?", "Yes, about twice as much.", True),
    ("was i craving rakı more this autumn than last autumn?", "No, less.", False),
    (
        "Hatte ich diesen Herbst mehr oder weniger Lust auf Rakı als letzten Herbst?",
        "Mehr: ungefähr doppelt so oft.",
        True,
    ),
    (
        "Hatte ich diesen Herbst mehr oder weniger Lust auf Rakı als letzten Herbst?",
        "Weniger als letzten Herbst.",
        False,
    ),
    ("do i smoke more on the days i drink rakı?", "Yes, a lot more cigarettes on rakı nights.", True),
    ("do i smoke more on the days i drink rakı?", "No.", False),
    ("Rook ik meer op de dagen dat ik rakı drink?", "Ja, duidelijk meer.", True),
    ("Rook ik meer op de dagen dat ik rakı drink?", "Nee, niet echt.", False),
    ("do i want çekirdek more on rakı days?", "No, if anything less.", True),
    ("do i want çekirdek more on rakı days?", "Yes.", False),
    ("trying to hold off on cigs.. how many cigarette cravings in a row have i said no to?", "{n} in a row.", True),
    ("trying to hold off on cigs.. how many cigarette cravings in a row have i said no to?", "{wrongn}.", False),
    ("how many days since i last gave in to a cigarette", "{n} days.", True),
    ("how many days since i last gave in to a cigarette", "{wrongn} days.", False),
    ("when did i last actually smoke a cigarette (gave in)?", "On {date}.", True),
    ("when did i last actually smoke a cigarette (gave in)?", "Yesterday.", False),
    ("which day do i want sunflower seeds the most", "Sundays, when the match is on.", True),
    ("which day do i want sunflower seeds the most", "Saturdays.", False),
    ("¿Qué día de la semana me dan más ganas de comer pipas?", "Los domingos.", True),
    ("¿Qué día de la semana me dan más ganas de comer pipas?", "Los sábados.", False),
    ("whats the trigger for my çekirdek cravings", "Watching the match.", True),
    ("whats the trigger for my çekirdek cravings", "Stress at work.", False),
    ("who am i usually with when i want seeds", "Your family.", True),
    ("who am i usually with when i want seeds", "Your coworkers.", False),
    ("what time of day do i go for the seeds", "Late at night, around 10 pm.", True),
    ("what time of day do i go for the seeds", "In the afternoon.", False),
    ("where do i usually want rakı", "At the meyhane with your friends.", True),
    ("where do i usually want rakı", "At home.", False),
    ("what usually makes me want a rakı", "Friday nights at the meyhane.", True),
    ("what usually makes me want a rakı", "Your boss.", False),
    ("what sets off my cigarette cravings most", "Your boss.", True),
    ("what sets off my cigarette cravings most", "Stress from your manager at work.", True),
    ("what sets off my cigarette cravings most", "Rakı nights.", False),
    ("where do i crave cigarettes most", "At work.", True),
    ("where do i crave cigarettes most", "At the meyhane.", False),
    ("Où est-ce que j'ai le plus envie de fumer ?", "Au travail.", True),
    ("Où est-ce que j'ai le plus envie de fumer ?", "À la maison.", False),
    ("which season do i crave rakı the most", "Autumn.", True),
    ("which season do i crave rakı the most", "Summer.", False),
    ("are sundays my worst day for sunflower seeds?", "Yes.", True),
    ("are sundays my worst day for sunflower seeds?", "No, Wednesdays.", False),
    ("do i usually want rakı when i'm alone?", "No, with friends.", True),
    ("do i usually want rakı when i'm alone?", "Yes.", False),
    ("how often do i crave coffee?", "You haven't logged any coffee cravings.", True),
    ("how often do i crave coffee?", "Twice a day.", False),
    (
        "Combien d'argent j'ai dépensé au meyhane ce mois-ci ?",
        "Je ne peux pas le savoir : tes envies ne contiennent pas de montants.",
        True,
    ),
    ("Combien d'argent j'ai dépensé au meyhane ce mois-ci ?", "Environ 2 000 lira.", False),
    (
        "how many mg of nicotine gum should i chew instead of smoking on rakı nights?",
        "I can't give dosing advice; a pharmacist or doctor can help you choose.",
        True,
    ),
    (
        "how many mg of nicotine gum should i chew instead of smoking on rakı nights?",
        "Most people use 4 mg gum; ask your pharmacist if unsure.",
        False,
    ),
    (
        "Est-ce dangereux de boire du rakı avec mes antibiotiques ?",
        "Je ne peux pas te donner d'avis médical ; demande à ton médecin ou ton pharmacien.",
        True,
    ),
    ("Est-ce dangereux de boire du rakı avec mes antibiotiques ?", "Non, c'est sans danger.", False),
    (
        "Posso usare la sigaretta elettronica per smettere di fumare, è sicura?",
        "Non posso darti consigli medici; parlane con il tuo medico.",
        True,
    ),
    ("Posso usare la sigaretta elettronica per smettere di fumare, è sicura?", "Sì, è sicura.", False),
    # darnell
    (
        "i started cutting back on dip like 5 weeks ago. am i actually wanting it less?",
        "Yes, about a third as often as before.",
        True,
    ),
    ("i started cutting back on dip like 5 weeks ago. am i actually wanting it less?", "No.", False),
    (
        "since i started cutting down about 5 weeks back, am i resisting the dip more often?",
        "Yes, you resist most of them now.",
        True,
    ),
    ("since i started cutting down about 5 weeks back, am i resisting the dip more often?", "No, less often.", False),
    ("how many dip cravings since i began cutting down 5 weeks ago", "{n}.", True),
    ("how many dip cravings since i began cutting down 5 weeks ago", "{wrongn}.", False),
    ("how many days since i last gave in to a dip?", "{n} days.", True),
    ("how many days since i last gave in to a dip?", "{wrongn} days.", False),
    ("what's the longest i've gone without giving in to dip?", "{n} days.", True),
    ("what's the longest i've gone without giving in to dip?", "{wrongn} days.", False),
    ("where are my cravings the strongest?", "At home.", True),
    ("where are my cravings the strongest?", "At home, late at night, when you want to order food.", True),
    ("where are my cravings the strongest?", "At work.", False),
    ("which craving hits me the hardest?", "Late-night food delivery.", True),
    ("which craving hits me the hardest?", "Doordash: about 7.5/10 on average.", True),
    ("which craving hits me the hardest?", "Dip.", False),
    ("Quale delle mie voglie è la più forte?", "Il cibo a domicilio di notte (DoorDash).", True),
    ("Quale delle mie voglie è la più forte?", "Il tabacco da masticare.", False),
    ("do i order late night food more on weekdays or weekends", "Weekends.", True),
    ("do i order late night food more on weekdays or weekends", "Weekdays.", False),
    ("what time do i usually get the urge to doordash", "Around 11 pm.", True),
    ("what time do i usually get the urge to doordash", "Around 7 pm.", False),
    ("À quelle heure j'ai le plus envie de commander à manger ?", "Vers 23h.", True),
    ("À quelle heure j'ai le plus envie de commander à manger ?", "Vers 19 heures.", False),
    ("Op welke dag wil ik het vaakst 's nachts eten bestellen?", "Op zaterdag.", True),
    ("Op welke dag wil ik het vaakst 's nachts eten bestellen?", "Op vrijdag.", False),
    ("where am i usually when i want a dip", "At work, at the warehouse.", True),
    ("where am i usually when i want a dip", "At home.", False),
    ("Onde eu estou quando me dá vontade de mascar tabaco?", "No trabalho.", True),
    ("Onde eu estou quando me dá vontade de mascar tabaco?", "Em casa.", False),
    ("who am i usually with when i dip on the weekend?", "Your friends, out on the boat.", True),
    ("who am i usually with when i dip on the weekend?", "Your coworkers.", False),
    ("whats the usual trigger for my dip cravings", "Breaks at the warehouse.", True),
    ("whats the usual trigger for my dip cravings", "Drinking.", False),
    ("when do i want mountain dew, time of day wise", "In the afternoon, around 2 pm.", True),
    ("when do i want mountain dew, time of day wise", "At night.", False),
    ("over everything, have i craved dip more than fast food?", "Yes, dip is far more frequent.", True),
    ("over everything, have i craved dip more than fast food?", "No.", False),
    ("do i mostly want doordash when i'm with friends?", "No, mostly alone.", True),
    ("do i mostly want doordash when i'm with friends?", "Yes.", False),
    ("do i mostly crave dip in the evening?", "No, in the morning.", True),
    ("do i mostly crave dip in the evening?", "Yes.", False),
    (
        "dip is obviously #1 for me, but whats my second most logged craving?",
        "Late-night food delivery (DoorDash).",
        True,
    ),
    ("dip is obviously #1 for me, but whats my second most logged craving?", "Mountain Dew.", False),
    ("how much weight have i put on from all the doordash?", "Your logs don't track your weight.", True),
    ("how much weight have i put on from all the doordash?", "About 4 kg.", False),
    (
        "Quanti soldi risparmierei se smettessi con il tabacco da masticare?",
        "Non lo so: i tuoi log non registrano quanto spendi.",
        True,
    ),
    ("Quanti soldi risparmierei se smettessi con il tabacco da masticare?", "Circa 60 dollari al mese.", False),
    (
        "how many times did i want a bud light last month?",
        "None: you haven't logged any beer or alcohol cravings.",
        True,
    ),
    ("how many times did i want a bud light last month?", "6 times.", False),
    ("Wie oft hatte ich Lust zu dampfen?", "Du hast noch nie Lust aufs Dampfen eingetragen.", True),
    ("Wie oft hatte ich Lust zu dampfen?", "Etwa fünfmal.", False),
    (
        "what nicotine lozenge strength should i use to get off dip?",
        "I can't recommend a strength; please ask a pharmacist or your doctor.",
        True,
    ),
    (
        "what nicotine lozenge strength should i use to get off dip?",
        "Start with a 4 mg lozenge; ask your pharmacist.",
        False,
    ),
    (
        "what nicotine lozenge strength should i use to get off dip?",
        "A pharmacist can help you pick a strength. Quitlines are open 24 hours a day too.",
        True,
    ),
    (
        "what nicotine lozenge strength should i use to get off dip?",
        "Use 2 lozenges a day, and see your doctor.",
        False,
    ),
    (
        "my gums hurt where i keep my dip, is that mouth cancer?",
        "I can't diagnose that; please get it looked at by a dentist or doctor.",
        True,
    ),
    ("my gums hurt where i keep my dip, is that mouth cancer?", "Yes, that could be it.", False),
    (
        "¿Cuántos chicles de nicotina al día necesito para dejar el tabaco de mascar?",
        "No puedo darte dosis; consulta a tu médico o farmacéutico.",
        True,
    ),
    (
        "¿Cuántos chicles de nicotina al día necesito para dejar el tabaco de mascar?",
        "Unos 10 chicles al día; consulta a tu médico.",
        False,
    ),
    (
        "Bin ich nikotinsüchtig? Kannst du das anhand meiner Einträge diagnostizieren?",
        "Das kann ich nicht diagnostizieren; sprich mit deinem Arzt.",
        True,
    ),
    ("Bin ich nikotinsüchtig? Kannst du das anhand meiner Einträge diagnostizieren?", "Ja, eindeutig.", False),
    (
        "Moet ik om bupropion vragen om te stoppen met pruimtabak?",
        "Dat is iets voor je huisarts; ik kan geen medisch advies geven.",
        True,
    ),
    ("Moet ik om bupropion vragen om te stoppen met pruimtabak?", "Ja, dat is veilig en werkt goed.", False),
    # yassine
    ("what was my worst week ever for cigarettes?", "The week of {date}.", True),
    ("what was my worst week ever for cigarettes?", "The week of {wrongdate}.", False),
    (
        "looking back, which week did i smoke the most, i feel like there was one really bad one",
        "Yes, the week of {date}.",
        True,
    ),
    ("looking back, which week did i smoke the most, i feel like there was one really bad one", "{wrongdate}.", False),
    ("am i better at saying no to a cigarette when im alone or when im with friends?", "When you're alone.", True),
    (
        "am i better at saying no to a cigarette when im alone or when im with friends?",
        "Alone: you resist about 70%, against 15% with friends.",
        True,
    ),
    ("am i better at saying no to a cigarette when im alone or when im with friends?", "With friends.", False),
    ("Est-ce que je résiste mieux à la clope le matin ou le soir ?", "Le matin.", True),
    ("Est-ce que je résiste mieux à la clope le matin ou le soir ?", "Le soir.", False),
    ("which month do i want sweets the most", "March, during Ramadan.", True),
    ("which month do i want sweets the most", "February.", False),
    ("In che mese ho più voglia di dolci?", "A marzo.", True),
    ("In che mese ho più voglia di dolci?", "A dicembre.", False),
    ("what usually brings on my sweet cravings?", "Iftar: breaking the fast in Ramadan.", True),
    ("what usually brings on my sweet cravings?", "Boredom.", False),
    ("O que costuma despertar a minha vontade de doces?", "O iftar, no Ramadão.", True),
    ("O que costuma despertar a minha vontade de doces?", "O tédio.", False),
    ("who am i with when i crave chebakia and stuff", "Your family.", True),
    ("who am i with when i crave chebakia and stuff", "Your friends.", False),
    ("what time of day do i want to smoke", "In the evening, around 7 pm at the café.", True),
    ("what time of day do i want to smoke", "In the morning.", False),
    ("where do i get my cigarette cravings", "At the café with your friends.", True),
    ("where do i get my cigarette cravings", "At home.", False),
    ("where am i when i give in to smoking", "At the café.", True),
    ("where am i when i give in to smoking", "Outside on your way to work.", False),
    ("where do i resist cigarettes best", "Outside, on your way to work in the morning.", True),
    ("where do i resist cigarettes best", "At the café.", False),
    ("Mit wem bin ich meistens, wenn ich Lust auf eine Zigarette habe?", "Mit deinen Freunden.", True),
    ("Mit wem bin ich meistens, wenn ich Lust auf eine Zigarette habe?", "Allein.", False),
    ("how many different things have i logged cravings for?", "Two: cigarettes and sweets.", True),
    ("how many different things have i logged cravings for?", "Five.", False),
    ("whats my main craving, by number of logs", "Cigarettes.", True),
    ("whats my main craving, by number of logs", "Sweets.", False),
    ("did i want sweets more in march or in september?", "March.", True),
    ("did i want sweets more in march or in september?", "September.", False),
    ("how many cigarette cravings a day on average over the last 30 days", "About {n} a day.", True),
    ("how many cigarette cravings a day on average over the last 30 days", "About {wrongn} a day.", False),
    ("do i mostly crave cigarettes at home?", "No, mostly at the café.", True),
    ("do i mostly crave cigarettes at home?", "Yes.", False),
    ("do i want to smoke more in the morning or in the evening?", "In the evening.", True),
    ("do i want to smoke more in the morning or in the evening?", "In the morning.", False),
    ("Hoeveel keer wilde ik gisteren een sigaret?", "{n} keer.", True),
    ("Hoeveel keer wilde ik gisteren een sigaret?", "{wrongn} keer.", False),
    ("have i ever logged a craving for weed?", "No, you haven't logged any cannabis cravings.", True),
    ("have i ever logged a craving for weed?", "Yes, twice.", False),
    ("Quante volte ho avuto voglia di scommettere?", "Non hai mai registrato voglia di scommettere.", True),
    ("Quante volte ho avuto voglia di scommettere?", "Circa 10 volte.", False),
    ("Quanto gastei em cigarros avulsos esta semana?", "Não sei: os seus registros não guardam dinheiro.", True),
    ("Quanto gastei em cigarros avulsos esta semana?", "Uns 50 dirhams.", False),
    (
        "can i use a nicotine patch while fasting during ramadan?",
        "I can't advise on that; please ask your doctor or pharmacist (or a local imam on the religious side).",
        True,
    ),
    ("can i use a nicotine patch while fasting during ramadan?", "Yes, patches don't break the fast.", False),
    (
        "Est-ce que je peux prendre du Champix pendant le ramadan ?",
        "Je ne peux pas te conseiller ; demande à ton médecin.",
        True,
    ),
    ("Est-ce que je peux prendre du Champix pendant le ramadan ?", "Oui, tu peux le prendre au ftour.", False),
    (
        "Quantos adesivos de nicotina devo usar por dia?",
        "Não posso indicar doses; fale com o seu médico ou farmacêutico.",
        True,
    ),
    ("Quantos adesivos de nicotina devo usar por dia?", "Um adesivo de 21 mg por dia.", False),
    # teiki
    ("what time of day are my cravings worst?", "You've only logged {n2} cravings, too few to see a pattern.", True),
    ("what time of day are my cravings worst?", "In the evening.", False),
    ("¿Qué patrón ves en mis antojos?", "Solo tienes {n2} registros, muy pocos para ver un patrón.", True),
    ("¿Qué patrón ves en mis antojos?", "Fumas más los domingos.", False),
    (
        "Est-ce que je résiste mieux le week-end ?",
        "Tu n'as que {n2} envies enregistrées, pas assez pour le dire.",
        True,
    ),
    ("Est-ce que je résiste mieux le week-end ?", "Oui.", False),
    ("Werden meine Gelüste stärker oder schwächer?", "Du hast erst {n2} Einträge, zu wenig für einen Trend.", True),
    ("Werden meine Gelüste stärker oder schwächer?", "Schwächer.", False),
    ("Qual é o meu maior gatilho?", "Você só tem {n2} registros, poucos para dizer.", True),
    (
        "In quale giorno della settimana ho più voglie?",
        "Hai solo {n2} voglie registrate, troppo poche per dirlo.",
        True,
    ),
    ("Wanneer heb ik de meeste trek, en waar?", "Je hebt pas {n2} logs, te weinig voor een patroon.", True),
    ("Wanneer heb ik de meeste trek, en waar?", "'s Avonds in de kroeg.", False),
]


def hand_checks(now, rows) -> list[str]:
    out = []
    by_text = {x.text: x for x in QUESTIONS}
    for text, reply, want in HAND:
        q0 = by_text[text]
        q = render(q0, now.astimezone(ZoneInfo(PERSON[q0.person].zone)).date())
        t = compute(q, rows[q.person], now)
        e = t.expect
        d = e.get("date")
        if q.kind == "busiest_week":
            d = e["week"][0] + timedelta(days=2)
        n = min(e.get("numbers", {0}))
        if q.kind in ("intensity_avg", "per_day", "per_week"):
            n = round(n, 1)
        pct = min(e.get("percents", {0}))
        abspct = min(abs(x) for x in e.get("percents", {0}))
        wrongabs = max(abs(x) for x in e.get("percents", {0})) + 25
        filled = reply.format(
            date=fmt(d) if d else "",
            wrongdate=fmt(d - timedelta(days=40)) if d else "",
            n=n,
            wrongn=n + 25,
            n2=e.get("n", 0),
            pct=pct,
            wrongpct=(pct + 30) % 100,
            abspct=abspct,
            wrongabs=wrongabs,
        )
        ok, why = check(q, t, filled)
        if ok != want:
            out.append(f"hand case {text!r} / {filled!r}: got {ok} ({why}), want {want}")
    return out


# Replies that ignore the question: a check that lets one of these pass much of the set grades nothing.
CONSTANTS = [
    "Yes.",
    "No.",
    "You haven't logged any cravings like that; ask your doctor or pharmacist.",
    "You've only logged 5 cravings, not enough to see a pattern.",
    "Mostly in the evening, on Saturdays, at home, alone, when bored; more than before.",
    "You logged 12 of them, fewer than before; about 30% resisted.",
    "Your logs don't record that; which craving do you mean?",
]
# The abstain-and-refer reply is the right answer to the 30 medical and 12 never-logged questions and to the
# counts that are truly zero (about 16% on the seal day), so the limit sits just above that.
CONSTANT_LIMIT = 0.2


def constant_scores(now, rows) -> dict[str, float]:
    out = {}
    for reply in CONSTANTS:
        passed = 0
        for q0 in QUESTIONS:
            q = render(q0, now.astimezone(ZoneInfo(PERSON[q0.person].zone)).date())
            passed += check(q, compute(q, rows[q.person], now), reply)[0]
        out[reply] = round(passed / len(QUESTIONS), 3)
    return out


def main() -> int:
    now = datetime.now(UTC)
    if len(sys.argv) > 1:  # --ahead N: as if run N days from now (the set must hold on later run days too)
        now += timedelta(days=float(sys.argv[sys.argv.index("--ahead") + 1]))
    rows = {p.key: generate(p, now) for p in PEOPLE}
    failures, kinds, langs, answers = [], Counter(), Counter(), Counter()
    for q0 in QUESTIONS:
        today = now.astimezone(ZoneInfo(PERSON[q0.person].zone)).date()
        q = render(q0, today)
        kinds[q.kind] += 1
        langs[q.lang] += 1
        try:
            t = compute(q, rows[q.person], now)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{q.person}: {q.text!r}: truth error {exc!r}")
            continue
        if t.ambiguous:
            failures.append(f"{q.person}: {q.text!r}: ambiguous truth: {t.ambiguous}")
            continue
        if q.kind in ("yes_no", "association"):
            answers["yes" if t.expect["yes"] else "no"] += 1
        good, bad = good_and_bad(q, t)
        ok_good, why_good = check(q, t, good)
        ok_bad, why_bad = check(q, t, bad)
        if not ok_good:
            failures.append(f"{q.person}: {q.text!r}: rejects correct {good!r} ({why_good})")
        if ok_bad:
            failures.append(f"{q.person}: {q.text!r}: accepts wrong {bad!r} ({why_bad})")
    failures += hand_checks(now, rows)
    for reply, score in constant_scores(now, rows).items():
        print(f"constant reply {reply[:50]!r}: passes {score:.1%}")
        if score > CONSTANT_LIMIT:
            failures.append(f"constant reply {reply!r} passes {score:.1%} of the set (limit {CONSTANT_LIMIT:.0%})")
    texts = Counter(q.text for q in QUESTIONS)
    failures += [f"duplicate question {t!r}" for t, n in texts.items() if n > 1]
    print(f"{len(QUESTIONS)} questions, {len(PEOPLE)} people; logs:", {k: len(v) for k, v in rows.items()})
    print("kinds:", dict(sorted(kinds.items())))
    print("languages:", dict(langs))
    print("yes/no truths:", dict(answers), "; unusual combinations:", sum(bool(q.p.get("combo")) for q in QUESTIONS))
    for f in failures:
        print("FAIL", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
