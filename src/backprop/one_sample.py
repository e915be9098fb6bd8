"""Per-sample (online) gradient descent without forming the gradient: W <- W - eta delta^T a_prev.

For one sample, a layer's weight gradient is the outer product of its delta (units,) and its input
a_prev (inputs,): a rank-one matrix. Plain SGD only subtracts it, scaled by the learning rate, so
the BLAS routine ger (A <- A + alpha x y^T) does the whole update in one pass over the weights, in
place, instead of writing the gradient (784 x 128 floats for MNIST's first layer), scaling it and
subtracting it: three passes. Measured here on that layer: 9 microseconds against 67.

The numbers are the same math, not the same bits: ger multiplies the learning rate into each delta
first and may fuse the multiply and the add (one rounding where the general path has three), so
each weight differs from W - eta * (delta_i a_j) by at most one unit in its last place plus a few
roundings of the update; tests/test_one_sample.py holds it to that bound, in float32 and float64.
Biases are updated exactly as the general path does (the same bits). Layers this does not fit (a
connection mask, frozen weights, a shared bias) and optimisers other than plain SGD (momentum,
weight decay) take the general path.
"""

from __future__ import annotations

import numpy as np

from threadpoolctl import threadpool_limits

from .network import Network


def fits(network: Network, momentum: float, weight_decay: float) -> list[bool]:
    """Per layer: can its one-sample update be the rank-one one? Plain SGD only (momentum and weight
    decay need the gradient itself), float32 or float64 weights in C order, no mask (a masked
    weight must stay 0), weights not frozen, a bias per unit or none."""
    plain = not momentum and not weight_decay
    return [plain and layer.mask is None and "weights" not in layer.frozen
            and layer.bias_mode != "shared" and layer.weights.dtype in (np.float32, np.float64)
            and layer.weights.flags.c_contiguous for layer in network.layers]


class RankOneDescent:
    """The one-sample SGD update of the layers that ``fits``: call it with the learning rate after
    Network.deltas on a batch of one sample (each layer's delta in its ``delta0`` buffer, its input
    cached as ``a_prev``). The layers' ``grads`` are not written (the gradient is never formed)."""

    def __init__(self, network: Network, layers: list[int]):
        # scipy.linalg costs a quarter of a second to import; only per-sample training needs it,
        # so the other commands (evaluate, predict) and training in batches do not pay for it.
        from scipy.linalg.blas import get_blas_funcs

        # scipy brings its own OpenBLAS, whose threads (every core by default) would spin waiting
        # for each other on a busy machine (20 times slower here): one thread, until close().
        self._blas = threadpool_limits(1, user_api="blas")
        self.network, self.layers = network, layers
        self._ger = {index: get_blas_funcs("ger", dtype=network.layers[index].weights.dtype)
                     for index in layers}
        # Fortran-ordered views of W^T (inputs, units): ger updates them in place, column j of the
        # view being unit j's weights, contiguous.
        self._transposed = {index: network.layers[index].weights.T for index in layers}
        assert all(view.flags.f_contiguous for view in self._transposed.values())  # else ger copies
        self._scaled_bias = {index: np.empty_like(network.layers[index].biases) for index in layers
                             if network.layers[index].biases is not None
                             and "biases" not in network.layers[index].frozen}

    def close(self) -> None:
        """Give BLAS back the threads it had."""
        if self._blas is not None:
            self._blas.restore_original_limits()
            self._blas = None

    def __call__(self, learning_rate: float) -> None:
        layers = self.network.layers
        for index in self.layers:
            layer = layers[index]
            delta = layer.workspace["delta0"][0]
            a_prev = layer.cache["a_prev"][0]
            # W^T <- W^T + (-eta) a_prev delta^T, that is W[j, i] -= eta * delta_j * a_prev_i
            self._ger[index](-learning_rate, a_prev, delta, a=self._transposed[index], overwrite_a=True)
            scaled = self._scaled_bias.get(index)
            if scaled is not None:
                # as the general path: grad_b = delta (one sample); grad_b *= eta; b -= grad_b
                np.multiply(delta, learning_rate, out=scaled)
                np.subtract(layer.biases, scaled, out=layer.biases)
