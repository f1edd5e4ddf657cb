"""Per-user semantic search: exact, scoped, combined with filters, and planned on the per-user index."""

import re

import numpy as np
import pytest
from django.db import connection

from cravings.jobs import cravings_embed
from cravings.models import Craving
from cravings.selectors import craving_search
from gpu import embeddings
from tests.factories import CravingFactory, UserFactory
from tests.helpers import assert_error

pytestmark = pytest.mark.django_db
URL = "/api/v1/cravings/search"


def texts(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [hit["craving"]["cravingDescription"] for hit in response.json()["results"]]


@pytest.fixture
def logged(owner, outsider):
    CravingFactory(user=owner, description="Craving chocolate cake and sweets", trigger="", emotions=["Sad"])
    CravingFactory(user=owner, description="Urge to smoke a cigarette at work", trigger="", emotions=["Tired"])
    CravingFactory(user=owner, description="Want a glass of wine with dinner", trigger="", archived=True)
    CravingFactory(user=outsider, description="Chocolate bar and candy, so sweet", trigger="")
    cravings_embed(craving_ids=[])


def test_search_ranks_by_meaning_within_the_users_own_cravings(owner_api, logged):
    results = texts(owner_api.get(URL, {"q": "sugary dessert", "limit": 5}))
    assert results[0] == "Craving chocolate cake and sweets"
    assert "Chocolate bar and candy, so sweet" not in results  # the outsider's, however similar
    assert len(results) == 3


def test_search_combines_with_list_filters(owner_api, logged):
    assert texts(owner_api.get(URL, {"q": "sugary dessert", "archived": "false", "emotion": "Tired"})) == [
        "Urge to smoke a cigarette at work"
    ]
    assert texts(owner_api.get(URL, {"q": "drinking", "archived": "true"})) == ["Want a glass of wine with dinner"]


def test_outsider_search_finds_only_their_own(outsider_api, logged):
    assert texts(outsider_api.get(URL, {"q": "cigarette"})) == ["Chocolate bar and candy, so sweet"]


def test_search_input_errors(owner_api):
    assert_error(owner_api.get(URL), 400, "validation_error", field="q")
    assert_error(owner_api.get(URL, {"q": "x", "limit": 500}), 400, "validation_error", field="limit")
    assert_error(owner_api.get(URL, {"q": "x", "emotion": "Hangry"}), 400, "validation_error", field="emotion")


def test_search_provider_down_is_503(owner_api, settings):
    settings.EMBEDDING_PROVIDER = "openai"
    settings.OPENAI_API_KEY = ""
    embeddings.get_provider.cache_clear()
    try:
        assert_error(owner_api.get(URL, {"q": "sweets"}), 503, "search_unavailable")
    finally:
        embeddings.get_provider.cache_clear()


def fill_many_users(users: int = 200, per_user: int = 100) -> None:
    """Rows for many users straight in SQL (random unit vectors), so the planner sees a realistic table."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO accounts_user (email, password, full_name, timezone, is_active, is_staff, is_superuser,
                                       date_joined, updated_at)
            SELECT 'bulk' || g || '@example.com', '!', '', 'UTC', true, false, false, now(), now()
            FROM generate_series(1, %s) g""",
            [users],
        )
        cursor.execute(
            """
            INSERT INTO cravings_craving (uuid, user_id, description, intensity, resistance, emotions, occurred_at,
                utc_offset_minutes, location, people, trigger, archived, created_at, updated_at, embedding,
                embedding_status, embedding_attempts, embedding_error)
            SELECT gen_random_uuid(), u.id, 'bulk', 5, 5, '{}', now() - g * interval '1 hour', 0, '', '{}', '',
                   false, now(), now(), v.vec, 'done', 0, ''
            FROM accounts_user u CROSS JOIN generate_series(1, %s) g
            CROSS JOIN LATERAL (SELECT l2_normalize(array_agg(random() - 0.5)::vector) AS vec
                                FROM generate_series(1, 384) d
                                WHERE g IS NOT NULL AND u.id IS NOT NULL) v  -- outer refs: a new vector per row
            WHERE u.email LIKE 'bulk%%'""",
            [per_user],
        )
        cursor.execute("ANALYZE cravings_craving")


def test_plan_is_the_per_user_index_with_exact_distance_and_results_match_brute_force():
    fill_many_users()
    user = UserFactory()
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(150, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for vector in vectors:
        CravingFactory(user=user, embedding=vector.tolist(), embedding_status="done")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cravings_craving")
    query = rng.normal(size=384).astype(np.float32)
    query /= np.linalg.norm(query)

    search = craving_search(user=user, query_vector=query.tolist(), limit=10)
    plan = re.sub(r"'\[[^\]]*\]'", "'[query]'", search.explain())
    assert "craving_user_time" in plan, plan  # straight to this user's rows
    assert "Seq Scan" not in plan and "hnsw" not in plan.lower(), plan
    assert "Sort" in plan, plan  # exact distances, top-k sorted

    got = [c.uuid for c in search]
    stored = list(Craving.objects.filter(user=user).order_by("id"))
    brute = np.argsort(-(np.array([c.embedding for c in stored]) @ query))[:10]
    assert got == [stored[i].uuid for i in brute]  # recall@10 = 1.0
