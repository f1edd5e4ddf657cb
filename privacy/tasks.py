"""Thin tasks for privacy: the nightly deletion of old sign-in traces (privacy/retention.py)."""

from celery import shared_task

from core.queues import Queue

from . import retention


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def expire_sign_in_traces() -> dict:
    return retention.traces_expire()
