"""The two misreadings batch 8 of the public formulas (tests/public_formulas_batch8.py) found, each a right
formula judged wrong: two ``J = ...`` lines joined into one chain, and ``t_l[...]`` with t a function of
the notation read as the target. The first is read right now (and its one-change wrong variant wrong);
the second was refused in one line, and is now read as the function at unit l. The helpers and small
networks are tests/test_reading_constructs.py's.

The verdicts are worked by hand on these small networks; public_formulas_batch8.py holds the same
constructs, as the pages write them, to the PyTorch oracle.
"""

from __future__ import annotations

from backprop.grading.document import equations
from backprop.problem import parse_problem
from construct_networks import TANH_2_3_SOFTMAX_3_NO_BIAS
from test_reading_constructs import C, UNIT, UNIT_NOTATION, W, refusal, verdicts

# -- a new line with its own left side and relation is a new equation ------------------------------------

# o = f(w.i) on two lines, one $...$ each (as Diaz-De-Vivar's page writes J = ... twice); joined, the
# second o was a factor of the first line's member: f(...) o, judged wrong
TWO_LINES = "$o = f(w_1 i_1 + w_2 i_2)$\n$o = \\frac{1}{1 + e^{-(w_1 i_1 + w_2 i_2)}}$"


def test_two_lines_each_with_a_left_side_are_two_equations():
    assert verdicts(UNIT, TWO_LINES, UNIT_NOTATION) == [(C,), (C,)]
    # one change, the sign of the exponent in the second line: that line alone is wrong
    assert verdicts(UNIT, TWO_LINES.replace("e^{-(", "e^{("), UNIT_NOTATION) == [(C,), (W,)]
    # and in the first: the first alone
    assert verdicts(UNIT, TWO_LINES.replace("w_2 i_2)$", "w_2 i_1)$", 1), UNIT_NOTATION) == [(W,), (C,)]
    # the same two lines in one display, no $ between them
    display = "$$\n" + TWO_LINES.replace("$", "") + "\n$$"
    assert verdicts(UNIT, display, UNIT_NOTATION) == [(C,), (C,)]
    assert verdicts(UNIT, display.replace("e^{-(", "e^{("), UNIT_NOTATION) == [(C,), (W,)]


def test_a_line_that_goes_on_with_the_chain_still_does():
    """``= ...`` first, an operator first, an operator or relation last on the line before, or a bracket
    still open: one equation, as before."""
    chain = "$o = f(w_1 i_1 + w_2 i_2)$\n$= \\frac{1}{1 + e^{-(w_1 i_1 + w_2 i_2)}}$"
    assert verdicts(UNIT, chain, UNIT_NOTATION) == [(C, C)]
    assert verdicts(UNIT, chain.replace("e^{-(", "e^{("), UNIT_NOTATION) == [(C, W)]
    assert verdicts(UNIT, "o = f(w_1 i_1\n+ w_2 i_2)", UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, "o = f(w_1 i_1 +\nw_2 i_2)", UNIT_NOTATION) == [(C,)]
    # the second line has a relation, but inside the bracket the first line opened: the same member
    assert verdicts(UNIT, "o = f(w_1 i_1 + \\sum_{n=2}^{2}\nw_n i_n)", UNIT_NOTATION) == [(C,)]


def test_grade_reads_two_such_lines_of_one_display_as_two_chains():
    """grade's document reader splits a display's rows the same way (a ``$...$`` each was already two)."""
    scan = equations("Loss:\n$$\nJ = -(0 \\log 0.58 + 1 \\log 0.42)\nJ = -\\log 0.42 \\approx 0.87\n$$\n")
    assert [(chain.line, chain.members) for chain in scan.chains] == [
        (3, ["J", "-(0 \\log 0.58 + 1 \\log 0.42)"]), (4, ["J", "-\\log 0.42", "0.87"])]
    scan = equations("$$\nJ = -(0 \\log 0.58 + 1 \\log 0.42)\n= -\\log 0.42\n$$\n")
    assert [chain.members for chain in scan.chains] == [["J", "-(0 \\log 0.58 + 1 \\log 0.42)", "-\\log 0.42"]]


# -- a function of the notation written with a subscript ---------------------------------------------------

# thedecisionblog's rows: l^0 -> tanh -> l^1, w^{01}_{ml} joining input m to hidden unit l; t is tanh
TANH = parse_problem(TANH_2_3_SOFTMAX_3_NO_BIAS)
TANH_NOTATION = r'''
[notation]
indices = "klmn"
functions = { t = "tanh", s = "softmax" }
[notation.symbols]
"l_{k}^{0}" = "x[k]"
"l_{k}^{1}" = "a1[k]"
"w_{mn}^{01}" = "W1[n, m]"
'''
HIDDEN = r"l^1_l = t_l\left[ \sum_m l_m^0 w_{ml}^{01} \right]"


def test_a_function_letter_with_a_subscript_is_the_function_at_that_unit_not_the_target():
    """``t_l[...]`` with ``t = "tanh"``: t_l was the target t[l], times the bracket, and the right formula
    was judged wrong; then refused in one line. Now it is t at unit l, entry l of t at the vector of the
    bracket over l (test_reading_constructs_batch8b.py holds the family to the oracle, softmax s_n too);
    a subscript that is no index of the bracket stays refused."""
    assert verdicts(TANH, HIDDEN, TANH_NOTATION) == [(C,)]
    assert verdicts(TANH, HIDDEN.replace(r"\left[", "(").replace(r"\right]", ")"), TANH_NOTATION) == [(C,)]
    assert verdicts(TANH, HIDDEN.replace("w_{ml}", "w_{lm}"), TANH_NOTATION) == [(W,)]
    message = refusal(TANH, r"l^1_1 = t_2\left[ \sum_m l_m^0 w_{m1}^{01} \right]", TANH_NOTATION)
    assert "t_{2}: t is the function tanh" in message and "a function with a subscript" in message
    # written without the subscript it reads, right and wrong
    assert verdicts(TANH, r"l^1_l = t( \sum_m l_m^0 w_{ml}^{01} )", TANH_NOTATION) == [(C,)]
    assert verdicts(TANH, r"l^1_l = t( \sum_m l_m^0 w_{lm}^{01} )", TANH_NOTATION) == [(W,)]
