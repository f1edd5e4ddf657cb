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

Background jobs (`background=True`: embedding saved logs) come last: a chat's generation is a long job, and
behind a FIFO of log embeddings (one per logged craving, 10 a second in bench/chat_load.py) it waited 0.5-1 s
to start even when it was the only chat. A background job still runs once it has waited BACKGROUND_MAX_WAIT,
so a stream of chats cannot keep logs out of search.

At exit the thread is stopped after the job it is running (`stop`, registered with atexit): a daemon thread
still inside a torch call when the interpreter finalizes is aborted by the C++ runtime, and a gpu worker's
warm shutdown exited -6 when its last answer's row ended before that decode step returned.
"""

from __future__ import annotations

import atexit
import os
import queue
import threading
import time
from collections import deque
from concurrent.futures import Future
from functools import wraps

NAME = "torch-compute"
_short: queue.SimpleQueue = queue.SimpleQueue()
_long: queue.SimpleQueue = queue.SimpleQueue()
_background: deque = deque()  # (queued at, job); deque's append and popleft are thread-safe
BACKGROUND_MAX_WAIT = 2.0  # seconds
# COMPUTE_BACKGROUND_LAST=0: background jobs queue with the long ones, first come first served (chat_load's
# `before`).
BACKGROUND_LAST = os.environ.get("COMPUTE_BACKGROUND_LAST", "1") != "0"
_work = threading.Semaphore(0)  # one release per queued job
_started = threading.Lock()
_thread: threading.Thread | None = None
_stopping = threading.Event()
STOP_WAIT = 60.0  # seconds at exit for the running job (a generation's last steps) to return
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


def _background_due() -> bool:
    return bool(_background) and time.monotonic() - _background[0][0] >= BACKGROUND_MAX_WAIT


def _next_job(short_last: bool):
    """(job, whether it is short); (None, False) when the permit's job already ran inside a long one."""
    if _background_due():
        return _background.popleft()[1], False
    # Short first, but never two in a row while a long job waits: a stream of short jobs must not
    # starve a generation (concurrent embedding calls coalesce, so one short job serves all waiting).
    for source in (_long, _short) if short_last else (_short, _long):
        if source is _short and not INTERLEAVE:
            continue
        try:
            return source.get_nowait(), source is _short
        except queue.Empty:
            pass
    return (_background.popleft()[1], False) if _background else (None, False)


def _loop() -> None:
    short_last = False
    while not _stopping.is_set():
        _work.acquire()
        if _stopping.is_set():
            return
        job, short_last = _next_job(short_last)
        if job is not None:
            _run(job)


def _ensure_thread() -> None:
    global _thread
    with _started:
        if _thread is None:
            _thread = threading.Thread(target=_loop, name=NAME, daemon=True)
            _thread.start()
            atexit.register(stop)


def stop() -> None:
    """Run no further job: wait for the one under way, then let the thread end (called at exit)."""
    _stopping.set()
    _work.release()  # wakes an idle thread
    if _thread is not None and _thread is not threading.current_thread():
        _thread.join(STOP_WAIT)


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


def on_compute_thread(fn, /, *args, short: bool = False, background: bool = False, **kwargs):
    """fn(*args, **kwargs) on the compute thread (directly when already there), its result or its error.
    short: a job of milliseconds that may run ahead of, or inside, a long one; background: after every
    waiting short and long job, unless it has waited BACKGROUND_MAX_WAIT."""
    if threading.current_thread().name.startswith(NAME):
        return fn(*args, **kwargs)
    if _stopping.is_set():
        raise RuntimeError("the process is exiting: no more torch work")
    _ensure_thread()
    future: Future = Future()
    job = (fn, args, kwargs, future)
    if background and INTERLEAVE and BACKGROUND_LAST:
        _background.append((time.monotonic(), job))
    else:
        (_short if short and INTERLEAVE else _long).put(job)
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
