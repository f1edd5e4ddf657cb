from celery import shared_task

from .models import Persona
from .services import persona_train


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=3600)
def train_persona_adapter(persona_id: int, steps: int = 40) -> int:
    """Train on the gpu queue; the admin shows progress from the persona row."""
    persona = persona_train(persona=Persona.objects.get(id=persona_id), steps=steps)
    return persona.version
