"""Adapter-affinity routing against one shared queue, with real gpu worker processes.

    .venv/bin/python bench/fleet_bench.py [--requests 2000]   ->  bench/results/fleet_bench.json

Two fleets of 3 gpu workers each (Celery, threads x8, as docker-compose runs them) serve 60 personas
(random rank-8 adapters) whose popularity is Zipf(1.1); each worker has 24 slots (23 usable): one worker
cannot hold every persona, the three together can. Fleet A gets each request through the router (gpu/routing.py) on its direct queue;
fleet B, on a Redis database of its own, takes every request from the shared `gpu` queue. Both see the same
persona sequence in blocks of 50 that alternate A B A B at --rate requests a second (5: below what either
fleet serves here, so queues stay short), 4 new tokens each; one torch thread per worker.

Slot hit rate: of all adapter activations on a fleet's workers, those already in a slot (cold starts
included). Cold loads: adapter reads from disk. Latency: send to result stored.

Prefetch: after the main run, cold personas (never asked before) are asked on fleet A right after what a
craving log triggers (personas.services.persona_warm, 300 ms before the question) or without it, alternating.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from common import bench_database, finish, stop_processes  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "fleet_bench.json"
PERSONAS, COLD, SLOTS, BLOCK, TOKENS = 60, 16, 24, 50, 4
ASK = [{"role": "user", "content": "One word about my evening cravings?"}]


def zipf_sequence(n: int, count: int, s: float, seed: int) -> list[int]:
    weights = [1 / (rank**s) for rank in range(1, n + 1)]
    return random.Random(seed).choices(range(n), weights=weights, k=count)


def make_personas(work: Path) -> tuple[list[str], int]:
    """PERSONAS + COLD ready personas with synthetic adapters; returns their slugs and the slot budget."""
    from django.conf import settings

    from gpu.base_model import load_base_model
    from gpu.engine import EngineConfig, PersonaEngine
    from gpu.synthetic import make_adapter
    from personas.models import Persona, PersonaStatus

    model = load_base_model().model
    per_slot = PersonaEngine.bytes_per_slot(
        model, EngineConfig(settings.LORA_TARGET_MODULES, settings.LORA_MAX_RANK, 0, 0)
    )
    slugs = [f"fleet-{i:02d}" for i in range(PERSONAS + COLD)]
    Persona.objects.filter(slug__startswith="fleet-").delete()
    for i, slug in enumerate(slugs):
        path = work / slug
        if not (path / "adapter_model.safetensors").exists():
            make_adapter(model, path, rank=8, seed=i)
        Persona.objects.create(
            name=slug,
            slug=slug,
            system_prompt="Answer in one word.",
            adapter_path=str(path),
            status=PersonaStatus.READY,
            version=1,
        )
    return slugs, per_slot * SLOTS


def start_fleet(name: str, env: dict, logs: Path) -> list[subprocess.Popen]:
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "crave",
        "worker",
        "-Q",
        "gpu",
        "--pool",
        "threads",
        "--concurrency",
        "8",
        "-l",
        "INFO",
        "--without-mingle",
        "--without-gossip",
    ]
    return [
        subprocess.Popen(
            [*command, "-n", f"{name}{i}@%h"],
            env={**env, "CRAVE_WARM_MODELS": "1"},
            cwd=ROOT,
            stdout=(logs / f"{name}{i}.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        for i in range(3)
    ]


def fleet_totals(client) -> dict:
    states = [json.loads(raw) for raw in client.hgetall("crave:fleet").values()]
    live = [s for s in states if time.time() - s["ts"] < 10]
    return {"workers": len(live), **{k: sum(s.get(k, 0) for s in live) for k in ("hits", "misses", "cold_loads")}}


def send_block(send, slugs: list[str], rate: float) -> list[float]:
    """Requests at `rate` per second; seconds from send to stored result, each."""
    sent = []
    for slug in slugs:
        sent.append((time.time(), send(slug)))
        time.sleep(1 / rate)
    latencies = []
    for at, result in sent:
        result.get(timeout=300)
        done = result.date_done.replace(tzinfo=result.date_done.tzinfo or UTC)
        latencies.append(done.timestamp() - at)
    return latencies


def p95(values: list[float]) -> float:
    return round(sorted(values)[int(0.95 * (len(values) - 1))], 3)


def wait_for_fleets(clients, logs: Path) -> None:
    deadline = time.monotonic() + 300
    while min(fleet_totals(client)["workers"] for client in clients) < 3:
        if time.monotonic() > deadline:
            raise SystemExit(f"fleets not ready; logs in {logs}")
        time.sleep(1)


def both_fleets(sends: dict, sequence: list[str], rate: float) -> dict[str, list[float]]:
    """The same Zipf sequence through each fleet, a block at a time, the order alternating block by block."""
    latencies: dict[str, list[float]] = {"affinity": [], "shared": []}
    for start in range(0, len(sequence), BLOCK):
        order = ["affinity", "shared"] if (start // BLOCK) % 2 == 0 else ["shared", "affinity"]
        for mode in order:
            latencies[mode] += send_block(sends[mode], sequence[start : start + BLOCK], rate)
        print(f"{start + BLOCK}/{len(sequence)} requests per fleet", flush=True)
    return latencies


def fleet_figures(out: dict, clients: dict, latencies: dict) -> None:
    time.sleep(3)  # the last heartbeats carry the final counts
    for mode, client in clients.items():
        totals = fleet_totals(client)
        out[mode] = {
            "slot_hit_rate": round(totals["hits"] / (totals["hits"] + totals["misses"]), 4),
            "cold_loads": totals["cold_loads"],
            "activations": totals["hits"] + totals["misses"],
            "p50_s": round(statistics.median(latencies[mode]), 3),
            "p95_s": p95(latencies[mode]),
        }
    out["affinity_hit_rate"] = out["affinity"]["slot_hit_rate"]
    out["cold_loads_shared_vs_affinity"] = round(out["shared"]["cold_loads"] / max(1, out["affinity"]["cold_loads"]), 2)


def first_answer_after_log(slugs: list[str], send, rate: float) -> dict:
    """For personas no worker has seen: warmed after the log (as production does) or not, alternating."""
    from personas.services import persona_warm

    first: dict[str, list[float]] = {"prefetch": [], "no_prefetch": []}
    for i, slug in enumerate(slugs):
        mode = "prefetch" if i % 2 == 0 else "no_prefetch"
        if mode == "prefetch":
            persona_warm(slug)
        time.sleep(0.3)  # the log's embedding job runs first; the question comes after
        first[mode] += send_block(send, [slug], rate)
    return {mode: {"p50_s": round(statistics.median(v), 3), "n": len(v)} for mode, v in first.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000, help="per fleet")
    parser.add_argument("--rate", type=float, default=5.0, help="requests per second while a block is sent")
    args = parser.parse_args()

    from core import localstack

    bench_database("crave_fleet")
    import redis
    from celery import Celery

    from gpu import routing
    from personas.tasks import persona_generate

    url_a = os.environ["REDIS_URL"]
    url_b = url_a.rsplit("/", 1)[0] + "/1"
    clients = {"affinity": redis.Redis.from_url(url_a), "shared": redis.Redis.from_url(url_b)}
    for client in clients.values():
        client.flushdb()
    work = ROOT / ".local" / "bench" / "fleet"
    (work / "logs").mkdir(parents=True, exist_ok=True)
    slugs, budget = make_personas(work / "adapters")
    # Six worker processes share 2 cores here (in production each has its own GPU): one torch thread each.
    env = {**os.environ, "LORA_SLOT_BUDGET_BYTES": str(budget), "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}
    fleets = start_fleet("affinity", env, work / "logs") + start_fleet(
        "shared", {**env, "REDIS_URL": url_b}, work / "logs"
    )
    shared_app = Celery("fleet-b", broker=url_b, backend=url_b, set_as_current=False)  # the tasks stay on ours
    shared_app.conf.task_serializer = "json"
    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "personas": PERSONAS,
        "zipf_s": 1.1,
        "workers_per_fleet": 3,
        "slots_per_worker": SLOTS - 1,
        "requests_per_fleet": args.requests,
        "new_tokens": TOKENS,
        "rate_per_s": args.rate,
        "torch_threads_per_worker": 1,
    }
    try:
        wait_for_fleets(clients.values(), work / "logs")
        sends = {
            "affinity": lambda slug: persona_generate.apply_async(args=[slug, ASK, TOKENS], **routing.route(slug)),
            "shared": lambda slug: shared_app.send_task(
                "personas.tasks.persona_generate", args=[slug, ASK, TOKENS], queue="gpu"
            ),
        }
        sequence = [slugs[i] for i in zipf_sequence(PERSONAS, args.requests, 1.1, seed=1)]
        fleet_figures(out, clients, both_fleets(sends, sequence, args.rate))
        out["first_answer_after_log"] = first_answer_after_log(slugs[PERSONAS:], sends["affinity"], args.rate)
        out["goals"] = {
            "affinity_hit_rate_at_least_0.95": out["affinity_hit_rate"] >= 0.95,
            "at_least_2x_fewer_cold_loads": out["cold_loads_shared_vs_affinity"] >= 2.0,
        }
    finally:
        stop_processes(fleets)
        localstack.stop_services()
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
