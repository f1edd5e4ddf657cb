"""Thin tasks: take ids, call a job. Training runs on the gpu queue; beat's weekly fan-out on default."""

from celery import shared_task

from core.queues import Queue, fan_out

from .jobs import finetune_version, ready_persona_ids, train_version


@shared_task(queue=Queue.GPU.value, acks_late=True, reject_on_worker_lost=True, soft_time_limit=3600)
def train_persona_adapter(persona_id: int, steps: int | None = None) -> int:
    """Train on the gpu queue; the admin shows progress from the persona row."""
    return train_version(persona_id=persona_id, steps=steps)


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def finetune_all_from_feedback() -> int:
    """Weekly (beat): each ready persona gets a fine-tuning job on the gpu queue."""
    return fan_out(finetune_persona_from_feedback, ready_persona_ids())


@shared_task(queue=Queue.GPU.value, acks_late=True, reject_on_worker_lost=True, soft_time_limit=3600)
def finetune_persona_from_feedback(persona_id: int, steps: int = 30) -> str:
    return finetune_version(persona_id=persona_id, steps=steps)
