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

    def reserve(self, batch_size: int, input_gradient: bool = True) -> None:
        """Preallocate every per-step array for batches of up to ``batch_size`` samples.

        After this, forward and backward write into the same buffers at every step (the training
        path: no allocation, no page faults). Without it, each call allocates fresh arrays, which
        the worked-solution path keeps in its trace. The buffers are made here, all of them, so that
        views of their rows (``rows``) can be handed to threads before the first step.
        input_gradient : False for a first layer, whose dL/dx training never computes.
        """
        dtype, units, count = self.weights.dtype, self.units, len(self.activations)
        workspace = {"rows": batch_size}
        for key in ("z", *_workspace_keys("a", count), *_workspace_keys("delta", max(1, count)),
                    "scaled_delta"):
            workspace[key] = np.empty((batch_size, units), dtype)
        if input_gradient:
            workspace["grad_input"] = np.empty((batch_size, self.inputs), dtype)
        workspace["grad_weights"] = np.empty_like(self.weights)
        if self.biases is not None:
            workspace["grad_biases"] = np.empty_like(self.biases)
        self.workspace = workspace

    def rows(self, start: int, stop: int) -> Dense:
        """This layer seen by one thread of a split step: the same parameters (the very arrays),
        its own cache, and as workspace the rows start..stop of this layer's reserved per-sample
        buffers, so that what it computes lands in its rows of the whole batch's arrays."""
        workspace = {key: value[start:stop] for key, value in self.workspace.items()
                     if key not in ("rows", "grad_weights", "grad_biases")}
        workspace["rows"] = stop - start
        return Dense(self.weights, self.biases, self.activations, self.mask, self.frozen,
                     workspace=workspace)

    def cache_rows(self, a_prev: np.ndarray) -> None:
        """Cache what a forward pass on a_prev (samples, inputs) leaves, once row views of this
        layer (``rows``) have each done the forward pass on their rows of a_prev: the values are
        already in the reserved buffers. For element-wise activations (no statistics to keep)."""
        rows = a_prev.shape[0]
        z = self.workspace["z"][:rows]
        chain = [z] + [self.workspace[key][:rows] for key in _workspace_keys("a", len(self.activations))]
        self.cache = {"a_prev": a_prev, "z": z, "chain": chain, "stats": None}

    @property
    def output_key(self) -> str:
        """The workspace key of the layer's output a: its last activation's, or z for none."""
        return _workspace_keys("a", len(self.activations))[-1] if self.activations else "z"

    def buffer(self, key: str, rows: int, columns: int) -> np.ndarray:
        """A (rows, columns) array: fresh, or the first rows of a reserved buffer."""
        workspace = self.workspace
        if workspace is None or rows > workspace["rows"] or key not in workspace:
            return np.empty((rows, columns), self.weights.dtype)
        return workspace[key][:rows]

    def _parameter_buffer(self, key: str, like: np.ndarray) -> np.ndarray:
        if self.workspace is None or key not in self.workspace:
            return np.empty_like(like)
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
        gradient ``grad_u`` there (used for a loss's fused delta, which the network computes into
        ``buffer("delta<start>")``). The delta ends in ``buffer("delta0")`` (copied there for a
        layer without activations), where a split training step reads every thread's rows.
        """
        chain = self.cache["chain"]
        stop = len(self.activations) if start is None else start
        grad = grad_a if grad_u is None else grad_u
        keys = _workspace_keys("delta", max(1, len(self.activations)))
        for k in range(stop - 1, -1, -1):
            out = self.buffer(keys[k], grad.shape[0], self.units)
            grad = self.activations[k].backward(chain[k], chain[k + 1], grad, out=out)
        if not self.activations and self.workspace is not None:
            out = self.buffer("delta0", grad.shape[0], self.units)
            np.copyto(out, grad)
            grad = out
        return grad

    def backward(self, delta: np.ndarray, scale: float = 1.0, need_input_gradient: bool = True):
        """Store d(step loss)/d(parameters) in ``grads`` and return dL/da_prev per sample.

        delta : (samples, units), each sample's own dL/dz.
        scale : 1 for a summed step loss, 1/samples for a mean.
        need_input_gradient : False for the first layer in training, where dL/dx is not needed.
        """
        self.parameter_gradients(delta, self.cache["a_prev"], scale)
        return self.input_gradient(delta) if need_input_gradient else None

    def parameter_gradients(self, delta: np.ndarray, a_prev: np.ndarray, scale: float = 1.0,
                            units: slice | None = None) -> None:
        """d(step loss)/dW = scale * delta^T a_prev and d/db = scale * (delta summed over samples),
        into ``grads``.

        delta : (samples, units), each sample's own dL/dz; a_prev : (samples, inputs).
        units : compute only the rows of these units (a thread's share of a split training step;
            each unit's gradient is computed exactly as without the split). None: every unit.
        """
        all_weights = self._parameter_buffer("grad_weights", self.weights)
        all_biases = None if self.biases is None else self._parameter_buffer("grad_biases", self.biases)
        self.grads["weights"], self.grads["biases"] = all_weights, all_biases
        grad_weights = all_weights
        if units is not None:
            if self.bias_mode == "shared":
                raise ValueError("a shared bias's gradient sums over every unit: it cannot be split")
            delta, grad_weights = delta[:, units], all_weights[units]
        # The step's loss is scale * (sum of the samples' losses). The scale goes onto delta
        # (samples x units) before the product rather than onto the gradient after it: the same
        # number, one pass over a small array instead of one over the weights (784 x 128 floats
        # for MNIST's first layer). Exactly the same bits when scale is a power of two (1/128).
        scaled = delta
        if scale != 1.0:
            out = self.buffer("scaled_delta", delta.shape[0], self.units)
            scaled = np.multiply(delta, scale, out=out if units is None else out[:, units])
        if delta.shape[0] == 1:
            # One sample: the product is an outer product. numpy's matmul takes a slow generic loop
            # for it (50 times slower here); multiply.outer gives the same products, and + 0.0
            # turns its -0.0 (a negative delta times an input 0) into the +0.0 the matmul's sum
            # from 0 gives: the same bits.
            np.multiply.outer(scaled[0], a_prev[0], out=grad_weights)
            np.add(grad_weights, 0.0, out=grad_weights)
        else:
            np.matmul(scaled.T, a_prev, out=grad_weights)
        if self.mask is not None:
            # copyto rather than *= mask: a masked gradient is 0, not -0.0 from (negative) * 0
            np.copyto(grad_weights, 0, where=(self.mask if units is None else self.mask[units]) == 0)
        if self.biases is None:
            return
        if self.biases.ndim == 0:
            self.grads["biases"] = np.asarray(scaled.sum(), dtype=self.biases.dtype)
        else:
            # np.add.reduce is what np.sum calls, without its Python wrapper
            np.add.reduce(scaled, axis=0, out=all_biases if units is None else all_biases[units])

    def input_gradient(self, delta: np.ndarray) -> np.ndarray:
        """dL/da_prev = delta W per sample: (samples, units) -> (samples, inputs)."""
        return np.matmul(delta, self.weights, out=self.buffer("grad_input", delta.shape[0], self.inputs))

    def update(self, learning_rate: float) -> None:
        """Gradient descent in place: p <- p - eta * dL/dp (masked weights have gradient 0); frozen
        parameters are left as they are."""
        if "weights" not in self.frozen:
            self.weights -= learning_rate * self.grads["weights"]
        if self.biases is not None and "biases" not in self.frozen:
            self.biases -= learning_rate * self.grads["biases"]
