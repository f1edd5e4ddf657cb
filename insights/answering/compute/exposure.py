"""How many local days of a window each value of a calendar grouping covers: the fair base for "which
month is worst" when the history holds two Decembers and one June, or "weekends or weekdays" (2 days
against 5)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cravings.vocabulary import season_of_month

from ..query import Group

CALENDAR = {Group.WEEKDAY, Group.WEEKPART, Group.MONTH_OF_YEAR, Group.SEASON, Group.MONTH}


def value_of(group: Group, day: date, south: bool = False):
    if group is Group.WEEKDAY:
        return day.isoweekday()
    if group is Group.WEEKPART:
        return "weekend" if day.isoweekday() >= 6 else "weekday"
    if group is Group.MONTH_OF_YEAR:
        return day.month
    if group is Group.SEASON:
        return season_of_month(day.month, south=south)
    return f"{day.year:04d}-{day.month:02d}"


def exposure_days(
    group: Group, start: datetime | None, end: datetime | None, first: datetime | None, today: date, south: bool = False
) -> dict:
    """{value: days} over the window from the first log at the earliest to today; {} for other groupings."""
    if group not in CALENDAR or first is None:
        return {}
    lo = max(start.date(), first.date()) if start else first.date()
    hi = min((end - timedelta(microseconds=1)).date(), today) if end else today
    out: dict = {}
    day = lo
    while day <= hi:
        key = value_of(group, day, south)
        out[key] = out.get(key, 0) + 1
        day += timedelta(days=1)
    return out
