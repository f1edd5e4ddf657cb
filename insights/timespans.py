"""Span makers: from a matched time phrase and the user's local today (and now) to a window of whole local
days, or hours for "the last 3 hours". timerules.py says which phrase calls which."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from cravings.vocabulary import DAYPART, WEEKDAYS, season_start

from .timewords import (
    MAX_DAYS,
    MONTHS,
    RECENT_DAYS,
    Span,
    add_months,
    day_of_month,
    last_month_named,
    midnight,
    month_number,
    month_span,
    most_recent_weekday,
    part_of_day,
    season_span,
    short,
    weekday_number,
    whole_days,
)


def relative(n: int, unit: str, today: date, now: datetime, word: str) -> Span:
    """'the last 3 weeks', 'past 48 hours': a window ending today (or now, for hours)."""
    unit = {"hr": "hour", "wk": "week", "mo": "month", "yr": "year", "night": "day"}.get(unit, unit)
    n = min(n, MAX_DAYS * 24 // {"hour": 1, "day": 24, "week": 168, "month": 720, "year": 8760}[unit])
    plural = unit + ("s" if n != 1 else "")
    label = f"the {word} {n} {plural}" if n != 1 else f"the {word} {unit}"
    if unit == "hour":
        return Span(now - timedelta(hours=n), now + timedelta(minutes=1), label)
    if unit == "month":
        first = add_months(today, -n).replace(day=min(today.day, 28)) + timedelta(days=1)
    else:
        first = today - timedelta(days=n * {"day": 1, "week": 7, "year": 365}[unit] - 1)
    return whole_days(first, today, label, today)


def ago(n: int, unit: str, today: date, now: datetime) -> Span:
    """'3 weeks ago' is that week; '2 months ago' that month; '5 days ago' that day (at most MAX_DAYS back)."""
    unit = {"hr": "hour", "wk": "week", "mo": "month", "yr": "year", "night": "day"}.get(unit, unit)
    n = min(n, MAX_DAYS * 24 // {"hour": 1, "day": 24, "week": 168, "month": 720, "year": 8760}[unit])
    text = f"{n} {unit}{'s' if n != 1 else ''} ago"
    if unit == "hour":
        moment = now - timedelta(hours=n)
        return Span(moment - timedelta(minutes=30), moment + timedelta(minutes=30), text)
    if unit == "day":
        day = today - timedelta(days=n)
        return whole_days(day, day, text, today, "day")
    if unit == "week":
        monday = today - timedelta(days=today.weekday() + 7 * n)
        return whole_days(monday, monday + timedelta(days=6), f"the week {text}", today, "week")
    if unit == "month":
        first = add_months(today.replace(day=1), -n)
        return whole_days(first, add_months(first, 1) - timedelta(days=1), text, today, "month")
    year = today.year - n
    return whole_days(date(year, 1, 1), date(year, 12, 31), str(year), today, "year")


def named_part(m: re.Match, today: date) -> Span:
    """'Friday night': that part of the most recent Friday (today's only once it has begun)."""
    iso = weekday_number(m[1])
    band = DAYPART[m["part"]]
    day = most_recent_weekday(today, iso, strictly_before=m.group(0).lower().startswith("last"))
    return part_of_day(day, m["part"], f"{WEEKDAYS[iso - 1]} {band.name}", today)


def since_last(unit: str, today: date, this_monday: date) -> Span:
    first = {
        "week": this_monday - timedelta(days=7),
        "month": add_months(today.replace(day=1), -1),
        "year": date(today.year - 1, 1, 1),
    }[unit]
    return whole_days(first, today, f"since last {unit}", today, since=True)


def quarter(m: re.Match, today: date) -> Span:
    """'this quarter': the calendar quarter to date; 'last quarter': the one before it."""
    first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if m["which"] == "this":
        return whole_days(first, today, "this quarter", today, "quarter")
    start = add_months(first, -3)
    return whole_days(start, first - timedelta(days=1), "last quarter", today, "quarter")


def calendar_or_rolling(m: re.Match, today: date) -> Span:
    """'last week' is the calendar week before this one; 'the past week' the last 7 days."""
    unit, text = m["unit"], m.group(0).lower()
    rolling = "past" in text or "previous" in text and unit != "week" or "fortnight" == unit
    this_monday = today - timedelta(days=today.weekday())
    if unit == "fortnight":
        return whole_days(today - timedelta(days=13), today, "the last 2 weeks", today)
    if rolling or unit == "day":
        length = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        return whole_days(today - timedelta(days=length - 1), today, f"the past {unit}", today)
    if unit == "week":
        monday = this_monday - timedelta(days=7)
        return whole_days(monday, monday + timedelta(days=6), "last week", today, "week")
    if unit == "month":
        first = add_months(today.replace(day=1), -1)
        return whole_days(first, today.replace(day=1) - timedelta(days=1), "last month", today, "month")
    return whole_days(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), "last year", today, "year")


# "How often do I drink on the weekend?" asks about weekends in general (a filter), not the last one. So does
# "on the weekend" in the present tense (a habit asked about, weekend by weekend); "what did I crave on the
# weekend?" asks about the one just gone.
HABITUAL = re.compile(r"\bhow\s+often\b|\b(?:usually|typically|normally|generally|tend|always|ever)\b", re.I)
PAST = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def weekend_or_week(m: re.Match, today: date) -> Span | None:
    text = m.group(0).lower()
    this_monday = today - timedelta(days=today.weekday())
    if "weekend" not in text:
        return whole_days(this_monday, today, "this week", today, "week")
    said_on = m.string[: m.start()].lower().endswith(("on ", "at "))  # "at the weekend" is British for "on"
    if text == "the weekend" and (HABITUAL.search(m.string) or (said_on and not PAST.search(m.string))):
        return None
    if text.startswith("last") and today.isoweekday() >= 6:
        monday = this_monday - timedelta(days=7)  # said on a weekend: the one before this
    else:  # the weekend under way, else the one just gone (logs are never in the future)
        monday = this_monday if today.isoweekday() >= 6 else this_monday - timedelta(days=7)
    first = monday + timedelta(days=5)
    return whole_days(
        first,
        min(first + timedelta(days=1), today),
        "the weekend" if "last" not in text else "last weekend",
        today,
        "week",
    )


class Spans:
    """The makers that need more than the match: each reads the user's local today and now."""

    def __init__(self, today: date, now: datetime, south: bool = False):
        self.today, self.now, self.south = today, now, south
        self.this_monday = today - timedelta(days=today.weekday())
        self.yesterday = today - timedelta(days=1)

    def last_named_month(self, m) -> Span:
        month = month_number(m["month"])
        year = last_month_named(self.today, month, before_current=True)
        first, last = month_span(year, month)
        return whole_days(first, last, f"last {MONTHS[month - 1].title()}", self.today, "month")

    def named_month(self, m) -> Span:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else last_month_named(self.today, month)
        first, last = month_span(year, month)
        last = min(last, self.today) if year == self.today.year and month == self.today.month else last
        return whole_days(first, last, f"{MONTHS[month - 1].title()} {year}", self.today, "month")

    def month_a_year_back(self, m) -> Span:
        """ "November last year", "March of last year": that month in the year before this one."""
        month = month_number(m["month"])
        first, last = month_span(self.today.year - 1, month)
        return whole_days(first, last, f"{MONTHS[month - 1].title()} {self.today.year - 1}", self.today, "month")

    def since_month(self, m) -> Span:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else last_month_named(self.today, month)
        label = f"since {MONTHS[month - 1].title()}"
        return whole_days(date(year, month, 1), self.today, label, self.today, since=True)

    def after_month(self, m) -> Span:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else last_month_named(self.today, month, before_current=True)
        first = add_months(date(year, month, 1), 1)
        return whole_days(first, self.today, f"since {first:%B}", self.today, since=True)

    def month_range(self, m) -> Span:
        first_month, last_month = month_number(m["a"]), month_number(m["b"])
        year = int(m["year"]) if m["year"] else last_month_named(self.today, last_month)
        first_year = year if first_month <= last_month else year - 1
        first, last = date(first_year, first_month, 1), month_span(year, last_month)[1]
        return whole_days(first, min(last, self.today), "", self.today)

    def day_range(self, first: dict, last: dict) -> Span | None:
        """From one date to another, both whole days; the first falls in the year before when it is later."""
        end = self.specific_day(last)
        start = self.specific_day({**first, "year": first["year"] or (end.start.year if end else None)})
        if start is None or end is None:
            return None
        begin = start.start if start.start <= end.start else start.start.replace(year=start.start.year - 1)
        return whole_days(begin.date(), min(end.start.date(), self.today), "", self.today)

    def specific_day(self, m, since: bool = False) -> Span | None:
        month = month_number(m["month"])
        day = day_of_month(self.today, month, int(m["day"]), int(m["year"]) if m["year"] else None)
        if day is None:
            return None
        if since:
            return whole_days(day, self.today, f"since {short(day, self.today)}", self.today, since=True)
        return whole_days(day, day, "", self.today, "day")

    def nth_day(self, m, since: bool = False) -> Span | None:
        """'the 3rd' with no month: the latest 3rd on or before today."""
        n, day = int(m["nth"]), self.today
        for _ in range(62):
            if day.day == n:
                if since:
                    return whole_days(day, self.today, f"since {short(day, self.today)}", self.today, since=True)
                return whole_days(day, day, "", self.today, "day")
            day -= timedelta(days=1)
        return None

    def holidays(self, m, since: bool = False) -> Span:
        """The year-end holidays, 20 December to 6 January: the latest that has begun ("last year": the one
        whose December was last year)."""
        year = self.today.year if self.today >= date(self.today.year, 12, 20) else self.today.year - 1
        if m["lastyear"] and year == self.today.year:
            year -= 1
        first = date(year, 12, 25) if m["christmas"] and since else date(year, 12, 20)
        if since:
            return whole_days(first, self.today, f"since {short(first, self.today)}", self.today, since=True)
        last = min(date(year + 1, 1, 6), self.today)
        return whole_days(first, last, "over the holidays", self.today)

    def season(self, m, *, completed: bool, since: bool = False) -> Span:
        first, last = season_span(self.today, m["season"], completed=completed, south=self.south)
        if since:
            return whole_days(first, self.today, f"since {m['season']}", self.today, since=True)
        name = ("last " if completed else "") + m["season"]
        return whole_days(first, min(last, self.today), name, self.today, "season")

    def season_of_year(self, m) -> Span:
        """'summer 2025': that year's (winter 2025 is the one that began in December 2025)."""
        first = date(int(m["year"]), season_start(m["season"], south=self.south), 1)
        last = add_months(first, 3) - timedelta(days=1)
        return whole_days(first, min(last, self.today), f"{m['season']} {m['year']}", self.today, "season")

    def this_season(self, m) -> Span:
        first, last = season_span(self.today, m["season"], completed=False, south=self.south)
        if first > self.today:
            first, last = season_span(self.today, m["season"], completed=True, south=self.south)
        return whole_days(first, min(last, self.today), f"this {m['season']}", self.today, "season")

    def named_day(self, m, label_word: str, strictly_before: bool) -> Span:
        iso = weekday_number(m["day"])
        day = most_recent_weekday(self.today, iso, strictly_before=strictly_before)
        label = f"{label_word} {WEEKDAYS[iso - 1]}".strip()
        return whole_days(day, day, label, self.today, "day")

    def since_day(self, m) -> Span:
        iso = weekday_number(m["day"])
        day = most_recent_weekday(self.today, iso, strictly_before=False)
        return whole_days(day, self.today, f"since {WEEKDAYS[iso - 1]}", self.today, since=True)

    def year_span(self, m) -> Span:
        year = int(m["year"])
        return whole_days(date(year, 1, 1), min(date(year, 12, 31), self.today), str(year), self.today, "year")

    def with_part(self, day: date, part: str, word: str) -> Span:
        return part_of_day(day, part, f"{word} {part}", self.today)

    def last_night(self, _m) -> Span:
        start = midnight(self.yesterday) + timedelta(hours=DAYPART["evening"].first)
        end = midnight(self.today) + timedelta(hours=DAYPART["night"].last + 1)
        return Span(start, end, f"last night ({short(self.yesterday, self.today)})", "day")

    def tonight(self, _m) -> Span:
        start = midnight(self.today) + timedelta(hours=DAYPART["evening"].first)
        end = midnight(self.today + timedelta(days=1)) + timedelta(hours=DAYPART["night"].last + 1)
        return Span(start, end, f"tonight ({short(self.today, self.today)})", "day")

    def recent(self, _m) -> Span:
        return whole_days(
            self.today - timedelta(days=RECENT_DAYS - 1), self.today, f"the last {RECENT_DAYS} days", self.today
        )

    def today_only(self, _m) -> Span:
        return whole_days(self.today, self.today, "today", self.today, "day")

    def yesterday_only(self, _m) -> Span:
        return whole_days(self.yesterday, self.yesterday, "yesterday", self.today, "day")

    def today_and_yesterday(self, _m) -> Span:
        return whole_days(self.yesterday, self.today, "today and yesterday", self.today)

    def day_before_yesterday(self, _m) -> Span:
        day = self.today - timedelta(days=2)
        return whole_days(day, day, "the day before yesterday", self.today, "day")

    def the_past_unit(self, m) -> Span:
        """'my week', 'how was the month': the rolling stretch ending today."""
        unit = m["unit"] or m["unit2"]
        first = self.today - timedelta(days={"week": 7, "month": 30, "year": 365}[unit] - 1)
        return whole_days(first, self.today, f"the past {unit}", self.today)

    def this_month(self, _m) -> Span:
        return whole_days(self.today.replace(day=1), self.today, "this month", self.today, "month")

    def this_year(self, _m) -> Span:
        return whole_days(date(self.today.year, 1, 1), self.today, "this year", self.today, "year")

    def since_new_year(self, _m) -> Span:
        return whole_days(date(self.today.year, 1, 1), self.today, "since the new year", self.today, since=True)
