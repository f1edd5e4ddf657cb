"""A new log warms the persona likely to answer, on the gpu worker that would serve it. Cravings sits below
personas and cannot call it: the embedding task sends `cravings_embedded`, which personas connects to."""

import base64
import json

import pytest
from celery.utils.nodenames import worker_direct

from core.redis_client import client
from cravings.tasks import embed_cravings
from gpu import fleet
from gpu.embeddings import get_provider
from personas.services import personas_seed_starters
from tests.factories import CravingFactory

pytestmark = pytest.mark.django_db(transaction=True)
NODE = "gpu@warming-test"


@pytest.fixture
def one_gpu_worker(settings, tmp_path):
    """A live heartbeat in Redis, as a started gpu worker writes it, and its direct queue, empty."""
    settings.ADAPTER_DIR = tmp_path
    # The embedding model loads before the one heartbeat, not between it and the routing: on 2 busy cores the
    # load took longer than a heartbeat lives (fleet.DEAD_AFTER_SECONDS), and the worker read as dead.
    get_provider()
    queue = worker_direct(NODE).name
    client().delete(queue, fleet.PLACED)
    fleet.node = NODE
    fleet.beat(1)
    yield queue
    fleet.leave(NODE)
    fleet.node = None
    client().delete(queue)


def queued_tasks(queue: str) -> list[tuple[str, list]]:
    messages = [json.loads(raw) for raw in client().lrange(queue, 0, -1)]
    return [(m["headers"]["task"], json.loads(base64.b64decode(m["body"]))[0]) for m in messages]


def test_a_new_log_sends_the_likely_persona_to_the_worker_that_would_serve_it(one_gpu_worker):
    personas_seed_starters()
    craving = CravingFactory()
    assert queued_tasks(one_gpu_worker) == []
    embed_cravings.apply(args=[[craving.id]])  # this process runs the task: the embedding, then the signal
    assert queued_tasks(one_gpu_worker) == [("personas.tasks.persona_prefetch", ["coach"])]


def test_no_prefetch_is_sent_when_the_worker_already_holds_the_persona(one_gpu_worker):
    personas_seed_starters()
    client().hset(fleet.FLEET, NODE, json.dumps({**fleet.holdings(1), "slots": ["coach"]}))
    embed_cravings.apply(args=[[CravingFactory().id]])
    assert queued_tasks(one_gpu_worker) == []
