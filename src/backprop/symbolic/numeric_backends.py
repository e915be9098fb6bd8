"""The two backends formulas are evaluated in (numeric.py): float64 (NumPy), for speed, and mpmath at 50 digits, to
tell a real difference from rounding when a float64 comparison is close.

A :class:`Backend` says how numbers are made and which functions a compiled formula calls (FLOAT, PRECISE);
:func:`apply_activation` applies a layer's activation in either. The 50-digit backend reads a float64 weight matrix
entry by entry as mpf (:class:`PreciseMatrix`) and sums a layer's product with its inputs exactly in integers
(:func:`exact_product`): numeric.forward's layers at 50 digits, nothing rounded before the sum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import mpmath
import numpy as np
import sympy as sp

from ..activations import ACTIVATIONS, Activation
from .functions import NamedFunction, definitions, named_function, sympy_activation


def _np_heaviside(u, at_zero=0.0):
    return np.heaviside(u, 0.0)


_MP_ONE, _MP_ZERO = mpmath.mpf(1), mpmath.mpf(0)  # (exact at every precision; an mpf never changes)


def _mp_heaviside(u, at_zero=0):
    # (called once per term of a formula's sums, 450,000 times a claim of seed 001: no mpf made, no
    # conversion of 0 to compare with)
    return _MP_ONE if u > _MP_ZERO else _MP_ZERO


def _float_named(name: str) -> Callable:
    """A named activation in float64: the engine's own function (parameters after u)."""
    entry = ACTIVATIONS[name]
    keys = [parameter.name for parameter in entry.parameters]

    def function(u, *parameters):
        activation = entry.with_values(**{k: float(p) for k, p in zip(keys, parameters)})
        array = np.asarray(u, dtype=np.float64)
        with np.errstate(all="ignore"):
            return activation.function(array.reshape(-1)).reshape(array.shape)

    return function


def bare_lambdify(arguments, expr, **options) -> Callable:
    """sympy.lambdify without the docstring it writes on the function: str() of the whole formula,
    a fifth of the time of compiling one, for a text nothing reads; nor its search of the formula for
    implemented_function's Python code (none here), which walks every occurrence of every part."""
    return sp.lambdify(arguments, expr, docstring_limit=0, use_imps=False, **options)


_U = sp.Symbol("u", real=True)
_PRIMITIVES_MP = {"Heaviside": _mp_heaviside}


@lru_cache(maxsize=None)
def _precise_named(name: str) -> Callable:
    """A named activation in mpmath: its definition (exp, log, erf, Heaviside), compiled once."""
    entry = ACTIVATIONS[name]
    parameters = [sp.Symbol(p.name, real=True) for p in entry.parameters]
    written = definitions(named_function(name)(_U, *parameters))
    return bare_lambdify([_U, *parameters], written, modules=[_PRIMITIVES_MP, "mpmath"])


_erf = np.vectorize(math.erf, otypes=[float])


@dataclass(frozen=True)
class Backend:
    """How numbers are made and which functions a compiled formula calls."""

    name: str
    number: Callable[[float], object]
    modules: list
    vectorize: bool  # element-wise functions need np.vectorize (mpmath works on scalars)
    library: dict    # expression.evaluate's functions, for the loss
    named: Callable[[str], Callable]  # a named activation's function, by its name

    def modules_for(self, nodes: set) -> list:
        """``modules`` for lambdify, with the named activations a formula calls (``nodes``: its
        distinct parts): made for the ones it calls only (making them all took a tenth of a second
        of each check's start-up)."""
        called = {type(node).__name__ for node in nodes if isinstance(node, NamedFunction)} & ACTIVATIONS.keys()
        return [{name: self.named(name) for name in called}, *self.modules]

    def array(self, values) -> np.ndarray:
        values = np.asarray(values, dtype=np.float64)
        if not self.vectorize:
            return values.copy()
        return np.vectorize(self.number, otypes=[object])(values) if values.size else values.astype(object)


def _mp_log(x, base=math.e):
    return mpmath.log(x) if base == math.e else mpmath.log(x) / mpmath.log(base)


# NumPy as the module object, not the name "numpy": lambdify then reads its namespace as it is,
# where the name runs ``from numpy import *``, which imports numpy.f2py and numpy.testing (60 ms of
# every check's start-up) for nothing a formula calls.
FLOAT = Backend("float64", float, [{"Heaviside": _np_heaviside, "erf": _erf, "clip": np.clip,
                                    "index_equal": lambda i, j: np.equal(i, j).astype(np.float64)}, np], False, {},
                _float_named)
# mpf(float) is exact, so both backends see the same point.
PRECISE = Backend("mpmath", mpmath.mpf, [{**_PRIMITIVES_MP, "clip": lambda x, low, high: min(max(x, low), high),
                                         "index_equal": lambda i, j: mpmath.mpf(1 if i == j else 0)},
                                         "mpmath"], True,
                  {"log": _mp_log, "max": max, "min": min, "abs": abs,
                   "clip": lambda x, low, high: min(max(x, low), high), "__fallback__": mpmath}, _precise_named)
BACKENDS = {backend.name: backend for backend in (FLOAT, PRECISE)}


@lru_cache(maxsize=None)
def _precise_row(activation: Activation, units: int) -> Callable:
    """A row-wise activation in mpmath for ``units`` inputs, from its SymPy form."""
    inputs = sp.symbols(f"u0:{units}", real=True)
    return bare_lambdify([inputs], sympy_activation(activation).values(list(inputs)), modules="mpmath")


def apply_activation(activation: Activation, values: np.ndarray, backend: Backend) -> np.ndarray:
    """``activation`` applied to one layer's values (a vector)."""
    if not backend.vectorize:
        with np.errstate(all="ignore"):
            values = np.asarray(values, dtype=np.float64)
            return activation.function(values) if activation.elementwise else activation.function(values[None])[0]
    if not activation.elementwise:
        return np.array(_precise_row(activation, len(values))(list(values)), dtype=object)
    function = _precise_elementwise(activation)
    parameters = [mpmath.mpf(activation.values[p.name]) for p in activation.parameters]
    return np.array([function(value, *parameters) for value in values], dtype=object)


@lru_cache(maxsize=None)
def _precise_elementwise(activation: Activation) -> Callable:
    if named_function(activation.name) is not None:
        return _precise_named(activation.name)
    return bare_lambdify(_U, sympy_activation(activation).value(_U), modules=[_PRIMITIVES_MP, "mpmath"])


#: entries of one weight matrix kept as mpf (about 2.5 MB): a shared point (points.py) keeps its matrices.
#: A 64 x 128 layer whole (seed 001's W2, read whole by the sums of its rules at every evaluation: at 4,096
#: half of it was made again each time, 124,000 mpf of a grading; now 8,192 once a point)
PRECISE_ENTRIES_KEPT = 8192


class PreciseMatrix:
    """A float64 weight matrix as the 50-digit backend sees it: each entry an mpf, made when a formula
    reads it (``W1[3, 5]``). Every float64 is exact in mpmath, so nothing is rounded; converting all
    100,352 weights of a 784-input layer up front took 0.7 s a point for the few a formula reads."""

    def __init__(self, floats: np.ndarray):
        self.floats = np.asarray(floats, dtype=np.float64)
        self.shape, self.ndim, self.size = self.floats.shape, self.floats.ndim, self.floats.size
        self.entries: dict = {}  # {key: its mpf}: a formula's sums read the same weight many times

    def __getitem__(self, key):
        try:
            return self.entries[key]
        except (KeyError, TypeError):  # (TypeError: a key that is an array)
            pass
        found = self.floats[key]
        # (an entry is a NumPy scalar: asking isinstance, where np.ndim took a fifth of a miss, and a matrix larger
        # than PRECISE_ENTRIES_KEPT read whole by a Sum misses on the part beyond it at every evaluation)
        if not isinstance(found, np.ndarray) or found.ndim == 0:
            entry = mpmath.mpf(float(found))
            if isinstance(key, (int, tuple)) and len(self.entries) < PRECISE_ENTRIES_KEPT:
                self.entries[key] = entry
            return entry
        return np.vectorize(mpmath.mpf, otypes=[object])(found)

    def __len__(self) -> int:
        return len(self.floats)

    def __iter__(self):
        return (self[row] for row in range(len(self.floats)))


def exact_product(weights: np.ndarray, previous: np.ndarray) -> np.ndarray:
    """``weights @ previous`` (float64 weights, a vector of mpf) summed exactly in integers and rounded
    once to the working precision: a float64 is m 2^e and an mpf is m 2^e, so with each side scaled
    to one exponent the products and their sum are integer arithmetic, exact, and 50 times faster
    than 100,352 mpf products (units x inputs, inputs -> units)."""
    if not weights.size:
        return np.array([mpmath.mpf(0)] * weights.shape[0], dtype=object)
    if not np.all(np.isfinite(weights)) or not all(mpmath.isfinite(value) for value in previous):
        return np.vectorize(mpmath.mpf, otypes=[object])(weights) @ previous  # the overflow stays visible
    weight_ints, weight_exponent = _float_integers(weights)
    pairs = [_signed(mpmath.mpf(value)) for value in previous]
    lowest = min((exponent for mantissa, exponent in pairs if mantissa), default=0)
    previous_ints = np.array([int(mantissa) << (int(exponent) - lowest) if mantissa else 0
                              for mantissa, exponent in pairs], dtype=object)
    exponent = weight_exponent + lowest
    return np.array([mpmath.mpf((int(total), exponent)) if total else mpmath.mpf(0)
                     for total in weight_ints.dot(previous_ints)], dtype=object)


def _signed(value) -> tuple[int, int]:
    """(mantissa with its sign, exponent) of a finite mpf (mpmath's man_exp drops the sign)."""
    sign, mantissa, exponent, _ = value._mpf_
    return (-int(mantissa) if sign else int(mantissa)), int(exponent)


def _float_integers(values: np.ndarray) -> tuple[np.ndarray, int]:
    """(integers, exponent) with ``values`` = integers * 2^exponent exactly (finite float64s)."""
    mantissas, exponents = np.frexp(values)
    integers = (mantissas * 2.0 ** 53).astype(np.int64)
    exponents = exponents.astype(np.int64) - 53
    lowest = int(exponents[integers != 0].min()) if np.any(integers) else 0
    shifts = np.where(integers != 0, exponents - lowest, 0)
    return integers.astype(object) << shifts.astype(object), lowest
