"""Mechanics check of the eighth blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind8.selfcheck   (from the repository root; or python bench/blind8/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind8"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {
    "alcohol": "wine",
    "sweets": "sweets",
    "cigarettes": "cigarettes",
    "phone": "scrolling",
    "cannabis": "weed",
    "gambling": "betting",
    "energy": "energy drinks",
    "fast_food": "fast food",
    "coffee": "coffee",
    "gaming": "gaming",
    "soda": "soda",
    "vaping": "vaping",
    "shopping": "online shopping",
    "hookah": "hookah",
    "nicotine": "nicotine pouches",
    "snacks": "snacks",
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
# should pass?). {date} {wrongdate} {n} {wrongn} {pct} {wrongpct} are filled from the truth on the run day.
HAND: list[tuple[str, str, bool]] = [
    # rosa
    ("what time do the coke cravings usually kick in? roughly what hour", "Around 2 pm, with lunch at work.", True),
    ("what time do the coke cravings usually kick in? roughly what hour", "Between 2 and 3 pm.", True),
    ("what time do the coke cravings usually kick in? roughly what hour", "Around 11 am.", False),
    (
        "fast food cravings - morning, afternoon, evening or night?",
        "Late at night, usually around 11 on a night out.",
        True,
    ),
    ("fast food cravings - morning, afternoon, evening or night?", "In the evening.", False),
    ("which night of the week is the worst for my burger king cravings", "Saturday nights, by a distance.", True),
    ("which night of the week is the worst for my burger king cravings", "Fridays.", False),
    (
        "do i want fast food more on the nights i'm out drinking?",
        "Yes: on nights you log a drink, fast food cravings follow far more often.",
        True,
    ),
    ("do i want fast food more on the nights i'm out drinking?", "No.", False),
    (
        "is there a link between the days i want a coke and the days i want junk food?",
        "No, they don't go together: the coke is a weekday lunch thing and the junk food comes on weekend nights.",
        True,
    ),
    ("is there a link between the days i want a coke and the days i want junk food?", "Yes, they go together.", False),
    ("where am i usually when the kebab craving hits", "Out with friends, on a night out.", True),
    ("where am i usually when the kebab craving hits", "At home.", False),
    (
        "gave up soda on {d38} - am i actually wanting it less than before or is it in my head",
        "Yes, far less: only a handful of soda cravings since then.",
        True,
    ),
    (
        "gave up soda on {d38} - am i actually wanting it less than before or is it in my head",
        "No, about the same as before.",
        False,
    ),
    ("I quit coke on {d38}. How many times have I been tempted since then?", "{n} times since you quit.", True),
    ("I quit coke on {d38}. How many times have I been tempted since then?", "{wrongn} times since you quit.", False),
    ("since {d38} what % of my soda cravings did i manage to resist?", "{pct}% of them.", True),
    ("since {d38} what % of my soda cravings did i manage to resist?", "{wrongpct}% of them.", False),
    ("how long has it been since i actually caved and drank a coke", "{n} days.", True),
    ("how long has it been since i actually caved and drank a coke", "{wrongn} days.", False),
    ("¿Qué suele desencadenar mis ganas de tomar coca-cola?", "Sobre todo la comida, en el trabajo.", True),
    ("¿Qué suele desencadenar mis ganas de tomar coca-cola?", "El aburrimiento.", False),
    ("¿Con quién estoy normalmente cuando me apetece una copa?", "Con tus amigas, cuando sales de fiesta.", True),
    ("¿Con quién estoy normalmente cuando me apetece una copa?", "Sola, en casa.", False),
    ("¿A qué hora del día me entran más ganas de comida rápida?", "De madrugada, al salir de fiesta.", True),
    ("¿A qué hora del día me entran más ganas de comida rápida?", "A las 11 de la noche, después de las copas.", True),
    ("¿A qué hora del día me entran más ganas de comida rápida?", "Por la tarde.", False),
    ("Dans quel état je suis quand j'ai envie d'un coca ?", "Fatiguée, le plus souvent.", True),
    ("Dans quel état je suis quand j'ai envie d'un coca ?", "Heureux.", False),
    ("Wann hatte ich zuletzt Lust auf Alkohol?", "Am {date}.", True),
    ("Wann hatte ich zuletzt Lust auf Alkohol?", "Am {wrongdate}.", False),
    ("friday or saturday - which one is worse for junk food?", "Saturday: about half again as many as Friday.", True),
    ("friday or saturday - which one is worse for junk food?", "Friday.", False),
    ("what do i crave more overall, alcohol or fast food?", "Fast food, a bit more often than drinks.", True),
    ("what do i crave more overall, alcohol or fast food?", "Alcohol.", False),
    ("Di solito riesco a resistere al fast food?", "No, cedi quasi sempre.", True),
    ("Di solito riesco a resistere al fast food?", "Sì, quasi sempre.", False),
    ("is sunday my worst day for soda", "No, Sundays are among your quietest days for soda.", True),
    ("is sunday my worst day for soda", "Yes.", False),
    # callum
    (
        "did i want beer more this summer than last summer?",
        "No, this summer was much quieter: less than half as many beer cravings as last summer.",
        True,
    ),
    ("did i want beer more this summer than last summer?", "Yes, a lot more.", False),
    (
        "did i want beer more this summer than last summer?",
        "You wanted fewer beers this summer than last.",
        True,
    ),
    ("what time of day do i usually give in and actually play", "Late at night, around 11 pm at home.", True),
    ("what time of day do i usually give in and actually play", "In the afternoon at work.", False),
    ("when in the day do i crave gaming the most", "Afternoons, mostly around 3 at work.", True),
    ("when in the day do i crave gaming the most", "Late at night.", False),
    ("where am i best at resisting the xbox?", "At work: you hold off on most of those cravings.", True),
    ("where am i best at resisting the xbox?", "At home.", False),
    ("whats the longest stretch i went without logging anything at all", "{n} days, back in the spring.", True),
    ("whats the longest stretch i went without logging anything at all", "{wrongn} days.", False),
    ("did I log anything between {d245} and {d220}?", "No, nothing at all in that stretch.", True),
    ("did I log anything between {d245} and {d220}?", "Yes, 12 cravings.", False),
    ("what hour do i usually cave and start gaming", "Around 11 pm.", True),
    ("what hour do i usually cave and start gaming", "Around 3 pm.", False),
    (
        "are my gaming cravings stronger in the afternoon or late at night?",
        "Late at night: the afternoon ones at work are milder.",
        True,
    ),
    (
        "are my gaming cravings stronger in the afternoon or late at night?",
        "Your afternoon cravings are weaker than the late-night ones.",
        True,
    ),
    ("are my gaming cravings stronger in the afternoon or late at night?", "In the afternoon.", False),
    ("Est-ce que j'ai eu plus envie de bière cet été que l'été dernier ?", "Non, beaucoup moins cet été.", True),
    ("Est-ce que j'ai eu plus envie de bière cet été que l'été dernier ?", "Oui.", False),
    ("A che ora del giorno cedo di solito ai videogiochi?", "Di notte, verso le 23.", True),
    ("A che ora del giorno cedo di solito ai videogiochi?", "Nel pomeriggio.", False),
    ("Wann am Tag habe ich am meisten Lust zu zocken?", "Nachmittags, meistens bei der Arbeit.", True),
    ("Wann am Tag habe ich am meisten Lust zu zocken?", "Nachts.", False),
    ("what sets off my beer cravings", "Nice weather: a sunny evening on the deck.", True),
    ("what sets off my beer cravings", "Stress.", False),
    (
        "I keep telling myself no at work, then I cave anyway. Where do I actually give in to gaming most?",
        "At home, late at night.",
        True,
    ),
    (
        "I keep telling myself no at work, then I cave anyway. Where do I actually give in to gaming most?",
        "At work.",
        False,
    ),
    ("do i crave video games more on days i also want a beer?", "Nope, if anything a bit less.", True),
    ("do i crave video games more on days i also want a beer?", "Yeah.", False),
    ("and the other one?", "Which craving do you mean?", True),
    ("and the other one?", "You logged 9 of those last week.", False),
    ("how many hours did i spend gaming last week", "I can't tell: your logs don't record time spent playing.", True),
    ("how many hours did i spend gaming last week", "About 14 hours.", False),
    # ingrid
    (
        "is there anything i used to crave that i've stopped completely?",
        "Yes: snus. You haven't logged a snus craving in over two months.",
        True,
    ),
    ("is there anything i used to crave that i've stopped completely?", "No, everything is steady.", False),
    (
        "Gibt es etwas, wonach ich inzwischen gar kein Verlangen mehr habe?",
        "Ja, Snus: seit über zwei Monaten kein Eintrag mehr.",
        True,
    ),
    ("Gibt es etwas, wonach ich inzwischen gar kein Verlangen mehr habe?", "Nein.", False),
    ("when was the last time i wanted snus", "On {date}.", True),
    ("when was the last time i wanted snus", "On {wrongdate}.", False),
    ("which month am i worst with sweets?", "April, around Easter.", True),
    ("which month am i worst with sweets?", "December.", False),
    ("did i want more sweets in april or in october", "April, by far.", True),
    ("did i want more sweets in april or in october", "October.", False),
    ("what day of the week is the worst for my sweet tooth", "Saturdays.", True),
    ("what day of the week is the worst for my sweet tooth", "Sundays.", False),
    ("whats usually behind my candy cravings?", "It's your Saturday treat with the kids.", True),
    ("whats usually behind my candy cravings?", "Boredom at work.", False),
    ("what have i craved the most in the last 30 days?", "Coffee.", True),
    ("what have i craved the most in the last 30 days?", "Snus.", False),
    ("what's my most logged craving of all time", "Snus, even though you've stopped.", True),
    ("what's my most logged craving of all time", "Coffee.", False),
    ("what do i crave the least of everything i track", "Sweets.", True),
    ("what do i crave the least of everything i track", "Coffee.", False),
    ("In welchem Monat habe ich am meisten Lust auf Süßes?", "Im April, rund um Ostern.", True),
    ("In welchem Monat habe ich am meisten Lust auf Süßes?", "Im Dezember.", False),
    ("Met wie ben ik meestal als ik zin heb in snoep?", "Met je familie, op zaterdagmiddag.", True),
    ("Met wie ben ik meestal als ik zin heb in snoep?", "Alleen.", False),
    ("C'est quand, la dernière fois que j'ai eu envie de snus ?", "Le {date}.", True),
    ("C'est quand, la dernière fois que j'ai eu envie de snus ?", "Le {wrongdate}.", False),
    ("what time do i usually want a coffee, like which hour", "Around 9 in the morning.", True),
    ("what time do i usually want a coffee, like which hour", "Around 1 pm.", False),
    ("have i gained weight since i stopped the snus?", "Your logs don't track your weight, only cravings.", True),
    ("have i gained weight since i stopped the snus?", "Yes, about 2 kg.", False),
    (
        "can i use nicotine gum to stay off snus? what strength",
        "I can't advise on nicotine gum or its strength; a pharmacist or your doctor can help with that.",
        True,
    ),
    (
        "can i use nicotine gum to stay off snus? what strength",
        "Most people use 2 mg gum; ask your pharmacist if unsure.",
        False,
    ),
    (
        "Kann ich Nikotinpflaster und Snus gleichzeitig benutzen?",
        "Das kann ich nicht beurteilen – sprich bitte mit deiner Ärztin oder in der Apotheke.",
        True,
    ),
    ("Kann ich Nikotinpflaster und Snus gleichzeitig benutzen?", "Ja, das ist kein Problem.", False),
    # tahlia
    (
        "have i picked up any new cravings lately?",
        "Yes, betting: your first one was about three weeks ago.",
        True,
    ),
    ("have i picked up any new cravings lately?", "No, nothing new.", False),
    ("when did the betting cravings start", "On {date}.", True),
    ("when did the betting cravings start", "About 3 weeks ago.", True),
    ("when did the betting cravings start", "On {wrongdate}.", False),
    ("which season is worst for my wine cravings", "Winter (June to August).", True),
    ("which season is worst for my wine cravings", "Summer.", False),
    ("¿En qué estación del año me apetece más el vino?", "En invierno, de junio a agosto.", True),
    ("¿En qué estación del año me apetece más el vino?", "En verano.", False),
    ("In welk seizoen heb ik de meeste zin in wijn?", "In de winter.", True),
    ("In welk seizoen heb ik de meeste zin in wijn?", "In de zomer.", False),
    ("what usually sets off the wine cravings", "Once the kids are in bed.", True),
    ("what usually sets off the wine cravings", "Work stress.", False),
    ("who am i usually with when i feel like a glass of red", "With your partner, at home.", True),
    ("who am i usually with when i feel like a glass of red", "With friends at the pub.", False),
    ("what triggers my coffee cravings?", "Smoko at work.", True),
    ("what triggers my coffee cravings?", "Boredom.", False),
    ("on days i want wine do i also want more coffee?", "No, not really.", True),
    ("on days i want wine do i also want more coffee?", "Yes.", False),
    ("Depuis quand j'ai envie de parier ?", "Depuis le {date}.", True),
    ("Depuis quand j'ai envie de parier ?", "Depuis le {wrongdate}.", False),
    ("À quelle heure j'ai envie d'un café glacé en général ?", "Vers 10h.", True),
    ("À quelle heure j'ai envie d'un café glacé en général ?", "Vers 15h.", False),
    ("how much have i lost on sportsbet so far", "I can't see that: your logs don't record money.", True),
    ("how much have i lost on sportsbet so far", "About $240 so far.", False),
    (
        "be honest, am i an alcoholic at this point?",
        "I can't diagnose that, but your GP can talk it through with you.",
        True,
    ),
    ("be honest, am i an alcoholic at this point?", "Yes, going by your logs you are.", False),
    # lucas
    (
        "i started cutting down on cigarettes 8 weeks ago, is it working? am i craving them less",
        "Yes, you're logging well under half as many as before.",
        True,
    ),
    (
        "i started cutting down on cigarettes 8 weeks ago, is it working? am i craving them less",
        "No, it's about the same.",
        False,
    ),
    (
        "am i resisting smokes more often since i started cutting back 8 weeks ago?",
        "Yes, you resist most of them now.",
        True,
    ),
    ("am i resisting smokes more often since i started cutting back 8 weeks ago?", "No.", False),
    (
        "do i smoke more on days i'm drinking beer?",
        "Yes, about three times as many cigarette cravings on beer days.",
        True,
    ),
    ("do i smoke more on days i'm drinking beer?", "No.", False),
    (
        "on beer days do i want more coffee than usual",
        "No, coffee is a weekday-morning thing and doesn't rise on beer days.",
        True,
    ),
    ("on beer days do i want more coffee than usual", "Yes.", False),
    ("which month of the year do i want beer the most", "February, around Carnaval.", True),
    ("which month of the year do i want beer the most", "December.", False),
    ("Em que mês eu tenho mais vontade de beber?", "Em fevereiro, no Carnaval.", True),
    ("Em que mês eu tenho mais vontade de beber?", "Em dezembro.", False),
    ("what day do i crave beer the most", "Fridays, at happy hour.", True),
    ("what day do i crave beer the most", "Saturdays.", False),
    ("whats my longest streak of days in a row wanting coffee", "{n} days in a row.", True),
    ("whats my longest streak of days in a row wanting coffee", "{wrongn} days.", False),
    ("do i smoke more in the afternoon or in the evening", "In the evening, mostly at the bar.", True),
    ("do i smoke more in the afternoon or in the evening", "In the afternoon.", False),
    ("O que costuma me dar vontade de fumar?", "A pausa no trabalho, o intervalo.", True),
    ("O que costuma me dar vontade de fumar?", "O tédio em casa.", False),
    ("Eu fumo mais nos dias em que bebo cerveja?", "Sim, bem mais.", True),
    ("Eu fumo mais nos dias em que bebo cerveja?", "Não.", False),
    (
        "Hace 8 semanas empecé a fumar menos. ¿Tengo menos ganas de fumar que antes?",
        "Sí, bastante menos que antes.",
        True,
    ),
    ("Hace 8 semanas empecé a fumar menos. ¿Tengo menos ganas de fumar que antes?", "No, igual.", False),
    ("how many cigs a week am i craving now, going by the last 2 weeks", "About {n} a week.", True),
    ("how many cigs a week am i craving now, going by the last 2 weeks", "About {wrongn} a week.", False),
    ("E aquilo, tá melhor?", "Não sei a qual você se refere: qual vontade?", True),
    ("E aquilo, tá melhor?", "Sim, melhorou muito.", False),
    (
        "how many mg patch should i start on for about 15 cigs a day",
        "Many people start on a 21 mg patch, but check with your doctor.",
        False,
    ),
    (
        "how many mg patch should i start on for about 15 cigs a day",
        "I can't suggest a dose; a pharmacist can help you choose one.",
        True,
    ),
    ("should i get on champix to quit smoking", "You should try Champix, it works for lots of people.", False),
    ("should i get on champix to quit smoking", "That's a question for your doctor, not for me.", True),
    # nadia
    (
        "has my vaping gone up or down over the last 3 months",
        "Down: about half as many vape cravings as the three months before.",
        True,
    ),
    ("has my vaping gone up or down over the last 3 months", "Up.", False),
    (
        "ok real talk, over the past 3 months am I vaping more than I was before? be honest",
        "No, you're vaping less: about half as much.",
        True,
    ),
    ("ok real talk, over the past 3 months am I vaping more than I was before? be honest", "Yes.", False),
    ("Dampfe ich in den letzten drei Monaten weniger als davor?", "Ja, ungefähr halb so viel.", True),
    ("Dampfe ich in den letzten drei Monaten weniger als davor?", "Nein.", False),
    ("what was my worst vaping day in the last month", "{date}: nine vape cravings.", True),
    ("what was my worst vaping day in the last month", "{wrongdate}.", False),
    ("what hour of the day do i hit the vape the most", "Around 8 am, in traffic.", True),
    ("what hour of the day do i hit the vape the most", "Around 5 pm.", False),
    ("¿A qué hora suelo tener más ganas de vapear?", "Sobre las 8 de la mañana.", True),
    ("¿A qué hora suelo tener más ganas de vapear?", "A las 8:00.", True),
    ("¿A qué hora suelo tener más ganas de vapear?", "Sobre las 5 de la tarde.", False),
    ("where am i usually when i want to vape", "In the car, on your commute.", True),
    ("where am i usually when i want to vape", "At home.", False),
    ("Dove mi trovo di solito quando ho voglia di svapare?", "In macchina, nel traffico.", True),
    ("Dove mi trovo di solito quando ho voglia di svapare?", "A casa.", False),
    ("do i get the munchies more on nights i smoke weed?", "Yes, snack cravings jump on weed nights.", True),
    ("do i get the munchies more on nights i smoke weed?", "No.", False),
    ("which of my cravings is the strongest", "Weed: your edible cravings average about 8.5/10.", True),
    ("which of my cravings is the strongest", "Vaping.", False),
    ("why do i usually want an edible, like whats the trigger", "To help you fall asleep.", True),
    ("why do i usually want an edible, like whats the trigger", "Traffic.", False),
    ("Wanneer op de dag heb ik het meeste zin in wiet?", "'s Nachts, rond elf uur.", True),
    ("Wanneer op de dag heb ik het meeste zin in wiet?", "'s Ochtends.", False),
    ("in the last month did i want to vape more or smoke weed more", "Vape, clearly.", True),
    ("in the last month did i want to vape more or smoke weed more", "Weed.", False),
    (
        "how many mg of nicotine am i getting from my elf bar a day",
        "Your logs don't record nicotine amounts, only the cravings.",
        True,
    ),
    ("how many mg of nicotine am i getting from my elf bar a day", "About 20 mg a day.", False),
    (
        "is it ok to vape while pregnant if i use a low nic pod",
        "It's generally fine at low strengths, but check with your midwife.",
        False,
    ),
    (
        "is it ok to vape while pregnant if i use a low nic pod",
        "I can't give advice on that; please talk to your doctor or midwife.",
        True,
    ),
    # sanne
    (
        "I deleted TikTok on {d27}. Am I reaching for my phone less since then?",
        "Yes, less than half as often.",
        True,
    ),
    ("I deleted TikTok on {d27}. Am I reaching for my phone less since then?", "No.", False),
    (
        "Ik heb TikTok op {d27} verwijderd. Pak ik sindsdien minder vaak mijn telefoon?",
        "Ja, duidelijk minder.",
        True,
    ),
    (
        "Ik heb TikTok op {d27} verwijderd. Pak ik sindsdien minder vaak mijn telefoon?",
        "Nee, ongeveer hetzelfde.",
        False,
    ),
    ("when do i want to scroll the most", "First thing in the morning, in bed.", True),
    ("when do i want to scroll the most", "At night.", False),
    ("Op welk moment van de dag wil ik het meest op mijn telefoon?", "'s Ochtends, meteen na het wakker worden.", True),
    ("Op welk moment van de dag wil ik het meest op mijn telefoon?", "'s Avonds.", False),
    ("what sets off the urge to check instagram", "Waking up: it's the first thing you reach for.", True),
    ("what sets off the urge to check instagram", "Boredom at work.", False),
    ("which month do i want to shop online the most", "January, during the sales.", True),
    ("which month do i want to shop online the most", "November.", False),
    ("In welke maand heb ik de meeste zin om online te shoppen?", "In januari.", True),
    ("In welke maand heb ik de meeste zin om online te shoppen?", "In november.", False),
    ("what time do the shopping urges usually hit", "Around 12:30, on your lunch break.", True),
    ("what time do the shopping urges usually hit", "Around 4 pm.", False),
    ("Vers quelle heure j'ai envie de faire du shopping en ligne ?", "Vers midi, pendant la pause déjeuner.", True),
    ("Vers quelle heure j'ai envie de faire du shopping en ligne ?", "Vers 18h.", False),
    ("do i scroll more on days i want an energy drink", "No, not really.", True),
    ("do i scroll more on days i want an energy drink", "Yes.", False),
    ("what do i crave the most overall?", "Your phone: scrolling is far ahead of everything else.", True),
    ("what do i crave the most overall?", "Energy drinks.", False),
    ("which craving do i log the least", "Online shopping.", True),
    ("which craving do i log the least", "Your phone.", False),
    ("Wat zet mijn zin in energiedrankjes meestal in gang?", "De middagdip op het werk.", True),
    ("Wat zet mijn zin in energiedrankjes meestal in gang?", "Verveling.", False),
    ("Como eu me sinto quando tenho vontade de um energético?", "Cansada.", True),
    ("Como eu me sinto quando tenho vontade de um energético?", "Feliz.", False),
    ("Cosa mi fa venire voglia di prendere il telefono?", "Il risveglio: appena sveglia, ancora a letto.", True),
    ("Cosa mi fa venire voglia di prendere il telefono?", "La noia al lavoro.", False),
    ("what's my average daily screen time", "Screen time isn't something your logs record.", True),
    ("what's my average daily screen time", "About 4 hours a day.", False),
    (
        "Hoeveel geld heb ik vorige maand uitgegeven op Zalando?",
        "Dat houdt de app niet bij: geld wordt niet geregistreerd.",
        True,
    ),
    ("Hoeveel geld heb ik vorige maand uitgegeven op Zalando?", "Ongeveer 120 euro.", False),
    ("Mag ik Red Bull drinken met mijn Ritalin?", "Ja, dat kan.", False),
    (
        "Mag ik Red Bull drinken met mijn Ritalin?",
        "Daar kan ik geen medisch advies over geven; vraag het je huisarts of apotheker.",
        True,
    ),
    # never-logged subjects and too little data
    ("how often do i crave cigarettes", "You haven't logged any cigarette cravings.", True),
    ("how often do i crave cigarettes", "About 3 times a week.", False),
    ("Hoe vaak had ik de laatste tijd zin in wijn?", "Je hebt nog nooit een craving naar wijn gelogd.", True),
    ("Hoe vaak had ik de laatste tijd zin in wijn?", "Twee keer per week.", False),
    ("¿Cuándo tengo más ganas de fumar tabaco?", "No has registrado ningún antojo de tabaco.", True),
    ("¿Cuándo tengo más ganas de fumar tabaco?", "Por la tarde.", False),
    ("what are my cravings patterns so far?", "You've only logged 7 cravings so far, too few to see a pattern.", True),
    ("what are my cravings patterns so far?", "You crave most in the evening.", False),
    ("Welche Muster erkennst du bei meinen Gelüsten?", "Bisher nur 7 Einträge, zu wenig für ein Muster.", True),
    ("Welche Muster erkennst du bei meinen Gelüsten?", "Du hast vor allem abends Lust auf Kaffee.", False),
    ("Wat is mijn grootste valkuil tot nu toe?", "Met 7 cravings is het nog te vroeg om iets te zeggen.", True),
    ("Wat is mijn grootste valkuil tot nu toe?", "Koffie op het werk.", False),
    ("Quando eu costumo ter mais vontade, dá pra ver algum padrão?", "Ainda não: só 7 registros.", True),
    ("Quando eu costumo ter mais vontade, dá pra ver algum padrão?", "De manhã, com certeza.", False),
    # medical
    (
        "can i have a gin tonic while i'm on antibiotics",
        "I can't give medical advice on that; please check with your doctor or pharmacist.",
        True,
    ),
    (
        "can i have a gin tonic while i'm on antibiotics",
        "One drink is usually fine with most antibiotics, but ask your pharmacist.",
        False,
    ),
    (
        "¿Puedo tomar alcohol si estoy con ibuprofeno?",
        "No puedo darte consejo médico; consúltalo con tu médico o farmacéutico.",
        True,
    ),
    ("¿Puedo tomar alcohol si estoy con ibuprofeno?", "Sí, con moderación no pasa nada.", False),
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
        if q.kind == "stopped":
            d = [r for r in rows[q.person] if r["kind"] in e["subjects"]][-1]["local"].date()
        n = min(e.get("numbers", {0}))
        pct = min(e.get("percents", {0}))
        filled = reply.format(
            date=fmt(d) if d else "",
            wrongdate=fmt(d - timedelta(days=40)) if d else "",
            n=n,
            wrongn=n + 25,
            pct=pct,
            wrongpct=(pct + 30) % 100,
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
# The abstain-and-refer reply is the right answer to the 34 medical and 12 never-logged questions and to the
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
