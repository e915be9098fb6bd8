"""A dense layer: z = a_prev W^T + b, then a chain of activations.

Index convention, used throughout backprop: samples are rows. For a layer with ``inputs`` inputs and
``units`` units, ``weights[j, i]`` connects input i to unit j (as PyTorch's nn.Linear stores it), so
for one sample z_j = sum_i W[j, i] a_prev[i] + b_j, and for a batch z = a_prev @ W.T + b.

Following numpy-ml, the layer owns its parameters (``params["weights"]``, ``params["biases"]``) and
what it cached in the forward pass; ``backward`` stores the gradients under the same keys in
``grads`` and returns the gradient for its input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .activations import Activation

BIAS_MODES = ("neuron", "shared", "none")
#: Initialisers by name; a (low, high) pair draws uniformly from [low, high) instead.
INITIALISERS = ("he", "glorot")
#: The parameters a layer may hold fixed (never updated; their gradients are still computed).
PARAMETER_KINDS = ("weights", "biases")


def default_initialiser(activations) -> str:
    """"he" when an activation of the chain asks for it (the rectifier family), else "glorot"."""
    return "he" if any(activation.init == "he" for activation in activations) else "glorot"


def initial_weights(rng: np.random.Generator, units: int, inputs: int, init, dtype=np.float64) -> np.ndarray:
    """Fresh weights (units, inputs) from ``init``: "he" draws N(0, 2/inputs), "glorot" U(-l, l)
    with l = sqrt(6/(inputs + units)), a pair (low, high) U(low, high). The same draws from the same
    generator always give the same weights."""
    shape = (units, inputs)
    if init == "he":
        weights = rng.normal(0.0, math.sqrt(2.0 / inputs), shape)
    elif init == "glorot":
        limit = math.sqrt(6.0 / (inputs + units))
        weights = rng.uniform(-limit, limit, shape)
    else:
        weights = rng.uniform(init[0], init[1], shape)
    return weights.astype(dtype)


def initial_biases(units: int, bias: str, dtype=np.float64) -> np.ndarray | None:
    """Zeros: (units,) for bias mode "neuron", a 0-d array for "shared", None for "none"."""
    if bias == "none":
        return None
    return np.zeros((), dtype) if bias == "shared" else np.zeros(units, dtype)


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
    activations : the activation chain, applied in order (a row-wise one only last).
    mask : 0/1 array (units, inputs) or None; a 0 means no connection: that weight stays 0, is never
        updated, and its gradient is 0.
    frozen : the parameters ("weights", "biases") the layer holds fixed: their gradients are
        computed as always, but ``update`` (and training) leaves them as they are.
    """

    weights: np.ndarray
    biases: np.ndarray | None
    activations: tuple[Activation, ...]
    mask: np.ndarray | None = None
    frozen: frozenset = frozenset()
    grads: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)
    workspace: dict | None = field(default=None, repr=False)

    @classmethod
    def build(cls, units: int, inputs: int, activations: tuple[Activation, ...], rng: np.random.Generator,
              dtype=np.float64, *, bias: str = "neuron", init=None, weights: np.ndarray | None = None,
              biases: np.ndarray | None = None, mask: np.ndarray | None = None, frozen=()) -> Dense:
        """A layer with the given parameters or fresh ones: weights from ``init`` (default: the
        activations' own, see default_initialiser) drawn from ``rng``, biases zero. A mask zeroes
        the weights it removes."""
        if weights is None:
            weights = initial_weights(rng, units, inputs, init or default_initialiser(activations), dtype)
        else:
            weights = np.array(weights, dtype=dtype)
        if mask is not None:
            mask = np.asarray(mask).astype(dtype)
            weights *= mask
        if biases is None:
            biases = initial_biases(units, bias, dtype)
        elif bias != "none":
            biases = np.array(biases, dtype=dtype)
        return cls(weights=weights, biases=biases, activations=tuple(activations), mask=mask,
                   frozen=frozenset(frozen))

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

        A row-wise activation also leaves what it recorded of its input in
        ``cache["stats"]`` (the row maxima and sums of exponentials, for its loss's log-sum-exp).
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
            if activation.elementwise:
                chain.append(activation.function(chain[-1], out=out))
            else:
                chain.append(activation.function(chain[-1], out=out, stats=stats))
        self.cache = {"a_prev": a_prev, "z": z, "chain": chain, "stats": stats or None}
        return chain[-1]

    def delta_from_output_gradient(self, grad_a: np.ndarray, start: int | None = None,
                                   grad_u: np.ndarray | None = None) -> np.ndarray:
        """delta = dL/dz from dL/da (samples, units), back through the activation chain.

        ``grad_u``/``start``: begin instead at the input of activation number ``start`` with the
        gradient ``grad_u`` there (used for a loss's fused delta).
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
        """Gradient descent in place: p <- p - eta * dL/dp (masked weights have gradient 0); frozen
        parameters are left as they are."""
        if "weights" not in self.frozen:
            self.weights -= learning_rate * self.grads["weights"]
        if self.biases is not None and "biases" not in self.frozen:
            self.biases -= learning_rate * self.grads["biases"]
