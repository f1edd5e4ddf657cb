import os
import threading

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

        @signals.celeryd_after_setup.connect(weak=False)
        def on_the_way(sender, instance, **kwargs):
            # Before the models load (minutes on a cold machine): the router spills over to the shared queue
            # rather than queue behind an overloaded worker while this one comes up.
            if Queue.GPU.value in instance.app.amqp.queues.consume_from:
                fleet.starting(sender)

        @signals.worker_shutting_down.connect(weak=False)
        def drain(sender, how, **kwargs):
            # SIGTERM (a scale-down, a deploy): Celery stops fetching and its pool finishes every job it took.
            # Routers must stop sending here, and what waits on this worker's own queue goes to the shared one.
            # Off the signal handler's frame: it may have interrupted a Redis call on this thread.
            if fleet.node and how == "Warm":
                threading.Thread(target=hand_back, args=(fleet.node,), name="fleet-drain", daemon=True).start()

        def hand_back(node: str) -> None:
            fleet.drain()
            routing.hand_back(node)

        @signals.worker_shutdown.connect(weak=False)
        def leave_fleet(sender, **kwargs):
            if fleet.node:
                routing.hand_back(fleet.node)  # sent here while it drained
            fleet.leave(sender.hostname)

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
