"""`python -m crave.stack`: the whole product on one machine.

Starts project-local PostgreSQL + pgvector and Redis when DATABASE_URL / REDIS_URL are unset, migrates,
loads demo data, then runs web, a `default` worker, the `gpu` workers (crave/gpu_pool.py: 1..GPU_WORKERS_MAX,
sized by the fleet's scaler) and beat, each line prefixed with its name. Ctrl-C (or SIGTERM) stops everything in order: processes first, then Redis and PostgreSQL.

Quiet by default: no banners or library warnings, one line per error, and progress of what is still
warming up (the gpu worker, persona training) until everything answers. `--verbose` (make run VERBOSE=1)
shows every process's full output, tracebacks included.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request

from core import localstack

PY = sys.executable
COLORS = {"web": 36, "worker": 33, "gpu": 35, "beat": 32, "vllm": 34}


def say(message: str) -> None:
    print(f"\033[1m[crave]\033[0m {message}", flush=True)


VERBOSE = "--verbose" in sys.argv[1:]
# Quiet: warnings and errors only, each on one line; no progress bars or Python warnings (e.g. Celery's about
# running as root); no runserver banner.
QUIET_ENV = {
    "LOG_LEVEL": "WARNING",
    "LOG_FORMAT": "brief",
    "PYTHONWARNINGS": "ignore",
    "TQDM_DISABLE": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "DJANGO_RUNSERVER_HIDE_WARNING": "true",
}


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
    env.setdefault("HF_HUB_OFFLINE", "1")
    env["PYTHONUNBUFFERED"] = "1"
    if not VERBOSE:
        env = {**QUIET_ENV, **env}  # a LOG_LEVEL the person set still wins
    return env


def manage(*args: str) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=localstack.ROOT, env=child_env(), check=True)


def processes(port: int) -> dict[str, list[str]]:
    celery = [PY, "-m", "celery", "-A", "crave"] + ([] if VERBOSE else ["--quiet"])  # --quiet: no banner
    level = ["-l", "INFO" if VERBOSE else "WARNING"]
    beat_db = str(localstack.LOCAL / "celerybeat-schedule")
    return {
        "web": [
            PY,
            "manage.py",
            "runserver",
            f"127.0.0.1:{port}",
            "--noreload",
            *([] if VERBOSE else ["--skip-checks"]),
        ],  # migrate ran the checks
        "worker": [*celery, "worker", "-Q", "default", "-n", "default@%h", "--concurrency", "2", *level],
        # One process per gpu worker owns the models (and the GPU when there is one; CUDA does not survive
        # fork). Its threads run concurrent jobs so the persona batcher can serve them in one generate call: 32,
        # as many as one batch holds (LORA_MAX_BATCH), so a burst of 32 chats is in one batch, not four.
        # The pool runs GPU_WORKERS_MIN..GPU_WORKERS_MAX of them, as many as the fleet's scaler wants.
        "gpu": [PY, "-m", "crave.gpu_pool", *celery, "worker", "-Q", "gpu", "--pool", "threads", "--concurrency", "32"]
        + level,
        "beat": [*celery, "beat", *level, "-s", beat_db],
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


def health(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return json.loads(response.read())
    except Exception:
        return None


def warming(body: dict) -> list[str]:
    """What a chat still waits for, in words: [] once everything answers."""
    waiting = []
    if not (body.get("gpu") or {}).get("workers"):
        waiting.append("the gpu worker (loading models; chats and search indexing wait for it)")
    progress = (body.get("personas") or {}).get("progress") or {}
    waiting += [f"persona {slug} (training, {round(100 * done)}%)" for slug, done in sorted(progress.items())]
    return waiting


def watch_warm_up(url: str, stopping: threading.Event, ready_line: str) -> None:
    """Says what is still warming up when it changes (training at 10% steps), then the ready line again
    once nothing is left to wait for."""
    shown = None
    while not stopping.wait(2):
        body = health(url)
        if body is None:
            continue
        waiting = warming(body)
        if not waiting:
            ready = (body.get("personas") or {}).get("ready") or []
            personas = f"{len(ready)} persona{'' if len(ready) == 1 else 's'} ready ({', '.join(ready) or 'none'})"
            say(f"{ready_line} Everything is warm: {personas}.")
            return
        steps = [re.sub(r"(\d+)%", lambda m: f"{int(m[1]) // 10 * 10}%", line) for line in waiting]
        if steps != shown:
            say(f"warming up: {'; '.join(waiting)}")
            shown = steps


def stop(children: dict[str, subprocess.Popen]) -> None:
    localstack.stop_processes(children, grace=20, on_kill=lambda name: say(f"{name} did not stop in time; killing it"))


def start_vllm(children: dict) -> None:
    """INFERENCE_BACKEND=vllm without a VLLM_URL: a vLLM server of our own (`make vllm-venv` installs it),
    healthy before the gpu worker connects to it."""
    port = localstack.free_port()
    os.environ["VLLM_URL"] = f"http://127.0.0.1:{port}"
    say(f"starting vLLM at {os.environ['VLLM_URL']} (INFERENCE_BACKEND=vllm; about a minute)")
    children["vllm"] = subprocess.Popen(
        [PY, "-m", "gpu.vllm_server", "--port", str(port)],
        cwd=localstack.ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
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
            if name == "web":
                env["CRAVE_WARM_WEB"] = "1"  # search embeds its query in the web process: load the model now
            # Quiet web: runserver's banner goes to stdout; its request warnings and errors to stderr.
            out = subprocess.DEVNULL if name == "web" and not VERBOSE else subprocess.PIPE
            children[name] = subprocess.Popen(
                command,
                cwd=localstack.ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT if out == subprocess.PIPE else subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            stream = children[name].stdout if out == subprocess.PIPE else children[name].stderr
            threading.Thread(target=pipe, args=(name, stream), daemon=True).start()
        url = f"http://127.0.0.1:{port}/health"
        if wait_healthy(url, children["web"], timeout=90):
            ready_line = (
                f"ready: http://127.0.0.1:{port}/  (API docs /api/docs/, admin /admin/). Ctrl-C stops everything."
            )
            waiting = warming(health(url) or {})
            say(ready_line + (f" Still warming up: {'; '.join(waiting)}." if waiting else ""))
            if waiting:
                threading.Thread(target=watch_warm_up, args=(url, stopping, ready_line), daemon=True).start()
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
