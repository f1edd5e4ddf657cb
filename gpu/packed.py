"""fp32 Linear weights packed once into oneDNN's blocked layout, for decode on a CPU.

A decode step multiplies a few rows (one per chat) by every weight of the model. torch's plain F.linear hands
the weight to MKL's sgemm, which repacks it into its own panel layout on every call: at 32 rows that repacking
costs about as much as the multiply, and it reads every weight from memory twice. oneDNN's linear takes a
weight reordered once into its layout (torch.ops.mkldnn._reorder_linear_weight / _linear_pointwise, the pair
torch's inductor uses when it freezes a model for CPU), so each call only streams the packed weight.

It is the same fp32 arithmetic in another summation order (outputs within ~1e-5 relative of F.linear). The
module stays an nn.Linear with its weight (tied weights, state_dict and precision conversions see what they
saw before) and keeps the packed copy beside it: about the model's Linear bytes again in memory.
"""

from __future__ import annotations

import copy

import torch
from torch import nn


def available() -> bool:
    return torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_reorder_linear_weight")


class PackedLinear(nn.Linear):
    packed: torch.Tensor
    packed_from: tuple[int, int]  # the weight's address and in-place version counter when it was packed

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dtype != torch.float32 or self.weight.dtype != torch.float32 or torch.is_grad_enabled():
            return super().forward(x)  # training, or a precision conversion after packing: the plain path
        if self.packed_from != (self.weight.data_ptr(), self.weight._version):  # changed since: pack it again
            self.pack()
        return multiply(x, self.packed, self.bias)

    def __deepcopy__(self, memo):
        # oneDNN's packed tensor has no storage to copy: copy the rest and pack the copy's own weight.
        twin = PackedLinear.__new__(PackedLinear)
        memo[id(self)] = twin
        twin.__dict__.update(copy.deepcopy({k: v for k, v in self.__dict__.items() if k != "packed"}, memo))
        twin.pack()
        return twin

    def pack(self) -> None:
        self.packed, self.packed_from = reorder(self.weight), (self.weight.data_ptr(), self.weight._version)


def multiply(x: torch.Tensor, packed: torch.Tensor, bias: torch.Tensor | None = None) -> torch.Tensor:
    """x @ weightᵀ (+ bias) with a weight `reorder` packed."""
    return torch.ops.mkldnn._linear_pointwise(x, packed, bias, "none", [], "")


@torch.no_grad()
def reorder(weight: torch.Tensor) -> torch.Tensor:
    return torch.ops.mkldnn._reorder_linear_weight(weight.detach(), None)


@torch.no_grad()
def pack_linears(model: nn.Module) -> int:
    """Pack every fp32 nn.Linear of a CPU model in place; returns how many. Already packed ones are left."""
    if not available():
        return 0
    count = 0
    for module in model.modules():
        if type(module) is nn.Linear and module.weight.dtype == torch.float32 and module.weight.device.type == "cpu":
            module.__class__ = PackedLinear
            module.pack()
            count += 1
    return count


def unpack_linears(model: nn.Module) -> None:
    """Back to plain nn.Linear (before a conversion to another precision, whose code matches exact types)."""
    for module in model.modules():
        if type(module) is PackedLinear:
            module.__class__ = nn.Linear
            del module.packed, module.packed_from
