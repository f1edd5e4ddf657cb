"""Understanding: from a question to its Query. Rules where rules are exact (time phrases, the things and
situations named, yes/no, outcomes, a date the person names); the shape the rules leave open comes from
the nearest generated examples (shape.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from insights.timeparse import TimeFilter, parse_time
from insights.understanding import Condition, Subject, conditions_in, subjects_in

from ..query import Band, Compare, Comparison, Direction, Filters, Group, Measure, Outcome, Query, Rank
from ..registry import kind_of
from ..say.days import EVERY_DAY
from ..say.distinct import DISTINCT
from . import cues
from .asking import asked_part, asked_subjects, plain_text, scene_time, situations_between
from .comparing import (
    EVENT_CLAUSE,
    UNDATED,
    comparison_of,
    event_in,
    recent_window,
    since_then,
    situation_ranked,
    situation_ranking,
)
from .outside import unrecorded, vague
from .ranking import CONDITION_OF, Ranking, values_ranked
from .rivals import rivals
from .shape import Shape, masked_question, reader_for

# Groupings of time a window phrase can look like to the nearest examples ("cravings in March?" names a window,
# not "which month"): the examples' grouping stands only when the question names the grouping.
# A named period tied to a year ("this summer", "last March", "summer 2025") is a window, not a value to rank.
QUALIFIED = re.compile(r"\b(?:this|last|next|previous|past|ago|\d{4})\b", re.I)
DAY_COUNTABLE = (Measure.COUNT, Measure.SHARE, Measure.STREAK, Measure.LAST)
GAP = re.compile(r"\b(?:gaps?|breaks?|longest|in\s+a\s+row|streaks?)\b", re.I)  # a run asked in days stays a run
HOW_OFTEN = re.compile(r"\bhow\s+often\b", re.I)
# "how many a week am I still getting?" asks a rate, not whether the latest log is recent
RATE_SAID = re.compile(r"\bhow\s+(?:many|often)\b|\b(?:a|per|each)\s+(?:week|day|month)\b", re.I)
FEWER = re.compile(r"\b(?:less|least|fewer|fewest|weaker|weakest)\b", re.I)
TIME_GROUPS = (
    Group.DAY,
    Group.WEEKPART,
    Group.WEEK,
    Group.MONTH,
    Group.MONTH_OF_YEAR,
    Group.WEEKDAY,
    Group.SEASON,
    Group.HOUR,
    Group.DAYPART,
)


def shape_of(text: str, embed, has_subject: bool) -> Shape:
    """The learned shape, then the exact cues over it."""
    if embed is not None:
        shape = reader_for(embed).read(embed([masked_question(text)])[0])
    else:
        shape = Shape(Measure.COUNT, Group.NONE, Rank.NONE, 0.0)
    measure, group, rank = shape.measure, shape.group, shape.rank
    # MOST or LEAST is said in words (rank_named below); the examples only tell NEW and GONE apart.
    rank = rank if rank in (Rank.NEW, Rank.GONE) else Rank.NONE
    if cues.YES_NO.search(text) and not cues.ASKS_WHICH_AFTER.search(text):
        group = Group.NONE  # "do I ... in the morning?" asks about one situation; a grouping must be named
    if (named := cues.group_named(text)) is Group.DAY and cues.ONE_LOG_DATED.search(text):
        named = None  # "what date was my first ever entry?": that log's date, not the busiest day
    if named is not None:
        group = named
        rank = rank if rank is not Rank.NONE else Rank.MOST
    if group is Group.MONTH and cues.HABITUAL.search(text):
        group = Group.MONTH_OF_YEAR
    which_thing = (cues.WHICH_THING.search(text) or DISTINCT.search(text)) and not has_subject and named is None
    if which_thing:
        group, rank = Group.SUBJECT, Rank.MOST
    if (exact := cues.measure_named(text)) is not None:
        measure = exact
    elif named is not None and measure in (Measure.FIRST, Measure.LAST):
        measure = Measure.COUNT  # "what time of day were they, mostly?" ranks; a date needs a date word
    if exact in (
        Measure.FIRST,
        Measure.LAST,
        Measure.STREAK,
        Measure.SLOPE,
        Measure.PROFILE,
        Measure.GAVE_IN,
        Measure.RESISTED,
        Measure.SHARE,
    ) and (
        named is None or (named is Group.DAY and exact in (Measure.FIRST, Measure.LAST))
    ):  # "what date did it start": the first log's date, not a ranking of dates
        group, rank = Group.NONE, Rank.NONE
    # "How many" asks for a count, whatever the nearest examples say, unless a cue named a date or a run.
    # "How often" asks for a frequency (a count and its rate), unless it names what to rank or a measure.
    how_often = HOW_OFTEN.search(text) and exact is None
    if (
        (cues.HOW_MANY.search(text) or how_often)
        and named is None
        and not which_thing  # "my main craving, by number of logs", "how many different things"
        and exact not in (Measure.FIRST, Measure.LAST, Measure.STREAK, Measure.SHARE)
    ):
        measure, group, rank = Measure.COUNT, Group.NONE, Rank.NONE
    if (ranked := cues.rank_named(text, has_subject)) is not None:
        rank = ranked
        if ranked in (Rank.NEW, Rank.GONE):
            measure, group = Measure.COUNT, Group.SUBJECT
    if group is not Group.NONE and rank is Rank.NONE:
        rank = Rank.MOST
    if group is Group.NONE:
        rank = Rank.NONE
    return Shape(cues.measure_checked(text, measure, exact, group), group, rank, shape.similarity)


def default_window(time: TimeFilter, shape: Shape, has_subject: bool, today: date) -> TimeFilter:
    """A question that names no window: the whole history, except what is new or gone (the last 30 days
    against before) and an overview of everything (the last 30 days)."""
    if time.explicit:
        return time
    if shape.rank in (Rank.NEW, Rank.GONE) or (shape.measure is Measure.PROFILE and not has_subject):
        recent = recent_window(today)
        return replace(recent, hours=time.hours, weekdays=time.weekdays, filters=time.filters)
    return time


def asked_shape(
    lower: str, time: TimeFilter, embed, has_subject: bool, pair: tuple[str, ...] = (), has_other: bool = False
) -> tuple[Shape, tuple[str, ...]]:
    """The shape, with the grouping the question names: none for a bare window ("cravings in March?"), and the
    dimension of two values it names ("evenings or afternoons?"), with those values; or the two things the
    question ranks against each other (`pair`)."""
    shape = shape_of(lower, embed, has_subject)
    if pair:
        rank = Rank.LEAST if FEWER.search(lower) else Rank.MOST
        measure: Measure = shape.measure if shape.measure in (Measure.RESISTED, Measure.GAVE_IN) else Measure.COUNT
        measure = Measure.INTENSITY if cues.STRENGTH.search(lower) else measure
        return replace(shape, group=Group.SUBJECT, rank=rank, measure=measure), pair
    if shape.group is Group.SUBJECT and has_subject and not cues.WHICH_THING.search(lower):
        shape = replace(shape, group=Group.NONE, rank=Rank.NONE)  # a thing named is not ranked among things
    if has_other and cues.group_named(lower) is None:
        # "do I vape more on days I drink?": the second thing is the situation, not a grouping the examples guess
        shape = replace(shape, group=Group.NONE, rank=Rank.NONE)
    if (
        shape.group in TIME_GROUPS
        and (time.explicit or time.weekdays or time.hours)
        and cues.group_named(lower) is None
    ):
        shape = replace(shape, group=Group.NONE, rank=Rank.NONE)
    if shape.group is Group.WEEKDAY and time.start and time.end and time.end - time.start <= timedelta(days=7):
        shape = replace(shape, group=Group.DAY)  # "which day last week": a date, not a day of the week
    compared = cues.values_compared(lower)
    if compared is None or cues.group_named(lower) not in (None, compared[0]):
        return shape, ()
    return ranked_between(shape, lower, *compared)


def ranked_between(shape: Shape, lower: str, group: Group, among: tuple[str, ...]) -> tuple[Shape, tuple[str, ...]]:
    """Two values of one dimension named against each other: that dimension ranked, between them."""
    shape = replace(shape, group=group, rank=Rank.LEAST if cues.LEAST.search(lower) else Rank.MOST)
    if shape.measure not in (Measure.INTENSITY, Measure.RESISTED, Measure.GAVE_IN, Measure.CONFIDENCE):
        shape = replace(shape, measure=Measure.INTENSITY if cues.STRENGTH.search(lower) else Measure.COUNT)
    return shape, among


def still_read(
    text: str, subject: Subject | None, other: Subject | None, measure: Measure, shape: Shape
) -> tuple[Measure, Shape]:
    """'Still', of a named thing: its latest log says; of nothing named: what has gone."""
    if cues.STILL.search(text) and subject is not None and not cues.GAVE_IN.search(text) and not RATE_SAID.search(text):
        return Measure.LAST, replace(shape, group=Group.NONE, rank=Rank.NONE)
    if measure is Measure.LAST and cues.STILL.search(text) and subject is None and other is None:
        return Measure.COUNT, replace(shape, group=Group.SUBJECT, rank=Rank.GONE)
    return measure, shape


def measured(text: str, shape: Shape, subject: Subject | None, other: Subject | None) -> tuple[Measure, Outcome, Shape]:
    """The measure and the outcome filter the cues settle over the examples' shape."""
    lower = text.lower()
    outcome = cues.outcome_in(text)
    measure = shape.measure
    if cues.ALWAYS.search(text):
        measure = Measure.INTENSITY  # "is it always this bad": how strong, here against elsewhere
    if cues.HELPS.search(text) and not cues.YES_NO.search(text):  # "do I resist more than I give in?" is a rate
        measure, outcome = Measure.RESISTED, Outcome.ANY
        if cues.WHICH_THING.search(lower) and subject is None:  # the things ranked by how often each is resisted
            shape = replace(shape, group=Group.SUBJECT, rank=Rank.MOST)
        elif cues.group_named(lower) is None:  # no situation named: which ones go with resisting
            shape = replace(shape, group=Group.NONE, rank=Rank.MOST)
    elif cues.WHY.search(text) and cues.group_named(lower) is None:
        shape = replace(shape, group=Group.TRIGGER, rank=Rank.MOST)
        measure = Measure.COUNT if measure in (Measure.FIRST, Measure.LAST) else measure
    elif outcome is not Outcome.ANY and shape.group is Group.NONE and measure in (Measure.COUNT, Measure.SHARE):
        measure, outcome = (Measure.GAVE_IN if outcome is Outcome.GAVE_IN else Measure.RESISTED), Outcome.ANY
    if measure in (
        Measure.SLOPE,
        Measure.PROFILE,
        Measure.STREAK,
        Measure.RESISTED,
        Measure.GAVE_IN,
        Measure.CONFIDENCE,
    ):
        outcome = Outcome.ANY  # these measure resisting itself: it is not a filter on them
    measure, shape = still_read(text, subject, other, measure, shape)
    if (
        cues.DAYS_COUNTED.search(text)
        and shape.group is Group.NONE
        and measure in DAY_COUNTABLE
        and not (measure is Measure.STREAK and GAP.search(text))
    ):
        measure, outcome = Measure.DAYS, Outcome.ANY
    if cues.yes_no(text) and EVERY_DAY.search(text) and shape.group is Group.NONE and measure in DAY_COUNTABLE:
        measure, outcome = Measure.DAYS, Outcome.ANY  # "do I want it every day?": the days with a log
    if cues.PATTERN.search(text) and shape.group is Group.NONE and measure in (Measure.COUNT, Measure.SHARE):
        measure = Measure.PROFILE  # "is there a pattern to my coffee cravings?": the overview of them
    if cues.GROWING.search(text) and shape.group is Group.NONE and measure in (Measure.COUNT, Measure.INTENSITY):
        measure = Measure.SLOPE  # "stronger or weaker?", "getting stronger?": how they change, not how strong
    if (
        measure in (Measure.FIRST, Measure.LAST)
        and shape.group in (Group.WEEKDAY, Group.DAY)
        and cues.FIRST_SAID.search(text)
    ):
        shape = replace(shape, group=Group.NONE, rank=Rank.NONE)  # the day of a first or last one: that date
    return measure, outcome, shape


def one_thing(text: str, subject: Subject | None) -> str:
    """The text with "X or Y" said as X where both are the thing asked about: "am I alone when I want wine or
    beer?" is still a yes/no, not a choice between two answers."""
    for alternative in subject.alternatives if subject is not None else ():
        text = re.sub(rf"\s+or\s+{re.escape(alternative.text)}\b", " ", text, flags=re.I)
    return text


def both_named(
    lower: str, subject: Subject | None, other: Subject | None, said: re.Pattern
) -> tuple[Subject, Subject, Comparison] | None:
    """The two things of "days with both X and Y" (or of "do X and Y go together?"): the thing asked about, and
    the one its days must hold too."""
    if subject is None or not said.search(lower):
        return None
    if other is None and len(subject.alternatives) == 1:
        subject, other = replace(subject, alternatives=()), subject.alternatives[0]
    if other is None or subject.alternatives:
        return None
    return subject, other, Comparison(Compare.CONDITION, condition=Condition("subject", other.label, subject=other))


def past_the_scene(
    text: str, lower: str, subject: Subject | None, other: Subject | None, shape: Shape, among: tuple[str, ...]
) -> tuple[Subject | None, Subject | None, Shape]:
    """A thing named only before the words that rank things ("I know wine leads; and the runner-up?") sets the
    scene: the things are ranked, not filtered to it."""
    ranking = cues.WHICH_THING.search(lower)
    if subject is None or among or cues.yes_no(text) or ranking is None or subjects_in(text[ranking.start() :]):
        return subject, other, shape
    ranked = replace(shape, group=Group.SUBJECT, rank=Rank.LEAST if cues.LEAST.search(lower) else Rank.MOST)
    return None, None, ranked


def paired(
    lower: str, measure: Measure, shape: Shape, subject: Subject | None, other: Subject | None, comparison: Comparison
) -> tuple[Measure, Shape, Subject | None, Subject | None, Comparison]:
    """Two things asked about together: the days with both, or whether they go together (the one on the days of
    the other, against the days without it)."""
    if measure is Measure.DAYS and (pair := both_named(lower, subject, other, cues.BOTH)) is not None:
        return measure, shape, *pair
    if comparison.kind is Compare.NONE and (pair := both_named(lower, subject, other, cues.TOGETHER)) is not None:
        subject, other, comparison = pair
        unranked = replace(shape, group=Group.NONE, rank=Rank.NONE)
        return Measure.COUNT, unranked, subject, other, replace(comparison, direction=Direction.UP)
    return measure, shape, subject, other, comparison


def parse(question: str, *, today: date, now: datetime, embed, south: bool = False) -> Query:
    text = plain_text(question)
    lower = text.lower()
    asked = asked_part(text)
    time = since_then(text, parse_time(scene_time(text, asked), today, now, south), today)
    subject, other = asked_subjects(text)
    if pair := rivals(text, subject, other):
        subject = other = None  # "coffee more than sweets?": the two are ranked, neither filters
    shape, among = asked_shape(lower, time, embed, subject is not None, pair, other is not None)
    subject, other, shape = past_the_scene(text, lower, subject, other, shape, among)
    if among and time.compare is not None and not QUALIFIED.search(lower):
        # "more in summer than in winter?" names two seasons, not this one and the last: rank them over the history.
        time = TimeFilter(hours=time.hours, weekdays=time.weekdays, filters=time.filters)
    # "since I went back to the office with my team on 2 May": the event's words are a date, not a filter.
    dated = time.since or event_in(text, today) or UNDATED.search(text)
    conditions = conditions_in(EVENT_CLAUSE.sub(" ", asked) if dated else asked)
    if not among and not pair and (between := situations_between(lower, conditions)):
        shape, among = ranked_between(shape, lower, *between)
    measure, outcome, shape = measured(text, shape, subject, other)
    # What the question groups by is not a filter on it: "who am I with at work" keeps every companion.
    conditions = [c for c in conditions if c.kind != CONDITION_OF.get(shape.group)]
    window, comparison, conditions = comparison_of(
        text, time, today, other, conditions, replace(shape, measure=measure), subject.text if subject else ""
    )
    measure, shape, subject, other, comparison = paired(lower, measure, shape, subject, other, comparison)
    if (
        comparison.kind in (Compare.NAMED, Compare.EVENT, Compare.PREVIOUS)
        and measure in (Measure.FIRST, Measure.LAST)
        and cues.measure_named(text) not in (Measure.FIRST, Measure.LAST)
    ):  # one stretch against another compares totals, or rates where resisting is asked about
        measure = {Outcome.RESISTED: Measure.RESISTED, Outcome.GAVE_IN: Measure.GAVE_IN}.get(outcome, Measure.COUNT)
        outcome = Outcome.ANY
    if measure is Measure.SLOPE and comparison.kind is Compare.PREVIOUS:
        measure = Measure.COUNT  # a trend over one stretch is that stretch against the one before
    if (
        comparison.kind in (Compare.NAMED, Compare.EVENT, Compare.PREVIOUS)
        and cues.group_named(lower) is None
        and shape.rank not in (Rank.NEW, Rank.GONE)
    ):
        shape = replace(shape, group=Group.NONE, rank=Rank.NONE)  # one window against another, as totals
    window = default_window(window, shape, subject is not None, today)
    if shape.rank in (Rank.NEW, Rank.GONE) and comparison.kind is Compare.NONE:
        comparison = Comparison(Compare.PREVIOUS, window=TimeFilter(end=window.start, label="before"))
    if shape.group in (Group.WEEKDAY, Group.WEEKPART):
        window = replace(window, weekdays=frozenset())  # "are Fridays worst?" asks about the days
    if shape.group is Group.DAYPART and window.hours and not among and cues.named_value(lower) is None:
        shape = replace(shape, group=Group.HOUR)  # "when in the morning": its hours, not that it is the morning
    elif shape.group is Group.DAYPART or (shape.group is Group.HOUR and not cues.HOUR_IN_PART.search(lower)):
        window = replace(window, hours=frozenset())  # "what time of the evening": the evening's hours ranked
    if (
        measure is Measure.COUNT
        and cues.YES_NO.search(text)
        and shape.group is Group.NONE
        and (window.hours or window.weekdays or conditions)
        and comparison.kind is Compare.NONE
    ):
        measure = Measure.SHARE  # a yes/no about one situation: how many of them are in it
    measure, band, shape = single_log(text, measure, cues.band_in(text), shape)
    ranking = Ranking(measure, outcome, shape, window, conditions)
    if comparison.kind is Compare.NONE and situation_ranked(
        text, conditions, other, replace(shape, measure=measure), comparison.direction
    ):
        ranking = situation_ranking(ranking, comparison.direction)
    elif among or comparison.kind is Compare.NONE:
        ranking = values_ranked(text, among, ranking)
    measure, outcome, shape, window, conditions, expect = ranking
    if subject is not None and subject.topic and other is None and cues.yes_no(text) and cues.WHICH_THING.search(lower):
        # "is wine my main craving?": the things ranked, and whether that one comes first
        shape = replace(shape, group=Group.SUBJECT, rank=Rank.LEAST if cues.LEAST.search(lower) else Rank.MOST)
        measure, expect, subject = Measure.COUNT, subject.thing or subject.topic, None
    filters = Filters(subject=subject, outcome=outcome, band=band, conditions=tuple(conditions))
    query = Query(
        measure=measure,
        filters=filters,
        window=window,
        group=shape.group,
        rank=shape.rank,
        comparison=comparison,
        yes_no=cues.yes_no(one_thing(text, subject) if not among else text),
        expect=expect,
        among=among,
        text=text,
        south=south,
    )
    query = bounded(query, question, time)
    return query.with_(kind=kind_of(query))


def single_log(text: str, measure: Measure, band: Band, shape: Shape) -> tuple[Measure, Band, Shape]:
    """ "My strongest craving": that one log. "How strong was my last craving?": the latest log, with its strength."""
    if cues.SINGLE_STRONGEST.search(text):
        return Measure.INTENSITY, Band.ANY, replace(shape, group=Group.NONE, rank=Rank.MOST)
    if measure is Measure.INTENSITY and shape.group is Group.NONE and cues.SINGLE_LATEST.search(text):
        return Measure.LAST, band, shape
    return measure, band, shape


def bounded(query: Query, question: str, time: TimeFilter) -> Query:
    """The query marked where the logs cannot answer it: an amount they never record, or a follow-up that names
    nothing of its own (understand/outside.py). An overview does not rank: a value named asks for counts."""
    if query.measure is Measure.PROFILE and query.group is not Group.NONE:
        query = query.with_(measure=Measure.COUNT)
    if missing := unrecorded(question):
        return query.with_(outside=missing, yes_no=False, expect="")
    f = query.filters
    named = (
        f.subject is not None
        or bool(f.conditions)
        or not time.empty
        or query.group is not Group.NONE
        or query.measure not in (Measure.COUNT, Measure.PROFILE)
        or query.comparison.kind is not Compare.NONE
        or bool(query.among)
    )
    thing = f.subject is not None or bool(f.conditions) or not time.empty
    return query.with_(unclear=vague(question, named_anything=named, named_thing=thing))
