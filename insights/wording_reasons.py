"""What goes with what: associations, what helps, the overview, why, streaks."""
from __future__ import annotations

import re
from datetime import date

from cravings.vocabulary import TOPIC

from .finding import MIN_DAYS, MIN_PATTERN, Finding
from .understanding import Question
from .wording_phrases import (ASSOCIATION_NOTE, cap, counted, daypart_phrase, listing, name_of, thing, things,
                              value_phrase, when_local, window_phrase)


def say_association(f: Finding, q: Question, today: date) -> list[str]:
    fig, other = f.figures, q.other
    assert other is not None, "an association question always names the other thing"
    b = f"cravings for {name_of(other.subject)}" if other.kind == "subject" else other.label
    if fig["kind"] == "days":
        if not fig["enough"]:
            return [f"There isn't enough data to tell yet: I need at least {MIN_DAYS} days with {b} and {MIN_DAYS} "
                    f"without, and {MIN_PATTERN} {thing(q)}; you have {fig['daysWith']} days with and "
                    f"{fig['daysWithout']} without."]
        lift = fig["lift"]
        link = ("more" if lift and lift >= 1.25 else "fewer" if lift is not None and lift <= 0.8 else "about as many")
        ratio = f" ({lift}×)" if lift and link != "about as many" else ""
        return [f"On days you logged {b}, you logged {link} {thing(q)}: {fig['rateWith']} a day on average, against "
                f"{fig['rateWithout']} on other days{ratio}, over {fig['daysWith']} and {fig['daysWithout']} days "
                f"with logs.", ASSOCIATION_NOTE]
    if not fig["enough"]:
        return [f"There isn't enough data to tell yet: {fig['a']} {thing(q)} so far, and I need at least "
                f"{MIN_PATTERN}."]
    if q.subject is None:
        return [f"{fig['shareWith']}% of your cravings were logged {other.label}: {fig['aWith']} of {fig['a']}.",
                f"You resisted {fig['resistedShareWith']}% of those, against {fig['resistedShareWithout']}% of the "
                f"others."]
    more = fig["shareWith"] - fig["otherShareWith"]
    link = "more often than" if more >= 10 else "less often than" if more <= -10 else "about as often as"
    return [f"Your {thing(q)} came {other.label} {link} your other cravings: {fig['shareWith']}% of them "
            f"({fig['aWith']} of {fig['a']}), against {fig['otherShareWith']}% of the others.", ASSOCIATION_NOTE]


WHICH_CRAVING = re.compile(r"\b(?:which|what)\s+(?:craving|cravings|habit|thing)s?\b", re.I)


def say_helps(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures

    def item(o: dict) -> str:
        return f"{value_phrase(o['kind'], o['value']).split(' (')[0]} (resisted {o['share']}% of {o['count']})"

    out = []
    if WHICH_CRAVING.search(q.text) and len(fig["topics"]) > 1:
        hardest, easiest = fig["topics"][0], fig["topics"][-1]
        return [f"The craving you resist least is {TOPIC[hardest['value']].label}: {hardest['share']}% of "
                f"{hardest['count']}; the one you resist most is {TOPIC[easiest['value']].label}: "
                f"{easiest['share']}% of {easiest['count']}.",
                f"Overall you resisted {fig['resisted']} of {f.total} {things(q, f)} ({fig['overall']}%) "
                f"{window_phrase(f, q)}."]
    if fig["best"]:
        out.append(f"You resist most often {listing([item(o) for o in fig['best']])}.")
    if fig["worst"]:
        out.append(f"You give in most often {listing([item(o) for o in fig['worst']])}.")
    if not out:
        out.append("Your resisting is about the same in every situation: no time, place, company or feeling is "
                   "10 points above or below your overall rate.")
    out.append(f"Overall you resisted {fig['resisted']} of {f.total} {things(q, f)} ({fig['overall']}%) "
               f"{window_phrase(f, q)}.")
    return out


def say_overview(f: Finding, q: Question, today: date) -> list[str]:
    fig, n = f.figures, f.total
    topics = listing([f"{TOPIC[t].label} ({c})" for t, c in fig["topics"]])
    mostly = ": mostly " + topics if topics and not q.subject and n > MIN_PATTERN else ""
    out = [cap(f"{window_phrase(f, q)} you logged {counted(n, things(q, f))}{mostly}.")]
    parts = []
    if fig["daypart"]:
        d = fig["daypart"]
        parts.append(f"{d['count']} of them ({d['share']}%) came {daypart_phrase(d['value'])}" if n > 1 else
                     f"it came {daypart_phrase(d['value'])}")
    if fig["trigger"]:
        parts.append(f"the top trigger was “{fig['trigger']['value']}” ({fig['trigger']['count']})")
    parts.append(f"you resisted {fig['resisted']} ({fig['resistedShare']}%)" if n > 1 else
                 ("you resisted it" if fig["resisted"] else "you gave in to it"))
    out.append(cap(listing(parts)) + ".")
    if n <= MIN_PATTERN:
        moments = [f"{when_local(r[0], today)}: “{r[1]}” ({'resisted' if r[3] else 'gave in'})"
                   for r in f.figures["recent"]]
        return [out[0], f"{'They were' if n > 1 else 'It was'}: " + "; ".join(moments) + "."]
    if fig.get("resisting") in ("more", "less"):
        late, early = fig["halves"]["later"], fig["halves"]["earlier"]
        out.append(f"You're resisting {fig['resisting']} often than earlier in this period: "
                   f"{late['resistedShare']}% lately, against {early['resistedShare']}%.")
    return out


def say_why(f: Finding, q: Question, today: date) -> list[str]:
    fig, n = f.figures, f.total
    d = fig["daypart"]
    parts = []
    if fig["weekend"] >= 0.75 * n:
        parts.append(f"on weekends ({fig['weekend']})")
    elif fig["weekend"] <= 0.1 * n:
        parts.append(f"on weekdays ({n - fig['weekend']})")
    if fig["people"] and fig["people"][0]["count"] >= n / 2:
        parts.append(f"{value_phrase('people', fig['people'][0]['value'])} ({fig['people'][0]['count']})")
    if fig["location"] and fig["location"][0]["count"] >= n / 2 and not any(
            c.kind == "location" for c in q.conditions):
        parts.append(f"{value_phrase('locations', fig['location'][0]['value'])} ({fig['location'][0]['count']})")
    if q.time.hours:  # the question named the time of day already
        out = [f"Your {things(q, f)} {window_phrase(f, q)}: {n} so far."]
    else:
        out = [f"Your {things(q, f)} come most often {daypart_phrase(d['value'])}: {d['count']} of {n}."]
    if parts:
        out.append(f"Most of them came {listing(parts)}.")
    if fig["trigger"]:
        many = len(fig["trigger"]) > 1
        out.append(f"The trigger{'s' if many else ''} you noted most {'are' if many else 'is'} "
                   + listing([f"“{t['value']}” ({t['count']})" for t in fig["trigger"]]) + ".")
    if fig["emotion"]:
        out.append("You most often felt " + listing([f"{e['value'].lower()} ({e['count']})"
                                                     for e in fig["emotion"]]) + ".")
    out.append("These are associations in your logs, not causes.")
    return out


def say_streak(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures
    out = [f"Your longest run of resisted {things(q, f)} in a row is {fig['longestResisted']}, and the run going now "
           f"is {fig['currentResisted']} {window_phrase(f, q)}."]
    out.append(f"Your longest run of days with a log is {fig['longestDays']} days; the current one is "
               f"{fig['currentDays']}.")
    return out
