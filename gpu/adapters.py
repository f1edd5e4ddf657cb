"""Reading a PEFT LoRA adapter from disk (tier 3) into CPU tensors (tier 2), keyed by our module names; and
PEFT's own loading and saving of one, with the base model named portably."""

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


def peft_with_adapter(model, directory: str | Path, **kwargs):
    """PeftModel.from_pretrained, with the adapter's base (a model id, see save_adapter) resolved to the weights
    loaded here: PEFT looks that name up again when the model is saved."""
    from peft import PeftModel

    peft_model = PeftModel.from_pretrained(model, str(directory), **kwargs)
    for config in peft_model.peft_config.values():
        config.base_model_name_or_path = model.name_or_path
    return peft_model


def save_adapter(peft_model, out_dir: str | Path) -> None:
    """save_pretrained, then the config names its base by id (smollm2-135m-instruct), not by this machine's path,
    so a shipped or copied adapter loads anywhere."""
    from .base_model import model_id

    out_dir = Path(out_dir)
    peft_model.save_pretrained(str(out_dir), safe_serialization=True)
    path = out_dir / "adapter_config.json"
    config = json.loads(path.read_text())
    if config.get("base_model_name_or_path"):
        config["base_model_name_or_path"] = model_id(config["base_model_name_or_path"])
    path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
