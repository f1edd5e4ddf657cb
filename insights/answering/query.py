"""The query algebra: every answer is one Query, and SQL executes it (answering/compute).

A query is a measure over the subject's logs, narrowed by filters, optionally grouped, ranked and compared.
Today's kinds of question are points in it (the time of day sugar comes = count, grouped by daypart, most);
a new kind is a new combination, not new code. The words for the domain (night, evening, weekend,
resisted) are defined once in cravings.vocabulary; seasons and the "evening a night began" here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from insights.timeparse import TimeFilter
from insights.understanding import Condition, Subject


class Measure(StrEnum):
    COUNT = "count"  # how many logs
    DAYS = "days"  # on how many days of the window something was logged (and on how many nothing was)
    SHARE = "share"  # the logs under the filters as a share of the subject's logs
    RESISTED = "resisted"  # share resisted
    GAVE_IN = "gave_in"  # share given in to
    INTENSITY = "intensity"  # mean intensity, 1-10
    CONFIDENCE = "confidence"  # mean confidence to resist, 1-10
    FIRST = "first"  # the earliest log
    LAST = "last"  # the latest log
    SLOPE = "slope"  # the direction over time (earlier half against later half, per-week slopes)
    STREAK = "streak"  # runs of resisted logs and of days logged
    PROFILE = "profile"  # a short overview: count, what, when, and the direction


class Group(StrEnum):
    NONE = "none"
    HOUR = "hour"
    DAYPART = "daypart"
    WEEKDAY = "weekday"
    WEEKPART = "weekpart"  # weekday vs weekend
    DAY = "day"  # one calendar day (a day runs from 5 am)
    WEEK = "week"
    MONTH = "month"  # calendar months (November 2026)
    MONTH_OF_YEAR = "month_of_year"  # November, over every year
    SEASON = "season"
    PLACE = "place"
    COMPANY = "company"
    EMOTION = "emotion"
    TRIGGER = "trigger"
    SUBJECT = "subject"  # what was craved


class Rank(StrEnum):
    NONE = "none"
    MOST = "most"
    LEAST = "least"
    NEW = "new"  # groups present in the window and never before it
    GONE = "gone"  # groups present before the window and not in it


class Compare(StrEnum):
    NONE = "none"
    PREVIOUS = "previous"  # the stretch of the same length right before the window
    NAMED = "named"  # a period the question names: last summer, March, last year
    EVENT = "event"  # before against since a date the person names ("since I started quitting 2 months ago")
    CONDITION = "condition"  # with against without a condition (at work, on days I drink, when stressed)


class Outcome(StrEnum):
    ANY = "any"
    RESISTED = "resisted"
    GAVE_IN = "gave_in"


class Band(StrEnum):
    ANY = "any"
    STRONG = "strong"  # 8 of 10 or more
    MILD = "mild"  # 4 of 10 or less


class Direction(StrEnum):
    """What a yes/no comparison asks: 'more', 'less', or neither ('is it different')."""

    NONE = "none"
    UP = "up"
    DOWN = "down"


STRONG_AT = 8
MILD_AT = 4
# A log's day starts at 5 am: a night that crosses midnight belongs to the evening it began, so "Friday
# night" holds Saturday 00:30, and the weekday of a 1 am log is the day before.
DAY_STARTS_AT_HOUR = 5


@dataclass(frozen=True)
class Filters:
    subject: Subject | None = None
    outcome: Outcome = Outcome.ANY
    band: Band = Band.ANY
    conditions: tuple[Condition, ...] = ()  # place, company, emotion, trigger words
    trigger: str = ""  # words the trigger contains ("after dinner")


@dataclass(frozen=True)
class Comparison:
    kind: Compare = Compare.NONE
    window: TimeFilter | None = None  # PREVIOUS / NAMED / EVENT: the other window
    condition: Condition | None = None  # CONDITION: with it against without it
    event: datetime | None = None  # EVENT: the moment things changed
    direction: Direction = Direction.NONE
    # "since I started quitting" with no date anywhere: the event as said; the comparison falls back to the
    # last 30 days against the 30 before, and the answer says so.
    undated: str = ""


@dataclass(frozen=True)
class Query:
    measure: Measure
    filters: Filters
    window: TimeFilter
    group: Group = Group.NONE
    rank: Rank = Rank.NONE
    comparison: Comparison = field(default_factory=Comparison)
    yes_no: bool = False  # "do I ...?": the answer starts with yes or no
    expect: str = ""  # "is summer my worst?": the value the question expects to rank first
    among: tuple[str, ...] = ()  # "evenings or mornings?": the values the ranking is between
    kind: str = ""  # the registry row it was read as
    text: str = ""
    south: bool = False  # the person lives south of the equator: "summer" is December-February
    outside: str = ""  # what the question asks for that the logs never record ("money spent or lost")
    unclear: bool = False  # a follow-up that names nothing of its own and points back at an earlier question

    def with_(self, **changes) -> Query:
        return replace(self, **changes)

    def as_dict(self) -> dict:
        f = self.filters
        return {
            "kind": self.kind,
            "measure": str(self.measure),
            "group": str(self.group),
            "rank": str(self.rank),
            "compare": str(self.comparison.kind),
            "direction": str(self.comparison.direction),
            "yesNo": self.yes_no,
            "expect": self.expect,
            "among": list(self.among),
            "subject": f.subject.label if f.subject else None,
            "outcome": str(f.outcome),
            "band": str(f.band),
            "conditions": [c.label for c in f.conditions],
            "window": self.window.as_dict(),
            "other": self.comparison.window.as_dict() if self.comparison.window else None,
            "condition": self.comparison.condition.label if self.comparison.condition else None,
            "undatedEvent": self.comparison.undated,
            "southernSeasons": self.south,
            "outside": self.outside,
            "unclear": self.unclear,
        }
