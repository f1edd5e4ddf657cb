"""A real Celery worker process for tests whose flow crosses the queue."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from django.db import connection

from core.localstack import ROOT, stop_processes


def models_cached() -> None:
    """The base model's converted copy and the parser's example vectors, written to the model cache here, once,
    before a worker starts: on a fresh clone the first workers (started beside each other and beside the other
    pytest run) otherwise each wait on that one conversion, and a start ran past its timeout."""
    from gpu.base_model import smollm2_safetensors_dir
    from gpu.embeddings import get_provider
    from insights.answering.understand.shape import reader_for

    smollm2_safetensors_dir()
    reader_for(get_provider().embed)


def test_database_url() -> str:
    """The worker must read the test database that pytest-django made, not the dev one."""
    url = urlsplit(os.environ["DATABASE_URL"])
    return url._replace(path="/" + connection.settings_dict["NAME"]).geturl()


class WorkerProcess:
    def __init__(self, log_dir: Path, queues: str = "gpu,default", env: dict | None = None):
        self.extra_env = env or {}
        self.log_path = log_dir / f"worker-{uuid.uuid4().hex[:8]}.log"
        self.queues = queues
        self.node = f"test-{uuid.uuid4().hex[:6]}@{socket.gethostname()}"
        self.process: subprocess.Popen | None = None

    # 180 s: a start took 90-120 s when the machine's load was 5-8 (the fleet tests already waited this long).
    def start(self, timeout: float = 180) -> None:
        """Starts the worker and waits until it takes jobs; a worker already running (one a module shares) is
        left as it is."""
        if self.process is not None and self.process.poll() is None:
            return
        self.launch()
        self.wait_ready(timeout)

    def launch(self) -> None:
        models_cached()
        env = {
            **os.environ,
            "DATABASE_URL": test_database_url(),
            "DJANGO_SETTINGS_MODULE": "crave.settings.test",
            "CRAVE_WARM_MODELS": "1",
            "PYTHONUNBUFFERED": "1",
            **self.extra_env,
        }
        log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "crave",
                "worker",
                "-Q",
                self.queues,
                "--pool",
                "threads",
                "--concurrency",
                "4",
                "-n",
                self.node,
                "-l",
                "INFO",
                "--without-mingle",
                "--without-gossip",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log()}")
            if " ready." in self.log():
                return
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready after {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def log_since(self, mark: int) -> str:
        """What the worker logged after `mark` (a length of its log): one test's part of a shared worker's log."""
        return self.log()[mark:]

    def kill(self) -> None:
        """SIGKILL, as an out-of-memory kill or a lost machine would: no warm shutdown, no ack."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        if self.process:
            stop_processes({"worker": self.process}, grace=30)
