"""A day of chats on an autoscaled gpu fleet against fixed fleets: a discrete-event simulation whose scaling
decisions are made by the real scaler (gpu/scaling.py) with the shipped ScaledObject's bounds and polling.

    .venv/bin/python bench/autoscale_bench.py [--days 3] [--startup-s S]   ->  bench/results/autoscale_bench.json

Measured inputs:
- service: one gpu worker (threads x8) answered one chat alone in 8.32 s (p50) and 32 at once in 87.1 s (p95)
  (bench/results/chat_load.json): it completes 1/8.32 chats/s with one job and 32/87.1 with all 8 threads
  busy, linearly between; the jobs it runs share that rate (processor sharing); a job's work varies
  (gamma, coefficient of variation 0.5: an assumption, the chat bench has too few single answers to fit it);
- start-up: seconds from launching a real gpu worker process (CRAVE_WARM_MODELS=1, as `make run` and the
  Deployment run it) to its " ready." line, against this bench's PostgreSQL and Redis (the slowest of
  --starts; a first start that converts the base model, once per machine, is reported apart).

Assumed: the day's shape (night, morning peak at 8:00, daytime, evening peak at 21:00, in multiples of one
worker's full-load rate) and a sudden burst (150 chats in 30 s at 15:00); Poisson arrivals around it.

Each day is served by: the autoscaled fleet (jobs = queued + held, evaluated every pollingInterval, scale-up
after the measured start-up, scale-down by draining: the worker takes nothing new and finishes what it holds);
the peak-sized fixed fleet (the fewest workers that answer >= 99 % within the deadline that day); the mean-sized
fixed fleet (the autoscaled fleet's mean size, rounded up: the same budget, fixed). A job not started by its
deadline is dropped when a worker reaches it, and one still running at its deadline is stopped (gpu/deadline.py).
Per day the fleets run in turn (A B C, day after day), on the same arrivals. Beside them, not a goal: the
autoscaled fleet with a target of one job per thread (8), to show what the shipped target (16) trades.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import os
import platform
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from common import bench_database, finish, stop_processes  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "autoscale_bench.json"
CHAT_LOAD = ROOT / "bench" / "results" / "chat_load.json"
SCALED_OBJECT = ROOT / "deploy" / "k8s" / "gpu-worker-scaler.yaml"
DAY = 86400.0
THREADS = 8
WORK_CV = 0.5
# The day, in multiples of one worker's full-load rate: (hour, width in hours, height) bumps over a floor.
FLOOR = 0.15
BUMPS = ((8.0, 1.0, 2.2), (13.0, 3.0, 0.8), (21.0, 1.5, 3.4))
BURST = (15 * 3600.0, 30.0, 150)  # start, seconds, chats


@dataclass(frozen=True)
class Service:
    alone: float  # chats/s with one job
    full: float  # chats/s with every thread busy

    def rate(self, jobs: int) -> float:
        return self.alone + (self.full - self.alone) * (min(jobs, THREADS) - 1) / (THREADS - 1)


def measured_service() -> Service:
    load = json.loads(CHAT_LOAD.read_text())
    return Service(alone=1 / load["chat_1"]["p50_s"], full=32 / load["chat_32"]["p95_s"])


def rate_at(t: float, full: float) -> float:
    hour = (t % DAY) / 3600
    bumps = sum(height * math.exp(-(((hour - at) / width) ** 2) / 2) for at, width, height in BUMPS)
    return full * (FLOOR + bumps)


def arrivals(seed: int, full: float) -> list[tuple[float, float]]:
    """(arrival time, work) for a day: a thinned Poisson process under rate_at, plus the burst."""
    rng = random.Random(seed)
    top = max(rate_at(h * 60.0, full) for h in range(1440)) * 1.01
    out, t = [], 0.0
    while True:
        t += rng.expovariate(top)
        if t >= DAY:
            break
        if rng.random() < rate_at(t, full) / top:
            out.append(t)
    start, seconds, count = BURST
    out += [start + rng.random() * seconds for _ in range(count)]
    shape = 1 / WORK_CV**2
    return [(t, rng.gammavariate(shape, 1 / shape)) for t in sorted(out)]


@dataclass
class Job:
    arrival: float
    work: float  # in units of one chat's work
    waited: float | None = None


@dataclass
class Worker:
    started: float
    ready_at: float
    jobs: list[Job] = field(default_factory=list)
    last: float = 0.0
    version: int = 0
    draining: bool = False
    stopped: float | None = None

    def advance(self, now: float, service: Service) -> None:
        if self.jobs:
            done = (now - self.last) * service.rate(len(self.jobs)) / len(self.jobs)
            for job in self.jobs:
                job.work -= done
        self.last = now

    def next_event(self, service: Service, deadline: float) -> float | None:
        if not self.jobs:
            return None
        each = service.rate(len(self.jobs)) / len(self.jobs)
        finish = self.last + max(0.0, min(job.work for job in self.jobs)) / each
        return min(finish, min(job.arrival + deadline for job in self.jobs))


class Simulation:
    def __init__(self, service: Service, deadline: float, startup: float):
        self.service, self.deadline, self.startup = service, deadline, startup
        self.events: list = []
        self.seq = 0
        self.queue: list[Job] = []
        self.head = 0
        self.workers: list[Worker] = []
        self.answered: list[float] = []
        self.waits: list[float] = []
        self.missed = 0
        self.peak = 0

    def push(self, t: float, kind: str, payload=None) -> None:
        self.seq += 1
        heapq.heappush(self.events, (t, self.seq, kind, payload))

    def start_worker(self, now: float, ready_at: float) -> None:
        worker = Worker(started=now, ready_at=ready_at, last=ready_at)
        self.workers.append(worker)
        self.push(ready_at, "ready", worker)

    def serving(self, now: float) -> list[Worker]:
        return [w for w in self.workers if w.stopped is None and not w.draining and w.ready_at <= now]

    def schedule(self, worker: Worker) -> None:
        worker.version += 1
        at = worker.next_event(self.service, self.deadline)
        if at is not None:
            self.push(at, "worker", (worker, worker.version))

    def dispatch(self, now: float) -> None:
        while self.head < len(self.queue):
            free = [w for w in self.serving(now) if len(w.jobs) < THREADS]
            if not free:
                return
            worker = min(free, key=lambda w: len(w.jobs))
            job = self.queue[self.head]
            self.head += 1
            job.waited = now - job.arrival
            self.waits.append(job.waited)
            if job.waited >= self.deadline:
                self.missed += 1  # dropped before it costs a forward pass
                continue
            worker.advance(now, self.service)
            worker.jobs.append(job)
            self.schedule(worker)

    def on_worker(self, now: float, worker: Worker) -> None:
        worker.advance(now, self.service)
        kept = []
        for job in worker.jobs:
            if job.work <= 1e-9:
                if now - job.arrival <= self.deadline + 1e-9:
                    self.answered.append(now - job.arrival)
                else:
                    self.missed += 1
            elif now >= job.arrival + self.deadline - 1e-9:
                self.missed += 1  # stopped at its deadline
            else:
                kept.append(job)
        worker.jobs = kept
        if worker.draining and not kept:
            worker.stopped = now
        self.schedule(worker)

    def jobs(self) -> int:
        return len(self.queue) - self.head + sum(len(w.jobs) for w in self.workers if w.stopped is None)

    def run(self, day: list[tuple[float, float]], fixed: int | None, scaler=None, every: float = 15.0) -> dict:
        for t, work in day:
            self.push(t, "arrival", Job(t, work))
        if fixed is not None:
            for _ in range(fixed):
                self.start_worker(0.0, 0.0)
        else:
            for _ in range(scaler.policy.min_workers):
                self.start_worker(0.0, 0.0)  # the morning's fleet is already up
            self.push(0.0, "tick")
        end = DAY + self.deadline
        while self.events:
            now, _, kind, payload = heapq.heappop(self.events)
            if now > end:
                break
            if kind == "arrival":
                self.queue.append(payload)
            elif kind == "worker":
                worker, version = payload
                if version != worker.version or worker.stopped is not None:
                    continue
                self.on_worker(now, worker)
            elif kind == "tick":
                self.scale(now, scaler)
                self.push(now + every, "tick")
            self.dispatch(now)
        for worker in self.workers:
            if worker.stopped is None:
                worker.stopped = end
        return self.figures(len(day), end)

    def scale(self, now: float, scaler) -> None:
        current = [w for w in self.workers if w.stopped is None and not w.draining]
        wanted = scaler.desired(now, self.jobs(), len(current))
        for _ in range(wanted - len(current)):
            self.start_worker(now, now + self.startup)
        if wanted < len(current):
            # As a ReplicaSet does: pods not yet ready go first, then the least busy.
            for worker in sorted(current, key=lambda w: (w.ready_at <= now, len(w.jobs)))[: len(current) - wanted]:
                worker.draining = True
                if not worker.jobs:
                    worker.stopped = now
        self.peak = max(self.peak, sum(w.stopped is None for w in self.workers))

    def figures(self, total: int, end: float) -> dict:
        within = len(self.answered)
        waits = sorted(self.waits)
        answered = sorted(self.answered)
        return {
            "chats": total,
            "within_deadline": within,
            "within_deadline_share": round(within / total, 5),
            "missed": total - within,
            "p95_wait_s": round(waits[int(0.95 * len(waits))], 2),
            "p95_answer_s": round(answered[int(0.95 * len(answered))], 2),
            "worker_seconds": round(sum(min(w.stopped or end, end) - w.started for w in self.workers)),
        }


def measure_startup(starts: int) -> tuple[list[float], float | None]:
    """Seconds from launching a gpu worker process to its " ready." line (models loaded), `starts` times; and
    the first start's, apart, where it converted the base model (once per machine, as compose's `model` job
    does before any worker starts)."""
    bench_database("crave_autoscale")
    from core import localstack

    logs = ROOT / ".local" / "bench" / "autoscale"
    logs.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CRAVE_WARM_MODELS": "1", "PYTHONUNBUFFERED": "1"}
    seconds: list[float] = []
    converting = None
    try:
        while len(seconds) < starts:
            log = logs / f"gpu-{len(seconds)}.log"
            began = time.monotonic()
            command = [sys.executable, "-m", "celery", "-A", "crave", "worker", "-Q", "gpu", "-n", "gpu-start@%h"]
            command += ["--pool", "threads", "--concurrency", str(THREADS), "-l", "INFO"]
            process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
            try:
                while " ready." not in log.read_text(errors="replace"):
                    if process.poll() is not None or time.monotonic() - began > 900:
                        raise SystemExit(f"gpu worker did not start; see {log}")
                    time.sleep(0.2)
                took = round(time.monotonic() - began, 1)
            finally:
                stop_processes([process])
            if "(once)" in log.read_text(errors="replace"):
                converting = took
            else:
                seconds.append(took)
    finally:
        localstack.stop_services()
    return seconds, converting


def shipped_policy():
    """The scaler as the shipped ScaledObject and settings configure it."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    django.setup()
    from django.conf import settings

    from gpu.scaling import Policy

    scaled = next(d for d in yaml.safe_load_all(SCALED_OBJECT.read_text()) if d["kind"] == "ScaledObject")["spec"]
    (trigger,) = scaled["triggers"]
    behavior = scaled["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    policy = Policy(
        target=float(trigger["metadata"]["targetValue"]),
        min_workers=scaled["minReplicaCount"],
        max_workers=scaled["maxReplicaCount"],
        activation=float(trigger["metadata"]["activationTargetValue"]),
        down_window=behavior["scaleDown"]["stabilizationWindowSeconds"],
        cooldown=scaled["cooldownPeriod"],
    )
    return policy, float(scaled["pollingInterval"]), settings.CHAT_TIMEOUT_SECONDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--starts", type=int, default=2, help="real worker starts to measure")
    parser.add_argument("--startup-s", type=float, help="skip the measurement and use this start-up time")
    args = parser.parse_args()

    starts, converting = ([args.startup_s], None) if args.startup_s is not None else measure_startup(args.starts)
    startup = max(starts)
    policy, every, deadline = shipped_policy()
    from dataclasses import replace

    from gpu.scaling import Scaler

    service = measured_service()
    out: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "inputs": {
            "service_chats_per_s": {"one_job": round(service.alone, 4), "all_threads": round(service.full, 4)},
            "source": "bench/results/chat_load.json (chat_1 p50, chat_32 p95)",
            "worker_start_s": starts,
            "worker_start_measured": args.startup_s is None,
            "first_start_with_model_conversion_s": converting,
            "deadline_s": deadline,
            "policy": {**policy.__dict__, "polling_interval_s": every},
            "day": {"floor": FLOOR, "bumps_hour_width_height": BUMPS, "burst_start_seconds_chats": BURST},
        },
        "days": [],
    }
    for seed in range(args.days):
        day = arrivals(seed, service.full)
        auto = Simulation(service, deadline, startup)
        autoscaled = {**auto.run(day, None, Scaler(policy), every), "peak_workers": auto.peak}
        # Not a goal: the same fleet at one job per thread (no queue by design), to show what the target trades.
        threads = Simulation(service, deadline, startup)
        per_thread = {
            **threads.run(day, None, Scaler(replace(policy, target=THREADS)), every),
            "peak_workers": threads.peak,
        }
        sized = {}
        for size in range(1, 4 * policy.max_workers + 1):
            sized[size] = Simulation(service, deadline, startup).run(day, size)
            if sized[size]["within_deadline_share"] >= 0.99:
                break
        peak_size = size
        mean_size = math.ceil(autoscaled["worker_seconds"] / (DAY + deadline))
        mean = sized.get(mean_size) or Simulation(service, deadline, startup).run(day, mean_size)
        out["days"].append(
            {
                "seed": seed,
                "chats": len(day),
                "mean_rate_per_s": round(len(day) / DAY, 4),
                "autoscaled": autoscaled,
                f"autoscaled_target_{THREADS}": per_thread,
                "peak_sized": {"workers": peak_size, **sized[peak_size]},
                "mean_sized": {"workers": mean_size, **mean},
            }
        )
        print(json.dumps(out["days"][-1]), flush=True)
    days = out["days"]
    out["worker_seconds_autoscaled_vs_peak"] = [
        round(d["autoscaled"]["worker_seconds"] / d["peak_sized"]["worker_seconds"], 3) for d in days
    ]
    out["goals"] = {
        "autoscaled_within_deadline_at_least_99pct_where_peak_sized_does": all(
            d["autoscaled"]["within_deadline_share"] >= 0.99
            for d in days
            if d["peak_sized"]["within_deadline_share"] >= 0.99
        )
        and any(d["peak_sized"]["within_deadline_share"] >= 0.99 for d in days),
        "autoscaled_worker_seconds_at_most_60pct_of_peak_sized": all(
            r <= 0.60 for r in out["worker_seconds_autoscaled_vs_peak"]
        ),
        "autoscaled_misses_fewer_than_mean_sized": all(
            d["autoscaled"]["missed"] < d["mean_sized"]["missed"] for d in days
        ),
    }
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
