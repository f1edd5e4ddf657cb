"""DRF scoped throttles counted in Redis, failing open: a Redis outage must not lock users out."""
import logging

from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle

log = logging.getLogger(__name__)


class ScopedThrottle(ScopedRateThrottle):
    def get_rate(self):
        # Read at request time (not import time), so rates follow settings.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception as exc:  # the cache is down: serve, and let the other defences stand
            log.warning("throttle skipped, cache unavailable: %s", type(exc).__name__)
            return True
