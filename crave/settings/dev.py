"""Local development: `make run` provides DATABASE_URL and REDIS_URL for the project-local servers."""

from django.core.management.utils import get_random_secret_key

from core.localstack import LOCAL

from .base import *  # noqa: F401,F403
from .base import DATABASES, env


def local_secret_key() -> str:
    """Made once per checkout into .local/ (git-ignored), like the demo passwords: a key in the repository
    would let anyone who reads it forge sessions and tokens for any running copy."""
    path = LOCAL / "secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(get_random_secret_key())
    return path.read_text().strip()


DEBUG = env.bool("DJANGO_DEBUG", default=False)  # only when asked: DJANGO_DEBUG=1
SECRET_KEY = env("DJANGO_SECRET_KEY", default="") or local_secret_key()
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
GOOGLE_IOS_CLIENT_ID = env("GOOGLE_IOS_CLIENT_ID", default="dev-ios-client-id.apps.googleusercontent.com")
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
WHITENOISE_USE_FINDERS = True  # static files straight from the apps, no collectstatic step
# The development server answers each request on its own thread: a connection kept per thread would let a
# burst of fresh client connections use up PostgreSQL's connections. Close it after every request.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
