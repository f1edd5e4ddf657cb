"""All torch work of a process on one thread (gpu/compute.py)."""

import threading

import pytest

from gpu.compute import NAME, compute_thread, on_compute_thread


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
