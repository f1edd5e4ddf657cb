"""Reads of cravings; every one takes the requesting user and never an id from the request body."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db.models import QuerySet
from django.http import Http404
from pgvector.django import CosineDistance

from core.errors import ApplicationError
from core.offsets import offset_label
from gpu.embeddings import EmbeddingError, get_provider

from .models import Craving


def craving_list(
    *,
    user,
    start: datetime | None = None,
    end: datetime | None = None,
    emotions: list[str] | None = None,
    trigger: str | None = None,
    archived: bool | None = None,
) -> QuerySet[Craving]:
    qs = Craving.objects.filter(user=user).defer("embedding")
    if start:
        qs = qs.filter(occurred_at__gte=start)
    if end:
        qs = qs.filter(occurred_at__lt=end)
    if emotions:
        qs = qs.filter(emotions__overlap=emotions)
    if trigger:
        qs = qs.filter(trigger__icontains=trigger)
    if archived is not None:
        qs = qs.filter(archived=archived)
    return qs.order_by("-occurred_at", "-id")


def craving_get(*, user, uuid: UUID) -> Craving:
    """Another user's id is indistinguishable from a missing one: 404 either way."""
    craving = Craving.objects.filter(user=user, uuid=uuid).defer("embedding").first()
    if craving is None:
        raise Http404("No craving with this id.")
    return craving


def query_vector(text: str) -> list[float]:
    """A search's words as a vector. One short query embeds in ~10 ms on a CPU, less than a round trip
    through the gpu queue, so the web process embeds it."""
    try:
        return get_provider().embed([text])[0]
    except EmbeddingError as exc:
        raise ApplicationError(
            "Search is unavailable right now; try again shortly.", code="search_unavailable", status_code=503
        ) from exc


def craving_search(*, user, query_vector: list[float], limit: int = 10, **filters) -> QuerySet[Craving]:
    """Exact nearest neighbours among this user's cravings only.

    No approximate (HNSW) index on purpose: it filters after the graph search, so `user_id = X` on a
    shared index returns too few rows. The plan is the (user_id, occurred_at) B-tree to the user's rows,
    then exact cosine distance and a top-k sort over them: recall 1.0, cost grows with one user's rows."""
    return (
        craving_list(user=user, **filters)
        .filter(embedding__isnull=False)
        .annotate(distance=CosineDistance("embedding", query_vector))
        .order_by("distance", "-occurred_at")[:limit]
    )


def craving_triggers(*, user, limit: int = 500) -> list[str]:
    """The distinct triggers a user has written, lower-cased (what an answer may quote of theirs)."""
    from django.db.models.functions import Lower, Trim

    return list(
        Craving.objects.filter(user=user)
        .exclude(trigger="")
        .annotate(t=Lower(Trim("trigger")))
        .values_list("t", flat=True)
        .distinct()[:limit]
    )


def user_zone(user) -> tuple[tzinfo, str]:
    """The user's IANA zone; if they never set one, the offset of their latest craving beats UTC."""
    if user.timezone and user.timezone != "UTC":
        try:
            return ZoneInfo(user.timezone), user.timezone
        except ZoneInfoNotFoundError:
            pass
    offset = (
        Craving.objects.filter(user=user).order_by("-occurred_at").values_list("utc_offset_minutes", flat=True).first()
    )
    if offset:
        return timezone(timedelta(minutes=offset)), offset_label(offset)
    return UTC, "UTC"
