"""`make run`'s gpu workers: as many Celery gpu worker processes (GPU_WORKERS_MIN..GPU_WORKERS_MAX) as the fleet's
scaler (gpu/scaling.py) wants for the fleet's jobs (gpu/load.py): on one machine, the loop KEDA runs in a cluster.

    python -m crave.gpu_pool python -m celery -A crave worker -Q gpu ...   (the worker's command, without -n)

Each worker is its own node (gpu@host, gpu2@host, ...) with its own models and direct queue. Scaling down sends
the least busy one SIGTERM: Celery's warm shutdown, during which the fleet marks it draining and it hands its
own queue back (gpu/apps.py). SIGTERM to the pool stops every worker the same way.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time

EVERY = 15.0  # seconds between evaluations, the ScaledObject's pollingInterval
GRACE = 15.0  # less than crave.stack's 20 s for the pool itself, so no worker outlives it

log = logging.getLogger("crave.gpu_pool")


def say(message: str) -> None:
    print(f"gpu pool: {message}", flush=True)


class Pool:
    def __init__(self, command: list[str], policy, env: dict[str, str]):
        from gpu.scaling import Scaler

        self.command, self.env = command, env
        self.scaler = Scaler(policy)
        self.workers: dict[str, subprocess.Popen] = {}  # node -> process: starting or taking jobs
        self.leaving: dict[str, subprocess.Popen] = {}  # asked to stop, finishing what they hold

    def node_name(self) -> str:
        taken = set(self.workers) | set(self.leaving)
        host = socket.gethostname()
        return next(n for i in range(1, 1000) if (n := f"gpu{i if i > 1 else ''}@{host}") not in taken)

    def start_one(self) -> None:
        node = self.node_name()
        self.workers[node] = subprocess.Popen([*self.command, "-n", node], env=self.env)

    def stop_one(self) -> None:
        from gpu.routing import loads

        try:
            busy = loads(list(self.workers))
        except Exception:  # Redis away: the newest goes
            busy = {}
        node = min(reversed(list(self.workers)), key=lambda n: busy.get(n, 0))
        self.leaving[node] = self.workers.pop(node)
        self.leaving[node].terminate()

    def reap(self) -> None:
        for node, process in list(self.leaving.items()):
            if process.poll() is not None:
                del self.leaving[node]
                say(f"{node} drained and stopped")
        for node, process in list(self.workers.items()):
            if process.poll() is not None:
                del self.workers[node]
                say(f"{node} exited (code {process.returncode}); the next evaluation replaces it if needed")

    def tick(self, now: float) -> None:
        from gpu.load import read_load

        self.reap()
        try:
            jobs = read_load().jobs
        except Exception as exc:  # Redis restarting: keep the fleet as it is
            log.warning("gpu pool: fleet load unreadable (%s)", type(exc).__name__)
            return
        wanted = self.scaler.desired(now, jobs, len(self.workers))
        if wanted != len(self.workers):
            say(f"{jobs} jobs: {len(self.workers)} -> {wanted} worker{'s' if wanted != 1 else ''}")
        while len(self.workers) < wanted:
            self.start_one()
        while len(self.workers) > wanted:
            self.stop_one()

    def stop(self) -> None:
        from core.localstack import stop_processes

        stop_processes({**self.workers, **self.leaving}, grace=GRACE)


def policy_from_settings():
    from django.conf import settings

    from gpu.scaling import Policy

    return Policy(
        target=settings.GPU_SCALE_TARGET_JOBS,
        min_workers=settings.GPU_WORKERS_MIN,
        max_workers=settings.GPU_WORKERS_MAX,
        activation=settings.GPU_SCALE_ACTIVATION_JOBS,
        down_window=settings.GPU_SCALE_DOWN_WINDOW_SECONDS,
        cooldown=settings.GPU_SCALE_COOLDOWN_SECONDS,
    )


def run(command: list[str]) -> int:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    django.setup()
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    every = float(os.environ.get("GPU_POOL_EVERY_SECONDS", EVERY))
    pool = Pool(command, policy_from_settings(), dict(os.environ))
    try:
        while not stopping.is_set():
            pool.tick(time.time())
            stopping.wait(every)
    finally:
        pool.stop()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
