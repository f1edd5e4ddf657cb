"""A user's craving analytics in one database round trip: every figure is an aggregate computed by
PostgreSQL over that user's rows, bucketed by the local time each craving was logged in."""

from __future__ import annotations

import json
from datetime import date, timedelta

from django.db import connection

from cravings.vocabulary import RESISTED_SQL

from .patterns import detect_patterns
from .payloads import Analytics
from .periods import Window


def local_ts(alias: str = "") -> str:
    """The wall-clock time a craving was logged at, from its own UTC offset: one SQL expression for
    analytics, markers and answers (`alias` is the table's, e.g. "c.")."""
    return f"(({alias}occurred_at AT TIME ZONE 'UTC') + make_interval(mins => {alias}utc_offset_minutes))"


LOCAL_TS = local_ts()

# The user's rows in the window, with the wall-clock time they were logged at.
BASE = f"""
WITH w AS (
    SELECT intensity, resistance, emotions, people, location, occurred_at,
           lower(btrim(trigger)) AS trigger, {RESISTED_SQL} AS resisted,
           {LOCAL_TS} AS local_ts
    FROM cravings_craving
    WHERE user_id = %(user_id)s AND occurred_at >= %(low)s AND occurred_at < %(high)s
      AND {LOCAL_TS}::date
          BETWEEN %(start)s AND %(end)s
)
"""


def frequency(source: str, value: str) -> str:
    return f"""(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n, 'resistedRate', r)
                                 ORDER BY n DESC, v), '[]')
               FROM (SELECT {value} AS v, count(*) AS n,
                            round(100.0 * count(*) FILTER (WHERE resisted) / count(*), 1) AS r
                     FROM {source} GROUP BY 1 ORDER BY n DESC, v LIMIT 20) s)"""


PARTS = {
    "summary": """(SELECT json_build_object(
            'totalCravings', count(*),
            'averageIntensity', round(avg(intensity)::numeric, 2),
            'averageResistance', round(avg(resistance)::numeric, 2),
            'totalResisted', count(*) FILTER (WHERE resisted)) FROM w)""",
    "cravingsByDate": """(SELECT coalesce(json_object_agg(d, n ORDER BY d), '{}')
            FROM (SELECT to_char(local_ts, 'YYYY-MM-DD') AS d, count(*) AS n FROM w GROUP BY 1) s)""",
    "heatmap": """(SELECT coalesce(json_agg(json_build_object('weekday', wd, 'hour', h, 'count', n)
                                            ORDER BY wd, h), '[]')
            FROM (SELECT extract(isodow FROM local_ts)::int AS wd, extract(hour FROM local_ts)::int AS h,
                         count(*) AS n FROM w GROUP BY 1, 2) s)""",
    # Least squares over every craving (not first week vs last week): points per week.
    "trend": """(SELECT json_build_object(
            'slopePerWeek', round(regr_slope(intensity, extract(epoch FROM occurred_at) / 604800)::numeric, 3),
            'resistanceSlopePerWeek',
                round(regr_slope(resistance, extract(epoch FROM occurred_at) / 604800)::numeric, 3),
            'r2', round(regr_r2(intensity, extract(epoch FROM occurred_at))::numeric, 3),
            'n', regr_count(intensity, extract(epoch FROM occurred_at))) FROM w)""",
    "weekly": """(SELECT coalesce(json_agg(json_build_object('week', wk, 'count', n, 'averageIntensity', ai,
                                                     'averageResistance', ar) ORDER BY wk), '[]')
            FROM (SELECT to_char(date_trunc('week', local_ts), 'YYYY-MM-DD') AS wk, count(*) AS n,
                         round(avg(intensity)::numeric, 2) AS ai, round(avg(resistance)::numeric, 2) AS ar
                  FROM w GROUP BY 1) s)""",
    "triggers": frequency("w WHERE trigger <> ''", "trigger"),
    "emotions": frequency("w, unnest(w.emotions) AS e", "e"),
    "locations": frequency("w WHERE location <> ''", "location"),
    "people": frequency("w, unnest(w.people) AS p", "p"),
    # Runs of consecutive resisted cravings (gaps and islands), and of consecutive days with a log.
    "resistRuns": """(SELECT json_build_object('longest', coalesce(max(len) FILTER (WHERE resisted), 0),
                                                'current', coalesce(max(len) FILTER (WHERE resisted AND last), 0))
            FROM (SELECT resisted, count(*) AS len, bool_or(rn = total) AS last
                  FROM (SELECT resisted, rn, total,
                               rn - row_number() OVER (PARTITION BY resisted ORDER BY rn) AS grp
                        FROM (SELECT resisted, row_number() OVER (ORDER BY occurred_at) AS rn,
                                     count(*) OVER () AS total FROM w) a) b
                  GROUP BY resisted, grp) runs)""",
    "dayRuns": """(SELECT json_build_object('longest', coalesce(max(len), 0),
                                             'current', coalesce(max(len) FILTER (WHERE last_day = %(end)s), 0))
            FROM (SELECT count(*) AS len, max(d) AS last_day
                  FROM (SELECT d, d - (row_number() OVER (ORDER BY d))::int AS grp
                        FROM (SELECT DISTINCT local_ts::date AS d FROM w) days) g
                  GROUP BY grp) runs)""",
}

QUERY = BASE + "SELECT json_build_object(" + ", ".join(f"'{name}', {sql}" for name, sql in PARTS.items()) + ")"


def craving_analytics(*, user, window: Window) -> Analytics:
    low, high = window.utc_bounds
    with connection.cursor() as cursor:
        cursor.execute(QUERY, {"user_id": user.id, "low": low, "high": high, "start": window.start, "end": window.end})
        raw = cursor.fetchone()[0]
    data = raw if isinstance(raw, dict) else json.loads(raw)
    summary = data["summary"]
    total = summary["totalCravings"]
    result: Analytics = {
        "period": {
            "label": window.label,
            "start": window.start.isoformat(),
            "end": window.end.isoformat(),
            "timezone": window.timezone,
        },
        "totalCravings": total,
        # No cravings: no average and no rate (null), not a 0 that reads as "never resisted".
        "averageIntensity": _number(summary["averageIntensity"]),
        "averageResistance": _number(summary["averageResistance"]),
        "totalResisted": summary["totalResisted"],
        "successRate": round(100 * summary["totalResisted"] / total, 1) if total else None,
        "cravingsByDate": data["cravingsByDate"],
        "heatmap": data["heatmap"],
        "intensityTrend": {**data["trend"], "weekly": [_mark_partial(week, window) for week in data["weekly"]]},
        "frequencies": {k: data[k] for k in ("triggers", "emotions", "locations", "people")},
        "streaks": {"resisted": data["resistRuns"], "loggingDays": data["dayRuns"]},
        "patterns": [],
        "patternsNote": "",
    }
    result["patterns"], result["patternsNote"] = detect_patterns(result)
    return result


def _number(value) -> float | None:
    return None if value is None else float(value)


def _mark_partial(week: dict, window: Window) -> dict:
    """A week the period cuts (this week so far, or the first week's tail) must not read as a full week. A week
    whose Sunday is today is not over either."""
    monday = date.fromisoformat(week["week"])
    sunday = monday + timedelta(days=6)
    not_over = window.today is not None and sunday >= window.today
    return {**week, "partial": monday < window.start or sunday > window.end or not_over}
