"""GDPR-style export and erasure of everything stored about one user."""
from __future__ import annotations

import csv
import io
import json
import zipfile

from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from cravings.models import Craving
from insights.models import Insight, Summary, TrendMarker

from .models import User

PROFILE_FIELDS = ["id", "email", "full_name", "timezone", "google_sub", "is_active", "date_joined", "last_login"]
CRAVING_FIELDS = ["uuid", "description", "intensity", "resistance", "emotions", "occurred_at", "utc_offset_minutes",
                  "location", "people", "trigger", "archived", "created_at", "updated_at", "embedding_status",
                  "embedded_at", "embedding"]
INSIGHT_FIELDS = ["id", "question", "answer", "status", "safety", "sources", "created_at", "completed_at"]
SUMMARY_FIELDS = ["period_start", "period_end", "text", "stats", "created_at"]
MARKER_FIELDS = ["kind", "period_start", "period_end", "text", "summary", "stats", "embedding"]


def plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):  # pgvector arrays
        return [float(x) for x in value.tolist()]
    if hasattr(value, "hex") and not isinstance(value, (bytes, str)):  # UUID
        return str(value)
    return value


def rows(queryset, fields: list[str]) -> list[dict]:
    return [{f: plain(getattr(obj, f)) for f in fields} for obj in queryset]


def user_export(*, user: User) -> dict:
    """Everything we hold about the user, embeddings included (they are derived from their words)."""
    return {
        "profile": {f: plain(getattr(user, f)) for f in PROFILE_FIELDS},
        "cravings": rows(Craving.objects.filter(user=user).order_by("occurred_at"), CRAVING_FIELDS),
        "insights": rows(Insight.objects.filter(user=user).order_by("created_at"), INSIGHT_FIELDS),
        "summaries": rows(Summary.objects.filter(user=user).order_by("period_start"), SUMMARY_FIELDS),
        "trend_markers": rows(TrendMarker.objects.filter(user=user).order_by("kind", "period_start"), MARKER_FIELDS),
    }


def user_export_csv_zip(*, user: User) -> bytes:
    """The same export as one CSV per table, zipped (lists and vectors as JSON text in their cells)."""
    data = user_export(user=user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, table in data.items():
            table = [table] if isinstance(table, dict) else table
            out = io.StringIO()
            fields = list(table[0]) if table else []
            writer = csv.DictWriter(out, fieldnames=fields)
            writer.writeheader()
            for row in table:
                writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items()})
            archive.writestr(f"{name}.csv", out.getvalue())
    return buffer.getvalue()


@transaction.atomic
def user_erase(*, user: User) -> dict:
    """Delete the account and everything under it: cravings with their embeddings, insights, summaries,
    trend markers, adapter feedback; cached answers are dropped too."""
    keys = [f"insight:{k}" for k in Insight.objects.filter(user=user).values_list("cache_key", flat=True)]
    User.objects.filter(id=user.id).update(data_version=F("data_version") + 1)  # any key we missed is unreachable
    counts = {
        "cravings": Craving.objects.filter(user=user).count(),
        "insights": Insight.objects.filter(user=user).count(),
        "summaries": Summary.objects.filter(user=user).count(),
        "trend_markers": TrendMarker.objects.filter(user=user).count(),
    }
    user.delete()  # cascades to every table above

    def drop_cache():
        try:
            cache.delete_many(keys)
        except Exception:  # Redis down: the keys are unreachable anyway (data_version) and expire in a day
            pass

    transaction.on_commit(drop_cache)
    return counts
