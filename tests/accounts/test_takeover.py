"""Registering someone else's address first must not win their account: the confirmation link, confirmed by
the mailbox's owner, decides. Run against a real server (HTTP, the emailed link, Google sign-in)."""

import json

import pytest
from django.core import mail

from accounts.models import User
from tests.helpers import PASSWORD, call

pytestmark = pytest.mark.django_db(transaction=True)
ATTACKER_PASSWORD = "the attacker chose this one 1"


def link_token(email: str) -> str:
    body = next(m.body for m in reversed(mail.outbox) if m.to == [email] and "verify-email?token=" in m.body)
    return body.split("verify-email?token=", 1)[1].split()[0]


def post(base, path, data, token=None):
    status, body, _ = call(f"{base}{path}", data, headers={"Authorization": f"Bearer {token}"} if token else None)
    return status, json.loads(body or b"{}")


def test_the_owner_confirming_without_a_password_evicts_whoever_registered_their_address(
    live_server, google, google_token
):
    """Before: the attacker's account was confirmed as it stood, Google sign-in joined it, and the attacker's
    password still worked."""
    base = live_server.url
    assert post(base, "/api/v1/auth/register", {"email": "victim@gmail.com", "password": ATTACKER_PASSWORD})[0] == 202
    status, tokens = post(base, "/api/v1/auth/login", {"email": "victim@gmail.com", "password": ATTACKER_PASSWORD})
    assert status == 200
    token = link_token("victim@gmail.com")

    # A mail scanner opens the link: that confirms nothing.
    status, body, _ = call(f"{base}/api/v1/auth/verify-email?token={token}")
    assert (status, json.loads(body)) == (200, {"emailVerified": False, "confirmWith": "POST"})
    assert not User.objects.get(email="victim@gmail.com").email_verified

    # The victim confirms, knowing no password.
    assert post(base, "/api/v1/auth/verify-email", {"token": token}) == (
        200,
        {"emailVerified": True, "passwordKept": False},
    )
    assert post(base, "/api/v1/auth/login", {"email": "victim@gmail.com", "password": ATTACKER_PASSWORD})[0] == 401
    assert call(f"{base}/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})[0] == 401
    assert post(base, "/api/v1/auth/refresh", {"refresh_token": tokens["refresh_token"]})[0] == 401

    status, mine = post(
        base,
        "/api/v1/auth/verify-google-id-token",
        {"id_token": google_token(email="victim@gmail.com", sub="sub-victim")},
    )
    assert status == 200 and mine["user_id"] == tokens["user_id"]


def test_the_registrant_confirming_with_their_password_keeps_it(live_server):
    base = live_server.url
    post(base, "/api/v1/auth/register", {"email": "sam@example.com", "password": PASSWORD})
    assert post(base, "/api/v1/auth/verify-email", {"token": link_token("sam@example.com"), "password": PASSWORD}) == (
        200,
        {"emailVerified": True, "passwordKept": True},
    )
    assert post(base, "/api/v1/auth/login", {"email": "sam@example.com", "password": PASSWORD})[0] == 200


def test_a_wrong_password_confirms_nothing(live_server):
    base = live_server.url
    post(base, "/api/v1/auth/register", {"email": "kim@example.com", "password": PASSWORD})
    status, body = post(
        base, "/api/v1/auth/verify-email", {"token": link_token("kim@example.com"), "password": "not it"}
    )
    assert status == 400 and body["error"]["code"] == "validation_error"
    assert not User.objects.get(email="kim@example.com").email_verified


def test_a_forged_link_is_400(live_server):
    status, body = post(live_server.url, "/api/v1/auth/verify-email", {"token": "forged"})
    assert status == 400 and body["error"]["code"] == "invalid_token"


def test_google_sign_in_never_joins_an_account_whose_address_is_unconfirmed(live_server, google, google_token):
    """Before: the victim's Google sign-in joined the attacker's unconfirmed account, whose password still
    worked. Now it is refused and the link goes to the address, for its owner to confirm."""
    base = live_server.url
    post(base, "/api/v1/auth/register", {"email": "target@gmail.com", "password": ATTACKER_PASSWORD})
    sent = len(mail.outbox)
    status, body = post(
        base, "/api/v1/auth/verify-google-id-token", {"id_token": google_token(email="target@gmail.com", sub="sub-t")}
    )
    assert (status, body["error"]["code"]) == (409, "account_exists_unverified")
    assert User.objects.get(email="target@gmail.com").google_sub is None
    assert len(mail.outbox) == sent + 1 and mail.outbox[-1].to == ["target@gmail.com"]
