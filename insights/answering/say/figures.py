"""Sentences for a query without a comparison: counts, shares, rates, means, first and last, groupings.
The first sentence answers what was asked (yes or no first, when the question was a yes/no one)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..compute import Result
from ..query import Group, Measure, Query, Rank
from .distinct import DISTINCT, distinct_things, resisted_things, things_ranked
from .leads import TIE, level_with_next, neither_asked, rate_tie, value_name, verdict_lead
from .phrases import (
    ago,
    counted,
    daily,
    day_text,
    filter_phrase,
    led,
    listing,
    pct,
    per_day,
    things,
    value_phrase,
    window_phrase,
)
from .rivals import say_rivals
from .strength import STRENGTH_ASKED
from .verdicts import rate_verdict, share_verdict

ASSOCIATION_NOTE = "That is a pattern in your logs, not proof that one causes the other."


def say_count(q: Query, r: Result, today: date) -> list[str]:
    n, window = r.main["total"], window_phrase(q, r.started, today)
    if q.yes_no:
        if not n:
            return [f"No: you logged 0 {things(q)} {window}."] + last_seen(q, r, today)
        return [f"Yes: you logged {counted(n, things(q))} {window}."]
    if not n:  # a count, said as one: the subject exists, this window holds none of it
        return [f"You logged 0 {things(q)} {window}."] + last_seen(q, r, today)
    out = [f"You logged {counted(n, things(q))} {window}."]
    unit = RATE_UNIT.search(q.text)
    if r.days >= 7 and unit:  # "how many a week?": the rate in the unit asked for, first
        word = (unit.group(1) or unit.group(2)).lower()
        days = {"day": 1, "daily": 1, "week": 7, "weekly": 7, "month": 30.44, "monthly": 30.44}[word]
        per = word.removesuffix("ly").replace("dai", "day")
        out = [f"About {days * n / r.days:.1f} {things(q)} a {per} {window} ({counted(n, 'logs')} in all)."]
    elif r.days >= 14 and (q.window.weekdays or q.window.hours):  # "on weekends": a rate per calendar week
        out.append(f"That is about {7 * n / r.days:.1f} a week.")
    elif r.days >= 14:
        out.append(f"That is about {per_day(n, r.days)}.")
    if n and r.main["resisted"] is not None:
        out.append(f"You resisted {r.main['resisted']} of them ({pct(r.main['resisted'], n)}%).")
    return out


RATE_UNIT = re.compile(
    r"\b(?:a|per|each|every|an\s+average|a\s+typical|an\s+average|a\s+normal|the\s+average)\s+(day|week|month)\b|"
    r"\b(daily|weekly|monthly)\b",
    re.I,
)


def last_seen(q: Query, r: Result, today: date) -> list[str]:
    """Where a window holds none, the subject's latest log at any time, so no sentence contradicts it."""
    last = r.ever["last"] if q.filters.subject else r.everything["last"]
    return [f"Your latest one was on {day_text(last, today)} ({ago(last, today)})."] if last else []


def say_share(q: Query, r: Result, today: date) -> list[str]:
    n, base = r.main["total"], (r.base or r.main)["total"]
    whole, which = things(q, filters=False), filter_phrase(q)
    window = window_phrase(q, r.started, today)
    share = pct(n, base)
    if not (q.window.hours or q.window.weekdays or q.filters.conditions) and q.filters.subject:
        whole, which = "cravings", f"for {q.filters.subject.label}"  # the subject's share of every log
    if not n:
        return [f"No: none of your {counted(base, whole)} {window} were {which}."]
    if not q.yes_no:
        return [f"{n} of your {counted(base, whole)} {window} ({share}%) were {which}."]
    word = share_verdict(q.text, share)
    return [f"{word}: {n} of your {counted(base, whole)} {window} ({share}%) were {which}."]


def say_rate(q: Query, r: Result, today: date) -> list[str]:
    n, resisted = r.main["total"], r.main["resisted"]
    window = window_phrase(q, r.started, today)
    if not n:
        return [f"You didn't log any {things(q)} {window}."] + last_seen(q, r, today)
    gave = n - resisted
    lead = rate_verdict(q.text, resisted, gave) if q.yes_no else ""
    if q.measure is Measure.GAVE_IN:
        said = (
            f"you gave in to {gave} of your {counted(n, things(q))} {window} ({pct(gave, n)}%) and resisted {resisted}."
        )
    else:
        said = f"you resisted {resisted} of your {counted(n, things(q))} {window} ({pct(resisted, n)}%) and gave in to {gave}."
    return [f"{lead}{said}" if lead else said[0].upper() + said[1:]]


def say_intensity(q: Query, r: Result, today: date) -> list[str]:
    n = r.main["total"]
    window = window_phrase(q, r.started, today)
    if not n:
        return [f"You didn't log any {things(q)} {window}."] + last_seen(q, r, today)
    if q.measure is Measure.CONFIDENCE:
        return [
            f"Your confidence to resist {things(q)} {window} averaged {r.main['confidence']} out of 10, "
            f"over {counted(n, 'logs')}."
        ]
    out = [
        f"Your {things(q)} {window} averaged {r.main['intensity']} out of 10 in intensity, over {counted(n, 'logs')}."
    ]
    out.append(f"{r.main['strong']} of them ({pct(r.main['strong'], n)}%) were strong, 8 or more.")
    return out


def say_first(q: Query, r: Result, today: date) -> list[str]:
    first = r.main["first"]
    if not first:
        return [f"You haven't logged any {things(q)} {window_phrase(q, r.started, today)}."]
    return [
        f"Your first log of {things(q)} was on {day_text(first, today)} ({ago(first, today)}).",
        f"Since then you've logged {r.main['total']} in all.",
    ]


ENDED = re.compile(
    r"\b(?:stop|stopped|quit|quitted|no\s+longer|give\s+up|given\s+up|gave\s+up|kicked|over\s+it)\b", re.I
)


def say_last(q: Query, r: Result, today: date) -> list[str]:
    last = r.main["last"]
    if not last:
        return [f"You haven't logged any {things(q)} {window_phrase(q, r.started, today)}."] + last_seen(q, r, today)
    days = (today - date.fromisoformat(last[:10])).days
    lead = ""
    if q.yes_no and ENDED.search(q.text):  # "have I stopped vaping?": yes when nothing is recent
        lead = "Yes, nothing lately: " if days > 14 else "No: "
    elif q.yes_no:  # "do I still vape?": yes when the latest is recent
        lead = "Yes: " if days <= 14 else "No, not lately: "
    latest = f"your latest log of {things(q)} was on {day_text(last, today)} ({ago(last, today)})."
    if STRENGTH_ASKED.search(q.text) and r.main.get("recent"):  # "how strong was my last craving?"
        latest = latest.removesuffix(".") + f", at {r.main['recent'][0][2]:g} out of 10 in intensity."
    if ASKS_ELAPSED.search(q.text) and not q.yes_no:
        latest = f"it has been {days} day{'s' if days != 1 else ''} since your latest log of {things(q)}, on {day_text(last, today)}."
    return [
        f"{lead}{latest}" if lead else latest[0].upper() + latest[1:],
        f"You've logged {r.main['total']} in all, the first on {day_text(r.main['first'], today)}.",
    ]


def say_strongest(q: Query, r: Result, today: date) -> list[str]:
    strongest = r.main.get("strongest")
    if not strongest:
        return [f"You haven't logged any {things(q)} {window_phrase(q, r.started, today)}."]
    stamp, description, intensity = strongest
    return [
        f"Your strongest {things(q).replace('cravings', 'craving', 1)} was {intensity:g} out of 10, on "
        f"{day_text(stamp, today)} ({ago(stamp, today)}): “{description}”."
    ]


def say_ranked(q: Query, r: Result, today: date) -> list[str]:
    if q.among and q.group is Group.SUBJECT:  # "coffee more than sweets?"
        return say_rivals(q, r, today)
    if q.among:  # "evenings or mornings?": only the values asked about
        asked = [row for row in r.groups if value_name(q, row["value"]) in q.among]
        if not any(row["count"] for row in asked) and (logged := [row for row in r.groups if row["count"]]):
            return neither_asked(q, r, logged, today)
        r = replace(r, groups=asked)
    said = ranked_sentences(q, r, today)
    lead = verdict_lead(q, r.groups)
    if lead and said and said[0].startswith("No ") and "stands out" in said[0]:
        lead = "No, not really: "  # a tie: the named value is not ahead of the rest
    elif lead and not any(row["count"] for row in r.groups):
        lead = "No: "  # nothing logged in any of them: the named value is not ahead
    elif lead and said and said[0].startswith("About the same"):
        lead = "No, "
    elif lead == "No: " and rate_tie(q, r.groups):
        lead = "No, about the same: "
    elif lead == "Yes: " and (level := level_with_next(q, r.groups)):
        return [level]  # first by a hair is not "more"
    return [led(lead, said[0]) if lead else said[0], *said[1:]] if said else said


def ranked_sentences(q: Query, r: Result, today: date) -> list[str]:
    rows, n = r.groups, r.main["total"]
    window = window_phrase(q, r.started, today)
    if not rows:
        return [f"You didn't log any {things(q)} {window}."] + last_seen(q, r, today)
    if q.group is Group.SUBJECT and DISTINCT.search(q.text):
        return distinct_things(q, rows, window)
    top, most = rows[0], q.rank is not Rank.LEAST
    where = value_phrase(q.group, top["value"])
    if not most and not top["count"] and top.get("perDay") is None:  # values with no logs at all
        return never_logged(q, rows, window)
    share = f"{top['count']} of {n} ({pct(top['count'], n)}%)"
    if q.measure is Measure.INTENSITY and q.group is Group.SUBJECT:
        out = [
            f"Your {'strongest' if most else 'mildest'} cravings are for {where}: {top['intensity']} out of 10 on "
            f"average over {counted(top['count'], 'logs')} {window}."
        ]
        rest = [f"{value_phrase(q.group, row['value'])} ({row['intensity']})" for row in rows[1:3]]
        return out + ([f"Next: {listing(rest)}."] if rest else [])
    if q.group is Group.SUBJECT and q.measure in (Measure.RESISTED, Measure.GAVE_IN):
        return resisted_things(q, rows, window)
    if q.group is Group.SUBJECT and most and q.measure is Measure.COUNT and (said := things_ranked(q, rows, n, window)):
        return said
    if q.group is Group.SUBJECT and q.window.start and not RANK_ASKED.search(q.text):
        # "What did I crave yesterday?": everything that window holds, not a winner
        held = listing([f"{value_phrase(Group.SUBJECT, row['value'])} ({row['count']})" for row in rows[:5]])
        return [f"You logged {counted(n, 'cravings')} {window}: {held}."]
    if q.group is Group.SUBJECT:
        tied = [row for row in rows if row["count"] == top["count"]]
        if len(tied) > 1:  # level at the top: both named, neither first
            named = listing([value_phrase(Group.SUBJECT, row["value"]) for row in tied])
            share = f"{top['count']} each of {n} ({pct(top['count'], n)}%)"
            where = named
        out = [f"You crave {where} {'most' if most else 'least'} often: {share} of your cravings {window}."]
        others = [f"{value_phrase(Group.SUBJECT, row['value'])} ({row['count']})" for row in rows[len(tied) : 3]]
        return out + ([f"Next come {listing(others)}."] if others and most else [])
    if q.measure is Measure.INTENSITY:
        others = [f"{row['intensity']} {value_phrase(q.group, row['value'])}" for row in rows[1:3] if row["count"]]
        against = f", against {listing(others)}" if q.among and others else ""
        return [
            f"Your {things(q)} are {'strongest' if most else 'mildest'} {where}: {top['intensity']} out of 10 on "
            f"average over {counted(top['count'], 'logs')}{against}."
        ]
    if q.measure is Measure.RESISTED:
        return [
            f"You resist {things(q)} {'most' if most else 'least'} often {where}: {top['resisted']} of "
            f"{top['count']} ({pct(top['resisted'], top['count'])}%).",
            *rates_next(q, rows[1:3]),
        ]
    if q.measure is Measure.GAVE_IN:
        gave = top["count"] - top["resisted"]
        return [
            f"You give in to {things(q)} {'most' if most else 'least'} often {where}: {gave} of "
            f"{top['count']} ({pct(gave, top['count'])}%).",
            *rates_next(q, rows[1:3]),
        ]
    if q.group is Group.DAY and q.measure is Measure.COUNT:
        return busiest_day(q, rows, most)
    if q.group is Group.TRIGGER:
        lead = f"Your {'most' if most else 'least'} common trigger for {things(q).removeprefix('cravings for ')} is"
        lead = lead.replace("trigger for cravings is", "trigger is")
        out = [f"{lead} “{top['value']}”: {share} {window}."]
    elif top.get("perDay") is not None:
        said = say_calendar(q, r, today)
        return said
    else:
        out = [f"Your {things(q)} come {'most' if most else 'least'} often {where}: {share} {window}."]
    if len(rows) > 1 and most:
        rest = [f"{value_phrase(q.group, row['value'])} ({row['count']})" for row in rows[1:3]]
        out.append(f"Next: {listing(rest)}.")
    return out


def rates_next(q: Query, rows: list[dict]) -> list[str]:
    """The runners-up of a resisted or given-in ranking, each with its own rate."""
    gave = q.measure is Measure.GAVE_IN
    said = [
        f"{value_phrase(q.group, row['value'])} "
        f"({pct(row['count'] - row['resisted'] if gave else row['resisted'], row['count'])}%)"
        for row in rows
        if row["count"]
    ]
    return [f"Next: {listing(said)}."] if said else []


def never_logged(q: Query, rows: list[dict], window: str) -> list[str]:
    """The least of hours or parts of the day, where some hold no logs at all: those, named."""
    none = [value_phrase(q.group, row["value"]) for row in rows if not row["count"]]
    extra = f" and {len(none) - 4} other {GROUP_PLURAL.get(q.group, 'times')}" if len(none) > 4 else ""
    named = ", ".join(none[:4]) + extra if extra else listing(none)
    return [f"You haven't logged any {things(q)} {named} {window}."]


def busiest_day(q: Query, rows: list[dict], most: bool) -> list[str]:
    """The calendar day with the most (or fewest) logs; a tie names the latest days first."""
    top, lead = rows[0], "The most" if most else "The fewest"
    tied = sorted((row for row in rows if row["count"] == top["count"]), key=lambda row: row["value"])[::-1]
    days = [value_phrase(q.group, row["value"]).removeprefix("on ") for row in tied]
    if len(days) > 1:
        more = len(days) - 3
        shown = listing(days) if more <= 0 else ", ".join(days[:3]) + f" and {more} other day{'s' if more > 1 else ''}"
        return [f"{lead} {things(q)} you logged in one day was {top['count']}, on {len(days)} days: {shown}."]
    out = [f"{lead} {things(q)} you logged in one day was {top['count']}, {value_phrase(q.group, top['value'])}."]
    if len(rows) > 1 and most:
        rest = [f"{value_phrase(q.group, row['value']).removeprefix('on ')} ({row['count']})" for row in rows[1:3]]
        out.append(f"Next: {listing(rest)}.")
    return out


def say_calendar(q: Query, r: Result, today: date) -> list[str]:
    """Days, months and seasons by their rate per day of the window they cover, so a month seen twice
    does not outrank one seen once; values within TIE of the top share it."""
    rows, most = [row for row in r.groups if row["perDay"] is not None], q.rank is not Rank.LEAST
    if not rows[0]["count"] and most:
        return [f"You didn't log any {things(q)} {window_phrase(q, r.started, today)}."]
    window = window_phrase(q, r.started, today)
    top = rows[0]["perDay"]
    near = [row for row in rows if (row["perDay"] >= TIE * top if most else row["perDay"] <= top / TIE)]
    values = exposure_values(q.group)
    if q.among and len(near) == len(rows) > 1:  # "Fridays or Mondays?": the values asked about are level
        said = listing([f"{value_phrase(q.group, row['value'])} ({daily(row['perDay'])})" for row in near])
        return [f"About the same for your {things(q)}: {said}, {window}."]
    if len(near) == len(values):
        said = listing([f"{value_phrase(q.group, row['value'])} ({daily(row['perDay'])})" for row in near[:3]])
        return [f"No {GROUP_NOUN[q.group]} stands out for your {things(q)} {window}: {said} are about the same."]
    if len(near) > 3 and q.group in (Group.MONTH, Group.WEEK, Group.DAY, Group.MONTH_OF_YEAR) and most:
        # many months close together: the top one, and which came close
        close = [value_phrase(q.group, row["value"]) for row in near[1:4]]
        names = ", ".join(close) + f" and {len(near) - 4} more" if len(near) > 4 else listing(close)
        return [
            f"Your {things(q)} come most often {value_phrase(q.group, rows[0]['value'])} ({daily(top)}), {window}.",
            f"Close behind, within 15%: {names}.",
        ]
    if len(near) > 3:  # "Monday to Friday": name them all, with one rate
        mean = sum(row["perDay"] for row in near) / len(near)
        said = f"{listing([value_phrase(q.group, row['value']) for row in near])} (about {daily(mean)} each)"
    else:
        said = listing([f"{value_phrase(q.group, row['value'])} ({daily(row['perDay'])})" for row in near])
    rest = [row for row in rows if row not in near]
    against = ""
    if rest and q.among:  # only the values asked about are ranked: name the others
        against = ", against " + listing(
            [f"{daily(row['perDay'])} {value_phrase(q.group, row['value'])}" for row in rest]
        )
    elif rest:
        other = sum(row["count"] for row in rest) / max(
            sum(row["count"] / row["perDay"] for row in rest if row["perDay"]), 1
        )
        against = f", against {daily(other)} at other times"
    return [
        f"Your {things(q)} come {'most' if most else 'least'} often {said}{against}, {window}.",
        f"That is per day of each in your history ({r.main['total']} logs in all).",
    ]


RANK_ASKED = re.compile(r"\b(?:most|top|main|biggest|mostly|usually|least|often|more|less)\b", re.I)
GROUP_PLURAL = {Group.HOUR: "hours", Group.DAYPART: "parts of the day"}
GROUP_NOUN = {
    Group.WEEKDAY: "day of the week",
    Group.WEEKPART: "part of the week",
    Group.MONTH_OF_YEAR: "month",
    Group.MONTH: "month",
    Group.SEASON: "season",
}


def exposure_values(group: Group) -> tuple:
    return {
        Group.WEEKDAY: tuple(range(7)),
        Group.WEEKPART: ("weekday", "weekend"),
        Group.MONTH_OF_YEAR: tuple(range(12)),
        Group.SEASON: ("winter", "spring", "summer", "autumn"),
    }.get(group, tuple(range(99)))


def say_helps(q: Query, r: Result, today: date) -> list[str]:
    n, resisted = r.main["total"], r.main["resisted"]
    window = window_phrase(q, r.started, today)
    overall = pct(resisted, n)
    out = [f"You resisted {resisted} of your {counted(n, things(q))} {window} ({overall}%)."]
    best = [row for row in r.groups if pct(row["resisted"], row["count"]) >= overall + 10][:2]
    if best:
        said = [
            f"{value_phrase(Group(row['group']), row['value'])} ({pct(row['resisted'], row['count'])}% of "
            f"{row['count']})"
            for row in best
        ]
        out.insert(0, f"You resist most often {listing(said)}.")
    else:
        out.append("No time, place, company or feeling stands out for resisting more often.")
    return out


# A time without the thing: a gap, a break, days without it, a smoke-free week.
FREE_STRETCH = r"\bgaps?\b|\bwithout\b|\bbreak\b|\w-?free\b|\bclean\b|\bsober\b|\babstinen\w*"
# "How long since", "how many days since": the answer leads with the time that has passed.
ASKS_ELAPSED = re.compile(r"\bhow\s+(?:long|many\s+(?:days|weeks|hours))\b", re.I)


DAYS_RUN = re.compile(r"\bdays?\s+(?:in\s+a\s+row|running|straight)\b|\bconsecutive\s+days\b", re.I)


def say_streak(q: Query, r: Result, today: date) -> list[str]:
    s = r.streak or {}
    gap = s.get("longestGap")
    gap_sentence = ""
    if gap and gap[0] > 0:
        first, last = date.fromisoformat(gap[1]), date.fromisoformat(gap[2])
        gap_sentence = (
            f"Your longest stretch without a log of {things(q)} was {gap[0]} day{'s' if gap[0] != 1 else ''}, "
            f"{first.day} {first:%b} to {last.day} {last:%b}{' ' + str(last.year) if last.year != today.year else ''}."
        )
    runs = [
        f"Your longest run of resisted {things(q)} in a row is {s.get('longestResisted', 0)}, and the current "
        f"one is {s.get('currentResisted', 0)}.",
        f"Your longest run of days with a log of {things(q)} is {s.get('longestDays', 0)}; the current one is "
        f"{s.get('currentDays', 0)}.",
    ]
    asks_gap = re.search(FREE_STRETCH, q.text, re.I)
    if DAYS_RUN.search(q.text) and not asks_gap:
        runs.reverse()  # "most days in a row": the run of days first
    if asks_gap:
        return [gap_sentence or f"You haven't gone a full day without logging {things(q)} since you started."] + runs[
            :1
        ]
    return runs + ([gap_sentence] if gap_sentence else [])
