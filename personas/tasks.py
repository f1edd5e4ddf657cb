from celery import shared_task

from crave.queues import Queue

from .models import Persona
from .services import persona_train


@shared_task(queue=Queue.GPU.value, acks_late=True, reject_on_worker_lost=True, soft_time_limit=3600)
def train_persona_adapter(persona_id: int, steps: int | None = None) -> int:
    """Train on the gpu queue; the admin shows progress from the persona row."""
    persona = persona_train(persona=Persona.objects.get(id=persona_id), steps=steps)
    return persona.version


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def finetune_all_from_feedback() -> int:
    """Weekly (beat): each ready persona gets a fine-tuning job on the gpu queue."""
    ids = list(Persona.objects.filter(status="ready").exclude(adapter_path="").values_list("id", flat=True))
    for persona_id in ids:
        finetune_persona_from_feedback.delay(persona_id)
    return len(ids)


@shared_task(queue=Queue.GPU.value, acks_late=True, reject_on_worker_lost=True, soft_time_limit=3600)
def finetune_persona_from_feedback(persona_id: int, steps: int = 30) -> str:
    from .finetune import persona_finetune

    record = persona_finetune(persona=Persona.objects.get(id=persona_id), steps=steps)
    return record.status if record else "skipped"
