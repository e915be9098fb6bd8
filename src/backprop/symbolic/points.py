"""Random points at which check compares a formula with the true derivative.

The numbers are short decimals (0.7, -1.3; two or three decimals for wide layers, whose weights
must be small to keep z moderate), so that a counterexample can be followed by hand. Zeros are
avoided, because a weight of 0 can hide a mistake, and so are points where the input of an
activation is (nearly) at one of its kinks (0 for the rectifier family). One-hot targets cycle through the
classes so that every class is tried; other targets are short decimals in their range.
"""

from __future__ import annotations

import math

import numpy as np

from .numeric import FLOAT, Sample, apply_activation, forward
from .quantities import NetworkSymbols

KINK_CLEARANCE = 1e-6


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


class PointSampler:
    """Draws Samples (parameters, input, target, eta) for one network.

    Parameters
    ----------
    symbols : the network's symbols.
    seed : for the random generator, so a check can be repeated.
    classes : with one-hot targets, the classes a case allows (default: every class in turn).
    """

    def __init__(self, symbols: NetworkSymbols, seed: int = 0, classes: tuple | None = None):
        self.symbols = symbols
        self.rng = np.random.default_rng(seed)
        self.drawn = 0
        self.classes = classes  # the target classes a case allows (--when), None for all

    def draw(self, target_class: int | None = None) -> Sample:
        """One point; one-hot targets take ``target_class`` (default: the next in turn)."""
        for _ in range(100):
            sample = self._candidate(target_class)
            if self._clear_of_kinks(sample):
                break
        self.drawn += 1
        return sample

    def _candidate(self, target_class: int | None) -> Sample:
        symbols, rng = self.symbols, self.rng
        weights, biases = [], []
        for layer in range(1, symbols.depth + 1):
            spec = symbols.spec(layer)
            width, decimals = _scale(spec.inputs)
            matrix = _values(rng, (spec.units, spec.inputs), width, decimals)
            if spec.mask is not None:
                matrix = np.where(spec.mask == 0, 0.0, matrix)  # 0, not the -0 of a product
            weights.append(matrix)
            biases.append({"neuron": lambda: _values(rng, spec.units, width, decimals),
                           "shared": lambda: float(_values(rng, 1, width, decimals)[0]),
                           "none": lambda: None}[spec.bias]())
        x = _values(rng, symbols.units(0), 2.0 if symbols.units(0) <= 16 else 1.0, 1)
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
        return Sample(weights, biases, x, target, eta, count)

    def _clear_of_kinks(self, sample: Sample) -> bool:
        """No activation's input within KINK_CLEARANCE of one of its kinks."""
        if not any(activation.kinks for spec in self.symbols.specs for activation in spec.activations):
            return True
        values = forward(self.symbols, sample, FLOAT)
        for layer in range(1, self.symbols.depth + 1):
            inputs = values[self.symbols.z[layer]]
            for activation in self.symbols.spec(layer).activations:
                for kink in activation.kinks:
                    if np.min(np.abs(np.asarray(inputs, dtype=np.float64) - kink)) <= KINK_CLEARANCE:
                        return False
                inputs = apply_activation(activation, inputs, FLOAT)
        return True
