"""Batch 34's pages showed two constructs refused, each written here as another author would (other names, other
networks than the pages'): a line that is only a code comment holding an equation (``# dE/dw = ...``,
``// ...``) is that equation (TeX's ``% ...`` line never is: TeX does not typeset it), while a comment after
code on its line stays a remark; code's ``d_cost/d_scale``, d and an underscore before the parameter's name as
before the loss's; and a member whose shape no reading fits (a 2 x 2 outer product for a 2 x 3 gradient) is
wrong, with the shapes as its hint, while a member that is the left side's transpose keeps its refusal.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one linear unit on one input, no bias, the half squared error
    "linear-one": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\n[loss]\n'
                  'name = "half_squared_error"\n',
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# v the unit's weight, u its input, o its output, t the target, E the loss
_LINEAR = r'''
[notation]
loss = ["E"]
[notation.symbols]
"v" = "W1[0, 0]"
"u" = "x[0]"
"o" = "a1[0]"
"t" = "y[0]"
'''
_SLOPE = "(a1[0] - y[0])*x[0]"
# code's names: cost the loss, scale the weight, feature the input, output and target
_CODE = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"scale" = "W1[0, 0]"
"feature" = "x[0]"
"output" = "a1[0]"
"target" = "y[0]"
'''
# G the output weights' gradient (2 x 3), r the outputs' sums' gradient, h the hidden outputs, q the outputs, u the
# inputs
_LAYERS = r'''
[notation]
[notation.symbols]
"G" = "grad(W2[:, :])"
"r" = "grad(z2[:])"
"h" = "a1[:]"
"q" = "a2[:]"
"u" = "x[:]"
'''
_E = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a line that is only a comment holding an equation: that equation
            ("comment-hash", "# dE/dv = (o - t) * u", C, _SLOPE),
            ("comment-hash-wrong", "# dE/dv = (o - t) * o", W, "(a1[0] - y[0])*a1[0]"),
            ("comment-slashes", "// dE/dv = (o - t) * u", C, _SLOPE),
            # TeX's comment line is never read: a wrong step the author took out is no claim
            ("comment-tex-dropped", "\\frac{\\partial E}{\\partial v} = (o - t) u\n"
             "% \\frac{\\partial E}{\\partial v} = (t - o) u", C, _SLOPE),
            ("comment-tex-kept-out", "\\frac{\\partial E}{\\partial v} = (t - o) u\n"
             "% \\frac{\\partial E}{\\partial v} = (o - t) u", W, "(y[0] - a1[0])*x[0]"),
            # a comment after code on the same line is still a remark, set aside
            ("comment-after-code", "dE/dv = (o - t) * u  # dE/dv = 2 * u", C, _SLOPE),
            ("comment-after-wrong-code", "dE/dv = (t - o) * u  # dE/dv = (o - t) * u", W, "(y[0] - a1[0])*x[0]")):
        cases.append(Public(key, "test", "linear-one", _LINEAR, text, ((verdict,),),
                            (Twin("gradient", "W1[0,0]", (member,)),)))
    for key, text, verdict, member in (
            # code's d_ before the loss's name and before the parameter's, as a comment line or not
            ("code-d-underscores", "d_cost/d_scale = (output - target) * feature", C, _SLOPE),
            ("code-d-underscores-wrong", "d_cost/d_scale = (output - target) * output", W, "(a1[0] - y[0])*a1[0]"),
            ("code-d-underscores-comment", "# d_cost/d_scale = (output - target) * feature", C, _SLOPE),
            ("code-d-underscores-comment-wrong", "# d_cost/d_scale = 2 * (output - target) * feature", W,
             "2*(a1[0] - y[0])*x[0]")):
        cases.append(Public(key, "test", "linear-one", _CODE, text, ((verdict,),),
                            (Twin("gradient", "W1[0,0]", (member,)),)))
    # a comment line under a line of code: each is a claim
    cases.append(Public("comment-under-code", "test", "linear-one", _LINEAR, "o = v * u\n# dE/dv = (o - t) * o",
                        ((C,), (W,)), (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),
                                       Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]",)))))
    # an outer product of the left side's shape, and two that no reading gives the left side's 2 x 3
    cases.append(Public("shape-outer-fits", "test", "sigmoid-3-2", _LAYERS, "G = r h^T", ((C,),),
                        (Twin("gradient", "W2[{j},{k}]", (f"{_E}*a1[{{k}}]",), _JK),)))
    cases.append(Public("shape-outputs-for-hidden", "test", "sigmoid-3-2", _LAYERS, "G = r q^T", ((W,),),
                        (Twin("gradient", "W2[{j},{k}]", (f"{_E}*a2[{{k}}]",), _JK2),)))
    cases.append(Public("shape-inputs-for-hidden", "test", "sigmoid-3-2", _LAYERS, "G = r u^T", ((W,),),
                        (Twin("gradient", "W2[{j},{k}]", (f"{_E}*x[{{k}}]",), _JK2),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_shape_no_reading_fits_is_wrong_with_the_shapes_as_its_hint():
    notation = notation_from_table(tomllib.loads(_LAYERS)["notation"], "<test>")
    problem = parse_problem(NETWORKS["sigmoid-3-2"], "sigmoid-3-2")
    [step] = check_homework(problem, "G = r q^T", notation=notation).claims[0].steps
    assert step.verdict == "wrong" and "2 x 2 where the left side is 2 x 3" in step.detail


def test_the_left_sides_transpose_keeps_its_refusal():
    """A, 3 x 2, for the 2 x 3 output weights: the transpose is a reading that fits, so which the writer meant is not
    guessed."""
    message = CHECKS.refused("sigmoid-3-2", _LAYERS + '"V" = "W2[:, :]"\n"A" = "W1[:, :]"\n', "V = A")
    assert "3 x 2 where the left side is 2 x 3; write the member as its transpose" in message


def test_a_column_a_matrix_could_spread_keeps_its_refusal():
    """r, 2 x 1, for the 2 x 3 gradient: the same column in every column is a reading (NumPy's broadcasting) check
    does not take, but one that could fit, so the shape is not called wrong."""
    message = CHECKS.refused("sigmoid-3-2", _LAYERS, "G = r")
    assert "2 x 1 where the left side is 2 x 3" in message


def test_a_prose_comment_line_with_an_equation_sign_stays_a_remark():
    message = CHECKS.refused("linear-one", _LINEAR, "# here we know that t = 1")
    assert "holds nothing to judge" in message
