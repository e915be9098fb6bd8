"""Numbers for formulas: a forward pass at given parameters, and formulas evaluated there.

A formula in network quantities (x, W, b, z, a, y/t, eta, L) is evaluated by computing every
quantity with a forward pass and handing them to the formula compiled with ``sympy.lambdify``: the
same path for a 4-2-1 network and for one weight of a 784-128-64-10 network (where the formula is
a double ``Sum``), and never through the expanded expression.

Two backends (numeric_backends.py): float64 (NumPy) for speed, and mpmath at 50 digits to tell a real
difference from rounding when a float64 comparison is close.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import mpmath
import numpy as np
import sympy as sp

from ..expression import evaluate
from .large_formulas import distinct_nodes, index_template, template_index
from .numeric_backends import (BACKENDS, FLOAT, PRECISE, Backend, PreciseMatrix, apply_activation, bare_lambdify,
                               exact_product)
from .quantities import NetworkSymbols
from .sum_printing import MemoSumPrinter, OncePrintedMpmath, OncePrintedNumPy, SumMemo, SumPrinter

HIGH_PRECISION_DIGITS = 50
#: formulas whose values are kept with a sample, per backend (Compiled.at): bounded, as every memo of a run is
KEPT_VALUES = 512


# KroneckerDelta(i, j) of index letters (calculus.indexed_forward), compiled as the backends' index_equal: element by
# element over the arrays of a rule's index values (families.py), where lambdify's own "1 if i == j"
# takes one value only.
_INDEX_EQUAL = sp.Function("index_equal")


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
    # {backend name: forward values}, filled by forward_at: a point is compared with many formulas
    memo: dict = field(default_factory=dict, repr=False, compare=False)


def arguments(symbols: NetworkSymbols) -> list:
    """The objects a compiled formula takes, in order."""
    found = [symbols.x, symbols.target, symbols.eta, symbols.L, symbols.K]
    for layer in range(1, symbols.depth + 1):
        found.append(symbols.W[layer])
        if symbols.b[layer] is not None:
            found.append(symbols.b[layer])
        found.extend([symbols.z[layer], symbols.a[layer]])
    return found


def forward(symbols: NetworkSymbols, sample: Sample, backend: Backend = FLOAT) -> dict:
    """{argument: value} for every argument of ``arguments(symbols)``, by a forward pass."""
    values = {symbols.x: backend.array(sample.x), symbols.target: backend.array(sample.target),
              symbols.eta: backend.number(sample.eta), symbols.K: backend.number(float(sample.count))}
    previous = values[symbols.x]
    for layer in range(1, symbols.depth + 1):
        if backend.vectorize:
            weights = PreciseMatrix(sample.weights[layer - 1])
            z = exact_product(weights.floats, previous)
        else:
            weights = backend.array(sample.weights[layer - 1])
            z = weights @ previous if weights.size else np.zeros(weights.shape[0], dtype=previous.dtype)
        bias = sample.biases[layer - 1]
        if bias is not None:
            bias_value = backend.number(float(bias)) if np.ndim(bias) == 0 else backend.array(bias)
            values[symbols.b[layer]] = bias_value
            z = z + bias_value
        a = z
        for activation in symbols.spec(layer).activations:
            a = apply_activation(activation, a, backend)
        values[symbols.W[layer]] = weights
        values[symbols.z[layer]], values[symbols.a[layer]] = z, a
        previous = a
    values[symbols.L] = _loss(symbols, previous, values[symbols.target], backend)
    return values


def _loss(symbols: NetworkSymbols, outputs, target, backend: Backend):
    """The sample's loss: the engine's in float64, the entry's formula in mpmath."""
    loss = symbols.loss
    if not backend.vectorize:
        with np.errstate(all="ignore"):
            return float(loss.value(np.asarray(target, dtype=np.float64)[None],
                                    np.asarray(outputs, dtype=np.float64)[None])[0])
    return evaluate(loss.formula, {"a": list(outputs), loss.targets.letter: list(target), "n": len(outputs)},
                    backend.library)


@lru_cache(maxsize=64)
def _argument_list(symbols: NetworkSymbols) -> tuple:
    return tuple(arguments(symbols))


class Compiled:
    """A formula in network quantities, compiled once per backend and evaluated at samples."""

    def __init__(self, symbols: NetworkSymbols, expr: sp.Expr):
        self.symbols = symbols
        self.expr = sp.sympify(expr)
        self._functions: dict[str, Callable] = {}

    def function(self, backend: Backend) -> Callable:
        if backend.name not in self._functions:
            template, numbers = index_template(self.expr)
            compiled = _lambdified(_argument_list(self.symbols) + tuple(map(template_index, range(len(numbers)))),
                                   template, backend.name)
            self._functions[backend.name] = (lambda *values: compiled(*values, *numbers)) if numbers else compiled
        return self._functions[backend.name]

    def __call__(self, values: dict, backend: Backend = FLOAT):
        """The formula's value at the forward-pass ``values`` (from ``forward``)."""
        return self._evaluate([values.get(argument, None) for argument in _argument_list(self.symbols)], backend)

    def at(self, sample: Sample, backend: Backend = FLOAT):
        """The formula's value at ``sample`` (its forward pass and arguments computed once per
        sample: forward_at)."""
        key = (backend.name, "arguments")
        if key not in sample.memo:
            values = forward_at(self.symbols, sample, backend)
            sample.memo[key] = [values.get(argument, None) for argument in _argument_list(self.symbols)]
        # the value kept too: the truth at a point is compared with each member of each claim about its
        # parameter, again in 50 digits wherever float64 is close (seed 001: 24,000 of its 92,000
        # evaluations were repeats); a number, never changed (check.py compares it)
        kept = sample.memo.setdefault((backend.name, "values"), {})
        if self.expr not in kept:
            if len(kept) >= KEPT_VALUES:
                kept.clear()
            kept[self.expr] = self._evaluate(sample.memo[key], backend)
        return kept[self.expr]

    def _evaluate(self, arguments_now: list, backend: Backend):
        with np.errstate(all="ignore"):
            if backend.vectorize:
                with mpmath.workdps(HIGH_PRECISION_DIGITS):
                    return self.function(backend)(*arguments_now)
            return float(self.function(backend)(*arguments_now))


@lru_cache(maxsize=4096)
def _lambdified(argument_objects: tuple, expr: sp.Expr, backend_name: str, trailing: int = 0) -> Callable:
    """The compiled form of ``expr``, shared by every Compiled of the same formula on the same
    network: checking one claim compiles the truth and its pieces many times over otherwise. In
    float64 a Sum is one NumPy operation over its index (sum_printing.py); ``trailing`` is the number of
    axes the arguments' arrays of index values take (homework_families.py), 0 for numbers."""
    nodes = distinct_nodes(expr)
    if any(isinstance(node, sp.KroneckerDelta) for node in nodes):
        expr = expr.replace(sp.KroneckerDelta, _INDEX_EQUAL)
        nodes = distinct_nodes(expr)
    modules = BACKENDS[backend_name].modules_for(nodes)
    # lambdify's own settings and printer (mpmath's where it is a module, else NumPy's), each
    # subexpression printed once
    settings = {"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True,
                "user_functions": {name: name for module in modules if isinstance(module, dict) for name in module}}
    if not any(isinstance(node, sp.Sum) for node in nodes):
        printer = OncePrintedMpmath(settings) if "mpmath" in modules else OncePrintedNumPy(settings)
        return bare_lambdify(list(argument_objects), expr, modules=modules, printer=printer)
    if backend_name == FLOAT.name:
        return bare_lambdify(list(argument_objects), expr, modules=modules, printer=SumPrinter(settings, trailing))
    memo = SumMemo()
    settings["user_functions"]["_sum_memo"] = "_sum_memo"
    function = bare_lambdify(list(argument_objects), expr, modules=[{"_sum_memo": memo}, *modules],
                           printer=MemoSumPrinter(settings))

    def evaluate(*values):
        memo.start()
        try:
            return function(*values)
        finally:
            memo.start()  # (the values of one point are not kept)

    return evaluate


def precise_forward(symbols: NetworkSymbols, sample: Sample) -> dict:
    """``forward`` in mpmath at HIGH_PRECISION_DIGITS."""
    with mpmath.workdps(HIGH_PRECISION_DIGITS):
        return forward(symbols, sample, PRECISE)


def forward_at(symbols: NetworkSymbols, sample: Sample, backend: Backend = FLOAT) -> dict:
    """``forward`` (``precise_forward`` for PRECISE), computed once per sample and backend and kept
    in ``sample.memo``: the same point is compared with every member of a claim, and a point drawn
    by points.PointSampler with every claim on the network. A Sample belongs to one network; the
    values are shared, so callers must not change them."""
    if backend.name not in sample.memo:
        sample.memo[backend.name] = precise_forward(symbols, sample) if backend is PRECISE \
            else forward(symbols, sample, backend)
    return sample.memo[backend.name]


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
