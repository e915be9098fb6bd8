"""Numbers for formulas: a forward pass at given parameters, and formulas evaluated there.

A formula in network quantities (x, W, b, z, a, y/t, eta, L) is evaluated by computing every
quantity with a forward pass and handing them to the formula compiled with ``sympy.lambdify``: the
same path for a 4-2-1 network and for one weight of a 784-128-64-10 network (where the formula is
a double ``Sum``), and never through the expanded expression.

Two backends: float64 (NumPy) for speed, and mpmath at 50 digits to tell a real difference from
rounding when a float64 comparison is close.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Callable

import mpmath
import numpy as np
import sympy as sp

from .functions import SYMBOLIC_ACTIVATIONS
from .quantities import NetworkSymbols

HIGH_PRECISION_DIGITS = 50


def _np_sigmoid(u):
    with np.errstate(over="ignore"):  # e^800 -> inf gives the right limit 0
        return 1.0 / (1.0 + np.exp(-u))


def _np_heaviside(u, at_zero=0.0):
    return np.heaviside(u, 0.0)


def _mp_heaviside(u, at_zero=0):
    return mpmath.mpf(1) if u > 0 else mpmath.mpf(0)


@dataclass(frozen=True)
class Backend:
    """How numbers are made and which functions a compiled formula calls."""

    name: str
    number: Callable[[float], object]
    modules: list
    vectorize: bool  # element-wise functions need np.vectorize (mpmath works on scalars)

    def array(self, values) -> np.ndarray:
        values = np.asarray(values, dtype=np.float64)
        if not self.vectorize:
            return values.copy()
        return np.vectorize(self.number, otypes=[object])(values) if values.size else values.astype(object)


FLOAT = Backend("float64", float, [{"sigmoid": _np_sigmoid, "relu": lambda u: np.maximum(u, 0.0),
                                    "Heaviside": _np_heaviside}, "numpy"], False)
# mpf(float) is exact, so both backends see the same point.
PRECISE = Backend("mpmath", mpmath.mpf, [{"sigmoid": lambda u: 1 / (1 + mpmath.exp(-u)),
                                         "relu": lambda u: u if u > 0 else mpmath.mpf(0),
                                         "Heaviside": _mp_heaviside}, "mpmath"], True)
BACKENDS = {backend.name: backend for backend in (FLOAT, PRECISE)}


@dataclass
class Sample:
    """One sample and one set of parameters: everything a forward pass needs.

    Attributes
    ----------
    weights : per layer, units x inputs (0 where masked).
    biases : per layer, an array (neuron), a float (shared) or None.
    x, target : the sample's input and target vectors.
    eta : the learning rate.
    """

    weights: list[np.ndarray]
    biases: list
    x: np.ndarray
    target: np.ndarray
    eta: float = 0.1
    count: int = 3   # K, the samples a sum over samples runs over


def arguments(symbols: NetworkSymbols) -> list:
    """The objects a compiled formula takes, in order."""
    found = [symbols.x, symbols.target, symbols.eta, symbols.L, symbols.K]
    for layer in range(1, symbols.depth + 1):
        found.append(symbols.W[layer])
        if symbols.b[layer] is not None:
            found.append(symbols.b[layer])
        found.extend([symbols.z[layer], symbols.a[layer]])
    return found


_U = sp.Symbol("u", real=True)


def _elementwise(name: str, backend: Backend) -> Callable:
    if name == "identity":
        return lambda values: values
    return _compiled_elementwise(name, backend.name)


@functools.lru_cache(maxsize=None)
def _compiled_elementwise(name: str, backend_name: str) -> Callable:
    # lambdify prints and compiles Python source: once per activation and backend, not per forward pass
    backend = BACKENDS[backend_name]
    function = sp.lambdify(_U, SYMBOLIC_ACTIVATIONS[name].value(_U), modules=backend.modules)
    return np.vectorize(function, otypes=[object]) if backend.vectorize else function


def _softmax(values: np.ndarray, backend: Backend) -> np.ndarray:
    shifted = values - max(values)
    exps = np.array([mpmath.exp(v) for v in shifted], dtype=object) if backend.vectorize else np.exp(shifted)
    return exps / exps.sum()


def _log(value, backend: Backend):
    return mpmath.log(value) if backend.vectorize else math.log(value) if value > 0 else -math.inf


def forward(symbols: NetworkSymbols, sample: Sample, backend: Backend = FLOAT) -> dict:
    """{argument: value} for every argument of ``arguments(symbols)``, by a forward pass."""
    values = {symbols.x: backend.array(sample.x), symbols.target: backend.array(sample.target),
              symbols.eta: backend.number(sample.eta), symbols.K: backend.number(float(sample.count))}
    previous = values[symbols.x]
    for layer in range(1, symbols.depth + 1):
        weights = backend.array(sample.weights[layer - 1])
        z = weights @ previous if weights.size else np.zeros(weights.shape[0], dtype=previous.dtype)
        bias = sample.biases[layer - 1]
        if bias is not None:
            bias_value = backend.number(float(bias)) if np.ndim(bias) == 0 else backend.array(bias)
            values[symbols.b[layer]] = bias_value
            z = z + bias_value
        a = z
        for name in symbols.spec(layer).activations:
            a = _softmax(a, backend) if name == "softmax" else _elementwise(name, backend)(a)
        values[symbols.W[layer]] = weights
        values[symbols.z[layer]], values[symbols.a[layer]] = z, a
        previous = a
    values[symbols.L] = _loss(symbols, previous, values[symbols.target], backend)
    return values


def _loss(symbols: NetworkSymbols, outputs, target, backend: Backend):
    if symbols.loss == "cross_entropy":
        scale = 1 / _log(backend.number(2.0), backend) if symbols.log_base == 2 else 1
        return -sum(t * _log(o, backend) for t, o in zip(target, outputs) if t != 0) * scale
    total = sum((t - o) ** 2 for t, o in zip(target, outputs))
    return total / 2 if symbols.loss == "half_squared_error" else total


class Compiled:
    """A formula in network quantities, compiled once per backend and evaluated at samples."""

    def __init__(self, symbols: NetworkSymbols, expr: sp.Expr):
        self.symbols = symbols
        self.expr = sp.sympify(expr)
        self._functions: dict[str, Callable] = {}

    def function(self, backend: Backend) -> Callable:
        if backend.name not in self._functions:
            self._functions[backend.name] = _lambdified(tuple(arguments(self.symbols)), self.expr, backend.name)
        return self._functions[backend.name]

    def __call__(self, values: dict, backend: Backend = FLOAT):
        """The formula's value at the forward-pass ``values`` (from ``forward``)."""
        arguments_now = [values.get(argument, None) for argument in arguments(self.symbols)]
        with np.errstate(all="ignore"):
            if backend.vectorize:
                with mpmath.workdps(HIGH_PRECISION_DIGITS):
                    return self.function(backend)(*arguments_now)
            return float(self.function(backend)(*arguments_now))


@functools.lru_cache(maxsize=4096)
def _lambdified(argument_objects: tuple, expr: sp.Expr, backend_name: str) -> Callable:
    """The compiled form of ``expr``, shared by every Compiled of the same formula on the same
    network: checking one claim compiles the truth and its pieces many times over otherwise."""
    return sp.lambdify(list(argument_objects), expr, modules=BACKENDS[backend_name].modules)


def precise_forward(symbols: NetworkSymbols, sample: Sample) -> dict:
    """``forward`` in mpmath at HIGH_PRECISION_DIGITS."""
    with mpmath.workdps(HIGH_PRECISION_DIGITS):
        return forward(symbols, sample, PRECISE)


def file_samples(problem) -> list[Sample]:
    """The file's own numbers: its initial parameters with each of its samples (none without data)."""
    if problem.x is None:
        return []
    network = problem.build_network(np.float64)
    weights = [layer.weights.copy() for layer in network.layers]
    biases = [None if layer.biases is None else (float(layer.biases) if layer.biases.ndim == 0
                                                 else layer.biases.copy()) for layer in network.layers]
    eta = problem.learning_rate if problem.learning_rate is not None else 0.1
    count = problem.batch_size or len(problem.x)
    return [Sample(weights, biases, problem.x[s], problem.targets[s], eta, count) for s in range(len(problem.x))]
