"""A decoding batch's keys and values with room to grow: each step writes its new position in place.

transformers' DynamicLayer appends by torch.cat, which copies the whole cache of every layer at every step
(a fifth of a 32-row decode step here). This layer keeps [batch, heads, length + ROOM, head_dim] buffers
and hands attention views of the filled part, so a step copies one position; the buffer is copied only
when its room runs out or rows leave the batch (batch_select_indices)."""

from __future__ import annotations

import torch
from transformers import DynamicCache
from transformers.cache_utils import DynamicLayer

ROOM = 64  # positions of spare room per copy: two persona touches' worth of tokens


class RoomyLayer(DynamicLayer):
    def __init__(self, keys: torch.Tensor, values: torch.Tensor):
        super().__init__()
        self.dtype, self.device, self.is_initialized = keys.dtype, keys.device, True
        self.place(keys, values)

    def place(self, keys: torch.Tensor, values: torch.Tensor) -> None:
        """Fresh buffers holding `keys` and `values` with ROOM positions to spare."""
        self.length = keys.shape[-2]
        shape = (*keys.shape[:-2], self.length + ROOM, keys.shape[-1])
        self.key_room, self.value_room = keys.new_empty(shape), values.new_empty(shape)
        self.key_room[..., : self.length, :] = keys
        self.value_room[..., : self.length, :] = values
        self.show()

    def show(self) -> None:
        self.keys = self.key_room[..., : self.length, :]
        self.values = self.value_room[..., : self.length, :]

    def update(self, key_states: torch.Tensor, value_states: torch.Tensor, *args, **kwargs):
        new = key_states.shape[-2]
        if self.length + new > self.key_room.shape[-2]:
            self.place(self.keys, self.values)
        self.key_room[..., self.length : self.length + new, :] = key_states
        self.value_room[..., self.length : self.length + new, :] = value_states
        self.length += new
        self.show()
        return self.keys, self.values

    def batch_select_indices(self, indices: torch.Tensor) -> None:
        self.place(self.keys[indices, ...], self.values[indices, ...])


def with_room(cache: DynamicCache) -> DynamicCache:
    """`cache` with each layer's keys and values moved into a RoomyLayer (one copy, at a batch's join)."""
    cache.layers = [RoomyLayer(layer.keys, layer.values) for layer in cache.layers]
    return cache
