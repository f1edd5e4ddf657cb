from django.apps import AppConfig


class PersonasConfig(AppConfig):
    name = "personas"

    def ready(self):
        from cravings.signals import cravings_embedded

        from .services import personas_warm_for

        # Cravings sits below personas and may not import it; it announces new embeddings instead.
        def warm(sender, user_ids, **kwargs):
            personas_warm_for(user_ids=user_ids)

        cravings_embedded.connect(warm, weak=False, dispatch_uid="personas-warm-after-log")

        from celery import signals

        @signals.worker_ready.connect(weak=False)
        def warm_default_persona(sender, **kwargs):
            # A fresh gpu worker's first voiced answer waited ~0.45 s more than the next (the adapter into a
            # slot, its system prompt computed, first-use kernels): one token for the default persona at start.
            import os

            from core.queues import Queue

            if os.environ.get("CRAVE_WARM_MODELS") == "1" and Queue.GPU.value in sender.app.amqp.queues.consume_from:
                from .jobs import persona_warm_generation

                persona_warm_generation()
