"""The production settings and shipped configuration: check --deploy clean, secrets required, none
committed."""

import os
import subprocess
import sys

import pytest

from core import localstack


def test_production_refuses_a_web_timeout_shorter_than_a_chat(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.production",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "api.example.com",
        "GOOGLE_IOS_CLIENT_ID": "ios",
        "WEB_TIMEOUT_SECONDS": "30",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        cwd=localstack.ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "WEB_TIMEOUT_SECONDS" in result.stderr


def test_compose_publishes_on_loopback_and_its_healthcheck_can_pass():
    import yaml

    compose = yaml.safe_load((localstack.ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["web"]["ports"] == ["${WEB_BIND:-127.0.0.1}:8000:8000"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.production",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "api.example.com",
        "GOOGLE_IOS_CLIENT_ID": "ios",
        "TRUSTED_PROXIES": "0",
    }
    code = (
        "import django; django.setup(); from django.conf import settings; from django.test import Client; "
        "r = Client().get('/health', HTTP_HOST='api.example.com'); "
        "print(r.status_code, getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=localstack.ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] in ("200", "503") and out[1] == "None"  # not a redirect; X-Forwarded-Proto not believed


@pytest.mark.django_db
def test_production_settings_pass_check_deploy_with_no_warnings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "crave.settings.production",
        "DJANGO_SECRET_KEY": "x" * 20 + "-prod-only-not-a-real-secret-but-long-enough-for-the-check",
        "DJANGO_ALLOWED_HOSTS": "api.crave.example",
        "GOOGLE_IOS_CLIENT_ID": "ios.apps.googleusercontent.com",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    missing = {k: v for k, v in env.items() if k != "DJANGO_SECRET_KEY"}
    missing["DJANGO_SECRET_KEY"] = ""
    failed = subprocess.run(
        [sys.executable, "manage.py", "check"], env=missing, capture_output=True, text=True, timeout=120
    )
    assert failed.returncode != 0 and "DJANGO_SECRET_KEY must be set in production" in failed.stderr


@pytest.mark.django_db
def test_no_secret_is_committed():
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True).stdout.split()
    assert not [p for p in tracked if p.endswith((".env", ".pem", ".key")) or "credentials" in p]
    settings_text = open("crave/settings/production.py").read()
    assert "SECRET_KEY = required(" in settings_text


def test_the_docker_image_leaves_out_env_files_and_local_state():
    """Before: .env (with the secret key that signs admin tokens) was copied into the image by `COPY . .`."""
    ignored = {
        line.strip()
        for line in (localstack.ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".env", ".env.*", ".local", ".venv", ".git"} <= ignored
