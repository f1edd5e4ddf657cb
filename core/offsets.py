"""UTC offsets as people read them, shared by the admin and the analytics' zone names."""


def offset_label(minutes: int) -> str:
    """A UTC offset as people read it: -300 -> 'UTC-05:00'."""
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
