"""Computing: a Query executed over the user's own logs, into a Result. Every figure comes from SQL;
this module chooses which statements a query needs and how a grouping is compared fairly (per day of
exposure, so a month seen in two years is not counted twice)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from cravings.vocabulary import DAYPART
from insights.figures import streaks, weekly
from insights.scope import Scope, SubjectMatch

from ..query import MILD_AT, STRONG_AT, Band, Compare, Group, Measure, Outcome, Query, Rank
from .exposure import exposure_days
from .sql import co_days, groups, stats, unnamed, with_without

# Below these, an answer states how few logs there are and claims no pattern, peak or direction.
MIN_LOGS = 10
MIN_SPAN_DAYS = 14
RATE_MIN = 5  # logs a group needs for its rate or mean to be ranked first (or half the largest group's)
PATTERN_MEASURES = {Measure.SLOPE, Measure.PROFILE}
# "What is my strongest pattern?" asks for a pattern whatever figure answers it.
PATTERN_ASKED = re.compile(r"\bpatterns?\b|\btrends?\b", re.I)
# "Ever", "at all": whether there is one (the say layer answers yes on one log)
EVER_WORDS = re.compile(r"\b(?:ever|at\s+all)\b", re.I)


class Status(StrEnum):
    ANSWERED = "answered"
    NO_LOGS = "no_logs"  # nothing logged at all
    NO_SUBJECT_LOGS = "no_subject_logs"  # the thing asked about was never logged
    THIN = "too_little_data"  # too few logs, or too short a history, for a pattern


@dataclass
class Result:
    status: Status
    main: dict  # stats of the question's logs
    ever: dict  # the subject's logs at any time, any situation
    everything: dict  # every log the user has
    base: dict | None = None  # SHARE: the subject's logs in the window without the filters
    groups: list[dict] = field(default_factory=list)
    other: dict | None = None  # the comparison's side
    other_groups: list[dict] = field(default_factory=list)
    condition: dict | None = None  # CONDITION: with against without
    trend: dict | None = None
    streak: dict | None = None
    days: int = 0  # local days the window covers (from the first log at the earliest)
    other_days: int = 0

    @property
    def started(self) -> str | None:
        """The first log of what is asked about: the thing's own when one is named (a rate over its whole history
        starts when it began, not when the person began logging anything), else any log's."""
        return self.ever["first"] or self.everything["first"]

    @property
    def sources(self) -> list[str]:
        return self.main.get("ids", [])

    def as_dict(self) -> dict:
        return {
            "status": str(self.status),
            "total": self.main["total"],
            "resisted": self.main["resisted"],
            "intensity": self.main["intensity"],
            "first": self.main["first"],
            "last": self.main["last"],
            "everTotal": self.ever["total"],
            "everLast": self.ever["last"],
            "days": self.days,
            "groups": self.groups[:6],
            "other": _brief(self.other),
            "otherDays": self.other_days,
            "condition": self.condition,
            "trend": self.trend,
            "streak": self.streak,
            "base": _brief(self.base),
            "sources": self.sources,
        }


def _brief(data: dict | None) -> dict | None:
    return None if data is None else {k: data[k] for k in ("total", "resisted", "intensity", "first", "last")}


def scope_of(query: Query, user_id: int, match: SubjectMatch | None, condition_matches: list) -> Scope:
    f, w = query.filters, query.window
    return Scope(
        user_id=user_id,
        start=w.start,
        end=w.end,
        hours=w.hours,
        weekdays=w.weekdays,
        subject=match,
        conditions=tuple(zip(f.conditions, condition_matches, strict=True)),
        min_intensity=STRONG_AT if f.band is Band.STRONG else None,
        max_intensity=MILD_AT if f.band is Band.MILD else None,
        resisted={Outcome.RESISTED: True, Outcome.GAVE_IN: False}.get(f.outcome),
    )


def local_days(start: datetime | None, end: datetime | None, first: datetime | None, today: date) -> int:
    """Whole local days a window covers, from the user's first log at the earliest (today counts)."""
    lo = (
        max(d for d in (start, first) if d is not None)
        if (start or first)
        else datetime.combine(today, datetime.min.time())
    )
    hi = (
        min(end, datetime.combine(today + timedelta(days=1), datetime.min.time()))
        if end
        else datetime.combine(today + timedelta(days=1), datetime.min.time())
    )
    return max((hi - timedelta(microseconds=1)).date().toordinal() - lo.date().toordinal() + 1, 1) if hi > lo else 0


def thin(data: dict) -> bool:
    if data["total"] < MIN_LOGS or not data["first"]:
        return True
    span = datetime.fromisoformat(data["last"]) - datetime.fromisoformat(data["first"])
    return span < timedelta(days=MIN_SPAN_DAYS)


def compute(
    query: Query,
    *,
    user_id: int,
    today: date,
    match: SubjectMatch | None,
    other_match: SubjectMatch | None,
    condition_matches: list | None = None,
) -> Result:
    matches = condition_matches if condition_matches is not None else [None] * len(query.filters.conditions)
    everything = stats(Scope(user_id=user_id))
    ever = stats(Scope(user_id=user_id, subject=match)) if match else everything
    scope = scope_of(query, user_id, match, matches)
    main = stats(scope)
    result = Result(Status.ANSWERED, main, ever, everything)
    first = datetime.fromisoformat(everything["first"]) if everything["first"] else None
    # the whole history of a thing runs from its own first log; a window named is that window
    begun = datetime.fromisoformat(result.started) if result.started and query.window.start is None else first
    result.days = local_days(query.window.start, query.window.end, begun, today)
    if not everything["total"]:
        result.status = Status.NO_LOGS
        return result
    if match is not None and not ever["total"]:
        result.status = Status.NO_SUBJECT_LOGS
        result.groups = unnamed(Scope(user_id=user_id))  # logs in words no topic knows, to point to
        return result
    if query.measure is Measure.SHARE:
        # Of the subject's logs, the share in a situation; with no situation named, the subject's share of all.
        narrowed = scope.hours or scope.weekdays or scope.conditions
        whole = replace(scope, hours=frozenset(), weekdays=frozenset(), conditions=())
        result.base = stats(whole if narrowed or not match else scope.without_subject())
    if query.group is not Group.NONE:
        # Exposure starts at the subject's first log: months before vaping began are not its quiet months.
        since = datetime.fromisoformat(ever["first"]) if match and ever["first"] else first
        result.groups = ranked(query, groups(scope, query.group, query.south), query.window, since, today)
    if query.measure is Measure.PROFILE and not match:
        result.groups = groups(scope, Group.SUBJECT)
    if query.measure is Measure.RESISTED and query.group is Group.NONE and query.rank is Rank.MOST:
        result.groups = best_situations(scope)
    compared(query, result, scope, match, other_match, first, today)
    if query.measure in (Measure.SLOPE, Measure.PROFILE) and main["total"]:
        result.trend = weekly(scope)
    if query.measure is Measure.STREAK:
        result.streak = streaks(scope, today)
    # a yes/no about one situation is a pattern claim; "have I ever …?" asks whether there is one, which a few logs answer
    situational = query.measure is Measure.SHARE and query.yes_no and not EVER_WORDS.search(query.text)
    pattern = (
        query.group is not Group.NONE
        or query.measure in PATTERN_MEASURES
        or query.comparison.kind is not Compare.NONE  # "am I doing better?" over a handful of logs is no trend
        or situational
        or PATTERN_ASKED.search(query.text) is not None
    )
    if pattern and query.rank not in (Rank.NEW, Rank.GONE) and thin(ever if match else everything):
        result.status = Status.THIN
    return result


def compared(query: Query, result: Result, scope: Scope, match, other_match, first, today: date) -> None:
    comparison = query.comparison
    if comparison.kind in (Compare.PREVIOUS, Compare.NAMED, Compare.EVENT) and comparison.window is not None:
        other = comparison.window
        other_scope = replace(scope, start=other.start, end=other.end)
        result.other = stats(other_scope)
        result.other_days = local_days(other.start, other.end, first, today)
        if query.rank in (Rank.NEW, Rank.GONE):
            result.other_groups = groups(other_scope, Group.SUBJECT)
    if comparison.kind is Compare.CONDITION and comparison.condition is not None:
        condition = comparison.condition
        if condition.kind == "subject" and match is not None and other_match is not None:
            lo = max(d for d in (query.window.start, first) if d is not None).date() if first else today
            hi = min((query.window.end - timedelta(microseconds=1)).date(), today) if query.window.end else today
            result.condition = {"kind": "days", **co_days(scope.without_subject(), match, other_match, lo, hi)}
        else:
            result.condition = {"kind": "logs", **with_without(scope, condition, other_match)}


# Groupings whose every value is known, so a value with no logs can be the least.
EVERY_VALUE: dict[Group, tuple] = {
    Group.HOUR: tuple(range(24)),
    Group.DAYPART: tuple(DAYPART),
}


def ranked(query: Query, rows: list[dict], window, first, today: date) -> list[dict]:
    """Groups in the order asked. Calendar-like groupings are ranked per day of exposure, so a month the
    history covers twice does not outrank one it covers once; the others by count (or mean, or rate)."""
    exposure = exposure_days(query.group, window.start, window.end, first, today, query.south)
    seen = {row["value"] for row in rows}
    rows = rows + [
        {"value": value, "count": 0, "resisted": 0, "intensity": 0.0, "first": None, "last": None}
        for value in exposure
        if value not in seen
    ]  # a day with no logs is a day too
    if query.rank is Rank.LEAST and query.group in EVERY_VALUE:  # the quietest hour may hold none at all
        rows += [
            {"value": value, "count": 0, "resisted": 0, "intensity": 0.0, "first": None, "last": None}
            for value in EVERY_VALUE[query.group]
            if value not in seen
        ]
    for row in rows:
        days = exposure.get(row["value"]) if exposure else None
        row["perDay"] = round(row["count"] / days, 3) if days else None
        row["share"] = row["resisted"] / row["count"] if row["count"] else 0.0
    # A rate or a mean over a handful of logs is not ranked above one over many: 1 of 1 resisted is not "best".
    enough = min(RATE_MIN, max((row["count"] for row in rows), default=0) / 2)
    key: Callable[[dict], tuple[bool, float]]
    if query.measure is Measure.INTENSITY:
        key = lambda r: (r["count"] >= enough, r["intensity"])  # noqa: E731
    elif query.measure is Measure.RESISTED:
        key = lambda r: (r["count"] >= enough, r["share"])  # noqa: E731
    elif query.measure is Measure.GAVE_IN:
        key = lambda r: (r["count"] >= enough, 1 - r["share"] if r["count"] else 0.0)  # noqa: E731
    elif exposure:
        key = lambda r: (True, r["perDay"] or 0.0)  # noqa: E731
    else:
        key = lambda r: (True, r["count"])  # noqa: E731
    return sorted(rows, key=key, reverse=query.rank is not Rank.LEAST)


SITUATIONS = (Group.DAYPART, Group.PLACE, Group.COMPANY, Group.EMOTION)


def best_situations(scope: Scope) -> list[dict]:
    """What goes with resisting: each situation's resisted share, where it has at least 5 logs."""
    out = []
    for group in SITUATIONS:
        for row in groups(scope, group):
            if row["count"] >= 5:
                out.append({**row, "group": str(group), "share": row["resisted"] / row["count"]})
    return sorted(out, key=lambda r: (-r["share"], -r["count"]))
