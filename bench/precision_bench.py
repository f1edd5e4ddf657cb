"""The builtin engine's start-up precision check, with every candidate measured (bf16 too, where the check
itself skips it for want of native bf16), and what the check adds to a worker's start.

    .venv/bin/python bench/precision_bench.py   ->  bench/results/precision.json

Figures: per candidate, token match and logit drift against fp32 on the fixed findings (personas/precision.py,
gpu/precision.py defines both), and the best of TIMED_ROUNDS seconds to decode those 8 probes as one batch of
PROBE_TOKENS tokens each, timed interleaved with fp32; the precision the check picks; the check's own time
when it measures (a worker's first start on a machine) and when it reads its cache (every later start),
beside the base model's load time. What it does not measure: answer quality beyond drift from fp32 (the
answer and persona benches do).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, finish  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "precision.json"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import django

    django.setup()
    import copy

    import torch
    from django.conf import settings

    from gpu import precision
    from gpu.base_model import load_base_model, model_path
    from gpu.engine import EngineConfig, PersonaEngine

    load_before = [round(x, 2) for x in os.getloadavg()]
    started = time.perf_counter()
    loaded = load_base_model()
    load_seconds = time.perf_counter() - started
    config = EngineConfig(
        settings.LORA_TARGET_MODULES,
        settings.LORA_MAX_RANK,
        settings.LORA_SLOT_BUDGET_BYTES,
        settings.LORA_CPU_CACHE_BYTES,
    )
    probes = precision.probes_from_settings()
    every = [precision.Precision.BFLOAT16, precision.Precision.INT8]
    results = precision.measure(
        lambda: PersonaEngine(copy.deepcopy(loaded.model), loaded.tokenizer, config),
        probes,
        {name.value: partial(precision.convert, precision=name) for name in every},
    )
    # The start-up path itself, on a fresh cache: once measuring, once reading what it wrote.
    settings.BASE_MODEL_CPU_PRECISION = "auto"
    model_dir = model_path(loaded.name)  # before the cache moves: the converted copy stays where it is
    with tempfile.TemporaryDirectory() as cache:
        settings.MODEL_CACHE_DIR = Path(cache)
        first = precision.choose(loaded.model, loaded.tokenizer, config, model_dir)
        again = precision.choose(loaded.model, loaded.tokenizer, config, model_dir)
    fp32 = results[precision.Precision.FLOAT32.value].seconds
    out = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus, torch threads {torch.get_num_threads()}",
        "native_bf16": precision.native_bf16(),
        "load_avg_1_5_15_before": load_before,
        "model": settings.BASE_MODEL,
        "probes": len(probes),
        "probe_tokens": precision.PROBE_TOKENS,
        "thresholds": {
            "min_token_match": precision.MIN_TOKEN_MATCH,
            "max_logit_drift": precision.MAX_LOGIT_DRIFT,
            "min_speedup": precision.MIN_SPEEDUP,
        },
        "every_candidate": {
            name: {**vars(c), "speedup_over_fp32": round(fp32 / c.seconds, 3)} for name, c in results.items()
        },
        "picked_among_every_candidate": precision.pick(results).value,
        "startup_check": {
            "picked": first.precision.value,
            "measured": first.summary(),
            "seconds_when_measuring": first.check_seconds,
            "seconds_when_cached": again.check_seconds,
            "cached_how": again.how.value,
            "base_model_load_seconds": round(load_seconds, 3),
        },
        "load_avg_1_5_15_after": [round(x, 2) for x in os.getloadavg()],
    }
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
