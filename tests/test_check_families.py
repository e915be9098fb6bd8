"""A general rule with too many index values to list (symbolic/families.py), judged for every value at
once, against the per-value path on a network small enough for both.

claims.MAX_ASSIGNMENTS is lowered here so that the rules of a 3-5-4 network take the once-for-all path;
with its own value they take the per-value path. Both must give the same verdicts, the same first
failing index value and the same counterexample, including for a formula wrong at exactly one index
value and for one whose truth differs by case (right for the label's class only). PyTorch autograd
(the oracle of test_seed_verbatim) gives the true gradients for the values compared here.
"""

from __future__ import annotations

import numpy as np
import pytest

from backprop.problem import parse_problem
from backprop.symbolic import claims
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError

torch = pytest.importorskip("torch")

NETWORK = r"""
[[layer]]
inputs = 3
units = 5
activation = "relu"
[[layer]]
units = 4
activation = "softmax"
[loss]
name = "cross_entropy"
[notation]
indices = "inm"
[notation.symbols]
"p_{n}^{(0)}" = "x[n]"
"p_{n}^{(1)}" = "a1[n]"
"\\hat{p}_{n}" = "a2[n]"
"w_{i,n}^{(1)}" = "W1[n, i]"
"w_{i,n}^{(2)}" = "W2[n, i]"
"t_{n}" = "t[n]"
"I_{n}^{(1)}" = "Heaviside(z1[n])"
"e_{n}" = "n"
"""

OUTPUT = r"\frac{\partial L}{\partial w_{\alpha,\beta}^{(2)}} = "
HIDDEN = r"\frac{\partial L}{\partial w_{\alpha,\beta}^{(1)}} = "
RULES = {
    "output": OUTPUT + r"(\hat{p}_{\beta} - t_{\beta}) p_{\alpha}^{(1)}",
    "hidden": HIDDEN + r"\sum_{m=0}^{3} (\hat{p}_{m} - t_{m}) w_{\beta,m}^{(2)} I_{\beta}^{(1)} p_{\alpha}^{(0)}",
    # wrong at alpha = 2, beta = 1 only (of 20 index values): e_n is the index n itself, so
    # 1{e_alpha > 1} 1{e_alpha < 3} is 1 at alpha = 2 only
    "one value": OUTPUT + r"(\hat{p}_{\beta} - t_{\beta}) p_{\alpha}^{(1)} + 1\{e_{\alpha} > 1\} 1\{e_{\alpha} < 3\}"
                          r" 1\{e_{\beta} > 0\} 1\{e_{\beta} < 2\} p_{\alpha}^{(1)}",
    "last value": OUTPUT + r"(\hat{p}_{\beta} - t_{\beta}) p_{\alpha}^{(1)} (1 + 1\{e_{\alpha} > 3\} 1\{e_{\beta} > 2\})",
    # right where beta is the label's class, wrong for the others: the truth differs by case
    "label case": OUTPUT + r"(\hat{p}_{\beta} - 1) p_{\alpha}^{(1)}",
    "hidden slip": HIDDEN + r"\sum_{m=0}^{3} (\hat{p}_{m} - t_{m}) w_{\beta,m}^{(2)} p_{\alpha}^{(0)}",
}
#: the oracle's verdicts (PyTorch autograd, test_the_oracle_agrees) and the first wrong index value
EXPECTED = {"output": ("correct", None), "hidden": ("correct", None), "one value": ("wrong", r"\alpha = 2, \beta = 1"),
            "last value": ("wrong", r"\alpha = 4, \beta = 3"), "label case": ("wrong", r"\alpha = 0, \beta = 0"),
            "hidden slip": ("wrong", None)}


@pytest.fixture(scope="module")
def problem():
    return parse_problem(NETWORK, "<families>")


def _judged(problem, text: str, once: bool, monkeypatch):
    monkeypatch.setattr(claims, "MAX_ASSIGNMENTS", 2 if once else 4096)
    result = check_homework(problem, text)
    return result.claims[0]


@pytest.mark.parametrize("key", sorted(RULES))
def test_every_index_value_at_once_gives_the_per_value_verdict_and_place(problem, key, monkeypatch):
    from backprop.symbolic import families
    seen = []
    original = families.find_family
    monkeypatch.setattr(claims, "find_family", lambda *args: seen.append(original(*args)) or seen[-1])
    once = _judged(problem, RULES[key], True, monkeypatch)
    assert seen and seen[0] is not None  # the once-for-all path judged it
    by_value = _judged(problem, RULES[key], False, monkeypatch)
    assert once.values == by_value.values == seen[0].count == (15 if key.startswith("hidden") else 20)
    verdict, where = EXPECTED[key]
    assert [step.verdict for step in once.steps] == [step.verdict for step in by_value.steps] == [verdict]
    step, other = once.steps[0], by_value.steps[0]
    assert step.where == other.where
    if where is not None:
        assert step.where == where
    if verdict == "wrong":
        assert step.result.counterexample.formula_value == other.result.counterexample.formula_value
        assert step.result.counterexample.true_value == other.result.counterexample.true_value


def _torch_gradients(problem, sample):
    """dL/dW1, dL/dW2 by PyTorch autograd at a point (the loss -sum t log softmax)."""
    W1 = torch.tensor(sample.weights[0], requires_grad=True)
    W2 = torch.tensor(sample.weights[1], requires_grad=True)
    b1, b2 = torch.tensor(sample.biases[0]), torch.tensor(sample.biases[1])
    z1 = W1 @ torch.tensor(sample.x) + b1
    a2 = torch.softmax(W2 @ torch.relu(z1) + b2, dim=0)
    loss = -(torch.tensor(sample.target) * torch.log(a2)).sum()
    loss.backward()
    return W1.grad.numpy(), W2.grad.numpy(), torch.relu(z1).detach().numpy(), a2.detach().numpy(), z1.detach().numpy()


def test_the_oracle_agrees(problem):
    """The verdicts of EXPECTED from PyTorch: each rule transcribed into NumPy over every index value."""
    from backprop.symbolic.points import PointSampler
    from backprop.symbolic.quantities import NetworkSymbols
    sampler = PointSampler(NetworkSymbols(problem), 7)
    verdicts = {key: "correct" for key in RULES}
    first = {}
    for _ in range(24):
        sample = sampler.draw()
        g1, g2, a1, a2, z1 = _torch_gradients(problem, sample)
        x, t, W2 = sample.x, sample.target, sample.weights[1]
        alpha, beta = np.arange(5)[None, :], np.arange(4)[:, None]
        one = ((alpha > 1) & (alpha < 3) & (beta > 0) & (beta < 2)).astype(float)
        formulas = {
            "output": (g2, (a2 - t)[:, None] * a1[None, :]),
            "hidden": (g1, ((a2 - t) @ W2)[:, None] * (z1 > 0)[:, None] * x[None, :]),
            "one value": (g2, (a2 - t)[:, None] * a1[None, :] + one * a1[None, :]),
            "last value": (g2, (a2 - t)[:, None] * a1[None, :] * (1 + ((alpha > 3) & (beta > 2)))),
            "label case": (g2, (a2 - 1)[:, None] * a1[None, :]),
            "hidden slip": (g1, ((a2 - t) @ W2)[:, None] * x[None, :]),
        }
        for key, (truth, formula) in formulas.items():
            wrong = ~np.isclose(truth, formula, rtol=1e-9, atol=1e-12)
            if wrong.any():
                verdicts[key] = "wrong"
                # the per-value order runs beta (the weight's column, the unit) after alpha: W2[beta, alpha]
                flat = [(a, b) for a in range(truth.shape[1]) for b in range(truth.shape[0]) if wrong[b, a]]
                first[key] = min(flat + ([first[key]] if key in first else []))
    assert verdicts == {key: value[0] for key, value in EXPECTED.items()}
    assert first["one value"] == (2, 1) and first["last value"] == (4, 3) and first["label case"] == (0, 0)


def test_a_member_out_of_range_for_some_values_names_the_first(problem, monkeypatch):
    monkeypatch.setattr(claims, "MAX_ASSIGNMENTS", 2)
    # I^(1)_alpha with alpha up to 4 of a 5-unit layer reads; p^(0)_beta with beta up to 4 of 3 inputs does not
    with pytest.raises(FormulaError) as error:
        check_homework(problem, HIDDEN + r"(\hat{p}_{0} - t_{0}) p_{\beta}^{(0)}")
    assert "p_{\\beta}^{0} at \\beta = 3" in str(error.value) and "ix_" not in str(error.value)


@pytest.mark.parametrize("meaning", ["W2[n, i]", "W2[n, i] - W2[n, i] + W2[0, 0]"])
def test_a_patterns_bound_gives_the_ranges_reading_every_value_gives(problem, meaning, monkeypatch):
    """find_family reads a letter only up to the size of the array its pattern indexes with it (beta
    fills n of W2[n, i]: 4 units; alpha i: 5 inputs) and at that size, to see it names nothing there;
    a meaning whose indexed entry cancels (W2[n, i] - W2[n, i] + W2[0, 0] is W2[0, 0] at every value)
    reads there, and every value is read as without the bound. Both give the ranges of reading every
    value."""
    from backprop.symbolic import families
    calls = []
    original = families.find_family
    monkeypatch.setattr(claims, "find_family", lambda *args: calls.append(args) or original(*args))
    network = NETWORK.replace('"w_{i,n}^{(2)}" = "W2[n, i]"', f'"w_{{i,n}}^{{(2)}}" = "{meaning}"')
    monkeypatch.setattr(claims, "MAX_ASSIGNMENTS", 2)
    try:
        check_homework(parse_problem(network, "<families>"), OUTPUT + r"(\hat{p}_{\beta} - t_{\beta}) p_{\alpha}^{(1)}")
    except FormulaError:
        pass  # (the cancelling meaning's verdict is not this test's: the ranges found are)
    assert calls
    bounded = original(*calls[0])
    monkeypatch.setattr(families, "_pattern_bound", lambda *args: None)
    every = original(*calls[0])
    assert bounded == every
    if meaning == "W2[n, i]":
        assert bounded.ranges == ((0, 4), (0, 3))  # alpha over W2's 5 inputs, beta over its 4 units
    else:
        assert bounded.ranges == ((0, 6), (0, 6))  # every value read, up to the largest layer's 5 units + 2
