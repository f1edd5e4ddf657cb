"""Persona adapter loading, swapping and mixed-adapter batching: our slot engine against PEFT used the way its
documentation recommends, interleaved (A B, B A, ...) in one process so machine noise falls on both.

    .venv/bin/python bench/lora_swap.py [--rounds 5]   ->  bench/results/lora_swap.json

Adapters: 24 random rank-8 LoRAs on q_proj/v_proj of the base model, in PEFT's on-disk format. Each side has
its own copy of the base model. The comparisons:
- load from disk until servable: PEFT `load_adapter(..., low_cpu_mem_usage=True)` vs ours (disk -> CPU tier ->
  slot, `activate` of a version never seen);
- swap: PEFT `hotswap_adapter` (replaces the loaded adapter's weights in place from disk, no new modules) vs
  ours from disk, and PEFT `set_adapter` among adapters all loaded vs our warm swap (CPU tier -> slot, with
  4 slots for 24 adapters, so every swap evicts);
- 8 requests for 8 personas, 32 new tokens each: PEFT one mixed batch (`generate(..., adapter_names=[...])`)
  and one at a time (`set_adapter` + generate) vs ours mixed and one at a time.
Every ratio is the median of per-round ratios. What it does not measure: a GPU (none here), or PEFT's
torch.compile path (hotswap's main reason on a GPU)."""

from __future__ import annotations

import argparse
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
TOKENS = 32


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def timed(fn) -> float:
    """Seconds for fn, run on the process's one torch thread (gpu/compute.py) whichever side it is: PyTorch's
    OpenMP pool is per thread, and two pools taking turns on 2 cores slowed both sides by ~40%."""
    from gpu.compute import on_compute_thread

    def run() -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    return on_compute_thread(run)


def interleaved(pairs: dict[str, callable], rounds: int) -> dict[str, list[float]]:
    """Run every named function once a round, the order rotating each round; seconds per call."""
    names, samples = list(pairs), {name: [] for name in pairs}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(timed(pairs[name]))
    return samples


def ratio(slow: list[float], fast: list[float]) -> float:
    return round(statistics.median(s / f for s, f in zip(slow, fast, strict=True)), 2)


class Rig:
    """The adapters on disk, our two engines and PEFT's two models, each on its own copy of the base model."""

    def __init__(self, rounds: int):
        import torch
        from peft import PeftModel

        from gpu.base_model import load_base_model
        from gpu.engine import EngineConfig, PersonaEngine
        from gpu.synthetic import make_adapter

        torch.manual_seed(0)
        work = Path(tempfile.mkdtemp(prefix="lora-bench-"))
        base = load_base_model()
        self.tokenizer = base.tokenizer
        self.paths = [make_adapter(base.model, work / f"a{i}", rank=8, seed=i) for i in range(ADAPTERS)]
        self.out: dict = {
            "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {base.device}, no GPU",
            "model": base.name,
            "adapters": ADAPTERS,
            "rounds": rounds,
        }
        # Ours: room for every adapter (loads never evict), and a 4-slot engine for warm swaps.
        config = EngineConfig(["q_proj", "v_proj"], 16, 0, 1 << 30)
        per_slot = PersonaEngine.bytes_per_slot(base.model, config)
        config.slot_budget_bytes = per_slot * (ADAPTERS + 1)
        self.engine = PersonaEngine(base.model, self.tokenizer, config)
        fresh = load_base_model()
        self.swapper = PersonaEngine(
            fresh.model, fresh.tokenizer, EngineConfig(["q_proj", "v_proj"], 16, per_slot * 5, 1 << 30)
        )
        # PEFT: one model that loads all 24 (set_adapter, adapter_names), one kept at a single adapter (hotswap).
        self.peft_all = PeftModel.from_pretrained(
            load_base_model().model, str(self.paths[0]), adapter_name="a0", low_cpu_mem_usage=True
        )
        self.peft_hot = PeftModel.from_pretrained(load_base_model().model, str(self.paths[0]), low_cpu_mem_usage=True)


def loads_interleaved(rig: Rig) -> dict[str, list[float]]:
    """Loads from disk, interleaved adapter by adapter; then the swapper's CPU tier takes all 24."""
    from gpu.engine import AdapterRef

    loads: dict[str, list[float]] = {"peft_load_adapter": [], "ours_cold_load": []}
    paths = rig.paths
    for i in range(1, ADAPTERS):
        steps = [
            (
                "peft_load_adapter",
                lambda i=i: rig.peft_all.load_adapter(str(paths[i]), adapter_name=f"a{i}", low_cpu_mem_usage=True),
            ),
            ("ours_cold_load", lambda i=i: rig.engine.activate(AdapterRef(f"a{i}", 1, str(paths[i])))),
        ]
        for name, step in steps if i % 2 else steps[::-1]:
            loads[name].append(timed(step))
    rig.engine.activate(AdapterRef("a0", 1, str(paths[0])))
    for ref_path in paths:
        rig.swapper.prefetch(AdapterRef(ref_path.name, 1, str(ref_path)))
    return loads


def swaps_interleaved(rig: Rig, rounds: int) -> dict[str, list[float]]:
    """Seconds per swap; each sample is one full cycle through all 24 adapters."""
    from peft.utils.hotswap import hotswap_adapter

    from gpu.engine import AdapterRef

    cycle = {"i": 0}

    def disk_swap_ours():
        cycle["i"] += 1  # a version never seen: from disk, as hotswap reads from disk
        for i, path in enumerate(rig.paths):
            rig.swapper.activate(AdapterRef(f"a{i}", 1000 + cycle["i"], str(path)))

    swaps = interleaved(
        {
            "peft_hotswap_adapter": lambda: [
                hotswap_adapter(rig.peft_hot, str(p), adapter_name="default") for p in rig.paths
            ],
            "ours_from_disk": disk_swap_ours,
            "peft_set_adapter": lambda: [rig.peft_all.set_adapter(f"a{i}") for i in range(ADAPTERS)],
            "ours_warm_swap": lambda: [rig.swapper.activate(AdapterRef(p.name, 1, str(p))) for p in rig.paths],
        },
        rounds,
    )
    return {name: [s / ADAPTERS for s in samples] for name, samples in swaps.items()}


def generation_interleaved(rig: Rig, rounds: int) -> dict[str, list[float]]:
    """8 personas, 32 new tokens each: one mixed batch and one at a time, ours and PEFT's."""
    import torch

    from gpu.engine import AdapterRef, Request

    tokenizer = rig.tokenizer
    prompts = [
        [
            {"role": "system", "content": "You answer about the user's craving logs."},
            {"role": "user", "content": f"Question {i}: why do my cravings peak in the evening?"},
        ]
        for i in range(8)
    ]
    mixed = [Request(AdapterRef(f"a{i}", 1, str(rig.paths[i])), prompts[i], TOKENS) for i in range(8)]
    texts = [tokenizer.apply_chat_template(p, add_generation_prompt=True, tokenize=False) for p in prompts]

    def peft_generate(rows: list[int], names: list[str] | None):
        encoded = tokenizer([texts[i] for i in rows], return_tensors="pt", padding=True)
        with torch.inference_mode():
            rig.peft_all.generate(
                **encoded,
                max_new_tokens=TOKENS,
                min_new_tokens=TOKENS,
                do_sample=False,
                pad_token_id=tokenizer.pad_token_id,
                **({"adapter_names": names} if names else {}),
            )

    def peft_one_at_a_time():
        for i in range(8):
            rig.peft_all.set_adapter(f"a{i}")
            peft_generate([i], None)

    timed(lambda: rig.engine.generate(mixed[:2], exact_tokens=True))  # warm up both
    timed(lambda: peft_generate([0, 1], ["a0", "a1"]))
    return interleaved(
        {
            "ours_mixed_batch": lambda: rig.engine.generate(mixed, exact_tokens=True),
            "peft_mixed_batch_adapter_names": lambda: peft_generate(list(range(8)), [f"a{i}" for i in range(8)]),
            "ours_one_at_a_time": lambda: [rig.engine.generate([r], exact_tokens=True) for r in mixed],
            "peft_one_at_a_time": peft_one_at_a_time,
        },
        rounds,
    )


def report(rig: Rig, loads: dict, per_swap: dict, runs: dict) -> dict:
    out = rig.out
    out["load_p50_ms"] = {name: ms(statistics.median(v)) for name, v in loads.items()}
    out["load_last4_p50_ms"] = {name: ms(statistics.median(v[-4:])) for name, v in loads.items()}
    out["swap_p50_ms"] = {name: ms(statistics.median(v)) for name, v in per_swap.items()}
    out["throughput_tokens_per_s"] = {name: round(8 * TOKENS / statistics.median(v), 1) for name, v in runs.items()}
    out["ratios"] = r = {
        "peft_load_adapter_over_ours": ratio(loads["peft_load_adapter"], loads["ours_cold_load"]),
        "peft_hotswap_over_ours_from_disk": ratio(per_swap["peft_hotswap_adapter"], per_swap["ours_from_disk"]),
        "peft_set_adapter_over_ours_warm_swap": ratio(per_swap["peft_set_adapter"], per_swap["ours_warm_swap"]),
        "ours_mixed_over_peft_adapter_names": ratio(runs["peft_mixed_batch_adapter_names"], runs["ours_mixed_batch"]),
        "ours_mixed_over_ours_one_at_a_time": ratio(runs["ours_one_at_a_time"], runs["ours_mixed_batch"]),
        "ours_mixed_over_peft_one_at_a_time": ratio(runs["peft_one_at_a_time"], runs["ours_mixed_batch"]),
    }
    swapper = rig.swapper
    out["warm_swap_bytes_never_above_budget"] = swapper.slot_bytes_allocated <= swapper.config.slot_budget_bytes
    out["goals"] = {
        "warm_swap_p50_le_5ms": out["swap_p50_ms"]["ours_warm_swap"] <= 5,
        "cold_load_p50_le_50ms": out["load_p50_ms"]["ours_cold_load"] <= 50,
        "cold_load_not_growing": out["load_last4_p50_ms"]["ours_cold_load"] <= 2 * out["load_p50_ms"]["ours_cold_load"],
        "mixed_ge_3.5x_one_at_a_time": r["ours_mixed_over_ours_one_at_a_time"] >= 3.5,
        "mixed_ge_1x_peft_adapter_names": r["ours_mixed_over_peft_adapter_names"] >= 1.0,
        "bytes_never_above_budget": out["warm_swap_bytes_never_above_budget"],
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the figures go (a smoke run: elsewhere)")
    args = parser.parse_args()
    import django

    django.setup()
    rig = Rig(args.rounds)
    loads = loads_interleaved(rig)
    per_swap = swaps_interleaved(rig, args.rounds)
    runs = generation_interleaved(rig, args.rounds)
    out = report(rig, loads, per_swap, runs)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
