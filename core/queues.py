"""Every Celery queue, named once."""
from enum import StrEnum


class Queue(StrEnum):
    DEFAULT = "default"
    # Model work (embeddings now; trend compression and LoRA inference later): workers that hold the models.
    GPU = "gpu"
