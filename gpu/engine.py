"""The persona engine: one base model, a fixed set of LoRA slots under a byte budget, and three tiers:
slot on the device (tier 1), CPU tensors (tier 2), safetensors on disk (tier 3).

Activation copies CPU tensors into a free or evicted slot (a warm swap, ~ms); a miss in tier 2 reads
the adapter from disk first (a cold load). Eviction: least recently used among unpinned slots not
needed by the batch being served, with recent demand counting as extra recency.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Collection
from dataclasses import dataclass

import torch

from .adapters import CpuAdapter, read_adapter
from .compute import compute_thread
from .generation import Admit, run_group
from .lora_slots import install_slots, slot_bytes, slots_for_batch, write_slot
from .packed import pack_linears
from .prefill import CHUNK_ROWS
from .prefix_cache import PrefixCache, prompt_text
from .request import AdapterRef, Request

DEMAND_SECONDS_PER_HIT = 2.0  # each recent hit keeps an adapter as if used this much later


@dataclass
class AdapterStats:
    tier: str = "disk"
    slot: int | None = None
    nbytes: int = 0
    hits: int = 0
    misses: int = 0
    cold_loads: int = 0
    warm_swaps: int = 0
    last_load_ms: float = 0.0
    last_swap_ms: float = 0.0
    last_used: float = 0.0
    recent_hits: float = 0.0


@dataclass
class EngineConfig:
    target_modules: list[str]
    max_rank: int
    slot_budget_bytes: int
    cpu_cache_bytes: int


class BudgetTooSmall(ValueError):
    pass


class PersonaEngine:
    @compute_thread
    def __init__(self, model, tokenizer, config: EngineConfig, *, use_prefix_cache: bool = True):
        self.model, self.tokenizer, self.config = model, tokenizer, config
        per_slot = self.bytes_per_slot(model, config)
        total_slots = config.slot_budget_bytes // per_slot
        if total_slots < 2:
            raise BudgetTooSmall(f"budget {config.slot_budget_bytes} B holds fewer than 2 slots of {per_slot} B")
        self.layers = install_slots(
            model, target_modules=config.target_modules, slots=int(total_slots), max_rank=config.max_rank
        )
        self.slot_nbytes = slot_bytes(self.layers)
        self.slots_total = int(total_slots)  # slot 0 is the bare base model
        self.resident: OrderedDict[AdapterRef, int] = OrderedDict()
        self.cpu: OrderedDict[AdapterRef, CpuAdapter] = OrderedDict()
        self.stats: dict[AdapterRef, AdapterStats] = {}
        self.pinned: set[str] = set()
        self.lock = threading.RLock()
        self.device = next(model.parameters()).device
        if self.device.type == "cpu":
            pack_linears(model)  # MKL repacks every weight per call (gpu/packed.py); a precision conversion undoes it
        self.stop_cache: dict[tuple[str, ...], torch.Tensor] = {}
        eos = model.generation_config.eos_token_id
        eos = tokenizer.eos_token_id if eos is None else eos
        self.eos_ids = torch.tensor(eos if isinstance(eos, list) else [eos], device=self.device)
        self.prefix = PrefixCache(model)
        self.use_prefix_cache = use_prefix_cache
        self.prefill_rows = CHUNK_ROWS if use_prefix_cache else 1 << 20  # off: one padded batch, as before

    @staticmethod
    def bytes_per_slot(model, config: EngineConfig) -> int:
        from torch import nn

        total = 0
        for name, module in model.named_modules():
            if name.rsplit(".", 1)[-1] in config.target_modules and isinstance(module, nn.Linear):
                size = module.weight.element_size() if module.weight.dtype.is_floating_point else 2
                total += (config.max_rank * (module.in_features + module.out_features) + 1) * size
        if not total:
            raise ValueError(f"no Linear named {config.target_modules} in the model")
        return total

    # --- residency -----------------------------------------------------------------------------
    @property
    def slot_bytes_allocated(self) -> int:
        return self.slots_total * self.slot_nbytes

    @property
    def cpu_bytes(self) -> int:
        return sum(a.nbytes for a in self.cpu.values())

    def pin(self, slug: str, pinned: bool = True) -> None:
        with self.lock:
            (self.pinned.add if pinned else self.pinned.discard)(slug)

    def cpu_adapter(self, ref: AdapterRef, stats: AdapterStats) -> CpuAdapter:
        adapter = self.cpu.get(ref)
        if adapter is not None:
            self.cpu.move_to_end(ref)
            return adapter
        started = time.perf_counter()
        adapter = read_adapter(ref.path, pin=self.device.type == "cuda")
        if adapter.rank > self.config.max_rank:
            raise ValueError(f"{ref.slug} v{ref.version} has rank {adapter.rank} > slot rank {self.config.max_rank}")
        stats.cold_loads += 1
        stats.last_load_ms = (time.perf_counter() - started) * 1000
        stats.nbytes = adapter.nbytes
        self.cpu[ref] = adapter
        while self.cpu_bytes > self.config.cpu_cache_bytes and len(self.cpu) > 1:
            evicted, _ = self.cpu.popitem(last=False)
            if evicted not in self.resident:
                self.stats[evicted].tier = "disk"
        return adapter

    @compute_thread
    def prefetch(self, ref: AdapterRef) -> str:
        """Bring an adapter into the CPU tier ahead of its first request; returns the tier it is in."""
        with self.lock:
            stats = self.stats.setdefault(ref, AdapterStats())
            if ref not in self.resident:
                self.cpu_adapter(ref, stats)
                stats.tier = "cpu"
            return stats.tier

    def victim(self, keep: set[AdapterRef]) -> AdapterRef:
        now = time.monotonic()

        def score(ref: AdapterRef) -> float:
            s = self.stats[ref]
            decay = math.exp(-(now - s.last_used) / 300)  # demand fades over minutes
            return s.last_used + DEMAND_SECONDS_PER_HIT * s.recent_hits * decay

        candidates = [r for r in self.resident if r not in keep and r.slug not in self.pinned]
        if not candidates:
            candidates = [r for r in self.resident if r not in keep]  # pins yield before a request fails
        if not candidates:
            raise BudgetTooSmall("more distinct adapters in one batch than slots")
        return min(candidates, key=score)

    def activate(self, ref: AdapterRef | None, keep: Collection[AdapterRef] = frozenset()) -> int:
        """The slot holding `ref`, copying it in (and evicting) if it is not resident."""
        if ref is None:
            return 0
        with self.lock:
            stats = self.stats.setdefault(ref, AdapterStats())
            stats.last_used = time.monotonic()
            stats.recent_hits = stats.recent_hits * 0.9 + 1
            if ref in self.resident:
                self.resident.move_to_end(ref)
                stats.hits += 1
                return self.resident[ref]
            stats.misses += 1
            adapter = self.cpu_adapter(ref, stats)
            used = set(self.resident.values())
            free = [s for s in range(1, self.slots_total) if s not in used]
            if free:
                slot = free[0]
            else:
                evicted = self.victim(set(keep) | {ref})
                slot = self.resident.pop(evicted)
                old = self.stats[evicted]
                old.tier, old.slot = ("cpu" if evicted in self.cpu else "disk"), None
            started = time.perf_counter()
            write_slot(self.layers, slot, adapter.weights, adapter.scaling)
            if self.device.type == "cuda":
                torch.cuda.synchronize(self.device)
            stats.last_swap_ms = (time.perf_counter() - started) * 1000
            stats.warm_swaps += 1
            stats.tier, stats.slot = "slot", slot
            self.resident[ref] = slot
            return slot

    # --- serving ------------------------------------------------------------------------------
    def split(self, requests: list[Request]) -> list[list[Request]]:
        """Sub-batches whose distinct adapters fit the usable slots."""
        groups: list[list[Request]] = []
        current: list[Request] = []
        refs: set[AdapterRef] = set()
        for request in requests:
            new = {request.adapter} - refs if request.adapter is not None else set()
            if current and len(refs | new) > self.slots_total - 1:
                groups.append(current)
                current, refs = [], set()
            current.append(request)
            refs |= new
        if current:
            groups.append(current)
        return groups

    @compute_thread
    @torch.inference_mode()
    def generate(
        self,
        requests: list[Request],
        *,
        exact_tokens: bool = False,
        admit: Admit | None = None,
        on_end: Callable[[Request, str], None] | None = None,
        room: int = 32,
    ) -> list[str]:
        """The texts of `requests`. exact_tokens: generate max_new_tokens even past end-of-text (benchmarks
        compare equal work). admit: the batcher's queue, read between decode steps (requests that join get
        their text through on_end only); on_end(request, text) as soon as each row ends; room: the most rows
        decoded at once."""
        texts: dict[int, str] = {}

        def ended(request: Request, text: str) -> None:
            texts[id(request)] = text
            if on_end is not None:
                on_end(request, text)

        for group in self.split(requests):
            run_group(self, group, exact=exact_tokens, on_end=ended, admit=admit, room=max(room, len(group)))
        return [texts[id(r)] for r in requests]

    def stop_ids(self, stop: tuple[str, ...]) -> torch.Tensor:
        """The vocabulary's tokens whose text ends with one of `stop`, found once per stop set. transformers'
        own stop_strings rebuilt its tables on every generate call: seconds per answer on 2 cores."""
        if stop not in self.stop_cache:
            texts = self.tokenizer.batch_decode([[i] for i in range(len(self.tokenizer))])
            ids = [i for i, text in enumerate(texts) if text.rstrip().endswith(stop)]
            self.stop_cache[stop] = torch.tensor(ids, dtype=torch.long, device=self.device)
        return self.stop_cache[stop]

    def prepare(self, requests: list[Request]):
        """Slots for every row (activating as needed) and the left-padded prompts. Call under self.lock."""
        keep = {r.adapter for r in requests if r.adapter}
        slot_ids = [self.activate(r.adapter, keep) for r in requests]
        prompts = [prompt_text(self.tokenizer, r.messages) for r in requests]
        return slot_ids, self.tokenizer(prompts, return_tensors="pt", padding=True).to(self.device)

    @compute_thread
    def logits(self, requests: list[Request]) -> torch.Tensor:
        """Next-token logits of the last prompt position per request (for correctness checks)."""
        with self.lock, torch.inference_mode():
            slot_ids, encoded = self.prepare(requests)
            # Left padding: positions count real tokens only, as generate() does.
            positions = (encoded["attention_mask"].cumsum(-1) - 1).clamp(min=0)
            with slots_for_batch(self.model, slot_ids):
                return self.model(**encoded, position_ids=positions).logits[:, -1, :].float().cpu()

    def snapshot(self, wait: float = -1) -> list[dict] | None:
        """Every adapter's tier and counters; None when a batch holds the lock longer than `wait` seconds."""
        if not self.lock.acquire(timeout=wait):
            return None
        try:
            return [{"slug": ref.slug, "version": ref.version, **vars(stats)} for ref, stats in self.stats.items()]
        finally:
            self.lock.release()
