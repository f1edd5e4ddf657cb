"""The words and calendar arithmetic time phrases are read with: month, day, season and count words, whole
local days, and spans labelled the way answers name them ("last week (16–22 Nov)")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from cravings.vocabulary import DAYPART, WEEKDAYS, season_start

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
MONTH_WORD = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# The season words a question may use (cravings.vocabulary.season_start gives their months).
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "thirty": 30,
    "couple": 2,
    "couple of": 2,
    "a couple": 2,
    "a couple of": 2,
    "few": 3,
    "a few": 3,
    "several": 3,
}
COUNT = (
    r"(\d+|a couple(?: of)?|a few|several|couple(?: of)?|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fourteen|thirty)"
)
UNIT = r"(hour|hr|day|night|week|wk|month|mo|year|yr)s?"
DAY_NAMES = [d.lower() for d in WEEKDAYS]
DAY_WORD = r"(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
RECENT_DAYS = 30  # "lately", "recently", "these days"
MAX_DAYS = 3 * 366  # a window reaches back at most this far ("the last 99999999 years" is all of it)


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


def season_span(today: date, name: str, *, completed: bool, south: bool = False) -> tuple[date, date]:
    """The most recent season `name` (south: of the southern hemisphere); completed=True skips one still
    under way."""
    first_month = season_start(name, south=south)
    year = today.year if first_month <= today.month else today.year - 1
    first = date(year, first_month, 1)
    last = add_months(first, 3) - timedelta(days=1)
    if completed and last >= today:
        first = date(first.year - 1, first_month, 1)
        last = add_months(first, 3) - timedelta(days=1)
    return first, last


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


@dataclass
class Span:
    start: datetime
    end: datetime
    label: str
    unit: str = ""  # week | month | year | day: the unit a comparison steps back by
    since: bool = False


def whole_days(first: date, last: date, label: str, today: date, unit: str = "", since: bool = False) -> Span:
    start, end = days(first, last)
    return Span(
        start,
        end,
        f"{label} ({span_text(first, last, today)})" if label else span_text(first, last, today),
        unit,
        since,
    )


def part_of_day(day: date, part: str, label: str, today: date) -> Span:
    band = DAYPART[part]
    start = midnight(day) + timedelta(hours=band.first)
    end = midnight(day) + timedelta(hours=band.last + 1 if band.first <= band.last else 24 + band.last + 1)
    return Span(start, end, f"{label} ({short(day, today)})", "day")
