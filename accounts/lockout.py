"""Lockout with backoff for password guessing (django-axes calls this for the cool-off of a lock)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings

FIRST_LOCK = timedelta(minutes=15)
LONGEST_LOCK = timedelta(days=1)


def cool_off(request=None) -> timedelta:
    """15 minutes at the limit, doubling with every failure past it, at most a day."""
    failures = getattr(request, "axes_failures_since_start", None) or settings.AXES_FAILURE_LIMIT
    return min(FIRST_LOCK * 2 ** max(failures - settings.AXES_FAILURE_LIMIT, 0), LONGEST_LOCK)
