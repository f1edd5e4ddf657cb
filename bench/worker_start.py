"""How long a gpu worker takes to be ready, with the parser's example vectors embedded at start (no cache file,
as before the cache) against read from the model cache (gpu/vector_cache.py).

    .venv/bin/python bench/worker_start.py [--rounds 2] [--out bench/results/worker_start.json]

One Celery worker process at a time, as the tests start them (gpu and default queues, 4 threads, models warmed),
alternating without / with the cache file (A B A B) on the same machine. Measured: seconds from launch to
Celery's "ready" line, which comes after the worker_ready handlers (embedding model, base model, parser vectors).
Not measured: the first job's time, or what other processes on the machine were doing (the load average is
recorded beside each start). Goal: the cached start is at least 5 s faster on average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, bench_database, finish, stop_processes

RESULTS = ROOT / "bench" / "results" / "worker_start.json"
GOAL_SAVED_S = 5.0


def start_seconds(env: dict, log: Path) -> float:
    command = [sys.executable, "-m", "celery", "-A", "crave", "worker", "-Q", "gpu,default", "--pool", "threads"]
    command += [
        "--concurrency",
        "4",
        "-n",
        f"start-{log.stem}@%h",
        "-l",
        "INFO",
        "--without-mingle",
        "--without-gossip",
    ]
    started = time.monotonic()
    with log.open("w") as out:
        worker = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        while " ready." not in log.read_text(errors="replace"):
            if worker.poll() is not None or time.monotonic() - started > 600:
                raise SystemExit(f"worker did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.1)
        return round(time.monotonic() - started, 2)
    finally:
        stop_processes([worker])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    bench_database("worker_start")
    from django.conf import settings

    cache = Path(tempfile.mkdtemp(prefix="worker-start-"))  # its own model cache: the base model copy is linked in
    for entry in Path(settings.MODEL_CACHE_DIR).iterdir():
        if entry.is_dir() and entry.name != "parser-examples":
            (cache / entry.name).symlink_to(entry.resolve())
    env = {**os.environ, "CRAVE_WARM_MODELS": "1", "CRAVE_MODEL_CACHE": str(cache), "PYTHONUNBUFFERED": "1"}
    runs: dict[str, list[dict]] = {"embedded_at_start": [], "read_from_cache": []}
    try:
        start_seconds(env, cache / "warm-up.log")  # pages the libraries in, and writes the cache file
        for round_ in range(args.rounds):
            for label in runs:
                if label == "embedded_at_start":
                    shutil.rmtree(cache / "parser-examples", ignore_errors=True)
                seconds = start_seconds(env, cache / f"{label}-{round_}.log")
                runs[label].append({"seconds": seconds, "load_average": os.getloadavg()[0]})
                assert (cache / "parser-examples").exists(), "the worker wrote no cache file"
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        from core import localstack

        localstack.stop_services()
    mean = {label: round(sum(r["seconds"] for r in rows) / len(rows), 2) for label, rows in runs.items()}
    saved = round(mean["embedded_at_start"] - mean["read_from_cache"], 2)
    finish(
        {
            "rounds": args.rounds,
            "runs": runs,
            "mean_seconds": mean,
            "saved_seconds": saved,
            "goals": {"saved_seconds": {"goal": f">= {GOAL_SAVED_S}", "value": saved, "pass": saved >= GOAL_SAVED_S}},
        },
        args.out,
    )


if __name__ == "__main__":
    main()
