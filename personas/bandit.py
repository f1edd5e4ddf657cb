"""Contextual Thompson sampling over personas, as pure functions (production and the offline bench use
the same code). Each (persona, context) arm has a Beta posterior; a context with little evidence borrows
from the persona's pooled evidence ("*"), shrunk to PRIOR_WEIGHT pseudo-observations."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from cravings.vocabulary import daypart_of

POOLED = "*"
PRIOR_WEIGHT = 4.0  # how many pseudo-observations the pooled evidence is worth in a new context

QUESTION_TYPES = (
    ("crisis", re.compile(r"$^")),  # never chosen by the bandit: crisis questions never reach a model
    ("progress", re.compile(r"\b(how\s+am\s+i\s+doing|progress|better|improv\w*|overall|summary)\b", re.I)),
    ("why", re.compile(r"\b(why|what makes|what triggers|cause\w*|reason)\b", re.I)),
    ("pattern", re.compile(r"\b(when|usually|often|pattern|trend|most|always|tend)\b", re.I)),
    ("advice", re.compile(r"\b(how (can|do|should) i|tips?|help me|what should|stop|resist|cope)\b", re.I)),
)


@dataclass(frozen=True)
class Context:
    question_type: str
    time_of_day: str
    dominant_trigger: str

    @property
    def key(self) -> str:
        return f"{self.question_type}|{self.time_of_day}"  # the trigger is recorded, too sparse to bucket on

    def as_dict(self) -> dict:
        return {
            "question_type": self.question_type,
            "time_of_day": self.time_of_day,
            "dominant_trigger": self.dominant_trigger,
        }


def question_type(question: str) -> str:
    for name, pattern in QUESTION_TYPES[1:]:
        if pattern.search(question):
            return name
    return "other"


def time_of_day(hour: int) -> str:
    return daypart_of(hour)


def reward(*, thumbs_up: bool, rating: int | None = None) -> float:
    """A 1-5 rating, when given, is the finer signal; otherwise thumbs up/down."""
    if rating is not None:
        return (rating - 1) / 4
    return 1.0 if thumbs_up else 0.0


def posterior(stats: dict, persona: str, context_key: str) -> tuple[float, float]:
    s_ctx, f_ctx = stats.get((persona, context_key), (0.0, 0.0))
    s_all, f_all = stats.get((persona, POOLED), (0.0, 0.0))
    n_all = s_all + f_all
    mean_all = (s_all + 1) / (n_all + 2)
    return 1 + s_ctx + PRIOR_WEIGHT * mean_all, 1 + f_ctx + PRIOR_WEIGHT * (1 - mean_all)


def choose(stats: dict, personas: list[str], context_key: str, rng: random.Random) -> str:
    """stats: {(persona, context_key or "*"): (successes, failures)}."""
    draws = {p: rng.betavariate(*posterior(stats, p, context_key)) for p in personas}
    return max(draws, key=lambda p: draws[p])


def update(stats: dict, persona: str, context_key: str, value: float) -> None:
    for key in ((persona, context_key), (persona, POOLED)):
        s, f = stats.get(key, (0.0, 0.0))
        stats[key] = (s + value, f + 1 - value)
