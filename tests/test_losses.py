"""Oracle tests for the losses: per-sample values, dl/dyhat, and the fused softmax/cross-entropy delta.

Oracles: per-sample sums written here with ``math.fsum`` (correctly rounded sums) and ``math.log``;
50-digit ``decimal`` for cross-entropy at extreme logits; central differences (h = 1e-5) of
independent float64 functions for the gradients, with tolerance truncation h^2 |l'''| / 6 plus
rounding C eps S / h (S the magnitude of the terms summed in the loss, C = 8).
"""

from __future__ import annotations

import math
import warnings
from decimal import Decimal, localcontext

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from backprop import get_loss, parse_problem
from helpers import EPS, ref_log_softmax

H = 1e-5
BASES = {"e": math.e, "2": 2.0}


def _fsum_squared(t, p, factor):
    return factor * math.fsum((float(a) - float(b)) ** 2 for a, b in zip(t, p))


def _ce(t, logp, base):
    return -math.fsum(float(a) * float(b) for a, b in zip(t, logp) if a != 0) / math.log(base)


def dec_cross_entropy(target, logits, base) -> float:
    """-sum t_j log_base softmax(u)_j in 50 digits, rounded once."""
    with localcontext() as ctx:
        ctx.prec = 50
        u = [Decimal(float(v)) for v in logits]
        m = max(u)
        lse = m + sum((v - m).exp() for v in u).ln()
        value = -sum(Decimal(float(t)) * (v - lse) for t, v in zip(target, u) if t != 0)
        return float(value / Decimal(base).ln()) if base != math.e else float(value)


def strict_float():
    ctx = warnings.catch_warnings()

    class _Strict:
        def __enter__(self):
            ctx.__enter__()
            warnings.simplefilter("error")
            self._e = np.errstate(over="raise", invalid="raise", divide="raise", under="ignore")
            self._e.__enter__()

        def __exit__(self, *exc):
            self._e.__exit__(*exc)
            ctx.__exit__(*exc)
    return _Strict()


def test_unknown_loss_and_log_scale():
    with pytest.raises(KeyError, match="unknown loss"):
        get_loss("hinge")
    assert get_loss("cross_entropy").log_base == math.e
    assert get_loss("cross_entropy", 2).log_scale == pytest.approx(1 / math.log(2), rel=EPS)
    assert get_loss("squared_error").log_scale == 1.0


# ------------------------------------------------------------------------------------------------
# values

matrices = st.tuples(st.integers(1, 4), st.integers(1, 5)).flatmap(
    lambda shape: st.tuples(*(hnp.arrays(np.float64, shape, elements=st.floats(-5, 5, allow_subnormal=False))
                              for _ in range(2))))


@pytest.mark.parametrize("name,factor", [("squared_error", 1.0), ("half_squared_error", 0.5)])
@settings(max_examples=40, deadline=None)
@given(pair=matrices)
def test_squared_losses_per_sample(name, factor, pair):
    t, p = pair
    loss = get_loss(name)
    got = loss.value(t, p)
    assert got.shape == (t.shape[0],)
    for s in range(t.shape[0]):
        want = _fsum_squared(t[s], p[s], factor)
        terms = factor * ((t[s] - p[s]) ** 2).sum()  # all terms are >= 0: relative accuracy
        assert got[s] == pytest.approx(want, rel=(t.shape[1] + 3) * EPS, abs=1e-300), (s, got[s], want, terms)


def _probability_targets(draw_rows, onehot):
    rows = np.abs(draw_rows) + 0.01
    if onehot:
        return np.eye(rows.shape[1])[rows.argmax(axis=1)]
    return rows / rows.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("base", ["e", "2"])
@pytest.mark.parametrize("onehot", [True, False])
@settings(max_examples=40, deadline=None)
@given(pair=matrices)
def test_cross_entropy_from_logits_and_from_probabilities(base, onehot, pair):
    raw, logits = pair
    b = BASES[base]
    t = _probability_targets(raw, onehot)
    loss = get_loss("cross_entropy", None if base == "e" else 2)
    got_logits = loss.value(t, None, logits=logits)
    p = np.exp(ref_log_softmax(logits))
    got_probs = loss.value(t, p)
    for s in range(t.shape[0]):
        want = dec_cross_entropy(t[s], logits[s], b)
        # log-softmax has absolute error ~ eps (|u| + |max u| + log units): that, times sum t = 1
        atol = EPS * (2 * np.abs(logits[s]).max() + 8)
        assert abs(got_logits[s] - want) <= atol + 4 * EPS * abs(want), (s, got_logits[s], want)
        assert abs(got_probs[s] - _ce(t[s], np.log(p[s]), b)) <= atol + 4 * EPS * abs(want)


# ------------------------------------------------------------------------------------------------
# gradients dl/dyhat by central differences

@pytest.mark.parametrize("name", ["squared_error", "half_squared_error"])
@settings(max_examples=30, deadline=None)
@given(pair=matrices)
def test_squared_loss_gradient_matches_finite_differences(name, pair):
    t, p = pair
    loss = get_loss(name)
    factor = 1.0 if name == "squared_error" else 0.5
    grad = loss.gradient(t, p)
    assert grad.shape == p.shape
    for (s, j), p0 in np.ndenumerate(p):
        up, down = p[s].copy(), p[s].copy()
        up[j], down[j] = p0 + H, p0 - H
        fd = (_fsum_squared(t[s], up, factor) - _fsum_squared(t[s], down, factor)) / (up[j] - down[j])
        size = _fsum_squared(t[s], p[s], factor) + 1
        # a quadratic: no truncation error, only rounding
        assert abs(grad[s, j] - fd) <= 8 * EPS * size / H, (s, j, grad[s, j], fd)


@pytest.mark.parametrize("base", ["e", "2"])
@settings(max_examples=30, deadline=None)
@given(pair=st.tuples(st.integers(1, 3), st.integers(1, 5)).flatmap(
    lambda shape: st.tuples(*(hnp.arrays(np.float64, shape, elements=st.floats(0.05, 1.0)) for _ in range(2)))))
def test_cross_entropy_gradient_wrt_probabilities_matches_finite_differences(base, pair):
    """dl/dyhat_j = -t_j / (yhat_j ln b), yhat taken as free variables (the unfused chain rule)."""
    t, p = pair
    b = BASES[base]
    grad = get_loss("cross_entropy", None if base == "e" else 2).gradient(t, p)
    for (s, j), p0 in np.ndenumerate(p):
        up, down = p[s].copy(), p[s].copy()
        up[j], down[j] = p0 + H, p0 - H
        fd = (_ce(t[s], np.log(up), b) - _ce(t[s], np.log(down), b)) / (up[j] - down[j])
        # |d^3/dp^3 t ln p| = 2 t / p^3 <= 2 / 0.05^3
        truncation = H * H / 6 * 2 * t[s, j] / (p0 - H) ** 3 / math.log(b)
        size = abs(_ce(t[s], np.log(p[s]), b)) + t[s].sum() + 1
        assert abs(grad[s, j] - fd) <= truncation + 8 * EPS * size / H, (s, j, grad[s, j], fd)


@pytest.mark.parametrize("base", ["e", "2"])
@pytest.mark.parametrize("targets", ["onehot", "soft", "unnormalised"])
@settings(max_examples=30, deadline=None)
@given(pair=matrices)
def test_fused_softmax_cross_entropy_delta_matches_finite_differences(base, targets, pair):
    """fused_delta(t, softmax(u)) = d/du of -sum t log_b softmax(u), for any t >= 0."""
    raw, u = pair
    b = BASES[base]
    if targets == "unnormalised":
        # not tiny: a loss in the subnormal range (t ~ 1e-313) has no relative precision left
        t = np.abs(raw) + 0.01
    else:
        t = _probability_targets(raw, targets == "onehot")
    p = np.exp(ref_log_softmax(u))
    delta = get_loss("cross_entropy", None if base == "e" else 2).fused_delta(t, p)
    assert delta.shape == u.shape
    for (s, j), u0 in np.ndenumerate(u):
        up, down = u[s:s + 1].copy(), u[s:s + 1].copy()
        up[0, j], down[0, j] = u0 + H, u0 - H
        ce_up = _ce(t[s], ref_log_softmax(up)[0], b)
        ce_down = _ce(t[s], ref_log_softmax(down)[0], b)
        fd = (ce_up - ce_down) / (up[0, j] - down[0, j])
        # third derivatives of log-softmax are <= 1 in size; rounding ~ eps (|u| + |l|) per value
        size = t[s].sum() * (np.abs(u[s]).max() + 2) + abs(ce_up)
        tol = t[s].sum() * H * H / 6 + 8 * EPS * size / H
        assert abs(delta[s, j] - fd) <= tol, (s, j, delta[s, j], fd)


# ------------------------------------------------------------------------------------------------
# extreme logits

EXTREME = [45.0052, -4.3391, -66.2306, -58.0332]


@pytest.mark.parametrize("base", ["e", "2"])
@pytest.mark.parametrize("logits", [EXTREME, [43.0, -43.0, 0.0], [400.0, -400.0, 0.0], [-86.0, 0.0, 0.0, 0.0]])
def test_cross_entropy_at_extreme_logits_is_finite_and_exact(base, logits):
    """Every label of an extreme row: probabilities as small as e^-86 .. e^-800 (underflowing to 0)
    still give the finite, correct loss, and a finite delta p - t."""
    b = BASES[base]
    u = np.array([logits] * len(logits))
    t = np.eye(len(logits))
    loss = get_loss("cross_entropy", None if base == "e" else 2)
    with strict_float():
        p = np.exp(ref_log_softmax(u))
        values = loss.value(t, p, logits=u)
        delta = loss.fused_delta(t, p)
    assert np.all(np.isfinite(values)) and np.all(np.isfinite(delta))
    for label in range(len(logits)):
        want = dec_cross_entropy(t[label], logits, b)
        atol = EPS * (2 * max(map(abs, logits)) + 8)
        assert abs(values[label] - want) <= atol + 4 * EPS * want, (label, values[label], want)
    np.testing.assert_allclose(delta, (p - t) / math.log(b), rtol=2 * EPS, atol=0)


def test_cross_entropy_seed_logits_values():
    """The seed's logits: -ln p for each class, against 50-digit values written out by hand here."""
    u = np.array([EXTREME] * 4)
    values = get_loss("cross_entropy").value(np.eye(4), None, logits=u)
    # ln(1 + e^-49.3443 + e^-111.2358 + e^-103.0384) and 45.0052 - u_j more
    with localcontext() as ctx:
        ctx.prec = 60
        lse = Decimal("45.0052") + (1 + sum((Decimal(str(v)) - Decimal("45.0052")).exp() for v in EXTREME[1:])).ln()
    assert values[1] == pytest.approx(float(lse - Decimal("-4.3391")), rel=2 * EPS)
    assert values[2] == pytest.approx(float(lse - Decimal("-66.2306")), rel=2 * EPS)
    assert values[3] == pytest.approx(float(lse - Decimal("-58.0332")), rel=2 * EPS)
    assert 0.0 <= values[0] <= 1e-20  # true value 3.7e-22, below eps of the log-sum-exp


@pytest.mark.parametrize("base", ["e", 2])
def test_network_cross_entropy_with_underflowing_probability(base):
    """End to end through a problem file: a 1-layer softmax network whose logits are the inputs
    (W = I, no bias). Loss, delta and gradient are finite and right, the loss to 50 digits."""
    rows = [[400.0, -400.0, 0.0], EXTREME[:3], [43.0, -43.0, 1.0]]
    labels = [1, 2, 1]  # probabilities e^-800 (0 in float64), e^-111, e^-86
    base_text = '"e"' if base == "e" else "2"
    text = f"""
[[layer]]
inputs = 3
units = 3
activation = "softmax"
bias = "none"
weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
[loss]
name = "cross_entropy"
log_base = {base_text}
[data]
x = {rows!r}
labels = {labels!r}
[update]
learning_rate = 0.001
reduction = "sum"
"""
    b = BASES[str(base)]
    with strict_float():
        trace = parse_problem(text).explain()
    step = trace.steps[0]
    layer = step.layers[0]
    t = np.eye(3)[labels]
    want = [dec_cross_entropy(t[s], rows[s], b) for s in range(3)]
    assert step.loss == pytest.approx(math.fsum(want), rel=4 * EPS)
    assert want[0] == pytest.approx(800 / math.log(b), rel=EPS)
    p = np.exp(ref_log_softmax(np.array(rows)))
    np.testing.assert_allclose(layer.delta, (p - t) / math.log(b), rtol=4 * EPS, atol=4 * EPS)
    np.testing.assert_allclose(layer.grad_weights, ((p - t) / math.log(b)).T @ np.array(rows),
                               rtol=1e-13, atol=1e-13 * 800)
    assert np.all(np.isfinite(layer.weights))


# ------------------------------------------------------------------------------------------------
# binary cross-entropy after a sigmoid (one output or several independent labels)

def test_binary_cross_entropy_worked_by_hand():
    """Logits u = (0, ln 3): sigmoid(u) = (1/2, 3/4). Targets (1, 0): L = -(ln 1/2 + ln(1 - 3/4))
    = ln 2 + ln 4 = 3 ln 2, which is 3 bits; dL/du = a - y = (-1/2, 3/4), divided by ln 2 in bits;
    dL/da = (a - y)/(a (1 - a)) = (-2, 4)."""
    u = np.array([[0.0, math.log(3.0)]])
    a = np.array([[0.5, 0.75]])
    y = np.array([[1.0, 0.0]])
    natural, bits = get_loss("binary_cross_entropy"), get_loss("binary_cross_entropy", 2)
    assert natural.value(y, a, logits=u)[0] == pytest.approx(3 * math.log(2), rel=4 * EPS)
    assert natural.value(y, a)[0] == pytest.approx(3 * math.log(2), rel=4 * EPS)
    assert bits.value(y, a, logits=u)[0] == pytest.approx(3.0, rel=4 * EPS)
    np.testing.assert_allclose(natural.fused_delta(y, a), [[-0.5, 0.75]], rtol=0, atol=0)
    np.testing.assert_allclose(bits.fused_delta(y, a), [[-0.5 / math.log(2), 0.75 / math.log(2)]], rtol=EPS)
    np.testing.assert_allclose(natural.gradient(y, a), [[-2.0, 4.0]], rtol=EPS)
    # soft targets: y = 0.25 at a = 1/2 gives -(0.25 ln 1/2 + 0.75 ln 1/2) = ln 2
    assert natural.value(np.array([[0.25]]), np.array([[0.5]]), logits=np.array([[0.0]]))[0] \
        == pytest.approx(math.log(2), rel=4 * EPS)


def test_binary_cross_entropy_from_logits_stays_finite_far_out():
    """u = +-800: the probability rounds to 1 or 0, the loss from the logits is 0 or 800 exactly."""
    loss = get_loss("binary_cross_entropy")
    u = np.array([[800.0, -800.0, 800.0, -800.0]])
    y = np.array([[1.0, 0.0, 0.0, 1.0]])
    with strict_float():
        value = loss.value(y, None, logits=u)
    assert value[0] == 1600.0


@pytest.mark.parametrize("base", ["e", "2"])
@settings(max_examples=60, deadline=None)
@given(u=hnp.arrays(np.float64, st.tuples(st.integers(1, 3), st.integers(1, 4)), elements=st.floats(-20, 20)),
       y=st.floats(0, 1))
def test_binary_cross_entropy_fused_delta_matches_finite_differences(base, u, y):
    """d/du of the loss from logits, by central differences of the loss written here with math."""
    loss = get_loss("binary_cross_entropy", None if base == "e" else 2)
    targets = np.full_like(u, y)
    p = 1 / (1 + np.exp(-u))
    delta = loss.fused_delta(targets, p)

    def written(value, target):
        return (target * math.log1p(math.exp(-value)) if value > 0 else target * (math.log1p(math.exp(value)) - value)) \
            + ((1 - target) * (math.log1p(math.exp(value)) if value < 0 else value + math.log1p(math.exp(-value))))

    scale = 1 / math.log(BASES[base])
    for (s, k), value in np.ndenumerate(u):
        fd = (written(value + H, y) - written(value - H, y)) / (2 * H) * scale
        assert abs(delta[s, k] - fd) <= H * H / 6 + 8 * EPS * (abs(value) + 2) / H
    np.testing.assert_allclose(loss.value(targets, p, logits=u),
                               [math.fsum(written(v, y) for v in row) * scale for row in u], rtol=1e-13, atol=1e-300)


# ------------------------------------------------------------------------------------------------
# mean squared error: the mean over the outputs

def test_mean_squared_error_worked_by_hand():
    """Outputs (1, 2, 4), targets (0, 0, 1): residuals 1, 2, 3, so L = (1 + 4 + 9)/3 = 14/3 and
    dL/da = 2 (a - y)/3 = (2/3, 4/3, 2); with a second sample (0.5, 0.5, 0.5) against itself, 0."""
    loss = get_loss("mean_squared_error")
    a = np.array([[1.0, 2.0, 4.0], [0.5, 0.5, 0.5]])
    y = np.array([[0.0, 0.0, 1.0], [0.5, 0.5, 0.5]])
    np.testing.assert_allclose(loss.value(y, a), [14 / 3, 0.0], rtol=EPS, atol=0)
    np.testing.assert_allclose(loss.gradient(y, a), [[2 / 3, 4 / 3, 2.0], [0.0, 0.0, 0.0]], rtol=EPS, atol=0)
    # one output: the mean over one is the squared error itself
    assert loss.value(np.array([[0.25]]), np.array([[1.0]]))[0] == 0.5625


# ------------------------------------------------------------------------------------------------
# Huber: quadratic within delta of the target, linear beyond

def test_huber_worked_by_hand():
    """Outputs (0.5, 3, -2) against targets 0. With delta 1: 1/2 0.5^2 = 0.125, 1 (3 - 1/2) = 2.5,
    1 (2 - 1/2) = 1.5, so L = 4.125 and dL/da = clip(a - y, -1, 1) = (0.5, 1, -1). With delta 2:
    0.125, 2 (3 - 1) = 4 and 1/2 2^2 = 2 (|r| = delta is the quadratic side), L = 6.125,
    dL/da = (0.5, 2, -2)."""
    a, y = np.array([[0.5, 3.0, -2.0]]), np.zeros((1, 3))
    one, two = get_loss("huber"), get_loss("huber", delta=2.0)
    assert one.value(y, a)[0] == 4.125 and two.value(y, a)[0] == 6.125
    np.testing.assert_array_equal(one.gradient(y, a), [[0.5, 1.0, -1.0]])
    np.testing.assert_array_equal(two.gradient(y, a), [[0.5, 2.0, -2.0]])
    # a delta far beyond every residual: the half squared error
    np.testing.assert_array_equal(get_loss("huber", delta=1e6).value(y, a), get_loss("half_squared_error").value(y, a))
