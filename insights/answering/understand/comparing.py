"""What a question compares: a date the person names ("since I started cutting down 2 months ago", "I quit on
30 October. How many since?"), the stretch before a window, a condition with against without it, or one place,
company or feeling ranked among its kind ("do I smoke more when stressed?")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from insights.timeparse import TimeFilter, window_before
from insights.timewords import COUNT, add_months, count_of, span_text, whole_days
from insights.understanding import Condition, Subject

from ..query import Compare, Comparison, Direction, Group, Measure, Rank
from ..say.strength import STRENGTH_ASKED
from . import cues
from .ranking import Ranking
from .shape import Shape

RECENT_DAYS = 30  # the window of "lately", of a bare "what's new" and of a bare change question
# A date the person names for a change in their life: "since I started quitting 2 months ago".
EVENT_AGO = re.compile(
    rf"\b(?:about\s+|around\s+|roughly\s+|like\s+)?{COUNT}(?:\s+and\s+a\s+half)?\s+(days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?)"
    r"\s+(?:ago|back)\b",
    re.I,
)
EVENT_UNITS = {"d": "day", "w": "week", "m": "month", "y": "year"}
EVENT_CLAUSE = re.compile(r"\b(?:ever\s+)?(?:since|after)\s+(?:i|we|my|\w+ing)\b[^,?]*", re.I)
# "since", before against after, or the person telling what they began: "I started cutting down 5 weeks ago".
EVENT_CUE = re.compile(
    r"\bsince\b|\bbefore\b.*\b(?:after|since)\b|\b(?:after|since)\b.*\bbefore\b"
    r"|\bi(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:started|began|begun|stopped|quit|switched|moved|changed|cut)\b"
    # or a change named by its verb, dated by "ago": "did switching to water 6 weeks ago cut my soda?"
    r"|\b(?:start(?:ed|ing)|began|begun|switch\w*|quit\w*|stopp\w*|mov(?:ed|ing)|chang(?:ed|ing)|cutting|join\w*|"
    r"gave\s+up|giving\s+up)\b(?=[^?.!]*\b(?:ago|back)\b)",
    re.I,
)
THAN_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|vs\.?|versus)\s+(?:(?:the|my)\s+)?(?:\w+\s+){0,2}(?:before|usual|normal|earlier)\b",
    re.I,
)

UNDATED = re.compile(r"\b(?:ever\s+)?since\s+((?:i|i've|my|we|we've|the)\b[^,?.!;]*)", re.I)


# A change still under way, dated by how long it has lasted: "I've been cutting back for about 3 months",
# "off cigarettes for six weeks now". A habit's own age ("been smoking for 10 years") is no change.
EVENT_FOR = re.compile(
    r"\b(?:been\s+(?:cutting|reducing|quitting|trying|off|clean|sober|dry|smoke[\s-]free|vape[\s-]free|on\s+the|seeing|"
    r"going\s+to|using\s+(?:the|a|an)\b|doing\s+(?:dry|sober|no)\b|(?:\w+ing\s+)?less)|clean\b|sober\b|"
    # "off cigarettes", not a day off work
    r"off\s+(?!work\b|school\b|shift\b|days?\b|duty\b|sick\b)(?:the\s+|my\s+)?[a-z]\w+)"
    # "for the last 3 months" is a window, whatever was said before it
    r"[^?.!;]{0,60}?\bfor\s+(?:about\s+|around\s+|roughly\s+|like\s+|almost\s+|nearly\s+|over\s+)?"
    rf"{COUNT}(?:\s+and\s+a\s+half)?\s+(days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?)\b(?!\s+(?:ago|back))",
    re.I,
)


def event_in(text: str, today: date) -> datetime | None:
    match = EVENT_AGO.search(text) if EVENT_CUE.search(text) else None
    if match is None and (match := EVENT_FOR.search(text)) is None:
        return None
    n, unit = count_of(match[1].lower()), EVENT_UNITS[match[2][0].lower()]
    if unit == "month":
        day = add_months(today.replace(day=1), -n).replace(day=min(today.day, 28))
    else:
        day = today - timedelta(days=n * {"day": 1, "week": 7, "year": 365}[unit])
    return datetime.combine(day, datetime.min.time())


SINCE_THEN = re.compile(
    r"\b(?:since|after)\s+(?:then|that(?:\s+day|\s+date)?)\b|\bafterwards?\b|\bfrom\s+then\s+on\b|\bsince\W*$", re.I
)


# "since I quit in October": the event's month, from its first day on.
SINCE_IN_MONTH = re.compile(
    r"\bsince\b[^?.!,;]*\bin\s+(?:early\s+|mid\s+|late\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.I,
)


def since_then(text: str, time: TimeFilter, today: date) -> TimeFilter:
    """A day named in one sentence and "since then" in the next ("I quit on 30 October. How many since?"): from
    that day to today, as "since 30 October" would be. An event said with its month ("since I quit in October"):
    from the month's first day."""
    start, stop = time.start, time.end
    month = start and stop and 28 <= (stop - start).days <= 31 and start.day == 1 and stop.date() <= today
    if start and SINCE_IN_MONTH.search(text) and month and not time.since:
        end = datetime.combine(today + timedelta(days=1), datetime.min.time())
        return replace(time, end=end, since=True, label=f"since {span_text(start.date(), start.date(), today)}")
    one_day = time.start is not None and time.end is not None and time.end - time.start == timedelta(days=1)
    if not (one_day and (SINCE_THEN.search(text) or (cues.QUIT_ON.search(text) and re.search(r"\d", text)))):
        return time
    assert time.start is not None
    end = datetime.combine(today + timedelta(days=1), datetime.min.time())
    label = f"since {span_text(time.start.date(), time.start.date(), today)}"
    return replace(time, end=end, since=True, label=label)


def recent_window(today: date) -> TimeFilter:
    first = today - timedelta(days=RECENT_DAYS - 1)
    span = whole_days(first, today, f"the last {RECENT_DAYS} days", today)
    return TimeFilter(start=span.start, end=span.end, label=span.label)


def event_windows(event: datetime, today: date, time: TimeFilter) -> tuple[TimeFilter, TimeFilter]:
    end = datetime.combine(today + timedelta(days=1), datetime.min.time())
    before = event - (end - event)
    since_label = f"since {span_text(event.date(), event.date(), today)}"
    last_before = (event - timedelta(days=1)).date()
    before_label = f"the same stretch before ({span_text(before.date(), last_before, today)})"
    return (
        TimeFilter(start=event, end=end, hours=time.hours, weekdays=time.weekdays, label=since_label),
        TimeFilter(start=before, end=event, hours=time.hours, weekdays=time.weekdays, label=before_label),
    )


# A daypart that names the days of the other thing: "on the nights I drink", "on evenings when I have whisky".
DAYS_OF_OTHER = re.compile(
    r"\bon\s+(?:the\s+)?(?:nights?|evenings?|mornings?|afternoons?)\s+(?:when\s+|that\s+|where\s+)?(?:i|i'm|im)\b", re.I
)


def lately_only(text: str, time: TimeFilter) -> bool:
    """No window named but "lately", "these days" or "recently" (read as the last 30 days)."""
    said = re.search(r"\d|\b(?:days?|weeks?|months?|years?|fortnight|summer|winter|spring|autumn)\b", text, re.I)
    return not time.explicit or (cues.LATELY.search(text) is not None and not said)


def stretch_before(text: str, time: TimeFilter, window: TimeFilter, today: date) -> TimeFilter:
    """The stretch a window is compared with: the one of the same length before it; for "getting stronger
    lately?", how strong they used to be, all of it (a change that began two months ago is not in the 30 days
    before the last 30 alone)."""
    if STRENGTH_ASKED.search(text) and lately_only(text, time):
        return TimeFilter(end=window.start, label="in all your logs before then")
    return window_before(window, today)


def comparison_of(
    text: str,
    time: TimeFilter,
    today: date,
    other: Subject | None,
    conditions: list[Condition],
    shape: Shape,
    named: str = "",
) -> tuple[TimeFilter, Comparison, list[Condition]]:
    """The window and what it is compared with; a condition that is compared against stops filtering. The words
    naming the thing (`named`) say no direction: Dutch "drop" is liquorice, not a fall."""
    unnamed = re.sub(rf"\b{re.escape(named)}\b", " ", text, flags=re.I) if named else text
    # The event's own words ("since I began cutting down") say what changed, not what is asked ("am I resisting
    # more?"); they give the direction only when the question names none.
    direction = cues.direction_in(EVENT_CLAUSE.sub(" ", unnamed))
    direction = cues.direction_in(unnamed) if direction is Direction.NONE else direction
    if (event := event_in(text, today)) is not None:
        window, before = event_windows(event, today, time)
        return window, Comparison(Compare.EVENT, window=before, event=event, direction=direction), conditions
    if time.compare is not None:
        other_window = time.compare
        if (other_window.start, other_window.end) == (time.start, time.end) and time.start:
            # "this summer than last summer" said after the summer: both name the same one; the other is a year back.
            other_window = replace(
                other_window,
                start=time.start.replace(year=time.start.year - 1),
                end=time.end.replace(year=time.end.year - 1) if time.end else None,
                label=f"the year before ({span_text(time.start.date().replace(year=time.start.year - 1), (time.end - timedelta(days=1)).date().replace(year=time.end.year - 1), today)})"
                if time.end
                else "the year before",
            )
        return time, Comparison(Compare.NAMED, window=other_window, direction=direction), conditions
    if time.since and (direction is not Direction.NONE or cues.SAME_OR_DIFFERENT.search(text)) and time.start:
        window, before = event_windows(time.start, today, time)
        window = replace(window, label=time.label)
        return window, Comparison(Compare.EVENT, window=before, event=time.start, direction=direction), conditions
    comparative = direction is not Direction.NONE or cues.ALWAYS.search(text)
    if other is not None and shape.group is Group.NONE and cues.alongside(text, other.text):
        # "while I'm drinking", "with a beer": the other thing in the same log, not merely on the same day.
        condition = Condition("mention", f"logged with {other.label}", subject=other)
        return time, Comparison(Compare.CONDITION, condition=condition, direction=direction), conditions
    if other is not None and comparative and shape.group is Group.NONE:
        condition = Condition("subject", other.label, subject=other)
        if DAYS_OF_OTHER.search(text):  # "on the evenings I have wine": those days, not an evening-only filter
            time = replace(time, hours=frozenset(), filters=[])
        return time, Comparison(Compare.CONDITION, condition=condition, direction=direction), conditions
    if situation_ranked(text, conditions, other, shape, direction):
        return time, Comparison(direction=direction), conditions  # ranked among its values instead (parse)
    if conditions and comparative and shape.group is Group.NONE and shape.measure not in (Measure.FIRST, Measure.LAST):
        return time, Comparison(Compare.CONDITION, condition=conditions[0], direction=direction), conditions[1:]
    # a direction over a window ("more this month?") is against the stretch before it
    # ("worse in summer?" names a season to rank against the others instead: cues.named_value)
    rolling = (
        time.explicit
        and not time.since
        and not time.hours
        and not time.weekdays
        and cues.named_value(text.lower()) is None
        and shape.measure not in (Measure.FIRST, Measure.LAST)  # a first or last log is a date, not a change
    )
    if (
        shape.measure is Measure.SLOPE
        and (time.explicit or cues.LATELY.search(text) or STRENGTH_ASKED.search(text))
        or (
            rolling
            and direction is not Direction.NONE
            and other is None
            and not conditions
            and shape.group is Group.NONE
        )
    ):  # "am I smoking more over the last month?": that month against the one before
        # "going up or down lately", "over the last few months": that stretch against the one before it.
        window = time if time.explicit else recent_window(today)
        before = stretch_before(text, time, window, today)
        return window, Comparison(Compare.PREVIOUS, window=before, direction=direction), conditions
    dated_measure = shape.measure in (Measure.FIRST, Measure.LAST)
    undated = UNDATED.search(text) if not time.explicit and not dated_measure else None
    if undated and (direction is not Direction.NONE or cues.SAME_OR_DIFFERENT.search(text)):
        # "less since my birthday?" and no date anywhere: the recent stretch against the one before, said so
        window = recent_window(today)
        before = window_before(window, today)
        return window, Comparison(Compare.PREVIOUS, before, direction=direction, undated=undated[1]), conditions
    if undated:  # "how many since my birthday?": the whole history, said so
        return time, Comparison(direction=direction, undated=undated[1]), conditions
    if THAN_BEFORE.search(text) or re.search(
        r"\bwhat(?:'s|\s+has|\s+have)?\s+changed\b|\bchang(?:ed|ing)\b", text, re.I
    ):
        window = time if time.explicit else recent_window(today)
        before = stretch_before(text, time, window, today)
        return window, Comparison(Compare.PREVIOUS, window=before, direction=direction), conditions
    return time, Comparison(direction=direction), conditions


GROUP_OF_CONDITION = {"location": Group.PLACE, "people": Group.COMPANY, "emotion": Group.EMOTION}


def situation_ranked(
    text: str, conditions: list[Condition], other: Subject | None, shape: Shape, direction: Direction
) -> bool:
    """'Do I smoke more when stressed?', 'are my cravings stronger at work?': a yes/no whether one place, company or
    feeling comes first for the thing, asked of a count or a strength (a rate stays with against without)."""
    return bool(
        conditions
        and conditions[0].kind in GROUP_OF_CONDITION
        and (conditions[0].kind != "emotion" or len(conditions[0].emotions) == 1)
        and direction is not Direction.NONE
        and other is None
        and shape.group is Group.NONE
        and shape.measure in (Measure.COUNT, Measure.SHARE, Measure.INTENSITY)
        and cues.yes_no(text)
        and not cues.ALWAYS.search(text)
    )


def situation_ranking(ranking: Ranking, direction: Direction) -> Ranking:
    """The ranking situation_ranked asks for: that dimension ranked, the named value expected first."""
    first, rest = ranking.conditions[0], ranking.conditions[1:]
    rank = Rank.LEAST if direction is Direction.DOWN else Rank.MOST
    shape = replace(ranking.shape, group=GROUP_OF_CONDITION[first.kind], rank=rank)
    expect = first.location or first.people or first.emotions[0]
    measure = Measure.COUNT if ranking.measure is Measure.SHARE else ranking.measure
    return ranking._replace(measure=measure, shape=shape, conditions=rest, expect=expect)
