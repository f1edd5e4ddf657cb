"""The small phrases every answer is built from: counts and shares, the subject's name, the window, times."""
from __future__ import annotations

import re
from datetime import date, datetime

from cravings.vocabulary import DAYPART, TOPIC, VERBS, WEEKDAYS, hour_label

from .finding import Finding
from .understanding import Question

PLACES = {"Home": "at home", "Work": "at work", "Social": "out socially", "Outside": "outside"}
COMPANY = {"Alone": "alone", "Friends": "with friends", "Family": "with family", "Coworkers": "with coworkers",
           "Strangers": "around strangers"}
ASSOCIATION_NOTE = "That is an association in your logs, not proof that one causes the other."


def pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def counted(n: int, noun_phrase: str) -> str:
    """'1 craving for sweets', '3 cravings for sweets'."""
    return f"{n} {noun_phrase.replace('cravings', 'craving', 1) if n == 1 else noun_phrase}"


def name_of(subject) -> str:
    """How an answer names a subject: the user's own word ("chocolate"), but the topic's name for a verb
    ("smoke" -> cigarettes) or a singular of it ("cigarette" -> cigarettes)."""
    if subject.topic is None:
        return subject.text
    label = TOPIC[subject.topic].label
    if subject.text in VERBS or label in (subject.text + "s", subject.text + "es") or subject.topic == "phone":
        return label
    return subject.text


def thing(question: Question) -> str:
    """'cravings for sweets', 'cravings for kombucha', or 'cravings'."""
    return f"cravings for {name_of(question.subject)}" if question.subject else "cravings"


def things(question: Question, finding: Finding, *, filters: bool = True) -> str:
    """The subject with its conditions and time filters: 'cravings for cigarettes at work on weekdays'."""
    time_filters = question.time.filters if filters and question.intent != "days" else []
    extra = " ".join([*finding.conditions, *time_filters])
    strongest = "strongest " if question.strongest and question.intent != "intensity" else ""
    return f"{strongest}{thing(question)}{' ' + extra if extra else ''}"


def window_phrase(finding: Finding, question: Question) -> str:
    """'in the last 30 days (26 Oct – 24 Nov)', 'in all your logs since 27 Jul', 'last week (16–22 Nov)'."""
    label = finding.window["label"]
    if not label:
        text = ""
    elif label.startswith(("since", "last ", "yesterday", "today", "tonight", "this ")):
        text = label
    elif re.match(r"^(?:\d{1,2} [A-Z][a-z]{2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", label):
        text = "on " + label
    else:
        text = "in " + label
    return text


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def daypart_phrase(name: str) -> str:
    band = DAYPART[name]
    return f"at night ({band.span})" if name == "night" else f"in the {name} ({band.span})"


def when_local(stamp: str, today: date) -> str:
    moment = datetime.fromisoformat(stamp)
    year = f" {moment.year}" if moment.year != today.year else ""
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {moment:%B}{year} at {hour_label(moment.hour)}"


def ago(stamp: str, today: date) -> str:
    days = (today - datetime.fromisoformat(stamp).date()).days
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


def value_phrase(kind: str, value) -> str:
    if kind in ("dayparts", "daypart"):
        return daypart_phrase(value)
    if kind in ("locations", "location"):
        return PLACES.get(value, f"at {value}")
    if kind in ("people",):
        return COMPANY.get(value, f"with {value.lower()}")
    if kind in ("emotions", "emotion"):
        return f"when you felt {value.lower()}"
    if kind in ("triggers", "trigger"):
        return f"when the trigger was “{value}”"
    if kind == "topics":
        return f"with {TOPIC[value].label}" if value in TOPIC else str(value)
    if kind == "weekdays":
        return f"on {WEEKDAYS[value - 1]}s"
    return str(value)


def tied(rows: list[dict]) -> list[dict]:
    """The rows sharing the top count (rows are sorted by count, most first)."""
    return [r for r in rows if rows and r["count"] == rows[0]["count"]]


def listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
