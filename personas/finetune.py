"""Learning from feedback, privately: a new adapter version from the *shape* of well-rated answers,
promoted only if it does not regress on a fixed evaluation set.

- Only users who opted in (`improve_personas`) count, and an erased account's ratings are gone.
- No user's words or figures enter a shared adapter: a rated answer gives its shape (opener, how many
  computed sentences, which kind of touch, closer), which is applied to a synthetic finding of the same
  intent (personas/examples.py). Preference pairs are two shapes on the same synthetic finding.
- DPO's reference is the persona's current version; its log-probabilities are computed once, before
  training, with that adapter.
- The gate compares candidate and current on synthetic findings: key-fact coverage and unsupported
  claims of their answers, and preference accuracy on held-out pairs. See GATE_MARGINS.
"""
from __future__ import annotations

import hashlib
import logging
import random
import re
from dataclasses import dataclass
from pathlib import Path

import torch
from django.conf import settings
from django.db import transaction

from crave.errors import ApplicationError
from insights.models import Feedback
from insights.safety import NOTICE

from .models import Persona, PersonaStatus, PersonaVersion
from .services import next_version, train_lock, training_pairs
from .voices import QUOTE, VOICES, facets

log = logging.getLogger(__name__)
GOOD, BAD = 0.75, 0.25
MIN_EXAMPLES = 8
EVAL_SEED = 20261125  # the fixed evaluation set: synthetic findings no training run draws from
EVAL_FINDINGS = 24
# A candidate is promoted only if, against the current version on the evaluation set, its coverage falls by
# at most 0.05, its share of guard-dropped sentences rises by at most 0.02 and its preference accuracy
# falls by at most 0.05 (absolute). Absolute, so small losses cannot compound week after week.
GATE_MARGINS = {"coverage": 0.05, "unsupported": 0.02, "preference": 0.05}


def clean(answer: str) -> str:
    return answer.replace(NOTICE, "").strip()


def held_out(feedback_id: int) -> bool:
    return int(hashlib.sha256(str(feedback_id).encode()).hexdigest(), 16) % 5 == 0  # a stable 20%


# --- shapes -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Shape:
    """What an answer looked like, without what it said."""

    opener: int | None
    keep: int  # computed sentences restated
    touch: tuple[str, int] | None  # (kind, template index)
    closer: int | None


def template_regex(template: str) -> re.Pattern:
    return re.compile("^" + re.escape(template).replace(re.escape("{x}"), ".+?") + "$")


def shape_of(answer: str, persona: str) -> Shape:
    from insights.guard import sentences_of

    style = VOICES[persona]
    opener = touch = closer = None
    restated = 0
    for sentence in sentences_of(clean(answer)):
        found = None
        for kind in ("openers", "closers", "daypart", "trigger", "feeling", "generic"):
            for index, template in enumerate(style[kind]):
                if template_regex(template).match(sentence):
                    found = (kind, index)
                    break
            if found:
                break
        if found is None:
            restated += 1
        elif found[0] == "openers":
            opener = found[1]
        elif found[0] == "closers":
            closer = found[1]
        elif touch is None:
            touch = found
    return Shape(opener, max(1, min(restated, 2)), touch, closer)


def apply_shape(shape: Shape, persona: str, answer: str) -> str | None:
    """The shape on another (synthetic) answer; None where it does not fit (a touch its facts lack)."""
    from insights.guard import guard, sentences_of

    style = VOICES[persona]
    said = sentences_of(answer)
    parts = [style["openers"][shape.opener]] if shape.opener is not None else []
    parts += said[:shape.keep]
    if shape.touch is not None:
        kind, index = shape.touch
        if kind == "generic":
            parts.append(style["generic"][index])
        else:
            values = facets(said[:shape.keep] or said)
            if kind not in values:
                return None
            parts.append(style[kind][index].format(x=values[kind]))
    if shape.closer is not None:
        parts.append(style["closers"][shape.closer])
    target = " ".join(parts)
    _, dropped = guard(target, answer=answer, triggers=QUOTE.findall(answer))
    return None if dropped else target


# --- data -----------------------------------------------------------------------------------------------
def consenting_feedback(persona: Persona) -> list[Feedback]:
    return list(Feedback.objects.filter(persona=persona, user__improve_personas=True, insight__status="done")
                .exclude(insight__safety="crisis").select_related("insight").order_by("id"))


def synthetic_by_intent(seed: int, people: int) -> dict[str, list[tuple[str, str]]]:
    from .examples import findings_for

    out: dict[str, list[tuple[str, str]]] = {}
    for intent, question, answer in findings_for(random.Random(seed), people=people):
        out.setdefault(intent, []).append((question, answer))
    return out


def private_examples(persona: Persona, feedback: list[Feedback], *, seed: int = 0, people: int = 40):
    """(train pairs, train preferences, held-out preferences, ids of the ratings used). Every text in
    them comes from synthetic findings and the persona's own templates."""
    from insights.answering import prompt_for

    rng = random.Random(seed)
    synthetic = synthetic_by_intent(seed, people)
    pool = [item for items in synthetic.values() for item in items]

    def finding_like(rated: Feedback) -> tuple[str, str]:
        intent = (rated.insight.finding or {}).get("intent", "overview")
        return rng.choice(synthetic.get(intent) or pool)

    good = [f for f in feedback if f.reward >= GOOD]
    bad = [f for f in feedback if f.reward <= BAD]
    pairs, used = [], set()
    train_prefs: list = []
    holdout_prefs: list = []
    for rated in good:
        question, answer = finding_like(rated)
        target = apply_shape(shape_of(rated.insight.answer, persona.slug), persona.slug, answer)
        if target:
            pairs.append({"prompt": prompt_for(question, answer), "response": target})
            used.add(rated.id)
    for rated in bad:
        question, answer = finding_like(rated)
        rejected = apply_shape(shape_of(rated.insight.answer, persona.slug), persona.slug, answer)
        chosen = next((t for g in rng.sample(good, len(good)) if (t := apply_shape(
            shape_of(g.insight.answer, persona.slug), persona.slug, answer)) and t != rejected), None)
        if rejected and chosen:
            (holdout_prefs if held_out(rated.id) else train_prefs).append(
                {"prompt": prompt_for(question, answer), "chosen": chosen, "rejected": rejected})
            used.add(rated.id)
    return pairs, train_prefs, holdout_prefs, sorted(used)


def evaluation_set(size: int = EVAL_FINDINGS) -> list[tuple[str, str]]:
    rng = random.Random(EVAL_SEED)
    items = [item for items in synthetic_by_intent(EVAL_SEED, people=12).values() for item in items]
    return rng.sample(items, min(size, len(items)))


# --- the gate ---------------------------------------------------------------------------------------------
@torch.no_grad()
def evaluate(model, tokenizer, system: str, findings: list[tuple[str, str]], preferences: list[dict]) -> dict:
    """Key-fact coverage and the share of sentences the guard drops, over the persona's answers to the
    findings; preference accuracy over held-out pairs."""
    from insights.answering import PERSONA_TOKENS, key_claims, prompt_for
    from insights.guard import claims_of, guard, sentences_of

    from .training import sequence_logprob

    model.eval()
    covered = dropped_total = sentences = 0
    for question, answer in findings:
        messages = [{"role": "system", "content": system}, {"role": "user", "content": prompt_for(question, answer)}]
        encoded = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                                return_dict=True).to(next(model.parameters()).device)
        output = model.generate(**encoded, max_new_tokens=PERSONA_TOKENS, do_sample=False,
                                pad_token_id=tokenizer.pad_token_id)
        text = tokenizer.decode(output[0][encoded["input_ids"].shape[1]:], skip_special_tokens=True)
        triggers = QUOTE.findall(answer)
        covered += key_claims(answer, triggers) <= claims_of(text, triggers)
        _, dropped = guard(text, answer=answer, triggers=triggers)
        dropped_total += len(dropped)
        sentences += max(len(sentences_of(text)), 1)
    wins = sum(float(sequence_logprob(model, tokenizer, system, p["prompt"], p["chosen"])) >
               float(sequence_logprob(model, tokenizer, system, p["prompt"], p["rejected"])) for p in preferences)
    return {"coverage": round(covered / max(len(findings), 1), 3),
            "unsupported": round(dropped_total / max(sentences, 1), 3),
            "preference": round(wins / len(preferences), 3) if preferences else None}


def promotes(candidate: dict, current: dict) -> tuple[bool, list[str]]:
    reasons = []
    if candidate["coverage"] < current["coverage"] - GATE_MARGINS["coverage"]:
        reasons.append(f"coverage {candidate['coverage']} < {current['coverage']} - {GATE_MARGINS['coverage']}")
    if candidate["unsupported"] > current["unsupported"] + GATE_MARGINS["unsupported"]:
        reasons.append(f"unsupported {candidate['unsupported']} > {current['unsupported']} + "
                       f"{GATE_MARGINS['unsupported']}")
    if candidate["preference"] is not None and current["preference"] is not None and (
            candidate["preference"] < current["preference"] - GATE_MARGINS["preference"]):
        reasons.append(f"preference {candidate['preference']} < {current['preference']} - "
                       f"{GATE_MARGINS['preference']}")
    return not reasons, reasons


def gate(*, system: str, current_path: str, candidate_path: str, preferences: list[dict],
         findings: list[tuple[str, str]] | None = None) -> dict:
    """Both adapters on the same findings and pairs; the verdict and both evaluations."""
    from peft import PeftModel

    from gpu.base_model import load_base_model

    findings = findings if findings is not None else evaluation_set()
    results = {}
    for name, path in (("current", current_path), ("candidate", candidate_path)):
        loaded = load_base_model(device=None)
        model = PeftModel.from_pretrained(loaded.model, path)
        results[name] = evaluate(model, loaded.tokenizer, system, findings, preferences)
    promoted, reasons = promotes(results["candidate"], results["current"])
    return {**results, "promoted": promoted, "reasons": reasons, "findings": len(findings)}


# --- the run ----------------------------------------------------------------------------------------------
def persona_finetune(*, persona: Persona, steps: int = 30, progress=None, eval_findings: int = EVAL_FINDINGS,
                     people: int = 40) -> PersonaVersion | None:
    from peft import PeftModel

    from gpu.base_model import load_base_model
    from insights.answering import persona_system

    from .training import reference_logprobs, train_from_feedback

    if not persona.adapter_path:
        raise ApplicationError("Train the persona's first adapter before fine-tuning it from feedback.")
    pairs, train_prefs, holdout_prefs, used = private_examples(persona, consenting_feedback(persona), people=people)
    if len(pairs) < MIN_EXAMPLES:
        log.info("persona %s: %d usable rated answers from consenting users; not enough to fine-tune",
                 persona.slug, len(pairs))
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
            reference = PeftModel.from_pretrained(load_base_model(device=None).model, persona.adapter_path)
            loaded = load_base_model(device=None)
            references = reference_logprobs(reference, loaded.tokenizer, system, train_prefs)
            del reference
            model = PeftModel.from_pretrained(loaded.model, persona.adapter_path, is_trainable=True)
            train_loss = train_from_feedback(peft_model=model, tokenizer=loaded.tokenizer, system_prompt=system,
                                             sft_pairs=pairs + own, preferences=train_prefs, references=references,
                                             out_dir=out_dir, steps=steps, progress=on_step)
            verdict = gate(system=system, current_path=persona.adapter_path, candidate_path=str(out_dir),
                           preferences=holdout_prefs, findings=evaluation_set(eval_findings))
    except Exception:
        Persona.objects.filter(id=persona.id).update(status=PersonaStatus.READY)
        raise
    with transaction.atomic():
        record = PersonaVersion.objects.create(
            persona=persona, version=version, adapter_path=str(out_dir), source="feedback",
            status=PersonaVersion.Status.PROMOTED if verdict["promoted"] else PersonaVersion.Status.REJECTED,
            train_examples=len(pairs), preference_pairs=len(train_prefs), training_loss=train_loss,
            feedback_ids=used, evaluation=verdict)
        fields = {"status": PersonaStatus.READY, "training_progress": 1}
        if verdict["promoted"]:  # the engine serves (slug, version) keys, so workers pick it up without a restart
            fields.update(version=version, adapter_path=str(out_dir), training_loss=train_loss)
        Persona.objects.filter(id=persona.id).update(**fields)
    log.info("persona %s v%d %s: %s", persona.slug, version, record.status, verdict)
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


@transaction.atomic
def personas_forget(*, feedback_ids: list[int]) -> list[PersonaVersion]:
    """An erased account's ratings: every version that learned from them is retired at once, and a persona
    serving one goes back to its newest version that did not; the next scheduled run retrains without them."""
    forgotten = set(feedback_ids)
    retired = [v for v in PersonaVersion.objects.select_for_update().exclude(status=PersonaVersion.Status.RETIRED)
               if forgotten & set(v.feedback_ids)]
    for version in retired:
        PersonaVersion.objects.filter(id=version.id).update(status=PersonaVersion.Status.RETIRED)
        persona = Persona.objects.select_for_update().get(id=version.persona_id)
        if persona.version == version.version:
            clean_version = (PersonaVersion.objects.filter(persona=persona, status=PersonaVersion.Status.PROMOTED)
                             .exclude(id__in=[v.id for v in retired]).order_by("-version").first())
            Persona.objects.filter(id=persona.id).update(
                version=clean_version.version if clean_version else 0,
                adapter_path=clean_version.adapter_path if clean_version else "",
                status=PersonaStatus.READY if clean_version else PersonaStatus.DRAFT)
    return retired
