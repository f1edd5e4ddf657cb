"""Consent to improving the personas: off until the person turns it on."""

import pytest

from tests.helpers import assert_error

pytestmark = pytest.mark.django_db


def test_opting_in_is_off_by_default_and_set_through_the_api(owner_api):
    assert owner_api.get("/api/v1/auth/me").json()["improvePersonas"] is False
    response = owner_api.patch("/api/v1/auth/me", {"improvePersonas": True, "timezone": "Europe/Berlin"}, format="json")
    assert response.status_code == 200 and response.json()["improvePersonas"] is True
    assert owner_api.get("/api/v1/privacy/export").json()["profile"]["improve_personas"] is True
    assert_error(owner_api.patch("/api/v1/auth/me", {"timezone": "Mars/Olympus"}, format="json"), 400, field="timezone")
