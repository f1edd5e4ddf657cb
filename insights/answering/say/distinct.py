"""The things logged, taken together: how many different ones ("how many different things have I logged?"),
and a family whose parts together outnumber the top single thing (wine and beer are alcohol)."""

from __future__ import annotations

import re

from cravings.vocabulary import TOPICS, topic_parts

from ..query import Group, Query
from .phrases import counted, listing, value_phrase

DISTINCT = re.compile(r"\bhow\s+many\s+(?:different|distinct|separate|kinds?\s+of|types?\s+of)\b", re.I)


def distinct_things(q: Query, rows: list[dict], window: str) -> list[str]:
    named = [row for row in rows if row["value"] != "other" and row["count"]]
    kinds = [f"{value_phrase(q.group, row['value'])} ({row['count']})" for row in named]
    return [f"You logged cravings for {counted(len(named), 'different things')} {window}: {listing(kinds)}."]


def umbrella_top(rows: list[dict]) -> tuple[str, list[str], int] | None:
    """The family of things (alcohol, nicotine, junk food...) whose logged parts together outnumber the top
    single thing, if any: (its name, the parts logged, their count)."""
    counts = {row["value"]: row["count"] for row in rows}
    best = None
    for topic in TOPICS:
        if not topic.parts:
            continue
        members = sorted(
            (key for key in {topic.key, *topic_parts(topic.key)} if counts.get(key)),
            key=lambda key: (-counts[key], key),
        )
        total = sum(counts[key] for key in members)
        if len(members) >= 2 and total > max(counts.values()) and (best is None or total > best[2]):
            best = (topic.label, [value_phrase(Group.SUBJECT, key) for key in members], total)
    return best
