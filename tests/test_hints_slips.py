"""Hints for the usual slips that had none: a missing sum over a hidden layer, a wrong activation
derivative, an index off by one or swapped (1-based, input-first), the sign of delta, and an update
that uses the next layer's already-updated weights. Each formula is first shown wrong by the PyTorch
oracle of tests/test_check_seeds.py (independently of backprop.symbolic), then check must say so and
name the slip.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop.problem import parse_problem
from backprop.symbolic.check import check_formula
from backprop.symbolic.homework import DELTA_SIGN_HINT, check_homework
from backprop.symbolic.quantities import FormulaError
from seed_verbatim import problem
from test_check_seeds import oracle

torch = pytest.importorskip("torch")

DEEP = """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 2
activation = "tanh"
[[layer]]
units = 1
activation = "identity"
[loss]
name = "half_squared_error"
"""
REG = "seed000_regression"

SLIPS = [
    ("sigma-for-its-derivative", REG, "W1[0,0]", "2*(a2[0]-y[0])*W2[0,0]*a1[0]*x[0]", False,
     "uses the activation itself"),
    ("sigma-squared", REG, "W1[0,0]", "2*(a2[0]-y[0])*W2[0,0]*a1[0]**2*x[0]", False, "a^2 for sigma'"),
    ("tanh-as-sigmoid", "deep", "W2[1,0]", "(a3[0]-y[0])*W3[0,1]*a2[1]*(1-a2[1])*a1[0]", False,
     "the derivative of the sigmoid) for tanh'"),
    ("off-by-one", REG, "W1[0,0]", "2*(a2[0]-y[0])*W2[0,1]*a1[1]*(1-a1[1])*x[0]", False, "off by one"),
    ("input-first", REG, "W1[0,1]", "2*(a2[0]-y[0])*W2[0,1]*a1[1]*(1-a1[1])*x[0]", False, "swapped"),
    ("missing-hidden-sum", "deep", "W1[0,0]", "(a3[0]-y[0])*W3[0,0]*(1-a2[0]**2)*W2[0,0]*a1[0]*(1-a1[0])*x[0]",
     False, "through unit 0 of layer 2"),
    ("updated-weights", REG, "W1[0,0]",
     "W1[0,0] - eta*2*(a2[0]-y[0])*(W2[0,0] - eta*2*(a2[0]-y[0])*a1[0])*a1[0]*(1-a1[0])*x[0]", True,
     "after their update"),
]


def _problem(name):
    return parse_problem(DEEP, "<deep>") if name == "deep" else problem(name)


@pytest.mark.parametrize("key, network, param, formula, update, words", SLIPS, ids=[slip[0] for slip in SLIPS])
def test_the_slip_is_wrong_and_named(key, network, param, formula, update, words):
    rng = np.random.default_rng(5)
    values = [oracle(_problem(network), param, formula, update, draw, rng) for draw in range(6)]
    assert not all(math.isclose(value, truth, rel_tol=1e-9) for value, truth in values)
    result = check_formula(_problem(network), param, formula, update=update)
    assert result.verdict == "wrong"
    assert result.hint is not None and words in result.hint, result.hint


def test_a_delta_of_the_other_sign_is_named():
    # seed 003's delta is -dRSS/dz: with that notation, dRSS/dW_kj = +delta_k a_j has the wrong sign
    text = r"\frac{\partial \text{RSS}}{\partial W_{kj}} = \delta_k^{(l)} \cdot a_j^{(l-1)}"
    result = check_homework(problem("seed003_delta_rule"), text, notation="seed003")
    step = result.claims[0].steps[0]
    assert step.verdict == "wrong" and step.detail == DELTA_SIGN_HINT


UPDATED = """
[[layer]]
inputs = 3
units = 1
activation = "sigmoid"
weights = [[0.3, -0.6, 0.25]]
biases = [0.1]
[loss]
name = "half_squared_error"
[data]
x = [[0.5, 1.5, -2.0]]
y = [[0.9]]
[update]
learning_rate = 0.5
"""
UPDATED_NOTATION = """
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"""


def _torch_step():
    """The weights and bias before and after one step of plain gradient descent, by PyTorch autograd."""
    weights = torch.tensor([[0.3, -0.6, 0.25]], dtype=torch.float64, requires_grad=True)
    bias = torch.tensor([0.1], dtype=torch.float64, requires_grad=True)
    output = torch.sigmoid(torch.tensor([0.5, 1.5, -2.0], dtype=torch.float64) @ weights.T + bias)
    (0.5 * (output - 0.9) ** 2).sum().backward()
    with torch.no_grad():
        return (weights[0].tolist(), float(bias[0]), (weights[0] - 0.5 * weights.grad[0]).tolist(),
                float(bias[0] - 0.5 * bias.grad[0]))


def test_numbers_of_the_parameters_after_the_step_are_refused_naming_the_new_value(tmp_path):
    # w = [new values] states the current weights (wrong) or, on a page's "updated weights", the new ones (right):
    # the readings disagree, so it is refused, saying to write the new value as one
    notation = tmp_path / "notation.toml"
    notation.write_text(UPDATED_NOTATION)
    weights, bias, new_weights, new_bias = _torch_step()
    assert all(abs(new - old) > 1e-3 for new, old in zip(new_weights, weights))  # the step shows at 4 digits
    network = parse_problem(UPDATED, "<updated>")

    def judged(text):
        step = check_homework(network, text, notation=str(notation)).claims[0].steps[0]
        return step.verdict, step.detail

    listed = ", ".join(f"{value:.4f}" for value in new_weights)
    for text in (f"w = [{listed}]", f"w_2 = {new_weights[1]:.4f}", f"b = {new_bias:.4f}"):
        with pytest.raises(FormulaError, match=r"after one step of the update \(learning rate 0\.5\).*\^\{new\}"):
            judged(text)
    assert judged(f"w := [{listed}]") == ("correct", "")
    assert judged(f"w^{{new}} = [{listed}]") == ("correct", "")
    assert judged("w = [" + ", ".join(f"{value:.4f}" for value in weights) + "]") == ("correct", "")
    off = ", ".join(f"{value + (0.01 if index == 2 else 0):.4f}" for index, value in enumerate(new_weights))
    verdict, detail = judged(f"w = [{off}]")  # one entry neither the old value nor the new: wrong either way
    assert verdict == "wrong" and "after one step" not in detail
