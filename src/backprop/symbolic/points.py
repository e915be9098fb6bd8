"""Random points at which check compares a formula with the true derivative.

The numbers are short decimals (0.7, -1.3; two or three decimals for wide layers, whose weights
must be small to keep z moderate), so that a counterexample can be followed by hand. Zeros are
avoided, because a weight of 0 can hide a mistake, and so are points where the input of an
activation is (nearly) at one of its kinks (0 for the rectifier family). One-hot targets cycle through the
classes so that every class is tried; other targets are short decimals in their range.
"""

from __future__ import annotations

import copy
import math
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from .numeric import Sample, forward_at
from .numeric_backends import FLOAT, apply_activation
from .quantities import NetworkSymbols

KINK_CLEARANCE = 1e-6
SHARED_SERIES = 32               # (network, seed, classes) whose points are kept
SHARED_POINTS = 256              # points kept per series
# weights and biases kept over all series (64 MB of float64): a point of MNIST's 784-128-64-10 network
# has 109,386, so 73 of its points are kept, enough for the 24 a general rule is compared at (each
# check of a claim drew them afresh, with their 50-digit forward pass)
SHARED_VALUES = 8_000_000


def _scale(fan_in: int) -> tuple[float, int]:
    """(half-width, decimals) of the uniform values for a layer with ``fan_in`` inputs."""
    if fan_in <= 4:
        return 1.5, 1
    width = 3.0 / math.sqrt(fan_in)
    return width, 2 if width >= 0.1 else 3


def _values(rng: np.random.Generator, shape, width: float, decimals: int) -> np.ndarray:
    values = np.round(rng.uniform(-width, width, shape), decimals)
    smallest = 10.0 ** -decimals
    zeros = values == 0
    values[zeros] = np.where(rng.random(int(zeros.sum())) < 0.5, -smallest, smallest)
    return values


@dataclass
class _Series:
    """The points a fresh sampler draws for one (network, seed, classes), in order: (Sample, the
    generator's state after it)."""

    problem: object                 # the problem the series is for (kept so that its id stays its own)
    parameters: int = 0             # numbers of a point (its weights and biases)
    points: list = field(default_factory=list)

    @property
    def capacity(self) -> int:
        return min(SHARED_POINTS, SHARED_VALUES // max(self.parameters, 1))


_SERIES: OrderedDict = OrderedDict()


def _series(symbols: NetworkSymbols, seed: int, classes, fixed: tuple = ()) -> _Series | None:
    if symbols.parameter_count() > SHARED_VALUES:
        return None
    key = (id(symbols.problem), seed, classes, fixed)
    found = _SERIES.get(key)
    if found is None or found.problem is not symbols.problem:
        found = _Series(symbols.problem, symbols.parameter_count())
        _SERIES[key] = found
    _SERIES.move_to_end(key)
    # the least recently used series go first, beyond SHARED_SERIES or SHARED_VALUES (never this one)
    while len(_SERIES) > 1 and (len(_SERIES) > SHARED_SERIES or _kept() > SHARED_VALUES):
        _SERIES.popitem(last=False)
    return found


def _kept() -> int:
    """The numbers the shared points hold, over all series."""
    return sum(len(series.points) * series.parameters for series in _SERIES.values())


class PointSampler:
    """Draws Samples (parameters, input, target, eta) for one network.

    Parameters
    ----------
    symbols : the network's symbols.
    seed : for the random generator, so a check can be repeated.
    classes : with one-hot targets, the classes a case allows (default: every class in turn).
    fixed : ((kind, index, value), ...), kind "target" or "x": the sample's data a case in words gives,
        ``since y = 0`` (homework's data cases); kind "bias", index (layer, unit or None for a shared bias): a
        given bias the formula writes by its value; kind "weight", index (layer, row, column): a weight of 1 the
        formula leaves out; kind "eta" (index None): the file's learning rate a formula writes as its number;
        every point has those entries.
    """

    def __init__(self, symbols: NetworkSymbols, seed: int = 0, classes: tuple | None = None, fixed: tuple = ()):
        self.symbols = symbols
        self.rng = np.random.default_rng(seed)
        self.drawn = 0
        self.classes = classes  # the target classes a case allows (--when), None for all
        # the shared points, while every draw so far has been the next in turn
        self.fixed = tuple(fixed)
        self.series = _series(symbols, seed, None if classes is None else tuple(classes), self.fixed)

    def draw(self, target_class: int | None = None, spread: float = 1.0) -> Sample:
        """One point; one-hot targets take ``target_class`` (default: the next in turn); ``spread``
        widens the range of the inputs, weights and biases (a search for a far piece of a kink)."""
        if self.series is not None:
            if target_class is None and spread == 1.0 and self.drawn < self.series.capacity:
                return self._shared()
            if self.drawn:  # leaving the shared points: go on from where they left the generator
                self.rng.bit_generator.state = copy.deepcopy(self.series.points[self.drawn - 1][1])
            self.series = None
        return self._fresh(target_class, spread)

    def _shared(self) -> Sample:
        points = self.series.points
        if self.drawn < len(points):
            self.drawn += 1
            return points[self.drawn - 1][0]
        index = self.drawn
        if points:  # this sampler is the first to go this far: on from the last point's state
            self.rng.bit_generator.state = copy.deepcopy(points[-1][1])
        sample = self._fresh(None)
        forward_at(self.symbols, sample)
        # One append, after the draw: a draw stopped by a time limit leaves the series as it was;
        # a sampler in another thread (a Dask worker's) that drew the same point first keeps its own.
        if len(points) == index:
            points.append((sample, copy.deepcopy(self.rng.bit_generator.state)))
        return points[index][0]

    def _fresh(self, target_class: int | None, spread: float = 1.0) -> Sample:
        for _ in range(100):
            sample = self._candidate(target_class, spread)
            if self._clear_of_kinks(sample):
                break
        self.drawn += 1
        return sample

    def _candidate(self, target_class: int | None, spread: float = 1.0) -> Sample:
        symbols, rng = self.symbols, self.rng
        weights, biases = [], []
        for layer in range(1, symbols.depth + 1):
            spec = symbols.spec(layer)
            width, decimals = _scale(spec.inputs)
            width *= spread
            matrix = _values(rng, (spec.units, spec.inputs), width, decimals)
            if spec.mask is not None:
                matrix = np.where(spec.mask == 0, 0.0, matrix)  # 0, not the -0 of a product
            weights.append(matrix)
            biases.append({"neuron": lambda: _values(rng, spec.units, width, decimals),
                           "shared": lambda: float(_values(rng, 1, width, decimals)[0]),
                           "none": lambda: None}[spec.bias]())
        x = _values(rng, symbols.units(0), (2.0 if symbols.units(0) <= 16 else 1.0) * spread, 1)
        outputs = symbols.units(symbols.depth)
        targets = symbols.loss.targets
        if symbols.one_hot:
            if target_class is not None:
                chosen = target_class
            elif self.classes:
                chosen = self.classes[self.drawn % len(self.classes)]
            else:
                chosen = self.drawn % outputs
            target = np.eye(outputs)[chosen]
        else:
            target = np.round(rng.uniform(max(targets.low, -1.0), min(targets.high, 1.0), outputs), 1)
        eta = float(np.round(rng.uniform(0.05, 0.95), 2))
        count = 2 + self.drawn % 5   # K from 2 to 6, without a draw (the points stay as they were)
        for kind, index, value in self.fixed:  # after the draws: the other numbers are those of the free points
            if kind == "bias" and index[1] is None:  # a layer's shared bias
                biases[index[0] - 1] = value
            elif kind == "bias":
                biases[index[0] - 1][index[1]] = value
            elif kind == "weight":
                weights[index[0] - 1][index[1], index[2]] = value
            elif kind == "eta":
                eta = value
            else:
                (target if kind == "target" else x)[index] = value
        return Sample(weights, biases, x, target, eta, count)

    def _clear_of_kinks(self, sample: Sample) -> bool:
        """No activation's input within KINK_CLEARANCE of one of its kinks."""
        if not any(activation.kinks for spec in self.symbols.specs for activation in spec.activations):
            return True
        values = forward_at(self.symbols, sample, FLOAT)
        for layer in range(1, self.symbols.depth + 1):
            inputs = values[self.symbols.z[layer]]
            for activation in self.symbols.spec(layer).activations:
                for kink in activation.kinks:
                    if np.min(np.abs(np.asarray(inputs, dtype=np.float64) - kink)) <= KINK_CLEARANCE:
                        return False
                inputs = apply_activation(activation, inputs, FLOAT)
        return True
