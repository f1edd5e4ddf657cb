"""Reading time out of a question into a window of the user's local wall-clock time.

A window is [start, end) in local time, plus optional hour and weekday filters ("at night", "on
weekends") and, for comparisons ("this week vs last week", "compared to last month"), a second window.
dateparser turns "last Friday" into an instant; a question needs a span ("last week" is Monday to
Sunday in the user's zone), so the spans are rules here, tested phrase by phrase in
tests/insights/test_timeparse.py.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from cravings.vocabulary import DAYPART, WEEKDAYS, WEEKEND

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
MONTH_WORD = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# Meteorological seasons (northern hemisphere): the first month of each.
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "thirty": 30,
               "couple": 2, "a couple": 2, "a couple of": 2, "few": 3, "a few": 3, "several": 3}
COUNT = r"(\d+|a couple(?: of)?|a few|several|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|" \
        r"eleven|twelve|fourteen|thirty)"
UNIT = r"(hour|hr|day|night|week|wk|month|mo|year|yr)s?"
DAY_NAMES = [d.lower() for d in WEEKDAYS]
DAY_WORD = r"(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
RECENT_DAYS = 30  # "lately", "recently", "these days"
MAX_DAYS = 3 * 366  # a window reaches back at most this far ("the last 99999999 years" is all of it)


@dataclass(frozen=True)
class TimeFilter:
    start: datetime | None = None  # local wall-clock time, inclusive
    end: datetime | None = None  # local wall-clock time, exclusive
    hours: frozenset[int] = frozenset()  # local hours
    weekdays: frozenset[int] = frozenset()  # ISO 1 = Monday
    label: str = ""  # how an answer names the window: "last week (16–22 Nov)"
    compare: TimeFilter | None = None  # the window a comparison is made against
    since: bool = False  # "since March": a change question compares it with what came before
    filters: list[str] = field(default_factory=list, compare=False)  # how the hour/weekday filters were said

    @property
    def explicit(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def empty(self) -> bool:
        return not (self.explicit or self.hours or self.weekdays)

    @property
    def first_day(self) -> date | None:
        return self.start.date() if self.start else None

    @property
    def last_day(self) -> date | None:
        return (self.end - timedelta(microseconds=1)).date() if self.end else None

    def as_dict(self) -> dict:
        return {"start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "hours": sorted(self.hours), "weekdays": sorted(self.weekdays), "label": self.label,
                "compare": self.compare.as_dict() if self.compare else None}


def midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def days(first: date, last: date) -> tuple[datetime, datetime]:
    """Whole local days first..last."""
    return midnight(first), midnight(last + timedelta(days=1))


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, add_months(first, 1) - timedelta(days=1)


def short(day: date, today: date, with_year: bool = False) -> str:
    return f"{day.day} {day:%b}" + (f" {day.year}" if with_year or day.year != today.year else "")


def span_text(first: date, last: date, today: date) -> str:
    """'16–22 Nov', '28 Oct – 3 Nov', '20 Nov', '1 Mar – 31 May 2025'."""
    if first == last:
        return short(first, today)
    year = "" if first.year == last.year == today.year else f" {last.year}"
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {last:%b}{year}"
    first_text = short(first, today) if first.year != last.year else f"{first.day} {first:%b}"
    return f"{first_text} – {last.day} {last:%b}{year}"


def count_of(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]


def month_number(word: str) -> int:
    return MONTH_ABBR[word[:4] if word.startswith("sept") else word[:3]]


def weekday_number(word: str) -> int:
    return next(i for i, name in enumerate(DAY_NAMES, start=1) if name.startswith(word[:3]))


def last_month_named(today: date, month: int, *, before_current: bool = False) -> int:
    """The year of the most recent `month` (this year's if it has begun, unless before_current)."""
    if month < today.month or (month == today.month and not before_current):
        return today.year
    return today.year - 1


def season_span(today: date, name: str, *, completed: bool) -> tuple[date, date]:
    """The most recent season `name`; completed=True skips one still under way."""
    first_month = SEASONS[name]
    year = today.year if first_month <= today.month else today.year - 1
    if first_month == 12 and today.month <= 2:
        year = today.year - 1  # winter began last December
    first = date(year, first_month, 1)
    last = add_months(first, 3) - timedelta(days=1)
    if completed and last >= today:
        first = date(first.year - 1, first_month, 1)
        last = add_months(first, 3) - timedelta(days=1)
    return first, last


@dataclass
class Span:
    start: datetime
    end: datetime
    label: str
    unit: str = ""  # week | month | year | day: the unit a comparison steps back by
    since: bool = False


def whole_days(first: date, last: date, label: str, today: date, unit: str = "", since: bool = False) -> Span:
    start, end = days(first, last)
    return Span(start, end, f"{label} ({span_text(first, last, today)})" if label else span_text(first, last, today),
                unit, since)


def part_of_day(day: date, part: str, label: str, today: date) -> Span:
    band = DAYPART[part]
    start = midnight(day) + timedelta(hours=band.first)
    end = midnight(day) + timedelta(hours=band.last + 1 if band.first <= band.last else 24 + band.last + 1)
    return Span(start, end, f"{label} ({short(day, today)})", "day")


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


def most_recent_weekday(today: date, iso: int, *, strictly_before: bool) -> date:
    back = (today.isoweekday() - iso) % 7
    if back == 0 and strictly_before:
        back = 7
    return today - timedelta(days=back)


def day_of_month(today: date, month: int, day: int, year: int | None) -> date | None:
    years = [year] if year else [today.year, today.year - 1]
    for candidate in years:
        try:
            found = date(candidate, month, day)
        except ValueError:
            return None
        if year or found <= today:
            return found
    return None


def span_rules(today: date, now: datetime):
    """(pattern, make span from the match) in order: specific phrases before general ones."""
    this_monday = today - timedelta(days=today.weekday())
    yesterday = today - timedelta(days=1)

    def weekend(monday: date, label: str) -> Span:
        return whole_days(monday + timedelta(days=5), monday + timedelta(days=6), label, today, "week")

    def recent_weekend(_m) -> Span:
        monday = this_monday if today.isoweekday() >= 6 else this_monday - timedelta(days=7)
        return weekend(monday, "the weekend")

    def last_named_month(m) -> Span:
        month = month_number(m["month"])
        year = last_month_named(today, month, before_current=True)
        first, last = month_span(year, month)
        return whole_days(first, last, f"last {MONTHS[month - 1].title()}", today, "month")

    def named_month(m) -> Span:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else last_month_named(today, month)
        first, last = month_span(year, month)
        last = min(last, today) if year == today.year and month == today.month else last
        return whole_days(first, last, f"{MONTHS[month - 1].title()} {year}", today, "month")

    def since_month(m) -> Span:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else last_month_named(today, month)
        return whole_days(date(year, month, 1), today, f"since {MONTHS[month - 1].title()}", today, since=True)

    def after_month(m) -> Span:
        month = month_number(m["month"])
        year = int(m["year"]) if m["year"] else last_month_named(today, month, before_current=True)
        first = add_months(date(year, month, 1), 1)
        return whole_days(first, today, f"since {first:%B}", today, since=True)

    def month_range(m) -> Span:
        first_month, last_month = month_number(m["a"]), month_number(m["b"])
        year = int(m["year"]) if m["year"] else last_month_named(today, last_month)
        first_year = year if first_month <= last_month else year - 1
        first, last = date(first_year, first_month, 1), month_span(year, last_month)[1]
        return whole_days(first, min(last, today), "", today)

    def specific_day(m, since: bool = False) -> Span | None:
        month = month_number(m["month"])
        day = day_of_month(today, month, int(m["day"]), int(m["year"]) if m["year"] else None)
        if day is None:
            return None
        if since:
            return whole_days(day, today, f"since {short(day, today)}", today, since=True)
        return whole_days(day, day, "", today, "day")

    def season(m, *, completed: bool, since: bool = False) -> Span:
        first, last = season_span(today, m["season"], completed=completed)
        if since:
            return whole_days(first, today, f"since {m['season']}", today, since=True)
        name = ("last " if completed else "") + m["season"]
        return whole_days(first, min(last, today), name, today)

    def this_season(m) -> Span:
        first, last = season_span(today, m["season"], completed=False)
        if first > today:
            first, last = season_span(today, m["season"], completed=True)
        return whole_days(first, min(last, today), f"this {m['season']}", today)

    def named_day(m, label_word: str, strictly_before: bool) -> Span:
        iso = weekday_number(m["day"])
        day = most_recent_weekday(today, iso, strictly_before=strictly_before)
        label = f"{label_word} {WEEKDAYS[iso - 1]}".strip()
        return whole_days(day, day, label, today, "day")

    def since_day(m) -> Span:
        iso = weekday_number(m["day"])
        day = most_recent_weekday(today, iso, strictly_before=False)
        return whole_days(day, today, f"since {WEEKDAYS[iso - 1]}", today, since=True)

    def year_span(m) -> Span:
        year = int(m["year"])
        return whole_days(date(year, 1, 1), min(date(year, 12, 31), today), str(year), today, "year")

    def with_part(day: date, part: str, word: str) -> Span:
        return part_of_day(day, part, f"{word} {part}", today)

    def last_night(_m) -> Span:
        start = midnight(yesterday) + timedelta(hours=DAYPART["evening"].first)
        end = midnight(today) + timedelta(hours=DAYPART["night"].last + 1)
        return Span(start, end, f"last night ({short(yesterday, today)})", "day")

    def tonight(_m) -> Span:
        start = midnight(today) + timedelta(hours=DAYPART["evening"].first)
        end = midnight(today + timedelta(days=1)) + timedelta(hours=DAYPART["night"].last + 1)
        return Span(start, end, f"tonight ({short(today, today)})", "day")

    recent = lambda _m: whole_days(today - timedelta(days=RECENT_DAYS - 1), today,  # noqa: E731
                                   f"the last {RECENT_DAYS} days", today)
    W = r"(?:the\s+)?"  # noqa: N806
    return [
        (r"\b(?:today\s+and\s+yesterday|yesterday\s+and\s+today)\b",
         lambda m: whole_days(yesterday, today, "today and yesterday", today)),
        (r"\bday\s+before\s+yesterday\b",
         lambda m: whole_days(today - timedelta(days=2), today - timedelta(days=2), "the day before yesterday", today,
                              "day")),
        (r"\blast\s+night\b", last_night),
        (r"\btonight\b", tonight),
        (r"\bthis\s+(?P<part>morning|afternoon|evening)\b", lambda m: with_part(today, m["part"], "this")),
        (rf"\b(?:on\s+|last\s+)?{DAY_WORD}\s+(?P<part>morning|afternoon|evening|night)\b(?!s)",
         lambda m: named_part(m, today)),
        (r"\byesterday\s+(?P<part>morning|afternoon|evening)\b", lambda m: with_part(yesterday, m["part"], "yesterday")),
        (r"\b(?:the\s+)?week\s+before\s+last\b", lambda m: ago(2, "week", today, now)),
        (r"\byesterday\b", lambda m: whole_days(yesterday, yesterday, "yesterday", today, "day")),
        (r"\btoday\b|\bso\s+far\s+today\b", lambda m: whole_days(today, today, "today", today, "day")),
        (rf"\b(?:in\s+|over\s+|during\s+|for\s+)?{W}(?P<word>last|past|previous|recent)\s+{COUNT}\s+{UNIT}\b",
         lambda m: relative(count_of(m[2]), m[3], today, now, m["word"] if m["word"] != "recent" else "last")),
        (rf"\b(?P<n>{COUNT[1:-1]})\s+{UNIT}\s+(?:ago|back|earlier)\b",
         lambda m: ago(count_of(m["n"]), m[2], today, now)),
        (r"\bsince\s+last\s+(?P<unit>week|month|year)\b", lambda m: since_last(m["unit"], today, this_monday)),
        (r"\b(?:in\s+|over\s+|during\s+|for\s+)?(?:the\s+)?(?:past|last|previous)\s+(?P<unit>day|week|month|year|fortnight)\b",
         lambda m: calendar_or_rolling(m, today)),
        (r"\bthis\s+week(?:end)?\b", lambda m: weekend_or_week(m, today)),
        (r"\bmy\s+(?P<unit>week|month|year)\b|\bhow\s+(?:was|is|did)\s+the\s+(?P<unit2>week|month)\b",
         lambda m: whole_days(today - timedelta(days={"week": 7, "month": 30, "year": 365}[m["unit"] or m["unit2"]] - 1),
                              today, f"the past {m['unit'] or m['unit2']}", today)),
        (r"\bthis\s+month\b", lambda m: whole_days(today.replace(day=1), today, "this month", today, "month")),
        (r"\bthis\s+year\b|\bso\s+far\s+this\s+year\b|\byear\s+to\s+date\b",
         lambda m: whole_days(date(today.year, 1, 1), today, "this year", today, "year")),
        (r"\bsince\s+(?:the\s+)?(?:new\s+year(?:'s)?|start\s+of\s+(?:the\s+)?year|beginning\s+of\s+(?:the\s+)?year)\b",
         lambda m: whole_days(date(today.year, 1, 1), today, "since the new year", today, since=True)),
        (rf"\bsince\s+(?:last\s+|the\s+)?{DAY_WORD}\b(?!\s*\d)",
         lambda m: since_day({"day": m[1]})),
        (rf"\bsince\s+(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD.replace('(', '(?P<month>', 1)}"
         rf"|{MONTH_WORD.replace('(', '(?P<month2>', 1)}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<year>\d{{4}}))?\b",
         lambda m: specific_day({"month": m["month"] or m["month2"], "day": m["day"] or m["day2"], "year": m["year"]},
                                since=True)),
        (rf"\bsince\s+(?:last\s+|the\s+)?{MONTH_WORD.replace('(', '(?P<month>', 1)}(?:\s+(?P<year>\d{{4}}))?\b",
         since_month),
        (rf"\bafter\s+(?:last\s+|the\s+)?{MONTH_WORD.replace('(', '(?P<month>', 1)}(?:\s+(?P<year>\d{{4}}))?\b",
         after_month),
        (r"\bsince\s+(?:last\s+|the\s+)?(?P<season>spring|summer|fall|autumn|winter)\b",
         lambda m: season(m, completed=False, since=True)),
        (r"\blast\s+(?P<season>spring|summer|fall|autumn|winter)\b", lambda m: season(m, completed=True)),
        (r"\bthis\s+(?P<season>spring|summer|fall|autumn|winter)\b", this_season),
        (r"\b(?:in|during|over)\s+(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\b",
         lambda m: season(m, completed=False)),
        (r"\b(?:this|last|the)\s+weekend\b|\bover\s+the\s+weekend\b", lambda m: weekend_or_week(m, today)),
        (rf"\bbetween\s+{MONTH_WORD.replace('(', '(?P<a>', 1)}\s+and\s+{MONTH_WORD.replace('(', '(?P<b>', 1)}"
         rf"(?:\s+(?P<year>\d{{4}}))?\b", month_range),
        (rf"\bfrom\s+{MONTH_WORD.replace('(', '(?P<a>', 1)}\s+(?:to|through|till|until)\s+"
         rf"{MONTH_WORD.replace('(', '(?P<b>', 1)}(?:\s+(?P<year>\d{{4}}))?\b", month_range),
        (rf"\b(?:on\s+)?(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD.replace('(', '(?P<month>', 1)}"
         rf"|{MONTH_WORD.replace('(', '(?P<month2>', 1)}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<year>\d{{4}}))?\b",
         lambda m: specific_day({"month": m["month"] or m["month2"], "day": m["day"] or m["day2"], "year": m["year"]})),
        (rf"\blast\s+{MONTH_WORD.replace('(', '(?P<month>', 1)}\b", last_named_month),
        (rf"\b(?:in|during|for|of|over|through)\s+{MONTH_WORD.replace('(', '(?P<month>', 1)}(?:\s+(?P<year>\d{{4}}))?\b",
         named_month),
        (rf"\b{MONTH_WORD.replace('(', '(?P<month>', 1)}\s+(?P<year>\d{{4}})\b", named_month),
        (r"\b(?:in|during)\s+(?P<year>20\d\d)\b", year_span),
        (rf"\blast\s+{DAY_WORD}\b", lambda m: named_day({"day": m[1]}, "last", True)),
        (rf"\bthis\s+(?:past\s+)?{DAY_WORD}\b", lambda m: named_day({"day": m[1]}, "", False)),
        (rf"\bon\s+{DAY_WORD}\b(?!s)(?!\s+(?:mornings|evenings|nights|afternoons))",
         lambda m: named_day({"day": m[1]}, "", False)),
        (r"\b(?:recently|lately|these\s+days|of\s+late|these\s+past\s+weeks)\b", recent),
    ]


def named_part(m: re.Match, today: date) -> Span:
    """'Friday night': that part of the most recent Friday (today's only once it has begun)."""
    iso = weekday_number(m[1])
    band = DAYPART[m["part"]]
    day = most_recent_weekday(today, iso, strictly_before=m.group(0).lower().startswith("last"))
    return part_of_day(day, m["part"], f"{WEEKDAYS[iso - 1]} {band.name}", today)


def since_last(unit: str, today: date, this_monday: date) -> Span:
    first = {"week": this_monday - timedelta(days=7), "month": add_months(today.replace(day=1), -1),
             "year": date(today.year - 1, 1, 1)}[unit]
    return whole_days(first, today, f"since last {unit}", today, since=True)


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
# "on the weekend" in the present tense ("what time on the weekend do I want soda"); "what did I crave on the
# weekend?" asks about the one just gone.
HABITUAL = re.compile(r"\bhow\s+often\b|\b(?:usually|typically|normally|generally|tend|always|ever)\b", re.I)
PAST = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def weekend_or_week(m: re.Match, today: date) -> Span | None:
    text = m.group(0).lower()
    this_monday = today - timedelta(days=today.weekday())
    if "weekend" not in text:
        return whole_days(this_monday, today, "this week", today, "week")
    said_on = m.string[:m.start()].lower().endswith("on ")
    if text == "the weekend" and (HABITUAL.search(m.string) or (said_on and not PAST.search(m.string))):
        return None
    if text.startswith("last") and today.isoweekday() >= 6:
        monday = this_monday - timedelta(days=7)  # said on a weekend: the one before this
    else:  # the weekend under way, else the one just gone (logs are never in the future)
        monday = this_monday if today.isoweekday() >= 6 else this_monday - timedelta(days=7)
    first = monday + timedelta(days=5)
    return whole_days(first, min(first + timedelta(days=1), today), "the weekend" if "last" not in text else
                      "last weekend", today, "week")


def find_span(text: str, today: date, now: datetime) -> tuple[Span | None, str]:
    """The window phrase that comes first in `text` (the longest where two start together; rule order
    breaks what is left), and the text with that phrase removed."""
    found: list[tuple[int, int, int, re.Match, Callable]] = []
    for order, (pattern, make) in enumerate(span_rules(today, now)):
        if match := re.search(pattern, text):
            found.append((match.start(), -(match.end() - match.start()), order, match, make))
    for _, _, _, match, make in sorted(found, key=lambda f: f[:3]):
        span = make(match)
        if span is not None:
            return span, text[:match.start()] + " " + text[match.end():]
    return None, text


# "and" compares only before another window ("this week and last week"), never in "today and yesterday".
COMPARE = re.compile(r"\b(?:vs\.?|versus|compared?\s+(?:to|with)|than|against|relative\s+to|"
                     r"and(?=\s+(?:last|previous|the\s+(?:previous|week|month|year)\b)))\s+(?P<rest>.+)$")


def shifted_back(span: Span, today: date) -> Span:
    """The unit before a calendar span (this week -> last week, last month -> the month before), else
    the same length right before it (the last 30 days -> the 30 days before)."""
    first = span.start.date()
    if span.unit == "week" and span.end - span.start >= timedelta(days=1):
        monday = first - timedelta(days=first.weekday() + 7)
        return whole_days(monday, monday + timedelta(days=6), "the week before", today, "week")
    if span.unit == "month":
        before = add_months(first.replace(day=1), -1)
        return whole_days(before, add_months(before, 1) - timedelta(days=1), "the month before", today, "month")
    if span.unit == "year":
        return whole_days(date(first.year - 1, 1, 1), date(first.year - 1, 12, 31), "the year before", today, "year")
    length = span.end - span.start
    start, end = span.start - length, span.start
    if start.time() != time() or end.time() != time():
        return Span(start, end, "the same stretch before", span.unit)
    label = "the day before" if length == timedelta(days=1) else f"the {length.days} days before"
    return whole_days(start.date(), end.date() - timedelta(days=1), label, today, span.unit)


def filters_in(text: str) -> tuple[frozenset[int], frozenset[int], list[str]]:
    """Hour and weekday filters: 'at night', 'in the mornings', 'on weekends', 'on Fridays'."""
    hours: set[int] = set()
    weekdays: set[int] = set()
    said: list[str] = []
    for name, band in DAYPART.items():
        if re.search(rf"\b(?:at|in\s+the|during\s+the|every|late\s+at|in\s+the\s+late)?\s*{name}s?\b", text):
            hours |= band.hours
            said.append(f"in the {name}" if name != "night" else "at night")
    if re.search(r"\blate\s+night\b|\bafter\s+midnight\b|\bmidnight\b", text) and not hours:
        hours |= DAYPART["night"].hours
        said.append("at night")
    weekend = re.search(r"\bweekends?\b", text)
    # "weekdays", "on a weekday", "during the week"; not "which weekday" (a day of the week).
    weekday = re.search(r"(?<!which )(?<!what )\b(?:week|work)\s*days\b|\b(?:on|during)\s+(?:a\s+|the\s+)?(?:week|work)\s*days?\b"
                        r"|\bduring\s+the\s+week\b|\bmonday\s+to\s+friday\b", text)
    if weekend and weekday:
        pass  # "weekends or weekdays?" compares them: no filter
    elif weekend:
        weekdays |= WEEKEND
        said.append("on weekends")
    elif weekday:
        weekdays |= {1, 2, 3, 4, 5}
        said.append("on weekdays")
    for iso, name in enumerate(DAY_NAMES, start=1):
        if re.search(rf"\b{name}s\b|\bevery\s+{name}\b|\b{name}\s+(?:mornings|evenings|nights|afternoons)\b", text):
            weekdays.add(iso)
            said.append(f"on {WEEKDAYS[iso - 1]}s")
    return frozenset(hours), frozenset(weekdays), said


def parse_time(question: str, today: date, now: datetime | None = None) -> TimeFilter:
    """`today` and `now` are the user's local date and wall-clock time (naive)."""
    now = now or datetime.combine(today, time(12))
    text = " ".join(question.lower().replace("’", "'").split())
    main_text, compare_text = text, ""
    if match := COMPARE.search(text):
        rest_span, _ = find_span(match["rest"], today, now)
        if rest_span is not None:
            main_text, compare_text = text[:match.start()], match["rest"]
    span, remaining = find_span(main_text, today, now)
    compare_span = find_span(compare_text, today, now)[0] if compare_text else None
    if span is not None and compare_span is not None and (compare_span.start, compare_span.end) == (span.start,
                                                                                                  span.end):
        compare_span = shifted_back(span, today)  # "the last 30 days vs the previous 30 days"
    if span is None and compare_span is not None:
        # "compared to last month" alone: now (the same stretch, to date) against then.
        span = forward(compare_span, today)
    elif span is not None and compare_span is None and compare_text == "" and re.search(
            r"\b(?:vs\.?|versus|compared?|than\s+before|than\s+usual)\b", text):
        compare_span = shifted_back(span, today)
    hours, weekdays, said = filters_in(remaining if span else text)
    tf = TimeFilter(hours=hours, weekdays=weekdays, filters=said)
    if span is not None:
        tf = replace(tf, start=span.start, end=span.end, label=span.label, since=span.since)
    if compare_span is not None:
        tf = replace(tf, compare=TimeFilter(start=compare_span.start, end=compare_span.end, label=compare_span.label,
                                            hours=hours, weekdays=weekdays))
    return tf


def forward(past: Span, today: date) -> Span:
    """The window a comparison with `past` is about: the current one of the same unit, to date."""
    if past.unit == "week":
        monday = today - timedelta(days=today.weekday())
        return whole_days(monday, today, "this week", today, "week")
    if past.unit == "month":
        return whole_days(today.replace(day=1), today, "this month", today, "month")
    if past.unit == "year":
        return whole_days(date(today.year, 1, 1), today, "this year", today, "year")
    length = past.end - past.start
    first = today - timedelta(days=max(length.days, 1) - 1)
    return whole_days(first, today, "", today)


def window_before(tf: TimeFilter, today: date) -> TimeFilter:
    """The stretch of the same length right before a window (since March -> as long before March)."""
    start, end = tf.start or midnight(today), tf.end or midnight(today + timedelta(days=1))
    span = shifted_back(Span(start, end, tf.label, "" if tf.since else unit_of(tf)), today)
    return TimeFilter(start=span.start, end=span.end, hours=tf.hours, weekdays=tf.weekdays, label=span.label)


def unit_of(tf: TimeFilter) -> str:
    """'week' / 'month' / 'year' when the window is one calendar unit, else ''."""
    first, last = tf.first_day, tf.last_day
    if first is None or last is None:
        return ""
    if first.weekday() == 0 and (last - first).days == 6:
        return "week"
    if first.day == 1 and last == add_months(first, 1) - timedelta(days=1):
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year"
    return ""
