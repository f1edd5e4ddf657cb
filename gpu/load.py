"""What the gpu fleet has to do now, read from Redis: the metric its scaler (gpu/scaling.py) and KEDA scale on.

Queued jobs are counted where kombu's Redis transport keeps them: a queue is one list per priority step (the
queue's own name for priority 0, `<queue>\\x06\\x16<step>` for the others), for the shared `gpu` queue and for
every worker's own queue. Held jobs are those a worker has taken and not finished (its fleet job record,
prefetched ones included), read for every worker that has a heartbeat, live, draining or dead: a dead
worker's jobs still wait for an answer until a survivor sends them again."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass

from django.conf import settings
from kombu.transport.redis import PRIORITY_STEPS, Channel

from core.queues import Queue

from . import fleet


def queue_keys(name: str) -> list[str]:
    """The Redis lists of one kombu queue, one per priority step (kombu.transport.redis Channel._q_for_pri)."""
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    steps = options.get("priority_steps", PRIORITY_STEPS)
    sep = options.get("sep", Channel.sep)
    return [f"{name}{sep}{step}" if step else name for step in steps]


def queued(names: list[str]) -> list[int]:
    """Jobs waiting on each of these queues, all priorities."""
    pipe = fleet.client().pipeline(transaction=False)
    for name in names:
        for key in queue_keys(name):
            pipe.llen(key)
    counts, steps = pipe.execute(), len(queue_keys(""))
    return [sum(counts[i * steps : (i + 1) * steps]) for i in range(len(names))]


@dataclass(frozen=True)
class FleetLoad:
    shared: int  # on the shared gpu queue
    direct: int  # on the workers' own queues
    held: int  # taken by a worker, not finished
    workers: int  # live, taking jobs
    draining: int  # asked to stop, finishing what they hold
    starting: int  # started, loading their models

    @property
    def jobs(self) -> int:
        return self.shared + self.direct + self.held

    def as_dict(self) -> dict:
        return {**asdict(self), "jobs": self.jobs}


def read_load() -> FleetLoad:
    now = time.time()
    states = {
        name.decode() if isinstance(name, bytes) else name: json.loads(raw)
        for name, raw in fleet.client().hgetall(fleet.FLEET).items()
    }
    nodes = sorted(states)
    counts = queued([Queue.GPU.value, *(fleet.direct_queue(node) for node in nodes)])
    pipe = fleet.client().pipeline(transaction=False)
    for node in nodes:
        pipe.hlen(fleet.jobs_key(node))
    held = pipe.execute()
    fresh = [node for node in nodes if now - states[node]["ts"] < fleet.DEAD_AFTER_SECONDS]
    return FleetLoad(
        shared=counts[0],
        direct=sum(counts[1:]),
        held=sum(held),
        workers=sum(not states[node].get("draining") for node in fresh),
        draining=sum(bool(states[node].get("draining")) for node in fresh),
        starting=len(fleet.on_the_way()),
    )
