"""The things logged, taken together: how many different ones ("how many different things have I logged?"),
which one is resisted best, and a family whose parts together outnumber the top single thing (wine and beer
are alcohol)."""

from __future__ import annotations

import re

from cravings.vocabulary import TOPICS, members

from ..query import Group, Measure, Query, Rank
from .phrases import counted, listing, pct, value_phrase

DISTINCT = re.compile(r"\bhow\s+many\s+(?:different|distinct|separate|kinds?\s+of|types?\s+of)\b", re.I)
# the one after the top: "the runner-up", "number two", "what comes second"
RUNNER_UP = (
    r"\brunner[\s-]?up\b|\bnumber\s+two\b|\b(?:second|next)\s+(?:biggest|most|place|top|highest)\b"
    r"|\bwhat\s+comes\s+(?:second|next)\b"
)
SECOND_ASKED = re.compile(RUNNER_UP, re.I)


def runner_up(rows: list[dict], n: int, window: str) -> list[str]:
    """The thing after the top, named first: the question already knows the top."""
    top, second = rows[0], rows[1]
    rest = [f"{value_phrase(Group.SUBJECT, row['value'])} ({row['count']})" for row in rows[2:4]]
    return [
        f"After {value_phrase(Group.SUBJECT, top['value'])} ({top['count']}), you crave "
        f"{value_phrase(Group.SUBJECT, second['value'])} most often: {second['count']} of {n} "
        f"({pct(second['count'], n)}%) of your cravings {window}.",
        *([f"Then come {listing(rest)}."] if rest else []),
    ]


def distinct_things(q: Query, rows: list[dict], window: str) -> list[str]:
    named = [row for row in rows if row["value"] != "other" and row["count"]]
    kinds = [f"{value_phrase(q.group, row['value'])} ({row['count']})" for row in named]
    return [f"You logged cravings for {counted(len(named), 'different things')} {window}: {listing(kinds)}."]


# A family leads only when it clearly outnumbers the top single thing: cigarettes at 509 are not "nicotine" at 512.
FAMILY_AHEAD = 1.25
# Umbrellas over many different cravings are not one family: sunflower seeds and pizza are not one "junk food".
# Nor is nicotine: vaping, cigarettes and dip are habits people keep (and quit) apart, where wine and beer are
# one drinking (two blind sets' people, asked what they crave most, meant their vape or their tea, not "nicotine").
TOO_BROAD = frozenset({"junk_food", "food", "nicotine"})


def umbrella_top(rows: list[dict]) -> tuple[str, list[str], int] | None:
    """The family of things (alcohol, nicotine, sweets...) whose logged parts together clearly outnumber the top
    single thing, if any: (its name, the parts logged, their count)."""
    counts = {row["value"]: row["count"] for row in rows}
    best = None
    for topic in (t for t in TOPICS if t.key not in TOO_BROAD):
        found = sorted((key for key in members(topic.key) if counts.get(key)), key=lambda key: (-counts[key], key))
        total = sum(counts[key] for key in found)
        if len(found) >= 2 and total >= FAMILY_AHEAD * max(counts.values()) and (best is None or total > best[2]):
            best = (topic.label, [value_phrase(Group.SUBJECT, key) for key in found], total)
    return best


def resisted_things(q: Query, rows: list[dict], window: str) -> list[str]:
    """The thing resisted (or given in to) most or least often, by its own rate: "which craving do I resist best?"."""
    top, most = rows[0], q.rank is not Rank.LEAST
    done = top["resisted"] if q.measure is Measure.RESISTED else top["count"] - top["resisted"]
    verb = "resist" if q.measure is Measure.RESISTED else "give in to"
    rates = [
        f"{value_phrase(Group.SUBJECT, row['value'])} "
        f"({pct(row['resisted'] if q.measure is Measure.RESISTED else row['count'] - row['resisted'], row['count'])}%)"
        for row in rows[1:3]
        if row["count"]
    ]
    return [
        f"You {verb} cravings for {value_phrase(Group.SUBJECT, top['value'])} {'most' if most else 'least'} often: "
        f"{done} of {top['count']} ({pct(done, top['count'])}%) {window}.",
        *([f"Next: {listing(rates)}."] if rates else []),
    ]


def things_ranked(q: Query, rows: list[dict], n: int, window: str) -> list[str]:
    """The things ranked by count where the top single thing is not the whole answer: the one after it when the
    question already knows the top, or a family (wine and beer logged apart are still alcohol) that outnumbers it."""
    if len(rows) > 1 and SECOND_ASKED.search(q.text):
        return runner_up(rows, n, window)
    if (family := umbrella_top(rows)) is None:
        return []
    label, parts, count = family
    return [
        f"You crave {label} most often ({listing(parts)} together): {count} of {n} ({pct(count, n)}%) of "
        f"your cravings {window}.",
        f"On its own, {value_phrase(Group.SUBJECT, rows[0]['value'])} comes first: {rows[0]['count']}.",
    ]
