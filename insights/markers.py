"""Time compression: per-user weekly and monthly trend markers (counts, intensity, resisted rate, top
triggers and emotions, time-of-day peak, change vs the previous period), computed by SQL aggregates,
written only where the underlying rows changed, then embedded for retrieval."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from django.db import connection, transaction

from cravings.vocabulary import RESISTED_SQL, daypart_sql

from .analytics import LOCAL_TS
from .models import TrendMarker

DAYPART = daypart_sql(f"extract(hour FROM {LOCAL_TS})::int")

PERIODS_SQL = f"""
SELECT date_trunc(%(unit)s, {LOCAL_TS})::date AS period, count(*) AS n,
       round(avg(intensity)::numeric, 1) AS intensity, round(avg(resistance)::numeric, 1) AS resistance,
       round(100.0 * count(*) FILTER (WHERE {RESISTED_SQL}) / count(*)) AS resisted_pct,
       md5(string_agg(id::text || ':' || extract(epoch FROM updated_at)::text, ',' ORDER BY id)) AS digest
FROM cravings_craving WHERE user_id = %(user_id)s GROUP BY 1 ORDER BY 1
"""
TOP_SQL = {
    "triggers": f"""SELECT date_trunc(%(unit)s, {LOCAL_TS})::date, lower(btrim(trigger)), count(*) FROM cravings_craving
                    WHERE user_id = %(user_id)s AND btrim(trigger) <> '' GROUP BY 1, 2""",
    "emotions": f"""SELECT date_trunc(%(unit)s, {LOCAL_TS})::date, e, count(*) FROM cravings_craving, unnest(emotions) e
                    WHERE user_id = %(user_id)s GROUP BY 1, 2""",
    "dayparts": f"""SELECT date_trunc(%(unit)s, {LOCAL_TS})::date, {DAYPART}, count(*) FROM cravings_craving
                    WHERE user_id = %(user_id)s GROUP BY 1, 2""",
}


def period_end(kind: str, start: date) -> date:
    if kind == TrendMarker.Kind.WEEK:
        return start + timedelta(days=6)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def top(counts: dict[str, int], n: int = 3) -> list[list]:
    return [[value, count] for value, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def marker_text(kind: str, start: date, end: date, stats: dict) -> str:
    label = f"Week of {start.isoformat()}" if kind == "week" else f"Month {start.strftime('%Y-%m')}"
    change = stats.get("change_pct")
    change_text = "" if change is None else f" ({change:+d}% vs previous {kind})"
    parts = [
        f"{label} ({start.isoformat()} to {end.isoformat()}): {stats['count']} cravings{change_text}, "
        f"average intensity {stats['intensity']}, resisted {stats['resisted_pct']}%."
    ]
    if stats["triggers"]:
        parts.append("Top triggers: " + ", ".join(f"{v} ({c})" for v, c in stats["triggers"]) + ".")
    if stats["emotions"]:
        parts.append("Emotions: " + ", ".join(f"{v} ({c})" for v, c in stats["emotions"]) + ".")
    if stats["peak"]:
        parts.append(f"Most cravings in the {stats['peak'][0]} ({stats['peak'][1]} of {stats['count']}).")
    return " ".join(parts)


def compute_markers(*, user_id: int, kind: str) -> list[dict]:
    unit = "week" if kind == TrendMarker.Kind.WEEK else "month"
    with connection.cursor() as cursor:
        cursor.execute(PERIODS_SQL, {"unit": unit, "user_id": user_id})
        periods = cursor.fetchall()
        extras: dict[str, dict[date, dict[str, int]]] = {}
        for name, sql in TOP_SQL.items():
            cursor.execute(sql, {"unit": unit, "user_id": user_id})
            for period, value, count in cursor.fetchall():
                extras.setdefault(name, {}).setdefault(period, {})[value] = count
    markers, previous = [], None
    for period, n, intensity, resistance, resisted_pct, digest in periods:
        dayparts = extras.get("dayparts", {}).get(period, {})
        stats = {
            "count": n,
            "intensity": float(intensity),
            "resistance": float(resistance),
            "resisted_pct": int(resisted_pct),
            "triggers": top(extras.get("triggers", {}).get(period, {})),
            "emotions": top(extras.get("emotions", {}).get(period, {})),
            "peak": top(dayparts, 1)[0] if dayparts else None,
            "change_pct": round(100 * (n - previous) / previous) if previous else None,
        }
        end = period_end(kind, period)
        markers.append(
            {
                "kind": kind,
                "period_start": period,
                "period_end": end,
                "stats": stats,
                "text": marker_text(kind, period, end, stats),
                "source_version": hashlib.sha256(f"{digest}:{previous}".encode()).hexdigest(),
            }
        )
        previous = n
    return markers


@transaction.atomic
def markers_refresh(*, user_id: int, embed) -> list[TrendMarker]:
    """Write changed weekly and monthly markers for one user; `embed(texts)` gives their vectors.
    Returns the markers written (new or changed), so callers can add model summaries to just those."""
    written = []
    for kind in (TrendMarker.Kind.WEEK, TrendMarker.Kind.MONTH):
        current = {m.period_start: m for m in TrendMarker.objects.filter(user_id=user_id, kind=kind)}
        fresh = compute_markers(user_id=user_id, kind=kind)
        changed = [
            m
            for m in fresh
            if m["period_start"] not in current or current[m["period_start"]].source_version != m["source_version"]
        ]
        vectors = embed([m["text"] for m in changed]) if changed else []
        for data, vector in zip(changed, vectors, strict=True):
            marker, _ = TrendMarker.objects.update_or_create(
                user_id=user_id,
                kind=kind,
                period_start=data["period_start"],
                defaults={
                    **{k: data[k] for k in ("period_end", "stats", "text", "source_version")},
                    "embedding": vector,
                    "summary": "",
                },
            )
            written.append(marker)
        gone = set(current) - {m["period_start"] for m in fresh}
        TrendMarker.objects.filter(user_id=user_id, kind=kind, period_start__in=gone).delete()
    return written
