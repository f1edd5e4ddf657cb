"""`python -m crave.stack`: the whole product on one machine.

Starts project-local PostgreSQL + pgvector and Redis when DATABASE_URL / REDIS_URL are unset, migrates,
loads demo data, then runs web, a `default` worker, a `gpu` worker and beat, each line prefixed with
its name. Ctrl-C (or SIGTERM) stops everything in order: processes first, then Redis and PostgreSQL.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

from crave import localstack

PY = sys.executable
COLORS = {"web": 36, "worker": 33, "gpu": 35, "beat": 32, "vllm": 34}


def say(message: str) -> None:
    print(f"\033[1m[crave]\033[0m {message}", flush=True)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    env.setdefault("HF_HUB_OFFLINE", "1")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def manage(*args: str) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=localstack.ROOT, env=child_env(), check=True)


def processes(port: int) -> dict[str, list[str]]:
    celery = [PY, "-m", "celery", "-A", "crave"]
    beat_db = str(localstack.LOCAL / "celerybeat-schedule")
    return {
        "web": [PY, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        "worker": [*celery, "worker", "-Q", "default", "-n", "default@%h", "--concurrency", "2", "-l", "INFO"],
        # One process owns the models (and the GPU when there is one; CUDA does not survive fork). Its
        # threads run concurrent jobs so the persona batcher can serve them in one generate call.
        "gpu": [*celery, "worker", "-Q", "gpu", "-n", "gpu@%h", "--pool", "threads", "--concurrency", "8", "-l", "INFO"],
        "beat": [*celery, "beat", "-l", "INFO", "-s", beat_db],
    }


def pipe(name: str, stream) -> None:
    color = COLORS.get(name, 37)
    for line in iter(stream.readline, ""):
        sys.stdout.write(f"\033[{color}m{name:>6} |\033[0m {line}")
        sys.stdout.flush()


def wait_healthy(url: str, process: subprocess.Popen, timeout: float) -> bool:
    """True once `url` answers; False when the process exits first or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            urllib.request.urlopen(url, timeout=2)
            return True
        except Exception:
            time.sleep(0.3)
    return False


def stop(children: dict[str, subprocess.Popen]) -> None:
    for proc in children.values():
        if proc.poll() is None:
            proc.terminate()  # celery: warm shutdown, a running job finishes (or is redelivered: acks_late)
    deadline = time.monotonic() + 20
    for name, proc in children.items():
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{name} did not stop in time; killing it")
            proc.kill()


def start_vllm(children: dict) -> None:
    """INFERENCE_BACKEND=vllm without a VLLM_URL: a vLLM server of our own (`make vllm-venv` installs it),
    healthy before the gpu worker connects to it."""
    port = localstack.free_port()
    os.environ["VLLM_URL"] = f"http://127.0.0.1:{port}"
    say(f"starting vLLM at {os.environ['VLLM_URL']} (INFERENCE_BACKEND=vllm; about a minute)")
    children["vllm"] = subprocess.Popen([PY, "-m", "gpu.vllm_server", "--port", str(port)], cwd=localstack.ROOT,
                                        env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, start_new_session=True)
    threading.Thread(target=pipe, args=("vllm", children["vllm"].stdout), daemon=True).start()
    if not wait_healthy(f"{os.environ['VLLM_URL']}/health", children["vllm"], timeout=600):
        raise RuntimeError("vLLM did not become healthy (see its lines above; `make vllm-venv` installs it)")


def run() -> int:
    port = int(os.environ.get("PORT", "8000"))
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())

    say("starting services (project-local PostgreSQL + pgvector and Redis where DATABASE_URL / REDIS_URL are unset)")
    localstack.ensure_services(profile="dev")
    say(f"database: {os.environ['DATABASE_URL'].split('?')[0]}   redis: {os.environ['REDIS_URL']}")
    children: dict[str, subprocess.Popen] = {}
    try:
        say("migrating")
        manage("migrate", "--no-input", "-v", "0")
        say("loading demo data")
        manage("load_demo")
        if os.environ.get("INFERENCE_BACKEND") == "vllm" and not os.environ.get("VLLM_URL"):
            start_vllm(children)
        for name, command in processes(port).items():
            env = child_env()
            if name == "gpu":
                env["CRAVE_WARM_MODELS"] = "1"  # load the embedding model before the first job
            children[name] = subprocess.Popen(command, cwd=localstack.ROOT, env=env, stdout=subprocess.PIPE,
                                              stderr=subprocess.STDOUT, text=True, start_new_session=True)
            threading.Thread(target=pipe, args=(name, children[name].stdout), daemon=True).start()
        if wait_healthy(f"http://127.0.0.1:{port}/health", children["web"], timeout=60):
            say(f"ready: http://127.0.0.1:{port}/  (API docs /api/docs/, admin /admin/). Ctrl-C stops everything.")
        while not stopping.is_set():
            dead = [name for name, proc in children.items() if proc.poll() is not None]
            if dead:
                say(f"{', '.join(dead)} exited (code {children[dead[0]].returncode}); stopping the rest")
                return 1
            stopping.wait(0.5)
        return 0
    except KeyboardInterrupt:
        return 0
    except subprocess.CalledProcessError as exc:
        say(f"setup step failed: {' '.join(exc.cmd[1:])}")
        return 1
    except RuntimeError as exc:
        say(str(exc))
        return 1
    finally:
        say("stopping web, workers and beat")
        stop(children)
        say("stopping Redis and PostgreSQL")
        localstack.stop_services()
        say("stopped")


if __name__ == "__main__":
    sys.exit(run())
