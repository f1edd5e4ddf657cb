"""Thin tasks for insights: answering (gpu), trend compression and weekly summaries (fan out from beat)."""

from celery import shared_task

from core.queues import Queue, fan_out
from gpu.deadline import deadline_for

from . import jobs


@shared_task(
    queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=240, expires=900
)
def answer_insight(self, insight_id: int) -> str:
    with deadline_for(self):
        return jobs.insight_answer(insight_id=insight_id).status


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def compress_trends_nightly() -> int:
    return fan_out(compress_user_trends, jobs.active_user_ids(days=30))


@shared_task(queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=600)
def compress_user_trends(self, user_id: int) -> int:
    with deadline_for(self):
        return len(jobs.trends_compress(user_id=user_id))


@shared_task(queue=Queue.DEFAULT.value, acks_late=True)
def weekly_summaries() -> int:
    return fan_out(write_weekly_summary, jobs.active_user_ids(days=7))


@shared_task(queue=Queue.GPU.value, bind=True, acks_late=True, reject_on_worker_lost=True, soft_time_limit=300)
def write_weekly_summary(self, user_id: int) -> int:
    with deadline_for(self):
        return jobs.weekly_summary_write(user_id=user_id).id
