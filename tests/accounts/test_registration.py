"""Registration answers the same whether or not the address has an account, and mails the address either
way; the account signs in with its password, unconfirmed, until the address's owner confirms."""

import uuid

import pytest
from django.core import mail

from accounts.models import User
from tests.factories import UserFactory
from tests.helpers import PASSWORD, assert_error, client_for

pytestmark = pytest.mark.django_db
SENT = {"emailVerified": False, "sent": True}


def register(api, email, password=PASSWORD, **extra):
    return api.post("/api/v1/auth/register", {"email": email, "password": password, **extra}, format="json")


def test_a_new_address_gets_an_account_with_a_hashed_password_and_a_link(api, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(api, "New@Example.com", fullName="Nia")
    assert (response.status_code, response.json()) == (202, SENT)
    user = User.objects.get(email="new@example.com")
    assert user.password != PASSWORD and user.password.startswith(("md5$", "pbkdf2"))
    assert "verify-email?token=" in mail.outbox[-1].body and mail.outbox[-1].to == ["new@example.com"]


def test_the_new_account_signs_in_with_its_password(api):
    register(api, "new@example.com")
    assert (
        api.post("/api/v1/auth/login", {"email": "new@example.com", "password": PASSWORD}, format="json").status_code
        == 200
    )


def test_a_known_address_gets_the_same_answer_and_an_email(api, owner, django_capture_on_commit_callbacks):
    """Before: 409 email_taken told anyone who uses CRAVE."""
    with django_capture_on_commit_callbacks(execute=True):
        response = register(api, "OWNER@example.com", password="someone else's passphrase 9")
    assert (response.status_code, response.json()) == (202, SENT)
    assert mail.outbox[-1].to == ["owner@example.com"] and "already has one" in mail.outbox[-1].body
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)  # nothing about the account changed


def test_a_weak_password_or_a_bad_email_is_400(api):
    assert_error(register(api, "x@example.com", "123"), 400, "validation_error", field="password")
    assert_error(register(api, "not-an-email"), 400, "validation_error", field="email")


def fresh_user():
    """An address no earlier test mailed (the daily count lives in Redis for the whole session)."""
    return UserFactory(email=f"cap-{uuid.uuid4().hex[:8]}@example.com")


def test_registering_a_known_address_repeatedly_mails_it_at_most_five_times_a_day(
    api, django_capture_on_commit_callbacks
):
    user = fresh_user()
    with django_capture_on_commit_callbacks(execute=True):
        answers = {register(api, user.email).status_code for _ in range(8)}
    assert answers == {202} and len([m for m in mail.outbox if m.to == [user.email]]) == 5


def test_resending_the_link_is_capped_per_address():
    """Before: verify-email/resend mailed the address as often as asked (mail bombing)."""
    me = client_for(fresh_user())
    codes = [me.post("/api/v1/auth/verify-email/resend").status_code for _ in range(6)]
    assert codes == [202] * 5 + [429]
    assert_error(me.post("/api/v1/auth/verify-email/resend"), 429, "too_many_emails")


def test_a_mail_server_that_is_down_does_not_fail_sign_up_and_the_link_can_be_resent(
    api, settings, django_capture_on_commit_callbacks
):
    from core.localstack import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2  # nothing listens
    with django_capture_on_commit_callbacks(execute=True):
        assert register(api, "late@example.com").status_code == 202  # the account stands without the email
    me = client_for(User.objects.get(email="late@example.com"))
    assert_error(me.post("/api/v1/auth/verify-email/resend"), 503, "email_unavailable")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert me.post("/api/v1/auth/verify-email/resend").json() == SENT
