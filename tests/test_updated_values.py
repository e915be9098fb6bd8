"""A parameter's value after one step, w - eta dL/dw, wherever check meets it: the update claim's truth (its new
value as the left side), an updated parameter named on a right side (``new(...)`` in the notation), and the
refusal of a value claim whose numbers are the new values. A masked weight (a sparse net's absent connection, fixed at zero) never moves: its
gradient is zero, so its new value is its value.

Seed 004's sparse 4-2-1 sigmoid net (examples/seed004_sparse_sigmoid.toml): h1 sees only x1, x2, so W1[0, 2]
(``w_7`` here) is masked. Every verdict is the PyTorch oracle's: the network run forward with W * mask, autograd's
gradients (a masked weight's is zero) and the step P - eta * grad, at random points and at the file's numbers.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pytest

from backprop.problem import load_problem
from backprop.symbolic.check import check_formula
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from seed_verbatim import EXAMPLES
from test_check_seeds import _point

torch = pytest.importorskip("torch")

SPARSE = load_problem(EXAMPLES / "seed004_sparse_sigmoid.toml")
MASK = np.array(SPARSE.layers[0].mask, dtype=float)
NOTATION = notation_from_table(tomllib.loads(r'''
[notation]
indices = "i"
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{7}" = "W1[0, 2]"
"x_{i}" = "x[i-1]"
"s_{1}" = "z1[0]"
"u" = "new(W1[0, 0])"
"v" = "new(W1[0, 2])"
"W" = "W1[:, :]"
''')["notation"], "<test>")
C, W = "correct", "wrong"
POINTS = 6


def _step(params, x, y, eta) -> dict:
    """The oracle at one point: z1, the gradients of W1 and W2 and their values after one step, by PyTorch
    (layer 1's weights enter the forward pass times the mask, so a masked weight's gradient is zero), and the
    gradient layer 1 would have if it had no mask (its weights are the same: masked ones are zero)."""
    (W1, _), (W2, _) = params
    found = {}
    for masked in (True, False):
        w1 = torch.tensor(W1, dtype=torch.float64, requires_grad=True)
        w2 = torch.tensor(W2, dtype=torch.float64, requires_grad=True)
        z1 = (w1 * torch.tensor(MASK) if masked else w1) @ torch.tensor(x, dtype=torch.float64)
        out = torch.sigmoid(w2 @ torch.sigmoid(z1))
        loss = ((torch.tensor(y, dtype=torch.float64) - out) ** 2).sum()  # squared_error, no 1/2
        g1, g2 = torch.autograd.grad(loss, (w1, w2))
        if masked:
            found.update(W1=W1, x=x, eta=eta, z1=z1.detach().numpy(), grad1=g1.numpy(), new1=W1 - eta * g1.numpy(),
                         new2=W2 - eta * g2.numpy())
        else:
            found["unmasked_new1"] = W1 - eta * g1.numpy()
    return found


def _points():
    rng = np.random.default_rng(4)
    for draw in range(POINTS):
        params, x, y, eta = _point(SPARSE, rng, draw)
        assert np.all(params[0][0][MASK == 0] == 0)
        yield _step(params, x, y, eta)
    network = SPARSE.build_network(np.float64)
    yield _step([(layer.weights.copy(), None) for layer in network.layers], np.array(SPARSE.x[0], dtype=float),
                np.array(SPARSE.targets[0], dtype=float), SPARSE.learning_rate)


@dataclass(frozen=True)
class Case:
    key: str
    text: str
    sides: Callable  # the oracle's point -> (the left side's true value, the right side's value)
    expected: str


def _oracle(case: Case) -> str:
    for point in _points():
        left, right = case.sides(point)
        if not math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-12):
            return W
    return C


CASES = [
    # the masked weight's new value on a right side: its value, 0, so z1[0] is w1 x1 + w2 x2 + v
    Case("masked-new-value-on-the-right", r"s_{1} = w_{1} x_{1} + w_{2} x_{2} + v",
         lambda p: (p["z1"][0], p["W1"][0, 0] * p["x"][0] + p["W1"][0, 1] * p["x"][1] + p["new1"][0, 2]), C),
    Case("masked-step-on-the-right", r"\eta \frac{\partial L}{\partial w_{7}} = w_{7} - v",
         lambda p: (p["eta"] * p["grad1"][0, 2], p["W1"][0, 2] - p["new1"][0, 2]), C),
    # an unmasked weight's new value on a right side moves: u is not w1
    Case("unmasked-new-value-on-the-right", r"s_{1} = u x_{1} + w_{2} x_{2} + v",
         lambda p: (p["z1"][0], p["new1"][0, 0] * p["x"][0] + p["W1"][0, 1] * p["x"][1] + p["new1"][0, 2]), W),
    Case("unmasked-step-on-the-right", r"\eta \frac{\partial L}{\partial w_{1}} = w_{1} - u",
         lambda p: (p["eta"] * p["grad1"][0, 0], p["W1"][0, 0] - p["new1"][0, 0]), C),
    Case("unmasked-step-on-the-right-uphill", r"\eta \frac{\partial L}{\partial w_{1}} = u - w_{1}",
         lambda p: (p["eta"] * p["grad1"][0, 0], p["new1"][0, 0] - p["W1"][0, 0]), W),
    # the masked weight's update (its new value as the left side): it stays
    Case("masked-update-stays", r"v = w_{7}", lambda p: (p["new1"][0, 2], p["W1"][0, 2]), C),
    Case("masked-update-by-its-zero-gradient", r"v = w_{7} - \eta \frac{\partial L}{\partial w_{7}}",
         lambda p: (p["new1"][0, 2], p["W1"][0, 2] - p["eta"] * p["grad1"][0, 2]), C),
    # ... and moving it as if h1 saw x3 (dL/ds1 x3, the gradient an unmasked weight would have) is wrong
    Case("masked-update-as-if-connected", r"v = w_{7} - \eta \frac{\partial L}{\partial s_{1}} x_{3}",
         lambda p: (p["new1"][0, 2], p["unmasked_new1"][0, 2]), W),
]


def _verdict(text: str) -> str:
    result = check_homework(SPARSE, text, notation=NOTATION)
    assert len(result.claims) == 1 and len(result.claims[0].steps) == 1
    return result.claims[0].steps[0].verdict


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.key)
def test_the_oracle_gives_the_cases_verdicts(case):
    assert _oracle(case) == case.expected


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.key)
def test_check_gives_the_oracles_verdicts(case):
    assert _verdict(case.text) == case.expected


def _at_the_files_numbers() -> dict:
    return list(_points())[-1]


def _matrix(values) -> str:
    return r"\begin{bmatrix} " + r" \\ ".join(" & ".join(f"{entry:.9f}" for entry in row) for row in values) + \
        r" \end{bmatrix}"


def test_a_masked_weights_new_value_at_the_files_numbers_is_its_value():
    point = _at_the_files_numbers()
    assert point["new1"][0, 2] == point["W1"][0, 2] == 0.0
    assert point["unmasked_new1"][0, 2] != 0.0  # an unmasked w7 would move: the case tells the two apart
    assert _verdict("v = 0") == C
    assert _verdict(f"v = {point['unmasked_new1'][0, 2]:.6g}") == W
    assert _verdict(f"u = {point['new1'][0, 0]:.6g}") == C


def test_the_updated_values_refusal_keeps_masked_weights_at_zero():
    """W = (the new values): as written it states W1's current value (wrong), as a page's "updated weights" the
    values after one step (right): refused, saying to write the new value so; the step keeps the masked weights at
    zero, so with them moved (as if h1 saw x3, x4) the numbers are no step's: wrong either way, wrong."""
    point = _at_the_files_numbers()
    assert not np.allclose(point["new1"], point["W1"])
    with pytest.raises(FormulaError, match=r"its value after one step of the update .*W\^\{new\} = \.\.\."):
        check_homework(SPARSE, "W = " + _matrix(point["new1"]), notation=NOTATION)
    moved = check_homework(SPARSE, "W = " + _matrix(point["unmasked_new1"]), notation=NOTATION).claims[0].steps[0]
    assert moved.verdict == W and "after one step" not in moved.detail


# A frozen parameter (its layer's ``frozen`` key; Mazur's example freezes both biases, as the article never updates
# them): the engine's step leaves it as it is, so its new value is its value. The oracle is PyTorch's own way of
# freezing: the biases take no gradient step (requires_grad=False), torch.optim.SGD steps the weights.
MAZUR = load_problem(EXAMPLES / "mazur_step_by_step.toml")


def _mazur_step(params, x, y, eta) -> dict:
    (W1, b1), (W2, b2) = params
    weights = [torch.tensor(W, dtype=torch.float64, requires_grad=True) for W in (W1, W2)]
    biases = [torch.tensor(b, dtype=torch.float64) for b in (b1, b2)]
    free = [torch.tensor(b, dtype=torch.float64, requires_grad=True) for b in (b1, b2)]  # dL/db, had they moved

    def loss(bias):
        hidden = torch.sigmoid(weights[0] @ torch.tensor(x) + bias[0])
        out = torch.sigmoid(weights[1] @ hidden + bias[1])
        return 0.5 * ((torch.tensor(y) - out) ** 2).sum()

    db1 = torch.autograd.grad(loss(free), free[0])[0].item()
    optimiser = torch.optim.SGD(weights, lr=eta)
    loss(biases).backward()
    old_w = weights[0][0, 0].item()
    optimiser.step()
    return {"b1": b1, "new_b1": biases[0].item(), "moved_b1": b1 - eta * db1,
            "w": old_w, "new_w": weights[0][0, 0].item()}


@pytest.mark.parametrize("formula, update_of, expected", [
    ("b1", "b1", C),
    ("b1 - eta*(delta1[0] + delta1[1])", "b1", W),
    ("W1[0,0] - eta*delta1[0]*x[0]", "W1[0,0]", C),
    ("W1[0,0]", "W1[0,0]", W),
])
def test_a_frozen_parameter_keeps_its_value_after_a_step(formula, update_of, expected):
    rng = np.random.default_rng(17)
    oracle = C
    for draw in range(POINTS):
        point = _mazur_step(*_point(MAZUR, rng, draw))
        assert point["new_b1"] == point["b1"] != point["moved_b1"]  # the cases tell frozen from moved apart
        new, claimed = {"b1": (point["new_b1"], {"b1": point["b1"], "b1 - eta*(delta1[0] + delta1[1])":
                                                  point["moved_b1"]}),
                        "W1[0,0]": (point["new_w"], {"W1[0,0]": point["w"], "W1[0,0] - eta*delta1[0]*x[0]":
                                                     point["new_w"]})}[update_of]
        oracle = oracle if math.isclose(new, claimed[formula], rel_tol=1e-9, abs_tol=1e-12) else W
    assert oracle == expected
    result = check_formula(MAZUR, update_of, formula, update=True)
    assert result.verdict == expected
    if expected == W and update_of == "b1":
        assert "freezes b1" in result.hint


def test_a_frozen_parameters_update_written_as_homework_gets_the_frozen_hint():
    notation = notation_from_table(tomllib.loads(r'''
[notation.symbols]
"b_1" = "b1"
'\delta_1' = "delta1[0]"
'\delta_2' = "delta1[1]"
''')["notation"], "<test>")
    stays = check_homework(MAZUR, r"b_1 \leftarrow b_1", notation=notation).claims[0].steps[0]
    assert stays.verdict == C
    moved = check_homework(MAZUR, r"b_1 \leftarrow b_1 - \eta (\delta_1 + \delta_2)", notation=notation)
    assert moved.claims[0].steps[0].verdict == W and "freezes b1" in moved.claims[0].steps[0].detail
