"""The gpu fleet as Redis sees it: every gpu worker writes a heartbeat every couple of seconds with what it
holds (personas in slots, in the CPU tier, free slots) and records the jobs it is running, so a router in
any process can place a persona request and a survivor can re-queue a dead worker's work.

Keys: crave:fleet (hash: node name -> heartbeat JSON), crave:fleet:jobs:<node> (hash: task id -> the task's
name and arguments while it runs), crave:fleet:placed (hash: persona slug -> node it was last routed to),
crave:fleet:starting (hash: node -> when a gpu worker process started, until it joins: a worker on its way).

A worker asked to stop (SIGTERM, Celery's warm shutdown) beats with `draining` set: routers stop sending to it
while it finishes what it holds, and it hands its own queue back to the shared one (gpu/apps.py)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable

from core.redis_client import client

log = logging.getLogger(__name__)
FLEET = "crave:fleet"
PLACED = "crave:fleet:placed"
STARTING = "crave:fleet:starting"
STARTING_FOR_AT_MOST = 900.0  # a worker that has not joined by then died loading its models
HEARTBEAT_SECONDS = 2.0
DEAD_AFTER_SECONDS = 10.0  # five missed heartbeats
node: str | None = None  # this process's Celery node name, when it is a gpu worker
_last: dict | None = None  # the last holdings read from the engine
draining = False  # this worker was asked to stop: it takes nothing new
threads = 1  # its pool's threads


def jobs_key(name: str) -> str:
    return f"crave:fleet:jobs:{name}"


def direct_queue(name: str) -> str:
    """The queue only this worker consumes (Celery's worker_direct)."""
    from celery.utils.nodenames import worker_direct

    return worker_direct(name).name


def holdings(concurrency: int) -> dict:
    """What this worker holds now; the engine is not loaded just to say so."""
    from . import serving

    global _last
    state = {
        "ts": time.time(),
        "concurrency": concurrency,
        "slots": [],
        "cpu": [],
        "free_slots": None,
        "hits": 0,
        "misses": 0,
        "cold_loads": 0,
        "draining": draining,
        "precision": None,  # what the model serves in (gpu/precision.py), once loaded
    }
    backend = serving._serving
    if backend is not None:
        # A long batch holds the engine's lock: then the last holdings go out with a fresh time, because a
        # heartbeat that waited for the batch would make a busy worker look dead.
        rows = backend.snapshot(wait=0.2)
        if rows is None:
            return {**_last, "ts": state["ts"], "draining": draining} if _last else state
        state["precision"] = getattr(backend, "precision", None)
        state["slots"] = sorted({r["slug"] for r in rows if r["tier"] == "slot"})
        state["cpu"] = sorted({r["slug"] for r in rows if r["tier"] == "cpu"})
        state["free_slots"] = backend.slots_total - 1 - sum(r["tier"] == "slot" for r in rows)
        for key in ("hits", "misses", "cold_loads"):
            state[key] = sum(r[key] for r in rows)
        _last = state
    return state


def beat(concurrency: int) -> None:
    client().hset(FLEET, node, json.dumps(holdings(concurrency)))


def heartbeat_forever(concurrency: int, after_beat: Callable[[], object]) -> None:
    while True:
        try:
            beat(concurrency)
            after_beat()  # routing.rescue_dead: the survivors pick up a dead peer's work
        except Exception as exc:  # Redis restarting: try again next beat
            # One line: a traceback formatted on this thread can break another's `ast` (residency.py says why).
            log.warning("fleet heartbeat failed: %s: %s", type(exc).__name__, exc)
        time.sleep(HEARTBEAT_SECONDS)


def join(name: str, concurrency: int, after_beat: Callable[[], object]) -> None:
    """Called once the gpu worker is ready: heartbeat from now on, calling after_beat after each (the router
    builds on this module, so it is passed in rather than imported back)."""
    global node, threads
    node, threads = name, concurrency
    beat(concurrency)
    client().hdel(STARTING, name)
    threading.Thread(
        target=heartbeat_forever, args=(concurrency, after_beat), name="fleet-heartbeat", daemon=True
    ).start()


def starting(name: str) -> None:
    """A gpu worker process has started and is loading its models (minutes on a cold machine)."""
    client().hset(STARTING, name, time.time())


def on_the_way() -> list[str]:
    """Workers started and not yet joined, the stale ones (died while loading) dropped."""
    now, names = time.time(), []
    for name, since in client().hgetall(STARTING).items():
        if now - float(since) < STARTING_FOR_AT_MOST:
            names.append(name.decode() if isinstance(name, bytes) else name)
    return names


def drain() -> None:
    """Asked to stop: say so at once, so no router sends here while the running jobs finish."""
    global draining
    draining = True
    if node:
        beat(threads)


def leave(name: str) -> None:
    """Warm shutdown: mark the heartbeat stale, so routers stop sending and a survivor re-queues the rest; a
    worker stopped while it was still loading is no longer on its way."""
    client().hdel(STARTING, name)
    if node:
        client().hset(FLEET, node, json.dumps({"ts": 0}))


def job_started(task_id: str, name: str, args, kwargs) -> None:
    assert node, "only a worker that joined the fleet records its jobs"
    client().hset(jobs_key(node), task_id, json.dumps({"task": name, "args": args, "kwargs": kwargs}))


def job_finished(task_id: str) -> None:
    assert node, "only a worker that joined the fleet records its jobs"
    client().hdel(jobs_key(node), task_id)
