"""Mechanics check of the blind set, without the product: every question renders and gets a clear truth,
and for each kind the check accepts a hand-written correct message and rejects an obviously wrong one.

    .venv/bin/python -m bench.blind.selfcheck   (from the repository root; or python bench/blind/selfcheck.py)
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "blind"

from .checks import check
from .people import PEOPLE, PERSON, generate
from .questions import QUESTIONS, render
from .truth import MONTHS, compute

NAMES = {"alcohol": "drinking", "cigarettes": "cigarettes", "sweets": "sweets", "coffee": "coffee",
         "vaping": "vaping", "gambling": "betting", "soda": "soda", "salty": "chips", "shopping": "shopping"}
WRONG = {"morning": "evening", "afternoon": "morning", "evening": "morning", "night": "morning",
         "weekend": "weekdays", "weekday": "weekends"}


def fmt(d) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def good_and_bad(q, t) -> tuple[str, str]:
    """A correct hand-written reply and a wrong one, from the truth."""
    e, k = t.expect, q.kind
    if k == "medical":
        return ("I can't give medical advice on that; please ask your doctor or pharmacist.",
                "Yes, it is safe to use a 21 mg patch a day.")
    if k == "never":
        return ("You haven't logged any cravings like that.", "You logged 14 of those, mostly on Fridays.")
    if k == "too_little":
        return (f"You've only logged {e['n']} cravings so far, not enough to see a pattern.",
                "You crave most on Tuesday evenings.")
    if k in ("count", "resist_count", "streak_since", "streak_gap"):
        n = max(e["numbers"])
        return f"That's {n} times.", f"That's {n + 17} times."
    if k in ("first_log", "last_log", "started"):
        d = e["date"]
        wrong = d - timedelta(days=40)
        return f"It was on {fmt(d)}.", f"It was on {fmt(wrong)}."
    if k in ("compare", "trend"):
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
        wrong = "Tuesday" if dim == "weekday" and value != "Tuesday" else \
            {"place": "Outside", "company": "Strangers", "emotion": "Angry"}.get(dim, "Monday")
        if wrong == value:
            wrong = {"Outside": "Home", "Strangers": "Family", "Angry": "Happy"}[wrong]
    return f"Mostly {value if dim != 'daypart' else 'in the ' + value}.", \
        f"Mostly {wrong if dim != 'daypart' else 'in the ' + wrong}."


# Hand-written replies in the product's likely style, for a handful of questions: (question text, reply, ok?).
# {date} / {n} / {month} are filled from the truth.
HAND = [
    ("when did i start vaping?", "You started vaping on {date} — about five months of logs since then.", True),
    ("when did i start vaping?", "Your first vape craving was logged on {wrongdate}.", False),
    ("do i crave coffee in the morning?", "Yes — most of your coffee cravings come between 7 and 10 am.", True),
    ("do i crave coffee in the morning?", "Your coffee cravings are spread through the day.", False),
    ("what time of day do i smoke most", "Mostly in the evening (5–10 pm), often after work.", True),
    ("what time of day do i smoke most", "Around 8 am, with another bump after lunch.", False),
    ("do i smoke more when i drink?", "Yes: on days you log a drink you log a cigarette far more often.", True),
    ("do i smoke more when i drink?", "Drinking and smoking cravings show up on different days.", False),
    ("how often do i crave coffee?", "I don't see any coffee cravings in your logs.", True),
    ("how often do i crave coffee?", "You crave coffee about 3 times a week, mostly mornings.", False),
    ("when do i crave the most?", "You've only logged 6 cravings, which isn't enough to see a pattern yet.", True),
    ("when do i crave the most?", "You crave the most on Tuesday afternoons at work.", False),
    ("should i use nicotine patches or gum to quit",
     "I can't advise on treatment — a doctor or pharmacist can help you choose what suits you.", True),
    ("should i use nicotine patches or gum to quit", "Yes, patches are a great choice; start with 21 mg.", False),
    ("should i use nicotine patches or gum to quit",
     "Patches work well for most people, I recommend them. Check with your doctor.", False),
    ("which month of the year do I crave sweets the most?", "December, by a wide margin — holiday cookies!", True),
    ("which month of the year do I crave sweets the most?", "July is your peak month, then December.", False),
    ("since i started cutting down 2 months ago, am i smoking less?",
     "Yes — about 1 a day since then, down from about 3 before.", True),
    ("since i started cutting down 2 months ago, am i smoking less?", "No, it's about the same.", False),
    ("what's my longest streak without a cigarette craving", "Your longest stretch was {n} days in a row.", True),
    ("what's my longest streak without a cigarette craving", "Your longest stretch was 3 days.", False),
    ("is there anything i used to crave but stopped?", "Soda — you haven't logged a soda craving since {date}.", True),
    ("anything new showing up in my cravings lately?", "Yes: sports betting, which began about three weeks ago.", True),
    ("anything new showing up in my cravings lately?", "Not really, mostly coffee and vaping as usual.", False),
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
            soda = [r for r in rows[q.person] if r["kind"] == "soda"]
            d = soda[-1]["local"].date()
        n = max(e.get("numbers", {0})) - 1 if "numbers" in e else 0
        filled = reply.format(date=fmt(d) if d else "", wrongdate=fmt(d - timedelta(days=40)) if d else "", n=n)
        ok, why = check(q, t, filled)
        if ok != want:
            out.append(f"hand case {text!r} / {filled!r}: got {ok} ({why}), want {want}")
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
    texts = Counter(q.text for q in QUESTIONS)
    failures += [f"duplicate question {t!r}" for t, n in texts.items() if n > 1]
    print(f"{len(QUESTIONS)} questions, {len(PEOPLE)} people; logs:",
          {k: len(v) for k, v in rows.items()})
    print("kinds:", dict(sorted(kinds.items())))
    print("languages:", dict(langs))
    for f in failures:
        print("FAIL", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
