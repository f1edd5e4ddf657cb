import os

from django.apps import AppConfig


class GpuConfig(AppConfig):
    name = "gpu"

    def ready(self):
        from celery import signals

        from core.queues import Queue

        from . import fleet, routing

        @signals.worker_ready.connect(weak=False)
        def warm_models(sender, **kwargs):
            # The gpu worker loads its models before taking jobs, so the first job is not the slow one.
            if os.environ.get("CRAVE_WARM_MODELS") == "1":
                from .embeddings import get_provider
                from .serving import get_serving

                get_provider()
                get_serving()  # base model, slots, and the heartbeat the admin shows
            if Queue.GPU.value in sender.app.amqp.queues.consume_from:
                fleet.join(
                    sender.hostname, sender.pool.num_processes if sender.pool else 1, after_beat=routing.rescue_dead
                )

        @signals.worker_shutdown.connect(weak=False)
        def leave_fleet(**kwargs):
            fleet.leave()

        # What a gpu worker has taken from the broker and not finished, so a survivor can send it again if
        # this process dies: from receipt (a prefetched job counts), not only from the start of its run.
        @signals.task_received.connect(weak=False)
        def job_taken(request, **rest):
            if fleet.node:
                fleet.job_started(request.id, request.name, list(request.args or ()), request.kwargs or {})

        @signals.task_postrun.connect(weak=False)
        def job_finished(task_id, **rest):
            if fleet.node:
                fleet.job_finished(task_id)

        @signals.task_revoked.connect(weak=False)
        def job_dropped(request, **rest):
            if fleet.node:
                fleet.job_finished(request.id)
