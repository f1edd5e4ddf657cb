"""One command for a machine with an NVIDIA GPU: vLLM (the GPU build) with the shipped persona adapters, the
serving bench (builtin engine on the GPU against vLLM, interleaved) and the chat bench through the web tier
with INFERENCE_BACKEND=vllm, all in under 8 minutes.

    make gpu-check        ->  bench/results/gpu_check.json (only where a GPU answered)

Without a GPU (no nvidia-smi, or it lists no device) it says so and exits 0: nothing is measured, nothing
written. The GPU build of vLLM goes into .venv-vllm-gpu on first use (`pip install vllm`); the CPU build in
.venv-vllm cannot drive a GPU.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "gpu_check.json"
VENV = ROOT / ".venv-vllm-gpu"
BUDGET_S = 8 * 60
SERVING_S = 150  # the serving bench's share (2 trials, bfloat16 only)
CHAT_S = 240  # the chat bench's (one round, the current variant only)


def gpus() -> list[str]:
    """The NVIDIA GPUs nvidia-smi lists; empty without the tool or a device."""
    if not shutil.which("nvidia-smi"):
        return []
    try:
        listed = subprocess.run(
            ["nvidia-smi", "--query-gpu=name,memory.total", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in listed.stdout.splitlines() if line.strip()] if listed.returncode == 0 else []


def vllm_python() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "vllm"], check=True)
    return python


def run(command: list[str], env: dict, timeout: float) -> dict:
    started = time.monotonic()
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True)
        code, tail = done.returncode, (done.stdout + done.stderr)[-3000:]
    except subprocess.TimeoutExpired as exc:
        code, tail = 124, str(exc.stdout or "")[-3000:]
    return {"rc": code, "seconds": round(time.monotonic() - started, 1), "log_tail": tail}


def main() -> int:
    found = gpus()
    if not found:
        print("gpu-check: no NVIDIA GPU on this machine (nvidia-smi missing or lists no device); nothing run.")
        return 0
    started = time.monotonic()
    env = {
        **os.environ,
        "VLLM_PYTHON": str(vllm_python()),  # gpu/vllm_server.py starts this interpreter's vLLM
        "VLLM_EXTRA_ARGS": "--gpu-memory-utilization 0.3",  # the builtin engine shares the GPU in the bench
        "BASE_MODEL_CPU_DTYPE": "bfloat16",
    }
    out: dict = {"gpus": found, "budget_s": BUDGET_S}
    serving_out = ROOT / ".local" / "bench" / "gpu_serving.json"
    chat_out = ROOT / ".local" / "bench" / "gpu_chat.json"
    serving_out.parent.mkdir(parents=True, exist_ok=True)
    out["serving_run"] = run(
        [sys.executable, "bench/serving_bench.py", "--trials", "2", "--dtypes", "bfloat16", "--out", str(serving_out)],
        env,
        SERVING_S,
    )
    left = BUDGET_S - (time.monotonic() - started) - 30
    chat_env = {**env, "INFERENCE_BACKEND": "vllm"}
    out["chat_run"] = run(
        [sys.executable, "bench/chat_load.py", "--variants", "current", "--vllm", "--out", str(chat_out)],
        chat_env,
        max(60.0, min(CHAT_S, left)),
    )
    for key, path in (("serving", serving_out), ("chat", chat_out)):
        out[key] = json.loads(path.read_text()) if path.exists() else None
    out["seconds"] = round(time.monotonic() - started, 1)
    out["under_8_minutes"] = out["seconds"] <= BUDGET_S
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps({k: v for k, v in out.items() if k not in ("serving", "chat")}, indent=2))
    return 0 if out["serving_run"]["rc"] == 0 and out["chat_run"]["rc"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
