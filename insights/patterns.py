"""Patterns stated as associations in the user's own logs, only with enough data behind them.
Works on the aggregates analytics already computed; never on raw rows, never as a cause or advice."""

from __future__ import annotations

from cravings.vocabulary import DAYPARTS

from .payloads import Analytics

MIN_CRAVINGS = 20  # below this, nothing is claimed
MIN_GROUP = 8  # a value must appear this often before it is compared with the rest
MIN_RATE_GAP = 15.0  # percentage points between a group's resisted rate and the overall one
MIN_SHARE_LIFT = 1.5  # a time bucket must hold this many times its expected share

KIND_LABEL = {
    "emotions": "while feeling {v}",
    "triggers": "with the trigger “{v}”",
    "locations": "at {v}",
    "people": "with {v}",
}


def daypart_patterns(heatmap: list[dict], total: int) -> list[dict]:
    found = []
    for part in DAYPARTS:
        name, span = part.name, part.span
        count = sum(cell["count"] for cell in heatmap if cell["hour"] in part.hours)
        share = count / total
        if count >= MIN_GROUP and share >= MIN_SHARE_LIFT * len(part.hours) / 24:
            found.append(
                {
                    "kind": "time_of_day",
                    "value": name,
                    "support": count,
                    "share": round(100 * share, 1),
                    "statement": f"{round(100 * share)}% of your cravings in this period were logged in the "
                    f"{name} ({span}), more than that time of day's share of the clock.",
                }
            )
    weekend = sum(cell["count"] for cell in heatmap if cell["weekday"] >= 6)
    if weekend >= MIN_GROUP and weekend / total >= MIN_SHARE_LIFT * 2 / 7:
        found.append(
            {
                "kind": "weekday",
                "value": "weekend",
                "support": weekend,
                "share": round(100 * weekend / total, 1),
                "statement": f"{round(100 * weekend / total)}% of your cravings fell on weekends, "
                f"which are 29% of the week.",
            }
        )
    return found


def resisted_rate_patterns(frequencies: dict, overall_rate: float) -> list[dict]:
    found = []
    for kind, rows in frequencies.items():
        for row in rows:
            gap = row["resistedRate"] - overall_rate
            if row["count"] < MIN_GROUP or abs(gap) < MIN_RATE_GAP:
                continue
            label = "alone" if row["value"] == "Alone" else KIND_LABEL[kind].format(v=row["value"])
            direction = "more" if gap > 0 else "less"
            found.append(
                {
                    "kind": f"resistance_by_{kind.rstrip('s')}",
                    "value": row["value"],
                    "support": row["count"],
                    "resistedRate": row["resistedRate"],
                    "statement": f"Cravings logged {label} were resisted {direction} often: "
                    f"{row['resistedRate']:.0f}% of {row['count']}, vs {overall_rate:.0f}% overall.",
                }
            )
    return found


def trend_pattern(trend: dict) -> list[dict]:
    slope, r2, n = trend.get("slopePerWeek"), trend.get("r2"), trend.get("n") or 0
    if slope is None or n < MIN_CRAVINGS or r2 is None or float(r2) < 0.1 or abs(float(slope)) < 0.05:
        return []
    slope = float(slope)
    direction = "decreased" if slope < 0 else "increased"
    return [
        {
            "kind": "intensity_trend",
            "value": direction,
            "support": n,
            "slopePerWeek": slope,
            "statement": f"Craving intensity {direction} by about {abs(slope):.2f} points per week over this period.",
        }
    ]


def detect_patterns(analytics: Analytics) -> tuple[list[dict], str]:
    total = analytics["totalCravings"]
    if total < MIN_CRAVINGS:
        return [], f"Patterns appear once there are at least {MIN_CRAVINGS} cravings in the period ({total} so far)."
    patterns = (
        daypart_patterns(analytics["heatmap"], total)
        + resisted_rate_patterns(analytics["frequencies"], analytics["successRate"] or 0.0)  # set: total > 0
        + trend_pattern(analytics["intensityTrend"])
    )
    patterns.sort(key=lambda p: p["support"], reverse=True)
    return patterns, "Associations in your own logs, not causes and not medical advice."
