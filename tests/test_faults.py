"""Faults for real: a worker killed mid-job, and the database restarting under a running web server."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import redis

from core import localstack
from personas.models import Persona
from tests.helpers import wait_for
from tests.worker import WorkerProcess
from tuning.tasks import train_persona_adapter

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


def test_a_worker_killed_mid_job_loses_no_job(tmp_path, settings):
    settings.ADAPTER_DIR = tmp_path / "adapters"
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    dataset = tmp_path / "pairs.jsonl"
    dataset.write_text(
        "".join(json.dumps({"prompt": f"Question {i}?", "response": f"Answer {i}."}) + "\n" for i in range(6))
    )
    persona = Persona.objects.create(
        name="Coach",
        slug="coach",
        system_prompt="You are a coach.",
        dataset_path=str(dataset),
        target_modules=["q_proj", "v_proj"],
    )
    # Redelivery comes after the visibility timeout: longer than one training (about 25 s on 2 busy cores), so
    # the second worker is not handed the same job again while it still runs it.
    fast_redelivery = {"CELERY_VISIBILITY_TIMEOUT": "45", "CRAVE_ADAPTER_DIR": str(settings.ADAPTER_DIR)}
    first = WorkerProcess(tmp_path, env=fast_redelivery)
    first.start()
    train_persona_adapter.delay(persona.id, 4)
    assert wait_for(lambda: Persona.objects.get(id=persona.id).training_progress > 0, timeout=120), first.log()
    first.kill()  # mid-training, the message unacknowledged
    persona.refresh_from_db()
    assert (persona.status, persona.version) == ("training", 0)

    second = WorkerProcess(tmp_path, env=fast_redelivery)
    second.start()
    try:
        assert wait_for(lambda: Persona.objects.get(id=persona.id).version == 1, timeout=300), second.log()
    finally:
        second.stop()
    persona.refresh_from_db()
    assert persona.status == "ready" and (settings.ADAPTER_DIR / "coach" / "v1" / "adapter_model.safetensors").exists()


def request(url, data=None, token=None, timeout=15):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = json.dumps(data).encode() if data is not None else None
    started = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, body, headers), timeout=timeout) as response:
            return response.status, json.loads(response.read()), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}"), time.monotonic() - started


def test_database_restart_mid_traffic_is_a_clean_503_then_recovers(tmp_path):
    """A web server on its own PostgreSQL; the database stops under it, then comes back."""
    data_dir = tmp_path / "pgdata"
    server, url = localstack.start_postgres(data_dir)
    port = localstack.free_port()
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "crave.settings.test"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], env=env, check=True, cwd=localstack.ROOT)
    web = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=localstack.ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: _up(base), timeout=60)
        credentials = {"email": "db@example.com", "password": "correct horse battery staple"}
        status, body, _ = request(f"{base}/api/v1/auth/register", credentials)
        assert status == 202, body  # registration answers alike for any address, with no tokens: then sign in
        status, body, _ = request(f"{base}/api/v1/auth/login", credentials)
        assert status == 200, body
        token = body["access_token"]
        assert request(f"{base}/api/v1/cravings/", token=token)[0] == 200

        server.cleanup()  # stop PostgreSQL under the running server
        status, body, elapsed = request(f"{base}/api/v1/cravings/", token=token)
        assert status == 503 and body["error"]["code"] == "service_unavailable", body
        assert elapsed < 10  # a clean answer, not a hang

        server, _ = localstack.start_postgres(data_dir)
        assert wait_for(lambda: request(f"{base}/api/v1/cravings/", token=token)[0] == 200, timeout=30)
    finally:
        web.terminate()
        web.wait(10)
        server.cleanup()


def _up(base):
    try:
        urllib.request.urlopen(f"{base}/api/schema/", timeout=2)
        return True
    except Exception:
        return False
