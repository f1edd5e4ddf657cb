"""Two things against each other ("do I crave coffee more than sweets?"): each one's logs, with the logs of
its parts (wine and beer are alcohol), by the measure asked; yes or no first when the question expects one
of them ahead."""

from __future__ import annotations

from datetime import date

from cravings.vocabulary import members

from ..compute import Result
from ..query import Group, Measure, Query, Rank
from .phrases import counted, pct, value_phrase, window_phrase

SAME = 0.1  # within 10% of each other is "about the same"


def totals(q: Query, r: Result) -> list[dict]:
    """Per rival: count, resisted and mean intensity over its own logs and its parts'."""
    out = []
    for rival in q.among:
        rows = [row for row in r.groups if row["value"] in members(rival)]
        n = sum(row["count"] for row in rows)
        mean = sum(row["intensity"] * row["count"] for row in rows) / n if n else 0.0
        out.append({"value": rival, "count": n, "resisted": sum(row["resisted"] for row in rows), "mean": mean})
    return out


def score(q: Query, row: dict) -> float:
    if q.measure is Measure.INTENSITY:
        return row["mean"]
    if q.measure in (Measure.RESISTED, Measure.GAVE_IN):
        share = row["resisted"] / row["count"] if row["count"] else 0.0
        return share if q.measure is Measure.RESISTED else 1 - share
    return row["count"]


def figure(q: Query, row: dict) -> str:
    if q.measure is Measure.INTENSITY:
        return f"{row['mean']:.1f} out of 10 on average over {row['count']} logs"
    if q.measure is Measure.RESISTED:
        return f"{pct(row['resisted'], row['count'])}% resisted ({row['resisted']} of {row['count']})"
    if q.measure is Measure.GAVE_IN:
        gave = row["count"] - row["resisted"]
        return f"{pct(gave, row['count'])}% given in to ({gave} of {row['count']})"
    return counted(row["count"], "cravings")


COMPARED = {
    Measure.INTENSITY: ("stronger", "weaker"),
    Measure.RESISTED: ("more often resisted", "less often resisted"),
    Measure.GAVE_IN: ("more often given in to", "less often given in to"),
    Measure.COUNT: ("more often", "less often"),
}


def say_rivals(q: Query, r: Result, today: date) -> list[str]:
    rows = totals(q, r)
    window = window_phrase(q, r.started, today)
    if not any(row["count"] for row in rows):
        names = " or ".join(value_phrase(Group.SUBJECT, row["value"]) for row in rows)
        return [f"You haven't logged any cravings for {names} {window}."]
    rows.sort(key=lambda row: score(q, row), reverse=q.rank is not Rank.LEAST)
    first, second = rows
    a, b = (value_phrase(Group.SUBJECT, row["value"]) for row in rows)
    high, low = score(q, first), score(q, second)
    figures = f"{figure(q, first)} for {a}, against {figure(q, second)} for {b}, {window}."
    if abs(high - low) <= SAME * max(abs(high), abs(low), 1e-9):
        lead = "No, about the same" if q.yes_no else "About the same"
        return [f"{lead}: {figures}"]
    said = COMPARED[q.measure if q.measure in COMPARED else Measure.COUNT][q.rank is Rank.LEAST]
    verdict = ("Yes: " if first["value"] == q.expect else "No: ") if q.yes_no and q.expect else ""
    sentence = (
        f"you crave {a} {said} than {b}"
        if q.measure is Measure.COUNT
        else f"your cravings for {a} are {said} than those for {b}"
    )
    return [f"{verdict}{sentence[0].upper() if not verdict else sentence[0]}{sentence[1:]}: {figures}"]
