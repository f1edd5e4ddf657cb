from celery import shared_task

from personas.models import Persona

from .serving import persona_reply


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=180, expires=600)
def persona_generate(persona_slug: str, messages: list[dict], max_new_tokens: int = 96) -> str:
    """One reply in a persona's voice. Concurrent tasks on the gpu worker are batched together."""
    persona = Persona.objects.get(slug=persona_slug)
    return persona_reply(persona=persona, messages=messages, max_new_tokens=max_new_tokens)
