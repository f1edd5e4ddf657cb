"""The OpenAPI schema and docs, /health, and the factories every test builds on."""

import pytest

pytestmark = pytest.mark.django_db


def test_openapi_schema_and_swagger(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in (
        "/api/v1/auth/login",
        "/api/v1/auth/verify-google-id-token",
        "/api/v1/auth/me",
        "/api/v1/cravings",
        "/api/v1/cravings/sync",
        "/api/v1/cravings/{craving_id}",
    ):
        assert path in paths
    assert api.get("/api/docs/").status_code == 200


def test_the_start_page_answers(client):
    assert client.get("/").status_code == 200


def test_health_reports_database_and_redis(api):
    from core.redis_client import client
    from gpu.fleet import FLEET

    client().delete(FLEET)  # no heartbeat left from an earlier test's worker
    assert api.get("/health").json() == {
        "status": "ok",
        "database": "ok",
        "redis": "ok",
        "gpu": {"workers": 0, "precision": []},
        "personas": {"ready": [], "training": [], "progress": {}},
    }


def test_every_model_of_ours_has_a_factory_that_makes_a_valid_row():
    import inspect

    from django.apps import apps

    from tests import factories

    made = {
        f._meta.model: f
        for _, f in inspect.getmembers(factories, inspect.isclass)
        if issubclass(f, factories.factory.django.DjangoModelFactory) and f._meta.model
    }
    ours = [
        m
        for app in ("accounts", "cravings", "insights", "personas", "gpu")
        for m in apps.get_app_config(app).get_models()
    ]
    assert [m.__name__ for m in ours if m not in made] == []
    for model in ours:
        row = made[model]()
        row.full_clean()
        assert model.objects.filter(pk=row.pk).exists(), model
