"""Constructs that batch 7 of the public formulas (tests/public_formulas_batch7.py) showed missing or
misread, each judged right where the formula is right and wrong where one thing is changed; what
stays unreadable is refused in one line. The helpers and small networks are
tests/test_reading_constructs.py's.

The verdicts are the chain rule on these small networks, worked by hand; public_formulas_batch7.py
holds the same constructs, as the pages write them, to the PyTorch oracle.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.document import derive_document
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_networks import LOGISTIC_2, SIGMOID_2_3_TANH_2
from test_reading_constructs import C, HIDDEN_SIGMOID, UNIT, UNIT_NOTATION, W, refusal, verdicts


def judged(problem, text: str, notation: str | None = None, param: str | None = None) -> list:
    """[(parameter(s) the claim is about, how many index values, (verdict of each member))] per claim."""
    table = notation_from_table(tomllib.loads(notation)["notation"], "<test>") if notation else None
    result = check_homework(problem, text, notation=table, param=param)
    return [(claim.parameter, claim.values, tuple(step.verdict for step in claim.steps)) for claim in result.claims]


# -- l in a notation that counts layers its own way ------------------------------------------------------

# Nielsen's counting: the input is layer 1, so the hidden layer is 2 and the output 3; here the hidden
# layer is the sigmoid and the output the tanh, so that a rule true of one is false of the other
NIELSEN = parse_problem(SIGMOID_2_3_TANH_2)
NIELSEN_NOTATION = r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"a_{k}^{l}" = "a{l-1}[k]"
"z_{j}^{l}" = "z{l-1}[j]"
"b_{j}^{l}" = "b{l-1}[j]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
'''
# the sigmoid's slope a (1 - a): the delta of the hidden layer, not of the tanh output
SIGMOID_SLOPE = r"\frac{\partial C}{\partial b^l_j} = \frac{\partial C}{\partial a^l_j} a^l_j (1 - a^l_j)"


def test_l_is_the_parameters_layer_in_the_notations_counting():
    r"""``--param b2[j]`` with ``"b_{j}^{l}" = "b{l-1}[j]"``: l is 3, the value at which the notation
    names b2 (it was 2, symbols.md's number, and the formula was judged as b1's rule: the output's
    rule called wrong, and a rule that holds only for the hidden layer called correct for b2)."""
    output = r"\frac{\partial C}{\partial b^l_j} = (a^l_j - y_j) (1 - (a^l_j)^2)"
    assert judged(NIELSEN, output, NIELSEN_NOTATION, "b2[j]") == [("b2[0] ... b2[1]", 2, (C,))]
    assert judged(NIELSEN, output.replace("(a^l_j - y_j)", "(y_j - a^l_j)"), NIELSEN_NOTATION, "b2[j]") \
        == [("b2[0] ... b2[1]", 2, (W,))]
    assert judged(NIELSEN, SIGMOID_SLOPE, NIELSEN_NOTATION, "b2[j]") == [("b2[0] ... b2[1]", 2, (W,))]
    assert judged(NIELSEN, SIGMOID_SLOPE, NIELSEN_NOTATION, "b1[j]") == [("b1[0] ... b1[2]", 3, (C,))]
    # the other patterns take the same l: a^{l-1} is the hidden layer, W2's input
    weights = r"\frac{\partial C}{\partial w^l_{jk}}= a_k^{l-1} \delta^l_j"
    assert judged(NIELSEN, weights, NIELSEN_NOTATION, "W2[j,k]") == [("W2[0,0] ... W2[1,2]", 6, (C,))]
    assert judged(NIELSEN, weights.replace("a_k^{l-1}", "a_j^{l-1}"), NIELSEN_NOTATION, "W2[j,k]") \
        == [("W2[0,0] ... W2[1,2]", 6, (W,))]


def test_mathjaxs_space_between_two_indices():
    r"""``w^l_{j \space k}``: MathJax's \space is a space (it was read as an index named \spacek)."""
    weights = r"\frac{\partial C}{\partial w^l_{j \space k}}= a_k^{l-1} \delta^l_j"
    assert judged(NIELSEN, weights, NIELSEN_NOTATION, "W2[j,k]") == [("W2[0,0] ... W2[1,2]", 6, (C,))]
    assert judged(NIELSEN, weights.replace("a_k^{l-1}", "a_j^{l-1}"), NIELSEN_NOTATION, "W2[j,k]") \
        == [("W2[0,0] ... W2[1,2]", 6, (W,))]


def test_a_rule_over_l_runs_over_every_layer_the_notation_counts():
    r"""Without --param, l takes every value at which the left side names a parameter: in Nielsen's
    counting 2 and 3 (3, the output, was left out: only 0 to the depth were tried). The 5 values are
    b1's 3 and b2's 2, named from the first to the last in the network's order (qa35: b1[0] ... b1[2] named b1
    alone)."""
    assert judged(NIELSEN, r"\frac{\partial C}{\partial b^l_j} = \delta^l_j", NIELSEN_NOTATION) \
        == [("b1[0] ... b2[1]", 5, (C,))]
    assert judged(NIELSEN, SIGMOID_SLOPE, NIELSEN_NOTATION) == [("b1[0] ... b2[1]", 5, (W,))]


def test_ngs_theta_and_a_keep_one_l():
    r"""Ng's ``\Theta^{(l)}`` = W{l} beside ``a^{(l)}`` = a{l-1}: l is the weights' own (2 for W2),
    and a^{(l)} is then a1, the input of W2, in the same formula."""
    notation = r'''
[notation]
indices = "ijl"
loss = ["J"]
[notation.symbols]
"a_{j}^{(l)}" = "a{l-1}[j]"
"\\delta_{i}^{(l)}" = "delta{l-1}[i]"
"\\Theta_{ij}^{(l)}" = "W{l}[i, j]"
'''
    rule = r"\frac{\partial J}{\partial \Theta^{(l)}_{ij}} = a^{(l)}_j \delta^{(l+1)}_i"
    assert judged(NIELSEN, rule, notation, "W2[i,j]") == [("W2[0,0] ... W2[1,2]", 6, (C,))]
    assert judged(NIELSEN, rule.replace(r"\delta^{(l+1)}_i", r"\delta^{(l)}_i"), notation, "W2[i,j]") \
        == [("W2[0,0] ... W2[1,2]", 6, (W,))]


def test_derive_writes_the_output_layer_in_the_notations_counting():
    r"""derive --notation names the output layer w^3, a^3 in Nielsen's counting (it wrote W2[1,2] and
    a2[1]: l was tried only up to the depth), and check reads the result back as correct."""
    table = notation_from_table(tomllib.loads(NIELSEN_NOTATION)["notation"], "<test>")
    document = derive_document(NIELSEN, "W2[1,2]", notation=table)
    block = next(block for block in document.sections[0].blocks if block.label.startswith("in the homework's"))
    gradient = block.lines[0]
    written = gradient.left_latex + gradient.right_latex
    assert "w_{12}^{3}" in written and "a_{1}^{3}" in written and "a_{2}^{2}" in written
    assert "W2[" not in written and "a2[" not in written
    text = f"{gradient.left_latex} = {gradient.right_latex}"
    assert judged(NIELSEN, text, NIELSEN_NOTATION) == [("W2[1,2]", 1, (C,))]


# -- what pages put around and between formulas ------------------------------------------------------------


def test_a_vulgar_fraction():
    """``½ (t - o)²``, as a plain-text page writes one half (it was an unreadable character)."""
    assert verdicts(UNIT, "E = ½ (t - o)²", UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, "E = ¼ (t - o)²", UNIT_NOTATION) == [(W,)]
    assert verdicts(UNIT, r"\frac{\partial E}{\partial o} = ¾ (o - t) + ¼ (o - t)", UNIT_NOTATION) == [(C,)]


def test_words_opening_an_aligned_row():
    r"""``\text{Similarly,}\quad`` before a row's left side (it was read as a symbol "Similarly,")."""
    text = (r"\begin{align} \frac{\partial E}{\partial w_{1}} &= (o - t) o (1 - o) i_{1} \\ \text{Similarly,}\quad"
            r" \frac{\partial E}{\partial w_{2}} &= (o - t) o (1 - o) i_{2} \end{align}")
    assert verdicts(UNIT, text, UNIT_NOTATION) == [(C,), (C,)]
    assert verdicts(UNIT, text.replace("i_{2} \\end", "i_{1} \\end"), UNIT_NOTATION) == [(C,), (W,)]
    # a function's name or a left side in \text stays what it is
    assert verdicts(UNIT, r"\text{E} = \frac{1}{2} (t - o)^2", UNIT_NOTATION) == [(C,)]


def test_words_in_text_after_the_formula():
    r"""``\text{ as previously defined!}`` after a formula, with only a space before it (seed 001's loss, line
    35: it was read as a symbol "aspreviouslydefined!"); a value in \text after "=" stays what it is."""
    text = r"\frac{\partial E}{\partial w_{1}} = (o - t) o (1 - o) i_{1} \text{ as previously defined!}"
    assert verdicts(UNIT, text, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, text.replace("i_{1} \\text", "i_{2} \\text"), UNIT_NOTATION) == [(W,)]
    with pytest.raises(FormulaError, match="unknown symbol"):
        verdicts(UNIT, r"\frac{\partial E}{\partial w_{1}} = \text{as shown above}", UNIT_NOTATION)


def test_the_set_a_value_lies_in_remarked_after_it():
    r"""``\in \mathbb{R}^{3}`` after the formula (it was unexpected)."""
    forward = r"z^{(1)} = W^{(1)} x + b^{(1)} \in \mathbb{R}^{3}"
    assert verdicts(HIDDEN_SIGMOID, forward) == [(C,)]
    assert verdicts(HIDDEN_SIGMOID, forward.replace(" + b^{(1)}", "")) == [(W,)]
    assert verdicts(HIDDEN_SIGMOID, r"z^{(1)} = W^{(1)} x + b^{(1)}\in\mathbb{R}^{1\times m_l}") == [(C,)]


def test_an_implication_between_two_equations_makes_two_claims():
    r"""``A = B \Rightarrow C = D`` and plain text's ``=>``: both equations are claims (the first was
    dropped as reasoning, and ``=>`` was unexpected); a leading implication stays reasoning."""
    text = (r"\frac{\partial E}{\partial o} = o - t \Rightarrow \frac{\partial E}{\partial w_{1}}"
            r" = (o - t) o (1 - o) i_{1}")
    assert verdicts(UNIT, text, UNIT_NOTATION) == [(C,), (C,)]
    assert verdicts(UNIT, text.replace("= o - t", "= t - o"), UNIT_NOTATION) == [(W,), (C,)]
    plain = "∂E/∂o = o - t  =>  ∂E/∂w_1 = (o - t)*o*(1 - o)*i_2"
    assert verdicts(UNIT, plain, UNIT_NOTATION) == [(C,), (W,)]
    assert verdicts(UNIT, r"\Rightarrow \frac{\partial E}{\partial o} = o - t", UNIT_NOTATION) == [(C,)]


# -- a derivative equal to a constant ---------------------------------------------------------------------


def test_a_derivative_equal_to_a_whole_number_is_judged_at_every_point():
    r"""``\frac{\partial z}{\partial b} = 1`` in a file without numbers: a constant the derivative
    equals everywhere, judged at random points (it was taken for a value at the file's numbers and
    refused, so ``\partial L / \partial b = 1``, wrong, was never judged wrong). A given value
    (``x_1 = 2``) stays a number for the file's numbers."""
    assert verdicts(HIDDEN_SIGMOID, r"\frac{\partial z^{(1)}_0}{\partial b^{(1)}_0} = 1") == [(C,)]
    assert verdicts(HIDDEN_SIGMOID, r"\frac{\partial z^{(1)}_0}{\partial b^{(1)}_0} = 2") == [(W,)]
    assert verdicts(HIDDEN_SIGMOID, r"\frac{\partial z^{(1)}_0}{\partial b^{(1)}_1} = \frac{0}{2}") == [(C,)]
    assert verdicts(HIDDEN_SIGMOID, r"\partial L / \partial b^{(2)}_0 = 1") == [(W,)]
    assert "this file has none" in refusal(HIDDEN_SIGMOID, "x_1 = 2")
    assert "this file has none" in refusal(HIDDEN_SIGMOID, r"\frac{\partial z^{(1)}_0}{\partial b^{(1)}_0} = 1.0")


# -- symbols as editors write them ------------------------------------------------------------------------


def test_braces_around_a_symbol_before_its_script():
    r"""``{ w }_{ 1 }{ i }_{ 1 }`` and ``\frac{dE}{{dw}_{1}}``, as some editors brace every symbol: the
    script is the symbol's (they were unexpected)."""
    forward = r"{ o } = f({ w }_{ 1 }{ i }_{ 1 }+{ w }_{ 2 }{ i }_{ 2 })"
    assert verdicts(UNIT, forward, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, forward.replace("{ i }_{ 2 }", "{ i }_{ 1 }"), UNIT_NOTATION) == [(W,)]
    gradient = r"\frac{dE}{{dw}_{1}} = (o - t) o (1 - o) { i }_{ 1 }"
    assert verdicts(UNIT, gradient, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, gradient.replace("{dw}_{1}", "{dw}_{2}"), UNIT_NOTATION) == [(W,)]


def test_digits_against_the_variable_of_a_derivative_are_its_subscript():
    r"""``\frac{dE}{dw1}``: d w_1, as a keyboard writes w1 (it was an unclosed denominator)."""
    assert verdicts(UNIT, r"\frac{dE}{dw1} = (o - t) o (1 - o) i_{1}", UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, r"\frac{dE}{dw2} = (o - t) o (1 - o) i_{1}", UNIT_NOTATION) == [(W,)]


def test_a_plain_text_derivative_operator_before_a_bracket():
    """``∂/∂o [ ... ]``: the operator applied to the bracket, as \\frac{\\partial}{\\partial o} is (it was
    unexpected: ∂ was taken for the start of ∂E/∂o)."""
    assert verdicts(UNIT, "∂/∂o [ (1/2)*(t - o)^2 ] = o - t", UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, "∂/∂o [ (1/2)*(t - o)^2 ] = t - o", UNIT_NOTATION) == [(W,)]
    assert verdicts(UNIT, "∂/∂o [ (1/2)*(t - o)^2 ]\n= -(t - o)\n= o + t", UNIT_NOTATION) == [(C, W)]


# -- vectors --------------------------------------------------------------------------------------------

LOGISTIC_UNIT = parse_problem(LOGISTIC_2)
LOGISTIC_NOTATION = r'''
[notation]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
'''


def test_a_gradient_written_as_the_transpose_of_its_left_side():
    r"""``\frac{\partial L}{\partial w} = x^{T} \cdot (\hat{y} - y)``: the gradient by the column w
    written as a row is the same gradient (it was refused, 1 x 2 against 2 x 1); only for a gradient:
    a value must have its left side's shape, a vector's entries one to one in either orientation."""
    gradient = r"\frac{\partial L}{\partial w} = x^{T} \cdot (\hat{y} - y)"
    assert verdicts(LOGISTIC_UNIT, gradient, LOGISTIC_NOTATION) == [(C,)]
    assert verdicts(LOGISTIC_UNIT, gradient.replace(r"(\hat{y} - y)", r"(y - \hat{y})"), LOGISTIC_NOTATION) == [(W,)]
    assert verdicts(LOGISTIC_UNIT, "x = x^{T}", LOGISTIC_NOTATION) == [(C,)]
    assert verdicts(LOGISTIC_UNIT, "x = 2 x^{T}", LOGISTIC_NOTATION) == [(W,)]


def test_two_vectors_side_by_side_for_a_number_are_their_inner_product_and_the_step_says_so():
    r"""``z = w x + b``, w and x vectors, z a number: entrywise (as side by side means elsewhere) the
    right side is a vector plus a number, which fits nothing; the inner product w^T x is the one reading
    that makes it a number, taken only then and only for weights beside what they weigh, and the step's
    detail says it was chosen."""
    result = check_homework(LOGISTIC_UNIT, "z = w x + b", notation=notation_from_table(
        tomllib.loads(LOGISTIC_NOTATION)["notation"], "<test>"))
    assert [step.verdict for step in result.claims[0].steps] == [C]
    assert "inner product" in result.claims[0].steps[0].detail
    assert verdicts(LOGISTIC_UNIT, "z = w x", LOGISTIC_NOTATION) == [(W,)]
    assert verdicts(LOGISTIC_UNIT, r"\hat{y} = \sigma(w x + b)", LOGISTIC_NOTATION) == [(C,)]
    # only a layer's weights beside quantities that are no parameters (as its inputs), side by side:
    # x x, or w * x (written with *, entrywise as numpy's), stay refused
    assert "adds a vector or matrix and a number" in refusal(LOGISTIC_UNIT, "z = x x + b", LOGISTIC_NOTATION)
    assert "adds a vector or matrix and a number" in refusal(LOGISTIC_UNIT, "z = w * x + b", LOGISTIC_NOTATION)
    # where the left side is a vector, side by side stays entrywise; what fits no reading is refused
    assert verdicts(HIDDEN_SIGMOID, r"\delta^{(2)} = (a^{(2)} - y) a^{(2)} (1 - a^{(2)})") == [(C,)]
    assert "is a vector or matrix where the left side is a number" in refusal(LOGISTIC_UNIT, "z = w b",
                                                                             LOGISTIC_NOTATION)


def test_the_capital_sigma_written_for_the_sum_sign():
    r"""``\Sigma_k (y_k - a_k)^2``: the capital letter for \sum, where a parenthesis follows it (it was an
    unknown symbol). A sum whose term leaves no index free is still refused: over what it runs (the
    samples of a batch, as a page means \Sigma (\hat{y} - y)) the formula does not say."""
    loss = r"L = \frac{1}{2} \Sigma_k (y_k - a^{(2)}_k)^2"
    assert verdicts(HIDDEN_SIGMOID, loss) == [(C,)]
    assert verdicts(HIDDEN_SIGMOID, loss.replace("- a", "+ a")) == [(W,)]
    assert verdicts(HIDDEN_SIGMOID, r"L = \frac{1}{2} \Sigma_{k} (y_{k} - a^{(2)}_{k})^2") == [(C,)]
    assert verdicts(HIDDEN_SIGMOID, r"L = \frac{1}{2} \Sigma ((y - a^{(2)})^2)") == [(C,)]
    assert "whose term has no free index" in refusal(
        LOGISTIC_UNIT, r"\frac{\partial L}{\partial b} = \Sigma (\hat{y} - y)", LOGISTIC_NOTATION)
