"""Writes for personas: the starter set, and warming a persona's adapter where it will be served."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from celery.utils.nodenames import worker_direct
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from gpu.routing import pick

from .models import Persona, PersonaStatus, PersonaVersion
from .selection import persona_likely
from .tasks import persona_prefetch

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED = Path(__file__).resolve().parent / "adapters"  # trained starter adapters (`make personas` remakes them)


@transaction.atomic
def personas_seed_starters() -> list[Persona]:
    """The personas the project ships (coach, analyst, mindfulness guide), each serving its shipped adapter
    as version 1 from the start; existing personas are left alone."""
    created = []
    for spec in json.loads((DATA_DIR / "starter.json").read_text()):
        persona, was_created = Persona.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "description": spec["description"],
                "system_prompt": spec["system_prompt"],
                "target_modules": settings.LORA_TARGET_MODULES,
            },
        )
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
    PersonaVersion.objects.create(
        persona=persona, version=1, adapter_path=str(out_dir), status=PersonaVersion.Status.PROMOTED, source="shipped"
    )
    Persona.objects.filter(id=persona.id).update(
        status=PersonaStatus.READY, version=1, adapter_path=str(out_dir), training_progress=1, trained_at=timezone.now()
    )
    persona.refresh_from_db()
    return persona


def persona_warm(slug: str) -> str | None:
    """Warm the persona on the worker that would serve it now, unless it already holds it there."""
    node, state = pick(slug)
    if node and slug not in state.get("slots", ()) and slug not in state.get("cpu", ()):
        persona_prefetch.apply_async(args=[slug], queue=worker_direct(node))
    return node


def personas_warm_for(*, user_ids: set[int]) -> None:
    """A new log often comes before a question: warm the persona likely to answer each of these people."""
    for user_id in user_ids:
        slug = persona_likely(user_id=user_id, default_slug=settings.DEFAULT_PERSONA)
        if slug:
            persona_warm(slug)
