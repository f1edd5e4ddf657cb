"""Notes never reach the logs, and a location is a category, never coordinates."""

import logging

import pytest

from cravings.models import Craving
from tests.helpers import assert_error
from tests.privacy.owned import SECRET_NOTE, owned  # noqa: F401  (a fixture)


@pytest.mark.django_db
def test_notes_never_reach_the_logs(owner_api, caplog):
    caplog.set_level(logging.DEBUG)
    body = {
        "cravingDescription": f"secret {SECRET_NOTE}",
        "cravingStrength": 11,
        "confidenceToResist": 5,
        "timestamp": "2026-11-20T21:30:00-05:00",
        "trigger": SECRET_NOTE,
    }
    owner_api.post("/api/v1/cravings/", body, format="json")  # rejected: logged as a 400
    owner_api.post("/api/v1/cravings/", {**body, "cravingStrength": 5}, format="json")
    owner_api.get("/api/v1/cravings/search", {"q": SECRET_NOTE})
    owner_api.post("/api/v1/insights", {"question": f"why {SECRET_NOTE}?"}, format="json")
    assert caplog.records and SECRET_NOTE not in caplog.text


@pytest.mark.django_db
def test_location_is_a_category_never_coordinates(owner_api):
    body = {
        "cravingDescription": "x",
        "cravingStrength": 5,
        "confidenceToResist": 5,
        "timestamp": "2026-11-20T21:30:00-05:00",
    }
    assert_error(
        owner_api.post("/api/v1/cravings/", {**body, "location": "40.7128,-74.0060"}, format="json"),
        400,
        field="location",
    )
    response = owner_api.post("/api/v1/cravings/", {**body, "latitude": 40.7, "longitude": -74.0}, format="json")
    assert response.status_code == 201 and "latitude" not in response.json()
    assert {f.name for f in Craving._meta.fields}.isdisjoint({"latitude", "longitude", "coordinates"})
