"""PyTorch autograd as the oracle for whole worked solutions (Problem.explain), step by step.

Each network is written as problem-file TOML (weights, biases, masks, labels with or without class
names, targets y) and read with ``backprop.parse_problem``; the same numbers are built in torch
(float64: manual W and b tensors with requires_grad, masks applied by multiplication, a shared bias
as a 0-d tensor) and run through the same steps: step k on samples (k-1)B .. kB-1 modulo n, the
step loss the sum or mean of the per-sample losses, SGD W <- W - eta dL/dW. Compared for each step,
from the JSON trace (``Trace.to_json_dict`` through ``json``): samples, loss, and per layer z, a,
delta (torch: z.grad with the loss taken as the sum of the per-sample losses, retain_grad), the
gradients and the updated parameters. Both sides compute in float64 in a different order, so the
numbers agree to rounding: rtol 1e-10, atol 1e-12.

Where they do not, an exact computation (tests/exact_reference.py, 50 digits) referees: backprop must
then be no further from the exact value than a small multiple of torch's own distance from it. Hypothesis
found such a point: three steps at eta = 1 land the output on its target to 9 digits, the next delta is
a difference of nearly equal numbers, and both float64 results are 1e-9 (relative) from the exact one
(backprop 7e-10, torch 2.6e-9), so from each other by more than 1e-10.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backprop import ProblemError, parse_problem
from exact_reference import exact_explain
from helpers import (FUSED_LOSSES, Given, HIDDEN_CHAINS, ONE_HOT_LOSSES, UNIT_LOSSES, SOFTMAX_CHAINS, SQUARED_LOSSES, Case, LayerCase, batch_indices,
                     spec_name, spec_params, to_toml)

if os.environ.get("CI"):
    import torch  # a test dependency: in CI its absence is a failure, not a skip
else:
    torch = pytest.importorskip("torch")
F = torch.nn.functional
from torch_reference import TORCH_ACTIVATIONS, TORCH_LOSSES, TORCH_THROUGH_OUTPUT  # noqa: E402 - needs torch

RTOL, ATOL = 1e-10, 1e-12
# Two float64 computations of one ill-conditioned number, in different orders, are each off the exact
# value by rounding times the conditioning; neither is systematically better, so backprop may be a few
# times further off than torch, never orders of magnitude (which a wrong formula would be).
REFEREE_FACTOR = 4


def _t(value):
    return torch.tensor(np.asarray(value, dtype=np.float64), dtype=torch.float64)


def _torch_activation(spec, u):
    return TORCH_ACTIVATIONS[spec_name(spec)](u, **spec_params(spec))


def _torch_loss(case: Case, T, chain):
    return TORCH_LOSSES[case.loss](T, chain, case.log_base or math.e, **case.loss_params)


def torch_explain(case: Case) -> list[dict]:
    """The worked solution computed by torch autograd, in the JSON trace's shape."""
    params = []
    for layer in case.layers:
        W = _t(layer.weights).requires_grad_(True)
        b = layer.bias_value()
        b = None if b is None else _t(b).requires_grad_(True)
        mask = None if layer.mask is None else _t(layer.mask)
        params.append((W, b, mask))
    x, targets = _t(case.x), _t(case.targets)
    count = x.shape[0]
    batch = case.batch_size or count
    steps = []
    for k in range(1, (case.steps or 1) + 1):
        samples = batch_indices(k, batch, count)
        a, T = x[samples], targets[samples]
        zs, outs = [], []
        for layer, (W, b, mask) in zip(case.layers, params):
            z = a @ (W if mask is None else W * mask).T
            if b is not None:
                z = z + b
            z.retain_grad()
            chain = [z]
            for spec in layer.activations:
                chain.append(_torch_activation(spec, chain[-1]))
            zs.append(z)
            outs.append(chain[-1])
            a = chain[-1]
        per_sample = _torch_loss(case, T, chain)
        step_loss = per_sample.mean() if case.mean else per_sample.sum()
        # deltas: each sample's own dl/dz -- samples are independent, so of the sum of the losses
        per_sample.sum().backward(retain_graph=True)
        deltas = [z.grad.numpy().copy() for z in zs]  # now: autograd.grad below adds to z.grad too
        leaves = [p for W, b, _ in params for p in (W, b) if p is not None]
        grads = iter(torch.autograd.grad(step_loss, leaves))
        layers = []
        with torch.no_grad():
            for (W, b, _), z, out, delta in zip(params, zs, outs, deltas):
                gW = next(grads)
                gb = None if b is None else next(grads)
                W -= case.learning_rate * gW
                if b is not None:
                    b -= case.learning_rate * gb
                layers.append({"z": z.detach().numpy().copy(), "a": out.detach().numpy().copy(),
                               "delta": delta, "grad_weights": gW.numpy().copy(),
                               "grad_biases": None if gb is None else gb.numpy().copy(),
                               "weights": W.detach().numpy().copy(),
                               "biases": None if b is None else b.detach().numpy().copy()})
        steps.append({"step": k, "samples": samples, "loss": step_loss.item(), "layers": layers})
    return steps


def _nudged(case: Case, rng) -> Case:
    """The same problem with every weight, bias and input moved by one ulp, up or down."""
    def nudge(value):
        array = np.asarray(value, dtype=np.float64)
        moved = array * (1 + np.where(rng.random(array.shape) < 0.5, -1.0, 1.0) * np.finfo(float).eps)
        return moved if array.ndim else float(moved)
    layers = [dataclasses.replace(layer, weights=nudge(layer.weights) * (1 if layer.mask is None else layer.mask),
                                  biases=None if layer.biases is None else nudge(layer.biases))
              for layer in case.layers]
    return dataclasses.replace(case, layers=layers, x=nudge(case.x))


def _rounding_scale(case: Case, expected: list[dict]) -> dict:
    """The exact worked solution, and how far float64 falls from it here: torch's largest error at
    this point and at two points one ulp away (one error alone may be small by luck)."""
    exact = exact_explain(case)
    scale = [{"layers": [{key: np.abs(np.asarray(value, dtype=np.float64) - layer[key])
                          for key, value in exact_layer.items() if value is not None}
                         for exact_layer, layer in zip(exact_step["layers"], step["layers"])]}
             for exact_step, step in zip(exact, expected)]
    rng = np.random.default_rng(0)
    for _ in range(2):
        nudged = _nudged(case, rng)
        for scale_step, exact_step, step in zip(scale, exact_explain(nudged), torch_explain(nudged)):
            for scale_layer, exact_layer, layer in zip(scale_step["layers"], exact_step["layers"], step["layers"]):
                for key in scale_layer:
                    error = np.abs(np.asarray(exact_layer[key], dtype=np.float64) - layer[key])
                    scale_layer[key] = np.maximum(scale_layer[key], error)
    return {"exact": exact, "scale": scale}


def _all_finite(steps) -> bool:
    return all(math.isfinite(step["loss"]) and all(
        value is None or np.isfinite(value).all() for layer in step["layers"] for value in layer.values())
        for step in steps)


def check_against_torch(case: Case) -> None:
    problem = parse_problem(to_toml(case))
    expected = torch_explain(case)
    if not _all_finite(expected):  # diverged (e.g. deep identity nets at eta = 1): refused, one line
        with pytest.raises(ProblemError, match="overflows float64"):
            problem.explain()
        return
    trace = json.loads(json.dumps(problem.explain().to_json_dict()))  # the JSON trace, as written
    assert len(trace["steps"]) == len(expected) == (case.steps or 1)
    referee = []  # computed only if some number needs it

    def assert_close(got, want, step: int, index: int, key: str):
        got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
        far = np.abs(got - want) > ATOL + RTOL * np.abs(want)
        if not far.any():
            return
        if not referee:
            referee.append(_rounding_scale(case, expected))
        truth, scale = (np.asarray(referee[0][what][step]["layers"][index][key], dtype=np.float64)
                        for what in ("exact", "scale"))
        error = np.abs(got - truth)
        fine = (error <= ATOL + RTOL * np.abs(truth)) | (error <= REFEREE_FACTOR * scale)
        assert np.all(fine | ~far), (f"step {step + 1} layer {index} {key}: backprop {got[~fine].tolist()},"
                                     f" torch {want[~fine].tolist()}, exact {truth[~fine].tolist()},"
                                     f" float64 rounding here about {scale[~fine].tolist()}")

    for got, want in zip(trace["steps"], expected):
        where = f"step {want['step']}"
        assert got["step"] == want["step"]
        assert got["samples"] == want["samples"], where
        assert got["loss"] == pytest.approx(want["loss"], rel=RTOL, abs=ATOL), where
        assert len(got["layers"]) == len(want["layers"])
        for index, (g, w) in enumerate(zip(got["layers"], want["layers"])):
            for key in ("z", "a", "delta", "grad_weights", "grad_biases", "weights", "biases"):
                if w[key] is None:
                    assert g[key] is None, f"{where} layer {index} {key}"
                    continue
                assert g[key] is not None, f"{where} layer {index} {key}"
                assert_close(g[key], w[key], want["step"] - 1, index, key)
            if case.layers[index].mask is not None:  # exactly 0, not just close
                off = case.layers[index].mask == 0
                assert np.all(np.asarray(g["grad_weights"])[off] == 0.0)
                assert np.all(np.asarray(g["weights"])[off] == 0.0)


# ------------------------------------------------------------------------------------------------
# Hand-made configurations: one feature each, all multi-step with wrap-around where it matters

def _layer(rng, units, inputs, chain, bias="neuron", masked=False, write_biases=True, scale=1.0):
    mask = None
    if masked:
        mask = (rng.random((units, inputs)) < 0.6).astype(float)
        mask[0, 0] = 1.0
        mask[-1, -1] = 0.0
    W = rng.uniform(-scale, scale, (units, inputs))
    if mask is not None:
        W = W * mask
    b = None if bias == "none" else (float(rng.uniform(-0.5, 0.5)) if bias == "shared"
                                     else rng.uniform(-0.5, 0.5, units))
    return LayerCase(tuple(chain), bias, W, b, mask, write_biases)


def _configs():
    rng = np.random.default_rng(2024)
    out = {}
    # seed 004: linear softmax classifier, no bias, cross-entropy, class names, summed gradient
    W = np.array([[-0.57, 1.24, -3.37, 6.43], [-5.53, -1.13, -8.05, 3.21],
                  [4.23, 0.98, -2.53, -7.67], [-2.31, -1.84, 6.93, -8.66]])
    x = np.array([[1.52, 2.63, 5.37, 4.94], [8.87, 1.25, 4.49, 0.12],
                  [3.22, 4.63, 3.55, 5.41], [1.38, 0.63, 2.90, 8.52]])
    labels = [0, 0, 1, 3]
    out["seed004-softmax-ce-classes"] = Case(
        [LayerCase(("softmax",), "none", W, None)], "cross_entropy", x, np.eye(4)[labels],
        log_base=math.e, labels=labels, classes=["cat", "dog", "cow", "horse"],
        learning_rate=0.2, reduction="sum", batch_size=3, steps=3)
    # a sparse 4-2-1 sigmoid network (mask), squared error, mean
    out["sparse-sigmoid-mask"] = Case(
        [_layer(rng, 2, 4, ["sigmoid"], masked=True), _layer(rng, 1, 2, ["sigmoid"])],
        "squared_error", rng.uniform(0, 1, (3, 4)), np.array([[0.7], [0.2], [0.9]]),
        learning_rate=0.1, reduction="mean", batch_size=2, steps=3)
    # relu -> softmax output, per-neuron bias, cross-entropy in bits, soft targets as y
    p = rng.uniform(0.1, 1, (3, 3))
    out["relu-softmax-ce-log2-soft"] = Case(
        [_layer(rng, 4, 2, ["tanh"]), _layer(rng, 3, 4, ["relu", "softmax"], scale=2.0)],
        "cross_entropy", rng.uniform(-2, 2, (3, 2)), p / p.sum(axis=1, keepdims=True), log_base=2.0,
        learning_rate=0.5, reduction="sum", batch_size=2, steps=3)
    # tanh,sigmoid hidden chain, shared biases, identity output, half squared error
    out["chain-shared-bias-half-se"] = Case(
        [_layer(rng, 3, 3, ["tanh", "sigmoid"], bias="shared"), _layer(rng, 2, 3, ["identity"], bias="shared")],
        "half_squared_error", rng.uniform(-1, 1, (3, 3)), rng.uniform(-1, 1, (3, 2)),
        learning_rate=0.3, batch_size=2, steps=3)  # reduction left out: mean
    # 3 layers, squared error after a softmax, integer labels, masks on two layers
    labels = [2, 0, 1]
    out["deep-softmax-squared-labels"] = Case(
        [_layer(rng, 4, 3, ["relu"], masked=True), _layer(rng, 4, 4, ["tanh"], bias="none", masked=True),
         _layer(rng, 3, 4, ["softmax"], bias="shared")],
        "squared_error", rng.uniform(-2, 2, (3, 3)), np.eye(3)[labels], labels=labels,
        learning_rate=0.4, reduction="sum", batch_size=2, steps=3)
    # relu exactly at its kink (zero inputs, no bias): relu'(0) = 0 on both sides
    out["relu-at-zero"] = Case(
        [_layer(rng, 3, 2, ["relu"], bias="none"), _layer(rng, 1, 3, ["identity"])],
        "squared_error", np.array([[0.0, 0.0], [1.0, -1.0], [0.5, 0.25]]), np.array([[1.0], [0.0], [-0.5]]),
        learning_rate=0.1, reduction="sum", batch_size=2, steps=3)
    # biases left out of the file (zeros), online updates
    out["default-zero-biases-online"] = Case(
        [_layer(rng, 3, 2, ["sigmoid"], write_biases=False), _layer(rng, 2, 3, ["tanh"], bias="shared",
                                                                    write_biases=False)],
        "squared_error", rng.uniform(-1, 1, (3, 2)), rng.uniform(-1, 1, (3, 2)),
        learning_rate=0.7, batch_size=1, steps=4)
    # extreme logits: probabilities e^-86 and smaller
    out["extreme-logits-ce"] = Case(
        [LayerCase(("softmax",), "neuron", np.eye(4), np.zeros(4))], "cross_entropy",
        np.array([[45.0052, -4.3391, -66.2306, -58.0332], [43.0, -43.0, 0.0, 1.0], [0.0, -86.0, 2.0, 3.0]]),
        np.eye(4)[[2, 1, 1]], log_base=math.e, labels=[2, 1, 1], learning_rate=0.01,
        reduction="mean", batch_size=2, steps=3)
    # leaky ReLU with a slope of its own, also exactly at its kink (f'(0) = slope on both sides)
    leaky = Given(name="leaky_relu", slope=0.2)
    out["leaky-relu-at-zero"] = Case(
        [_layer(rng, 3, 2, [leaky], bias="none"), _layer(rng, 2, 3, ["tanh", "leaky_relu"])],
        "half_squared_error", np.array([[0.0, 0.0], [1.0, -1.0], [-0.5, 0.25]]), rng.uniform(-1, 1, (3, 2)),
        learning_rate=0.4, reduction="sum", batch_size=2, steps=3)
    # ELU with alpha 1.5 (f' jumps at 0: 1 to its right, alpha to its left), under a sigmoid chain
    elu = Given(name="elu", alpha=1.5)
    out["elu-chain"] = Case(
        [_layer(rng, 3, 2, [elu]), _layer(rng, 2, 3, [elu, "sigmoid"], bias="shared"), _layer(rng, 2, 2, ["elu"])],
        "squared_error", np.array([[0.0, 0.0], [1.5, -2.0], [-0.5, 0.25]]), rng.uniform(-1, 1, (3, 2)),
        learning_rate=0.3, batch_size=2, steps=3)
    # softplus far to the right (e^30) and left, in a chain before a softmax with cross-entropy
    out["softplus-tails"] = Case(
        [LayerCase(("softplus",), "neuron", np.array([[12.0, 0.5], [-9.0, 1.0]]), np.array([0.1, -0.2])),
         _layer(rng, 3, 2, ["softplus", "softmax"])],
        "cross_entropy", np.array([[2.5, 0.3], [-1.0, 1.2], [0.2, -3.0]]), np.eye(3)[[0, 2, 1]],
        log_base=math.e, labels=[0, 2, 1], learning_rate=0.2, batch_size=2, steps=3)
    # GELU in the erf form, far to the left (Phi(-6) = 1e-9) and in a chain
    out["gelu-deep"] = Case(
        [LayerCase(("gelu",), "neuron", np.array([[4.0, -1.0], [0.5, 2.0]]), np.array([-0.5, 0.3])),
         _layer(rng, 2, 2, ["gelu", "tanh"]), _layer(rng, 2, 2, ["gelu"], bias="none")],
        "half_squared_error", np.array([[-1.5, 0.3], [0.8, -0.4], [0.1, 1.9]]), rng.uniform(-1, 1, (3, 2)),
        learning_rate=0.5, batch_size=3, reduction="sum", steps=3)
    # binary cross-entropy: three independent labels (0, 1 and soft), in bits; and one output
    out["bce-multilabel-log2"] = Case(
        [_layer(rng, 4, 3, ["tanh"]), _layer(rng, 3, 4, ["sigmoid"], scale=2.0)], "binary_cross_entropy",
        rng.uniform(-2, 2, (4, 3)), np.array([[1, 0, 0.3], [0, 0, 1], [1, 1, 0.5], [0, 1, 0]], dtype=float),
        log_base=2.0, learning_rate=0.5, batch_size=3, steps=3)
    out["bce-one-output"] = Case(
        [_layer(rng, 3, 2, [Given(name="leaky_relu", slope=0.1)]), _layer(rng, 1, 3, ["tanh", "sigmoid"])],
        "binary_cross_entropy", rng.uniform(-2, 2, (3, 2)), np.array([[1.0], [0.0], [1.0]]), log_base=math.e,
        learning_rate=0.3, reduction="sum", batch_size=2, steps=3)
    # mean squared error over three outputs, after a softplus hidden layer
    out["mse-three-outputs"] = Case(
        [_layer(rng, 4, 2, ["softplus"]), _layer(rng, 3, 4, ["identity"], bias="shared")], "mean_squared_error",
        rng.uniform(-2, 2, (3, 2)), rng.uniform(-1, 1, (3, 3)), learning_rate=0.4, batch_size=2, steps=3)
    # Huber with delta 0.5: residuals on both sides of delta, over steps
    out["huber-delta-half"] = Case(
        [_layer(rng, 3, 2, ["tanh"]), _layer(rng, 2, 3, ["identity"], scale=2.0)], "huber",
        rng.uniform(-2, 2, (4, 2)), np.array([[0.1, -2.0], [1.5, 0.2], [-0.3, 0.4], [2.5, -1.0]]),
        loss_params={"delta": 0.5}, learning_rate=0.3, batch_size=3, steps=3)
    return out


CONFIGS = _configs()


@pytest.mark.parametrize("name", list(CONFIGS))
def test_explain_matches_torch_autograd(name):
    check_against_torch(CONFIGS[name])


# ------------------------------------------------------------------------------------------------
# Property-based: structure from hypothesis, numbers from a NumPy generator seeded by it

@st.composite
def torch_cases(draw) -> Case:
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    depth = draw(st.integers(1, 3))
    out_chain = draw(st.sampled_from(HIDDEN_CHAINS + SOFTMAX_CHAINS))
    sizes = [draw(st.integers(1, 4)) for _ in range(depth + 1)]
    if out_chain[-1] == "softmax":
        sizes[-1] = max(sizes[-1], 2)
    layers = []
    for k in range(depth):
        chain = out_chain if k == depth - 1 else draw(st.sampled_from(HIDDEN_CHAINS))
        bias = draw(st.sampled_from(["neuron", "shared", "none"]))
        masked = draw(st.booleans())
        mask = (rng.random((sizes[k + 1], sizes[k])) < 0.6).astype(float) if masked else None
        W = rng.uniform(-2, 2, (sizes[k + 1], sizes[k]))
        if mask is not None:
            W = W * mask
        b = None if bias == "none" else (float(rng.uniform(-1, 1)) if bias == "shared"
                                         else rng.uniform(-1, 1, sizes[k + 1]))
        layers.append(LayerCase(tuple(chain), bias, W, b, mask, write_biases=draw(st.booleans())))
    losses = [(name, None) for name in SQUARED_LOSSES]
    for name, activation in FUSED_LOSSES.items():
        if spec_name(out_chain[-1]) == activation:
            losses += [(name, math.e), (name, 2.0)]
    loss, base = draw(st.sampled_from(losses))
    n = draw(st.integers(1, 4))
    outputs = sizes[-1]
    labels = None
    if draw(st.booleans()):
        labels = [int(v) for v in rng.integers(0, outputs, n)]
        targets = np.eye(outputs)[labels]
    elif loss in ONE_HOT_LOSSES:
        p = rng.uniform(0.01, 1, (n, outputs))
        targets = p / p.sum(axis=1, keepdims=True)
    elif loss in UNIT_LOSSES:
        targets = rng.uniform(0, 1, (n, outputs))
    else:
        targets = rng.uniform(-1, 1.5, (n, outputs))
    return Case(layers, loss, rng.uniform(-2, 2, (n, sizes[0])), targets, log_base=base, labels=labels,
                learning_rate=draw(st.sampled_from([0.05, 0.3, 1.0])),
                batch_size=draw(st.sampled_from([None, 1, 2, 3])),
                reduction=draw(st.sampled_from([None, "mean", "sum"])), steps=draw(st.integers(1, 4)))


@settings(max_examples=120, deadline=None)
@given(torch_cases())
def test_random_networks_match_torch_autograd(case):
    check_against_torch(case)


# ------------------------------------------------------------------------------------------------
# The fields a trace gives beyond the spec's: each sample's loss, dL/da of every layer, dL/dx

def torch_first_step_extras(case: Case) -> dict:
    """Step 1's per-sample losses, dL/da per layer (each sample's own loss) and dL/dx, by autograd."""
    samples = batch_indices(1, case.batch_size or case.x.shape[0], case.x.shape[0])
    x = _t(case.x[samples]).requires_grad_(True)
    T = _t(case.targets[samples])
    a, outs = x, []
    for layer in case.layers:
        W, b = _t(layer.weights), layer.bias_value()
        chain = [a @ (W if layer.mask is None else W * _t(layer.mask)).T + (0 if b is None else _t(b))]
        for spec in layer.activations:
            chain.append(_torch_activation(spec, chain[-1]))
        outs.append(chain[-1])
        a = chain[-1]
    per_sample = _torch_loss(case, T, chain)
    if case.loss in FUSED_LOSSES:  # dL/da of the output through the loss of a itself (as -t/a)
        through_a = TORCH_THROUGH_OUTPUT[case.loss](T, outs[-1], case.log_base or math.e).sum()
    else:
        through_a = per_sample.sum()
    grad_x, *grad_a = torch.autograd.grad(per_sample.sum(), [x, *outs[:-1]], retain_graph=True)
    last = torch.autograd.grad(through_a, outs[-1])[0]
    return {"sample_losses": per_sample.detach().numpy(), "grad_x": grad_x.numpy(),
            "grad_a": [g.numpy() for g in grad_a] + [last.numpy()]}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_json_gives_each_sample_loss_dL_da_and_dL_dx(name):
    case = CONFIGS[name]
    step = json.loads(json.dumps(parse_problem(to_toml(case)).explain().to_json_dict()))["steps"][0]
    want = torch_first_step_extras(case)
    np.testing.assert_allclose(step["sample_losses"], want["sample_losses"], rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(step["grad_x"], want["grad_x"], rtol=RTOL, atol=ATOL)
    for layer, grad_a in zip(step["layers"], want["grad_a"]):
        if not np.isfinite(grad_a).all():  # a probability that underflowed to 0: -t/0 has no JSON number
            assert layer["grad_a"] is None
            continue
        np.testing.assert_allclose(layer["grad_a"], grad_a, rtol=RTOL, atol=ATOL)
