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


# -- members compared from their factors -------------------------------------------------------------

from backprop.bundled import problem_path  # noqa: E402
from backprop.problem import load_problem  # noqa: E402
from backprop.symbolic import family_comparison, family_factors  # noqa: E402
from backprop.symbolic.families import Family  # noqa: E402
from backprop.symbolic.family_comparison import Comparison  # noqa: E402
from backprop.symbolic.quantities import NetworkSymbols  # noqa: E402

CLASSIFICATION = NetworkSymbols(load_problem(problem_path("seed000_classification")))  # 2-3-3


def _compared(formula_of, monkeypatch, factored: bool) -> Comparison:
    """A member built by ``formula_of`` (of the ranged letters) against x_a H(z1_i) W2[B, i], over
    a in the 2 inputs, i in the 3 hidden units, B in the 3 outputs, compared from the factors (every
    family tries them) or over the whole grid only."""
    family = Family(("i", "a", "B"), ((0, 2), (0, 1), (0, 2)))
    letter_i, letter_a, letter_b = family.symbols
    s = CLASSIFICATION
    common = s.x[letter_a] * sp.Heaviside(s.z[1][letter_i], 0)
    truth = common * s.W[2][letter_b, letter_i]
    monkeypatch.setattr(family_comparison, "FACTORED_FROM", 0 if factored else 10**9)
    return Comparison(s, family, formula_of(common, letter_i, letter_b), truth, 12, 7).run()


def test_a_member_compared_from_its_factors_gets_the_whole_grids_outcome(monkeypatch):
    s = CLASSIFICATION
    members = {
        # the sum over the outputs of delta_{k,B} W2[k, i]: W2[B, i], exactly
        "right": lambda c, i, b: c * sp.Add(*[sp.KroneckerDelta(k, b) * s.W[2][k, i] for k in range(3)]),
        # wrong where the common factor is not 0
        "wrong": lambda c, i, b: c * (s.W[2][b, i] + sp.KroneckerDelta(b, 1) / 1000),
        # its rest differs from the truth's only where the common factor is 0 (H(z1_i) = 0): the member
        # is the true value at every index value, though the rests disagree
        "right where it matters": lambda c, i, b: c * (s.W[2][b, i] + 1 - sp.Heaviside(s.z[1][i], 0)),
    }
    decided = []
    all_close = family_factors.Factored.all_close

    def spied(self, *args):
        decided.append(all_close(self, *args))
        return decided[-1]

    monkeypatch.setattr(family_factors.Factored, "all_close", spied)
    for name, formula_of in members.items():
        fast, whole = (_compared(formula_of, monkeypatch, factored) for factored in (True, False))
        assert (fast.mismatches, fast.decided) == (whole.mismatches, whole.decided), name
        assert bool(fast.mismatches) == (name == "wrong"), name
    # the factors decided the right member alone; the others went to the whole grid
    assert decided == [True, False, False]
    # the index values a wrong member differs at: B = 1 (flat order: i, a, B)
    wrong = _compared(members["wrong"], monkeypatch, True)
    assert wrong.mismatches and all(flat % 3 == 1 for flat in wrong.mismatches)
