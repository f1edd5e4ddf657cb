"""Computing the answer: the figures that answer the question, over the subject's logs in the window.
Every figure comes from SQL (insights/figures.py); this module decides which ones a question needs."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta

from .figures import STRONG_INTENSITY, co_days, co_logs, profile, recent_counts, streaks, weekly
from .scope import Scope, SubjectMatch
from .timeparse import TimeFilter, span_text, window_before
from .understanding import Question

MIN_PATTERN = 5  # fewer logs than this: report them, claim no pattern
MIN_TREND = 8  # logs in each half before a direction is claimed
MIN_DAYS = 5  # days with and without a thing before an association is claimed
RECENT_DAYS = 30
TREND_POINTS = 10  # percentage points of resisted share that count as a change
INTENSITY_POINTS = 0.5  # points of average intensity that count as a change
DEFAULT_WINDOW = {"overview": RECENT_DAYS, "change": RECENT_DAYS}  # days; other intents read all history


@dataclass
class Finding:
    """What was answered: intent, subject, window, the figures, and how it ended (status)."""

    intent: str
    subject: str | None
    conditions: list[str]
    window: dict
    status: str  # answered | no_logs | no_subject_logs | none_in_window | too_little_data
    total: int
    figures: dict = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Ask:
    """A question with the scopes it is computed over."""

    question: Question
    user_id: int
    now: datetime  # local wall clock
    window: TimeFilter
    scope: Scope  # the subject's logs under the conditions in the window
    base: Scope  # every log in the window

    @property
    def today(self) -> date:
        return self.now.date()


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


def top(rows: list, n: int = 3) -> list[dict]:
    return [{"value": value, "count": count, "resisted": resisted} for value, count, resisted in rows[:n]]


def share(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def peak(rows: list, total: int, baseline_rows: list, baseline_total: int) -> dict | None:
    if not rows:
        return None
    value, count, resisted = rows[0]
    base = next((r[1] for r in baseline_rows if r[0] == value), 0)
    return {"value": value, "count": count, "share": share(count, total), "resisted": resisted,
            "baselineShare": share(base, baseline_total)}


# --- per intent: which figures -------------------------------------------------------------------------
def when_figures(ask: Ask, main: dict, base: dict) -> dict:
    return {"daypart": peak(main["dayparts"], main["total"], base["dayparts"], base["total"]),
            "hour": peak(main["hours"], main["total"], base["hours"], base["total"]),
            "weekday": peak(main["weekdays"], main["total"], base["weekdays"], base["total"]),
            "dayparts": top(main["dayparts"], 4)}


def days_figures(ask: Ask, main: dict, base: dict) -> dict:
    weekend = sum(r[1] for r in main["weekdays"] if r[0] >= 6)
    return {"weekdays": top(main["weekdays"], 7), "weekend": weekend,
            "weekendResisted": sum(r[2] for r in main["weekdays"] if r[0] >= 6),
            "weekdayResisted": sum(r[2] for r in main["weekdays"] if r[0] <= 5),
            "weekday": peak(main["weekdays"], main["total"], base["weekdays"], base["total"])}


def breakdown(key: str):
    def figures(ask: Ask, main: dict, base: dict) -> dict:
        return {"top": top(main[key], 3), "withValue": sum(r[1] for r in main[key]) if key in ("triggers", "locations")
                else main["total"]}
    return figures


def count_figures(ask: Ask, main: dict, base: dict) -> dict:
    figures = count_rates(ask, main)
    if not ask.window.explicit:
        figures["last30"], figures["previous30"] = recent_counts(ask.scope, ask.now, RECENT_DAYS)
    return figures


def intensity_figures(ask: Ask, main: dict, base: dict) -> dict:
    return {"average": main["intensity"], "baselineAverage": base["intensity"], "strong": main["strong"],
            "strongShare": share(main["strong"], main["total"]), "strongest": main["strongest"]}


def trend_figures(ask: Ask, main: dict, base: dict) -> dict:
    data = weekly(ask.scope)
    halves = {("later" if later else "earlier"): {"count": n, "resisted": r, "resistedShare": share(r, n),
                                                  "intensity": float(i), "from": lo, "to": hi}
              for later, n, r, i, lo, hi in data["halves"]}
    figures = {"halves": halves, "intensitySlopePerWeek": data["intensitySlope"] and float(data["intensitySlope"]),
               "resistanceSlopePerWeek": data["resistanceSlope"] and float(data["resistanceSlope"]),
               "weeks": len(data["weeks"])}
    earlier, later = halves.get("earlier"), halves.get("later")
    if not (earlier and later and earlier["count"] >= MIN_TREND and later["count"] >= MIN_TREND):
        figures["resisting"] = figures["intensityDirection"] = "unknown"
        return figures
    gap = later["resistedShare"] - earlier["resistedShare"]
    figures["resisting"] = "more" if gap >= TREND_POINTS else "less" if gap <= -TREND_POINTS else "same"
    step = later["intensity"] - earlier["intensity"]
    figures["intensityDirection"] = ("weaker" if step <= -INTENSITY_POINTS else
                                     "stronger" if step >= INTENSITY_POINTS else "same")
    return figures


def local_days(start: datetime, end: datetime) -> int:
    """Whole local days a window touches (today counts as a day)."""
    return max((end - timedelta(microseconds=1)).date().toordinal() - start.date().toordinal() + 1, 1)


def change_figures(ask: Ask, main: dict, base: dict) -> dict:
    compare = ask.window.compare
    window = ask.window
    # default_window gives a change question two closed windows: this one and the one it is compared with.
    assert compare and compare.start and compare.end and window.start and window.end
    before = profile(replace(ask.scope, start=compare.start, end=compare.end))
    days_now, days_then = local_days(window.start, window.end), local_days(compare.start, compare.end)
    now_topics = {t: n for t, n, _ in main["topics"]}
    then_topics = {t: n for t, n, _ in before["topics"]}
    return {
        "compareLabel": compare.label, "compareTotal": before["total"], "compareResisted": before["resisted"],
        "compareIntensity": before["intensity"], "intensity": main["intensity"],
        "days": days_now, "compareDays": days_then, "sameLength": days_now == days_then,
        "perDay": f"{main['total'] / days_now:.1f}", "comparePerDay": f"{before['total'] / days_then:.1f}",
        "appeared": sorted(([t, n] for t, n in now_topics.items() if t != "other" and n >= 2
                            and then_topics.get(t, 0) == 0), key=lambda x: -x[1]),
        "vanished": sorted(([t, n] for t, n in then_topics.items() if t != "other" and n >= 2
                            and now_topics.get(t, 0) == 0), key=lambda x: -x[1]),
        "topTrigger": main["triggers"][0][0] if main["triggers"] else None,
        "compareTopTrigger": before["triggers"][0][0] if before["triggers"] else None,
    }


def last_figures(ask: Ask, main: dict, base: dict) -> dict:
    last_30, previous_30 = recent_counts(ask.scope, ask.now, RECENT_DAYS)
    last = main["recent"][0] if main["recent"] else None
    return {"last": ({"at": last[0], "description": last[1], "daysAgo": (ask.today - datetime.fromisoformat(
        last[0]).date()).days} if last else None), "last30": last_30, "previous30": previous_30}


def association_figures(ask: Ask, main: dict, base: dict, match_a, match_b) -> dict:
    other = ask.question.other
    assert other is not None, "an association question always names the other thing"
    if other.kind == "subject" and match_a is not None:
        data = co_days(ask.base, match_a, match_b)
        rate_with = data["aOnDaysWith"] / data["daysWith"] if data["daysWith"] else 0.0
        rate_without = data["aOnDaysWithout"] / data["daysWithout"] if data["daysWithout"] else 0.0
        enough = data["daysWith"] >= MIN_DAYS and data["daysWithout"] >= MIN_DAYS and (
            data["aOnDaysWith"] + data["aOnDaysWithout"]) >= MIN_PATTERN
        return {"kind": "days", **data, "rateWith": round(rate_with, 1), "rateWithout": round(rate_without, 1),
                "lift": round(rate_with / rate_without, 1) if rate_without else None, "enough": enough}
    data = co_logs(ask.base, match_a, other, match_b)
    enough = data["a"] >= MIN_PATTERN and (data["other"] >= MIN_PATTERN or match_a is None)
    return {"kind": "logs", **data, "shareWith": share(data["aWith"], data["a"]),
            "otherShareWith": share(data["otherWith"], data["other"]),
            "resistedShareWith": share(data["resistedWith"], data["aWith"]),
            "resistedShareWithout": share(data["resistedWithout"], data["a"] - data["aWith"]), "enough": enough}


def helps_figures(ask: Ask, main: dict, base: dict) -> dict:
    overall = share(main["resisted"], main["total"])
    options = []
    for kind in ("topics", "dayparts", "locations", "people", "emotions", "triggers"):
        for value, count, resisted in main[kind]:
            if count >= MIN_PATTERN and value != "other":
                options.append({"kind": kind, "value": value, "count": count, "resisted": resisted,
                                "share": share(resisted, count)})
    situations = [o for o in options if o["kind"] != "topics"]  # what helps is a time, place, company or feeling
    best = one_per_kind(sorted((o for o in situations if o["share"] >= overall + TREND_POINTS),
                               key=lambda o: (-o["share"], -o["count"])))
    worst = one_per_kind(sorted((o for o in situations if o["share"] <= overall - TREND_POINTS),
                                key=lambda o: (o["share"], -o["count"])))
    by_topic = sorted((o for o in options if o["kind"] == "topics"), key=lambda o: (o["share"], -o["count"]))
    return {"overall": overall, "best": best[:2], "worst": worst[:2], "topics": by_topic}


def one_per_kind(options: list[dict]) -> list[dict]:
    """The strongest of each kind (a time, a place, company...), so two triggers don't crowd out the rest."""
    seen: set[str] = set()
    out = []
    for option in options:
        if option["kind"] not in seen:
            seen.add(option["kind"])
            out.append(option)
    return out


def overview_figures(ask: Ask, main: dict, base: dict) -> dict:
    figures = {"topics": [[t, n] for t, n, _ in main["topics"] if t != "other"][:3],
               "daypart": peak(main["dayparts"], main["total"], base["dayparts"], base["total"]),
               "trigger": top(main["triggers"], 1)[0] if main["triggers"] else None,
               "emotion": top(main["emotions"], 1)[0] if main["emotions"] else None}
    if main["total"] >= 2 * MIN_TREND:
        trend = trend_figures(ask, main, base)
        figures["resisting"] = trend["resisting"]
        figures["halves"] = trend["halves"]
    return figures


def why_figures(ask: Ask, main: dict, base: dict) -> dict:
    return {**when_figures(ask, main, base), "trigger": top(main["triggers"], 2), "emotion": top(main["emotions"], 2),
            "location": top(main["locations"], 1), "people": top(main["people"], 1),
            "weekend": sum(r[1] for r in main["weekdays"] if r[0] >= 6)}


def streak_figures(ask: Ask, main: dict, base: dict) -> dict:
    return streaks(ask.scope, ask.today)


def count_rates(ask: Ask, main: dict) -> dict:
    """Per day and per week over the window's whole local days (or since the first log)."""
    start = ask.window.start or (datetime.fromisoformat(main["first"]) if main["first"] else ask.now)
    end = ask.window.end or ask.now
    days = max((end - timedelta(microseconds=1)).date().toordinal() - start.date().toordinal() + 1, 1)
    return {"days": days, "perDay": f"{main['total'] / days:.1f}", "perWeek": f"{7 * main['total'] / days:.1f}"}


FIGURES = {
    "when": when_figures, "days": days_figures, "triggers": breakdown("triggers"), "emotions": breakdown("emotions"),
    "where": breakdown("locations"), "who": breakdown("people"), "count": count_figures,
    "intensity": intensity_figures, "trend": trend_figures, "change": change_figures, "last": last_figures,
    "helps": helps_figures, "overview": overview_figures, "why": why_figures, "streak": streak_figures,
}
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
