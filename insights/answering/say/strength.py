"""Whether cravings grow stronger or weaker: asked in those words ("getting weaker?", "more intense lately?"),
the answer is how strong they were on average (the 1-10 intensity logged), not how many there were."""

from __future__ import annotations

import re

from ..compute import Result
from ..query import Direction, Query
from .phrases import things

STRENGTH_ASKED = re.compile(r"\b(?:strong(?:er|est)?|weak(?:er|est)?|intens\w*|milder|severe|powerful)\b", re.I)
COUNT_ASKED = re.compile(r"\b(?:how\s+many|how\s+often|more\s+often|less\s+often|frequent\w*|number)\b", re.I)
# The mean intensity moves by at least this much (on the 1-10 scale) to be called stronger or weaker.
INTENSITY_CHANGE = 0.5
WORDS = {Direction.UP: "stronger", Direction.DOWN: "weaker", Direction.NONE: "about as strong"}


def asks_strength(q: Query) -> bool:
    return bool(STRENGTH_ASKED.search(q.text)) and not COUNT_ASKED.search(q.text)


def strength_change(now: float, then: float) -> Direction:
    if now - then >= INTENSITY_CHANGE:
        return Direction.UP
    return Direction.DOWN if then - now >= INTENSITY_CHANGE else Direction.NONE


def lead(q: Query, found: Direction) -> str:
    if not q.yes_no or q.comparison.direction is Direction.NONE:
        return ""
    if found is Direction.NONE:
        return "No, "
    return "Yes, " if found is q.comparison.direction else "No, "


def strength_periods(q: Query, r: Result, now_label: str, then_label: str) -> list[str]:
    """Two windows' mean intensity: 'Yes, your cravings for X were stronger in the last 30 days: 8.7 ...'."""
    other = r.other or {}
    now, then = float(r.main["intensity"]), float(other["intensity"])
    found = strength_change(now, then)
    first = (
        f"{lead(q, found)}your {things(q)} were {WORDS[found]} {now_label}: {now:.1f} out of 10 on average, "
        f"against {then:.1f} {then_label}."
    )
    return [first[0].upper() + first[1:], f"You logged {r.main['total']} of them, against {other['total']}."]


def strength_halves(q: Query, halves: dict) -> list[str]:
    """The earlier and later half of the logs' time span: (count, resisted, mean intensity) each."""
    (n1, _, i1), (n2, _, i2) = halves["earlier"], halves["later"]
    found = strength_change(i2, i1)
    state = {Direction.UP: "getting stronger", Direction.DOWN: "getting weaker", Direction.NONE: "about as strong"}
    first = (
        f"{lead(q, found)}your {things(q)} are {state[found]}: {i2:.1f} out of 10 on average in the later half of "
        f"the time you have logged them, against {i1:.1f} in the earlier half."
    )
    return [first[0].upper() + first[1:], f"That is over {n1 + n2} logs, {n1} earlier and {n2} later."]
