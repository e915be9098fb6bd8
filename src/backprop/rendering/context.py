"""What every part of a worked solution needs to know: the problem, its layers and the size limits.

The limits decide when a layer is written out number by number and when it is summarised, so that
a 784-128-64-10 network gives a few hundred lines per step instead of megabytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..activations import Activation
from ..losses import Loss
from ..problem import Problem
from ..trace import LayerFacts, LayerTrace, StepTrace, Trace
from .pieces import Tex
from .symbols import sym

# Names of the values between the activations of a chain of two or more:
# z -> u -> a; longer chains go on with v, g, h.
_INTERMEDIATE = "uvgh"


@dataclass(frozen=True)
class Limits:
    """Sizes up to which things are written out in full.

    units : per-unit equations (z, a, delta) for layers with at most this many units.
    inputs : sums over a layer's inputs written term by term, and every weight's gradient and
        update listed, for layers with at most this many inputs (and ``units`` units).
    samples : samples of a step worked out in detail.
    listed : further samples whose values are listed as vectors (small layers only).
    preview : entries shown of an array that is summarised.
    """

    units: int = 12
    inputs: int = 12
    samples: int = 4
    listed: int = 16
    preview: int = 4


@dataclass
class LayerInfo:
    """One layer as the engine ran it (the trace's facts), numbered from 1."""

    number: int
    facts: LayerFacts

    @property
    def units(self) -> int:
        return self.facts.units

    @property
    def inputs(self) -> int:
        return self.facts.inputs

    @property
    def activations(self) -> tuple[Activation, ...]:
        return self.facts.activations

    @property
    def bias(self) -> str:
        """"neuron", "shared" or "none"."""
        return self.facts.bias

    @property
    def mask(self):
        return self.facts.mask

    @property
    def frozen(self) -> frozenset:
        """The parameters ("weights", "biases") the layer held fixed."""
        return self.facts.frozen

    def value(self, position: int, *index) -> Tex:
        """The symbol of chain position ``position``: 0 is z, the last is a, between u, v, ..."""
        last = len(self.activations)
        name = "z" if position == 0 else "a" if position == last else _INTERMEDIATE[position - 1]
        return sym(name, self.number, *index)

    @staticmethod
    def values(layer: LayerTrace) -> list[np.ndarray]:
        """The trace's arrays by chain position: z, then the output of each activation."""
        return [layer.z, *layer.chain]

    def connected(self, unit: int, input_: int) -> bool:
        """False where the mask says there is no connection."""
        return self.mask is None or bool(self.mask[unit, input_])

    @property
    def masked(self) -> int:
        """How many weights the mask removes."""
        return 0 if self.mask is None else int((self.mask == 0).sum())


@dataclass
class Context:
    """The trace (with the network and loss it ran), the problem (its title, samples and class
    names) and the limits."""

    trace: Trace
    problem: Problem
    limits: Limits = field(default_factory=Limits)
    width: int = 80  # columns of a line of text: tables wider than this are not built

    def __post_init__(self):
        self.layers = [LayerInfo(number, facts) for number, facts in enumerate(self.trace.layers, start=1)]
        self.loss: Loss = self.trace.loss

    @property
    def target_letter(self) -> str:
        """t for one-hot class targets, y for the others (the loss's targets say which)."""
        return self.loss.targets.letter

    @property
    def fused(self) -> bool:
        """Whether the output delta was the loss's fused one, a - t (the engine says)."""
        return self.trace.fused

    @property
    def summarising(self) -> bool:
        """Whether any layer is too large to list weight by weight."""
        return not all(self.per_weight(info) for info in self.layers)

    def per_unit(self, info: LayerInfo) -> bool:
        return info.units <= self.limits.units

    def per_weight(self, info: LayerInfo) -> bool:
        return info.units <= self.limits.units and info.inputs <= self.limits.inputs

    def detailed(self, step: StepTrace) -> range:
        """Rows (positions in the step's batch) worked out in detail."""
        return range(min(len(step.samples), self.limits.samples))

    def listed(self, step: StepTrace) -> range:
        """Rows after the detailed ones whose values are listed without the working."""
        return range(self.limits.samples, min(len(step.samples), self.limits.samples + self.limits.listed))

    def omitted(self, step: StepTrace) -> int:
        """How many rows are neither detailed nor listed."""
        return max(0, len(step.samples) - self.limits.samples - self.limits.listed)

    def class_name(self, sample: int) -> str | None:
        """The class name (or index) of a sample given by a label, else None."""
        if self.problem.labels is None:
            return None
        label = self.problem.labels[sample]
        return self.problem.classes[label] if self.problem.classes else str(label)

    @property
    def json_hint(self) -> str:
        """The command that prints every number."""
        return f"backprop explain {self.problem.path} --format json"
