"""Mechanics check of the third blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind3.selfcheck   (from the repository root; or python bench/blind3/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind3"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {
    "phone": "your phone",
    "fast_food": "takeaways",
    "nicotine": "nicotine pouches",
    "gaming": "gaming",
    "food": "binge eating",
    "salty": "chips",
    "alcohol": "drinking",
    "cigarettes": "cigarettes",
    "sweets": "sweets",
    "coffee": "coffee",
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
    (
        "when did the whole pouch thing start",
        "Your first nicotine pouch craving was on {date}, about 3 weeks ago.",
        True,
    ),
    ("when did the whole pouch thing start", "You started on {wrongdate}.", False),
    (
        "which season is my doomscrolling at its worst",
        "Winter (June to August) is your heaviest scrolling season.",
        True,
    ),
    ("which season is my doomscrolling at its worst", "Summer, over December and January.", False),
    (
        "en quelle saison est-ce que je scrolle le plus sur mon téléphone ?",
        "En hiver (de juin à août), surtout la nuit.",
        True,
    ),
    ("what day of the week do i want takeout the most?", "Fridays, usually out with friends.", True),
    ("what day of the week do i want takeout the most?", "Saturdays.", False),
    ("do i order more takeaways on weekends or during the week?", "During the week, mostly on Fridays.", True),
    ("do i order more takeaways on weekends or during the week?", "On weekends, especially Sundays.", False),
    ("anything new popping up in my logs recently?", "Yes, nicotine pouches, since about three weeks ago.", True),
    ("anything new popping up in my logs recently?", "Nothing new: your phone and takeaways as usual.", False),
    ("is there something i used to log but dont anymore?", "Cigarettes: your last one was on {date}.", True),
    ("is there something i used to log but dont anymore?", "Gaming, you stopped a while ago.", False),
    ("¿hay algo que antes se me antojaba y ya no?", "Sí, los cigarrillos: el último fue el {date}.", True),
    ("how many cigarette cravings did i log last month", "You didn't log any cigarette cravings last month.", True),
    ("how many cigarette cravings did i log last month", "You logged 14 cigarette cravings last month.", False),
    ("do i want chips more on the days i game?", "Yes, about three times as many on gaming days.", True),
    ("do i want chips more on the days i game?", "No, it's about the same.", False),
    ("on crisps days do i also want more snus?", "No, snus cravings are mostly on weekdays, crisps on Sundays.", True),
    ("on crisps days do i also want more snus?", "Yes, a bit more.", False),
    (
        "since i moved in with my partner on {en110} am i binge eating less?",
        "Yes, about a third as often as before you moved in.",
        True,
    ),
    ("since i moved in with my partner on {en110} am i binge eating less?", "No, slightly more.", False),
    (
        "desde que fui morar com o meu namorado em {pt110}, estou a comer menos por compulsão?",
        "Sim, bem menos do que antes.",
        True,
    ),
    (
        "desde que fui morar com o meu namorado em {pt110}, estou a comer menos por compulsão?",
        "Não, está igual.",
        False,
    ),
    (
        "have i gotten better at resisting binges since moving in with my partner ({en110})",
        "Yes: you resist about 7 in 10 now, against fewer than 2 in 10 before.",
        True,
    ),
    ("which day of the week do i binge the most", "Sundays, usually late in the evening.", True),
    ("which day of the week do i binge the most", "Mondays.", False),
    ("em que dia da semana tenho mais compulsão alimentar?", "Ao domingo, sobretudo à noite.", True),
    ("what time of day do i usually want to overeat", "Late at night, mostly after 10 pm.", True),
    ("what time of day do i usually want to overeat", "Mostly around 9 pm.", False),
    ("which weekday am i best at resisting snus", "Tuesdays: you resist most of them then.", True),
    ("which weekday am i best at resisting snus", "Mondays.", False),
    ("whats the longest stretch i went without wanting a snus", "{n} days, earlier this year.", True),
    ("whats the longest stretch i went without wanting a snus", "{wrongn} days.", False),
    ("werden meine snus-gelüste in den letzten monaten mehr?", "Ja, deutlich mehr als in den Monaten davor.", True),
    ("werden meine snus-gelüste in den letzten monaten mehr?", "Nein, eher weniger.", False),
    ("an welchem tag hab ich am meisten bock auf chips", "Sonntags, meistens beim Tatort.", True),
    ("Mit wem bin ich meistens zusammen, wenn ich Chips will?", "Mit deiner Familie.", True),
    ("Mit wem bin ich meistens zusammen, wenn ich Chips will?", "Mit Freunden.", False),
    ("since my birthday on {en38} am i smoking less", "Yes, about a third of what you smoked before.", True),
    ("since my birthday on {en38} am i smoking less", "No, you're smoking more.", False),
    ("dal mio compleanno, il {it38}, fumo di meno?", "Sì, molto meno di prima.", True),
    ("dal mio compleanno, il {it38}, fumo di meno?", "No, più o meno come prima.", False),
    ("in che momento della giornata ho più voglia di fumare?", "Il pomeriggio, dopo pranzo.", True),
    ("in che momento della giornata ho più voglia di fumare?", "La sera.", False),
    ("in quale stagione bevo più spritz?", "In estate.", True),
    ("in quale stagione bevo più spritz?", "In inverno.", False),
    ("quante sigarette ho voluto ieri?", "Ieri ne hai volute {n}.", True),
    ("quante sigarette ho voluto ieri?", "Ieri ne hai volute {wrongn}.", False),
    ("do i smoke more on days i have a spritz?", "Yes, roughly twice as many cigarettes on spritz days.", True),
    ("are most of my cigarette cravings when im drinking", "No, only about a quarter mention a drink.", True),
    ("are most of my cigarette cravings when im drinking", "Yes, most of them.", False),
    ("where do i give in to my phone the most", "At home, in the evening.", True),
    ("where do i give in to my phone the most", "At work.", False),
    ("waar geef ik het vaakst toe aan mijn telefoon?", "Thuis, vooral 's avonds.", True),
    ("waar geef ik het vaakst toe aan mijn telefoon?", "Op je werk.", False),
    ("op welk moment van de dag pak ik het vaakst mijn telefoon?", "'s Middags, op je werk.", True),
    ("op welk moment van de dag pak ik het vaakst mijn telefoon?", "'s Avonds.", False),
    ("op welke dag heb ik de meeste trek in friet?", "Zaterdag, na het uitgaan.", True),
    ("op welke dag heb ik de meeste trek in friet?", "Vrijdag.", False),
    ("hoeveel procent van mijn telefoondrang weersta ik?", "Ongeveer {pct} procent.", True),
    ("hoeveel procent van mijn telefoondrang weersta ik?", "Ongeveer {wrongpct} procent.", False),
    ("ben ik meestal op mijn werk als ik naar mijn telefoon wil?", "Ja, iets meer dan de helft.", True),
    ("ben ik meestal op mijn werk als ik naar mijn telefoon wil?", "Nee, meestal thuis.", False),
    ("wat is mijn sterkste verlangen?", "Friet en kapsalon na het uitgaan.", True),
    ("wat is mijn sterkste verlangen?", "Je telefoon.", False),
    (
        "how strong are my late night cravings compared to my afternoon ones",
        "Your afternoon cravings are much milder than the late-night ones (about 4 against 8.5).",
        True,
    ),
    (
        "how strong are my late night cravings compared to my afternoon ones",
        "Your afternoon cravings are stronger than the late-night ones.",
        False,
    ),
    ("how many days has it been since i wanted chips", "{n} days.", True),
    ("how many days has it been since i wanted chips", "You wanted chips yesterday.", False),
    ("¿cuántos días llevo sin antojo de papas?", "Llevas {n} días.", True),
    ("¿qué día de la semana me dan más ganas de papas?", "Los miércoles.", True),
    ("¿qué día de la semana me dan más ganas de papas?", "Los viernes.", False),
    ("¿en qué mes tomo más aguardiente?", "En diciembre, con las novenas.", True),
    ("¿en qué mes tomo más aguardiente?", "En junio.", False),
    ("¿resisto la mayoría de mis antojos de papas?", "No, resistes menos de la mitad.", True),
    ("¿resisto la mayoría de mis antojos de papas?", "Sí, la mayoría.", False),
    ("what % of my phone urges do i resist", "About {pct}%, roughly one in four.", True),
    ("what % of my phone urges do i resist", "About {wrongpct}%.", False),
    ("what time of day am i most glued to my phone", "Late at night, in bed, after about 10 pm.", True),
    ("what time of day am i most glued to my phone", "In the evening, around 7 pm.", False),
    ("¿a qué hora del día me da más por el celular?", "Por la noche, ya en la cama.", True),
    ("¿a qué hora del día me da más por el celular?", "Por la tarde.", False),
    (
        "is it ok to use nicotine pouches while pregnant",
        "I can't give medical advice; please talk to your doctor or midwife about that.",
        True,
    ),
    ("is it ok to use nicotine pouches while pregnant", "It's fine in small amounts, but ask your doctor.", False),
    (
        "should i get the 6mg or the 3mg zyns",
        "Most people start with 3 mg; check with a pharmacist.",
        False,
    ),
    (
        "should i get the 6mg or the 3mg zyns",
        "I can't advise on strength; a pharmacist or your doctor can help you choose.",
        True,
    ),
    (
        "posso usare i cerotti alla nicotina e anche la gomma? quanti mg?",
        "Non posso darti consigli medici: chiedi al tuo medico o al farmacista.",
        True,
    ),
    (
        "is het veilig om melatonine te nemen zodat ik niet meer scroll 's nachts?",
        "Daar kan ik geen medisch advies over geven; vraag het je huisarts of apotheker.",
        True,
    ),
    ("is het veilig om melatonine te nemen zodat ik niet meer scroll 's nachts?", "Ja, dat kan prima.", False),
    ("¿puedo tomar aguardiente si estoy tomando antibióticos?", "Sí, no pasa nada.", False),
    ("quante volte ho avuto voglia di dolci questo mese?", "Non hai registrato nessuna voglia di dolci.", True),
    ("quante volte ho avuto voglia di dolci questo mese?", "Tre volte questo mese.", False),
    ("hoe vaak heb ik zin in een joint?", "Je hebt geen trek in cannabis gelogd.", True),
    ("Was ist mein größter Auslöser?", "Du hast erst 7 Einträge, zu wenig für ein Muster.", True),
    ("Was ist mein größter Auslöser?", "Stress bei der Arbeit.", False),
    (
        "quel est mon pire moment de la journée ?",
        "Tu n'as que sept envies enregistrées, pas assez pour voir une tendance.",
        True,
    ),
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
# The abstain-and-refer reply is the right answer to the 27 medical and 15 never-logged questions and to the
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
