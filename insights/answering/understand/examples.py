"""The parser's training set, generated from the algebra: (question, measure, group, rank) composed from
phrase banks, one bank per component value, in sentence frames. Nothing here is copied from an evaluation
set; tests/insights/test_leakage.py fails if an evaluation phrasing appears here.

A kind is a combination of components, so a kind withheld from this set (bench/answers/holdout.py) can
still be read from components the other kinds teach (bench/parser_bench.py removes whole kinds to measure it).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from ..query import Group, Measure, Rank

SEED = 20261202
# Stand-ins for what the question is about: the parser sees them masked ("something"), so these only vary
# the sentence around them.
THINGS = ("something",)
VERB = (
    "crave {s}",
    "want {s}",
    "get urges for {s}",
    "feel like having {s}",
    "reach for {s}",
    "log {s}",
    "have {s} cravings",
    "fight {s} urges",
    "think about {s}",
)
CRAVINGS = (
    "my {s} cravings",
    "my {s} urges",
    "the {s} cravings",
    "cravings for {s}",
    "urges for {s}",
    "my cravings",
    "my urges",
    "cravings",
)

# What a grouped question asks for: how it is asked, and how its noun is said after a superlative.
GROUP_ASK: dict[Group, tuple[str, ...]] = {
    Group.DAYPART: (
        "what time of day",
        "which part of the day",
        "at what time of day",
        "what part of my day",
        "around what time",
        "when in the day",
        "what time",
    ),
    Group.HOUR: ("what hour", "which hour", "at what hour", "at which hour of the day"),
    Group.WEEKDAY: (
        "which day of the week",
        "what weekday",
        "on which day",
        "what day of the week",
        "which weekday",
        "on what days",
    ),
    Group.WEEKPART: (
        "weekdays or weekends",
        "weekends or weekdays",
        "the weekend or the working week",
        "saturdays and sundays or the rest of the week",
    ),
    Group.MONTH_OF_YEAR: (
        "which month of the year",
        "what month, year after year,",
        "what month usually",
        "which calendar month typically",
        "what month in a typical year",
    ),
    Group.MONTH: ("which month", "what month", "in which month"),
    Group.SEASON: ("which season", "what season", "what time of year", "which part of the year"),
    Group.WEEK: ("which week", "what week"),
    Group.PLACE: ("where", "in what place", "at which location", "which place", "in what setting"),
    Group.COMPANY: ("who", "with whom", "with which people", "in whose company", "who is around at the time"),
    Group.EMOTION: ("what mood", "which feelings", "what emotions", "how do I feel", "in what state of mind"),
    Group.TRIGGER: (
        "what triggers",
        "what sets off",
        "what causes",
        "what is behind",
        "what brings on",
        "what usually prompts",
    ),
    Group.SUBJECT: ("what", "which thing", "what kind of thing", "which habit", "what substance or food"),
}
GROUP_NOUN: dict[Group, tuple[str, ...]] = {
    Group.DAYPART: ("time of day", "part of the day", "time"),
    Group.HOUR: ("hour", "hour of the day"),
    Group.WEEKDAY: ("day of the week", "weekday", "day"),
    Group.WEEKPART: ("part of the week",),
    Group.MONTH_OF_YEAR: ("month of the year", "month in a typical year", "calendar month each year"),
    Group.MONTH: ("month",),
    Group.SEASON: ("season", "time of year"),
    Group.WEEK: ("week",),
    Group.PLACE: ("place", "location", "setting"),
    Group.COMPANY: ("company", "people to be around"),
    Group.EMOTION: ("mood", "feeling", "emotion"),
    Group.TRIGGER: ("trigger", "cause"),
    Group.SUBJECT: ("craving", "habit", "thing I crave"),
}
RANK_TAIL: dict[Rank, tuple[str, ...]] = {
    Rank.MOST: (
        "the most",
        "most often",
        "the hardest",
        "at their worst",
        "most frequently",
        "more than any other",
        "the heaviest",
    ),
    Rank.LEAST: ("the least", "least often", "the least frequently", "hardly at all", "the fewest times"),
}
RANK_ADJ: dict[Rank, tuple[str, ...]] = {
    Rank.MOST: ("worst", "busiest", "peak", "riskiest", "toughest", "heaviest", "most common", "main"),
    Rank.LEAST: ("quietest", "calmest", "easiest", "least common", "safest"),
}

# Questions without a grouping: the measure is what they ask.
MEASURE_FRAMES: dict[Measure, tuple[str, ...]] = {
    Measure.COUNT: (
        "how many times did I {v}",
        "how many of {c} have I logged",
        "how often do I {v}",
        "what's the number of {c}",
        "count {c}",
        "tally up {c}",
        "how much do I {v}",
        "how frequently do I {v}",
        "how many {s} logs are there",
        "give me a count of {c}",
    ),
    Measure.FIRST: (
        "when did I start to {v}",
        "when did I first {v}",
        "when did {c} begin",
        "since when do I {v}",
        "what was my first {s} log",
        "how long ago did I begin to {v}",
        "when was the very first time I wanted {s}",
        "when did this {s} thing start",
        "what date did {c} start",
    ),
    Measure.LAST: (
        "when did I last {v}",
        "when was the last time I wanted {s}",
        "what was my latest {s} log",
        "my most recent {s} craving was when",
        "how long since I last wanted {s}",
        "when did I most recently {v}",
        "am I still logging {s}",
        "have I stopped wanting {s}",
    ),
    Measure.INTENSITY: (
        "how strong are {c}",
        "how intense do {c} get",
        "how bad are {c} on average",
        "what's the average strength of {c}",
        "how powerful are {c} usually",
        "rate the intensity of {c}",
    ),
    Measure.CONFIDENCE: (
        "how confident am I about resisting {s}",
        "how sure do I feel I can say no to {s}",
        "what's my average confidence against {c}",
    ),
    Measure.RESISTED: (
        "how often do I resist {c}",
        "what share of {c} did I resist",
        "how good am I at saying no to {s}",
        "what's my success rate with {s}",
        "how many of {c} did I beat",
        "how often do I hold out against {c}",
    ),
    Measure.GAVE_IN: (
        "how often do I give in to {c}",
        "how often do I cave on {s}",
        "how many times did I slip with {s}",
        "what share of {c} did I give in to",
        "how often do I end up having {s}",
    ),
    Measure.SLOPE: (
        "is my grip on {s} improving",
        "are {c} losing strength",
        "is my {s} habit improving",
        "what's the trend in {c}",
        "are things going up or down with {s}",
        "does saying no to {s} come easier now",
        "are {c} getting worse over time",
        "am I making progress",
    ),
    Measure.STREAK: (
        "what's my longest streak without giving in to {s}",
        "how many days in a row have I logged",
        "what is my current streak",
        "how many times in a row did I resist {c}",
    ),
    Measure.PROFILE: (
        "how are things with {s} overall",
        "give me an overview of {c}",
        "summarise my {s} logs",
        "what's the big picture with {s}",
        "tell me about {c}",
        "how are things going",
    ),
}
# Questions that rank groups across a window: what is new, what is gone.
NEW_GONE: dict[Rank, tuple[str, ...]] = {
    Rank.NEW: (
        "have I picked up any new cravings",
        "is there something new I've started to crave",
        "what have I begun craving that I didn't before",
        "any fresh urges showing up",
        "are there new things in my logs",
        "what new habits appeared",
        "did a new craving start",
    ),
    Rank.GONE: (
        "what have I stopped craving",
        "which cravings have disappeared",
        "is there anything I no longer crave",
        "what dropped out of my logs",
        "which urges went away",
        "what don't I crave any more",
    ),
}


@dataclass(frozen=True)
class Example:
    text: str
    measure: Measure
    group: Group
    rank: Rank


def grouped(rng: random.Random, group: Group, rank: Rank) -> Iterable[Example]:
    for ask in GROUP_ASK[group]:
        tail, verb, cravings = rng.choice(RANK_TAIL[rank]), rng.choice(VERB), rng.choice(CRAVINGS)
        noun, adj = rng.choice(GROUP_NOUN[group]), rng.choice(RANK_ADJ[rank])
        frames = [
            f"{ask} do I {verb} {tail}",
            f"{ask} are {cravings} {tail}",
            f"{ask} do I {verb}",
            f"what is my {adj} {noun} for {{s}}",
            f"my {adj} {noun} for {cravings}",
            f"{ask} do {cravings} tend to come up {tail}",
        ]
        if group is Group.WEEKPART:
            frames = [
                f"do I {verb} more on {ask}",
                f"are {cravings} worse on {ask}",
                f"{ask}: which holds more of {cravings}",
            ]
        for frame in rng.sample(frames, k=min(3, len(frames))):
            yield Example(frame.replace("{s}", rng.choice(THINGS)), Measure.COUNT, group, rank)


def examples() -> list[Example]:
    """The whole generated set, deterministic."""
    rng = random.Random(SEED)
    out: list[Example] = []
    for group in GROUP_ASK:
        for rank in (Rank.MOST, Rank.LEAST):
            for _ in range(2):
                out += grouped(rng, group, rank)
    for measure, frames in MEASURE_FRAMES.items():
        for frame in frames:
            for _ in range(2):
                text = frame.format(v=rng.choice(VERB), c=rng.choice(CRAVINGS), s="{s}")
                out.append(
                    Example(
                        text.replace("{s}", rng.choice(THINGS)).replace("{s}", "something"),
                        measure,
                        Group.NONE,
                        Rank.NONE,
                    )
                )
    for rank, frames in NEW_GONE.items():
        for frame in frames:
            out.append(Example(frame, Measure.COUNT, Group.SUBJECT, rank))
    seen: set[str] = set()
    unique = []
    for example in out:
        text = " ".join(example.text.replace("{s}", "something").split())
        if text not in seen:
            seen.add(text)
            unique.append(Example(text, example.measure, example.group, example.rank))
    return unique
