import os

from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "insights"

    def ready(self):
        from celery import signals

        @signals.worker_ready.connect(weak=False)
        def warm_parser(sender, **kwargs):
            # The gpu worker embeds the parser's generated examples before its first question, not during it.
            from core.queues import Queue

            if os.environ.get("CRAVE_WARM_MODELS") == "1" and Queue.GPU.value in sender.app.amqp.queues.consume_from:
                from gpu.embeddings import get_provider

                from .answering.understand.shape import reader_for

                reader_for(get_provider().embed)
