"""`make run`'s gpu pool with real worker processes: the fleet's scaler adds a worker when jobs pile up, and
drains one (a warm stop, its jobs answered) once they are gone."""

import os
import re
import subprocess
import sys

import pytest
import redis
from django.conf import settings

from core.localstack import ROOT, stop_processes
from gpu import fleet
from gpu.routing import read_fleet
from personas.services import personas_seed_starters
from personas.tasks import persona_generate
from tests.helpers import wait_for
from tests.worker import models_cached
from tests.worker import test_database_url as worker_database_url

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker, pytest.mark.slow]
ASK = [{"role": "user", "content": "One word about evenings?"}]


@pytest.fixture
def pool(tmp_path):
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    personas_seed_starters()
    models_cached()
    env = {
        **os.environ,
        "DATABASE_URL": worker_database_url(),
        "DJANGO_SETTINGS_MODULE": "crave.settings.test",
        "CRAVE_WARM_MODELS": "1",
        "PYTHONUNBUFFERED": "1",
        "GPU_WORKERS_MIN": "1",
        "GPU_WORKERS_MAX": "2",
        "GPU_SCALE_TARGET_JOBS": "2",
        # Long enough for the second worker to start and say so: the batching engine can answer the whole backlog
        # in a few seconds, and with a 5 s window the pool drained the second before it had announced itself.
        "GPU_SCALE_DOWN_WINDOW_SECONDS": "30",
        "GPU_POOL_EVERY_SECONDS": "2",
    }
    command = [sys.executable, "-m", "crave.gpu_pool", sys.executable, "-m", "celery", "-A", "crave", "worker"]
    command += ["-Q", "gpu", "--pool", "threads", "--concurrency", "4", "-l", "INFO", "--without-mingle"]
    log = tmp_path / "pool.log"
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    yield process, log
    stop_processes({"pool": process}, grace=40)


def test_the_pool_scales_up_for_a_backlog_and_drains_back_down(pool):
    process, log = pool
    assert wait_for(lambda: len(read_fleet()[0]) == 1, timeout=180), log.read_text()
    # 40 jobs for one worker at 2 a worker: the pool starts a second, which says it is on its way at once. (With 8,
    # a quick worker answered them all within one 2 s look of the pool's, which then saw no backlog to scale for.)
    jobs = [persona_generate.apply_async(args=["coach", ASK, 120], queue="gpu") for _ in range(40)]
    assert wait_for(lambda: re.search(r"\d+ jobs: 1 -> 2 workers", log.read_text()), timeout=30), log.read_text()
    assert wait_for(lambda: any(n.startswith("gpu2@") for n in fleet.on_the_way() + list(read_fleet()[0])), timeout=60)
    assert wait_for(lambda: all(job.ready() for job in jobs), timeout=300), log.read_text()
    assert all(job.get(timeout=5) for job in jobs)
    # No jobs left: after the 30 s window the pool drains one worker (warm: it may still be loading), which
    # stops on its own.
    assert wait_for(lambda: "gpu2@" in log.read_text() and "drained and stopped" in log.read_text(), timeout=240)
    assert wait_for(lambda: list(read_fleet()[0]) and all(n.startswith("gpu@") for n in read_fleet()[0]), timeout=30)
    process.terminate()
    assert process.wait(timeout=40) == 0
    assert wait_for(lambda: not read_fleet()[0], timeout=15)  # its last worker left the fleet too
