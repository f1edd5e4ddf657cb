"""The small phrases answers are built from: the thing asked about, counts and shares, windows, dates and
the values of each grouping, said the way a person says them."""

from __future__ import annotations

from datetime import date, datetime

from cravings.vocabulary import DAYPART, TOPIC, VERBS, WEEKDAYS, hour_label
from insights.timewords import MONTHS

from ..query import Group, Outcome, Query

PLACES = {"Home": "at home", "Work": "at work", "Social": "in social settings", "Outside": "outside"}
COMPANY = {
    "Alone": "alone",
    "Friends": "with friends",
    "Family": "with family",
    "Coworkers": "with coworkers",
    "Strangers": "around strangers",
}
SEASON_NAMES = {"winter": "winter", "spring": "spring", "summer": "summer", "autumn": "autumn"}


def led(lead: str, sentence: str) -> str:
    """A sentence after a lead-in ("Yes: ", "From your own logs: "), its first letter lower-cased."""
    return lead + sentence[:1].lower() + sentence[1:]


def pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def counted(n: int, noun: str) -> str:
    """'1 craving for sweets', '3 cravings for sweets'."""
    if n != 1:
        return f"{n} {noun}"
    return f"{n} {noun.replace('cravings', 'craving', 1) if 'cravings' in noun else noun.removesuffix('s')}"


def name_of(query: Query) -> str | None:
    subject = query.filters.subject
    if subject is None:
        return None
    if subject.alternatives:
        return subject.label
    if subject.topic is None:
        return subject.text
    label = TOPIC[subject.topic].label
    if subject.text in VERBS or label in (subject.text + "s", subject.text + "es") or subject.topic == "phone":
        return label
    return subject.text if not subject.whole_topic else label


def things(query: Query, *, filters: bool = True) -> str:
    """'cravings for sweets at work when stressed', 'strong cravings', 'cravings you gave in to'."""
    name = name_of(query)
    noun = "cravings" + (f" for {name}" if name else "")
    f = query.filters
    if filters and f.band.value == "strong":
        noun = "strong " + noun
    if filters and f.outcome is Outcome.GAVE_IN:
        noun += " you gave in to"
    elif filters and f.outcome is Outcome.RESISTED:
        noun += " you resisted"
    if filters and (where := filter_phrase(query)):
        noun += " " + where
    return noun


def filter_phrase(query: Query) -> str:
    """The situations a question narrows to: 'at work when stressed in the morning'."""
    return " ".join([c.label for c in query.filters.conditions] + list(query.window.filters))


def window_phrase(query: Query, first: str | None, today: date) -> str:
    w = query.window
    if w.explicit:
        return in_window(w.label or "in that window")
    return f"since you started logging on {short_day(first, today)}" if first else "so far"


def short_day(stamp: str, today: date) -> str:
    day = datetime.fromisoformat(stamp).date()
    return f"{day.day} {day:%b}" + (f" {day.year}" if day.year != today.year else "")


def in_window(label: str) -> str:
    """'in the last 30 days (3 Nov – 2 Dec)', 'last week (23–29 Nov)', 'since 2 Oct', 'in March 2026'."""
    if label.startswith(("since", "this", "last", "in ", "on ", "over ", "today", "yesterday", "so far", "before")):
        return label
    if label.split(" ")[0] in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        return f"on {label}"  # "on Sunday (6 Dec)"
    return f"in {label}"


def day_text(stamp: str | None, today: date) -> str:
    if not stamp:
        return ""
    day = datetime.fromisoformat(stamp).date()
    text = f"{WEEKDAYS[day.isoweekday() - 1]} {day.day} {day:%B}"
    return text + (f" {day.year}" if day.year != today.year else "")


def ago(stamp: str, today: date) -> str:
    days = (today - datetime.fromisoformat(stamp).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return f"about {round(days / 30.4)} months ago"


def value_phrase(group: Group, value) -> str:
    """How an answer says one value of a grouping: 'in the evening (5–10 pm)', 'on Friday', 'in December'."""
    if group is Group.DAYPART:
        band = DAYPART[value]
        return f"{'at night' if value == 'night' else 'in the ' + value} ({band.span})"
    if group is Group.HOUR:
        return f"around {hour_label(int(value))}"
    if group is Group.WEEKDAY:  # the day named as a day ("on Saturday"), which any reader matches to its name
        return f"on {WEEKDAYS[int(value) - 1]}"
    if group is Group.WEEKPART:
        return "at weekends" if value == "weekend" else "on weekdays"
    if group is Group.MONTH_OF_YEAR:
        return f"in {MONTHS[int(value) - 1].title()}"
    if group is Group.MONTH:
        year, month = str(value).split("-")
        return f"in {MONTHS[int(month) - 1].title()} {year}"
    if group is Group.SEASON:
        return f"in {SEASON_NAMES[value]}"
    if group is Group.DAY:
        day = date.fromisoformat(str(value))
        return f"on {WEEKDAYS[day.isoweekday() - 1]} {day.day} {day:%B} {day.year}"
    if group is Group.WEEK:
        day = date.fromisoformat(str(value))
        return f"in the week of {day.day} {day:%b} {day.year}"
    if group is Group.PLACE:
        return PLACES.get(value, f"at {str(value).lower()}")
    if group is Group.COMPANY:
        return COMPANY.get(value, f"with {str(value).lower()}")
    if group is Group.EMOTION:
        return f"when feeling {str(value).lower()}"
    if group is Group.TRIGGER:
        return f"after “{value}”"
    if group is Group.SUBJECT:
        return TOPIC[value].label if value in TOPIC else str(value)
    return str(value)


def listing(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def per_day(n: int, days: int) -> str:
    if not days:
        return ""
    rate = n / days
    return f"{rate:.1f} a day" if rate >= 1 else f"{7 * rate:.1f} a week"


def daily(rate: float) -> str:
    """A per-day rate that stays readable below one a day: '1.4 a day', '0.35 a day'."""
    return f"{rate:.1f} a day" if rate >= 1 else f"{rate:.2f} a day"
