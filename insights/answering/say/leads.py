"""Yes or no for a ranked answer ("is Friday my worst day?"): whether the value the question names leads, shares
the top, or is level with the next one; and "morning or night?" when it came at neither."""

from __future__ import annotations

from datetime import date

from cravings.vocabulary import members
from insights.timewords import DAY_NAMES, MONTHS

from ..compute import Result
from ..query import Group, Measure, Query
from .phrases import listing, pct, things, value_phrase, window_phrase
from .strength import INTENSITY_CHANGE

TIE = 0.85  # a value within 15% of the top one's rate shares the top


def value_name(q: Query, value) -> str:
    """A ranked value as the parser names it ('friday' for weekday 5)."""
    names = {Group.WEEKDAY: DAY_NAMES, Group.MONTH_OF_YEAR: MONTHS}.get(q.group)
    return names[value - 1] if names and isinstance(value, int) else str(value)


def expected_first(q: Query, value) -> bool:
    """Whether a ranked value is the one the question named ("is summer my worst?"); an item of a topic named
    ("is sweets my main craving?" of ice cream) is that topic."""
    if q.group is Group.SUBJECT and q.expect:
        return str(value) in members(q.expect)
    return value_name(q, value) == q.expect


def verdict_lead(q: Query, rows: list[dict]) -> str:
    if not (q.yes_no and q.expect and rows):
        return ""
    # the named one may share the top: the same count, or a rate a day within TIE of the top one's (say_calendar)
    if q.measure is Measure.COUNT and rows[0].get("perDay") is not None:
        top = [row for row in rows if (row["perDay"] or 0) >= TIE * rows[0]["perDay"]]
    else:  # resisting and strength have their own ties (rate_tie); counts tie when equal
        top = [row for row in rows if row.get("count") == rows[0].get("count")]
    if expected_first(q, rows[0]["value"]):
        return "Yes: "
    return "Yes, tied for the top: " if any(expected_first(q, row["value"]) for row in top[1:]) else "No: "


def neither_asked(q: Query, r: Result, logged: list[dict], today: date) -> list[str]:
    """ "Morning or night?" when none came at either: neither, and when they do come."""
    top, n = max(logged, key=lambda row: row["count"]), r.main["total"]
    return [
        f"Neither: your {things(q)} come most often {value_phrase(q.group, top['value'])}: {top['count']} of {n} "
        f"({pct(top['count'], n)}%) {window_phrase(q, r.started, today)}."
    ]


def level_with_next(q: Query, rows: list[dict]) -> str:
    """Where a strength or a rate of the named value is level with the runner-up's (within the margin a change
    needs to count as one): the two figures side by side; else ''."""
    if len(rows) < 2 or not rows[1]["count"]:
        return ""
    pair = rows[:2]
    if q.measure is Measure.INTENSITY and abs(pair[0]["intensity"] - pair[1]["intensity"]) < INTENSITY_CHANGE:
        figures = [
            f"{row['intensity']} out of 10 {value_phrase(q.group, row['value'])} ({row['count']} logs)" for row in pair
        ]
        return f"No, about the same: your {things(q)} average {listing(figures)}."
    if q.measure in (Measure.RESISTED, Measure.GAVE_IN) and abs(pair[0]["share"] - pair[1]["share"]) < 0.05:
        verb = "resist" if q.measure is Measure.RESISTED else "give in to"
        done = [row["resisted"] if q.measure is Measure.RESISTED else row["count"] - row["resisted"] for row in pair]
        figures = [
            f"{pct(d, row['count'])}% {value_phrase(q.group, row['value'])}" for d, row in zip(done, pair, strict=True)
        ]
        return f"No, about the same: you {verb} {listing(figures)} of your {things(q)}."
    return ""


def rate_tie(q: Query, rows: list[dict]) -> bool:
    """A resisted or given-in rate of the named value within 5 points of the top one's: neither is ahead."""
    if q.measure not in (Measure.RESISTED, Measure.GAVE_IN) or not rows:
        return False
    named = [row for row in rows if expected_first(q, row["value"]) and row["count"]]
    return bool(named) and abs(rows[0]["share"] - named[0]["share"]) < 0.05
