"""Random LoRA adapters in PEFT's on-disk format, for benchmarks and tests that need many personas fast."""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors.torch import save_file
from torch import nn


def make_adapter(
    model,
    directory: str | Path,
    *,
    rank: int = 8,
    alpha: int = 16,
    seed: int = 0,
    target_modules: tuple[str, ...] = ("q_proj", "v_proj"),
    scale: float = 0.02,
) -> Path:
    """Write adapter_config.json + adapter_model.safetensors with random A and B (B nonzero, so it matters)."""
    from peft import LoraConfig

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    generator = torch.Generator().manual_seed(seed)
    tensors = {}
    for name, module in model.named_modules():
        leaf = name.rsplit(".", 1)[-1]
        base = getattr(module, "base", module)  # also works on a model that already has slots installed
        if leaf in target_modules and isinstance(base, nn.Linear):
            prefix = f"base_model.model.{name}"
            tensors[f"{prefix}.lora_A.weight"] = torch.randn(rank, base.in_features, generator=generator) * scale
            tensors[f"{prefix}.lora_B.weight"] = torch.randn(base.out_features, rank, generator=generator) * scale
    LoraConfig(r=rank, lora_alpha=alpha, target_modules=list(target_modules), task_type="CAUSAL_LM").save_pretrained(
        str(directory)
    )
    save_file(tensors, str(directory / "adapter_model.safetensors"))
    return directory
