"""What many test modules share: API clients, the one error shape, waiting, embedding pending logs, raw HTTP calls,
the app's shape of a craving, and ready personas with rated answers. Test modules import from here, never from each other or from
conftest."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

PASSWORD = "correct horse battery staple"  # every factory user's password
CRAVINGS_URL = "/api/v1/cravings/"
# Debian's chromium for the browser tests; `make test` installs it, and CI must have it.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM and os.environ.get("CI"):
    raise RuntimeError("CI must run the browser tests: `make test` installs Debian's chromium")


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


def dashboard_link(user) -> str:
    """The single-use trends page link the app asks for (host: testserver)."""
    response = client_for(user).post("/api/v1/dashboard/link")
    assert response.status_code == 200 and response.json()["expiresIn"] == 120
    return response.json()["url"]


def assert_error(response, status: int, code: str | None = None, field: str | None = None):
    """The one error shape: {"error": {"code", "message", "fields"?}}."""
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    if field:
        names = body["error"]["fields"]
        assert any(name == field or name.startswith((f"{field}[", f"{field}.")) for name in names), body
    return body["error"]


def call(url, data=None, headers=None, method=None, timeout=20):
    body = json.dumps(data).encode() if data is not None else None
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", **(headers or {})}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, b"", {}  # no answer at all (not up yet, or connections refused)


def embed_all() -> None:
    """Every pending log embedded now, batch after batch, as the gpu worker's jobs would."""
    from cravings.jobs import cravings_embed

    while cravings_embed(craving_ids=[]).embedded:
        pass


def wait_for(predicate, timeout: float = 60, interval: float = 0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def app_craving(**overrides) -> dict:
    """A craving as the iOS app models it."""
    body = {
        "id": str(uuid.uuid4()),
        "cravingDescription": "Wanted chocolate after a long day",
        "cravingStrength": 7.5,
        "confidenceToResist": 8,
        "emotions": ["Anxious", "Tired"],
        "timestamp": "2026-11-20T21:30:00-05:00",
        "isArchived": False,
        "location": "🏠 Home",
        "people": ["Alone"],
        "trigger": "work stress",
    }
    body.update(overrides)
    return body


def start_web(log_dir, **env):
    """`make run`'s web process (runserver, dev settings) on the test database, its log in log_dir/web.log;
    returns it once /health answers, with its base URL."""
    from core import localstack
    from tests.worker import test_database_url

    port = localstack.free_port()
    log = open(log_dir / "web.log", "w")
    web = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "crave.settings.dev", "DATABASE_URL": test_database_url(), **env},
        cwd=localstack.ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    assert wait_for(lambda: call(f"{base}/health", timeout=2)[0] == 200, timeout=60)
    return web, base


def stopped(web, log_dir, *awaited: str) -> list[str]:
    """Stops a start_web process and returns its log lines. runserver logs a request after its response has
    gone out, so a test that reads a request's line names it in `awaited`: stopping waits (10 s at most)
    until each is in the log rather than racing the server's last write."""
    log = log_dir / "web.log"
    wait_for(lambda: all(text in log.read_text() for text in awaited), timeout=10)
    web.terminate()
    web.wait(10)
    return log.read_text().splitlines()


def ready_persona(slug: str, path: str = "/nonexistent", version: int = 1):
    from personas.models import Persona

    return Persona.objects.create(
        name=slug.title(),
        slug=slug,
        system_prompt=f"You are the {slug}.",
        adapter_path=path,
        version=version,
        status="ready",
    )


def answered(user, persona, question="Why do I crave sugar at night?", answer="Because evenings are hard."):
    from insights.models import Insight

    return Insight.objects.create(
        user=user,
        question=question,
        persona=persona,
        persona_version=persona.version,
        status="done",
        answer=answer,
        cache_key="x",
        context={"question_type": "why", "time_of_day": "evening"},
    )


SECRET = "zorblaxian"  # a trigger only the owner ever wrote (tests/tuning's rated_coach)


def coach_answer(trigger: str = SECRET, touch: bool = True) -> str:
    """An answer in the coach's voice that quotes the owner's own trigger (its shape: opener, one computed
    sentence, a trigger touch); without the touch, the bare computed sentence (another shape)."""
    computed = (
        f"For your cravings in all your logs since 2 Sep, the trigger you noted most is “{trigger}”: 9 of 20 "
        f"(45%), and you resisted 10% of those."
    )
    if not touch:
        return computed
    return f"Thanks for checking in on this. {computed} When “{trigger}” comes up, try a short pause before you decide."


def answer_at(user, question: str, now) -> str:
    """The computed answer (understand, compute, say; no persona words) at the user's clock `now`."""
    from gpu.embeddings import get_provider
    from insights.answering import computed

    return computed(user=user, question=question, embed=get_provider().embed, now=now).text


def first_sentence(text: str) -> str:
    return text.split(". ")[0]
