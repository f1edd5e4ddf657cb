"""Mechanics check of the sixth blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind6.selfcheck   (from the repository root; or python bench/blind6/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind6"

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
    if k in ("empty_days", "logged_days"):
        n = max(e["numbers"])
        return f"{n} days.", f"{n + 9} days."
    if k == "share":
        n = min(e["percents"])
        return f"About {n}% of them.", f"About {(n + 30) % 100}% of them."
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
    ("where am i normally when the aviator itch kicks in", "At the tavern with your mates, mostly on Saturdays.", True),
    ("where am i normally when the aviator itch kicks in", "At home.", False),
    ("what time of day do i usually get the urge to have a punt", "Saturday afternoons, around kick-off.", True),
    ("what time of day do i usually get the urge to have a punt", "Around 3 pm on Saturdays.", True),
    ("what time of day do i usually get the urge to have a punt", "In the evening.", False),
    ("what sets off my betting urges, going by my logs?", "Kick-off: most urges come as the game starts.", True),
    ("what sets off my betting urges, going by my logs?", "Boredom.", False),
    ("where am I best at saying no to a bet?", "At home: you turn down most of the Sunday ones.", True),
    ("where am I best at saying no to a bet?", "At the tavern.", False),
    ("have the urges to bet dropped off since {en50}, the day I self-excluded?", "Yes, far fewer since then.", True),
    ("have the urges to bet dropped off since {en50}, the day I self-excluded?", "No, about the same.", False),
    (
        "since I self-excluded on {en50}, do I resist the betting urge more often than before?",
        "Yes, you now resist most of them.",
        True,
    ),
    ("since I self-excluded on {en50}, do I resist the betting urge more often than before?", "No.", False),
    (
        "on the days i want to bet, do i also want kota more than usual?",
        "No: the kota is a weekday lunch thing and the betting mostly a Saturday one.",
        True,
    ),
    ("on the days i want to bet, do i also want kota more than usual?", "Yes.", False),
    ("on workdays around lunchtime, what am i craving most?", "Kota and bunny chow, by far.", True),
    ("on workdays around lunchtime, what am i craving most?", "Betting.", False),
    ("what share of my bet cravings happen at the tavern?", "About {pct}% of them.", True),
    ("what share of my bet cravings happen at the tavern?", "About {wrongpct}% of them.", False),
    ("at what time exactly does my lunch craving tend to hit?", "Right around noon.", True),
    ("at what time exactly does my lunch craving tend to hit?", "About 1 pm.", False),
    (
        "how much money have i lost on betway since june?",
        "Your logs don't record amounts of money, only the cravings themselves.",
        True,
    ),
    ("how much money have i lost on betway since june?", "You lost about R2,000.", False),
    ("how much money have i lost on betway since june?", "You logged 30 betting cravings since June.", False),
    ("so what about that thing from before?", "I'm not sure which craving you mean: the betting or the kota?", True),
    ("so what about that thing from before?", "You logged 480 cravings.", False),
    (
        "should I ask my GP for an antidepressant to stop the betting, and which one works best?",
        "I can't recommend a medicine; that's one to talk over with your GP.",
        True,
    ),
    (
        "should I ask my GP for an antidepressant to stop the betting, and which one works best?",
        "Bupropion works best; ask your GP for 150 mg.",
        False,
    ),
    ("ile razy w zeszłym tygodniu miałem ochotę na zakłady?", "W zeszłym tygodniu {n} razy.", True),
    ("ile razy w zeszłym tygodniu miałem ochotę na zakłady?", "W zeszłym tygodniu {wrongn} razy.", False),
    ("welke dag van de week heb ik de meeste zin om te wedden?", "Op zaterdag, rond de aftrap.", True),
    ("welke dag van de week heb ik de meeste zin om te wedden?", "Op zondag.", False),
    ("où suis-je d'habitude quand j'ai envie de parier ?", "Au bar avec tes amis, surtout le samedi.", True),
    ("où suis-je d'habitude quand j'ai envie de parier ?", "À la maison.", False),
    ("¿en qué mes me tomo más cocas?", "En mayo, con el calor.", True),
    ("¿en qué mes me tomo más cocas?", "En diciembre.", False),
    ("which season am i most into soda?", "Spring (March to May), peaking in May.", True),
    ("which season am i most into soda?", "Summer.", False),
    ("¿qué es lo que me provoca los antojos de pan dulce?", "El cafecito con tu mamá, casi siempre.", True),
    ("¿qué es lo que me provoca los antojos de pan dulce?", "El estrés del trabajo.", False),
    ("¿hay algún antojo nuevo en estas últimas semanas?", "Sí: el vape, desde hace unas semanas.", True),
    ("¿hay algún antojo nuevo en estas últimas semanas?", "No, solo refresco y pan dulce.", False),
    ("¿con quién estoy cuando me dan ganas de pan dulce?", "Con tu familia, sobre todo con tu mamá.", True),
    ("¿con quién estoy cuando me dan ganas de pan dulce?", "Sola.", False),
    ("did I want more pan dulce in october or in august?", "October, by a wide margin: pan de muerto season.", True),
    ("did I want more pan dulce in october or in august?", "August.", False),
    ("what's the peak hour for my cola cravings?", "Around 4 pm.", True),
    ("what's the peak hour for my cola cravings?", "Between 3 and 5 pm.", True),
    ("what's the peak hour for my cola cravings?", "Around 3 pm.", False),
    ("do I usually manage to say no to soda?", "No: you give in to about nine in ten.", True),
    ("do I usually manage to say no to soda?", "Yes, mostly.", False),
    ("¿cuántas calorías de refresco me tomé este mes?", "No registro calorías, solo tus antojos.", True),
    ("¿cuántas calorías de refresco me tomé este mes?", "Unas 3000 calorías.", False),
    ("¿y eso es mucho o poco?", "¿A qué te refieres? ¿Al refresco o al pan dulce?", True),
    ("¿y eso es mucho o poco?", "Es mucho.", False),
    (
        "¿puedo tomar metformina y seguir con mi coca diaria?",
        "No puedo darte consejo médico; pregúntale a tu médico.",
        True,
    ),
    ("¿puedo tomar metformina y seguir con mi coca diaria?", "Sí, con 500 mg de metformina no pasa nada.", False),
    ("In welcher Jahreszeit trinke ich am meisten Cola?", "Im Frühling, vor allem im Mai.", True),
    ("In welcher Jahreszeit trinke ich am meisten Cola?", "Im Sommer.", False),
    ("onde eu estou quando quero vapear?", "Em festas, com os amigos.", True),
    ("onde eu estou quando quero vapear?", "Em casa.", False),
    ("An welchem Tag der Woche packt mich die Zocklust am meisten?", "Freitags, nach Feierabend.", True),
    ("An welchem Tag der Woche packt mich die Zocklust am meisten?", "Am Samstag.", False),
    ("is there anything i used to crave that i don't anymore?", "Cigarettes: none logged since {date}.", True),
    ("is there anything i used to crave that i don't anymore?", "Gaming.", False),
    ("Wann hatte ich zuletzt Lust auf eine Kippe?", "Zuletzt am {date}.", True),
    ("Wann hatte ich zuletzt Lust auf eine Kippe?", "Zuletzt am {wrongdate}.", False),
    ("which night of the week is döner night for me?", "Saturday nights, after the club.", True),
    ("which night of the week is döner night for me?", "Sunday, around 2 am.", False),
    ("Zocke ich in letzter Zeit mehr als früher?", "Ja, deutlich mehr als im Quartal davor.", True),
    ("Zocke ich in letzter Zeit mehr als früher?", "Nein.", False),
    ("how many times did i want to game after 11 pm in the last 30 days?", "{n} times after 11 pm.", True),
    ("how many times did i want to game after 11 pm in the last 30 days?", "{wrongn} times.", False),
    ("à quel moment de la journée j'avais envie d'une clope ?", "Le matin, au bureau.", True),
    ("à quel moment de la journée j'avais envie d'une clope ?", "Le soir.", False),
    ("czy najczęściej chce mi się grać w nocy?", "Tak, prawie zawsze w nocy.", True),
    ("czy najczęściej chce mi się grać w nocy?", "Nie.", False),
    ("which of my cravings is the rarest?", "Döner: only after clubbing on Saturdays.", True),
    ("which of my cravings is the rarest?", "Gaming.", False),
    ("und, ist das jetzt viel?", "Was meinst du genau, das Zocken oder die Kippen?", True),
    ("und, ist das jetzt viel?", "Ja, das ist viel.", False),
    (
        "Kann ich Nikotinkaugummi kauen, obwohl ich seit zwei Monaten nicht mehr rauche?",
        "Das kann ich nicht beurteilen; sprich bitte mit deiner Ärztin oder in der Apotheke.",
        True,
    ),
    (
        "Kann ich Nikotinkaugummi kauen, obwohl ich seit zwei Monaten nicht mehr rauche?",
        "Ja, nimm ruhig 2 mg Kaugummi.",
        False,
    ),
    ("how many cravings did i log in may?", "None: you didn't log anything in May.", True),
    ("how many cravings did i log in may?", "You logged 12 cravings in May.", False),
    ("what's the longest stretch i went without logging anything at all?", "{n} days, late April to June.", True),
    ("what's the longest stretch i went without logging anything at all?", "{wrongn} days.", False),
    ("which month do i want to shop online the most?", "November, around the 11.11 and Black Friday sales.", True),
    ("which month do i want to shop online the most?", "December.", False),
    ("what tends to set off my shopping urges", "Payday, on the 25th.", True),
    ("what tends to set off my shopping urges", "Loneliness late at night.", False),
    ("did i log any cravings at all in may?", "No, nothing at all in May.", True),
    ("did i log any cravings at all in may?", "Yes, a few.", False),
    ("was may or july worse for my shopping cravings?", "July: you logged nothing at all in May.", True),
    ("was may or july worse for my shopping cravings?", "May.", False),
    (
        "how much did i spend on rakuten last month?",
        "Your logs don't include prices, so I can't tell what you spent.",
        True,
    ),
    ("how much did i spend on rakuten last month?", "About ¥30,000.", False),
    ("is it bad?", "What do you mean by bad: which craving are you asking about?", True),
    ("is it bad?", "Yes, it's bad.", False),
    (
        "could an SSRI fix my compulsive shopping?",
        "That's a question for your doctor; I can't advise on medication.",
        True,
    ),
    ("could an SSRI fix my compulsive shopping?", "Yes, 50 mg of sertraline usually helps.", False),
    ("waar ben ik meestal als ik zin heb in iets zoets?", "Onderweg naar huis, bij de konbini.", True),
    ("waar ben ik meestal als ik zin heb in iets zoets?", "Thuis.", False),
    ("jaki był mój najdłuższy okres bez żadnego wpisu?", "{n} dni, od kwietnia do czerwca.", True),
    ("jaki był mój najdłuższy okres bez żadnego wpisu?", "{wrongn} dni.", False),
    ("em que estação do ano eu mais quero fumar narguilé?", "No verão, principalmente em fevereiro.", True),
    ("em que estação do ano eu mais quero fumar narguilé?", "No inverno.", False),
    ("in che stagione ho più voglia di narghilè?", "In estate, soprattutto a febbraio.", True),
    ("in che stagione ho più voglia di narghilè?", "In inverno.", False),
    ("quando começou essa vontade de jogar o tigrinho?", "Começou em {date}.", True),
    ("quando começou essa vontade de jogar o tigrinho?", "Começou em {wrongdate}.", False),
    ("apareceu alguma vontade nova nas últimas semanas?", "Sim, o tigrinho, há umas três semanas.", True),
    ("apareceu alguma vontade nova nas últimas semanas?", "Não.", False),
    ("como eu me sinto quando quero rodar o tigrinho?", "Ansioso, quase sempre.", True),
    ("como eu me sinto quando quero rodar o tigrinho?", "Feliz.", False),
    ("qual é a coisa que eu menos tenho vontade?", "O tigrinho, que só apareceu há pouco.", True),
    ("qual é a coisa que eu menos tenho vontade?", "Café.", False),
    ("quanto dinheiro eu já perdi no tigrinho?", "Não registro valores, só as vontades.", True),
    ("quanto dinheiro eu já perdi no tigrinho?", "Uns R$ 500.", False),
    ("e aí, tá ruim?", "O que você quer dizer? Qual vontade?", True),
    ("e aí, tá ruim?", "Tá sim.", False),
    (
        "qual remédio é bom pra ansiedade que me dá vontade de jogar?",
        "Não posso indicar remédio; fala com o teu médico.",
        True,
    ),
    ("qual remédio é bom pra ansiedade que me dá vontade de jogar?", "Sim, 10 mg de escitalopram resolve.", False),
    ("which month did i crave hookah the most?", "February, carnival time.", True),
    ("which month did i crave hookah the most?", "December.", False),
    (
        "have i wanted wine less since my dry spell started on {en38}?",
        "Yes, about half as often since the dry spell began.",
        True,
    ),
    ("have i wanted wine less since my dry spell started on {en38}?", "No.", False),
    (
        "who am I with when I'm most likely to resist a drink?",
        "With family at weekend dinners: you resist most of those.",
        True,
    ),
    ("who am I with when I'm most likely to resist a drink?", "Alone.", False),
    ("am i better at resisting wine at the weekend or during the week?", "At the weekend.", True),
    ("am i better at resisting wine at the weekend or during the week?", "During the week.", False),
    ("which craving of mine seems to have died off completely?", "Vaping: the last Lost Mary was on {date}.", True),
    ("which craving of mine seems to have died off completely?", "Wine.", False),
    ("which month is my chocolate craving at its worst?", "December: the selection boxes.", True),
    ("which month is my chocolate craving at its worst?", "February.", False),
    (
        "how many units of wine a week is safe for a woman my age?",
        "I can't say what's safe for you; your GP can.",
        True,
    ),
    (
        "how many units of wine a week is safe for a woman my age?",
        "Up to 11 units a week is fine; check with your GP.",
        False,
    ),
    ("how many wine cravings did i log over christmas last year?", "{n} over Christmas.", True),
    ("how many wine cravings did i log over christmas last year?", "{wrongn} over Christmas.", False),
    ("🍷 this week, how many so far?", "{n} so far this week.", True),
    ("🍷 this week, how many so far?", "{wrongn} so far this week.", False),
    ("met wie was ik meestal als ik wilde vapen?", "Met je collega's, in de rookpauze.", True),
    ("met wie was ik meestal als ik wilde vapen?", "Alleen.", False),
    ("have the wine cravings made me put on weight?", "Your logs don't track weight, so I can't say.", True),
    ("have the wine cravings made me put on weight?", "Yes, about 3 kg.", False),
    ("how about then?", "Could you say which craving or which time you mean?", True),
    ("how about then?", "Then you logged 12.", False),
    ("quel jour de la semaine ai-je le plus envie de vin ?", "Le vendredi soir.", True),
    ("quel jour de la semaine ai-je le plus envie de vin ?", "Le samedi.", False),
    ("am i using fewer pouches lately?", "Yes, down by about half on the quarter before.", True),
    ("am i using fewer pouches lately?", "No, more.", False),
    ("what usually kicks off the urge for a zyn?", "Smoko on site, mostly.", True),
    ("what usually kicks off the urge for a zyn?", "Boredom.", False),
    ("which season do i want iced coffee the most?", "Summer: December to February.", True),
    ("which season do i want iced coffee the most?", "Winter.", False),
    ("where am i when i want an iced coffee?", "At the servo, on your own.", True),
    ("where am i when i want an iced coffee?", "At work.", False),
    ("what time of the arvo do the iced coffee cravings peak?", "Around 3 in the arvo.", True),
    ("what time of the arvo do the iced coffee cravings peak?", "Around 3 pm.", True),
    ("what time of the arvo do the iced coffee cravings peak?", "Around 2 pm.", False),
    ("do i crave pouches more on the weekend?", "No: weekends are your quietest days for pouches.", True),
    ("do i crave pouches more on the weekend?", "Yes.", False),
    (
        "what strength zyn should i drop down to, 6mg or 3mg?",
        "I can't advise on nicotine strength; a GP or pharmacist can help you taper.",
        True,
    ),
    ("what strength zyn should i drop down to, 6mg or 3mg?", "Drop to 3mg and you'll be fine.", False),
    ("hw many tims did i want a pouch yday", "{n} yesterday.", True),
    ("hw many tims did i want a pouch yday", "{wrongn} yesterday.", False),
    (
        "negli ultimi tre mesi ho avuto meno voglia di bustine rispetto ai tre mesi prima?",
        "Sì, molto meno.",
        True,
    ),
    ("negli ultimi tre mesi ho avuto meno voglia di bustine rispetto ai tre mesi prima?", "No.", False),
    ("o której godzinie najczęściej mam ochotę na mrożoną kawę?", "Około 15:00.", True),
    ("o której godzinie najczęściej mam ochotę na mrożoną kawę?", "Około 9:00.", False),
    (
        "am i better at knocking back pouches on weekends or weekdays?",
        "On weekends: at home with the family you knock back most of them.",
        True,
    ),
    ("am i better at knocking back pouches on weekends or weekdays?", "On weekdays.", False),
    ("what was the temperature on the days i wanted iced coffee?", "I don't have weather data in your logs.", True),
    ("what was the temperature on the days i wanted iced coffee?", "It was 38 degrees on most of them.", False),
    ("and the other one?", "Which one do you mean?", True),
    ("and the other one?", "The other one is coffee.", False),
    (
        "op welk moment van de dag heb ik de meeste trek?",
        "Je hebt pas 6 cravings gelogd, te weinig om een patroon te zien.",
        True,
    ),
    ("op welk moment van de dag heb ik de meeste trek?", "'s Avonds.", False),
    ("qual è il mio momento peggiore della giornata?", "Hai registrato solo 6 voglie, troppo poche per dirlo.", True),
    ("qual è il mio momento peggiore della giornata?", "La sera.", False),
    ("Gibt es ein Muster bei meinen Gelüsten?", "Bei nur 6 Einträgen lässt sich noch kein Muster erkennen.", True),
    ("Gibt es ein Muster bei meinen Gelüsten?", "Ja, abends.", False),
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
# The abstain-and-refer reply is the right answer to the 27 medical and 13 never-logged questions and to the
# counts that are truly zero (about 18% on the seal day), so the limit sits just above that.
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
