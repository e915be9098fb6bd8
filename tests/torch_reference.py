"""PyTorch's side of the oracle tests: every activation and loss of the registry, written with torch's
own functions (autograd differentiates them), by name. Nothing here imports backprop."""

from __future__ import annotations

import math

import torch

F = torch.nn.functional

#: Every activation of the registry in torch (name -> u, **parameters -> f(u)).
TORCH_ACTIVATIONS = {
    "identity": lambda v: v, "sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
    "softmax": lambda v: F.softmax(v, dim=-1),
    "leaky_relu": lambda v, slope=0.01: F.leaky_relu(v, slope),
    "elu": lambda v, alpha=1.0: F.elu(v, alpha),
    # exact, with no linear tail past 20 (F.softplus's threshold), and without overflow: log(e^v + e^0)
    # taken stably (F.softplus with threshold=1e9 computes log1p(exp(v)): inf past v = 709, where
    # the true value is v; its gradient, sigmoid(v), is exact either way)
    "softplus": lambda v: torch.logaddexp(v, torch.zeros_like(v)),
    "silu": F.silu,
    "gelu": F.gelu,  # the erf form (approximate="none")
}
#: Every loss of the registry in torch: (targets, the output layer's chain [z, ..., a], its log
#: base, its other parameters) -> each sample's loss.
TORCH_LOSSES = {
    "squared_error": lambda T, chain, base: ((T - chain[-1]) ** 2).sum(dim=-1),
    "half_squared_error": lambda T, chain, base: 0.5 * ((T - chain[-1]) ** 2).sum(dim=-1),
    "mean_squared_error": lambda T, chain, base: F.mse_loss(chain[-1], T, reduction="none").mean(dim=-1),
    "huber": lambda T, chain, base, delta=1.0: F.huber_loss(chain[-1], T, reduction="none", delta=delta).sum(dim=-1),
    "cross_entropy": lambda T, chain, base: -(T * F.log_softmax(chain[-2], dim=-1)).sum(dim=-1) / math.log(base),
    "binary_cross_entropy": lambda T, chain, base: F.binary_cross_entropy_with_logits(
        chain[-2], T, reduction="none").sum(dim=-1) / math.log(base),
}


#: A fused loss written on the output activation's output a (not its input), for dL/da.
TORCH_THROUGH_OUTPUT = {
    "cross_entropy": lambda T, a, base: -(T * torch.log(a)).sum(dim=-1) / math.log(base),
    "binary_cross_entropy": lambda T, a, base: F.binary_cross_entropy(a, T, reduction="none").sum(dim=-1)
    / math.log(base),
}


