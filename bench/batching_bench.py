"""Adaptive batching against the fixed 8 ms wait, on the real engine with the three shipped personas.

    .venv/bin/python bench/batching_bench.py [--trials 12]   ->  bench/results/batching_bench.json

Two batchers share one engine (one base model, one set of slots); each trial runs both, alternating which goes
first (A B, B A, ...):
- lone: one request at a time, 8 new tokens, 300 ms apart (a quiet hour): latency from submit to text;
- burst: 32 requests over three personas arriving as a Poisson stream at 100 per second, 16 new tokens:
  requests per second from the first arrival to the last answer, and p95 latency.
What it does not measure: the Celery hop and the answer pipeline around generation (bench/chat_load.py does).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "batching_bench.json"
PERSONAS = ("coach", "analyst", "mindful")
QUESTIONS = ("When do I crave sugar?", "What triggers my smoking?", "How was my week?", "Am I improving?")


def lone(batcher, refs, Request, rng) -> float:
    started = time.perf_counter()
    ref = refs[rng.choice(PERSONAS)]
    batcher.submit(Request(ref, [{"role": "user", "content": rng.choice(QUESTIONS)}], 8)).result()
    return time.perf_counter() - started


def burst(batcher, refs, Request, rng, size: int = 32, rate: float = 100.0) -> tuple[float, float]:
    futures, submitted = [], []
    first = time.perf_counter()
    for i in range(size):
        submitted.append(time.perf_counter())
        futures.append(
            batcher.submit(Request(refs[PERSONAS[i % 3]], [{"role": "user", "content": QUESTIONS[i % 4]}], 16))
        )
        time.sleep(rng.expovariate(rate))
    latencies = []
    for at, future in zip(submitted, futures, strict=True):
        future.result()
        latencies.append(time.perf_counter() - at)
    # Completion order is batch order: the last future to finish closes the window.
    elapsed = max(at + lat for at, lat in zip(submitted, latencies, strict=True)) - first
    return size / elapsed, sorted(latencies)[int(0.95 * len(latencies))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=12)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import django

    django.setup()
    from django.conf import settings

    from gpu.base_model import load_base_model
    from gpu.batcher import Batcher
    from gpu.engine import AdapterRef, EngineConfig, PersonaEngine, Request

    base = load_base_model()
    engine = PersonaEngine(
        base.model,
        base.tokenizer,
        EngineConfig(
            settings.LORA_TARGET_MODULES,
            settings.LORA_MAX_RANK,
            settings.LORA_SLOT_BUDGET_BYTES,
            settings.LORA_CPU_CACHE_BYTES,
        ),
    )
    shipped = ROOT / "personas" / "adapters"
    refs = {slug: AdapterRef(slug, 1, str(shipped / slug)) for slug in PERSONAS}
    batchers = {
        "fixed_8ms": Batcher(engine, max_batch=8, max_wait_ms=8, adaptive=False),
        "adaptive": Batcher(engine, max_batch=8, max_wait_ms=settings.LORA_BATCH_MAX_WAIT_MS),
    }
    rng = random.Random(0)
    for batcher in batchers.values():  # warm: adapters in slots, first-call costs paid
        burst(batcher, refs, Request, rng, size=8)
    samples = {name: {"lone": [], "burst_rps": [], "burst_p95": []} for name in batchers}
    for trial in range(args.trials):
        order = list(batchers) if trial % 2 == 0 else list(reversed(batchers))
        for name in order:
            for _ in range(4):
                time.sleep(0.3)
                samples[name]["lone"].append(lone(batchers[name], refs, Request, rng))
            rps, p95 = burst(batchers[name], refs, Request, rng)
            samples[name]["burst_rps"].append(rps)
            samples[name]["burst_p95"].append(p95)
        print(f"trial {trial + 1}/{args.trials}", flush=True)
    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {base.device}",
        "model": base.name,
        "trials": args.trials,
        "adaptive_max_wait_ms": settings.LORA_BATCH_MAX_WAIT_MS,
    }
    for name, s in samples.items():
        out[name] = {
            "lone_p50_ms": round(statistics.median(s["lone"]) * 1000, 1),
            "burst_requests_per_s": round(statistics.median(s["burst_rps"]), 2),
            "burst_p95_s": round(statistics.median(s["burst_p95"]), 3),
            "mean_batch": round(statistics.mean(batchers[name].batch_sizes), 2),
        }
    pairs = zip(samples["fixed_8ms"]["lone"], samples["adaptive"]["lone"], strict=True)
    out["lone_saved_ms_median_of_pairs"] = round(statistics.median(f - a for f, a in pairs) * 1000, 1)
    out["burst_throughput_adaptive_vs_fixed"] = round(
        out["adaptive"]["burst_requests_per_s"] / out["fixed_8ms"]["burst_requests_per_s"], 3
    )
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
