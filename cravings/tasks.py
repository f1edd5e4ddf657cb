"""Thin tasks: take ids, call a service. Embedding runs on the `gpu` queue, the sweep on `default`."""
from celery import shared_task
from django.conf import settings

from crave.queues import Queue

from .embedding import EmbeddingUnavailable, cravings_embed, cravings_pending_ids
from .models import Craving
from .services import embedding_enqueue


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
    personas_prefetch(craving_ids=craving_ids)
    return {"embedded": report.embedded, "failed": report.failed}


def personas_prefetch(*, craving_ids: list[int]) -> None:
    """A new log often comes before a question: warm the persona likely to answer on the worker that will."""
    from gpu.routing import prefetch
    from personas.selection import persona_likely

    for user_id in set(Craving.objects.filter(id__in=craving_ids).values_list("user_id", flat=True)):
        slug = persona_likely(user_id=user_id, default_slug=settings.DEFAULT_PERSONA)
        if slug:
            prefetch(slug)


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def sweep_unembedded(older_than_seconds: int = 60) -> int:
    """Catch rows whose job never reached the queue (Redis was down) or was lost."""
    ids = cravings_pending_ids(older_than_seconds=older_than_seconds)
    size = settings.EMBEDDING_BATCH_SIZE
    for start in range(0, len(ids), size):
        embedding_enqueue(ids[start:start + size])
    return len(ids)
