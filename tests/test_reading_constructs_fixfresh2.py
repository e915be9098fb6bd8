"""Batches 63 and 64 showed four general constructs refused, each written here as other authors would (other names,
other networks than the pages'): a quantity the notation names written as a function of the names it depends on,
with their index letters (``s(v_k, u_k, c) = \\sum_k v_k u_k + c``), as a(z) is of its one; a sum written out with an
ellipsis whose last term is of another shape (``q_1 p_1 + q_2 p_2 + \\cdots + r``): the written terms run on to the
count the network gives, as before a trailing ellipsis, and the last term is added once; a parenthesis with a sample's
superscript, ``(dZ)^{(j)}``, the parenthesis at that sample where the letter is a sample's (or where it is a sum's
index at 1 and the power reads the same); and a derivative word in any language the notation's functions name, as
code's English words are named (``{ ableitung_tanh = "tanh' at input" }``). What stays refused: a number written
as a function or numbered entries as arguments, one written term before the ellipsis, a last term holding the terms'
names, a sum from 0 of a sample's parenthesis, and a word no one names before a parenthesis, refused naming the whole
word.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, LOGISTIC_3, SIGMOID_1_1, TANH_1_1, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "logistic-two": LOGISTIC_2,
    "logistic-three": LOGISTIC_3,
    "sigmoid-one": SIGMOID_1_1,
    "tanh-one": TANH_1_1,
}
CHECKS = CaseChecks(NETWORKS)

# s the unit's sum of its inputs u_k weighted by v_k, plus c; h = g(s) its output, K the inputs' count
_DEPENDS = r'''
[notation]
indices = "k"
functions = { g = "tanh" }
[notation.symbols]
"v_{k}" = "W1[0, k-1]"
"u_{k}" = "x[k-1]"
"c" = "b1[0]"
"s" = "z1[0]"
"h" = "a1[0]"
"K" = "2"
'''
# a logistic unit of three inputs p_j weighted by q_j, bias r, sum t, output o
_WRITTEN_OUT = r'''
[notation]
indices = "j"
[notation.symbols]
"q_{j}" = "W1[0, j-1]"
"p_{j}" = "x[j-1]"
"r" = "b1[0]"
"t" = "z1[0]"
"o" = "a1[0]"
'''
# Ng's capitals for a logistic unit, n the examples of a step (one), dZ and db the gradients
_ROWS_OF_SAMPLES = r'''
[notation]
indices = "l"
[notation.symbols]
"Z" = "z1[0]"
"A" = "a1[0]"
"Y" = "y[0]"
"b" = "b1[0]"
"dZ" = "grad(z1[0])"
"db" = "grad(b1[0])"
"n" = "1"
'''
# the sample's letter i written on its target and output, (i); m no name: a sum up to it counts the samples
_SAMPLE_LETTER = r'''
[notation]
indices = "k"
loss = ["J"]
[notation.symbols]
"\\hat{y}" = "a1[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"y" = "y[0]"
"y^{(i)}" = "y[0]"
"b" = "b1[0]"
'''
# code's names of one unit, and a page's own words (German, Spanish) for the derivatives of tanh and the sigmoid
_WORDS = r'''
[notation]
functions = { ableitung_tanh = "tanh' at input", derivada_sigmoide = "sigmoid' at output" }
[notation.symbols]
"S" = "z1[0]"
"A" = "a1[0]"
"dA" = "grad(a1[0])"
"dS" = "grad(z1[0])"
'''

_SUM2 = "W1[0,0]*x[0] + W1[0,1]*x[1]"
_SUM3 = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"


_QUANTITIES = (
    # a quantity written with the names it depends on: no factor, the quantity
    ("depends-on-names", "tanh-two", _DEPENDS, r"s(v_k, u_k, c) = \sum_{k=1}^{K} v_k u_k + c", ((C,),),
     (Twin("value", "z1[0]", (f"{_SUM2} + b1[0]",)),)),
    ("depends-on-names-wrong", "tanh-two", _DEPENDS, r"s(v_k, u_k) = \sum_{k=1}^{K} v_k u_k", ((W,),),
     (Twin("value", "z1[0]", (_SUM2,)),)),
    ("depends-on-names-inside", "tanh-two", _DEPENDS, r"h(s) = g(s(v_k, u_k, c)) = g(\sum_{k=1}^{K} v_k u_k + c)",
     ((C, C),), (Twin("value", "a1[0]", ("tanh(z1[0])", f"tanh({_SUM2} + b1[0])")),)),
    ("depends-on-names-inside-wrong", "tanh-two", _DEPENDS, "h = g(s(v_k, u_k)) + c", ((W,),),
     (Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)),)),
    ("depends-on-names-plain", "tanh-two", _DEPENDS, "s(v_k, u_k, c) = v_1*u_1 + v_2*u_2 + c", ((C,),),
     (Twin("value", "z1[0]", (f"{_SUM2} + b1[0]",)),)),
)

_ELLIPSES = (
    # an ellipsis before a term of another shape: the terms run on to the network's three inputs, the bias once
    ("ellipsis-then-bias", "logistic-three", _WRITTEN_OUT, r"t = q_1 p_1 + q_2 p_2 + \cdots + r", ((C,),),
     (Twin("value", "z1[0]", (f"{_SUM3} + b1[0]",)),)),
    ("ellipsis-then-bias-wrong", "logistic-three", _WRITTEN_OUT, r"t = q_1 p_1 + q_2 p_2 + \dots - r", ((W,),),
     (Twin("value", "z1[0]", (f"{_SUM3} - b1[0]",)),)),
    ("ellipsis-then-bias-plain", "logistic-three", _WRITTEN_OUT, "o = σ(q₁p₁ + q₂p₂ + ... + r)", ((C,),),
     (Twin("value", "a1[0]", (f"sigmoid({_SUM3} + b1[0])",)),)),
    ("ellipsis-then-two-terms-wrong", "logistic-three", _WRITTEN_OUT, r"t = q_1 p_1 + q_2 p_2 + \ldots + r + 1",
     ((W,),), (Twin("value", "z1[0]", (f"{_SUM3} + b1[0] + 1",)),)),
)

_SAMPLES = (
    # a sample's superscript on a parenthesis: the sum's letter at 1 (n = 1 in the notation) reads X either way
    ("sample-parenthesis", "logistic-two", _ROWS_OF_SAMPLES, r"db = \frac{1}{n} \sum_{j=1}^{n} (dZ)^{(j)}",
     ((C,),), (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
    ("sample-parenthesis-difference", "logistic-two", _ROWS_OF_SAMPLES,
     r"db = \frac{1}{n} \sum_{j=1}^{n} (A - Y)^{(j)}", ((C,),), (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
    ("sample-parenthesis-wrong", "logistic-two", _ROWS_OF_SAMPLES,
     r"db = \frac{1}{n} \sum_{j=1}^{n} (A + Y)^{(j)}", ((W,),), (Twin("gradient", "b1[0]", ("a1[0] + y[0]",)),)),
    ("power-stays", "logistic-two", _ROWS_OF_SAMPLES, r"db = (dZ)^{2}", ((W,),),
     (Twin("gradient", "b1[0]", ("(a1[0] - y[0])**2",)),)),
    # the notation writes i as the sample's letter: the parenthesis at sample i, over a count of samples
    ("sample-letter-parenthesis", "logistic-two", _SAMPLE_LETTER,
     r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (\hat{y} - y)^{(i)}", ((C,),),
     (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
    ("sample-letter-parenthesis-wrong", "logistic-two", _SAMPLE_LETTER,
     r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (y - \hat{y})^{(i)}", ((W,),),
     (Twin("gradient", "b1[0]", ("y[0] - a1[0]",)),)),
)

_DERIVATIVE_WORDS = (
    # a page's own derivative words, named in the notation's functions with where each is taken
    ("word-at-input", "tanh-one", _WORDS, "dS = dA * ableitung_tanh(S)", ((C,),),
     (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
    ("word-at-input-wrong", "tanh-one", _WORDS, "dS = dA * ableitung_tanh(A)", ((W,),),
     (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - tanh(a1[0])**2)",)),)),
    ("word-at-input-latex", "tanh-one", _WORDS, r"dS = dA \cdot \text{ableitung\_tanh}(S)", ((C,),),
     (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
    ("word-at-output", "sigmoid-one", _WORDS, "dS = dA * derivada_sigmoide(A)", ((C,),),
     (Twin("gradient_z", "z1[0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),)),
    ("word-at-output-wrong", "sigmoid-one", _WORDS, "dS = dA * derivada_sigmoide(S)", ((W,),),
     (Twin("gradient_z", "z1[0]", ("2*(a1[0] - y[0])*z1[0]*(1 - z1[0])",)),)),
)

CASES = [Public(key, "test", network, notation, text, expected, twins)
         for key, network, notation, text, expected, twins in (*_QUANTITIES, *_ELLIPSES, *_SAMPLES, *_DERIVATIVE_WORDS)]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", ["h = g(K(v_k, u_k))", "h = g(s(v_1, u_1))"])
def test_a_number_or_entries_written_as_arguments_is_no_quantity(text):
    """``K(v_k, u_k)`` with K = 2: a number depends on nothing; ``s(v_1, u_1)``: entries are no families the quantity
    is written with (a product or a call may be meant), as before."""
    assert "(...) with 2 arguments" in CHECKS.refused("tanh-two", _DEPENDS, text)


@pytest.mark.parametrize("text", [r"t = q_1 p_1 + \cdots + r", r"t = p_1 q_1 + p_2 q_2 + \cdots + q_3 p_3 + r"])
def test_an_ellipsis_needs_a_template_and_a_term_of_its_own(text):
    """One written term is no template; a last term holding the terms' names may close their template written
    another way (p_j q_j, then q_3 p_3): neither is read."""
    assert "not one template" in CHECKS.refused("logistic-three", _WRITTEN_OUT, text)


def test_a_sample_parenthesis_counted_from_zero_is_refused():
    """``\\sum_{j=0}^{n-1} (dZ)^{(j)}``: the parenthesis at sample 0, or its power 0, which is 1."""
    message = CHECKS.refused("logistic-two", _ROWS_OF_SAMPLES, r"db = \frac{1}{n} \sum_{j=0}^{n-1} (dZ)^{(j)}")
    assert "(dZ)^{(j)} at j = 0" in message


def test_a_word_no_one_names_is_refused_by_its_name():
    """``abl_tanh(S)``: a function the notation does not name, never the product of its letters."""
    message = CHECKS.refused("tanh-one", _WORDS, "dS = dA * abl_tanh(S)")
    assert "abl_tanh(...) is a function the notation does not name" in message


@pytest.mark.parametrize("functions", ['{ ableitung_softmax = "softmax\' at input" }',
                                       '{ "ableitung tanh" = "tanh\' at input" }'])
def test_a_derivative_word_names_an_element_wise_activation_in_one_word(functions):
    """A derivative word is one word of letters, digits and underscores, of an element-wise activation."""
    notation = _WORDS.replace(_WORDS.splitlines()[2], f"functions = {functions}")
    message = CHECKS.refused("tanh-one", notation, "dS = dA * ableitung_tanh(S)")
    assert "is not an element-wise activation's derivative" in message
