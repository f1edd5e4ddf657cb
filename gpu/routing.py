"""Adapter-affinity routing across gpu workers, on Celery.

A persona request goes to the direct queue (worker_direct) of the worker that scores best: where the persona
already is (in a slot 1.0, in the CPU tier 0.7; llm-d's LoRA scorer weights), else a free slot (0.6), else
an eviction (0.3); minus its load (queued + running jobs per thread) at LOAD_WEIGHT. Equal scores go to the
worker rendezvous hashing prefers for the persona, and the last placement counts as residency until the next
heartbeat shows it, so a persona keeps landing on one worker. A worker at OVERLOAD jobs per thread is passed
over while another is not. Without a live gpu worker (or without Redis) the shared `gpu` queue takes the job,
and so does a job whose best worker is overloaded while a new worker is starting (spill-over): the first
worker with a free thread, the new one included, takes it instead of it waiting behind the overloaded one.
A draining worker (asked to stop) gets nothing new.

Workers whose heartbeat stops are skipped; the survivors move their queued jobs to the shared queue and
send their running jobs again under the same task ids (answers are idempotent: a finished insight is kept)."""

from __future__ import annotations

import hashlib
import json
import logging
import time

import redis
from celery.utils.nodenames import worker_direct
from kombu import Exchange
from kombu import Queue as KombuQueue

from core.queues import Queue

from . import fleet
from .load import queued

log = logging.getLogger(__name__)
RESIDENCY = {"slot": 1.0, "cpu": 0.7, "free": 0.6, "evict": 0.3}
PLACED = 0.9  # routed here moments ago: on its way into a slot
LOAD_WEIGHT = 0.1  # load breaks near-ties; OVERLOAD, not load, is what moves a persona off its worker
OVERLOAD = 2.0


def rendezvous(slug: str, node: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{slug}|{node}".encode(), digest_size=8).digest(), "big")


def residency(state: dict, slug: str, placed_here: bool) -> float:
    if slug in state.get("slots", ()):
        return RESIDENCY["slot"]
    if placed_here:
        return PLACED
    if slug in state.get("cpu", ()):
        return RESIDENCY["cpu"]
    return RESIDENCY["free"] if state.get("free_slots") is None or state["free_slots"] > 0 else RESIDENCY["evict"]


def choose(
    slug: str, live: dict[str, dict], load: dict[str, int], placed: str | None, arriving: bool = False
) -> str | None:
    """The node for this persona, from heartbeats and loads, or None for the shared queue: no live worker, or
    the best one overloaded while another worker is `arriving` (pure: the fleet bench and tests call it)."""

    def per_thread(node: str) -> float:
        return load.get(node, 0) / max(1, live[node].get("concurrency", 1))

    def key(node: str):
        score = residency(live[node], slug, placed == node) - LOAD_WEIGHT * per_thread(node)
        return (per_thread(node) < OVERLOAD, round(score, 6), rendezvous(slug, node))

    if not live:
        return None
    best = max(live, key=key)
    return None if arriving and per_thread(best) >= OVERLOAD else best


def text(value: bytes | str) -> str:
    """A Redis reply as text (this client does not decode replies)."""
    return value.decode() if isinstance(value, bytes) else value


def read_fleet() -> tuple[dict[str, dict], list[str]]:
    """(live workers' heartbeats, names of the dead); a draining worker is neither: it takes nothing new, and
    its jobs are its own until it stops."""
    now, live, dead = time.time(), {}, []  # type: tuple[float, dict[str, dict], list[str]]
    for name, raw in fleet.client().hgetall(fleet.FLEET).items():
        state = json.loads(raw)
        if now - state["ts"] >= fleet.DEAD_AFTER_SECONDS:
            dead.append(text(name))
        elif not state.get("draining"):
            live[text(name)] = state
    return live, dead


def loads(nodes: list[str]) -> dict[str, int]:
    """Each worker's queued (its own queue, all priorities) and taken jobs."""
    waiting = queued([fleet.direct_queue(node) for node in nodes])
    pipe = fleet.client().pipeline(transaction=False)
    for node in nodes:
        pipe.hlen(fleet.jobs_key(node))
    return {node: waiting[i] + taken for i, (node, taken) in enumerate(zip(nodes, pipe.execute(), strict=True))}


def pick(slug: str) -> tuple[str | None, dict]:
    """The node to serve this persona now and its last heartbeat, or (None, {}) with no live gpu worker or
    no Redis."""
    try:
        live, _ = read_fleet()
        if not live:
            return None, {}
        placed = fleet.client().hget(fleet.PLACED, slug)
        arriving = bool(fleet.on_the_way())
        node = choose(slug, live, loads(list(live)), text(placed) if placed else None, arriving)
        if node is None:
            return None, {}
        fleet.client().hset(fleet.PLACED, slug, node)
        return node, live[node]
    except redis.RedisError:
        return None, {}


def route(slug: str | None) -> dict:
    """apply_async options for a job in this persona's voice."""
    node, _ = pick(slug or "")
    return {"queue": worker_direct(node)} if node else {"queue": Queue.GPU.value}


def shared_queue() -> KombuQueue:
    return KombuQueue(Queue.GPU.value, Exchange(Queue.GPU.value), Queue.GPU.value)


def reclaim_unacked(node: str, running: set[str]) -> int:
    """Put back on the dead worker's own queue what it had fetched from it but not yet announced as taken.

    kombu's Redis transport holds a fetched message in its `unacked` hash until acked, and hands it out
    again only after the visibility timeout (an hour). Messages that came through this worker's direct
    queue are its alone, so they can be returned now; the ones it recorded as taken are sent again anyway."""
    client, reclaimed = fleet.client(), 0
    for tag, raw in client.hgetall("unacked").items():
        payload, _, routing_key = json.loads(raw)
        if routing_key not in (node, fleet.direct_queue(node)):  # by exchange C.dq2, or by the queue's name
            continue
        pipe = client.pipeline()
        if payload.get("headers", {}).get("id") not in running:
            pipe.rpush(fleet.direct_queue(node), json.dumps(payload))  # rpush: first in line again
            reclaimed += 1
        pipe.zrem("unacked_index", tag)
        pipe.hdel("unacked", tag)
        pipe.execute()
    return reclaimed


def hand_back(node: str) -> int:
    """Move what waits on this worker's own queue to the shared one; returns how many jobs moved."""
    from celery import current_app as app  # the project's app, without importing the top layer (crave)
    from celery.contrib.migrate import move

    (waiting,) = queued([fleet.direct_queue(node)])
    if waiting:
        move(lambda body, message: shared_queue(), app=app, source=[worker_direct(node)], timeout=0.5)
    return waiting


def rescue_dead() -> list[str]:
    """Hand a dead worker's queued and running jobs to the fleet; one survivor does it (a Redis lock)."""
    from celery import current_app as app  # the project's app, without importing the top layer (crave)

    _, dead = read_fleet()
    rescued = []
    for node in dead:
        if not fleet.client().set(f"crave:fleet:rescue:{node}", fleet.node or "?", nx=True, ex=60):
            continue
        running = fleet.client().hgetall(fleet.jobs_key(node))
        reclaim_unacked(node, {text(task_id) for task_id in running})
        moved = hand_back(node)
        for task_id, raw in running.items():
            job = json.loads(raw)
            app.send_task(
                job["task"], args=job["args"], kwargs=job["kwargs"], task_id=text(task_id), queue=Queue.GPU.value
            )
        fleet.client().delete(fleet.jobs_key(node))
        fleet.client().hdel(fleet.FLEET, node)
        log.warning(
            "gpu worker %s stopped heartbeating: %d queued jobs moved, %d running jobs sent again",
            node,
            moved,
            len(running),
        )
        rescued.append(node)
    return rescued
