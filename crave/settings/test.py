"""Tests run against a real PostgreSQL and Redis: project-local ones unless DATABASE_URL/REDIS_URL are set."""

import os
import uuid

from core import localstack

# Started here, before base settings read the environment, so plain `pytest` works too;
# worker processes the tests spawn inherit the URLs and start nothing. `make test` runs its worker tests in a
# second pytest beside the rest, on servers of their own (CRAVE_TEST_PROFILE=test-workers: .local/test-workers).
localstack.ensure_services(profile=os.environ.get("CRAVE_TEST_PROFILE", "test"))

from .base import *  # noqa: E402,F401,F403
from .base import CACHES, REST_FRAMEWORK  # noqa: E402

SECRET_KEY = "test-only-secret-key-with-enough-length-for-hs256"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
GOOGLE_IOS_CLIENT_ID = "test-ios-client.apps.googleusercontent.com"
EMBEDDING_MAX_ATTEMPTS = 3
# Servers a test starts (runserver) keep their mail in memory too; pytest-django swaps in locmem as well.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Generous rates so the suite never trips them; the throttle test sets its own.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"auth": "10000/min", "ai": "10000/min", "export": "10000/min", "write": "10000/min"},
}
# One cache namespace per test session (worker processes inherit it), so no run sees another's entries.
CACHES["default"]["KEY_PREFIX"] = os.environ.setdefault("CRAVE_TEST_CACHE_PREFIX", f"test-{uuid.uuid4().hex[:8]}")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# The suite's answers were written against fp32, and a worker's first start must not pay for the precision
# check (tests/gpu/test_precision.py runs it); a test's worker may force another through the environment.
BASE_MODEL_CPU_PRECISION = os.environ.get("BASE_MODEL_CPU_PRECISION", "float32")
