"""Every periodic job, defined in one place; django-celery-beat copies these into the admin-editable tables."""
from datetime import timedelta

BEAT_SCHEDULE = {
    "sweep-unembedded-cravings": {
        "task": "cravings.tasks.sweep_unembedded",
        "schedule": timedelta(minutes=5),
        "options": {"expires": 240},
    },
}
