"""DRF scoped throttles counted in Redis, failing open: a Redis outage must not lock users out."""

import logging
from datetime import date

from django.conf import settings
from django.core.cache import cache
from rest_framework.permissions import SAFE_METHODS
from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle

log = logging.getLogger(__name__)


class ScopedThrottle(ScopedRateThrottle):
    def get_rate(self):
        # Read at request time (not import time), so rates follow settings.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception as exc:  # the cache is down: serve, and let the other defences stand
            log.warning("throttle skipped, cache unavailable: %s", type(exc).__name__)
            return True


class WriteThrottle(ScopedThrottle):
    """Creates, edits, syncs and deletes of cravings, per user; reads are not counted."""

    scope = "write"

    def allow_request(self, request, view):
        return request.method in SAFE_METHODS or super().allow_request(request, view)


def items_allowed(*, user_id: int, count: int) -> bool:
    """At most CRAVINGS_PER_DAY cravings written a day per user (a week of offline logs synced at once is a
    few hundred), so one account cannot fill the database or the embedding queue. Fails open, like the rest."""
    key = f"write-items:{user_id}:{date.today().isoformat()}"
    try:
        cache.add(key, 0, 2 * 86400)
        return cache.incr(key, count) <= settings.CRAVINGS_PER_DAY
    except Exception as exc:
        log.warning("write cap skipped, cache unavailable: %s", type(exc).__name__)
        return True
