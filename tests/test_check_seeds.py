"""The seeds' formulas (tests/seed_formulas.py) against an independent check, and against check.

The independent check is written here and shares nothing with backprop.symbolic: a PyTorch forward
pass of the network, the loss as the spec defines it, autograd for dL/d(parameter), and the formula
evaluated by Python on the forward pass's numbers, at random points (one-hot targets for
cross-entropy). It decides whether each transcription is right; ``backprop check`` must agree, and
name the kind of mistake where the table says which.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from backprop.problem import parse_problem
from backprop.symbolic.check import check_formula
from seed_formulas import NETWORKS, SEED_FORMULAS
from torch_reference import TORCH_ACTIVATIONS

torch = pytest.importorskip("torch")

BY_KEY = {formula.key: formula for formula in SEED_FORMULAS}
POINTS = 12


def _problem(name: str):
    return parse_problem(NETWORKS[name], f"<{name}>")


def _torch_activation(activation, u):
    """``activation`` (a problem's, with its parameters: a leaky ReLU's slope) of the vector ``u`` in torch."""
    return TORCH_ACTIVATIONS[activation.name](u, **activation.values)


def _numpy_namespace() -> dict:
    def log(u, base=None):
        return np.log(u) if base is None else np.log(u) / np.log(base)

    return {"sigmoid": lambda u: 1 / (1 + np.exp(-u)), "relu": lambda u: np.maximum(u, 0),
            "Heaviside": lambda u: np.heaviside(u, 0.0), "tanh": np.tanh, "exp": np.exp, "log": log,
            "sqrt": np.sqrt}


def _point(problem, rng, draw: int):
    params = []
    for spec in problem.layers:
        weights = rng.uniform(-1.5, 1.5, (spec.units, spec.inputs))
        if spec.mask is not None:
            weights = weights * spec.mask
        bias = {"neuron": lambda: rng.uniform(-1, 1, spec.units), "shared": lambda: rng.uniform(-1, 1),
                "none": lambda: None}[spec.bias]()
        params.append((weights, bias))
    x = rng.uniform(-2, 2, problem.layers[0].inputs)
    outputs = problem.layers[-1].units
    target = np.eye(outputs)[draw % outputs] if problem.loss.name == "cross_entropy" else rng.uniform(-1, 1, outputs)
    return params, x, target, float(rng.uniform(0.05, 0.9))


def oracle(problem, param: str, formula: str, update: bool, draw: int, rng) -> tuple[float, float]:
    """(formula value, true value) at one random point, independently of backprop.symbolic."""
    params, x, target, eta = _point(problem, rng, draw)
    tensors = [(torch.tensor(W, dtype=torch.float64, requires_grad=True),
                None if b is None else torch.tensor(b, dtype=torch.float64, requires_grad=True))
               for W, b in params]
    names = {"x": x, "a0": x, "eta": eta, ("t" if problem.loss.name == "cross_entropy" else "y"): target}
    a = torch.tensor(x, dtype=torch.float64)
    for number, (spec, (W, b)) in enumerate(zip(problem.layers, tensors), start=1):
        weights = W if spec.mask is None else W * torch.tensor(spec.mask)
        z = weights @ a + (0 if b is None else b)
        a = z
        for activation in spec.activations:
            a = _torch_activation(activation, a)
        names.update({f"W{number}": W.detach().numpy(), f"z{number}": z.detach().numpy(),
                      f"a{number}": a.detach().numpy()})
        if b is not None:
            names[f"b{number}"] = b.detach().numpy() if b.dim() else float(b.detach())
    y = torch.tensor(target, dtype=torch.float64)
    if problem.loss.name == "cross_entropy":
        loss = -(y * torch.log(a)).sum() / (math.log(problem.loss.log_base) if problem.loss.log_base == 2 else 1.0)
    else:
        loss = ((y - a) ** 2).sum() * (0.5 if problem.loss.name == "half_squared_error" else 1.0)
    kind, layer, index = re.match(r"([Wb])(\d+)(?:\[(.*)\])?", param).groups()
    leaf = tensors[int(layer) - 1][0 if kind == "W" else 1]
    gradient = torch.autograd.grad(loss, leaf)[0]
    position = tuple(int(part) for part in index.split(",")) if index else ()
    true_gradient = float(gradient[position])
    current = float(leaf.detach()[position])
    value = float(eval(formula, {"__builtins__": {}}, {**_numpy_namespace(), **names}))  # noqa: S307
    return value, (current - eta * true_gradient) if update else true_gradient


def oracle_verdict(entry) -> str:
    source = BY_KEY[entry.twin] if entry.latex else entry
    problem = _problem(source.network)
    rng = np.random.default_rng(7)
    for draw in range(POINTS):
        value, truth = oracle(problem, source.param, source.formula, source.update, draw, rng)
        if not math.isclose(value, truth, rel_tol=1e-9, abs_tol=1e-12):
            return "wrong"
    return "correct"


@pytest.mark.parametrize("entry", SEED_FORMULAS, ids=lambda entry: entry.key)
def test_transcription_verdict_is_what_the_independent_check_says(entry):
    assert oracle_verdict(entry) == entry.verdict, entry.why


@pytest.mark.parametrize("entry", SEED_FORMULAS, ids=lambda entry: entry.key)
def test_check_gives_the_verdict(entry):
    result = check_formula(_problem(entry.network), entry.param, entry.formula, latex=entry.latex,
                           update=entry.update)
    assert result.verdict == entry.verdict, (result.method, result.counterexample, result.hint)
    if entry.verdict == "wrong":
        example = result.counterexample
        assert example is not None and not math.isclose(example.formula_value, example.true_value)
    if entry.hint:
        assert result.hint is not None and entry.hint in result.hint, result.hint


def test_there_are_enough_transcriptions_from_every_seed():
    seeds = {entry.seed for entry in SEED_FORMULAS}
    assert seeds == {"000", "001", "002", "003", "004"}
    transcribed = [entry for entry in SEED_FORMULAS if not entry.key.startswith("form-")]
    assert len(transcribed) >= 12
    verdicts = {entry.verdict for entry in transcribed}
    assert verdicts == {"correct", "wrong"}


def test_latex_twins_have_the_same_verdict():
    for entry in SEED_FORMULAS:
        if entry.latex:
            twin = BY_KEY[entry.twin]
            assert (twin.verdict, twin.network, twin.param, twin.update) == (
                entry.verdict, entry.network, entry.param, entry.update)


def test_oracle_takes_an_activation_with_its_parameters():
    """The oracle's torch forward pass runs a leaky ReLU with the problem's slope (0.2, not torch's 0.01): its
    gradient of W1[0, 1] equals central finite differences of the loss computed here in float64 NumPy."""
    problem = parse_problem(
        '[[layer]]\ninputs = 2\nunits = 2\nactivation = { name = "leaky_relu", slope = 0.2 }\n'
        '[[layer]]\nunits = 1\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n'
        '[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.1\n')
    params, x, target, _eta = _point(problem, np.random.default_rng(3), 0)
    (W1, b1), (W2, b2) = params

    def loss(w):
        z1 = w @ x + b1
        return 0.5 * float(((W2 @ np.where(z1 > 0, z1, 0.2 * z1) + b2 - target) ** 2).sum())

    step, bumped = 1e-6, []
    for sign in (1, -1):
        w = W1.copy()
        w[0, 1] += sign * step
        bumped.append(loss(w))
    _value, truth = oracle(problem, "W1[0,1]", "0", False, 0, np.random.default_rng(3))
    assert truth != 0
    assert math.isclose(truth, (bumped[0] - bumped[1]) / (2 * step), rel_tol=1e-7)
