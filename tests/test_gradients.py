"""Finite-difference oracle for the engine's gradients (float64).

For a network built from problem-file text (``parse_problem``), ``Problem.explain`` gives, for step 1,
d(step loss)/dW and /db of every layer, each sample's delta = d(its own loss)/dz, and the updated
parameters. Here each of those numbers is compared with a central difference of a loss computed by
the small NumPy forward pass in ``helpers.py`` -- not the engine's forward.

Tolerance, from the theory of the central difference D(h) = (L(p+h) - L(p-h)) / 2h:

* truncation: D(h) = L' + c h^2 + O(h^4). It is estimated, per derivative, from the same oracle as
  |D(2h) - D(h)| / 3 (since D(2h) - D(h) = 3 c h^2 + ...); the engine's value plays no part in it.
* rounding: each evaluation of L carries an error of a few ulps of the magnitudes summed in it,
  |dL| <= C eps S with S = 1 + the size of the losses and of the output values they are computed
  from, and C = 32 (generous for the few dozen roundings along the longest path of these
  networks of <= 3 layers x 4 units). D(h) then has a rounding error <= C eps S / h.

With h = 1e-6 and S ~ 10 that is about 7e-8 absolute, while the truncation error is ~1e-12 and a
wrong derivative (a missing factor, a wrong sign, a lost reduction) is off by O(|gradient|).

ReLU kinks: the loss is not differentiable where a relu input is 0 (or a leaky_relu's or elu's, or
where an output is delta away from its target under the Huber loss), so cases within MARGIN of a
kink are not used (hypothesis ``assume``; the grid draws again). MARGIN = 1e-3 is far
larger than the change h (<= 1e-6) of any parameter or z can make to a relu input in these networks
(at most h times 2 * 8 * 8 = 128 h ~ 1.3e-4, with |numbers| <= 2 and at most 4 units a layer).
"""

from __future__ import annotations

import itertools
import math

import mpmath
import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from backprop import parse_problem
from helpers import (EPS, FUSED_LOSSES, ONE_HOT_LOSSES, UNIT_LOSSES, HIDDEN_CHAINS, SOFTMAX_CHAINS, SQUARED_LOSSES, Case, LayerCase,
                     REFERENCE_LOSSES, ref_forward, ref_forward_from, ref_sample_losses, ref_step_loss, relu_inputs, LOSS_KINKS,
                     spec_name, to_toml)

H = 1e-6
C_ROUND = 32
MARGIN = 1e-3


def central_difference(loss_at, x0: float, h: float = H) -> tuple[float, float]:
    """(D(h), truncation estimate |D(2h) - D(h)| / 3), dividing by the steps actually taken."""

    def d(step):
        up, down = x0 + step, x0 - step
        return (loss_at(up) - loss_at(down)) / (up - down)

    d1 = d(h)
    d2 = d(2 * h)
    return d1, abs(d2 - d1) / 3


def loss_size(case: Case, out_chain, targets) -> np.ndarray:
    """Per sample: |loss| plus the magnitude of what it is computed from (outputs, targets)."""
    losses = np.abs(ref_sample_losses(case, out_chain, targets))
    values = out_chain[-2] if case.loss in FUSED_LOSSES else out_chain[-1]
    return losses + np.abs(values).sum(axis=-1) + np.abs(targets).sum(axis=-1)


def relu_margin_ok(case: Case, chains) -> bool:
    """No kinked activation's input, and no output at a kink of the loss, within MARGIN of the kink."""
    kink = LOSS_KINKS.get(case.loss)
    if kink is not None and kink(case.targets, chains[-1][-1], **case.loss_params).min() <= MARGIN:
        return False
    return all(np.abs(u).min() > MARGIN for u in relu_inputs(case, chains) if u.size)


def check_case(case: Case) -> None:
    """Every number of step 1 of ``Problem.explain`` against the finite-difference oracle."""
    problem = parse_problem(to_toml(case))
    trace = problem.explain()
    assert len(trace.steps) == 1
    step = trace.steps[0]
    x, t = case.x, case.targets
    n = x.shape[0]
    assert step.samples == list(range(n))  # full batch: every sample, file order

    params = case.params()
    chains = ref_forward(case, params, x)
    sizes = loss_size(case, chains[-1], t)
    step_size = 1.0 + (sizes.mean() if case.mean else sizes.sum())
    step_tol = C_ROUND * EPS * step_size / H

    # The forward pass and the loss (the same arithmetic up to rounding: tight).
    for chain, lt in zip(chains, step.layers):
        np.testing.assert_allclose(lt.z, chain[0], rtol=1e-12, atol=1e-13)
        np.testing.assert_allclose(lt.a, chain[-1], rtol=1e-12, atol=1e-13)
    assert step.loss == pytest.approx(ref_step_loss(case, params, x, t), rel=1e-12, abs=1e-13)

    eta = case.learning_rate
    for index, (layer, lt) in enumerate(zip(case.layers, step.layers)):
        W, b = params[index]
        assert lt.grad_weights.shape == W.shape

        # d(step loss)/dW, every weight.
        for j, i in itertools.product(range(W.shape[0]), range(W.shape[1])):
            if layer.mask is not None and layer.mask[j, i] == 0:
                assert lt.grad_weights[j, i] == 0.0, f"layer {index} masked W[{j},{i}] has a gradient"
                assert lt.weights[j, i] == 0.0, f"layer {index} masked W[{j},{i}] moved"
                continue
            w0 = W[j, i]

            def loss_at(v, W=W, j=j, i=i):
                W[j, i] = v
                return ref_step_loss(case, params, x, t)

            fd, truncation = central_difference(loss_at, w0)
            W[j, i] = w0
            tol = truncation + step_tol
            got = lt.grad_weights[j, i]
            assert abs(got - fd) <= tol, f"layer {index} dL/dW[{j},{i}]: engine {got!r}, FD {fd!r} (tol {tol:.2e})"
            # the update W <- W - eta dL/dW, with the oracle's gradient
            assert abs(lt.weights[j, i] - (w0 - eta * fd)) <= eta * tol + 4 * EPS * abs(w0)

        # d(step loss)/db: one per unit, one shared number, or none.
        if layer.bias == "none":
            assert lt.grad_biases is None and lt.biases is None
        else:
            flat_b = b.reshape(-1)  # a view: writing it changes params
            grad_b = np.asarray(lt.grad_biases).reshape(-1)
            new_b = np.asarray(lt.biases).reshape(-1)
            assert grad_b.shape == flat_b.shape == ((layer.units,) if layer.bias == "neuron" else (1,))
            for k in range(flat_b.size):
                b0 = flat_b[k]

                def loss_at(v, flat_b=flat_b, k=k):
                    flat_b[k] = v
                    return ref_step_loss(case, params, x, t)

                fd, truncation = central_difference(loss_at, b0)
                flat_b[k] = b0
                tol = truncation + step_tol
                assert abs(grad_b[k] - fd) <= tol, \
                    f"layer {index} dL/db[{k}] ({layer.bias}): engine {grad_b[k]!r}, FD {fd!r} (tol {tol:.2e})"
                assert abs(new_b[k] - (b0 - eta * fd)) <= eta * tol + 4 * EPS * abs(b0)

        # Each sample's delta = d(its own loss)/dz, by perturbing z in a forward pass from this layer.
        z = chains[index][0]
        assert lt.delta.shape == z.shape
        for s in range(n):
            sample_tol = C_ROUND * EPS * (1.0 + sizes[s]) / H
            for j in range(layer.units):
                z_row = z[s:s + 1].copy()
                z0 = z_row[0, j]

                def loss_at(v, z_row=z_row, j=j, s=s, index=index):
                    z_row[0, j] = v
                    out = ref_forward_from(case, params, index, z_row)[-1]
                    return ref_sample_losses(case, out, t[s:s + 1])[0]

                fd, truncation = central_difference(loss_at, z0)
                tol = truncation + sample_tol
                got = lt.delta[s, j]
                assert abs(got - fd) <= tol, \
                    f"layer {index} sample {s} delta[{j}]: engine {got!r}, FD {fd!r} (tol {tol:.2e})"


# ------------------------------------------------------------------------------------------------
# 1. The full grid: every output activation x loss x bias mode x mask x reduction, one 2-layer
#    network each (hidden activations cycle through the hidden chains), numbers from a seeded RNG.

OUTPUT_CHAINS = HIDDEN_CHAINS + SOFTMAX_CHAINS[:2]  # softmax, ["relu", "softmax"]


def _loss_options(out_chain):
    options = [(loss, None) for loss in SQUARED_LOSSES]
    for loss, activation in FUSED_LOSSES.items():
        if spec_name(out_chain[-1]) == activation:
            options += [(loss, math.e), (loss, 2.0)]
    return options


GRID = [
    (out_chain, loss, base, bias, masked, reduction)
    for out_chain in OUTPUT_CHAINS
    for loss, base in _loss_options(out_chain)
    for bias in ("neuron", "shared", "none")
    for masked in (False, True)
    for reduction in ("sum", "mean")
]


def _grid_id(p):
    out_chain, loss, base, bias, masked, reduction = p
    base_text = "" if base is None else ("-ln" if base == math.e else "-log2")
    return f"{'+'.join(map(spec_name, out_chain))}-{loss}{base_text}-{bias}-{'mask' if masked else 'dense'}-{reduction}"


def _random_mask(rng, shape):
    while True:
        mask = (rng.random(shape) < 0.6).astype(np.float64)
        if 0 < mask.sum() < mask.size:  # at least one connection and one gap
            return mask


def grid_case(rng, number, out_chain, loss, base, bias, masked, reduction) -> Case:
    hidden_chain = HIDDEN_CHAINS[number % len(HIDDEN_CHAINS)]
    sizes = [3, 4, 3]
    n = 3
    layers = []
    for k, chain in enumerate((hidden_chain, out_chain)):
        shape = (sizes[k + 1], sizes[k])
        mask = _random_mask(rng, shape) if masked else None
        W = rng.uniform(-1.5, 1.5, shape)
        if mask is not None:
            W = W * mask
        b = None if bias == "none" else (float(rng.uniform(-1, 1)) if bias == "shared"
                                         else rng.uniform(-1, 1, shape[0]))
        layers.append(LayerCase(tuple(chain), bias, W, b, mask))
    x = rng.uniform(-2, 2, (n, sizes[0]))
    labels = classes = None
    if loss in ONE_HOT_LOSSES and number % 2 == 0:
        labels = [int(v) for v in rng.integers(0, sizes[-1], n)]
        classes = ["a", "b", "c"] if number % 4 == 0 else None
        targets = np.eye(sizes[-1])[labels]
    elif loss in ONE_HOT_LOSSES:
        p = rng.uniform(0.05, 1, (n, sizes[-1]))
        targets = p / p.sum(axis=1, keepdims=True)
    elif loss in UNIT_LOSSES:
        targets = rng.uniform(0, 1, (n, sizes[-1]))
    else:
        targets = rng.uniform(-1, 1.5, (n, sizes[-1]))
    return Case(layers, loss, x, targets, log_base=base, labels=labels, classes=classes,
                learning_rate=0.3, reduction=reduction)


@pytest.mark.parametrize("params", GRID, ids=[_grid_id(p) for p in GRID])
def test_grid_gradients_match_finite_differences(params):
    number = GRID.index(params)
    rng = np.random.default_rng(1000 + number)
    for _ in range(200):
        case = grid_case(rng, number, *params)
        if relu_margin_ok(case, ref_forward(case, case.params(), case.x)):
            break
    else:
        raise AssertionError("no case away from the relu kinks")
    check_case(case)


def test_grid_covers_every_combination():
    combos = {(p[0], p[1], p[2], p[3], p[4], p[5]) for p in GRID}
    assert len(combos) == len(GRID) == sum(len(_loss_options(chain)) for chain in OUTPUT_CHAINS) * 3 * 2 * 2
    used_hidden = {HIDDEN_CHAINS[k % len(HIDDEN_CHAINS)] for k in range(len(GRID))}
    assert used_hidden == set(HIDDEN_CHAINS)


# ------------------------------------------------------------------------------------------------
# 2. Property-based: network shapes (1-3 layers, 1-4 units), activation chains per layer, bias mode
#    and mask per layer, loss, base, reduction (or its default), batch sizes 1-4, numbers, targets.

_signs = st.sampled_from([-1.0, 1.0])
number = st.builds(lambda s, m: s * m, _signs, st.floats(0.05, 2.0))


def _array(shape, elements=number):
    return hnp.arrays(np.float64, shape, elements=elements)


@st.composite
def cases(draw) -> Case:
    depth = draw(st.integers(1, 3))
    out_chain = draw(st.sampled_from(HIDDEN_CHAINS + SOFTMAX_CHAINS))
    softmax = out_chain[-1] == "softmax"
    sizes = [draw(st.integers(1, 4)) for _ in range(depth + 1)]
    if softmax:
        sizes[-1] = max(sizes[-1], 2)
    layers = []
    for k in range(depth):
        chain = out_chain if k == depth - 1 else draw(st.sampled_from(HIDDEN_CHAINS))
        shape = (sizes[k + 1], sizes[k])
        bias = draw(st.sampled_from(["neuron", "shared", "none"]))
        mask = None
        if draw(st.booleans()):
            mask = draw(hnp.arrays(np.float64, shape, elements=st.sampled_from([0.0, 1.0])))
        W = draw(_array(shape))
        if mask is not None:
            W = W * mask
        write_biases = draw(st.booleans()) if bias != "none" else True
        b = None
        if bias == "shared":
            b = draw(number)
        elif bias == "neuron":
            b = draw(_array(shape[0]))
        layers.append(LayerCase(tuple(chain), bias, W, b, mask, write_biases))
    loss, base = draw(st.sampled_from(_loss_options(out_chain)))
    n = draw(st.integers(1, 4))
    x = draw(_array((n, sizes[0])))
    outputs = sizes[-1]
    labels = classes = None
    if draw(st.booleans()):  # one-hot targets written as labels (indices or class names)
        labels = draw(st.lists(st.integers(0, outputs - 1), min_size=n, max_size=n))
        if draw(st.booleans()):
            classes = [f"c{k}" for k in range(outputs)]
        targets = np.eye(outputs)[labels]
    elif loss in ONE_HOT_LOSSES:
        p = draw(_array((n, outputs), st.floats(0.01, 1.0)))
        targets = p / p.sum(axis=1, keepdims=True)
    elif loss in UNIT_LOSSES:
        targets = draw(_array((n, outputs), st.floats(0.0, 1.0)))
    else:
        targets = draw(_array((n, outputs), st.floats(-1.5, 1.5)))
    reduction = draw(st.sampled_from([None, "mean", "sum"]))
    eta = draw(st.floats(0.01, 1.0))
    return Case(layers, loss, x, targets, log_base=base, labels=labels, classes=classes,
                learning_rate=eta, reduction=reduction)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_random_networks_gradients_match_finite_differences(case):
    assume(relu_margin_ok(case, ref_forward(case, case.params(), case.x)))
    check_case(case)


# ------------------------------------------------------------------------------------------------
# 3. Masks over several steps: a masked weight's gradient is exactly 0 and it stays exactly 0.

def test_masked_weights_stay_zero_over_steps():
    rng = np.random.default_rng(7)
    mask1 = np.array([[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]], dtype=np.float64)
    mask2 = np.array([[1, 0, 1, 1], [0, 1, 0, 1]], dtype=np.float64)
    layers = [LayerCase(("tanh",), "neuron", rng.uniform(-1, 1, (4, 3)) * mask1, rng.uniform(-1, 1, 4), mask1),
              LayerCase(("sigmoid",), "shared", rng.uniform(-1, 1, (2, 4)) * mask2, 0.2, mask2)]
    case = Case(layers, "squared_error", rng.uniform(-1, 1, (5, 3)), rng.uniform(0, 1, (5, 2)),
                learning_rate=0.5, batch_size=2, reduction="sum", steps=6)
    trace = parse_problem(to_toml(case)).explain()
    assert len(trace.steps) == 6
    moved = 0
    for step in trace.steps:
        for layer, lt in zip(case.layers, step.layers):
            off = layer.mask == 0
            assert np.all(lt.grad_weights[off] == 0.0)
            assert np.all(lt.weights[off] == 0.0)
            moved += np.count_nonzero(lt.grad_weights[~off])
    assert moved > 0  # the unmasked weights do learn


def test_the_oracles_binary_cross_entropy_keeps_its_digits_where_the_sigmoid_saturates():
    """The oracle's own loss against 50-digit arithmetic: computed from p = sigmoid(u), its -log(1 - p)
    at u = 12 was off by 2e-11 relative, and hypothesis found the engine (which computes it from u)
    "wrong" there."""
    mpmath.mp.dps = 50
    u = np.array([[7.0, 12.0, 30.0, -30.0, -745.0, 0.5, -3.0]])
    targets = np.array([[0.0, 0.0, 1.0, 0.0, 1.0, 0.25, 0.75]])
    got = REFERENCE_LOSSES["binary_cross_entropy"](targets, [u, None], 1.0)[0]
    exact = sum(-(mpmath.mpf(t) * mpmath.log(1 / (1 + mpmath.exp(-mpmath.mpf(v))))
                  + (1 - mpmath.mpf(t)) * mpmath.log(1 - 1 / (1 + mpmath.exp(-mpmath.mpf(v)))))
                for v, t in zip(u[0], targets[0]))
    assert got == pytest.approx(float(exact), rel=1e-15)
