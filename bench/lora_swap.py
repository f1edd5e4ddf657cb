"""Persona adapter swapping and mixed-adapter batching vs plain PEFT, side by side in one run.

    .venv/bin/python bench/lora_swap.py   ->  bench/results/lora_swap.json

Adapters are random rank-8 LoRAs on q_proj/v_proj of the base model (PEFT's on-disk format).
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
RESULTS = ROOT / "bench" / "results" / "lora_swap.json"
ADAPTERS = 24


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def median_ms(samples: list[float]) -> float:
    return ms(statistics.median(samples))


def main() -> None:
    import django

    django.setup()
    import torch

    from gpu.base_model import load_base_model
    from gpu.engine import AdapterRef, EngineConfig, PersonaEngine, Request
    from gpu.synthetic import make_adapter

    torch.manual_seed(0)
    work = Path(tempfile.mkdtemp(prefix="lora-bench-"))
    base = load_base_model()
    paths = [make_adapter(base.model, work / f"a{i}", rank=8, seed=i) for i in range(ADAPTERS)]
    out: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cpus, {base.device}",
                 "model": base.name, "adapters": ADAPTERS}

    # --- plain PEFT on its own copy of the model ---------------------------------------------------
    from peft import PeftModel

    peft_base = load_base_model().model
    started = time.perf_counter()
    peft_model = PeftModel.from_pretrained(peft_base, str(paths[0]), adapter_name="a0")
    loads = [time.perf_counter() - started]
    for i in range(1, ADAPTERS):
        started = time.perf_counter()
        peft_model.load_adapter(str(paths[i]), adapter_name=f"a{i}")
        loads.append(time.perf_counter() - started)
    sets = []
    for i in range(ADAPTERS):
        started = time.perf_counter()
        peft_model.set_adapter(f"a{i}")
        sets.append(time.perf_counter() - started)
    out["peft"] = {"load_adapter_first4_p50_ms": median_ms(loads[:4]), "load_adapter_last4_p50_ms": median_ms(loads[-4:]),
                   "set_adapter_p50_ms": median_ms(sets)}
    del peft_model, peft_base

    # --- ours: slots under a budget -----------------------------------------------------------------
    config = EngineConfig(["q_proj", "v_proj"], 16, 0, 1 << 30)
    per_slot = PersonaEngine.bytes_per_slot(base.model, config)
    config.slot_budget_bytes = per_slot * (ADAPTERS + 1)  # room for all: loads never evict (growth check)
    engine = PersonaEngine(base.model, base.tokenizer, config)
    refs = [AdapterRef(f"a{i}", 1, str(p)) for i, p in enumerate(paths)]
    cold = []
    for ref in refs:
        started = time.perf_counter()
        engine.activate(ref)
        cold.append(time.perf_counter() - started)
    out["ours_cold_load"] = {"p50_ms": median_ms(cold), "first4_p50_ms": median_ms(cold[:4]),
                             "last4_p50_ms": median_ms(cold[-4:]), "resident_at_end": len(engine.resident)}

    # Warm swaps: 4 slots, 24 adapters cycling, every activation evicts and copies from the CPU tier.
    small = EngineConfig(["q_proj", "v_proj"], 16, per_slot * 5, 1 << 30)
    fresh = load_base_model()
    swapper = PersonaEngine(fresh.model, fresh.tokenizer, small)
    for ref in refs:
        swapper.activate(ref)  # fill the CPU tier
    warm, peak_slot_bytes = [], 0
    for round_ in range(3):
        for ref in refs:
            started = time.perf_counter()
            swapper.activate(ref)
            warm.append(time.perf_counter() - started)
            peak_slot_bytes = max(peak_slot_bytes, len(swapper.resident) * swapper.slot_nbytes + swapper.slot_nbytes)
    out["ours_warm_swap"] = {"p50_ms": median_ms(warm), "p95_ms": ms(sorted(warm)[int(0.95 * (len(warm) - 1))]),
                             "swaps": len(warm), "budget_bytes": small.slot_budget_bytes,
                             "peak_slot_bytes": peak_slot_bytes,
                             "allocated_slot_bytes": swapper.slot_bytes_allocated,
                             "never_above_budget": peak_slot_bytes <= small.slot_budget_bytes
                             and swapper.slot_bytes_allocated <= small.slot_budget_bytes}

    # --- throughput: 8 personas one at a time vs one mixed batch vs 8 for one persona ------------------
    tokens = 32
    prompts = [[{"role": "system", "content": "You answer about the user's craving logs."},
                {"role": "user", "content": f"Question {i}: why do my cravings peak in the evening?"}]
               for i in range(8)]
    mixed = [Request(refs[i], prompts[i], tokens) for i in range(8)]
    single = [Request(refs[0], prompts[i], tokens) for i in range(8)]
    engine.generate(mixed[:2], exact_tokens=True)  # warm up

    def timed(fn) -> float:
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - started)
        return statistics.median(runs)

    one_at_a_time = timed(lambda: [engine.generate([r], exact_tokens=True) for r in mixed])
    mixed_batch = timed(lambda: engine.generate(mixed, exact_tokens=True))
    single_batch = timed(lambda: engine.generate(single, exact_tokens=True))
    total_tokens = 8 * tokens
    out["throughput_tokens_per_s"] = {
        "8_personas_one_at_a_time": round(total_tokens / one_at_a_time, 1),
        "8_personas_one_mixed_batch": round(total_tokens / mixed_batch, 1),
        "1_persona_batch_of_8": round(total_tokens / single_batch, 1),
        "mixed_vs_one_at_a_time": round(one_at_a_time / mixed_batch, 2),
        "mixed_vs_single_persona_batch": round(single_batch / mixed_batch, 2),
    }
    t = out["throughput_tokens_per_s"]
    out["goals"] = {
        "warm_swap_p50_le_5ms": out["ours_warm_swap"]["p50_ms"] <= 5,
        "cold_load_p50_le_50ms": out["ours_cold_load"]["p50_ms"] <= 50,
        "cold_load_not_growing": out["ours_cold_load"]["last4_p50_ms"] <= 2 * out["ours_cold_load"]["first4_p50_ms"],
        "mixed_ge_3.5x_one_at_a_time": t["mixed_vs_one_at_a_time"] >= 3.5,
        "mixed_ge_0.8x_single_persona_batch": t["mixed_vs_single_persona_batch"] >= 0.8,
        "bytes_never_above_budget": out["ours_warm_swap"]["never_above_budget"],
    }
    out["ratios_vs_peft"] = {
        "peft_load_adapter_over_our_cold_load": round(out["peft"]["load_adapter_last4_p50_ms"]
                                                      / out["ours_cold_load"]["p50_ms"], 1),
        "peft_set_adapter_over_our_warm_swap": round(out["peft"]["set_adapter_p50_ms"]
                                                     / out["ours_warm_swap"]["p50_ms"], 2),
    }
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
