"""Constructs of prose and worked numbers left from earlier held-out batches (batches 101, 103 and 105), written here
as other authors would (other names, other networks than the pages'):

- a word for equals between two formulas typed without delimiters in a sentence (batch 105's Russian answer, "то
  производный результат df/dx равен f(x)(1 - f(x))."; English "the derivative df/dx equals ...", "is", German "ist
  gleich", French "vaut"): read as ``=`` where the first formula is a derivative's quotient (the words before it only
  name it) or a name opening the line, and the second ends the sentence; "the derivative of f is ..." (the left side
  said in words), "dE/dw is negative" (a word, no formula) stay as written, and refused;
- a formula in prose with no left side, where the words name the quantity ("the error", "the gradient"): refused,
  with the message saying what to write, since the words name no one quantity (an error is y - a for one author and
  a - y, or either times the slope, for another);
- a worked number closing a chain with an inequality, ``= 0.6 + 0.6 - 0.5 = 0.7 > 0`` (batch 103's Thai slides): the
  comparison a remark on the number, where code's ``h = z > 0`` stays refused; two inline formulas glued into the one
  the page renders, ``$E = \\frac{1}{2} $${\\sum_k} ...$`` (batch 103), two apart staying two; a sum's letter and
  bounds in braces after a letter, ``E{k=1,n}`` (batch 101's Italian notes), refused saying how to write the sum.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names, judged against autograd's dL/dz.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin


# ---- a word for equals between plain formulas in a sentence; prose naming a formula without a left side ----------

PROSE_NETWORKS = {
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "tanh-2-1": TANH_2_1,
}
PROSE_CHECKS = CaseChecks(PROSE_NETWORKS)

# a unit's sum and output, f its activation (a sigmoid or a tanh by the network)
_UNIT = r'''
[notation]
loss = ["E"]
functions = { f = "sigmoid", g = "tanh" }
[notation.symbols]
"x" = "z1[0]"
"s" = "z1[0]"
"h" = "a1[0]"
"t" = "y[0]"
"w_1" = "W1[0, 0]"
"x_1" = "x[0]"
'''
# the output layer of the course's 2-2-2 network, in plain text
_OUT = r'''
[notation]
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"net" = "z2[0]"
"out" = "a2[0]"
"target" = "y[0]"
'''
_SLOPE = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
_DE_DW1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"


def _prose_cases() -> list[Public]:
    return [
        # ---- a word for equals between two plain formulas ---------------------------------------------------------
        Public("equals-word-russian", "test", "sigmoid-2-1", _UNIT,
               "Если f(x) является результатом сигмоида, то производный результат df/dx равен f(x)(1 - f(x)).",
               ((C,),), (Twin("value", _SLOPE, (_SLOPE,)),)),
        Public("equals-word-russian-wrong", "test", "sigmoid-2-1", _UNIT,
               "то производная df/dx равна f(x)(1 + f(x)).", ((W,),),
               (Twin("value", _SLOPE, ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
        Public("equals-word-english", "test", "sigmoid-2-1", _UNIT,
               "Then the derivative df/dx equals f(x)*(1 - f(x)).", ((C,),), (Twin("value", _SLOPE, (_SLOPE,)),)),
        Public("is-equal-to-tanh", "test", "tanh-2-1", _UNIT, "so dg/ds is equal to 1 - g(s)^2", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)),
        Public("is-equal-to-tanh-wrong", "test", "tanh-2-1", _UNIT, "so dg/ds is equal to 1 - g(s)", ((W,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),)),
        Public("is-partial-quotient", "test", "sigmoid-2-1", _UNIT, "so ∂E/∂w_1 is (h - t)*h*(1 - h)*x_1.",
               ((C,),), (Twin("gradient", "W1[0,0]", (_DE_DW1,)),)),
        Public("is-partial-quotient-wrong", "test", "sigmoid-2-1", _UNIT, "Hence the gradient dE/dw_1 is (t - h)*h*(1 - h)*x_1.",
               ((W,),), (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
        Public("german-ist-gleich", "test", "sigmoid-2-2-2", _OUT, "Die Ableitung dE/dout ist gleich out - target",
               ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        Public("french-vaut-wrong", "test", "sigmoid-2-2-2", _OUT, "La dérivée dE/dout vaut target - out.",
               ((W,),), (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),)),
        Public("name-opening-line", "test", "sigmoid-2-2-2", _OUT, "out is 1/(1 + exp(-net))", ((C,),),
               (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
        Public("name-after-connective-wrong", "test", "sigmoid-2-2-2", _OUT, "so out is 1/(1 - exp(-net)).", ((W,),),
               (Twin("value", "a2[0]", ("1/(1 - exp(-z2[0]))",)),)),
    ]


PROSE_CASES = _prose_cases()


test_the_oracle_gives_the_prose_cases_verdicts, test_check_gives_the_prose_cases_oracles_verdicts = \
    PROSE_CHECKS.tests(PROSE_CASES)


def test_the_left_side_said_in_words_is_refused():
    """``the derivative of f is ...``: the words say what the left side is, which check does not read."""
    refusal = PROSE_CHECKS.refused("sigmoid-2-1", _UNIT, "the derivative of f is f(x)(1 - f(x)).")
    assert "has no left side" in refusal


def test_a_word_after_the_equals_word_is_no_formula():
    """``dE/dw is negative``, ``dE/dw is the slope of ...``: the sentence goes on, nothing claimed equal; ``is not
    ...``, ``is just ...``: a word between them may deny the formula."""
    for text in ("dE/dout is negative", "dE/dout is the slope of out(1 - out)", "so dE/dout is not target - out",
                 "so dE/dout is just out - target"):
        assert "has no left side" in PROSE_CHECKS.refused("sigmoid-2-2-2", _OUT, text)


def test_a_name_inside_the_sentence_is_no_left_side():
    """``the output out is ...``: a name after words (no derivative's quotient) may be the object of a phrase."""
    refusal = PROSE_CHECKS.refused("sigmoid-2-2-2", _OUT, "the change of out is 1/(1 + exp(-net))")
    assert "has no left side" in refusal


def test_words_naming_the_error_are_no_left_side():
    """``the error is (target - out) * out * (1 - out)``-like prose without a left side (an error is y - a to one
    author and a - y, or either times the slope, to another): refused, saying what to write."""
    for text in ("To compute the error in backpropagation, you can use (target - out) * out * (1 - out)",
                 "You defined backpropagation error as `(target - out) f'(net)` in the notebook:",
                 "the general formula for this : (out - target) * out"):
        refusal = PROSE_CHECKS.refused("sigmoid-2-2-2", _OUT, text)
        assert "has no left side; write the equation" in refusal


# ---- a worked number closing a chain with an inequality; two inline formulas glued; a sum's bounds in braces ---------

# a unit's weights and bias given, and one sample: the chain's numbers are the network's
_UNIT_WEIGHTS = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.3, 0.6]]\nbiases = [-0.5]\n'
                 '[loss]\nname = "half_squared_error"\n')
NUMBER_NETWORKS = {
    "positive": _UNIT_WEIGHTS + "\n[data]\nx = [[2.0, 1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n",
    "negative": _UNIT_WEIGHTS + "\n[data]\nx = [[2.0, -1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n",
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-2-1": SIGMOID_2_1,
}
NUMBER_CHECKS = CaseChecks(NUMBER_NETWORKS)
_DECISION = r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"z" = "z1[0]"
"h" = "a1[0]"
"w_{k}" = "W1[0, k-1]"
"w_{1k}" = "W1[0, k-1]"
"x_{k}" = "x[k-1]"
"b" = "b1[0]"
"t_{k}" = "y[k-1]"
"a_{k}" = "a2[k-1]"
'''
_Z = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_HALF_SQUARES = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"


def _number_cases() -> list[Public]:
    return [
        Public("chain-ends-greater", "test", "positive", _DECISION,
               "z = w_1 x_1 + w_2 x_2 + b = 0.3 × 2 + 0.6 × 1 - 0.5 = 0.7 > 0", ((C, C, C),),
               (Twin("value", "z1[0]", (_Z, "=0.3*2 + 0.6*1 - 0.5", "=0.7")),)),
        Public("chain-ends-less", "test", "negative", _DECISION,
               "z = w_1 x_1 + w_2 x_2 + b = 0.3*2 + 0.6*(-1) - 0.5 = -0.5 < 0", ((C, C, C),),
               (Twin("value", "z1[0]", (_Z, "=0.3*2 + 0.6*(-1) - 0.5", "=-0.5")),)),
        Public("chain-ends-less-wrong", "test", "negative", _DECISION,
               "z = w_1 x_1 + w_2 x_2 + b = 0.3*2 + 0.6*(-1) - 0.5 = -0.3 < 0", ((C, C, W),),
               (Twin("value", "z1[0]", (_Z, "=0.3*2 + 0.6*(-1) - 0.5", "=-0.3")),)),
        Public("glued-inline", "test", "sigmoid-2-2-2", _DECISION,
               r"This is the error, the sum of squares. $E = \frac{1}{2} $${\sum\limits_{k}} (t_k - a_k)^2 $",
               ((C,),), (Twin("value", _HALF_SQUARES, (_HALF_SQUARES,)),)),
        Public("glued-inline-wrong", "test", "sigmoid-2-2-2", _DECISION,
               r"The error is then $E = \frac{1}{2}$$\sum_k (t_k + a_k)^2$ as usual", ((W,),),
               (Twin("value", _HALF_SQUARES, ("0.5*((y[0] + a2[0])**2 + (y[1] + a2[1])**2)",)),)),
        Public("sigma-word-bounds", "test", "sigmoid-2-1", _DECISION, "z = Sigma_{k=1}^{2} w_{1k} x_k + b", ((C,),),
               (Twin("value", "z1[0]", (_Z,)),)),
        Public("sigma-word-bounds-wrong", "test", "sigmoid-2-1", _DECISION, "z = Sigma_{k=1}^{2} w_{1k} x_k", ((W,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
    ]


NUMBER_CASES = _number_cases()


test_the_oracle_gives_the_number_cases_verdicts, test_check_gives_the_number_cases_oracles_verdicts = \
    NUMBER_CHECKS.tests(NUMBER_CASES)


def test_code_assigning_a_comparison_of_names_stays_refused():
    """``h = z > 0`` in plain text: code's assignment of the comparison (a name before it, no worked number)."""
    refusal = NUMBER_CHECKS.refused("positive", _DECISION, "h = z > 0")
    assert "an inequality is not a claim" in refusal


def test_a_chain_without_its_left_side_is_refused_as_such():
    """``= 0.6 + 0.6 - 0.5 = 0.7 > 0`` on a line of its own: what the chain equals is the line before's."""
    refusal = NUMBER_CHECKS.refused("positive", _DECISION, "= 0.3 × 2 + 0.6 × 1 - 0.5 = 0.7 > 0")
    assert "has no left side" in refusal


def test_two_inline_formulas_apart_stay_two():
    r"""``$E = \frac{1}{2} $ ${\sum_k} ...$``: a space between them, two formulas as the page shows them."""
    refusal = NUMBER_CHECKS.refused("sigmoid-2-2-2", _DECISION,
                                    r"This is the error. $E = \frac{1}{2} $ ${\sum\limits_{k}} (t_k - a_k)^2 $")
    assert "is a number" in refusal


@pytest.mark.parametrize("text, written", [("z = E{k=1,n} w_{1k} x_k + b", r"\sum_{k=1}^{n}"),
                                           ("z = E{k=1,n}(k) w(1)(k) * x(k)", r"\sum_{k=1}^{n}"),
                                           ("z = S{i=1,2} w_{1i} x_i", r"\sum_{i=1}^{2}")])
def test_a_sum_s_bounds_in_braces_after_a_letter_are_refused(text, written):
    """``E{k=1,n}``: E (or S) typed for the sum's sign, or the error's E; the refusal says how to write the sum."""
    refusal = NUMBER_CHECKS.refused("sigmoid-2-1", _DECISION.replace('indices = "k"', 'indices = "ik"'), text)
    assert "bounds in braces" in refusal and written in refusal
