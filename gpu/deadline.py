"""Job deadlines that hold under Celery's thread pool, which does not enforce soft_time_limit.

A task opens `deadline_for(task)`; everything the job waits on in that thread (persona generation through
the batcher) waits only until then. Past it the job raises DeadlineExceeded: its request leaves the batch
queue (a cancelled future is skipped), a running batch stops at its latest deadline, and the Celery
thread is free for the next job."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

_local = threading.local()


class DeadlineExceeded(TimeoutError):
    pass


@contextmanager
def deadline_after(seconds: float | None):
    previous = getattr(_local, "deadline", None)
    _local.deadline = None if seconds is None else time.monotonic() + seconds
    if previous is not None and (_local.deadline is None or previous < _local.deadline):
        _local.deadline = previous  # a nested deadline never extends the outer one
    try:
        yield
    finally:
        _local.deadline = previous


def deadline_for(task):
    """The task's soft limit for this call (apply_async(soft_time_limit=...)) or its declared one."""
    limits = getattr(task.request, "timelimit", None) or (None, None)
    return deadline_after(limits[1] or task.soft_time_limit)


def current() -> float | None:
    """The monotonic time this thread's job must finish by, if any."""
    return getattr(_local, "deadline", None)


def remaining(cap: float) -> float:
    """Seconds left, at most cap; DeadlineExceeded when none are."""
    deadline = current()
    if deadline is None:
        return cap
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded("the job ran past its time limit")
    return min(cap, left)
