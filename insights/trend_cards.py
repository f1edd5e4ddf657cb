"""The trends page's headline cards, in the app's words: what a figure means, not how it was computed."""

from __future__ import annotations

from datetime import date

from .payloads import Analytics
from .periods import PERIOD_DAYS

PERIOD_NAMES = {"7d": "7 days", "1m": "30 days", "3m": "3 months", "1y": "year"}  # "in the last ..."
# A direction needs logs spread over time: a slope from one week of logs is mostly noise.
MIN_TREND_LOGS = 10
MIN_TREND_DAYS = 14
STEADY_PER_WEEK = 0.1  # points of intensity (0-10): less than this a week reads as steady


def intensity_direction(analytics: Analytics, period: str) -> str:
    trend = analytics["intensityTrend"]
    slope, n = trend.get("slopePerWeek"), trend.get("n") or 0
    if n < MIN_TREND_LOGS or PERIOD_DAYS.get(period, 0) < MIN_TREND_DAYS or slope is None:
        return "Too few logs over time to see a direction yet."
    if abs(slope) < STEADY_PER_WEEK:
        return "About steady over this period."
    word = "Easing" if slope < 0 else "Rising"
    return f"{word}: about {abs(slope):.1f} {'lower' if slope < 0 else 'higher'} each week."


def cards(analytics: Analytics, period: str) -> list[dict[str, str]]:
    """Four cards: a title, the big figure with its unit, and one plain line under it."""
    total = analytics["totalCravings"]
    resisted = analytics["totalResisted"]
    runs = analytics["streaks"]["resisted"]
    average = analytics["averageIntensity"]
    if runs["current"]:
        run_line = f"{runs['current']} in a row right now."
    elif runs["longest"]:
        run_line = "Your next resisted craving starts a new run."
    else:
        run_line = "Resisting one craving starts a run."
    return [
        {
            "title": "Cravings logged",
            "figure": str(total),
            "unit": "",
            "line": f"In the last {PERIOD_NAMES.get(period, 'period')}.",
        },
        {
            "title": "Resisted",
            "figure": str(resisted),
            "unit": f"of {total}",
            "line": f"{round(analytics['successRate'] or 0)}% logged with confidence to resist above 7."
            if total
            else "Logged with confidence to resist above 7.",
        },
        {
            "title": "Average intensity",
            "figure": f"{average:.1f}" if average is not None else "–",
            "unit": "/ 10",
            "line": intensity_direction(analytics, period),
        },
        {"title": "Best run resisted", "figure": str(runs["longest"]), "unit": "in a row", "line": run_line},
    ]


def period_text(analytics: Analytics) -> str:
    start, end = (date.fromisoformat(analytics["period"][k]) for k in ("start", "end"))
    first = f"{start.day} {start:%b}" + (f" {start.year}" if start.year != end.year else "")
    return f"{first} – {end.day} {end:%b} {end.year}"
