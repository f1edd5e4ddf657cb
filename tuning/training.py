"""Fine-tuning a persona's LoRA adapter (peft) on prompt/response pairs; the loss counts response tokens only."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch

from gpu.adapters import save_adapter


@dataclass
class TrainReport:
    steps: int
    first_loss: float
    final_loss: float
    seconds: float
    adapter_dir: Path


def read_pairs(path: str | Path) -> list[dict]:
    pairs = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    if not pairs or not all(isinstance(p.get("prompt"), str) and isinstance(p.get("response"), str) for p in pairs):
        raise ValueError(f"{path}: each line needs a 'prompt' and a 'response' string")
    return pairs


def encode_example(tokenizer, system_prompt: str, pair: dict, max_length: int = 256) -> tuple[list[int], list[int]]:
    messages = [{"role": "system", "content": system_prompt}, {"role": "user", "content": pair["prompt"]}]
    prompt_ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
    if hasattr(prompt_ids, "input_ids"):
        prompt_ids = prompt_ids["input_ids"]
    response_ids = tokenizer(pair["response"] + tokenizer.eos_token, add_special_tokens=False)["input_ids"]
    ids = (list(prompt_ids) + response_ids)[:max_length]
    labels = ([-100] * len(prompt_ids) + response_ids)[:max_length]
    return ids, labels


def collate(examples: list[tuple[list[int], list[int]]], pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(ids) for ids, _ in examples)
    input_ids = torch.full((len(examples), width), pad_id)
    labels = torch.full((len(examples), width), -100)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, (ids, lab) in enumerate(examples):
        input_ids[row, : len(ids)] = torch.tensor(ids)
        labels[row, : len(lab)] = torch.tensor(lab)
        mask[row, : len(ids)] = 1
    return {"input_ids": input_ids, "labels": labels, "attention_mask": mask}


def run_steps(
    peft_model,
    tokenizer,
    examples,
    *,
    steps: int,
    batch_size: int,
    lr: float,
    rng: random.Random,
    extra_loss: Callable[[], torch.Tensor] | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> list[float]:
    """The optimisation loop both trainers share: random mini-batches of the examples, AdamW on the
    adapter's parameters, plus an optional extra loss term (DPO) each step."""
    optimizer = torch.optim.AdamW([p for p in peft_model.parameters() if p.requires_grad], lr=lr)
    device = next(peft_model.parameters()).device
    losses = []
    for step in range(1, steps + 1):
        batch = collate(rng.sample(examples, k=min(batch_size, len(examples))), tokenizer.pad_token_id)
        loss = peft_model(**{k: v.to(device) for k, v in batch.items()}).loss
        if extra_loss is not None:
            loss = loss + extra_loss()
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(loss.item())
        if progress:
            progress(step, losses[-1])
    return losses


def train_lora(
    *,
    model,
    tokenizer,
    system_prompt: str,
    pairs: list[dict],
    rank: int,
    alpha: int,
    target_modules: list[str],
    out_dir: Path,
    steps: int = 40,
    batch_size: int = 4,
    lr: float = 1e-3,
    seed: int = 0,
    max_length: int = 256,
    progress: Callable[[int, float], None] | None = None,
) -> TrainReport:
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(seed)
    rng = random.Random(seed)
    config = LoraConfig(
        r=rank, lora_alpha=alpha, target_modules=target_modules, lora_dropout=0.0, bias="none", task_type="CAUSAL_LM"
    )
    peft_model = get_peft_model(model, config)
    peft_model.train()
    examples = [encode_example(tokenizer, system_prompt, pair, max_length=max_length) for pair in pairs]
    started = time.perf_counter()
    losses = run_steps(
        peft_model, tokenizer, examples, steps=steps, batch_size=batch_size, lr=lr, rng=rng, progress=progress
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    save_adapter(peft_model, out_dir)
    return TrainReport(
        steps=steps,
        first_loss=losses[0],
        final_loss=sum(losses[-5:]) / len(losses[-5:]),
        seconds=time.perf_counter() - started,
        adapter_dir=out_dir,
    )


def sequence_logprob(model, tokenizer, system_prompt: str, prompt: str, response: str) -> torch.Tensor:
    ids, labels = encode_example(tokenizer, system_prompt, {"prompt": prompt, "response": response})
    device = next(model.parameters()).device
    input_ids = torch.tensor([ids], device=device)
    logits = model(input_ids=input_ids).logits[:, :-1, :]
    targets = torch.tensor([labels[1:]], device=device)
    mask = targets != -100
    picked = torch.log_softmax(logits.float(), dim=-1).gather(-1, targets.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    return (picked * mask).sum()


def dpo_loss(
    peft_model, tokenizer, system_prompt: str, pair: dict, reference: tuple[float, float], beta: float = 0.1
) -> torch.Tensor:
    """Direct preference optimisation against a fixed reference (the persona's current version), whose
    (chosen, rejected) log-probabilities were computed before training."""
    chosen = sequence_logprob(peft_model, tokenizer, system_prompt, pair["prompt"], pair["chosen"])
    rejected = sequence_logprob(peft_model, tokenizer, system_prompt, pair["prompt"], pair["rejected"])
    margin = beta * ((chosen - reference[0]) - (rejected - reference[1]))
    return -torch.nn.functional.logsigmoid(margin)


@torch.no_grad()
def reference_logprobs(model, tokenizer, system_prompt: str, preferences: list[dict]) -> list[tuple[float, float]]:
    model.eval()
    return [
        (
            float(sequence_logprob(model, tokenizer, system_prompt, p["prompt"], p["chosen"])),
            float(sequence_logprob(model, tokenizer, system_prompt, p["prompt"], p["rejected"])),
        )
        for p in preferences
    ]


def train_from_feedback(
    *,
    peft_model,
    tokenizer,
    system_prompt: str,
    sft_pairs: list[dict],
    preferences: list[dict],
    references: list[tuple[float, float]],
    out_dir: Path,
    steps: int = 30,
    lr: float = 5e-4,
    seed: int = 0,
    progress: Callable[[int, float], None] | None = None,
) -> float:
    """Continue training the current adapter: supervised on the pairs, DPO on preference pairs against the
    references (the current version's log-probabilities)."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    peft_model.train()
    examples = [encode_example(tokenizer, system_prompt, pair, max_length=384) for pair in sft_pairs]

    def extra() -> torch.Tensor:
        index = rng.randrange(len(preferences))
        return dpo_loss(peft_model, tokenizer, system_prompt, preferences[index], references[index]).squeeze()

    losses = run_steps(
        peft_model,
        tokenizer,
        examples,
        steps=steps,
        batch_size=4,
        lr=lr,
        rng=rng,
        extra_loss=extra if preferences else None,
        progress=progress,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    save_adapter(peft_model, out_dir)
    return sum(losses[-5:]) / len(losses[-5:])
