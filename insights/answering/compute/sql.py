"""The SQL a Query runs: one statement for a scope's figures, one for its groups, one for days with and
without a second thing. Rows come from insights/figures.py's per-log select (local time, resisted, topic)."""

from __future__ import annotations

from datetime import date

from cravings.vocabulary import daypart_sql, season_sql
from insights import described
from insights.figures import rows_sql, run
from insights.scope import Scope, SubjectMatch, condition_sql, subject_sql
from insights.understanding import Condition

from ..query import DAY_STARTS_AT_HOUR, STRONG_AT, Group

DAY = f"(local_ts - interval '{DAY_STARTS_AT_HOUR} hours')"
HOUR = "extract(hour FROM local_ts)::int"
MONTH = "extract(month FROM local_ts)::int"
SEASON = season_sql(MONTH)
# Each grouping: (the value of a log, the rows it reads). People and emotions are lists: one row per item.
GROUPS: dict[Group, tuple[str, str]] = {
    Group.HOUR: (HOUR, "s"),
    Group.DAYPART: (daypart_sql(HOUR), "s"),
    Group.WEEKDAY: (f"extract(isodow FROM {DAY})::int", "s"),
    Group.WEEKPART: (f"(CASE WHEN extract(isodow FROM {DAY}) >= 6 THEN 'weekend' ELSE 'weekday' END)", "s"),
    Group.DAY: (f"{DAY}::date::text", "s"),
    Group.WEEK: (f"date_trunc('week', {DAY})::date::text", "s"),
    Group.MONTH: ("to_char(local_ts, 'YYYY-MM')", "s"),
    Group.MONTH_OF_YEAR: (MONTH, "s"),
    Group.SEASON: (SEASON, "s"),
    Group.PLACE: ("location", "s WHERE location <> ''"),
    Group.COMPANY: ("p", "s, unnest(s.people) AS p"),
    Group.EMOTION: ("e", "s, unnest(s.emotions) AS e"),
    Group.TRIGGER: ("trigger", "s WHERE trigger <> ''"),
    Group.SUBJECT: ("topic", "s WHERE topic <> 'other'"),
}

STATS = f"""SELECT json_build_object(
    'total', count(*), 'resisted', count(*) FILTER (WHERE resisted),
    'intensity', round(avg(intensity)::numeric, 1), 'confidence', round(avg(resistance)::numeric, 1),
    'strong', count(*) FILTER (WHERE intensity >= {STRONG_AT}),
    'first', min(local_ts), 'last', max(local_ts), 'days', count(DISTINCT {DAY}::date),
    'ids', (SELECT coalesce(json_agg(uuid ORDER BY local_ts DESC), '[]')
            FROM (SELECT uuid, local_ts FROM s ORDER BY local_ts DESC LIMIT 20) x),
    'recent', (SELECT coalesce(json_agg(json_build_array(local_ts, description, intensity, resisted)
                                        ORDER BY local_ts DESC), '[]')
               FROM (SELECT * FROM s ORDER BY local_ts DESC LIMIT 6) x),
    'earliest', (SELECT json_build_array(local_ts, description) FROM s ORDER BY local_ts LIMIT 1),
    'strongest', (SELECT json_build_array(local_ts, description, intensity) FROM s
                  ORDER BY intensity DESC, local_ts DESC LIMIT 1)) FROM s"""


def stats(scope: Scope) -> dict:
    params: dict = {}
    data = run(f"WITH s AS ({rows_sql(scope, params)}) {STATS}", params)
    for key in ("intensity", "confidence"):
        data[key] = float(data[key]) if data[key] is not None else None
    return data


def groups(scope: Scope, group: Group, south: bool = False) -> list[dict]:
    """Per value of the grouping: count, resisted, mean intensity, first and last local time (south: the
    seasons of the southern hemisphere)."""
    value, source = GROUPS[group]
    if group is Group.SEASON and south:
        value = season_sql(MONTH, south=True)
    params: dict = {}
    rows = run(
        f"""WITH s AS ({rows_sql(scope, params)})
        SELECT coalesce(json_agg(json_build_array(v, n, r, i, lo, hi) ORDER BY n DESC, v), '[]') FROM
          (SELECT {value} AS v, count(*) AS n, count(*) FILTER (WHERE resisted) AS r,
                  round(avg(intensity)::numeric, 1) AS i, min(local_ts) AS lo, max(local_ts) AS hi
           FROM {source} GROUP BY 1) x""",
        params,
    )
    return [
        {"value": v, "count": n, "resisted": r, "intensity": float(i), "first": lo, "last": hi}
        for v, n, r, i, lo, hi in rows
    ]


NUMBER_WORDS = (
    r"\m(one|two|three|un|une|una|uno|um|uma|ein|eine|einen|een|twee|zwei|dos|deux|due|dois|dwa|jeden|jedna)\M"
)


def unnamed(scope: Scope, limit: int = 3) -> list[dict]:
    """The descriptions most logged among the logs that name none of the known things ("zimne piwko"): what
    an answer can point to when the thing asked about matches no log. Ones with digits are left out: the
    answer quoting them would seem to state figures, and so would number words ("one", "un", "ein")."""
    params: dict = {"number_words": NUMBER_WORDS}
    rows = run(
        f"""WITH s AS ({rows_sql(scope, params)})
        SELECT coalesce(json_agg(json_build_array(d, n) ORDER BY n DESC, d), '[]') FROM
          (SELECT lower(description) AS d, count(*) AS n FROM s
           WHERE topic = 'other' AND description <> '' AND description !~ '[0-9]'
             AND description !~* %(number_words)s
           GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {int(limit)}) x""",
        params,
    )
    return [{"value": d, "count": n} for d, n in rows]


def unnamed_counts(user_id: int, words: list[str]) -> dict[str, int]:
    """For each word, how many of the user's logs whose own words name no known thing hold it as a whole word. A
    label such a log took from its neighbours (described.propagated) is a guess: the person's word still names it."""
    params: dict = {"words": words, "named": list(described.entry(user_id)[2])}
    rows = run(
        f"""WITH s AS ({rows_sql(Scope(user_id=user_id), params, extra=", c.id AS id")})
        SELECT coalesce(json_object_agg(w, n), '{{}}') FROM
          (SELECT w, count(*) AS n FROM s, unnest(%(words)s::text[]) AS w
           WHERE NOT (s.id = ANY(%(named)s)) AND s.description ~* ('\\m' || w || '\\M') GROUP BY w) x""",
        params,
    )
    return dict(rows)


def co_days(base: Scope, a: SubjectMatch, b: SubjectMatch, first: date, last: date) -> dict:
    """Every local day first..last: the `a` logs on days with a `b` log against the days without one."""
    params: dict = {"first": first, "last": last}
    extra = (
        f", {subject_sql(a, 'a', params, base.user_id)} AS is_a, {subject_sql(b, 'b', params, base.user_id)} AS is_b"
    )
    return run(
        f"""
        WITH s AS ({rows_sql(base, params, extra)}),
             d AS (SELECT {DAY}::date AS day, count(*) FILTER (WHERE is_a) AS a, bool_or(is_b) AS b FROM s GROUP BY 1),
             cal AS (SELECT g::date AS day FROM generate_series(%(first)s::date, %(last)s::date, '1 day') g),
             j AS (SELECT cal.day, coalesce(d.a, 0) AS a, coalesce(d.b, false) AS b FROM cal LEFT JOIN d USING (day))
        SELECT json_build_object(
          'daysWith', count(*) FILTER (WHERE b), 'daysWithout', count(*) FILTER (WHERE NOT b),
          'daysBoth', count(*) FILTER (WHERE b AND a > 0), 'daysA', count(*) FILTER (WHERE a > 0),
          'aWith', coalesce(sum(a) FILTER (WHERE b), 0), 'aWithout', coalesce(sum(a) FILTER (WHERE NOT b), 0))
        FROM j""",
        params,
    )


def with_without(scope: Scope, condition: Condition, match: SubjectMatch | None) -> dict:
    """The scope's logs under the condition against the rest: count, resisted, mean intensity."""
    params: dict = {}
    extra = f", {condition_sql(condition, match, 'cond', params, scope.user_id)} AS is_c"
    rows = run(
        f"""WITH s AS ({rows_sql(scope, params, extra)})
        SELECT coalesce(json_agg(json_build_array(is_c, n, r, i)), '[]') FROM
          (SELECT coalesce(is_c, false) AS is_c, count(*) AS n, count(*) FILTER (WHERE resisted) AS r,
                  round(avg(intensity)::numeric, 1) AS i FROM s GROUP BY 1) x""",
        params,
    )
    empty: dict = {"total": 0, "resisted": 0, "intensity": None}
    out = {"with": dict(empty), "without": dict(empty)}
    for is_c, n, r, i in rows:
        out["with" if is_c else "without"] = {"total": n, "resisted": r, "intensity": float(i)}
    return out
