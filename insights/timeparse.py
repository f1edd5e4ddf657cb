"""Reading time out of a question ("last month", "at night", "since summer") into filters for SQL."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], start=1)}
SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
DAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
                                   start=1)}
DAYPARTS = {
    "night": set(range(21, 24)) | set(range(0, 5)),
    "evening": set(range(18, 24)),
    "morning": set(range(5, 12)),
    "afternoon": set(range(12, 18)),
}
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3, "couple": 2}


@dataclass
class TimeFilter:
    start: date | None = None  # local days, inclusive
    end: date | None = None
    hours: set[int] = field(default_factory=set)  # local hours
    weekdays: set[int] = field(default_factory=set)  # ISO 1=Mon
    explicit: bool = False  # the question named a time: recency should not re-weight it

    @property
    def empty(self) -> bool:
        return not (self.start or self.end or self.hours or self.weekdays)


def month_start(day: date, months_back: int) -> date:
    month = day.month - months_back
    year = day.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def last_occurrence(today: date, month: int) -> date:
    """The most recent 1st of `month` not after today."""
    year = today.year if month <= today.month else today.year - 1
    return date(year, month, 1)


def parse_time(question: str, today: date) -> TimeFilter:
    q = question.lower()
    tf = TimeFilter()
    if match := re.search(r"\b(?:last|past)\s+(\d+|a|one|two|three|four|five|six|few|couple)\s*(?:of\s+)?"
                          r"(day|week|month|year)s?\b", q):
        n = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS[match.group(1)]
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[match.group(2)] * n
        tf.start, tf.end = today - timedelta(days=days - 1), today
    elif "yesterday" in q:
        tf.start = tf.end = today - timedelta(days=1)
    elif "today" in q or "tonight" in q:
        tf.start = tf.end = today
    elif "this week" in q:
        tf.start, tf.end = today - timedelta(days=today.weekday()), today
    elif "last week" in q:
        monday = today - timedelta(days=today.weekday() + 7)
        tf.start, tf.end = monday, monday + timedelta(days=6)
    elif "this month" in q:
        tf.start, tf.end = today.replace(day=1), today
    elif "last month" in q:
        first = month_start(today, 1)
        tf.start, tf.end = first, today.replace(day=1) - timedelta(days=1)
    elif "this year" in q:
        tf.start, tf.end = date(today.year, 1, 1), today
    elif "last year" in q:
        tf.start, tf.end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    elif "recently" in q or "lately" in q:
        tf.start, tf.end = today - timedelta(days=13), today
    elif match := re.search(r"\bsince\s+(?:the\s+)?(" + "|".join([*MONTHS, *SEASON_START]) + r")\b", q):
        word = match.group(1)
        tf.start, tf.end = last_occurrence(today, MONTHS.get(word) or SEASON_START[word]), today
    elif match := re.search(r"\b(?:in|during)\s+(" + "|".join(MONTHS) + r")\b", q):
        first = last_occurrence(today, MONTHS[match.group(1)])
        tf.start, tf.end = first, month_start(first, -1) - timedelta(days=1)
    tf.explicit = tf.start is not None

    for part, hours in DAYPARTS.items():
        if re.search(rf"\b(at|in the|during the|every|late at)?\s*{part}s?\b", q) and part in q:
            tf.hours |= hours
    if re.search(r"\bweekends?\b", q):
        tf.weekdays |= {6, 7}
    elif re.search(r"\bweekdays?\b|\bworkdays?\b", q):
        tf.weekdays |= {1, 2, 3, 4, 5}
    for name, number in DAYS.items():
        if re.search(rf"\b{name}s?\b", q):
            tf.weekdays.add(number)
    return tf
