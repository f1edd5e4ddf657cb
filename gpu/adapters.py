"""Reading a PEFT LoRA adapter from disk (tier 3) into CPU tensors (tier 2), keyed by our module names."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file


@dataclass
class CpuAdapter:
    weights: dict[str, tuple[torch.Tensor, torch.Tensor]]  # module path -> (A [r, in], B [out, r])
    scaling: float
    rank: int
    nbytes: int


def module_path(key: str) -> tuple[str, str] | None:
    """'base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight' -> ('model.layers.0.self_attn.q_proj', 'A')."""
    for part in ("lora_A", "lora_B"):
        marker = f".{part}."
        if marker in key:
            path = key.split(marker)[0]
            path = path.removeprefix("base_model.model.")
            return path, part[-1]
    return None


def read_adapter(directory: str | Path, *, pin: bool = False) -> CpuAdapter:
    directory = Path(directory)
    config = json.loads((directory / "adapter_config.json").read_text())
    tensors = load_file(str(directory / "adapter_model.safetensors"), device="cpu")
    pairs: dict[str, dict[str, torch.Tensor]] = {}
    for key, tensor in tensors.items():
        found = module_path(key)
        if found:
            pairs.setdefault(found[0], {})[found[1]] = tensor.contiguous()
    rank = int(config["r"])
    alpha = float(config.get("lora_alpha", rank))
    scaling = alpha / math.sqrt(rank) if config.get("use_rslora") else alpha / rank
    weights = {}
    for name, pair in pairs.items():
        a, b = pair["A"], pair["B"]
        if pin and torch.cuda.is_available():  # page-locked: the copy into a GPU slot is async and fast
            a, b = a.pin_memory(), b.pin_memory()
        weights[name] = (a, b)
    nbytes = sum(a.numel() * a.element_size() + b.numel() * b.element_size() for a, b in weights.values())
    return CpuAdapter(weights=weights, scaling=scaling, rank=rank, nbytes=nbytes)
