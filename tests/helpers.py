"""Shared pieces of the oracle tests: a network problem as plain Python data, its TOML text, and a
small NumPy forward pass written here, independently of the engine, to compute the reference values.

Nothing here imports backprop: the oracle must not be the code under test.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

EPS = float(np.finfo(np.float64).eps)

class Given(dict):
    """An activation with parameters in a chain, {"name": ..., "slope": 0.2}, hashable (chains are
    collected in sets)."""

    def __hash__(self):
        return hash(tuple(sorted(self.items())))


# An activation of a chain is written as a name, or as a dict with its name and parameters
# ({"name": ..., "slope": 0.2}), as a problem file writes it.
HIDDEN_CHAINS = (("identity",), ("sigmoid",), ("tanh",), ("relu",), ("tanh", "sigmoid"), ("relu", "tanh"),
                 (Given(name="leaky_relu", slope=0.2),), (Given(name="elu", alpha=1.5),), ("softplus",),
                 ("silu",), ("gelu",), ("gelu", "tanh"))
SOFTMAX_CHAINS = (("softmax",), ("relu", "softmax"), ("tanh", "softmax"))
#: Losses of any output and any real targets.
SQUARED_LOSSES = ("squared_error", "half_squared_error", "mean_squared_error", "huber")
#: Losses that need an output activation (their name -> that activation's name), with log bases.
FUSED_LOSSES = {"cross_entropy": "softmax", "binary_cross_entropy": "sigmoid"}
#: Losses whose targets are one-hot (or probability) rows, and those whose targets are each in [0, 1].
ONE_HOT_LOSSES = {"cross_entropy"}
UNIT_LOSSES = {"binary_cross_entropy"}
#: Activations whose derivative jumps at 0 (finite differences stay away from there).
KINKED = {"relu", "leaky_relu", "elu"}
#: Losses with a kink: how far each output is from it (the Huber loss's derivative jumps where
#: |a - y| = delta), an oracle written here.
LOSS_KINKS = {"huber": lambda targets, outputs, delta=1.0: np.abs(np.abs(outputs - targets) - delta)}


def spec_name(spec) -> str:
    return spec if isinstance(spec, str) else spec["name"]


def spec_params(spec) -> dict:
    return {} if isinstance(spec, str) else {key: value for key, value in spec.items() if key != "name"}


@dataclass
class LayerCase:
    """One [[layer]]: weights units x inputs (0 where masked), biases (units,), a float, or None."""

    activations: tuple[str, ...]
    bias: str
    weights: np.ndarray
    biases: np.ndarray | float | None
    mask: np.ndarray | None = None
    write_biases: bool = True  # False: leave 'biases' out of the file (the default is zeros)

    @property
    def units(self) -> int:
        return self.weights.shape[0]

    @property
    def inputs(self) -> int:
        return self.weights.shape[1]

    def bias_value(self):
        if self.bias == "none":
            return None
        if not self.write_biases:
            return 0.0 if self.bias == "shared" else np.zeros(self.units)
        return self.biases


@dataclass
class Case:
    """A whole problem: layers, loss, data, update. ``targets`` is samples x outputs; when
    ``labels`` is given the file has labels (indices, or names from ``classes``) instead of y."""

    layers: list[LayerCase]
    loss: str
    x: np.ndarray
    targets: np.ndarray
    log_base: float | None = None  # losses with a logarithm: math.e or 2.0
    loss_params: dict = field(default_factory=dict)  # the loss's other parameters
    labels: list | None = None
    classes: list[str] | None = None
    learning_rate: float = 0.1
    batch_size: int | None = None
    reduction: str | None = None  # None: not written, the default (mean)
    steps: int | None = None

    @property
    def mean(self) -> bool:
        return self.reduction in (None, "mean")

    def params(self) -> list[tuple[np.ndarray, object]]:
        """(W, b) per layer as fresh float64 copies (b: array, 0-d array or None)."""
        out = []
        for layer in self.layers:
            b = layer.bias_value()
            out.append((np.array(layer.weights, dtype=np.float64),
                        None if b is None else np.array(b, dtype=np.float64)))
        return out


# ------------------------------------------------------------------------------------------------
# TOML text


def _num(value) -> str:
    text = repr(float(value))  # shortest text that reads back to the same float64
    assert text not in ("nan", "inf", "-inf")
    return text


def _vec(values) -> str:
    return "[" + ", ".join(_num(v) for v in values) + "]"


def _mat(rows) -> str:
    return "[" + ", ".join(_vec(row) for row in rows) + "]"


def _str(value: str) -> str:
    return '"' + value + '"'


def _spec(spec) -> str:
    """An activation as TOML: "name" or {name = "name", slope = 0.2}."""
    if isinstance(spec, str):
        return _str(spec)
    return "{" + ", ".join([f"name = {_str(spec['name'])}"] + [f"{k} = {_num(v)}" for k, v in spec_params(spec).items()]) + "}"


def to_toml(case: Case) -> str:
    lines = ["# generated by the oracle tests"]
    for index, layer in enumerate(case.layers):
        lines.append("[[layer]]")
        if index == 0:
            lines.append(f"inputs = {layer.inputs}")
        lines.append(f"units = {layer.units}")
        acts = [_spec(a) for a in layer.activations]
        lines.append("activation = " + (acts[0] if len(acts) == 1 else "[" + ", ".join(acts) + "]"))
        lines.append(f"bias = {_str(layer.bias)}")
        lines.append(f"weights = {_mat(layer.weights)}")
        if layer.bias != "none" and layer.write_biases:
            lines.append("biases = " + (_num(layer.biases) if layer.bias == "shared" else _vec(layer.biases)))
        if layer.mask is not None:
            lines.append("mask = [" + ", ".join("[" + ", ".join(str(int(m)) for m in row) + "]"
                                                for row in layer.mask) + "]")
    lines.append("[loss]")
    lines.append(f"name = {_str(case.loss)}")
    if case.loss in FUSED_LOSSES:
        lines.append("log_base = " + ('"e"' if case.log_base in (None, math.e) else "2"))
    for key, value in case.loss_params.items():
        lines.append(f"{key} = {_num(value)}")
    lines.append("[data]")
    lines.append(f"x = {_mat(case.x)}")
    if case.labels is not None:
        if case.classes is not None:
            lines.append("classes = [" + ", ".join(_str(c) for c in case.classes) + "]")
            lines.append("labels = [" + ", ".join(_str(case.classes[i]) for i in case.labels) + "]")
        else:
            lines.append("labels = [" + ", ".join(str(int(i)) for i in case.labels) + "]")
    else:
        lines.append(f"y = {_mat(case.targets)}")
    lines.append("[update]")
    lines.append(f"learning_rate = {_num(case.learning_rate)}")
    if case.batch_size is not None:
        lines.append(f"batch_size = {case.batch_size}")
    if case.reduction is not None:
        lines.append(f"reduction = {_str(case.reduction)}")
    if case.steps is not None:
        lines.append(f"steps = {case.steps}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------
# The independent forward pass (NumPy, float64)


def _ref_sigmoid(u):
    with np.errstate(over="ignore"):  # exp(-u) = inf for u << 0 gives the right limit 0
        return 1.0 / (1.0 + np.exp(-u))


_ref_erf = np.vectorize(math.erf, otypes=[float])


def _ref_softmax(u):
    e = np.exp(u - u.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


#: Every activation of the registry, written here from its textbook definition (not the engine's).
REFERENCE_ACTIVATIONS = {
    "identity": lambda u: u,
    "sigmoid": _ref_sigmoid,
    "tanh": np.tanh,
    "relu": lambda u: np.where(u > 0, u, 0.0),
    "softmax": _ref_softmax,
    "leaky_relu": lambda u, slope=0.01: np.where(u > 0, u, slope * u),
    "elu": lambda u, alpha=1.0: np.where(u > 0, u, alpha * (np.exp(np.minimum(u, 0)) - 1)),
    "softplus": lambda u: np.log1p(np.exp(u)),
    "silu": lambda u: u * _ref_sigmoid(u),
    "gelu": lambda u: 0.5 * u * (1 + _ref_erf(u / math.sqrt(2))),
}


def ref_activation(spec, u: np.ndarray) -> np.ndarray:
    return REFERENCE_ACTIVATIONS[spec_name(spec)](u, **spec_params(spec))


def ref_log_softmax(u: np.ndarray) -> np.ndarray:
    m = u.max(axis=-1, keepdims=True)
    return u - m - np.log(np.exp(u - m).sum(axis=-1, keepdims=True))


def ref_chain(activations, z: np.ndarray) -> list[np.ndarray]:
    """[z, f1(z), f2(f1(z)), ...]."""
    chain = [z]
    for name in activations:
        chain.append(ref_activation(name, chain[-1]))
    return chain


def ref_layer_z(layer: LayerCase, W, b, a_prev: np.ndarray) -> np.ndarray:
    W_eff = W if layer.mask is None else W * layer.mask  # a masked connection does not exist
    z = a_prev @ W_eff.T
    return z if b is None else z + b


def ref_forward(case: Case, params, x: np.ndarray) -> list[list[np.ndarray]]:
    """Per layer, the chain [z, ..., a] for the samples x."""
    chains, a = [], x
    for layer, (W, b) in zip(case.layers, params):
        chain = ref_chain(layer.activations, ref_layer_z(layer, W, b, a))
        chains.append(chain)
        a = chain[-1]
    return chains


def ref_forward_from(case: Case, params, index: int, z: np.ndarray) -> list[list[np.ndarray]]:
    """The forward pass from layer ``index`` on, starting at its pre-activation z."""
    chains = [ref_chain(case.layers[index].activations, z)]
    for layer, (W, b) in zip(case.layers[index + 1:], params[index + 1:]):
        chains.append(ref_chain(layer.activations, ref_layer_z(layer, W, b, chains[-1][-1])))
    return chains


def _ref_huber(residual, delta):
    small = np.abs(residual) <= delta
    return np.where(small, residual ** 2 / 2, delta * np.abs(residual) - delta ** 2 / 2).sum(axis=-1)


def _ref_log_sigmoid(u):
    """log sigmoid(u) = -log(1 + e^-u), as log1p of the smaller exponential: log(p) and log(1 - p)
    from p itself lose digits where p rounds near 1 (1 - p for u = 12 keeps 5 of them)."""
    with np.errstate(over="ignore"):
        return np.where(u >= 0, -np.log1p(np.exp(-np.abs(u))), u - np.log1p(np.exp(-np.abs(u))))


def _ref_binary_cross_entropy(targets, out_chain, scale):
    u = out_chain[-2]  # the sigmoid's input: log p = log sigmoid(u), log(1 - p) = log sigmoid(-u)
    terms = (np.where(targets != 0, targets * _ref_log_sigmoid(u), 0.0)
             + np.where(targets != 1, (1 - targets) * _ref_log_sigmoid(-u), 0.0))
    return -terms.sum(axis=-1) * scale


def _ref_cross_entropy(targets, out_chain, scale):
    log_p = ref_log_softmax(out_chain[-2])  # the softmax's input
    return -np.where(targets != 0, targets * log_p, 0.0).sum(axis=-1) * scale


#: Every loss of the registry per sample, written here from its definition: (targets, the output
#: layer's chain [z, ..., a], 1 / ln(log base), the loss's other parameters) -> (samples,).
REFERENCE_LOSSES = {
    "squared_error": lambda t, chain, scale: ((t - chain[-1]) ** 2).sum(axis=-1),
    "half_squared_error": lambda t, chain, scale: 0.5 * ((t - chain[-1]) ** 2).sum(axis=-1),
    "mean_squared_error": lambda t, chain, scale: ((t - chain[-1]) ** 2).sum(axis=-1) / t.shape[-1],
    "huber": lambda t, chain, scale, delta=1.0: _ref_huber(t - chain[-1], delta),
    "cross_entropy": _ref_cross_entropy,
    "binary_cross_entropy": _ref_binary_cross_entropy,
}


def ref_sample_losses(case: Case, out_chain: list[np.ndarray], targets: np.ndarray) -> np.ndarray:
    """Each sample's own loss, from the output layer's chain."""
    scale = 1.0 if case.log_base in (None, math.e) else 1.0 / math.log(case.log_base)
    return REFERENCE_LOSSES[case.loss](targets, out_chain, scale, **case.loss_params)


def ref_step_loss(case: Case, params, x: np.ndarray, targets: np.ndarray) -> float:
    losses = ref_sample_losses(case, ref_forward(case, params, x)[-1], targets)
    return float(losses.mean() if case.mean else losses.sum())


def relu_inputs(case: Case, chains) -> list[np.ndarray]:
    """Every array that goes into a kinked activation in the forward pass (where the loss has a kink)."""
    out = []
    for layer, chain in zip(case.layers, chains):
        for position, spec in enumerate(layer.activations):
            if spec_name(spec) in KINKED:
                out.append(chain[position])
    return out


def batch_indices(step: int, batch: int, count: int) -> list[int]:
    """The samples of update step ``step`` (from 1), as the spec words it."""
    return [i % count for i in range((step - 1) * batch, step * batch)]


def write_training_folder(folder, problem_text: str, samples: int):
    """``folder`` with net.toml (``problem_text``, whose [train] reads data.npz) and data.npz: ``samples``
    rows of 6 normal features, 3 classes from a fixed nonlinear rule. Returns ``folder``."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(samples, 6))
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).astype(np.int64) + (x[:, 3] > 1)
    np.savez(folder / "data.npz", x=x, y=y)
    (folder / "net.toml").write_text(problem_text)
    return folder


def away_from_default(entry) -> dict:
    """A value of each parameter of an activation or loss entry other than its default (twice or
    half of it), where the parameter is a number that takes one: the tests of every entry use it."""
    values = {}
    for parameter in entry.parameters:
        for candidate in (parameter.default * 2, parameter.default / 2):
            if isinstance(parameter.default, float) and parameter.accept(candidate):
                values[parameter.name] = candidate
                break
    return values


def spelled(name: str, values: dict) -> str:
    """An activation or loss as a problem file writes it: "name", or {name = "name", key = value}."""
    if not values:
        return f'"{name}"'
    return "{" + ", ".join([f'name = "{name}"'] + [f"{k} = {v!r}" for k, v in values.items()]) + "}"
