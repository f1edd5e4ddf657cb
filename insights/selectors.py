"""Reads for the insights APIs and pages. A person's reads are scoped to them: another user's id reads as
missing (a 404). user_get and staff_overview read any account; only staff-checked pages call them."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cravings.models import Craving, EmbeddingStatus

from .analytics import craving_analytics
from .models import Insight, Summary, TrendMarker
from .payloads import Analytics
from .periods import analytics_window

RECENT_INSIGHTS = 50  # what the app lists; older answers stay in the export
SUMMARY_WEEKS = 52
MARKERS = 104  # two years of weekly markers
OVERVIEW_USERS = 50  # the staff overview's busiest accounts


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


def analytics_for(*, user, period: str | None = None, start: date | None = None, end: date | None = None) -> Analytics:
    """The trends figures for one period (or a custom range) in the user's own days."""
    return craving_analytics(user=user, window=analytics_window(user=user, period=period, start=start, end=end))


def active_user(user_id: int | None, *, token_version: int | None):
    """The user a dashboard link or session names, while the tokens of that moment are still good."""
    if not user_id or token_version is None:
        return None
    return get_user_model().objects.filter(id=user_id, is_active=True, token_version=token_version).first()


def user_get(*, user_id: int):
    return get_object_or_404(get_user_model(), id=user_id)


def ever_logged(*, user) -> bool:
    return Craving.objects.filter(user=user).exists()


def staff_overview(*, search: str = "") -> dict:
    """The busiest accounts (or those matching the search) and the totals staff watch."""
    User = get_user_model()
    users = User.objects.annotate(cravings_count=Count("cravings"), last_logged=Max("cravings__occurred_at"))
    if search:
        users = users.filter(email__icontains=search)
    status_counts = dict(Craving.objects.values_list("embedding_status").annotate(n=Count("id")))
    week_ago = timezone.now() - timedelta(days=7)
    return {
        "users": users.order_by("-cravings_count")[:OVERVIEW_USERS],
        "totals": {
            "users": User.objects.count(),
            "cravings": sum(status_counts.values()),
            "embedded": status_counts.get(EmbeddingStatus.DONE, 0),
            "pending": status_counts.get(EmbeddingStatus.PENDING, 0),
            "failed": status_counts.get(EmbeddingStatus.FAILED, 0),
            "active_7d": User.objects.filter(Q(cravings__created_at__gte=week_ago)).distinct().count(),
        },
    }
