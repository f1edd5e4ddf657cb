import pytest

from tests.helpers import PASSWORD, assert_error, client_for

pytestmark = pytest.mark.django_db


def test_login_with_good_and_bad_credentials(api, owner):
    response = api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": PASSWORD}, format="json")
    assert response.status_code == 200
    assert response.json()["user_id"] == owner.id
    assert_error(
        api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": "wrong"}, format="json"),
        401,
        "invalid_credentials",
    )
    assert_error(
        api.post("/api/v1/auth/login", {"email": "nobody@example.com", "password": PASSWORD}, format="json"),
        401,
        "invalid_credentials",
    )
    assert_error(
        api.post("/api/v1/auth/login", {"email": "owner@example.com"}, format="json"),
        400,
        "validation_error",
        field="password",
    )


def test_me_is_camel_case_with_null_dates(owner_api, owner):
    response = owner_api.get("/api/v1/auth/me")
    assert response.status_code == 200
    assert response.json() == {
        "id": owner.id,
        "email": "owner@example.com",
        "fullName": owner.full_name,
        "isActive": True,
        "timezone": "UTC",
        "improvePersonas": False,
        "emailVerified": False,
        "googleLinked": False,
        "createdAt": None,
        "updatedAt": None,
    }


def test_me_needs_a_valid_bearer_token(api):
    assert_error(api.get("/api/v1/auth/me"), 401, "not_authenticated")
    api.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    assert_error(api.get("/api/v1/auth/me"), 401, "not_authenticated")


def test_refresh_gives_a_new_access_token(api, owner):
    login = api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": PASSWORD}, format="json")
    response = api.post("/api/v1/auth/refresh", {"refresh_token": login.json()["refresh_token"]}, format="json")
    assert response.status_code == 200
    me = client_for()
    me.credentials(HTTP_AUTHORIZATION=f"Bearer {response.json()['access_token']}")
    assert me.get("/api/v1/auth/me").json()["id"] == owner.id
    assert_error(api.post("/api/v1/auth/refresh", {"refresh_token": "garbage"}, format="json"), 401, "invalid_token")
    # An access token is not a refresh token.
    assert_error(
        api.post("/api/v1/auth/refresh", {"refresh_token": login.json()["access_token"]}, format="json"),
        401,
        "invalid_token",
    )


def test_inactive_user_cannot_log_in(api, owner):
    owner.is_active = False
    owner.save()
    assert_error(
        api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": PASSWORD}, format="json"), 401
    )
