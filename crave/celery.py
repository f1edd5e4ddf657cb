import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")

app = Celery("crave")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_finalize.connect
def install_beat_schedule(sender, **kwargs):
    # Once every task is registered (beat finalizes the app before its scheduler reads the schedule).
    from .schedule import beat_schedule

    sender.conf.beat_schedule = beat_schedule()
