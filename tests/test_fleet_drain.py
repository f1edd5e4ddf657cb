"""Scale-down without losing an answer: a real gpu worker asked to stop (SIGTERM, as Kubernetes and `make run`'s
pool send it) takes nothing new, hands what waits on its own queue to the shared one, finishes the jobs it holds,
and leaves; another real worker answers the rest. Every job is answered exactly once."""

import re
import signal

import pytest
import redis
from celery.utils.nodenames import worker_direct
from django.conf import settings

from gpu import fleet
from gpu.load import queue_keys
from gpu.routing import read_fleet, route
from personas.services import personas_seed_starters
from personas.tasks import persona_generate
from tests.helpers import wait_for
from tests.worker import WorkerProcess

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]
ASK = [{"role": "user", "content": "One word about evenings?"}]


def runs(worker: WorkerProcess, task_id: str) -> int:
    return len(re.findall(rf"\[{task_id}\] succeeded", worker.log()))


@pytest.fixture
def two_workers(tmp_path):
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    personas_seed_starters()
    workers = [WorkerProcess(tmp_path, queues="gpu") for _ in range(2)]
    try:  # a worker that never got ready is stopped too, not left running
        for worker in workers:
            worker.launch()
        for worker in workers:
            worker.wait_ready(180)
        assert wait_for(lambda: len(read_fleet()[0]) == 2, timeout=30)
        yield workers
    finally:
        for worker in workers:
            worker.stop()


def test_a_drained_worker_finishes_what_it_holds_and_hands_back_its_queue(two_workers):
    leaving, staying = two_workers
    # 4 threads with a prefetch of 1: it holds 4, and 6 wait on its own queue.
    jobs = [persona_generate.apply_async(args=["coach", ASK, 24], queue=worker_direct(leaving.node)) for _ in range(10)]
    assert wait_for(lambda: sum(job.id in leaving.log() for job in jobs) == 4, timeout=60)
    held = [job for job in jobs if job.id in leaving.log()]

    leaving.process.send_signal(signal.SIGTERM)
    assert wait_for(lambda: leaving.node not in read_fleet()[0], timeout=10)  # draining: routed nothing new
    options = [route("coach") for _ in range(2)]
    assert all(getattr(option["queue"], "name", option["queue"]) != f"{leaving.node}.dq2" for option in options)
    later = [persona_generate.apply_async(args=["coach", ASK, 4], **option) for option in options]

    assert wait_for(lambda: all(job.ready() for job in jobs + later), timeout=300), [
        job.id for job in jobs + later if not job.ready()
    ]
    assert all(job.get(timeout=5) for job in jobs + later)  # no answer dropped
    assert leaving.process.wait(timeout=60) == 0  # a warm shutdown, not a kill
    # What it held, it finished itself; what waited for it, the other worker answered; nothing ran twice.
    assert all(runs(leaving, job.id) == 1 and runs(staying, job.id) == 0 for job in held)
    assert all(runs(leaving, job.id) + runs(staying, job.id) == 1 for job in jobs + later)
    assert any(runs(staying, job.id) for job in jobs)
    client = fleet.client()
    assert not any(client.llen(key) for key in queue_keys(fleet.direct_queue(leaving.node)))
    assert not client.hlen(fleet.jobs_key(leaving.node))
    assert wait_for(lambda: not client.hexists(fleet.FLEET, leaving.node), timeout=30)  # gone from the fleet
