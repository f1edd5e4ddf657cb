"""Embedding of craving text into the pgvector column, in batches, on the worker that holds the model."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.services import users_data_changed
from gpu.embeddings import EmbeddingError, get_provider

from .models import Craving, EmbeddingStatus

log = logging.getLogger(__name__)


class EmbeddingUnavailable(Exception):
    """The provider failed for a reason that may pass (model error, network); the task retries."""


@dataclass
class EmbedReport:
    embedded: int
    failed: int


def cravings_embed(*, craving_ids: list[int], batch_size: int | None = None) -> EmbedReport:
    """Embed every given craving, one batch after another (a synced week is hundreds of rows: one batch would
    leave the rest to the sweep, minutes later). Each batch commits on its own, so a failure keeps the ones
    before it."""
    batch_size = batch_size or settings.EMBEDDING_BATCH_SIZE
    total = EmbedReport(0, 0)
    while True:
        report, given = cravings_embed_batch(craving_ids=craving_ids, batch_size=batch_size)
        total.embedded += report.embedded
        # Only a batch filled with given rows can leave given rows pending; the top-up (other users' rows)
        # never keeps the job going, the sweep and their own jobs take those.
        if given < batch_size:
            return total


def cravings_embed_batch(*, craving_ids: list[int], batch_size: int) -> tuple[EmbedReport, int]:
    """One batch: the given cravings first, topped up with other pending rows: one encode call on many
    texts is several times faster per text than one at a time, and later tasks then find their rows done."""
    with transaction.atomic():
        pending = Q(embedding_status=EmbeddingStatus.PENDING)
        rows = list(
            Craving.objects.select_for_update(skip_locked=True)
            .filter(pending, id__in=craving_ids)
            .only("id", "user_id", "description", "trigger", "embedding_attempts")[:batch_size]
        )
        given = len(rows)
        if given < batch_size:
            rows += list(
                Craving.objects.select_for_update(skip_locked=True)
                .filter(pending)
                .exclude(id__in=[r.id for r in rows])
                .order_by("created_at")
                .only("id", "user_id", "description", "trigger", "embedding_attempts")[: batch_size - len(rows)]
            )
        if not rows:
            return EmbedReport(0, 0), 0
        try:
            vectors = get_provider().embed([row.embedding_text for row in rows], background=True)
        except EmbeddingError as exc:
            failed = embedding_record_failure(rows, str(exc))
            error = exc
        else:
            now = timezone.now()
            for row, vector in zip(rows, vectors, strict=True):
                row.embedding = vector
                row.embedding_status = EmbeddingStatus.DONE
                row.embedding_error = ""
                row.embedded_at = now
            Craving.objects.bulk_update(rows, ["embedding", "embedding_status", "embedding_error", "embedded_at"])
            # Answers match subjects by these vectors: one cached before they landed must miss now.
            users_data_changed({row.user_id for row in rows})
            return EmbedReport(len(rows), 0), given
    # Raised after the failure bookkeeping has committed.
    raise EmbeddingUnavailable(f"{failed} row(s) failed to embed: {error}") from error


def embedding_record_failure(rows: list[Craving], message: str) -> int:
    """Count the attempt; past the limit the row is `failed` (never given a made-up vector)."""
    for row in rows:
        row.embedding_attempts += 1
        row.embedding_error = message[:500]
        if row.embedding_attempts >= settings.EMBEDDING_MAX_ATTEMPTS:
            row.embedding_status = EmbeddingStatus.FAILED
    Craving.objects.bulk_update(rows, ["embedding_attempts", "embedding_error", "embedding_status"])
    log.warning("embedding failed for %d craving(s): %s", len(rows), message[:200])
    return len(rows)


def cravings_pending_ids(*, older_than_seconds: int = 60, limit: int = 10_000) -> list[int]:
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    return list(
        Craving.objects.filter(embedding_status=EmbeddingStatus.PENDING, created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("id", flat=True)[:limit]
    )


def craving_owner_ids(*, craving_ids: list[int]) -> set[int]:
    return set(Craving.objects.filter(id__in=craving_ids).values_list("user_id", flat=True))
