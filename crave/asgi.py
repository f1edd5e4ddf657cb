"""The production entry point: gunicorn runs uvicorn workers on this (see crave/gunicorn.conf.py), so a chat
that awaits its answer holds no worker while it waits."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
application = get_asgi_application()
