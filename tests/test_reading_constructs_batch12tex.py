"""The math-typography constructs batch 12 of the public formulas showed missing, each written as a different
author would (other letters, other networks): plain text's δ for the partial derivative (δE/δw) and Markdown's
bold inside a formula, \\boxed around a whole claim, a vector times a softmax's Jacobian, a case distinction
(\\begin{cases}) judged case by case, a derivative by a pre-activation written out (\\partial (Xw + b)), and a
norm with its subscript 2 (batch 12's bare sum over the one output is read where the left side is the loss,
which another change reads). Each case is judged right where the formula is right and wrong where one thing
is changed; what stays ambiguous is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names, and the test holds both the oracle
and check to the case's verdicts.
"""

from __future__ import annotations

import pytest

from backprop.problem import load_problem
from backprop.symbolic.homework import check_homework

from construct_checks import CaseChecks
from construct_networks import SIGMOID_1_1, SIGMOID_2_2_2, TANH_2_3_LINEAR_2_SE
from public_formulas import C, W, Public
from seed_verbatim import EXAMPLES, Twin

NETWORKS = {
    # a 2-2-2 sigmoid network without biases and the half squared error, with numbers (as Mazur's example)
    "mazur": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.15, 0.2],'
             ' [0.25, 0.3]]\n[[layer]]\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.4, 0.45],'
             ' [0.5, 0.55]]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[0.05, 0.1]]\ny = [[0.01, 0.99]]\n',
    # a softmax classifier over three classes after a ReLU layer, the cross-entropy
    "softmax": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n[[layer]]\nunits = 3\n'
               'activation = "softmax"\n[loss]\nname = "cross_entropy"\n',
    "square": SIGMOID_2_2_2,
    "unit": SIGMOID_1_1,
    # two identity outputs after a tanh layer, the squared error
    "regression": TANH_2_3_LINEAR_2_SE,
    # a ReLU layer of three before one identity output
    "relu": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n[[layer]]\nunits = 1\nactivation = "identity"\n'
            '[loss]\nname = "half_squared_error"\n',
}
CHECKS = CaseChecks(NETWORKS)

_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_J2 = ({"j": 0}, {"j": 1})

# plain text as a README writes it: net_h for the net input, out_h its output, E_1 an output's error
_PLAIN = r'''
[notation]
loss = ["E"]
[notation.symbols]
"t1" = "y[0]"
"t2" = "y[1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"net_o1" = "z2[0]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"E_o1" = "(y[0] - a2[0])**2/2"
"E_o2" = "(y[1] - a2[1])**2/2"
"\\delta_{o1}" = "delta2[0]"
'''
_DELTA1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _delta_cases() -> list[Public]:
    """δX/δY written for ∂X/∂Y, and Markdown's bold around a factor; δ with a script stays the error term."""
    cases = []
    for key, text, verdict, twin in (
            ("dw5", "δE/δw5 = (out_o1 - t1) * out_o1 * (1 - out_o1) * out_h1", C,
             Twin("gradient", "W2[0,0]", (f"{_DELTA1}*a1[0]",))),
            ("dw5-h2", "δE/δw5 = (out_o1 - t1) * out_o1 * (1 - out_o1) * out_h2", W,
             Twin("gradient", "W2[0,0]", (f"{_DELTA1}*a1[1]",))),
            ("sum", "δE/δw5 = δ(E_o1 + E_o2)/δw5", C, Twin("gradient", "W2[0,0]", (f"{_DELTA1}*a1[0]",))),
            ("other-error", "δE/δw5 = δE_o2/δw5", W, Twin("gradient", "W2[0,0]", ("0",))),
            ("slope", "δout_o1/δnet_o1 = out_o1 * (1 - out_o1)", C, Twin("value", "a2[0]*(1 - a2[0])",
                                                                          ("a2[0]*(1 - a2[0])",))),
            ("slope-wrong", "δout_o1/δnet_o1 = out_o1", W, Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]",))),
            ("inline-latex", r"\delta E / \delta w_7 = (out_o2 - t2) \cdot out_o2 (1 - out_o2) \cdot out_h1", C,
             Twin("gradient", "W2[1,0]", ("(a2[1] - y[1])*a2[1]*(1 - a2[1])*a1[0]",))),
            ("bold", "δE/δw6 = (out_o1 - t1) * out_o1 * (1 - out_o1) * **out_h2**", C,
             Twin("gradient", "W2[0,1]", (f"{_DELTA1}*a1[1]",))),
            ("bold-wrong", "δE/δw6 = (out_o1 - t1) * out_o1 * (1 - out_o1) * **out_h1**", W,
             Twin("gradient", "W2[0,1]", (f"{_DELTA1}*a1[0]",))),
            ("error-term", "δ_o1 = (out_o1 - t1) * out_o1 * (1 - out_o1)", C, Twin("value", _DELTA1, (_DELTA1,))),
            ("error-term-wrong", "δ_o1 = (t1 - out_o1) * out_o1 * (1 - out_o1)", W,
             Twin("value", _DELTA1, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",))),
            ("error-term-product", "δE/δw5 = δ_o1 * out_h1", C, Twin("gradient", "W2[0,0]", (f"{_DELTA1}*a1[0]",)))):
        cases.append(Public(f"delta-{key}-{verdict}", "test", "mazur", _PLAIN, text, ((verdict,),), (twin,)))
    return cases


_DIGITS = r'''
[notation]
indices = "ijk"
[notation.symbols]
"Z2_{j}" = "z2[j-1]"
"A2_{j}" = "a2[j-1]"
"Y_{j}" = "t[j-1]"
"dZ2_{j}" = "grad(z2[j-1])"
'''
_SOFTMAX_DELTA = "a2[{j}] - t[{j}]"
_JACOBIAN = tuple({"i": i, "j": j, "t": f"a2[{i}]*({int(i == j)} - a2[{j}])",
                   "m": f"a2[{i}]*(1 - a2[{i}])" if i == j else f"-a2[{i}]*a2[{j}]",
                   "s": f"-a2[{i}]*a2[{j}]" if i == j else f"a2[{i}]*(1 - a2[{i}])",
                   "p": f"a2[{i}]*(1 - a2[{i}])" if i == j else f"a2[{i}]*a2[{j}]"}
                  for i in range(3) for j in range(3))


def _softmax_cases() -> list[Public]:
    """\\boxed around a claim, a vector times the softmax's Jacobian, and the Jacobian by cases."""
    cases = []
    dl_da, da_dz = r"\frac{\partial L}{\partial A2}", r"\frac{\partial A2}{\partial Z2}"
    for key, text, verdict, member in (
            ("boxed", "$$\n\\boxed{dZ2 = A2 - Y}\n$$", C, _SOFTMAX_DELTA),
            ("boxed-wrong", "$$\n\\boxed{dZ2 = Y - A2}\n$$", W, "t[{j}] - a2[{j}]"),
            ("boxed-rule", r"\boxed{\frac{\partial L}{\partial Z2_j} = A2_j - Y_j}", C, _SOFTMAX_DELTA),
            ("boxed-rule-wrong", r"\boxed{\frac{\partial L}{\partial Z2_j} = A2_j}", W, "a2[{j}]"),
            ("chain", rf"\frac{{\partial L}}{{\partial Z2}} = {dl_da} \cdot {da_dz}", C, _SOFTMAX_DELTA),
            ("chain-reversed", rf"\frac{{\partial L}}{{\partial Z2}} = {da_dz} {dl_da}", C, _SOFTMAX_DELTA),
            ("chain-no-jacobian", rf"\frac{{\partial L}}{{\partial Z2}} = {dl_da}", W, "-t[{j}]/a2[{j}]"),
            ("chain-sign", rf"\frac{{\partial L}}{{\partial Z2}} = -{dl_da} \cdot {da_dz}", W, "t[{j}] - a2[{j}]")):
        cases.append(Public(f"softmax-{key}-{verdict}", "test", "softmax", _DIGITS, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{j}]", (member,), _J3),)))
    left = r"\frac{\partial A2_i}{\partial Z2_j} = \begin{cases} "
    for key, body, verdict, member in (
            ("cases", r"A2_i(1 - A2_i), & \text{if } i = j \\ - A2_i \cdot A2_j, & \text{if } i \ne j", C, "{m}"),
            ("cases-otherwise", r"A2_i(1 - A2_i) & i = j \\ -A2_i A2_j & \text{otherwise}", C, "{m}"),
            ("cases-swapped", r"- A2_i A2_j, & \text{if } i = j \\ A2_i(1 - A2_i), & \text{if } i \neq j", W, "{s}"),
            ("cases-sign", r"A2_i(1 - A2_i), & \text{if } i = j \\ A2_i A2_j, & \text{if } i \neq j", W, "{p}")):
        cases.append(Public(f"softmax-{key}-{verdict}", "test", "softmax", _DIGITS,
                            f"$$\n{left}\n{body}\n\\end{{cases}}\n$$", ((verdict,),),
                            (Twin("value", "{t}", (member,), _JACOBIAN),)))
    return cases


_RELU = r'''
[notation]
indices = "j"
[notation.symbols]
"a_{j}" = "a1[j-1]"
"z_{j}" = "z1[j-1]"
'''


def _relu_cases() -> list[Public]:
    """ReLU's slope by cases of the unit's pre-activation."""
    cases = []
    for key, body, verdict, member in (
            ("relu", r"1 & z_j > 0 \\ 0 & \text{otherwise}", C, "Heaviside(z1[{j}])"),
            ("relu-leq", r"1, & \text{if } z_j > 0 \\ 0, & \text{if } z_j \leq 0", C, "Heaviside(z1[{j}])"),
            ("relu-swapped", r"0 & z_j > 0 \\ 1 & \text{otherwise}", W, "1 - Heaviside(z1[{j}])")):
        text = rf"\frac{{\partial a_j}}{{\partial z_j}} = \begin{{cases}} {body} \end{{cases}}"
        cases.append(Public(f"relu-{key}-{verdict}", "test", "relu", _RELU, text, ((verdict,),),
                            (Twin("value", "Heaviside(z1[{j}])", (member,), _J3),)))
    return cases


_UNIT = r'''
[notation]
loss = ["f"]
[notation.symbols]
"w" = "W1[0, 0]"
"X" = "x[0]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
'''
_SLOPE = "a1[0]*(1 - a1[0])"


def _written_out_cases() -> list[Public]:
    """A derivative by the pre-activation written out, \\partial (Xw + b) for \\partial z."""
    cases = []
    for key, text, verdict, member in (
            ("by-sum", r"\frac{\partial \hat{y}}{\partial (Xw + b)} = \hat{y}(1 - \hat{y})", C, _SLOPE),
            ("by-sum-reordered", r"\frac{\partial \hat{y}}{\partial (b + wX)} = (1 - \hat{y}) \hat{y}", C, _SLOPE),
            ("by-sum-wrong", r"\frac{\partial \hat{y}}{\partial (Xw + b)} = \hat{y}", W, "a1[0]"),
            ("of-function", r"\frac{\partial \sigma(Xw + b)}{\partial (Xw + b)} = \hat{y}(1 - \hat{y})", C, _SLOPE),
            ("of-function-wrong", r"\frac{\partial \sigma(Xw + b)}{\partial (Xw + b)} = \sigma(Xw)(1 - \sigma(Xw))", W,
             "sigmoid(W1[0,0]*x[0])*(1 - sigmoid(W1[0,0]*x[0]))")):
        cases.append(Public(f"written-out-{key}-{verdict}", "test", "unit", _UNIT, text, ((verdict,),),
                            (Twin("value", _SLOPE, (member,)),)))
    return cases


_NORM = r'''
[notation]
indices = "j"
loss = ["l"]
[notation.symbols]
"\\hat{y}_{j}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
'''
_SQUARES = "(a2[0] - y[0])**2 + (a2[1] - y[1])**2"


def _norm_cases() -> list[Public]:
    """\\|v\\|_2^2: the Euclidean norm by its subscript."""
    cases = []
    for key, text, verdict, member in (
            ("norm", r"l(\mathbf{y}, \mathbf{\hat{y}}) = \left\|\mathbf{\hat{y}} - \mathbf{y}\right\|_2^2", C, _SQUARES),
            ("norm-braced", r"l = \|\hat{y} - y\|_{2}^{2}", C, _SQUARES),
            ("norm-unsquared", r"l = \left\|\mathbf{\hat{y}} - \mathbf{y}\right\|_2", W, f"sqrt({_SQUARES})"),
            ("norm-half", r"l = \frac{1}{2}\|\hat{y} - y\|_2^2", W, f"({_SQUARES})/2")):
        cases.append(Public(f"norm-{key}-{verdict}", "test", "regression", _NORM, text, ((verdict,),),
                            (Twin("value", _SQUARES, (member,)),)))
    return cases


CASES = _delta_cases() + _softmax_cases() + _relu_cases() + _written_out_cases() + _norm_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


@pytest.mark.parametrize("network, notation, text, words", [
    # the notation's bare delta is a quantity: δE/δw5 is also delta times E over delta times w5
    ("mazur", _PLAIN + '"\\\\delta" = "delta2[0]"\n', "δE/δw5 = (out_o1 - t1) * out_o1 * (1 - out_o1) * out_h1",
     "reads two ways"),
    # what depends on Xw and b apart has no derivative by their sum (b held, or Xw?)
    ("unit", _UNIT, r"\frac{\partial (1 + e^{-Xw})^{-1}}{\partial (Xw + b)} = \hat{y}(1 - \hat{y})",
     "depends on what is held fixed"),
    # Xw - b is no quantity of the network
    ("unit", _UNIT, r"\frac{\partial \hat{y}}{\partial (Xw - b)} = \hat{y}(1 - \hat{y})",
     "is not one quantity of the network"),
    # cases that leave i < j uncovered
    ("softmax", _DIGITS, r"\frac{\partial A2_i}{\partial Z2_j} = \begin{cases} A2_i(1 - A2_i) & i = j \\ -A2_i A2_j & i > j"
                         r" \end{cases}", "0 of its cases hold"),
    # overlapping cases
    ("softmax", _DIGITS, r"\frac{\partial A2_i}{\partial Z2_j} = \begin{cases} A2_i(1 - A2_i) & i = j \\ -A2_i A2_j & i \geq"
                         r" j \end{cases}", "2 of its cases hold"),
    # a condition in words
    ("softmax", _DIGITS, r"\frac{\partial A2_i}{\partial Z2_j} = \begin{cases} A2_i(1 - A2_i) & \text{on the diagonal}"
                         r" \\ -A2_i A2_j & \text{otherwise} \end{cases}", "condition is the words"),
    # a case on the label letter: the class, in no counting the condition says (--when "label=j" judges it)
    ("softmax", _DIGITS, r"\frac{\partial L}{\partial Z2_j} = \begin{cases} A2_j - 1 & j = y \\ A2_j & j \neq y"
                         r" \end{cases}", "compares neither index letters nor quantities"),
    # a norm whose subscript is not 2
    ("regression", _NORM, r"l = \|\hat{y} - y\|_1", "a norm with the subscript 1"),
])
def test_what_stays_ambiguous_is_refused(network, notation, text, words):
    assert words in _refusal(network, notation, text)


# dL/dz2 \cdot dz2/da1, a Jacobian that is not symmetric in a product, is read now in the one layout whose
# products fit (tests/test_reading_constructs_fixjac38.py, its "layer-chain" cases)


def test_a_bare_sum_over_a_unit_of_several_stays_refused():
    """\\sum (y - \\hat{y})^2 where y and \\hat{y} name the first of two outputs: over what, the term cannot say."""
    notation = '[notation]\nloss = ["J"]\n[notation.symbols]\n"\\\\hat{y}" = "a2[0]"\n"y" = "y[0]"\n'
    assert "whose term has no free index" in _refusal("regression", notation, r"J = \sum (y - \hat{y})^2")


def test_a_bare_sum_in_a_parameters_gradient_stays_refused():
    """\\Sigma (\\hat{y} - y) in a parameter's gradient may be a batch's sum over samples, which one sample's
    gradient is not."""
    text = r"\frac{\partial f}{\partial b} = \sum 2 (\hat{y} - y) \hat{y} (1 - \hat{y})"
    assert "whose term has no free index" in _refusal("unit", _UNIT, text)


@pytest.mark.parametrize("text, verdict", [
    (r"f(x) := \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}", "correct"),
    (r"f'(x) = \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}", "correct"),
    (r"f'(x) = \begin{cases} 0 & \text{if } x > 0 \\ 1 & \text{otherwise} \end{cases}", "wrong"),
])
def test_cases_on_a_vector_are_read_entry_by_entry(text, verdict):
    """Seed 001's lines 32 and 81, its ReLU (f) and ReLU's slope by cases of the input vector x: each entry's case,
    as np.where(x > 0, x, 0) is read (they ended in a TypeError from adding a matrix to 0, then were refused in one
    line, until cases on one vector's entries were read; the oracle-backed cases: test_reading_constructs_batch50_fixcases)."""
    problem = load_problem(EXAMPLES / "seed001_mnist_literal.toml")
    result = check_homework(problem, text, notation="seed001")
    assert [step.verdict for claim in result.claims for step in claim.steps] == [verdict]
