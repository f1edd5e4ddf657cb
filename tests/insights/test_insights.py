"""Trend markers, the crisis screen, the insights API and its cache, and the beat schedule."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from gpu.embeddings import get_provider
from insights.markers import markers_refresh
from insights.models import Insight, TrendMarker
from insights.safety import NOTICE, is_crisis
from tests.factories import CravingFactory
from tests.helpers import assert_error, embed_all

TODAY = date(2026, 11, 24)  # a Tuesday
EST = timezone(timedelta(hours=-5))


def test_crisis_screen():
    assert is_crisis("some days I want to die") and is_crisis("thinking about self-harm")
    assert not is_crisis("I'm dying for a cookie") and not is_crisis("my cravings are killing my budget")


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=EST).astimezone(UTC)


@pytest.fixture
def history(owner, outsider):
    """Evening sugar on weekdays, morning cigarettes, and an outsider who logs sugar too."""
    for i in range(20):
        day = TODAY - timedelta(days=i + 1)
        if day.weekday() < 5:
            CravingFactory(
                user=owner,
                description="Wanted chocolate and sweets after work",
                trigger="work stress",
                occurred_at=at(day, 20),
                emotions=["Anxious"],
                resistance=3,
            )
        CravingFactory(
            user=owner,
            description="Urge to smoke a cigarette",
            trigger="coffee break",
            occurred_at=at(day, 9),
            emotions=["Tired"],
            resistance=8,
        )
        CravingFactory(user=outsider, description="Chocolate cake and candy", occurred_at=at(day, 20))
    embed_all()


@pytest.mark.django_db
def test_markers_compress_weeks_and_months_and_only_rewrite_what_changed(owner, history):
    embed = get_provider().embed
    written = markers_refresh(user_id=owner.id, embed=embed)
    weeks = TrendMarker.objects.filter(user=owner, kind="week")
    assert weeks.count() >= 3 and TrendMarker.objects.filter(user=owner, kind="month").exists()
    assert sum(m.stats["count"] for m in weeks) == owner.cravings.count()
    assert all(m.embedding is not None and "cravings" in m.text for m in written)
    assert markers_refresh(user_id=owner.id, embed=embed) == []  # nothing changed
    CravingFactory(user=owner, occurred_at=at(TODAY, 10))
    assert len(markers_refresh(user_id=owner.id, embed=embed)) == 2  # this week and this month


@pytest.mark.django_db
def test_crisis_question_gets_resources_at_once_and_no_model(owner, owner_api):
    owner.timezone = "America/New_York"  # the country's line comes first: 988 in the US
    owner.save()
    response = owner_api.post("/api/v1/insights", {"question": "I want to end my life"}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "done" and body["safety"] == "crisis"
    assert "988" in body["answer"] and body["answer"].endswith(NOTICE)
    chat = owner_api.post("/ai/chat", {"userQuery": "thinking about suicide"}, format="json")
    assert chat.status_code == 200 and "988" in chat.json()["message"]


@pytest.mark.django_db
def test_insight_api_validation_scope_and_cache_keyed_on_data_version(owner_api, outsider_api, owner):
    assert_error(owner_api.post("/api/v1/insights", {}, format="json"), 400, "validation_error", field="question")
    assert_error(
        owner_api.post("/api/v1/insights", {"question": "hi", "persona": "nobody"}, format="json"), 400, field="persona"
    )
    assert_error(owner_api.post("/ai/chat", {"query": "wrong key"}, format="json"), 400, field="userQuery")
    queued = owner_api.post("/api/v1/insights", {"question": "How am I doing?"}, format="json")
    assert queued.status_code == 202 and queued.json()["status"] == "queued"
    insight = Insight.objects.get(id=queued.json()["id"])
    # Pretend the worker answered, through the same function it uses, then ask again: a cache hit.
    from insights.answering import insight_finish, remember

    payload = {"answer": "From the cache.", "sources": {}, "context_tokens": 1}
    insight_finish(insight, payload)
    remember(insight.cache_key, payload)
    again = owner_api.post("/api/v1/insights", {"question": "how am i   doing?"}, format="json")
    assert again.status_code == 200 and again.json()["answer"].startswith("From the cache.")
    # A new log changes the data version: the same question is no longer answered from the cache.
    owner_api.post(
        "/api/v1/cravings/",
        {
            "cravingDescription": "new",
            "cravingStrength": 5,
            "confidenceToResist": 5,
            "timestamp": "2026-11-24T10:00:00-05:00",
        },
        format="json",
    )
    fresh = owner_api.post("/api/v1/insights", {"question": "How am I doing?"}, format="json")
    assert fresh.status_code == 202
    assert_error(outsider_api.get(f"/api/v1/insights/{insight.id}"), 404)
    assert outsider_api.get("/api/v1/insights").json()["results"] == []
    assert owner_api.get(f"/api/v1/insights/{insight.id}").json()["answer"].endswith(NOTICE)


@pytest.mark.django_db(transaction=True)  # the scheduler closes connections, as beat does
def test_beat_schedule_is_installed_in_the_admin_editable_tables():
    from django_celery_beat.models import PeriodicTask
    from django_celery_beat.schedulers import DatabaseScheduler

    from crave.celery import app

    app.finalize()  # as `celery beat` does before it builds its scheduler
    DatabaseScheduler(app=app)
    tasks = dict(PeriodicTask.objects.values_list("name", "task"))
    assert {
        "sweep-unembedded-cravings",
        "compress-trends-nightly",
        "weekly-summaries",
        "finetune-personas-from-feedback",
    } <= set(tasks)
    assert all(task in app.tasks for task in tasks.values() if task != "celery.backend_cleanup"), tasks


@pytest.mark.django_db
def test_an_answer_cached_before_a_logs_embedding_landed_is_not_served_after(owner_api, owner):
    from insights.answering import insight_finish, remember

    owner_api.post(
        "/api/v1/cravings/",
        {
            "cravingDescription": "Want a cookie",
            "cravingStrength": 5,
            "confidenceToResist": 5,
            "timestamp": "2026-11-24T10:00:00-05:00",
        },
        format="json",
    )
    queued = owner_api.post("/api/v1/insights", {"question": "When do I crave cookies?"}, format="json").json()
    payload = {"answer": "Before the embedding.", "sources": {}}
    remember(insight_finish(Insight.objects.get(id=queued["id"]), payload).cache_key, payload)
    assert (
        owner_api.post("/api/v1/insights", {"question": "When do I crave cookies?"}, format="json").status_code == 200
    )
    embed_all()  # the log's vector lands: subject matching can now see it
    assert (
        owner_api.post("/api/v1/insights", {"question": "When do I crave cookies?"}, format="json").status_code == 202
    )


@pytest.mark.django_db
def test_a_named_persona_that_is_not_ready_is_not_served_under_its_name(owner_api):
    from personas.models import Persona

    Persona.objects.create(name="Analyst", slug="analyst", system_prompt="Precise.", status="training")
    body = owner_api.post(
        "/api/v1/insights", {"question": "How am I doing?", "persona": "analyst"}, format="json"
    ).json()
    assert body["persona"] != "analyst" and body["selectedBy"] == "fallback"


@pytest.mark.django_db
def test_the_insight_api_shows_what_was_computed(owner_api, owner, history, base_generate):
    from insights.answering import compose, insight_finish

    insight = Insight.objects.get(
        id=owner_api.post("/api/v1/insights", {"question": "When do I crave sweets?"}, format="json").json()["id"]
    )
    now = datetime(2026, 11, 24, 12, 0, tzinfo=EST)
    insight_finish(
        insight,
        compose(
            user=owner,
            question=insight.question,
            persona=None,
            generate=base_generate,
            embed=get_provider().embed,
            now=now,
        ),
    )
    finding = owner_api.get(f"/api/v1/insights/{insight.id}").json()["finding"]
    assert finding["kind"] == "peak_daypart" and finding["query"]["subject"] == "sweets"
    assert finding["status"] == "answered" and finding["groups"][0]["value"] == "evening" and finding["total"] == 14
    assert finding["query"]["window"]["start"] is None  # the whole history
