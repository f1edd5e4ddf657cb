"""How long sign-in traces are kept, and the job that deletes them past that age: django-axes' login logs,
expired sessions, and issued-token records whose tokens have expired (their blacklist rows go with them)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone


def traces_expire(*, now=None) -> dict:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.sessions.models import Session
    from rest_framework_simplejwt.token_blacklist.models import OutstandingToken

    now = now or timezone.now()
    logs_before = now - timedelta(days=settings.SIGN_IN_LOG_DAYS)
    # An attempt row is what holds a lock: keep it while its longest lock (a day) could still be running.
    attempts_before = now - max(timedelta(days=1), timedelta(days=settings.SIGN_IN_LOG_DAYS))
    return {
        "access_logs": AccessLog.objects.filter(attempt_time__lt=logs_before).delete()[0],
        "failure_logs": AccessFailureLog.objects.filter(attempt_time__lt=logs_before).delete()[0],
        "attempts": AccessAttempt.objects.filter(attempt_time__lt=attempts_before).delete()[0],
        "sessions": Session.objects.filter(expire_date__lt=now).delete()[0],
        "tokens": OutstandingToken.objects.filter(expires_at__lt=now).delete()[0],
    }
