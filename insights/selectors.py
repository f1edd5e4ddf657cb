"""Reads for the insights APIs, each scoped to one user: another user's id reads as missing (a 404)."""
from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from .models import Insight, Summary, TrendMarker

RECENT_INSIGHTS = 50  # what the app lists; older answers stay in the export
SUMMARY_WEEKS = 52
MARKERS = 104  # two years of weekly markers


def insight_list(*, user) -> QuerySet[Insight]:
    return Insight.objects.filter(user=user).select_related("persona")[:RECENT_INSIGHTS]


def insight_get(*, user, insight_id: int) -> Insight:
    return get_object_or_404(Insight.objects.select_related("persona"), id=insight_id, user=user)


def summary_list(*, user) -> QuerySet[Summary]:
    return Summary.objects.filter(user=user)[:SUMMARY_WEEKS]


def trend_list(*, user, kind: str | None = None) -> QuerySet[TrendMarker]:
    markers = TrendMarker.objects.filter(user=user).defer("embedding")
    if kind in (TrendMarker.Kind.WEEK, TrendMarker.Kind.MONTH):
        markers = markers.filter(kind=kind)
    return markers[:MARKERS]
