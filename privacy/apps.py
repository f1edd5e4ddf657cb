from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """Export and erasure reach every app's data, so they sit above all of them (accounts knows none)."""

    name = "privacy"

    def ready(self):
        from accounts.signals import persona_consent_withdrawn

        from .services import persona_consent_forget

        persona_consent_withdrawn.connect(persona_consent_forget, dispatch_uid="privacy.persona_consent_forget")
