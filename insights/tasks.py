"""Thin tasks for insights: answering (gpu), trend compression and weekly summaries (fan out from beat)."""
import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from accounts.models import User
from crave.queues import Queue
from gpu.deadline import deadline_for

from . import jobs

log = logging.getLogger(__name__)


@shared_task(queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=240,
             expires=900)
def answer_insight(self, insight_id: int) -> str:
    with deadline_for(self):
        return jobs.insight_answer(insight_id=insight_id).status


def active_user_ids(days: int = 30) -> list[int]:
    since = timezone.now() - timedelta(days=days)
    return list(User.objects.filter(is_active=True, cravings__created_at__gte=since).distinct()
                .values_list("id", flat=True))


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def compress_trends_nightly() -> int:
    ids = active_user_ids()
    for user_id in ids:
        compress_user_trends.delay(user_id)
    return len(ids)


@shared_task(queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=600)
def compress_user_trends(self, user_id: int) -> int:
    with deadline_for(self):
        return len(jobs.trends_compress(user_id=user_id))


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def weekly_summaries() -> int:
    ids = active_user_ids(days=7)
    for user_id in ids:
        write_weekly_summary.delay(user_id)
    return len(ids)


@shared_task(queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=300)
def write_weekly_summary(self, user_id: int) -> int:
    with deadline_for(self):
        return jobs.weekly_summary_write(user_id=user_id).id
