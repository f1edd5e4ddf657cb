"""One Redis client per process for what goes beside Celery and the cache: the fleet's heartbeats and routing,
and answer announcements. Short timeouts: a Redis restart must not stall a request or a heartbeat."""

from __future__ import annotations

import redis
from django.conf import settings

_client: redis.Redis | None = None


def client() -> redis.Redis:
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=2)
    return _client
