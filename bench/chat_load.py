"""Chats under load against the production web tier, with craving creation measured beside them.

    .venv/bin/python bench/chat_load.py [--rounds 2]   ->  bench/results/chat_load.json

Starts what docker-compose runs, on this machine: gunicorn with uvicorn workers on crave.asgi
(crave/gunicorn.conf.py, 3 workers), a `default` Celery worker (4 processes) and a `gpu` worker (threads),
with production settings, against a project-local PostgreSQL and Redis. Users with three months of demo logs
each ask one question (distinct users, so no answer comes from the cache) at 1, 16 and 32 at once
(at 1: SINGLES chats one after another, so that its p95 is not one chat's time).

Two variants, interleaved round by round (A B, then B A) with the gpu worker restarted for each:
- `current`: the persona writes only its touch, embedding calls run between decode steps and share encode
  calls, the gpu worker has 32 threads (a burst of 32 is in flight at once);
- `baseline`: the code's old path, restored by settings (PERSONA_TOUCH_ONLY=0: the whole reply, 64 tokens;
  COMPUTE_INTERLEAVE=0: one first-come compute queue), with the old 8 threads;
- `previous` (`--variants current,previous`): `current` without this round's engine changes
  (ENGINE_PREFIX_CACHE=0: every prompt prefilled whole in one left-padded batch; ENGINE_CONTINUOUS_BATCHING=0:
  a batch's members are fixed and every asker waits for its end). Finished rows still leave the batch.
- `before` (`--variants current,before`): `current` without this round's two changes. PERSONA_TOUCH_TIED=0:
  every answered question is voiced, and the persona reads the whole answer as its facts (`current` asks for
  a touch only where the key sentence names a time, day, place, company, feeling, trigger or thing craved,
  and gives it that sentence). COMPUTE_BACKGROUND_LAST=0: embedding the probe's logs queues with the chats'
  generations, first come first served (`current` runs it after them unless it has waited 2 s). Log
  embeddings share one encode call in both.
Per burst: each answer's stages (ms, medians over the burst) from the Insight the worker wrote
(finding.stagesMs and finding.timingsMs): task_queue (chat request to the worker starting it), parse
(understanding, its embedding calls included), embed (subject matching), sql, say, embed_calls_ms (every
embedding call of the answer, waiting for the compute thread included), generation_queue (waiting for a
batch), generation_prefill, generation_decode, compose (the whole answer in the worker); and the machine's
1-minute load average when the burst ended (the machine is shared: read every figure beside it).

All the while a probe creates cravings (POST /api/v1/cravings/, one at a time, every 100 ms). Its latencies
are split by what else ran: idle windows (no chat in flight) alternate with the bursts, round after round,
so the p99s compare the same minutes of a noisy machine. On this 2-core machine the gpu worker's model and the
web tier share the cores; in production the gpu worker has its own machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from common import bench_database, finish, stop_processes  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "chat_load.json"
LEVELS = (1, 16, 32)
VARIANTS = {
    "current": ({}, 32),
    "baseline": ({"PERSONA_TOUCH_ONLY": "0", "COMPUTE_INTERLEAVE": "0"}, 8),
    "previous": ({"ENGINE_PREFIX_CACHE": "0", "ENGINE_CONTINUOUS_BATCHING": "0"}, 32),
    "before": ({"PERSONA_TOUCH_TIED": "0", "COMPUTE_BACKGROUND_LAST": "0"}, 32),
}
STAGES = (
    "task_queue",
    "embed_calls",
    "parse",
    "embed",
    "sql",
    "say",
    "embed_calls_ms",
    "generation_queue",
    "generation_prefill",
    "generation_decode",
    "compose",
)
GOALS = {"c1_p95_s": 2.5, "c16_p95_s": 10.0, "c16_answers_per_s": 1.5, "c32_p95_s": 20.0}
QUESTIONS = (
    "How many cravings did I log this week?",
    "When do my cravings usually happen?",
    "What triggers my cravings most?",
    "Am I resisting more than last month?",
)
PROBE_EVERY = 0.1
SINGLES = 6  # "1 at once": this many chats one after another, so that its p95 is more than one chat's time
IDLE_SECONDS = 10


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 4)


def make_users(count: int) -> list[str]:
    """Users with demo logs and real embeddings, and their access tokens."""
    from django.conf import settings
    from rest_framework_simplejwt.tokens import AccessToken

    from accounts.models import User
    from cravings.demo import demo_cravings
    from cravings.models import Craving
    from gpu.embeddings import get_provider
    from personas.services import personas_seed_starters

    personas_seed_starters()
    User.objects.filter(email__startswith="chatload-").delete()
    provider, vectors = get_provider(), dict[str, list[float]]()
    tokens = []
    for i in range(count):
        user = User.objects.create_user(f"chatload-{i}@example.com", None, timezone="America/New_York")
        rows = demo_cravings(user, seed=i)
        missing = sorted({row.embedding_text for row in rows} - set(vectors))
        vectors.update(zip(missing, provider.embed(missing), strict=True) if missing else [])
        for row in rows:
            row.embedding, row.embedding_status = vectors[row.embedding_text], "done"
        Craving.objects.bulk_create(rows, batch_size=500)
        tokens.append(str(AccessToken.for_user(user)))
    assert settings.SECRET_KEY  # the servers sign with the same key (passed in their environment)
    return tokens


def request(port: int, method: str, path: str, token: str, body: dict | None = None, timeout: float = 150):
    """(status, seconds); status 0 is a dropped or refused connection."""
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        conn.request(
            method,
            path,
            json.dumps(body) if body is not None else None,
            {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "X-Forwarded-Proto": "https",
                "Host": "127.0.0.1",
            },
        )
        status = conn.getresponse().status
        conn.close()
    except (OSError, http.client.HTTPException):
        status = 0
    return status, time.monotonic() - started


class Probe(threading.Thread):
    """Creates a craving every PROBE_EVERY seconds and files each latency under the current phase."""

    def __init__(self, port: int, tokens: list[str]):
        super().__init__(daemon=True)
        self.port, self.tokens, self.phase = port, tokens, None
        self.samples: dict[str, list[float]] = {}
        self.failures: dict[str, int] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        i = 0
        while not self.stopping.is_set():
            phase = self.phase
            body = {
                "id": str(uuid.uuid4()),
                "cravingDescription": "Wanted chocolate after work",
                "cravingStrength": 6,
                "confidenceToResist": 5,
                "emotions": ["Tired"],
                "timestamp": "2026-11-20T21:30:00-05:00",
            }
            status, seconds = request(self.port, "POST", "/api/v1/cravings/", self.tokens[i % len(self.tokens)], body)
            if phase:
                self.samples.setdefault(phase, []).append(seconds)
                if status != 201:
                    self.failures[phase] = self.failures.get(phase, 0) + 1
            i += 1
            self.stopping.wait(max(0.0, PROBE_EVERY - seconds))


def burst(port: int, tokens: list[str], level: int, round_: int) -> list[tuple[int, float]]:
    with ThreadPoolExecutor(max(level, 1)) as pool:
        return list(
            pool.map(
                lambda i: request(
                    port, "POST", "/ai/chat", tokens[i], {"userQuery": QUESTIONS[(i + round_) % len(QUESTIONS)]}
                ),
                range(level),
            )
        )


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)


def wait_ready(port: int, gpu_log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if request(port, "GET", "/health", "-", timeout=2)[0] == 200 and " ready." in gpu_log.read_text():
            return
        time.sleep(0.5)
    raise SystemExit(f"servers not ready after {timeout}s; see {gpu_log.parent}")


def stack_env(port: int, settings) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.production",
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "GOOGLE_IOS_CLIENT_ID": "bench.apps.googleusercontent.com",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "WEB_BIND_ADDRESS": f"127.0.0.1:{port}",
        "THROTTLE_WRITE": "100000/min",
        "THROTTLE_AI": "100000/min",
        "PYTHONUNBUFFERED": "1",
    }


CELERY = [sys.executable, "-m", "celery", "-A", "crave", "worker", "-l", "INFO"]


def start_stack(port: int, logs: Path, settings) -> list:
    """The production layout's web tier and default worker; the gpu worker is started per variant."""
    env = stack_env(port, settings)
    return [
        start(
            [sys.executable, "-m", "gunicorn", "-c", "crave/gunicorn.conf.py", "crave.asgi:application"],
            env,
            logs / "web.log",
        ),
        start([*CELERY, "-Q", "default", "-n", "default@%h", "--concurrency", "4"], env, logs / "worker.log"),
    ]


def start_gpu(port: int, logs: Path, settings, variant: str) -> subprocess.Popen:
    extra, threads = VARIANTS[variant]
    env = {**stack_env(port, settings), "CRAVE_WARM_MODELS": "1", **extra}
    log = logs / f"gpu-{variant}.log"
    gpu = start([*CELERY, "-Q", "gpu", "-n", "gpu@%h", "--pool", "threads", "--concurrency", str(threads)], env, log)
    wait_ready(port, log)
    return gpu


def stages_of(emails: list[str]) -> dict:
    """Median ms per stage over the answers these users just got (each user asks once)."""
    import statistics

    from insights.models import Insight

    rows: dict[str, list[float]] = {}
    answers = voiced = 0
    for insight in Insight.objects.filter(user__email__in=emails, status="done"):
        finding = insight.finding or {}
        stages = finding.get("stagesMs", {})
        answers, voiced = answers + 1, voiced + ("generation_prefill" in stages)
        for key, value in {**finding.get("timingsMs", {}), **stages}.items():
            if key in STAGES:
                rows.setdefault(key, []).append(float(value))
    medians = {key: round(statistics.median(rows[key]), 1) for key in STAGES if rows.get(key)}
    # The generation stages are medians over the voiced answers only: this says how many those were.
    return {**medians, "answers": answers, "voiced": voiced}


def chats_at(level: int) -> int:
    return SINGLES if level == 1 else level


def measure(port, tokens, emails, level, round_, probe, variant) -> dict:
    probe.phase = "idle"
    time.sleep(IDLE_SECONDS)
    probe.phase = f"{variant}_burst_{level}"
    started = time.monotonic()
    if level == 1:
        results = [result for i in range(len(tokens)) for result in burst(port, tokens[i : i + 1], 1, round_ + i)]
    else:
        results = burst(port, tokens, level, round_)
    wall = time.monotonic() - started
    print(f"{variant} round {round_ + 1}, {level} chats: {[s for s, _ in results]} in {wall:.1f}s", flush=True)
    return {"results": results, "wall_s": wall, "load_1m": os.getloadavg()[0], "stages_ms": stages_of(emails)}


def summary(bursts: list[dict]) -> dict:
    seconds = [s for b in bursts for status, s in b["results"] if status == 200]
    chats = sum(len(b["results"]) for b in bursts)
    return {
        "chats": chats,
        "answered": len(seconds),
        "failures_5xx": sum(500 <= status < 600 for b in bursts for status, _ in b["results"]),
        "dropped": sum(status == 0 for b in bursts for status, _ in b["results"]),
        "p50_s": percentile(seconds, 0.5),
        "p95_s": percentile(seconds, 0.95),
        "answers_per_s": round(len(seconds) / sum(b["wall_s"] for b in bursts), 3),
        "load_1m_at_burst_end": [round(b["load_1m"], 2) for b in bursts],
        "stages_ms_per_burst": [b["stages_ms"] for b in bursts],
    }


def goals_of(current: dict) -> dict:
    """A latency goal holds only when every chat was answered: a p95 over the answered ones alone would pass
    a burst where most timed out."""
    c1, c16, c32 = current["chat_1"], current["chat_16"], current["chat_32"]

    def p95_within(level: dict, bound: float) -> bool:
        return level["answered"] == level["chats"] and level["p95_s"] is not None and level["p95_s"] <= bound

    return {
        "c1_p95_at_most_2.5s": p95_within(c1, GOALS["c1_p95_s"]),
        "c16_all_answered": c16["answered"] == c16["chats"],
        "c16_p95_at_most_10s": p95_within(c16, GOALS["c16_p95_s"]),
        "c16_at_least_1.5_answers_per_s": c16["answers_per_s"] >= GOALS["c16_answers_per_s"],
        "c32_all_answered": c32["answered"] == c32["chats"],
        "c32_p95_at_most_20s": p95_within(c32, GOALS["c32_p95_s"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=1, help="rounds of each variant (A B, then B A, ...)")
    parser.add_argument("--variants", default="current,baseline")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--vllm", action="store_true", help="the gpu worker generates through a vLLM server")
    parser.add_argument("--no-probe", action="store_true", help="no craving creation beside the chats")
    args = parser.parse_args()
    variants = args.variants.split(",")

    from core import localstack

    bench_database("crave_chat_load")
    from django.conf import settings

    per_round = sum(chats_at(level) for level in LEVELS)
    starts = args.rounds * len(variants)
    # Each start's first chat by a user of its own (one user's repeat was a cached answer: nothing warmed).
    chat_tokens = make_users(per_round * starts + starts)
    warming = chat_tokens[per_round * starts :]
    port = localstack.free_port()
    logs = ROOT / ".local" / "bench" / "chat_load"
    logs.mkdir(parents=True, exist_ok=True)
    children = start_stack(port, logs, settings)
    if args.vllm:  # the gpu worker's environment (stack_env) carries these
        from gpu.vllm_server import start_for_settings

        server = start_for_settings(logs / "vllm.log")
        os.environ |= {"INFERENCE_BACKEND": "vllm", "VLLM_URL": server.url}
        children.append(server.process)
    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "levels": list(LEVELS),
        "rounds": args.rounds,
        "web": "gunicorn + uvicorn workers x3 (crave/gunicorn.conf.py)",
        "variants": {v: {"env": VARIANTS[v][0], "gpu_worker_threads": VARIANTS[v][1]} for v in variants},
        "chat_timeout_s": settings.CHAT_TIMEOUT_SECONDS,
        "backend": "vllm" if args.vllm else "builtin",
        "probe": not args.no_probe,
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "default (one per core)"),
        "load_1m_at_start": round(os.getloadavg()[0], 2),
        "goals": GOALS,
    }
    measured: dict[str, dict[int, list[dict]]] = {v: {level: [] for level in LEVELS} for v in variants}
    used = 0
    probe = Probe(port, chat_tokens[:8])  # the probe logs as a few of the same users
    try:
        for round_ in range(args.rounds):
            for variant in variants if round_ % 2 == 0 else list(reversed(variants)):
                gpu = start_gpu(port, logs, settings, variant)
                try:
                    # A first answer the persona voices (a peak time: it names one) loads the adapters; not measured.
                    burst(port, [warming.pop()], 1, 1)
                    if not args.no_probe and not probe.is_alive():
                        probe.start()
                    for level in LEVELS:
                        count = chats_at(level)
                        tokens = chat_tokens[used : used + count]
                        emails = [f"chatload-{i}@example.com" for i in range(used, used + count)]
                        used += count
                        measured[variant][level].append(measure(port, tokens, emails, level, round_, probe, variant))
                        # What is measured so far, in case a slow machine runs past the bench's time.
                        partial = figures_of(dict(out), measured, probe, complete=False)
                        args.out.write_text(json.dumps(partial, indent=2) + "\n")
                finally:
                    probe.phase = None
                    stop_processes([gpu])
        probe.stopping.set()
        if probe.is_alive():
            probe.join()
    finally:
        stop_processes(children)
        localstack.stop_services()
    figures_of(out, measured, probe, complete=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    finish(out, args.out)


def figures_of(out: dict, measured: dict, probe: Probe, *, complete: bool) -> dict:
    for variant, levels in measured.items():
        out[variant] = {f"chat_{level}": summary(bursts) for level, bursts in levels.items() if bursts}
    for phase, samples in sorted(probe.samples.items()):
        out.setdefault("create", {})[phase] = {
            "requests": len(samples),
            "failures": probe.failures.get(phase, 0),
            "p50_ms": round((percentile(samples, 0.5) or 0) * 1000, 1),
            "p99_ms": round((percentile(samples, 0.99) or 0) * 1000, 1),
        }
    if complete and all(f"chat_{level}" in out.get("current", {}) for level in LEVELS):
        out["checks"] = goals_of(out["current"])
    out["complete"] = complete
    out["load_1m_at_end"] = round(os.getloadavg()[0], 2)
    return out


if __name__ == "__main__":
    main()
