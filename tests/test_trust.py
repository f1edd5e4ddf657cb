"""What a security review found, each with a test that failed before its fix. Findings that live in real
traffic (spoofed headers, parallel syncs, parallel link use, many connections) run against a real server."""
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.test import Client

from accounts.models import User
from core import localstack
from cravings.models import Craving
from tests.factories import UserFactory
from tests.helpers import PASSWORD, assert_error, call, client_for, start_web


# --- password guessing ------------------------------------------------------------------------------------
@pytest.mark.django_db(transaction=True)
def test_a_new_forwarded_for_header_gets_no_fresh_throttle_bucket(live_server, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK,
                               "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
                                                          "auth": "3/min"}}
    cache.delete("throttle_auth_127.0.0.1")  # other live-server tests in this session used the same address
    codes = [call(f"{live_server.url}/api/v1/auth/login", {"email": f"nobody{i}@example.com", "password": "x"},
                  headers={"X-Forwarded-For": f"203.0.113.{i}"})[0] for i in range(6)]
    assert codes[:3] == [401, 401, 401] and set(codes[3:]) == {429}, codes


@pytest.mark.django_db
def test_an_account_locks_after_five_failures_from_anywhere_with_backoff(api):
    UserFactory(email="target@example.com")
    codes = [api.post("/api/v1/auth/login", {"email": "target@example.com", "password": "wrong"}, format="json",
                      REMOTE_ADDR=f"198.51.100.{i}").status_code for i in range(5)]
    assert codes == [401, 401, 401, 401, 429]  # the fifth failure locks
    locked = api.post("/api/v1/auth/login", {"email": "target@example.com", "password": PASSWORD}, format="json",
                      REMOTE_ADDR="198.51.100.99")  # the right password, from yet another address
    assert_error(locked, 429, "locked_out")
    assert int(locked["Retry-After"]) >= 15 * 60

    from accounts.lockout import cool_off

    class Attempt:
        def __init__(self, failures):
            self.axes_failures_since_start = failures

    assert [cool_off(Attempt(n)).total_seconds() / 60 for n in (5, 6, 7)] == [15, 30, 60]
    assert cool_off(Attempt(40)).total_seconds() == 24 * 3600


@pytest.mark.django_db
def test_form_logins_are_locked_out_too(staff):
    browser = Client(REMOTE_ADDR="192.0.2.7")
    for _ in range(5):
        browser.post("/admin/login/", {"username": staff.email, "password": "wrong"})
    assert browser.post("/admin/login/", {"username": staff.email, "password": PASSWORD}).status_code == 429
    assert Client(REMOTE_ADDR="192.0.2.8").post("/login/", {"username": staff.email,
                                                            "password": PASSWORD}).status_code == 429


# --- tokens ---------------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_refresh_tokens_rotate_and_a_reused_one_revokes_the_family(api):
    UserFactory(email="rotate@example.com")
    first = api.post("/api/v1/auth/login", {"email": "rotate@example.com", "password": PASSWORD}, format="json").json()
    second = api.post("/api/v1/auth/refresh", {"refresh_token": first["refresh_token"]}, format="json").json()
    assert second["refresh_token"] != first["refresh_token"]
    # The old one again (a stolen copy, or the thief's): refused, and everything of that user revoked.
    assert_error(api.post("/api/v1/auth/refresh", {"refresh_token": first["refresh_token"]}, format="json"), 401)
    assert_error(api.post("/api/v1/auth/refresh", {"refresh_token": second["refresh_token"]}, format="json"), 401)
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {second['access_token']}")
    assert_error(api.get("/api/v1/auth/me"), 401)


@pytest.mark.django_db
def test_a_password_change_needs_the_old_one_and_revokes_every_token(api):
    UserFactory(email="change@example.com")
    old = api.post("/api/v1/auth/login", {"email": "change@example.com", "password": PASSWORD}, format="json").json()
    me = client_for()
    me.credentials(HTTP_AUTHORIZATION=f"Bearer {old['access_token']}")
    assert_error(me.post("/api/v1/auth/password", {"currentPassword": "wrong", "newPassword": "a brand new secret 9"},
                         format="json"), 400, field="currentPassword")
    fresh = me.post("/api/v1/auth/password", {"currentPassword": PASSWORD, "newPassword": "a brand new secret 9"},
                    format="json").json()
    assert_error(me.get("/api/v1/auth/me"), 401)
    assert_error(api.post("/api/v1/auth/refresh", {"refresh_token": old["refresh_token"]}, format="json"), 401)
    me.credentials(HTTP_AUTHORIZATION=f"Bearer {fresh['access_token']}")
    assert me.get("/api/v1/auth/me").status_code == 200


@pytest.mark.django_db
def test_tokens_of_deactivated_and_deleted_users_fail(api):
    user = UserFactory(email="gone@example.com")
    tokens = api.post("/api/v1/auth/login", {"email": "gone@example.com", "password": PASSWORD}, format="json").json()
    User.objects.filter(id=user.id).update(is_active=False)
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access_token']}")
    assert_error(api.get("/api/v1/auth/me"), 401)
    assert_error(client_for().post("/api/v1/auth/refresh", {"refresh_token": tokens["refresh_token"]},
                                   format="json"), 401)
    User.objects.filter(id=user.id).delete()
    assert_error(api.get("/api/v1/auth/me"), 401)


# --- make run ---------------------------------------------------------------------------------------------------
def test_make_run_makes_its_own_secret_and_is_not_in_debug(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SECRET_KEY", "DJANGO_DEBUG")}
    env["DJANGO_SETTINGS_MODULE"] = "crave.settings.dev"
    code = ("import django; from django.conf import settings; django.setup(); "
            "print(settings.SECRET_KEY == 'dev-only-insecure-key-never-used-in-production', settings.DEBUG, "
            "len(settings.SECRET_KEY) >= 50, settings.DATABASES['default']['CONN_MAX_AGE'])")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=localstack.ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False", "True", "0"]
    assert (localstack.LOCAL / "secret-key").exists() and (localstack.LOCAL / "secret-key").stat().st_mode & 0o077 == 0


@pytest.mark.django_db(transaction=True)
def test_three_hundred_fresh_connections_leave_health_ok(tmp_path):
    """`make run`'s web process (runserver, dev settings) on the test database. 300 clients each open a
    connection, make one request that reads the database, and keep the connection open (HTTP keep-alive):
    a database connection kept per client connection would use up PostgreSQL's, failing /health too."""
    import socket

    web, base = start_web(tmp_path)
    port = int(base.rsplit(":", 1)[1])
    held = []
    try:
        request = f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: keep-alive\r\n\r\n".encode()
        for _ in range(300):
            held.append(socket.create_connection(("127.0.0.1", port), timeout=30))
            held[-1].sendall(request)
            held[-1].recv(4096)  # its answer; the connection stays open
        assert call(f"{base}/health")[0] == 200
    finally:
        for connection in held:
            connection.close()
        web.terminate()
        web.wait(10)


# --- dashboard links ------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_staff_dashboard_link_never_opens_the_admin(staff):
    link = client_for(staff).post("/api/v1/dashboard/link").json()["url"]
    browser = Client()
    assert browser.get(link[link.index("/dashboard/"):]).status_code == 302
    assert browser.get("/dashboard/").status_code == 200  # the trends page, yes
    assert browser.get("/admin/").status_code == 302  # the admin, no: its own login


@pytest.mark.django_db(transaction=True)
def test_a_dashboard_link_opened_ten_times_at_once_lets_in_once(live_server, owner):
    link = client_for(owner).post("/api/v1/dashboard/link").json()["url"]
    path = link[link.index("/dashboard/"):]

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def open_once(_):
        try:
            return urllib.request.build_opener(NoRedirect).open(f"{live_server.url}{path}", timeout=20).status
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(10) as pool:
        codes = list(pool.map(open_once, range(10)))
    assert sorted(codes) == [302] + [400] * 9, codes  # one opening lets in; the other nine are refused


# --- parallel syncs ------------------------------------------------------------------------------------------------
@pytest.mark.django_db(transaction=True)
def test_parallel_syncs_with_the_same_new_id_all_succeed_and_store_one_row(live_server, owner):
    token = str(__import__("rest_framework_simplejwt.tokens", fromlist=["x"]).RefreshToken.for_user(owner).access_token)
    shared = str(uuid.uuid4())
    batch = {"cravings": [{"id": shared, "cravingDescription": "Want chocolate", "cravingStrength": 6,
                           "confidenceToResist": 5, "timestamp": "2026-11-20T20:00:00-05:00"}]}
    barrier = threading.Barrier(12)

    def sync(_):
        barrier.wait()
        return call(f"{live_server.url}/api/v1/cravings/sync", batch, headers={"Authorization": f"Bearer {token}"})[0]

    with ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(sync, range(12)))
    assert codes == [200] * 12, codes
    assert Craving.objects.filter(user=owner, uuid=shared).count() == 1


# --- bad input is a 4xx in the one shape ---------------------------------------------------------------------
