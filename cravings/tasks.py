"""Thin tasks: take ids, call a job (jobs.py). Embedding runs on the `gpu` queue, the sweep on `default`."""

import logging

from celery import shared_task
from django.conf import settings

from core.queues import Queue

from .jobs import EmbeddingUnavailable, craving_owner_ids, cravings_embed, cravings_pending_ids
from .models import Craving
from .signals import cravings_embedded

log = logging.getLogger(__name__)


@shared_task(
    queue=Queue.GPU.value,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(EmbeddingUnavailable,),
    retry_backoff=2,
    retry_backoff_max=300,
    max_retries=settings.EMBEDDING_MAX_ATTEMPTS,
)
def embed_cravings(craving_ids: list[int]) -> dict:
    report = cravings_embed(craving_ids=craving_ids)
    cravings_embedded.send(sender=Craving, user_ids=craving_owner_ids(craving_ids=craving_ids))
    return {"embedded": report.embedded, "failed": report.failed}


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def sweep_unembedded(older_than_seconds: int = 60) -> int:
    """Catch rows whose job never reached the queue (Redis was down) or was lost."""
    ids = cravings_pending_ids(older_than_seconds=older_than_seconds)
    size = settings.EMBEDDING_BATCH_SIZE
    for start in range(0, len(ids), size):
        embedding_enqueue(ids[start : start + size])
    return len(ids)


def embedding_enqueue(craving_ids: list[int]) -> bool:
    """Queue an embedding job; if Redis is down, leave the rows pending for the periodic sweep."""
    try:
        embed_cravings.apply_async(args=[craving_ids])
        return True
    except Exception as exc:  # broker down or unreachable: the rows stay `pending`, nothing is lost
        log.warning(
            "embedding not queued for %d craving(s), sweep will retry: %s", len(craving_ids), type(exc).__name__
        )
        return False
