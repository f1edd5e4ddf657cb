"""The nightly job deletes sign-in traces past their age: login logs, expired sessions, expired tokens."""

from datetime import timedelta

import pytest
from django.utils import timezone

from privacy.retention import traces_expire

pytestmark = pytest.mark.django_db


def test_old_login_logs_expired_sessions_and_expired_tokens_go_and_recent_ones_stay(owner, settings):
    from axes.models import AccessFailureLog, AccessLog
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from rest_framework_simplejwt.token_blacklist.models import OutstandingToken
    from rest_framework_simplejwt.tokens import RefreshToken

    now = timezone.now()
    old, recent = now - timedelta(days=settings.SIGN_IN_LOG_DAYS + 1), now - timedelta(days=1)
    for when in (old, recent):
        AccessLog.objects.filter(
            id=AccessLog.objects.create(username=owner.email, ip_address="192.0.2.1", user_agent="", path_info="/").id
        ).update(attempt_time=when)
        AccessFailureLog.objects.filter(
            id=AccessFailureLog.objects.create(
                username=owner.email, ip_address="192.0.2.1", user_agent="", path_info="/", locked_out=False
            ).id
        ).update(attempt_time=when)
    for expiry in (now - timedelta(minutes=1), now + timedelta(days=1)):
        session = SessionStore()
        session.create()
        Session.objects.filter(session_key=session.session_key).update(expire_date=expiry)
    RefreshToken.for_user(owner)
    expired = RefreshToken.for_user(owner)
    OutstandingToken.objects.filter(jti=expired["jti"]).update(expires_at=now - timedelta(minutes=1))

    removed = traces_expire(now=now)

    assert removed["access_logs"] == removed["failure_logs"] == removed["sessions"] == removed["tokens"] == 1
    assert AccessLog.objects.count() == AccessFailureLog.objects.count() == Session.objects.count() == 1
    assert OutstandingToken.objects.filter(user=owner).count() == 1


def test_the_job_is_scheduled_nightly():
    from crave.schedule import beat_schedule
    from privacy.tasks import expire_sign_in_traces

    assert any(entry["task"] == expire_sign_in_traces.name for entry in beat_schedule().values())
