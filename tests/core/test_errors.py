"""Every 4xx/5xx is the one error shape; one slash rule; deep JSON nesting is a 400."""

import pytest
from django.test import Client

from tests.helpers import assert_error


@pytest.mark.django_db
def test_a_deeply_nested_body_is_400(owner_api):
    body = "[" * 100_000 + "]" * 100_000
    assert_error(owner_api.generic("POST", "/api/v1/cravings/sync", body, content_type="application/json"), 400)


@pytest.mark.django_db
def test_one_slash_rule_and_the_error_shape_for_404_and_405(owner_api):
    body = {
        "cravingDescription": "x",
        "cravingStrength": 5,
        "confidenceToResist": 5,
        "timestamp": "2026-11-20T20:00:00-05:00",
    }
    assert owner_api.post("/api/v1/cravings", body, format="json").status_code == 201
    assert owner_api.get("/api/v1/analytics/").status_code == 200
    assert_error(owner_api.get("/api/v1/nothing-here"), 404, "not_found")
    assert_error(Client().get("/no/such/page"), 404, "not_found")
    assert_error(owner_api.delete("/api/v1/analytics"), 405)
    logout = Client().get("/logout/")  # a Django view, not DRF: the same shape, its Allow header kept
    assert_error(logout, 405, "method_not_allowed")
    assert "POST" in logout["Allow"]


@pytest.mark.django_db
def test_a_500_is_the_one_error_shape_and_says_nothing_of_the_bug(settings):
    settings.ROOT_URLCONF = "tests.urls_with_error"
    response = Client(raise_request_exception=False).get("/fails")
    assert_error(response, 500, "server_error")
    assert b"a bug" not in response.content and b"Traceback" not in response.content
