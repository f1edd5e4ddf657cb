"""The prompt's shared head, computed once: every answer a persona writes starts with the same system prompt
(about 43 of a persona prompt's ~150 tokens), so its keys and values are kept per adapter and a batch's
prefill computes only what follows it (vLLM's automatic prefix caching, in plain torch).

The cached keys and values depend on the adapter (its LoRA deltas reach k_proj and v_proj), so an entry is
keyed by the adapter version and the head's token ids. A batch then reads, per row:

    [pad … | head (cached) | pad … | rest of the prompt]

padded at the left of each part to the batch's longest, and an attention mask that hides the pads. Positions
count real tokens only, as left-padded generation does, so a row's figures are what its prompt alone gives.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import torch
from transformers import DynamicCache

from .lora_slots import slots_for_batch

CAPACITY = 64  # heads kept (one per adapter version and system prompt: ~2 MB each for the 135M model)


def prompt_text(tokenizer, messages: list[dict]) -> str:
    """The chat template's prompt; a trailing assistant message is the start of the reply, which generation
    continues (what vLLM calls continue_final_message)."""
    if messages and messages[-1]["role"] == "assistant":
        head = tokenizer.apply_chat_template(messages[:-1], add_generation_prompt=True, tokenize=False)
        return head + messages[-1]["content"]
    return tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)


@dataclass
class Row:
    head: list[int]  # token ids of the cached head (empty: none)
    rest: list[int]  # token ids after it


def split_prompt(tokenizer, messages: list[dict], prompt: str) -> Row:
    """The prompt's tokens as the system message's head and the rest. Where tokenizing the head alone does
    not give the prompt's own first tokens, nothing is cached (the row stays exact)."""
    ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    if not messages or messages[0]["role"] != "system":
        return Row([], ids)
    text = tokenizer.apply_chat_template(messages[:1], tokenize=False)
    head = tokenizer(text, add_special_tokens=False)["input_ids"] if prompt.startswith(text) else []
    if not head or ids[: len(head)] != head or len(head) == len(ids):
        return Row([], ids)
    return Row(head, ids[len(head) :])


class PrefixCache:
    def __init__(self, model, capacity: int = CAPACITY):
        self.model, self.capacity = model, capacity
        self.entries: OrderedDict[tuple, list[tuple[torch.Tensor, torch.Tensor]]] = OrderedDict()
        self.hits = self.misses = 0

    def clear(self) -> None:
        self.entries.clear()

    def layers(self, adapter, slot: int, head: list[int]) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """Per layer (keys, values) of `head` through `slot`, [1, kv_heads, len, head_dim]. Call with `adapter`
        (its version key) in `slot`, under the engine's lock."""
        key = (adapter, tuple(head))
        if key in self.entries:
            self.hits += 1
            self.entries.move_to_end(key)
            return self.entries[key]
        self.misses += 1
        device = next(self.model.parameters()).device
        with slots_for_batch(self.model, [slot]):
            out = self.model(input_ids=torch.tensor([head], device=device), use_cache=True, logits_to_keep=1)
        kv = kv_of(out.past_key_values)
        self.entries[key] = kv
        while len(self.entries) > self.capacity:
            self.entries.popitem(last=False)
        return kv


@dataclass
class Prefilled:
    """A batch's inputs with the heads already in the cache: the model's next forward computes `input_ids`."""

    input_ids: torch.Tensor  # [batch, rest] left-padded
    attention_mask: torch.Tensor  # [batch, heads + rest]
    position_ids: torch.Tensor  # [batch, rest]
    past: DynamicCache


@dataclass
class Prompted:
    """A batch after its prefill: the next-token logits, and what decoding goes on from."""

    logits: torch.Tensor  # [batch, vocab] at each row's last prompt token
    attention_mask: torch.Tensor  # [batch, width]
    last_positions: torch.Tensor  # [batch, 1]
    past: DynamicCache


def assemble(rows: list[Row], heads: list[list[tuple[torch.Tensor, torch.Tensor]] | None], pad_id: int, device):
    """One batch from rows whose heads' keys and values are given (None: a row without a cached head)."""
    width_head = max(len(r.head) for r in rows)
    width_rest = max(len(r.rest) for r in rows)
    ids = torch.full((len(rows), width_rest), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width_head + width_rest), dtype=torch.long)
    positions = torch.zeros((len(rows), width_rest), dtype=torch.long)
    for i, row in enumerate(rows):
        rest = len(row.rest)
        ids[i, width_rest - rest :] = torch.tensor(row.rest)
        mask[i, width_head - len(row.head) : width_head] = 1
        mask[i, width_head + width_rest - rest :] = 1
        positions[i, width_rest - rest :] = torch.arange(len(row.head), len(row.head) + rest)
    return Prefilled(ids.to(device), mask.to(device), positions.to(device), stacked(heads, width_head))


def stacked(heads, width: int) -> DynamicCache:
    """The rows' head keys and values left-padded to `width` and stacked per layer (a row without a head is
    all padding there, hidden by the mask)."""
    sample = next((h for h in heads if h is not None), None)
    if sample is None:
        return DynamicCache()
    empty = [(k[..., :0, :], v[..., :0, :]) for k, v in sample]
    return stack([head if head is not None else empty for head in heads], width)


def kv_of(cache: DynamicCache) -> list[tuple[torch.Tensor, torch.Tensor]]:
    return [(layer.keys, layer.values) for layer in cache.layers]


def stack(parts: list[list[tuple[torch.Tensor, torch.Tensor]]], width: int) -> DynamicCache:
    """Batches' per-layer keys and values as one batch, in order, each left-padded to `width` positions."""
    layers = [
        (
            torch.cat([left_pad(part[layer][0], width) for part in parts]),
            torch.cat([left_pad(part[layer][1], width) for part in parts]),
        )
        for layer in range(len(parts[0]))
    ]
    return DynamicCache(ddp_cache_data=layers)


def left_pad(t: torch.Tensor, width: int) -> torch.Tensor:
    missing = width - t.shape[-2]
    if not missing:
        return t
    return torch.cat([t.new_zeros(*t.shape[:-2], missing, t.shape[-1]), t], dim=-2)


def left_pad_mask(mask: torch.Tensor, width: int) -> torch.Tensor:
    return torch.nn.functional.pad(mask, (width - mask.shape[1], 0))
