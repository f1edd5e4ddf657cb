"""Which figures each intent needs, from the subject's logs and the baseline (every log in the window)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from .figures import co_days, co_logs, profile, recent_counts, streaks, weekly
from .finding import INTENSITY_POINTS, MIN_DAYS, MIN_PATTERN, MIN_TREND, RECENT_DAYS, TREND_POINTS, Ask


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
