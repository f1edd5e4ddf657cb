"""Sentences for comparisons and change: one window against another (the previous stretch, a named period,
before and since a date the person names), with against without a condition, what is new or gone, and the
direction over time."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from ..compute import Result
from ..query import Compare, Direction, Group, Measure, Query, Rank
from .figures import ASSOCIATION_NOTE
from .phrases import ago, counted, day_text, in_window, listing, pct, things, value_phrase, window_phrase
from .strength import asks_strength, strength_halves, strength_periods

BETTER = re.compile(r"\b(?:better|improv\w*|stronger)\b", re.I)
WORSE = re.compile(r"\b(?:worse|weaker)\b", re.I)
SAME_WITHIN = 0.15  # rates within 15% of each other are "about the same"
# A rate asked for ("how many a week"); "every day" is how a habit is said, not a rate asked.
WEEKLY_ASKED = re.compile(r"\b(?:per|a)\s+week\b|\bweekly\b|\bin\s+a\s+week\b", re.I)
DAILY_ASKED = re.compile(r"\b(?:per|a)\s+day\b|\bdaily\b|\bin\s+a\s+day\b", re.I)
RATE_ASKED = re.compile(f"{WEEKLY_ASKED.pattern}|{DAILY_ASKED.pattern}", re.I)


def direction_of(now: float, then: float) -> Direction:
    if then == 0 and now == 0:
        return Direction.NONE
    if then == 0:
        return Direction.UP
    ratio = now / then
    return Direction.UP if ratio > 1 + SAME_WITHIN else Direction.DOWN if ratio < 1 - SAME_WITHIN else Direction.NONE


def percent_change(now: float, then: float) -> str:
    change = round(100 * (now - then) / then)
    return f"{abs(change)}% {'more' if change > 0 else 'fewer'}"


def verdict(q: Query, found: Direction) -> str:
    """'Yes: ', 'No: ' or 'No, about the same: ' for a yes/no comparison (a yes/no question is answered with
    yes or no first); 'About the same: ' or a plain lead otherwise."""
    asked = q.comparison.direction
    if found is Direction.NONE:
        if q.yes_no:
            return "No, about the same: "
        return "About the same: " if asked is not Direction.NONE else ""
    if not q.yes_no:
        return ""  # "resist rate since March": the figures answer it, there is nothing to say yes to
    if asked is Direction.NONE:
        return "Yes, there is a difference: "
    return "Yes: " if found is asked else "No: "


def rate(n: int, days: int) -> float:
    return n / days if days else 0.0


def per(n: int, days: int, weekly: bool | None = None) -> str:
    """A rate a day, or a week when it is below one a day (`weekly` sets the unit, so two rates share it)."""
    value = rate(n, days)
    weekly = value < 1 if weekly is None else weekly
    return f"{7 * value:.1f} a week" if weekly else f"{value:.1f} a day"


def say_periods(q: Query, r: Result, today: date) -> list[str]:
    other, window = r.other or {"total": 0}, q.comparison.window
    n, m = r.main["total"], other["total"]
    now_label = window_phrase(q, r.started, today)
    then_label = in_window(window.label) if window and window.label else "in the stretch before"
    if not r.other_days:
        return [
            f"You logged {counted(n, things(q))} {now_label}; your logs don't reach back to {then_label.removeprefix('in ')}."
        ]
    if q.measure in (Measure.RESISTED, Measure.GAVE_IN) and n and m:
        return outcome_periods(q, r, now_label, then_label)
    if asks_strength(q) and not RESIST_WORDS.search(q.text) and n and m:
        return strength_periods(q, r, now_label, then_label)
    found = direction_of(rate(n, r.days), rate(m, r.other_days))
    word = {Direction.UP: "more", Direction.DOWN: "fewer", Direction.NONE: "as many"}[found]
    lead = verdict(q, found)
    # "how many a week since ...": the rates, whatever the windows' lengths
    same_length = r.days == r.other_days and not RATE_ASKED.search(q.text)
    # how much, as a percentage ("by what percentage ..."): per day, so windows of different lengths compare
    change = f", {percent_change(rate(n, r.days), rate(m, r.other_days))}" if found is not Direction.NONE and m else ""
    if same_length:
        first = f"{lead}{word} {things(q)} {now_label}: {n}, against {m} {then_label}{change}."
    else:
        weekly = WEEKLY_ASKED.search(q.text) is not None or (
            not DAILY_ASKED.search(q.text) and max(rate(n, r.days), rate(m, r.other_days)) < 1
        )
        first = (
            f"{lead}{word} {things(q)} {now_label}: {n} in {counted(r.days, 'days')} ({per(n, r.days, weekly)}), "
            f"against {m} in {counted(r.other_days, 'days')} {then_label} ({per(m, r.other_days, weekly)}){change}."
        )
    out = [first[0].upper() + first[1:]]
    if n and m:
        out.append(f"You resisted {pct(r.main['resisted'], n)}% of them, against {pct(other['resisted'], m)}% before.")
    return out


def outcome_periods(q: Query, r: Result, now_label: str, then_label: str) -> list[str]:
    """'Am I resisting more since...?': the share resisted (or given in to) now against then comes first."""
    other = r.other or {"total": 0, "resisted": 0}
    n, m = r.main["total"], other["total"]
    kept_now, kept_then = r.main["resisted"], other["resisted"]
    verb = "resisted"
    if q.measure is Measure.GAVE_IN:
        kept_now, kept_then, verb = n - kept_now, m - kept_then, "gave in to"
    a, b = pct(kept_now, n), pct(kept_then, m)
    found = direction_of(a, b) if b else (Direction.UP if a else Direction.NONE)
    # "Better at resisting" is a larger share resisted (a smaller one given in to), not fewer cravings.
    if BETTER.search(q.text) or WORSE.search(q.text):
        up = bool(BETTER.search(q.text)) == (q.measure is Measure.RESISTED)
        q = replace(q, comparison=replace(q.comparison, direction=Direction.UP if up else Direction.DOWN))
    lead = verdict(q, found)
    first = f"{lead}you {verb} {a}% of your {things(q)} {now_label} ({kept_now} of {n}), against {b}% {then_label} ({kept_then} of {m})."
    word = {Direction.UP: "more", Direction.DOWN: "fewer", Direction.NONE: "about as many"}[
        direction_of(rate(n, r.days), rate(m, r.other_days))
    ]
    return [_cap(first), f"You logged {word} of them: {n} in {r.days} days, against {m} in {r.other_days} days."]


def say_condition(q: Query, r: Result, today: date) -> list[str]:
    c, condition = r.condition or {}, q.comparison.condition
    label = condition.label if condition else "that"
    if c.get("kind") == "days" and not c["daysWith"]:
        said = f"you haven't logged {label} on any day, so there are no such days to compare with the others."
        return [("No: " + said) if q.yes_no else _cap(said)]
    if c.get("kind") == "days":
        with_rate, without_rate = rate(c["aWith"], c["daysWith"]), rate(c["aWithout"], c["daysWithout"])
        found = direction_of(with_rate, without_rate)
        lead = verdict(q, found) or ""
        word = {Direction.UP: "more", Direction.DOWN: "fewer", Direction.NONE: "about as many"}[found]
        return [
            _cap(
                f"{lead}you log {word} {things(q)} on days you also log {label}: {c['aWith']} over "
                f"{c['daysWith']} such days ({with_rate:.1f} a day), against {c['aWithout']} over "
                f"{c['daysWithout']} other days ({without_rate:.1f} a day)."
            ),
            ASSOCIATION_NOTE,
        ]
    with_, without = c.get("with", {}), c.get("without", {})
    if not with_.get("total") and q.measure is not Measure.COUNT:
        # nothing logged in that situation: no average or rate to set against the rest
        said = f"you haven't logged any {things(q)} {label}, so there is nothing to compare there."
        return [("No: " + said) if q.yes_no else _cap(said)]
    if q.measure.value in ("intensity", "confidence") or (
        q.yes_no and with_.get("intensity") is not None and "bad" in q.text.lower()
    ):
        a, b = with_.get("intensity") or 0.0, without.get("intensity") or 0.0
        found = direction_of(a, b)
        lead = verdict(q, found)
        return [
            _cap(
                f"{lead}{things(q)} {label} average {a} out of 10 in intensity ({with_.get('total', 0)} logs), "
                f"against {b} elsewhere ({without.get('total', 0)} logs)."
            )
        ]
    if q.measure in (Measure.RESISTED, Measure.GAVE_IN):
        return outcome_with_and_without(q, with_, without, label)
    n_with, n_without = with_.get("total", 0), without.get("total", 0)
    total = n_with + n_without
    share = pct(n_with, total)
    lead = ""
    if q.yes_no:
        lead = "Yes: " if share >= 50 else "No: "
    return [
        _cap(f"{lead}{n_with} of your {counted(total, things(q))} ({share}%) were {label}, and {n_without} were not."),
        ASSOCIATION_NOTE if q.comparison.direction is not Direction.NONE else "",
    ]


def outcome_with_and_without(q: Query, with_: dict, without: dict, label: str) -> list[str]:
    """'Do I give in more when I'm alone?': the share given in to (or resisted) in that situation and outside it."""
    gave = q.measure is Measure.GAVE_IN

    def part(side: dict) -> tuple[int, int]:
        n, resisted = side.get("total", 0), side.get("resisted", 0)
        return (n - resisted if gave else resisted), n

    (a, n), (b, m) = part(with_), part(without)
    if not m:  # every one of them was in that situation: nothing to set it against
        return [
            f"Every one of your {counted(n, things(q))} was {label}, so there is nothing to compare it with: you "
            f"{'gave in to' if gave else 'resisted'} {a} of them ({pct(a, n)}%)."
        ]
    found = direction_of(a / n if n else 0.0, b / m if m else 0.0)
    word = "gave in to" if gave else "resisted"
    return [
        _cap(
            f"{verdict(q, found)}you {word} {pct(a, n)}% of your {things(q)} {label} ({a} of {n}), against "
            f"{pct(b, m)}% of the others ({b} of {m})."
        ),
        ASSOCIATION_NOTE,
    ]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def say_new_gone(q: Query, r: Result, today: date) -> list[str]:
    now = {row["value"]: row["count"] for row in r.groups}
    then = {row["value"]: row["count"] for row in r.other_groups}
    window = window_phrase(q, r.started, today)
    if q.rank is Rank.NEW:
        found = sorted(((v, n) for v, n in now.items() if n >= 2 and not then.get(v)), key=lambda x: -x[1])
        if not found:
            if recent := newest_before(q, r):
                value, first = recent
                return [
                    f"Nothing began {window}, but {value_phrase(Group.SUBJECT, value)} is recent: first logged on "
                    f"{day_text(first, today)} ({ago(first, today)})."
                ]
            return [f"No: everything you logged {window} you had logged before."]
        said = [f"{value_phrase(Group.SUBJECT, v)} ({n} logs)" for v, n in found[:3]]
        return [f"Yes: new {window}: {listing(said)}, with none logged before."]
    gone = sorted(((v, n) for v, n in then.items() if n >= 2 and not now.get(v)), key=lambda x: -x[1])
    if not gone:
        return [f"Nothing you used to log has disappeared {window}: each still shows up."]
    said = [f"{value_phrase(Group.SUBJECT, v)} ({n} logs before)" for v, n in gone[:3]]
    return [f"You haven't logged {listing(said)} {window}."]


def newest_before(q: Query, r: Result) -> tuple[str, str] | None:
    """The thing that began most recently before the window, when that was within the window's length again:
    asked about "the last few weeks", a thing that began five weeks ago is what the person means by new."""
    if q.window.start is None or q.window.end is None:
        return None
    reach = q.window.start - (q.window.end - q.window.start)
    began = [
        (str(row["first"]), row["value"])
        for row in r.other_groups
        if row.get("first") and row["value"] != "other" and naive(row["first"]) >= reach
    ]
    return max(began)[::-1] if began else None


def naive(stamp) -> datetime:
    return datetime.fromisoformat(str(stamp)).replace(tzinfo=None)


# How much more or fewer logs the later half of the span must hold to count as a direction, not noise.
FREQUENCY_CHANGE = 0.15


def say_slope(q: Query, r: Result, today: date) -> list[str]:
    """The direction over time, between the earlier and the later half of the logs' time span. A question about
    resisting is answered by the share resisted; any other ("going down?", "getting worse?", "trending?") by
    how many logs each half holds: fewer cravings is better."""
    halves = {
        ("later" if later else "earlier"): (n, res, float(i))
        for later, n, res, i, _, _ in (r.trend or {}).get("halves", [])
    }
    if "earlier" not in halves or "later" not in halves:
        return [f"You have {counted(r.main['total'], things(q))}, not enough spread over time to show a direction."]
    (n1, r1, i1), (n2, r2, i2) = halves["earlier"], halves["later"]
    s1, s2 = pct(r1, n1), pct(r2, n2)
    about_resisting = bool(RESIST_WORDS.search(q.text))
    if asks_strength(q) and not about_resisting:
        return strength_halves(q, halves)
    if about_resisting:
        better = s2 - s1 >= 10 or i1 - i2 >= 0.5
        worse = s1 - s2 >= 10 or i2 - i1 >= 0.5
    else:
        change = (n2 - n1) / max(n1, 1)
        better, worse = change <= -FREQUENCY_CHANGE, change >= FREQUENCY_CHANGE
    # "worse", "more", "stronger", "up" ask whether it is getting worse; anything else whether it is improving.
    asks_worse = q.comparison.direction is Direction.UP
    found = "better" if better and not worse else "worse" if worse and not better else "steady"
    lead = ""
    if q.yes_no:
        lead = "Yes, " if found == ("worse" if asks_worse else "better") else "No, "
    if about_resisting:
        state = {"better": "getting better", "worse": "getting worse", "steady": "holding steady"}[found]
        return [
            _cap(
                f"{lead}your {things(q)} are {state}: in the later half of your logs you resisted {s2}% "
                f"(against {s1}% earlier), at an average intensity of {i2:.1f} (against {i1:.1f})."
            ),
            f"That is over {counted(r.main['total'], 'logs')}, {n1} earlier and {n2} later.",
        ]
    state = {"better": "going down", "worse": "going up", "steady": "holding steady"}[found]
    return [
        _cap(
            f"{lead}your {things(q)} are {state}: {n2} in the later half of the time you have logged them, "
            f"against {n1} in the earlier half."
        ),
        f"You resisted {s2}% of them lately (against {s1}% earlier), at an average intensity of {i2:.1f} "
        f"(against {i1:.1f}).",
    ]


RESIST_WORDS = re.compile(r"\bresist\w*|\bgiv\w*\s+in\b|\bgave\s+in\b|\bsaying\s+no\b|\bcav(?:e|ing)\b", re.I)


def say_profile(q: Query, r: Result, today: date) -> list[str]:
    n = r.main["total"]
    window = window_phrase(q, r.started, today)
    if not n:
        return [f"You didn't log any {things(q)} {window}."]
    out = [
        f"You logged {counted(n, things(q))} {window} and resisted {r.main['resisted']} ({pct(r.main['resisted'], n)}%)."
    ]
    if r.groups:
        said = [f"{value_phrase(Group.SUBJECT, row['value'])} ({row['count']})" for row in r.groups[:3]]
        out.append(f"Most were {listing(said)}.")
    if r.trend and r.main["total"] >= 16:
        # The direction as a plain statement: a yes or no in the middle of an overview answers nothing asked.
        out += say_slope(q.with_(yes_no=False), r, today)[:1]
    return out


COMPARE_SAYERS = {
    Compare.PREVIOUS: say_periods,
    Compare.NAMED: say_periods,
    Compare.EVENT: say_periods,
    Compare.CONDITION: say_condition,
}
