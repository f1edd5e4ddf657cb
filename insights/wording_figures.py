"""How many, when, which days, what with: the sentences for the counting intents."""
from __future__ import annotations

import re
from datetime import date, datetime

from cravings.vocabulary import WEEKDAYS, hour_label

from .finding import RECENT_DAYS, Finding
from .understanding import SINGLE_STRONGEST, Question
from .wording_phrases import (counted, daypart_phrase, listing, name_of, pct, thing, things, tied, value_phrase,
                              when_local, window_phrase)


def say_when(f: Finding, q: Question, today: date) -> list[str]:
    d, n = f.figures["daypart"], f.total
    out = [f"Your {things(q, f)} come most often {daypart_phrase(d['value'])}: {d['count']} of {n} ({d['share']}%)"
           f"{', ' + window_phrase(f, q) if f.window['start'] else ''}."]
    if q.subject or q.conditions:
        out.append(f"Across all your cravings in that time, {d['baselineShare']}% come {daypart_phrase(d['value'])}.")
    others = [r for r in f.figures["dayparts"] if r["value"] != d["value"]]
    if others:
        out.append("Then " + listing([f"{daypart_phrase(r['value']).split(' (')[0]} ({r['count']})" for r in others])
                   + ".")
    hour, day = f.figures["hour"], f.figures["weekday"]
    out.append(f"The busiest hour is {hour_label(hour['value'])} ({hour['count']}) and the busiest day is "
               f"{WEEKDAYS[day['value'] - 1]} ({day['count']}).")
    out.append(f"You resisted {pct(d['resisted'], d['count'])}% of the ones {daypart_phrase(d['value']).split(' (')[0]}.")
    return out


def say_days(f: Finding, q: Question, today: date) -> list[str]:
    rows, n = f.figures["weekdays"], f.total
    top = tied(rows)
    names = [WEEKDAYS[r["value"] - 1] for r in top]
    each = " each" if len(top) > 1 else ""
    lead = f"Your hardest days are {listing(names)}" if len(top) > 1 else f"Your hardest day is {names[0]}"
    out = [f"{lead}: {top[0]['count']} of your {n} {things(q, f)}{each} ({pct(top[0]['count'], n)}%) "
           f"{window_phrase(f, q)}, where an even spread would be 14% a day."]
    rest = rows[len(top):len(top) + 2]
    if rest:
        out.append("Next come " + listing([f"{WEEKDAYS[r['value'] - 1]} ({r['count']})" for r in rest]) + ".")
    if q.about_resisting:
        weekend, weekdays = f.figures["weekend"], n - f.figures["weekend"]
        out.insert(0, f"You resisted {pct(f.figures['weekdayResisted'], weekdays)}% of your {things(q, f)} on weekdays "
                      f"({f.figures['weekdayResisted']} of {weekdays}) and {pct(f.figures['weekendResisted'], weekend)}% "
                      f"on weekends ({f.figures['weekendResisted']} of {weekend}).")
    resisted = sum(r["resisted"] for r in top)
    out.append(f"Weekends hold {f.figures['weekend']} of the {n} ({pct(f.figures['weekend'], n)}%), against 29% of the "
               f"days in a week. You resisted {pct(resisted, top[0]['count'] * len(top))}% on "
               f"{listing([d + 's' for d in names])}, against {f.figures['resistedShare']}% overall.")
    return out


def say_breakdown(kind: str):
    intro = {"triggers": ("the trigger you noted most is", "the triggers you noted most are"),
             "emotions": ("you most often felt", "you most often felt"),
             "locations": ("you were most often", "you were most often"),
             "people": ("you were most often", "you were most often")}

    def name(value) -> str:
        return f"“{value}”" if kind == "triggers" else value_phrase(kind, value).replace("when you felt ", "")

    def say(f: Finding, q: Question, today: date) -> list[str]:
        rows, n = f.figures["top"], f.total
        if not rows:
            missing = {"triggers": "a trigger", "emotions": "how you felt", "locations": "where you were",
                       "people": "who you were with"}[kind]
            return [f"You haven't noted {missing} on your {n} {things(q, f)} {window_phrase(f, q)}."]
        top = tied(rows)
        strong = " (8 or more out of 10)" if q.strongest and q.intent != "intensity" else ""
        joiner = " or " if kind != "triggers" else " and "
        each = " each" if len(top) > 1 else ""
        resisted = sum(r["resisted"] for r in top)
        out = [f"For your {things(q, f)}{strong} {window_phrase(f, q)}, {intro[kind][len(top) > 1]} "
               f"{joiner.join(name(r['value']) for r in top)}: {top[0]['count']} of {n}{each} "
               f"({pct(top[0]['count'], n)}%), and you resisted {pct(resisted, top[0]['count'] * len(top))}% of those."]
        rest = rows[len(top):len(top) + 2]
        if rest:
            out.append("Next: " + listing([f"{name(r['value'])} ({r['count']})" for r in rest]) + ".")
        return out
    return say


GAVE_IN = re.compile(r"\b(?:give|gave|giving)\s+in\b|\bcav(?:e|ed|ing)\b|\bslip(?:ped)?\b|\bfail\w*", re.I)
RATE = re.compile(r"\bper\s+(?:day|week)\b|\ba\s+(?:day|week)\b|\bdaily\b|\bweekly\b|\bon\s+average\b", re.I)


def say_count(f: Finding, q: Question, today: date) -> list[str]:
    n, fig = f.total, f.figures
    if not q.time.explicit:
        first = datetime.fromisoformat(fig["first"]).date()
        out = [f"You've logged {counted(n, things(q, f))} in all, since {first.day} {first:%B}"
               f"{' ' + str(first.year) if first.year != today.year else ''}.",
               f"{fig['last30'] or 'None'} of them {'was' if fig['last30'] == 1 else 'were'} in the last {RECENT_DAYS} "
               f"days ({fig['previous30']} in the {RECENT_DAYS} days before)."]
    else:
        out = [f"You logged {counted(n, things(q, f))} {window_phrase(f, q)}."]
    if RATE.search(q.text) and fig["days"] > 1:
        out.append(f"That is {fig['perDay']} a day, or {fig['perWeek']} a week, over {fig['days']} days.")
    if fig.get("other") and q.other:
        other = fig["other"]
        more = "more" if n > other["total"] else "fewer" if n < other["total"] else "as many"
        return [f"You logged {more} {thing(q)} than cravings for {name_of(q.other.subject)}: {n} against "
                f"{other['total']} {window_phrase(f, q)}."]
    resisted, gave_in = fig["resisted"], n - fig["resisted"]
    if n == 1:
        outcome = "You resisted it." if resisted else "You gave in to it."
    elif GAVE_IN.search(q.text):
        outcome = f"You gave in to {gave_in} of them ({pct(gave_in, n)}%) and resisted {resisted}."
    else:
        outcome = f"You resisted {resisted} of them ({fig['resistedShare']}%)."
    if q.about_resisting and n > 1:
        lead = (f"You gave in to {gave_in} of your {counted(n, things(q, f))}" if GAVE_IN.search(q.text) else
                f"You resisted {resisted} of your {counted(n, things(q, f))}")
        share = pct(gave_in, n) if GAVE_IN.search(q.text) else fig["resistedShare"]
        where = window_phrase(f, q) if q.time.explicit else "in all"
        rates = out[2:] if not q.time.explicit else out[1:]
        return [f"{lead} {where} ({share}%).", *rates]
    return [*out, outcome]


def say_intensity(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures
    out = [f"Your {things(q, f)} average {fig['average']} out of 10 in intensity {window_phrase(f, q)}."]
    if fig["strongest"] and (q.strongest or SINGLE_STRONGEST.search(q.text)):
        stamp, description, intensity, resisted = fig["strongest"]
        out.insert(0, f"Your strongest {thing(q).replace('cravings', 'craving', 1)} was {intensity:g} out of 10, "
                      f"on {when_local(stamp, today)}: “{description}”, and you "
                      f"{'resisted it' if resisted else 'gave in'}.")
    if q.subject or q.conditions:
        out.append(f"All your cravings in that time average {fig['baselineAverage']}.")
    out.append(f"{fig['strong']} of the {f.total} ({fig['strongShare']}%) were strong, 8 or more out of 10.")
    return out
