"""Who writes down what a serving backend holds. The inference library has no Django models, so the recorder
is named in settings (RESIDENCY_RECORDER, personas' admin rows) and loaded here, the way Django loads backends."""

from __future__ import annotations

from django.conf import settings
from django.utils.module_loading import import_string


class NoRecorder:
    """For tools and benches that serve without the admin's rows."""

    def __init__(self, serving):
        self.serving = serving

    def record_soon(self) -> None:
        pass


def recorder_for(serving):
    path = getattr(settings, "RESIDENCY_RECORDER", "")
    return import_string(path)(serving) if path else NoRecorder(serving)
