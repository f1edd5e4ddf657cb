"""Waiting for an answer without holding a web worker: the job announces on Redis when its insight row is
final, and the chat view awaits that announcement (an async view under the ASGI server).

Subscribing happens before the first read of the row, so an answer that lands in between is seen either
way; the row is read again every few seconds in case an announcement was lost (Redis restarted)."""

from __future__ import annotations

import asyncio
import logging
import time

import redis
import redis.asyncio as aioredis
from django.conf import settings
from django.db import transaction

from core.errors import ApplicationError
from core.redis_client import client

from .models import Insight

log = logging.getLogger(__name__)
RECHECK_SECONDS = 2.0
FINAL = (Insight.Status.DONE, Insight.Status.FAILED)


def channel(insight_id: int) -> str:
    return f"crave:insight-final:{insight_id}"


def insight_announce(insight_id: int) -> None:
    """After the row's final state commits: wake whoever waits for it (nobody, for most insights)."""
    transaction.on_commit(lambda: _publish(insight_id))


def _publish(insight_id: int) -> None:
    try:
        client().publish(channel(insight_id), "final")
    except redis.RedisError:  # the waiter's periodic read of the row still sees the answer
        log.warning("could not announce insight %s", insight_id)


async def _status(insight_id: int) -> str:
    return await Insight.objects.filter(id=insight_id).values_list("status", flat=True).aget()


async def insight_wait(*, insight: Insight, timeout: float, recheck: float = RECHECK_SECONDS) -> Insight:
    """The finished insight, or a 503 in the error shape at the deadline or when the job failed."""
    deadline = time.monotonic() + timeout
    if insight.status not in FINAL:
        subscriber = aioredis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1)
        try:
            async with subscriber.pubsub() as pubsub:
                await pubsub.subscribe(channel(insight.id))
                while await _status(insight.id) not in FINAL:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise ApplicationError(
                            "The answer is taking too long; try again shortly.", code="timeout", status_code=503
                        )
                    await pubsub.get_message(ignore_subscribe_messages=True, timeout=min(remaining, recheck))
        except (redis.RedisError, OSError):
            await _wait_by_reading(insight.id, deadline)  # Redis gone: fall back to reading the row
        finally:
            await subscriber.aclose()
        insight = await Insight.objects.select_related("persona").aget(id=insight.id)
    if insight.status == Insight.Status.FAILED:
        raise ApplicationError(
            "The answer could not be made; try again shortly.", code="insight_failed", status_code=503
        )
    return insight


async def _wait_by_reading(insight_id: int, deadline: float) -> None:
    while await _status(insight_id) not in FINAL:
        if time.monotonic() > deadline:
            raise ApplicationError("The answer is taking too long; try again shortly.", code="timeout", status_code=503)
        await asyncio.sleep(0.5)
