"""Computing the answer: the figures that answer the question, over the subject's logs in the window.
Every figure comes from SQL (insights/figures.py); this module decides which ones a question needs."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from .figures import STRONG_INTENSITY, profile
from .finding import DEFAULT_WINDOW, MIN_PATTERN, Ask, Finding
from .findings_by_intent import FIGURES, association_figures, last_figures, peak, share
from .scope import Scope, SubjectMatch
from .timeparse import TimeFilter, window_before
from .timewords import span_text
from .understanding import Question


def default_window(question: Question, now: datetime, first_log: datetime | None) -> TimeFilter:
    """The window a question that names none is about: recent for overviews and changes, else everything.
    A change question that names one window is compared with the stretch before it."""
    tf = question.time
    if tf.explicit:
        if question.intent == "change" and tf.compare is None:
            return replace(tf, compare=window_before(tf, now.date()))
        return tf
    today = now.date()
    days = DEFAULT_WINDOW.get(question.intent) if not (question.intent == "overview" and question.subject) else None
    if days:
        first = today - timedelta(days=days - 1)
        label = f"the last {days} days ({span_text(first, today, today)})"
        start, end = datetime.combine(first, datetime.min.time()), datetime.combine(today + timedelta(days=1),
                                                                                     datetime.min.time())
        if question.intent == "change":
            before = first - timedelta(days=days)
            compare = TimeFilter(start=datetime.combine(before, datetime.min.time()), end=start,
                                 hours=tf.hours, weekdays=tf.weekdays,
                                 label=f"the {days} days before ({span_text(before, first - timedelta(days=1), today)})")
            return TimeFilter(start=start, end=end, hours=tf.hours, weekdays=tf.weekdays, label=label, compare=compare,
                              filters=tf.filters)
        return TimeFilter(start=start, end=end, hours=tf.hours, weekdays=tf.weekdays, label=label, filters=tf.filters)
    since = f"since {span_text(first_log.date(), first_log.date(), today)}" if first_log else ""
    return TimeFilter(hours=tf.hours, weekdays=tf.weekdays, label=f"all your logs{' ' + since if since else ''}",
                      filters=tf.filters)


def scopes(question: Question, user_id: int, window: TimeFilter, match: SubjectMatch | None,
           condition_matches: list[SubjectMatch | None]) -> tuple[Scope, Scope]:
    if question.intent == "days":  # "are weekends worse?" asks about the days: it does not filter them
        window = replace(window, weekdays=frozenset())
    base = Scope(user_id=user_id, start=window.start, end=window.end, hours=window.hours, weekdays=window.weekdays)
    scope = Scope(user_id=user_id, start=window.start, end=window.end, hours=window.hours, weekdays=window.weekdays,
                  subject=match, conditions=tuple(zip(question.conditions, condition_matches, strict=True)))
    return scope, base


NEEDS_PATTERN = {"when", "days", "triggers", "emotions", "where", "who", "trend", "helps", "why", "association",
                 "intensity"}


def compute(*, question: Question, user_id: int, now: datetime, match: SubjectMatch | None,
            condition_matches: list[SubjectMatch | None], other_match: SubjectMatch | None) -> Finding:
    """`now` is the user's local wall-clock time; the matches carry the subject words' embeddings."""
    everything = profile(Scope(user_id=user_id))
    first = datetime.fromisoformat(everything["first"]) if everything["first"] else None
    window = default_window(question, now, first)
    scope, base_scope = scopes(question, user_id, window, match, condition_matches)
    if question.strongest and question.intent != "intensity":
        scope = replace(scope, min_intensity=STRONG_INTENSITY)
    ask = Ask(question, user_id, now, window, scope, base_scope)
    finding = Finding(intent=question.intent, subject=question.subject.label if question.subject else None,
                      conditions=[c.label for c in question.conditions], window=window.as_dict(), status="answered",
                      total=0)
    if not everything["total"]:
        finding.status = "no_logs"
        return finding
    if match is not None:
        ever = profile(Scope(user_id=user_id, subject=match))
        if not ever["total"]:
            finding.status = "no_subject_logs"
            return finding
        finding.figures["everTotal"] = ever["total"]
    main, base = profile(scope), profile(base_scope)
    finding.total, finding.sources = main["total"], main["ids"]
    finding.figures.update({"resisted": main["resisted"], "resistedShare": share(main["resisted"], main["total"]),
                            "intensity": main["intensity"], "baselineTotal": base["total"],
                            "first": main["first"], "last": main["last"], "recent": main["recent"]})
    if question.intent == "count" and other_match is not None:
        other = profile(replace(scope, subject=other_match))
        finding.figures["other"] = {"subject": other_match.subject.label, "total": other["total"],
                                    "resisted": other["resisted"]}
    if question.intent == "association" and question.other is not None:
        finding.figures.update(association_figures(ask, main, base, match, other_match))
        if not finding.figures["enough"]:
            finding.status = "too_little_data"
        return finding
    if question.intent == "last":
        if not window.explicit:
            ask = replace(ask, scope=scope.all_time())
        finding.figures.update(last_figures(ask, profile(ask.scope), base))
        return finding
    if not main["total"] and question.intent != "change":
        finding.status = "none_in_window"
        if match is not None or question.conditions:
            finding.figures.update(last_figures(ask, profile(scope.all_time()), base))
        if window.hours or window.weekdays:  # nothing at that time: say when they do come
            unfiltered = replace(scope, hours=frozenset(), weekdays=frozenset())
            other = profile(unfiltered)
            if other["total"]:
                finding.figures["withoutFilter"] = {"total": other["total"], "daypart": peak(
                    other["dayparts"], other["total"], base["dayparts"], base["total"])}
        return finding
    if question.intent in NEEDS_PATTERN and main["total"] < MIN_PATTERN:
        finding.status = "too_little_data"
    finding.figures.update(FIGURES[question.intent](ask, main, base))
    return finding
