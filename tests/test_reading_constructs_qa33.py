"""Wrong verdicts hunted as a careful teacher would (qa33): students' slips in LaTeX, plain text and NumPy/PyTorch code,
in the default notation, the seeds' and Ng's, on square layers where sizes cannot tell a transpose, and formulas whose
comparison at random points could be fooled. The defect found, now refused or judged:

- a kink far from the network's usual numbers, ``np.clip(pre, 0, 1000)`` (``pre.clamp(0, 1e6)``, ``np.minimum(relu,
  1000)``) for a ReLU's output: SymPy's proof found the piece where the two differ (u > 1000), the search for a point
  there (the usual ranges, then 2, 4 and 8 times wider) found none, and the verdict fell back on the agreement at the
  points drawn: correct. A proof that finds a difference no point reaches is now a refusal in one line, naming the
  piece, unless the difference is below 1e-100 at points built on that piece (an overflow guard, ``1 / (1 +
  np.exp(-np.clip(z, -500, 500)))``, off by e^-500 past its bounds, stays right); a bound the points do reach
  (``np.clip(pre, 0, 10)``) is wrong as before; so is a difference SymPy proves and 50 digits do not show at any
  point drawn (``(1 + exp(-100))`` times the derivative, called correct before);
- a decimal added to a number in SymPy syntax (``(1 + 1e-20)*a1[0]``) was added as Floats of 15 digits, 1.0, and
  the formula read as ``a1[0]``, called correct: decimals are exact fractions from the start;
- the corner the proof named could be no piece at all: ``np.maximum(pre, 0) * (pre > -5)`` (right: the step is 1
  wherever the rectifier is not 0) named the corner u > 0 and u + 5 < 0, which no number has, so no point was found
  and the verdict rested on the points (``SymPy could not decide``). Two kink arguments that differ by a constant
  are now seen to exclude each other, every corner a point can lie on is tried, and the formula is proved right.

Every verdict asserted in CASES is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts); the far pieces,
which the oracle's random points do not reach either, are judged by hand in the tests after them.
"""

from __future__ import annotations

from backprop.cli import main
from backprop.commands.check import judge_request
from backprop.problem import parse_problem
from backprop.symbolic.equivalence import Proof, feasible
from backprop.symbolic.piece_points import largest_on_piece
from backprop.symbolic.quantities import FormulaError
import numpy as np
import pytest
import sympy as sp
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# a ReLU layer of 3 units over 2 inputs, 2 linear outputs, the squared error, no biases (torch's two_layer_net)
RELU_2_3_LINEAR_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"\n'
                     '[[layer]]\nunits = 2\nactivation = "identity"\nbias = "none"\n[loss]\nname = "squared_error"\n')
# square sigmoid layers 2-2-2 with biases, half the squared error: a transposed W^{(2)} has W's sizes
SIGMOID_2_2_2 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')
# the same with tanh hidden units and linear outputs
TANH_2_2_LINEAR_2 = SIGMOID_2_2_2.replace('"sigmoid"', '"tanh"', 1).replace('"sigmoid"', '"identity"')

NETWORKS = {"relu-2-3-2": RELU_2_3_LINEAR_2, "sigmoid-2-2-2": SIGMOID_2_2_2, "tanh-2-2-2": TANH_2_2_LINEAR_2}
CHECKS = CaseChecks(NETWORKS)

# PyTorch's and NumPy's names for the hidden layer
_CODE = r'''
[notation]
[notation.symbols]
"pre" = "z1[:]"
"hid" = "a1[:]"
"x" = "x[:]"
"W_in" = "W1[:, :]"
"grad_hid" = "grad(a1[:])"
"grad_pre" = "grad(z1[:])"
'''
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
# dL/da1[j] of the squared error over two linear outputs
_GRAD_HID = "(2*(a2[0]-y[0])*W2[0,{j}] + 2*(a2[1]-y[1])*W2[1,{j}])"
# dL/da2[k] * a2(1 - a2) of the square sigmoid network, summed into hidden unit j by W2's column j, or its row j
_DELTA2 = "(a2[{k}]-y[{k}])*a2[{k}]*(1-a2[{k}])"
_BACK = " + ".join(f"W2[{k},{{j}}]*" + _DELTA2.replace("{k}", str(k)) for k in range(2))
_BACK_TRANSPOSED = " + ".join(f"W2[{{j}},{k}]*" + _DELTA2.replace("{k}", str(k)) for k in range(2))


def _value(target: str, member: str, values=_J3) -> tuple:
    return (Twin("value", target, (member,), values),)


def _delta1(member: str) -> tuple:
    return (Twin("gradient_z", "z1[{j}]", (member,), _J2),)


def _cases() -> list[Public]:
    return [
        # ---- a rectifier written with a step, NumPy's where, and a step that is 1 wherever the rectifier is not 0 ----
        Public("where", "test", "relu-2-3-2", _CODE, "hid = np.where(pre > 0, pre, 0)", ((C,),),
               _value("a1[{j}]", "relu(z1[{j}])")),
        Public("where-slip", "test", "relu-2-3-2", _CODE, "hid = np.where(pre > 0, pre, 1)", ((W,),),
               _value("a1[{j}]", "relu(z1[{j}]) + Heaviside(-z1[{j}])")),
        Public("step-below-the-kink", "test", "relu-2-3-2", _CODE, "hid = np.maximum(pre, 0) * (pre > -5)", ((C,),),
               _value("a1[{j}]", "relu(z1[{j}])*Heaviside(z1[{j}] + 5)")),
        Public("step-above-the-kink-slip", "test", "relu-2-3-2", _CODE, "hid = np.maximum(pre, 0) * (pre > 5)",
               ((W,),), _value("a1[{j}]", "relu(z1[{j}])*Heaviside(z1[{j}] - 5)")),
        Public("clip-low-bound-far-slip", "test", "relu-2-3-2", _CODE, "hid = np.clip(pre, -1000, 1000)", ((W,),),
               _value("a1[{j}]", "z1[{j}]")),
        Public("relu-derivative", "test", "relu-2-3-2", _CODE, "grad_pre = grad_hid * (pre > 0)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_GRAD_HID + "*Heaviside(z1[{j}])",), _J3),)),
        Public("relu-derivative-of-the-output-at-or-above-0-slip", "test", "relu-2-3-2", _CODE,
               "grad_pre = grad_hid * (hid >= 0)", ((W,),), (Twin("gradient_z", "z1[{j}]", (_GRAD_HID,), _J3),)),
        # ---- a square layer: W^T delta against W delta, w_{kj} against w_{jk}, sizes alike ----------------------
        Public("square-transpose", "test", "sigmoid-2-2-2", None,
               r"$\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot a^{(1)} \odot (1 - a^{(1)})$", ((C,),),
               _delta1(f"({_BACK})*a1[{{j}}]*(1-a1[{{j}}])")),
        Public("square-transpose-left-out-slip", "test", "sigmoid-2-2-2", None,
               r"$\delta^{(1)} = W^{(2)} \delta^{(2)} \odot a^{(1)} \odot (1 - a^{(1)})$", ((W,),),
               _delta1(f"({_BACK_TRANSPOSED})*a1[{{j}}]*(1-a1[{{j}}])")),
        Public("square-index-swap-slip", "test", "sigmoid-2-2-2", None,
               r"$\delta^{(1)}_j = \sum_k W^{(2)}_{jk} \delta^{(2)}_k a^{(1)}_j (1 - a^{(1)}_j)$", ((W,),),
               _delta1(f"({_BACK_TRANSPOSED})*a1[{{j}}]*(1-a1[{{j}}])")),
        Public("square-sum-one-short-slip", "test", "sigmoid-2-2-2", None,
               r"$\delta^{(1)}_j = \sum_{k=0}^{0} W^{(2)}_{kj} \delta^{(2)}_k a^{(1)}_j (1 - a^{(1)}_j)$", ((W,),),
               _delta1(f"W2[0,{{j}}]*{_DELTA2.replace('{k}', '0')}*a1[{{j}}]*(1-a1[{{j}}])")),
        Public("tanh-with-the-sigmoids-derivative-slip", "test", "tanh-2-2-2", None,
               r"$\delta^{(1)}_j = \sum_k W^{(2)}_{kj} \delta^{(2)}_k a^{(1)}_j (1 - a^{(1)}_j)$", ((W,),),
               _delta1("(W2[0,{j}]*(a2[0]-y[0]) + W2[1,{j}]*(a2[1]-y[1]))*a1[{j}]*(1-a1[{j}])")),
        Public("tanh-plus-slip", "test", "tanh-2-2-2", None,
               r"$\delta^{(1)}_j = \sum_k W^{(2)}_{kj} \delta^{(2)}_k (1 + (a^{(1)}_j)^2)$", ((W,),),
               _delta1("(W2[0,{j}]*(a2[0]-y[0]) + W2[1,{j}]*(a2[1]-y[1]))*(1+a1[{j}]**2)")),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# ---- a kink far from the usual numbers: refused, never correct --------------------------------------------------

FAR = ("hid = np.clip(pre, 0, 1000)", "hid = pre.clamp(0, 1e6)", "hid = np.minimum(pre.clamp(0), 1000)",
       "hid = np.clip(pre, -1000, 1000) * (pre > 0)")


@pytest.mark.parametrize("text", FAR)
def test_a_difference_past_every_point_drawn_is_refused_naming_the_piece(text):
    """Each differs from relu(u) above its bound only, where no point drawn lies (the oracle's random points do not go
    there either, and call them right): SymPy's proof names that piece, and check refuses rather than call it right."""
    refusal = CHECKS.refused("relu-2-3-2", _CODE, text)
    assert refusal.startswith("check cannot judge it: it differs from the true value where ")
    assert "that no point of the network's usual numbers reaches" in refusal and "> 0" in refusal


def test_a_bound_the_points_reach_is_still_wrong():
    for text in ("hid = np.clip(pre, 0, 10)", "hid = pre.clamp(0, 10)", "hid = np.minimum(np.maximum(pre, 0), 6)"):
        assert CHECKS.verdicts(Public("near", "test", "relu-2-3-2", _CODE, text)) == ((W,),)


def test_a_far_bound_in_sympy_syntax_is_refused_in_check_and_a_grade_goes_on(tmp_path, capsys):
    problem = parse_problem(RELU_2_3_LINEAR_2, "relu")
    truth = "2*((a2[0]-y[0])*W2[0,0] + (a2[1]-y[1])*W2[1,0])*Heaviside(z1[0])*x[0]"
    assert judge_request(problem, truth, param="W1[0,0]").verdict == C
    with pytest.raises(FormulaError, match="check cannot judge it: it differs from the true value where"):
        judge_request(problem, truth.replace("Heaviside(z1[0])", "Heaviside(z1[0])*Heaviside(1000 - z1[0])"),
                      param="W1[0,0]")
    path = tmp_path / "relu.toml"
    path.write_text(RELU_2_3_LINEAR_2 + "[data]\nx = [[0.5, -0.3]]\ny = [[1.0, 0.0]]\n"
                    "[update]\nlearning_rate = 0.1\n")
    submission = tmp_path / "student.md"
    submission.write_text("$$a^{(1)}_j = \\max(0, z^{(1)}_j)$$\n\n$$a^{(1)}_j = \\max(0, z^{(1)}_j) \\mathbb{1}\\{z^{(1)}_j < 1000\\}$$"
                          "\n\n$$a^{(1)}_j = \\max(0, z^{(1)}_j) \\mathbb{1}\\{z^{(1)}_j < 1\\}$$\n")
    main(["grade", str(submission), "--problem", str(path)])
    out = capsys.readouterr().out
    assert "check cannot judge it" in out and "1 correct, 1 wrong, 1 unreadable" in out


def test_an_overflow_guard_far_past_the_sums_stays_right_and_a_tiny_factor_is_refused():
    """``np.clip(z, -500, 500)`` inside a sigmoid differs from it by less than e^-500 past its bounds: right, as the
    oracle says (batch 50's lsbwd-a); a factor ``1 + exp(-100)``, proved different, 50 digits too short to show it,
    is refused (it was called correct); a decimal term of 1e-20 is kept, and wrong."""
    sigmoid = SIGMOID_2_2_2
    assert CHECKS.verdicts(Public("guard", "test", "sigmoid-2-2-2", _CODE.replace("pre", "z"),
                                  "hid = 1 / (1 + np.exp(-np.clip(z, -500, 500)))")) == ((C,),)
    problem = parse_problem(sigmoid, "sigmoid")
    truth = "(a2[0]-y[0])*a2[0]*(1-a2[0])*a1[0]"
    with pytest.raises(FormulaError, match="by less than 50 digits show at every point drawn"):
        judge_request(problem, f"{truth}*(1 + exp(-100))", param="W2[0,0]")
    assert judge_request(problem, f"{truth}*(1 + 1e-20)", param="W2[0,0]").verdict == W
    assert judge_request(problem, f"{truth}*(0.5 + 0.5)", param="W2[0,0]").verdict == C


# ---- a corner of the steps that no point can lie on ---------------------------------------------------------------

def test_kink_arguments_differing_by_a_constant_exclude_each_other():
    u, v = sp.symbols("u v")
    assert not feasible({u: 1, u + 5: -1}) and not feasible({u - 3: 1, 2 - u: 1})
    assert feasible({u: 1, u - 5: -1}) and feasible({u: 1, v + 5: -1}) and feasible({u: -1, -u - 5: -1})


def test_a_step_that_is_one_wherever_the_rectifier_is_not_zero_is_proved_right():
    problem = parse_problem(RELU_2_3_LINEAR_2, "relu")
    truth = "2*((a2[0]-y[0])*W2[0,0] + (a2[1]-y[1])*W2[1,0])*Heaviside(z1[0])*x[0]"
    result = judge_request(problem, truth.replace("Heaviside(z1[0])", "Heaviside(z1[0])*Heaviside(z1[0] + 5)"),
                           param="W1[0,0]")
    assert result.verdict == C and result.method.startswith("symbolically")


def test_a_piece_whose_kinks_the_difference_does_not_hold_is_evaluated_off_them():
    """The proof's piece W1 x < 0 and W1 < 0 for (4 - ReLU(2 w_1))^2 against (y - W2 ReLU(W1 x))^2, where the file fixes
    x = 2, y = 4 and W2 = 1: the difference there, 16 - y^2, holds none of the kinks' symbols and is 0 at the file's y
    (fixgiven's data-and-weights-ones, refused as unreached before); a kink sharing a symbol with the difference is
    still where its points are built, so a difference of c on c > 1000 is found."""
    W, x, y = sp.Symbol("W"), sp.Symbol("x"), sp.Symbol("y")
    independent = Proof("different", "", None, {W * x: -1, W: -1}, 16 - y ** 2)
    assert largest_on_piece(independent, np.random.default_rng(0), {x: 2, y: 4}) == 0.0
    assert largest_on_piece(independent, np.random.default_rng(0), {x: 2, y: 3}) == 7.0
    c = sp.Symbol("c")
    linked = Proof("different", "", None, {c - 1000: 1, W: -1}, c - 1000)
    assert largest_on_piece(linked, np.random.default_rng(0), {}) > 0
