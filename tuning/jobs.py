"""Training a persona's next adapter version, on the gpu queue: from its dataset or generated pairs, or from
the shape of consenting users' ratings (shapes.py), promoted only through the gate (gate.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from core.errors import ApplicationError
from personas.models import Persona, PersonaStatus, PersonaVersion
from personas.voices import VOICES
from personas.voicing import persona_system

from .examples import examples
from .gate import EVAL_FINDINGS, evaluation_set, gate
from .shapes import MIN_EXAMPLES, consenting_feedback, private_examples
from .training import read_pairs, reference_logprobs, train_from_feedback, train_lora

log = logging.getLogger(__name__)
# One training at a time per process: two would only split the same cores (or GPU) and double memory.
train_lock = threading.Lock()
# Starters train on generated (finding -> answer) pairs: how many synthetic people, and the run's size.
GENERATED_PEOPLE = 240
GENERATED_TRAINING = {"steps": 120, "batch_size": 8, "lr": 1e-3, "max_length": 384}


def next_version(persona: Persona) -> int:
    """Numbers are never reused, even after a rejected candidate or a rollback."""
    taken = PersonaVersion.objects.filter(persona=persona).aggregate(top=Max("version"))["top"] or 0
    return max(persona.version, taken) + 1


def training_pairs(persona: Persona, *, people: int = GENERATED_PEOPLE, seed: int = 0) -> list[dict]:
    """A custom persona's own JSONL; a starter's generated pairs (tuning/examples.py)."""
    if persona.dataset_path:
        return read_pairs(persona.dataset_path)
    if persona.slug not in VOICES:
        raise ApplicationError(f"Persona {persona.slug!r} has no dataset to train on.", code="no_dataset")
    return [
        {"prompt": e.prompt(), "response": e.target}
        for e in examples(seed=seed, people=people, personas=(persona.slug,))
    ]


def persona_train(
    *,
    persona: Persona,
    steps: int | None = None,
    people: int = GENERATED_PEOPLE,
    progress: Callable[[int, int, float], None] | None = None,
) -> Persona:
    """Train the next version of the persona's adapter; the current version keeps serving until it is done.
    `people`: how many synthetic people a starter's pairs come from (tests use a few)."""
    from gpu.base_model import load_base_model

    if persona.rank > settings.LORA_MAX_RANK:
        raise ApplicationError(f"Rank {persona.rank} is above the slot rank {settings.LORA_MAX_RANK}.")
    config = {"steps": 40} if persona.dataset_path else dict(GENERATED_TRAINING)
    total_steps: int = steps or int(config.pop("steps"))
    config.pop("steps", None)
    pairs = training_pairs(persona, people=people)
    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0, training_error="")
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
            report = train_lora(
                model=loaded.model,
                tokenizer=loaded.tokenizer,
                system_prompt=persona_system(persona.system_prompt),
                pairs=pairs,
                rank=persona.rank,
                alpha=persona.alpha,
                target_modules=persona.target_modules or settings.LORA_TARGET_MODULES,
                out_dir=out_dir,
                steps=total_steps,
                progress=on_step,
                **config,
            )
    except Exception as exc:
        Persona.objects.filter(id=persona.id).update(status=PersonaStatus.FAILED, training_error=str(exc)[:500])
        raise
    with transaction.atomic():
        PersonaVersion.objects.create(
            persona=persona,
            version=version,
            adapter_path=str(report.adapter_dir),
            status=PersonaVersion.Status.PROMOTED,
            source="dataset",
            train_examples=len(pairs),
            training_loss=report.final_loss,
        )
        Persona.objects.filter(id=persona.id).update(
            status=PersonaStatus.READY,
            version=version,
            adapter_path=str(report.adapter_dir),
            base_model=loaded.name,
            training_progress=1,
            training_loss=report.final_loss,
            trained_at=timezone.now(),
        )
    log.info(
        "persona %s v%d trained in %.1f s, loss %.3f -> %.3f",
        persona.slug,
        version,
        report.seconds,
        report.first_loss,
        report.final_loss,
    )
    persona.refresh_from_db()
    return persona


def persona_finetune(
    *, persona: Persona, steps: int = 30, progress=None, eval_findings: int = EVAL_FINDINGS, people: int = 40
) -> PersonaVersion | None:
    from gpu.adapters import peft_with_adapter
    from gpu.base_model import load_base_model

    if not persona.adapter_path:
        raise ApplicationError("Train the persona's first adapter before fine-tuning it from feedback.")
    pairs, train_prefs, holdout_prefs, used = private_examples(persona, consenting_feedback(persona), people=people)
    if len(pairs) < MIN_EXAMPLES:
        log.info(
            "persona %s: %d usable rated answers from consenting users; not enough to fine-tune",
            persona.slug,
            len(pairs),
        )
        return None
    system = persona_system(persona.system_prompt)
    # The persona's own generated pairs stay in the mix, so feedback refines the voice instead of replacing it.
    own = training_pairs(persona, people=max(4, people // 4)) if not persona.dataset_path else training_pairs(persona)
    version = next_version(persona)
    out_dir = Path(settings.ADAPTER_DIR) / persona.slug / f"v{version}"
    Persona.objects.filter(id=persona.id).update(status=PersonaStatus.TRAINING, training_progress=0)

    def on_step(step, loss):
        if progress:
            progress(step, steps, loss)
        if step % max(1, steps // 10) == 0 or step == steps:
            Persona.objects.filter(id=persona.id).update(training_progress=round(step / steps, 3))

    try:
        with train_lock:
            reference = peft_with_adapter(load_base_model(device=None).model, persona.adapter_path)
            loaded = load_base_model(device=None)
            references = reference_logprobs(reference, loaded.tokenizer, system, train_prefs)
            del reference
            model = peft_with_adapter(loaded.model, persona.adapter_path, is_trainable=True)
            train_loss = train_from_feedback(
                peft_model=model,
                tokenizer=loaded.tokenizer,
                system_prompt=system,
                sft_pairs=pairs + own,
                preferences=train_prefs,
                references=references,
                out_dir=out_dir,
                steps=steps,
                progress=on_step,
            )
            verdict = gate(
                system=system,
                current_path=persona.adapter_path,
                candidate_path=str(out_dir),
                preferences=holdout_prefs,
                findings=evaluation_set(eval_findings),
            )
    except Exception:
        Persona.objects.filter(id=persona.id).update(status=PersonaStatus.READY)
        raise
    with transaction.atomic():
        record = PersonaVersion.objects.create(
            persona=persona,
            version=version,
            adapter_path=str(out_dir),
            source="feedback",
            status=PersonaVersion.Status.PROMOTED if verdict["promoted"] else PersonaVersion.Status.REJECTED,
            train_examples=len(pairs),
            preference_pairs=len(train_prefs),
            training_loss=train_loss,
            feedback_ids=used,
            evaluation=verdict,
        )
        fields = {"status": PersonaStatus.READY, "training_progress": 1}
        if verdict["promoted"]:  # the engine serves (slug, version) keys, so workers pick it up without a restart
            fields.update(version=version, adapter_path=str(out_dir), training_loss=train_loss)
        Persona.objects.filter(id=persona.id).update(**fields)
    log.info("persona %s v%d %s: %s", persona.slug, version, record.status, verdict)
    return record


def train_version(*, persona_id: int, steps: int | None = None) -> int:
    return persona_train(persona=Persona.objects.get(id=persona_id), steps=steps).version


def finetune_version(*, persona_id: int, steps: int = 30) -> str:
    record = persona_finetune(persona=Persona.objects.get(id=persona_id), steps=steps)
    return record.status if record else "skipped"


def ready_persona_ids() -> list[int]:
    ready = Persona.objects.filter(status=PersonaStatus.READY).exclude(adapter_path="")
    return list(ready.values_list("id", flat=True))
