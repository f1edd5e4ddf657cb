"""Saying the answer: plain sentences from a Finding, the first one answering what was asked with the
subject's own figures. Nothing here computes; every number comes from the finding."""
from __future__ import annotations

import re
from datetime import date

from .finding import MIN_PATTERN, Finding
from .understanding import Question
from .wording_changes import say_change, say_last, say_trend
from .wording_figures import say_breakdown, say_count, say_days, say_intensity, say_when
from .wording_phrases import (COMPANY, PLACES, ago, counted, daypart_phrase, listing, name_of, thing, things,
                              when_local, window_phrase)
from .wording_reasons import say_association, say_helps, say_overview, say_streak, say_why

SAY = {"when": say_when, "days": say_days, "triggers": say_breakdown("triggers"),
       "emotions": say_breakdown("emotions"), "where": say_breakdown("locations"), "who": say_breakdown("people"),
       "count": say_count, "intensity": say_intensity, "trend": say_trend, "change": say_change, "last": say_last,
       "association": say_association, "helps": say_helps, "overview": say_overview, "why": say_why,
       "streak": say_streak}


def few_log(row: list, intent: str, today: date) -> str:
    """One of a handful of logs, with what the question asked about it."""
    stamp, _, _, resisted, trigger, location, people, emotions = row
    detail = {"where": PLACES.get(location, ""), "who": listing([COMPANY.get(p, p) for p in people]),
              "emotions": listing([e.lower() for e in emotions]), "triggers": f"“{trigger}”" if trigger else "",
              "helps": "resisted" if resisted else "gave in", "trend": "resisted" if resisted else "gave in"}.get(intent, "")
    return when_local(stamp, today) + (f" ({detail})" if detail else "")


def say_status(f: Finding, q: Question, today: date) -> list[str] | None:
    if f.status == "no_logs":
        return ["You haven't logged any cravings yet. Log a few in the app and I'll show you your patterns."]
    if f.status == "no_subject_logs":
        about = name_of(q.subject)
        if q.intent == "count":
            return [f"You haven't logged any cravings about {about}: none so far."]
        return [f"You haven't logged any cravings about {about}, so there is nothing about it in your logs to go on."]
    if f.status == "none_in_window":
        if q.strongest and q.intent != "intensity":
            return [f"None of your {thing(q)} {window_phrase(f, q)} were strong, 8 or more out of 10."]
        out = [f"You didn't log any {things(q, f)} {window_phrase(f, q)}."]
        elsewhere = f.figures.get("withoutFilter")
        if elsewhere and elsewhere["daypart"]:
            d = elsewhere["daypart"]
            out.append(f"Your {counted(elsewhere['total'], things(q, f, filters=False))} come most often "
                       f"{daypart_phrase(d['value'])}: {d['count']} of {elsewhere['total']}.")
        last = f.figures.get("last")
        if last:
            out.append(f"Your last one was on {when_local(last['at'], today)} ({ago(last['at'], today)}).")
        return out
    if f.status == "too_little_data" and q.intent != "association":
        moments = [few_log(r, q.intent, today) for r in f.figures["recent"][:MIN_PATTERN]]
        return [f"You have only {counted(f.total, things(q, f))} {window_phrase(f, q)}, too few to show a pattern.",
                f"{'They were' if f.total > 1 else 'It was'} on {listing(moments)}."]
    return None


def sentences(finding: Finding, question: Question, today: date) -> list[str]:
    said = say_status(finding, question, today)
    if said is not None:
        return said
    return [re.sub(r"\s+([,.:])", r"\1", " ".join(s.split())) for s in SAY[question.intent](finding, question, today)]
