"""Time parsing, safety, retrieval, context budget, number guard, markers, cache: the parts of an answer."""
from datetime import date, datetime, timedelta, timezone

import pytest

from cravings.embedding import cravings_embed
from gpu.embeddings import get_provider
from insights.answering import compose
from insights.context import build_context, guard_numbers
from insights.markers import markers_refresh
from insights.models import Insight, TrendMarker
from insights.retrieval import recency_weight, retrieve, subject, without_subject
from insights.safety import NOTICE, is_crisis
from insights.timeparse import parse_time
from tests.conftest import assert_error
from tests.factories import CravingFactory

TODAY = date(2026, 11, 24)  # a Tuesday
EST = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=EST)


@pytest.mark.parametrize("question,start,end,hours,weekdays", [
    ("How was last month?", date(2026, 10, 1), date(2026, 10, 31), set(), set()),
    ("cravings in the last 2 weeks", date(2026, 11, 11), TODAY, set(), set()),
    ("what about yesterday", date(2026, 11, 23), date(2026, 11, 23), set(), set()),
    ("since summer", date(2026, 6, 1), TODAY, set(), set()),
    ("since March", date(2026, 3, 1), TODAY, set(), set()),
    ("last week at night", date(2026, 11, 16), date(2026, 11, 22), {21, 22, 23, 0, 1, 2, 3, 4}, set()),
    ("on weekends in the evening", None, None, set(range(18, 24)), {6, 7}),
    ("why on Fridays?", None, None, set(), {5}),
    ("do I crave sugar?", None, None, set(), set()),
])
def test_time_words_become_filters(question, start, end, hours, weekdays):
    tf = parse_time(question, TODAY)
    assert (tf.start, tf.end, tf.hours, tf.weekdays) == (start, end, hours, weekdays)


def test_crisis_screen():
    assert is_crisis("some days I want to die") and is_crisis("thinking about self-harm")
    assert not is_crisis("I'm dying for a cookie") and not is_crisis("my cravings are killing my budget")


def test_guard_keeps_only_numbers_from_the_context():
    text = "You logged 12 cravings. You resisted 71% of them. Your best week had 999 logs. Keep going!"
    assert guard_numbers(text, {"12", "71"}) == "You logged 12 cravings. You resisted 71% of them. Keep going!"


def test_recency_is_a_weight_with_a_floor():
    assert recency_weight(0) == 1.0
    assert recency_weight(30) > 0.85  # a month-old log keeps most of its weight
    assert 0.6 <= recency_weight(3650) < 0.61


def embed_all():
    while cravings_embed(craving_ids=[]).embedded:
        pass


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=EST).astimezone(timezone.utc)


@pytest.fixture
def history(owner, outsider):
    """Evening sugar on weekdays, morning cigarettes, and an outsider who logs sugar too."""
    for i in range(20):
        day = TODAY - timedelta(days=i + 1)
        if day.weekday() < 5:
            CravingFactory(user=owner, description="Wanted chocolate and sweets after work", trigger="work stress",
                           occurred_at=at(day, 20), emotions=["Anxious"], resistance=3)
        CravingFactory(user=owner, description="Urge to smoke a cigarette", trigger="coffee break",
                       occurred_at=at(day, 9), emotions=["Tired"], resistance=8)
        CravingFactory(user=outsider, description="Chocolate cake and candy", occurred_at=at(day, 20))
    embed_all()


def ask(owner, question):
    topic = subject(question)
    vectors = get_provider().embed([question, without_subject(question, topic)])
    return retrieve(user=owner, question=question, query_vector=vectors[0], tf=parse_time(question, TODAY), now=NOW,
                    null_vector=vectors[1] if topic else None)


@pytest.mark.django_db
def test_retrieval_reads_time_scopes_to_the_user_and_adapts_k(owner, history):
    evening = ask(owner, "Why do I crave sugar in the evening?")
    assert evening.hits and all(h.craving.user_id == owner.id for h in evening.hits)
    assert all(h.craving.occurred_at.astimezone(EST).hour == 20 for h in evening.hits)
    assert 8 <= evening.k <= 30  # a broad question takes many
    narrow = ask(owner, "What was my craving yesterday morning?")
    assert 1 <= narrow.k <= 6
    assert all(h.craving.occurred_at.astimezone(EST).date() == TODAY - timedelta(days=1) for h in narrow.hits)


@pytest.mark.django_db
def test_abstains_on_things_never_logged(owner, history):
    for question in ("Do I get cravings for gambling?", "Any cravings for cocaine?"):
        result = ask(owner, question)
        assert result.abstain and result.hits == [], question
    assert not ask(owner, "Do I crave sweets?").abstain
    assert not ask(owner, "What happened last week?").abstain  # no subject: the window is the question


@pytest.mark.django_db
def test_context_fits_the_token_budget_with_stats_first(owner, history):
    from insights.analytics import craving_analytics
    from insights.periods import analytics_window

    retrieved = ask(owner, "Why do I crave sugar in the evening?")
    analytics = craving_analytics(user=owner, window=analytics_window(user=owner, period="1m", now=NOW))
    words = lambda text: len(text.split())  # noqa: E731
    context = build_context(analytics=analytics, retrieved=retrieved, count_tokens=words, budget=120)
    assert context.tokens <= 120 and context.text.startswith("Statistics for")
    assert 0 < len(context.craving_ids) < len(retrieved.hits)  # the budget cut the list
    assert str(analytics["totalCravings"]) in context.allowed_numbers


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
def test_answer_numbers_match_the_statistics_and_sources_are_the_users(owner, history):
    def invent(messages):
        return "You resisted 97% of your cravings this month. Evenings look hard for you."

    payload = compose(user=owner, question="Why do I crave sugar in the evening?", persona=None, generate=invent,
                      embed=get_provider().embed, count_tokens=lambda t: len(t.split()), now=NOW)
    assert "97%" not in payload["answer"] and "Evenings look hard" in payload["answer"]
    assert "of your cravings in this period were logged in the" in payload["answer"]  # SQL-found, as found
    stats = payload["sources"]["stats"]
    assert f"{stats['totalCravings']} cravings" in payload["answer"]
    owned = {str(u) for u in owner.cravings.values_list("uuid", flat=True)}
    assert payload["sources"]["cravings"] and set(payload["sources"]["cravings"]) <= owned


@pytest.mark.django_db
def test_crisis_question_gets_resources_at_once_and_no_model(owner_api):
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
    assert_error(owner_api.post("/api/v1/insights", {"question": "hi", "persona": "nobody"}, format="json"),
                 400, field="persona")
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
    owner_api.post("/api/v1/cravings/", {"cravingDescription": "new", "cravingStrength": 5, "confidenceToResist": 5,
                                         "timestamp": "2026-11-24T10:00:00-05:00"}, format="json")
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

    DatabaseScheduler(app=app)
    names = set(PeriodicTask.objects.values_list("name", flat=True))
    assert {"sweep-unembedded-cravings", "compress-trends-nightly", "weekly-summaries"} <= names
