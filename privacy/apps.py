from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """Export and erasure reach every app's data, so they sit above all of them (accounts knows none)."""

    name = "privacy"
