"""Writes for personas: the starter set, and training a new adapter version."""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from crave.errors import ApplicationError

from .models import Persona, PersonaStatus, PersonaVersion

log = logging.getLogger(__name__)
# One training at a time per process: two would only split the same cores (or GPU) and double memory.
train_lock = threading.Lock()
DATA_DIR = Path(__file__).resolve().parent / "data"


@transaction.atomic
def personas_seed_starters() -> list[Persona]:
    """The personas the project ships (coach, analyst, mindfulness guide); existing ones are left alone."""
    created = []
    for spec in json.loads((DATA_DIR / "starter.json").read_text()):
        persona, was_created = Persona.objects.get_or_create(slug=spec["slug"], defaults={
            "name": spec["name"], "description": spec["description"], "system_prompt": spec["system_prompt"],
            "dataset_path": str(DATA_DIR / spec["dataset"]), "target_modules": settings.LORA_TARGET_MODULES,
        })
        if was_created:
            created.append(persona)
    return created


def next_version(persona: Persona) -> int:
    """Numbers are never reused, even after a rejected candidate or a rollback."""
    taken = PersonaVersion.objects.filter(persona=persona).aggregate(top=Max("version"))["top"] or 0
    return max(persona.version, taken) + 1


def persona_train(*, persona: Persona, steps: int = 40,
                  progress: Callable[[int, int, float], None] | None = None) -> Persona:
    """Train the next version of the persona's adapter; the current version keeps serving until it is done."""
    from gpu.base_model import load_base_model

    from .training import read_pairs, train_lora

    if persona.rank > settings.LORA_MAX_RANK:
        raise ApplicationError(f"Rank {persona.rank} is above the slot rank {settings.LORA_MAX_RANK}.")
    pairs = read_pairs(persona.dataset_path)
    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0,
                                                 training_error="")
    version = next_version(persona)
    out_dir = Path(settings.ADAPTER_DIR) / persona.slug / f"v{version}"
    last_saved = [0.0]

    def on_step(step: int, loss: float) -> None:
        if progress:
            progress(step, steps, loss)
        fraction = step / steps
        if fraction - last_saved[0] >= 0.1 or step == steps:  # progress for the admin, without a write a step
            Persona.objects.filter(id=persona.id).update(training_progress=round(fraction, 3))
            last_saved[0] = fraction

    try:
        with train_lock:
            loaded = load_base_model(device=None)
            report = train_lora(model=loaded.model, tokenizer=loaded.tokenizer, system_prompt=persona.system_prompt,
                                pairs=pairs, rank=persona.rank, alpha=persona.alpha,
                                target_modules=persona.target_modules or settings.LORA_TARGET_MODULES,
                                out_dir=out_dir, steps=steps, progress=on_step)
    except Exception as exc:
        Persona.objects.filter(id=persona.id).update(status=PersonaStatus.FAILED, training_error=str(exc)[:500])
        raise
    with transaction.atomic():
        PersonaVersion.objects.create(persona=persona, version=version, adapter_path=str(report.adapter_dir),
                                      status=PersonaVersion.Status.PROMOTED, source="dataset",
                                      train_examples=len(pairs), training_loss=report.final_loss)
        Persona.objects.filter(id=persona.id).update(
            status=PersonaStatus.READY, version=version, adapter_path=str(report.adapter_dir), base_model=loaded.name,
            training_progress=1, training_loss=report.final_loss, trained_at=timezone.now())
    log.info("persona %s v%d trained in %.1f s, loss %.3f -> %.3f", persona.slug, version, report.seconds,
             report.first_loss, report.final_loss)
    persona.refresh_from_db()
    return persona


def persona_train_enqueue(*, persona: Persona, steps: int = 40) -> None:
    from .tasks import train_persona_adapter

    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0)
    transaction.on_commit(lambda: train_persona_adapter.delay(persona.id, steps))
