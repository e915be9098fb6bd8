"""Batch 95's constructs, written here on other networks and other names.

- A given number written in a symbolic formula for the quantity it copies: the Q&A's O = s(s(I w_1 + 1) w_2 + 1)
  with "all the biases set to 1", numerade's loss(Y5, 0.6) = (Y5 - 0.6)^2 for the desired output 0.6. Here
  ``o = \\sigma(u \\tanh(v_1 x_1 + v_2 x_2 + 1) + 1)`` with the file's biases 1 and ``E = (o - 0.6)^2`` with its target
  0.6: right at the file's numbers, judged with those fixed and the rest at random points; a wrong one stays wrong
  (a bias written 2, a bias left out, the half the squared error is not, another target). Never fixed where a fixed
  value hides a mistake: an input (``2(h - t)(1 - h^2)`` for dE/dv_1 with x_1 = 2, the factor x_1 left out) or a
  bias of 0 (a bias left out, ``+ 0``).
- Two claims in one aligned row, ``s &= ..., \\quad & h &= ...`` (MahdiTabesh's block of gradients).
- Several labels of words before a comment's formula, ``# DONE: Hidden sum: s = ...`` (EstudosLivres' comment).
- ``square(u)`` as a function word, u^2 (the TensorFlow.js book's loss = square(y' - y)).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names (a given number written as the quantity it copies).
"""

from __future__ import annotations

import tomllib

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table

# x -> one tanh unit (v, bias 1) -> one sigmoid output (u, bias 1), the squared error; x = (0.5, -1.5), target 0.6
GIVEN = problem_text('inputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.3, -0.2]]\nbiases = [1.0]',
                     'units = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [1.0]',
                     loss="squared_error", extra=data_tables("[0.5, -1.5]", "[0.6]"))
# one tanh unit, its bias 0, the half squared error; x = (2, 0.5), target 0.6
GIVEN_INPUT = problem_text('inputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.3, -0.2]]\nbiases = [0.0]',
                           loss="half_squared_error", extra=data_tables("[2.0, 0.5]", "[0.6]"))
CHECKS = CaseChecks({"given": GIVEN, "given-input": GIVEN_INPUT, "tanh-two": TANH_2_1})

GIVEN_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"v_{1}" = "W1[0, 0]"
"v_{2}" = "W1[0, 1]"
"h" = "a1[0]"
"u" = "W2[0, 0]"
"o" = "a2[0]"
"t" = "y[0]"
'''

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_O = f"sigmoid(W2[0,0]*tanh({_S}) + b2[0])"


def _cases() -> list[Public]:
    return [
        Public("given-biases", "test", "given", GIVEN_NOTATION,
               r"$$o = \sigma(u \tanh(v_1 x_1 + v_2 x_2 + 1) + 1)$$", ((C,),), (Twin("value", "a2[0]", (_O,)),)),
        Public("given-bias-wrong", "test", "given", GIVEN_NOTATION,
               r"$$o = \sigma(u \tanh(v_1 x_1 + v_2 x_2 + 1) + 2)$$", ((W,),),
               (Twin("value", "a2[0]", (f"sigmoid(W2[0,0]*tanh({_S}) + 2*b2[0])",)),)),
        Public("given-bias-left-out", "test", "given", GIVEN_NOTATION,
               r"$$o = \sigma(u \tanh(v_1 x_1 + v_2 x_2 + 1))$$", ((W,),),
               (Twin("value", "a2[0]", (f"sigmoid(W2[0,0]*tanh({_S}))",)),)),
        Public("given-target", "test", "given", GIVEN_NOTATION, "E = (o - 0.6)^2", ((C,),),
               (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),)),
        Public("given-target-half", "test", "given", GIVEN_NOTATION, "E = (o - 0.6)^2 / 2", ((W,),),
               (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2/2",)),)),
        Public("given-target-other", "test", "given", GIVEN_NOTATION, "E = (o - 0.5)^2", ((W,),),
               (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0] + 0.1)**2",)),)),
        # 2 is the file's x_1: the factor x_1 left out, never hidden by fixing the input
        Public("given-input-never-fixed", "test", "given-input", TANH_2_1_NOTATION,
               r"\frac{\partial E}{\partial v_1} = 2 (h - t)(1 - h^2)", ((W,),),
               (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
        # the file's bias is 0: a bias left out, never hidden by fixing it
        Public("given-zero-bias-never-fixed", "test", "given-input", TANH_2_1_NOTATION,
               "s = v_1 x_1 + v_2 x_2 + 0", ((W,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
        # two claims in one aligned row
        Public("aligned-two-a-row", "test", "tanh-two", TANH_2_1_NOTATION,
               "$$\n\\begin{aligned}\ns &= v_1 x_1 + v_2 x_2 + c, \\quad &\nh &= \\tanh(s), \\\\\n"
               "E &= \\frac{1}{2}(h - t)^2.\n\\end{aligned}\n$$", ((C,), (C,), (C,)),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
                Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)))),
        Public("aligned-two-a-row-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "$$\n\\begin{aligned}\ns &= v_1 x_1 + v_2 x_2 + c, \\quad &\nh &= \\tanh(s) + c\n\\end{aligned}\n$$",
               ((C,), (W,)), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
                              Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)))),
        # labels of words before a comment's formula
        Public("comment-two-labels", "test", "tanh-two", TANH_2_1_NOTATION,
               "# DONE: Hidden sum: s = v_1*x_1 + v_2*x_2 + c", ((C,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),)),
        Public("comment-two-labels-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "# TODO: Global formula: h = tanh(v_1*x_1 + v_2*x_2)", ((W,),),
               (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + W1[0,1]*x[1])",)),)),
        # square(u), u^2
        Public("square-word", "test", "tanh-two", TANH_2_1_NOTATION, "E = 0.5 * square(h - t) = square(h - t) / 2",
               ((C, C),), (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2", "(a1[0] - y[0])**2/2")),)),
        Public("square-word-wrong", "test", "tanh-two", TANH_2_1_NOTATION, "E = square(h - t)", ((W,),),
               (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_given_number_is_said_in_the_verdict():
    """The member judged at the file's numbers says which quantities it holds fixed there."""
    notation = notation_from_table(tomllib.loads(GIVEN_NOTATION)["notation"], "<test>")
    result = check_homework(parse_problem(GIVEN, "given"), "E = (o - 0.6)^2", notation=notation)
    step = result.claims[0].steps[0]
    assert step.verdict == "correct" and "y[0] = 0.6" in step.detail


def test_square_primed_is_refused():
    assert "square'" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "dE = square'(h - t)")
