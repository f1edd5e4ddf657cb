"""Staff and privacy asks of training: queue a new version, roll back, forget an erased account's ratings."""

from __future__ import annotations

from django.db import transaction

from core.errors import ApplicationError
from personas.models import Persona, PersonaStatus, PersonaVersion

from .tasks import train_persona_adapter


@transaction.atomic
def persona_rollback(*, persona: Persona) -> PersonaVersion:
    """Serve the previous promoted version again; the current one is marked rolled back."""
    persona = Persona.objects.select_for_update().get(id=persona.id)
    previous = (
        PersonaVersion.objects.filter(
            persona=persona, status=PersonaVersion.Status.PROMOTED, version__lt=persona.version
        )
        .order_by("-version")
        .first()
    )
    if previous is None:
        raise ApplicationError("There is no earlier version to roll back to.", code="no_previous_version")
    PersonaVersion.objects.filter(persona=persona, version=persona.version).update(
        status=PersonaVersion.Status.ROLLED_BACK
    )
    Persona.objects.filter(id=persona.id).update(version=previous.version, adapter_path=previous.adapter_path)
    return previous


@transaction.atomic
def personas_forget(*, feedback_ids: list[int]) -> list[PersonaVersion]:
    """An erased account's ratings: every version that learned from them is retired at once, and a persona
    serving one goes back to its newest version that did not; the next scheduled run retrains without them."""
    forgotten = set(feedback_ids)
    retired = [
        v
        for v in PersonaVersion.objects.select_for_update().exclude(status=PersonaVersion.Status.RETIRED)
        if forgotten & set(v.feedback_ids)
    ]
    for version in retired:
        PersonaVersion.objects.filter(id=version.id).update(status=PersonaVersion.Status.RETIRED)
        persona = Persona.objects.select_for_update().get(id=version.persona_id)
        if persona.version == version.version:
            clean_version = (
                PersonaVersion.objects.filter(persona=persona, status=PersonaVersion.Status.PROMOTED)
                .exclude(id__in=[v.id for v in retired])
                .order_by("-version")
                .first()
            )
            Persona.objects.filter(id=persona.id).update(
                version=clean_version.version if clean_version else 0,
                adapter_path=clean_version.adapter_path if clean_version else "",
                status=PersonaStatus.READY if clean_version else PersonaStatus.DRAFT,
            )
    return retired


def persona_train_enqueue(*, persona: Persona, steps: int | None = None) -> None:
    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0)
    transaction.on_commit(lambda: train_persona_adapter.delay(persona.id, steps))
