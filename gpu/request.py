"""What the engine is asked: an adapter version and the messages it continues, with the asker's limits."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AdapterRef:
    """An adapter version: versions are separate keys, so a new version is served without a restart."""

    slug: str
    version: int
    path: str


@dataclass
class Request:
    adapter: AdapterRef | None  # None: the bare base model
    messages: list[dict]
    max_new_tokens: int = 64
    deadline: float | None = None  # time.monotonic() by which the asker stops waiting
    stop: tuple[str, ...] = ()  # the row ends once its text ends with one of these (kept in the text)
    submitted: float = field(default_factory=time.perf_counter)
    timings: dict = field(default_factory=dict)  # ms: queue (submitted -> its batch starts), prefill, decode
