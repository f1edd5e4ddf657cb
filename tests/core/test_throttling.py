"""Throttles count the real client address in Redis, answer 429 in the one error shape, and let a week of
offline logs sync at once."""

import uuid

import pytest
from django.core.cache import cache

from tests.helpers import assert_error, call


@pytest.mark.django_db(transaction=True)
def test_a_new_forwarded_for_header_gets_no_fresh_throttle_bucket(live_server, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "auth": "3/min"},
    }
    cache.delete("throttle_auth_127.0.0.1")  # other live-server tests in this session used the same address
    codes = [
        call(
            f"{live_server.url}/api/v1/auth/login",
            {"email": f"nobody{i}@example.com", "password": "x"},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )[0]
        for i in range(6)
    ]
    assert codes[:3] == [401, 401, 401] and set(codes[3:]) == {429}, codes


@pytest.mark.django_db
def test_writes_are_throttled_but_a_week_offline_syncs_at_once(owner_api, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "write": "3/min"},
    }
    week = {
        "cravings": [
            {
                "id": str(uuid.uuid4()),
                "cravingDescription": f"log {i}",
                "cravingStrength": 5,
                "confidenceToResist": 5,
                "timestamp": "2026-11-20T20:00:00-05:00",
            }
            for i in range(300)
        ]
    }
    assert owner_api.post("/api/v1/cravings/sync", week, format="json").status_code == 200
    one = {
        "cravingDescription": "x",
        "cravingStrength": 5,
        "confidenceToResist": 5,
        "timestamp": "2026-11-20T20:00:00-05:00",
    }
    codes = [owner_api.post("/api/v1/cravings", one, format="json").status_code for _ in range(3)]
    assert codes == [201, 201, 429]
    assert owner_api.get("/api/v1/cravings").status_code == 200  # reads are not counted


@pytest.mark.django_db
def test_a_daily_cap_stops_one_account_filling_storage(owner_api, settings):
    settings.CRAVINGS_PER_DAY = 10
    batch = {
        "cravings": [
            {
                "id": str(uuid.uuid4()),
                "cravingDescription": "x",
                "cravingStrength": 5,
                "confidenceToResist": 5,
                "timestamp": "2026-11-20T20:00:00-05:00",
            }
            for _ in range(11)
        ]
    }
    assert_error(owner_api.post("/api/v1/cravings/sync", batch, format="json"), 429, "throttled")


@pytest.mark.django_db
def test_auth_is_throttled_in_redis_with_the_error_shape(api, owner, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"auth": "3/min", "ai": "3/min", "export": "3/min"},
    }
    body = {"email": "owner@example.com", "password": "wrong"}
    statuses = [
        api.post("/api/v1/auth/login", body, format="json", REMOTE_ADDR="10.9.9.9").status_code for _ in range(4)
    ]
    assert statuses == [401, 401, 401, 429]
    error = assert_error(api.post("/api/v1/auth/login", body, format="json", REMOTE_ADDR="10.9.9.9"), 429, "throttled")
    assert "available in" in error["message"]
    assert api.post("/api/v1/auth/login", body, format="json", REMOTE_ADDR="10.9.9.8").status_code == 401
