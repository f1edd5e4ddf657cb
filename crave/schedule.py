"""Every periodic job, defined in one place; django-celery-beat copies these into the admin-editable tables."""
from datetime import timedelta

from celery.schedules import crontab

BEAT_SCHEDULE = {
    "sweep-unembedded-cravings": {
        "task": "cravings.tasks.sweep_unembedded",
        "schedule": timedelta(minutes=5),
        "options": {"expires": 240},
    },
    "compress-trends-nightly": {
        "task": "insights.tasks.compress_trends_nightly",
        "schedule": crontab(hour=3, minute=15),
        "options": {"expires": 3 * 3600},
    },
    "weekly-summaries": {
        "task": "insights.tasks.weekly_summaries",
        "schedule": crontab(day_of_week="mon", hour=6, minute=0),
        "options": {"expires": 6 * 3600},
    },
    "finetune-personas-from-feedback": {
        "task": "personas.tasks.finetune_all_from_feedback",
        "schedule": crontab(day_of_week="sun", hour=4, minute=0),
        "options": {"expires": 12 * 3600},
    },
}
