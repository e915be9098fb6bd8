"""symbolic/large_formulas.py and the 50-digit sums' memo: the same outcome as SymPy's own steps (the
order of a sum's terms, the code printed, the parts of a formula), in less time (benchmarks/claims.py
measures that; these tests hold only the outcome)."""

from __future__ import annotations

import random

import mpmath
import numpy as np
import sympy as sp
from sympy.printing.numpy import NumPyPrinter
from sympy.printing.pycode import MpmathPrinter

from backprop.symbolic.large_formulas import FEW_TERMS, distinct_nodes, ordered_terms, xreplaced
from backprop.symbolic.numeric import _lambdified
from backprop.symbolic.numeric_backends import PRECISE
from backprop.symbolic.sum_printing import MemoSumPrinter, OncePrintedMpmath, OncePrintedNumPy

x, W = sp.IndexedBase("x"), sp.IndexedBase("W")
y, p = sp.Symbol("y"), sp.Symbol("p", positive=True)
ATOMS = [x[0], x[1], x[2], W[0, 1], W[1, 0], y, p, sp.exp(y), sp.Heaviside(x[0]), sp.log(p), sp.sqrt(p), sp.I]
EXPONENTS = [1, 1, 2, 3, -1, -2, sp.Rational(1, 2), sp.Rational(-3, 2), y]


def _random_sums(count: int, seed: int = 0):
    rng = random.Random(seed)
    for _ in range(count):
        terms = []
        for _ in range(rng.randint(FEW_TERMS, 40)):
            factors = [sp.Rational(rng.randint(-5, 5), rng.randint(1, 3))]
            factors += [rng.choice(ATOMS) ** rng.choice(EXPONENTS) for _ in range(rng.randint(0, 4))]
            terms.append(sp.Mul(*factors))
        yield sp.Add(*terms)


def test_terms_in_sympys_order():
    # negative, fractional and symbolic exponents, complex and rational coefficients, functions: the
    # cases where a sparse comparison could part from SymPy's dense vectors
    checked = 0
    for expr in _random_sums(400):
        if isinstance(expr, sp.Add):
            assert ordered_terms(expr) == expr.as_ordered_terms(), expr
            checked += 1
    assert checked > 350


def test_a_sum_over_the_inputs_in_sympys_order():
    i = sp.Symbol("i", integer=True)
    expr = sp.Add(*[W[i, n] * x[n] for n in range(784)]) + 3 * W[i, 5] ** 2 - x[7] / 2
    assert ordered_terms(expr) == expr.as_ordered_terms()
    assert str(ordered_terms(expr)[:3]) == str(expr.as_ordered_terms()[:3])


def test_printed_code_is_sympys_character_for_character():
    settings = {"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True}
    for expr in list(_random_sums(60, seed=1)) + [sp.Add(*[W[0, n] * x[n] for n in range(100)])]:
        real = expr.subs(sp.I, 2)  # (NumPy's printer takes I; mpmath's as well)
        assert OncePrintedNumPy(settings).doprint(real) == NumPyPrinter(settings).doprint(real)
        assert OncePrintedMpmath(settings).doprint(real) == MpmathPrinter(settings).doprint(real)


def test_distinct_nodes_are_the_preorder_traversal():
    inner = sp.Add(*[W[n, n] for n in range(20)])
    expr = sp.Add(*[inner * sp.Heaviside(x[n]) * W[0, n] for n in range(20)]) * sp.exp(y)
    assert distinct_nodes(expr) == set(sp.preorder_traversal(expr))
    for expr in _random_sums(20, seed=2):
        assert distinct_nodes(expr) == set(sp.preorder_traversal(expr))


def test_xreplaced_is_xreplace():
    inner = sp.Add(*[W[n, n] * sp.Heaviside(x[n]) for n in range(20)])
    expr = sp.Add(*[inner * sp.Heaviside(x[n]) * W[0, n] for n in range(20)]) * sp.exp(y)
    rules = [{x[3]: x[4]}, {W[0, 2]: 0, y: p}, {inner: 1}, {x[0]: x[0]}, {}, {sp.Integer(0): 5}]
    for rule in rules:
        assert xreplaced(expr, rule) == expr.xreplace(rule)
    for expr in _random_sums(20, seed=3):
        assert xreplaced(expr, {y: x[2], x[1]: 3}) == expr.xreplace({y: x[2], x[1]: 3})


def _sum_by_class():
    """sum_c t[c] * Sum_k (W[k, c] * Sum_j W[j, k] x[j]), each class's sums with indices of their own
    (as the reader writes dC/db^(1) of seed 001), and the same sum reading its two indices in the
    other nesting order."""
    t = sp.IndexedBase("t")
    terms = []
    for c in range(3):
        k, j = sp.Dummy("k"), sp.Dummy("j")
        terms.append(t[c] * sp.Sum(W[k, c] * sp.Sum(W[j, k] * x[j], (j, 0, 3)), (k, 0, 2)))
    k, j = sp.Dummy("k"), sp.Dummy("j")
    terms.append(sp.Sum(sp.Sum(W[j, k] * x[j] * x[k], (k, 0, 3)), (j, 0, 2)))
    terms.append(sp.Sum(sp.Sum(W[j, k] * x[j] * x[k], (j, 0, 3)), (k, 0, 2)))  # (not the same sum)
    return sp.Add(*terms), t


def test_the_same_sum_written_again_is_one_memo_entry():
    expr, t = _sum_by_class()
    settings = {"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True,
                "user_functions": {"_sum_memo": "_sum_memo"}}
    code = MemoSumPrinter(settings).doprint(expr)
    entries = {part.split(",")[0] for part in code.split("_sum_memo((")[1:]}
    # each class's sum over k is its own (the class is in it); their three inner sums over j are one
    # (8 entries before); SymPy makes each of the last two terms' nested sums one double sum: two
    assert len(entries) == 3 + 1 + 2, code


def test_shared_sums_give_the_exact_value():
    expr, t = _sum_by_class()
    rng = random.Random(3)
    values = {x: [rng.uniform(-1, 1) for _ in range(4)], W: [[rng.uniform(-1, 1) for _ in range(4)] for _ in range(4)],
              t: [rng.uniform(-1, 1) for _ in range(3)]}
    exact = expr.doit().subs({x[n]: sp.Rational(values[x][n]) for n in range(4)})
    exact = exact.subs({W[a, b]: sp.Rational(values[W][a][b]) for a in range(4) for b in range(4)})
    exact = exact.subs({t[c]: sp.Rational(values[t][c]) for c in range(3)})
    function = _lambdified((x, W, t), expr, PRECISE.name)
    with mpmath.workdps(50):
        matrix = np.array([[mpmath.mpf(v) for v in row] for row in values[W]], dtype=object)
        got = function([mpmath.mpf(v) for v in values[x]], matrix, [mpmath.mpf(v) for v in values[t]])
        assert abs(got - mpmath.mpf(sp.Rational(exact).p) / sp.Rational(exact).q) < mpmath.mpf(10) ** -45
