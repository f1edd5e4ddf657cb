"""A stand-in for Google's key server: the test makes an RSA key, serves it as a JWKS on loopback and signs
ID tokens with it (google_token), so only the network to Google is replaced."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

GOOGLE_AUDIENCE = "test-ios-client.apps.googleusercontent.com"


@pytest.fixture(scope="session")
def google_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
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


@pytest.fixture
def google(jwks_url, settings):
    settings.GOOGLE_JWKS_URL = jwks_url
    settings.GOOGLE_IOS_CLIENT_ID = GOOGLE_AUDIENCE


@pytest.fixture
def google_token(google_key):
    """google_token(**claims) -> an ID token as Google signs it (key= another key, to forge one)."""

    def sign(key=None, **overrides) -> str:
        now = int(time.time())
        claims = {
            "iss": "https://accounts.google.com",
            "aud": GOOGLE_AUDIENCE,
            "sub": "google-sub-123",
            "email": "Gina@Gmail.com",
            "email_verified": True,
            "name": "Gina G",
            "iat": now,
            "exp": now + 600,
        }
        claims.update(overrides)
        return jwt.encode(claims, key or google_key, algorithm="RS256", headers={"kid": "test-key-1"})

    return sign


@pytest.fixture
def mailbox():
    """The emails sent (django's locmem backend, the test settings'); wrap the request that sends in
    django_capture_on_commit_callbacks(execute=True), since mail goes after commit."""
    from django.core import mail

    return mail.outbox
