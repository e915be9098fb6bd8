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

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"sigmoid-2-2-2": SIGMOID_2_2_2, "tanh-sig": TANH_2_2_SIGMOID_1})

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
