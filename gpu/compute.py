"""Every torch computation of a process runs on one long-lived thread.

Why: PyTorch's CPU kernels use OpenMP, and once one thread (typically the process's main thread, which
loads the models) has run a parallel region, the same work on any other thread runs far slower: 1.8x per
generated token for the 135M model on 2 cores, 16x for a small matmul (measured; see README, Benchmarks).
A Celery worker loads models on its main thread and answers on pool threads, and the batcher generates on
its own thread, so without this every answer paid that. One thread for all of it is the fast path.

One thread must not mean one queue: a generation holds the thread for a second or more, and the short work
of other answers (the embedding calls of understanding and screening, tens of ms) waited behind it, then
generated in a later batch. Short jobs (`short=True`) go ahead of long ones, and a long job calls
`serve_short()` at its own safe points (between decode steps) so that they run inside it. A long job never
runs inside another (a generation's slot state is per batch).
"""

from __future__ import annotations

import os
import queue
import threading
from concurrent.futures import Future
from functools import wraps

NAME = "torch-compute"
_short: queue.SimpleQueue = queue.SimpleQueue()
_long: queue.SimpleQueue = queue.SimpleQueue()
_work = threading.Semaphore(0)  # one release per queued job
_started = threading.Lock()
_thread: threading.Thread | None = None
# COMPUTE_INTERLEAVE=0: one first-come queue, short jobs behind long ones, as before (chat_load's baseline).
INTERLEAVE = os.environ.get("COMPUTE_INTERLEAVE", "1") != "0"


def _run(job) -> None:
    fn, args, kwargs, future = job
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(fn(*args, **kwargs))
    except BaseException as exc:  # the caller gets the error; the thread goes on
        future.set_exception(exc)


def _loop() -> None:
    short_last = False
    while True:
        _work.acquire()
        job = None
        # Short first, but never two in a row while a long job waits: a stream of short jobs must not
        # starve a generation (concurrent embedding calls coalesce, so one short job serves all waiting).
        for source in (_long, _short) if short_last else (_short, _long):
            if source is _short and not INTERLEAVE:
                continue
            try:
                job = source.get_nowait()
                short_last = source is _short
                break
            except queue.Empty:
                pass
        if job is None:  # its job already ran inside a long one (serve_short)
            continue
        _run(job)


def _ensure_thread() -> None:
    global _thread
    with _started:
        if _thread is None:
            _thread = threading.Thread(target=_loop, name=NAME, daemon=True)
            _thread.start()


def serve_short() -> int:
    """Run the short jobs waiting now (call only on the compute thread, between steps of a long job)."""
    done = 0
    while INTERLEAVE and _work.acquire(blocking=False):
        try:
            job = _short.get_nowait()
        except queue.Empty:
            _work.release()  # that permit was a long job's
            break
        _run(job)
        done += 1
    return done


def on_compute_thread(fn, /, *args, short: bool = False, **kwargs):
    """fn(*args, **kwargs) on the compute thread (directly when already there), its result or its error.
    short: a job of milliseconds that may run ahead of, or inside, a long one."""
    if threading.current_thread().name.startswith(NAME):
        return fn(*args, **kwargs)
    _ensure_thread()
    future: Future = Future()
    (_short if short and INTERLEAVE else _long).put((fn, args, kwargs, future))
    _work.release()
    return future.result()


def compute_thread(fn=None, *, short: bool = False):
    """Decorator: the function always runs on the compute thread (`@compute_thread(short=True)`: a short job)."""

    def decorate(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            return on_compute_thread(fn, *args, short=short, **kwargs)

        return wrapper

    return decorate(fn) if fn is not None else decorate
