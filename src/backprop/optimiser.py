"""The optimiser: how a step's gradients change the parameters.

``SGD`` is gradient descent with momentum and L2 weight decay, in place on the network's parameters
(every step of every run). ``RankOneDescent`` is per-sample (online) plain SGD without forming the
gradient: W <- W - eta delta^T a_prev.

For one sample, a layer's weight gradient is the outer product of its delta (units,) and its input
a_prev (inputs,): a rank-one matrix. Plain SGD only subtracts it, scaled by the learning rate, so
the BLAS routine ger (A <- A + alpha x y^T) does the whole update in one pass over the weights, in
place, instead of writing the gradient (784 x 128 floats for MNIST's first layer), scaling it and
subtracting it: three passes.

The numbers are the same math, not the same bits: ger multiplies the learning rate into each delta
first and may fuse the multiply and the add (one rounding where the general path has three), so
each weight differs from W - eta * (delta_i a_j) by at most one unit in its last place plus a few
roundings of the update; tests/test_one_sample.py holds it to that bound, in float32 and float64.
Biases are updated exactly as the general path does (the same bits). Layers this does not fit (a
connection mask, frozen weights, a shared bias) and optimisers other than plain SGD (momentum,
weight decay) take the general path, ``SGD``.
"""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_limits

from .network import Network


class SGD:
    """Gradient descent with momentum and L2 weight decay, in place on the network's parameters.

    v <- momentum * v - eta * (g + weight_decay * W);  W <- W + v. Biases are not decayed; a layer's
    frozen parameters (Dense.frozen) are not updated at all.
    """

    def __init__(self, network: Network, momentum: float = 0.0, weight_decay: float = 0.0,
                 velocity: list[dict] | None = None):
        self.network, self.momentum, self.weight_decay = network, momentum, weight_decay
        self.velocity = zero_velocity(network) if velocity is None else velocity

    def step(self, learning_rate: float) -> None:
        for index in range(len(self.network.layers)):
            self.step_layer(index, learning_rate)

    def step_layer(self, index: int, learning_rate: float, units: slice | None = None) -> None:
        """Update layer ``index``; ``units``: only the rows of these units (a piece of a split step;
        each number is updated as without the split)."""
        layer, velocity = self.network.layers[index], self.velocity[index]
        for key, value in layer.params.items():
            if value is None or key in layer.frozen:  # a frozen parameter stays as it is
                continue
            grad = layer.grads[key]
            v = velocity[key] if self.momentum else None
            if units is not None and value.ndim:
                value, grad = value[units], grad[units]
                v = None if v is None else v[units]
            if self.weight_decay and key == "weights":
                grad += self.weight_decay * value  # masked weights are 0: their decay is 0 too
            if self.momentum:
                v *= self.momentum
                v -= learning_rate * grad
                value += v
            else:
                grad *= learning_rate
                value -= grad


def zero_velocity(network: Network) -> list[dict]:
    """Per layer, {"weights": zeros like them, "biases": zeros like them (absent for bias "none")}."""
    return [{key: np.zeros_like(value) for key, value in layer.params.items() if value is not None}
            for layer in network.layers]


def fits_rank_one(network: Network, momentum: float, weight_decay: float) -> list[bool]:
    """Per layer: can its one-sample update be the rank-one one? Plain SGD only (momentum and weight
    decay need the gradient itself), float32 or float64 weights in C order, no mask (a masked
    weight must stay 0), weights not frozen, a bias per unit or none."""
    plain = not momentum and not weight_decay
    return [plain and layer.mask is None and "weights" not in layer.frozen
            and layer.bias_mode != "shared" and layer.weights.dtype in (np.float32, np.float64)
            and layer.weights.flags.c_contiguous for layer in network.layers]


class RankOneDescent:
    """The one-sample SGD update of the layers ``layers`` (indices; see ``fits``): call it with the
    learning rate after Network.deltas on a batch of one sample. x (inputs,) is the buffer the
    sample is gathered into; each layer's delta is read from its ``delta0`` buffer and its input
    from the layer before's output buffer (Network.reserve makes them, for batches of one). The
    layers' ``grads`` are not written (the gradient is never formed)."""

    def __init__(self, network: Network, layers: list[int], x: np.ndarray):
        # scipy.linalg costs a quarter of a second to import; only per-sample training needs it,
        # so the other commands (evaluate, predict) and training in batches do not pay for it.
        from scipy.linalg.blas import get_blas_funcs

        # scipy brings its own OpenBLAS, whose threads (every core by default) would spin waiting
        # for each other on a busy machine (20 times slower here): one thread, until close().
        self._blas = threadpool_limits(1, user_api="blas")
        self._updates = []
        for index in layers:
            layer = network.layers[index]
            before = network.layers[index - 1] if index else None
            a_prev = x if before is None else before.workspace[before.output_key][0]
            # ger updates W^T (inputs, units), a Fortran-ordered view of W, in place: column j of
            # the view is unit j's weights, contiguous
            transposed = layer.weights.T
            assert transposed.flags.f_contiguous  # else ger would update a copy
            biases = None if layer.biases is None or "biases" in layer.frozen else layer.biases
            self._updates.append((get_blas_funcs("ger", dtype=layer.weights.dtype), transposed, a_prev,
                                  layer.workspace["delta0"][0], biases,
                                  None if biases is None else np.empty_like(biases)))

    def close(self) -> None:
        """Give BLAS back the threads it had."""
        if self._blas is not None:
            self._blas.restore_original_limits()
            self._blas = None

    def __call__(self, learning_rate: float) -> None:
        for ger, transposed, a_prev, delta, biases, scaled in self._updates:
            # W^T <- W^T + (-eta) a_prev delta^T, that is W[j, i] -= eta * delta_j * a_prev_i
            ger(-learning_rate, a_prev, delta, a=transposed, overwrite_a=True)
            if biases is not None:
                # as the general path: grad_b = delta (one sample); grad_b *= eta; b -= grad_b
                np.multiply(delta, learning_rate, out=scaled)
                np.subtract(biases, scaled, out=biases)
