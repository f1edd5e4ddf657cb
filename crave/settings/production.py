"""Production: every secret must come from the environment; missing ones stop the process at start."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import CHAT_TIMEOUT_SECONDS, database, env


def required(name: str) -> str:
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in production")
    return value


DEBUG = False
SECRET_KEY = required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[]) or [required("DJANGO_ALLOWED_HOSTS")]
DATABASES = {"default": database(required("DATABASE_URL"))}
# The web tier is ASGI (crave/asgi.py): each request's sync work runs on a fresh thread, where a kept
# connection would never be reused, only leaked. Django's advice for ASGI: no persistent connections.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
GOOGLE_IOS_CLIENT_ID = required("GOOGLE_IOS_CLIENT_ID")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# X-Forwarded-Proto is believed only when a proxy of ours sets it (TRUSTED_PROXIES); anyone can send it.
if env.int("TRUSTED_PROXIES", default=0):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# The container's own healthcheck speaks plain HTTP on loopback, and so does KEDA inside the cluster.
SECURE_REDIRECT_EXEMPT = [r"^health$", r"^metrics/gpu-fleet$"]
# A chat waits up to CHAT_TIMEOUT_SECONDS; the web server must wait longer, or the client gets a cut
# connection instead of the 503 in the error shape.
WEB_TIMEOUT_SECONDS = env.int("WEB_TIMEOUT_SECONDS", default=120)
if WEB_TIMEOUT_SECONDS <= CHAT_TIMEOUT_SECONDS:
    raise ImproperlyConfigured("WEB_TIMEOUT_SECONDS must exceed CHAT_TIMEOUT_SECONDS")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
