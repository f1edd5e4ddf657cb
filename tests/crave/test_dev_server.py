"""`make run`'s web process: its own secret, no debug, and no database connection held per client."""

import os
import subprocess
import sys

import pytest

from core import localstack
from tests.helpers import call, start_web


def test_make_run_makes_its_own_secret_and_is_not_in_debug(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SECRET_KEY", "DJANGO_DEBUG")}
    env["DJANGO_SETTINGS_MODULE"] = "crave.settings.dev"
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.SECRET_KEY == 'dev-only-insecure-key-never-used-in-production', settings.DEBUG, "
        "len(settings.SECRET_KEY) >= 50, settings.DATABASES['default']['CONN_MAX_AGE'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=localstack.ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False", "True", "0"]
    assert (localstack.LOCAL / "secret-key").exists() and (localstack.LOCAL / "secret-key").stat().st_mode & 0o077 == 0


@pytest.mark.slow  # a real web server and 300 connections: `make test` runs it, `make test-fast` does not
@pytest.mark.django_db(transaction=True)
def test_three_hundred_fresh_connections_leave_health_ok(tmp_path):
    """`make run`'s web process (runserver, dev settings) on the test database. 300 clients each open a
    connection, make one request that reads the database, and keep the connection open (HTTP keep-alive):
    a database connection kept per client connection would use up PostgreSQL's, failing /health too."""
    import socket

    web, base = start_web(tmp_path)
    port = int(base.rsplit(":", 1)[1])
    held = []
    try:
        request = f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: keep-alive\r\n\r\n".encode()
        for _ in range(300):
            held.append(socket.create_connection(("127.0.0.1", port), timeout=30))
            held[-1].sendall(request)
            held[-1].recv(4096)  # its answer; the connection stays open
        assert call(f"{base}/health")[0] == 200
    finally:
        for connection in held:
            connection.close()
        web.terminate()
        web.wait(10)
