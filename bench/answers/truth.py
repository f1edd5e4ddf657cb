"""Ground truth from the generated rows, in plain Python: the bench's own definitions, written apart from
the product's SQL (the documented vocabulary: resisted = confidence to resist above 7; morning 5-11,
afternoon 12-16, evening 17-21, night 22-4; weeks start on Monday, in the user's local time)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from cravings.vocabulary import is_resisted

PARTS = {"morning": range(5, 12), "afternoon": range(12, 17), "evening": range(17, 22)}
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def daypart(hour: int) -> str:
    return next((name for name, hours in PARTS.items() if hour in hours), "night")


def resisted(row: dict) -> bool:
    return is_resisted(row["resistance"])


def pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


@dataclass
class Window:
    start: date | None = None  # local days, inclusive
    end: date | None = None

    def holds(self, row: dict) -> bool:
        day = row["local"].date()
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def rolling(today: date, days: int) -> Window:
    return Window(today - timedelta(days=days - 1), today)


def last_week(today: date) -> Window:
    monday = today - timedelta(days=today.weekday() + 7)
    return Window(monday, monday + timedelta(days=6))


def this_week(today: date) -> Window:
    return Window(today - timedelta(days=today.weekday()), today)


def this_month(today: date) -> Window:
    return Window(today.replace(day=1), today)


def since_weekday(today: date, iso: int) -> Window:
    return Window(today - timedelta(days=(today.isoweekday() - iso) % 7), today)


def select(
    rows: list[dict],
    *,
    kinds: set[str] | None = None,
    window: Window | None = None,
    weekdays: set[int] | None = None,
    location: str | None = None,
    emotions: set[str] | None = None,
    min_intensity: float | None = None,
) -> list[dict]:
    out = []
    for row in rows:
        if kinds is not None and row["kind"] not in kinds:
            continue
        if window is not None and not window.holds(row):
            continue
        if weekdays and row["local"].isoweekday() not in weekdays:
            continue
        if location and row["location"] != location:
            continue
        if emotions and not set(row["emotions"]) & emotions:
            continue
        if min_intensity is not None and row["intensity"] < min_intensity:
            continue
        out.append(row)
    return out


def tops(values: list) -> tuple[list, int]:
    """The most common values (all of them when tied) and their count."""
    counts = Counter(values)
    if not counts:
        return [], 0
    best = max(counts.values())
    return sorted(v for v, n in counts.items() if n == best), best


def by(rows: list[dict], key) -> Counter:
    out: Counter = Counter()
    for row in rows:
        for value in key(row):
            out[value] += 1
    return out


DIMENSIONS = {
    "daypart": lambda r: [daypart(r["local"].hour)],
    "weekday": lambda r: [DAY_NAMES[r["local"].weekday()]],
    "hour": lambda r: [r["local"].hour],
    "location": lambda r: [r["location"]] if r["location"] else [],
    "people": lambda r: r["people"],
    "emotion": lambda r: r["emotions"],
    "trigger": lambda r: [r["trigger"].lower()] if r["trigger"] else [],
    "kind": lambda r: [r["kind"]],
}


def halves(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Earlier and later half of the rows' time span (by time, not by count)."""
    if not rows:
        return [], []
    first, last = rows[0]["local"].replace(tzinfo=None), rows[-1]["local"].replace(tzinfo=None)
    middle = first + (last - first) / 2
    return (
        [r for r in rows if r["local"].replace(tzinfo=None) < middle],
        [r for r in rows if r["local"].replace(tzinfo=None) >= middle],
    )


@dataclass
class Truth:
    """What a right answer holds. `facts`: groups of alternatives, each group must appear in the message.
    `figures`: finding fields that must equal these values (dotted paths; a set means any of)."""

    intents: set[str]
    abstain: bool = False
    total: int | None = None
    facts: list[list[str]] = field(default_factory=list)
    figures: dict = field(default_factory=dict)
    scope: list[dict] = field(default_factory=list)  # rows a claim may draw on
    base: list[dict] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)  # figures beyond what numbers_of derives (a change in %)
    # The subject's rows without the question's condition: when the condition holds no logs, a right answer
    # may fall back to the subject on all days ("none on weekends; your 46 sweets cravings come in the evening").
    subject: list[dict] = field(default_factory=list)


def numbers_of(rows: list[dict], base: list[dict], today: date, *more: list[dict]) -> set[str]:
    """Every figure these rows support: counts, shares, averages, dates, hours, and counts in the last 30
    days and the 30 before."""
    out: set[str] = set()
    for group in (rows, base, *more):
        n = len(group)
        out |= {
            str(len(select(group, window=rolling(today, 30)))),
            str(len(select(group, window=rolling(today - timedelta(days=30), 30)))),
        }
        out |= {str(n), str(sum(resisted(r) for r in group)), str(pct(sum(resisted(r) for r in group), n))}
        weekend = sum(r["local"].isoweekday() >= 6 for r in group)
        out |= {str(weekend), str(pct(weekend, n)), str(n - weekend)}
        if n:
            out.add(f"{sum(r['intensity'] for r in group) / n:.1f}".rstrip("0").rstrip("."))
        for key in DIMENSIONS:
            counts = by(group, DIMENSIONS[key])
            for value, count in counts.items():
                out |= {str(count), str(pct(count, n))}
                out.add(str(sum(resisted(r) for r in group if value in DIMENSIONS[key](r))))
                out.add(str(pct(sum(resisted(r) for r in group if value in DIMENSIONS[key](r)), count)))
        for row in group:
            local = row["local"]
            out |= {str(local.day), str(local.year), str(local.hour % 12 or 12)}
        for part in halves(group):
            if part:
                out |= {
                    str(len(part)),
                    str(pct(sum(resisted(r) for r in part), len(part))),
                    f"{sum(r['intensity'] for r in part) / len(part):.1f}".rstrip("0").rstrip("."),
                }
                out |= {str(r["local"].day) for r in (part[0], part[-1])}
    return out
