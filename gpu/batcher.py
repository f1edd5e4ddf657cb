"""Micro-batching: requests from concurrent tasks wait a few ms so one generate call serves them all,
whatever persona each asks for (mixed-adapter batch)."""
from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future

from .engine import PersonaEngine, Request


class Batcher:
    def __init__(self, engine: PersonaEngine, *, max_batch: int = 8, wait_ms: float = 8.0, on_batch=None):
        self.engine, self.max_batch, self.wait = engine, max_batch, wait_ms / 1000
        self.on_batch = on_batch  # called after each batch (residency bookkeeping)
        self.queue: queue.Queue[tuple[Request, Future]] = queue.Queue()
        self.batch_sizes: list[int] = []
        threading.Thread(target=self.loop, name="persona-batcher", daemon=True).start()

    def submit(self, request: Request) -> Future:
        future: Future = Future()
        self.queue.put((request, future))
        return future

    def next_batch(self) -> list[tuple[Request, Future]]:
        batch = [self.queue.get()]
        deadline = time.monotonic() + self.wait
        while len(batch) < self.max_batch:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                batch.append(self.queue.get(timeout=remaining))
            except queue.Empty:
                break
        return batch

    def loop(self) -> None:
        while True:
            batch = self.next_batch()
            try:
                outputs = self.engine.generate([request for request, _ in batch])
            except Exception as exc:  # one bad batch fails its own requests, not the loop
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self.batch_sizes.append(len(batch))
            for (_, future), text in zip(batch, outputs, strict=True):
                future.set_result(text)
            if self.on_batch:
                self.on_batch()
