"""The two screens before understanding: crisis language (resources and nothing else) and treatment or
medical questions (no advice, never "yes": who can advise, then the person's own figures)."""

from __future__ import annotations

import re
from datetime import datetime

from insights.medical import is_medical, medical_reply
from insights.payloads import AnswerPayload
from insights.safety import is_crisis
from insights.timeparse import TimeFilter, window_before
from insights.understanding import subjects_in

from .compute import Status
from .query import Compare, Comparison, Filters, Measure, Query
from .registry import kind_of
from .say.phrases import led
from .understand import recent_window
from .understand.outside import intake_asked


def is_crisis_question(text: str, embed) -> bool:
    return is_crisis(text, embed)


def is_medical_question(text: str, embed) -> bool:
    return is_medical(text, embed) and not intake_asked(text)


DOSE_WORDS = re.compile(r"\b(?:per|a|each|every)\s+(?:day|week)\b|\bdaily\b|\bweekly\b", re.I)


def figures_query(question: str, now: datetime, *, recent: bool = True, nth: int = 0) -> Query:
    """What bears on a treatment question: the thing's last 30 days against the 30 days before (recent), else
    its whole history. `nth`: which of the things it names ("a patch for my sugar cravings" names two)."""
    subjects = subjects_in(question)
    filters = Filters(subject=subjects[nth] if len(subjects) > nth else None)
    if not recent:
        query = Query(measure=Measure.COUNT, filters=filters, window=TimeFilter(), text=question)
        return query.with_(kind=kind_of(query))
    window = recent_window(now.date())
    query = Query(
        measure=Measure.COUNT,
        filters=filters,
        window=window,
        comparison=Comparison(Compare.PREVIOUS, window=window_before(window, now.date())),
        # the figures are counts, never rates: "how many a day?" beside a medicine would read as a dose
        text=DOSE_WORDS.sub(" ", question),
    )
    return query.with_(kind=kind_of(query))


def medical_answer(*, user, question: str, embed, now: datetime, computed) -> AnswerPayload:
    """No advice: the reply in the person's language, then their own recent figures (in English, as
    every computed answer is). `computed` is answering.computed_query."""
    nth = 0
    figures = computed(user=user, query=figures_query(question, now), embed=embed, now=now)
    if figures.result.status is Status.NO_SUBJECT_LOGS and len(subjects_in(question)) > 1:
        # the first thing named is often the treatment ("a nicotine patch for my sugar cravings"): the next one
        nth = 1
        figures = computed(user=user, query=figures_query(question, now, nth=nth), embed=embed, now=now)
    recent = figures.result.main["total"] + (figures.result.other or {}).get("total", 0)
    if figures.result.status is not Status.ANSWERED or not recent:
        # Nothing in the last 60 days: the whole history of the same thing is what bears on it, or that there is none.
        query = figures_query(question, now, recent=False, nth=nth)
        figures = computed(user=user, query=query, embed=embed, now=now)
    reply = medical_reply(question)
    own = figures.text if figures.result.status in (Status.ANSWERED, Status.NO_SUBJECT_LOGS) else ""
    text = f"{reply} {led('From your own logs: ', own) if own else ''}".strip()
    return {
        "answer": text,
        "computed": own,
        "safety": "medical",
        "finding": figures.record(),
        "generated": {"kept": [], "dropped": []},
        "context_tokens": 0,
        "sources": {"cravings": figures.result.sources, "markers": []},
    }
