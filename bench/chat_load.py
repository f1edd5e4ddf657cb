"""Chats under load against the production web tier, with craving creation measured beside them.

    .venv/bin/python bench/chat_load.py [--rounds 2]   ->  bench/results/chat_load.json

Starts what docker-compose runs, on this machine: gunicorn with uvicorn workers on crave.asgi
(crave/gunicorn.conf.py, 3 workers), a `default` Celery worker (4 processes) and a `gpu` worker (threads, 8),
with production settings, against a project-local PostgreSQL and Redis. Users with three months of demo logs
each ask one question (distinct users, so no answer comes from the cache) at 1, 8 and 32 at once.

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
LEVELS = (1, 8, 32)
QUESTIONS = (
    "How many cravings did I log this week?",
    "When do my cravings usually happen?",
    "What triggers my cravings most?",
    "Am I resisting more than last month?",
)
PROBE_EVERY = 0.1
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
    provider, vectors = get_provider(), {}
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
    with ThreadPoolExecutor(level) as pool:
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


def start_stack(port: int, logs: Path, settings) -> list:
    """The production layout: gunicorn with uvicorn workers, a default worker and a threaded gpu worker."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.production",
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "GOOGLE_IOS_CLIENT_ID": "bench.apps.googleusercontent.com",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "WEB_BIND_ADDRESS": f"127.0.0.1:{port}",
        "THROTTLE_WRITE": "100000/min",
        "PYTHONUNBUFFERED": "1",
    }
    celery = [sys.executable, "-m", "celery", "-A", "crave", "worker", "-l", "INFO"]
    return [
        start(
            [sys.executable, "-m", "gunicorn", "-c", "crave/gunicorn.conf.py", "crave.asgi:application"],
            env,
            logs / "web.log",
        ),
        start([*celery, "-Q", "default", "-n", "default@%h", "--concurrency", "4"], env, logs / "worker.log"),
        start(
            [*celery, "-Q", "gpu", "-n", "gpu@%h", "--pool", "threads", "--concurrency", "8"],
            {**env, "CRAVE_WARM_MODELS": "1"},
            logs / "gpu.log",
        ),
    ]


def bursts(port: int, chat_tokens: list[str], probe: Probe, rounds: int) -> dict[int, list[tuple[int, float]]]:
    """Each level of concurrent chats after an idle spell, while the probe keeps logging cravings."""
    chats: dict[int, list[tuple[int, float]]] = {level: [] for level in LEVELS}
    used = 0
    for round_ in range(rounds):
        for level in LEVELS:
            probe.phase = "idle"
            time.sleep(IDLE_SECONDS)
            probe.phase = f"burst_{level}"
            chats[level] += burst(port, chat_tokens[used : used + level], level, round_)
            used += level
            print(f"round {round_ + 1}, {level} chats: {[s for s, _ in chats[level][-level:]]}", flush=True)
    probe.phase = "idle"
    time.sleep(IDLE_SECONDS)
    probe.stopping.set()
    probe.join()
    return chats


def figures(out: dict, chats: dict, probe: Probe) -> None:
    for level in LEVELS:
        seconds = [s for status, s in chats[level] if status == 200]
        out[f"chat_{level}"] = {
            "chats": len(chats[level]),
            "answered": len(seconds),
            "failures_5xx": sum(500 <= status < 600 for status, _ in chats[level]),
            "dropped": sum(status == 0 for status, _ in chats[level]),
            "p50_s": percentile(seconds, 0.5),
            "p95_s": percentile(seconds, 0.95),
        }
    for phase, samples in sorted(probe.samples.items()):
        out[f"create_{phase}"] = {
            "requests": len(samples),
            "failures": probe.failures.get(phase, 0),
            "p50_ms": round(percentile(samples, 0.5) * 1000, 1),
            "p99_ms": round(percentile(samples, 0.99) * 1000, 1),
        }
    out["create_p99_burst_32_vs_idle"] = round(out["create_burst_32"]["p99_ms"] / out["create_idle"]["p99_ms"], 2)
    out["goals"] = {
        "all_32_concurrent_chats_answered": out["chat_32"]["answered"] == out["chat_32"]["chats"],
        "create_p99_during_burst_at_most_2x_idle": out["create_p99_burst_32_vs_idle"] <= 2.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from core import localstack

    bench_database("crave_chat_load")
    from django.conf import settings

    chat_tokens = make_users(sum(LEVELS) * args.rounds + 1)
    port = localstack.free_port()
    logs = ROOT / ".local" / "bench" / "chat_load"
    logs.mkdir(parents=True, exist_ok=True)
    children = start_stack(port, logs, settings)
    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "levels": list(LEVELS),
        "rounds": args.rounds,
        "web": "gunicorn + uvicorn workers x3 (crave/gunicorn.conf.py)",
        "gpu_worker": "celery threads x8",
        "chat_timeout_s": settings.CHAT_TIMEOUT_SECONDS,
    }
    try:
        wait_ready(port, logs / "gpu.log")
        burst(port, chat_tokens[-1:], 1, 0)  # first answer loads the adapters; not measured
        probe = Probe(port, chat_tokens[:8])  # the probe logs as a few of the same users
        probe.start()
        figures(out, bursts(port, chat_tokens, probe, args.rounds), probe)
    finally:
        stop_processes(children)
        localstack.stop_services()
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
