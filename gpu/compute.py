"""Every torch computation of a process runs on one long-lived thread.

Why: PyTorch's CPU kernels use OpenMP, and once one thread (typically the process's main thread, which
loads the models) has run a parallel region, the same work on any other thread runs far slower: 1.8x per
generated token for the 135M model on 2 cores, 16x for a small matmul (measured; see README, Benchmarks).
A Celery worker loads models on its main thread and answers on pool threads, and the batcher generates on
its own thread, so without this every answer paid that. One thread for all of it is the fast path.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from functools import wraps

NAME = "torch-compute"
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=NAME)


def on_compute_thread(fn, /, *args, **kwargs):
    """fn(*args, **kwargs) on the compute thread (directly when already there), its result or its error."""
    if threading.current_thread().name.startswith(NAME):
        return fn(*args, **kwargs)
    return _executor.submit(fn, *args, **kwargs).result()


def compute_thread(fn):
    """Decorator: the function always runs on the compute thread."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        return on_compute_thread(fn, *args, **kwargs)

    return wrapper
