"""Isolation across every endpoint, throttling, privacy (export, erasure, logs), production checks."""
import io
import logging
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest
from django.core.cache import cache

from accounts.models import User
from cravings.models import Craving
from insights.models import Insight, Summary, TrendMarker
from tests.helpers import assert_error, client_for
from tests.factories import CravingFactory

pytestmark = pytest.mark.django_db
SECRET_NOTE = "zebra-marmalade-7731"  # appears nowhere but in the owner's notes


@pytest.fixture
def owned(owner):
    craving = CravingFactory(user=owner, description=f"Craving {SECRET_NOTE}", trigger=SECRET_NOTE,
                             occurred_at=datetime.now(timezone.utc) - timedelta(days=1))
    insight = Insight.objects.create(user=owner, question=f"about {SECRET_NOTE}?", answer=SECRET_NOTE,
                                     status="done", cache_key="k" * 64)
    Summary.objects.create(user=owner, period_start=date(2026, 11, 16), period_end=date(2026, 11, 22),
                           text=SECRET_NOTE)
    TrendMarker.objects.create(user=owner, kind="week", period_start=date(2026, 11, 16),
                               period_end=date(2026, 11, 22), text=SECRET_NOTE, source_version="x")
    return craving, insight


@pytest.mark.parametrize("who", ["outsider", "staff"])
def test_no_endpoint_shows_the_owners_data_to_anyone_else(owned, who, request):
    craving, insight = owned
    api = client_for(request.getfixturevalue(who))
    by_id = [f"/api/v1/cravings/{craving.uuid}", f"/api/v1/insights/{insight.id}"]
    for url in by_id:
        assert_error(api.get(url), 404)
    assert_error(api.patch(by_id[0], {"cravingStrength": 1}, format="json"), 404)
    assert_error(api.delete(by_id[0]), 404)
    assert_error(api.post(f"{by_id[0]}/archive"), 404)
    listings = ["/api/v1/cravings/", "/api/v1/insights", "/api/v1/summaries", "/api/v1/trends",
                "/api/v1/analytics?period=1m", "/api/v1/privacy/export"]
    for url in listings:
        response = api.get(url)
        assert response.status_code == 200, url
        assert SECRET_NOTE not in response.content.decode(), url
    assert Craving.objects.filter(id=craving.id, description__contains=SECRET_NOTE).exists()


def test_auth_is_throttled_in_redis_with_the_error_shape(api, owner, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"auth": "3/min", "ai": "3/min",
                                                                                     "export": "3/min"}}
    body = {"email": "owner@example.com", "password": "wrong"}
    statuses = [api.post("/api/v1/auth/login", body, format="json", REMOTE_ADDR="10.9.9.9").status_code
                for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    error = assert_error(api.post("/api/v1/auth/login", body, format="json", REMOTE_ADDR="10.9.9.9"), 429, "throttled")
    assert "available in" in error["message"]
    assert api.post("/api/v1/auth/login", body, format="json", REMOTE_ADDR="10.9.9.8").status_code == 401


def test_export_json_and_csv_hold_everything_and_only_the_users(owner_api, owner, owned, outsider):
    from insights.models import Feedback
    from personas.models import Persona

    CravingFactory(user=outsider, description="outsider's own")
    _, insight = owned
    coach = Persona.objects.create(name="Coach", slug="coach", system_prompt="x")
    Insight.objects.filter(id=insight.id).update(persona=coach, persona_version=1, context={"time_of_day": "night"})
    Feedback.objects.create(user=owner, insight=insight, persona=coach, thumbs_up=False,
                            rating=2, comment=f"too vague {SECRET_NOTE}", reward=0.25)
    data = owner_api.get("/api/v1/privacy/export").json()
    assert data["profile"]["email"] == "owner@example.com"
    assert [c["description"] for c in data["cravings"]] == [f"Craving {SECRET_NOTE}"]
    assert data["insights"][0]["answer"] == SECRET_NOTE and data["summaries"] and data["trend_markers"]
    assert (data["insights"][0]["persona_slug"], data["insights"][0]["context"]) == ("coach", {"time_of_day": "night"})
    assert [(f["rating"], f["comment"]) for f in data["feedback"]] == [(2, f"too vague {SECRET_NOTE}")]
    response = owner_api.get("/api/v1/privacy/export", {"format": "csv"})
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert set(archive.namelist()) == {"profile.csv", "cravings.csv", "insights.csv", "summaries.csv",
                                       "trend_markers.csv", "feedback.csv", "sign_in_attempts.csv"}
    assert SECRET_NOTE in archive.read("cravings.csv").decode()
    assert "outsider's own" not in archive.read("cravings.csv").decode()
    assert_error(owner_api.get("/api/v1/privacy/export", {"format": "xml"}), 400, field="format")


def test_erasure_removes_account_data_embeddings_markers_and_cached_answers(owner_api, owned, owner, outsider,
                                                                           django_capture_on_commit_callbacks):
    other = CravingFactory(user=outsider)
    cache.set("insight:" + "k" * 64, {"answer": SECRET_NOTE})
    assert_error(owner_api.post("/api/v1/privacy/delete", {"confirm": "yes"}, format="json"), 400, field="confirm")
    assert_error(owner_api.post("/api/v1/privacy/delete", {"confirm": "Delete my account", "password": "guess"},
                                format="json"), 400, field="password")  # a stolen token alone erases nothing
    assert Craving.objects.filter(user_id=owner.id).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_api.post("/api/v1/privacy/delete", {"confirm": "Delete my account",
                                                             "password": "correct horse battery staple"},
                                  format="json")
    assert response.status_code == 200
    assert response.json()["deleted"] == {"cravings": 1, "insights": 1, "summaries": 1, "trend_markers": 1,
                                         "feedback": 0, "persona_versions_retired": 0}
    assert not User.objects.filter(email="owner@example.com").exists()
    for model in (Craving, Insight, Summary, TrendMarker):
        assert not model.objects.filter(user_id=owner.id).exists()
    assert cache.get("insight:" + "k" * 64) is None
    assert Craving.objects.filter(id=other.id).exists()
    assert_error(owner_api.get("/api/v1/auth/me"), 401)  # the token's user is gone


def test_admin_export_and_erase(staff, owned, owner):
    from django.test import Client

    browser = Client()
    browser.force_login(staff)
    export = browser.post("/admin/accounts/user/", {"action": "export_data", "_selected_action": [owner.id]})
    assert SECRET_NOTE in export.content.decode()
    page = browser.post("/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id]})
    assert page.status_code == 200 and "owner@example.com" in page.content.decode()
    assert Craving.objects.filter(user_id=owner.id).exists()  # nothing goes before the confirmation
    browser.post("/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id], "confirm": "yes"})
    assert not Craving.objects.filter(user_id=owner.id).exists()


def test_notes_never_reach_the_logs(owner_api, caplog):
    caplog.set_level(logging.DEBUG)
    body = {"cravingDescription": f"secret {SECRET_NOTE}", "cravingStrength": 11, "confidenceToResist": 5,
            "timestamp": "2026-11-20T21:30:00-05:00", "trigger": SECRET_NOTE}
    owner_api.post("/api/v1/cravings/", body, format="json")  # rejected: logged as a 400
    owner_api.post("/api/v1/cravings/", {**body, "cravingStrength": 5}, format="json")
    owner_api.get("/api/v1/cravings/search", {"q": SECRET_NOTE})
    owner_api.post("/api/v1/insights", {"question": f"why {SECRET_NOTE}?"}, format="json")
    assert caplog.records and SECRET_NOTE not in caplog.text


def test_location_is_a_category_never_coordinates(owner_api):
    body = {"cravingDescription": "x", "cravingStrength": 5, "confidenceToResist": 5,
            "timestamp": "2026-11-20T21:30:00-05:00"}
    assert_error(owner_api.post("/api/v1/cravings/", {**body, "location": "40.7128,-74.0060"}, format="json"),
                 400, field="location")
    response = owner_api.post("/api/v1/cravings/", {**body, "latitude": 40.7, "longitude": -74.0}, format="json")
    assert response.status_code == 201 and "latitude" not in response.json()
    assert {f.name for f in Craving._meta.fields}.isdisjoint({"latitude", "longitude", "coordinates"})


def test_production_settings_pass_check_deploy_with_no_warnings():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "crave.settings.production",
           "DJANGO_SECRET_KEY": "x" * 20 + "-prod-only-not-a-real-secret-but-long-enough-for-the-check",
           "DJANGO_ALLOWED_HOSTS": "api.crave.example", "GOOGLE_IOS_CLIENT_ID": "ios.apps.googleusercontent.com"}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    missing = {k: v for k, v in env.items() if k != "DJANGO_SECRET_KEY"}
    missing["DJANGO_SECRET_KEY"] = ""
    failed = subprocess.run([sys.executable, "manage.py", "check"], env=missing, capture_output=True, text=True,
                            timeout=120)
    assert failed.returncode != 0 and "DJANGO_SECRET_KEY must be set in production" in failed.stderr


def test_no_secret_is_committed():
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True).stdout.split()
    assert not [p for p in tracked if p.endswith((".env", ".pem", ".key")) or "credentials" in p]
    settings_text = open("crave/settings/production.py").read()
    assert "SECRET_KEY = required(" in settings_text
