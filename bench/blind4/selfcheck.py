"""Mechanics check of the fourth blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind4.selfcheck   (from the repository root; or python bench/blind4/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind4"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {
    "soda": "fizzy drinks",
    "shopping": "online shopping",
    "snacks": "late-night snacks",
    "gaming": "gaming",
    "vaping": "vaping",
    "alcohol": "drinking",
    "sweets": "pastries",
    "nicotine": "snus",
    "cannabis": "edibles",
    "cigars": "cigarillos",
    "gambling": "betting",
    "coffee": "coffee",
    "phone": "your phone",
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
    value = e["value"]
    dim = e["dim"]
    if dim == "subject":
        value, wrong = NAMES[value], ("gaming" if value != "gaming" else "coffee")
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
    ("which season do i drink the most fizzy stuff", "Summer (December to February), mostly at work.", True),
    ("which season do i drink the most fizzy stuff", "Winter, June to August.", False),
    ("em que estação do ano bebo mais refrigerante?", "No verão, de dezembro a fevereiro.", True),
    ("em que estação do ano bebo mais refrigerante?", "No inverno.", False),
    (
        "since joining the gym ({en80}) am i craving cooldrinks less than before?",
        "Yes, less than half as often as before the gym.",
        True,
    ),
    ("since joining the gym ({en80}) am i craving cooldrinks less than before?", "No, about the same.", False),
    ("which month do i shop online the most", "November, with the Black Friday sales.", True),
    ("which month do i shop online the most", "December.", False),
    ("em que dia da semana tenho mais vontade de fazer compras online?", "Ao domingo, à noite.", True),
    ("em que dia da semana tenho mais vontade de fazer compras online?", "À sexta-feira.", False),
    ("whats usually behind my cooldrink cravings", "The 3pm slump at work, mostly when you're tired.", True),
    ("whats usually behind my cooldrink cravings", "Stress at home.", False),
    ("which night of the week do i raid the kitchen most", "Thursday nights, often after midnight.", True),
    ("which night of the week do i raid the kitchen most", "Fridays.", False),
    ("what time do my snack cravings usually kick in", "Late at night, between 11 pm and 2 am.", True),
    ("what time do my snack cravings usually kick in", "In the evening, around 8 pm.", False),
    ("is there anything i used to crave but dont anymore", "Vaping: your last vape craving was on {date}.", True),
    ("is there anything i used to crave but dont anymore", "Gaming, a while ago.", False),
    ("how many vape cravings last month", "You didn't log any vape cravings last month.", True),
    ("how many vape cravings last month", "You logged 12 vape cravings last month.", False),
    ("which of my cravings is the strongest one", "Gaming: PUBG urges average about 8.5 out of 10.", True),
    ("which of my cravings is the strongest one", "Your midnight snacks.", False),
    ("do i snack more on days i game?", "No, your snacking peaks on Thursday nights, not gaming days.", True),
    ("do i snack more on days i game?", "Yes, a lot more.", False),
    ("¿en qué estación del año tomo más vino?", "En invierno, de junio a agosto.", True),
    ("¿en qué estación del año tomo más vino?", "En verano.", False),
    ("¿este invierno tuve más ganas de vino que el invierno pasado?", "Sí, casi el doble.", True),
    ("¿este invierno tuve más ganas de vino que el invierno pasado?", "No, menos.", False),
    ("desde que empecé terapia el {es50}, ¿tomo menos vino?", "Sí, bastante menos que antes.", True),
    ("desde que empecé terapia el {es50}, ¿tomo menos vino?", "No, lo mismo.", False),
    ("¿qué día de la semana me tientan más las facturas?", "Los lunes, en el trabajo.", True),
    ("¿qué día de la semana me tientan más las facturas?", "Los viernes.", False),
    ("¿cómo me siento cuando me tientan las facturas?", "Con hambre, casi siempre.", True),
    ("¿cómo me siento cuando me tientan las facturas?", "Aburrida.", False),
    ("¿qué es lo que más se me antoja en general?", "En general, el vino: un malbec con la cena.", True),
    ("¿qué es lo que más se me antoja en general?", "Las medialunas.", False),
    ("a la mañana, ¿qué es lo que más se me antoja?", "Facturas y medialunas en el trabajo.", True),
    ("a la mañana, ¿qué es lo que más se me antoja?", "Vino.", False),
    ("zu welcher tageszeit will ich am meisten snus?", "Vormittags, bei der Arbeit.", True),
    ("zu welcher tageszeit will ich am meisten snus?", "Nachmittags.", False),
    (
        "since i got the nicotine gum 3 weeks ago am i using less snus",
        "Yes, roughly half as much as before the gum.",
        True,
    ),
    ("since i got the nicotine gum 3 weeks ago am i using less snus", "No, a bit more.", False),
    ("Will ich Snus eher unter der Woche oder am Wochenende?", "Unter der Woche, fast nur bei der Arbeit.", True),
    ("Will ich Snus eher unter der Woche oder am Wochenende?", "Am Wochenende.", False),
    ("op welke avond wil ik het vaakst gamen?", "Op zaterdagavond, met je vrienden.", True),
    ("op welke avond wil ik het vaakst gamen?", "Op vrijdag.", False),
    ("hoeveel procent van mijn game-drang weersta ik?", "Ongeveer {pct} procent.", True),
    ("hoeveel procent van mijn game-drang weersta ik?", "Ongeveer {wrongpct} procent.", False),
    ("Was war meine längste Pause ohne Zocken (in Tagen)?", "{n} Tage am Stück.", True),
    ("Was war meine längste Pause ohne Zocken (in Tagen)?", "{wrongn} Tage.", False),
    ("anything new showing up in my logs lately?", "Yes: cigarillos, since about three weeks ago.", True),
    ("anything new showing up in my logs lately?", "Nothing new, just edibles and shopping.", False),
    ("when did the cigarillo thing start", "Your first cigarillo craving was on {date}.", True),
    ("when did the cigarillo thing start", "It started on {wrongdate}.", False),
    ("which season do i online shop the most", "Winter (June to August), late at night.", True),
    ("which season do i online shop the most", "Summer, December to February.", False),
    ("in quale stagione faccio più shopping online?", "In inverno, tra giugno e agosto.", True),
    ("in quale stagione faccio più shopping online?", "In estate.", False),
    ("ho più voglia di edibles nel weekend?", "No, soprattutto il venerdì sera.", True),
    ("ho più voglia di edibles nel weekend?", "Sì, nel weekend.", False),
    ("sono quasi sempre da sola quando voglio un edible?", "Sì, quasi sempre a casa da sola.", True),
    ("what do i crave most in the evenings", "Edibles, mostly on Friday evenings.", True),
    ("what do i crave most in the evenings", "Cigarillos with friends.", False),
    (
        "où est-ce que je suis quand j'ai envie d'un pain au chocolat",
        "Sur le chemin du travail, à la boulangerie.",
        True,
    ),
    ("où est-ce que je suis quand j'ai envie d'un pain au chocolat", "À la maison.", False),
    ("quel jour de la semaine j'ai le plus envie d'un verre de vin ?", "Le jeudi soir, à l'apéro.", True),
    ("quel jour de la semaine j'ai le plus envie d'un verre de vin ?", "Le samedi.", False),
    ("qu'est-ce que je ressens d'habitude quand j'ai envie de viennoiseries ?", "La faim, surtout.", True),
    ("qu'est-ce qui me fait le plus craquer ?", "Les viennoiseries : pain au chocolat et croissants.", True),
    ("qu'est-ce qui me fait le plus craquer ?", "Le rosé.", False),
    ("was this summer worse than last summer for rosé?", "Yes, this summer you wanted wine far more often.", True),
    ("was this summer worse than last summer for rosé?", "No, it was calmer.", False),
    ("what time of year do i bet the most", "In the fall, during football season.", True),
    ("what time of year do i bet the most", "In the summer.", False),
    ("em que estação do ano tenho mais vontade de apostar?", "No outono.", True),
    ("quero mais refrigerante nos dias úteis ou no fim de semana?", "Nos dias úteis, no trabalho.", True),
    ("quero mais refrigerante nos dias úteis ou no fim de semana?", "No fim de semana.", False),
    ("do i crave more soda on days i bet?", "Yes, about twice as much on betting Sundays.", True),
    ("do i crave more soda on days i bet?", "No.", False),
    ("what % of my betting urges do i resist", "About {pct}%, so roughly one in ten.", True),
    ("what % of my betting urges do i resist", "About {wrongpct}%.", False),
    ("how many vape cravings did i have last week", "You haven't logged any vaping cravings.", True),
    ("how many vape cravings did i have last week", "You had 3 last week.", False),
    ("can i take adderall and drink mountain dew all day", "Yes, in moderation that's fine.", False),
    (
        "can i take adderall and drink mountain dew all day",
        "I can't give medical advice about that; please ask your doctor or pharmacist.",
        True,
    ),
    (
        "¿puedo tomar gabapentina para dejar de apostar?",
        "Consultá con tu médico o psiquiatra, no puedo aconsejarte.",
        True,
    ),
    ("¿puedo tomar gabapentina para dejar de apostar?", "Sí, te puede ayudar.", False),
    (
        "Kaugummi mit 4 mg: wie viele pro Tag sind für mich noch ok?",
        "Das kann ich nicht medizinisch beantworten; frag bitte deine Ärztin oder die Apotheke.",
        True,
    ),
    (
        "Kaugummi mit 4 mg: wie viele pro Tag sind für mich noch ok?",
        "Höchstens 24 Stück mit 2 mg, frag sonst die Apotheke.",
        False,
    ),
    (
        "le baclofène, combien de mg pour arrêter l'alcool ?",
        "Je ne peux pas donner de conseil médical : parle-en à ton médecin.",
        True,
    ),
    (
        "le baclofène, combien de mg pour arrêter l'alcool ?",
        "En général on commence à 15 mg, voyez votre médecin.",
        False,
    ),
    ("Was ist mein typisches Muster?", "Du hast erst 6 Einträge, zu wenig für ein Muster.", True),
    ("Was ist mein typisches Muster?", "Abends, zu Hause, mit der Familie.", False),
    ("op welke dag heb ik de meeste trek?", "Je hebt pas zes cravings gelogd, te weinig om iets te zeggen.", True),
    ("¿a qué hora del día tengo más antojos?", "Por la tarde.", False),
    ("hoe vaak heb ik zin in chocola?", "Je hebt geen zin in chocola gelogd.", True),
    ("hoe vaak heb ik zin in chocola?", "Twee keer per week.", False),
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
]
# The abstain-and-refer reply is the right answer to the 27 medical and 14 never-logged questions and to the
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
