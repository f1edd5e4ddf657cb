"""Local development: `make run` provides DATABASE_URL and REDIS_URL for the project-local servers."""
from .base import *  # noqa: F401,F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
GOOGLE_IOS_CLIENT_ID = env("GOOGLE_IOS_CLIENT_ID", default="dev-ios-client-id.apps.googleusercontent.com")
