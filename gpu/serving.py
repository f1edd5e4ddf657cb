"""The gpu worker's one inference backend, made on first use: `builtin` (base model + slots + batcher in this
process) or `vllm` (a vLLM server, gpu/vllm.py). The answering pipeline calls persona_reply and
generate_reply and does not know which one serves it."""

from __future__ import annotations

import logging
import socket
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING

from django.conf import settings

from . import deadline, precision
from .base_model import load_base_model, model_path
from .batcher import Batcher
from .engine import AdapterRef, EngineConfig, PersonaEngine, Request
from .memory import gpu_memory, process_rss, slot_budget_bytes
from .recording import recorder_for

if TYPE_CHECKING:  # get_serving imports the vllm backend only when it is chosen
    from .vllm import VllmServing

log = logging.getLogger(__name__)
REPLY_TOKENS = 96  # a persona reply's length when the caller names none (a sentence or three)
_lock = threading.Lock()
_last = threading.local()  # this thread's last reply's timings (ms), for the answer's stage breakdown
_serving: Serving | VllmServing | None = None


class Serving:
    """The builtin backend."""

    name = "builtin"

    def __init__(self):
        loaded = load_base_model()
        budget = slot_budget_bytes(settings.LORA_SLOT_BUDGET_BYTES, settings.LORA_GPU_MEMORY_FRACTION, loaded.device)
        self.loaded = loaded
        config = EngineConfig(
            target_modules=settings.LORA_TARGET_MODULES,
            max_rank=settings.LORA_MAX_RANK,
            slot_budget_bytes=budget,
            cpu_cache_bytes=settings.LORA_CPU_CACHE_BYTES,
        )
        # On a CPU in fp32 the precision is measured (or forced) before serving; elsewhere it is the dtype loaded.
        self.precision_choice: precision.Choice | None = None
        self.precision = str(loaded.dtype).removeprefix("torch.")
        if loaded.device == "cpu" and self.precision == precision.Precision.FLOAT32:
            self.precision_choice = precision.choose(loaded.model, loaded.tokenizer, config, model_path(loaded.name))
            self.precision = self.precision_choice.precision.value
        self.engine = PersonaEngine(
            loaded.model, loaded.tokenizer, config, use_prefix_cache=settings.ENGINE_PREFIX_CACHE
        )
        if self.precision_choice is not None:
            precision.convert(self.engine, self.precision_choice.precision)
        self.hostname = socket.gethostname()
        log.info(
            "persona engine ready: %d slots x %d B (budget %d B) on %s in %s",
            self.engine.slots_total,
            self.engine.slot_nbytes,
            budget,
            loaded.device,
            self.precision,
        )
        self.recorder = recorder_for(self)
        self.batcher = Batcher(
            self.engine,
            max_batch=settings.LORA_MAX_BATCH,
            max_wait_ms=settings.LORA_BATCH_MAX_WAIT_MS,
            adaptive=settings.LORA_BATCH_ADAPTIVE,
            on_batch=self.recorder.record_soon,
            continuous=settings.ENGINE_CONTINUOUS_BATCHING,
        )

    @property
    def tokenizer(self):
        return self.loaded.tokenizer

    @property
    def slots_total(self) -> int:
        return self.engine.slots_total

    def pin(self, slug: str, pinned: bool = True) -> None:
        self.engine.pin(slug, pinned)

    def prefetch(self, ref: AdapterRef) -> str:
        return self.engine.prefetch(ref)

    def snapshot(self, wait: float = -1) -> list[dict] | None:
        return self.engine.snapshot(wait)

    def worker_row(self) -> dict:
        memory = gpu_memory() if self.loaded.device.startswith("cuda") else None
        return {
            "device": self.loaded.device,
            "base_model": self.loaded.name,
            "gpu_memory_total": memory and memory["total"],
            "gpu_memory_used": memory and memory["used"],
            "cpu_rss": process_rss(),
            "slot_count": self.engine.slots_total,
            "slot_bytes": self.engine.slot_bytes_allocated,
            "cpu_cache_bytes": self.engine.cpu_bytes,
        }

    def reply(
        self, ref: AdapterRef | None, messages: list[dict], max_new_tokens: int, wait: float, stop: tuple[str, ...] = ()
    ) -> str:
        """Generate through the batcher, waiting no longer than `wait` seconds."""
        request = Request(ref, messages, max_new_tokens, time.monotonic() + wait, stop)
        future = self.batcher.submit(request)
        try:
            text = future.result(timeout=wait)
            _last.timings = request.timings
            return text
        except FutureTimeout:
            future.cancel()  # still queued: it leaves the queue without a forward pass
            raise deadline.DeadlineExceeded("the job ran past its time limit") from None


def last_timings() -> dict:
    """Where this thread's last reply's time went (ms: queue, prefill, decode); empty for a backend that does
    not say (vLLM's server reports none per request)."""
    return dict(getattr(_last, "timings", {}))


def get_serving():
    global _serving
    with _lock:
        if _serving is None:
            if settings.INFERENCE_BACKEND == "vllm":
                from .vllm import VllmServing

                _serving = VllmServing()
            elif settings.INFERENCE_BACKEND == "builtin":
                _serving = Serving()
            else:
                raise ValueError(f"INFERENCE_BACKEND must be builtin or vllm, not {settings.INFERENCE_BACKEND!r}")
        return _serving


def generate_reply(
    ref: AdapterRef | None, messages: list[dict], max_new_tokens: int, timeout: float = 120, stop: tuple[str, ...] = ()
) -> str:
    """One reply from the backend, waiting no longer than this thread's job deadline allows. A trailing
    assistant message is continued; `stop` ends the reply at the first of those strings."""
    _last.timings = {}
    started = time.perf_counter()
    text = get_serving().reply(ref, messages, max_new_tokens, deadline.remaining(timeout), stop)
    _last.timings = {**getattr(_last, "timings", {}), "generate": round((time.perf_counter() - started) * 1000, 1)}
    return text


def persona_reply(
    *,
    persona,
    messages: list[dict],
    max_new_tokens: int = REPLY_TOKENS,
    timeout: float = 120,
    system_prompt: str | None = None,
    stop: tuple[str, ...] = (),
) -> str:
    """Generate with the persona's current adapter version."""
    get_serving().pin(persona.slug, persona.pinned)
    ref = AdapterRef(persona.slug, persona.version, persona.adapter_path) if persona.adapter_path else None
    system = [{"role": "system", "content": system_prompt or persona.system_prompt}]
    return generate_reply(ref, system + messages, max_new_tokens, timeout, stop)
