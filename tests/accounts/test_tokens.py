"""Refresh tokens rotate once; a reused one, a password change or a deactivated account revokes every
token."""

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from accounts.models import User
from tests.factories import UserFactory
from tests.helpers import PASSWORD, assert_error, call, client_for


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
    assert_error(
        me.post(
            "/api/v1/auth/password", {"currentPassword": "wrong", "newPassword": "a brand new secret 9"}, format="json"
        ),
        400,
        field="currentPassword",
    )
    fresh = me.post(
        "/api/v1/auth/password", {"currentPassword": PASSWORD, "newPassword": "a brand new secret 9"}, format="json"
    ).json()
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
    assert_error(
        client_for().post("/api/v1/auth/refresh", {"refresh_token": tokens["refresh_token"]}, format="json"), 401
    )
    User.objects.filter(id=user.id).delete()
    assert_error(api.get("/api/v1/auth/me"), 401)


@pytest.mark.django_db(transaction=True)
def test_two_parallel_refreshes_of_one_token_rotate_it_once(live_server):
    """Before: both refreshes passed the blacklist check before either wrote, and both got a new pair."""
    UserFactory(email="twice@example.com")
    status, body, _ = call(f"{live_server.url}/api/v1/auth/login", {"email": "twice@example.com", "password": PASSWORD})
    refresh = json.loads(body)["refresh_token"]
    barrier = threading.Barrier(4)

    def rotate(_):
        barrier.wait()
        return call(f"{live_server.url}/api/v1/auth/refresh", {"refresh_token": refresh})[0]

    with ThreadPoolExecutor(4) as pool:
        codes = sorted(pool.map(rotate, range(4)))
    assert codes.count(200) == 1 and codes.count(401) == 3, codes  # the first to lock the row rotates it
