"""A batch's prefill in chunks of similar length, merged into one batch for decoding.

Prefill is compute-bound: every padded position costs a whole token's forward pass. Persona prompts vary by
a third in length, so one left-padded batch spent about a fifth of its prefill on pads. Rows sorted by length
and prefilled in chunks of CHUNK_ROWS waste little padding while each chunk is still one large matmul per
layer (one row at a time ran at half the tokens per second). Decoding then runs the whole batch at once: each
chunk's keys and values are left-padded to the widest and stacked, the mask hides the pads, and positions
stay each row's own.
"""

from __future__ import annotations

import torch

from .compute import serve_short
from .lora_slots import slots_for_batch
from .prefix_cache import Prompted, Row, assemble, kv_of, left_pad_mask, stack

CHUNK_ROWS = 8


def chunks(rows: list[Row], size: int) -> list[list[int]]:
    """Row indices sorted by the length to compute, in runs of `size` (the last may be shorter)."""
    order = sorted(range(len(rows)), key=lambda i: len(rows[i].rest))
    return [order[i : i + size] for i in range(0, len(order), size)]


def prefill(model, rows: list[Row], heads: list, slot_ids: list[int], pad_id: int, size: int = CHUNK_ROWS) -> Prompted:
    device = next(model.parameters()).device
    parts: list[tuple[list[int], Prompted]] = []
    for members in chunks(rows, size):
        batch = assemble([rows[i] for i in members], [heads[i] for i in members], pad_id, device)
        with slots_for_batch(model, [slot_ids[i] for i in members]):
            out = model(
                input_ids=batch.input_ids,
                attention_mask=batch.attention_mask,
                position_ids=batch.position_ids,
                past_key_values=batch.past,
                logits_to_keep=1,
            )
        serve_short()  # other answers' embedding calls wait for one chunk, not the whole prefill
        chunk = Prompted(out.logits[:, -1, :], batch.attention_mask, batch.position_ids[:, -1:], out.past_key_values)
        parts.append((members, chunk))
    return merged(parts, len(rows))


def merged(parts: list[tuple[list[int], Prompted]], total: int) -> Prompted:
    """The chunks as one batch in the rows' own order, each left-padded to the widest."""
    width = max(chunk.attention_mask.shape[1] for _, chunk in parts)
    order = torch.tensor([i for members, _ in parts for i in members])
    back = torch.empty_like(order)
    back[order] = torch.arange(total)
    done = [chunk for _, chunk in parts]
    past = stack([kv_of(chunk.past) for chunk in done], width)
    past.batch_select_indices(back)
    return Prompted(
        torch.cat([chunk.logits for chunk in done])[back],
        torch.cat([left_pad_mask(chunk.attention_mask, width) for chunk in done])[back],
        torch.cat([chunk.last_positions for chunk in done])[back],
        past,
    )
