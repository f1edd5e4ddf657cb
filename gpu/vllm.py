"""The `vllm` inference backend: persona versions served as LoRA adapters named slug@vN by an OpenAI-compatible
vLLM server (VLLM_URL) that batches mixed personas itself (continuous batching, multi-LoRA kernels).

What stays ours is the residency policy: which adapters stay registered on the server. An adapter is loaded
(/v1/load_lora_adapter) when first needed; a persona's superseded versions are unloaded when its new one
arrives; past VLLM_MAX_ADAPTERS the least recently used one goes. Use times and counters live in Redis, so
several gpu workers sharing one server share one policy."""

from __future__ import annotations

import logging
import re
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpx
from django.conf import settings

from core.redis_client import client as redis_client

from . import deadline
from .engine import AdapterRef
from .recording import NoRecorder, recorder_for

log = logging.getLogger(__name__)
STATS = "crave:vllm:adapter:"  # + adapter name -> hash: used, hits, misses, cold_loads, last_load_ms
LIST_FRESH_SECONDS = 5.0  # /v1/models is re-read at most this often (and after any surprise)
RUNNING = re.compile(r"^vllm:lora_requests_info\{(?P<labels>[^}]*)\}", re.M)


def adapter_name(ref: AdapterRef) -> str:
    return f"{ref.slug}@v{ref.version}"


class VllmError(RuntimeError):
    pass


class VllmServing:
    name = "vllm"

    def __init__(self, *, record: bool = True):
        headers = {"Authorization": f"Bearer {settings.VLLM_API_KEY}"} if settings.VLLM_API_KEY else {}
        self.http = httpx.Client(
            base_url=settings.VLLM_URL.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(30, connect=3),
            limits=httpx.Limits(max_connections=128, max_keepalive_connections=64),
        )
        self.hostname = f"vllm@{urlsplit(settings.VLLM_URL).netloc}"
        self.lock = threading.Lock()  # one load or unload at a time from this process
        self.listed: dict[str, str] = {}  # adapter name -> path, as the server last said
        self.listed_at = 0.0
        self.base = self.models()["base"]
        self.pinned: set[str] = set()
        self._tokenizer: Any = None
        self.slots_total = 1  # vLLM's --max-loras plus the bare base, as the builtin counts; from its metrics
        log.info("vllm backend at %s serving %s", settings.VLLM_URL, self.base)
        # Tools and tests may skip the admin's rows.
        self.recorder = recorder_for(self) if record else NoRecorder(self)

    @property
    def tokenizer(self):
        """The base model's tokenizer, only to count prompt tokens here (the server tokenizes for itself)."""
        if self._tokenizer is None:
            from transformers import AutoTokenizer

            from .base_model import model_path

            self._tokenizer = AutoTokenizer.from_pretrained(model_path(settings.BASE_MODEL))
        return self._tokenizer

    # --- the server's state -----------------------------------------------------------------------
    def call(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            return self.http.request(method, path, **kwargs)
        except httpx.TimeoutException:
            raise  # the caller's deadline passed: reply() turns it into DeadlineExceeded
        except httpx.HTTPError as exc:
            raise VllmError(f"vLLM server at {settings.VLLM_URL} unreachable: {exc}") from exc

    def models(self, timeout: float = 5) -> dict:
        """The served base model's name and the adapters registered now (name -> path)."""
        response = self.call("GET", "/v1/models", timeout=timeout)
        response.raise_for_status()
        rows = response.json()["data"]
        self.listed = {row["id"]: row.get("root", "") for row in rows if row.get("parent")}
        self.listed_at = time.monotonic()
        return {"base": next(row["id"] for row in rows if not row.get("parent")), "adapters": dict(self.listed)}

    def registered(self) -> dict[str, str]:
        if time.monotonic() - self.listed_at > LIST_FRESH_SECONDS:
            self.models()
        return self.listed

    def running(self, timeout: float = 2) -> set[str]:
        """Adapters in a running batch now, from vLLM's lora_requests_info gauge (its newest sample), which
        also says its --max-loras (the gauge appears after the first LoRA request)."""
        try:
            text = self.call("GET", "/metrics", timeout=timeout).text
        except (VllmError, httpx.TimeoutException):
            return set()
        samples = RUNNING.findall(text)
        if not samples:
            return set()
        labels = dict(re.findall(r'(\w+)="([^"]*)"', samples[-1]))
        if labels.get("max_lora", "").isdigit():
            self.slots_total = int(labels["max_lora"]) + 1
        return {name for name in labels.get("running_lora_adapters", "").split(",") if name}

    # --- residency ---------------------------------------------------------------------------------
    def pin(self, slug: str, pinned: bool = True) -> None:
        (self.pinned.add if pinned else self.pinned.discard)(slug)

    def count(self, name: str, *, last_load_ms: float | None = None, **increments) -> None:
        try:
            pipe = redis_client().pipeline()
            pipe.hset(STATS + name, "used", time.time())
            if last_load_ms is not None:
                pipe.hset(STATS + name, "last_load_ms", last_load_ms)
            for field, amount in increments.items():
                pipe.hincrbyfloat(STATS + name, field, amount)
            pipe.execute()
        except Exception as exc:  # bookkeeping must never break serving; one line (residency.py says why)
            log.warning("could not count use of %s: %s: %s", name, type(exc).__name__, exc)

    def last_used(self, names) -> dict[str, float]:
        try:
            pipe = redis_client().pipeline()
            for name in names:
                pipe.hget(STATS + name, "used")
            return {name: float(value or 0) for name, value in zip(names, pipe.execute(), strict=True)}
        except Exception:
            return dict.fromkeys(names, 0.0)

    def victims(self, wanted: AdapterRef, registered: dict[str, str]) -> list[str]:
        """Superseded versions of the wanted persona, then least recently used adapters past the cap."""
        others = [name for name in registered if name != adapter_name(wanted)]
        stale = [name for name in others if name.split("@")[0] == wanted.slug]
        rest = [name for name in others if name not in stale]
        used = self.last_used(rest)
        rest.sort(key=lambda name: (name.split("@")[0] in self.pinned, used[name]))
        over = len(rest) + 1 - settings.VLLM_MAX_ADAPTERS
        return stale + rest[: max(0, over)]

    def ensure(self, ref: AdapterRef, *, fresh: bool = False) -> tuple[str, bool]:
        """The adapter's name on the server, and whether it had to be loaded there first (a miss)."""
        name = adapter_name(ref)
        if fresh:
            self.listed_at = 0.0
        if self.registered().get(name) == ref.path:
            return name, False
        with self.lock:
            registered = self.models()["adapters"]
            if registered.get(name) == ref.path:
                return name, False
            if name in registered:  # the same name from other files (a database restored elsewhere): reload
                self.unload(name)
                del registered[name]
            for victim in self.victims(ref, registered):
                self.unload(victim)
            started = time.perf_counter()
            response = self.call("POST", "/v1/load_lora_adapter", json={"lora_name": name, "lora_path": ref.path})
            if response.status_code >= 400 and "already been loaded" not in response.text:
                raise VllmError(f"vLLM could not load {name} from {ref.path}: {response.text[:300]}")
            load_ms = (time.perf_counter() - started) * 1000
            self.count(name, misses=1, cold_loads=1, last_load_ms=round(load_ms, 2))
            self.listed[name] = ref.path
            self.record_soon()
            log.info("vllm: loaded %s in %.0f ms", name, load_ms)
            return name, True

    def unload(self, name: str) -> None:
        response = self.call("POST", "/v1/unload_lora_adapter", json={"lora_name": name})
        if response.status_code >= 400 and response.status_code != 404:  # 404: another worker unloaded it
            log.warning("vllm: could not unload %s: %s", name, response.text[:200])
        self.listed.pop(name, None)

    def record_soon(self) -> None:
        self.recorder.record_soon()

    def prefetch(self, ref: AdapterRef) -> str:
        self.ensure(ref)
        return "cpu"  # registered with the server: the next request needs no load

    # --- serving ----------------------------------------------------------------------------------
    def reply(
        self, ref: AdapterRef | None, messages: list[dict], max_new_tokens: int, wait: float, stop: tuple[str, ...] = ()
    ) -> str:
        """One greedy chat completion; leaving at the deadline closes the connection, which aborts it there.
        A trailing assistant message is continued (vLLM's continue_final_message), as the builtin engine does."""
        for attempt in (1, 2):
            model, loaded = self.ensure(ref, fresh=attempt == 2) if ref else (self.base, False)
            body = {"model": model, "messages": messages, "max_tokens": max_new_tokens, "temperature": 0}
            if messages and messages[-1]["role"] == "assistant":
                body |= {"continue_final_message": True, "add_generation_prompt": False}
            if stop:
                body |= {"stop": list(stop), "include_stop_str_in_output": True}
            try:
                response = self.call("POST", "/v1/chat/completions", json=body, timeout=max(wait, 0.001))
            except httpx.TimeoutException:
                raise deadline.DeadlineExceeded("the job ran past its time limit") from None
            if response.status_code == 404 and ref and attempt == 1:
                continue  # unloaded by another worker between our check and the request: load it again
            if response.status_code >= 400:
                raise VllmError(f"vLLM answered {response.status_code}: {response.text[:300]}")
            if ref and not loaded:
                self.count(model, hits=1)
            self.record_soon()
            return response.json()["choices"][0]["message"]["content"].strip()
        raise AssertionError("unreachable")

    # --- what the admin and the fleet see ----------------------------------------------------------
    def snapshot(self, wait: float = -1) -> list[dict] | None:
        """What the server holds; None when it does not answer within `wait` seconds (the fleet heartbeat
        then sends its last holdings: a slow server must not make this worker look dead)."""
        timeout = wait if wait > 0 else 5
        try:
            registered = self.models(timeout=timeout)["adapters"]
        except (VllmError, httpx.HTTPError, KeyError):
            return None
        running = self.running(timeout=timeout)
        rows = []
        stats = self.stats(list(registered))
        for name in registered:
            slug, _, version = name.rpartition("@v")
            rows.append(
                {
                    "slug": slug,
                    "version": int(version) if version.isdigit() else 0,
                    "tier": "slot" if name in running else "cpu",
                    "slot": None,
                    **stats[name],
                }
            )
        return rows

    def stats(self, names: list[str]) -> dict[str, dict]:
        fields = ("hits", "misses", "cold_loads", "last_load_ms")
        try:
            pipe = redis_client().pipeline()
            for name in names:
                pipe.hmget(STATS + name, *fields)
            values = pipe.execute()
        except Exception:
            values = [[None] * len(fields)] * len(names)
        out = {}
        for name, row in zip(names, values, strict=True):
            numbers = [float(v or 0) for v in row]
            out[name] = {
                "hits": int(numbers[0]),
                "misses": int(numbers[1]),
                "cold_loads": int(numbers[2]),
                "warm_swaps": 0,
                "last_load_ms": numbers[3],
                "last_swap_ms": 0.0,
                "nbytes": 0,
            }
        return out

    def worker_row(self) -> dict:
        return {
            "device": "vllm server",
            "base_model": self.base,
            "gpu_memory_total": None,
            "gpu_memory_used": None,
            "cpu_rss": None,
            "slot_count": self.slots_total,
            "slot_bytes": 0,
            "cpu_cache_bytes": 0,
        }
