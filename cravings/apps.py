import os

from django.apps import AppConfig


class CravingsConfig(AppConfig):
    name = "cravings"

    def ready(self):
        # Search embeds its query in the web process. CRAVE_WARM_WEB=1 (make run, compose's web) loads the
        # model at start, so the first search after a start is not the one that waits seconds for it.
        if os.environ.get("CRAVE_WARM_WEB") == "1":
            from gpu.embeddings import get_provider

            get_provider()
