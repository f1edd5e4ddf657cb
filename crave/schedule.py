"""Every periodic job, defined in one place and named by its task object (a renamed or moved task cannot
leave a stale string here). crave/celery.py installs it once the tasks are registered, before beat starts;
django-celery-beat then copies it into the admin-editable tables."""

from datetime import timedelta

from celery.schedules import crontab


def beat_schedule() -> dict:
    from cravings.tasks import sweep_unembedded
    from insights.tasks import compress_trends_nightly, weekly_summaries
    from privacy.tasks import expire_sign_in_traces
    from tuning.tasks import finetune_all_from_feedback

    return {
        "sweep-unembedded-cravings": {
            "task": sweep_unembedded.name,
            "schedule": timedelta(minutes=5),
            "options": {"expires": 240},
        },
        "compress-trends-nightly": {
            "task": compress_trends_nightly.name,
            "schedule": crontab(hour=3, minute=15),
            "options": {"expires": 3 * 3600},
        },
        "weekly-summaries": {
            "task": weekly_summaries.name,
            "schedule": crontab(day_of_week="mon", hour=6, minute=0),
            "options": {"expires": 6 * 3600},
        },
        "expire-sign-in-traces": {
            "task": expire_sign_in_traces.name,
            "schedule": crontab(hour=2, minute=30),
            "options": {"expires": 6 * 3600},
        },
        "finetune-personas-from-feedback": {
            "task": finetune_all_from_feedback.name,
            "schedule": crontab(day_of_week="sun", hour=4, minute=0),
            "options": {"expires": 12 * 3600},
        },
    }
