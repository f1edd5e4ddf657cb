from django.apps import AppConfig


class TuningConfig(AppConfig):
    """Teaching personas: generated training pairs from the answer pipeline, consenting users' ratings, the
    promotion gate and versions. It sits above insights (whose answers and ratings it learns from) and
    personas (whose adapters it writes), so neither of them imports it."""

    name = "tuning"
