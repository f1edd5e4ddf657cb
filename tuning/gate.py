"""The promotion gate: a candidate adapter against the serving one on a fixed evaluation set of synthetic
findings (no user's data), by key-fact coverage, unsupported claims and preference accuracy."""

from __future__ import annotations

import random

import torch

from personas.guard import claims_of, guard, sentences_of
from personas.voices import QUOTE
from personas.voicing import TRAINED_REPLY_TOKENS, key_claims, prompt_for

from .shapes import synthetic_by_kind
from .training import sequence_logprob

EVAL_SEED = 20261125  # the fixed evaluation set: synthetic findings no training run draws from
EVAL_FINDINGS = 24
EVAL_PEOPLE = 12  # synthetic people the full evaluation set is drawn from
# A candidate is promoted only if, against the current version on the evaluation set, its coverage falls by
# at most 0.05, its share of guard-dropped sentences rises by at most 0.02 and its preference accuracy
# falls by at most 0.05 (absolute). Absolute, so small losses cannot compound week after week.
GATE_BATCH = 8
GATE_MARGINS = {"coverage": 0.05, "unsupported": 0.02, "preference": 0.05}


def evaluation_set(size: int = EVAL_FINDINGS) -> list[tuple[str, str]]:
    rng = random.Random(EVAL_SEED)
    # Each synthetic person yields a finding of every kind: a small set needs only a few people to draw from.
    people = EVAL_PEOPLE if size >= EVAL_FINDINGS else min(EVAL_PEOPLE, max(2, size))
    items = [item for items in synthetic_by_kind(EVAL_SEED, people=people).values() for item in items]
    return rng.sample(items, min(size, len(items)))


# --- the gate ---------------------------------------------------------------------------------------------
@torch.no_grad()
def evaluate(model, tokenizer, system: str, findings: list[tuple[str, str]], preferences: list[dict]) -> dict:
    """Key-fact coverage and the share of sentences the guard drops, over the persona's answers to the
    findings; preference accuracy over held-out pairs."""

    model.eval()
    covered = dropped_total = sentences = 0
    for (question, answer), text in zip(findings, replies(model, tokenizer, system, findings), strict=True):
        triggers = QUOTE.findall(answer)
        covered += key_claims(answer, triggers) <= claims_of(text, triggers)
        _, dropped = guard(text, answer=answer, triggers=triggers)
        dropped_total += len(dropped)
        sentences += max(len(sentences_of(text)), 1)
    wins = sum(
        float(sequence_logprob(model, tokenizer, system, p["prompt"], p["chosen"]))
        > float(sequence_logprob(model, tokenizer, system, p["prompt"], p["rejected"]))
        for p in preferences
    )
    return {
        "coverage": round(covered / max(len(findings), 1), 3),
        "unsupported": round(dropped_total / max(sentences, 1), 3),
        "preference": round(wins / len(preferences), 3) if preferences else None,
    }


def replies(model, tokenizer, system: str, findings: list[tuple[str, str]]) -> list[str]:
    """The persona's greedy replies, GATE_BATCH findings to a forward pass (left-padded, as the serving engine
    batches): 8 findings took 10.4 s batched against 32.4 s one at a time, with the same text (interleaved,
    2 cores; bench/results/suite_timing.json)."""
    out: list[str] = []
    for start in range(0, len(findings), GATE_BATCH):
        chats = [
            [{"role": "system", "content": system}, {"role": "user", "content": prompt_for(question, answer)}]
            for question, answer in findings[start : start + GATE_BATCH]
        ]
        encoded = tokenizer.apply_chat_template(
            chats, add_generation_prompt=True, return_tensors="pt", return_dict=True, padding=True
        ).to(next(model.parameters()).device)
        output = model.generate(
            **encoded, max_new_tokens=TRAINED_REPLY_TOKENS, do_sample=False, pad_token_id=tokenizer.pad_token_id
        )
        width = encoded["input_ids"].shape[1]
        out += [tokenizer.decode(row[width:], skip_special_tokens=True) for row in output]
    return out


def promotes(candidate: dict, current: dict) -> tuple[bool, list[str]]:
    reasons = []
    if candidate["coverage"] < current["coverage"] - GATE_MARGINS["coverage"]:
        reasons.append(f"coverage {candidate['coverage']} < {current['coverage']} - {GATE_MARGINS['coverage']}")
    if candidate["unsupported"] > current["unsupported"] + GATE_MARGINS["unsupported"]:
        reasons.append(
            f"unsupported {candidate['unsupported']} > {current['unsupported']} + {GATE_MARGINS['unsupported']}"
        )
    if (
        candidate["preference"] is not None
        and current["preference"] is not None
        and (candidate["preference"] < current["preference"] - GATE_MARGINS["preference"])
    ):
        reasons.append(f"preference {candidate['preference']} < {current['preference']} - {GATE_MARGINS['preference']}")
    return not reasons, reasons


def gate(
    *,
    system: str,
    current_path: str,
    candidate_path: str,
    preferences: list[dict],
    findings: list[tuple[str, str]] | None = None,
) -> dict:
    """Both adapters on the same findings and pairs; the verdict and both evaluations."""
    from gpu.adapters import peft_with_adapter
    from gpu.base_model import load_base_model

    findings = findings if findings is not None else evaluation_set()
    results = {}
    for name, path in (("current", current_path), ("candidate", candidate_path)):
        loaded = load_base_model(device=None)
        model = peft_with_adapter(loaded.model, path)
        results[name] = evaluate(model, loaded.tokenizer, system, findings, preferences)
    promoted, reasons = promotes(results["candidate"], results["current"])
    return {**results, "promoted": promoted, "reasons": reasons, "findings": len(findings)}
