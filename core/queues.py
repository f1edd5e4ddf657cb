"""Every Celery queue, named once."""

from enum import StrEnum


class Queue(StrEnum):
    DEFAULT = "default"
    # Model work (embeddings now; trend compression and LoRA inference later): workers that hold the models.
    GPU = "gpu"


def fan_out(task, ids: list[int]) -> int:
    """Beat's scheduled jobs on `default` hand the real work out: one task per id, on the task's own queue."""
    for one in ids:
        task.delay(one)
    return len(ids)
