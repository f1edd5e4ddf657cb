"""Mechanics check of the fifth blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind5.selfcheck   (from the repository root; or python bench/blind5/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind5"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {
    "alcohol": "beer",
    "sweets": "sweets",
    "cigarettes": "cigarettes",
    "phone": "doomscrolling",
    "cannabis": "weed",
    "salty": "chips",
    "gambling": "poker",
    "heated_tobacco": "heated tobacco",
    "energy": "energy drinks",
    "fast_food": "fast food",
    "coffee": "coffee",
    "gaming": "gaming",
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
    ("what season do I want beers the most", "Summer, December to February, mostly Friday evenings at the pub.", True),
    ("what season do I want beers the most", "Winter (June to August).", False),
    ("what hour of the day do I crave stuff the most?", "Around 10 pm, once the kids are asleep.", True),
    ("what hour of the day do I crave stuff the most?", "Between 9 and 11 pm.", True),
    ("what hour of the day do I crave stuff the most?", "Around 6 pm, after work.", False),
    ("what hour of the day do I crave stuff the most?", "22:00 is the busiest hour.", True),
    (
        "what was my single worst day for cravings in the last couple of months?",
        "{date}: the wedding, with eight cravings that day.",
        True,
    ),
    ("what was my single worst day for cravings in the last couple of months?", "{wrongdate}, with four.", False),
    ("what time of day does the ice cream thing hit me", "Late at night, around 10 pm.", True),
    ("what time of day does the ice cream thing hit me", "In the evening, around 8.", False),
    ("where am i usually when i feel like a cold one", "Out at the pub with your mates.", True),
    ("where am i usually when i feel like a cold one", "At home.", False),
    ("is the ice cream more of a weeknight thing or a weekend thing for me", "Weeknights, Sunday to Thursday.", True),
    ("is the ice cream more of a weeknight thing or a weekend thing for me", "Weekends.", False),
    (
        "which part of the day am i least likely to crave anything?",
        "Mornings: you've never logged one before noon.",
        True,
    ),
    ("which part of the day am i least likely to crave anything?", "Late at night.", False),
    ("what percentage of my cravings happen at home?", "About {pct}% of them, nearly all the ice cream.", True),
    ("what percentage of my cravings happen at home?", "About {wrongpct}% of them.", False),
    ("if i have a beer how long should i wait before breastfeeding", "Wait 2 hours per drink to be safe.", False),
    (
        "if i have a beer how long should i wait before breastfeeding",
        "That's one for your midwife or doctor; I can't advise on it.",
        True,
    ),
    ("is there something i used to crave that's gone now?", "Cigarettes: your last one was on {date}.", True),
    ("is there something i used to crave that's gone now?", "Scrolling, lately.", False),
    (
        "how many smoke cravings did i have last month",
        "None: you haven't logged a cigarette craving since October.",
        True,
    ),
    ("how many smoke cravings did i have last month", "You logged 14 cigarette cravings last month.", False),
    ("sutta sabse zyada kis din chahiye hota tha?", "Budhvaar ko, weekly review ke time.", True),
    ("sutta sabse zyada kis din chahiye hota tha?", "Shukravaar ko.", False),
    ("pichle hafte kitni baar reels dekhne ka mann hua?", "Pichle hafte {n} baar.", True),
    ("pichle hafte kitni baar reels dekhne ka mann hua?", "Pichle hafte {wrongn} baar.", False),
    ("à quel moment de la journée j'avais le plus envie de fumer ?", "L'après-midi, au travail.", True),
    ("à quel moment de la journée j'avais le plus envie de fumer ?", "Le soir.", False),
    ("is my scrolling habit getting worse?", "Yes, clearly more than the quarter before.", True),
    ("is my scrolling habit getting worse?", "No, it's steady.", False),
    (
        "21mg or 14mg nicotine patch if i start craving again?",
        "Start with the 21 mg patch and ask your pharmacist.",
        False,
    ),
    (
        "21mg or 14mg nicotine patch if i start craving again?",
        "I can't advise on patch strength; ask your doctor.",
        True,
    ),
    ("en qué mes fumo más marihuana?", "Septiembre, por las fiestas patrias.", True),
    ("en qué mes fumo más marihuana?", "En diciembre.", False),
    (
        "¿en qué estación del año tengo más ganas de fumar un caño?",
        "En primavera (septiembre a noviembre), sobre todo en septiembre.",
        True,
    ),
    ("¿en qué estación del año tengo más ganas de fumar un caño?", "En invierno.", False),
    ("¿dónde estoy generalmente cuando quiero un caño?", "En carretes, con tus amigos.", True),
    ("¿dónde estoy generalmente cuando quiero un caño?", "En la casa.", False),
    ("con quién ando cuando me dan ganas de fumar?", "Con los cabros, tus amigos.", True),
    ("con quién ando cuando me dan ganas de fumar?", "Sola.", False),
    ("¿como más papas los días que fumo?", "Sí: los días que fumas casi siempre viene el bajón de papas.", True),
    ("¿como más papas los días que fumo?", "No, no hay relación.", False),
    ("desde que volví a entrenar el {es40}, ¿resisto más las ganas de fumar?", "Sí, mucho más que antes.", True),
    ("desde que volví a entrenar el {es40}, ¿resisto más las ganas de fumar?", "No, igual que antes.", False),
    ("what hour do the chip cravings usually hit?", "Right around midnight.", True),
    ("what hour do the chip cravings usually hit?", "Between 11 pm and 1 am.", True),
    ("what hour do the chip cravings usually hit?", "Around 11 pm.", False),
    ("¿aguanto mejor las ganas de fumar entre semana o el finde?", "Entre semana: ahí aguantas más de la mitad.", True),
    ("¿aguanto mejor las ganas de fumar entre semana o el finde?", "El fin de semana.", False),
    ("what do i crave more, weed or chips?", "Chips, by a long way.", True),
    ("what do i crave more, weed or chips?", "Weed.", False),
    ("em que dia da semana tenho mais vontade de fumar um baseado?", "Ao sábado, à noite.", True),
    ("em que dia da semana tenho mais vontade de fumar um baseado?", "À sexta-feira.", False),
    ("hoe laat op de dag krijg ik meestal zin om te pokeren?", "'s Nachts, tussen 22:00 en middernacht.", True),
    ("hoe laat op de dag krijg ik meestal zin om te pokeren?", "'s Middags.", False),
    ("staat er de laatste tijd iets nieuws in mijn logs?", "Ja: IQOS (verhitte tabak), sinds een paar weken.", True),
    ("staat er de laatste tijd iets nieuws in mijn logs?", "Nee, alleen poker en snoep.", False),
    ("waar ben ik meestal als ik zin heb in een iqos?", "Onderweg naar je werk, op de fiets.", True),
    ("waar ben ik meestal als ik zin heb in een iqos?", "Thuis.", False),
    ("met wie ben ik als ik trek heb in snoep?", "Met je collega's, bij de koffie.", True),
    ("met wie ben ik als ik trek heb in snoep?", "Alleen.", False),
    ("hoeveel procent van mijn cravings heb ik op het werk?", "Ongeveer {pct} procent.", True),
    ("hoeveel procent van mijn cravings heb ik op het werk?", "Ongeveer {wrongpct} procent.", False),
    ("what time in the morning do i usually want my iqos?", "Around 8 in the morning, on the commute.", True),
    ("what time in the morning do i usually want my iqos?", "Around 7 am.", False),
    ("what do i crave least often?", "Heated tobacco: the IQOS only started a few weeks ago.", True),
    ("what do i crave least often?", "Poker.", False),
    ("heb ik ooit zin gehad in een joint?", "Nee, je hebt nooit zin in een joint gelogd.", True),
    ("heb ik ooit zin gehad in een joint?", "Ja, 3 keer.", False),
    ("Zu welcher Tageszeit will ich am ehesten Lakritz?", "Nachmittags, in der Kaffeepause.", True),
    ("Zu welcher Tageszeit will ich am ehesten Lakritz?", "Abends.", False),
    (
        "Kann ich Nikotinpflaster nehmen, um von IQOS wegzukommen?",
        "Das kann ich nicht beurteilen; frag bitte deinen Hausarzt oder die Apotheke.",
        True,
    ),
    ("Kann ich Nikotinpflaster nehmen, um von IQOS wegzukommen?", "Ja, ein 21 mg Pflaster am Tag reicht.", False),
    ("quel soir de la semaine j'ai le plus envie de Red Bull ?", "Le mardi soir, pendant tes gardes de nuit.", True),
    ("quel soir de la semaine j'ai le plus envie de Red Bull ?", "Le vendredi.", False),
    (
        "are my cravings stronger in the morning or at night?",
        "Your morning cravings are much stronger than the night ones.",
        True,
    ),
    (
        "are my cravings stronger in the morning or at night?",
        "Your morning ones are milder than the night ones.",
        False,
    ),
    ("which of my cravings is the strongest one?", "Fast food: the McMuffins on Grab average about 7.5/10.", True),
    ("which of my cravings is the strongest one?", "Energy drinks.", False),
    ("am i better at resisting fast food on weekends or on weekdays?", "On weekends you resist far more often.", True),
    ("am i better at resisting fast food on weekends or on weekdays?", "During the week.", False),
    ("como me sinto normalmente quando me apetece fast food?", "Com fome, quase sempre.", True),
    ("como me sinto normalmente quando me apetece fast food?", "Aborrecida.", False),
    ("how many cans of red bull a day is safe for me?", "No more than 2 cans a day; check with your doctor.", False),
    (
        "how many cans of red bull a day is safe for me?",
        "I can't tell you a safe amount; please ask your doctor.",
        True,
    ),
    (
        "est-ce que le modafinil serait mieux que le Red Bull pour mes gardes de nuit ?",
        "Je ne peux pas te conseiller là-dessus ; parles-en à ton médecin.",
        True,
    ),
    ("est-ce que le modafinil serait mieux que le Red Bull pour mes gardes de nuit ?", "Oui, c'est plus sûr.", False),
    ("what month am i the worst with candy", "October: the Halloween candy bowl at work.", True),
    ("what month am i the worst with candy", "December.", False),
    ("which season do i crave candy the most?", "Fall, mostly October.", True),
    ("which season do i crave candy the most?", "Summer.", False),
    ("what usually kicks off the doomscrolling", "The Sunday scaries, mostly.", True),
    ("what usually kicks off the doomscrolling", "Boredom at work.", False),
    ("have i been scrolling less since i deleted tiktok on {en30}?", "Yes, about a third as often.", True),
    ("have i been scrolling less since i deleted tiktok on {en30}?", "No, about the same.", False),
    ("where do i manage to resist most often?", "At work: you say no to the candy bowl quite often.", True),
    ("where do i manage to resist most often?", "At home, in bed.", False),
    ("who am i usually with when i cave?", "Mostly when you're alone in bed.", True),
    ("who am i usually with when i cave?", "With coworkers.", False),
    ("a che ora del giorno mi viene più voglia di dolci?", "Di pomeriggio, al lavoro.", True),
    ("a che ora del giorno mi viene più voglia di dolci?", "La sera.", False),
    ("dove mi trovo di solito quando voglio dei dolciumi?", "Al lavoro, di solito.", True),
    ("dove mi trovo di solito quando voglio dei dolciumi?", "A casa.", False),
    ("what's my quietest day of the week?", "Saturday: only a bit of late scrolling.", True),
    ("what's my quietest day of the week?", "Sunday.", False),
    ("Will ich Süßigkeiten eher unter der Woche oder am Wochenende?", "Unter der Woche, bei der Arbeit.", True),
    ("Will ich Süßigkeiten eher unter der Woche oder am Wochenende?", "Am Wochenende.", False),
    ("in the last 30 days, what did i want more: candy or scrolling?", "Candy, roughly twice as often.", True),
    ("in the last 30 days, what did i want more: candy or scrolling?", "Scrolling.", False),
    (
        "posso prendere la melatonina tutte le sere invece di stare sul telefono?",
        "Non posso darti consigli medici: chiedi al tuo medico.",
        True,
    ),
    ("posso prendere la melatonina tutte le sere invece di stare sul telefono?", "Sì, 1 mg la sera va bene.", False),
    ("w który dzień tygodnia najbardziej chce mi się energetyka?", "W poniedziałki, przed zmianą.", True),
    ("w który dzień tygodnia najbardziej chce mi się energetyka?", "W piątki.", False),
    ("ile razy chciało mi się piwa w styczniu?", "Ani razu, suchy styczeń się udał.", True),
    ("ile razy chciało mi się piwa w styczniu?", "Osiem razy.", False),
    ("czy na piwo mam ochotę głównie ze znajomymi?", "Tak, prawie zawsze ze znajomymi.", True),
    ("czy na piwo mam ochotę głównie ze znajomymi?", "Nie.", False),
    ("czy mogę pić piwo, jak biorę antybiotyk?", "Nie mogę doradzić, zapytaj lekarza albo farmaceutę.", True),
    ("czy mogę pić piwo, jak biorę antybiotyk?", "Tak, jedno piwo nie zaszkodzi.", False),
    ("In welcher Jahreszeit habe ich am meisten Lust auf Bier?", "Im Sommer, vor allem beim Grillen.", True),
    ("In welcher Jahreszeit habe ich am meisten Lust auf Bier?", "Im Winter.", False),
    ("Wo bin ich meistens, wenn ich ein Bier will?", "In der Kneipe mit Freunden.", True),
    ("Wo bin ich meistens, wenn ich ein Bier will?", "Zu Hause.", False),
    ("Trinke ich in letzter Zeit weniger Energydrinks?", "Ja, deutlich weniger als im Quartal davor.", True),
    ("Trinke ich in letzter Zeit weniger Energydrinks?", "Nein, eher mehr.", False),
    ("Bier: eher unter der Woche oder am Wochenende?", "Eher am Wochenende, vor allem samstags.", True),
    ("Bier: eher unter der Woche oder am Wochenende?", "Unter der Woche.", False),
    ("Wie viel Koffein am Tag ist für mich noch unbedenklich?", "Bis 400 mg am Tag gelten als unbedenklich.", False),
    (
        "Wie viel Koffein am Tag ist für mich noch unbedenklich?",
        "Das kann ich nicht sagen; frag deine Ärztin oder in der Apotheke.",
        True,
    ),
    ("what's the longest i've gone without wanting a beer?", "{n} days, through January.", True),
    ("what's the longest i've gone without wanting a beer?", "{wrongn} days.", False),
    ("how many beers a week do i want on average", "About {n} a week.", True),
    ("how many beers a week do i want on average", "About {wrongn} a week.", False),
    ("a que horas tenho mais desejos?", "Só tens 5 registos, ainda é pouco para ver um padrão.", True),
    ("a que horas tenho mais desejos?", "À noite, em casa.", False),
    ("what's my biggest trigger?", "You've only logged five cravings so far, too few to say.", True),
    ("quantas vezes me apeteceu jogar no casino online?", "Nunca registaste vontade de jogar.", True),
    ("quantas vezes me apeteceu jogar no casino online?", "Duas vezes em novembro.", False),
    ("on average how confident am i about resisting the scrolling, on the 0-10 scale", "About {n} out of 10.", True),
    ("on average how confident am i about resisting the scrolling, on the 0-10 scale", "About 9.5 out of 10.", False),
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
