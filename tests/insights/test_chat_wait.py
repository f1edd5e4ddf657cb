"""The chat's wait: announced on Redis, awaited on the event loop, and a 503 in the error shape at the deadline,
including under the production server (gunicorn + uvicorn workers) with every chat waiting at once."""

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from asgiref.sync import async_to_sync
from rest_framework_simplejwt.tokens import RefreshToken

from core import localstack
from insights.answering import insight_finish
from insights.models import Insight
from insights.waiting import insight_wait
from tests import worker as worker_process
from tests.helpers import assert_error, call, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_waiting_chat_wakes_on_the_announcement_not_on_a_reread(owner):
    insight = Insight.objects.create(user=owner, question="how many cravings this week?")
    threading.Timer(0.5, lambda: insight_finish(Insight.objects.get(id=insight.id), {"answer": "Four."})).start()
    started = time.monotonic()
    done = async_to_sync(insight_wait)(insight=insight, timeout=20, recheck=30)  # no reread before 30 s
    assert done.status == Insight.Status.DONE and done.answer.startswith("Four.")
    assert time.monotonic() - started < 3


def test_a_chat_past_its_deadline_gets_a_503_in_the_error_shape(owner_api, settings):
    settings.CHAT_TIMEOUT_SECONDS = 1  # no gpu worker runs here: the job stays queued
    response = owner_api.post("/ai/chat", {"userQuery": "how many cravings did I log this week?"}, format="json")
    assert_error(response, 503, code="timeout")


def test_a_failed_job_is_a_503_not_a_blank_answer(owner):
    insight = Insight.objects.create(user=owner, question="how many?")
    Insight.objects.filter(id=insight.id).update(status=Insight.Status.FAILED)
    with pytest.raises(Exception) as caught:
        async_to_sync(insight_wait)(insight=Insight.objects.get(id=insight.id), timeout=5)
    assert caught.value.status_code == 503 and caught.value.code == "insight_failed"


@pytest.mark.slow
def test_one_server_worker_serves_everyone_while_sixteen_chats_wait(owner, outsider):
    """One uvicorn worker under gunicorn, as production runs it (crave/gunicorn.conf.py), no gpu worker: 16
    chats wait at once; a craving list and /health still answer at once; each chat ends in the 503."""
    port = localstack.free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.test",
        "DATABASE_URL": worker_process.test_database_url(),
        "WEB_BIND_ADDRESS": f"127.0.0.1:{port}",
        "WEB_WORKERS": "1",
        # Long enough that all 16 are seen waiting before the first gives up, even on 2 cores other runs share.
        "CHAT_TIMEOUT_SECONDS": "10",
        "THROTTLE_AI": "1000/min",
    }
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "crave/gunicorn.conf.py", "crave.asgi:application"],
        env=env,
        cwd=localstack.ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    tokens = {user.id: f"Bearer {RefreshToken.for_user(user).access_token}" for user in (owner, outsider)}
    try:
        assert wait_for(lambda: call(f"{base}/health", timeout=2)[0] == 200, timeout=60)

        def chat(i):
            return call(
                f"{base}/ai/chat",
                {"userQuery": f"how many cravings on day {i}?"},
                headers={"Authorization": tokens[owner.id]},
                timeout=60,
            )

        asked = Insight.objects.filter(user=owner)
        with ThreadPoolExecutor(16) as pool:
            chats = [pool.submit(chat, i) for i in range(16)]
            # Every chat has its question recorded and is waiting for its (absent) gpu worker.
            assert wait_for(lambda: asked.count() == 16, timeout=15), asked.count()
            assert not any(c.done() for c in chats), [c.result() for c in chats if c.done()]
            started = time.monotonic()
            listed = call(f"{base}/api/v1/cravings/", headers={"Authorization": tokens[outsider.id]})
            health = call(f"{base}/health")
            assert listed[0] == 200 and health[0] == 200
            assert time.monotonic() - started < 2
            results = [c.result() for c in chats]
        assert [status for status, _, _ in results] == [503] * 16
        assert all(b'"code":"timeout"' in body.replace(b" ", b"") for _, body, _ in results)
    finally:
        web.terminate()
        web.wait(15)
