"""family_comparison.py's ceiling of the rounding bound: never below the bound it stands for, so that a
gap beyond it is beyond the bound (a wrong member judged without compiling its magnitudes), and no
bound at all (inf, NaN) where it cannot tell."""

from __future__ import annotations

import numpy as np
import sympy as sp

from backprop.symbolic.family_comparison import _largest, _magnitude

W, x, z = sp.IndexedBase("W", real=True), sp.IndexedBase("x", real=True), sp.IndexedBase("z", real=True)
i = sp.Symbol("ix_i_r0_5")
k = sp.Dummy("k")


def _values(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    return {W: rng.uniform(-2, 2, (6, 7)), x: rng.uniform(-3, 3, 7), z: rng.uniform(-1, 1, 6), i: np.arange(6)}


def _magnitudes(expr, values: dict) -> np.ndarray:
    """_magnitude(expr) at every value of i, by SymPy's own evaluation (exact numbers substituted)."""
    found = []
    for row in range(6):
        numbers = {W[a, b]: sp.Float(values[W][a, b]) for a in range(6) for b in range(7)}
        numbers.update({x[b]: sp.Float(values[x][b]) for b in range(7)})
        numbers.update({z[a]: sp.Float(values[z][a]) for a in range(6)})
        at = _magnitude(expr).subs(i, row).doit()
        found.append(float(at.xreplace(numbers)))
    return np.array(found)


def test_the_ceiling_is_above_the_magnitude_at_every_index_value():
    expressions = [
        sp.Add(*[W[i, n] * x[n] for n in range(7)]) - 3 * W[i, 2],
        sp.Heaviside(z[i], 0) * sp.Sum(W[i, k] * x[k], (k, 0, 6)) ** 2,
        sp.exp(z[i]) * x[3] - sp.KroneckerDelta(i, 2) * W[i, 0] / 4,
    ]
    for seed in range(5):
        values = _values(seed)
        for expr in expressions:
            ceiling = _largest(expr, values, {}, {})
            assert np.isfinite(ceiling)
            assert np.all(_magnitudes(expr, values) <= ceiling * (1 + 1e-12)), expr


def test_no_ceiling_where_it_cannot_bound():
    values = _values(0)
    for expr in (sp.sin(z[i]) * x[0], W[i, 0] / x[1], sp.Symbol("unknown") * x[0], sp.sqrt(x[2] + 4)):
        assert _largest(expr, values, {}, {}) == np.inf, expr
    values[x] = np.array([np.nan] * 7)
    assert np.isnan(_largest(W[i, 0] * x[1], values, {}, {}))
