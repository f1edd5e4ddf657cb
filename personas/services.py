"""Writes for personas: the starter set, and training a new adapter version."""
from __future__ import annotations

import json
import logging
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from crave.errors import ApplicationError

from .models import Persona, PersonaStatus, PersonaVersion
from .training import read_pairs

log = logging.getLogger(__name__)
# One training at a time per process: two would only split the same cores (or GPU) and double memory.
train_lock = threading.Lock()
DATA_DIR = Path(__file__).resolve().parent / "data"


SHIPPED = Path(__file__).resolve().parent / "adapters"  # trained starter adapters (`make personas` remakes them)
# Starters train on generated (finding -> answer) pairs: how many synthetic people, and the run's size.
GENERATED_PEOPLE = 240
GENERATED_TRAINING = {"steps": 120, "batch_size": 8, "lr": 1e-3, "max_length": 384}


@transaction.atomic
def personas_seed_starters() -> list[Persona]:
    """The personas the project ships (coach, analyst, mindfulness guide), each serving its shipped adapter
    as version 1 from the start; existing personas are left alone."""
    created = []
    for spec in json.loads((DATA_DIR / "starter.json").read_text()):
        persona, was_created = Persona.objects.get_or_create(slug=spec["slug"], defaults={
            "name": spec["name"], "description": spec["description"], "system_prompt": spec["system_prompt"],
            "target_modules": settings.LORA_TARGET_MODULES,
        })
        if was_created:
            created.append(persona)
            if (SHIPPED / persona.slug / "adapter_model.safetensors").exists():
                persona_install_shipped(persona=persona)
    return created


def persona_install_shipped(*, persona: Persona) -> Persona:
    out_dir = Path(settings.ADAPTER_DIR) / persona.slug / "v1"
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in (SHIPPED / persona.slug).iterdir():
        shutil.copy2(path, out_dir / path.name)
    PersonaVersion.objects.create(persona=persona, version=1, adapter_path=str(out_dir),
                                  status=PersonaVersion.Status.PROMOTED, source="shipped")
    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.READY, version=1, adapter_path=str(out_dir),
                                                 training_progress=1, trained_at=timezone.now())
    persona.refresh_from_db()
    return persona


def next_version(persona: Persona) -> int:
    """Numbers are never reused, even after a rejected candidate or a rollback."""
    taken = PersonaVersion.objects.filter(persona=persona).aggregate(top=Max("version"))["top"] or 0
    return max(persona.version, taken) + 1


def training_pairs(persona: Persona, *, people: int = GENERATED_PEOPLE, seed: int = 0) -> list[dict]:
    """A custom persona's own JSONL; a starter's generated pairs (personas/examples.py)."""
    from .examples import examples
    from .voices import VOICES

    if persona.dataset_path:
        return read_pairs(persona.dataset_path)
    if persona.slug not in VOICES:
        raise ApplicationError(f"Persona {persona.slug!r} has no dataset to train on.", code="no_dataset")
    return [{"prompt": e.prompt(), "response": e.target}
            for e in examples(seed=seed, people=people, personas=(persona.slug,))]


def persona_train(*, persona: Persona, steps: int | None = None, people: int = GENERATED_PEOPLE,
                  progress: Callable[[int, int, float], None] | None = None) -> Persona:
    """Train the next version of the persona's adapter; the current version keeps serving until it is done.
    `people`: how many synthetic people a starter's pairs come from (tests use a few)."""
    from gpu.base_model import load_base_model
    from insights.answering import persona_system

    from .training import train_lora

    if persona.rank > settings.LORA_MAX_RANK:
        raise ApplicationError(f"Rank {persona.rank} is above the slot rank {settings.LORA_MAX_RANK}.")
    config = {"steps": 40} if persona.dataset_path else dict(GENERATED_TRAINING)
    total_steps: int = steps or int(config.pop("steps"))
    config.pop("steps", None)
    pairs = training_pairs(persona, people=people)
    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0,
                                                 training_error="")
    version = next_version(persona)
    out_dir = Path(settings.ADAPTER_DIR) / persona.slug / f"v{version}"
    last_saved = [0.0]

    def on_step(step: int, loss: float) -> None:
        if progress:
            progress(step, total_steps, loss)
        fraction = step / total_steps
        if fraction - last_saved[0] >= 0.1 or step == total_steps:  # progress for the admin, without a write a step
            Persona.objects.filter(id=persona.id).update(training_progress=round(fraction, 3))
            last_saved[0] = fraction

    try:
        with train_lock:
            loaded = load_base_model(device=None)
            report = train_lora(model=loaded.model, tokenizer=loaded.tokenizer,
                                system_prompt=persona_system(persona.system_prompt), pairs=pairs, rank=persona.rank,
                                alpha=persona.alpha, target_modules=persona.target_modules or settings.LORA_TARGET_MODULES,
                                out_dir=out_dir, steps=total_steps, progress=on_step, **config)
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


def persona_train_enqueue(*, persona: Persona, steps: int | None = None) -> None:
    from .tasks import train_persona_adapter

    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0)
    transaction.on_commit(lambda: train_persona_adapter.delay(persona.id, steps))
