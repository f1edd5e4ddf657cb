"""Flows that cross Celery on one real worker process that the tests share (the real Redis and PostgreSQL):
a sync's embeddings, persona replies, chats with summaries and trends, concurrent answers with a deadline. Tests
that watch a worker from its start are in test_worker.py, each with its own."""

import time
from urllib.parse import urlsplit

import pytest
import redis
from django.conf import settings

from cravings.models import Craving
from tests.helpers import CRAVINGS_URL as URL
from tests.helpers import app_craving, wait_for
from tests.worker import WorkerProcess

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


@pytest.fixture(scope="module")
def shared_worker(tmp_path_factory, django_db_setup):
    """One gpu and default worker for the tests below that need only a live worker, whatever it served before:
    a start costs about 15 s of CPU (Django, torch, both models). Each test still sets up its own data (the
    database is emptied between tests); tests that watch a worker from its start get their own."""
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    process = WorkerProcess(tmp_path_factory.mktemp("shared-worker"))
    process.start()
    yield process
    process.stop()


@pytest.fixture(params=["builtin", pytest.param("vllm", marks=pytest.mark.vllm)])
def llm_worker(request, tmp_path):
    """A gpu worker on each inference backend: the answer tests below must pass on both."""
    if request.param == "builtin":
        process = request.getfixturevalue("shared_worker")
        process.backend = "builtin"
        yield process
        return
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    env = {"INFERENCE_BACKEND": "vllm", "VLLM_URL": request.getfixturevalue("vllm_server").url}
    process = WorkerProcess(tmp_path, env=env)
    process.backend = request.param
    yield process
    process.stop()


def test_a_synced_week_of_500_logs_is_all_embedded_by_its_own_job_without_the_sweep(owner_api, owner, shared_worker):
    """One sync queues one job for all its rows; the job embeds batch after batch (EMBEDDING_BATCH_SIZE is 64),
    so nothing is left for the 5-minute sweep (which this worker never runs: no beat)."""
    worker, mark = shared_worker, len(shared_worker.log())
    items = [
        app_craving(timestamp=f"2026-11-{14 + i % 7:02d}T{8 + i % 12:02d}:{i % 60:02d}:00-05:00") for i in range(500)
    ]
    response = owner_api.post(f"{URL}sync", {"cravings": items}, format="json")
    assert response.status_code == 200, response.content
    assert Craving.objects.filter(user=owner).count() == 500
    done = Craving.objects.filter(user=owner, embedding_status="done", embedding__isnull=False)
    assert wait_for(lambda: done.count() == 500, timeout=120), (done.count(), worker.log())
    log = worker.log_since(mark)
    assert "cravings.tasks.embed_cravings[" in log and "sweep_unembedded[" not in log


def test_persona_replies_come_from_the_gpu_worker_and_residency_is_recorded(llm_worker, tmp_path):
    from gpu.base_model import load_base_model
    from gpu.synthetic import make_adapter
    from personas.models import AdapterResidency, Persona, WorkerStatus
    from personas.tasks import persona_generate

    builtin = llm_worker.backend == "builtin"
    resident = ["slot"] if builtin else ["slot", "cpu"]  # vLLM's metrics say "slot" only mid-batch
    # Its own slug: the worker is shared, and these random adapters must never answer as the starter coach.
    path = make_adapter(load_base_model().model, tmp_path / "voice-v1", seed=1)
    Persona.objects.create(
        name="Voice", slug="voice", system_prompt="You are a coach.", adapter_path=str(path), version=1, status="ready"
    )
    llm_worker.start()
    results = [persona_generate.delay("voice", [{"role": "user", "content": f"Question {i}?"}], 8) for i in range(3)]
    replies = [r.get(timeout=120) for r in results]
    assert all(isinstance(reply, str) and reply for reply in replies)
    assert wait_for(lambda: AdapterResidency.objects.filter(persona__slug="voice", tier__in=resident).exists())
    status = WorkerStatus.objects.get()
    assert status.slot_count >= 2
    if builtin:
        assert status.slot_bytes <= settings.LORA_SLOT_BUDGET_BYTES and status.cpu_rss > 0
    else:
        assert status.hostname == f"vllm@{urlsplit(llm_worker.extra_env['VLLM_URL']).netloc}"
        assert status.base_model == settings.BASE_MODEL
        assert AdapterResidency.objects.get(persona__slug="voice").cold_loads == 1
    # A promoted version is served by the running worker: no restart, a new (slug, version) key.
    v2 = make_adapter(load_base_model().model, tmp_path / "voice-v2", seed=2)
    Persona.objects.filter(slug="voice").update(version=2, adapter_path=str(v2))
    assert persona_generate.delay("voice", [{"role": "user", "content": "Question?"}], 8).get(timeout=120)
    assert wait_for(
        lambda: AdapterResidency.objects.filter(persona__slug="voice", version=2, tier__in=resident).exists()
    )
    if not builtin:  # the server no longer holds the superseded version
        assert wait_for(lambda: not AdapterResidency.objects.filter(persona__slug="voice", version=1).exists())


def test_ai_chat_is_answered_by_the_gpu_worker_with_sources_summaries_and_trends(owner_api, owner, llm_worker):
    from datetime import datetime, timedelta, timezone

    from insights.models import Insight
    from insights.safety import NOTICE
    from insights.tasks import compress_user_trends, write_weekly_summary
    from personas.models import AdapterResidency
    from personas.services import personas_seed_starters

    personas_seed_starters()  # the chat is answered in a starter persona's voice, through its adapter
    llm_worker.start()
    now = datetime.now(timezone(timedelta(hours=-5)))
    for day in range(1, 9):
        body = app_craving(
            cravingDescription="Wanted chocolate and sweets after work",
            confidenceToResist=3,
            timestamp=(now - timedelta(days=day)).replace(hour=20, microsecond=0).isoformat(),
        )
        assert owner_api.post(URL, body, format="json").status_code == 201
    assert wait_for(lambda: not Craving.objects.filter(user=owner, embedding_status="pending").exists())

    response = owner_api.post("/ai/chat", {"userQuery": "Why do I crave sugar in the evening?"}, format="json")
    assert response.status_code == 200, response.content
    message = response.json()["message"]
    assert message.endswith(NOTICE) and "cravings" in message
    insight = Insight.objects.get(user=owner)
    owned = {str(u) for u in Craving.objects.filter(user=owner).values_list("uuid", flat=True)}
    assert insight.sources["cravings"] and set(insight.sources["cravings"]) <= owned
    assert 0 < insight.context_tokens <= 1000
    assert insight.finding["kind"] == "peak_trigger" and insight.finding["total"] == 8
    assert insight.persona.adapter_path  # a starter persona's voice, through its adapter
    assert wait_for(lambda: AdapterResidency.objects.filter(persona=insight.persona, misses__gte=1).exists())

    assert compress_user_trends.delay(owner.id).get(timeout=180) >= 2
    write_weekly_summary.delay(owner.id).get(timeout=180)
    assert owner_api.get("/api/v1/trends").json()["results"]
    assert len(owner_api.get("/api/v1/summaries").json()["results"]) == 1


def test_eight_concurrent_answers_through_one_worker_and_a_deadline_that_holds(owner, llm_worker):
    """One gpu worker with 4 threads, 8 answer jobs at once (two for each thread: the batcher pads with its
    tokenizer while other threads count tokens with theirs), and one job sent with a 50 ms limit: it fails
    cleanly, the rest answer. Eight keep every thread busy and a queue behind them; sixteen only took twice as long
    (up to 2 minutes an answer on 2 busy cores)."""
    from cravings.demo import demo_cravings
    from insights.models import Insight
    from insights.tasks import answer_insight
    from personas.models import Persona
    from personas.services import personas_seed_starters

    personas_seed_starters()
    Craving.objects.bulk_create(demo_cravings(owner, days=30))
    coach = Persona.objects.get(slug="coach")
    llm_worker.start()
    questions = [
        "How many cravings did I log this week?",
        "When do my cravings usually happen?",
        "What triggers my cravings most?",
        "Am I resisting more than last month?",
    ]
    insights = [
        Insight.objects.create(user=owner, question=f"{questions[i % 4]} ({i})", persona=coach) for i in range(8)
    ]
    # A question the persona voices (it names a time of day): a count is answered without generation, and
    # the deadline is held where a job waits for generation.
    late = Insight.objects.create(user=owner, question=f"{questions[1]} (late)", persona=coach)
    jobs = [answer_insight.delay(insight.id) for insight in insights]
    answer_insight.apply_async(args=[late.id], soft_time_limit=0.05)
    assert [job.get(timeout=300) for job in jobs] == ["done"] * 8
    assert all(Insight.objects.get(id=i.id).answer for i in insights)
    assert wait_for(lambda: Insight.objects.get(id=late.id).status == "failed", timeout=60)
    assert "time limit" in Insight.objects.get(id=late.id).error
    assert "Already borrowed" not in llm_worker.log()
    assert answer_insight.delay(late.id).get(timeout=120) == "done"  # the thread and the engine are free
    # The worker writes its residency row at most 1 s after a batch: let that land before the database is
    # emptied for the next test (a write during the flush deadlocked it once).
    time.sleep(1.5)
