import os

from django.apps import AppConfig


class GpuConfig(AppConfig):
    name = "gpu"

    def ready(self):
        from celery.signals import worker_ready

        @worker_ready.connect(weak=False)
        def warm_models(**kwargs):
            # The gpu worker loads its models before taking jobs, so the first job is not the slow one.
            if os.environ.get("CRAVE_WARM_MODELS") == "1":
                from .embeddings import get_provider
                from .serving import get_serving

                get_provider()
                get_serving()  # base model, slots, and the heartbeat the admin shows
