"""On how many days something was logged: "how many days last week did I smoke?", and the days with none
("how many craving-free days this month?"). A day runs from 5 am to 5 am, as everywhere in the answers."""

from __future__ import annotations

import re
from datetime import date

from ..compute import Result
from ..query import Query
from .phrases import counted, pct, things, window_phrase

# The question counts the days without a log.
FREE_DAYS = re.compile(
    r"\b\w*-?free\s+days?\b|\bdays?\s+(?:without|with\s+no|with\s+nothing|clean)\b|\b(?:not|never|n't)\s+log"
    r"|\blog(?:ged)?\s+(?:nothing|none)\b|\bclean\s+days?\b|\bwithout\b|\b(?:zero|no)\s+(?:\w+\s+)?(?:cravings?|logs?|entries)\b"
    r"|\bnothing\s+(?:at\s+all\s+)?(?:logged|entered)\b|\bdid\s+i\s+not\s+\w+|\bdidn'?t\s+(?:want|crave|log|have|feel|get)\b",
    re.I,
)


EVERY_DAY = re.compile(r"\bevery\s+(?:single\s+)?day\b|\bdaily\b|\beach\s+day\b", re.I)


def say_days(q: Query, r: Result, today: date) -> list[str]:
    logged, total, n = r.main.get("days") or 0, r.days, r.main["total"]
    window = window_phrase(q, r.started, today)
    # With a weekday or hour filter the window's days are not the days asked about: only the days logged are said.
    whole = bool(total) and not (q.window.weekdays or q.window.hours)
    if FREE_DAYS.search(q.text) and whole:
        free = total - logged
        return [
            f"{free} of the {counted(total, 'days')} {window} had no log of {things(q)}; you logged them on "
            f"the other {logged} ({n} in all)."
        ]
    of_days = f" of the {counted(total, 'days')}" if whole else ""
    if not logged:
        return [f"{'No: on' if q.yes_no else 'On'} none{of_days}: you logged 0 {things(q)} {window}."]
    days = f"{logged}{of_days}" if whole else counted(logged, "days")
    # "do I want it every day?": yes only when no day went without
    lead = ("Yes: " if whole and logged >= total else "No: ") if q.yes_no and EVERY_DAY.search(q.text) else ""
    said = f"you logged {things(q)} on {days} {window} ({n} in all)."
    return [lead + said if lead else said[0].upper() + said[1:]]


def say_both_days(q: Query, r: Result, today: date) -> list[str]:
    """ "On how many days did I log both X and Y?": the days with a log of each, out of the window's days."""
    c, window = r.condition or {}, window_phrase(q, r.started, today)
    a = q.filters.subject.label if q.filters.subject else "cravings"
    b = q.comparison.condition.label if q.comparison.condition else "the other"
    both, total = c.get("daysBoth", 0), c.get("daysWith", 0) + c.get("daysWithout", 0)
    lead = ("Yes: " if both else "No: ") if q.yes_no else ""
    said = f"you logged both {a} and {b} on {both} of the {counted(total, 'days')} {window}"
    return [
        (lead + said if lead else said[0].upper() + said[1:]) + f" ({pct(both, total)}%).",
        f"{a[0].upper() + a[1:]} on {counted(c.get('daysA', 0), 'days')} in all, {b} on {c.get('daysWith', 0)}.",
    ]
