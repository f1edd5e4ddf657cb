"""What every database benchmark needs: its own database on the project-local PostgreSQL in .local/bench
(or BENCH_DATABASE_URL), a project-local Redis, Django set up and migrated."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def bench_database(name: str, *, setup_django: bool = True):
    """Start (or join) the bench PostgreSQL with database `name`; return the pgserver handle (None when
    BENCH_DATABASE_URL points elsewhere). Sets DATABASE_URL / REDIS_URL for this process and its children."""
    from core import localstack

    server = None
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    else:
        server, url = localstack.start_postgres(localstack.LOCAL / "bench" / "pgdata", database=name)
        localstack.running["postgres"] = server
        os.environ["DATABASE_URL"] = url
    localstack.ensure_services(profile="bench")
    os.environ["DJANGO_SETTINGS_MODULE"] = "crave.settings.dev"
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if setup_django:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
    return server


def stop_processes(processes) -> None:
    """Warm shutdown for servers and workers a bench started (a running job finishes), a kill after 30 s."""
    from core.localstack import stop_processes as stop

    stop({str(i): process for i, process in enumerate(processes)}, grace=30)


def finish(out: dict, results: Path) -> None:
    """Write a bench's figures to bench/results and show them."""
    import json

    results.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))
