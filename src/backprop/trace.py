"""The trace of a worked solution: every number of every step, for renderers to show.

A trace is plain data. ``Trace.to_json_dict`` gives the JSON of docs/problem-format.md; the other
fields are there for the renderers (the values a person needs to follow the chain rule: the layer's
input, each value along its activation chain, dL/da and the parameters before the update). The
engine's facts about the network travel with it (``Trace.layers``, ``loss``, ``fused``), so that a
renderer shows what ran instead of rebuilding it from the problem file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class LayerFacts:
    """One layer as the engine ran it (the same in every step).

    units, inputs : its size; activations : its chain (registry entries with their parameters);
    bias : "neuron", "shared" or "none"; mask : 0/1 (units, inputs) or None; frozen : the
    parameters it held fixed ("weights", "biases").
    """

    units: int
    inputs: int
    activations: tuple
    bias: str = "neuron"
    mask: np.ndarray | None = field(default=None, compare=False)
    frozen: frozenset = frozenset()


@dataclass
class LayerTrace:
    """One layer in one step. Shapes: samples x units unless said otherwise.

    inputs : samples x inputs, a_prev (the network's input x for layer 1).
    z : pre-activation W a_prev + b.
    chain : the values after each activation of the chain; chain[-1] is a.
    a : the layer's output.
    grad_a : dL/da per sample (its own loss); for the output layer dL/da of the loss even where
        the delta was fused (then it is recorded, not used: it is +-inf where a probability
        underflowed to 0 with a target above 0).
    delta : dL/dz per sample.
    grad_weights : units x inputs, d(step loss)/dW after the reduction; 0 where masked.
    grad_biases : units (neuron), 0-d (shared) or None (none).
    weights_before, biases_before : the parameters the step started from.
    weights, biases : the parameters after the step's update.
    """

    z: np.ndarray
    chain: list[np.ndarray]
    inputs: np.ndarray
    grad_a: np.ndarray | None
    delta: np.ndarray
    grad_weights: np.ndarray
    grad_biases: np.ndarray | None
    weights_before: np.ndarray
    biases_before: np.ndarray | None
    weights: np.ndarray
    biases: np.ndarray | None

    @property
    def a(self) -> np.ndarray:
        return self.chain[-1]


@dataclass
class StepTrace:
    """One update step: which samples, their targets and losses, and each layer's numbers.

    sample_losses : (samples,) each sample's own loss; loss : the step's (their sum or mean).
    grad_x : samples x inputs, dL/dx: each sample's own loss's gradient for the network's inputs.
    """

    step: int
    samples: list[int]
    targets: np.ndarray
    sample_losses: np.ndarray
    loss: float
    layers: list[LayerTrace] = field(default_factory=list)
    grad_x: np.ndarray | None = None


@dataclass
class Trace:
    """All steps of a worked solution, with the settings they used and the network they ran.

    layers : each layer's facts (LayerFacts), in order; loss : the loss (a registry entry with its
    parameters); fused : whether the output delta was the loss's fused one (dL/dz = a - t).
    """

    steps: list[StepTrace]
    learning_rate: float
    reduction: str
    batch_size: int
    layers: list[LayerFacts] = field(default_factory=list)
    loss: object = None
    fused: bool = False

    def to_json_dict(self) -> dict:
        """The JSON trace of docs/problem-format.md: the fields every version writes and, after them,
        ``sample_losses`` and ``grad_x`` per step, ``grad_a`` (and ``frozen``, for a layer that
        holds parameters fixed) per layer."""
        return {"steps": [
            {
                "step": step.step,
                "samples": list(step.samples),
                "loss": float(step.loss),
                "layers": [
                    {
                        "z": _plain(layer.z),
                        "a": _plain(layer.a),
                        "delta": _plain(layer.delta),
                        "grad_weights": _plain(layer.grad_weights),
                        "grad_biases": _plain(layer.grad_biases),
                        "weights": _plain(layer.weights),
                        "biases": _plain(layer.biases),
                        "grad_a": _finite_or_none(layer.grad_a),
                        **({"frozen": sorted(self.layers[index].frozen)}
                           if self.layers and self.layers[index].frozen else {}),
                    }
                    for index, layer in enumerate(step.layers)
                ],
                "sample_losses": _plain(step.sample_losses),
                "grad_x": _plain(step.grad_x),
            }
            for step in self.steps
        ]}


def _finite_or_none(value):
    """An array as ``_plain`` does, or None where it is not finite (JSON has no infinity)."""
    if value is None or not np.isfinite(value).all():
        return None
    return _plain(value)


def _plain(value):
    """An array as nested lists of Python floats (0-d: one float; None stays None)."""
    if value is None:
        return None
    return np.asarray(value, dtype=np.float64).tolist()
