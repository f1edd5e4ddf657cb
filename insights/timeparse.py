"""Reading time out of a question into a window of the user's local wall-clock time.

A window is [start, end) in local time, plus optional hour and weekday filters ("at night", "on
weekends") and, for comparisons (one week against the one before it, "compared to last month"), a second window.
dateparser turns "last Friday" into an instant; a question needs a span ("last week" is Monday to
Sunday in the user's zone), so the spans are rules here, tested phrase by phrase in
tests/insights/test_timeparse.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from cravings.vocabulary import DAYPART, WEEKDAYS, WEEKEND

from .timerules import find_span
from .timewords import COUNT_WORDS, DAY_NAMES, Span, add_months, midnight, whole_days


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
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "hours": sorted(self.hours),
            "weekdays": sorted(self.weekdays),
            "label": self.label,
            "compare": self.compare.as_dict() if self.compare else None,
        }


# "and" and "or" compare only before another window ("this week and last week", "this summer or last summer"),
# never in "today and yesterday".
COMPARE_WORD = re.compile(
    r"\b(?:vs\.?|versus|compared?\s+(?:to|with)|than|against|relative\s+to|"
    r"(?:and|or)(?=\s+(?:last|previous|the\s+(?:previous|week|month|year)\b)))\s+"
)


STRETCH_BEFORE = re.compile(
    rf"\s*(?:the\s+)?(?P<n>\d+|{'|'.join(COUNT_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+before\b"
)
N_WEEKENDS = re.compile(r"\b((?:past|last|previous|recent)\s+\w+)\s+weekends\b")
PERIOD_NAMED = re.compile(r"\bthis\s+(summer|winter|spring|autumn|fall|week|weekend|month|year)\b")
ONE_BEFORE = re.compile(r"\b(?:the\s+)?(?:last|previous|prior)\s+one\b|\bthe\s+one\s+before(?:\s+that)?\b")
# "this year's summer" is this summer, not this year
THIS_YEARS_SEASON = re.compile(r"\bthis\s+year'?s\s+(summer|winter|spring|autumn|fall)\b")
# a week, month or weekend "just gone" (or "that has just ended"): the last one
JUST_GONE = re.compile(
    r"\b(?:the\s+)?(week|weekend|month|year|saturday\s+and\s+sunday)\s+(?:that\s+)?(?:has\s+)?just\s+(?:gone|passed|ended)\b"
)


def one_named(text: str) -> str:
    """'this summer ... than the last one': the one is last summer."""
    if (named := PERIOD_NAMED.search(text)) is None:
        return text
    return ONE_BEFORE.sub(f"last {named[1]}", text)


BEFORE_IT = re.compile(
    r"\s*(?:in\s+|during\s+)?(?:the\s+)?(?:\d+\s+|one\s+|week\s+|month\s+|year\s+|stretch\s+|quarter\s+|(?P<season>spring|summer|autumn|fall|"
    r"winter)\s+)?before\b"
)


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
    if span.unit == "season":  # "this summer than last summer", both said after it: the summer a year before
        before = first.replace(year=first.year - 1)
        last = (span.end - timedelta(days=1)).date()
        return whole_days(before, last.replace(year=last.year - 1), "the year before", today, "season")
    if span.unit == "year":
        return whole_days(date(first.year - 1, 1, 1), date(first.year - 1, 12, 31), "the year before", today, "year")
    if span.unit == "quarter":
        before = add_months(first.replace(day=1), -3)
        return whole_days(before, add_months(before, 3) - timedelta(days=1), "the quarter before", today, "quarter")
    length = span.end - span.start
    start, end = span.start - length, span.start
    if start.time() != time() or end.time() != time():
        return Span(start, end, "the same stretch before", span.unit)
    label = "the day before" if length == timedelta(days=1) else f"the {length.days} days before"
    return whole_days(start.date(), end.date() - timedelta(days=1), label, today, span.unit)


NIGHT_OUT = re.compile(
    rf"\b(?:{'|'.join(DAY_NAMES)})s?\s+nights?\b|\b(?P<week>week\s*-?nights?)\b|\bmy\s+(?:[a-z]+\s+){{0,2}}night\b"
    # "which night", "what evening of the week": a night out, asked by its day
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?:nights?|evenings?)\b|\b(?:nights?|evenings?)\s+of\s+the\s+week\b"
)


LUNCH = frozenset({11, 12, 13})
# "after 11pm", "before 9 am": hours from a clock time to the end of the night, or from 5 am to it.
CLOCK = re.compile(
    r"\b(?P<side>after|past|from|before|until|till)\s+(?P<h>1[0-2]|[1-9])(?::00)?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)"
)


def clock_hours(match: re.Match) -> frozenset[int]:
    hour = int(match["h"]) % 12 + (12 if match["ap"].startswith("p") else 0)
    day_end = 5  # a log's day runs 5 am to 5 am
    if match["side"] in ("after", "past", "from"):
        return (
            frozenset(h % 24 for h in range(hour, 24 + day_end)) if hour >= day_end else frozenset(range(hour, day_end))
        )
    return frozenset(range(day_end, hour)) if hour > day_end else frozenset(range(0, hour))


def filters_in(text: str) -> tuple[frozenset[int], frozenset[int], list[str]]:
    """Hour and weekday filters: 'at night', 'in the mornings', 'on weekends', 'on Fridays'."""
    hours: set[int] = set()
    weekdays: set[int] = set()
    said: list[str] = []
    # A night named as an occasion ("Friday nights", "weeknights", "my big night") is the evening and the
    # night after it, as people go out; "at night" alone is the night band.
    occasion = NIGHT_OUT.search(text)
    if occasion:
        hours |= DAYPART["evening"].hours | DAYPART["night"].hours
        said.append("in the evening or at night")
        if occasion["week"]:
            weekdays |= {1, 2, 3, 4, 5}
            said.append("on weeknights")
    for name, band in DAYPART.items():
        if occasion and name in ("evening", "night"):
            continue
        if re.search(rf"\b(?:at|in\s+the|during\s+the|every|late\s+at|in\s+the\s+late)?\s*{name}s?\b", text):
            hours |= band.hours
            said.append(f"in the {name}" if name != "night" else "at night")
    if re.search(r"\blate\s+night\b|\bafter\s+midnight\b|\bmidnight\b", text) and not hours:
        hours |= DAYPART["night"].hours
        said.append("at night")
    if re.search(r"\barvos?\b", text) and not hours & DAYPART["afternoon"].hours:
        hours |= DAYPART["afternoon"].hours  # Australian for the afternoon
        said.append("in the afternoon")
    if re.search(r"\blunch\s*times?\b|\bover\s+lunch\b|\bat\s+lunch\b", text):
        hours |= LUNCH
        said.append("at lunchtime (11 am–2 pm)")
    if clock := CLOCK.search(text):
        hours |= clock_hours(clock)
        said.append(clock[0])
    weekend = re.search(r"\bweekends?\b", text)
    # "weekdays", "on a weekday", "during the week"; not "which weekday" (a day of the week).
    weekday = re.search(
        r"(?<!which )(?<!what )\b(?:week|work)\s*days\b"
        r"|\b(?:on|during)\s+(?:a\s+|the\s+)?(?:week|work)\s*days?\b"
        r"|\bduring\s+the\s+week\b|\bmonday\s+to\s+friday\b"
        r"|\b(?:week|work)\s*day\s+(?:mornings?|afternoons?|evenings?|nights?|lunch\s*times?|lunches)\b",
        text,
    )
    if weekend and weekday:
        pass  # "weekends or weekdays?" compares them: no filter
    elif weekend:
        weekdays |= WEEKEND
        said.append("on weekends")
    elif weekday:
        weekdays |= {1, 2, 3, 4, 5}
        said.append("on weekdays")
    for iso, name in enumerate(DAY_NAMES, start=1):
        if re.search(
            rf"\b{name}s\b|\b(?:every|any|on\s+an?)\s+{name}\b|\b{name}\s+(?:mornings|evenings|nights|afternoons)\b",
            text,
        ):
            weekdays.add(iso)
            said.append(f"on {WEEKDAYS[iso - 1]}s")
    return frozenset(hours), frozenset(weekdays), said


# "how many days in the last 30 ...": the unit said before the number.
UNIT_SAID_BEFORE = re.compile(
    r"\b(?P<unit>day|week|month)s?\b[^?.!]*?\b(?:last|past|previous)\s+\d+\b(?!\s*(?:days?|weeks?|months?|years?|"
    r"hours?|minutes?|%|percent|times?|logs?|cravings?|urges?|d\b|w\b|am\b|pm\b|:))"
)


def split_compared(text: str, today: date, now: datetime, south: bool) -> tuple[str, str]:
    """The text of the window asked about and of the one it is compared with, at the last comparing word that
    names a time after it ("more than I used to? like the last 3 months compared to the 3 before")."""
    for match in reversed(list(COMPARE_WORD.finditer(text))):
        rest = text[match.end() :].strip()
        if find_span(rest, today, now, south)[0] is not None or BEFORE_IT.match(rest) or STRETCH_BEFORE.match(rest):
            return text[: match.start()], rest
    return text, ""


def parse_time(question: str, today: date, now: datetime | None = None, south: bool = False) -> TimeFilter:
    """`today` and `now` are the user's local date and wall-clock time (naive); `south`: the user lives
    south of the equator, where the seasons' months swap."""
    now = now or datetime.combine(today, time(12))
    text = THIS_YEARS_SEASON.sub(r"this \1", " ".join(question.lower().replace("’", "'").split()))
    text = JUST_GONE.sub(lambda m: "last " + ("weekend" if m[1].startswith("saturday") else m[1]), text)
    text = one_named(text)
    text = N_WEEKENDS.sub(r"\1 weeks, on weekends", text)  # "the last 3 weekends": 3 weeks, their weekends
    text = UNIT_SAID_BEFORE.sub(r"\g<0> \g<unit>s", text)  # "how many days in the last 30": the last 30 days
    main_text, compare_text = split_compared(text, today, now, south)
    span, remaining = find_span(main_text, today, now, south)
    if span is None and (stretch := STRETCH_BEFORE.match(compare_text)):
        # "compared with the 3 months before": the last 3 months against the 3 before them.
        n = COUNT_WORDS.get(stretch["n"]) or int(stretch["n"])
        span = find_span(f"the last {n} {stretch['unit']}s", today, now, south)[0]
        compare_text = "the one before"
    before_it = BEFORE_IT.match(compare_text)
    if span is None and before_it and before_it["season"]:
        # "was summer rough? lower than the summer before?": the latest summer against the one a year before
        span = find_span(f"in {before_it['season']}", today, now, south)[0]
    compare_span = find_span(compare_text, today, now, south)[0] if compare_text and not before_it else None
    if span is not None and compare_span is None and (before_it or STRETCH_BEFORE.match(compare_text)):
        compare_span = shifted_back(span, today)  # "last month than the month before", "vs the 3 months before"
    if (
        span is not None
        and compare_span is not None
        and (compare_span.start, compare_span.end) == (span.start, span.end)
    ):
        compare_span = shifted_back(span, today)  # "the last 30 days vs the previous 30 days"
    if span is None and compare_span is not None:
        # "compared to last month" alone: now (the same stretch, to date) against then.
        span = forward(compare_span, today)
    elif (
        span is not None
        and compare_span is None
        and compare_text == ""
        and re.search(r"\b(?:vs\.?|versus|compared?|than\s+before|than\s+usual)\b", text)
    ):
        compare_span = shifted_back(span, today)
    hours, weekdays, said = filters_in(remaining if span else text)
    tf = TimeFilter(hours=hours, weekdays=weekdays, filters=said)
    if span is not None:
        tf = replace(tf, start=span.start, end=span.end, label=span.label, since=span.since)
    if compare_span is not None:
        tf = replace(
            tf,
            compare=TimeFilter(
                start=compare_span.start, end=compare_span.end, label=compare_span.label, hours=hours, weekdays=weekdays
            ),
        )
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
    # a week or month still under way counts too: this week so far is set against the whole week before
    if first.weekday() == 0 and (last - first).days <= 6:
        return "week"
    if first.day == 1 and last <= add_months(first, 1) - timedelta(days=1):
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year"
    return ""
