"""The 50-digit backend's weights and layer sums: a float64 weight matrix read entry by entry as mpf
(:class:`PreciseMatrix`), and a layer's product with its inputs summed exactly in integers
(:func:`exact_product`): numeric.forward's layers at 50 digits, nothing rounded before the sum.
"""

from __future__ import annotations

import mpmath
import numpy as np

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
