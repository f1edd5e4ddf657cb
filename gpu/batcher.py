"""Micro-batching: requests from concurrent tasks are served by one generate call, whatever persona each
asks for (mixed-adapter batch). Once a batch is decoding, requests that arrive join it between steps
(continuous batching, gpu/decoding.py) and each asker has its text as soon as its own row ends.

The wait for company adapts to the arrival rate: a lone request is generated after 2 ms; when requests
arrive faster than the longest wait, the batcher waits up to the time the rest of a batch is expected to
take to arrive, never longer than max_wait. A request whose asker has given up (cancelled future, passed
deadline) is dropped before it costs a forward pass."""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future

from .engine import PersonaEngine, Request

GAP_SMOOTHING = 0.2  # weight of the newest inter-arrival gap in the running estimate
# Requests sent at one moment after a quiet spell (a burst of chats) meet in one batch: without this the
# first went alone and the rest waited for its whole generation (8 at once ran at half the batched speed).
BURST_GRACE = 0.002
# Requests that arrive while a batch decodes join it together: each join stops the batch for a prefill, and a
# prefill of one row runs at about half the tokens/s of eight. They join once JOIN_ROWS wait (or fill the
# batch), or once the first of them has waited JOIN_WAIT seconds.
JOIN_ROWS = 8
JOIN_WAIT = 0.5


class Batcher:
    def __init__(
        self,
        engine: PersonaEngine,
        *,
        max_batch: int = 8,
        max_wait_ms: float = 20.0,
        adaptive: bool = True,
        on_batch=None,
        exact_tokens: bool = False,
        continuous: bool = True,
    ):
        self.engine, self.max_batch, self.max_wait, self.adaptive = engine, max_batch, max_wait_ms / 1000, adaptive
        self.exact_tokens = exact_tokens  # benchmarks: every row generates max_new_tokens (equal work)
        # False: a batch's members are fixed and every asker waits for its end (the code before continuous
        # batching, bench/chat_load.py's `previous`)
        self.continuous = continuous
        self.on_batch = on_batch  # called after each batch (residency bookkeeping)
        self.queue: queue.Queue[tuple[Request, Future]] = queue.Queue()
        self.held: list[tuple[Request, Future]] = []  # taken while a batch decoded, but did not fit it
        self.futures: dict[int, Future] = {}  # the batch under way's askers, by id(request)
        self.joined = 0  # requests that joined a batch already decoding
        self.batch_sizes: list[int] = []
        self.gap = float("inf")  # smoothed seconds between arrivals
        self.last_arrival: float | None = None
        self.arrivals = threading.Lock()
        threading.Thread(target=self.loop, name="persona-batcher", daemon=True).start()

    def submit(self, request: Request) -> Future:
        with self.arrivals:
            now = time.monotonic()
            if self.last_arrival is not None:
                gap = now - self.last_arrival
                self.gap = gap if self.gap == float("inf") else (1 - GAP_SMOOTHING) * self.gap + GAP_SMOOTHING * gap
            self.last_arrival = now
        future: Future = Future()
        self.queue.put((request, future))
        return future

    def wait_for_more(self, have: int) -> float:
        """Seconds worth waiting for the rest of a batch: 0 when arrivals are sparser than max_wait."""
        if not self.adaptive:
            return self.max_wait
        if self.gap >= self.max_wait:
            return min(BURST_GRACE, self.max_wait)
        return min(self.max_wait, self.gap * (self.max_batch - have))

    def next_batch(self) -> list[tuple[Request, Future]]:
        if self.held:  # already taken (and still wanted): they go first, with whatever else is waiting
            batch, self.held = self.held[: self.max_batch], self.held[self.max_batch :]
            return self.unexpired(batch) + self.still_wanted(self.drain(self.max_batch - len(batch)))
        return self.still_wanted(self.gathered())

    def gathered(self) -> list[tuple[Request, Future]]:
        batch = [self.queue.get()]
        deadline = time.monotonic() + self.wait_for_more(1)
        while len(batch) < self.max_batch:
            try:  # whatever has already arrived joins without waiting
                batch.append(self.queue.get_nowait())
                continue
            except queue.Empty:
                pass
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                batch.append(self.queue.get(timeout=remaining))
            except queue.Empty:
                break
        return batch

    def drain(self, room: int) -> list[tuple[Request, Future]]:
        taken: list[tuple[Request, Future]] = []
        while len(taken) < room:
            try:
                taken.append(self.queue.get_nowait())
            except queue.Empty:
                break
        return taken

    @staticmethod
    def unexpired(batch: list[tuple[Request, Future]]) -> list[tuple[Request, Future]]:
        now, kept = time.monotonic(), []
        for request, future in batch:
            if request.deadline is not None and request.deadline <= now:
                future.set_exception(TimeoutError("deadline passed before generation"))
            else:
                kept.append((request, future))
        return kept

    def admit(self, fits, room: int) -> list[Request]:
        """Called between decode steps: the waiting requests that fit the batch under way join it."""
        if room <= 0 or (not self.held and self.queue.empty()):
            return []
        waiting = self.unexpired(self.held) + self.still_wanted(self.drain(room))
        oldest = min((request.submitted for request, _ in waiting), default=time.perf_counter())
        if len(waiting) < min(JOIN_ROWS, room) and time.perf_counter() - oldest < JOIN_WAIT:
            self.held = waiting
            return []
        taken: list[Request] = []
        self.held = []
        for request, future in waiting:
            if len(taken) < room and fits(request):
                taken.append(request)
                self.futures[id(request)] = future
            else:
                self.held.append((request, future))
        self.joined += len(taken)
        return taken

    def finish(self, request: Request, text: str) -> None:
        future = self.futures.pop(id(request), None)
        if future is not None:
            future.set_result(text)

    @staticmethod
    def still_wanted(batch: list[tuple[Request, Future]]) -> list[tuple[Request, Future]]:
        # An asker that cancelled (its deadline passed while queued) is skipped; set_running marks the rest.
        return Batcher.unexpired(
            [(request, future) for request, future in batch if future.set_running_or_notify_cancel()]
        )

    def loop(self) -> None:
        while True:
            batch = self.next_batch()
            if not batch:
                continue
            self.futures = {id(request): future for request, future in batch}
            self.batch_sizes.append(len(batch))  # before any asker has its text
            try:
                texts = self.engine.generate(
                    [request for request, _ in batch],
                    exact_tokens=self.exact_tokens,
                    admit=self.admit if self.continuous else None,
                    on_end=self.finish if self.continuous else None,
                    room=self.max_batch,
                )
                for (request, _), text in zip(batch, texts, strict=True):
                    self.finish(request, text)
            except Exception as exc:  # one bad batch fails its own requests, not the loop
                for future in self.futures.values():
                    future.set_exception(exc)
            self.futures = {}
            if self.on_batch:
                self.on_batch()
