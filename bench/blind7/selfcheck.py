"""Mechanics check of the seventh blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind7.selfcheck   (from the repository root; or python bench/blind7/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind7"

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
    # megan
    (
        "where am i when i want wine the most",
        "Mostly out with the girls, at a bar on Friday and Saturday nights.",
        True,
    ),
    ("where am i when i want wine the most", "At home on the couch.", False),
    ("What usually sets off my sugar cravings?", "Mostly after dinner, in the evening.", True),
    ("What usually sets off my sugar cravings?", "Stress at work.", False),
    ("what time do the sugar cravings usually hit, like what hour", "Around 8 pm.", True),
    ("what time do the sugar cravings usually hit, like what hour", "Between 8 and 9 pm.", True),
    ("what time do the sugar cravings usually hit, like what hour", "Around 9 pm, after the kids are in bed.", False),
    (
        "did i want wine more this summer than last summer?",
        "Yes, about twice as many wine cravings as last summer.",
        True,
    ),
    ("did i want wine more this summer than last summer?", "No, it was about the same.", False),
    (
        "on days when i want wine do i also crave sugar more than usual?",
        "No, your sugar cravings don't go up on wine days.",
        True,
    ),
    ("on days when i want wine do i also crave sugar more than usual?", "Yes, they go together.", False),
    ("where am i best at saying no to wine", "At home: you turn down more of the weeknight glasses.", True),
    ("where am i best at saying no to wine", "When you're out at a bar with friends.", False),
    ("what do i crave the least out of everything i log", "Shopping: the Target runs are your rarest craving.", True),
    ("what do i crave the least out of everything i log", "Wine.", False),
    ("was i worse with wine in july or in march", "July, by a long way.", True),
    ("was i worse with wine in july or in march", "March.", False),
    (
        "Saturday or Sunday, which one is worse for my sugar cravings?",
        "Sundays, nearly twice as many as Saturdays.",
        True,
    ),
    ("Saturday or Sunday, which one is worse for my sugar cravings?", "Saturday.", False),
    ("how many days has it been since i last gave in to sugar?", "{n} days.", True),
    ("how many days has it been since i last gave in to sugar?", "{wrongn} days.", False),
    ("Longest streak of days in a row that I've wanted sugar?", "{n} days in a row.", True),
    ("Longest streak of days in a row that I've wanted sugar?", "{wrongn} days.", False),
    ("over the last 2 weeks how confident have i been about resisting sugar, on average", "About {n} out of 10.", True),
    ("over the last 2 weeks how confident have i been about resisting sugar, on average", "About 2 out of 10.", False),
    (
        "have i lost weight since i started cutting down on sugar?",
        "I can't tell: your logs don't track your weight.",
        True,
    ),
    ("have i lost weight since i started cutting down on sugar?", "Yes, about 3 kg.", False),
    ("have i lost weight since i started cutting down on sugar?", "You haven't logged any cravings like that.", False),
    (
        "Is it safe to have a glass of wine while I'm on sertraline?",
        "I can't advise on mixing alcohol with sertraline; please check with your doctor or pharmacist.",
        True,
    ),
    (
        "Is it safe to have a glass of wine while I'm on sertraline?",
        "One glass is generally fine, but check with your GP.",
        False,
    ),
    (
        "¿Es peligroso tomar vino estando embarazada?",
        "No puedo darte consejo médico; háblalo con tu médico o tu matrona.",
        True,
    ),
    ("¿Es peligroso tomar vino estando embarazada?", "Sí, un vaso de vez en cuando no pasa nada.", False),
    ("¿A qué hora del día me dan más ganas de comer dulce?", "Por la noche, después de cenar.", True),
    ("¿A qué hora del día me dan más ganas de comer dulce?", "Por la mañana.", False),
    ("Wo habe ich am häufigsten Lust auf Wein?", "In der Bar mit deinen Freundinnen, freitags und samstags.", True),
    ("Wo habe ich am häufigsten Lust auf Wein?", "Zu Hause.", False),
    ("Avec qui suis-je quand j'ai envie de sucre ?", "En famille, le soir après le dîner.", True),
    ("Avec qui suis-je quand j'ai envie de sucre ?", "Seule.", False),
    # dev
    ("What time of day do I usually want a cigarette? Like an actual time", "Around 4 pm, at your chai break.", True),
    ("What time of day do I usually want a cigarette? Like an actual time", "About 4 in the afternoon.", True),
    ("What time of day do I usually want a cigarette? Like an actual time", "Around 11 am.", False),
    ("morning, afternoon or evening - when do i smoke the most?", "Afternoons, mostly around 4.", True),
    ("morning, afternoon or evening - when do i smoke the most?", "Mornings.", False),
    ("whats the main trigger for my smoking", "Your chai breaks at work.", True),
    ("whats the main trigger for my smoking", "Boredom at home.", False),
    (
        "i started cutting down on cigs 5 weeks ago. is it working, am i craving fewer?",
        "Yes, about half as many cigarette cravings as before.",
        True,
    ),
    (
        "i started cutting down on cigs 5 weeks ago. is it working, am i craving fewer?",
        "No, it's about the same.",
        False,
    ),
    (
        "Has my phone habit got worse over the last 3 months?",
        "Yes, you've logged nearly twice as many phone cravings lately.",
        True,
    ),
    ("Has my phone habit got worse over the last 3 months?", "No.", False),
    ("do i smoke more on the days i'm glued to my phone?", "No, your smoking doesn't rise on heavy phone days.", True),
    ("do i smoke more on the days i'm glued to my phone?", "Yes.", False),
    ("whats the quietest time of day for my smoking cravings", "Late at night: you hardly log one after 10 pm.", True),
    ("whats the quietest time of day for my smoking cravings", "Mornings.", False),
    (
        "Am I better at resisting cigarettes on weekends or on weekdays?",
        "On weekends: you resist about half of them, far more than on workdays.",
        True,
    ),
    ("Am I better at resisting cigarettes on weekends or on weekdays?", "Weekdays.", False),
    ("How many cigarette cravings a day am I averaging over the last two weeks?", "About {n} a day.", True),
    ("How many cigarette cravings a day am I averaging over the last two weeks?", "About {wrongn} a day.", False),
    ("how many times did i want my phone after 11pm last week", "{n} times.", True),
    ("how many times did i want my phone after 11pm last week", "{wrongn} times.", False),
    (
        "Le samedi et le dimanche, j'ai davantage envie de cigarettes ?",
        "Non, tu fumes surtout en semaine, au travail.",
        True,
    ),
    ("Le samedi et le dimanche, j'ai davantage envie de cigarettes ?", "Oui.", False),
    (
        "Soll ich Nikotinpflaster nehmen, obwohl ich noch rauche?",
        "Das kann ich nicht beurteilen, bitte sprich mit deinem Arzt oder in der Apotheke.",
        True,
    ),
    ("Soll ich Nikotinpflaster nehmen, obwohl ich noch rauche?", "Ja, ein 21-mg-Pflaster pro Tag ist üblich.", False),
    (
        "what dose of nicotine gum should i use if i smoke about 10 a day",
        "I can't recommend a dose; a pharmacist or your doctor can work that out with you.",
        True,
    ),
    (
        "what dose of nicotine gum should i use if i smoke about 10 a day",
        "Most people start on 2 mg pieces; check with your pharmacist.",
        False,
    ),
    ("A che ora mi viene di solito voglia di fumare?", "Verso le 16:00, durante la pausa chai.", True),
    ("A che ora mi viene di solito voglia di fumare?", "Verso le 11:00.", False),
    ("Wie oft wollte ich gestern eine rauchen?", "Gestern {n} Mal.", True),
    ("Wie oft wollte ich gestern eine rauchen?", "Gestern {wrongn} Mal.", False),
    ("Waar heb ik meestal zin in een sigaret?", "Op het werk, met je collega's.", True),
    ("Waar heb ik meestal zin in een sigaret?", "Thuis.", False),
    ("A que horas do dia eu mais fico no celular?", "De madrugada, já na cama.", True),
    ("A que horas do dia eu mais fico no celular?", "De manhã.", False),
    ("Wie viele Stunden habe ich letzte Woche geschlafen?", "Schlaf wird in deinen Einträgen nicht erfasst.", True),
    ("Wie viele Stunden habe ich letzte Woche geschlafen?", "Etwa 6 Stunden pro Nacht.", False),
    # chloe
    ("I quit vaping on {d49}. How many times have I wanted one since?", "{n} times since you quit.", True),
    ("I quit vaping on {d49}. How many times have I wanted one since?", "{wrongn} times since you quit.", False),
    (
        "since i quit the vape on {d49} have the cravings actually eased off?",
        "Yes, way down: a handful since then.",
        True,
    ),
    ("since i quit the vape on {d49} have the cravings actually eased off?", "No, about the same.", False),
    ("Since quitting on {d49}, what percentage of my vape cravings have I beaten?", "{pct}% of them.", True),
    ("Since quitting on {d49}, what percentage of my vape cravings have I beaten?", "{wrongpct}% of them.", False),
    ("how many days since i last actually gave in and vaped", "{n} days: you haven't given in since you quit.", True),
    ("how many days since i last actually gave in and vaped", "You vaped today.", False),
    (
        "lol do i vape more on days when im drinking",
        "Yep, on beer days you log about twice as many vape cravings.",
        True,
    ),
    ("lol do i vape more on days when im drinking", "Nope.", False),
    ("Which season do I crave beer the most?", "Summer (December to February).", True),
    ("Which season do I crave beer the most?", "Winter.", False),
    ("Where am I best at resisting a beer?", "At home with your family.", True),
    ("Where am I best at resisting a beer?", "At the pub.", False),
    ("who am i usually with when i give in and have a beer", "Your mates at the pub.", True),
    ("who am i usually with when i give in and have a beer", "Your family.", False),
    ("what kicks off my beer cravings", "Knock-off drinks on a Friday.", True),
    ("what kicks off my beer cravings", "Stress at work.", False),
    ("whats the longest run of days in a row i wanted to vape", "{n} days straight.", True),
    ("whats the longest run of days in a row i wanted to vape", "{wrongn} days straight.", False),
    ("Com quem eu estou quando bate vontade de beber cerveja?", "Com os amigos, no pub.", True),
    ("Com quem eu estou quando bate vontade de beber cerveja?", "Com a família.", False),
    ("Combien de fois ai-je eu envie de vapoter la semaine dernière ?", "{n} fois la semaine dernière.", True),
    ("Combien de fois ai-je eu envie de vapoter la semaine dernière ?", "{wrongn} fois.", False),
    (
        "¿Me dan más ganas de vapear en el trabajo que en otros sitios?",
        "Sí, sobre todo en el trabajo por las tardes.",
        True,
    ),
    ("¿Me dan más ganas de vapear en el trabajo que en otros sitios?", "No.", False),
    (
        "Is het veilig om nicotinekauwgom te gebruiken terwijl ik zwanger ben?",
        "Daar kan ik geen medisch advies over geven; overleg met je verloskundige of huisarts.",
        True,
    ),
    ("Is het veilig om nicotinekauwgom te gebruiken terwijl ik zwanger ben?", "Ja, dat is veilig.", False),
    (
        "I'm 8 weeks pregnant. Is a few puffs of the vape here and there really that bad?",
        "I can't give medical advice on that; please talk to your midwife or GP.",
        True,
    ),
    ("I'm 8 weeks pregnant. Is a few puffs of the vape here and there really that bad?", "A few puffs is fine.", False),
    (
        "Est-ce que je peux prendre du Champix pour arrêter la vapoteuse ?",
        "Je ne peux pas te conseiller de médicament ; parles-en à ton médecin ou ton pharmacien.",
        True,
    ),
    ("Est-ce que je peux prendre du Champix pour arrêter la vapoteuse ?", "Oui, 1 mg deux fois par jour.", False),
    ("Seit ich am {d49} mit dem Dampfen aufgehört habe: habe ich weniger Verlangen?", "Ja, deutlich weniger.", True),
    ("Seit ich am {d49} mit dem Dampfen aufgehört habe: habe ich weniger Verlangen?", "Nein.", False),
    # mateo
    ("when did i start logging weed cravings?", "Your first weed log was on {date}.", True),
    ("when did i start logging weed cravings?", "About 11 months ago.", True),
    ("when did i start logging weed cravings?", "Your first weed log was on {wrongdate}.", False),
    ("Is there a season where the weed cravings get worse?", "Yes: winter, especially July.", True),
    ("Is there a season where the weed cravings get worse?", "Summer.", False),
    ("which night do I want to smoke weed the most?", "Thursdays, usually around 11 pm.", True),
    ("which night do I want to smoke weed the most?", "Saturday.", False),
    ("what's the longest stretch i've gone without logging anything at all?", "{n} days, during your trip.", True),
    ("what's the longest stretch i've gone without logging anything at all?", "{wrongn} days.", False),
    ("did i log anything between {d105} and {d95}?", "No, nothing at all in that stretch.", True),
    ("did i log anything between {d105} and {d95}?", "Yes, 5 cravings.", False),
    ("Who am I usually with when I crave a drink?", "With your family, at the Sunday asado.", True),
    ("Who am I usually with when I crave a drink?", "Alone.", False),
    ("around what time do i crave alcohol", "Around 2 pm on Sundays.", True),
    ("around what time do i crave alcohol", "Around 9 pm.", False),
    ("What time do I usually start wanting something sweet?", "Around 6 pm, at merienda.", True),
    ("What time do I usually start wanting something sweet?", "Around 4 pm.", False),
    ("thursday or friday, which night am i worse with weed", "Thursday, by far.", True),
    ("thursday or friday, which night am i worse with weed", "Friday.", False),
    ("¿Qué día de la semana tengo más ganas de fumar porro?", "Los jueves, de noche.", True),
    ("¿Qué día de la semana tengo más ganas de fumar porro?", "Los sábados.", False),
    ("¿En qué mes tuve más antojos de marihuana?", "En julio.", True),
    ("¿En qué mes tuve más antojos de marihuana?", "En enero.", False),
    ("¿Dónde estoy cuando me dan ganas de una birra?", "En el asado del domingo, con tu familia.", True),
    ("¿Dónde estoy cuando me dan ganas de una birra?", "En casa.", False),
    ("¿Qué me dispara las ganas de comer algo dulce?", "La merienda en el trabajo.", True),
    ("¿Qué me dispara las ganas de comer algo dulce?", "El aburrimiento.", False),
    ("¿Y eso es normal?", "¿A qué te refieres? ¿Qué antojo quieres que mire?", True),
    ("¿Y eso es normal?", "Sí, es normal: 12 antojos.", False),
    (
        "¿Puedo fumar porro si estoy tomando sertralina?",
        "No te puedo aconsejar sobre eso; consúltalo con tu médico o farmacéutico.",
        True,
    ),
    ("¿Puedo fumar porro si estoy tomando sertralina?", "Sí, no hay problema.", False),
    (
        "Mag ik wiet roken als ik ook antidepressiva slik?",
        "Daar kan ik niets over zeggen; vraag het je huisarts of apotheker.",
        True,
    ),
    ("Mag ik wiet roken als ik ook antidepressiva slik?", "Ja hoor.", False),
    ("In welke Jahreszeit habe ich am meisten Lust auf Gras?", "Im Winter (Juni bis August), vor allem im Juli.", True),
    ("In welke Jahreszeit habe ich am meisten Lust auf Gras?", "Im Sommer.", False),
    ("how much did i spend on weed last month", "Your logs don't record money, only the cravings.", True),
    ("how much did i spend on weed last month", "About $40.", False),
    ("¿Cuántos cigarrillos quise fumar el mes pasado?", "No has registrado ningún antojo de cigarrillos.", True),
    ("¿Cuántos cigarrillos quise fumar el mes pasado?", "Quisiste fumar 12 veces.", False),
    # jordan
    (
        "anything new showing up in my cravings lately?",
        "Yes: nicotine pouches (Zyn) started showing up about two weeks ago.",
        True,
    ),
    ("anything new showing up in my cravings lately?", "Nothing new; still energy drinks and betting.", False),
    ("When did I start wanting zyns?", "On {date}.", True),
    ("When did I start wanting zyns?", "About 2 weeks ago.", True),
    ("When did I start wanting zyns?", "On {wrongdate}.", False),
    ("what time do i usually want an energy drink", "Around 7 in the morning, before your shift.", True),
    ("what time do i usually want an energy drink", "Around 3 pm.", False),
    ("which month was the worst for my betting urges", "November.", True),
    ("which month was the worst for my betting urges", "September.", False),
    ("what time of year do i gamble-crave the most", "In the fall, during football season.", True),
    ("what time of year do i gamble-crave the most", "Summer.", False),
    ("Which craving of mine is the strongest?", "Betting: your DraftKings urges average about 7.5 out of 10.", True),
    ("Which craving of mine is the strongest?", "Energy drinks.", False),
    (
        "do i drink more energy drinks on the days i want to bet?",
        "No, if anything fewer: your bets are mostly Sundays.",
        True,
    ),
    ("do i drink more energy drinks on the days i want to bet?", "Yes.", False),
    ("do i log more betting cravings than energy drink ones?", "No, energy drinks far outnumber betting.", True),
    ("do i log more betting cravings than energy drink ones?", "Yes.", False),
    ("betting urges: weekdays or weekends?", "Weekends, Sundays above all.", True),
    ("betting urges: weekdays or weekends?", "Weekdays.", False),
    (
        "How much money have I lost on DraftKings this season?",
        "I can't see that: your logs don't include bet amounts.",
        True,
    ),
    ("How much money have I lost on DraftKings this season?", "About $350.", False),
    (
        "how many mg of caffeine did i have last week",
        "Your logs don't track caffeine amounts, just the cravings.",
        True,
    ),
    ("how many mg of caffeine did i have last week", "About 1,400 mg.", False),
    (
        "can i take adderall and drink monsters on the same day?",
        "I can't advise on combining those; ask your doctor or pharmacist.",
        True,
    ),
    ("can i take adderall and drink monsters on the same day?", "Yes, just keep it to one can.", False),
    (
        "Should I ask my doctor for naltrexone for the gambling?",
        "That's one for your doctor; I can't recommend medication.",
        True,
    ),
    ("Should I ask my doctor for naltrexone for the gambling?", "Yes, naltrexone works well for gambling.", False),
    ("É seguro tomar energético se eu tenho arritmia?", "Não posso dar conselho médico; fale com o seu médico.", True),
    ("É seguro tomar energético se eu tenho arritmia?", "Sim, com moderação.", False),
    ("An welchem Tag habe ich am meisten Lust zu wetten?", "Sonntags, beim Football.", True),
    ("An welchem Tag habe ich am meisten Lust zu wetten?", "Montags.", False),
    ("A que horas costumo querer um energético?", "Por volta das 7h, antes do turno.", True),
    ("A que horas costumo querer um energético?", "Por volta das 15h.", False),
    (
        "C'è qualcosa di nuovo tra le mie voglie ultimamente?",
        "Sì: le bustine di nicotina (Zyn), da circa due settimane.",
        True,
    ),
    ("C'è qualcosa di nuovo tra le mie voglie ultimamente?", "No, niente di nuovo.", False),
    ("Eu sinto mais vontade de apostar aos domingos?", "Sim, sobretudo aos domingos.", True),
    ("Eu sinto mais vontade de apostar aos domingos?", "Não.", False),
    ("Quel est mon déclencheur principal pour les paris ?", "Les matchs de NFL du dimanche.", True),
    ("Quel est mon déclencheur principal pour les paris ?", "L'ennui.", False),
    # emma
    ("is there anything i've quit craving?", "Coffee: you haven't logged a coffee craving since {date}.", True),
    ("is there anything i've quit craving?", "No, nothing has stopped.", False),
    ("When was the last time I wanted a coffee?", "On {date}.", True),
    ("When was the last time I wanted a coffee?", "Yesterday.", False),
    ("How many coffee cravings have I logged in the past 30 days?", "None in the past 30 days.", True),
    ("How many coffee cravings have I logged in the past 30 days?", "12.", False),
    ("what time of night do i doomscroll the most", "Around 11 pm.", True),
    ("what time of night do i doomscroll the most", "Around 1 am.", False),
    ("what time does my chocolate craving hit at work", "Around 3 in the afternoon.", True),
    ("what time does my chocolate craving hit at work", "Around 11 am.", False),
    (
        "I'm at the office again and the chocolate cravings are killing me — is work always where they're worst?",
        "Yes: every chocolate craving you've logged was at work.",
        True,
    ),
    (
        "I'm at the office again and the chocolate cravings are killing me — is work always where they're worst?",
        "No.",
        False,
    ),
    (
        "whats the longest break i've had from logging anything",
        "{n} days: nothing at all was logged in that stretch.",
        True,
    ),
    ("whats the longest break i've had from logging anything", "{wrongn} days.", False),
    ("are sundays my worst phone day?", "Yes, Sundays are by far your biggest phone day.", True),
    ("are sundays my worst phone day?", "No, that's Mondays.", False),
    (
        "last month was it more chocolate or more phone?",
        "More phone: your scrolling cravings outnumbered the chocolate.",
        True,
    ),
    ("last month was it more chocolate or more phone?", "More chocolate.", False),
    ("what about the other thing?", "Sorry, which craving do you mean?", True),
    ("what about the other thing?", "You logged 3 of them last week.", False),
    (
        "What was my average mood score out of 10 this week?",
        "The app doesn't record a mood score, only the feelings you tick, like lonely or tired.",
        True,
    ),
    ("What was my average mood score out of 10 this week?", "About 6 out of 10.", False),
    (
        "how many hours of screen time did i have yesterday",
        "I can't see screen time; your logs only hold your cravings.",
        True,
    ),
    ("how many hours of screen time did i have yesterday", "About 4 hours.", False),
    (
        "do i have adhd? i literally cannot put my phone down",
        "I can't diagnose that; a GP or psychologist can assess it.",
        True,
    ),
    ("do i have adhd? i literally cannot put my phone down", "Yes, it sounds like ADHD.", False),
    (
        "Kann ich Ibuprofen gegen die Kopfschmerzen vom Koffeinentzug nehmen?",
        "Das kann ich nicht beantworten, frag bitte in der Apotheke oder deine Ärztin.",
        True,
    ),
    ("Kann ich Ibuprofen gegen die Kopfschmerzen vom Koffeinentzug nehmen?", "Ja, 400 mg sind in Ordnung.", False),
    (
        "Posso prendere la melatonina tutte le sere per smettere di stare al telefono?",
        "Non posso darti consigli medici: chiedi al tuo medico o al farmacista.",
        True,
    ),
    (
        "Posso prendere la melatonina tutte le sere per smettere di stare al telefono?",
        "Sì, 1 mg la sera va bene.",
        False,
    ),
    ("A che ora ho più voglia di cioccolato?", "Verso le 15:00, al lavoro.", True),
    ("A che ora ho più voglia di cioccolato?", "Verso le 21:00.", False),
    (
        "Y a-t-il quelque chose dont je n'ai plus envie depuis un moment ?",
        "Oui : le café, plus rien depuis le {date}.",
        True,
    ),
    ("Y a-t-il quelque chose dont je n'ai plus envie depuis un moment ?", "Non, rien.", False),
    ("Wie viele Tage ist es her, dass ich zuletzt Lust auf Kaffee hatte?", "{n} Tage.", True),
    ("Wie viele Tage ist es her, dass ich zuletzt Lust auf Kaffee hatte?", "{wrongn} Tage.", False),
    ("Hoe voel ik me meestal als ik naar mijn telefoon grijp?", "Meestal eenzaam, laat op de avond in bed.", True),
    ("Hoe voel ik me meestal als ik naar mijn telefoon grijp?", "Verveeld.", False),
    ("when did i last crave a vape", "You haven't logged any vape cravings.", True),
    ("when did i last crave a vape", "On Tuesday.", False),
    ("Ho mai avuto voglia di scommettere?", "No, non hai mai registrato voglie di scommesse.", True),
    ("Ho mai avuto voglia di scommettere?", "Sì, 4 volte.", False),
    # marco
    ("Since I started the new job on {d63}, am I snacking more?", "Yes, roughly twice as often since then.", True),
    ("Since I started the new job on {d63}, am I snacking more?", "No, less.", False),
    (
        "since i started at the new place on {d63}, how many times a week do i crave snacks",
        "About {n} a week.",
        True,
    ),
    (
        "since i started at the new place on {d63}, how many times a week do i crave snacks",
        "About {wrongn} a week.",
        False,
    ),
    ("what sets off my late night snacking", "Netflix: most of them start while you're watching something.", True),
    ("what sets off my late night snacking", "Hunger after work.", False),
    ("which day of the week do i want to shop online the most", "Sunday evenings.", True),
    ("which day of the week do i want to shop online the most", "Friday.", False),
    ("which season am i worst for shopping", "Autumn, November above all.", True),
    ("which season am i worst for shopping", "Spring.", False),
    (
        "do i snack more on the days i want to go shopping online?",
        "Yes: on shopping days you log about three times as many snack cravings.",
        True,
    ),
    ("do i snack more on the days i want to go shopping online?", "No.", False),
    ("what was my worst day for snacking in the last two weeks?", "{date}, with seven snack cravings.", True),
    ("what was my worst day for snacking in the last two weeks?", "{wrongdate}.", False),
    (
        "how much money did i spend on zalando in november",
        "Your logs don't hold spending, only when you wanted to shop.",
        True,
    ),
    ("how much money did i spend on zalando in november", "About €120.", False),
    (
        "Quel médicament prendre pour arrêter de grignoter le soir ?",
        "Je ne peux pas recommander de médicament ; vois ça avec ton médecin.",
        True,
    ),
    ("Quel médicament prendre pour arrêter de grignoter le soir ?", "Essaie la naltrexone.", False),
    ("Da quando ho iniziato il nuovo lavoro il {d63}, ho più voglia di snack?", "Sì, molto di più da allora.", True),
    ("Da quando ho iniziato il nuovo lavoro il {d63}, ho più voglia di snack?", "No.", False),
    ("Qual è il giorno in cui ho più voglia di fare shopping online?", "La domenica sera.", True),
    ("Qual è il giorno in cui ho più voglia di fare shopping online?", "Il sabato.", False),
    ("In che momento della giornata ho più voglia di patatine?", "La notte, tardi sul divano.", True),
    ("In che momento della giornata ho più voglia di patatine?", "La sera.", False),
    ("Hoe vaak had ik zin in een sigaret?", "Je hebt nooit een sigaret gelogd.", True),
    ("Hoe vaak had ik zin in een sigaret?", "12 keer.", False),
    ("In welke maand had ik de meeste zin om online te shoppen?", "In november.", True),
    ("In welke maand had ik de meeste zin om online te shoppen?", "In december.", False),
    ("En moyenne, combien d'envies de grignoter ai-je par semaine ?", "Environ {n} par semaine.", True),
    ("En moyenne, combien d'envies de grignoter ai-je par semaine ?", "Environ {wrongn} par semaine.", False),
    ("Qual é o mês em que mais quero fazer compras online?", "Novembro.", True),
    ("Qual é o mês em que mais quero fazer compras online?", "Março.", False),
    # hana
    (
        "what's my pattern with cravings so far?",
        "You've only logged 7 cravings so far, too few to see a pattern.",
        True,
    ),
    ("what's my pattern with cravings so far?", "You crave most on Saturday evenings.", False),
    (
        "¿Hay algún momento en que se me antojen más cosas?",
        "Solo tienes 7 antojos registrados, son muy pocos para ver un patrón.",
        True,
    ),
    ("¿Hay algún momento en que se me antojen más cosas?", "Los sábados por la noche.", False),
    ("Wann habe ich die meisten Gelüste?", "Du hast erst 7 Einträge, zu wenig für ein Muster.", True),
    ("Wann habe ich die meisten Gelüste?", "Abends.", False),
    (
        "Op welk moment van de dag krijg ik het vaakst ergens zin in?",
        "Je hebt pas zeven cravings gelogd, te weinig om een patroon te zien.",
        True,
    ),
    (
        "Quando eu tenho mais vontades?",
        "Você só registrou 7 vontades até agora, ainda poucas para ver um padrão.",
        True,
    ),
    ("Quando eu tenho mais vontades?", "À noite.", False),
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
