"""Admin console, OpenAPI schema and docs, health, demo data: the non-API surfaces."""
import pytest
from django.core.management import call_command
from django.test import Client

from accounts.models import User
from cravings.models import Craving
from tests.factories import CravingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_browser(staff):
    client = Client()
    client.force_login(staff)
    return client


def test_admin_lists_and_filters_cravings_for_staff(staff_browser, owner):
    craving = CravingFactory(user=owner, embedding_status="failed", emotions=["Lonely"])
    for query in ("", "?embedding_status__exact=failed", "?emotion=Lonely", "?q=owner%40example.com",
                  f"?user__id__exact={owner.id}"):
        response = staff_browser.get(f"/admin/cravings/craving/{query}")
        assert response.status_code == 200, query
        assert str(craving.description[:20]) in response.content.decode(), query
    assert staff_browser.get(f"/admin/cravings/craving/{craving.id}/change/").status_code == 200
    assert staff_browser.get("/admin/accounts/user/").status_code == 200


def test_admin_retry_embedding_action_requeues_failed_rows(staff_browser, owner):
    craving = CravingFactory(user=owner, embedding_status="failed", embedding_attempts=5)
    response = staff_browser.post("/admin/cravings/craving/", {"action": "retry_embedding",
                                                               "_selected_action": [craving.id]})
    assert response.status_code == 302
    craving.refresh_from_db()
    assert (craving.embedding_status, craving.embedding_attempts) == ("pending", 0)


def test_admin_needs_staff(owner):
    client = Client()
    client.force_login(owner)
    assert client.get("/admin/cravings/craving/").status_code == 302


def test_openapi_schema_and_swagger(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in ("/api/v1/auth/login", "/api/v1/auth/verify-google-id-token", "/api/v1/auth/me",
                 "/api/v1/cravings", "/api/v1/cravings/sync", "/api/v1/cravings/{craving_id}"):
        assert path in paths
    assert api.get("/api/docs/").status_code == 200
    assert Client().get("/").status_code == 200


def test_health_reports_database_and_redis(api):
    from core.redis_client import client
    from gpu.fleet import FLEET

    client().delete(FLEET)  # no heartbeat left from an earlier test's worker
    assert api.get("/health").json() == {"status": "ok", "database": "ok", "redis": "ok", "gpu": {"workers": 0},
                                         "personas": {"ready": [], "training": [], "progress": {}}}


def test_demo_data_is_realistic_and_loading_twice_adds_nothing(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    call_command("load_demo")
    demo = User.objects.get(email="demo@crave.local")
    count = Craving.objects.filter(user=demo).count()
    assert User.objects.get(email="admin@crave.local").is_superuser
    call_command("load_demo")
    assert Craving.objects.filter(user=demo).count() == count
    rows = Craving.objects.filter(user=demo)
    span = rows.order_by("-occurred_at").first().occurred_at - rows.order_by("occurred_at").first().occurred_at
    assert span.days >= 85 and count >= 100
    assert {-300, -240} >= set(rows.values_list("utc_offset_minutes", flat=True))
    assert (tmp_path / ".local" / "demo-credentials.json").exists()


def test_admin_shows_local_times_newest_first_questions_and_readable_figures(staff_browser, owner):
    from datetime import datetime, timezone

    from insights.models import Insight
    from personas.models import AdapterResidency, Persona, WorkerStatus

    # 7:38 pm in New York is 00:38 UTC the next day: staff see both, newest first.
    CravingFactory(user=owner, description="Evening chocolate", utc_offset_minutes=-300,
                   occurred_at=datetime(2026, 11, 21, 0, 38, tzinfo=timezone.utc))
    CravingFactory(user=owner, description="Morning coffee", utc_offset_minutes=-300,
                   occurred_at=datetime(2026, 11, 20, 13, 0, tzinfo=timezone.utc))
    page = staff_browser.get("/admin/cravings/craving/").content.decode()
    assert "2026-11-20 19:38 (UTC-05:00)" in page and "2026-11-21 00:38 UTC" in page
    assert page.index("Evening chocolate") < page.index("Morning coffee")

    coach = Persona.objects.create(name="Coach", slug="coach", system_prompt="You are a coach.")
    insight = Insight.objects.create(user=owner, question="Why do I crave sugar at night?", persona=coach)
    assert str(insight) == "“Why do I crave sugar at night?” (queued)"
    page = staff_browser.get("/admin/insights/insight/").content.decode()
    assert "Why do I crave sugar at night?" in page and "Insight object" not in page

    worker = WorkerStatus.objects.create(hostname="gpu-1", device="cpu")
    AdapterResidency.objects.create(worker=worker, persona=coach, version=1, tier="slot", last_load_ms=2.5635750000674)
    page = staff_browser.get("/admin/personas/adapterresidency/").content.decode()
    assert "2.6 ms" in page and "2.5635" not in page
    for page in (f"/admin/personas/workerstatus/{worker.id}/change/", f"/admin/personas/persona/{coach.id}/change/"):
        assert "2.6 ms" in staff_browser.get(page).content.decode(), page


@pytest.mark.django_db(transaction=True)
def test_a_big_cravings_list_pages_without_counting_the_table(staff_browser, owner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Craving.objects.bulk_create([Craving(user=owner, description=f"log {i}", intensity=5, resistance=5,
                                         occurred_at="2026-11-20T20:00:00Z") for i in range(10_500)])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE cravings_craving")  # what autovacuum keeps up to date
    with CaptureQueriesContext(connection) as queries:
        page = staff_browser.get("/admin/cravings/craving/")
    assert page.status_code == 200 and "log " in page.content.decode()
    counts = [q["sql"] for q in queries if "COUNT(" in q["sql"].upper() and "cravings_craving" in q["sql"]]
    assert counts == [], counts  # the estimate (pg_class.reltuples) stands in for COUNT(*)
    with CaptureQueriesContext(connection) as queries:
        staff_browser.get(f"/admin/cravings/craving/?user__id__exact={owner.id}")
    assert any("COUNT(" in q["sql"].upper() for q in queries)  # a filtered list is counted exactly


def test_every_model_of_ours_has_a_factory_that_makes_a_valid_row():
    import inspect

    from django.apps import apps

    from tests import factories

    made = {f._meta.model: f for _, f in inspect.getmembers(factories, inspect.isclass)
            if issubclass(f, factories.factory.django.DjangoModelFactory) and f._meta.model}
    ours = [m for app in ("accounts", "cravings", "insights", "personas", "gpu")
            for m in apps.get_app_config(app).get_models()]
    assert [m.__name__ for m in ours if m not in made] == []
    for model in ours:
        row = made[model]()
        row.full_clean()
        assert model.objects.filter(pk=row.pk).exists(), model
