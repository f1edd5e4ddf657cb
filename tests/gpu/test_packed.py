"""Linear weights packed once for oneDNN (gpu/packed.py): the same products as F.linear, copyable, undone for
training and for other precisions."""

import copy

import pytest
import torch
from torch import nn

from gpu.packed import PackedLinear, available, pack_linears, unpack_linears

pytestmark = pytest.mark.skipif(not available(), reason="torch built without oneDNN")


def small_model() -> nn.Module:
    torch.manual_seed(7)
    return nn.Sequential(nn.Linear(64, 96), nn.SiLU(), nn.Linear(96, 32, bias=False))


def test_packed_layers_give_the_plain_products():
    plain, packed = small_model(), small_model()
    assert pack_linears(packed) == 2
    assert all(type(m) is PackedLinear for m in packed if isinstance(m, nn.Linear))
    x = torch.randn(32, 1, 64)
    with torch.inference_mode():
        torch.testing.assert_close(packed(x), plain(x), rtol=1e-5, atol=1e-5)


def test_packing_twice_leaves_the_packed_weight_alone():
    model = small_model()
    pack_linears(model)
    first = model[0].packed
    assert pack_linears(model) == 0
    assert model[0].packed is first


def test_a_copy_packs_its_own_weight():
    model = small_model()
    pack_linears(model)
    twin = copy.deepcopy(model)  # the precision check copies the served model
    assert type(twin[0]) is PackedLinear
    assert twin[0].weight is not model[0].weight and twin[0].packed is not model[0].packed
    x = torch.randn(4, 64)
    with torch.inference_mode():
        torch.testing.assert_close(twin(x), model(x))


def test_a_weight_changed_in_place_is_packed_again():
    model = small_model()
    pack_linears(model)
    with torch.no_grad():
        model[0].weight.mul_(3)
    x = torch.randn(4, 64)
    with torch.inference_mode():
        torch.testing.assert_close(model[0](x), nn.functional.linear(x, model[0].weight, model[0].bias))


def test_training_goes_through_the_plain_path_and_gets_gradients():
    model = small_model()
    pack_linears(model)
    model(torch.randn(8, 64)).sum().backward()
    assert model[0].weight.grad is not None and model[0].weight.grad.abs().sum() > 0


def test_unpacking_gives_plain_linears_back():
    model = small_model()
    pack_linears(model)
    unpack_linears(model)
    assert [type(m) for m in model if isinstance(m, nn.Linear)] == [nn.Linear, nn.Linear]
    assert not hasattr(model[0], "packed")
