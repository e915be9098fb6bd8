"""The trace of a worked solution: every number of every step, for renderers to show.

A trace is plain data. ``Trace.to_json_dict`` gives exactly the JSON of
shared/spec/problem-format.md; the other fields are there for the renderers (the values a person
needs to follow the chain rule: the layer's input, each value along its activation chain, dL/da and
the parameters before the update).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class LayerTrace:
    """One layer in one step. Shapes: samples x units unless said otherwise.

    inputs : samples x inputs, a_prev (the network's input x for layer 1).
    z : pre-activation W a_prev + b.
    chain : the values after each activation of the chain; chain[-1] is a.
    a : the layer's output.
    grad_a : dL/da per sample (its own loss), or None where the delta was fused
        (a loss fused with the output layer's activation).
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
    """One update step: which samples, their targets and losses, and each layer's numbers."""

    step: int
    samples: list[int]
    targets: np.ndarray
    sample_losses: np.ndarray
    loss: float
    layers: list[LayerTrace] = field(default_factory=list)


@dataclass
class Trace:
    """All steps of a worked solution, with the settings they used."""

    steps: list[StepTrace]
    learning_rate: float
    reduction: str
    batch_size: int

    def to_json_dict(self) -> dict:
        """The JSON trace, exactly as shared/spec/problem-format.md gives it."""
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
                    }
                    for layer in step.layers
                ],
            }
            for step in self.steps
        ]}


def _plain(value):
    """An array as nested lists of Python floats (0-d: one float; None stays None)."""
    if value is None:
        return None
    return np.asarray(value, dtype=np.float64).tolist()
