"""Autonomous fine-tuning: a new adapter version from well-rated answers (and preference pairs), evaluated
against the current version on held-out answers, promoted only if it does not regress."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from django.conf import settings
from django.db import transaction

from crave.errors import ApplicationError
from insights.models import Feedback
from insights.safety import NOTICE

from .models import Persona, PersonaStatus, PersonaVersion
from .services import next_version, train_lock
from .training import eval_loss, read_pairs, train_from_feedback

log = logging.getLogger(__name__)
GOOD, BAD = 0.75, 0.25
MIN_EXAMPLES = 8
TOLERANCE = 0.01  # "does not regress": held-out loss at most 1% above the current version's


def clean(answer: str) -> str:
    return answer.replace(NOTICE, "").strip()


def held_out(feedback_id: int) -> bool:
    return int(hashlib.sha256(str(feedback_id).encode()).hexdigest(), 16) % 5 == 0  # a stable 20%


def feedback_dataset(persona: Persona) -> tuple[list[dict], list[dict], list[dict]]:
    """(train pairs, held-out pairs, preference pairs) from rated answers. A preference pair needs the same
    question answered well (by any persona) and badly (by this one)."""
    rated = Feedback.objects.filter(insight__status="done").exclude(insight__safety="crisis").select_related("insight")
    mine = [f for f in rated if f.persona_id == persona.id]
    train, holdout = [], []
    for f in mine:
        if f.reward >= GOOD:
            (holdout if held_out(f.id) else train).append({"prompt": f.insight.question,
                                                           "response": clean(f.insight.answer)})
    best_by_question = {}
    for f in rated:
        if f.reward >= GOOD:
            best_by_question.setdefault(" ".join(f.insight.question.lower().split()), clean(f.insight.answer))
    preferences = []
    for f in mine:
        chosen = best_by_question.get(" ".join(f.insight.question.lower().split()))
        if f.reward <= BAD and chosen and chosen != clean(f.insight.answer):
            preferences.append({"prompt": f.insight.question, "chosen": chosen, "rejected": clean(f.insight.answer)})
    return train, holdout, preferences


def persona_finetune(*, persona: Persona, steps: int = 30, progress=None) -> PersonaVersion | None:
    from peft import PeftModel

    from gpu.base_model import load_base_model

    if not persona.adapter_path:
        raise ApplicationError("Train the persona's first adapter before fine-tuning it from feedback.")
    train, holdout, preferences = feedback_dataset(persona)
    if len(train) < MIN_EXAMPLES or not holdout:
        log.info("persona %s: %d well-rated answers, %d held out; not enough to fine-tune", persona.slug,
                 len(train), len(holdout))
        return None
    # The persona's own dataset stays in the mix, so feedback refines the voice instead of replacing it.
    own = read_pairs(persona.dataset_path) if persona.dataset_path else []
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
            loaded = load_base_model()
            model = PeftModel.from_pretrained(loaded.model, persona.adapter_path, is_trainable=True)
            baseline = eval_loss(model, loaded.tokenizer, persona.system_prompt, holdout)
            train_loss = train_from_feedback(peft_model=model, tokenizer=loaded.tokenizer,
                                             system_prompt=persona.system_prompt, sft_pairs=train + own,
                                             preferences=preferences, out_dir=out_dir, steps=steps, progress=on_step)
            candidate = eval_loss(model, loaded.tokenizer, persona.system_prompt, holdout)
    except Exception:
        Persona.objects.filter(id=persona.id).update(status=PersonaStatus.READY)
        raise
    promoted = candidate <= baseline * (1 + TOLERANCE)
    with transaction.atomic():
        record = PersonaVersion.objects.create(
            persona=persona, version=version, adapter_path=str(out_dir), source="feedback",
            status=PersonaVersion.Status.PROMOTED if promoted else PersonaVersion.Status.REJECTED,
            train_examples=len(train), preference_pairs=len(preferences), training_loss=train_loss,
            eval_loss=candidate, baseline_eval_loss=baseline)
        fields = {"status": PersonaStatus.READY, "training_progress": 1}
        if promoted:  # the engine serves (slug, version) keys, so workers pick it up without a restart
            fields.update(version=version, adapter_path=str(out_dir), training_loss=train_loss)
        Persona.objects.filter(id=persona.id).update(**fields)
    log.info("persona %s v%d %s: held-out loss %.4f vs %.4f", persona.slug, version, record.status, candidate,
             baseline)
    return record


@transaction.atomic
def persona_rollback(*, persona: Persona) -> PersonaVersion:
    """Serve the previous promoted version again; the current one is marked rolled back."""
    persona = Persona.objects.select_for_update().get(id=persona.id)
    previous = (PersonaVersion.objects.filter(persona=persona, status=PersonaVersion.Status.PROMOTED,
                                              version__lt=persona.version).order_by("-version").first())
    if previous is None:
        raise ApplicationError("There is no earlier version to roll back to.", code="no_previous_version")
    PersonaVersion.objects.filter(persona=persona, version=persona.version).update(
        status=PersonaVersion.Status.ROLLED_BACK)
    Persona.objects.filter(id=persona.id).update(version=previous.version, adapter_path=previous.adapter_path)
    return previous
