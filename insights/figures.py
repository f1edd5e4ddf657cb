"""The figures an answer states, each computed by PostgreSQL over the logs a Scope selects."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from django.db import connection

from cravings.vocabulary import RESISTED_SQL, daypart_sql

from .scope import LOCAL_TS, Scope, SubjectMatch, condition_sql, subject_sql, topic_case, where
from .understanding import Condition

STRONG_INTENSITY = 8  # "strong" cravings: 8 of 10 or more

ROWS = f"""SELECT c.uuid::text AS uuid, c.intensity, c.resistance, c.emotions, c.people, c.location, c.description,
                  lower(btrim(c.trigger)) AS trigger, ({RESISTED_SQL.replace("resistance", "c.resistance")}) AS resisted,
                  {LOCAL_TS} AS local_ts, {{topic}} AS topic {{extra}}
           FROM cravings_craving c WHERE {{where}}"""


def by(column: str) -> str:
    """[value, count, resisted] per value, most frequent first."""
    return f"""(SELECT coalesce(json_agg(json_build_array(v, n, r) ORDER BY n DESC, v), '[]') FROM
                (SELECT {column} AS v, count(*) AS n, count(*) FILTER (WHERE resisted) AS r FROM {{source}}
                 GROUP BY 1) x)"""


PROFILE = {
    "total": "(SELECT count(*) FROM s)",
    "resisted": "(SELECT count(*) FILTER (WHERE resisted) FROM s)",
    "intensity": "(SELECT round(avg(intensity)::numeric, 1) FROM s)",
    "resistance": "(SELECT round(avg(resistance)::numeric, 1) FROM s)",
    "strong": f"(SELECT count(*) FILTER (WHERE intensity >= {STRONG_INTENSITY}) FROM s)",
    "first": "(SELECT min(local_ts) FROM s)",
    "last": "(SELECT max(local_ts) FROM s)",
    "days": "(SELECT count(DISTINCT local_ts::date) FROM s)",
    "dayparts": by(daypart_sql("extract(hour FROM local_ts)::int")).replace("{source}", "s"),
    "weekdays": by("extract(isodow FROM local_ts)::int").replace("{source}", "s"),
    "hours": by("extract(hour FROM local_ts)::int").replace("{source}", "s"),
    "locations": by("location").replace("{source}", "s WHERE location <> ''"),
    "people": by("p").replace("{source}", "s, unnest(s.people) AS p"),
    "emotions": by("e").replace("{source}", "s, unnest(s.emotions) AS e"),
    "triggers": by("trigger").replace("{source}", "s WHERE trigger <> ''"),
    "topics": by("topic").replace("{source}", "s"),
    "strongest": """(SELECT json_build_array(local_ts, description, intensity, resisted) FROM s
                     ORDER BY intensity DESC, local_ts DESC LIMIT 1)""",
    "ids": """(SELECT coalesce(json_agg(uuid ORDER BY local_ts DESC), '[]')
               FROM (SELECT uuid, local_ts FROM s ORDER BY local_ts DESC LIMIT 20) x)""",
    "recent": """(SELECT coalesce(json_agg(json_build_array(local_ts, description, intensity, resisted, trigger,
                                                              location, people, emotions) ORDER BY local_ts DESC), '[]')
                  FROM (SELECT * FROM s ORDER BY local_ts DESC LIMIT 5) x)""",
}


def run(sql: str, params: dict):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        value = cursor.fetchone()[0]
    return value if not isinstance(value, str) else json.loads(value)


def rows_sql(scope: Scope, params: dict, extra: str = "") -> str:
    topic, topic_params = topic_case(scope.user_id)
    params.update(topic_params)
    return ROWS.format(topic=topic, extra=extra, where=where(scope, params))


def profile(scope: Scope) -> dict:
    """Counts, rates and breakdowns of the scope's logs, in one statement."""
    params: dict = {}
    body = ", ".join(f"'{name}', {sql}" for name, sql in PROFILE.items())
    data = run(f"WITH s AS ({rows_sql(scope, params)}) SELECT json_build_object({body})", params)
    for key in ("intensity", "resistance"):
        data[key] = float(data[key]) if data[key] is not None else None
    return data


def weekly(scope: Scope) -> dict:
    """Per-week series and least-squares slopes (per week) of intensity, resistance and the resisted share;
    plus the earlier and later half of the logs' time span, for a plain before/after."""
    params: dict = {}
    return run(
        f"""
        WITH s AS ({rows_sql(scope, params)}),
             b AS (SELECT min(local_ts) AS lo, max(local_ts) AS hi FROM s),
             h AS (SELECT s.*, (local_ts >= b.lo + (b.hi - b.lo) / 2) AS later FROM s, b)
        SELECT json_build_object(
          'weeks', (SELECT coalesce(json_agg(json_build_array(w, n, r, i) ORDER BY w), '[]') FROM
                    (SELECT date_trunc('week', local_ts)::date AS w, count(*) AS n,
                            count(*) FILTER (WHERE resisted) AS r, round(avg(intensity)::numeric, 1) AS i
                     FROM s GROUP BY 1) x),
          'intensitySlope', (SELECT round(regr_slope(intensity, extract(epoch FROM local_ts) / 604800)::numeric, 3)
                             FROM s),
          'resistanceSlope', (SELECT round(regr_slope(resistance, extract(epoch FROM local_ts) / 604800)::numeric, 3)
                              FROM s),
          'halves', (SELECT coalesce(json_agg(json_build_array(later, n, r, i, lo, hi) ORDER BY later), '[]') FROM
                     (SELECT later, count(*) AS n, count(*) FILTER (WHERE resisted) AS r,
                             round(avg(intensity)::numeric, 1) AS i, min(local_ts) AS lo, max(local_ts) AS hi
                      FROM h GROUP BY 1) x))""",
        params,
    )


def co_days(base: Scope, a: SubjectMatch, b: SubjectMatch) -> dict:
    """Day by day (days with any log in the window): how many `a` logs on days with and without a `b` log."""
    params: dict = {}
    extra = (
        f", {subject_sql(a, 'a', params, base.user_id)} AS is_a, {subject_sql(b, 'b', params, base.user_id)} AS is_b"
    )
    return run(
        f"""
        WITH s AS ({rows_sql(base, params, extra)}),
             d AS (SELECT local_ts::date AS day, count(*) FILTER (WHERE is_a) AS a, bool_or(is_b) AS b
                   FROM s GROUP BY 1)
        SELECT json_build_object(
          'daysWith', count(*) FILTER (WHERE b), 'daysWithout', count(*) FILTER (WHERE NOT b),
          'aOnDaysWith', coalesce(sum(a) FILTER (WHERE b), 0), 'aOnDaysWithout', coalesce(sum(a) FILTER (WHERE NOT b), 0))
        FROM d""",
        params,
    )


def co_logs(base: Scope, a: SubjectMatch | None, condition: Condition, match: SubjectMatch | None) -> dict:
    """Log by log: how many `a` logs (or all logs) were under the condition, against the other logs."""
    params: dict = {}
    is_a = subject_sql(a, "a", params, base.user_id) if a else "true"
    extra = f", {is_a} AS is_a, {condition_sql(condition, match, 'cond', params, base.user_id)} AS is_c"
    return run(
        f"""
        WITH s AS ({rows_sql(base, params, extra)})
        SELECT json_build_object(
          'a', count(*) FILTER (WHERE is_a), 'aWith', count(*) FILTER (WHERE is_a AND is_c),
          'other', count(*) FILTER (WHERE NOT is_a), 'otherWith', count(*) FILTER (WHERE NOT is_a AND is_c),
          'resistedWith', count(*) FILTER (WHERE is_a AND is_c AND resisted),
          'resistedWithout', count(*) FILTER (WHERE is_a AND NOT is_c AND resisted))
        FROM s""",
        params,
    )


def recent_counts(scope: Scope, now: datetime, days: int = 30) -> tuple[int, int]:
    """Logs in the last `days` local days (today included) and in the `days` before those."""
    today = datetime.combine(now.date(), datetime.min.time())
    params: dict = {
        "end": today + timedelta(days=1),
        "cut": today - timedelta(days=days - 1),
        "cut2": today - timedelta(days=2 * days - 1),
    }
    return tuple(
        run(
            f"""
        WITH s AS ({rows_sql(scope.all_time(), params)})
        SELECT json_build_array(count(*) FILTER (WHERE local_ts >= %(cut)s AND local_ts < %(end)s),
                                count(*) FILTER (WHERE local_ts >= %(cut2)s AND local_ts < %(cut)s)) FROM s""",
            params,
        )
    )


def streaks(scope: Scope, today) -> dict:
    """Runs of consecutive resisted cravings (longest, and the one still going), of consecutive local days
    with a log (longest, and the one that reaches today or yesterday), and the longest stretch of days
    without one (days, first and last day of it): gaps and islands."""
    params: dict = {"today": today, "yesterday": today - timedelta(days=1)}
    return run(
        f"""
        WITH s AS ({rows_sql(scope, params)}),
             ordered AS (SELECT resisted, row_number() OVER (ORDER BY local_ts) AS rn, count(*) OVER () AS total FROM s),
             runs AS (SELECT resisted, count(*) AS len, bool_or(rn = total) AS last
                      FROM (SELECT *, rn - row_number() OVER (PARTITION BY resisted ORDER BY rn) AS grp FROM ordered) g
                      GROUP BY resisted, grp),
             days AS (SELECT DISTINCT local_ts::date AS d FROM s),
             day_runs AS (SELECT count(*) AS len, max(d) AS last_day
                          FROM (SELECT d, d - (row_number() OVER (ORDER BY d))::int AS grp FROM days) g GROUP BY grp),
             -- the stretch since the latest log counts too: it runs through today
             gaps AS (SELECT d, coalesce(lead(d) OVER (ORDER BY d), %(today)s::date + 1) AS nxt FROM days)
        SELECT json_build_object(
          'longestGap', (SELECT json_build_array(nxt - d - 1, d + 1, nxt - 1) FROM gaps WHERE nxt IS NOT NULL
                         ORDER BY nxt - d DESC, d DESC LIMIT 1),
          'sinceLast', (SELECT %(today)s::date - max(d) FROM days),
          'longestResisted', (SELECT coalesce(max(len), 0) FROM runs WHERE resisted),
          'currentResisted', (SELECT coalesce(max(len), 0) FROM runs WHERE resisted AND last),
          'longestDays', (SELECT coalesce(max(len), 0) FROM day_runs),
          'currentDays', (SELECT coalesce(max(len), 0) FROM day_runs WHERE last_day >= %(yesterday)s))""",
        params,
    )
