"""One engine batch from start to end: slots, prefill, continuous decoding (gpu/decoding.py), and the texts.

Requests that the batcher offers between steps (`admit`) join the batch when they fit: the same stop rule,
room in the batch, and slots for every adapter decoded at once. Each request's timings (ms) are its own: queue
(submitted -> its prefill starts), prefill (its chunk's forward passes) and decode (its first token -> its last).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import torch

from .compute import serve_short
from .decoding import Decoding, Row, Rules
from .lora_slots import slots_for_batch
from .prefill import prefill
from .prefix_cache import Row as PromptRow
from .prefix_cache import prompt_text, split_prompt
from .request import Request

# admit(fits, room) -> requests taken from the batcher's queue that fits(request) accepts, at most `room`
Admit = Callable[[Callable[[Request], bool], int], list[Request]]


def run_group(
    engine, requests: list[Request], *, exact: bool, on_end: Callable, admit: Admit | None, room: int
) -> None:
    """Decode `requests` (and whatever joins them) to the end; on_end(request, text) as each row ends."""
    stops = {r.stop for r in requests}
    stop = next(iter(stops)) if len(stops) == 1 and not exact else ()
    rules = Rules(engine.eos_ids, engine.stop_ids(stop) if stop else None, engine.tokenizer.pad_token_id, exact)

    def ended(row: Row) -> None:
        end, request = time.perf_counter(), row.request
        request.timings["decode"] = round((end - (row.first or end)) * 1000, 1)
        on_end(request, engine.tokenizer.decode(row.tokens, skip_special_tokens=True).strip())

    decoding = Decoding(engine.model, rules, ended)
    with engine.lock:  # one batch on the device at a time; activation and forward stay consistent
        start(engine, decoding, requests)
        while decoding.live:
            with slots_for_batch(engine.model, [row.slot for row in decoding.rows]):
                decoding.step()
            serve_short()  # other answers' embedding calls run between steps, not after the whole batch
            if admit is not None and (
                fresh := admit(lambda r: fits(engine, decoding, r, stop), room - len(decoding.rows))
            ):
                start(engine, decoding, fresh)


def fits(engine, decoding: Decoding, request: Request, stop: tuple[str, ...]) -> bool:
    """A request may join a batch under way with the batch's stop rule, and while every adapter fits a slot."""
    if request.stop != stop or request.max_new_tokens <= 0:
        return False
    return len(decoding.adapters | {request.adapter} - {None}) <= engine.slots_total - 1


def start(engine, decoding: Decoding, requests: list[Request]) -> None:
    """Activate the requests' adapters, prefill them and let them join the batch."""
    started = time.perf_counter()
    keep = {r.adapter for r in requests if r.adapter} | decoding.adapters
    slots = [engine.activate(r.adapter, keep) for r in requests]
    prompted = prefilled(engine, requests, slots)
    prefilled_at = time.perf_counter()
    for r in requests:
        r.timings = {
            "queue": round((started - r.submitted) * 1000, 1),
            "prefill": round((prefilled_at - started) * 1000, 1),
        }
    serve_short()
    decoding.join([Row(r, slot) for r, slot in zip(requests, slots, strict=True)], prompted)


def prefilled(engine, requests: list[Request], slots: list[int]):
    """Each row's system prompt read from the prefix cache (computed on first use), the rest prefilled."""
    rows = [split_prompt(engine.tokenizer, r.messages, prompt_text(engine.tokenizer, r.messages)) for r in requests]
    if not engine.use_prefix_cache:
        rows = [PromptRow([], row.head + row.rest) for row in rows]
    heads = [
        engine.prefix.layers(r.adapter, slot, row.head) if row.head else None
        for r, slot, row in zip(requests, slots, rows, strict=True)
    ]
    with torch.inference_mode():
        return prefill(engine.model, rows, heads, slots, engine.tokenizer.pad_token_id, engine.prefill_rows)
