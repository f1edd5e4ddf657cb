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
