"""What a security review found about input, errors, throttles, erasure and the shipped configuration, each
with a test that failed before its fix (the sign-in, token and real-traffic findings are in test_trust.py)."""
import os
import subprocess
import sys
import uuid

import pytest
from django.contrib.staticfiles import finders
from django.core import signing
from django.test import Client

from accounts.models import User
from core import localstack
from tests.factories import UserFactory
from tests.helpers import PASSWORD, assert_error

# --- password guessing ------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["start=0001-01-01&end=0001-01-31", "start=9999-12-01&end=9999-12-31"])
def test_analytics_far_dates_are_400(owner_api, query):
    assert_error(owner_api.get(f"/api/v1/analytics?{query}"), 400, "validation_error")


@pytest.mark.django_db
def test_a_deeply_nested_body_is_400(owner_api):
    body = "[" * 100_000 + "]" * 100_000
    assert_error(owner_api.generic("POST", "/api/v1/cravings/sync", body, content_type="application/json"), 400)


@pytest.mark.django_db
def test_staff_dashboard_with_a_bad_user_is_400(staff):
    browser = Client()
    browser.force_login(staff)
    assert browser.get("/dashboard/?user=abc").status_code == 400


@pytest.mark.django_db
def test_one_slash_rule_and_the_error_shape_for_404_and_405(owner_api):
    body = {"cravingDescription": "x", "cravingStrength": 5, "confidenceToResist": 5,
            "timestamp": "2026-11-20T20:00:00-05:00"}
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


# --- writes ------------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_writes_are_throttled_but_a_week_offline_syncs_at_once(owner_api, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK,
                               "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
                                                          "write": "3/min"}}
    week = {"cravings": [{"id": str(uuid.uuid4()), "cravingDescription": f"log {i}", "cravingStrength": 5,
                          "confidenceToResist": 5, "timestamp": "2026-11-20T20:00:00-05:00"} for i in range(300)]}
    assert owner_api.post("/api/v1/cravings/sync", week, format="json").status_code == 200
    one = {"cravingDescription": "x", "cravingStrength": 5, "confidenceToResist": 5,
           "timestamp": "2026-11-20T20:00:00-05:00"}
    codes = [owner_api.post("/api/v1/cravings", one, format="json").status_code for _ in range(3)]
    assert codes == [201, 201, 429]
    assert owner_api.get("/api/v1/cravings").status_code == 200  # reads are not counted


@pytest.mark.django_db
def test_a_daily_cap_stops_one_account_filling_storage(owner_api, settings):
    settings.CRAVINGS_PER_DAY = 10
    batch = {"cravings": [{"id": str(uuid.uuid4()), "cravingDescription": "x", "cravingStrength": 5,
                           "confidenceToResist": 5, "timestamp": "2026-11-20T20:00:00-05:00"} for _ in range(11)]}
    assert_error(owner_api.post("/api/v1/cravings/sync", batch, format="json"), 429, "throttled")


# --- accounts and privacy ----------------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("email", ["vıctim@gmail.com", "vісtim@gmail.com"])  # dotless i; Cyrillic і and с
def test_look_alike_emails_do_not_register(api, email):
    assert_error(api.post("/api/v1/auth/register", {"email": email, "password": PASSWORD}, format="json"), 400,
                 field="email")


@pytest.mark.django_db
def test_deleting_an_account_needs_the_password(owner_api, owner):
    assert_error(owner_api.post("/api/v1/privacy/delete", {"confirm": "delete my account"}, format="json"), 400,
                 field="password")
    assert User.objects.filter(id=owner.id).exists()
    response = owner_api.post("/api/v1/privacy/delete", {"confirm": "delete my account", "password": PASSWORD},
                              format="json")
    assert response.status_code == 200 and not User.objects.filter(id=owner.id).exists()


@pytest.mark.django_db
def test_the_csv_export_is_safe_to_open_in_a_spreadsheet(owner_api, owner):
    import csv
    import io
    import zipfile

    from tests.factories import CravingFactory

    CravingFactory(user=owner, description='=HYPERLINK("http://evil.example","click")', trigger="+cmd")
    archive = zipfile.ZipFile(io.BytesIO(owner_api.get("/api/v1/privacy/export?format=csv").content))
    row = next(csv.DictReader(io.StringIO(archive.read("cravings.csv").decode())))
    assert row["description"].startswith("'=") and row["trigger"] == "'+cmd"


@pytest.mark.django_db
def test_erasure_leaves_no_session_and_no_email_in_the_admin_log(owner, staff):
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sessions.models import Session

    from privacy.services import user_erase

    browser = Client()
    browser.force_login(owner)
    LogEntry.objects.log_actions(staff.id, [owner], CHANGE, change_message="edited", single_object=True)
    user_erase(user=owner)
    assert not Session.objects.exists()
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(User))
    assert owner.email not in entry.object_repr


@pytest.mark.django_db
def test_admin_erase_asks_first_and_staff_need_their_own_tick(staff, owner):
    browser = Client()
    browser.force_login(staff)
    other_staff = UserFactory(email="other.staff@example.com", is_staff=True)
    page = browser.post("/admin/accounts/user/", {"action": "erase_data",
                                                  "_selected_action": [owner.id, other_staff.id]})
    assert page.status_code == 200 and b"cannot be undone" in page.content and owner.email.encode() in page.content
    assert User.objects.filter(id__in=[owner.id, other_staff.id]).count() == 2  # nothing yet
    browser.post("/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id, other_staff.id],
                                           "confirm": "yes"})
    assert User.objects.filter(id__in=[owner.id, other_staff.id]).count() == 2  # staff not ticked
    browser.post("/admin/accounts/user/", {"action": "erase_data", "_selected_action": [owner.id, other_staff.id],
                                           "confirm": "yes", "confirm_staff": "yes"})
    assert not User.objects.filter(id__in=[owner.id, other_staff.id]).exists()


# --- pages and production ----------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_api_docs_are_served_without_a_cdn_under_a_content_security_policy():
    browser = Client()
    for path in ("/api/docs/", "/api/redoc/"):
        page = browser.get(path)
        html = page.content.decode()
        assert page.status_code == 200 and "cdn.jsdelivr" not in html and "fonts.googleapis" not in html, path
        assert "script-src 'self'" in page["Content-Security-Policy"]
        for src in __import__("re").findall(r'src="([^"]+)"', html):
            assert src.startswith("/"), src  # every script from this site: a static file we ship, or our view
            if src.startswith("/static/"):
                assert finders.find(src.removeprefix("/static/")), src
            else:
                assert browser.get(src).status_code == 200, src


def test_production_refuses_a_web_timeout_shorter_than_a_chat(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "crave.settings.production", "DJANGO_SECRET_KEY": "x" * 60,
           "DJANGO_ALLOWED_HOSTS": "api.example.com", "GOOGLE_IOS_CLIENT_ID": "ios", "WEB_TIMEOUT_SECONDS": "30"}
    result = subprocess.run([sys.executable, "-c", "import django; django.setup()"], env=env, cwd=localstack.ROOT,
                            capture_output=True, text=True)
    assert result.returncode != 0 and "WEB_TIMEOUT_SECONDS" in result.stderr


def test_compose_publishes_on_loopback_and_its_healthcheck_can_pass():
    import yaml

    compose = yaml.safe_load((localstack.ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["web"]["ports"] == ["${WEB_BIND:-127.0.0.1}:8000:8000"]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "crave.settings.production", "DJANGO_SECRET_KEY": "x" * 60,
           "DJANGO_ALLOWED_HOSTS": "api.example.com", "GOOGLE_IOS_CLIENT_ID": "ios", "TRUSTED_PROXIES": "0"}
    code = ("import django; django.setup(); from django.conf import settings; from django.test import Client; "
            "r = Client().get('/health', HTTP_HOST='api.example.com'); "
            "print(r.status_code, getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=localstack.ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[0] in ("200", "503") and out[1] == "None"  # not a redirect; X-Forwarded-Proto not believed


def test_signed_links_are_single_use_tokens_not_replays():
    from insights.services import LINK_SALT, dashboard_link_token

    user = User(id=1)
    first, second = dashboard_link_token(user), dashboard_link_token(user)
    assert first != second and signing.loads(first, salt=LINK_SALT)["u"] == 1
