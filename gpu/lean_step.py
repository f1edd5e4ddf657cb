"""One decode step of a Llama-architecture model, written as the loop it is.

A decode step has one new token per row, so the attention mask is the padding mask, the rotary angles are one
position per row, and the norm is one fused op (F.rms_norm). transformers' general forward pays per layer for
keyword plumbing, a mask builder, cache bookkeeping and a six-op norm, and runs attention through SDPA's
flash kernel, which is slower than two small grouped matmuls at one query position. At 32 rows on 2 cores a
step took 182 ms against transformers' 200 ms (medians of 4 interleaved rounds of 31 steps, a diagnostic not
kept in bench/results; the Linear layers alone, weights packed by gpu/packed.py, took 149 ms).

The layers are the model's own modules (the LoRA slot layers included), called in transformers' order with
its arithmetic; the keys and values go into the same cache layers (gpu/kv_room.py), so prefill, joins and
rows leaving still use transformers' code. tests/gpu/test_engine.py compares this step's logits and cache
with transformers' on a mixed-adapter batch. Other architectures, and GPUs, keep transformers' forward.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def lean_step_for(model) -> LeanStep | None:
    """The lean step for `model`, or None where it does not apply (its architecture or device)."""
    config, first = getattr(model, "config", None), next(model.parameters())
    if (
        config is None
        or config.model_type != "llama"
        or first.device.type != "cpu"
        # bf16 keeps transformers' forward: its norms compute in fp32 and this step's would not
        or first.dtype != torch.float32
        or getattr(config, "attention_bias", False)
        or getattr(config, "mlp_bias", False)
        or getattr(config, "hidden_act", "silu") != "silu"
    ):
        return None
    return LeanStep(model)


class LeanStep:
    def __init__(self, model):
        config = model.config
        self.model = model
        self.head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
        self.heads, self.kv_heads = config.num_attention_heads, config.num_key_value_heads
        self.eps = config.rms_norm_eps

    def __call__(self, ids: torch.Tensor, mask: torch.Tensor, positions: torch.Tensor, past) -> torch.Tensor:
        """Next-token logits [rows, vocabulary] for ids [rows, 1] at positions [rows, 1]; mask [rows, cached + 1]
        is 1 for real tokens and 0 for left padding; `past` gets this step's keys and values."""
        inner = self.model.model
        h = inner.embed_tokens(ids)
        cos, sin = inner.rotary_emb(h, positions)
        cos, sin = cos[:, None], sin[:, None]  # [rows, 1 head, 1 position, head_dim]
        # Pads are hidden by an additive mask; the new token sees every real position, itself included.
        bias = torch.zeros(mask.shape, dtype=h.dtype).masked_fill_(mask == 0, float("-inf"))[:, None, None, :]
        rows = ids.shape[0]
        for index, layer in enumerate(inner.layers):
            h = h + self.attention(layer, index, rms(h, layer.input_layernorm, self.eps), cos, sin, bias, past, rows)
            x = rms(h, layer.post_attention_layernorm, self.eps)
            mlp = layer.mlp
            h = h + mlp.down_proj(F.silu(mlp.gate_proj(x)) * mlp.up_proj(x))
        return self.model.lm_head(rms(h[:, -1], inner.norm, self.eps))

    def attention(self, layer, index, x, cos, sin, bias, past, rows) -> torch.Tensor:
        attn = layer.self_attn
        q = attn.q_proj(x).view(rows, 1, self.heads, self.head_dim).transpose(1, 2)
        k = attn.k_proj(x).view(rows, 1, self.kv_heads, self.head_dim).transpose(1, 2)
        v = attn.v_proj(x).view(rows, 1, self.kv_heads, self.head_dim).transpose(1, 2)
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        keys, values = past.update(k, v, index)
        # Each key/value head serves `groups` consecutive query heads (transformers' repeat_kv order): the one
        # query position of every head of a group as rows of one small matmul with that head's keys.
        grouped = q.reshape(rows, self.kv_heads, self.heads // self.kv_heads, self.head_dim)
        scores = torch.matmul(grouped, keys.transpose(-1, -2)).mul_(attn.scaling).add_(bias)
        out = torch.matmul(scores.softmax(-1), values)
        return attn.o_proj(out.reshape(rows, 1, self.heads * self.head_dim))


def rms(x: torch.Tensor, norm, eps: float) -> torch.Tensor:
    return F.rms_norm(x, (x.shape[-1],), norm.weight, eps)


def rotate_half(x: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)
