"""Ground truth for each question template, built from a generated person's rows the way a careful reader of
their logs would answer (bench/answers/questions.py pairs each with its paraphrases)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .people import Person
from .truth import DAY_NAMES, DIMENSIONS, Truth, by, halves, pct, resisted, rolling, select, tops


@dataclass
class Ask:
    person: Person
    rows: list[dict]
    today: date
    slot: dict  # s, kinds, ...


PLACE_WORDS = {"Home": ["home"], "Work": ["work"], "Social": ["social"], "Outside": ["outside"]}
COMPANY_WORDS = {
    "Alone": ["alone"],
    "Friends": ["friends"],
    "Family": ["family"],
    "Coworkers": ["coworkers"],
    "Strangers": ["strangers"],
}


def top_of(rows: list[dict], dimension: str) -> tuple[list, int]:
    return tops([v for r in rows for v in DIMENSIONS[dimension](r)])


def words_for(dimension: str, value) -> list[str]:
    if dimension == "location":
        return PLACE_WORDS[value]
    if dimension == "people":
        return COMPANY_WORDS[value]
    if dimension == "emotion":
        return [value.lower()]
    return [str(value)]


MIN_PATTERN = 5  # fewer logs: a right answer says they are too few for a pattern


def few(rows: list[dict], base: list[dict], intents: set[str]) -> Truth | None:
    if not rows:
        return Truth(intents=intents, total=0, scope=rows, base=base, facts=[["didn't log", "none", "None"]])
    if len(rows) < MIN_PATTERN:
        return Truth(intents=intents, total=len(rows), scope=rows, base=base, facts=[["too few"]])
    return None


def peak_truth(rows: list[dict], base: list[dict], dimension: str, intents: set[str], figure: str) -> Truth:
    if small := few(rows, base, intents):
        return small
    values, count = top_of(rows, dimension)
    return Truth(
        intents=intents,
        total=len(rows),
        scope=rows,
        base=base,
        figures={figure: set(values)},
        facts=[[w for v in values for w in words_for(dimension, v)], [f"{count} of {len(rows)}"]],
    )


def when_subject(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"])
    return peak_truth(rows, ask.rows, "daypart", {"when", "why"}, "daypart.value")


def when_all(ask: Ask) -> Truth:
    return peak_truth(ask.rows, ask.rows, "daypart", {"when"}, "daypart.value")


def days_truth(rows: list[dict], base: list[dict]) -> Truth:
    if small := few(rows, base, {"days"}):
        return small
    values, count = top_of(rows, "weekday")
    iso = {DAY_NAMES.index(v) + 1 for v in values}
    return Truth(
        intents={"days"},
        total=len(rows),
        scope=rows,
        base=base,
        figures={"weekdays.0.value": iso},
        facts=[values, [str(count)]],
    )


def breakdown(
    dimension: str, intent: str, figure: str = "top.0.value", *, subject: bool = True, strongest: bool = False
):
    def truth(ask: Ask) -> Truth:
        rows = select(ask.rows, kinds=ask.slot["kinds"] if subject else None, min_intensity=8 if strongest else None)
        if small := few(rows, ask.rows, {intent}):
            return small
        values, count = top_of(rows, dimension)
        return Truth(
            intents={intent},
            total=len(rows),
            scope=rows,
            base=ask.rows,
            figures={figure: set(values)},
            facts=[[w for v in values for w in words_for(dimension, v)], [f"{count} of {len(rows)}"]],
        )

    return truth


def count_subject_all(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"])
    return Truth(intents={"count"}, total=len(rows), scope=rows, base=ask.rows, facts=[[str(len(rows))]])


def count_window(window_of, *, subject: bool = False, resisted_only: bool = False):
    def truth(ask: Ask) -> Truth:
        rows = select(ask.rows, kinds=ask.slot["kinds"] if subject else None, window=window_of(ask.today))
        fact = sum(resisted(r) for r in rows) if resisted_only else len(rows)
        return Truth(
            intents={"count", "overview"},
            total=len(rows),
            scope=rows,
            base=select(ask.rows, window=window_of(ask.today)),
            facts=[zero_or(fact)],
        )

    return truth


def zero_or(count: int) -> list[str]:
    """A count as a right answer may say it: 'none' is as right as '0'."""
    return [str(count)] if count else ["0", "didn't log any", "haven't logged any", "none", "None"]


def abstain(ask: Ask) -> Truth:
    return Truth(intents=set(), abstain=True, facts=[["haven't logged"]])


def trend_truth(kind: str, *, subject: bool = False):
    def truth(ask: Ask) -> Truth | None:
        rows = select(ask.rows, kinds=ask.slot["kinds"] if subject else None)
        early, late = halves(rows)
        if len(early) < 8 or len(late) < 8:
            return Truth(intents={"trend"}, total=len(rows), scope=rows, base=ask.rows, facts=[["enough", "too few"]])
        if kind == "resisting":
            a, b = pct(sum(resisted(r) for r in early), len(early)), pct(sum(resisted(r) for r in late), len(late))
            direction = "more" if b - a >= 10 else "less" if b - a <= -10 else "same"
            answer = {"more": ["Yes"], "less": ["No"], "same": ["Not clearly", "about the same"]}[direction]
            return Truth(
                intents={"trend"},
                total=len(rows),
                scope=rows,
                base=ask.rows,
                figures={"resisting": {direction}},
                facts=[answer, [f"{b}%"], [f"{a}%"]],
            )
        a = round(sum(r["intensity"] for r in early) / len(early), 1)
        b = round(sum(r["intensity"] for r in late) / len(late), 1)
        direction = "weaker" if b - a <= -0.5 else "stronger" if b - a >= 0.5 else "same"
        answer = {"weaker": ["Yes"], "stronger": ["No"], "same": ["Not clearly", "about the same"]}[direction]
        return Truth(
            intents={"trend"},
            total=len(rows),
            scope=rows,
            base=ask.rows,
            figures={"intensityDirection": {direction}},
            facts=[answer, [str(b)], [str(a)]],
        )

    return truth


def change_truth(now_window, before_window):
    def truth(ask: Ask) -> Truth:
        now_rows = select(ask.rows, window=now_window(ask.today))
        before = select(ask.rows, window=before_window(ask.today))
        change = pct(abs(len(now_rows) - len(before)), len(before))
        now_w, before_w = now_window(ask.today), before_window(ask.today)
        days_now, days_before = (now_w.end - now_w.start).days + 1, (before_w.end - before_w.start).days + 1
        return Truth(
            intents={"change"},
            total=len(now_rows),
            scope=now_rows + before,
            base=ask.rows,
            figures={"compareTotal": {len(before)}},
            facts=[zero_or(len(now_rows)), [str(len(before))]],
            numbers={str(change), str(days_now), f"{len(now_rows) / days_now:.1f}", f"{len(before) / days_before:.1f}"},
        )

    return truth


def last_truth(*, still: bool, weekdays: set[int] | None = None):
    def truth(ask: Ask) -> Truth:
        rows = select(ask.rows, kinds=ask.slot["kinds"], weekdays=weekdays)
        last = rows[-1]["local"]
        recent = select(rows, window=rolling(ask.today, 30))
        day = f"{last.day} {last:%B}"
        facts = [[day]]
        if still:
            facts.append(["Yes"] if recent else ["Not lately", "none since"])
        return Truth(
            intents={"last"}, total=None, scope=rows, base=ask.rows, figures={"last30": {len(recent)}}, facts=facts
        )

    return truth


def association_days(ask: Ask) -> Truth:
    a_kinds, b_kinds = ask.slot["a_kinds"], ask.slot["b_kinds"]
    days: dict = {}
    for row in ask.rows:
        entry = days.setdefault(row["local"].date(), [0, False])
        entry[0] += row["kind"] in a_kinds
        entry[1] |= row["kind"] in b_kinds
    with_b = [a for a, b in days.values() if b]
    without = [a for a, b in days.values() if not b]
    rate_with = round(sum(with_b) / len(with_b), 1)
    rate_without = round(sum(without) / len(without), 1)
    lift = round((sum(with_b) / len(with_b)) / (sum(without) / len(without)), 1) if sum(without) else None
    return Truth(
        intents={"association"},
        scope=ask.rows,
        base=ask.rows,
        figures={"rateWith": {rate_with}, "rateWithout": {rate_without}},
        facts=[[str(rate_with)], [str(rate_without)]],
        numbers={str(rate_with), str(rate_without), str(lift), str(len(with_b)), str(len(without))},
    )


def association_feeling(ask: Ask) -> Truth:
    """A feeling is the app's emotion or a trigger that names it ("work stress" is a stressed craving)."""
    a = select(ask.rows, kinds=ask.slot["kinds"])
    if len(a) < MIN_PATTERN:
        return Truth(intents={"association"}, scope=ask.rows, base=ask.rows, facts=[["enough data"]])

    def felt(row: dict) -> bool:
        return bool(set(row["emotions"]) & ask.slot["emotions"]) or any(
            word in row["trigger"].lower() for word in ask.slot["trigger_words"]
        )

    others = [r for r in ask.rows if r["kind"] not in ask.slot["kinds"]]
    with_feeling, others_with = [r for r in a if felt(r)], [r for r in others if felt(r)]
    share_a, share_o = pct(len(with_feeling), len(a)), pct(len(others_with), len(others))
    return Truth(
        intents={"association"},
        scope=ask.rows,
        base=ask.rows,
        figures={"shareWith": {share_a}, "otherShareWith": {share_o}},
        facts=[[f"{share_a}%"], [f"{share_o}%"]],
        numbers={
            str(len(with_feeling)),
            str(len(a)),
            str(len(others_with)),
            str(len(others)),
            str(share_a),
            str(share_o),
        },
    )


def helps_truth(ask: Ask) -> Truth:
    if small := few(ask.rows, ask.rows, {"helps"}):
        return small
    overall = pct(sum(resisted(r) for r in ask.rows), len(ask.rows))
    best = []
    for dimension, kind in (
        ("daypart", "dayparts"),
        ("location", "locations"),
        ("people", "people"),
        ("emotion", "emotions"),
        ("trigger", "triggers"),
    ):
        for value, count in by(ask.rows, DIMENSIONS[dimension]).items():
            if count >= 5:
                share = pct(sum(resisted(r) for r in ask.rows if value in DIMENSIONS[dimension](r)), count)
                best.append((share, count, kind, value))
    best.sort(key=lambda b: (-b[0], -b[1]))
    top_share = best[0][0]
    if top_share < overall + 10:
        return Truth(intents={"helps"}, total=len(ask.rows), scope=ask.rows, base=ask.rows, facts=[[f"{overall}%"]])
    winners = {str(value) for share, _, _, value in best if share == top_share}
    return Truth(
        intents={"helps"},
        total=len(ask.rows),
        scope=ask.rows,
        base=ask.rows,
        figures={"best.0.value": winners},
        facts=[[f"{top_share}%"], [f"{overall}%"]],
    )


def overview_truth(ask: Ask) -> Truth:
    rows = select(ask.rows, window=rolling(ask.today, 30))
    return Truth(intents={"overview"}, total=len(rows), scope=rows, base=ask.rows, facts=[[str(len(rows))]])


def why_workplace(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"], location="Work")
    if small := few(rows, ask.rows, {"why", "when"}):
        return small
    values, count = top_of(rows, "daypart")
    return Truth(
        intents={"why", "when"},
        total=len(rows),
        scope=rows,
        base=ask.rows,
        figures={"daypart.value": set(values)},
        facts=[values, [str(count)]],
    )


def intensity_truth(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"])
    if small := few(rows, ask.rows, {"intensity"}):
        return small
    average = round(sum(r["intensity"] for r in rows) / len(rows), 1)
    return Truth(
        intents={"intensity"},
        total=len(rows),
        scope=rows,
        base=ask.rows,
        figures={"average": {average}},
        facts=[[str(average)]],
    )


def yesterday_truth(ask: Ask) -> Truth:
    day = ask.today - timedelta(days=1)
    rows = [r for r in ask.rows if r["local"].date() == day]
    return Truth(
        intents={"count", "overview", "last"}, total=len(rows), scope=rows, base=ask.rows, facts=[zero_or(len(rows))]
    )


def weekend_subject(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"], weekdays={6, 7})
    return Truth(
        intents={"count"},
        total=len(rows),
        scope=rows,
        base=ask.rows,
        facts=[zero_or(len(rows))],
        subject=select(ask.rows, kinds=ask.slot["kinds"]),
    )
