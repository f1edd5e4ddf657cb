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
