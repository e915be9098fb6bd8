"""Oracle tests for the activation registry: values, derivatives and backward (Jacobian products).

Oracles: Python's ``decimal`` at 50 significant digits for exact values (exp/ln in high precision,
then rounded once to float64), and central differences in float64 of the independent NumPy
functions in ``helpers.py``. Tolerances:

* values and derivatives against the high-precision oracle: a few ulps (the engine's formulas round
  a handful of times); where a derivative is computed from the rounded output a (sigmoid a(1-a),
  tanh 1-a^2), its error is |d(a(1-a))/da| * |da| <= 1 * eps/2 absolute, so it is compared
  absolutely there.
* central differences with h = 1e-5 (near the optimum (3 eps / |f'''|)^(1/3) for |f'''| <= 1):
  truncation h^2 |f'''| / 6 plus rounding C eps |f| / h (C = 8, the error of a few roundings in each
  function value); relu points stay a margin 1e-3 >> h away from its kink at 0.
"""

from __future__ import annotations

import math
import warnings
from decimal import Decimal, localcontext

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from backprop import ACTIVATIONS, get_activation
from backprop.activations.softmax import log_softmax
from helpers import EPS, ref_activation, ref_log_softmax

H = 1e-5
ELEMENTWISE = ("identity", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "silu", "gelu")
KINKED = {"relu", "leaky_relu", "elu"}
#: Activations whose value and derivative are exact (or one rounding) wherever they are defined.
EXACT_DERIVATIVE = {"identity", "relu", "leaky_relu"}
PREC = 50


# ------------------------------------------------------------------------------------------------
# high-precision oracle (decimal)

def _dec_sigmoid(u: Decimal) -> Decimal:
    return 1 / (1 + (-u).exp())


def _dec_tanh(u: Decimal) -> Decimal:
    if u < 0:
        return -_dec_tanh(-u)
    e = (-2 * u).exp()
    return (1 - e) / (1 + e)


def exact(name: str, u: float) -> tuple[float, float]:
    """(f(u), f'(u)) computed in 50-digit decimal, each rounded once to float64."""
    d = Decimal(float(u))  # exact: every float64 is a finite decimal
    with localcontext() as ctx:
        # 50 digits beyond the size of u: 1 - e^(-2u) for tiny u must not cancel to 0
        ctx.prec = PREC + max(0, -d.adjusted())
        if name == "identity":
            return float(d), 1.0
        if name == "relu":
            return (float(d) if d > 0 else 0.0), (1.0 if d > 0 else 0.0)
        if name == "leaky_relu":  # the default slope, 0.01 as the float64 the engine multiplies by
            slope = Decimal(0.01)
            return (float(d) if d > 0 else float(slope * d)), (1.0 if d > 0 else 0.01)
        if name == "elu":  # alpha = 1
            return (float(d) if d > 0 else float(d.exp() - 1)), (1.0 if d > 0 else float(d.exp()))
        if name == "softplus":
            return float((1 + d.exp()).ln()), float(_dec_sigmoid(d))
        if name == "silu":
            s = _dec_sigmoid(d)
            return float(d * s), float(s * (1 + d * (1 - s)))
        if name == "gelu":  # Decimal has no erf: mpmath, at the same 50 digits
            with mpmath.workdps(PREC):
                x = mpmath.mpf(float(u))
                cdf = mpmath.erfc(-x / mpmath.sqrt(2)) / 2
                return float(x * cdf), float(cdf + x * mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi))
        if name == "sigmoid":
            s = _dec_sigmoid(d)
            return float(s), float(s * (1 - s))
        if name == "tanh":
            t = _dec_tanh(d)
            return float(t), float(1 - t * t)
    raise AssertionError(name)


def value_scale(name: str, u: float) -> float:
    """How much the rounding of an intermediate argument grows in the value: gelu's erfc(-u/sqrt 2)
    is evaluated at u/sqrt 2 rounded, and erfc(x) changes by a relative 2x^2 times that rounding."""
    return 1 + u * u if name == "gelu" else 1.0


def derivative_scale(name: str, u: float) -> float:
    """The size of the terms the derivative sums (its rounding is relative to them, not to its value,
    which cancels near a zero of f': silu' at u = -1.278)."""
    _, df = exact(name, u)
    if name == "silu":  # s (1 + u (1 - s)) = s + s u (1 - s)
        s = float(_dec_sigmoid(Decimal(float(u))))
        return s + abs(u) * s * (1 - s)
    if name == "gelu":  # Phi(u) + u phi(u), Phi at the rounded u/sqrt 2 (see value_scale)
        return (abs(df) + abs(u) * math.exp(-u * u / 2)) * value_scale(name, u)
    return abs(df)


def exact_softmax(row) -> tuple[list[float], list[float], list[list[float]]]:
    """softmax, log-softmax and the Jacobian d softmax_j / d u_k of one row, in 50 digits."""
    with localcontext() as ctx:
        ctx.prec = PREC
        u = [Decimal(float(v)) for v in row]
        m = max(u)
        e = [(v - m).exp() for v in u]
        total = sum(e)
        p = [v / total for v in e]
        log_total = total.ln()
        logp = [v - m - log_total for v in u]
        jac = [[p[j] * ((1 if j == k else 0) - p[k]) for k in range(len(u))] for j in range(len(u))]
        return [float(v) for v in p], [float(v) for v in logp], [[float(v) for v in r] for r in jac]


def strict_float():
    """No overflow, invalid operation or division by zero; every warning is an error."""
    class _Strict:
        def __enter__(self):
            self._w = warnings.catch_warnings()
            self._w.__enter__()
            warnings.simplefilter("error")
            self._e = np.errstate(over="raise", invalid="raise", divide="raise", under="ignore")
            self._e.__enter__()

        def __exit__(self, *exc):
            self._e.__exit__(*exc)
            self._w.__exit__(*exc)
    return _Strict()


def assert_close(got, want, rtol=0.0, atol=0.0):
    """|got - want| <= atol + rtol |want| element-wise; rtol and atol may be arrays."""
    got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    bound = atol + rtol * np.abs(want)
    bad = ~(np.abs(got - want) <= bound)
    assert not bad.any(), f"got {got[bad]!r}, want {want[bad]!r}, allowed {np.broadcast_to(bound, got.shape)[bad]!r}"


def _away_from_kink(name, u, margin=1e-3):
    if name in KINKED:
        return np.where(np.abs(u) < margin, u + np.sign(u + 0.5) * 2 * margin, u)
    return u


# ------------------------------------------------------------------------------------------------
# the registry itself

def test_registry_holds_the_activations():
    assert set(ACTIVATIONS) == {"identity", "sigmoid", "tanh", "relu", "softmax", "leaky_relu", "elu", "softplus",
                                "silu", "gelu"}
    for name in ELEMENTWISE:
        assert get_activation(name).elementwise
    assert not get_activation("softmax").elementwise
    with pytest.raises(KeyError, match="unknown activation"):
        get_activation("mish")


# ------------------------------------------------------------------------------------------------
# element-wise activations: values, derivative, backward

points = hnp.arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 5)),
                    elements=st.floats(-30, 30, allow_subnormal=False))


@pytest.mark.parametrize("name", ELEMENTWISE)
@settings(max_examples=40, deadline=None)
@given(u=points)
def test_elementwise_values_and_derivative_match_high_precision(name, u):
    act = get_activation(name)
    before = u.copy()
    v = act.function(u)
    d = act.derivative(u, v)
    np.testing.assert_array_equal(u, before)  # the input is not overwritten
    assert v.shape == d.shape == u.shape
    for (s, k), value in np.ndenumerate(u):
        f, df = exact(name, value)
        assert abs(v[s, k] - f) <= 4 * EPS * abs(f) * value_scale(name, value), (name, value, v[s, k], f)
        if name in ("sigmoid", "tanh"):
            # from the rounded output: absolute error <= eps/2 (see module docstring)
            assert abs(d[s, k] - df) <= EPS + 4 * EPS * abs(df), (name, value, d[s, k], df)
        elif name in EXACT_DERIVATIVE:
            assert d[s, k] == df
        else:  # an exponential or a logarithm of the exact input: a few roundings of each term
            assert abs(d[s, k] - df) <= 4 * EPS * derivative_scale(name, value), (name, value, d[s, k], df)


@pytest.mark.parametrize("name", ELEMENTWISE)
@settings(max_examples=40, deadline=None)
@given(u=hnp.arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 5)),
                    elements=st.floats(-8, 8, allow_subnormal=False)),
       g=st.floats(-3, 3))
def test_elementwise_derivative_and_backward_match_finite_differences(name, u, g):
    act = get_activation(name)
    u = _away_from_kink(name, u)
    v = act.function(u)
    up, down = u + H, u - H
    f_up, f_down = ref_activation(name, up), ref_activation(name, down)
    fd = (f_up - f_down) / (up - down)
    # truncation: |f'''| <= 1 for sigmoid (1/8) and tanh (2); rounding of two values of size <= |f|
    tol = 2 * H * H / 6 + 8 * EPS * (np.abs(v) + 1) / H
    np.testing.assert_array_less(np.abs(act.derivative(u, v) - fd), tol)
    # backward: dL/du = dL/dv * f'(u), element by element
    grad_v = np.full_like(u, g) * np.linspace(-1, 1, u.size).reshape(u.shape)
    got = act.backward(u, v, grad_v)
    np.testing.assert_array_less(np.abs(got - grad_v * fd), np.abs(grad_v) * tol + 1e-300)


# ------------------------------------------------------------------------------------------------
# softmax: values, Jacobian, backward = J^T g

rows = hnp.arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 5)),
                  elements=st.floats(-20, 20, allow_subnormal=False))


@settings(max_examples=60, deadline=None)
@given(u=rows)
def test_softmax_and_log_softmax_match_high_precision(u):
    act = get_activation("softmax")
    before = u.copy()
    p = act.function(u)
    lp = log_softmax(u)
    np.testing.assert_array_equal(u, before)
    for s in range(u.shape[0]):
        ep, elp, _ = exact_softmax(u[s])
        spread = np.abs(u[s] - u[s].max())
        # the shifted logits u - max carry a rounding of eps/2 |u - max|, exp turns it relative
        assert_close(p[s], ep, rtol=EPS * (spread / 2 + 4), atol=0)
        assert_close(lp[s], elp, rtol=0, atol=EPS * (spread + np.log(u.shape[1]) + 4))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=0, atol=u.shape[1] * EPS)


@settings(max_examples=60, deadline=None)
@given(u=rows, g=hnp.arrays(np.float64, 5, elements=st.floats(-3, 3)))
def test_softmax_backward_is_the_jacobian_product(u, g):
    """backward(u, v, g)_k = sum_j g_j d softmax_j / d u_k, by central differences per u_k."""
    act = get_activation("softmax")
    samples, units = u.shape
    grad_v = np.resize(g, (samples, units))
    v = act.function(u)
    got = act.backward(u, v, grad_v)
    assert got.shape == u.shape
    for k in range(units):
        up, down = u.copy(), u.copy()
        up[:, k] += H
        down[:, k] -= H
        phi_up = (grad_v * ref_activation("softmax", up)).sum(axis=1)
        phi_down = (grad_v * ref_activation("softmax", down)).sum(axis=1)
        fd = (phi_up - phi_down) / (up[:, k] - down[:, k])
        # |third derivatives of softmax| <= 1; rounding of two values of size <= sum |g|
        tol = np.abs(grad_v).sum(axis=1) * (H * H / 6 + 8 * EPS / H) + 1e-300
        np.testing.assert_array_less(np.abs(got[:, k] - fd), tol)


@pytest.mark.parametrize("row", [
    [0.3, -1.2, 2.5, 0.0],
    [45.0052, -4.3391, -66.2306, -58.0332],
    [1.0, 1.0],
    [-3.0, 7.0, 2.0],
])
def test_softmax_backward_with_unit_vectors_gives_the_exact_jacobian(row):
    act = get_activation("softmax")
    u = np.array([row])
    v = act.function(u)
    p, _, jac = exact_softmax(row)
    p = np.array(p)
    for j in range(len(row)):
        g = np.zeros_like(u)
        g[0, j] = 1.0
        got = act.backward(u, v, g)[0]  # J^T e_j = row j of J (J is symmetric)
        # v_k (delta_jk - v_j) from the rounded v: absolute error a few eps * v_k (1 + v_j), e.g.
        # J[0,0] = p0 (1 - p0) = 3.7e-22 for the seed logits is 0 with p0 rounded to 1; and the
        # shifted logits' rounding (eps/2 |u - max|) is relative
        assert_close(got, jac[j], rtol=EPS * (np.ptp(row) + 4), atol=4 * EPS * p * (1 + p[j]))


# ------------------------------------------------------------------------------------------------
# numerically extreme points

@pytest.mark.parametrize("u", [45.0, -45.0, 800.0, -800.0, 36.8, -36.8, 700.0, -700.0, 1e4, -1e4, 0.0])
def test_sigmoid_extremes_finite_without_overflow(u):
    act = get_activation("sigmoid")
    x = np.array([[u, -u]])
    with strict_float():
        v = act.function(x)
        d = act.derivative(x, v)
        back = act.backward(x, v, np.ones_like(x))
    assert np.all(np.isfinite(v)) and np.all(np.isfinite(d)) and np.all(np.isfinite(back))
    for k, value in enumerate(x[0]):
        f, df = exact("sigmoid", value)
        assert abs(v[0, k] - f) <= 4 * EPS * f, (value, v[0, k], f)  # relative, also e^-45 = 2.9e-20
        assert 0.0 <= d[0, k] <= 0.25
        assert abs(d[0, k] - df) <= EPS / 2 + 4 * EPS * df, (value, d[0, k], df)
        if value <= 0:  # there a = sigmoid(u) is accurate relatively, and so is a(1 - a)
            assert abs(d[0, k] - df) <= 4 * EPS * df, (value, d[0, k], df)
    assert v[0, 0] + v[0, 1] == pytest.approx(1.0, abs=EPS)


def test_sigmoid_at_45_raises_nothing_even_with_all_floating_point_errors_on():
    act = get_activation("sigmoid")
    x = np.array([45.0, -45.0, 30.0])
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        v = act.function(x)
    assert v[0] == 1.0 and v[1] == pytest.approx(2.8625185805493937e-20, rel=4 * EPS)


@pytest.mark.parametrize("u", [20.0, -20.0, 800.0, -800.0, 1e4])
def test_tanh_extremes(u):
    act = get_activation("tanh")
    x = np.array([[u, -u]])
    with strict_float():
        v = act.function(x)
        d = act.derivative(x, v)
    assert np.array_equal(v, np.sign(x))  # 1 - tanh(20) = 8.5e-18 < eps/2
    assert np.all(d >= 0) and np.all(d <= EPS)


EXTREME_LOGITS = [45.0052, -4.3391, -66.2306, -58.0332]


@pytest.mark.parametrize("row", [
    EXTREME_LOGITS,
    [43.0, -43.0],              # probability e^-86 / (1 + e^-86) ~ 4.4e-38
    [0.0, -86.0, -86.0],
    [400.0, -400.0],            # e^-800 underflows to 0: log-softmax must still be -800
    [800.0, 0.0, -800.0],
])
def test_softmax_and_log_softmax_at_extreme_logits(row):
    act = get_activation("softmax")
    u = np.array([row, row[::-1]])
    with strict_float():  # under="ignore": e^-800 = 3.6e-348 correctly rounds to 0
        p = act.function(u)
        lp = log_softmax(u)
        back = act.backward(u, p, np.ones_like(u))
    assert np.all(np.isfinite(p)) and np.all(np.isfinite(lp)) and np.all(np.isfinite(back))
    for s in range(2):
        ep, elp, _ = exact_softmax(u[s])
        spread = np.abs(u[s] - u[s].max())
        assert_close(p[s], ep, rtol=EPS * (spread / 2 + 4), atol=0)
        assert_close(lp[s], elp, rtol=0, atol=EPS * (spread + 4))
    # the independent float64 reference agrees too
    np.testing.assert_allclose(lp, ref_log_softmax(u), rtol=0, atol=8 * EPS * np.abs(u).max())


def test_softmax_at_the_seed_logits_with_all_floating_point_errors_on():
    u = np.array([EXTREME_LOGITS])
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        p = get_activation("softmax").function(u)
        lp = log_softmax(u)
    ep, elp, _ = exact_softmax(EXTREME_LOGITS)
    assert p[0, 2] == pytest.approx(ep[2], rel=1e-13) and 1e-49 < p[0, 2] < 1e-48
    assert lp[0, 2] == pytest.approx(elp[2], rel=1e-15)


def test_a_network_pickles_and_comes_back_with_the_registry_entries():
    """joblib and Dask move estimators by pickle: an activation travels as its name."""
    import pickle

    from backprop.problem import load_problem
    from importlib import resources

    path = resources.files("backprop") / "examples" / "seed000_classification.toml"
    problem = load_problem(str(path), require_data=True)
    network = problem.build_network(np.float64)
    copy = pickle.loads(pickle.dumps(network))
    for layer, copied in zip(network.layers, copy.layers):
        assert all(a is b for a, b in zip(layer.activations, copied.activations))
        assert np.array_equal(layer.weights, copied.weights)
    assert copy.loss == network.loss
    assert np.array_equal(copy.forward(problem.x), network.forward(problem.x))
    assert pickle.loads(pickle.dumps(get_activation("relu"))) is ACTIVATIONS["relu"]


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_elementwise_extremes_are_finite_without_floating_point_errors(name):
    """Far in both tails (e^800 overflows float64): finite values and derivatives, no overflow or
    invalid operation raised, in float64 and float32."""
    act = get_activation(name)
    for dtype in (np.float64, np.float32):
        u = np.array([[-800.0, -80.0, -1e-30, 0.0, 1e-30, 80.0, 800.0]], dtype=dtype)
        with strict_float():
            v = act.function(u)
            d = act.derivative(u, v)
            back = act.backward(u, v, np.ones_like(u))
        assert v.dtype == d.dtype == back.dtype == dtype
        assert np.isfinite(v).all() and np.isfinite(d).all() and np.isfinite(back).all()
