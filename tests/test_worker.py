"""Flows that cross Celery, each watching a real worker process of its own from its start: /health counting it,
the precision it serves in, Redis really stopped under it, the persona a first log warms. The flows that need
only a live worker share one (test_worker_shared.py)."""

import time

import pytest
import redis
from django.conf import settings

from core import localstack
from cravings.models import Craving
from cravings.tasks import sweep_unembedded
from tests.helpers import CRAVINGS_URL as URL
from tests.helpers import app_craving, wait_for
from tests.worker import WorkerProcess

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


@pytest.fixture
def worker(tmp_path):
    redis.Redis.from_url(settings.REDIS_URL).flushdb()  # no jobs left over from other tests
    process = WorkerProcess(tmp_path)
    yield process
    process.stop()


def embedded(craving_id) -> bool:
    return Craving.objects.filter(uuid=craving_id, embedding_status="done", embedding__isnull=False).exists()


def test_a_saved_craving_gets_its_embedding_from_a_real_worker(owner_api, worker):
    from personas.services import personas_seed_starters

    personas_seed_starters()
    assert owner_api.get("/health").json()["gpu"] == {"workers": 0, "precision": []}
    worker.start()
    body = app_craving()
    assert owner_api.post(URL, body, format="json").status_code == 201
    assert wait_for(lambda: embedded(body["id"])), worker.log()
    assert "cravings.tasks.embed_cravings" in worker.log()
    health = owner_api.get("/health").json()  # what a chat depends on: a live gpu worker, ready personas
    assert health["gpu"] == {"workers": 1, "precision": ["float32"]}
    assert health["personas"]["ready"] == ["analyst", "coach", "mindful"]


def test_health_says_which_precision_the_gpu_worker_serves_in(owner_api, tmp_path):
    """The precision is the worker's own (its heartbeat says it), not a default of the web process."""
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    process = WorkerProcess(tmp_path, env={"BASE_MODEL_CPU_PRECISION": "int8"})
    try:
        process.start()
        assert owner_api.get("/health").json()["gpu"] == {"workers": 1, "precision": ["int8"]}, process.log()
    finally:
        process.stop()


def test_redis_down_loses_no_craving_and_the_sweep_catches_up(owner_api, worker):
    redis_server = localstack.running.get("redis")
    if redis_server is None:
        pytest.skip("REDIS_URL points at a Redis this test does not own")
    redis_server.kill()
    try:
        started = time.monotonic()
        body = app_craving()
        response = owner_api.post(URL, body, format="json")
        elapsed = time.monotonic() - started
    finally:
        redis_server.start()
    assert response.status_code == 201, response.content
    assert elapsed < 5, f"a dead broker stalled the save for {elapsed:.1f}s"
    assert Craving.objects.get(uuid=body["id"]).embedding_status == "pending"

    worker.start()
    # Beat runs this every 5 minutes; here it runs now, through the queue, on the worker.
    sweep_unembedded.apply_async(kwargs={"older_than_seconds": 0})
    assert wait_for(lambda: embedded(body["id"])), worker.log()


def test_a_craving_log_warms_the_likely_persona_on_the_worker_that_would_answer(owner_api, worker):
    from gpu.routing import read_fleet
    from personas.services import personas_seed_starters

    personas_seed_starters()
    worker.start()
    assert wait_for(lambda: worker.node in read_fleet()[0], timeout=30)
    assert "coach" not in read_fleet()[0][worker.node]["cpu"] + read_fleet()[0][worker.node]["slots"]
    assert owner_api.post(URL, app_craving(), format="json").status_code == 201
    # No question yet: the default persona (coach) is the likely one, read into the CPU tier, not a slot.
    assert wait_for(lambda: "coach" in read_fleet()[0][worker.node]["cpu"], timeout=30), read_fleet()
