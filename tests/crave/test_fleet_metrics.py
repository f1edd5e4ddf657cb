"""GET /metrics/gpu-fleet, what KEDA's metrics-api trigger reads: the fleet's jobs from the real Redis broker
(real Celery messages, priorities included), and only for the bearer token."""

import json
import time

import pytest
from celery.utils.nodenames import worker_direct

from core.queues import Queue
from gpu import fleet
from gpu.load import queue_keys
from personas.tasks import persona_generate

TOKEN = "metrics-test-token"
ASK = [{"role": "user", "content": "One word?"}]
NODES = ("a@metrics-host", "b@metrics-host", "c@metrics-host")


@pytest.fixture
def fleet_state(settings):
    settings.GPU_METRICS_TOKEN = TOKEN
    client = fleet.client()

    def clear():
        keys = [fleet.FLEET, fleet.STARTING, *queue_keys(Queue.GPU.value)]
        keys += [key for node in NODES for key in [fleet.jobs_key(node), *queue_keys(fleet.direct_queue(node))]]
        client.delete(*keys)

    clear()
    now = time.time()
    client.hset(fleet.FLEET, NODES[0], json.dumps({"ts": now, "concurrency": 4}))
    client.hset(fleet.FLEET, NODES[1], json.dumps({"ts": now, "concurrency": 4, "draining": True}))
    client.hset(fleet.jobs_key(NODES[0]), mapping={"t1": "{}", "t2": "{}"})  # held: taken, not finished
    client.hset(fleet.jobs_key(NODES[1]), "t3", "{}")
    fleet.starting(NODES[2])
    persona_generate.apply_async(args=["coach", ASK, 4], queue=Queue.GPU.value)
    persona_generate.apply_async(args=["coach", ASK, 4], queue=Queue.GPU.value, priority=9)  # kombu's gpu\x06\x169
    persona_generate.apply_async(args=["coach", ASK, 4], queue=worker_direct(NODES[0]), priority=5)
    yield
    clear()


def test_the_metric_counts_queued_jobs_at_every_priority_and_held_jobs(client, fleet_state):
    response = client.get("/metrics/gpu-fleet", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert {k: body[k] for k in ("shared", "direct", "held", "jobs")} == {
        "shared": 2,
        "direct": 1,
        "held": 3,
        "jobs": 6,
    }
    assert {k: body[k] for k in ("workers", "draining", "starting")} == {"workers": 1, "draining": 1, "starting": 1}
    assert body["target_per_worker"] == 16  # floor(0.367 jobs/s x 90 s x 0.5)
    assert body["proposal"] == 1


def test_without_the_token_nothing_is_shown(client, owner_api, fleet_state):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        response = client.get("/metrics/gpu-fleet", headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "not_authenticated"
        assert response["WWW-Authenticate"] == "Bearer"
    # A signed-in user is no one here either.
    response = owner_api.get("/metrics/gpu-fleet")
    assert response.status_code == 401 and "jobs" not in response.json()


def test_other_methods_are_refused(client, fleet_state):
    response = client.post("/metrics/gpu-fleet", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"


def test_without_a_configured_token_the_endpoint_is_off(client, settings):
    settings.GPU_METRICS_TOKEN = ""
    response = client.get("/metrics/gpu-fleet", headers={"Authorization": "Bearer "})
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
