"""Google sign-in with real PyJWT verification: the test makes an RSA key, serves it as a JWKS on
loopback and signs ID tokens with it, so only the network to Google is replaced."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from django.test import override_settings

from accounts.models import User
from tests.helpers import assert_error

AUDIENCE = "test-ios-client.apps.googleusercontent.com"


def make_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def google_key():
    return make_key()


@pytest.fixture(scope="module")
def jwks_url(google_key):
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(google_key.public_key()))
    jwk.update(kid="test-key-1", use="sig", alg="RS256")
    payload = json.dumps({"keys": [jwk]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/oauth2/v3/certs"
    server.shutdown()


def id_token(key, **overrides):
    now = int(time.time())
    claims = {"iss": "https://accounts.google.com", "aud": AUDIENCE, "sub": "google-sub-123",
              "email": "Gina@Gmail.com", "email_verified": True, "name": "Gina G", "iat": now, "exp": now + 600}
    claims.update(overrides)
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "test-key-1"})


@pytest.fixture
def google(jwks_url, settings):
    settings.GOOGLE_JWKS_URL = jwks_url
    settings.GOOGLE_IOS_CLIENT_ID = AUDIENCE


pytestmark = pytest.mark.django_db


def test_valid_token_creates_the_user_then_signs_in_the_same_user(api, google, google_key):
    first = api.post("/api/v1/auth/verify-google-id-token", {"id_token": id_token(google_key)}, format="json")
    assert first.status_code == 200, first.content
    assert set(first.json()) == {"access_token", "token_type", "user_id", "refresh_token", "expires_in"}
    user = User.objects.get(id=first.json()["user_id"])
    assert (user.email, user.google_sub, user.has_usable_password()) == ("gina@gmail.com", "google-sub-123", False)
    again = api.post("/api/v1/auth/verify-google-id-token", {"id_token": id_token(google_key)}, format="json")
    assert again.json()["user_id"] == user.id
    assert User.objects.count() == 1


def test_a_google_identity_joins_an_account_by_email_only_once_its_email_is_verified(api, google, google_key,
                                                                                       django_capture_on_commit_callbacks):
    """The takeover: someone registers victim@gmail.com with a password (unproven); the victim's Google
    sign-in must not land in that account."""
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):  # the confirmation email goes after commit
        registered = api.post("/api/v1/auth/register", {"email": "victim@gmail.com",
                                                        "password": "attacker knows this one"}, format="json")
    assert registered.status_code == 201
    token = id_token(google_key, email="victim@gmail.com", sub="sub-victim")
    refused = api.post("/api/v1/auth/verify-google-id-token", {"id_token": token}, format="json")
    assert_error(refused, 409, "account_exists_unverified")
    assert User.objects.get(email="victim@gmail.com").google_sub is None
    # The confirmation link was mailed to the address's owner; once it is opened, Google may join.
    link = next(line for line in mail.outbox[0].body.splitlines() if "verify-email?token=" in line)
    assert api.get(link[link.index("/api/"):]).json() == {"emailVerified": True}
    joined = api.post("/api/v1/auth/verify-google-id-token", {"id_token": token}, format="json")
    assert joined.status_code == 200 and joined.json()["user_id"] == registered.json()["user_id"]


def test_a_signed_in_user_links_google_explicitly(google, google_key, owner, owner_api):
    token = id_token(google_key, email="somewhere.else@gmail.com", sub="sub-owner")
    assert owner_api.post("/api/v1/auth/google/link", {"id_token": token}, format="json").json() == {"googleLinked": True}
    owner.refresh_from_db()
    assert owner.google_sub == "sub-owner"


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
            forged = jwt.encode({"sub": "x", "aud": AUDIENCE}, "secret" if alg == "HS256" else None, algorithm=alg,
                                headers={"kid": f"unknown-{alg}"})
            assert_error(api.post("/api/v1/auth/verify-google-id-token", {"id_token": forged}, format="json"), 401)
    finally:
        accounts.google.jwks_client = original
    assert fetches == []


@pytest.mark.parametrize("overrides", [
    {"aud": "someone-elses-client"},
    {"iss": "https://evil.example.com"},
    {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200},
    {"email_verified": False},
])
def test_invalid_claims_are_401(api, google, google_key, overrides):
    response = api.post("/api/v1/auth/verify-google-id-token", {"id_token": id_token(google_key, **overrides)},
                        format="json")
    assert_error(response, 401, "invalid_token")
    assert User.objects.count() == 0


def test_token_signed_by_another_key_is_401(api, google):
    forged = id_token(make_key())  # same kid, wrong key: the signature must not verify
    assert_error(api.post("/api/v1/auth/verify-google-id-token", {"id_token": forged}, format="json"),
                 401, "invalid_token")
    assert_error(api.post("/api/v1/auth/verify-google-id-token", {"id_token": "not.a.jwt"}, format="json"),
                 401, "invalid_token")


def test_missing_token_is_a_validation_error(api, google):
    assert_error(api.post("/api/v1/auth/verify-google-id-token", {}, format="json"), 400, "validation_error",
                 field="id_token")


def test_unconfigured_client_id_is_503(api, google_key):
    with override_settings(GOOGLE_IOS_CLIENT_ID=""):
        response = api.post("/api/v1/auth/verify-google-id-token", {"id_token": id_token(google_key)}, format="json")
    assert_error(response, 503, "not_configured")
