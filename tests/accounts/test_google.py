"""Google sign-in with real PyJWT verification: the test makes an RSA key, serves it as a JWKS on
loopback and signs ID tokens with it, so only the network to Google is replaced."""

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from django.test import override_settings

from accounts.models import User
from tests.helpers import PASSWORD, assert_error

AUDIENCE = "test-ios-client.apps.googleusercontent.com"

pytestmark = pytest.mark.django_db


def test_valid_token_creates_the_user_then_signs_in_the_same_user(api, google, google_token):
    first = api.post("/api/v1/auth/verify-google-id-token", {"id_token": google_token()}, format="json")
    assert first.status_code == 200, first.content
    assert set(first.json()) == {"access_token", "token_type", "user_id", "refresh_token", "expires_in"}
    user = User.objects.get(id=first.json()["user_id"])
    assert (user.email, user.google_sub, user.has_usable_password()) == ("gina@gmail.com", "google-sub-123", False)
    again = api.post("/api/v1/auth/verify-google-id-token", {"id_token": google_token()}, format="json")
    assert again.json()["user_id"] == user.id
    assert User.objects.count() == 1


def test_an_unconfirmed_address_does_not_let_google_join_it(
    api, google, google_token, mailbox, django_capture_on_commit_callbacks
):
    User.objects.create_user("victim@gmail.com", "attacker knows this one")
    with django_capture_on_commit_callbacks(execute=True):
        refused = api.post(
            "/api/v1/auth/verify-google-id-token",
            {"id_token": google_token(email="victim@gmail.com", sub="sub-victim")},
            format="json",
        )
    assert_error(refused, 409, "account_exists_unverified")
    assert User.objects.get(email="victim@gmail.com").google_sub is None
    assert "verify-email?token=" in mailbox[-1].body  # the owner is sent the link to claim it


def test_linking_google_needs_the_current_password(google, google_token, owner, owner_api):
    """Before: a stolen access token alone linked the thief's Google account, a way in that outlived it."""
    token = google_token(email="somewhere.else@gmail.com", sub="sub-thief")
    assert_error(
        owner_api.post("/api/v1/auth/google/link", {"id_token": token}, format="json"),
        400,
        "validation_error",
        field="password",
    )
    assert_error(
        owner_api.post("/api/v1/auth/google/link", {"id_token": token, "password": "guess"}, format="json"),
        400,
        "validation_error",
        field="password",
    )
    owner.refresh_from_db()
    assert owner.google_sub is None


def test_a_signed_in_user_links_google_with_their_password_and_sees_it_in_me(google, google_token, owner, owner_api):
    token = google_token(email="somewhere.else@gmail.com", sub="sub-owner")
    linked = owner_api.post("/api/v1/auth/google/link", {"id_token": token, "password": PASSWORD}, format="json")
    assert linked.json() == {"googleLinked": True}
    assert owner_api.get("/api/v1/auth/me").json()["googleLinked"] is True


def test_an_existing_google_link_is_never_replaced(google, google_token, owner, owner_api):
    User.objects.filter(id=owner.id).update(google_sub="sub-owner")
    other = google_token(email="thief@gmail.com", sub="sub-thief")
    assert_error(
        owner_api.post("/api/v1/auth/google/link", {"id_token": other, "password": PASSWORD}, format="json"),
        409,
        "google_already_linked",
    )
    owner.refresh_from_db()
    assert owner.google_sub == "sub-owner"


def test_a_google_link_is_removed_with_the_password(owner, owner_api):
    User.objects.filter(id=owner.id).update(google_sub="sub-owner")
    assert_error(
        owner_api.delete("/api/v1/auth/google/link", {"password": "guess"}, format="json"),
        400,
        "validation_error",
        field="password",
    )
    assert owner_api.delete("/api/v1/auth/google/link", {"password": PASSWORD}, format="json").json() == {
        "googleLinked": False
    }
    assert owner_api.get("/api/v1/auth/me").json()["googleLinked"] is False


def test_a_password_change_clears_the_google_link(owner, owner_api):
    User.objects.filter(id=owner.id).update(google_sub="sub-maybe-a-thief")
    changed = owner_api.post(
        "/api/v1/auth/password", {"currentPassword": PASSWORD, "newPassword": "a brand new passphrase 7"}, format="json"
    )
    assert changed.status_code == 200, changed.content
    owner.refresh_from_db()
    assert owner.google_sub is None


def test_erasing_a_google_only_account_needs_a_fresh_google_sign_in(google, google_token):
    """Before: any access token issued in the last 15 minutes did, and a stolen refresh token makes those."""
    from tests.helpers import client_for

    user = User.objects.create_user("gina@gmail.com", None, google_sub="google-sub-123", email_verified=True)
    api = client_for(user)  # a fresh access token, as a refresh gives
    erase = {"confirm": "delete my account"}
    assert_error(api.post("/api/v1/privacy/delete", erase, format="json"), 403, "reauthenticate")
    stale = google_token(iat=int(time.time()) - 3600, exp=int(time.time()) + 600)
    assert_error(api.post("/api/v1/privacy/delete", {**erase, "idToken": stale}, format="json"), 403, "reauthenticate")
    someone_else = google_token(sub="another-google-account")
    assert_error(
        api.post("/api/v1/privacy/delete", {**erase, "idToken": someone_else}, format="json"), 403, "reauthenticate"
    )
    assert api.post("/api/v1/privacy/delete", {**erase, "idToken": google_token()}, format="json").status_code == 200
    assert not User.objects.filter(id=user.id).exists()


def test_an_unsigned_token_never_makes_us_fetch_googles_keys(api, google, jwks_url, settings):
    fetches = []
    original = __import__("accounts.google", fromlist=["x"]).jwks_client

    class Counting:
        def get_signing_key_from_jwt(self, token):
            fetches.append(token)
            return original(jwks_url).get_signing_key_from_jwt(token)

    import accounts.google

    accounts.google.jwks_client = lambda url: Counting()
    try:
        for alg in ("none", "HS256"):
            forged = jwt.encode(
                {"sub": "x", "aud": AUDIENCE},
                "secret" if alg == "HS256" else None,
                algorithm=alg,
                headers={"kid": f"unknown-{alg}"},
            )
            assert_error(api.post("/api/v1/auth/verify-google-id-token", {"id_token": forged}, format="json"), 401)
    finally:
        accounts.google.jwks_client = original
    assert fetches == []


@pytest.mark.parametrize(
    "overrides",
    [
        {"aud": "someone-elses-client"},
        {"iss": "https://evil.example.com"},
        {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200},
        {"email_verified": False},
    ],
)
def test_invalid_claims_are_401(api, google, google_token, overrides):
    response = api.post("/api/v1/auth/verify-google-id-token", {"id_token": google_token(**overrides)}, format="json")
    assert_error(response, 401, "invalid_token")
    assert User.objects.count() == 0


def test_token_signed_by_another_key_is_401(api, google, google_token):
    forged = google_token(
        key=rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )  # same kid, wrong key: the signature must not verify
    assert_error(
        api.post("/api/v1/auth/verify-google-id-token", {"id_token": forged}, format="json"), 401, "invalid_token"
    )
    assert_error(
        api.post("/api/v1/auth/verify-google-id-token", {"id_token": "not.a.jwt"}, format="json"), 401, "invalid_token"
    )


def test_missing_token_is_a_validation_error(api, google):
    assert_error(
        api.post("/api/v1/auth/verify-google-id-token", {}, format="json"), 400, "validation_error", field="id_token"
    )


def test_unconfigured_client_id_is_503(api, google_token):
    with override_settings(GOOGLE_IOS_CLIENT_ID=""):
        response = api.post("/api/v1/auth/verify-google-id-token", {"id_token": google_token()}, format="json")
    assert_error(response, 503, "not_configured")
