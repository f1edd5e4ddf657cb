"""Live memory figures: GPU through NVML (nvidia-ml-py), the process's resident memory through psutil."""

from __future__ import annotations

import os


def gpu_memory(index: int = 0) -> dict | None:
    """{'total', 'used', 'free'} in bytes for GPU `index`, or None without an NVIDIA GPU."""
    try:
        import pynvml

        pynvml.nvmlInit()
        try:
            info = pynvml.nvmlDeviceGetMemoryInfo(pynvml.nvmlDeviceGetHandleByIndex(index))
            return {"total": int(info.total), "used": int(info.used), "free": int(info.free)}
        finally:
            pynvml.nvmlShutdown()
    except Exception:  # no driver, no GPU: the CPU path uses the configured budget
        return None


def process_rss() -> int:
    import psutil

    return psutil.Process(os.getpid()).memory_info().rss


def slot_budget_bytes(configured: int, gpu_fraction: float, device: str) -> int:
    """Bytes for adapter slots: the configured budget, capped on a GPU by a share of what is free now."""
    if device.startswith("cuda"):
        memory = gpu_memory()
        if memory:
            return min(configured, int(memory["free"] * gpu_fraction))
    return configured
