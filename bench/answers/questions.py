"""Question templates for bench/answer_bench.py: each has paraphrases and builds its ground truth from the
generated rows. The paraphrases with an even index are `dev` (looked at while tuning), odd ones `test`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .fresh import FRESH
from .ground_truth import (
    Ask,
    abstain,
    association_days,
    association_feeling,
    breakdown,
    change_truth,
    count_subject_all,
    count_window,
    days_truth,
    helps_truth,
    intensity_truth,
    last_truth,
    overview_truth,
    peak_truth,
    trend_truth,
    weekend_subject,
    when_all,
    when_subject,
    why_workplace,
    yesterday_truth,
    zero_or,
)
from .people import Person
from .truth import Truth, last_week, rolling, select, since_weekday, this_month, this_week


@dataclass(frozen=True)
class Template:
    key: str
    needs: str  # subject | none | never | stopped | pair | feeling | workplace
    paraphrases: tuple[str, ...]
    truth: Callable[[Ask], Truth | None]


def split_of(index: int) -> str:
    return "dev" if index % 2 == 0 else "test"


TEMPLATES = (
    Template(
        "when_subject",
        "subject",
        (
            "When do I crave {s}?",
            "What time of day do my {s} cravings usually show up?",
            "At what time am I most tempted by {s}?",
            "When in the day do I tend to want {s}?",
        ),
        when_subject,
    ),
    Template(
        "when_all",
        "none",
        (
            "When do I struggle most with cravings?",
            "What time of day are my cravings worst?",
            "When during the day do cravings come for me most?",
            "At which hours do I get the most urges?",
        ),
        when_all,
    ),
    Template(
        "days_all",
        "none",
        (
            "Which days are hardest for me?",
            "What day of the week do I crave the most?",
            "Which weekday brings the most cravings?",
            "What's my toughest day of the week?",
        ),
        lambda a: days_truth(a.rows, a.rows),
    ),
    Template(
        "days_subject",
        "subject",
        (
            "Which days do I crave {s} most?",
            "On what day of the week do I want {s} the most?",
            "What's my worst day for {s}?",
        ),
        lambda a: days_truth(select(a.rows, kinds=a.slot["kinds"]), a.rows),
    ),
    Template(
        "triggers_all",
        "none",
        (
            "What triggers my cravings most?",
            "What's my most common trigger?",
            "What usually sets my cravings off?",
            "What kicks off most of my urges?",
        ),
        breakdown("trigger", "triggers", subject=False),
    ),
    Template(
        "triggers_strongest",
        "none",
        (
            "What triggers my strongest cravings?",
            "What's behind my most intense urges?",
            "Which triggers come with my worst cravings?",
        ),
        breakdown("trigger", "triggers", subject=False, strongest=True),
    ),
    Template(
        "triggers_subject",
        "subject",
        (
            "What triggers my {s} cravings?",
            "What usually sets off my urge for {s}?",
            "What makes me want {s}?",
            "Which trigger leads to my {s} cravings?",
        ),
        breakdown("trigger", "triggers"),
    ),
    Template(
        "emotions_subject",
        "subject",
        (
            "How do I feel when I crave {s}?",
            "What mood am I in when I want {s}?",
            "Which emotions come with my {s} cravings?",
        ),
        breakdown("emotion", "emotions"),
    ),
    Template(
        "emotions_all",
        "none",
        (
            "What emotions show up with my cravings?",
            "How am I usually feeling when a craving hits?",
            "What's my most common mood when I crave?",
        ),
        breakdown("emotion", "emotions", subject=False),
    ),
    Template(
        "where_subject",
        "subject",
        (
            "Where was I when I craved {s}?",
            "Where do my {s} cravings happen?",
            "In what place do I usually want {s}?",
            "Where am I when {s} tempts me?",
        ),
        breakdown("location", "where"),
    ),
    Template(
        "where_all",
        "none",
        (
            "Where do I get the most cravings?",
            "Which place do I crave in most?",
            "Where am I usually when cravings hit?",
        ),
        breakdown("location", "where", subject=False),
    ),
    Template(
        "who_subject",
        "subject",
        (
            "Who am I usually with when I want {s}?",
            "Who's around when I crave {s}?",
            "Who tends to be with me when {s} cravings come?",
        ),
        breakdown("people", "who"),
    ),
    Template(
        "who_all",
        "none",
        (
            "Who am I with when I crave?",
            "Who is usually around when my cravings hit?",
            "What company am I in when cravings show up?",
        ),
        breakdown("people", "who", subject=False),
    ),
    Template(
        "count_subject_all",
        "subject",
        (
            "How many times did I crave {s}?",
            "How many {s} cravings have I logged in total?",
            "What's my total number of {s} cravings?",
            "How many times have I wanted {s} so far?",
        ),
        count_subject_all,
    ),
    Template(
        "count_last_week",
        "none",
        (
            "How many cravings did I log last week?",
            "What was my craving count last week?",
            "How many urges did I have last week?",
        ),
        count_window(last_week),
    ),
    Template(
        "count_subject_30",
        "subject",
        (
            "How many {s} cravings did I have in the last 30 days?",
            "Over the past 30 days, how many times did I want {s}?",
            "In the last thirty days, how often did I crave {s}?",
        ),
        count_window(lambda t: rolling(t, 30), subject=True),
    ),
    Template(
        "count_since_monday",
        "none",
        (
            "How many cravings since Monday?",
            "Since Monday, how many urges have I logged?",
            "How many cravings have I had since Monday?",
        ),
        count_window(lambda t: since_weekday(t, 1)),
    ),
    Template(
        "count_resisted_month",
        "none",
        (
            "How many cravings did I resist this month?",
            "This month, how many times did I resist?",
            "How many urges have I resisted so far this month?",
        ),
        count_window(this_month, resisted_only=True),
    ),
    Template(
        "count_never",
        "never",
        (
            "How many times did I crave {never}?",
            "How often do I want {never}?",
            "How many {never} cravings have I had?",
        ),
        abstain,
    ),
    Template(
        "when_never",
        "never",
        (
            "When do I crave {never}?",
            "What triggers my {never} cravings?",
            "Do I still want {never}?",
            "Where am I when I want {never}?",
        ),
        abstain,
    ),
    Template(
        "trend_resist",
        "none",
        (
            "Am I getting better at resisting?",
            "Is my ability to resist improving?",
            "Am I resisting more often than before?",
            "Have I been getting better at saying no to cravings?",
        ),
        trend_truth("resisting"),
    ),
    Template(
        "trend_intensity",
        "none",
        (
            "Are my cravings getting weaker?",
            "Is the intensity of my cravings going down over time?",
            "Have my urges become less intense?",
        ),
        trend_truth("intensity"),
    ),
    Template(
        "trend_subject",
        "subject",
        (
            "Am I getting better at resisting {s}?",
            "Is it getting easier to resist {s}?",
            "Am I improving at saying no to {s}?",
        ),
        trend_truth("resisting", subject=True),
    ),
    Template(
        "change_month",
        "none",
        (
            "What changed in the last 30 days compared to the 30 days before?",
            "How are my cravings in the past 30 days different from the 30 days before?",
            "Compare the last 30 days with the previous 30 days.",
        ),
        change_truth(lambda t: rolling(t, 30), lambda t: rolling(t - timedelta(days=30), 30)),
    ),
    Template(
        "change_week",
        "none",
        (
            "How does this week compare to last week?",
            "This week vs last week?",
            "Am I doing better this week than last week?",
        ),
        change_truth(this_week, last_week),
    ),
    Template(
        "still_stopped",
        "stopped",
        ("Do I still crave {stopped}?", "Am I still getting {stopped} cravings?", "Have I stopped wanting {stopped}?"),
        last_truth(still=True),
    ),
    Template(
        "still_active",
        "subject",
        ("Do I still crave {s}?", "Am I still wanting {s} these days?", "Are my {s} cravings still happening?"),
        last_truth(still=True),
    ),
    Template(
        "last_subject",
        "subject",
        ("When did I last crave {s}?", "When was my most recent {s} craving?", "What was the last time I wanted {s}?"),
        last_truth(still=False),
    ),
    Template(
        "still_weekend",
        "stopped",
        (
            "Do I still crave {stopped} on weekends?",
            "Am I still wanting {stopped} on weekends?",
            "Have my weekend {stopped} cravings stopped?",
        ),
        last_truth(still=True, weekdays={6, 7}),
    ),
    Template(
        "association_pair",
        "pair",
        (
            "Do I {a} more when I {b}?",
            "On days I {b}, do I {a} more?",
            "Is there a link between how often I {a} and when I {b}?",
        ),
        association_days,
    ),
    Template(
        "association_feeling",
        "feeling",
        (
            "Do I crave {s} more when I'm {feeling}?",
            "Are my {s} cravings tied to feeling {feeling}?",
            "Is being {feeling} linked to my {s} cravings?",
        ),
        association_feeling,
    ),
    Template(
        "helps",
        "none",
        (
            "What helps me resist?",
            "When am I best at resisting cravings?",
            "In which situations do I resist most often?",
        ),
        helps_truth,
    ),
    Template(
        "overview",
        "none",
        (
            "How am I doing?",
            "Give me a summary of my cravings.",
            "What do my logs say about me lately?",
            "How have things been going?",
        ),
        overview_truth,
    ),
    Template(
        "why_workplace",
        "workplace",
        (
            "Why do I {verb} at work?",
            "What's behind my urge to {verb} at work?",
            "Why do I keep wanting to {verb} at work?",
        ),
        why_workplace,
    ),
    Template(
        "intensity_subject",
        "subject",
        (
            "How strong are my {s} cravings?",
            "How intense do my {s} urges get?",
            "What's the average intensity of my {s} cravings?",
        ),
        intensity_truth,
    ),
    Template(
        "yesterday",
        "none",
        (
            "How many cravings did I have yesterday?",
            "Did I log any cravings yesterday?",
            "How many urges did I log yesterday?",
        ),
        yesterday_truth,
    ),
    Template(
        "weekend_subject",
        "subject",
        (
            "How many times did I want {s} on weekends?",
            "How often did I crave {s} on the weekend?",
            "How many weekend {s} cravings have I logged?",
        ),
        weekend_subject,
    ),
    Template(
        "days_weekend",
        "none",
        (
            "Do I crave more on weekends or on weekdays?",
            "Are weekends or weekdays worse for my cravings?",
            "Which is harder for me, weekdays or weekends?",
        ),
        lambda a: days_truth(a.rows, a.rows),
    ),
    Template(
        "triggers_subject_strongest",
        "subject",
        (
            "What triggers my strongest {s} cravings?",
            "What's behind my most intense {s} urges?",
            "Which triggers come with my worst {s} cravings?",
        ),
        breakdown("trigger", "triggers", strongest=True),
    ),
    Template(
        "who_all_alone",
        "none",
        (
            "Am I usually alone when I crave?",
            "Do I crave more when I'm by myself?",
            "Are my cravings mostly when I'm alone?",
        ),
        lambda a: Truth(
            intents={"who", "association"},
            total=len(a.rows),
            scope=a.rows,
            base=a.rows,
            facts=[[str(sum("Alone" in r["people"] for r in a.rows))]],
        ),
    ),
    Template(
        "count_all",
        "none",
        (
            "How many cravings have I logged?",
            "What's my total number of cravings?",
            "How many urges have I recorded in total?",
        ),
        lambda a: Truth(intents={"count"}, total=len(a.rows), scope=a.rows, base=a.rows, facts=[[str(len(a.rows))]]),
    ),
    Template(
        "when_subject_weekend",
        "subject",
        (
            "When do I crave {s} on weekends?",
            "At what time on weekends do I want {s}?",
            "What time of day do weekend {s} cravings come?",
        ),
        lambda a: replace(
            peak_truth(
                select(a.rows, kinds=a.slot["kinds"], weekdays={6, 7}),
                select(a.rows, weekdays={6, 7}),
                "daypart",
                {"when"},
                "daypart.value",
            ),
            subject=select(a.rows, kinds=a.slot["kinds"]),
        ),
    ),
    Template(
        "emotions_strongest",
        "none",
        (
            "How do I feel during my strongest cravings?",
            "What emotions come with my most intense cravings?",
            "What's my mood when my worst urges hit?",
        ),
        breakdown("emotion", "emotions", subject=False, strongest=True),
    ),
    Template(
        "where_subject_count",
        "subject",
        (
            "How many of my {s} cravings were at home?",
            "How many times did I want {s} at home?",
            "At home, how often do I crave {s}?",
        ),
        lambda a: Truth(
            intents={"count"},
            total=len(select(a.rows, kinds=a.slot["kinds"], location="Home")),
            scope=select(a.rows, kinds=a.slot["kinds"], location="Home"),
            base=a.rows,
            facts=[zero_or(len(select(a.rows, kinds=a.slot["kinds"], location="Home")))],
            subject=select(a.rows, kinds=a.slot["kinds"]),
        ),
    ),
)


def slots_for(template: Template, person: Person, index: int) -> dict | None:
    if template.needs == "none":
        return {}
    if template.needs == "subject":
        name, kinds = person.subjects[index % len(person.subjects)]
        return {"s": name, "kinds": kinds}
    if template.needs == "never":
        return {"never": person.never[index % len(person.never)]} if person.never else None
    if template.needs == "stopped":
        return {"stopped": person.stopped[0], "kinds": person.stopped[1]} if person.stopped else None
    if template.needs == "pair":
        if not person.pair:
            return None
        a, a_kinds, b, b_kinds = person.pair
        return {"a": a, "a_kinds": a_kinds, "b": b, "b_kinds": b_kinds}
    if template.needs == "feeling":
        if not person.feeling:
            return None
        s, kinds, feeling, emotions, trigger_words = person.feeling
        return {"s": s, "kinds": kinds, "feeling": feeling, "emotions": emotions, "trigger_words": trigger_words}
    if template.needs == "workplace":
        if not person.workplace:
            return None
        verb, _, kinds = person.workplace
        return {"verb": verb, "kinds": kinds}
    raise ValueError(template.needs)


def questions(person: Person, rows: list[dict], today: date, fresh: bool = False):
    """(template, paraphrase index, split, question text, truth) for one person; `fresh`: the fresh split's
    paraphrases (bench/answers/fresh.py) instead of the dev and test ones."""
    for index, template in enumerate(TEMPLATES):
        slot = slots_for(template, person, index)
        if slot is None:
            continue
        ask = Ask(person, rows, today, slot)
        try:
            truth = template.truth(ask)
        except (IndexError, ZeroDivisionError):
            continue  # this person has no such logs: the template does not apply
        if truth is None:
            continue
        if fresh:
            for number, text in enumerate(FRESH.get(template.key, ())):
                yield template, number, "fresh", text.format(**slot), truth
            continue
        for number, text in enumerate(template.paraphrases):
            yield template, number, split_of(number), text.format(**slot), truth
