import pytest

from accounts.models import User
from tests.helpers import PASSWORD, assert_error, client_for

pytestmark = pytest.mark.django_db


def test_register_returns_tokens_the_app_decodes_and_hashes_the_password(api):
    response = api.post("/api/v1/auth/register", {"email": "New@Example.com", "password": PASSWORD,
                                                   "fullName": "Nia"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert set(body) == {"access_token", "token_type", "user_id", "refresh_token", "expires_in"}
    assert body["token_type"] == "bearer" and isinstance(body["user_id"], int)
    user = User.objects.get(id=body["user_id"])
    assert user.email == "new@example.com"
    assert user.password != PASSWORD and user.password.startswith(("md5$", "pbkdf2"))


def test_register_rejects_duplicate_email_and_weak_password(api, owner):
    assert_error(api.post("/api/v1/auth/register", {"email": "OWNER@example.com", "password": PASSWORD},
                          format="json"), 409, "email_taken")
    assert_error(api.post("/api/v1/auth/register", {"email": "x@example.com", "password": "123"}, format="json"),
                 400, "validation_error", field="password")
    assert_error(api.post("/api/v1/auth/register", {"email": "not-an-email", "password": PASSWORD}, format="json"),
                 400, "validation_error", field="email")


def test_login_with_good_and_bad_credentials(api, owner):
    response = api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": PASSWORD}, format="json")
    assert response.status_code == 200
    assert response.json()["user_id"] == owner.id
    assert_error(api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": "wrong"},
                          format="json"), 401, "invalid_credentials")
    assert_error(api.post("/api/v1/auth/login", {"email": "nobody@example.com", "password": PASSWORD},
                          format="json"), 401, "invalid_credentials")
    assert_error(api.post("/api/v1/auth/login", {"email": "owner@example.com"}, format="json"),
                 400, "validation_error", field="password")


def test_me_is_camel_case_with_null_dates(owner_api, owner):
    response = owner_api.get("/api/v1/auth/me")
    assert response.status_code == 200
    assert response.json() == {"id": owner.id, "email": "owner@example.com", "fullName": owner.full_name,
                               "isActive": True, "timezone": "UTC", "improvePersonas": False,
                               "createdAt": None, "updatedAt": None}


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
    assert_error(api.post("/api/v1/auth/refresh", {"refresh_token": login.json()["access_token"]}, format="json"),
                 401, "invalid_token")


def test_inactive_user_cannot_log_in(api, owner):
    owner.is_active = False
    owner.save()
    assert_error(api.post("/api/v1/auth/login", {"email": "owner@example.com", "password": PASSWORD},
                          format="json"), 401)


def test_a_mail_server_that_is_down_does_not_fail_sign_up_and_the_link_can_be_resent(
        api, settings, django_capture_on_commit_callbacks):
    from django.core import mail

    from core.localstack import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2  # nothing listens
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post("/api/v1/auth/register", {"email": "late@example.com", "password": PASSWORD},
                            format="json")
    assert response.status_code == 201, response.content  # the account stands without the email
    me = client_for(User.objects.get(email="late@example.com"))
    assert_error(me.post("/api/v1/auth/verify-email/resend"), 503, "email_unavailable")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    resent = me.post("/api/v1/auth/verify-email/resend")
    assert resent.status_code == 202 and resent.json() == {"emailVerified": False, "sent": True}
    link = next(line for line in mail.outbox[-1].body.splitlines() if "verify-email?token=" in line)
    assert api.get(link[link.index("/api/"):]).json() == {"emailVerified": True}
    assert me.post("/api/v1/auth/verify-email/resend").json() == {"emailVerified": True, "sent": False}
