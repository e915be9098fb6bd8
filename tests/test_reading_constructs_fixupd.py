"""Batch 100's Haskell files define an update as a function of the old weight, ``changedWeight weight errorTerm node =
weight + product [learningRate, errorTerm, node]`` (Perceptron.hs, hp-chw) and ``updateWeights w err layRes = w #+
scaleMatrix learnRate (multStd (transpose err) layRes)`` (Network.hs, hn-uw), whose names the notation does not give
but whose parameters it does. Homework writes it in every language check reads definitions of: a definition whose
value is one of its parameters, a weight or bias the notation names, plus or minus a term with the learning rate, is
the update of that parameter, read and judged as the assignment ``w = w - lr * delta * h`` of the same names is.
Written here as other authors would (other names, other networks than the pages'): Python (its value on the def's
line or below, locals before it), Haskell (one weight, a layer's matrix), C, Kotlin, a JavaScript arrow, each right
and with a slip (the sign flipped, a factor missing) called wrong. What stays refused: the parameter it returns
unnamed by the notation or named as something else than a weight, a value with no learning rate, two parameters the
notation names as the same weight, two parameters added alone, another parameter unnamed, and a function whose value
is some other quantity (batch 100's hp-oet), whose name alone would say which.

Batch 99's sk-gx, ``grad_x = np.dot(delta, w.T)``, refused as a name its notation does not give, was a gap of the
notation's language: ``grad(...)`` took no input. A notation may now name the loss's gradient by the input,
``"dx" = "grad(x[:])"`` (CS231n's dx, the gradient a layer's backward pass hands the layer before it), judged here
against PyTorch's gradient by the input itself (:func:`_input_oracle`).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts, and the input's
gradient by autograd): each case carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import math
import tomllib

import numpy as np
import pytest

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3, TANH_2_2_SIGMOID_1
from number_oracle import _evaluate, _forward
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_check_seeds import _point, _torch_activation

torch = pytest.importorskip("torch")
CHECKS = CaseChecks({"sigmoid-2-2-2": SIGMOID_2_2_2, "tanh-sig": TANH_2_2_SIGMOID_1, "sigmoid-2-3": SIGMOID_2_3})

# one output weight's update: w the weight from the second hidden unit to the first output, delta the output's
# dL/d(sum), h the second hidden output, b the first output's bias, lr the learning rate
_ONE = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"w" = "W2[0, 1]"
"delta" = "grad(z2[0])"
"h" = "a1[1]"
"b" = "b2[0]"
"o" = "a2[0]"
"t" = "y[0]"
'''
# the output layer's matrix: v its weights, g its dL/d(sum) column, hs the hidden outputs' column
_LAYER = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"v" = "W2[:, :]"
"g" = "grad(z2[:])"
"hs" = "a1[:]"
'''
# a weight and its gradient by name, as Kotlin's step takes them
_GRADIENT = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"weight" = "W2[0, 1]"
"grad" = "grad(W2[0, 1])"
'''
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ENTRIES = tuple({"j": j, "i": i} for j in range(2) for i in range(2))


def _step(name: str, text: str, expected: str, member: str, notation: str = _ONE, target: str = "W2[0,1]",
          values: tuple = ({},)) -> Public:
    return Public(name, "test", "sigmoid-2-2-2", notation, text, ((expected,),),
                  (Twin("update", target, (member,), values),))


def _cases() -> list[Public]:
    return [
        _step("python-def", "def update(w, delta, h, lr):\n    return w - lr * delta * h", C, "W2[0,1] - eta*grad"),
        _step("python-def-sign", "def update(w, delta, h, lr):\n    return w + lr * delta * h", W,
              "W2[0,1] + eta*grad"),
        _step("python-def-factor", "def update(w, delta, h, lr): return w - lr * delta", W, f"W2[0,1] - eta*{_OUT}"),
        _step("python-def-step-first", "def update(w, delta, h): return -lr * delta * h + w", C, "W2[0,1] - eta*grad"),
        _step("python-def-local", "def update(w, delta, h):\n    change = lr * delta * h\n    return w - change", C,
              "W2[0,1] - eta*grad"),
        _step("python-def-bias", "def update_bias(b, delta):\n    return b - lr * delta", C, "b2[0] - eta*grad",
              target="b2[0]"),
        _step("python-def-bias-factor", "def update_bias(b, delta):\n    return b - lr * delta * b", W,
              f"b2[0] - eta*{_OUT}*b2[0]", target="b2[0]"),
        _step("haskell-weight", "changeWeight :: Double -> Double -> Double -> Double\n"
                                "changeWeight w delta h = w - product [lr, delta, h]", C, "W2[0,1] - eta*grad"),
        _step("haskell-weight-sign", "changeWeight :: Double -> Double -> Double -> Double\n"
                                     "changeWeight w delta h = w + product [lr, delta, h]", W, "W2[0,1] + eta*grad"),
        _step("haskell-layer", "updateLayer :: Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double\n"
                               "updateLayer v g hs =\n  v #- scaleMatrix lr (multStd g (transpose hs))", C,
              "W2[{j},{i}] - eta*grad", _LAYER, "W2[{j},{i}]", _ENTRIES),
        _step("haskell-layer-sign", "updateLayer :: Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double\n"
                                    "updateLayer v g hs =\n  v #+ scaleMatrix lr (multStd g (transpose hs))", W,
              "W2[{j},{i}] + eta*grad", _LAYER, "W2[{j},{i}]", _ENTRIES),
        _step("c-function", "double update(double w, double delta, double h) {\n    return w - lr * delta * h;\n}", C,
              "W2[0,1] - eta*grad"),
        _step("c-function-factor", "double update(double w, double delta, double h) {\n    return w - lr * delta;\n}",
              W, f"W2[0,1] - eta*{_OUT}"),
        _step("kotlin-step", "fun step(weight: Double, grad: Double) = weight - lr * grad", C, "W2[0,1] - eta*grad",
              _GRADIENT),
        _step("kotlin-step-sign", "fun step(weight: Double, grad: Double) = weight + lr * grad", W,
              "W2[0,1] + eta*grad", _GRADIENT),
        _step("javascript-arrow", "const update = (w, delta, h) => w - lr * delta * h;", C, "W2[0,1] - eta*grad"),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _judged(text: str, notation: str = _ONE) -> list:
    """(kind, parameter, [(verdict, detail)]) of each claim check makes of ``text``."""
    problem = CHECKS.problem(Public("judged", "test", "sigmoid-2-2-2", notation, text, ()))
    result = check_homework(problem, text, notation=notation_from_table(tomllib.loads(notation)["notation"], "<t>"))
    return [(claim.kind, claim.parameter, [(step.verdict, step.detail) for step in claim.steps])
            for claim in result.claims]


def test_the_definition_is_judged_as_its_assignment_is():
    """The same verdicts, hints and notes as ``w = w ...`` of the same names: the sign's hint, a factor's slip."""
    for value in ("w - lr * delta * h", "w + lr * delta * h", "w - lr * delta", "w - lr * delta * h * 2"):
        assert _judged(f"def update(w, delta, h, lr):\n    return {value}") == _judged(f"w = {value}")
    layer = "v #+ scaleMatrix lr (multStd g (transpose hs))"
    assert _judged(f"updateLayer :: Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double\n"
                   f"updateLayer v g hs = {layer}", _LAYER) == _judged("v = v + lr * np.dot(g, hs.T)", _LAYER)


def _refused(text: str, notation: str = _ONE) -> str:
    return CHECKS.refused("sigmoid-2-2-2", notation, text)


def test_the_parameter_it_returns_unnamed_is_refused():
    refusal = _refused("def update(u, delta, h): return u - lr * delta * h")
    assert "the update of u, which the notation does not name" in refusal


def test_a_parameter_named_as_something_else_than_a_weight_is_refused():
    refusal = _refused("def update(h, delta, w): return h - lr * delta * w")
    assert "no weight or bias of the network" in refusal


def test_the_new_weight_is_no_weight_before_the_step():
    """new(W2[0, 1]) is the weight after the step: returning it stepped again is no update of it."""
    refusal = _refused("def update(w, delta, h): return w - lr * delta * h", _ONE.replace('"W2[0, 1]"',
                                                                                            '"new(W2[0, 1])"'))
    assert "no weight or bias of the network" in refusal


def test_a_value_with_no_learning_rate_is_refused():
    refusal = _refused("def update(w, delta, h): return w - delta * h")
    assert "with no learning rate" in refusal


def test_two_parameters_the_same_weight_are_refused():
    refusal = _refused("def update(w, w0, delta, h): return w - lr * delta * h",
                       _ONE + '"w0" = "W2[0, 1]"\n')
    assert "both the weight" in refusal


def test_two_parameters_added_alone_are_refused():
    refusal = _refused("def update(w, b, delta): return w + b - lr * delta")
    assert "adds its parameters w and b each alone" in refusal


def test_another_parameter_unnamed_is_refused():
    """x is a local name: the input it would be by default is a guess."""
    refusal = _refused("def update(w, delta, x): return w - lr * delta * x")
    assert "its parameter x is no name of the notation" in refusal


def test_a_function_of_another_quantity_is_refused():
    """Batch 100's hp-oet: the output's error term, which the notation gives no name; its name alone would say."""
    refusal = _refused("def outputErrorTerm(t, o): return o * (1 - o) * (t - o)")
    assert "write the formula outputErrorTerm stands for" in refusal
    refusal = _refused("outputErrorTerm :: Double -> Double -> Double\noutputErrorTerm t o = o * (1 - o) * (t - o)")
    assert "write the formula outputErrorTerm stands for" in refusal


def test_a_parameter_plus_terms_without_the_rate_is_no_update():
    """b + w * h: the output's sum of one unit, no step; refused as any definition of a name the notation does not
    give."""
    refusal = _refused("def net(h, o): return h + o * h")
    assert "write the formula net stands for" in refusal


# ---- the loss's gradient by the input, grad(x[:]) ---------------------------------------------------------------------
# a one-layer network's backward pass in columns: dx the input's gradient, W the weights, dz dL/d(sum)
_INPUT_ONE = r'''
[notation]
[notation.symbols]
"dx" = "grad(x[:])"
"W" = "W1[:, :]"
"dz" = "grad(z1[:])"
'''
# two layers, entry by entry, counted from 1: dx_{i} by input i, V_{ji} the first layer's weights, dh_{j} dL/d(sum) of its units
_INPUT_TWO = r'''
[notation]
indices = "ij"
[notation.symbols]
"dx_{i}" = "grad(x[i-1])"
"V_{ji}" = "W1[j-1, i-1]"
"dh_{j}" = "grad(z1[j-1])"
"n" = "2"
'''
_DZ1 = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_I2 = ({"i": 0}, {"i": 1})


def _input_gradient(problem_, params, x, target) -> np.ndarray:
    """dL/dx by autograd, the input a leaf (the half squared error, as the networks here have)."""
    assert problem_.loss.name == "half_squared_error"
    leaf = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    a = leaf
    for spec, (weights, bias) in zip(problem_.layers, params):
        a = torch.tensor(weights, dtype=torch.float64) @ a + (0 if bias is None else torch.tensor(bias))
        for activation in spec.activations:
            a = _torch_activation(activation, a)
    loss = 0.5 * ((a - torch.tensor(target, dtype=torch.float64)) ** 2).sum()
    return torch.autograd.grad(loss, leaf)[0].numpy()


def _input_oracle(case: Public, problem_) -> tuple:
    """Per claim, per member: whether the transcription equals dL/dx[i] at random points, for each i of the twin."""
    rng = np.random.default_rng(11)
    verdicts = []
    for twin in case.twins:
        claim = []
        for member in twin.members:
            verdict = "correct"
            for draw in range(6):
                params, x, target, _ = _point(problem_, rng, draw)
                names = _forward(problem_, params, x, target)[2]
                truth = _input_gradient(problem_, params, x, target)
                for values in twin.values:
                    if not math.isclose(_evaluate(member.format(**values), names), truth[values["i"]],
                                        rel_tol=1e-9, abs_tol=1e-12):
                        verdict = "wrong"
            claim.append(verdict)
        verdicts.append(tuple(claim))
    return tuple(verdicts)


def _by_input(name: str, network: str, notation: str, text: str, expected: str, member: str) -> Public:
    return Public(name, "test", network, notation, text, ((expected,),), (Twin("value", "x[{i}]", (member,), _I2),))


def _input_cases() -> list[Public]:
    return [
        _by_input("input-gradient-columns", "sigmoid-2-3", _INPUT_ONE, "dx = np.dot(W.T, dz)", C,
                  " + ".join(f"W1[{j},{{i}}]*" + _DZ1.replace("{j}", str(j)) for j in range(3))),
        _by_input("input-gradient-columns-wrong", "sigmoid-2-3", _INPUT_ONE, "dx = np.dot(W.T, dz) * 2", W,
                  "2*(" + " + ".join(f"W1[{j},{{i}}]*" + _DZ1.replace("{j}", str(j)) for j in range(3)) + ")"),
        _by_input("input-gradient-entries", "tanh-sig", _INPUT_TWO, r"dx_{i} = \sum_{j=1}^{n} V_{ji} dh_{j}", C,
                  " + ".join(f"W1[{j},{{i}}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*(1 - a1[{j}]**2)"
                             for j in range(2))),
        _by_input("input-gradient-entries-transposed", "tanh-sig", _INPUT_TWO,
                  r"dx_{i} = \sum_{j=1}^{n} V_{ij} dh_{j}", W,
                  " + ".join(f"W1[{{i}},{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*(1 - a1[{j}]**2)"
                             for j in range(2))),
    ]


INPUT_CASES = _input_cases()
test_the_input_oracle_gives_the_cases_verdicts, test_check_gives_the_input_oracles_verdicts = CHECKS.tests(
    INPUT_CASES, _input_oracle)


def test_grad_of_no_quantity_of_the_network_stays_refused():
    refusal = _refused("dy = 1", _ONE + '"dy" = "grad(y[0])"\n')
    assert "grad(...) is the derivative of the loss by a quantity of the network" in refusal
