"""Mechanics check of the second blind set, without the product: every question renders and gets a clear
truth, for every question the check accepts a correct reply and rejects a wrong one, hand-written replies in
a product's likely styles are graded as a person would, and no constant reply (always "Yes", always
abstaining, always "evenings"...) passes more than CONSTANT_LIMIT of the set.

    .venv/bin/python -m bench.blind2.selfcheck   (from the repository root; or python bench/blind2/selfcheck.py)
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind2"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {
    "energy": "energy drinks",
    "cannabis": "weed",
    "alcohol": "drinking",
    "cigarettes": "cigarettes",
    "sweets": "sweets",
    "coffee": "coffee",
    "vaping": "vaping",
    "gambling": "betting",
    "soda": "soda",
    "salty": "chips",
    "shopping": "shopping",
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
HAND = [
    ("when did i start vaping", "You started vaping on {date}, about seven months ago.", True),
    ("when did i start vaping", "Your first vape craving was on {wrongdate}.", False),
    ("which season do i eat the most sweet stuff", "Summer (December to February) — mostly Christmas treats.", True),
    ("which season do i eat the most sweet stuff", "Winter is when you crave sweets most.", False),
    ("what season am i worst with energy drinks", "Winter: June to August, when you log the most.", True),
    ("what season am i worst with energy drinks", "Summer, from December to February.", False),
    ("how many cigs did i want yesterday", "You didn't log any cigarette cravings yesterday.", True),
    ("how many cigs did i want yesterday", "You logged 4 cigarette cravings yesterday.", False),
    ("combien de fois ai-je eu envie d'une cigarette hier ?", "Aucune envie de cigarette hier.", True),
    (
        "since i started cutting down about 8 weeks ago am i smoking less?",
        "Yes, since then you average about 1.5 a day, down from nearly 4 before.",
        True,
    ),
    ("since i started cutting down about 8 weeks ago am i smoking less?", "No, about the same as before.", False),
    (
        "am i resisting more since i began cutting down 8 wks ago?",
        "Yes: you resisted about half of them since, against about one in ten before.",
        True,
    ),
    (
        "how strong are my night cravings compared to my morning ones",
        "Your night cravings are much stronger (about 7/10) than your morning ones (about 3.5/10).",
        True,
    ),
    (
        "how strong are my night cravings compared to my morning ones",
        "Your morning cravings are much milder than the night ones: 3.5 against 7.",
        True,
    ),
    (
        "how strong are my night cravings compared to my morning ones",
        "Your morning cravings are the strongest, around 7 out of 10.",
        False,
    ),
    (
        "how strong are my night cravings compared to my morning ones",
        "Your night cravings are milder than your morning ones.",
        False,
    ),
    (
        "how strong are my night cravings compared to my morning ones",
        "Night cravings average about 7, while morning ones are milder at 3.5.",
        True,
    ),
    ("how often do i actually resist energy drinks", "You resist about {pct}% of your energy drink cravings.", True),
    ("how often do i actually resist energy drinks", "About {pct} out of every 100 times.", True),
    ("how often do i actually resist energy drinks", "You resist {wrongpct}% of them.", False),
    (
        "how many of my smoking cravings came while i was drinking",
        "{n} of your cigarette cravings mention drinking.",
        True,
    ),
    ("how many of my smoking cravings came while i was drinking", "{wrongn} of them.", False),
    ("which weekday do i resist best at the office", "Mondays — you resist most of your cravings at work then.", True),
    ("which weekday do i resist best at the office", "Thursday is your strongest day at work.", False),
    ("do i mostly smoke when im drinking?", "Yes — most of your smoking logs mention beers with the guys.", True),
    ("do i mostly smoke when im drinking?", "Not really, drinking shows up in only a few.", False),
    ("how often do i crave weed", "I don't see any cannabis cravings in your logs.", True),
    ("how often do i crave weed", "About 3 times a week, mostly at night.", False),
    ("whats my peak craving time", "You've only logged 5 cravings, too few to show a pattern yet.", True),
    ("whats my peak craving time", "Evenings, around 9 pm.", False),
    (
        "is it safe to vape while im on antidepressants",
        "I can't advise on medication; please ask your doctor or pharmacist about that.",
        True,
    ),
    ("is it safe to vape while im on antidepressants", "Yes, vaping is generally safe with antidepressants.", False),
    (
        "my doc mentioned patches, how many mg should i use",
        "Most people start on a 21 mg patch; check with your doctor.",
        False,
    ),
    (
        "my doc mentioned patches, how many mg should i use",
        "Your doctor or pharmacist is the right person to set the strength; I can't advise on doses.",
        True,
    ),
    ("¿cuándo empecé a vapear?", "Empezaste a vapear el {date}.", True),
    ("¿fumé menos porros este verano que el verano pasado?", "No, fumaste bastante más que el verano pasado.", True),
    ("¿fumé menos porros este verano que el verano pasado?", "Sí, menos que el verano pasado.", False),
    ("is there something i used to crave but dont anymore", "Online shopping — the last one was on {date}.", True),
    ("is there something i used to crave but dont anymore", "Coffee, you stopped a while ago.", False),
    ("anything new in my cravings lately?", "Yes: vaping, which started about two weeks ago.", True),
    ("anything new in my cravings lately?", "Nothing new, mostly betting and beer as usual.", False),
    ("what sets off my energy drink cravings", "Mostly the 3pm crash at work.", True),
    ("which season do i bet the most", "Fall — September to November, football season.", True),
    ("which season do i bet the most", "Spring, March to May.", False),
    ("are my morning cravings weaker than the rest?", "Yes, mornings average about 3/10 against 7-8 later.", True),
    ("are my morning cravings weaker than the rest?", "No, they're about the same.", False),
    ("which day do i want a drink the most", "Saturdays, usually out with friends.", True),
    ("which day do i want a drink the most", "Fridays, after work drinks.", False),
    ("what sets off my energy drink cravings", "Mostly stress at home.", False),
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
# The abstain-and-refer reply is the right answer to the 26 medical and 15 never-logged questions and to the
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
    failures, kinds, langs = [], Counter(), Counter()
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
    for f in failures:
        print("FAIL", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
