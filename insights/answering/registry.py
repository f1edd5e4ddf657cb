"""One row per question kind: the point of the algebra it is, and the sayer that words it. The parser
builds a Query from components; `kind_of` names the row it landed on (the first that matches), which is
what the finding records and the benches report per kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .compute import Result
from .query import Compare, Group, Measure, Query, Rank
from .say.changes import say_condition, say_new_gone, say_periods, say_profile, say_slope
from .say.days import say_both_days, say_days
from .say.figures import (
    say_count,
    say_first,
    say_helps,
    say_intensity,
    say_last,
    say_ranked,
    say_rate,
    say_share,
    say_streak,
    say_strongest,
)

Sayer = Callable[[Query, Result, date], list[str]]


@dataclass(frozen=True)
class Kind:
    name: str
    say: Sayer
    measure: Measure | None = None  # None: any
    group: Group | None = None
    rank: Rank | None = None
    compare: Compare | None = None

    def fits(self, q: Query) -> bool:
        return all(
            want is None or want == have
            for want, have in (
                (self.measure, q.measure),
                (self.group, q.group),
                (self.rank, q.rank),
                (self.compare, q.comparison.kind),
            )
        )


KINDS: tuple[Kind, ...] = (
    Kind("new_things", say_new_gone, rank=Rank.NEW),
    Kind("gone_things", say_new_gone, rank=Rank.GONE),
    Kind("before_and_since", say_periods, compare=Compare.EVENT),
    Kind("named_periods", say_periods, compare=Compare.NAMED),
    Kind("previous_period", say_periods, compare=Compare.PREVIOUS),
    Kind("days_with_both", say_both_days, measure=Measure.DAYS, compare=Compare.CONDITION),
    Kind("with_and_without", say_condition, compare=Compare.CONDITION),
    Kind("first_log", say_first, measure=Measure.FIRST),
    Kind("last_log", say_last, measure=Measure.LAST),
    Kind("trend", say_slope, measure=Measure.SLOPE),
    Kind("streak", say_streak, measure=Measure.STREAK),
    Kind("overview", say_profile, measure=Measure.PROFILE),
    Kind("what_helps", say_helps, measure=Measure.RESISTED, group=Group.NONE, rank=Rank.MOST),
    Kind("resisted_rate", say_rate, measure=Measure.RESISTED, group=Group.NONE),
    Kind("gave_in_rate", say_rate, measure=Measure.GAVE_IN, group=Group.NONE),
    Kind("strongest_log", say_strongest, measure=Measure.INTENSITY, group=Group.NONE, rank=Rank.MOST),
    Kind("intensity", say_intensity, measure=Measure.INTENSITY, group=Group.NONE),
    Kind("confidence", say_intensity, measure=Measure.CONFIDENCE, group=Group.NONE),
    Kind("share_in_situation", say_share, measure=Measure.SHARE),
    Kind("days_logged", say_days, measure=Measure.DAYS, group=Group.NONE),
    *(
        Kind(f"{'peak' if rank is Rank.MOST else 'least'}_{group}", say_ranked, group=group, rank=rank)
        for group in Group
        if group is not Group.NONE
        for rank in (Rank.MOST, Rank.LEAST)
    ),
    Kind("count", say_count),
)
KIND = {kind.name: kind for kind in KINDS}


def kind_of(query: Query) -> str:
    return next(kind.name for kind in KINDS if kind.fits(query))
