"""The builtin engine's decode before and after this round's two changes, interleaved in one process.

    .venv/bin/python bench/decode_paths.py [--rounds 3] [--tokens 32]   ->  bench/results/decode_paths.json

Variants, on one engine (slots installed, the shipped persona adapters mixed round-robin, greedy, fp32):
- `before`: every Linear through F.linear (gpu/packed.py's unpack_linears) and transformers' forward for each
  decode step (the lean step switched off in gpu/decoding.py for the run);
- `after`: the weights packed once for oneDNN and the lean decode step (gpu/lean_step.py), as the engine serves.
Each round runs before then after (A B A B ...) at 8 and 32 rows, exactly --tokens new tokens per row; decode
tokens/s from the engine's own decode clock, as bench/ceiling.py counts it. Figures: medians, and the median of
the per-round ratios. `same_texts`: whether every row's text was the same in both variants.
What it does not measure: prefill, the batcher or the chat path, or other precisions.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, finish  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "decode_paths.json"
BATCHES = (8, 32)
PERSONAS = ("coach", "analyst", "mindful")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=32)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import django

    django.setup()
    from ceiling import cpu_name
    from django.conf import settings
    from serving_bench import messages

    from gpu import decoding
    from gpu.base_model import load_base_model
    from gpu.compute import on_compute_thread
    from gpu.engine import AdapterRef, EngineConfig, PersonaEngine, Request
    from gpu.lean_step import lean_step_for
    from gpu.packed import pack_linears, unpack_linears

    loaded = load_base_model()
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
    refs = [AdapterRef(slug, 1, str(ROOT / "personas" / "adapters" / slug)) for slug in PERSONAS]

    def run(size: int, after: bool) -> tuple[float, list[str]]:
        on_compute_thread(pack_linears if after else unpack_linears, engine.model)
        decoding.lean_step_for = lean_step_for if after else (lambda model: None)
        requests = [Request(refs[i % len(refs)], messages(i), args.tokens) for i in range(size)]
        texts = engine.generate(requests, exact_tokens=True)
        return size * (args.tokens - 1) / (requests[0].timings["decode"] / 1000), texts

    run(8, True)  # warm: adapters in slots, first-call costs paid
    rates = {(b, v): [] for b in BATCHES for v in ("before", "after")}
    same = True
    for round_ in range(args.rounds):
        for b in BATCHES:
            before, old_texts = run(b, False)
            after, new_texts = run(b, True)
            rates[(b, "before")].append(before)
            rates[(b, "after")].append(after)
            same = same and old_texts == new_texts
        print(f"round {round_ + 1}/{args.rounds}", {k: round(v[-1], 1) for k, v in rates.items()}, flush=True)
    decoding.lean_step_for = lean_step_for
    out = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, {cpu_name()}",
        "rounds": args.rounds,
        "new_tokens_per_request": args.tokens,
        "same_texts": same,
    }
    for b in BATCHES:
        before, after = rates[(b, "before")], rates[(b, "after")]
        out[f"b{b}"] = {
            "before_tokens_per_s": round(statistics.median(before), 1),
            "after_tokens_per_s": round(statistics.median(after), 1),
            "speedup": round(statistics.median(a / p for a, p in zip(after, before, strict=True)), 2),
            "speedup_per_round": [round(a / p, 2) for a, p in zip(after, before, strict=True)],
        }
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
