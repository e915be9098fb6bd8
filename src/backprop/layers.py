"""A dense layer: z = a_prev W^T + b, then a chain of activations.

Index convention, used throughout backprop: samples are rows. For a layer with ``inputs`` inputs and
``units`` units, ``weights[j, i]`` connects input i to unit j (as PyTorch's nn.Linear stores it), so
for one sample z_j = sum_i W[j, i] a_prev[i] + b_j, and for a batch z = a_prev @ W.T + b.

Following numpy-ml, the layer owns its parameters (``params["weights"]``, ``params["biases"]``) and
what it cached in the forward pass; ``backward`` stores the gradients under the same keys in
``grads`` and returns the gradient for its input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .activations import Activation, softmax

BIAS_MODES = ("neuron", "shared", "none")


@lru_cache(maxsize=None)
def _workspace_keys(prefix: str, count: int) -> tuple[str, ...]:
    """("a0", "a1", ...): workspace keys by position in the chain, formatted once, not every step."""
    return tuple(f"{prefix}{k}" for k in range(count))


@dataclass
class Dense:
    """A fully connected layer, possibly sparse through a 0/1 connection mask.

    Parameters
    ----------
    weights : array (units, inputs).
    biases : array (units,) for bias mode "neuron", a 0-d array for "shared", None for "none".
    activations : the activation chain, applied in order (softmax only last).
    mask : 0/1 array (units, inputs) or None; a 0 means no connection: that weight stays 0, is never
        updated, and its gradient is 0.
    """

    weights: np.ndarray
    biases: np.ndarray | None
    activations: tuple[Activation, ...]
    mask: np.ndarray | None = None
    grads: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)
    workspace: dict | None = field(default=None, repr=False)

    @property
    def params(self) -> dict:
        return {"weights": self.weights, "biases": self.biases}

    @property
    def bias_mode(self) -> str:
        if self.biases is None:
            return "none"
        return "shared" if self.biases.ndim == 0 else "neuron"

    @property
    def units(self) -> int:
        return self.weights.shape[0]

    @property
    def inputs(self) -> int:
        return self.weights.shape[1]

    def reserve(self, batch_size: int) -> None:
        """Preallocate every per-step array for batches of up to ``batch_size`` samples.

        After this, forward and backward write into the same buffers at every step (the training
        path: no allocation, no page faults). Without it, each call allocates fresh arrays, which
        the worked-solution path keeps in its trace.
        """
        self.workspace = {"rows": batch_size}

    def buffer(self, key: str, rows: int, columns: int) -> np.ndarray:
        """A (rows, columns) array: fresh, or the first rows of a reserved buffer."""
        workspace = self.workspace
        if workspace is None or rows > workspace["rows"]:
            return np.empty((rows, columns), self.weights.dtype)
        if key not in workspace:
            workspace[key] = np.empty((workspace["rows"], columns), self.weights.dtype)
        return workspace[key][:rows]

    def _parameter_buffer(self, key: str, like: np.ndarray) -> np.ndarray:
        if self.workspace is None:
            return np.empty_like(like)
        if key not in self.workspace:
            self.workspace[key] = np.empty_like(like)
        return self.workspace[key]

    def forward(self, a_prev: np.ndarray) -> np.ndarray:
        """a_prev (samples, inputs) -> a (samples, units); caches a_prev, z and every chain value.

        A softmax also leaves its row maxima and sums of exponentials in ``cache["softmax_stats"]``
        (for the cross-entropy's log-sum-exp: see activations.log_softmax).
        """
        rows, units = a_prev.shape[0], self.weights.shape[0]
        z = np.matmul(a_prev, self.weights.T, out=self.buffer("z", rows, units))
        if self.biases is not None:
            np.add(z, self.biases, out=z)
        chain = [z]
        stats = {}
        keys = _workspace_keys("a", len(self.activations))
        for k, activation in enumerate(self.activations):
            out = self.buffer(keys[k], rows, units)
            if activation.function is softmax:
                chain.append(softmax(chain[-1], out=out, stats=stats))
            else:
                chain.append(activation.function(chain[-1], out=out))
        self.cache = {"a_prev": a_prev, "z": z, "chain": chain, "softmax_stats": stats or None}
        return chain[-1]

    def delta_from_output_gradient(self, grad_a: np.ndarray, start: int | None = None,
                                   grad_u: np.ndarray | None = None) -> np.ndarray:
        """delta = dL/dz from dL/da (samples, units), back through the activation chain.

        ``grad_u``/``start``: begin instead at the input of activation number ``start`` with the
        gradient ``grad_u`` there (used for the fused softmax/cross-entropy delta).
        """
        chain = self.cache["chain"]
        stop = len(self.activations) if start is None else start
        grad = grad_a if grad_u is None else grad_u
        keys = _workspace_keys("delta", len(self.activations))
        for k in range(stop - 1, -1, -1):
            out = self.buffer(keys[k], grad.shape[0], self.units)
            grad = self.activations[k].backward(chain[k], chain[k + 1], grad, out=out)
        return grad

    def backward(self, delta: np.ndarray, scale: float = 1.0, need_input_gradient: bool = True):
        """Store d(step loss)/d(parameters) in ``grads`` and return dL/da_prev per sample.

        delta : (samples, units), each sample's own dL/dz.
        scale : 1 for a summed step loss, 1/samples for a mean.
        need_input_gradient : False for the first layer in training, where dL/dx is not needed.
        """
        a_prev = self.cache["a_prev"]
        # The step's loss is scale * (sum of the samples' losses). The scale goes onto delta
        # (samples x units) before the product rather than onto the gradient after it: the same
        # number, one pass over a small array instead of one over the weights (784 x 128 floats
        # for MNIST's first layer). Exactly the same bits when scale is a power of two (1/128).
        scaled = delta
        if scale != 1.0:
            scaled = np.multiply(delta, scale, out=self.buffer("scaled_delta", delta.shape[0], self.units))
        grad_weights = np.matmul(scaled.T, a_prev, out=self._parameter_buffer("grad_weights", self.weights))
        if self.mask is not None:
            # copyto rather than *= mask: a masked gradient is 0, not -0.0 from (negative) * 0
            np.copyto(grad_weights, 0, where=self.mask == 0)
        self.grads["weights"] = grad_weights
        if self.biases is None:
            self.grads["biases"] = None
        elif self.biases.ndim == 0:
            self.grads["biases"] = np.asarray(scaled.sum(), dtype=self.biases.dtype)
        else:
            # np.add.reduce is what np.sum calls, without its Python wrapper
            self.grads["biases"] = np.add.reduce(scaled, axis=0,
                                                 out=self._parameter_buffer("grad_biases", self.biases))
        if not need_input_gradient:
            return None
        return np.matmul(delta, self.weights, out=self.buffer("grad_input", delta.shape[0], self.inputs))

    def update(self, learning_rate: float) -> None:
        """Gradient descent in place: p <- p - eta * dL/dp (masked weights have gradient 0)."""
        self.weights -= learning_rate * self.grads["weights"]
        if self.biases is not None:
            self.biases -= learning_rate * self.grads["biases"]
