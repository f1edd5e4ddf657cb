"""Questions that rank named values: two values of one dimension ("Fridays or Mondays?") or one asked to come
first ("is summer my worst time?"). That dimension is ranked and the named values stop being filters; being
better or worse at resisting there is a rate, not a count of resisted logs."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from insights.timeparse import TimeFilter
from insights.understanding import Condition

from ..query import Direction, Group, Measure, Outcome, Rank
from . import cues
from .shape import Shape

# The condition kind that names a value of a grouping.
CONDITION_OF = {Group.PLACE: "location", Group.COMPANY: "people", Group.EMOTION: "emotion"}
RATES = (Measure.RESISTED, Measure.GAVE_IN)
# Being good or bad at resisting somewhere is a rate, not how many were resisted there.
RATE_WORDS = re.compile(r"\b(?:better|best|worse|worst|easier|easiest|harder|hardest|good|bad)\b")
FEWEST = re.compile(r"\b(?:best|easiest|quietest|calmest|least|fewest)\b")
# Of a rate ("better at resisting on weekends?"), the value asked about comes last when it is the worse one.
WORSE_RATE = re.compile(r"\b(?:worse|worst|less|least|harder|hardest|fewer|lower)\b")


class Ranking(NamedTuple):
    """What a question that ranks named values settles: the measure, outcome filter, shape, window, the
    conditions left, and the value it expects first ("" for none)."""

    measure: Measure
    outcome: Outcome
    shape: Shape
    window: TimeFilter
    conditions: list[Condition]
    expect: str = ""


def values_ranked(text: str, among: tuple[str, ...], r: Ranking) -> Ranking:
    """The ranking a question of named values asks for, or `r` unchanged when it names none."""
    lower = text.lower()
    measure, outcome, shape = r.measure, r.outcome, r.shape
    if outcome is not Outcome.ANY and measure in (Measure.COUNT, Measure.SHARE) and RATE_WORDS.search(lower):
        measure = Measure.RESISTED if outcome is Outcome.RESISTED else Measure.GAVE_IN
        outcome = Outcome.ANY
    if among:
        expect = among[0] if cues.yes_no(text) and cues.direction_in(text) is not Direction.NONE else ""
        if measure in RATES:
            shape = replace(shape, rank=Rank.LEAST if WORSE_RATE.search(lower) else Rank.MOST)
        conditions = [c for c in r.conditions if c.kind != CONDITION_OF.get(shape.group)]
        return Ranking(measure, outcome, shape, unfiltered(r.window, shape.group), conditions, expect)
    named = cues.named_value(lower, rate=measure in RATES)
    if named is None:
        return r
    group, expect = named
    least = bool((WORSE_RATE if measure in RATES else FEWEST).search(lower))
    shape = replace(shape, group=group, rank=Rank.LEAST if least else Rank.MOST)
    measure = Measure.COUNT if measure is Measure.SHARE else measure
    if cues.STRENGTH.search(lower):
        measure = Measure.INTENSITY  # a named value said to be stronger: rank by how strong
    window = unfiltered(r.window, group)
    if expect in window.label.split(" (")[0].lower().split():
        # "this summer", "Saturday morning" named the value, not a window: only a daypart said with it stays
        window = TimeFilter(hours=window.hours, filters=window.filters)
    conditions = [c for c in r.conditions if c.kind != CONDITION_OF.get(group)]
    return Ranking(measure, outcome, shape, window, conditions, expect)


def unfiltered(window: TimeFilter, group: Group) -> TimeFilter:
    """The window without the filter on the dimension being ranked ("Fridays or Mondays?" ranks weekdays,
    so no weekday filters them; a daypart said beside them still does)."""
    if group in (Group.HOUR, Group.DAYPART):
        return replace(
            window, hours=frozenset(), filters=[f for f in window.filters if not f.startswith(("in ", "at "))]
        )
    if group in (Group.WEEKDAY, Group.WEEKPART):
        return replace(window, weekdays=frozenset(), filters=[f for f in window.filters if not f.startswith("on ")])
    return replace(window, hours=frozenset(), weekdays=frozenset(), filters=[])
