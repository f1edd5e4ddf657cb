"""Fixed LoRA slots inside the base model, as the serving systems do it (S-LoRA, Punica, LoRAX).

Every target Linear gets stacked A/B tensors with one row per slot, made once. Activating an adapter
is an in-place copy of its (zero-padded) weights into a slot: no module is created or replaced, so the
cost does not grow with how many adapters are resident. Each batch row names its slot, and one forward
pass applies a different adapter per row (Punica's BGMV in plain torch, as two dense matmuls: see
SlotLoraLinear.forward). Slot 0 is the bare base model (all zeros).
"""

from __future__ import annotations

from contextlib import contextmanager

import torch
from torch import nn


class SlotState:
    """The slot of each batch row for the forward pass under way, shared by every slot layer."""

    def __init__(self):
        self.slot_ids: torch.Tensor | None = None
        self.single: int | None = None  # every row uses this slot: skip the gather
        self.active: tuple[int, ...] = ()  # the distinct slots of the batch, in order
        self.masks: dict[tuple, torch.Tensor] = {}  # (rank, dtype) -> [batch, slots x rank], this batch's

    def route(self, slot_ids: list[int], device) -> None:
        self.active = tuple(sorted(set(slot_ids)))
        self.slot_ids = torch.tensor([self.active.index(s) for s in slot_ids], device=device)
        self.masks = {}

    def mask(self, rank: int, dtype) -> torch.Tensor:
        """Each row's own slot's `rank` columns set to 1: which part of the stacked product is its adapter's."""
        if (rank, dtype) not in self.masks:
            one_hot = torch.nn.functional.one_hot(self.slot_ids, len(self.active)).to(dtype)
            self.masks[(rank, dtype)] = one_hot.repeat_interleave(rank, dim=1)
        return self.masks[(rank, dtype)]

    def clear(self) -> None:
        self.single, self.slot_ids, self.active, self.masks = None, None, (), {}


class SlotLoraLinear(nn.Module):
    lora_A: torch.Tensor  # buffers: [slots, rank, in], [slots, out, rank], [slots]
    lora_B: torch.Tensor
    scaling: torch.Tensor

    def __init__(self, base: nn.Linear, slots: int, max_rank: int, state: SlotState):
        super().__init__()
        self.base = base
        self.state = state
        device, dtype = base.weight.device, base.weight.dtype
        if not dtype.is_floating_point or dtype in (torch.int8, torch.uint8):  # quantized base: adapters in bf16
            dtype = torch.bfloat16
        self.register_buffer("lora_A", torch.zeros(slots, max_rank, base.in_features, device=device, dtype=dtype))
        self.register_buffer("lora_B", torch.zeros(slots, base.out_features, max_rank, device=device, dtype=dtype))
        self.register_buffer("scaling", torch.zeros(slots, device=device, dtype=dtype))
        self.version = 0  # bumped by write_slot: the stacked weights below are stale
        self.stacked: tuple[tuple, torch.Tensor, torch.Tensor] | None = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.base(x)
        single, ids = self.state.single, self.state.slot_ids
        if single is not None:
            if single == 0:
                return out
            a, b = self.lora_A[single], self.lora_B[single]
            return out + (x.to(a.dtype) @ a.T @ b.T * self.scaling[single]).to(out.dtype)
        if ids is None:
            return out
        # Every active slot's A stacked into one [slots x rank, in] matrix: one matmul gives each row every
        # active adapter's projection, the mask keeps its own slot's, and one matmul with the stacked (scaled)
        # B gives its delta. Gathering A and B per row ([batch, rank, in] copies, then bmm) cost a fifth of a
        # 32-row decode step; the extra columns cost (slots - 1) x rank, a few percent of the base Linear.
        a, b = self.stacked_weights()
        h = x.to(a.dtype) @ a.T
        mask = self.state.mask(self.lora_A.shape[1], a.dtype)
        if h.dim() == 3:
            mask = mask[:, None, :]
        return out + ((h * mask) @ b).to(out.dtype)

    def stacked_weights(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The active slots' A as [slots x rank, in] and scaled B as [slots x rank, out], kept while the batch's
        slots and their weights stay the same (every decode step of a batch)."""
        key = (self.state.active, self.version)
        if self.stacked is None or self.stacked[0] != key:
            active = list(key[0])
            rank = self.lora_A.shape[1]
            a = self.lora_A[active].reshape(-1, self.lora_A.shape[2])
            scale = self.scaling[active].repeat_interleave(rank)[:, None]
            b = self.lora_B[active].transpose(1, 2).reshape(-1, self.lora_B.shape[1]) * scale
            self.stacked = (key, a, b)
        return self.stacked[1], self.stacked[2]

    @property
    def slot_bytes(self) -> int:
        per_slot = self.lora_A[0].numel() + self.lora_B[0].numel() + 1
        return per_slot * self.lora_A.element_size()


def install_slots(
    model: nn.Module, *, target_modules: list[str], slots: int, max_rank: int
) -> dict[str, SlotLoraLinear]:
    """Wrap each target Linear once; returns {module path: slot layer}."""
    state = SlotState()
    layers: dict[str, SlotLoraLinear] = {}
    for name, module in list(model.named_modules()):
        leaf = name.rsplit(".", 1)[-1]
        if leaf in target_modules and isinstance(module, nn.Linear):
            parent = model.get_submodule(name.rsplit(".", 1)[0]) if "." in name else model
            wrapped = SlotLoraLinear(module, slots, max_rank, state)
            setattr(parent, leaf, wrapped)
            layers[name] = wrapped
    if not layers:
        raise ValueError(f"no Linear named {target_modules} in the model")
    model.slot_state = state  # a plain attribute, not a submodule or buffer
    return layers


def slot_bytes(layers: dict[str, SlotLoraLinear]) -> int:
    return sum(layer.slot_bytes for layer in layers.values())


@torch.no_grad()
def write_slot(
    layers: dict[str, SlotLoraLinear], slot: int, weights: dict[str, tuple[torch.Tensor, torch.Tensor]], scaling: float
) -> None:
    """Copy one adapter's (A, B) per module into `slot` in place, zero-padding ranks below the maximum."""
    for name, layer in layers.items():
        pair = weights.get(name)
        if pair is None:  # this adapter does not touch that module
            layer.scaling[slot] = 0
            layer.version += 1
            continue
        a, b = pair
        rank = a.shape[0]
        layer.lora_A[slot, :rank].copy_(a, non_blocking=True)
        layer.lora_A[slot, rank:].zero_()
        layer.lora_B[slot, :, :rank].copy_(b, non_blocking=True)
        layer.lora_B[slot, :, rank:].zero_()
        layer.scaling[slot] = scaling
        layer.version += 1


@contextmanager
def slots_for_batch(model: nn.Module, slot_ids: list[int]):
    """Route each batch row through its slot for the forward passes inside the block."""
    state: SlotState = model.slot_state
    device = next(model.parameters()).device
    if len(set(slot_ids)) == 1:
        state.single = slot_ids[0]
    else:
        state.route(slot_ids, device)
    try:
        yield
    finally:
        state.clear()
