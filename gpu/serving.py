"""The gpu worker's one engine: base model + slots + batcher, made on first use, and its bookkeeping
(residency rows and a heartbeat with live memory) written after batches, at most once a second."""
from __future__ import annotations

import logging
import socket
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout

from django.conf import settings
from django.db import close_old_connections, connection, transaction

from . import deadline
from .base_model import load_base_model
from .batcher import Batcher
from .engine import AdapterRef, EngineConfig, PersonaEngine, Request
from .memory import gpu_memory, process_rss, slot_budget_bytes
from .models import AdapterResidency, WorkerStatus

log = logging.getLogger(__name__)
_lock = threading.Lock()
_serving: "Serving | None" = None
HEARTBEAT_SECONDS = 30


class Serving:
    def __init__(self):
        loaded = load_base_model()
        budget = slot_budget_bytes(settings.LORA_SLOT_BUDGET_BYTES, settings.LORA_GPU_MEMORY_FRACTION, loaded.device)
        self.loaded = loaded
        self.engine = PersonaEngine(loaded.model, loaded.tokenizer, EngineConfig(
            target_modules=settings.LORA_TARGET_MODULES, max_rank=settings.LORA_MAX_RANK,
            slot_budget_bytes=budget, cpu_cache_bytes=settings.LORA_CPU_CACHE_BYTES))
        self.batcher = Batcher(self.engine, max_batch=settings.LORA_MAX_BATCH,
                               max_wait_ms=settings.LORA_BATCH_MAX_WAIT_MS, adaptive=settings.LORA_BATCH_ADAPTIVE,
                               on_batch=self.record_soon)
        self.hostname = socket.gethostname()
        self.last_record = 0.0
        self.pending: threading.Timer | None = None
        log.info("persona engine ready: %d slots x %d B (budget %d B) on %s", self.engine.slots_total,
                 self.engine.slot_nbytes, budget, loaded.device)
        self.record()
        threading.Thread(target=self.heartbeat, name="residency-heartbeat", daemon=True).start()

    def heartbeat(self, every: float = HEARTBEAT_SECONDS) -> None:
        """Live memory in the admin even while no request comes in."""
        while True:
            time.sleep(every)
            self.record()

    def record_soon(self) -> None:
        """At most one write a second; a burst of batches gets a trailing write so the last state lands."""
        waited = time.monotonic() - self.last_record
        if waited >= 1.0:
            self.record()
        elif self.pending is None:
            self.pending = threading.Timer(1.0 - waited, self.record)
            self.pending.daemon = True
            self.pending.start()

    def record(self) -> None:
        self.pending = None
        try:
            self.write_records()
        except Exception:  # bookkeeping must never break serving (e.g. the database restarting)
            log.exception("could not record adapter residency")
        finally:
            # Most calls run on a short-lived timer thread: its connection would otherwise stay open until
            # garbage collection, and a busy worker ran PostgreSQL out of connections that way.
            connection.close()

    def write_records(self) -> None:
        """Write the worker heartbeat and each adapter's tier, slot, bytes, hits, misses and load times."""
        from personas.models import Persona

        self.last_record = time.monotonic()
        close_old_connections()
        memory = gpu_memory() if self.loaded.device.startswith("cuda") else None
        with transaction.atomic():
            worker, _ = WorkerStatus.objects.update_or_create(hostname=self.hostname, defaults={
                "device": self.loaded.device, "base_model": self.loaded.name,
                "gpu_memory_total": memory and memory["total"], "gpu_memory_used": memory and memory["used"],
                "cpu_rss": process_rss(), "slot_count": self.engine.slots_total,
                "slot_bytes": self.engine.slot_bytes_allocated, "cpu_cache_bytes": self.engine.cpu_bytes})
            personas = dict(Persona.objects.values_list("slug", "id"))
            for row in self.engine.snapshot():
                if row["slug"] not in personas:
                    continue
                AdapterResidency.objects.update_or_create(
                    worker=worker, persona_id=personas[row["slug"]], version=row["version"],
                    defaults={key: row[key] for key in ("tier", "slot", "nbytes", "hits", "misses", "cold_loads",
                                                        "warm_swaps", "last_load_ms", "last_swap_ms")})


def get_serving() -> Serving:
    global _serving
    with _lock:
        if _serving is None:
            _serving = Serving()
        return _serving


def generate_reply(ref: AdapterRef | None, messages: list[dict], max_new_tokens: int, timeout: float = 120) -> str:
    """Generate through the batcher, waiting no longer than this thread's job deadline allows."""
    wait = deadline.remaining(timeout)
    future = get_serving().batcher.submit(Request(ref, messages, max_new_tokens, time.monotonic() + wait))
    try:
        return future.result(timeout=wait)
    except FutureTimeout:
        future.cancel()  # still queued: it leaves the queue without a forward pass
        raise deadline.DeadlineExceeded("the job ran past its time limit") from None


def persona_reply(*, persona, messages: list[dict], max_new_tokens: int = 96, timeout: float = 120,
                  system_prompt: str | None = None) -> str:
    """Generate with the persona's current adapter version."""
    get_serving().engine.pin(persona.slug, persona.pinned)
    ref = AdapterRef(persona.slug, persona.version, persona.adapter_path) if persona.adapter_path else None
    system = [{"role": "system", "content": system_prompt or persona.system_prompt}]
    return generate_reply(ref, system + messages, max_new_tokens, timeout)
