"""All torch work of a process on one thread (gpu/compute.py)."""

import subprocess
import sys
import threading
import time

import pytest

from core.localstack import ROOT
from gpu.compute import NAME, compute_thread, on_compute_thread, serve_short


def test_work_runs_on_one_named_thread_from_any_caller_and_nests_without_deadlock():
    names = []
    caller = threading.Thread(target=lambda: names.append(on_compute_thread(lambda: threading.current_thread().name)))
    caller.start()
    caller.join()
    names.append(on_compute_thread(lambda: on_compute_thread(lambda: threading.current_thread().name)))
    assert len(set(names)) == 1 and names[0].startswith(NAME)


def test_errors_come_back_to_the_caller():
    @compute_thread
    def broken():
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        broken()


def test_the_embedding_model_runs_on_the_compute_thread():
    from gpu.embeddings import get_provider

    provider = get_provider()
    seen = []
    original = provider.model.encode

    def encode(*args, **kwargs):  # observe, don't replace: the real model still embeds
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    provider.model.encode = encode
    try:
        assert len(provider.embed(["a craving for tea"])[0]) == 384
    finally:
        provider.model.encode = original
    assert seen and seen[0].startswith(NAME)


def test_a_short_job_runs_inside_a_long_one_at_its_safe_point():
    """A generation calls serve_short() between decode steps: an answer's embedding call does not wait for
    another answer's whole generation."""
    events, started = [], threading.Event()

    def long_job():
        started.set()
        deadline = time.monotonic() + 10
        while "short" not in events and time.monotonic() < deadline:
            serve_short()
            time.sleep(0.005)
        events.append("long done")

    runner = threading.Thread(target=lambda: on_compute_thread(long_job))
    runner.start()
    assert started.wait(10)
    on_compute_thread(lambda: events.append("short"), short=True)
    runner.join()
    assert events == ["short", "long done"]


def test_concurrent_embedding_calls_share_one_encode_call():
    from gpu.embeddings import get_provider

    provider = get_provider()
    calls, original = [], provider.model.encode

    def encode(texts, **kwargs):  # observe, don't replace: the real model still embeds
        calls.append(len(texts))
        return original(texts, **kwargs)

    def hold_until_all_wait():  # a long job (a generation) with one safe point, once all 6 are waiting
        deadline = time.monotonic() + 10
        while provider.pending.qsize() < 6 and time.monotonic() < deadline:
            time.sleep(0.005)
        serve_short()

    results: dict = {}
    holder = threading.Thread(target=lambda: on_compute_thread(hold_until_all_wait))
    provider.model.encode = encode
    try:
        holder.start()
        time.sleep(0.05)
        callers = [
            threading.Thread(target=lambda i=i: results.update({i: provider.embed([f"craving {i}", f"urge {i}"])}))
            for i in range(6)
        ]
        for caller in callers:
            caller.start()
        for caller in [holder, *callers]:
            caller.join()
    finally:
        provider.model.encode = original
    assert calls == [12]  # one encode call for all six callers' twelve texts
    assert all(len(results[i]) == 2 and len(results[i][0]) == 384 for i in range(6))
    alone = provider.embed(["craving 0", "urge 5"])  # each caller got its own texts' vectors, in order
    assert max(abs(a - b) for a, b in zip(results[0][0], alone[0], strict=True)) < 1e-4
    assert max(abs(a - b) for a, b in zip(results[5][1], alone[1], strict=True)) < 1e-4


@pytest.mark.parametrize("max_wait, expected", [(60.0, ["generation", "log"]), (0.0, ["log", "generation"])])
def test_log_embedding_waits_for_a_generation_queued_after_it_until_it_is_due(monkeypatch, max_wait, expected):
    """Background work (embedding saved logs) goes after a chat's generation, even one queued later, unless it
    has waited BACKGROUND_MAX_WAIT (0 here: due at once)."""
    from gpu import compute

    monkeypatch.setattr(compute, "BACKGROUND_MAX_WAIT", max_wait)
    order, busy, release = [], threading.Event(), threading.Event()

    def occupy():  # the thread is busy while the other two queue
        busy.set()
        release.wait(10)

    threads = [threading.Thread(target=lambda: on_compute_thread(occupy))]
    threads[0].start()
    assert busy.wait(10)
    threads.append(threading.Thread(target=lambda: on_compute_thread(order.append, "log", background=True)))
    threads[1].start()
    deadline = time.monotonic() + 10
    while not compute._background and time.monotonic() < deadline:
        time.sleep(0.005)
    threads.append(threading.Thread(target=lambda: on_compute_thread(order.append, "generation")))
    threads[2].start()
    time.sleep(0.05)
    release.set()
    for thread in threads:
        thread.join(10)
    assert order == expected


def test_a_process_that_exits_while_the_compute_thread_works_exits_cleanly():
    # A daemon thread inside a torch call when the interpreter finalizes is aborted by the C++ runtime (exit
    # -6): a gpu worker's warm shutdown did this when its last answer's row ended before the decode step did.
    script = """
import threading, time, torch
from gpu.compute import on_compute_thread

def work():
    a, end = torch.randn(400, 400), time.monotonic() + 1.5
    while time.monotonic() < end:
        a @ a

threading.Thread(target=on_compute_thread, args=(work,), daemon=True).start()
time.sleep(0.5)
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
