"""Continuous batching: the rows decoded together change at every step. Requests that arrive while a batch
decodes are prefilled and join it at the next step; a row that ends leaves, and its asker has its text then,
not when the batch's longest row ends.

transformers' generate() runs a fixed batch to its end and cannot start from a cache with pads in the middle
of a row (gpu/prefix_cache.py), so this loop makes the same choices as generate(do_sample=False): greedy, a
row ends at end-of-text, at a stop token (kept in its text) or at its token budget.

Between steps every row is in one state: its last chosen token waits to be fed, `mask` already counts it, and
`positions` is its position. Rows that join are brought to that state from their prefill's logits, and two
states merge by left-padding the narrower cache (the mask hides the pads). Finished rows stay in the batch as
padding until a quarter of it has finished: dropping them copies the whole cache.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
from transformers import DynamicCache

from .kv_room import with_room
from .lean_step import lean_step_for
from .prefix_cache import Prompted, kv_of, left_pad_mask, stack
from .request import Request

DROP_SHARE = 4  # finished rows leave the batch once they are 1/DROP_SHARE of it


@dataclass
class Rules:
    eos_ids: torch.Tensor
    stop_ids: torch.Tensor | None  # the one stop set of this batch (None: no stop strings)
    pad_id: int
    exact: bool = False  # benchmarks: every row generates its whole budget (end-of-text suppressed)


@dataclass
class Row:
    request: Request
    slot: int
    tokens: list[int] = field(default_factory=list)
    first: float = 0.0  # when its first token was chosen (perf_counter)
    told: bool = False  # its asker has its text


class Decoding:
    def __init__(self, model, rules: Rules, on_end: Callable[[Row], None]):
        self.model, self.rules, self.on_end = model, rules, on_end
        self.rows: list[Row] = []  # in batch order
        self.done = torch.zeros(0, dtype=torch.bool)
        self.ids = self.mask = self.positions = torch.zeros(0, 1, dtype=torch.long)
        self.past: DynamicCache | None = None
        self.lean = lean_step_for(model)  # None: transformers' forward (gpu/lean_step.py)

    @property
    def adapters(self) -> set:
        """The adapters of the rows in the batch (None, the bare model, left out)."""
        return {row.request.adapter for row in self.rows} - {None}

    @property
    def live(self) -> list[Row]:
        return [row for row, done in zip(self.rows, self.done.tolist(), strict=True) if not done]

    def join(self, rows: list[Row], prompted: Prompted) -> None:
        """Rows just prefilled: their first tokens are chosen now, and they decode with the batch from here."""
        chosen = self.choose(rows, prompted.logits, torch.zeros(len(rows), dtype=torch.bool))
        ids, mask = chosen[:, None], torch.nn.functional.pad(prompted.attention_mask, (0, 1), value=1)
        positions, past = prompted.last_positions + 1, prompted.past
        if self.rows:
            width = max(mask.shape[1], self.mask.shape[1])
            ids, mask = (
                torch.cat([self.ids, ids]),
                torch.cat([left_pad_mask(self.mask, width), left_pad_mask(mask, width)]),
            )
            positions, past = torch.cat([self.positions, positions]), stack([kv_of(self.past), kv_of(past)], width - 1)
        self.rows, self.ids, self.mask, self.positions = self.rows + rows, ids, mask, positions
        self.past = with_room(past)
        self.done = torch.cat([self.done, self.ended(rows, chosen)])
        self.settle(len(self.rows) - len(rows))

    def step(self) -> None:
        """One forward pass for every row in the batch, and each live row's next token."""
        if self.lean is not None:
            logits = self.lean(self.ids, self.mask, self.positions, self.past)
        else:
            logits = self.model(
                input_ids=self.ids,
                attention_mask=self.mask,
                position_ids=self.positions,
                past_key_values=self.past,
                logits_to_keep=1,
            ).logits[:, -1, :]
        chosen = self.choose(self.rows, logits, self.done)
        self.done = self.done | self.ended(self.rows, chosen)
        self.ids = chosen[:, None]
        self.mask = torch.nn.functional.pad(self.mask, (0, 1), value=1)
        self.positions = self.positions + 1
        self.settle(0)

    def choose(self, rows: list[Row], logits: torch.Tensor, done: torch.Tensor) -> torch.Tensor:
        if self.rules.exact:
            logits[:, self.rules.eos_ids] = float("-inf")
        chosen = torch.where(done, self.rules.pad_id, logits.argmax(-1))
        now = time.perf_counter()
        for row, token, finished in zip(rows, chosen.tolist(), done.tolist(), strict=True):
            if not finished:
                row.first = row.first or now
                row.tokens.append(token)
        return chosen

    def ended(self, rows: list[Row], chosen: torch.Tensor) -> torch.Tensor:
        """Which rows end with the token just chosen: end-of-text, a stop token, their budget or deadline."""
        rules, now = self.rules, time.monotonic()
        ended = torch.isin(chosen, rules.eos_ids) & (not rules.exact)
        if rules.stop_ids is not None:
            ended |= torch.isin(chosen, rules.stop_ids) & torch.tensor([bool(r.request.stop) for r in rows])
        budget = torch.tensor([len(r.tokens) >= r.request.max_new_tokens for r in rows])
        late = torch.tensor([r.request.deadline is not None and r.request.deadline <= now for r in rows])
        return ended | budget | late

    def settle(self, since: int) -> None:
        """Tell the askers of rows that just ended; drop finished rows once they are a share of the batch."""
        for row, done in zip(self.rows[since:], self.done[since:].tolist(), strict=True):
            if done and not row.told:
                row.told = True
                self.on_end(row)
        finished = int(self.done.sum())
        if finished and (finished == len(self.rows) or finished * DROP_SHARE >= len(self.rows)):
            keep = (~self.done).nonzero().flatten()
            self.rows = [self.rows[i] for i in keep.tolist()]
            self.ids, self.mask, self.positions = self.ids[keep], self.mask[keep], self.positions[keep]
            self.done = self.done[keep]
            if self.past is not None:
                self.past.batch_select_indices(keep)
