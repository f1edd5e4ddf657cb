from celery import shared_task

from crave.queues import Queue

from personas.models import Persona

from .deadline import deadline_for
from .serving import persona_reply


@shared_task(queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=180,
             expires=600)
def persona_generate(self, persona_slug: str, messages: list[dict], max_new_tokens: int = 96) -> str:
    """One reply in a persona's voice. Concurrent tasks on the gpu worker are batched together."""
    persona = Persona.objects.get(slug=persona_slug)
    with deadline_for(self):
        return persona_reply(persona=persona, messages=messages, max_new_tokens=max_new_tokens)


@shared_task(queue=Queue.GPU.value, acks_late=True, expires=120)
def persona_prefetch(persona_slug: str) -> str:
    """Warm a persona's current adapter into this worker's CPU tier before its first request arrives."""
    from .engine import AdapterRef
    from .serving import get_serving

    persona = Persona.objects.get(slug=persona_slug)
    if not persona.adapter_path:
        return "none"
    return get_serving().prefetch(AdapterRef(persona.slug, persona.version, persona.adapter_path))
