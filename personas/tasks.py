"""What runs on a gpu worker for a persona: one reply in its voice, and warming its adapter ahead of use."""

from celery import shared_task

from core.queues import Queue
from gpu.deadline import deadline_for
from gpu.serving import REPLY_TOKENS

from .jobs import persona_prefetch_here, persona_reply_by_slug


@shared_task(
    queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=180, expires=600
)
def persona_generate(self, persona_slug: str, messages: list[dict], max_new_tokens: int = REPLY_TOKENS) -> str:
    """One reply in a persona's voice. Concurrent tasks on the gpu worker are batched together."""
    with deadline_for(self):
        return persona_reply_by_slug(slug=persona_slug, messages=messages, max_new_tokens=max_new_tokens)


@shared_task(queue=Queue.GPU.value, acks_late=True, expires=120)
def persona_prefetch(persona_slug: str) -> str:
    """Warm a persona's current adapter into this worker's CPU tier before its first request arrives."""
    return persona_prefetch_here(slug=persona_slug)
